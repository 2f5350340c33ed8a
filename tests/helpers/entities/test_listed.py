"""Tests for helpers.entities.listed (persons from the corpus list of names).

The sentences are written for these tests; the names are rows of data/gazetteers/person_names_ant.tsv.
"""

from __future__ import annotations

import pytest

from helpers.entities.listed import find_listed_persons_ar
from helpers.entities.words import entity_words_ar


def listed(text: str) -> list[tuple[str, str]]:
    return [(text[c.start : c.end], c.canonical) for c in find_listed_persons_ar(entity_words_ar(text, morphology=None))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("التقى خميس الجهيناوي الوفد", [("خميس الجهيناوي", "خميس الجهيناوي")], id="full-name"),
        pytest.param("وبخميس الجهيناوي", [("خميس الجهيناوي", "خميس الجهيناوي")], id="full-name-after-proclitics"),
        pytest.param("ووصف ترودو القرار بأنه تاريخي", [("ترودو", "جاستن ترودو")], id="rare-family-name-alone"),
        pytest.param("وانتقد الجهيناوي القرار", [("الجهيناوي", "خميس الجهيناوي")], id="definite-family-name-alone"),
        pytest.param("قال الشاهد إن الحكومة باقية", [], id="family-name-that-is-a-common-word"),
        pytest.param("في منطقة حمام بورقيبة", [], id="family-name-inside-another-name"),
        pytest.param("قال المدرب رونالدو كومان إن", [], id="family-name-before-another-name-word"),
        pytest.param("وأكد محمد الجهيناوي أن", [("محمد الجهيناوي", "محمد الجهيناوي")], id="another-given-name-of-the-family"),
        pytest.param("قال حسن نصر الله إن", [("حسن نصر الله", "حسن نصر الله")], id="compound-family-name-whole-only"),
        pytest.param("بسم الله", [], id="second-word-of-a-compound-not-alone"),
        pytest.param("مقاطعته إمام جمعة في أحد المساجد", [], id="family-name-that-is-a-weekday"),
        pytest.param("أعوان الحرس بسيدي الهاني", [], id="family-name-that-is-a-town-after-sidi"),
        pytest.param("المستشفى المحلي بالدهماني", [], id="family-name-with-a-preposition-is-a-town"),
        pytest.param("ثمن القطعة 18 ترودو", [], id="family-name-after-a-number-is-what-is-counted"),
    ],
)
def test_listed_persons(text: str, expected: list[tuple[str, str]]) -> None:
    assert listed(text) == expected
