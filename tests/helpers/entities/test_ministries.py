"""Tests for helpers.entities.ministries: a ministry named by its portfolios.

The texts are written for these tests (names of public figures, invented sentences) unless marked.
"""

from __future__ import annotations

import pytest

from helpers.entities.heads import find_headed_names_ar
from helpers.entities.words import entity_words_ar


def headed(text: str, *, morphology: bool | None = False) -> list[tuple[str, str, str]]:
    return [(text[c.start : c.end], c.label, c.rule) for c in find_headed_names_ar(entity_words_ar(text, morphology=morphology))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("أعلنت وزارة الثقافة اليوم", ("وزارة الثقافة", "ORG", "head"), id="ministry"),
        pytest.param("قرار وزارة الأوقاف والشؤون الإسلامية، مبررة", ("وزارة الأوقاف والشؤون الإسلامية", "ORG", "head"),
                     id="ministry-two-portfolios"),
    ],
)
def test_ministries(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in headed(text)
