"""Tests for helpers.exercises.nb01: right, wrong and unanswered answers for every check.

Answers are built from the case study with code, as a student would build them. The figures
the notebook teaches are written out once in ``test_case_study_figures``, as an independent
record; if a helper changes, that test fails first and says which figure moved.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from staged_hints import STAGED, hint_matches

from helpers.data import case_study_path
from helpers.exercises import Feedback, nb01
from helpers.text.load import read_text_ar
from helpers.text.orthography import find_anomalies_ar, suggest_hamza_ar
from helpers.text.spans import Span

TEXT = read_text_ar(case_study_path())
COUNTS = Counter(TEXT)
HAMZA_ALEF = COUNTS["أ"] + COUNTS["إ"] + COUNTS["آ"]
TAT = TEXT.find("\u0640")
KEY = {"انسحاب": "انسحاب", "وأستمرار": "واستمرار", "أخر": "آخر"}
AN = [m.start() for m in re.finditer(r"(?<!\w)ان(?!\w)", TEXT)]


def test_case_study_figures() -> None:
    assert (COUNTS["أ"], COUNTS["إ"], COUNTS["آ"], COUNTS["ا"]) == (35, 2, 0, 386)
    assert TAT == 689 and TEXT.count("\u0640") == 1
    assert AN == [1041, 1984, 2153, 2531]
    assert [r for _, _, r in nb01.an_contexts()] == ["أن", "أن", "إن", "أن"]


def test_spelling_key_is_about_the_article() -> None:
    # Every exercise word is in the article, and the kit's hamza checker agrees with the key.
    words = set(re.findall(r"\w+", TEXT))
    for word, standard in KEY.items():
        assert word in words
        assert (suggest_hamza_ar(word) or (word,))[0] == standard


# --- check_hamza_alef_count -------------------------------------------------------------------

COUNT_RIGHT: list[tuple[str, Any]] = [
    ("three counts added", TEXT.count("أ") + TEXT.count("إ") + TEXT.count("آ")),
    ("with a Counter", sum(COUNTS[c] for c in "أإآ")),
    ("a regular expression", len(re.findall("[أإآ]", TEXT))),
]

COUNT_WRONG: list[tuple[str, Any, str]] = [
    ("bare alef counted too", HAMZA_ALEF + COUNTS["ا"], "bare alef ا (U+0627) is a different character"),
    ("only the bare alef", COUNTS["ا"], "each is a character of its own"),
    ("ء ؤ ئ counted too", HAMZA_ALEF + COUNTS["ء"] + COUNTS["ؤ"] + COUNTS["ئ"], "only for the alef seat"),
    ("only أ", COUNTS["أ"], "Count إ (U+0625)"),
    ("only إ and آ", COUNTS["إ"] + COUNTS["آ"], STAGED),
    ("too many", 1000, STAGED),
    ("negative", -1, STAGED),
    ("a string", str(HAMZA_ALEF), "without quotes"),
    ("a dict of counts", {c: COUNTS[c] for c in "أإآ"}, "sum(...)"),
    ("a float", float(HAMZA_ALEF), STAGED),
    ("a bool", True, STAGED),
]


@pytest.mark.parametrize("answer", [a for _, a in COUNT_RIGHT], ids=[n for n, _ in COUNT_RIGHT])
def test_hamza_alef_count_right(answer: Any) -> None:
    feedback = nb01.check_hamza_alef_count(answer)
    assert feedback.ok and str(feedback).startswith("✓"), feedback


@pytest.mark.parametrize(("answer", "hint"), [(a, h) for _, a, h in COUNT_WRONG], ids=[n for n, _, _ in COUNT_WRONG])
def test_hamza_alef_count_wrong(answer: Any, hint: str) -> None:
    feedback = nb01.check_hamza_alef_count(answer)
    assert not feedback.ok and feedback.message
    assert hint_matches(feedback, hint), feedback


def test_forgetting_madda_is_recognised_when_there_is_one() -> None:
    # The case study has no آ, so the mistake is tested on a text that has one.
    feedback = nb01.check_hamza_alef_count(2, text="أمس إلى آخر الطريق")
    assert not feedback.ok and "آ (alef madda)" in feedback.message


def test_counting_words_is_recognised_when_a_word_has_two() -> None:
    # In the case study no word has two of the letters, so a word count happens to be right there.
    feedback = nb01.check_hamza_alef_count(4, text="أأنت ذاهب إلى البيت إذا أمكن")
    assert not feedback.ok and "Count characters, not words" in feedback.hint


# --- check_tatweel_offsets --------------------------------------------------------------------

TATWEEL_RIGHT: list[tuple[str, Any]] = [
    ("tuple", (TAT, TAT + 1)),
    ("list", [TAT, TAT + 1]),
    ("the anomaly", next(a for a in find_anomalies_ar(TEXT) if a.label == "tatweel")),
    ("a list with one pair", [(TAT, TAT + 1)]),
    ("from a regex", re.search("\u0640+", TEXT).span()),
]

TATWEEL_WRONG: list[tuple[str, Any, str]] = [
    ("empty span", (TAT, TAT), "end = start + 1"),
    ("end one too late", (TAT, TAT + 2), "end is exclusive"),
    ("shifted left", (TAT - 1, TAT), "text.find(...) gives the start"),
    ("shifted right", (TAT + 1, TAT + 2), "text.find(...) gives the start"),
    ("the whole token الـ", (TAT - 2, TAT + 1), "not the word الـ"),
    ("swapped", (TAT + 1, TAT), "swap them"),
    ("only the start", TAT, "Give (start, end)"),
    ("another number", 5, STAGED),
    ("the character", "\u0640", STAGED),
    ("another string", "الـ", STAGED),
    ("outside the text", (0, len(TEXT) + 1), STAGED),
    ("elsewhere", (0, 3), STAGED),
    ("three numbers", (TAT, TAT + 1, 0), STAGED),
]


@pytest.mark.parametrize("answer", [a for _, a in TATWEEL_RIGHT], ids=[n for n, _ in TATWEEL_RIGHT])
def test_tatweel_right(answer: Any) -> None:
    feedback = nb01.check_tatweel_offsets(answer)
    assert feedback.ok, feedback


@pytest.mark.parametrize(("answer", "hint"), [(a, h) for _, a, h in TATWEEL_WRONG], ids=[n for n, _, _ in TATWEEL_WRONG])
def test_tatweel_wrong(answer: Any, hint: str) -> None:
    feedback = nb01.check_tatweel_offsets(answer)
    assert not feedback.ok and feedback.message
    assert hint_matches(feedback, hint), feedback


def test_tatweel_end_one_too_late_says_so() -> None:
    feedback = nb01.check_tatweel_offsets((TAT, TAT + 2))
    assert "ends one character too late" in feedback.message


def test_tatweel_needs_exactly_one_run() -> None:
    assert not nb01.check_tatweel_offsets((0, 1), text="مـرحبـا").ok


# --- check_standard_spellings -----------------------------------------------------------------

SPELL_RIGHT: list[tuple[str, Any]] = [
    ("dict", dict(KEY)),
    ("list in order", [KEY[w] for w in nb01.SPELLING_WORDS]),
    ("with diacritics", {"انسحاب": "اِنْسِحَاب", "وأستمرار": "وَاسْتِمْرَار", "أخر": "آخَر"}),
    ("with spaces around", {w: f" {s} " for w, s in KEY.items()}),
]

SPELL_WRONG: list[tuple[str, Any, str]] = [
    ("hypercorrected انسحاب", {**KEY, "انسحاب": "إنسحاب"}, "hamzat al-waṣl"),
    ("hamza above on انسحاب", {**KEY, "انسحاب": "أنسحاب"}, "hamzat al-waṣl"),
    ("article's وأستمرار kept", {**KEY, "وأستمرار": "وأستمرار"}, STAGED),
    ("hypercorrected واستمرار", {**KEY, "وأستمرار": "وإستمرار"}, STAGED),
    ("أخر kept", {**KEY, "أخر": "أخر"}, STAGED),
    ("اخر", {**KEY, "أخر": "اخر"}, "Normalization throws the hamza away"),
    ("another word", {**KEY, "أخر": "أخير"}, STAGED),
    ("unknown spelling", {**KEY, "أخر": "آخرى"}, "Think again"),
    ("all normalized", {w: w.replace("أ", "ا") for w in KEY}, "Normalization throws the hamza away"),
    ("a key missing", {"انسحاب": "انسحاب"}, "one entry per word"),
    ("too short a list", ["انسحاب", "واستمرار"], "a list in the order"),
    ("a string", "آخر", STAGED),
    ("an empty spelling", {**KEY, "أخر": ""}, STAGED),
]


@pytest.mark.parametrize("answer", [a for _, a in SPELL_RIGHT], ids=[n for n, _ in SPELL_RIGHT])
def test_spellings_right(answer: Any) -> None:
    feedback = nb01.check_standard_spellings(answer)
    assert feedback.ok, feedback


@pytest.mark.parametrize(("answer", "hint"), [(a, h) for _, a, h in SPELL_WRONG], ids=[n for n, _, _ in SPELL_WRONG])
def test_spellings_wrong(answer: Any, hint: str) -> None:
    feedback = nb01.check_standard_spellings(answer)
    assert not feedback.ok and feedback.message
    assert hint_matches(feedback, hint), feedback


def test_spellings_hypercorrection_named() -> None:
    feedback = nb01.check_standard_spellings({**KEY, "انسحاب": "إنسحاب"})
    assert "hypercorrection" in feedback.message and "2 of 3 right" in feedback.message


# --- check_an_readings ------------------------------------------------------------------------

READING = [r for _, _, r in nb01.an_contexts()]

AN_RIGHT: list[tuple[str, Any]] = [
    ("list", list(READING)),
    ("tuple", tuple(READING)),
    ("with shadda", [r + "\u0651" for r in READING]),
]

AN_WRONG: list[tuple[str, Any, str]] = [
    ("all أن", ["أن"] * len(READING), STAGED),
    ("all إن", ["إن"] * len(READING), STAGED),
    ("one swapped", [("إن" if r == "أن" else "أن") if i == 0 else r for i, r in enumerate(READING)], "after a verb"),
    ("left bare", ["ان"] * len(READING), STAGED),
    ("something else", ["أنا"] + READING[1:], STAGED),
    ("too few", READING[:-1], "in text order"),
    ("a string", "أن", "items"),
    ("numbers", [1, 2, 3, 4], STAGED),
]


@pytest.mark.parametrize("answer", [a for _, a in AN_RIGHT], ids=[n for n, _ in AN_RIGHT])
def test_an_right(answer: Any) -> None:
    feedback = nb01.check_an_readings(answer)
    assert feedback.ok, feedback


@pytest.mark.parametrize(("answer", "hint"), [(a, h) for _, a, h in AN_WRONG], ids=[n for n, _, _ in AN_WRONG])
def test_an_wrong(answer: Any, hint: str) -> None:
    feedback = nb01.check_an_readings(answer)
    assert not feedback.ok and feedback.message
    assert hint_matches(feedback, hint), feedback


def test_an_after_qala() -> None:
    for said in ("قال", "وقال", "فقال"):
        assert [r for _, _, r in nb01.an_contexts(f"{said} ان الحوار مستمر")] == ["إن"]
    assert nb01.check_an_readings(["إن"], text="وقال ان الحوار مستمر").message.endswith("(after وقال).")
