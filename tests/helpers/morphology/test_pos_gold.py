"""Parts of speech against the kit's own news gold: the gold's shape, reading, alignment and scoring.

The two-word golds and kit tags below were written for this test.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from helpers.data import data_path
from helpers.morphology import AnalysisCache
from helpers.morphology.clitic_gold import read_clitic_gold_ar
from helpers.morphology.pos_gold import PosWord, gold_upos_v1, read_pos_gold_ar, score_pos_gold_ar, score_pos_words_ar
from helpers.morphology.upos import UPOS_TAGS

HEADER = "file\tstart\tend\tword\tupos\tnote\n"
GOLD = data_path("annotations", "news_pos.tsv")
CLITICS = data_path("annotations", "news_clitics.tsv")
#: tags per half, as counted when the gold was written (README section)
COUNTS = {
    "dev": {"ADJ": 118, "ADP": 131, "ADV": 10, "AUX": 5, "CCONJ": 8, "DET": 10, "NOUN": 429, "NUM": 6, "PART": 6,
            "PRON": 28, "PROPN": 53, "SCONJ": 22, "VERB": 73},
    "test": {"ADJ": 134, "ADP": 144, "ADV": 13, "AUX": 3, "CCONJ": 9, "DET": 7, "NOUN": 520, "NUM": 11, "PART": 14,
             "PRON": 22, "PROPN": 72, "SCONJ": 25, "VERB": 92, "X": 3},
}  # fmt: skip


# -- the gold's shape --------------------------------------------------------------------------


@pytest.mark.parametrize("split", [None, "dev", "test"])
def test_gold_is_aligned_to_the_clitic_gold(split: str | None) -> None:
    pos = read_pos_gold_ar(GOLD, split=split, clitic_gold=CLITICS)
    clitics = read_clitic_gold_ar(CLITICS, split=split)
    assert list(pos) == list(clitics)
    for file in pos:
        assert [(w.start, w.end, w.word) for w in pos[file]] == [(w.start, w.end, w.word) for w in clitics[file]]


def test_gold_rows_give_their_words_and_valid_tags() -> None:
    for file, words in read_pos_gold_ar(GOLD).items():
        text = data_path("news", "clitics", file).read_text(encoding="utf-8")
        assert all(text[w.start : w.end] == w.word for w in words)
        assert all(w.upos in UPOS_TAGS and w.upos not in ("PUNCT", "SYM") for w in words)


def test_gold_notes_are_short_or_a_dash() -> None:
    rows = [line.split("\t") for line in GOLD.read_text(encoding="utf-8").splitlines() if not line.startswith("#")][1:]
    assert all(row[5] == "-" or 0 < len(row[5]) <= 80 for row in rows)


@pytest.mark.parametrize("split", ["dev", "test"])
def test_gold_counts_per_half(split: str) -> None:
    words = [w for ws in read_pos_gold_ar(GOLD, split=split).values() for w in ws]
    assert dict(Counter(w.upos for w in words)) == COUNTS[split]


# -- reading -----------------------------------------------------------------------------------


def _write(tmp_path: Path, body: str, name: str = "gold.tsv") -> Path:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


def test_read_and_split(tmp_path: Path) -> None:
    path = _write(tmp_path, "# a comment\n" + HEADER + "clitics_01_x.txt\t0\t5\tوتونس\tPROPN\t-\n"
                  "clitics_07_y.txt\t0\t4\tوزير\tNOUN\t-\n")
    assert read_pos_gold_ar(path)["clitics_01_x.txt"] == [PosWord("clitics_01_x.txt", 0, 5, "وتونس", "PROPN")]
    assert list(read_pos_gold_ar(path, split="dev")) == ["clitics_01_x.txt"]
    assert list(read_pos_gold_ar(path, split="test")) == ["clitics_07_y.txt"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("file\tstart\tword\n", "header"),
        (HEADER + "a.txt\t0\t5\tوتونس\n", "line 2 .* not a gold row"),
        (HEADER + "a.txt\t0\t5\tوتونس\tCONJ\t-\n", "no UD v2 UPOS tag"),
    ],
)
def test_bad_gold(tmp_path: Path, content: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        read_pos_gold_ar(_write(tmp_path, content))


def test_gold_not_aligned_to_the_clitic_gold(tmp_path: Path) -> None:
    clitics = _write(tmp_path, "file\tstart\tend\tword\tsegmentation\tnote\n"
                     "clitics_01_x.txt\t0\t5\tوتونس\tو+تونس\t-\nclitics_01_x.txt\t6\t10\tوزير\tوزير\t-\n", "clitics.tsv")
    pos = _write(tmp_path, HEADER + "clitics_01_x.txt\t0\t5\tوتونس\tPROPN\t-\n")
    with pytest.raises(ValueError, match="not aligned"):
        read_pos_gold_ar(pos, clitic_gold=clitics)


def test_missing_gold_and_bad_split(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no POS gold"):
        read_pos_gold_ar(tmp_path / "none.tsv")
    with pytest.raises(ValueError, match="split"):
        read_pos_gold_ar(_write(tmp_path, HEADER), split="all")


# -- scoring -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold", "v1"), [("CCONJ", "CONJ"), ("SCONJ", "CONJ"), ("AUX", "VERB"), ("VERB", "VERB"), ("PROPN", "PROPN")]
)
def test_gold_upos_v1(gold: str, v1: str) -> None:
    assert gold_upos_v1(gold) == v1


TWO = [PosWord("a.txt", 0, 3, "كان", "AUX"), PosWord("a.txt", 4, 6, "إن", "SCONJ")]


@pytest.mark.parametrize(
    ("kit_tags", "strict", "v2", "breakdown"),
    [
        # the kit's tags as the gold's
        ({(0, 3): "AUX", (4, 6): "SCONJ"}, 2, 2, []),
        # UD v1 conventions the kit follows (كان VERB, a conjunction of the other kind): right, not exact v2
        ({(0, 3): "VERB", (4, 6): "CCONJ"}, 2, 0, []),
        # a wrong tag
        ({(0, 3): "NOUN", (4, 6): "SCONJ"}, 1, 1, [["AUX", "NOUN", 1]]),
        # a gold word no kit token spans
        ({(0, 3): "VERB", (4, 7): "SCONJ"}, 1, 0, [["SCONJ", "(no token)", 1]]),
        ({(0, 3): "PART", (4, 6): "PART"}, 0, 0, [["AUX", "PART", 1], ["SCONJ", "PART", 1]]),
    ],
)
def test_score_pos_words(kit_tags: dict, strict: int, v2: int, breakdown: list) -> None:
    result = score_pos_words_ar(TWO, kit_tags)
    assert result["words"] == result["kit"]["upos_strict"]["n"] == 2
    assert result["kit"]["upos_strict"]["right"] == strict
    assert result["kit"]["upos_v2_exact"]["right"] == v2
    assert result["breakdown"] == breakdown
    assert len(result["errors"]) == 2 - strict
    assert result["baseline"]["upos_strict"]["n"] == 2


def test_score_runs_the_kit_on_each_text() -> None:
    text = "قال الوزير إن حكومته ستدعم المدارس."
    tags = {"قال": "VERB", "الوزير": "NOUN", "إن": "SCONJ", "حكومته": "NOUN"}
    gold = {"t.txt": [PosWord("t.txt", text.index(w), text.index(w) + len(w), w, t) for w, t in tags.items()]}
    result = score_pos_gold_ar(gold, {"t.txt": text}, cache=AnalysisCache())
    assert result["words"] == 4 and result["unmatched"] == 0
    assert result["files"]["t.txt"]["words"] == 4
    assert 0.0 <= result["kit"]["upos_strict"]["score"] <= 1.0
