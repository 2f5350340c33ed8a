"""Tests for helpers.exercises.nb07: right, wrong and unanswered answers for every check.

The tables use the case study and the three comparison texts (the checks' defaults); their
answers are derived from the comparison helpers, so a change in a helper shows up as one clear
failure. ``test_teaching_figures`` writes the figures the notebook teaches out as an independent
record. Texts written for these tests show that nothing about the kit's texts is hard-coded.
"""

from __future__ import annotations

import pytest
from staged_hints import STAGED, hint_matches

from helpers.compare import align_statements_ar, comparison_actors_ar, comparison_texts, framing_table_ar, profile_texts_ar
from helpers.exercises import Feedback, nb07

TEXTS = nb07.default_texts()
THREE = comparison_texts()
PROFILE = profile_texts_ar(TEXTS)
NEGATIVE = PROFILE.loc[("stance", "negative per 1,000")]
RANKED = sorted(NEGATIVE.index, key=lambda n: (-float(NEGATIVE[n]), n))
HIGHEST, SECOND = RANKED[0], RANKED[1]

ALIGNMENT = align_statements_ar(THREE)
COMMUNIQUE = ALIGNMENT[ALIGNMENT["text"] == "joint_communique"]
ALONE = COMMUNIQUE.groupby("index")["label"].apply(lambda s: bool((s == "unique").all()))
UNIQUE = [int(i) for i, a in ALONE.items() if a]
UNIT = COMMUNIQUE[COMMUNIQUE["index"] == UNIQUE[0]].iloc[0]
OFFSETS = (int(UNIT["start"]), int(UNIT["end"]))
# unique against the commentary, but with a counterpart in the wire report
HALF = int(COMMUNIQUE[(COMMUNIQUE["other"] == "opposing_commentary") & (COMMUNIQUE["label"] == "unique")
                      & ~COMMUNIQUE["index"].isin(UNIQUE)]["index"].iloc[0])

FRAMING = framing_table_ar({"opposing_commentary": THREE["opposing_commentary"]}, actors=comparison_actors_ar())
AGENT = FRAMING[FRAMING["verb"] == "وبقي"].iloc[0]

# A short text written for these tests in an economic frame (not a publication).
MINE = ("ناقش الجانبان في الجولة الثالثة الطاقة والكهرباء والاستثمار. ونرحب بالفرص الواعدة لتعزيز التعاون في "
        "مجالات الطاقة والكهرباء. لكن المواطن يسأل متى تصل الكهرباء إلى بيته؟")
CLOSENESS = nb07.closeness_ar(MINE, TEXTS)
CLOSEST, FARTHEST = CLOSENESS.index[0], CLOSENESS.index[-1]

CHECKS = [nb07.check_highest_negative, nb07.check_unique_statement, nb07.check_agent]


def test_teaching_figures():
    assert list(PROFILE.columns) == ["case_study", "wire_report", "joint_communique", "opposing_commentary"]
    assert (HIGHEST, SECOND) == ("opposing_commentary", "case_study")
    assert float(NEGATIVE["wire_report"]) == float(NEGATIVE["joint_communique"]) == 0.0
    assert UNIQUE == [6]
    assert UNIT["sentence"].startswith("ونشيد بالتقدم الكبير")
    assert (AGENT["mention"], AGENT["group"], AGENT["role"]) == ("الجنود", "us_forces", "agent (VS)")
    assert CLOSEST == "joint_communique"


@pytest.mark.parametrize("placeholder", [..., None], ids=["ellipsis", "none"])
def test_unanswered_closest(placeholder):
    feedback = nb07.check_closest_text(placeholder, text=MINE)
    assert not feedback.ok and feedback.message.startswith("No answer yet") and feedback.hint


@pytest.mark.parametrize(("check", "answer", "options"), [
    pytest.param(nb07.check_highest_negative, HIGHEST, {}, id="negative"),
    pytest.param(nb07.check_highest_negative, f" {HIGHEST} ", {}, id="negative-spaces"),
    pytest.param(nb07.check_unique_statement, UNIQUE[0], {}, id="unique-index"),
    pytest.param(nb07.check_unique_statement, OFFSETS, {}, id="unique-offsets"),
    pytest.param(nb07.check_unique_statement, list(OFFSETS), {}, id="unique-offsets-list"),
    pytest.param(nb07.check_unique_statement, (OFFSETS[0] + 1, OFFSETS[1] - 1), {}, id="unique-offsets-inside-by-one"),
    pytest.param(nb07.check_unique_statement, (OFFSETS[0] - 1, OFFSETS[1] + 1), {}, id="unique-offsets-outside-by-one"),
    pytest.param(nb07.check_unique_statement, [UNIQUE[0]], {}, id="unique-list"),
    pytest.param(nb07.check_agent, AGENT["mention"], {}, id="agent-mention"),
    pytest.param(nb07.check_agent, AGENT["entry"], {}, id="agent-entry"),
    pytest.param(nb07.check_closest_text, CLOSEST, {"text": MINE}, id="closest"),
])
def test_right(check, answer, options):
    feedback = check(answer, **options)
    assert feedback.ok, str(feedback)
    assert str(feedback).startswith("✓")


