"""Feedback: an HTML box in JupyterLab and plain text that needs no emoji font; numbers written as
a person would; rounded answers accepted; hints shown by stage."""

from __future__ import annotations

import re

import pytest

from helpers.exercises.feedback import Feedback, correct, format_number, matches_rounded, not_yet, unanswered

CASES = [
    ("correct", correct("Yes: الى is not standard."), "✓ Correct.", "#228833", False),
    ("not yet with hint", not_yet("You wrote <b>أن</b>.", hint="Look at الهمزة."), "✗ Not yet.", "#CC8800", True),
    ("not yet without hint", not_yet("Too many الى."), "✗ Not yet.", "#CC8800", False),
]


@pytest.mark.parametrize(("name", "feedback", "head", "colour", "hint"), CASES, ids=[c[0] for c in CASES])
def test_html_and_text_views(name: str, feedback, head: str, colour: str, hint: bool) -> None:
    text = str(feedback)
    assert text.startswith(head) and ("\n   Hint: " in text) is hint
    # Plain text: no character outside the Basic Multilingual Plane (where emoji live), no emoji
    # presentation (U+2705, U+274C).
    assert all(ord(ch) < 0x10000 for ch in text) and not re.search("[\u2705\u274c\ufe0f]", text)
    html = feedback._repr_html_()
    assert html.startswith('<div class="adl-feedback" dir="ltr"') and colour in html
    assert ("<em>Hint:</em>" in html) is hint
    assert "<b>" not in html
    assert re.findall(r'<bdi dir="rtl" lang="ar"[^>]*>([^<]*)</bdi>', html)


def test_staged_hint_in_html() -> None:
    html = Feedback(False, "Wrong.", hints=("The idea.", "Where to look."), hint_level=1)._repr_html_()
    assert "<em>Hint 2 of 2:</em> Where to look." in html


FORMATS = [
    # (value, digits, written)
    pytest.param(15.801354401805868, 3, "15.8", id="float-noise"),
    pytest.param(15.801354401805868, 4, "15.80", id="float-noise-4-digits"),
    pytest.param(13.544018058690744, 3, "13.5", id="rate"),
    pytest.param(0.17607223476297967, 3, "0.176", id="share"),
    pytest.param(0.6209, 3, "0.621", id="dp"),
    pytest.param(34.988, 3, "35.0", id="rounds-up-keeps-a-decimal"),
    pytest.param(136.2, 3, "136", id="hundreds"),
    pytest.param(2500.0, 3, "2500", id="thousands-float"),
    pytest.param(0.000612, 3, "0.000612", id="small"),
    pytest.param(0.5, 3, "0.5", id="no-invented-zeros"),
    pytest.param(1.0, 3, "1.0", id="one"),
    pytest.param(0.0, 3, "0.0", id="zero"),
    pytest.param(-2.25, 3, "-2.25", id="negative"),
    pytest.param(443, 3, "443", id="int"),
    pytest.param(10_158, 3, "10,158", id="int-thousands"),
    pytest.param(True, 3, "True", id="bool-is-not-a-number"),
    pytest.param("البلاد", 3, "البلاد", id="string"),
    pytest.param(float("inf"), 3, "inf", id="infinite"),
]


@pytest.mark.parametrize(("value", "digits", "written"), FORMATS)
def test_format_number(value: object, digits: int, written: str) -> None:
    assert format_number(value, digits=digits) == written


ROUNDED = [
    # (answer, expected, tolerance, accepted)
    pytest.param(13.544, 13.544018, 0.006, True, id="exact"),
    pytest.param(13.54, 13.544018, 0.006, True, id="two-decimals"),
    pytest.param(13.5, 13.544018, 0.006, True, id="three-significant-figures"),
    pytest.param(14.0, 13.544018, 0.006, False, id="two-significant-figures"),
    pytest.param(13.6, 13.544018, 0.006, False, id="wrong-last-digit"),
    pytest.param(0.176, 0.176072, 0.001, True, id="share"),
    pytest.param(0.18, 0.176072, 0.001, False, id="share-too-rough"),
    pytest.param(0.621, 0.6209, 0.005, True, id="within-tolerance"),
    pytest.param(0.62, 0.6209, 0.005, True, id="within-tolerance-two-digits"),
    pytest.param(0.7, 0.6209, 0.005, False, id="off"),
]


@pytest.mark.parametrize(("answer", "expected", "tolerance", "accepted"), ROUNDED)
def test_matches_rounded(answer: float, expected: float, tolerance: float, accepted: bool) -> None:
    assert matches_rounded(answer, expected, tolerance=tolerance) is accepted


HINTS = ("The idea.", "Where to look.")
SHOWN = [
    # (feedback, hint shown, first line of the hint in str())
    pytest.param(not_yet("Wrong."), "", None, id="no-hint"),
    pytest.param(not_yet("Wrong.", hint="Your own mistake."), "Your own mistake.", "   Hint: Your own mistake.", id="mistake-hint"),
    pytest.param(Feedback(False, "Wrong.", hints=HINTS), "The idea.", "   Hint 1 of 2: The idea.", id="staged-first"),
    pytest.param(Feedback(False, "Wrong.", hints=HINTS, hint_level=1), "Where to look.", "   Hint 2 of 2: Where to look.", id="staged-second"),
    pytest.param(Feedback(False, "Wrong.", hints=HINTS, hint_level=5), "Where to look.", "   Hint 2 of 2: Where to look.", id="staged-beyond-the-last"),
    pytest.param(Feedback(False, "Wrong.", "Mistake.", hints=HINTS, hint_level=1), "Mistake.", "   Hint: Mistake.", id="mistake-wins"),
    pytest.param(Feedback(False, "Wrong.", hints=("Only one.",)), "Only one.", "   Hint: Only one.", id="one-staged-hint"),
    pytest.param(Feedback(True, "Right.", hints=HINTS), "", None, id="right-has-no-hint"),
]


@pytest.mark.parametrize(("feedback", "hint", "line"), SHOWN)
def test_hint_shown(feedback: Feedback, hint: str, line: str | None) -> None:
    assert feedback.hint == hint
    lines = str(feedback).split("\n")
    assert lines[1:] == ([line] if line else [])


def test_truth_and_placeholders() -> None:
    assert correct("Yes.") and not not_yet("No.")
    assert unanswered(...) is not None and unanswered(None) is not None
    assert unanswered(0) is None and unanswered("") is None
