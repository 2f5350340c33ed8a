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


CHECKS = [nb05.check_saj_or_triad, nb05.check_phrase_device, nb05.check_missed_antithesis,
          nb05.check_missed_metaphor, nb05.check_kappa_function]


# --- Exercise 3: an antithesis the detectors missed ----------------------------------------------

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
    # Exact words: a word before or after the device is not accepted either.
    pytest.param(span("مشروع اخلاء البلاد من أي وجود قتالي اجنبي ومن جميع الأطراف، مع الابقاء"), "too early", id="a-word-before"),
    pytest.param(span("اخلاء البلاد من أي وجود قتالي اجنبي ومن جميع الأطراف، مع الابقاء على"), "too late", id="a-word-after"),
    pytest.param(span("مشروع اخلاء"), "outside it", id="mostly-outside"),
]


@pytest.mark.parametrize("answer, needle", ANTITHESIS_WRONG)
def test_antithesis_wrong(answer, needle):
    feedback = nb05.check_missed_antithesis(answer)
    assert not feedback.ok
    assert needle in feedback.message + feedback.hint
    assert feedback.hint


# --- Exercise 1: saj' or triad (concept check) ----------------------------------------------------


def test_saj_or_triad_right_and_wrong():
    assert nb05.check_saj_or_triad("B").ok
    assert "echo decorates the triad" in nb05.check_saj_or_triad("C").message
    assert "ṭibāq" in nb05.check_saj_or_triad("d").message
    assert not nb05.check_saj_or_triad("A").ok


def test_saj_or_triad_options_are_what_they_say():
    """The detectors agree with the key: B is saj', A a triad, D an antithesis (each option's Arabic run alone)."""
    from helpers.rhetoric import find_devices_ar

    arabic = [c.text.split(" (")[0] for c in nb05.SAJ_OR_TRIAD.choices]
    found = [{d.device for d in find_devices_ar(phrase + ".")} for phrase in arabic]
    assert "triad" in found[0] and "saj" not in found[0]
    assert "saj" in found[1] and "triad" not in found[1]
    assert "saj" not in found[2]
    assert "antithesis" in found[3]
    assert all(phrase not in TEXT for phrase in arabic)       # none is from the article


# --- Exercise 2: the device of a phrase of the opposing commentary ----------------------------------

PHRASE_RIGHT = ["antithesis", "Antithesis", "muqabala", "مقابلة", "طباق"]


@pytest.mark.parametrize("answer", PHRASE_RIGHT)
def test_phrase_device_right(answer):
    feedback = nb05.check_phrase_device(answer)
    assert feedback.ok, feedback
    assert "antithesis" in feedback.message


PHRASE_WRONG = [
    pytest.param("repetition", "covers only part", id="repetition-inside"),
    pytest.param("تكرار", "covers only part", id="repetition-arabic"),
    pytest.param("saj", "no two clause endings", id="saj"),
    pytest.param("triad", "do not find a triad", id="triad"),
    pytest.param("rhyming contrast", "not a device name", id="unknown-name"),
    pytest.param(3, "device name", id="number"),
]


@pytest.mark.parametrize("answer, needle", PHRASE_WRONG)
def test_phrase_device_wrong(answer, needle):
    feedback = nb05.check_phrase_device(answer)
    assert not feedback.ok
    assert needle in feedback.message + feedback.hint
    assert feedback.hint


def test_phrase_device_follows_the_text_and_its_findings():
    from helpers.rhetoric.devices_base import Device

    text = "جاء بالخير والبركة والسلامة."
    found = [Device(4, 27, text[4:27], "triad", "triad", "تعداد ثلاثي", "three coordinated items")]
    assert nb05.check_phrase_device("triad", phrase="بالخير والبركة والسلامة", text=text, found=found).ok
    assert not nb05.check_phrase_device("antithesis", phrase="بالخير والبركة والسلامة", text=text, found=found).ok
    with pytest.raises(ValueError, match="not in the text"):
        nb05.check_phrase_device("triad", phrase="غير موجود", text=text, found=found)




