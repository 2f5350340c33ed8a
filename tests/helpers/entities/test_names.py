"""Tests for helpers.entities.names: words that no trigger reads as a person (all rules at once).

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
    "text",
    [
        pytest.param("وقال الرئيس إن الحوار مستمر", id="title-alone"),
        pytest.param("ما كان ليتحقق بفضل صموده", id="not-a-compound"),
        pytest.param("حجز كمية من السلع", id="proclitic-reading-implausible"),
        pytest.param("تحدث باسم المتطرف المنتمي", id="ambiguous-given-name"),
        pytest.param("قال محمد", id="common-given-name-alone"),
        pytest.param("رئيس قوافل قفصة", id="listed-place-is-no-family-name"),
        pytest.param("الرئيس الجديد للكنفدرالية الإفريقية", id="definite-word-with-a-preposition"),
        pytest.param("وأضاف المصدر الأمني أن", id="speaker-not-named"),
        pytest.param("وقال مصدر في الوزارة إن", id="speaker-a-common-noun"),
        pytest.param("وأعلن النادي في بلاغ أنه", id="speaker-a-definite-noun"),
        pytest.param("وصادق البرلمان على القانون", id="verb-that-is-a-given-name-before-a-definite-noun"),
        pytest.param("وقال الوزير أمين العام للحزب إن", id="common-word-given-name-alone-after-a-title"),
        pytest.param("وواجه اللاعب ومواطنه الحارس", id="title-with-a-conjunction-is-no-name"),
        pytest.param("التقى الوزير بنظيره في روما", id="title-with-a-preposition-is-no-name"),
        pytest.param("وتحتفل المدينة بالعيد العاشر", id="bal-after-a-verb-is-a-preposition"),
        pytest.param("وأشاد محمد بالرئيس", id="bal-and-a-title-is-no-family-name"),
        pytest.param('أفاد موفد "الجوهرة أف أم" أن', id="speaker-before-a-quotation-mark"),
        pytest.param("الساعة 18:00 النجم الرادسي – الشبيبة القيروانية", id="star-title-before-a-club-nisba"),
    ],
)
def test_not_persons(text: str) -> None:
    assert persons(text) == set()


@pytest.mark.parametrize(
    ("text", "person", "expected"),
    [
        pytest.param("تشكيلة الفريق : فوزي الطاهري - كمال عباس - عادل بن علي - ماركو روزيتي .", "كمال عباس", True,
                     id="line-up-item-of-two-common-words"),
        pytest.param("تشكيلة الفريق : فوزي الطاهري - كمال عباس - عادل بن علي - ماركو روزيتي .", "ماركو روزيتي", True,
                     id="line-up-foreign-name"),
        pytest.param("التشكيلة : حمزة العياري - سامي الفرجاني - يوسف الحامدي - نادر القلعي .", "نادر القلعي", True,
                     id="line-up-definite-family-name"),
        pytest.param("فوزي الطاهري - كمال عباس .", "كمال عباس", False, id="two-items-are-no-list"),
        pytest.param("البرنامج : فوزي الطاهري - عادل بن علي - جلسة عامة - نقاش مفتوح - حفل ختامي .", "نقاش مفتوح",
                     False, id="list-mostly-not-persons"),
        pytest.param("الوفد : فوزي الطاهري - عادل بن علي - وزارة الصحة - كمال عباس .", "وزارة الصحة", False,
                     id="type-word-item-is-no-person"),
        pytest.param("الوفد : فوزي الطاهري - عادل بن علي - مدينة سوسة - كمال عباس .", "مدينة سوسة", False,
                     id="place-item-is-no-person"),
    ],
)
def test_dash_list_persons(entity_spans, text: str, person: str, expected: bool) -> None:
    assert ((person, "PERSON") in entity_spans(text)) is expected
