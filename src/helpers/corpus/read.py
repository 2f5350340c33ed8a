"""Read an analysed corpus: pandas DataFrames, DuckDB SQL views, one document's analysis.

The output folder of ``python -m helpers corpus`` (or :func:`helpers.corpus.run.run_corpus`)
holds ``documents``, ``tokens``, ``findings`` and ``errors`` as Parquet files and
``manifest.json``. Three ways in:

* :func:`read_corpus_tables`: the tables as pandas DataFrames (small and medium corpora);
* :func:`connect_corpus`: a DuckDB connection with one view per table, plus ``all_findings``
  (``findings`` and the ``morphology`` layer from ``tokens`` in one shape), for SQL over
  corpora of any size without loading them::

      con = connect_corpus("out")
      con.sql("SELECT category, count(*) FROM documents GROUP BY ALL ORDER BY 2 DESC").df()

* :func:`document_analysis`: ``analyze``'s JSON for one document, rebuilt from the tables.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow.parquet as pq

from helpers.corpus.documents import CorpusInputError
from helpers.corpus.tables import TABLES, document_analysis_from_rows
from helpers.morphology.base import MORPHOLOGY_COLUMNS

__all__ = ["connect_corpus", "corpus_manifest", "document_analysis", "read_corpus_tables"]


def _folder(out: str | Path) -> Path:
    folder = Path(out)
    if not (folder / "manifest.json").is_file():
        raise CorpusInputError(f"{folder} is not an analysed corpus (no manifest.json): run `python -m helpers corpus INPUT --out {folder}` first")
    missing = [name for name in TABLES if not (folder / f"{name}.parquet").is_file()]
    if missing:
        raise CorpusInputError(f"{folder} lacks {', '.join(f'{m}.parquet' for m in missing)}: the run did not finish; run it again to resume")
    return folder


def corpus_manifest(out: str | Path) -> dict[str, Any]:
    """Return the run's ``manifest.json`` (versions, parameters, layers, counts)."""
    return json.loads((_folder(out) / "manifest.json").read_text(encoding="utf-8"))


def read_corpus_tables(out: str | Path, *, tables: tuple[str, ...] | list[str] | None = None) -> dict[str, pd.DataFrame]:
    """Return the corpus tables as pandas DataFrames (rows in input order).

    Args:
        out: the output folder of a corpus run.
        tables: which of ``documents``, ``tokens``, ``findings``, ``errors`` (default: all).

    Raises:
        CorpusInputError: if the folder is not a finished corpus run, or a name is unknown.
    """
    folder = _folder(out)
    names = list(TABLES) if tables is None else list(tables)
    unknown = [n for n in names if n not in TABLES]
    if unknown:
        raise CorpusInputError(f"unknown table(s) {', '.join(unknown)} (choose from {', '.join(TABLES)})")
    return {name: pq.read_table(folder / f"{name}.parquet").to_pandas() for name in names}


def _sql_string(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def connect_corpus(out: str | Path, *, database: str = ":memory:") -> Any:
    """Return a DuckDB connection with views ``documents``, ``tokens``, ``findings``, ``errors`` and ``all_findings``.

    ``all_findings`` has the columns of ``findings``; the rows of ``tokens`` appear in it as the
    ``morphology`` layer (label ``morph``, the token as ``text``, the other columns in ``fields``).

    Args:
        out: the output folder of a corpus run.
        database: where DuckDB keeps its own tables (default: in memory; the views read the
            Parquet files in place).
    """
    import duckdb

    folder = _folder(out).resolve()
    con = duckdb.connect(database)
    for name in TABLES:
        con.execute(f"CREATE OR REPLACE VIEW {name} AS SELECT * FROM read_parquet({_sql_string((folder / f'{name}.parquet').as_posix())})")
    typed = [c for c in TABLES["findings"].names if c not in ("doc_id", "layer", "index", "start", "end", "text", "label", "fields")]
    morph = [c for c in MORPHOLOGY_COLUMNS if c not in ("start", "end", "token")]
    fields = ", ".join(f"'{c}', {c}" for c in morph)
    nulls = ", ".join(f"NULL AS {c}" for c in typed)
    con.execute(
        "CREATE OR REPLACE VIEW all_findings AS "
        "SELECT * FROM findings UNION ALL "
        f"SELECT doc_id, 'morphology' AS layer, \"index\", start, \"end\", token AS text, 'morph' AS label, {nulls}, "
        f"CAST(json_object({fields}) AS VARCHAR) AS fields FROM tokens"
    )
    return con


def document_analysis(out: str | Path, doc_id: str) -> dict[str, Any]:
    """Return ``analyze``'s JSON for one document of the corpus (as ``python -m helpers analyze`` writes it).

    Raises:
        CorpusInputError: if the corpus has no analysed document with that id.
    """
    folder = _folder(out)
    rows = {}
    for name in ("documents", "tokens", "findings"):
        table = pq.read_table(folder / f"{name}.parquet", filters=[("doc_id", "=", doc_id)])
        rows[name] = table.to_pylist()
    if not rows["documents"]:
        raise CorpusInputError(f"no analysed document {doc_id!r} in {folder} (see the errors table)")
    return document_analysis_from_rows(rows["documents"][0], rows["tokens"], rows["findings"])
