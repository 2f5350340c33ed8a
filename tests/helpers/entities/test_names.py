"""Tests for helpers.entities.names (persons) and helpers.entities.heads (names after a type word).

The texts are written for these tests (names of public figures, invented sentences) unless marked.
"""

from __future__ import annotations

import pytest

from helpers.entities.heads import find_headed_names_ar
from helpers.entities.names import find_persons_ar
from helpers.entities.words import entity_words_ar


def persons(text: str) -> set[tuple[str, str]]:
    # with the embedded morphology: a word it does not know (بايدن) is a strong name word
    return {(text[c.start : c.end], c.rule) for c in find_persons_ar(entity_words_ar(text, morphology=None))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("قال الرئيس السوري بشار الأسد إن", ("بشار الأسد", "title"), id="title-demonym-name"),
        pytest.param("حذر وزير الدفاع الفرنسي جان-ايف لو دريان من", ("جان-ايف لو دريان", "title"), id="portfolio-hyphen-particle"),
        pytest.param("أدار رئيس مجلس الوزراء، مصطفى الكاظمي، الجولة", ("مصطفى الكاظمي", "title"), id="comma-after-title"),
        pytest.param("استقبل الرئيس بايدن الوفد", ("بايدن", "title"), id="one-unknown-word"),
        pytest.param("وأضاف فوزي عبد الرحمان أن", ("فوزي عبد الرحمان", "given_name"), id="given-and-compound"),
        pytest.param("بإدارة الحكم الجيبوتي سليمان أحمد جمال.", ("سليمان أحمد جمال", "title"), id="three-given-names"),
        pytest.param("التقى الباجي قائد السبسي", ("الباجي قائد السبسي", "given_name"), id="common-word-before-family"),
        pytest.param("ويدعى أبو براء العراقي", ("أبو براء العراقي", "kunya"), id="kunya-keeps-nisba"),
        pytest.param("أن شقيقه (حكيم) من بين", ("حكيم", "bracketed"), id="bracketed-given-name"),
        pytest.param("وزوجته هيلاري التي", ("هيلاري", "given_name"), id="rare-given-name-alone"),
        pytest.param("وحضر علي عبدالله صالح", ("علي عبدالله صالح", "given_name"), id="joined-abd"),
        pytest.param("أبعد كريم بن زيمة عن", ("كريم بن زيمة", "given_name"), id="ambiguous-given-name-and-nasab"),
        pytest.param("التشكيلة: سليمان صقر - عصام", ("سليمان صقر", "given_name"), id="last-name-before-punctuation"),
        pytest.param("التقى الأمير فيصل بن عبد العزيز الوفد", ("فيصل بن عبد العزيز", "title"), id="nasab-with-compound"),
        pytest.param("قال الرئيس الباجي قايد السبسي إن", ("الباجي قايد السبسي", "title"), id="two-unknown-words-after-a-given-name"),
        pytest.param("وحضر جون بيار رافاران الحفل", ("جون بيار رافاران", "given_name"), id="three-foreign-units"),
        pytest.param("وصلت رفقة زوجته ميلانيا والوفد", ("ميلانيا", "kin"), id="kinship-noun"),
        pytest.param("سجل الإيفواري ديدييه دروغبا هدفين", ("ديدييه دروغبا", "demonym"), id="demonym-before-a-name"),
        pytest.param("وقال حمزة لعبيدي إن", ("حمزة لعبيدي", "given_name"), id="rare-family-name-with-a-lam-reading"),
        pytest.param("وأعلن بوعلي المباركي أن", ("بوعلي المباركي", "speaker"), id="after-a-verb-of-saying"),
        pytest.param("وقال أردوغان إن بلاده لن تتراجع", ("أردوغان", "speaker"), id="speaker-one-proper-noun-before-inna"),
        pytest.param("وحذر ستولتنبرغ من التصعيد", ("ستولتنبرغ", "speaker"), id="speaker-one-rare-word-before-a-preposition"),
        pytest.param("وقال كازنوف، في تصريح صحفي", ("كازنوف", "speaker"), id="speaker-one-rare-word-before-a-comma"),
        pytest.param("وسجل النجم البرتغالي كريستيانو رونالدو هدفين", ("كريستيانو رونالدو", "title"), id="star-title"),
        pytest.param("وقال مخرج المسلسل سامي الفهري إن", ("سامي الفهري", "title"), id="bare-construct-director"),
        pytest.param("وواجه اللاعب ومواطنه ليونيل ميسي الحارس", ("ليونيل ميسي", "title"), id="compatriot-with-conjunction"),
        pytest.param("التقى الوزير بنظيره الإيطالي أنجلينو ألفانو في", ("أنجلينو ألفانو", "title"), id="counterpart-demonym"),
        pytest.param("وقال أستاذ القانون الدستوري أمين محفوظ إن", ("أمين محفوظ", "title"),
                     id="genitive-adjective-then-common-word-given-name"),
        pytest.param("رسالة إلى محمد أمين محفوظ، قال فيها", ("محمد أمين محفوظ", "given_name"),
                     id="two-given-names-and-a-last-word-before-a-comma"),
        pytest.param("منوبة : صادق المنصوري : 98674959", ("صادق المنصوري", "given_name"),
                     id="common-word-given-name-and-nisba-family-name"),
        pytest.param("وأكد سمير بالطيب أن الوزارة جاهزة", ("سمير بالطيب", "given_name"), id="bel-family-name"),
        pytest.param("ورحب منذر بالحاج علي بالقرار", ("منذر بالحاج علي", "given_name"), id="bel-family-name-and-a-given-name"),
        pytest.param("وقال رضا بالحاج إن", ("رضا بالحاج", "given_name"), id="common-word-given-name-and-bel-family-name"),
    ],
)
def test_persons(text: str, expected: tuple[str, str]) -> None:
    assert expected in persons(text)


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
    ("text", "expected"),
    [
        pytest.param("وكان الأمير سلمان يشغل منصب", {("سلمان", "title")}, id="imperfect-verb-is-no-family-name"),
        pytest.param("وكان الأمير نايف على رأس", {("نايف", "title")}, id="preposition-is-no-given-name"),
        pytest.param("في الدقيقة الأخيرة من عمر اللقاء.", set(), id="given-name-that-is-a-common-word"),
        pytest.param('بث برنامج "هيلاري في البيت" أمس', set(), id="first-word-of-a-quoted-title"),
    ],
)
def test_where_a_name_stops(text: str, expected: set[tuple[str, str]]) -> None:
    assert persons(text) == expected


