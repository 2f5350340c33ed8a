"""Tests for helpers.entities.scoring: reading a gold, exact and partial matches, per-label figures."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from helpers.entities.scoring import GOLD_COLUMNS, SCORE_COLUMNS, match_entities_ar, read_gold_entities_ar, score_entities_ar


def table(rows: list[tuple]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["file", "start", "end", "label"])


GOLD = table([("a", 0, 5, "PERSON"), ("a", 10, 20, "DATE"), ("b", 0, 4, "PLACE"), ("b", 6, 9, "PLACE")])


@pytest.mark.parametrize(
    ("found", "exact", "partial"),
    [
        pytest.param(GOLD, 4, 4, id="all-exact"),
        pytest.param(table([("a", 0, 4, "PERSON")]), 0, 1, id="overlap-only"),
        pytest.param(table([("a", 0, 5, "ORG")]), 0, 0, id="wrong-label"),
        pytest.param(table([("b", 0, 5, "PERSON")]), 0, 0, id="wrong-file-and-label"),
        pytest.param(table([("b", 0, 9, "PLACE")]), 0, 1, id="one-found-matches-one-gold"),
        pytest.param(table([("a", 0, 5, "PERSON"), ("a", 1, 3, "PERSON")]), 1, 1, id="one-gold-matches-one-found"),
    ],
)
def test_matches(found: pd.DataFrame, exact: int, partial: int) -> None:
    assert len(match_entities_ar(found, GOLD, partial=False)) == exact
    assert len(match_entities_ar(found, GOLD, partial=True)) == partial


def test_scores_per_label() -> None:
    found = table([("a", 0, 5, "PERSON"), ("a", 12, 20, "DATE"), ("b", 0, 4, "ORG")])
    scores = score_entities_ar(found, GOLD).set_index("label")
    assert list(scores.reset_index().columns) == SCORE_COLUMNS
    assert scores.loc["PERSON", ["gold", "found", "exact", "exact_f1"]].tolist() == [1, 1, 1, 1.0]
    assert scores.loc["DATE", ["exact", "partial", "partial_f1"]].tolist() == [0, 1, 1.0]
    assert scores.loc["PLACE", ["gold", "found", "partial_recall"]].tolist() == [2, 0, 0.0]
    assert scores.loc["ORG", ["gold", "found", "exact_precision"]].tolist() == [0, 1, 0.0]
    assert scores.loc["all", ["gold", "found", "exact", "partial"]].tolist() == [4, 3, 1, 2]
    assert scores.loc["all", "exact_precision"] == round(1 / 3, 3)


def test_read_gold(tmp_path: Path) -> None:
    gold = read_gold_entities_ar()
    assert list(gold.columns) == GOLD_COLUMNS
    sets = [set(read_gold_entities_ar(split=split)["file"]) for split in ("dev", "dev2", "dev3", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "test")]
    assert set.union(*sets) == set(gold["file"]) and sum(map(len, sets)) == len(set(gold["file"]))
    assert all(name.startswith("dev2_") for name in sets[1]) and len(sets[1]) == 11
    assert all(name.startswith("dev3_") for name in sets[2]) and len(sets[2]) == 11
    assert all(name.startswith("dev6_") for name in sets[3]) and len(sets[3]) == 12
    assert all(name.startswith("dev7_") for name in sets[4]) and len(sets[4]) == 10
    assert all(name.startswith("dev8_") for name in sets[5]) and len(sets[5]) == 10
    assert all(name.startswith("dev9_") for name in sets[6]) and len(sets[6]) == 10
    assert all(name.startswith("dev10_") for name in sets[7]) and len(sets[7]) == 10
    assert all(name.startswith("dev11_") for name in sets[8]) and len(sets[8]) == 10
    bad = tmp_path / "bad.tsv"
    bad.write_text("file\tstart\tend\ttext\tlabel\tnote\na\t0\t1\tx\tTHING\t\n", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown label"):
        read_gold_entities_ar(bad)
    bad.write_text("file\tstart\ttext\n", encoding="utf-8")
    with pytest.raises(ValueError, match="expected columns"):
        read_gold_entities_ar(bad)
    with pytest.raises(ValueError, match="split"):
        read_gold_entities_ar(split="train")
    with pytest.raises(ValueError, match="lacks column"):
        score_entities_ar(pd.DataFrame({"file": []}), GOLD)
