"""Notebook 00's exercise checks: right answers pass, typical wrong ones get their hint, ``...`` waits.

Answers are built from the texts with the helpers, as a student would build them. The texts the
exercises ask about (the wire report, the news report with page furniture) must be texts the
notebook has not shown: ``test_exercise_texts_are_not_shown`` reads the notebook to make sure.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import nbformat
import pytest
from staged_hints import STAGED, hint_matches

from helpers.exercises import nb00
from helpers.exercises.texts import case_study_text, comparison_text, news_text
from helpers.text.spans import Span
from helpers.text.structure import split_article_ar

ROOT = Path(__file__).resolve().parents[3]
TEXT = case_study_text()
PARTS = split_article_ar(TEXT)
WIRE = comparison_text("wire_report")
WIRE_DATELINE = split_article_ar(WIRE).dateline
# The agency, found independently of the check: the text between the brackets of the dateline.
_OPEN = WIRE.index("(", WIRE_DATELINE.start) + 1
AGENCY = (_OPEN, WIRE.index(")", _OPEN))


# --- exercise 1: a span's last character (concept check) -----------------------------------------


def test_the_key_holds_on_every_part_of_the_case_study() -> None:
    # Option B really gives the last character of every span, and option A the one after it.
    for span in PARTS.spans():
        assert TEXT[span.end - 1] == span.text[-1]
        assert span.end == len(TEXT) or TEXT[span.end] != span.text[-1] or TEXT[span.end - 1 : span.end + 1] == span.text[-1] * 2
    assert nb00.LAST_CHARACTER.answer == "B"


@pytest.mark.parametrize("answer", ["B", "b", "(B)", "text[end - 1]"])
def test_last_character_right(answer: str) -> None:
    assert nb00.check_last_character(answer).ok


LAST_WRONG: list[tuple[str, Any, str]] = [
    ("end itself", "A", "the character just after the finding"),
    ("a sum of offsets", "C", "not a position and a length"),
    ("the length as a position", "D", "is the finding's length"),
    ("an index, not a letter", 1, "not a number"),
    ("two letters", "B or A", "Choose one option"),
]


@pytest.mark.parametrize(("answer", "says"), [(a, s) for _, a, s in LAST_WRONG], ids=[n for n, _, _ in LAST_WRONG])
def test_last_character_wrong(answer: Any, says: str) -> None:
    feedback = nb00.check_last_character(answer)
    assert not feedback.ok and says in feedback.message, feedback
    assert hint_matches(feedback, STAGED), feedback


# --- exercise 2: the agency in the wire report's dateline (value, exact span) --------------------

AGENCY_RIGHT: list[tuple[str, Any]] = [
    ("tuple", AGENCY),
    ("list", list(AGENCY)),
    ("a Span", Span(*AGENCY, WIRE[slice(*AGENCY)], "agency")),
    ("found with str.find", (WIRE.find("وكالة تعليمية"), WIRE.find("وكالة تعليمية") + len("وكالة تعليمية"))),
]

_S, _E = AGENCY
_D = WIRE_DATELINE.start
AGENCY_WRONG: list[tuple[str, Any, str, str]] = [
    # (name, answer, what the message says, the hint)
    ("offsets inside the dateline", (_S - _D, _E - _D), "positions inside the dateline string", "the dateline itself starts at"),
    ("with the brackets", (_S - 1, _E + 1), "takes in the brackets", "after the opening bracket"),
    ("end one too early", (_S, _E - 1), "ends one character too early", "end is exclusive"),
    ("end one too late", (_S, _E + 1), "ends one character too late", "end is exclusive"),
    ("start one too late", (_S + 1, _E), "starts one character too late", "first character itself"),
    ("the whole dateline", (WIRE_DATELINE.start, WIRE_DATELINE.end), "whole dateline", STAGED),
    ("the case study's dateline", (PARTS.dateline.start, PARTS.dateline.end), "case study's dateline", "Load the wire report"),
    ("the name as a string", "وكالة تعليمية", "That is the name itself", "Give (start, end)"),
    ("swapped", (_E, _S), "comes after your end", "start <= end"),
    ("outside the report", (0, len(WIRE) + 3), "outside the report", STAGED),
    ("the name and more", (_S, _E + 10), "contains the name but more besides", STAGED),
    ("somewhere else", (3, 9), "which is not the agency's name", STAGED),
    ("floats", (float(_S), float(_E)), "pair of whole numbers", STAGED),
    ("one number", _S, "pair of whole numbers", STAGED),
]


@pytest.mark.parametrize("answer", [a for _, a in AGENCY_RIGHT], ids=[n for n, _ in AGENCY_RIGHT])
def test_agency_right(answer: Any) -> None:
    feedback = nb00.check_agency_span(answer)
    assert feedback.ok and "وكالة تعليمية" in feedback.message, feedback


@pytest.mark.parametrize(("answer", "says", "hint"), [(a, s, h) for _, a, s, h in AGENCY_WRONG], ids=[n for n, *_ in AGENCY_WRONG])
def test_agency_wrong(answer: Any, says: str, hint: str) -> None:
    feedback = nb00.check_agency_span(answer)
    assert not feedback.ok and says in feedback.message, feedback
    assert hint_matches(feedback, hint), feedback


def test_agency_on_another_text() -> None:
    text = "افتتاح المعرض\n\nالموصل (وكالة الأنباء العراقية) -\n\nافتتح المعرض أبوابه اليوم."
    start = text.index("وكالة")
    assert nb00.check_agency_span((start, text.index(")")), text).ok
    assert "no dateline" in nb00.check_agency_span((0, 1), "نص قصير بلا عنوان ولا تاريخ.").message


# --- exercise 3: a function that cuts out the boilerplate (method) -------------------------------


def by_slicing(text: str) -> str:
    kept, position = [], 0
    for span in split_article_ar(text).boilerplate:
        kept.append(text[position : span.start])
        position = span.end
    return "".join(kept) + text[position:]


def from_the_end(text: str) -> str:
    for span in reversed(split_article_ar(text).boilerplate):
        text = text[: span.start] + text[span.end :]
    return text


def with_replace(text: str) -> str:
    for span in split_article_ar(text).boilerplate:
        text = text.replace(span.text, "")
    return text


def stripped(text: str) -> str:
    return by_slicing(text).strip()


def first_span_only(text: str) -> str:
    b = split_article_ar(text).boilerplate[0]
    return text[: b.start] + text[b.end :]


def first_span_if_any(text: str) -> str:
    spans = split_article_ar(text).boilerplate
    if not spans:
        return text
    return text[: spans[0].start] + text[spans[0].end :]


def up_to_the_last_span(text: str) -> str:
    spans = split_article_ar(text).boilerplate
    return text[: spans[-1].start] if spans else text


def the_notebooks_text(text: str) -> str:
    return by_slicing(TEXT)


def no_return(text: str) -> None:
    by_slicing(text)


def nothing_cut(text: str) -> str:
    return text


def squeezed(text: str) -> str:
    return " ".join(by_slicing(text).split())


def paragraphs_only(text: str) -> str:
    return "\n\n".join(p.text for p in split_article_ar(text).paragraphs)


def the_boilerplate(text: str) -> str:
    return "".join(s.text for s in split_article_ar(text).boilerplate)


def stub(text):
    ...  # replace ... with your code


CUT_RIGHT = [by_slicing, from_the_end, with_replace, stripped]

CUT_WRONG: list[tuple[Callable[[str], Any] | Any, str, str]] = [
    # (function, what the message says, the hint)
    (first_span_only, "but on the wire report of data/comparison/ (no boilerplate) your function raised IndexError", "handle a text where the list it reads is empty"),
    (first_span_if_any, "2 of its 3 boilerplate spans are still there", "several"),
    (up_to_the_last_span, "2 of its 3 boilerplate spans are still there", "at its start"),
    (the_notebooks_text, "the same as for the case study", "its parameter"),
    (no_return, "your function returned None", "return"),
    (nothing_cut, "Nothing was cut", STAGED),
    (squeezed, "They first differ at character", "no replace(), no normalization"),
    (paragraphs_only, "They first differ at character", "no replace(), no normalization"),
    (the_boilerplate, "It kept the boilerplate and dropped the article", "outside the boilerplate spans"),
    (stub, "No answer yet", STAGED),
    ("a string", "needs your function itself", "without brackets"),
]


@pytest.mark.parametrize("function", CUT_RIGHT, ids=lambda f: f.__name__)
def test_without_boilerplate_right(function: Callable[[str], str]) -> None:
    feedback = nb00.check_without_boilerplate(function)
    assert feedback.ok and "on all 3 texts" in feedback.message, feedback


@pytest.mark.parametrize(("function", "says", "hint"), CUT_WRONG, ids=lambda v: getattr(v, "__name__", None) if callable(v) else None)
def test_without_boilerplate_wrong(function: Any, says: str, hint: str) -> None:
    feedback = nb00.check_without_boilerplate(function)
    assert not feedback.ok and says in feedback.message, feedback
    assert hint_matches(feedback, hint), feedback


def test_boilerplate_trials() -> None:
    trials = nb00.boilerplate_trials()
    assert [t.seen for t in trials] == [True, False, False]
    assert [len(split_article_ar(t.text).boilerplate) for t in trials] == [1, 0, 3]
    # The page furniture surrounds the real news report, which is kept whole.
    assert news_text("dev_03").rstrip("\n") in trials[2].text
    page = split_article_ar(trials[2].text)
    assert page.boilerplate[0].start == 0 and page.boilerplate[-1].end == len(trials[2].text.rstrip("\n"))


# --- the exercises ask about texts the notebook has not shown ------------------------------------


def test_exercise_texts_are_not_shown() -> None:
    nb = nbformat.read(ROOT / "notebooks" / "00_tour.ipynb", as_version=4)
    shown = "\n".join(
        c.source + json.dumps(c.get("outputs", []), ensure_ascii=False)
        for c in nb.cells if "solution" not in c.metadata.get("tags", [])
    )
    assert WIRE_DATELINE.text not in shown and WIRE[slice(*AGENCY)] not in shown
    assert not re.search(rf"\b{AGENCY[0]}\b", shown), "the agency's start offset is on screen"
    assert news_text("dev_03").splitlines()[0] not in shown
