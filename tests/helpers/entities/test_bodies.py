"""Tests for helpers.entities.bodies: a definite type word with its adjectives and ل-phrase (rule ``definite_nisba``).

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
        pytest.param("للحزب الاشتراكي مية", ("لحزب الاشتراكي", "ORG", "definite_nisba"), id="lam-article"),
        pytest.param("أكد الاتحاد التونسي لكرة اليد أن", ("الاتحاد التونسي لكرة اليد", "ORG", "definite_nisba"),
                     id="nisba-and-lam-phrase"),
        pytest.param("تتمة المحكمة الابتدائية بسوسة اليوم", ("المحكمة الابتدائية بسوسة", "ORG", "definite_nisba"),
                     id="court-with-its-seat"),
        pytest.param("ترأس الهيئة العليا لحقوق الإنسان سنوات", ("الهيئة العليا لحقوق الإنسان", "ORG", "definite_nisba"),
                     id="rank-adjective-and-lam-phrase"),
        pytest.param("قرار المجلس الأعلى للقضاء بإعفاء", ("المجلس الأعلى للقضاء", "ORG", "definite_nisba"),
                     id="lam-phrase-stops-before-a-new-phrase"),
        pytest.param("دعا المجلس الأعلى لتنظيم الإعلام لمراجعة البرامج",
                     ("المجلس الأعلى لتنظيم الإعلام", "ORG", "definite_nisba"), id="one-lam-phrase-only"),
        pytest.param("أعلن الديوان الوطني للسياحة أن", ("الديوان الوطني للسياحة", "ORG", "definite_nisba"), id="office"),
        pytest.param("أعلنت الشركة التونسية للكهرباء والغاز أن", ("الشركة التونسية للكهرباء والغاز", "ORG", "definite_nisba"),
                     id="coordinated-lam-phrase"),
        pytest.param("قطارات الشركة الوطنية للسكك الحديدية التونسية متوقفة",
                     ("الشركة الوطنية للسكك الحديدية التونسية", "ORG", "definite_nisba"), id="nisba-after-the-lam-phrase"),
        pytest.param("زار الوزير المدرسة الإعدادية النموذجية بقابس أمس",
                     ("المدرسة الإعدادية النموذجية بقابس", "ORG", "definite_nisba"), id="school-with-its-seat"),
        pytest.param("تلاميذ المعهد الثانوي بقفصة", ("المعهد الثانوي بقفصة", "ORG", "definite_nisba"),
                     id="secondary-school-with-its-seat"),
        pytest.param("تخرج من المدرسة الوطنية للمهندسين", ("المدرسة الوطنية للمهندسين", "ORG", "definite_nisba"),
                     id="school-with-a-lam-phrase"),
        pytest.param("عزف مع المعهد الرشيدي أمس", ("المعهد الرشيدي", "ORG", "definite_nisba"),
                     id="institute-named-by-a-nisba"),
        pytest.param("قررت النقابة الأساسية للتعليم الثانوي بالمنستير الإضراب",
                     ("النقابة الأساسية للتعليم الثانوي بالمنستير", "ORG", "definite_nisba"), id="union-of-a-series-with-its-seat"),
    ],
)
def test_definite_heads_with_a_nisba(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in headed(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("قررت الهيئة السياسية لحركة النهضة", id="body-of-a-named-organization"),
        pytest.param("الكتلة النيابية تجتمع", id="functional-adjective"),
        pytest.param("الهيئة المديرة للنادي", id="no-nisba"),
        pytest.param("الهيئة العليا تجتمع", id="rank-adjective-without-a-lam-phrase"),
        pytest.param("عاد التلاميذ إلى المدرسة الابتدائية أمس", id="a-kind-of-school"),
        pytest.param("تعاني المدرسة التونسية من مشاكل", id="a-country-s-schooling"),
        pytest.param("دخل أساتذة المعهد الثانوي أمس", id="a-kind-of-institute"),
    ],
)
def test_descriptions_are_no_bodies(text: str) -> None:
    assert [c for c in headed(text) if c[1] != "EVENT"] == []
