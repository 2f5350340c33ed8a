"""Tests for helpers.exercises.nb04: right, wrong and unanswered answers for every check.

The tables use the case-study article (the checks' default text). Its figures are written out
here on purpose, as an independent record of what the notebook teaches; ``test_case_study_figures``
recomputes them with the helpers, so a change in a helper shows up as one clear failure.
"""

from __future__ import annotations

import math

import pandas as pd
import pytest
from staged_hints import STAGED, hint_matches

from helpers.statistics.collocations import collocations_ar
from helpers.data import case_study_path
from helpers.statistics.diversity import diversity_table_ar
from helpers.exercises import Feedback, nb04
from helpers.statistics.frequency import dispersion_ar, frequency_table_ar
from helpers.statistics.keyness import keyness_ar
from helpers.text.load import read_text_ar
from helpers.text.normalize import normalize_ar

TEXT = read_text_ar(case_study_path())
N = 443
RATE = 6 * 1000 / N          # البلاد, 6 times as written
DP = 0.621176470588          # القوات over the six body paragraphs

CHECKS = [nb04.check_rate_per_1000, nb04.check_dp, nb04.check_top_keyword, nb04.check_top_collocate]


def test_case_study_figures():
    surface = frequency_table_ar(TEXT, level="surface")
    assert int(surface["count"].sum()) == N
    assert int(surface.loc[surface["item"] == "البلاد", "count"].iloc[0]) == 6
    content = frequency_table_ar(TEXT, level="surface", stopwords=False)
    assert int(content["count"].sum()) == 326          # 117 function-word tokens dropped
    forces = dispersion_ar(TEXT, "القوات", parts="paragraphs")
    assert round(forces.dp, 3) == 0.621 and round(forces.dp_norm, 3) == 0.672
    assert round(dispersion_ar(TEXT, "القوات", parts="blocks").dp, 3) == 0.607
    keys = keyness_ar(TEXT, level="normalized")
    assert list(keys["item"][:5]) == ["الكاظمي", "البلاد", "الامريكيه", "العراق", "القوات"]
    assert round(float(keys["ll"].iloc[0]), 3) == 135.987
    colls = collocations_ar(TEXT, "القوات", window=4, min_count=2, measures=["log_dice", "pmi"])
    assert colls["collocate"].iloc[0] == "البلاد" and round(float(colls["log_dice"].iloc[0]), 3) == 13.541
    assert colls.sort_values("pmi", ascending=False)["collocate"].iloc[0] == "المقاتله"
    diversity = diversity_table_ar(TEXT)
    assert diversity["mtld"].iloc[0] > N               # MTLD longer than the text


@pytest.mark.parametrize(("check", "answer"), [
    pytest.param(nb04.check_rate_per_1000, RATE, id="rate-exact"),
    pytest.param(nb04.check_rate_per_1000, 13.544, id="rate-3-decimals"),
    pytest.param(nb04.check_rate_per_1000, 13.54, id="rate-2-decimals"),
    pytest.param(nb04.check_dp, DP, id="dp-exact"),
    pytest.param(nb04.check_dp, 0.621, id="dp-rounded"),
    pytest.param(nb04.check_dp, 0.62, id="dp-2-decimals"),
    pytest.param(nb04.check_dp, DP + 0.0049, id="dp-within-0.005-above"),
    pytest.param(nb04.check_dp, DP - 0.0049, id="dp-within-0.005-below"),
    pytest.param(nb04.check_top_keyword, "البلاد", id="keyword"),
    pytest.param(nb04.check_top_keyword, " البلاد ", id="keyword-spaces"),
    pytest.param(nb04.check_top_collocate, "البلاد", id="collocate"),
])
def test_right(check, answer):
    feedback = check(answer)
    assert feedback.ok, str(feedback)
    assert str(feedback).startswith("✓")


# (answer, words the hint must contain)
RATE_WRONG = [
    pytest.param(6 / N, "Multiply by 1,000", id="per-token"),
    pytest.param(600 / N, "Per 1,000", id="percentage"),
    pytest.param(6, "Divide", id="raw-count"),
    pytest.param(6000 / 326, "stopwords included", id="denominator-without-stopwords"),
    pytest.param(7000 / N, "clitics", id="clitic-aware-count"),
    pytest.param(6000 / 495, "every token", id="all-tokens"),
    pytest.param(6000 / 450, "whitespace", id="whitespace-pieces"),
    pytest.param(6000 / 322, "distinct", id="types"),
    pytest.param(99.0, STAGED, id="unrelated"),
    pytest.param("13.544", STAGED, id="string"),
    pytest.param(True, STAGED, id="bool"),
    pytest.param(float("nan"), STAGED, id="nan"),
]

DP_WRONG = [
    pytest.param(0.672, "DP_norm", id="dp-norm"),
    pytest.param(0.607, "paragraphs", id="blocks"),
    pytest.param(0.610, "paragraphs", id="blocks-norm"),
    pytest.param(DP + 0.006, STAGED, id="just-outside-tolerance"),
    pytest.param(2 * DP, "0.5", id="no-half"),
    pytest.param(1 - DP, "1 - DP", id="one-minus"),
    pytest.param(5, STAGED, id="frequency"),
    pytest.param(1.5, STAGED, id="out-of-range"),
    pytest.param(0.5, STAGED, id="unrelated"),
    pytest.param("0.621", STAGED, id="string"),
]

