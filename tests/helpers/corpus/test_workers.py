"""Pool workers: forked from a fork server that loaded the analyzer once, same output, own environment."""

from __future__ import annotations

import gc
import multiprocessing
import os
import sqlite3
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest
from corpus_texts import MORE_TEXTS_AR, TEXTS_AR

from helpers.corpus import run_corpus
from helpers.corpus.tables import TABLES
from helpers.corpus.workers import _pool_context

pytestmark = pytest.mark.skipif("forkserver" not in multiprocessing.get_all_start_methods(),
                                reason="no fork server on this platform (workers are spawned)")


def _what_a_fresh_worker_holds() -> tuple[bool, bool, bool, int, str | None]:
    """Run in a worker that no initializer prepared: what it inherited from the fork server."""
    from helpers.corpus.preload import PRELOAD_VARIABLE
    from helpers.morphology.corpus_lemmas import _COUNTS
    from helpers.morphology.farahidi_backend import _Shared
    from helpers.morphology.priors import clitic_rates

    rates_known = clitic_rates.cache_info().currsize == 1
    return _Shared.analyzer is not None, _COUNTS is not None, rates_known, gc.get_freeze_count(), os.environ.get(PRELOAD_VARIABLE)


def _stored_forms(folder: Path) -> int:
    path = folder / "morphology.sqlite"
    if not path.exists():
        return 0
    with sqlite3.connect(path) as db:
        return db.execute("SELECT count(*) FROM analyses").fetchone()[0]


def test_workers_start_with_the_analyzer_the_server_loaded_frozen() -> None:
    context, stop = _pool_context()
    assert stop is not None  # started here, so stopped here
    try:
        with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
            analyzer, lemma_counts, rates, frozen, variable = pool.submit(_what_a_fresh_worker_holds).result(timeout=300)
    finally:
        stop()
    assert analyzer and lemma_counts
    assert rates  # worked out once in the server, not again in every worker
    assert frozen > 50_000  # the lexicon and language model are out of the collector's reach
    assert variable is None  # the preload's switch is not left to the workers


def _folder(path: Path) -> Path:
    path.mkdir(parents=True)
    for name, text in [*TEXTS_AR.items(), *((f"{k}_2", t) for k, t in MORE_TEXTS_AR.items())]:
        (path / f"{name}.txt").write_text(text, encoding="utf-8")
    return path


def test_workers_take_the_environment_of_the_run_not_of_a_server_started_earlier(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _folder(tmp_path / "in")
    monkeypatch.setenv("ADL_CACHE", str(tmp_path / "server-cache"))
    _, stop = _pool_context()  # a fork server started while ADL_CACHE named another folder
    try:
        monkeypatch.setenv("ADL_CACHE", str(tmp_path / "run-cache"))
        run_corpus([folder], tmp_path / "two", workers=2, batch_size=1, layers=["morphology"], quiet=True)
    finally:
        if stop is not None:
            stop()
    assert _stored_forms(tmp_path / "run-cache") > 20
    assert _stored_forms(tmp_path / "server-cache") == 0  # the server loaded with the store turned off
    monkeypatch.setenv("ADL_CACHE", "off")
    run_corpus([folder], tmp_path / "one", workers=1, batch_size=1, layers=["morphology"], quiet=True)
    for name in TABLES:
        assert (tmp_path / "two" / f"{name}.parquet").read_bytes() == (tmp_path / "one" / f"{name}.parquet").read_bytes()
