"""Agreement between two device annotations: Cohen's kappa against values worked by hand.

Every expected value below was computed on paper from the 2 × 2 table written beside it:
κ = (p_o − p_e) / (1 − p_e), p_e = p_A·p_B + (1 − p_A)(1 − p_B) for a yes/no unit.
"""

from __future__ import annotations

import math

import pandas as pd
import pytest

from helpers.rhetoric.agreement import (
    B_TO_GOLD,
    agreement_table_ar,
    case_study_agreement,
    cohen_kappa,
    load_second_annotation,
    marked_tokens,
)
from helpers.rhetoric.devices_base import Device

KAPPAS = [
    # (first, second, kappa)
    pytest.param([1, 1, 0, 0], [1, 1, 0, 0], 1.0, id="perfect"),
    pytest.param([1, 0, 1, 0], [0, 1, 0, 1], -1.0, id="perfect-disagreement"),
    # both 1, first only 1, second only 1, neither 2: p_o = .6, p_e = .4·.4 + .6·.6 = .52 → .08 / .48
    pytest.param([1, 1, 0, 0, 0], [0, 1, 1, 0, 0], 1 / 6, id="two-by-two"),
    # 20 units: both 4, first only 2, second only 1, neither 13: p_o = .85, p_A = .3, p_B = .25,
    # p_e = .075 + .525 = .6 → .25 / .4
    pytest.param([1] * 6 + [0] * 14, [1] * 4 + [0] * 2 + [1] + [0] * 13, 0.625, id="twenty-units"),
    # a first annotator who marks nothing: p_o = .9, p_e = .9 → 0
    pytest.param([0] * 10, [1] + [0] * 9, 0.0, id="one-marks-nothing"),
    # three labels: p_o = .8, p_e = .4·.2 + .4·.6 + .2·.2 = .36 → .44 / .64
    pytest.param(list("aabbc"), list("abbbc"), 0.6875, id="three-labels"),
]


@pytest.mark.parametrize(("first", "second", "kappa"), KAPPAS)
def test_cohen_kappa(first: list, second: list, kappa: float) -> None:
    assert cohen_kappa(first, second) == pytest.approx(kappa)


@pytest.mark.parametrize(("first", "second"), [([0, 0, 0], [0, 0, 0]), ([1, 1], [1, 1])], ids=["none", "all"])
def test_kappa_undefined_without_variation(first: list, second: list) -> None:
    assert math.isnan(cohen_kappa(first, second))


@pytest.mark.parametrize(("first", "second"), [([1], [1, 0]), ([], [])], ids=["lengths", "empty"])
def test_kappa_bad_input(first: list, second: list) -> None:
    with pytest.raises(ValueError):
        cohen_kappa(first, second)


# A text of 6 tokens: الحرب(0:5) والسلم(6:12) في(13:15) البلاد(16:22) والعباد(23:30) .(30:31)
TEXT = "الحرب والسلم في البلاد والعباد."


def _frame(rows: list[tuple]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["device", "start", "end", "parts", "target_span", "term_ar", "explanation"])


FIRST = _frame([
    ("antithesis", 0, 12, ((0, 5), (6, 12)), None, "طباق", "war / peace"),
    ("metaphor_candidate", 16, 30, ((23, 30),), (16, 22), "استعارة", "x"),
])
SECOND = _frame([
    ("antithesis", 6, 22, ((6, 12), (16, 22)), None, "طباق", "peace / country"),
    ("metaphor_candidate", 16, 30, ((23, 30),), (23, 30), "استعارة", "about another word"),
    ("saj", 16, 30, ((16, 22), (23, 30)), None, "سجع", "rhyme"),
])

TABLE = [
    # device: (both, first only, second only, neither, kappa worked by hand)
    # antithesis: first 1 1 0 0 0 0, second 0 1 0 1 0 0 → p_o = 4/6, p_A = p_B = 2/6, p_e = 1/9 + 4/9 = 5/9
    pytest.param("antithesis", (1, 1, 1, 3, (4 / 6 - 5 / 9) / (4 / 9)), id="antithesis"),
    # metaphor: first marks البلاد (its target) and والعباد (its part), second only والعباد (part and
    # target): p_o = 5/6, p_A = 2/6, p_B = 1/6, p_e = 2/36 + 20/36 = 22/36 → (8/36) / (14/36) = 4/7
    pytest.param("metaphor_candidate", (1, 1, 0, 4, 4 / 7), id="metaphor"),
    # saj: only the second: p_o = 4/6, p_A = 0, p_e = 4/6 → 0
    pytest.param("saj", (0, 0, 2, 4, 0.0), id="saj-one-annotator"),
]


@pytest.mark.parametrize(("device", "expected"), TABLE)
def test_agreement_table(device: str, expected: tuple) -> None:
    table = agreement_table_ar(TEXT, FIRST, SECOND).set_index("device")
    both, first_only, second_only, neither, kappa = expected
    row = table.loc[device]
    assert (row["both"], row["first_only"], row["second_only"], row["neither"]) == (both, first_only, second_only, neither)
    assert row["units"] == 6 and row["kappa"] == pytest.approx(kappa)


def test_agreement_pooled_and_matched() -> None:
    table = agreement_table_ar(TEXT, FIRST, SECOND).set_index("device")
    # pooled over 18 units: both 2, first only 2, second only 3, neither 11: p_o = 13/18,
    # p_A = 4/18, p_B = 5/18, p_e = (4·5 + 14·13) / 324 = 202/324 → (32/324) / (122/324) = 16/61
    assert table.loc["all", "units"] == 18
    assert table.loc["all", ["both", "first_only", "second_only", "neither"]].tolist() == [2, 2, 3, 11]
    assert table.loc["all", "kappa"] == pytest.approx(16 / 61)
    # the antitheses overlap by half of the shorter span and share والسلم; the metaphors match by
    # span but not by target (البلاد against والعباد)
    assert table.loc["antithesis", ["matched_lenient", "matched_strict"]].tolist() == [1, 1]
    assert table.loc["metaphor_candidate", ["matched_lenient", "matched_strict"]].tolist() == [1, 0]
    assert table.loc["all", ["first_devices", "second_devices", "matched_lenient", "matched_strict"]].tolist() == [2, 3, 2, 1]
    assert table.loc["all", "f1_lenient"] == pytest.approx(2 * 2 / 5)


def test_marked_tokens_use_pieces_not_whole_spans() -> None:
    ring = Device(0, 30, TEXT[0:30], "repetition", "repetition", "تكرار", "x", ((0, 5), (23, 30)))
    assert marked_tokens([(0, 5), (6, 12), (13, 15), (23, 30)], [ring], "repetition") == [True, False, False, True]


def test_second_annotation_mapping() -> None:
    b = load_second_annotation()
    assert set(b["device_b"]) - set(b["device"]) == set(B_TO_GOLD)
    assert (b.loc[b["device_b"] == "simile", "device"] == "metaphor_candidate").all()


def test_case_study_agreement_is_sane() -> None:
    table = case_study_agreement().set_index("device")
    assert table.loc["all", "first_devices"] == 74 and table.loc["all", "second_devices"] == 73
    assert 0 < table.loc["all", "kappa"] < 1
    assert (table["matched_strict"] <= table["matched_lenient"]).all()
    assert table.loc["list", "kappa"] == pytest.approx(1.0)  # both mark the same five items