@pytest.mark.parametrize(("check", "answer", "options", "part"), [
    pytest.param(nb07.check_highest_negative, SECOND, {}, "second", id="negative-runner-up"),
    pytest.param(nb07.check_highest_negative, "joint_communique", {}, "negative", id="negative-zero"),
    pytest.param(nb07.check_highest_negative, float(NEGATIVE[HIGHEST]), {}, "which text", id="negative-value"),
    pytest.param(nb07.check_highest_negative, float(NEGATIVE[SECOND]), {}, "not the highest", id="negative-other-value"),
    pytest.param(nb07.check_highest_negative, 7, {}, "name of a text", id="negative-number"),
    pytest.param(nb07.check_highest_negative, "commentary", {}, "not one of the compared texts", id="negative-unknown"),
    pytest.param(nb07.check_highest_negative, "commentary", {}, "did you mean 'opposing_commentary'?", id="negative-near-name"),
    pytest.param(nb07.check_highest_negative, "opposing commentary", {}, "did you mean 'opposing_commentary'?",
                 id="negative-near-name-space"),
    pytest.param(nb07.check_highest_negative, "opposing_comentary", {}, "did you mean 'opposing_commentary'?",
                 id="negative-near-name-typo"),
    pytest.param(nb07.check_highest_negative, "editorial", {}, "case_study, wire_report", id="negative-far-name"),
    pytest.param(nb07.check_highest_negative, [HIGHEST], {}, "str", id="negative-list"),
    pytest.param(nb07.check_unique_statement, HALF, {}, "wire_report", id="unique-against-one-only"),
    pytest.param(nb07.check_unique_statement, 99, {}, "numbered 0", id="unique-out-of-range"),
    pytest.param(nb07.check_unique_statement, (0, 5), {}, "offsets of a statement", id="unique-bad-offsets"),
    pytest.param(nb07.check_unique_statement, (OFFSETS[0], OFFSETS[1] - 2), {}, "offsets of a statement",
                 id="unique-offsets-off-by-two"),
    pytest.param(nb07.check_unique_statement, UNIT["sentence"], {}, "not its text", id="unique-text"),
    pytest.param(nb07.check_unique_statement, 6.0, {}, "index", id="unique-float"),
    pytest.param(nb07.check_agent, AGENT["group"], {}, "group", id="agent-group"),
    pytest.param(nb07.check_agent, "وبقي", {}, "verb itself", id="agent-verb"),
    pytest.param(nb07.check_agent, "الكلمات", {}, "not the mention", id="agent-other-noun"),
    pytest.param(nb07.check_agent, 3, {}, "str", id="agent-number"),
    pytest.param(nb07.check_closest_text, FARTHEST, {"text": MINE}, "scores higher", id="closest-farthest"),
    pytest.param(nb07.check_closest_text, nb07.MY_TEXT, {"text": MINE}, "other", id="closest-itself"),
    pytest.param(nb07.check_closest_text, "editorial", {"text": MINE}, "not one of", id="closest-unknown"),
    pytest.param(nb07.check_closest_text, 0.3, {"text": MINE}, "str", id="closest-number"),
    pytest.param(nb07.check_closest_text, CLOSEST, {"text": nb07.PLACEHOLDER}, "placeholder", id="closest-placeholder"),
    pytest.param(nb07.check_closest_text, CLOSEST, {"text": "  "}, "placeholder", id="closest-empty"),
])
def test_wrong(check, answer, options, part):
    feedback = check(answer, **options)
    assert not feedback.ok
    assert feedback.message and feedback.hint
    assert hint_matches(feedback, part) if part == STAGED else part in f"{feedback.message} {feedback.hint}", str(feedback)
    assert "Hint" in str(feedback)


def test_checks_use_the_given_texts():
    """Nothing is hard-coded: on other texts the expected values follow those texts."""
    calm_angry = {"calm": "انتهى الحوار بين الجانبين في موعده.", "angry": "فشل الحوار فشلاً ذريعاً وساد التضليل والنفاق."}
    assert nb07.check_highest_negative("angry", texts=calm_angry).ok
    assert not nb07.check_highest_negative("calm", texts=calm_angry).ok
    pair = {"a": "انتهت الجولة الثالثة من الحوار. وارتفعت أسعار النفط كثيراً.", "b": "انتهت الجولة الثالثة من الحوار أمس."}
    assert nb07.check_unique_statement(1, name="a", texts=pair).ok
    assert not nb07.check_unique_statement(0, name="a", texts=pair).ok
    both = {"a": "انتهت الجولة الثالثة من الحوار. وارتفعت أسعار النفط كثيراً. وهطلت أمطار غزيرة على المدينة.",
            "b": "انتهت الجولة الثالثة من الحوار أمس."}
    assert nb07.check_unique_statement([2, 1], name="a", texts=both).ok
    assert "more statement" in nb07.check_unique_statement(1, name="a", texts=both).message
    text = {"t": "وأعلنت الحكومة العراقية موعد الانتخابات."}
    assert nb07.check_agent("الحكومة العراقية", name="t", verb="وأعلنت", texts=text).ok
    near = {"near": "انتهت الجولة الثالثة من الحوار أمس.", "far": "هطلت أمطار غزيرة على المدينة."}
    assert nb07.check_closest_text("near", text="انتهت الجولة الثالثة من الحوار.", texts=near).ok
    assert not nb07.check_closest_text("far", text="انتهت الجولة الثالثة من الحوار.", texts=near).ok


@pytest.mark.parametrize(("check", "options"), [
    pytest.param(nb07.check_unique_statement, {"name": "editorial"}, id="unique-unknown-text"),
    pytest.param(nb07.check_agent, {"verb": "وغادر"}, id="agent-verb-absent"),
    pytest.param(nb07.check_agent, {"name": "editorial"}, id="agent-unknown-text"),
])
def test_wrong_text(check, options):
    feedback = check("الجنود" if check is nb07.check_agent else 0, **options)
    assert not feedback.ok
    assert "right text" in feedback.hint


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
