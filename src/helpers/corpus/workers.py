"""Who analyses the batches: this process, a pool of worker processes, or a Dask cluster.

:class:`BatchExecutor` hands batches of documents to :func:`helpers.corpus.batch.analyze_batch`
and yields each batch with its tables as soon as it is done (in any order: the tables are put
in input order afterwards). At most two batches per worker are in flight, so memory does not
grow with the corpus.

* one worker: the batches run here, one after the other;
* a process pool: processes forked from a ``forkserver`` that loaded the analyzer, its language
  model and the lexicons once (:mod:`helpers.corpus.preload`), so the workers share those pages
  with it instead of each holding a copy, and a worker starts in a fraction of a second; each is
  prepared by :func:`helpers.corpus.batch.start_worker` and replaced by a fresh one after
  :data:`BATCHES_PER_WORKER` batches. The fork server is a single-threaded process started for the
  purpose, so nothing else of this process is inherited. Where there is no ``forkserver`` (Windows),
  ``spawn``-started processes each load their own copy;
* a Dask cluster: ``dask.distributed``'s client submits the same function to the cluster's
  workers, which need the kit installed in the same version.
"""

from __future__ import annotations

import functools
import multiprocessing
import multiprocessing.forkserver
import os
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor
from concurrent.futures import wait as wait_futures
from typing import Any

import pyarrow as pa

from helpers.corpus.batch import analyze_batch, start_worker
from helpers.corpus.documents import CorpusInputError, Document
from helpers.corpus.preload import PRELOAD_VARIABLE

__all__ = ["BATCHES_PER_WORKER", "BatchExecutor", "SCHEDULER_TIMEOUT", "default_workers"]

#: How long to try to reach a Dask scheduler.
SCHEDULER_TIMEOUT = "20s"

#: Batches a worker process analyses before it is replaced by a fresh one. A worker grows with the
#: vocabulary it meets (its caches, and the pages of the shared model it writes to): measured on a
#: cold run over the ANT corpus, about 65 MiB per batch of 50 articles. A fresh worker, forked from
#: the fork server, starts in a fraction of a second with the analyzer loaded and finds earlier
#: analyses in the on-disk morphology cache (where there is one), so workers are replaced often:
#: every 250 articles at the default batch size, and memory stays bounded however large the corpus.
BATCHES_PER_WORKER = 5


def default_workers() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _pool_context() -> tuple[multiprocessing.context.BaseContext, Callable[[], None] | None]:
    """How pool workers are started, and how to stop the fork server started for them (if one was).

    Where the platform has ``forkserver``, workers are forked from a fork server that loaded the
    analyzer (:mod:`helpers.corpus.preload`); it is started here if none is running, and then
    stopped when the pool is closed (it would otherwise keep its memory until this process ends).
    Elsewhere (Windows), ``spawn``.
    """
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn"), None
    context = multiprocessing.get_context("forkserver")
    server = multiprocessing.forkserver._forkserver
    running = getattr(server, "_forkserver_pid", None) is not None
    context.set_forkserver_preload(["helpers.corpus.preload"])
    before = os.environ.get(PRELOAD_VARIABLE)
    os.environ[PRELOAD_VARIABLE] = "1"  # read by the server only, when it imports the preload
    try:
        multiprocessing.forkserver.ensure_running()
    finally:
        if before is None:
            del os.environ[PRELOAD_VARIABLE]
        else:
            os.environ[PRELOAD_VARIABLE] = before
    # Stopping it waits for it, so its CPU time (and its workers') is counted as this process's children's.
    return context, None if running else getattr(server, "_stop", None)


class BatchExecutor:
    """Runs batches in this process, in a process pool, or on a Dask cluster; yields finished ones."""

    def __init__(self, *, workers: int, scheduler: str | None, layers: list[str]) -> None:
        self.layers = layers
        self.workers = workers
        self.client = None
        self.pool = None
        self._stop_server: Callable[[], None] | None = None
        if scheduler:
            try:
                from distributed import Client
            except ImportError as err:  # pragma: no cover - distributed is a dependency
                raise CorpusInputError(f"--scheduler needs dask.distributed: {err}") from None
            try:
                self.client = Client(scheduler, timeout=SCHEDULER_TIMEOUT, set_as_default=False)
            except (OSError, TimeoutError) as err:
                raise CorpusInputError(f"cannot reach the Dask scheduler at {scheduler}: {err}") from None
            self.workers = max(1, len(self.client.scheduler_info().get("workers", {})))
        elif workers > 1:
            context, self._stop_server = _pool_context()
            prepare = functools.partial(start_worker, layers, dict(os.environ))
            self.pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=prepare,
                                            max_tasks_per_child=BATCHES_PER_WORKER)

    def run(self, batches: Iterator[list[tuple[int, Document]]]) -> Iterator[tuple[list[tuple[int, Document]], dict[str, pa.Table]]]:
        """Yield ``(items, tables)`` for every batch, as they finish (at most two per worker in flight)."""
        if self.client is None and self.pool is None:
            for items in batches:
                yield items, analyze_batch(items, self.layers)
            return
        limit = 2 * self.workers
        running: dict[Any, list[tuple[int, Document]]] = {}
        pending = iter(batches)
        watch = _DaskWatch(self.client) if self.client is not None else _PoolWatch()

        def fill() -> None:
            while len(running) < limit:
                items = next(pending, None)
                if items is None:
                    return
                future = self._submit(items)
                running[future] = items
                watch.add(future)

        fill()
        while running:
            future = watch.next_done()
            yield running.pop(future), future.result()
            fill()

    def _submit(self, items: list[tuple[int, Document]]) -> Any:
        if self.client is not None:
            return self.client.submit(analyze_batch, items, self.layers, pure=False)
        return self.pool.submit(analyze_batch, items, self.layers)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
            if self._stop_server is not None:
                self._stop_server()
                self._stop_server = None
        if self.client is not None:
            self.client.close()


class _PoolWatch:
    """The futures of a process pool, handed back as they finish (ties in submission order)."""

    def __init__(self) -> None:
        self.watched: list[Any] = []

    def add(self, future: Any) -> None:
        self.watched.append(future)

    def next_done(self) -> Any:
        done = wait_futures(self.watched, return_when=FIRST_COMPLETED).done
        first = next(f for f in self.watched if f in done)
        self.watched.remove(first)
        return first


class _DaskWatch:
    """The futures of a Dask client, handed back as they finish."""

    def __init__(self, client: Any) -> None:
        from distributed import as_completed

        self.watch = as_completed(loop=client.loop)
        self.done = iter(self.watch)

    def add(self, future: Any) -> None:
        self.watch.add(future)

    def next_done(self) -> Any:
        return next(self.done)
