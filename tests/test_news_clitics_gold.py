"""The clitic-segmentation gold `data/annotations/news_clitics.tsv` (`data/news/clitics/`).

Read with the standard library only: every row's offsets give its word, every segmentation rejoins to
its word with pieces of the kit's inventory, and the rows cover every Arabic word of each article's
annotated range, one row per word.
"""

from __future__ import annotations

import re

import pytest

from helpers.data import data_path

GOLD = "annotations/news_clitics.tsv"
COLUMNS = ["file", "start", "end", "word", "segmentation", "note"]
#: the guideline's word: a maximal run of Arabic letters, diacritics and tatweel holding a letter
WORD = re.compile(r"[\u0621-\u063a\u0640-\u0652\u0670\u0671-\u06d3]+")
LETTER = re.compile(r"[\u0621-\u063a\u0641-\u064a\u0671-\u06d3]")
PROCLITICS = {"و", "ف", "ب", "ل", "ك", "س", "أ"}
ENCLITICS = set("ه ها هما هم هن ك كما كم كن ي ني نا".split())
RANGE = re.compile(r"^#\s+(clitics_\d\d_\S+\.txt)\t0\t(\d+)\t")
#: words and boundaries per article, as counted when the gold was written (README section)
COUNTS = {"dev": (899, 176), "test": (1069, 219)}


def _lines() -> list[str]:
    lines = data_path(GOLD).read_text(encoding="utf-8").split("\n")
    assert lines[-1] == "", "the gold must end with a newline"
    return lines[:-1]


def _rows() -> list[list[str]]:
    body = [line for line in _lines() if not line.startswith("#")]
    assert body[0].split("\t") == COLUMNS
    rows = [line.split("\t") for line in body[1:]]
    assert all(len(row) == len(COLUMNS) for row in rows)
    return rows


def _ranges() -> dict[str, int]:
    return {m.group(1): int(m.group(2)) for line in _lines() if (m := RANGE.match(line))}


def _articles() -> list[str]:
    return sorted(p.name for p in data_path("news", "clitics").glob("*.txt"))


def test_ten_articles_each_with_a_range() -> None:
    assert [name[:11] for name in _articles()] == [f"clitics_{i:02d}_" for i in range(1, 11)]
    assert sorted(_ranges()) == _articles()
    assert {row[0] for row in _rows()} == set(_articles())


def test_rows_sorted_and_unique() -> None:
    keys = [(row[0], int(row[1])) for row in _rows()]
    assert keys == sorted(set(keys))


@pytest.mark.parametrize("name", _articles())
def test_rows_are_the_words_of_the_range(name: str) -> None:
    text = data_path("news", "clitics", name).read_text(encoding="utf-8")
    end = _ranges()[name]
    assert end == len(text) or not WORD.match(text[end]), "the range must end at a word edge"
    words = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text, 0, end) if LETTER.search(m.group())]
    rows = [(int(r[1]), int(r[2]), r[3]) for r in _rows() if r[0] == name]
    assert rows == words
    assert all(text[start:stop] == word for start, stop, word in rows)


@pytest.mark.parametrize("name", _articles())
def test_segmentations_rejoin_with_the_inventory(name: str) -> None:
    for row in (r for r in _rows() if r[0] == name):
        word, pieces = row[3], row[4].split("+")
        assert "".join(pieces) == word and all(pieces), row
        host = 0  # proclitics run up to the host; a proclitic right before a pronoun is the host (ل+ه)
        while host < len(pieces) - 1 and pieces[host] in PROCLITICS and pieces[host + 1] not in ENCLITICS:
            host += 1
        assert all(piece in ENCLITICS for piece in pieces[host + 1 :]), row
        assert row[5], "note is '-' or a reason"


@pytest.mark.parametrize(("half", "numbers"), [("dev", range(1, 6)), ("test", range(6, 11))])
def test_counts_of_each_half(half: str, numbers: range) -> None:
    prefixes = tuple(f"clitics_{i:02d}_" for i in numbers)
    rows = [row for row in _rows() if row[0].startswith(prefixes)]
    assert (len(rows), sum(row[4].count("+") for row in rows)) == COUNTS[half]
