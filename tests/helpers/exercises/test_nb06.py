"""Tests for helpers.exercises.nb06: right, wrong and unanswered answers for every check.

The exercises are about texts notebook 06 does not show: the opposing commentary and the wire
report of ``data/comparison/``, and news reports of ``data/news/``. The tables derive their answers
from the helpers; ``test_teaching_figures`` writes the figures out once, as an independent record.
Texts written for these tests show that nothing about the default texts is hard-coded, and the
method check is shown to reject functions hard-wired to the case study.
"""

from __future__ import annotations

from collections import Counter

import pytest
from staged_hints import STAGED, hint_matches

from helpers.discourse import ChainMention, chain_recall_ar, find_attributions_ar, find_connectives_ar
from helpers.exercises import nb06
from helpers.exercises.texts import comparison_text, news_text

COMMENTARY = comparison_text("opposing_commentary")
WIRE = comparison_text("wire_report")
REPORT = news_text(nb06.NAMES_REPORT)
AMMA = [c.parts for c in find_connectives_ar(COMMENTARY) if c.connective == nb06.AMMA_FA]
SOURCES = Counter(a.source_type for a in find_attributions_ar(WIRE) if a.label == "attribution")
SOURCE_ANSWER = {k: SOURCES[k] for k in ("named", "unnamed", "implicit")}
NAMES = nb06.full_name_spans(REPORT)

# A short report written for these tests (invented actors), with sources and one أما … ف.
OTHER = ("وصل الوزير نزار الحديثي أمس إلى القاهرة.\n\n"
         "وقال الحديثي إن المحادثات مثمرة، وذكرت مصادر مطلعة أن الحوار مستمر. أما الاتفاق فلم يعلن بعد.")


def test_teaching_figures():
    assert nb06.BAL_SENTENCE in COMMENTARY
    bal = [c for c in find_connectives_ar(COMMENTARY) if c.connective == "بل"]
    assert [(c.sense, c.subtype) for c in bal] == [("alternative", "substitution")]
    assert AMMA == [((992, 995), (1004, 1005)), ((1301, 1304), (1313, 1314)), ((1800, 1803), (1838, 1839))]
    assert [COMMENTARY[s:e] for (a, b) in AMMA for s, e in (a, b)] == ["أما", "ف"] * 3
    assert SOURCE_ANSWER == {"named": 8, "unnamed": 2, "implicit": 0}
    assert Counter(a.label for a in find_attributions_ar(WIRE))["evidential"] == 0
    assert NAMES == [(59, 69), (183, 193), (966, 976)]
    assert {REPORT[s:e] for s, e in NAMES} == {"بهية راشدي"}
    assert [round(nb06._kit_recall(t.text), 3) for t in nb06.recall_trials()] == [0.65, 0.75, 1.0]
    assert [t.seen for t in nb06.recall_trials()] == [True, False, False]


# --- exercise 1: a concept check whose key is what the tagger does ----------------------------------


def test_bal_key_is_what_the_tagger_does():
    bal = next(c for c in find_connectives_ar(nb06.BAL_SENTENCE) if c.connective == "بل")
    key = nb06.BAL_SENSE.choice(nb06.BAL_SENSE.answer).text
    assert key.startswith(f"{bal.sense} ({bal.subtype})")
    emphatic = next(c for c in find_connectives_ar("نجح الحوار، بل تجاوز التوقعات.") if c.connective == "بل")
    assert nb06.BAL_SENSE.choice("A").text.startswith(emphatic.sense)


@pytest.mark.parametrize(("answer", "ok", "says"), [
    pytest.param("B", True, "finds لا", id="right"),
    pytest.param(" b ", True, "finds لا", id="lower-case-spaces"),
    pytest.param("A", False, "negated", id="addition"),
    pytest.param("C", False, "granted", id="concession"),
    pytest.param("D", False, "keeps only the second", id="contrast"),
    pytest.param("E", False, "no option E", id="no-such-option"),
    pytest.param(2, False, "letter", id="number"),
])
def test_bal_sense(answer, ok, says):
    feedback = nb06.check_bal_sense(answer)
    assert feedback.ok is ok and says in feedback.message, str(feedback)


# --- exercise 2: exact spans of every أما … ف ---------------------------------------------------


@pytest.mark.parametrize("answer", [
    pytest.param(AMMA, id="list-of-tuples"),
    pytest.param(list(reversed(AMMA)), id="any-order"),
    pytest.param([[list(a), list(b)] for a, b in AMMA], id="lists"),
])
def test_amma_fa_right(answer):
    assert nb06.check_amma_fa_parts(answer).ok


