"""Tests for helpers.exercises.nb04: right, wrong and unanswered answers for every check.

The value exercises are about texts the notebook does not show (the wire report, news report
dev_07, the opposing commentary). Their figures are written out here on purpose, as an
independent record of what the checks expect; ``test_exercise_figures`` recomputes them with the
helpers, so a change in a helper or a text shows up as one clear failure.
"""

from __future__ import annotations

import math

import pandas as pd
import pytest
from staged_hints import STAGED, hint_matches

from helpers.exercises import Feedback, nb04
from helpers.exercises.texts import case_study_text, comparison_text, news_text
from helpers.statistics.collocations import collocations_ar
from helpers.statistics.diversity import diversity_table_ar
from helpers.statistics.frequency import dispersion_ar, frequency_table_ar
from helpers.statistics.keyness import keyness_ar
from helpers.statistics.levels import word_sequence_ar
from helpers.text.normalize import normalize_ar
from helpers.text.structure import split_article_ar

TEXT = case_study_text()
WIRE = comparison_text("wire_report")
N = 443
WIRE_N = 380
RATE = 7 * 1000 / WIRE_N          # القوات, 7 times as written in the wire report
CASE_RATE = 5 * 1000 / N          # القوات in the case study (a typed-in number from the notebook)


def test_case_study_figures():
    surface = frequency_table_ar(TEXT, level="surface")
    assert int(surface["count"].sum()) == N
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
    diversity = diversity_table_ar(TEXT)
    assert diversity["mtld"].iloc[0] > N               # MTLD longer than the text


def test_exercise_figures():
    wire = frequency_table_ar(WIRE, level="surface")
    assert int(wire["count"].sum()) == WIRE_N
    assert int(wire.loc[wire["item"] == "القوات", "count"].iloc[0]) == 7
    road = collocations_ar(news_text("dev_07"), "الطريق", window=4, min_count=2, measures=["log_dice", "pmi"])
    assert road["collocate"].iloc[0] == "قبلي" and round(float(road["log_dice"].iloc[0]), 2) == 13.68
    assert road.sort_values(["pmi", "collocate"], ascending=[False, True])["collocate"].iloc[0] == "الرابطه"
    keys = keyness_ar(comparison_text("opposing_commentary"), level="normalized", min_count=2)
    assert list(keys["item"][:3]) == ["جدولا", "متي", "القوات"]
    assert [round(dispersion_ar(*t.args, parts="paragraphs").dp, 3) for t in nb04.dp_trials()] == [0.621, 0.386, 0.487, 0.317]


# --- the value checks: right answers --------------------------------------------------------------


@pytest.mark.parametrize(("check", "answer"), [
    pytest.param(nb04.check_rate_or_count, "B", id="rate-or-count"),
    pytest.param(nb04.check_rate_or_count, "(b)", id="rate-or-count-lower"),
    pytest.param(nb04.check_rate_per_1000, RATE, id="rate-exact"),
    pytest.param(nb04.check_rate_per_1000, 18.42, id="rate-2-decimals"),
    pytest.param(nb04.check_rate_per_1000, 18.421, id="rate-3-decimals"),
    pytest.param(nb04.check_top_collocate, "قبلي", id="collocate"),
    pytest.param(nb04.check_top_collocate, " قبلي ", id="collocate-spaces"),
    pytest.param(nb04.check_top_keyword, "جدولاً", id="keyword-as-written"),
    pytest.param(nb04.check_top_keyword, "جدولا", id="keyword-normalized"),
    pytest.param(nb04.check_surface_keywords, "B", id="surface-keywords"),
])
def test_right(check, answer):
    feedback = check(answer)
    assert feedback.ok, str(feedback)
    assert str(feedback).startswith("✓")


# (answer, words the hint must contain)
RATE_WRONG = [
    pytest.param(7 / WIRE_N, "Multiply by 1,000", id="per-token"),
    pytest.param(700 / WIRE_N, "Per 1,000", id="percentage"),
    pytest.param(7, "Divide", id="raw-count"),
    pytest.param(CASE_RATE, "text the exercise names", id="case-study-rate"),
    pytest.param(18, STAGED, id="rounded-too-far"),
    pytest.param(18.5, STAGED, id="rounded-wrongly"),
    pytest.param(99.0, STAGED, id="unrelated"),
    pytest.param("18.42", STAGED, id="string"),
    pytest.param(True, STAGED, id="bool"),
    pytest.param(float("nan"), STAGED, id="nan"),
]

