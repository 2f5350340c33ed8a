"""Analyse a batch of documents into Arrow tables: the unit of work of a corpus run.

:func:`analyze_batch` is what a worker runs, in the main process, in a process pool or on a
Dask worker: it takes ``(position, Document)`` pairs and returns the batch's ``documents``,
``tokens``, ``findings`` and ``errors`` tables (:mod:`helpers.corpus.tables`). Each document is
analysed by :func:`helpers.analyze.analyze_text_ar`, exactly as the ``analyze`` command does; a
document on which a layer fails becomes a row of ``errors`` (``stage == "analyze"``, the
exception's type and first line), and the batch goes on.

Everything costly to set up is done once per process and kept: the morphological analyzer and
its language model, the lexicons, wordfreq's list (:func:`warm_up` does it before the first
batch, so a worker's first batch is not slower than the others). A process pool can have it done
once for all its workers: :func:`load_shared_state` loads it in the pool's fork server, whose
forked workers then share those pages with it (copy-on-write) instead of each holding a copy.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Mapping, Sequence

import pyarrow as pa

from helpers.analyze import analyze_text_ar
from helpers.corpus.documents import Document
from helpers.corpus.tables import TABLES, document_rows, error_row, rows_to_table
from helpers.text.tokenize import word_tokens_ar

__all__ = ["GC_THRESHOLDS", "analyze_batch", "load_shared_state", "start_worker", "warm_up"]

_WARM_TEXT = "قال الرئيس إن الحوار مستمر، لكن النتائج قليلة."

#: The cyclic garbage collector's thresholds in a worker (:func:`start_worker`). The analyzer's
#: lexicon and language model are millions of objects that live as long as the process; after
#: warm-up they are moved out of the collector's reach (``gc.freeze``), and young objects are
#: collected less often. Measured on 200 ANT articles, the collector's share of the CPU went from
#: about 20% to 3%; the findings are the same.
GC_THRESHOLDS = (10_000, 10, 10)


def warm_up(layers: Sequence[str] | None = None) -> None:
    """Load the analyzer, lexicons and reference lists of ``layers`` in this process (once)."""
    analyze_text_ar(_WARM_TEXT, layers=layers)


def load_shared_state() -> None:
    """Load everything :func:`warm_up` loads, for processes that will be forked from this one.

    Meant for the fork server of a worker pool (:mod:`helpers.corpus.preload`): the analyzer,
    its language model, the lexicons and wordfreq's list are loaded once, the clitic rates the
    morphology estimates from that list are worked out once (:func:`~helpers.morphology.priors.clitic_rates`,
    about 0.5 s, which the short warm-up text does not need, and so every worker used to repeat),
    then all of it is frozen out of the garbage collector's reach (``gc.freeze``), so that a
    forked worker's collections never write to their pages and the pages stay shared between
    the server and every worker.

    Nothing here depends on where the on-disk morphology cache is: it is turned off while
    loading and chosen again by each worker, from the environment :func:`start_worker` is given.
    Not for a process of yours: it changes how that process collects garbage.
    """
    from helpers.morphology.backends import shared_cache
    from helpers.morphology.priors import clitic_rates

    chosen = os.environ.get("ADL_CACHE")
    os.environ["ADL_CACHE"] = "off"
    try:
        warm_up(None)
        clitic_rates()
    finally:
        if chosen is None:
            del os.environ["ADL_CACHE"]
        else:
            os.environ["ADL_CACHE"] = chosen
        shared_cache().choose_store_again()
    _share_equal_numbers()
    gc.collect()
    gc.freeze()


def _share_equal_numbers() -> None:
    """Make equal probabilities of farahidi's language model one object each.

    Its transition table holds 733,911 floats with 26,794 distinct values, each parsed into its
    own object (24 bytes); every lookup writes to the object's reference count, which, in a
    forked worker, copies the page it is on. With one object per value the table is 17 MiB
    smaller and lookups write to a few hundred pages instead of thousands. Values are unchanged.
    """
    from farahidi.lexicon import load_map
    from farahidi.lm import MAP_LEMMA, load_lm

    _, emission, transition = load_lm()
    for table in (emission, transition, load_map(MAP_LEMMA)):
        canonical: dict[float, float] = {}
        for key, value in table.items():
            table[key] = canonical.setdefault(value, value)


def start_worker(layers: Sequence[str] | None = None, environ: Mapping[str, str] | None = None) -> None:
    """Prepare a worker process that does nothing but analyse batches: :func:`warm_up`, then the
    garbage collector's settings (:data:`GC_THRESHOLDS`). Not for a process of yours: it changes
    how that process collects garbage.

    ``environ``: the environment of the process that started the pool, given to a worker forked
    from a fork server that was started earlier (and may have another ``ADL_CACHE``); the worker
    takes it over before anything reads it, as a freshly started process would."""
    if environ is not None and dict(os.environ) != dict(environ):
        os.environ.clear()
        os.environ.update(environ)
    warm_up(layers)
    gc.collect()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)


def analyze_batch(items: Sequence[tuple[int, Document]], layers: Sequence[str] | None = None) -> dict[str, pa.Table]:
    """Analyse documents and return their rows as the four tables.

    Args:
        items: ``(position, document)`` pairs; documents must have a ``text``.
        layers: the layers and figures to run (``None``: all).

    Returns:
        ``{"documents": ..., "tokens": ..., "findings": ..., "errors": ...}``, rows in the order
        of ``items``.

    >>> from helpers.corpus.documents import Document
    >>> tables = analyze_batch([(0, Document("a", "a.txt", "قال الرئيس.", "x")),
    ...                         (1, Document("b", "b.txt", "Latin only", "y"))], layers=["tokens"])
    >>> tables["findings"].column("text").to_pylist(), tables["errors"].column("reason").to_pylist()
    (['قال', 'الرئيس', '.'], ['TextInputError: b contains no Arabic letters (is it the right file?)'])
    """
    rows: dict[str, list[dict]] = {name: [] for name in TABLES}
    for position, doc in items:
        try:
            if doc.text is None:
                raise ValueError(f"{doc.doc_id} has no text to analyse")
            result = analyze_text_ar(doc.text, layers=layers, name=doc.doc_id)
            words = len(word_tokens_ar(doc.text))
        except Exception as err:  # one failing document must not stop the corpus
            rows["errors"].append(error_row(position, doc.doc_id, doc.source, doc.sha256, "analyze",
                                            f"{type(err).__name__}: {err}"))
            continue
        picked = {name: doc.picked(name) for name in ("title", "category", "date", "url")}
        for name, found in document_rows(position, doc.doc_id, doc.source, doc.metadata, picked, words, result).items():
            rows[name].extend(found)
    return {name: rows_to_table(name, found) for name, found in rows.items()}
