"""Consolidation while batches are still being analysed: input order, batches saved out of order."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus_texts import MORE_TEXTS_AR, TEXTS_AR

from helpers.corpus.batch import analyze_batch
from helpers.corpus.consolidate import Consolidator, consolidate_tables
from helpers.corpus.documents import Document
from helpers.corpus.ledger import Ledger
from helpers.corpus.tables import TABLES

LAYERS = ["tokens", "sentences", "evaluation"]


def _documents() -> list[Document]:
    """Five documents; the third could not be read."""
    texts = [TEXTS_AR["politics"], TEXTS_AR["sport"], None, TEXTS_AR["economy"], MORE_TEXTS_AR["sport"]]
    return [Document(f"d{k}", f"d{k}.txt", text, f"{k:064x}", error=None if text else "empty file")
            for k, text in enumerate(texts)]


#: Positions per batch, in the order the batches are saved: the second batch finishes first.
BATCHES = [[3, 4], [0, 1]]


def _save(ledger: Ledger, documents: list[Document], positions: list[int]):
    tables = analyze_batch([(p, documents[p]) for p in positions], LAYERS)
    number = ledger.save_batch(tables, [(documents[p].doc_id, documents[p].sha256) for p in positions], settings="s")
    return number, tables


def _files(folder: Path) -> dict[str, bytes]:
    return {name: (folder / f"{name}.parquet").read_bytes() for name in TABLES}


def test_documents_are_written_in_input_order_as_soon_as_they_can_be(tmp_path: Path) -> None:
    documents = _documents()
    ledger = Ledger(tmp_path / "live" / "work")
    consolidator = Consolidator(tmp_path / "live", documents, ledger)
    located: dict[int, int] = {}
    consolidator.advance(located)
    assert consolidator.next == 0  # the first document is in no batch yet
    number, tables = _save(ledger, documents, BATCHES[0])
    located.update(dict.fromkeys(BATCHES[0], number))
    consolidator.advance(located, saved=(number, tables))
    assert consolidator.next == 0  # documents 3 and 4 wait for 0 and 1
    number, tables = _save(ledger, documents, BATCHES[1])
    located.update(dict.fromkeys(BATCHES[1], number))
    consolidator.advance(located, saved=(number, tables))
    assert consolidator.next == 5  # 0, 1, the unreadable 2, then 3 and 4
    counts = consolidator.finish(located)
    ledger.close()
    assert counts["documents"] == 4 and counts["errors"] == 1
    assert not list((tmp_path / "live").glob("*.partial"))

    # the same tables, consolidated at the end from the batches on disk alone
    after = tmp_path / "after"
    after.mkdir()
    ledger = Ledger(tmp_path / "live" / "work")
    assert consolidate_tables(after, documents, located, ledger) == counts
    ledger.close()
    assert _files(after) == _files(tmp_path / "live")


def test_finishing_with_a_document_in_no_batch_is_an_error(tmp_path: Path) -> None:
    documents = _documents()
    ledger = Ledger(tmp_path / "work")
    consolidator = Consolidator(tmp_path, documents, ledger)
    with pytest.raises(KeyError, match="'d0' is in no saved batch"):
        consolidator.finish({})
    ledger.close()
