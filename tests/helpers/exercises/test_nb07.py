"""Tests for helpers.exercises.nb07: right, wrong and unanswered answers for every check.

The exercises ask about texts and rows notebook 07 does not show before them: three news reports
of ``data/news/`` (hedges), the wire report's statements (alignment), a verb of the communiqué
(framing), and, for the method, the case study and three news reports. The tables derive their
answers from the comparison helpers; ``test_teaching_figures`` writes the figures out once as an
independent record. Texts written for these tests show that nothing is hard-coded.
"""

from __future__ import annotations

import pytest
from staged_hints import STAGED, hint_matches

from helpers.compare import align_statements_ar, comparison_actors_ar, comparison_texts, framing_table_ar, profile_texts_ar
from helpers.exercises import nb07
from helpers.rhetoric import tag_evaluation_ar
from helpers.text.tokenize import word_tokens_ar

THREE = comparison_texts()
REPORTS = nb07.hedge_reports()
HEDGES = profile_texts_ar(REPORTS).loc[("stance", "hedges per 1,000")].astype(float)
ALIGNMENT = align_statements_ar(THREE)
WIRE = ALIGNMENT[ALIGNMENT["text"] == "wire_report"]
ALONE = WIRE.groupby("index")["label"].apply(lambda s: bool((s == "unique").all()))
UNIQUE = [int(i) for i, a in ALONE.items() if a]
UNIT = WIRE[WIRE["index"] == UNIQUE[0]].iloc[0]
OFFSETS = (int(UNIT["start"]), int(UNIT["end"]))
# A wire statement unique against the commentary but not against the communiqué.
HALF = int(WIRE[(WIRE["other"] == "opposing_commentary") & (WIRE["label"] == "unique")
                & ~WIRE["index"].isin(UNIQUE)]["index"].iloc[0])
FRAMING = framing_table_ar({"joint_communique": THREE["joint_communique"]}, actors=comparison_actors_ar())
AGENT = FRAMING[FRAMING["verb"] == "ويتطلع"].iloc[0]


def test_teaching_figures():
    assert HEDGES.round(2).to_dict() == {"dev_03": 11.7, "dev_04": 10.05, "dev_08": 5.32}
    assert [sum(m.label == "hedge" for m in tag_evaluation_ar(REPORTS[n])) for n in REPORTS] == [2, 2, 1]
    assert UNIQUE == [6, 7, 11, 12, 13]
    assert (AGENT["mention"], AGENT["group"], AGENT["role"]) == ("الجانبان", "both_governments", "agent (VS)")
    assert [round(nb07._negative_per_1000(t.text), 2) for t in nb07.density_trials()] == [27.09, 21.28, 22.9, 0.0]
    assert [t.seen for t in nb07.density_trials()] == [True, False, False, False]


# --- Exercise 1: densities, not counts (the key is the arithmetic) ---------------------------------


def test_density_key():
    assert 9 * 1000 / 300 == 30 and 12 * 1000 / 600 == 20
    assert nb07.DENSITY_VS_COUNT.choice(nb07.DENSITY_VS_COUNT.answer).text.startswith("The report hedges more: 30")


@pytest.mark.parametrize(("answer", "ok", "says"), [
    pytest.param("B", True, "30", id="right"),
    pytest.param("A", False, "twice as long", id="counts"),
    pytest.param("C", False, "far apart", id="same"),
    pytest.param("D", False, "what a density is for", id="cannot-compare"),
    pytest.param(1, False, "letter", id="number"),
])
def test_density_concept(answer, ok, says):
    feedback = nb07.check_density_concept(answer)
    assert feedback.ok is ok and says in feedback.message, str(feedback)


# --- Exercises 2 to 4: right and wrong values -------------------------------------------------------


@pytest.mark.parametrize(("check", "answer"), [
    pytest.param(nb07.check_highest_hedges, HEDGES.idxmax(), id="hedges"),
    pytest.param(nb07.check_highest_hedges, f" {HEDGES.idxmax()} ", id="hedges-spaces"),
    pytest.param(nb07.check_unique_statement, UNIQUE, id="unique-indexes"),
    pytest.param(nb07.check_unique_statement, [OFFSETS, *UNIQUE[1:]], id="unique-offsets-and-indexes"),
    pytest.param(nb07.check_unique_statement, list(reversed(UNIQUE)), id="unique-any-order"),
    pytest.param(nb07.check_agent, AGENT["mention"], id="agent"),
    pytest.param(nb07.check_agent, f" {AGENT['mention']} ", id="agent-spaces"),
])
def test_right(check, answer):
    feedback = check(answer)
    assert feedback.ok, str(feedback)


@pytest.mark.parametrize(("check", "answer", "part"), [
    pytest.param(nb07.check_highest_hedges, "dev_04", "Compare densities, not counts", id="hedges-same-count"),
    pytest.param(nb07.check_highest_hedges, "dev_08", STAGED, id="hedges-lowest"),
    pytest.param(nb07.check_highest_hedges, float(HEDGES.max()), "which text", id="hedges-the-number"),
    pytest.param(nb07.check_highest_hedges, float(HEDGES.min()), "not the highest", id="hedges-another-number"),
    pytest.param(nb07.check_highest_hedges, "dev03", "did you mean", id="hedges-near-name"),
    pytest.param(nb07.check_highest_hedges, "case_study", "not one of the compared", id="hedges-not-compared"),
    pytest.param(nb07.check_unique_statement, UNIQUE[:1], "more statement", id="unique-one-only"),
    pytest.param(nb07.check_unique_statement, [*UNIQUE, HALF], "has a counterpart", id="unique-against-one-text"),
    pytest.param(nb07.check_unique_statement, "ويبلغ عدد الجنود", "not its text", id="unique-text"),
    pytest.param(nb07.check_unique_statement, [99], "numbered 0 to", id="unique-out-of-range"),
    pytest.param(nb07.check_unique_statement, [(0, 3)], "not the offsets", id="unique-wrong-offsets"),
    pytest.param(nb07.check_agent, "both_governments", "group", id="agent-group"),
    pytest.param(nb07.check_agent, "ويتطلع", "verb itself", id="agent-verb"),
    pytest.param(nb07.check_agent, "الحكومتان", STAGED, id="agent-unrelated"),
    pytest.param(nb07.check_agent, 3, "str", id="agent-number"),
])
def test_wrong(check, answer, part):
    feedback = check(answer)
    assert not feedback.ok
    assert hint_matches(feedback, part) if part == STAGED else part in f"{feedback.message} {feedback.hint}", str(feedback)


