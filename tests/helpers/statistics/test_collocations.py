"""Tests for helpers.statistics.collocations: PMI, NPMI and log-Dice on a toy corpus, and n-grams."""

from __future__ import annotations

import math

import pytest

from helpers.statistics.collocations import collocations_ar, ngrams_ar
from helpers.data import case_study_path
from helpers.text.load import read_text_ar

# Toy corpus, N = 10, node سلام at 2 and 7, window 2:
#   positions 0..4 around the first node: قال الوزير [سلام] دائم الآن
#   positions 5..9 around the second:     لا حرب [سلام] دائم فقط
TOKENS = ["قال", "الوزير", "سلام", "دائم", "الآن", "لا", "حرب", "سلام", "دائم", "فقط"]


def test_pmi_npmi_log_dice_by_hand():
    table = collocations_ar(TOKENS, "سلام", window=2, min_count=1).set_index("collocate")
    # دائم: O11 = 2 (right of both nodes), f_n = 2, f_c = 2, N = 10
    #   PMI = log2(2 * 10 / (2 * 2)) = log2 5; NPMI = log2 5 / -log2(2 / 10) = 1; log-Dice = 14 + log2(4 / 4) = 14
    row = table.loc["دائم"]
    assert (row.cooc, row.left, row.right, row.freq_collocate, row.freq_node) == (2, 0, 2, 2, 2)
    assert row.pmi == pytest.approx(math.log2(5)) and row.npmi == pytest.approx(1.0) and row.log_dice == pytest.approx(14.0)
    # حرب: O11 = 1, f_c = 1: PMI = log2(10 / 2) = log2 5; NPMI = log2 5 / log2 10; log-Dice = 14 + log2(2 / 3)
    row = table.loc["حرب"]
    assert row.pmi == pytest.approx(math.log2(5))
    assert row.npmi == pytest.approx(math.log2(5) / math.log2(10))
    assert row.log_dice == pytest.approx(14 + math.log2(2 / 3))
    assert "سلام" not in table.index  # the node is not its own collocate
    assert set(table.index) == {"قال", "الوزير", "دائم", "الان", "لا", "حرب", "فقط"}


def test_order_min_count_measures_and_stopwords():
    table = collocations_ar(TOKENS, "سلام", window=2, min_count=1, measures=("log_dice", "pmi"))
    assert list(table.columns[-2:]) == ["log_dice", "pmi"]
    assert table["collocate"].iloc[0] == "دائم"
    # ties on log_dice broken by cooc, then by collocate
    assert table["collocate"].tolist()[1:] == sorted(table["collocate"].tolist()[1:])
    assert collocations_ar(TOKENS, "سلام", window=2)["collocate"].tolist() == ["دائم"]
    kept = collocations_ar(TOKENS, "سلام", window=2, min_count=1, stopwords=False)["collocate"].tolist()
    assert "لا" not in kept and "قال" not in kept and "دائم" in kept
    assert collocations_ar(TOKENS, "غائب").empty


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"window": 0}, "window must be"), ({"min_count": 0}, "min_count"), ({"measures": ("mi",)}, "measures"),
     ({"measures": "pmi"}, "measures"), ({"level": "stem"}, "level")],
)
def test_collocations_bad_options(kwargs, message):
    with pytest.raises(ValueError, match=message):
        collocations_ar(TOKENS, "سلام", **kwargs)


def test_ngrams_stop_at_punctuation_unless_told():
    text = "قال الرئيس: الحوار الاستراتيجي مهم. الحوار الاستراتيجي الشامل"
    table = ngrams_ar(text, 2)
    assert table.iloc[0].tolist() == ["الحوار الاستراتيجي", 2, 2 * 1000 / 8]  # 8 word tokens
    assert "الرئيس الحوار" not in set(table["ngram"])
    assert "الرئيس الحوار" in set(ngrams_ar(text, 2, cross_punctuation=True)["ngram"])
    assert ngrams_ar(text, 2, min_count=2)["ngram"].tolist() == ["الحوار الاستراتيجي"]
    assert ngrams_ar(["أ", "ب", "أ", "ب"], 3)["ngram"].tolist() == ["ا ب ا", "ب ا ب"]  # normalized level
    assert ngrams_ar(["أ", "ب", "أ", "ب"], 3, level="surface")["ngram"].tolist() == ["أ ب أ", "ب أ ب"]
    with pytest.raises(ValueError, match="n must be"):
        ngrams_ar(text, 0)


def test_case_study_collocates_of_the_prime_minister():
    text = read_text_ar(case_study_path())
    table = collocations_ar(text, "الكاظمي", window=3, min_count=2, stopwords=False)
    assert not table.empty and (table["cooc"] >= 2).all()
    assert table["log_dice"].max() <= 14