KEYWORD_WRONG = [
    pytest.param("الكاظمي", "names", id="the-name"),
    pytest.param("العراق", "names", id="the-country"),
    pytest.param("وكاتيوشا", "Log Ratio", id="zero-count-hapax"),
    pytest.param("الحليفيين", "Log Ratio", id="top-by-log-ratio"),
    pytest.param("من", "not the highest count", id="most-frequent"),
    pytest.param("في", "not the highest count", id="function-word"),
    pytest.param("الأمريكية", ".iloc[0]", id="second-keyword"),
    pytest.param(["البلاد"], "first row", id="list"),
    pytest.param(pd.Series(["البلاد"]), "first row", id="series"),
    pytest.param("البلاد القوات", STAGED, id="two-words"),
    pytest.param(5, STAGED, id="number"),
]

COLLOCATE_WRONG = [
    pytest.param("المقاتلة", "PMI", id="top-by-pmi"),
    pytest.param("اصبحت", "min_count=2", id="seen-once"),
    pytest.param("القوات", STAGED, id="the-node"),
    pytest.param("الكاظمي", STAGED, id="weaker-collocate"),
    pytest.param("العراق", STAGED, id="not-a-collocate"),
    pytest.param(["البلاد", "المقاتله"], "first row", id="list"),
    pytest.param(3, STAGED, id="number"),
]


@pytest.mark.parametrize(("check", "answer", "hint_part"), [
    *[pytest.param(nb04.check_rate_per_1000, *p.values, id=f"rate-{p.id}") for p in RATE_WRONG],
    *[pytest.param(nb04.check_dp, *p.values, id=f"dp-{p.id}") for p in DP_WRONG],
    *[pytest.param(nb04.check_top_keyword, *p.values, id=f"keyword-{p.id}") for p in KEYWORD_WRONG],
    *[pytest.param(nb04.check_top_collocate, *p.values, id=f"collocate-{p.id}") for p in COLLOCATE_WRONG],
])
def test_wrong(check, answer, hint_part):
    feedback = check(answer)
    assert not feedback.ok
    assert feedback.message
    assert hint_matches(feedback, hint_part), str(feedback)
    assert "Hint" in str(feedback)


SMALL = ("عنوان الخبر\n\n"
         "قال الوزير إن الحكومة تدعم الحوار مع الجيران، والحكومة مستعدة للحوار.\n\n"
         "لا حرب ولا سلام في البلاد، لكن الحكومة تعمل.\n\n"
         "السلام قريب والحوار مستمر بين الحكومة والبرلمان في البلاد.")


def test_checks_use_the_given_text():
    """Nothing is hard-coded: on another text the expected values follow that text."""
    table = frequency_table_ar(SMALL, level="surface")
    n = int(table["count"].sum())
    count = int(table.loc[table["item"] == "الحكومة", "count"].iloc[0])
    assert nb04.check_rate_per_1000(count * 1000 / n, word="الحكومة", text=SMALL).ok
    assert not nb04.check_rate_per_1000(RATE, word="الحكومة", text=SMALL).ok

    dp = dispersion_ar(SMALL, "الحكومة", parts="paragraphs").dp
    assert nb04.check_dp(dp, word="الحكومة", text=SMALL).ok
    assert not nb04.check_dp(DP, word="الحكومة", text=SMALL).ok

    keys = keyness_ar(SMALL, level="normalized")
    top = keys[keys["item"] != normalize_ar("الحكومة")]["item"].iloc[0]
    assert nb04.check_top_keyword(top, names=("الحكومة",), text=SMALL).ok
    assert not nb04.check_top_keyword("الحكومة", names=("الحكومة",), text=SMALL).ok

    colls = collocations_ar(SMALL, "الحكومة", window=4, min_count=2, measures=["log_dice"])
    best = colls["collocate"].iloc[0]
    assert nb04.check_top_collocate(best, node="الحكومة", text=SMALL).ok


def test_runner_up_keyword_is_close():
    feedback = nb04.check_top_keyword("الامريكيه")
    assert not feedback.ok
    assert feedback.message.startswith("Close:") and "second" in feedback.message, str(feedback)


def test_zero_count_hint_does_not_call_log_ratio_a_bound():
    hint = nb04.check_top_keyword("وكاتيوشا").hint
    assert "lower bound" not in hint and "0.5 correction" in hint and "not by the data" in hint


def test_absent_word_has_no_dp():
    feedback = nb04.check_dp(0.5, word="كاتيوشا", text=SMALL)
    assert not feedback.ok and "does not occur" in feedback.message


def test_dp_values_are_finite_on_case_study():
    assert not math.isnan(dispersion_ar(TEXT, nb04.DP_WORD, parts="paragraphs").dp)
