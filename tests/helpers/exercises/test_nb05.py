"""Tests for helpers.exercises.nb05: right, wrong and unanswered answers for every check.

Answers are located in the case study by phrase (``text.find``), as a student would do; the
devices they point at are written out here as an independent record of what the notebook teaches.
A text and a gold annotation written for these tests check that nothing is tied to the article.
"""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.data import case_study_path
from helpers.exercises import Feedback, nb05
from helpers.text.load import read_text_ar

TEXT = read_text_ar(case_study_path())


def span(phrase: str) -> tuple[int, int]:
    start = TEXT.find(phrase)
    assert start >= 0, phrase
    return start, start + len(phrase)


CHECKS = [nb05.check_missed_antithesis, nb05.check_device_label, nb05.check_missed_metaphor]


# --- Exercise 1: an antithesis the detectors missed ----------------------------------------------

ANTITHESIS_RIGHT = [
    pytest.param(span("اخلاء"), "الابقاء", id="evacuate-keep-one-side"),
    pytest.param(span("اخلاء البلاد من أي وجود قتالي اجنبي ومن جميع الأطراف، مع الابقاء"), "الابقاء", id="evacuate-keep-whole"),
    pytest.param(span("عزلة مؤرقة وطويلة، وأصبح يتمتع بحلفاء"), "بحلفاء", id="isolation-allies"),
    pytest.param(span("لغة الكاتيوشا"), "مقابلة", id="muqabala-katyusha"),
]


@pytest.mark.parametrize("answer, needle", ANTITHESIS_RIGHT)
def test_antithesis_right(answer, needle):
    feedback = nb05.check_missed_antithesis(answer)
    assert feedback.ok, feedback
    assert needle in feedback.message


# (answer, words the message or hint must contain)
ANTITHESIS_WRONG = [
    pytest.param(span("ظاهراً، لكنها في العمق"), "found that one already", id="already-found-muqabala"),
    pytest.param(span("لن تنتهي بالسلام ابداً، بل ستنهي"), "found that one already", id="already-found-salb"),
    pytest.param(span("بحنكة ودبلوماسية متقنة"), "us_them", id="other-device"),
    pytest.param(span("علق هنا"), "no antithesis", id="not-in-gold"),
    pytest.param("اخلاء", "text.find", id="words-not-offsets"),
    pytest.param((800, 740), "ends before", id="reversed"),
    pytest.param((0, 99999), "not a span", id="out-of-range"),
    pytest.param((0, len(TEXT)), "across paragraphs", id="whole-text"),
    pytest.param(742, "pair", id="one-number"),
    pytest.param((742.0, 747.0), "pair", id="floats"),
    # Exact spans: an end inside a word, or a space or a mark taken in, is not accepted.
    pytest.param((span("اخلاء")[0], span("اخلاء")[1] - 1), "one letter short", id="one-character-short"),
    pytest.param((span("اخلاء")[0] + 1, span("اخلاء")[1]), "starts inside the word", id="one-character-late"),
    pytest.param((span("اخلاء")[0] - 1, span("اخلاء")[1]), "begins with ' '", id="space-before"),
    pytest.param((span("اخلاء")[0], span("اخلاء")[1] + 1), "after the word", id="space-after"),
]


@pytest.mark.parametrize("answer, needle", ANTITHESIS_WRONG)
def test_antithesis_wrong(answer, needle):
    feedback = nb05.check_missed_antithesis(answer)
    assert not feedback.ok
    assert needle in feedback.message + feedback.hint
    assert feedback.hint


# --- Exercise 2: classify a phrase --------------------------------------------------------------

LABEL_RIGHT = ["triad", "Triad", "tricolon", "تعداد ثلاثي"]


@pytest.mark.parametrize("answer", LABEL_RIGHT)
def test_label_right(answer):
    feedback = nb05.check_device_label(answer)
    assert feedback.ok, feedback
    assert "triad" in feedback.message


LABEL_WRONG = [
    pytest.param("saj", "do not rhyme", id="saj"),
    pytest.param("سجع", "do not rhyme", id="saj-arabic"),
    pytest.param("saj'", "-ث, -ب, -ت", id="saj-endings"),
    pytest.param("list", "four items", id="list"),
    pytest.param("antithesis", "other words", id="antithesis-around"),
    pytest.param("us_them", "not us_them", id="unrelated-device"),
    pytest.param("rhyming triad", "not a device name", id="unknown-name"),
    pytest.param(3, "device name", id="number"),
]


@pytest.mark.parametrize("answer, needle", LABEL_WRONG)
def test_label_wrong(answer, needle):
    feedback = nb05.check_device_label(answer)
    assert not feedback.ok
    assert needle in feedback.message + feedback.hint
    assert feedback.hint


# --- Exercise 3: a metaphor the detectors missed -------------------------------------------------

