"""Tests for helpers.rhetoric.evaluate and the gold annotation of the case study."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from helpers.data import case_study_path
from helpers.text.load import read_text_ar
from helpers.rhetoric.devices import find_devices_ar
from helpers.rhetoric.devices_base import DEVICE_TYPES, GOLD_ONLY_DEVICES, TERMS_AR, Device
from helpers.rhetoric.evaluate import GOLD_COLUMNS, load_gold_rhetoric, match_devices, score_against_gold

TEXT = read_text_ar(case_study_path())
GOLD = load_gold_rhetoric()


def test_gold_columns_and_ids() -> None:
    assert tuple(GOLD.columns) == GOLD_COLUMNS
    assert GOLD["id"].is_unique
    assert GOLD[["start", "end"]].apply(tuple, axis=1).tolist() == sorted(GOLD[["start", "end"]].apply(tuple, axis=1))


@pytest.mark.parametrize("row", GOLD.to_dict("records"), ids=list(GOLD["id"]))
def test_gold_row(row: dict) -> None:
    assert row["device"] in DEVICE_TYPES + GOLD_ONLY_DEVICES
    assert TEXT[row["start"] : row["end"]] == row["text"].replace("\\n", "\n")
    assert row["term_ar"] and row["explanation"] and "\t" not in row["explanation"]
    assert row["parts"], "every gold device names its parts"
    for s, e in row["parts"]:
        assert row["start"] <= s < e <= row["end"]
    # The row is a valid Device too (same checks as the detectors' output).
    Device(row["start"], row["end"], TEXT[row["start"] : row["end"]], row["device"], row["device"], row["term_ar"],
           row["explanation"], tuple(row["parts"]))


def test_gold_covers_the_devices_named_in_the_brief() -> None:
    spans = {(r.device, r.text) for r in GOLD.itertuples()}
    for device, text in [
        ("metaphor_candidate", "حول المنطقة الى جحيم مشترك"),
        ("kinaya", 'دون ضجيج " وكاتيوشا "'),
        ("scare_quotes", '" وكاتيوشا "'),
        ("triad", "بالكوارث والحروب والويلات"),
        ("jinas_ishtiqaq", "بالحوار الى اقصى مداه، وأن يحول هذه الوسيلة المحورية"),
        ("antithesis", "تبدو جوهرية ظاهراً، لكنها في العمق قابلة للحل"),
        ("anaphora", "بالمزيد من العمل السياسي المثمر، والمزيد من بناء العلاقات مع العالم الحر"),
    ]:
        assert (device, text) in spans
    assert set(GOLD.term_ar) and TERMS_AR  # terms are free text, refined per instance


def _dev(device: str, start: int, end: int) -> Device:
    return Device(start, end, "x" * (end - start), device, device, TERMS_AR[device], "test")


@pytest.mark.parametrize(
    ("found", "gold", "pairs"),
    [
        pytest.param([_dev("triad", 2, 8)], [("triad", 0, 10, ())], [(0, 0)], id="inside-a-longer-gold-span"),
        pytest.param([_dev("saj", 2, 8)], [("triad", 0, 10, ())], [], id="different-device"),
        pytest.param([_dev("triad", 8, 20)], [("triad", 0, 10, ())], [], id="too-little-overlap"),
        pytest.param([_dev("triad", 40, 45)], [("triad", 0, 100, ((0, 5), (90, 100)))], [], id="misses-the-gold-parts"),
        pytest.param([_dev("triad", 0, 10)], [("triad", 0, 100, ()), ("triad", 0, 10, ())], [(1, 0)], id="best-fit-wins"),
        pytest.param([_dev("triad", 0, 10), _dev("triad", 0, 10)], [("triad", 0, 10, ())], [(0, 0)], id="one-to-one"),
    ],
)
def test_match_devices(found: list[Device], gold: list[tuple], pairs: list[tuple[int, int]]) -> None:
    frame = pd.DataFrame(gold, columns=["device", "start", "end", "parts"])
    assert match_devices(found, frame) == pairs


def test_score_table() -> None:
    gold = pd.DataFrame({"device": ["triad", "triad", "kinaya"], "start": [0, 50, 70], "end": [10, 60, 80]})
    table = score_against_gold([_dev("triad", 0, 10), _dev("saj", 30, 40)], gold).set_index("device")
    assert table.loc["triad", ["gold", "found", "true_positives"]].tolist() == [2, 1, 1]
    assert table.loc["triad", "recall"] == 0.5 and table.loc["saj", "precision"] == 0.0
    assert math.isnan(table.loc["saj", "recall"]) and table.loc["kinaya", "found"] == 0
    assert table.loc["all", ["gold", "found", "true_positives"]].tolist() == [2, 2, 1]  # kinaya is gold-only


def test_bad_overlap() -> None:
    with pytest.raises(ValueError, match="overlap"):
        match_devices([], GOLD, overlap=0)


def test_case_study_scores_are_sane() -> None:
    found = find_devices_ar(TEXT, morphology=False)
    table = score_against_gold(found, GOLD).set_index("device")
    assert table.loc["all", "gold"] == GOLD["device"].isin(DEVICE_TYPES).sum()
    assert 0 < table.loc["all", "precision"] <= 1 and 0 < table.loc["all", "recall"] < 1
