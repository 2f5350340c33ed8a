"""A persistent morphology cache on disk: each word type analysed once, across processes and runs.

Analysing a word type with farahidi takes milliseconds, and a corpus keeps meeting new types, so
the analyses are worth keeping. :class:`MorphologyStore` is an SQLite file of out-of-context
analyses, keyed by

* the backend's name (``farahidi``, ``camel:calima-msa-r13`` ...) and version (the installed
  package's version),
* :data:`MORPHOLOGY_VERSION`, the version of the kit's own conversion of a backend's analyses
  (bumped whenever that code changes what is stored), and
* the word form as analysed.

Only what the backend itself returns is stored; the kit's closed-class table and frequency
priors are applied afterwards, so changing them needs no new cache.

**Where.** ``$ADL_CACHE`` if set (a folder), else ``$XDG_CACHE_HOME/arabic-discourse-lab``, else
``~/.cache/arabic-discourse-lab``; the file is ``morphology.sqlite`` there. ``ADL_CACHE=off``
(or ``0``, ``none``, ``false``) disables the store: :func:`default_store` returns ``None`` and
analyses are kept in memory only.

**Several processes.** The file is in SQLite's write-ahead-log mode, so readers never block
and one writer at a time appends; writes are batched (:attr:`MorphologyStore.batch_size`
analyses per transaction) and use ``INSERT OR IGNORE``, so two workers that analyse the same
word concurrently both succeed and store one row (their analyses are identical: the backends
are deterministic). A writer that finds the database locked waits up to :attr:`timeout` seconds.
A store that cannot be opened or written (read-only folder, full disk) turns itself off with a
one-line warning rather than stopping the analysis.

>>> import tempfile
>>> from helpers.morphology.base import WordAnalysis
>>> folder = tempfile.mkdtemp()
>>> store = MorphologyStore(folder)
>>> store.put("farahidi", "1.0", "كتاب", (WordAnalysis("كِتَاب", "كِتَاب", root="كتب", pos_coarse="NOUN"),))
>>> store.flush()
>>> [a.root for a in MorphologyStore(folder).get("farahidi", "1.0", "كتاب")]
['كتب']
>>> MorphologyStore(folder).get("farahidi", "2.0", "كتاب") is None
True
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import warnings
from collections.abc import Iterable
from dataclasses import astuple
from pathlib import Path

from helpers.morphology.base import WordAnalysis

__all__ = ["MORPHOLOGY_VERSION", "MorphologyStore", "cache_folder", "default_store"]

#: Version of the kit's conversion of backend analyses; part of every key.
MORPHOLOGY_VERSION = "3"
_OFF = frozenset({"off", "0", "none", "false", "no"})
_FILE = "morphology.sqlite"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS analyses (
    namespace TEXT NOT NULL,
    form TEXT NOT NULL,
    analyses TEXT NOT NULL,
    PRIMARY KEY (namespace, form)
) WITHOUT ROWID
"""


def cache_folder() -> Path | None:
    """The folder of the default store, or ``None`` when ``ADL_CACHE`` turns it off."""
    chosen = os.environ.get("ADL_CACHE")
    if chosen is not None:
        if chosen.strip().lower() in _OFF or not chosen.strip():
            return None
        return Path(chosen).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "arabic-discourse-lab"


def _encode(analyses: Iterable[WordAnalysis]) -> str:
    return json.dumps([astuple(a) for a in analyses], ensure_ascii=False, separators=(",", ":"))


def _decode(text: str) -> tuple[WordAnalysis, ...]:
    out = []
    for fields in json.loads(text):
        fields[6], fields[7] = tuple(fields[6]), tuple(fields[7])
        out.append(WordAnalysis(*fields))
    return tuple(out)


