"""Notebook 00's exercise checks: right answers pass, wrong ones get a message and a hint, ``...`` waits.

Answers are built from the case study with the helpers (never copied from the article), as a
student would build them, so the tables keep working if the structure rules change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from staged_hints import STAGED, hint_matches

from helpers.data import case_study_path
from helpers.exercises import Feedback
from helpers.exercises import nb00
from helpers.text.load import read_text_ar
from helpers.text.structure import ArticleStructure, split_article_ar, split_blocks_ar

TEXT = read_text_ar(case_study_path())
PARTS = split_article_ar(TEXT)

Make = Callable[[str, ArticleStructure], Any]


def _without_boilerplate(text: str, parts: ArticleStructure) -> str:
    b = parts.boilerplate[0]
    return text[: b.start] + text[b.end :]


# --- check_dateline -------------------------------------------------------------------------

DATELINE_RIGHT: list[tuple[str, Make]] = [
    ("tuple", lambda t, p: (p.dateline.start, p.dateline.end)),
    ("list", lambda t, p: [p.dateline.start, p.dateline.end]),
    ("the span itself", lambda t, p: p.dateline),
    ("found with str.find", lambda t, p: (t.find(p.dateline.text), t.find(p.dateline.text) + len(p.dateline.text))),
]

DATELINE_WRONG: list[tuple[str, Make, str]] = [
    ("end one too early", lambda t, p: (p.dateline.start, p.dateline.end - 1), "end is exclusive"),
    ("end one too late", lambda t, p: (p.dateline.start, p.dateline.end + 1), "end is exclusive"),
    ("end several too early", lambda t, p: (p.dateline.start, p.dateline.end - 5), "end = start + len(dateline)"),
    ("start one too late", lambda t, p: (p.dateline.start + 1, p.dateline.end), "start is the offset of the first character"),
    ("shifted left", lambda t, p: (p.dateline.start - 1, p.dateline.end - 1), "one past the last"),
    ("swapped", lambda t, p: (p.dateline.end, p.dateline.start), "swap them"),
    ("whitespace on both sides", lambda t, p: (p.dateline.start - 1, p.dateline.end + 1), "Trim it"),
    ("dateline and more", lambda t, p: (p.dateline.start, p.dateline.end + 10), "end is exclusive"),
    ("the headline", lambda t, p: (p.headline.start, p.headline.end), "short line after the headline"),
    ("somewhere else", lambda t, p: (3, 9), "short line after the headline"),
    ("outside the text", lambda t, p: (0, len(t) + 5), "from 0 to len(text)"),
    ("the text, not offsets", lambda t, p: p.dateline.text, "text[start:end]"),
    ("a number string", lambda t, p: "99", STAGED),
    ("floats", lambda t, p: (float(p.dateline.start), float(p.dateline.end)), STAGED),
    ("one number", lambda t, p: p.dateline.start, STAGED),
    ("three numbers", lambda t, p: (p.dateline.start, p.dateline.end, 0), STAGED),
    ("booleans", lambda t, p: (True, False), STAGED),
]


@pytest.mark.parametrize("make", [m for _, m in DATELINE_RIGHT], ids=[n for n, _ in DATELINE_RIGHT])
def test_dateline_right(make: Make) -> None:
    feedback = nb00.check_dateline(make(TEXT, PARTS))
    assert isinstance(feedback, Feedback) and feedback.ok, feedback
    assert str(feedback).startswith("✓")


@pytest.mark.parametrize(("make", "hint"), [(m, h) for _, m, h in DATELINE_WRONG], ids=[n for n, _, _ in DATELINE_WRONG])
def test_dateline_wrong(make: Make, hint: str) -> None:
    feedback = nb00.check_dateline(make(TEXT, PARTS))
    assert not feedback.ok
    assert hint_matches(feedback, hint), feedback
    assert feedback.message and str(feedback).startswith("✗")


def test_dateline_end_one_too_early_says_so() -> None:
    d = PARTS.dateline
    feedback = nb00.check_dateline((d.start, d.end - 1))
    assert "ends one character too early" in feedback.message


# --- check_paragraph_count ------------------------------------------------------------------

COUNT_RIGHT: list[tuple[str, Make]] = [
    ("len of paragraphs", lambda t, p: len(p.paragraphs)),
    ("counted by label", lambda t, p: sum(s.label == "paragraph" for s in p.spans())),
]

COUNT_WRONG: list[tuple[str, Make, str]] = [
    ("all blocks", lambda t, p: len(split_blocks_ar(t)), "Only the body counts"),
    ("all lines", lambda t, p: len(t.splitlines()), "separated by blank lines"),
    ("with headline and dateline", lambda t, p: len(p.paragraphs) + 2, "structure.headline"),
    ("with boilerplate", lambda t, p: len(p.paragraphs) + len(p.boilerplate), "structure.boilerplate"),
    ("too few", lambda t, p: 1, STAGED),
    ("too many", lambda t, p: 100, STAGED),
    ("negative", lambda t, p: -1, STAGED),
    ("a string", lambda t, p: str(len(p.paragraphs)), "without quotes"),
    ("the list itself", lambda t, p: p.paragraphs, "len(...)"),
    ("a float", lambda t, p: float(len(p.paragraphs)), STAGED),
    ("a bool", lambda t, p: True, STAGED),
]


@pytest.mark.parametrize("make", [m for _, m in COUNT_RIGHT], ids=[n for n, _ in COUNT_RIGHT])
def test_paragraph_count_right(make: Make) -> None:
    feedback = nb00.check_paragraph_count(make(TEXT, PARTS))
    assert feedback.ok, feedback


@pytest.mark.parametrize(("make", "hint"), [(m, h) for _, m, h in COUNT_WRONG], ids=[n for n, _, _ in COUNT_WRONG])
def test_paragraph_count_wrong(make: Make, hint: str) -> None:
    feedback = nb00.check_paragraph_count(make(TEXT, PARTS))
    assert not feedback.ok
    assert hint_matches(feedback, hint), feedback


# --- check_without_boilerplate --------------------------------------------------------------

CUT_RIGHT: list[tuple[str, Make]] = [
    ("both sides kept", _without_boilerplate),
    ("stripped", lambda t, p: _without_boilerplate(t, p).strip()),
    ("everything before it", lambda t, p: t[: p.boilerplate[0].start]),
    ("before it, rstripped", lambda t, p: t[: p.boilerplate[0].start].rstrip()),
]

CUT_WRONG: list[tuple[str, Make, str]] = [
    ("nothing cut", lambda t, p: t, STAGED),
    ("boilerplate kept", lambda t, p: t[: p.boilerplate[0].end - 1] + "ا", STAGED),
    ("cut one too many", lambda t, p: t[: p.paragraphs[-1].end - 1], "text[:b.start]"),
    ("cut a lot too many", lambda t, p: t[: p.paragraphs[-1].start], "text[:b.start]"),
    ("kept part of it", lambda t, p: t[: p.boilerplate[0].start + 3], "drop everything up to b.end"),
    ("normalized on the way", lambda t, p: _without_boilerplate(t, p).replace("\u0640", ""), "no replace()"),
    ("not a string", lambda t, p: p.boilerplate, STAGED),
]


@pytest.mark.parametrize("make", [m for _, m in CUT_RIGHT], ids=[n for n, _ in CUT_RIGHT])
def test_without_boilerplate_right(make: Make) -> None:
    feedback = nb00.check_without_boilerplate(make(TEXT, PARTS))
    assert feedback.ok, feedback


@pytest.mark.parametrize(("make", "hint"), [(m, h) for _, m, h in CUT_WRONG], ids=[n for n, _, _ in CUT_WRONG])
def test_without_boilerplate_wrong(make: Make, hint: str) -> None:
    feedback = nb00.check_without_boilerplate(make(TEXT, PARTS))
    assert not feedback.ok
    assert hint_matches(feedback, hint), feedback


#: (answer, what the accepting message must say about whitespace at the ends, or None for nothing)
CUT_WHITESPACE: list[tuple[str, Make, str | None]] = [
    ("exact", _without_boilerplate, None),
    ("stripped", lambda t, p: _without_boilerplate(t, p).strip(), "removed 2 whitespace characters at the end"),
    ("one line break left", lambda t, p: _without_boilerplate(t, p)[:-1], "removed 1 whitespace character at the end"),
    ("space added at the start", lambda t, p: " " + _without_boilerplate(t, p), "added 1 whitespace character at the start"),
]


@pytest.mark.parametrize(("make", "note"), [(m, n) for _, m, n in CUT_WHITESPACE], ids=[n for n, _, _ in CUT_WHITESPACE])
def test_without_boilerplate_names_whitespace_changes(make: Make, note: str | None) -> None:
    feedback = nb00.check_without_boilerplate(make(TEXT, PARTS))
    assert feedback.ok, feedback
    if note is None:
        assert "though" not in feedback.message and "whitespace" not in feedback.message
    else:
        assert f"though you also {note}" in feedback.message, feedback


def test_without_boilerplate_cannot_tell_replace_from_slicing() -> None:
    """text.replace() gives the very same string as slicing here, so it is accepted (the check cannot tell)."""
    b = PARTS.boilerplate[0]
    assert TEXT.count(b.text) == 1
    assert nb00.check_without_boilerplate(TEXT.replace(b.text, "")).ok


def test_cut_too_much_says_how_much() -> None:
    answer = TEXT[: PARTS.paragraphs[-1].end - 1]  # the last paragraph's final character is lost
    assert "the last 1 character of the article" in nb00.check_without_boilerplate(answer).message


# --- every check, before an answer is given -------------------------------------------------

CHECKS = [nb00.check_dateline, nb00.check_paragraph_count, nb00.check_without_boilerplate]


# --- the checks work on other texts too (as in "On your own") -------------------------------

OTHER = "افتتاح معرض الكتاب في المدينة\n\nالموصل- مراسلنا:\n\nافتتح المعرض أبوابه.\n\nوقال المنظمون إنه يستمر أسبوعاً.\n\nعلق هنا"


def test_checks_on_another_text() -> None:
    parts = split_article_ar(OTHER)
    assert nb00.check_dateline((parts.dateline.start, parts.dateline.end), OTHER).ok
    assert nb00.check_paragraph_count(2, OTHER).ok
    assert not nb00.check_paragraph_count(len(parts.paragraphs) + 1, OTHER).ok
    assert nb00.check_without_boilerplate(_without_boilerplate(OTHER, parts), OTHER).ok


def test_text_without_dateline_or_boilerplate() -> None:
    plain = "نص قصير بلا عنوان ولا تاريخ."
    assert "no dateline" in nb00.check_dateline((0, 2), plain).message
    assert "no boilerplate" in nb00.check_without_boilerplate(plain, plain).message