def headed(text: str, *, morphology: bool | None = False) -> list[tuple[str, str, str]]:
    return [(text[c.start : c.end], c.label, c.rule) for c in find_headed_names_ar(entity_words_ar(text, morphology=morphology))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("أعلنت وزارة الثقافة اليوم", ("وزارة الثقافة", "ORG", "head"), id="ministry"),
        pytest.param("قرار وزارة الأوقاف والشؤون الإسلامية، مبررة", ("وزارة الأوقاف والشؤون الإسلامية", "ORG", "head"),
                     id="ministry-two-portfolios"),
        pytest.param("القيادي في حزب البناء الوطني فوزي", ("حزب البناء الوطني", "ORG", "head"), id="party"),
        pytest.param("رئيس جمعية حماية واحات جمنة الطاهر الطاهري", ("جمعية حماية واحات جمنة", "ORG", "head"),
                     id="association-stops-at-a-person"),
        pytest.param('نشرت مجلة "شبيغل" الألمانية', ("شبيغل", "ORG", "quoted"), id="quoted-name-head-outside"),
        pytest.param('تنظيم "الدولة الإسلامية" الجهادي', ("الدولة الإسلامية", "ORG", "quoted"), id="quoted-group"),
        pytest.param("للحزب الاشتراكي مية", ("لحزب الاشتراكي", "ORG", "definite_nisba"), id="lam-article"),
        pytest.param("أكد الاتحاد التونسي لكرة اليد أن", ("الاتحاد التونسي لكرة اليد", "ORG", "definite_nisba"),
                     id="nisba-and-lam-phrase"),
        pytest.param("مواجهة فريق بورت لويس الموريسي", ("فريق بورت لويس", "ORG", "head"), id="team-nisba-outside"),
        pytest.param("أصيل معتمدية الحنشة من", ("معتمدية الحنشة", "PLACE", "head"), id="delegation-head-inside"),
        pytest.param("عملة الضيعة بمنطقة جمنة من", ("جمنة", "PLACE", "head"), id="area-head-outside"),
        pytest.param("من مطار تونس قرطاج عبر", ("مطار تونس قرطاج", "PLACE", "head"), id="airport"),
        pytest.param("قبالة كنيسة الذكرى في برلين", ("كنيسة الذكرى", "PLACE", "head"), id="church"),
        pytest.param("إلى منطقة سرت (شمال ليبيا)", ("ليبيا", "PLACE", "head"), id="compass-word"),
        pytest.param("تتمة المحكمة الابتدائية بسوسة اليوم", ("المحكمة الابتدائية بسوسة", "ORG", "definite_nisba"),
                     id="court-with-its-seat"),
        pytest.param("فاز مستقبل قابس على هلال الشابة", ("مستقبل قابس", "ORG", "head"), id="club-named-after-a-town"),
        pytest.param('وبحسب "الشروق"، فإن', ("الشروق", "ORG", "quoted_source"), id="quoted-source"),
        pytest.param('في تصريح لـ"الصباح" اليوم', ("الصباح", "ORG", "quoted_source"), id="quoted-source-after-a-statement"),
        pytest.param("ترأس الهيئة العليا لحقوق الإنسان سنوات", ("الهيئة العليا لحقوق الإنسان", "ORG", "definite_nisba"),
                     id="rank-adjective-and-lam-phrase"),
        pytest.param("قرار المجلس الأعلى للقضاء بإعفاء", ("المجلس الأعلى للقضاء", "ORG", "definite_nisba"),
                     id="lam-phrase-stops-before-a-new-phrase"),
        pytest.param("دعا المجلس الأعلى لتنظيم الإعلام لمراجعة البرامج",
                     ("المجلس الأعلى لتنظيم الإعلام", "ORG", "definite_nisba"), id="one-lam-phrase-only"),
        pytest.param("أعلن الديوان الوطني للسياحة أن", ("الديوان الوطني للسياحة", "ORG", "definite_nisba"), id="office"),
        pytest.param("باحث في معهد الدراسات والبحوث الاقتصادية منذ", ("معهد الدراسات والبحوث الاقتصادية", "ORG", "head"),
                     id="coordinated-noun-in-a-name"),
        pytest.param("عميد كلية الآداب و العلوم الإنسانية بسوسة", ("كلية الآداب و العلوم الإنسانية", "ORG", "head"),
                     id="coordination-written-apart"),
        pytest.param("نقل موقع (دويتشه فيله) أن", ("دويتشه فيله", "ORG", "quoted"), id="name-in-brackets"),
        pytest.param("مباراة في ملعب الشاذلي زويتن بتونس", ("ملعب الشاذلي زويتن", "PLACE", "head"),
                     id="place-after-a-facility-is-its-own"),
        pytest.param("بنود وثيقة قرطاج", ("وثيقة قرطاج", "EVENT", "head"), id="named-document-not-annotated"),
        pytest.param("أعلنت الشركة التونسية للكهرباء والغاز أن", ("الشركة التونسية للكهرباء والغاز", "ORG", "definite_nisba"),
                     id="coordinated-lam-phrase"),
        pytest.param("قطارات الشركة الوطنية للسكك الحديدية التونسية متوقفة",
                     ("الشركة الوطنية للسكك الحديدية التونسية", "ORG", "definite_nisba"), id="nisba-after-the-lam-phrase"),
        pytest.param("فاز إتحاد بن قردان على", ("إتحاد بن قردان", "ORG", "head"), id="body-named-after-its-town"),
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
        pytest.param("قررت الهيئة السياسية لحركة النهضة", id="body-of-a-named-organization"),
        pytest.param("الكتلة النيابية تجتمع", id="functional-adjective"),
        pytest.param("الهيئة المديرة للنادي", id="no-nisba"),
        pytest.param("مستقبل تونس السياسي غامض", id="a-country-names-no-club"),
        pytest.param('قال إن "الحل" قريب', id="quoted-word-without-a-source-cue"),
        pytest.param("عقد مجلس إدارته اجتماعا", id="possessed-head"),
        pytest.param("الهيئة العليا تجتمع", id="rank-adjective-without-a-lam-phrase"),
        pytest.param("وركض باتجاه مركز المدينة وهاجم", id="centre-of-a-town-is-no-name"),
    ],
)
def test_not_headed_names(text: str) -> None:
    assert [c for c in headed(text) if c[1] != "EVENT"] == []