def test_checks_use_the_given_texts():
    """Nothing is hard-coded: on other texts the expected values follow those texts."""
    two = {"calm": "انتهى الحوار بين الجانبين.", "unsure": "ربما ينتهي الحوار قريباً."}
    assert nb07.check_highest_hedges("unsure", texts=two).ok
    assert not nb07.check_highest_hedges("calm", texts=two).ok
    t = {"a": "انتهت الجولة الثالثة من الحوار. وارتفعت أسعار النفط كثيراً.", "b": "انتهت الجولة الثالثة من الحوار أمس."}
    assert nb07.check_unique_statement(1, name="a", texts=t).ok
    assert nb07.check_agent("الجانبان", texts={"t": "واتفق الجانبان على الموعد."}, name="t", verb="واتفق").ok


@pytest.mark.parametrize(("check", "options"), [
    pytest.param(nb07.check_unique_statement, {"name": "editorial"}, id="unique-unknown-text"),
    pytest.param(nb07.check_agent, {"verb": "وغادر"}, id="agent-verb-absent"),
    pytest.param(nb07.check_agent, {"name": "editorial"}, id="agent-unknown-text"),
])
def test_wrong_text(check, options):
    feedback = check("الجانبان" if check is nb07.check_agent else 0, **options)
    assert not feedback.ok
    assert "right text" in feedback.hint


# --- Exercise 6: a density of one's own (method) -----------------------------------------------------


def density_per_1000(text):
    negative = [m for m in tag_evaluation_ar(text) if m.label == "evaluative:negative"]
    return len(negative) * 1000 / len(word_tokens_ar(text))


def rounded(text):
    return round(density_per_1000(text), 2)


def by_split(text):
    negative = [m for m in tag_evaluation_ar(text) if m.label == "evaluative:negative"]
    return len(negative) * 1000 / len(text.split())


def all_evaluative(text):
    found = [m for m in tag_evaluation_ar(text) if m.label.startswith("evaluative:")]
    return len(found) * 1000 / len(word_tokens_ar(text))


def per_word(text):
    return density_per_1000(text) / 1000


def case_study_figure(text):
    return 27.09


def uses_the_profile(text):
    return profile_texts_ar({"t": text}).loc[("stance", "negative per 1,000"), "t"]


@pytest.mark.parametrize(("function", "ok", "says"), [
    pytest.param(density_per_1000, True, "all 4 texts", id="right"),
    pytest.param(rounded, True, "all 4 texts", id="rounded-to-two-decimals"),
    pytest.param(by_split, False, "word_tokens_ar", id="words-by-split"),
    pytest.param(all_evaluative, False, "positive ones too", id="positive-counted"),
    pytest.param(per_word, False, "Multiply by 1,000", id="per-word"),
    pytest.param(case_study_figure, False, "dev_08", id="hard-wired-to-the-case-study"),
    pytest.param(uses_the_profile, False, "profile_texts_ar", id="calls-the-profile"),
    pytest.param(27.09, False, "function itself", id="a-value"),
])
def test_density_per_1000(function, ok, says):
    feedback = nb07.check_density_per_1000(function)
    assert feedback.ok is ok
    assert says in f"{feedback.message} {feedback.hint}", str(feedback)


def test_everything_shared():
    same = {"a": "انتهت الجولة الثالثة من الحوار.", "b": "انتهت الجولة الثالثة من الحوار أمس."}
    feedback = nb07.check_unique_statement(0, name="a", texts=same)
    assert not feedback.ok and "right texts" in feedback.hint


# --- Exercise 5: fact or framing (the record's answer, registered with staged hints) ---------------


@pytest.mark.parametrize("answer, ok, part", [
    pytest.param("فؤاد حسين", True, "framing", id="the-record"),
    pytest.param("Fuad Hussein", True, "Fuad Hussein", id="the-record-english"),
    pytest.param("الكاظمي", False, "what the article says", id="the-article"),
    pytest.param("Blinken", False, "US delegation", id="the-us-side"),
    pytest.param("Ali", False, "does not name", id="someone-else"),
])
def test_round_leader(answer, ok, part):
    feedback = nb07.check_round_leader(answer)
    assert feedback.ok is ok, feedback
    assert part in feedback.message, feedback
    assert feedback.exercise == "nb07.ex5"


@pytest.mark.parametrize("answer, hint", [
    pytest.param(..., STAGED, id="unanswered"),
    pytest.param("Ali", STAGED, id="unrecognised-gets-the-staged-hints"),
    pytest.param("Blinken", "counterpart", id="recognised-gets-its-own-hint"),
])
def test_round_leader_hints(answer, hint):
    assert hint_matches(nb07.check_round_leader(answer), hint)
