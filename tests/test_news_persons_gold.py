"""The persons-only gold of the fourth development set (`data/annotations/news_persons.tsv`).

Read with the standard library only, as `tests/test_news_golds.py` reads the all-label gold.
"""

from __future__ import annotations

import re

import pytest

from helpers.data import data_path
from helpers.entities.scoring import GOLD_COLUMNS, read_gold_entities_ar

GOLD = "annotations/news_persons.tsv"
#: A proclitic conjunction or preposition may stand between a word boundary and a span.
PROCLITICS = {"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"}
_LETTER = re.compile(r"[\u0621-\u064A\u0640\u064B-\u0652A-Za-z0-9]")


def _rows() -> list[list[str]]:
    lines = data_path(GOLD).read_text(encoding="utf-8").split("\n")
    assert lines[-1] == "", "the gold must end with a newline"
    body = [line for line in lines[:-1] if not line.startswith("#")]
    assert body[0].split("\t") == GOLD_COLUMNS
    return [line.split("\t") for line in body[1:]]


def _articles() -> list[str]:
    return sorted(p.name for p in data_path("news", "persons").glob("*.txt"))


def test_gold_names_only_the_articles() -> None:
    assert len(_articles()) == 12 and all(name.startswith("dev4_") for name in _articles())
    # two articles name nobody (a theft report, a page of handball results)
    assert set({row[0] for row in _rows()}) <= set(_articles()) and len({row[0] for row in _rows()}) == 10


def test_rows_sorted_unique_and_persons_only() -> None:
    rows = _rows()
    keys = [(row[0], int(row[1])) for row in rows]
    assert keys == sorted(set(keys))
    assert {row[4] for row in rows} == {"PERSON"}
    assert len(read_gold_entities_ar(GOLD)) == len(rows) == 41


@pytest.mark.parametrize("name", _articles())
def test_spans_are_the_text_at_word_edges(name: str) -> None:
    text = data_path("news", "persons", name).read_text(encoding="utf-8")
    spans = [(int(r[1]), int(r[2]), r[3]) for r in _rows() if r[0] == name]
    for start, end, surface in spans:
        assert text[start:end] == surface
        k = start
        while k > 0 and _LETTER.match(text[k - 1]):
            k -= 1
        assert text[k:start] in PROCLITICS, (surface, text[k:start])
        assert end == len(text) or not _LETTER.match(text[end]), surface
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), "spans overlap"