METAPHOR_RIGHT = [
    pytest.param(span("خرج للتو من عزلة"), "container", id="container"),
    pytest.param(span("لغة الكاتيوشا"), "language", id="language"),
    pytest.param(span("المثمر"), "organic", id="fruitful"),
    pytest.param(span("بلوغ اهدافها"), "journey", id="goals"),
]


@pytest.mark.parametrize("answer, needle", METAPHOR_RIGHT)
def test_metaphor_right(answer, needle):
    feedback = nb05.check_missed_metaphor(answer)
    assert feedback.ok, feedback
    assert needle in feedback.message


METAPHOR_WRONG = [
    pytest.param(span("تدفع فواتير"), "found that one already", id="already-found-bills"),
    pytest.param(span("الدبلوماسية التي تنتصر"), "found that one already", id="already-found-wins"),
    pytest.param(span("ارضية"), "found that one already", id="already-found-ground"),
    pytest.param(span("بحنكة"), "us_them", id="evaluation-not-metaphor"),
    pytest.param(span("علق هنا"), "no metaphor", id="not-in-gold"),
    pytest.param("ارضية", "text.find", id="words-not-offsets"),
    pytest.param(span("الكاتيوشا"), "kinaya", id="katyusha-alone-is-the-kinaya"),
    pytest.param(span("الكاتيوشا"), "leaves out لغة", id="katyusha-alone-leaves-out-language"),
    pytest.param((span("خرج للتو من عزلة")[0], span("خرج للتو من عزلة")[1] - 1), "one letter short", id="one-character-short"),
    pytest.param((span("لغة الكاتيوشا")[0], span("لغة الكاتيوشا")[1] - 3), "3 letters short", id="three-characters-short"),
]


@pytest.mark.parametrize("answer, needle", METAPHOR_WRONG)
def test_metaphor_wrong(answer, needle):
    feedback = nb05.check_missed_metaphor(answer)
    assert not feedback.ok
    assert needle in feedback.message + feedback.hint


# --- Any text: a text and a gold written for these tests -----------------------------------------

OWN_TEXT = "وعد المجلس بالإصلاح، ووعد بالشفافية، ووعد بالعدالة، لكن الأنابيب قديمة والوعود جديدة."
OWN_GOLD = pd.DataFrame({
    "device": ["triad", "antithesis"],
    "term_ar": ["تعداد ثلاثي", "مقابلة"],
    "start": [0, 56],
    "end": [50, 84],
    "text": [OWN_TEXT[0:50], OWN_TEXT[56:84]],
    "parts": [((0, 19), (21, 35), (37, 50)), ((56, 64), (65, 70), (71, 78), (79, 84))],
    "explanation": ["three promises", "old pipes vs new promises"],
})


def test_own_text_gold_is_consistent():
    assert OWN_TEXT[56:64] == "الأنابيب" and OWN_TEXT[79:84] == "جديدة"


OWN_CASES = [
    pytest.param(nb05.check_missed_antithesis, (65, 70), {}, True, "old pipes", id="antithesis-missed"),
    pytest.param(nb05.check_missed_antithesis, (0, 10), {}, False, "triad", id="antithesis-is-triad"),
    pytest.param(nb05.check_missed_metaphor, (65, 70), {}, False, "not a metaphor", id="no-metaphor"),
    pytest.param(nb05.check_device_label, "triad", {"phrase": "وعد المجلس بالإصلاح، ووعد بالشفافية، ووعد بالعدالة"}, True,
                 "three promises", id="label-right"),
    pytest.param(nb05.check_device_label, "saj", {"phrase": "وعد المجلس بالإصلاح، ووعد بالشفافية، ووعد بالعدالة"}, False,
                 "do not rhyme", id="label-saj"),
]


@pytest.mark.parametrize("check, answer, extra, ok, needle", OWN_CASES)
def test_own_text(check, answer, extra, ok, needle):
    kwargs = {"text": OWN_TEXT, "gold": OWN_GOLD, **extra}
    if check is not nb05.check_device_label:
        kwargs["found"] = []
    feedback = check(answer, **kwargs)
    assert feedback.ok is ok, feedback
    assert needle in feedback.message + feedback.hint


def test_text_without_gold_is_an_error():
    with pytest.raises(ValueError, match="together"):
        nb05.check_missed_antithesis((0, 3), text=OWN_TEXT)


