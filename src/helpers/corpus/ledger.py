"""The work folder of a corpus run: finished batches and a ledger of what they hold.

A run writes each finished batch as four Parquet files in ``OUT/work/batches/bNNNNNN/`` (written
under a temporary name, then renamed, so a batch folder is complete or absent) and then records
its documents in ``OUT/work/ledger.sqlite`` in one transaction: ``(doc_id, sha256, settings) ->
batch``. A run killed at any point keeps every batch recorded before; the next run with the same
settings skips those documents (same id, same text, same settings) and analyses the rest. A batch
folder that was renamed but not recorded is ignored and overwritten.

``settings`` is a fingerprint of everything that decides a document's rows: the layers, the
kit's code and lexicons, the analyzer's version (:func:`helpers.corpus.run.settings_fingerprint`).
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from helpers.corpus.tables import TABLES

__all__ = ["Ledger"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS done (
    doc_id TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    settings TEXT NOT NULL,
    batch INTEGER NOT NULL,
    PRIMARY KEY (doc_id, sha256, settings)
);
CREATE TABLE IF NOT EXISTS batches (batch INTEGER PRIMARY KEY, documents INTEGER NOT NULL);
"""


class Ledger:
    """The batches of a work folder and the documents they hold.

    >>> import tempfile, pyarrow as pa
    >>> from helpers.corpus.tables import rows_to_table
    >>> ledger = Ledger(tempfile.mkdtemp())
    >>> tables = {name: rows_to_table(name, []) for name in ("documents", "tokens", "findings", "errors")}
    >>> batch = ledger.save_batch(tables, [("a", "f00d")], settings="s1")
    >>> ledger.done("s1"), ledger.done("s2")
    ({('a', 'f00d'): 1}, {})
    >>> ledger.close()
    """

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        self.batches = self.folder / "batches"
        self.batches.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.folder / "ledger.sqlite")
        with self._db:
            self._db.executescript(_SCHEMA)

    def done(self, settings: str) -> dict[tuple[str, str], int]:
        """``(doc_id, sha256) -> batch`` for every document recorded with these settings."""
        rows = self._db.execute("SELECT doc_id, sha256, batch FROM done WHERE settings = ?", (settings,))
        return {(doc_id, sha): batch for doc_id, sha, batch in rows}

    def batch_folder(self, batch: int) -> Path:
        """Where batch number ``batch`` is stored."""
        return self.batches / f"b{batch:06d}"

    def save_batch(self, tables: dict[str, pa.Table], documents: Iterable[tuple[str, str]], *, settings: str) -> int:
        """Write a finished batch's tables, then record its documents; return its number."""
        documents = list(documents)
        (number,) = self._db.execute("SELECT COALESCE(MAX(batch), 0) + 1 FROM batches").fetchone()
        final = self.batch_folder(number)
        partial = final.with_name(final.name + ".partial")
        for stale in (final, partial):
            if stale.exists():  # left by a run killed before it recorded the batch
                shutil.rmtree(stale)
        partial.mkdir()
        for name in TABLES:
            pq.write_table(tables[name], partial / f"{name}.parquet", compression="zstd")
        partial.rename(final)
        with self._db:
            self._db.execute("INSERT INTO batches VALUES (?, ?)", (number, len(documents)))
            self._db.executemany(
                "INSERT OR REPLACE INTO done VALUES (?, ?, ?, ?)",
                [(doc_id, sha, settings, number) for doc_id, sha in documents],
            )
        return number

    def read_batch(self, batch: int) -> dict[str, pa.Table]:
        """Return a recorded batch's four tables."""
        folder = self.batch_folder(batch)
        return {name: pq.read_table(folder / f"{name}.parquet") for name in TABLES}

    def prune(self, keep: Iterable[int]) -> None:
        """Forget and delete every batch not in ``keep`` (superseded or no longer in the inputs)."""
        keep = set(keep)
        numbers = [b for (b,) in self._db.execute("SELECT batch FROM batches") if b not in keep]
        with self._db:
            self._db.executemany("DELETE FROM done WHERE batch = ?", [(b,) for b in numbers])
            self._db.executemany("DELETE FROM batches WHERE batch = ?", [(b,) for b in numbers])
        for b in numbers:
            shutil.rmtree(self.batch_folder(b), ignore_errors=True)
        names = {self.batch_folder(b).name for b in keep}
        for stray in self.batches.iterdir():
            if stray.name not in names:
                shutil.rmtree(stray, ignore_errors=True)

    def close(self) -> None:
        """Close the ledger's database."""
        self._db.close()
