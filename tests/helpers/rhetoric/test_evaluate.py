"""Tests for helpers.rhetoric.evaluate and the gold annotation of the case study."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from helpers.data import case_study_path
from helpers.text.load import read_text_ar
from helpers.rhetoric.devices import find_devices_ar
from helpers.rhetoric.devices_base import DEVICE_TYPES, GOLD_ONLY_DEVICES, TERMS_AR, Device
from helpers.rhetoric.evaluate import GOLD_COLUMNS, TARGET_DEVICES, load_gold_rhetoric, match_devices, score_against_gold

TEXT = read_text_ar(case_study_path())
GOLD = load_gold_rhetoric()


def test_gold_columns_and_ids() -> None:
    assert tuple(GOLD.columns) == (*GOLD_COLUMNS, "target_span")
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
    # A target lies inside the span and is the text there; only devices that are about something have one,
    # and all of them do except an istiʿāra taṣrīḥiyya whose literal term is not written.
    if row["target_span"] is not None:
        s, e = row["target_span"]
        assert row["start"] <= s < e <= row["end"] and TEXT[s:e] == row["target"]
        assert row["device"] in TARGET_DEVICES
    elif row["device"] in TARGET_DEVICES:
        assert row["device"] == "metaphor_candidate" and "تصريحية" in row["term_ar"], row["id"]
    # The row is a valid Device too (same checks as the detectors' output).
    Device(row["start"], row["end"], TEXT[row["start"] : row["end"]], row["device"], row["device"], row["term_ar"],
           row["explanation"], tuple(row["parts"]), row["target_span"])


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


# Corrections of the gold (each was a reviewer's finding): one reading per span, terms that fit.
GOLD_CALLS = [
    # (words, device that must be there, devices that must not)
    pytest.param("ستنهي", "antithesis", {"jinas_ishtiqaq"}, id="typo-is-not-a-jinas"),
    pytest.param("نكسات", "euphemism", {"kinaya"}, id="setbacks-euphemism"),
    pytest.param("الاشتباك الحاصل في محيطه", "allusion", {"kinaya"}, id="clash-allusion"),
    pytest.param("ومن جميع الأطراف", "allusion", {"hyperbole"}, id="all-parties-literal"),
    pytest.param("مصداقية وموثوقية", "itnab", {"saj"}, id="synonym-pair-not-saj"),
]


@pytest.mark.parametrize(("words", "device", "absent"), GOLD_CALLS)
def test_gold_calls(words: str, device: str, absent: set[str]) -> None:
    s = TEXT.find(words)
    rows = GOLD[(GOLD["start"] <= s) & (GOLD["end"] >= s + len(words))]
    near = GOLD[[min(e, s + len(words)) > max(b, s) for b, e in zip(GOLD["start"], GOLD["end"])]]
    assert device in set(rows["device"])
    assert not absent & set(near[(near["end"] - near["start"]) < 60]["device"])


def test_gold_terms() -> None:
    by_id = GOLD.set_index("id")
    assert by_id.loc["g064", "term_ar"] == "تشبيه بليغ"          # both terms stated: not an istiʿāra
    assert "ترديد" not in by_id.loc["g004", "term_ar"]           # a text-level echo is not tardīd
    assert "g059" not in by_id.index                               # the jinās on a typo is withdrawn
    assert set(GOLD["device"]) - set(DEVICE_TYPES) <= set(GOLD_ONLY_DEVICES)


def _target_dev(device: str, start: int, end: int, target: tuple[int, int] | None) -> Device:
    return Device(start, end, "x" * (end - start), device, device, TERMS_AR[device], "test", (), target)


@pytest.mark.parametrize(
    ("found", "gold_target", "lenient", "strict"),
    [
        pytest.param(_target_dev("metaphor_candidate", 0, 23, (0, 9)), (0, 9), [(0, 0)], [(0, 0)], id="same-target"),
        pytest.param(_target_dev("metaphor_candidate", 0, 23, (0, 17)), (0, 9), [(0, 0)], [(0, 0)], id="target-with-its-noun"),
        pytest.param(_target_dev("metaphor_candidate", 10, 23, (10, 17)), (0, 9), [(0, 0)], [], id="other-target"),
        pytest.param(_target_dev("metaphor_candidate", 0, 23, None), (0, 9), [(0, 0)], [], id="found-without-target"),
        pytest.param(_target_dev("metaphor_candidate", 0, 23, None), None, [(0, 0)], [(0, 0)], id="gold-without-target"),
        pytest.param(_target_dev("us_them", 0, 23, (0, 9)), (0, 9), [], [], id="other-device"),
    ],
)
def test_strict_matching(found: Device, gold_target, lenient, strict) -> None:
    gold = pd.DataFrame({"device": ["metaphor_candidate"], "start": [0], "end": [23], "parts": [()], "target_span": [gold_target]})
    assert match_devices([found], gold) == lenient
    assert match_devices([found], gold, match="strict") == strict


def test_strict_scores_are_at_most_lenient() -> None:
    found = find_devices_ar(TEXT, morphology=False)
    lenient = score_against_gold(found, GOLD).set_index("device")
    strict = score_against_gold(found, GOLD, match="strict").set_index("device")
    assert (strict["true_positives"] <= lenient["true_positives"]).all()
    assert strict.loc["all", "true_positives"] < lenient.loc["all", "true_positives"]


def test_bad_overlap() -> None:
    with pytest.raises(ValueError, match="overlap"):
        match_devices([], GOLD, overlap=0)
    with pytest.raises(ValueError, match="match"):
        match_devices([], GOLD, match="exact")  # type: ignore[arg-type]


def test_case_study_scores_are_sane() -> None:
    found = find_devices_ar(TEXT, morphology=False)
    table = score_against_gold(found, GOLD).set_index("device")
    assert table.loc["all", "gold"] == GOLD["device"].isin(DEVICE_TYPES).sum()
    assert 0 < table.loc["all", "precision"] <= 1 and 0 < table.loc["all", "recall"] < 1
