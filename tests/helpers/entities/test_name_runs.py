"""Tests for helpers.entities.name_runs: where a person's name stops (through :func:`find_persons_ar`).

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
        pytest.param("وكان الأمير سلمان يشغل منصب", {("سلمان", "title")}, id="imperfect-verb-is-no-family-name"),
        pytest.param("وكان الأمير نايف على رأس", {("نايف", "title")}, id="preposition-is-no-given-name"),
        pytest.param("في الدقيقة الأخيرة من عمر اللقاء.", set(), id="given-name-that-is-a-common-word"),
        pytest.param('بث برنامج "هيلاري في البيت" أمس', set(), id="first-word-of-a-quoted-title"),
        pytest.param("ألقى الرئيس جاكوب زوما، رئيس البلاد، خطابا", {("جاكوب زوما", "title")},
                     id="family-name-read-as-a-verb-before-a-comma"),
        pytest.param("وتحدث مع نائب الرئيس مايك بنس.", {("مايك بنس", "title")}, id="family-name-read-as-a-verb-at-the-end"),
        pytest.param("وقال المدرب ماركو يحلم بالفوز.", {("ماركو", "title")}, id="imperfect-verb-before-punctuation-is-no-name"),
        pytest.param("وأكد مدير المعهد، منجي بالسويسي أنه", {("منجي بالسويسي", "title"), ("منجي بالسويسي", "given_name")},
                     id="family-name-in-bal-never-seen-whole"),
        pytest.param("وأكد كارلوس بالاريس أن", {("كارلوس بالاريس", "speaker")}, id="foreign-family-name-in-bal"),
        pytest.param("وأشاد جاكوب بالقرار", set(), id="bal-and-a-common-noun-is-no-family-name"),
        pytest.param("وقال الرئيس جاكوب يزور الجزائر.", {("جاكوب", "title")}, id="verb-with-its-object-is-no-family-name"),
    ],
)
def test_where_a_name_stops(text: str, expected: set[tuple[str, str]]) -> None:
    assert persons(text) == expected
