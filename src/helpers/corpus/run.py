"""Run every layer over a corpus: in parallel, resumable, into one Parquet table per kind of row.

:func:`run_corpus` reads the inputs (:func:`helpers.corpus.documents.read_documents`), skips the
documents that an earlier run already analysed with the same text and settings, cuts the rest
into batches in input order, and has them analysed (:func:`helpers.corpus.batch.analyze_batch`):

* ``workers=1``: in this process;
* ``workers=N`` (default: the machine's cores): by ``N`` worker processes, forked from a server
  process that loaded the analyzer once (they share its memory), each of which analyses
  :data:`~helpers.corpus.workers.BATCHES_PER_WORKER` batches, then gives way to a fresh one
  (memory stays bounded however large the corpus);
* ``scheduler="tcp://HOST:PORT"``: by the workers of a Dask distributed cluster
  (``dask.distributed``), which need the kit installed in the same version.

Every finished batch is saved at once (:class:`helpers.corpus.ledger.Ledger`), so a run that is
killed loses only the batches in progress; running the same command again resumes. While the
workers analyse, this process consolidates the saved batches into ``OUT/documents.parquet``,
``OUT/tokens.parquet``, ``OUT/findings.parquet`` and ``OUT/errors.parquet`` (columns in
:mod:`helpers.corpus.tables`; put in place when the run ends), rows in input order, written in
row groups of fixed size, so the files are the same whatever the batches were: 1 worker, N
workers, a cluster, or a run resumed after a crash give identical output. ``OUT/manifest.json``
records the kit's and packages' versions, the parameters, the layers and the counts, without
timestamps. ``OUT/work/`` holds the batches and the ledger; it may
be deleted after a run (a later run then analyses everything again).
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from importlib import metadata as package_metadata
from pathlib import Path
from typing import Any

from tqdm import tqdm

from helpers import __version__
from helpers.analyze import FIGURES, LAYERS
from helpers.corpus.consolidate import Consolidator
from helpers.corpus.documents import DEFAULT_MAX_BYTES, CorpusInputError, Document, read_documents
from helpers.corpus.ledger import Ledger
from helpers.corpus.tables import TABLES
from helpers.corpus.workers import BatchExecutor, default_workers
from helpers.data import data_dir

__all__ = ["CORPUS_SCHEMA", "CorpusRun", "run_corpus", "settings_fingerprint"]

#: Bumped when the tables' columns or the manifest change shape.
CORPUS_SCHEMA = 1

_PACKAGES = ("farahidi", "camel-tools", "pandas", "pyarrow", "wordfreq", "numpy")


@dataclass(frozen=True)
class CorpusRun:
    """What a corpus run did.

    Attributes:
        out: the output folder.
        documents: documents found in the inputs.
        analysed: documents in the ``documents`` table.
        errors: documents in the ``errors`` table.
        resumed: documents taken from an earlier run instead of analysed again.
    """

    out: Path
    documents: int
    analysed: int
    errors: int
    resumed: int

    @property
    def exit_status(self) -> int:
        """0 if every document was analysed, 1 if some are in ``errors``."""
        return 1 if self.errors else 0


def _versions() -> dict[str, str]:
    found = {}
    for name in _PACKAGES:
        try:
            found[name] = package_metadata.version(name)
        except package_metadata.PackageNotFoundError:
            found[name] = "not installed"
    return found


def _code_fingerprint() -> str:
    """sha256 over the helpers' source and the lexicons: a changed kit re-analyses documents."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parents[1]
    files = sorted(package.rglob("*.py"), key=lambda p: p.relative_to(package).as_posix())
    lexicons = data_dir() / "lexicons"
    files += sorted(lexicons.rglob("*.tsv"), key=lambda p: p.relative_to(lexicons).as_posix()) if lexicons.is_dir() else []
    for path in files:
        digest.update(path.name.encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def settings_fingerprint(layers: Sequence[str]) -> str:
    """A short hash of what decides a document's rows: layers, kit code and lexicons, package versions.

    >>> settings_fingerprint(["tokens"]) == settings_fingerprint(["tokens"]) != settings_fingerprint(["sentences"])
    True
    """
    key = {"schema": CORPUS_SCHEMA, "kit": __version__, "code": _code_fingerprint(), "layers": list(layers),
           "packages": _versions()}
    return hashlib.sha256(json.dumps(key, sort_keys=True).encode()).hexdigest()[:32]


def _check_layers(layers: Sequence[str] | None) -> list[str]:
    known = [*LAYERS, *FIGURES]
    if layers is None:
        return known
    layers = list(dict.fromkeys(layers))
    unknown = [name for name in layers if name not in known]
    if unknown or not layers:
        raise CorpusInputError(f"unknown layer(s): {', '.join(unknown) or '(none given)'} (choose from {', '.join(known)})")
    return [name for name in known if name in layers]


def _documents(inputs: Sequence[str | Path], **options: Any) -> list[Document]:
    """The documents in input order; a repeated id is turned into an error."""
    first_source: dict[str, str] = {}
    out = []
    for doc in read_documents(inputs, **options):
        if doc.doc_id in first_source:
            doc = replace(doc, text=None, error=f"duplicate document id {doc.doc_id!r}: first read from {first_source[doc.doc_id]}")
        else:
            first_source[doc.doc_id] = doc.source
        out.append(doc)
    return out


def _batches(items: list[tuple[int, Document]], size: int) -> Iterator[list[tuple[int, Document]]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _manifest(inputs: Sequence[str | Path], layers: list[str], settings: str, options: dict[str, Any],
              found: int, counts: dict[str, int]) -> dict[str, Any]:
    return {
        "tool": "arabic-discourse-lab",
        "version": __version__,
        "corpus_schema": CORPUS_SCHEMA,
        "inputs": [Path(p).as_posix() for p in inputs],
        "parameters": {**options, "layers": layers},
        "analyzer": {"backend": "farahidi", "version": _versions()["farahidi"]},
        "packages": _versions(),
        "python": f"{sys.version_info.major}.{sys.version_info.minor}",
        "settings": settings,
        "documents": found,
        "analysed": counts["documents"],
        "errors": counts["errors"],
        "offsets": "Python str indices (Unicode code points) into each document's text as analysed",
        "tables": {name: {"file": f"{name}.parquet", "rows": counts[name], "columns": TABLES[name].names} for name in TABLES},
    }


def run_corpus(
    inputs: Sequence[str | Path],
    out: str | Path,
    *,
    layers: Sequence[str] | None = None,
    workers: int | None = None,
    scheduler: str | None = None,
    batch_size: int = 50,
    text_column: str = "text",
    id_column: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    quiet: bool = False,
) -> CorpusRun:
    """Analyse every document of the inputs with every layer and write the corpus tables to ``out``.

    Args:
        inputs: folders, files, tables and archives (see :mod:`helpers.corpus.documents`).
        out: the output folder (created if needed); an earlier run's output there is resumed.
        layers: layers and figures of :mod:`helpers.analyze` (``None``: all).
        workers: worker processes (``None``: one per core; 1: this process only).
        scheduler: the address of a Dask scheduler; its workers then do the analysis.
        batch_size: documents per batch (the unit saved at once and resumed).
        text_column, id_column: for CSV, TSV and JSON-lines inputs.
        max_bytes: the largest document accepted, in bytes of UTF-8.
        quiet: no progress bar or summary on standard error.

    Returns:
        A :class:`CorpusRun` (``exit_status`` 1 if any document is in ``errors``).

    Raises:
        CorpusInputError: (one line) for inputs that cannot be read, bad options, an unreachable
            scheduler.
    """
    layers = _check_layers(layers)
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
        raise CorpusInputError(f"batch size must be a positive whole number, not {batch_size!r}")
    if workers is not None and (isinstance(workers, bool) or not isinstance(workers, int) or workers < 1):
        raise CorpusInputError(f"workers must be a positive whole number, not {workers!r}")
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise CorpusInputError(f"the output {out} exists and is not a folder")
    options = {"text_column": text_column, "id_column": id_column, "max_bytes": max_bytes}
    documents = _documents(inputs, **options)
    if not documents:
        raise CorpusInputError(f"no documents found in {', '.join(Path(p).as_posix() for p in inputs)} "
                               "(a folder is searched for *.txt files)")
    out.mkdir(parents=True, exist_ok=True)
    settings = settings_fingerprint(layers)
    ledger = Ledger(out / "work")
    try:
        done = ledger.done(settings)
        located: dict[int, int] = {}
        pending: list[tuple[int, Document]] = []
        for position, doc in enumerate(documents):
            if doc.error is not None:
                continue
            batch = done.get((doc.doc_id, doc.sha256))
            if batch is None:
                pending.append((position, doc))
            else:
                located[position] = batch
        usable = len(located) + len(pending)
        resumed = len(located)
        batches = -(-len(pending) // batch_size)
        count = 1 if scheduler is None and workers == 1 else min(workers or default_workers(), max(batches, 1))
        progress = tqdm(total=usable, initial=resumed, unit="doc", desc="corpus", disable=quiet, file=sys.stderr,
                        smoothing=0.1)
        executor = BatchExecutor(workers=count if scheduler is None else 1, scheduler=scheduler, layers=layers) if pending else None
        try:
            consolidator = Consolidator(out, documents, ledger)
            consolidator.advance(located)
            if executor is not None:
                for items, tables in executor.run(_batches(pending, batch_size)):
                    number = ledger.save_batch(tables, [(doc.doc_id, doc.sha256) for _, doc in items], settings=settings)
                    for position, _ in items:
                        located[position] = number
                    progress.update(len(items))
                    consolidator.advance(located, saved=(number, tables))
        finally:
            progress.close()
            if executor is not None:
                executor.close()
        counts = consolidator.finish(located)
        ledger.prune(located.values())
    finally:
        ledger.close()
    manifest = _manifest(inputs, layers, settings, options, len(documents), counts)
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    run = CorpusRun(out, len(documents), counts["documents"], counts["errors"], resumed)
    if not quiet:
        print(f"corpus: {run.documents} documents, {run.analysed} analysed, {run.errors} in errors "
              f"({run.resumed} taken from the earlier run); tables in {out.as_posix()}", file=sys.stderr)
    return run
