"""Scoring clitic segmentation against the kit's own gold: reading, boundaries, alignment, counts.

The gold rows and kit rows below were written for this test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.morphology import AnalysisCache
from helpers.morphology.clitic_gold import (
    CliticWord,
    boundaries_of_segmentation,
    read_clitic_gold_ar,
    score_clitic_gold_ar,
    score_clitic_words_ar,
)

HEADER = "file\tstart\tend\tword\tsegmentation\tnote\n"


@pytest.mark.parametrize(
    ("segmentation", "proclitic_ends", "enclitic_starts"),
    [
        ("وزير", (), ()),
        ("و+تونس", (1,), ()),
        ("و+ب+الحوار", (1, 2), ()),
        ("ل+لبلاد", (1,), ()),  # ل + ال written لل: one boundary
        ("حكومت+ه", (), (5,)),
        ("علي+نا", (), (3,)),
        ("ل+ه", (), (1,)),  # the preposition is the host before a pronoun
        ("ب+أن+نا", (1,), (3,)),
        ("و+س+يكون", (1, 2), ()),
        ("ف+إن+ه", (1,), (3,)),
    ],
)
def test_boundaries_of_segmentation(segmentation: str, proclitic_ends: tuple[int, ...], enclitic_starts: tuple[int, ...]) -> None:
    assert boundaries_of_segmentation(segmentation) == (proclitic_ends, enclitic_starts)


@pytest.mark.parametrize("bad", ["و++تونس", "+تونس", "بلاد+و", "بلاد+ه+و"])
def test_bad_segmentation(bad: str) -> None:
    with pytest.raises(ValueError, match="segmentation"):
        boundaries_of_segmentation(bad)


def _word(start: int, word: str, segmentation: str) -> CliticWord:
    pro, enc = boundaries_of_segmentation(segmentation)
    return CliticWord("a.txt", start, start + len(word), word, segmentation, pro, enc)


GOLD = [_word(0, "وتونس", "و+تونس"), _word(6, "وزير", "وزير"), _word(11, "حكومته", "حكومت+ه"), _word(18, "للبلاد", "ل+لبلاد")]


@pytest.mark.parametrize(
    ("kit_rows", "tp", "fp", "fn", "exact", "breakdown"),
    [
        # the kit agrees everywhere (ل+ال read as one boundary)
        ({(0, 5): ("وتونس", "و", ""), (6, 10): ("وزير", "", ""), (11, 17): ("حكومته", "", "ه"), (18, 24): ("للبلاد", "ل+ال", "")},
         3, 0, 0, 4, []),
        # the kit keeps و + a name whole, and cuts a stem letter off وزير
        ({(0, 5): ("وتونس", "", ""), (6, 10): ("وزير", "و", ""), (11, 17): ("حكومته", "", "ه"), (18, 24): ("للبلاد", "ل+ال", "")},
         2, 1, 1, 2, [["false negative", "proclitic", 1], ["false positive", "proclitic", 1]]),
        # a token that does not span the gold word: its boundaries are misses
        ({(0, 5): ("وتونس", "و", ""), (6, 17): ("وزير حكومته", "", ""), (18, 24): ("للبلاد", "ل", "")},
         2, 0, 1, 2, [["false negative", "token not matched", 1]]),
        # an enclitic read where there is none, and one missed
        ({(0, 5): ("وتونس", "و", ""), (6, 10): ("وزير", "", ""), (11, 17): ("حكومته", "", ""), (18, 24): ("للبلاد", "ل+ال", "ها")},
         2, 1, 1, 2, [["false negative", "enclitic", 1], ["false positive", "enclitic", 1]]),
    ],
)
def test_score_clitic_words(kit_rows: dict, tp: int, fp: int, fn: int, exact: int, breakdown: list) -> None:
    result = score_clitic_words_ar(GOLD, kit_rows)
    clitics = result["kit"]["clitics"]
    assert (clitics["tp"], clitics["fp"], clitics["fn"], clitics["words_exact"]["right"]) == (tp, fp, fn, exact)
    assert result["words"] == clitics["n"] == 4 and result["boundaries"] == 3
    assert result["breakdown"] == breakdown
    assert len(result["errors"]) == 4 - exact
    assert result["baseline"]["clitics"]["n"] == 4


def test_read_gold_and_split(tmp_path: Path) -> None:
    path = tmp_path / "gold.tsv"
    path.write_text("# a comment\n" + HEADER + "clitics_01_x.txt\t0\t5\tوتونس\tو+تونس\t-\n"
                    "clitics_07_y.txt\t0\t4\tوزير\tوزير\t-\n", encoding="utf-8")
    assert [w.boundaries for w in read_clitic_gold_ar(path)["clitics_01_x.txt"]] == [(1,)]
    assert list(read_clitic_gold_ar(path, split="dev")) == ["clitics_01_x.txt"]
    assert list(read_clitic_gold_ar(path, split="test")) == ["clitics_07_y.txt"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("file\tstart\tword\n", "header"),
        (HEADER + "a.txt\t0\t5\tوتونس\n", "line 2 .* not a gold row"),
        (HEADER + "a.txt\t0\t5\tوتونس\tو++تونس\t-\n", "segmentation"),
    ],
)
def test_bad_gold(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "gold.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        read_clitic_gold_ar(path)


def test_missing_gold_and_bad_split(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no clitic gold"):
        read_clitic_gold_ar(tmp_path / "none.tsv")
    (tmp_path / "gold.tsv").write_text(HEADER, encoding="utf-8")
    with pytest.raises(ValueError, match="split"):
        read_clitic_gold_ar(tmp_path / "gold.tsv", split="all")


def test_score_runs_the_kit_on_each_text() -> None:
    text = "قال الوزير إن حكومته ستدعم المدارس وللبلاد ثقة."
    words = {"وللبلاد": "و+ل+لبلاد", "حكومته": "حكومت+ه", "الوزير": "الوزير", "قال": "قال"}
    gold = {"t.txt": [_word(text.index(w), w, s) for w, s in words.items()]}
    gold["t.txt"] = [CliticWord("t.txt", w.start, w.end, w.word, w.segmentation, w.proclitic_ends, w.enclitic_starts)
                     for w in sorted(gold["t.txt"], key=lambda w: w.start)]
    result = score_clitic_gold_ar(gold, {"t.txt": text}, cache=AnalysisCache())
    assert result["words"] == 4 and result["boundaries"] == 3 and result["unmatched"] == 0
    assert result["files"]["t.txt"]["words"] == 4
    clitics = result["kit"]["clitics"]
    assert clitics["tp"] + clitics["fn"] == 3 and 0.0 <= clitics["f1"] <= 1.0