# --- Exercise 4: a metaphor the detectors missed -------------------------------------------------

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
    pytest.param(span("العراق خرج للتو من عزلة"), "too early", id="a-word-before"),
    pytest.param(span("شارفت على بلوغ اهدافها الاستراتيجية"), "too late", id="a-word-after"),
    pytest.param(span("ما يؤشر الى ان مرحلة الاستكمال شارفت على بلوغ اهدافها"), "a word before", id="loose-region"),
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
]


@pytest.mark.parametrize("check, answer, extra, ok, needle", OWN_CASES)
def test_own_text(check, answer, extra, ok, needle):
    kwargs = {"text": OWN_TEXT, "gold": OWN_GOLD, "found": [], **extra}
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


# --- Exercise 5: Cohen's kappa, the student's function ---------------------------------------------


def kappa(first, second):
    """A right answer, written the way the exercise asks (no cohen_kappa)."""
    n = len(first)
    p_o = sum(a == b for a, b in zip(first, second)) / n
    yes_1, yes_2 = sum(first) / n, sum(second) / n
    p_e = yes_1 * yes_2 + (1 - yes_1) * (1 - yes_2)
    return (p_o - p_e) / (1 - p_e)


def observed(first, second):
    return sum(a == b for a, b in zip(first, second)) / len(first)


def yes_only_chance(first, second):
    n = len(first)
    p_e = (sum(first) / n) * (sum(second) / n)
    return (observed(first, second) - p_e) / (1 - p_e)


def undivided(first, second):
    n = len(first)
    p_e = (sum(first) / n) * (sum(second) / n) + (1 - sum(first) / n) * (1 - sum(second) / n)
    return observed(first, second) - p_e


def hard_wired(first, second):
    return 0.5238095238095238          # the ten-token example's kappa, typed in


def calls_the_kit(first, second):
    from helpers.rhetoric.agreement import cohen_kappa

    return cohen_kappa(first, second)


@pytest.mark.parametrize(("function", "ok", "needle"), [
    pytest.param(kappa, True, "on all 5 pairs", id="right"),
    pytest.param(observed, False, "observed agreement", id="observed-agreement"),
    pytest.param(yes_only_chance, False, "only the tokens both mark", id="chance-of-yes-only"),
    pytest.param(undivided, False, "not yet divided", id="not-divided"),
    pytest.param(hard_wired, False, "read its argument", id="hard-wired"),
    pytest.param(calls_the_kit, False, "does the whole job", id="calls-cohen-kappa"),
])
def test_kappa_function(function, ok, needle):
    feedback = nb05.check_kappa_function(function)
    assert feedback.ok is ok, str(feedback)
    assert needle in f"{feedback.message} {feedback.hint}", str(feedback)


def test_kappa_trials_are_unseen_and_defined():
    import math

    from helpers.rhetoric.agreement import cohen_kappa

    trials = nb05.kappa_trials()
    assert [t.seen for t in trials] == [True, False, False, False, False]
    values = [cohen_kappa(*t.args) for t in trials]
    assert all(not math.isnan(v) for v in values) and len({round(v, 6) for v in values}) == len(values)
    assert round(values[0], 3) == 0.524 and values[-1] < 0


def test_passage_is_a_paragraph():
    tokens = nb05.passage_tokens(TEXT, paragraph=5)
    assert TEXT[tokens[0][0]:].startswith("يستثمر الكاظمي اليوم")
    assert TEXT[:tokens[-1][1]].endswith("وموثوقية جيدة.")
    assert len(tokens) == 53
    with pytest.raises(ValueError, match="6 body paragraphs"):
        nb05.passage_tokens(TEXT, paragraph=7)


def test_unanswered():
    for check in CHECKS:
        feedback = check(...)
        assert isinstance(feedback, Feedback) and not feedback.ok and feedback.message.startswith("No answer yet")
