"""Feedback shows as an HTML box in JupyterLab and as plain text that needs no emoji font."""

from __future__ import annotations

import re

import pytest

from helpers.exercises.feedback import correct, not_yet

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