COLLOCATE_WRONG = [
    pytest.param("الرابطة", "PMI", id="top-by-pmi"),
    pytest.param("الطريق", STAGED, id="the-node"),
    pytest.param("بين", STAGED, id="weaker-collocate"),
    pytest.param("البلاد", STAGED, id="not-a-collocate"),
    pytest.param(["قبلي", "الرابطه"], "first row", id="list"),
    pytest.param(3, STAGED, id="number"),
]

KEYWORD_WRONG = [
    pytest.param("لافتتها", "min_count=2", id="seen-once"),
    pytest.param("متى", ".iloc[0]", id="second-keyword"),
    pytest.param("في", "not the highest count", id="function-word"),
    pytest.param("الكاظمي", "text the exercise names", id="not-in-this-text"),
    pytest.param("البلاد", "text the exercise names", id="case-study-keyword"),
    pytest.param(["جدولا"], "first row", id="list"),
    pytest.param(pd.Series(["جدولا"]), "first row", id="series"),
    pytest.param("جدولا القوات", STAGED, id="two-words"),
    pytest.param(5, STAGED, id="number"),
]


@pytest.mark.parametrize(("check", "answer", "hint_part"), [
    *[pytest.param(nb04.check_rate_per_1000, *p.values, id=f"rate-{p.id}") for p in RATE_WRONG],
    *[pytest.param(nb04.check_top_collocate, *p.values, id=f"collocate-{p.id}") for p in COLLOCATE_WRONG],
    *[pytest.param(nb04.check_top_keyword, *p.values, id=f"keyword-{p.id}") for p in KEYWORD_WRONG],
])
def test_wrong(check, answer, hint_part):
    feedback = check(answer)
    assert not feedback.ok
    assert feedback.message
    assert hint_matches(feedback, hint_part), str(feedback)
    assert "Hint" in str(feedback)


def test_the_top_keyword_of_the_case_study_is_named_as_such():
    feedback = nb04.check_top_keyword("البلاد")
    assert not feedback.ok and "case study" in feedback.message


@pytest.mark.parametrize(("check", "answer", "message"), [
    pytest.param(nb04.check_rate_or_count, "A", "A count grows", id="rate-count-bigger"),
    pytest.param(nb04.check_rate_or_count, "D", "keeps N", id="rate-stopwords"),
    pytest.param(nb04.check_surface_keywords, "A", "function words", id="surface-topic"),
    pytest.param(nb04.check_surface_keywords, "C", "wrong question", id="surface-significance"),
    pytest.param(nb04.check_surface_keywords, "E", "no option E", id="surface-no-such-option"),
])
def test_concept_checks_explain_each_option(check, answer, message):
    feedback = check(answer)
    assert not feedback.ok and message in feedback.message, str(feedback)


def test_surface_keyword_question_matches_the_case_study():
    """The question's premise holds in the article: الى is key as written and ordinary normalized."""
    surface = keyness_ar(TEXT, level="surface")
    normalized = keyness_ar(TEXT, level="normalized")
    rank = {item: i for i, item in enumerate(surface["item"], start=1)}
    assert rank["الى"] <= 20 and rank["الأدارة"] <= 10
    assert float(normalized.loc[normalized["item"] == "الي", "ll"].iloc[0]) < 3.84


# --- the checks follow their text: nothing hard-coded ----------------------------------------------

SMALL = ("عنوان الخبر\n\n"
         "قال الوزير إن الحكومة تدعم الحوار مع الجيران، والحكومة مستعدة للحوار.\n\n"
         "لا حرب ولا سلام في البلاد، لكن الحكومة تعمل.\n\n"
         "السلام قريب والحوار مستمر بين الحكومة والبرلمان في البلاد.")


