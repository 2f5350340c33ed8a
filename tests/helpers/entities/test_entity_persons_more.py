"""Tests for the person rules of the sixth round (helpers.entities.names, helpers.entities.clues).

A family name the analyser reads as و/ف + a verb, a name after عائلة or أسرة, a name placed
before its title after a verb of saying, a foreign name read as a verb after a title, and a given
name after a noun that describes a person (الطفل ياسين). The sentences are written for these
tests (invented, or naming public figures); each row says what is found, or that nothing is.
"""

from __future__ import annotations

import pytest

from helpers.entities import find_entities_ar
from helpers.entities.clues import verb_read_name_ar
from helpers.entities.words import entity_words_ar


def persons(text: str) -> list[tuple[str, str]]:
    """(text, rule) of the persons found with the embedded morphology."""
    return [(e.text, e.rule) for e in find_entities_ar(text) if e.label == "PERSON"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a family name read as ف + يرون: the same word after a preposition shows it is a name
        pytest.param("وتحدث المدرب مع فيرون قبل اللقاء، ثم صافح اللاعب خوان سيباستيان فيرون الجمهور.",
                     [("فيرون", "recurrence"), ("خوان سيباستيان فيرون", "title")], id="verb-read-family-after-preposition"),
        # ... or it ends the sentence right after the name
        pytest.param("وصل إلى الملعب مواطنه خوان سيباستيان فيرون.", [("خوان سيباستيان فيرون", "title")],
                     id="verb-read-family-at-sentence-end"),
        # a ف + verb after a plural noun is the verb: أما الخبراء فيرون أن
        pytest.param("أما الخبراء فيرون أن الأزمة طويلة.", [], id="clitic-verb-after-a-noun"),
        # after a given name, a ف + verb before أن goes on the sentence (أما X فيرى أن)
        pytest.param("أما الطاهر فيرى أن الحل قريب.", [("الطاهر", "given_name")], id="clitic-verb-after-a-given-name"),
        # a rare name after عائلة (without a pronoun)
        pytest.param("وطالبت عائلة كوبر بالتحقيق في الحادث.", [("كوبر", "kin")], id="family-noun-rare-name"),
        pytest.param("قالت أسرة زيدان إن ابنها بخير.", [("زيدان", "kin")], id="family-noun-usra"),
        pytest.param("تعيش عائلة فقيرة في الجبل.", [], id="family-noun-adjective"),
        pytest.param("وصلت عائلة تونسية إلى المطار.", [], id="family-noun-demonym"),
        pytest.param("وطالبت عائلة الفقيد بالتحقيق.", [], id="family-noun-definite-description"),
        pytest.param("وصلت عائلة من صفاقس إلى المستشفى.", [], id="family-noun-preposition"),
        # a name of two words placed before its title, after a verb of saying
        pytest.param("وأكدت نورة جوهر رئيسة الجمعية أن العمل متواصل.", [("نورة جوهر", "speaker")], id="name-before-title"),
        pytest.param("وأكد سليم حزام، مدير المهرجان، أن الدورة ناجحة.", [("سليم حزام", "speaker")],
                     id="name-before-title-with-comma"),
        pytest.param("وقال شاب عاطل مدير الحملة إن", [], id="description-before-title"),
        pytest.param("وأكد عامل بسيط رئيس النقابة أن", [], id="common-noun-before-title"),
        pytest.param("وأكد مسؤول كبير، وزير سابق، أن الوضع صعب.", [], id="adjective-before-title"),
        # a foreign name the analyser reads as a verb, after a title, with another name word after it
        pytest.param("نشرت الباحثة ليندي إلكينز تانتون دراسة جديدة.", [("ليندي إلكينز تانتون", "title")],
                     id="titled-name-read-as-verb"),
        pytest.param("وقال الوالي سيطرح إشكالا آخر.", [], id="titled-imperfect-verb"),
        pytest.param("قال المدير ليتمكن من العمل.", [], id="titled-verb-before-a-preposition"),
        # a given name alone after a noun that describes a person
        pytest.param("اختطف الطفل ياسين من أمام منزله.", [("ياسين", "kin")], id="described-given-name"),
        pytest.param("تعاني الطفلة أمل من مرض نادر.", [("أمل", "kin")], id="described-common-word-given-name"),
        pytest.param("عثر على الطفل في حالة جيدة.", [], id="described-noun-alone"),
        # a first name the analyser reads with a proclitic, after a title, before a given name
        pytest.param("غنت الفنانة التونسية لبنى نعمان في الحفل.", [("لبنى نعمان", "title")], id="misread-first-name"),
        pytest.param("الحاج زكرياء بأبي سمير", [("زكرياء", "title")], id="a-real-preposition-before-a-kunya"),
        # ل + a definite word after a verb of saying is no speaker
        pytest.param("وأكد للشاهد في هذا الصدد أن", [], id="preposition-and-definite-word"),
        # a family name before an accusative object, and before the next person of a list
        pytest.param("وألقى الشاعر جابر مطير قصيدا جديدا.", [("جابر مطير", "title")], id="family-before-accusative"),
        pytest.param("أسسها الشابان يوسف فرج وكريم رفلة قبل عام.", [("يوسف فرج", "given_name"), ("كريم رفلة", "given_name")],
                     id="family-before-coordinated-person"),
        pytest.param("التقى محمد علي وزيرا وأكد", [("محمد علي", "given_name")], id="no-accusative-in-a-name"),
    ],
)
def test_person_rules_of_the_sixth_round(text: str, expected: list[tuple[str, str]]) -> None:
    assert persons(text) == expected


@pytest.mark.parametrize(
    ("text", "index", "expected"),
    [
        pytest.param("بالقرب من فيرون قال خوان سيباستيان فيرون", 6, True, id="also-after-a-preposition"),
        pytest.param("جاء خوان سيباستيان فيرون.", 3, True, id="before-punctuation"),
        pytest.param("جاء خوان سيباستيان فيرون اليوم", 3, False, id="no-evidence"),
        pytest.param("قال محمد ويرى أن", 2, False, id="common-clitic-verb"),
        pytest.param("قال محمد فيقول.", 2, False, id="common-clitic-verb-at-the-end"),
    ],
)
def test_verb_read_name(text: str, index: int, expected: bool) -> None:
    words = entity_words_ar(text, morphology=None)
    assert verb_read_name_ar(words, index) is expected


def test_offsets_and_determinism() -> None:
    text = "وطالبت عائلة كوبر بالتحقيق، وأكدت نورة جوهر رئيسة الجمعية أن الطفل ياسين بخير."
    first = find_entities_ar(text)
    assert first == find_entities_ar(text)
    for e in first:
        assert text[e.start : e.end] == e.text
