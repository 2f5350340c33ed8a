"""Tests for helpers.entities.heads: organizations, places and events named after a type word.

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
        pytest.param("القيادي في حزب البناء الوطني فوزي", ("حزب البناء الوطني", "ORG", "head"), id="party"),
        pytest.param("رئيس جمعية حماية واحات جمنة الطاهر الطاهري", ("جمعية حماية واحات جمنة", "ORG", "head"),
                     id="association-stops-at-a-person"),
        pytest.param('نشرت مجلة "شبيغل" الألمانية', ("شبيغل", "ORG", "quoted"), id="quoted-name-head-outside"),
        pytest.param('تنظيم "الدولة الإسلامية" الجهادي', ("الدولة الإسلامية", "ORG", "quoted"), id="quoted-group"),
        pytest.param("مواجهة فريق بورت لويس الموريسي", ("فريق بورت لويس", "ORG", "head"), id="team-nisba-outside"),
        pytest.param("أصيل معتمدية الحنشة من", ("معتمدية الحنشة", "PLACE", "head"), id="delegation-head-inside"),
        pytest.param("عملة الضيعة بمنطقة جمنة من", ("جمنة", "PLACE", "head"), id="area-head-outside"),
        pytest.param("من مطار تونس قرطاج عبر", ("مطار تونس قرطاج", "PLACE", "head"), id="airport"),
        pytest.param("قبالة كنيسة الذكرى في برلين", ("كنيسة الذكرى", "PLACE", "head"), id="church"),
        pytest.param("إلى منطقة سرت (شمال ليبيا)", ("ليبيا", "PLACE", "head"), id="compass-word"),
        pytest.param("فاز مستقبل قابس على هلال الشابة", ("مستقبل قابس", "ORG", "head"), id="club-named-after-a-town"),
        pytest.param("باحث في معهد الدراسات والبحوث الاقتصادية منذ", ("معهد الدراسات والبحوث الاقتصادية", "ORG", "head"),
                     id="coordinated-noun-in-a-name"),
        pytest.param("عميد كلية الآداب و العلوم الإنسانية بسوسة", ("كلية الآداب و العلوم الإنسانية", "ORG", "head"),
                     id="coordination-written-apart"),
        pytest.param("نقل موقع (دويتشه فيله) أن", ("دويتشه فيله", "ORG", "quoted"), id="name-in-brackets"),
        pytest.param("مباراة في ملعب الشاذلي زويتن بتونس", ("ملعب الشاذلي زويتن", "PLACE", "head"),
                     id="place-after-a-facility-is-its-own"),
        pytest.param("بنود وثيقة قرطاج", ("وثيقة قرطاج", "EVENT", "head"), id="named-document-not-annotated"),
        pytest.param("فاز إتحاد بن قردان على", ("إتحاد بن قردان", "ORG", "head"), id="body-named-after-its-town"),
        pytest.param("زار الوزير مدرسة قفصة أمس", ("مدرسة قفصة", "ORG", "head"), id="school-named-after-its-town"),
    ],
)
def test_headed_names(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in headed(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("أستاذ في جامعة هارفارد الأمريكية", ("جامعة هارفارد", "ORG", "head"), id="nisba-after-a-proper-name-outside"),
        pytest.param("التابعة لشركة جيت بلو، التي", ("شركة جيت بلو", "ORG", "head"), id="foreign-last-word-before-punctuation"),
    ],
)
def test_headed_names_with_morphology(text: str, expected: tuple[str, str, str]) -> None:
    # the embedded morphology tells the unknown foreign words apart
    assert expected in headed(text, morphology=None)


def test_plural_head_marks_each_name() -> None:
    text = "الطريق الرابطة بين مدينتي قبلي ودوز حيث"
    assert [(t, label) for t, label, _ in headed(text)] == [("قبلي", "PLACE"), ("دوز", "PLACE")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("عقد مجلس وطني طارئ السبت", id="indefinite-description"),
        pytest.param("وسط دخان كثيف", id="compass-word-needs-a-place"),
        pytest.param("مستقبل تونس السياسي غامض", id="a-country-names-no-club"),
        pytest.param("عقد مجلس إدارته اجتماعا", id="possessed-head"),
        pytest.param("وركض باتجاه مركز المدينة وهاجم", id="centre-of-a-town-is-no-name"),
        pytest.param("اعتدى صاحب مدرسة سياقة على ممتحن", id="school-of-an-ordinary-noun-is-no-name"),
    ],
)
def test_not_headed_names(text: str) -> None:
    assert [c for c in headed(text) if c[1] != "EVENT"] == []
