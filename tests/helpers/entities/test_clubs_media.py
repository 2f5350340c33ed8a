"""Tests for helpers.entities.clubs_media: media quoted as a source (rule ``quoted_source``).

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
        pytest.param('وبحسب "الشروق"، فإن', ("الشروق", "ORG", "quoted_source"), id="quoted-source"),
        pytest.param('في تصريح لـ"الصباح" اليوم', ("الصباح", "ORG", "quoted_source"), id="quoted-source-after-a-statement"),
    ],
)
def test_quoted_sources(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in headed(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('قال إن "الحل" قريب', id="quoted-word-without-a-source-cue"),
    ],
)
def test_a_quoted_word_needs_a_source_cue(text: str) -> None:
    assert [c for c in headed(text) if c[1] != "EVENT"] == []


@pytest.mark.parametrize(
    ("text", "town", "label"),
    [
        pytest.param("النجم الساحلي - قابس 2-1", "قابس", "ORG", id="town-after-a-club-before-a-score"),
        pytest.param("حمام الأنف - النجم الساحلي : التشكيلة", "حمام الأنف", "ORG", id="town-opening-a-fixture-line"),
        pytest.param("الطريق بين تونس - صفاقس مغلقة", "صفاقس", "PLACE", id="road-between-towns-has-no-club"),
        pytest.param("لاعب النجم الساحلي - قابس مدينته", "قابس", "PLACE", id="town-not-alone-on-its-side"),
    ],
)
def test_town_set_against_a_club(entity_spans, text: str, town: str, label: str) -> None:
    assert (town, label) in entity_spans(text)
