"""Tests for helpers.entities.kin_names: persons named after a kinship noun or a demonym.

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
        pytest.param("وصلت رفقة زوجته ميلانيا والوفد", ("ميلانيا", "kin"), id="kinship-noun"),
        pytest.param("سجل الإيفواري ديدييه دروغبا هدفين", ("ديدييه دروغبا", "demonym"), id="demonym-before-a-name"),
    ],
)
def test_kin_and_demonym_names(text: str, expected: tuple[str, str]) -> None:
    assert expected in persons(text)
