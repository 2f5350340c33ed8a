"""Tests for helpers.statistics.diversity: TTR, MATTR and MTLD by hand, and tokenization's effect."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from helpers.data import case_study_path
from helpers.statistics.diversity import diversity_table_ar, mattr_ar, mtld_ar, segmented_tokens_ar, ttr_ar
from helpers.text.load import read_text_ar
from helpers.morphology.base import MORPHOLOGY_COLUMNS

A, B, C, D = "أ", "ب", "ج", "د"


@pytest.mark.parametrize(
    ("tokens", "window", "expected"),
    [
        ([A, B, A, C], 3, 5 / 6),  # windows ABA (2/3) and BAC (1): mean 5/6
        ([A, B, A, C], 2, 1.0),  # AB, BA, AC: all 1
        ([A, A, A, A], 2, 0.5),
        ([A, B, A, B, C], 4, (2 / 4 + 3 / 4) / 2),  # ABAB (2/4), BABC (3/4)
        ([A, B, C], 50, 1.0),  # shorter than the window: its TTR
    ],
)
def test_mattr_by_hand(tokens, window, expected):
    assert mattr_ar(tokens, window=window) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [
        # forward: ABA -> 2/3 <= .72, one factor; CD left with TTR 1 (partial 0): 5 / 1 = 5
        # backward DCABA: TTR ends at 4/5 = .8, partial (1 - .8) / .28: 5 / 0.714286 = 7. Mean 6.
        ([A, B, A, C, D], 6.0),
        # ABABAB both ways: factors end at tokens 3 and 6, nothing left: 6 / 2 = 3
        ([A, B, A, B, A, B], 3.0),
        # AAB: forward AA -> 1/2, one factor; B left (partial 0): 3 / 1 = 3
        #      backward BAA -> 2/3, one factor: 3 / 1 = 3
        ([A, A, B], 3.0),
        # ABCA: forward TTR 3/4 = .75 at the end: partial .25 / .28: 4 / .892857 = 4.48; the same backward
        ([A, B, C, A], 4 / (0.25 / 0.28)),
    ],
)
def test_mtld_by_hand(tokens, expected):
    assert mtld_ar(tokens) == pytest.approx(expected)


def test_mtld_undefined_when_every_token_differs():
    assert math.isnan(mtld_ar([A, B, C]))


def test_ttr_and_bad_input():
    assert ttr_ar([A, B, A, B]) == 0.5
    with pytest.raises(ValueError, match="no tokens"):
        ttr_ar([])
    with pytest.raises(TypeError, match="list of strings"):
        mattr_ar("نص")
    with pytest.raises(ValueError, match="window must be"):
        mattr_ar([A], window=0)
    with pytest.raises(ValueError, match="threshold must be"):
        mtld_ar([A], threshold=1.5)


TEXT = "وبالحوار نبدأ، والحوار طريقنا، ومباحثاتهما مستمرة في الحوار."


def test_light_segmentation_changes_the_counts():
    assert segmented_tokens_ar(TEXT) == ["و", "ب", "ال", "حوار", "نبدا", "و", "ال", "حوار", "طريق", "نا", "و",
                                         "مباحثات", "هما", "مستمره", "في", "ال", "حوار"]
    table = diversity_table_ar(TEXT)
    assert table["tokenization"].tolist() == ["words (surface)", "words (normalized)", "clitic-segmented"]
    assert table["tokens"].tolist() == [8, 8, 17] and table["types"].tolist() == [8, 8, 11]
    assert table["segmenter"].tolist() == ["-", "-", "light rules"]


def test_segmentation_by_a_hand_made_morphology_table():
    text = "وبالحوار طريقنا"
    rows = [(0, 8, "وبالحوار", "و+ب+ال", ""), (9, 15, "طريقنا", "", "نا")]
    table = pd.DataFrame(
        [dict(zip(MORPHOLOGY_COLUMNS, [s, e, t, t, "", t, "", "", "n", "NOUN", pro, enc, "", "hand", True, 1]))
         for s, e, t, pro, enc in rows],
        columns=list(MORPHOLOGY_COLUMNS),
    )
    assert segmented_tokens_ar(text, morphology=table) == ["و", "ب", "ال", "حوار", "طريق", "نا"]
    assert diversity_table_ar(text, morphology=table)["segmenter"].tolist()[-1] == "morphology table"


def test_case_study_segmentation_lowers_diversity():
    table = diversity_table_ar(read_text_ar(case_study_path())).set_index("tokenization")
    assert table.loc["clitic-segmented", "tokens"] > table.loc["words (surface)", "tokens"]
    for measure in ("ttr", "mattr", "mtld"):
        assert table.loc["clitic-segmented", measure] < table.loc["words (surface)", measure]
