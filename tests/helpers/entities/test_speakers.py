"""Tests for helpers.entities.speakers: persons named after a verb of saying (rule ``speaker``).

The texts are written for these tests (names of public figures, invented sentences) unless marked.
"""

from __future__ import annotations

import pytest

from helpers.entities.names import find_persons_ar
from helpers.entities.words import entity_words_ar


def persons(text: str) -> set[tuple[str, str]]:
    # with the embedded morphology: a word it does not know (بايدن) is a strong name word
    return {(text[c.start : c.end], c.rule) for c in find_persons_ar(entity_words_ar(text, morphology=None))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("وأعلن بوعلي المباركي أن", ("بوعلي المباركي", "speaker"), id="after-a-verb-of-saying"),
        pytest.param("وقال أردوغان إن بلاده لن تتراجع", ("أردوغان", "speaker"), id="speaker-one-proper-noun-before-inna"),
        pytest.param("وحذر ستولتنبرغ من التصعيد", ("ستولتنبرغ", "speaker"), id="speaker-one-rare-word-before-a-preposition"),
        pytest.param("وقال كازنوف، في تصريح صحفي", ("كازنوف", "speaker"), id="speaker-one-rare-word-before-a-comma"),
    ],
)
def test_speakers(text: str, expected: tuple[str, str]) -> None:
    assert expected in persons(text)