def test_metaphor_span_must_cover_both_terms_when_one_is_another_device():
    """On a text written for this test: الرصاص alone is the kināya; the metaphor is لغة الرصاص."""
    text = "لم تنفع لغة الرصاص أحداً."
    s = text.find("لغة الرصاص")
    gold = pd.DataFrame({
        "device": ["metaphor_candidate", "kinaya"], "term_ar": ["استعارة", "كناية"],
        "start": [s, s + 4], "end": [s + 10, s + 10], "text": [text[s:s + 10], text[s + 4:s + 10]],
        "parts": [((s, s + 3), (s + 4, s + 10)), ((s + 4, s + 10),)],
        "explanation": ["violence as a language", "bullets for the gunmen"],
    })
    alone = nb05.check_missed_metaphor((s + 4, s + 10), text=text, gold=gold, found=[])
    assert not alone.ok and "kinaya" in alone.message and "leaves out لغة" in alone.message and alone.hint
    assert nb05.check_missed_metaphor((s, s + 10), text=text, gold=gold, found=[]).ok
    # an antithesis may still be pointed at by one side
    assert nb05.check_missed_antithesis((s + 4, s + 10), text=text, gold=gold.assign(device=["antithesis", "kinaya"]),
                                        found=[]).ok


# --- Exercise 4: annotate paragraph 5, then Cohen's kappa against the gold -----------------------

from helpers.rhetoric.agreement import annotation_devices, cohen_kappa, marked_tokens  # noqa: E402
from helpers.rhetoric.evaluate import load_gold_rhetoric  # noqa: E402

MY_SPANS = [span("يستثمر"), span("ويراهن"), span("يدفع بالمزيد من الحوارات الى الامام"), span("ارضية")]


def _kappa(spans, tokens):
    mine = [any(min(e, se) > max(s, ss) for ss, se in spans) for s, e in tokens]
    gold = marked_tokens(tokens, annotation_devices(load_gold_rhetoric(), TEXT), nb05.ANNOTATE_DEVICE)
    return cohen_kappa(mine, gold), sum(a == b for a, b in zip(mine, gold)) / len(tokens)


def test_passage_is_paragraph_five():
    tokens = nb05.passage_tokens(TEXT)
    assert TEXT[tokens[0][0]:].startswith("يستثمر الكاظمي اليوم")
    assert TEXT[:tokens[-1][1]].endswith("وموثوقية جيدة.")
    assert len(tokens) == 53


@pytest.mark.parametrize("spans", [
    pytest.param(MY_SPANS, id="the-solution-marks"),
    pytest.param([span("ارضية")], id="one-word"),
    pytest.param([span("صورة العراق"), span("الحوارات"), span("التقاطعات")], id="targets-only"),
])
def test_kappa_right_for_any_honest_annotation(spans):
    kappa, _ = _kappa(spans, nb05.passage_tokens(TEXT))
    feedback = nb05.check_my_kappa(kappa, spans=spans)
    assert feedback.ok, feedback
    assert "Landis & Koch" in feedback.message
    assert round(kappa, 2) == 0.55 if spans is MY_SPANS else True
    feedback = nb05.check_my_kappa(round(kappa, 2), spans=spans)
    assert feedback.ok, feedback


def test_kappa_never_names_the_golds_words():
    kappa, _ = _kappa(MY_SPANS, nb05.passage_tokens(TEXT))
    for answer in (kappa, 0.1):
        feedback = nb05.check_my_kappa(answer, spans=MY_SPANS)
        for word in ("صورة", "الحوارات", "عقلانية", "يستثمر"):
            assert word not in f"{feedback.message} {feedback.hint}"


def _whole_text_kappa(spans):
    from helpers.text.tokenize import tokenize_ar

    return _kappa(spans, [(t.start, t.end) for t in tokenize_ar(TEXT)])[0]


@pytest.mark.parametrize("answer, spans, needle", [
    pytest.param("whole", MY_SPANS, "every token of the text", id="whole-text-units"),
    pytest.param("p_o", MY_SPANS, "observed agreement", id="observed-not-kappa"),
    pytest.param(0.9, MY_SPANS, "different κ", id="wrong-number"),
    pytest.param(0.5, [], "marked nothing", id="no-marks"),
    pytest.param(0.5, ..., "Mark your spans first", id="spans-placeholder"),
    pytest.param(0.5, "يستثمر", "list of (start, end)", id="spans-as-words"),
    pytest.param(0.5, [span("اخلاء")], "not inside paragraph 5", id="outside-the-paragraph"),
    pytest.param("0.55", MY_SPANS, "a number", id="kappa-as-string"),
])
def test_kappa_wrong(answer, spans, needle):
    if answer == "whole":
        answer = _whole_text_kappa(spans)
    elif answer == "p_o":
        answer = _kappa(spans, nb05.passage_tokens(TEXT))[1]
    feedback = nb05.check_my_kappa(answer, spans=spans)
    assert not feedback.ok
    assert needle in f"{feedback.message} {feedback.hint}", feedback
    assert feedback.hint


def test_kappa_unanswered():
    feedback = nb05.check_my_kappa(..., spans=...)
    assert not feedback.ok and feedback.message.startswith("No answer yet")
    assert "chance" in feedback.hint, "the first staged hint is the idea of κ"
