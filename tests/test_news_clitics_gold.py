"""The clitic-segmentation gold `data/annotations/news_clitics.tsv` (`data/news/clitics/`) and annotator
B's blind second annotation of the same words, `data/annotations/news_clitics_b.tsv`.

Read with the standard library only: in both files every row's offsets give its word, every segmentation
rejoins to its word with pieces of the kit's inventory, and the rows cover every Arabic word of each
article's annotated range (the gold's), one row per word; B's rows are the gold's words, in order.
"""

from __future__ import annotations

import re

import pytest

from helpers.data import data_path

GOLD = "annotations/news_clitics.tsv"
SECOND = "annotations/news_clitics_b.tsv"
FILES = [GOLD, SECOND]
COLUMNS = ["file", "start", "end", "word", "segmentation", "note"]
#: the guideline's word: a maximal run of Arabic letters, diacritics and tatweel holding a letter
WORD = re.compile(r"[\u0621-\u063a\u0640-\u0652\u0670\u0671-\u06d3]+")
LETTER = re.compile(r"[\u0621-\u063a\u0641-\u064a\u0671-\u06d3]")
PROCLITICS = {"و", "ف", "ب", "ل", "ك", "س", "أ"}
ENCLITICS = set("ه ها هما هم هن ك كما كم كن ي ني نا".split())
RANGE = re.compile(r"^#\s+(clitics_\d\d_\S+\.txt)\t0\t(\d+)\t")
#: words and boundaries per article, as counted when the gold was written (README section)
COUNTS = {"dev": (899, 176), "test": (1069, 219)}
#: boundaries of A (the gold), of B, of both, and words segmented differently (README section)
AGREEMENT = (395, 396, 395, 1)


def _lines(path: str = GOLD) -> list[str]:
    lines = data_path(path).read_text(encoding="utf-8").split("\n")
    assert lines[-1] == "", f"{path} must end with a newline"
    return lines[:-1]


def _rows(path: str = GOLD) -> list[list[str]]:
    body = [line for line in _lines(path) if not line.startswith("#")]
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


@pytest.mark.parametrize("path", FILES)
def test_rows_sorted_and_unique(path: str) -> None:
    keys = [(row[0], int(row[1])) for row in _rows(path)]
    assert keys == sorted(set(keys))


@pytest.mark.parametrize("path", FILES)
@pytest.mark.parametrize("name", _articles())
def test_rows_are_the_words_of_the_range(name: str, path: str) -> None:
    text = data_path("news", "clitics", name).read_text(encoding="utf-8")
    end = _ranges()[name]
    assert end == len(text) or not WORD.match(text[end]), "the range must end at a word edge"
    words = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text, 0, end) if LETTER.search(m.group())]
    rows = [(int(r[1]), int(r[2]), r[3]) for r in _rows(path) if r[0] == name]
    assert rows == words
    assert all(text[start:stop] == word for start, stop, word in rows)


@pytest.mark.parametrize("path", FILES)
@pytest.mark.parametrize("name", _articles())
def test_segmentations_rejoin_with_the_inventory(name: str, path: str) -> None:
    for row in (r for r in _rows(path) if r[0] == name):
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


def test_second_annotation_has_the_gold_words() -> None:
    assert [row[:4] for row in _rows(SECOND)] == [row[:4] for row in _rows(GOLD)]


def _boundaries(segmentation: str) -> set[int]:
    pieces = segmentation.split("+")
    return {sum(len(piece) for piece in pieces[: i + 1]) for i in range(len(pieces) - 1)}


def test_agreement_as_the_readme_states_it() -> None:
    a_total = b_total = both = differ = 0
    for a, b in zip(_rows(GOLD), _rows(SECOND), strict=True):
        in_a, in_b = _boundaries(a[4]), _boundaries(b[4])
        a_total, b_total, both = a_total + len(in_a), b_total + len(in_b), both + len(in_a & in_b)
        differ += in_a != in_b
    assert (a_total, b_total, both, differ) == AGREEMENT
