"""Consolidation: the saved batches written as one Parquet file per table, in input order.

Rows are written in row groups of a fixed size (:data:`ROW_GROUP_ROWS`), whatever the sizes of
the batches they come from, so two runs that analysed the same documents in different batches
(1 worker or N, a cluster, a run resumed after a crash) write the same bytes.

A run consolidates while it analyses (:class:`Consolidator`): whenever the documents that come
next in input order are all in saved batches, their rows are written, so the command's process
does this work while the workers analyse, not alone after them. The tables are written under a
temporary name and renamed when complete.
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from helpers.corpus.documents import Document
from helpers.corpus.ledger import Ledger
from helpers.corpus.tables import TABLES, error_row, rows_to_table

__all__ = ["ROW_GROUP_ROWS", "Consolidator", "consolidate_tables"]

#: Rows per Parquet row group of each consolidated table. A row group is written at once, so the
#: command holds up to this many rows of each table while the workers run; a ``documents`` row
#: (its figures) is about 11 kB, a ``tokens`` or ``findings`` row about 0.2 kB (ANT news), so
#: together about 30 MiB.
ROW_GROUP_ROWS = {"documents": 1_000, "tokens": 50_000, "findings": 50_000, "errors": 10_000}


class _OrderedWriter:
    """Writes a table in row groups of a fixed size, whatever the sizes of the pieces added."""

    def __init__(self, path: Path, schema: pa.Schema, rows: int) -> None:
        self.writer = pq.ParquetWriter(path, schema, compression="zstd")
        self.schema = schema
        self.rows = rows
        self.pieces: list[pa.Table] = []
        self.buffered = 0
        self.total = 0

    def add(self, table: pa.Table) -> None:
        if table.num_rows:
            self.pieces.append(table)
            self.buffered += table.num_rows
            self.total += table.num_rows
        if self.buffered >= self.rows:
            self._flush(final=False)

    def _flush(self, *, final: bool) -> None:
        if not self.pieces:
            return
        table = pa.concat_tables(self.pieces)
        full = table.num_rows if final else table.num_rows - table.num_rows % self.rows
        for start in range(0, full, self.rows):
            group = table.slice(start, min(self.rows, full - start)).combine_chunks()
            self.writer.write_table(group, row_group_size=self.rows)
        rest = table.slice(full)
        self.pieces = [rest] if rest.num_rows else []
        self.buffered = rest.num_rows

    def close(self) -> None:
        self._flush(final=True)
        self.writer.close()


class _BatchReader:
    """The rows of one document in a saved batch (the last three batches used kept in memory)."""

    def __init__(self, ledger: Ledger) -> None:
        self.ledger = ledger
        self.cache: OrderedDict[int, tuple[dict[str, pa.Table], dict[str, dict[str, tuple[int, int]]]]] = OrderedDict()

    def offer(self, batch: int, tables: dict[str, pa.Table]) -> None:
        """Keep a batch just saved, so that its rows need not be read back from disk."""
        self._keep(batch, tables)

    def rows(self, batch: int, doc_id: str) -> dict[str, pa.Table]:
        if batch not in self.cache:
            self._keep(batch, self.ledger.read_batch(batch))
        tables, runs = self.cache[batch]
        out = {}
        for name, table in tables.items():
            start, length = runs[name].get(doc_id, (0, 0))
            out[name] = table.slice(start, length)
        return out

    def _keep(self, batch: int, tables: dict[str, pa.Table]) -> None:
        self.cache[batch] = (tables, {name: _runs(table) for name, table in tables.items()})
        self.cache.move_to_end(batch)
        while len(self.cache) > 3:
            self.cache.popitem(last=False)


def _runs(table: pa.Table) -> dict[str, tuple[int, int]]:
    """doc_id -> (first row, row count); a document's rows are consecutive in a batch."""
    runs: dict[str, tuple[int, int]] = {}
    for i, doc_id in enumerate(table.column("doc_id").to_pylist()):
        start, length = runs.get(doc_id, (i, 0))
        runs[doc_id] = (start, length + 1)
    return runs


class Consolidator:
    """Writes the four tables in input order while batches are still being analysed.

    Args:
        out: the output folder.
        documents: every document of the run, in input order.
        ledger: the run's ledger, from which saved batches are read back when needed.

    :meth:`advance` writes every document from the next one in input order up to the first not yet
    in a saved batch; :meth:`finish` writes the rest and puts the tables in place.
    """

    def __init__(self, out: Path, documents: list[Document], ledger: Ledger) -> None:
        self.out = out
        self.documents = documents
        self.next = 0
        self.reader = _BatchReader(ledger)
        self.writers = {name: _OrderedWriter(out / f"{name}.parquet.partial", schema, ROW_GROUP_ROWS[name])
                        for name, schema in TABLES.items()}

    def advance(self, located: dict[int, int], *, saved: tuple[int, dict[str, pa.Table]] | None = None) -> None:
        """Write the documents that can be written now; ``saved``: the batch just saved and its tables."""
        if saved is not None:
            self.reader.offer(*saved)
        while self.next < len(self.documents):
            doc = self.documents[self.next]
            if doc.error is not None:
                self.writers["errors"].add(rows_to_table("errors", [error_row(self.next, doc.doc_id, doc.source, doc.sha256, "read", doc.error)]))
            elif self.next in located:
                for name, table in self.reader.rows(located[self.next], doc.doc_id).items():
                    self.writers[name].add(table)
            else:
                return
            self.next += 1

    def finish(self, located: dict[int, int]) -> dict[str, int]:
        """Write the remaining documents (all must be located), put the tables in place; return row counts."""
        self.advance(located)
        if self.next < len(self.documents):
            raise KeyError(f"document {self.documents[self.next].doc_id!r} is in no saved batch")
        counts = {}
        for name, writer in self.writers.items():
            writer.close()
            counts[name] = writer.total
            (self.out / f"{name}.parquet.partial").replace(self.out / f"{name}.parquet")
        return counts


def consolidate_tables(out: Path, documents: list[Document], located: dict[int, int], ledger: Ledger) -> dict[str, int]:
    """Write the four tables in input order from the saved batches; return their row counts."""
    return Consolidator(out, documents, ledger).finish(located)
