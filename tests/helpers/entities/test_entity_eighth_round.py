"""Tests for the named-entity rules of the eighth round (dev8_*), on sentences written for them.

Facilities named after a person or a date and the Olympic or municipal stadium by its seat; a
ministry's portfolios joined by a و written apart; quoted names after a described or dual type
word; an indefinite -iyya adjective after a type word; آل closing a name; a name set off before its
title after any verb, and a time word between a verb of saying and its speaker; regional
commissariats by their seats; the teams of a draw; no name after a title when a dual verb or a
participle with its object follows; a country written with the article; places inside a quoted
title; barracks and provinces; a state's broadcaster. Each row gives the entities expected, in
order, as (text, label); rows marked ``morphology`` need the analyser's reading of a word.
"""

from __future__ import annotations

import pytest

from helpers.entities import find_entities_ar


def entities(text: str, *, morphology: bool) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in find_entities_ar(text, morphology=None if morphology else False)]


RULES = [
    # facilities named after a person (a given name or بن opens the name) or a date
    pytest.param("أقيمت المباراة بملعب الشاذلي زويتن مساء الأحد.", [("ملعب الشاذلي زويتن", "PLACE"), ("الأحد", "DATE")],
                 False, id="stadium-after-a-person"),
    pytest.param("ملعب الهادي النيفر : 1000 متفرج", [("ملعب الهادي النيفر", "PLACE")], False, id="stadium-in-a-list"),
    pytest.param("تدور المقابلة في ملعب مصطفى بن جنات بالمنستير.", [("ملعب مصطفى بن جنات", "PLACE"), ("المنستير", "PLACE")],
                 False, id="stadium-after-a-person-and-its-town"),
    pytest.param("تحتضن القاعة المغطاة مركب بن جنات هذا الموسم.", [("مركب بن جنات", "PLACE")], False, id="sports-complex"),
    pytest.param("صلى المصلون في جامع عبد الرحمان ابن عوف وسط المدينة.", [("جامع عبد الرحمان ابن عوف", "PLACE")], False,
                 id="mosque-after-a-person"),
    pytest.param("وقف السائق في شارع فوكسهول التجاري بلندن.", [("شارع فوكسهول", "PLACE"), ("لندن", "PLACE")], False,
                 id="no-person-run-without-a-given-name"),
    pytest.param("أغلقت الشرطة ساحة 14 جانفي بالعاصمة.", [("ساحة 14 جانفي", "PLACE")], False, id="square-after-a-date"),
    pytest.param("تأجلت المقابلة إلى يوم 14 جانفي بملعب رادس.", [("يوم 14 جانفي", "DATE"), ("ملعب رادس", "PLACE")], False,
                 id="a-date-is-still-a-date"),
    pytest.param("ستدور المباراة بالملعب الأولمبي بسوسة مساء.", [("الملعب الأولمبي بسوسة", "PLACE")], False,
                 id="olympic-stadium-by-its-seat"),
    pytest.param("جرى اللقاء في ملعب صفاقس الأولمبي أمس.", [("ملعب صفاقس الأولمبي", "PLACE")], False,
                 id="olympic-after-the-name"),
    pytest.param("ستدور المباراة بالملعب الأولمبي في سوسة.", [("سوسة", "PLACE")], False, id="no-seat-without-bi"),
    # a ministry's portfolios with a و written apart; a body after و is no portfolio
    pytest.param("اجتمع الوفد بمقر وزارة الشباب و الرياضة صباحا.", [("وزارة الشباب و الرياضة", "ORG")], False,
                 id="portfolio-after-a-separate-waw"),
    pytest.param("وقعت وزارة الفلاحة والبنك التونسي للتضامن اتفاقية.",
                 [("وزارة الفلاحة", "ORG"), ("البنك التونسي للتضامن", "ORG")], False, id="a-bank-after-waw"),
    pytest.param("أعلنت وزارة الداخلية و الحكومة الإجراءات.", [("وزارة الداخلية", "ORG")], False,
                 id="the-government-after-a-separate-waw"),
    # quoted names after a type word with its adjective, or after a dual
    pytest.param('نشر الموقع الالكتروني"صوت الجهات" الخبر.', [("صوت الجهات", "ORG")], False,
                 id="quote-after-a-described-head-no-space"),
    pytest.param('كرمت الإذاعة الخاصة "نغم أف أم" الفائزين.', [("نغم أف أم", "ORG")], False, id="private-radio"),
    pytest.param('شاركت جمعيتا "الفنون الشعبية" و"أحباء المسرح" في العرض.',
                 [("الفنون الشعبية", "ORG"), ("أحباء المسرح", "ORG")], False, id="two-names-after-a-dual"),
    pytest.param('وقالت الجمعية الخيرية "إن الوضع صعب".', [("الجمعية الخيرية", "ORG")], False,
                 id="quoted-speech-is-no-name"),
    # an indefinite -iyya adjective after a type word in -a describes it (not a verbal noun in -aya)
    pytest.param("ظهر عنصران على قناة تلفزيونية ليبية خاصة ليلة السبت.", [("السبت", "DATE")], True,
                 id="a-channel-described"),
    pytest.param("فاز الحزب بأكبر كتلة نيابية في البرلمان.", [], False, id="a-bloc-described"),
    pytest.param("تأسست جمعية حماية واحات جمنة سنة 2011.", [("جمعية حماية واحات جمنة", "ORG"), ("سنة 2011", "DATE")], False,
                 id="a-verbal-noun-in-aya"),
    # آل closes a name after a nasab
    pytest.param("استقبل الملك سلمان بن عبد العزيز آل سعود الوفد.", [("سلمان بن عبد العزيز آل سعود", "PERSON")], False,
                 id="al-after-a-nasab"),
    # a name set off before its title after any verb; a time word before a speaker
    pytest.param("أدى سايمون كوليز، السفير البريطاني في الرياض، مناسك الحج.",
                 [("سايمون كوليز", "PERSON"), ("الرياض", "PLACE")], True, id="name-before-its-title"),
    pytest.param("وأضاف أيضا بوعلي المباركي أن الوضع صعب.", [("بوعلي المباركي", "PERSON")], False,
                 id="also-between-verb-and-speaker"),
    # a regional commissariat keeps its seat
    pytest.param("حسب مندوبية السياحة بطبرقة ارتفع العدد.", [("مندوبية السياحة بطبرقة", "ORG")], False,
                 id="commissariat-by-its-seat"),
    # the teams of a draw
    pytest.param("المجموعة الأولى : النادي الإفريقي - مازمبي الكونغولي - سموحة المصري - بلاتينيوم ستارز الجنوب إفريقي .",
                 [("النادي الإفريقي", "ORG"), ("مازمبي", "ORG"), ("سموحة", "ORG"), ("بلاتينيوم ستارز", "ORG")], False,
                 id="draw"),
    pytest.param("أفضل لاعب : ميسي الأرجنتيني - رونالدو البرتغالي - نيمار البرازيلي .", [], False,
                 id="no-club-no-draw"),
    # no name after a title: a dual verb, a participle with its ب-object
    pytest.param("وأكد أن محمد الغنوشي، الوزير الأول وافقا على خروجه.", [("محمد الغنوشي", "PERSON")], True,
                 id="dual-verb-after-a-title"),
    pytest.param("وتحول قاضي التحقيق المتعهد بقضية الاختفاء إلى ليبيا.", [("ليبيا", "PLACE")], True,
                 id="participle-with-its-object"),
    # a country written with the article; not a common word or a demonym
    pytest.param("يفكر في السفر إلى الموزمبيق أو الفيتنام.", [("الموزمبيق", "PLACE"), ("الفيتنام", "PLACE")], False,
                 id="country-with-the-article"),
    pytest.param("فاز المنتخب الزيمبابوي وأقام في القطر الشقيق.", [], False, id="demonym-and-common-word"),
    # places inside a quoted title; an incident named by its place keeps it
    pytest.param('فاز برنامج "أسرار القدس" بالجائزة.', [], False, id="place-in-a-programme-title"),
    pytest.param('نظمت تنسيقية "اعتصام باردو" وقفة.', [("باردو", "PLACE")], False, id="incident-named-by-its-place"),
    pytest.param('رفع المحتجون شعار "يلزمنا نقفو لتونس" أمس.', [("تونس", "PLACE")], False, id="place-with-a-preposition-in-a-slogan"),
    # barracks and provinces; a boycott is no province
    pytest.param("نقلوا إلى ثكنة العوينة ليلا.", [("ثكنة العوينة", "PLACE")], False, id="barracks"),
    pytest.param("أغلق الجسر في مقاطعة هونان الصينية.", [("مقاطعة هونان", "PLACE")], False, id="province"),
    pytest.param("انسحب من البطولة بداعي مقاطعة قطر.", [("قطر", "PLACE")], False, id="boycott"),
    # a state's broadcaster
    pytest.param("وأشار التلفزيون المصري إلى الحادث.", [("التلفزيون المصري", "ORG")], False, id="broadcaster"),
]


@pytest.mark.parametrize(("text", "expected", "morphology"), RULES)
def test_rules_of_the_eighth_round(text: str, expected: list[tuple[str, str]], morphology: bool) -> None:
    assert entities(text, morphology=morphology) == expected