class MorphologyStore:
    """Out-of-context analyses in an SQLite file, shared by processes (see the module notes).

    Args:
        folder: where ``morphology.sqlite`` lives (created if needed).
        batch_size: how many new analyses are written per transaction.
        timeout: seconds a writer waits for another process's write to finish.

    Attributes:
        path: the database file.
        reads, hits, writes: lookups made, lookups answered, analyses written (this object).
        enabled: ``False`` once the file could not be used (then every lookup misses).
    """

    def __init__(self, folder: str | os.PathLike[str], *, batch_size: int = 500, timeout: float = 60.0) -> None:
        self.path = Path(folder).expanduser() / _FILE
        self.batch_size = batch_size
        self.timeout = timeout
        self.reads = self.hits = self.writes = 0
        self.enabled = True
        self._pending: dict[tuple[str, str], str] = {}
        self._local = threading.local()
        self._pid = os.getpid()

    def __repr__(self) -> str:
        return f"MorphologyStore({str(self.path.parent)!r}, enabled={self.enabled})"

    # ---------------------------------------------------------------- connection
    def _connection(self) -> sqlite3.Connection | None:
        if not self.enabled:
            return None
        if os.getpid() != self._pid:  # a forked worker must not reuse its parent's connection
            self._local = threading.local()
            self._pending = {}
            self._pid = os.getpid()
        connection = getattr(self._local, "connection", None)
        if connection is not None:
            return connection
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None)
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
            connection.execute(_SCHEMA)
        except (sqlite3.Error, OSError) as err:
            self._disable(f"cannot open {self.path}: {err}")
            return None
        self._local.connection = connection
        return connection

    def _disable(self, why: str) -> None:
        self.enabled = False
        warnings.warn(f"morphology cache turned off ({why}); analyses are kept in memory only", stacklevel=3)

    @staticmethod
    def namespace(backend: str, version: str) -> str:
        """The key prefix of one backend version and the kit's :data:`MORPHOLOGY_VERSION`."""
        return f"{backend}|{version}|kit{MORPHOLOGY_VERSION}"

    # ---------------------------------------------------------------- reading and writing
    def get(self, backend: str, version: str, form: str) -> tuple[WordAnalysis, ...] | None:
        """The stored analyses of ``form``, or ``None`` if it was never stored."""
        namespace = self.namespace(backend, version)
        pending = self._pending.get((namespace, form))
        if pending is not None:
            return _decode(pending)
        connection = self._connection()
        if connection is None:
            return None
        self.reads += 1
        try:
            row = connection.execute(
                "SELECT analyses FROM analyses WHERE namespace = ? AND form = ?", (namespace, form)
            ).fetchone()
        except sqlite3.Error as err:
            self._disable(f"cannot read {self.path}: {err}")
            return None
        if row is None:
            return None
        self.hits += 1
        return _decode(row[0])

    def put(self, backend: str, version: str, form: str, analyses: Iterable[WordAnalysis]) -> None:
        """Queue ``form``'s analyses for writing (written by :meth:`flush` or when a batch is full)."""
        if not self.enabled:
            return
        self._pending[(self.namespace(backend, version), form)] = _encode(analyses)
        if len(self._pending) >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        """Write the queued analyses in one transaction."""
        if not self._pending:
            return
        connection = self._connection()
        if connection is None:
            self._pending.clear()
            return
        rows = [(ns, form, value) for (ns, form), value in self._pending.items()]
        try:
            connection.execute("BEGIN IMMEDIATE")
            connection.executemany("INSERT OR IGNORE INTO analyses (namespace, form, analyses) VALUES (?, ?, ?)", rows)
            connection.execute("COMMIT")
        except sqlite3.Error as err:
            try:
                connection.execute("ROLLBACK")
            except sqlite3.Error:
                pass
            self._disable(f"cannot write {self.path}: {err}")
        else:
            self.writes += len(rows)
        self._pending.clear()

    def __len__(self) -> int:
        """How many analysed forms the file holds (all backends and versions)."""
        self.flush()
        connection = self._connection()
        if connection is None:
            return 0
        return int(connection.execute("SELECT COUNT(*) FROM analyses").fetchone()[0])

    def clear(self) -> None:
        """Delete every stored analysis."""
        self._pending.clear()
        connection = self._connection()
        if connection is not None:
            connection.execute("DELETE FROM analyses")

    def close(self) -> None:
        """Write what is queued and close this thread's connection."""
        self.flush()
        connection = getattr(self._local, "connection", None)
        if connection is not None:
            connection.close()
            self._local.connection = None


_DEFAULT: dict[str, MorphologyStore | None] = {}


def default_store() -> MorphologyStore | None:
    """The store in :func:`cache_folder` (one object per folder and process), or ``None`` if off."""
    folder = cache_folder()
    if folder is None:
        return None
    key = str(folder)
    if key not in _DEFAULT:
        _DEFAULT[key] = MorphologyStore(folder)
    return _DEFAULT[key]
