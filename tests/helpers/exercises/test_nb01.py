"""Tests for helpers.exercises.nb01: right answers, typical wrong answers with their hints, for every check.

Answers are built with code, as a student would build them. The keys are checked independently:
the marks of the exercise sentence by their Unicode category, the merged pair by running
normalize_ar on every option, the spellings by the kit's hamza checker, the stripped texts by a
plain loop; and the texts the exercises ask about must not be on screen before the exercise.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

import nbformat
import pytest
from staged_hints import STAGED, hint_matches

from helpers.exercises import nb01
from helpers.exercises.texts import case_study_text
from helpers.text.normalize import normalize_ar, normalize_with_offsets_ar
from helpers.text.orthography import suggest_hamza_ar
from helpers.text.spans import Span

from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
TEXT = case_study_text()
SENTENCE = nb01.MARKED_SENTENCE
MARKS = [i for i, ch in enumerate(SENTENCE) if unicodedata.category(ch) == "Mn"]
SPANS = [(i, i + 1) for i in MARKS]
TATWEEL_AT = SENTENCE.index("\u0640")


def test_case_study_figures() -> None:
    assert TEXT.count("\u0640") == 1
    assert [m.start() for m in re.finditer(r"(?<!\w)ان(?!\w)", TEXT)] == [1041, 1984, 2153, 2531]
    assert [r for _, _, r in nb01.an_contexts()] == ["أن", "أن", "إن", "أن"]


# --- exercise 1: one word, two strings (concept check) -------------------------------------------


def test_same_word_key() -> None:
    # B is what really happens: the presentation forms of يعمل are other characters, NFKC undoes them.
    forms = "\uFEF3\uFECC\uFEE4\uFEDE"
    assert forms != "يعمل" and unicodedata.normalize("NFKC", forms) == "يعمل"
    # A is false: ع is the same code point wherever it stands.
    assert {w[w.index("ع")] for w in ("عسكرية", "يعمل", "مع", "الصراع")} == {"\u0639"}
    # C is false: equal code points give equal bytes.
    assert "يعمل".encode() == "".join(["ي", "ع", "م", "ل"]).encode()
    assert nb01.SAME_WORD.answer == "B"


@pytest.mark.parametrize(("answer", "ok", "says"), [
    ("B", True, "compatibility characters"),
    ("b.", True, "NFKC"),
    ("A", False, "The font chooses the shape"),
    ("C", False, "UTF-8 writes a code point in the same bytes"),
    ("D", False, "Direction belongs to display only"),
    ("E", False, "There is no option E"),
], ids=["B", "b.", "A", "C", "D", "E"])
def test_same_word(answer: str, ok: bool, says: str) -> None:
    feedback = nb01.check_same_word(answer)
    assert feedback.ok is ok and says in feedback.message, feedback
    if not ok:
        assert hint_matches(feedback, STAGED)


# --- exercise 2: the spans of the marks (value, exact spans) -------------------------------------


def test_marked_sentence() -> None:
    # Nine marks, a letter with two of them, and a tatweel that is not a mark.
    assert nb01._deleted_by_diacritics(SENTENCE) == MARKS and len(MARKS) == 9
    assert any(b == a + 1 for a, b in zip(MARKS, MARKS[1:]))
    assert SENTENCE.count("\u0640") == 1 and unicodedata.category("\u0640") == "Lm"
    assert SENTENCE not in TEXT


MARKS_RIGHT: list[tuple[str, Any]] = [
    ("tuples", SPANS),
    ("lists", [list(s) for s in SPANS]),
    ("reversed", SPANS[::-1]),
    ("a set", set(SPANS)),
    ("Spans", [Span(a, b, SENTENCE[a:b], "mark") for a, b in SPANS]),
    ("from a regex", [m.span() for m in re.finditer("[\u064B-\u0652]", SENTENCE)]),
]

MARKS_WRONG: list[tuple[str, Any, str, str]] = [
    ("tatweel too", SPANS + [(TATWEEL_AT, TATWEEL_AT + 1)], "is the tatweel", "category is Lm"),
    ("two marks in one span", [s for s in SPANS if s[0] not in (17, 18)] + [(17, 19)], "covers 2 characters", "one span each"),
    ("the letters carrying them", [(i - 1, i) for i in MARKS], "the mark it carries comes after it", "one more than the letter's"),
    ("one missing", SPANS[:-1], "1 more is missing", STAGED),
    ("the shadda missing", [s for s in SPANS if SENTENCE[s[0]] != "\u0651"], "ARABIC SHADDA", STAGED),
    ("empty spans", [(i, i) for i in MARKS], "is empty", STAGED),
    ("a word", [(0, 5)], "5 characters", STAGED),
    ("a space", SPANS + [(5, 6)], "which the diacritics step keeps", STAGED),
    ("outside", SPANS + [(len(SENTENCE), len(SENTENCE) + 1)], "not a span of the sentence", STAGED),
    ("twice the same", SPANS + SPANS[:1], "appears twice", STAGED),
    ("a string", "َُ", "not a string", "(i, i + 1)"),
    ("a count", 9, "one number", STAGED),
    ("flat list of numbers", MARKS, "list of (start, end) pairs", STAGED),
]


@pytest.mark.parametrize("answer", [a for _, a in MARKS_RIGHT], ids=[n for n, _ in MARKS_RIGHT])
def test_mark_spans_right(answer: Any) -> None:
    feedback = nb01.check_mark_spans(answer)
    assert feedback.ok and "All 9 marks" in feedback.message, feedback


@pytest.mark.parametrize(("answer", "says", "hint"), [(a, s, h) for _, a, s, h in MARKS_WRONG], ids=[n for n, *_ in MARKS_WRONG])
def test_mark_spans_wrong(answer: Any, says: str, hint: str) -> None:
    feedback = nb01.check_mark_spans(answer)
    assert not feedback.ok and says in feedback.message, feedback
    assert hint_matches(feedback, hint), feedback


def test_mark_spans_on_another_text() -> None:
    assert nb01.check_mark_spans([(1, 2), (2, 3)], text="بَّيت").ok


# --- exercise 3: what normalization merges (concept check) ---------------------------------------


def _pair(option_text: str) -> tuple[str, str]:
    words = re.findall(r"[\u0621-\u064A]+", option_text)
    return words[0], words[1]


def test_merged_pair_key_is_what_normalize_ar_does() -> None:
    merged = [c.letter for c in nb01.MERGED_PAIR.choices if len({normalize_ar(w) for w in _pair(c.text)}) == 1]
    assert merged == [nb01.MERGED_PAIR.answer] == ["C"]


@pytest.mark.parametrize(("answer", "ok", "says"), [
    ("C", True, "teh_marbuta step"),
    ("A", False, "ئ is a hamza on a ya seat"),
    ("B", False, "not alef forms"),
    ("D", False, "differ by a whole letter"),
    (["C"], False, "Choose one option"),
], ids=["C", "A", "B", "D", "list"])
def test_merged_pair(answer: Any, ok: bool, says: str) -> None:
    feedback = nb01.check_merged_pair(answer)
    assert feedback.ok is ok and says in feedback.message, feedback


# --- exercise 4: standard or not? ----------------------------------------------------------------

KEY = dict(zip(nb01.SPELLING_WORDS, ["الاثنين", "احتجاجا", "للإفراج", "أحزاب", "أكدت"]))


def test_spelling_key_agrees_with_the_checker_and_the_reports() -> None:
    for word, standard in KEY.items():
        assert (suggest_hamza_ar(word) or (word,))[0] == standard
        assert word not in TEXT  # words the case study does not have
    for row in nb01.spelling_contexts():
        from helpers.exercises.texts import news_text

        assert news_text(row["report"])[row["start"] : row["end"]] == row["word"]


SPELL_RIGHT: list[tuple[str, Any]] = [
    ("dict", dict(KEY)),
    ("list in order", [KEY[w] for w in nb01.SPELLING_WORDS]),
    ("with diacritics", {**KEY, "للافراج": "لِلْإِفْرَاج", "احزاب": "أَحْزَاب"}),
    ("with spaces around", {w: f" {s} " for w, s in KEY.items()}),
]

SPELL_WRONG: list[tuple[str, Any, str, str]] = [
    ("الإثنين kept", {**KEY, "الإثنين": "الإثنين"}, "a hypercorrection", STAGED),
    ("الأثنين", {**KEY, "الإثنين": "الأثنين"}, "puts a hamza on hamzat al-waṣl", STAGED),
    ("إحتجاجا kept", {**KEY, "إحتجاجا": "إحتجاجا"}, "form VIII verbal noun", STAGED),
    ("للأفراج", {**KEY, "للافراج": "للأفراج"}, "the hamza goes below", STAGED),
    ("لالإفراج", {**KEY, "للافراج": "لالإفراج"}, "loses its alef in writing", STAGED),
    ("احزاب kept", {**KEY, "احزاب": "احزاب"}, "pattern أفعال", STAGED),
    ("إحزاب", {**KEY, "احزاب": "إحزاب"}, "the hamza goes above", STAGED),
    ("اكدت", {**KEY, "أكدت": "اكدت"}, "belongs to the root", STAGED),
    ("another word", {**KEY, "احزاب": "أحزان"}, "not the standard spelling", "Think again"),
    ("all as written", {w: w for w in KEY}, "as the reports wrote them", STAGED),
    ("all normalized", {w: normalize_ar(w, teh_marbuta=False, alef_maksura=False) for w in KEY}, "what normalization does", "throws the hamza away"),
    ("a key missing", {"الإثنين": "الاثنين"}, "No spelling given", "one entry per word"),
    ("too short a list", ["الاثنين", "احتجاجا"], "You gave 2 spellings", "a list in the order"),
    ("a string", "أحزاب", "not str", STAGED),
    ("an empty spelling", {**KEY, "أكدت": ""}, "non-empty string", STAGED),
]


@pytest.mark.parametrize("answer", [a for _, a in SPELL_RIGHT], ids=[n for n, _ in SPELL_RIGHT])
def test_spellings_right(answer: Any) -> None:
    assert nb01.check_standard_spellings(answer).ok


@pytest.mark.parametrize(("answer", "says", "hint"), [(a, s, h) for _, a, s, h in SPELL_WRONG], ids=[n for n, *_ in SPELL_WRONG])
def test_spellings_wrong(answer: Any, says: str, hint: str) -> None:
    feedback = nb01.check_standard_spellings(answer)
    assert not feedback.ok and says in feedback.message, feedback
    assert hint_matches(feedback, hint), feedback


def test_spellings_count_what_is_right() -> None:
    assert "4 of 5 right" in nb01.check_standard_spellings({**KEY, "احزاب": "احزاب"}).message


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


# --- exercise 6: strip the marks, keep the offsets (method) --------------------------------------


def by_loop(text: str) -> tuple[str, list[int]]:
    kept, offsets = [], []
    for i, ch in enumerate(text):
        if ch == "\u0640" or unicodedata.category(ch) == "Mn":
            continue
        kept.append(ch)
        offsets.append(i)
    return "".join(kept), offsets


def by_regex(text: str) -> tuple[str, tuple[int, ...]]:
    kept = [m for m in re.finditer(r"[^\u0640\u064B-\u0652\u0670]", text)]
    return "".join(m.group() for m in kept), tuple(m.start() for m in kept)


def marks_only(text: str) -> tuple[str, list[int]]:
    kept = [(i, ch) for i, ch in enumerate(text) if unicodedata.category(ch) != "Mn"]
    return "".join(ch for _, ch in kept), [i for i, _ in kept]


def tatweel_only(text: str) -> tuple[str, list[int]]:
    kept = [(i, ch) for i, ch in enumerate(text) if ch != "\u0640"]
    return "".join(ch for _, ch in kept), [i for i, _ in kept]


def offsets_in_the_stripped_text(text: str) -> tuple[str, list[int]]:
    stripped, _ = by_loop(text)
    return stripped, list(range(len(stripped)))


def offsets_one_off(text: str) -> tuple[str, list[int]]:
    stripped, offsets = by_loop(text)
    return stripped, [i + 1 for i in offsets]


def text_only(text: str) -> str:
    return by_loop(text)[0]


def too_few_offsets(text: str) -> tuple[str, list[int]]:
    stripped, offsets = by_loop(text)
    return stripped, offsets[:-1]


def drops_spaces(text: str) -> tuple[str, list[int]]:
    stripped, offsets = by_loop(text)
    keep = [k for k, ch in enumerate(stripped) if ch != " "]
    return "".join(stripped[k] for k in keep), [offsets[k] for k in keep]


def the_notebooks_text(text: str) -> tuple[str, list[int]]:
    return by_loop(TEXT)


def with_the_kit(text: str) -> tuple[str, list[int]]:
    return normalize_with_offsets_ar(text, unicode=False, alef=False, alef_maksura=False, teh_marbuta=False)


def test_trials_agree_with_a_plain_loop() -> None:
    # The kit's result on every trial text is what the method in the notebook gives.
    for trial in nb01.strip_marks_trials():
        assert nb01._kit_strip(trial.text) == by_loop(trial.text), trial.name
    assert [t.seen for t in nb01.strip_marks_trials()] == [True, False, False, False]
    # Each unseen text has something to strip that the case study does not show.
    unseen = [t.text for t in nb01.strip_marks_trials()[1:]]
    assert "\u064C" in unseen[0] and all("\u0640" in t for t in unseen)


@pytest.mark.parametrize("function", [by_loop, by_regex], ids=lambda f: f.__name__)
def test_strip_marks_right(function: Any) -> None:
    feedback = nb01.check_strip_marks(function)
    assert feedback.ok and "on all 4 texts" in feedback.message, feedback


STRIP_WRONG: list[tuple[Any, str, str]] = [
    (marks_only, "still has the tatweel", "category is Lm"),
    (tatweel_only, "still has the mark", "category Mn"),
    (offsets_in_the_stripped_text, "offsets[", "position in the original text"),
    (offsets_one_off, "offsets[0] is 1 where the kit has 0", "position in the original text"),
    (too_few_offsets, "offsets for its", "One offset per kept character"),
    (text_only, "It returned only the text", STAGED),
    (drops_spaces, "lacks ' '", "spaces, digits and punctuation"),
    (the_notebooks_text, "the same as for the case study", "its parameter"),
    (with_the_kit, "calls normalize_with_offsets_ar", "Use only what the exercise allows"),
]


@pytest.mark.parametrize(("function", "says", "hint"), STRIP_WRONG, ids=[f.__name__ for f, _, _ in STRIP_WRONG])
def test_strip_marks_wrong(function: Any, says: str, hint: str) -> None:
    feedback = nb01.check_strip_marks(function)
    assert not feedback.ok and says in feedback.message, feedback
    assert hint_matches(feedback, hint), feedback


# --- the exercises ask about texts and words the notebook has not shown before them --------------


def test_exercise_words_are_not_on_screen_before_their_exercise() -> None:
    nb = nbformat.read(ROOT / "notebooks" / "01_script_and_normalization.ipynb", as_version=4)
    before: dict[int, str] = {}
    seen = ""
    for cell in nb.cells:
        heading = re.search(r"^### Exercise (\d+)", cell.source, re.M) if cell.cell_type == "markdown" else None
        if heading:
            before[int(heading.group(1))] = seen
        if "solution" not in cell.metadata.get("tags", []):
            seen += cell.source + str(cell.get("outputs", []))
    for word in nb01.SPELLING_WORDS:
        assert word not in before[4], word
    assert SENTENCE not in before[2]
    assert "مدرسه" not in before[3] and "مسئول" not in before[3] and "مائة" not in before[3]
