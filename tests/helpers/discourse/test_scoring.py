"""Tests for helpers.discourse.scoring: the news connectives gold and the scorer."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.data import data_path
from helpers.discourse.connectives import find_connectives_ar
from helpers.discourse.scoring import base_sense_ar, connective_rows_ar, read_connective_gold_ar, score_connectives_ar
from helpers.text.load import read_text_ar


def test_gold_halves() -> None:
    dev, test, both = (read_connective_gold_ar(half=h) for h in ("dev", "test", "all"))
    assert len(dev) + len(test) == len(both) > 200
    assert set(dev["half"]) == {"dev"} and set(test["half"]) == {"test"}
    for row in both.head(30).itertuples():
        assert read_text_ar(data_path("news", row.file))[row.start:row.end] == row.text
    assert both["nominal"].any() and (both["pair"] != "").any()


def test_bad_half() -> None:
    with pytest.raises(ValueError, match="half must be"):
        read_connective_gold_ar(half="train")  # type: ignore[arg-type]


def test_gold_scores_itself_perfectly() -> None:
    gold = read_connective_gold_ar(half="dev")
    found = {f: [(s, e, x) for s, e, x in part[["start", "end", "sense"]].itertuples(index=False)]
             for f, part in gold.groupby("file")}
    score = score_connectives_ar(found, gold).set_index("measure")
    assert score.loc["span+sense", ["precision", "recall", "f1"]].tolist() == [1.0, 1.0, 1.0]
    assert score.loc["span+sense", "n_gold"] == len(gold)


# (found rows, gold rows, measure, (tp, fp, fn))
CASES = [
    pytest.param([(0, 1, "Expansion.Conjunction")], [(0, 1, "Expansion.Conjunction")], "span+sense", (1, 0, 0), id="hit"),
    pytest.param([(0, 1, "Comparison.Contrast")], [(0, 1, "Comparison.Concession")], "span+sense", (0, 1, 1), id="wrong-sense"),
    pytest.param([(0, 1, "Comparison.Contrast")], [(0, 1, "Comparison.Concession")], "span", (1, 0, 0), id="span-only"),
    pytest.param([(0, 2, "Expansion.Conjunction")], [(0, 1, "Expansion.Conjunction")], "span", (0, 1, 1), id="span-off-by-one"),
    pytest.param([(3, 8, "Contingency.Cause")], [(3, 8, "Contingency.Cause+Belief")], "span+sense", (1, 0, 0), id="belief-as-cause"),
    pytest.param([], [(0, 1, "Expansion.Conjunction")], "sense:Expansion.Conjunction", (0, 0, 1), id="miss-by-sense"),
]


@pytest.mark.parametrize("found, gold, measure, counts", CASES)
def test_score(found, gold, measure, counts) -> None:
    truth = pd.DataFrame([("a.txt", s, e, x) for s, e, x in gold], columns=["file", "start", "end", "sense"])
    score = score_connectives_ar({"a.txt": found}, truth).set_index("measure")
    assert tuple(score.loc[measure, ["tp", "fp", "fn"]]) == counts


def test_rows_of_a_paired_connective() -> None:
    text = "مع أن العدد قليل، لكن الأثر كبير."
    rows = connective_rows_ar(find_connectives_ar(text, clitics="none"))
    assert [(text[s:e], x) for s, e, x in rows] == [("مع أن", "Comparison.Concession"), ("لكن", "Comparison.Concession")]


def test_base_sense() -> None:
    assert base_sense_ar("Contingency.Negative-condition+SpeechAct") == "Contingency.Negative-condition"
