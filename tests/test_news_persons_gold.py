"""The single-label golds of the later development sets: persons in `data/annotations/news_persons.tsv`
(`dev4_*`, `data/news/persons/`) and organizations in `data/annotations/news_organizations.tsv`
(`dev5_*`, `data/news/organizations/`).

Read with the standard library only, as `tests/test_news_golds.py` reads the all-label gold.
"""

from __future__ import annotations

import re

import pytest

from helpers.data import data_path
from helpers.entities.scoring import GOLD_COLUMNS, read_gold_entities_ar

#: gold file, article folder, file prefix, its one label, rows, articles with at least one row
GOLDS = [
    # two dev4 articles name nobody (a theft report, a page of handball results)
    ("annotations/news_persons.tsv", "persons", "dev4_", "PERSON", 41, 10),
    # every dev5 article was drawn for holding organization head words, and each names one
    ("annotations/news_organizations.tsv", "organizations", "dev5_", "ORG", 58, 12),
]
#: A proclitic conjunction or preposition may stand between a word boundary and a span.
PROCLITICS = {"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"}
_LETTER = re.compile(r"[\u0621-\u064A\u0640\u064B-\u0652A-Za-z0-9]")


def _rows(gold: str) -> list[list[str]]:
    lines = data_path(gold).read_text(encoding="utf-8").split("\n")
    assert lines[-1] == "", "the gold must end with a newline"
    body = [line for line in lines[:-1] if not line.startswith("#")]
    assert body[0].split("\t") == GOLD_COLUMNS
    return [line.split("\t") for line in body[1:]]


def _articles(folder: str) -> list[str]:
    return sorted(p.name for p in data_path("news", folder).glob("*.txt"))


@pytest.mark.parametrize(("gold", "folder", "prefix", "label", "n_rows", "n_files"), GOLDS)
def test_gold_names_only_the_articles(gold: str, folder: str, prefix: str, label: str, n_rows: int, n_files: int) -> None:
    assert len(_articles(folder)) == 12 and all(name.startswith(prefix) for name in _articles(folder))
    files = {row[0] for row in _rows(gold)}
    assert files <= set(_articles(folder)) and len(files) == n_files


@pytest.mark.parametrize(("gold", "folder", "prefix", "label", "n_rows", "n_files"), GOLDS)
def test_rows_sorted_unique_and_one_label(gold: str, folder: str, prefix: str, label: str, n_rows: int, n_files: int) -> None:
    rows = _rows(gold)
    keys = [(row[0], int(row[1])) for row in rows]
    assert keys == sorted(set(keys))
    assert {row[4] for row in rows} == {label}
    assert len(read_gold_entities_ar(gold)) == len(rows) == n_rows


@pytest.mark.parametrize(("gold", "folder", "name"), [(g[0], g[1], name) for g in GOLDS for name in _articles(g[1])])
def test_spans_are_the_text_at_word_edges(gold: str, folder: str, name: str) -> None:
    text = data_path("news", folder, name).read_text(encoding="utf-8")
    spans = [(int(r[1]), int(r[2]), r[3]) for r in _rows(gold) if r[0] == name]
    for start, end, surface in spans:
        assert text[start:end] == surface
        k = start
        while k > 0 and _LETTER.match(text[k - 1]):
            k -= 1
        assert text[k:start] in PROCLITICS, (surface, text[k:start])
        assert end == len(text) or not _LETTER.match(text[end]), surface
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), "spans overlap"