(A1, F1), (A2, F2), _ = AMMA

AMMA_WRONG = [
    pytest.param(AMMA[:1], "text has 3", id="first-only"),
    pytest.param(AMMA[0], "text has 3", id="one-pair-without-list"),
    pytest.param([A1, F1, A2, F2], "one span", id="spans-not-paired"),
    pytest.param([(F1, A1), *AMMA[1:]], "wrong order", id="swapped"),
    pytest.param([AMMA[0], ((A2[0] - 1, A2[1]), F2), AMMA[2]], "clitic before أما", id="waw-included"),
    pytest.param([AMMA[0], (A2, (F2[0], F2[0] + 5)), AMMA[2]], "one letter", id="fa-with-its-word"),
    pytest.param([((A1[0], A1[1] - 1), F1), *AMMA[1:]], "one past the last", id="end-inclusive"),
    pytest.param([((A1[0] + 1, A1[1]), F1), *AMMA[1:]], "not exact", id="start-off-by-one"),
    pytest.param([(A1, (F1[0] + 1, F1[1] + 1)), *AMMA[1:]], "is not its ف", id="fa-off-by-one"),
    pytest.param([(("أما", "ف"))], "offsets", id="texts"),
    pytest.param([((0, 3), (5, 6))], "Take the spans from the findings", id="elsewhere"),
    pytest.param("992, 995", "list of pairs", id="string"),
]


@pytest.mark.parametrize(("answer", "says"), AMMA_WRONG)
def test_amma_fa_wrong(answer, says):
    feedback = nb06.check_amma_fa_parts(answer)
    assert not feedback.ok and feedback.hint
    assert says in f"{feedback.message} {feedback.hint}", str(feedback)


# --- exercise 3: the wire report's sources -------------------------------------------------------


@pytest.mark.parametrize("answer", [
    pytest.param(SOURCE_ANSWER, id="dict"),
    pytest.param({"Named": 8, "unnamed": 2, "implicit": 0}, id="key-case"),
    pytest.param((8, 2, 0), id="tuple"),
])
def test_source_types_right(answer):
    assert nb06.check_source_types(answer).ok


@pytest.mark.parametrize(("answer", "says"), [
    pytest.param(10, "number of attributions", id="total"),
    pytest.param({"named": 2, "unnamed": 8, "implicit": 0}, "swapped", id="swapped"),
    pytest.param({"named": 9, "unnamed": 1, "implicit": 0}, "total, 10, is right", id="split-wrong"),
    pytest.param({"named": 8, "unnamed": 2}, "implicit", id="missing-key"),
    pytest.param({"named": 8.0, "unnamed": 2, "implicit": 0}, "whole number", id="float"),
    pytest.param({"named": 3, "unnamed": 0, "implicit": 0}, "does not match", id="unrelated"),
    pytest.param("8, 2, 0", "dict", id="string"),
])
def test_source_types_wrong(answer, says):
    feedback = nb06.check_source_types(answer)
    assert not feedback.ok and feedback.hint
    assert says in f"{feedback.message} {feedback.hint}", str(feedback)


def test_source_types_recognises_evidentials():
    text = "قالت مصادر إن الحوار مستمر. وهو ما يؤشر الى ان الجانبين متفقان."
    assert [(a.label, a.source_type) for a in find_attributions_ar(text)] == [("attribution", "unnamed"), ("evidential", "evidence")]
    assert nb06.check_source_types({"named": 0, "unnamed": 1, "implicit": 0}, text=text).ok
    feedback = nb06.check_source_types({"named": 0, "unnamed": 1, "implicit": 0, "evidence": 1}, text=text)
    assert not feedback.ok and "not attributions" in feedback.message


# --- exercise 4: one person, two chains ---------------------------------------------------------


@pytest.mark.parametrize("answer", [
    pytest.param(NAMES, id="list"),
    pytest.param(list(reversed(NAMES)), id="any-order"),
    pytest.param([list(s) for s in NAMES], id="lists"),
])
def test_full_names_right(answer):
    assert nb06.check_full_name_spans(answer).ok