def test_checks_use_the_given_text():
    table = frequency_table_ar(SMALL, level="surface")
    n = int(table["count"].sum())
    count = int(table.loc[table["item"] == "الحكومة", "count"].iloc[0])
    assert nb04.check_rate_per_1000(count * 1000 / n, word="الحكومة", text=SMALL).ok
    assert not nb04.check_rate_per_1000(RATE, word="الحكومة", text=SMALL).ok

    keys = keyness_ar(SMALL, level="normalized", min_count=2)
    assert nb04.check_top_keyword(keys["item"].iloc[0], text=SMALL).ok
    assert not nb04.check_top_keyword("جدولا", text=SMALL).ok

    colls = collocations_ar(SMALL, "الحكومة", window=4, min_count=2, measures=["log_dice"])
    assert nb04.check_top_collocate(colls["collocate"].iloc[0], node="الحكومة", text=SMALL).ok
    assert not nb04.check_top_collocate("قبلي", node="الحكومة", text=SMALL).ok


def test_a_number_typed_from_the_case_study_does_not_pass():
    assert not nb04.check_rate_per_1000(CASE_RATE).ok
    assert not nb04.check_top_collocate("البلاد").ok          # the case study's collocate of القوات


# --- exercise 3: Gries' DP, the student's function -------------------------------------------------


def dp_over_paragraphs(text, word):
    """A right answer, written the way the exercise asks (no dispersion_ar, no gries_dp)."""
    words = word_sequence_ar(text)
    target = normalize_ar(word)
    sizes, counts = [], []
    for paragraph in split_article_ar(text).paragraphs:
        inside = [t for t, s in zip(words.tokens, words.starts) if paragraph.start <= s < paragraph.end]
        if inside:
            sizes.append(len(inside))
            counts.append(sum(normalize_ar(t) == target for t in inside))
    s = [x / sum(sizes) for x in sizes]
    v = [x / sum(counts) for x in counts]
    return 0.5 * sum(abs(a - b) for a, b in zip(v, s))


def hard_wired(text, word):
    return 0.621176470588            # the case study's DP of القوات, typed in


def one_minus(text, word):
    return 1 - dp_over_paragraphs(text, word)


def no_half(text, word):
    return 2 * dp_over_paragraphs(text, word)


def calls_the_kit(text, word):
    return dispersion_ar(text, word, parts="paragraphs").dp


def returns_nothing(text, word):
    0.5 * word.count("ا")


def stub(text, word):
    """Return Gries' DP of word over the body paragraphs of text."""
    ...


@pytest.mark.parametrize(("function", "ok", "needle"), [
    pytest.param(dp_over_paragraphs, True, "on all 4 texts", id="right"),
    pytest.param(hard_wired, False, "read its argument", id="hard-wired-to-the-case-study"),
    pytest.param(one_minus, False, "1 - DP", id="one-minus"),
    pytest.param(no_half, False, "twice DP", id="no-half"),
    pytest.param(calls_the_kit, False, "does the whole job", id="calls-dispersion-ar"),
    pytest.param(returns_nothing, False, "returned None", id="no-return"),
    pytest.param(stub, False, "No answer yet", id="stub"),
    pytest.param(0.621, False, "function itself", id="a-number"),
])
def test_dp_function(function, ok, needle):
    feedback = nb04.check_dp_function(function)
    assert feedback.ok is ok, str(feedback)
    assert needle in f"{feedback.message} {feedback.hint}", str(feedback)


def test_dp_function_names_the_unseen_text_it_fails_on():
    feedback = nb04.check_dp_function(hard_wired)
    assert "wire report" in feedback.message and "0.386" in feedback.message


def test_dp_trials_have_a_dp():
    trials = nb04.dp_trials()
    assert [t.seen for t in trials] == [True, False, False, False]
    assert all(not math.isnan(dispersion_ar(*t.args, parts="paragraphs").dp) for t in trials)
    assert all(len(split_article_ar(t.text).paragraphs) >= 2 for t in trials)


def test_unanswered():
    for check in (nb04.check_rate_or_count, nb04.check_rate_per_1000, nb04.check_dp_function,
                  nb04.check_top_collocate, nb04.check_top_keyword, nb04.check_surface_keywords):
        feedback = check(...)
        assert isinstance(feedback, Feedback) and not feedback.ok and feedback.message.startswith("No answer yet")