@pytest.mark.parametrize(("answer", "says"), [
    pytest.param([(59, 63), *NAMES[1:]], "first name only", id="first-name"),
    pytest.param([(64, 69), *NAMES[1:]], "surname only", id="surname"),
    pytest.param([(59, 70), *NAMES[1:]], "not exact", id="end-off-by-one"),
    pytest.param([(58, 69), *NAMES[1:]], "not exact", id="start-off-by-one"),
    pytest.param([*NAMES, (336, 340)], "no name of the other chain follows", id="first-name-alone-elsewhere"),
    pytest.param(NAMES[:2], "meet 3 times", id="missing-one"),
    pytest.param(["بهية راشدي"], "offsets", id="texts"),
    pytest.param([(0, 5)], "do not meet there", id="elsewhere"),
    pytest.param([(0, 5000)], "not a span", id="out-of-range"),
])
def test_full_names_wrong(answer, says):
    feedback = nb06.check_full_name_spans(answer)
    assert not feedback.ok
    assert says in f"{feedback.message} {feedback.hint}", str(feedback)


# --- exercise 5: recall by hand (method) ---------------------------------------------------------


def mention_recall(found, gold):
    used, matched = set(), 0
    for g in gold:
        for k, f in enumerate(found):
            if k not in used and f.start < g.end and g.start < f.end:
                used.add(k)
                matched += 1
                break
    return matched / len(gold)


def as_percentage(found, gold):
    return 100 * mention_recall(found, gold)


def over_found(found, gold):
    return round(mention_recall(found, gold) * len(gold)) / len(found)


def case_study_only(found, gold):
    return 0.65


def uses_the_kit(found, gold):
    return chain_recall_ar(found, gold).recall


def raises(found, gold):
    return found[100].start


@pytest.mark.parametrize(("function", "ok", "says"), [
    pytest.param(mention_recall, True, "all 3 texts", id="right"),
    pytest.param(as_percentage, False, "percentage", id="percentage"),
    pytest.param(over_found, False, "precision", id="precision"),
    pytest.param(case_study_only, False, "dev_01", id="hard-wired-to-the-case-study"),
    pytest.param(uses_the_kit, False, "chain_recall_ar", id="calls-the-kit"),
    pytest.param(raises, False, "IndexError", id="raises"),
    pytest.param(0.65, False, "function itself", id="a-value"),
])
def test_mention_recall(function, ok, says):
    feedback = nb06.check_mention_recall(function)
    assert feedback.ok is ok
    assert says in f"{feedback.message} {feedback.hint}", str(feedback)


def test_mention_recall_unanswered():
    def stub(found, gold):
        ...
    assert nb06.check_mention_recall(stub).message.startswith("No answer yet")


def test_gold_names_read_back_from_the_annotation():
    gold = nb06._gold_names("dev_06", "بهية راشدي")
    assert [(g.start, g.end) for g in gold] == [(59, 69), (183, 193), (336, 348), (966, 976)]
    assert all(isinstance(g, ChainMention) and g.mention_type == "name" for g in gold)


# --- every check follows the text it is given ---------------------------------------------------


def test_checks_use_the_given_text():
    amma = [c.parts for c in find_connectives_ar(OTHER) if c.connective == nb06.AMMA_FA]
    assert len(amma) == 1 and nb06.check_amma_fa_parts(amma, text=OTHER).ok
    assert not nb06.check_amma_fa_parts(AMMA, text=OTHER).ok
    counts = Counter(a.source_type for a in find_attributions_ar(OTHER) if a.label == "attribution")
    answer = {k: counts[k] for k in ("named", "unnamed", "implicit")}
    assert answer != SOURCE_ANSWER and nb06.check_source_types(answer, text=OTHER).ok
    assert not nb06.check_source_types(SOURCE_ANSWER, text=OTHER).ok


@pytest.mark.parametrize(("check", "answer"), [
    pytest.param(nb06.check_amma_fa_parts, [((0, 3), (5, 6))], id="no-amma"),
    pytest.param(nb06.check_full_name_spans, [(0, 4)], id="no-two-chains"),
])
def test_text_without_the_item(check, answer):
    feedback = check(answer, text="وصل الوفد إلى بغداد.")
    assert not feedback.ok and "right text" in feedback.hint


@pytest.mark.parametrize(("check", "answer"), [
    pytest.param(nb06.check_source_types, {"named": 3, "unnamed": 0, "implicit": 0}, id="sources"),
    pytest.param(nb06.check_mention_recall, lambda found, gold: 0.3, id="recall"),
])
def test_unrecognised_answers_get_the_staged_hint(check, answer):
    # An answer of the right shape that matches no known mistake gets the idea first.
    feedback = check(answer)
    assert not feedback.ok and hint_matches(feedback, STAGED), str(feedback)
