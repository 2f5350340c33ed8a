"""Tests for the date and place rules of the sixth round (helpers.entities.dates, helpers.entities.heads).

Dates: coordinated days sharing their month, a day or year written onto و/أو, the second year of
a pair or a range, a year before a preposition, an ambiguous month with a relative word. Places:
a rare word the analyser reads as و/ف + a word right after a place's head. The sentences are
written for these tests; each row gives the spans found, in order.
"""

from __future__ import annotations

import pytest

from helpers.entities import find_entities_ar
from helpers.entities.dates import find_dates_ar
from helpers.entities.words import entity_words_ar


def dates(text: str) -> list[tuple[str, str]]:
    return [(text[c.start : c.end], c.canonical) for c in find_dates_ar(entity_words_ar(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("إضراب يومي 8 و9 مارس القادم في المدارس", [("8 و9 مارس القادم", "--03-08,--03-09")],
                     id="two-days-one-month"),
        pytest.param("ويدور الدور أيام 8 أو9 أو10 سبتمبر القادم", [("8 أو9 أو10 سبتمبر القادم", "--09-08,--09-09,--09-10")],
                     id="three-days-with-or"),
        # with و standing alone, two days were already read as a range (canonical first/last)
        pytest.param("الزيارة يومي 4 و 5 جوان 2017 بدعوة", [("4 و 5 جوان 2017", "2017-06-04/2017-06-05")],
                     id="separate-conjunction"),
        pytest.param("الزيارة يومي 4 أو 5 جوان 2017 بدعوة", [("4 أو 5 جوان 2017", "2017-06-04,2017-06-05")],
                     id="separate-or"),
        pytest.param("بين 27 فيفري المنقضي و3 مارس الجاري، أن", [("27 فيفري المنقضي", "--02-27"), ("3 مارس الجاري", "--03-03")],
                     id="a-day-written-onto-waw"),
        pytest.param("في عامي 2013 و2014.", [("2013", "2013"), ("2014", "2014")], id="dual-head-two-years"),
        pytest.param("خلال الفترة بين 2014 - 2017 عن مسح", [("2014", "2014"), ("2017", "2017")], id="dashed-range-of-years"),
        pytest.param("من 2011 إلى 2016 بين 188 و208 مليون", [("2011", "2011"), ("2016", "2016")], id="range-of-years"),
        pytest.param("سينطلق قبل نهاية 2014 في اطار شراكة", [("2014", "2014")], id="year-before-a-preposition"),
        pytest.param("عقد هيئة إدارية مارس المقبل.", [("مارس المقبل", "--03")], id="ambiguous-month-and-relative-word"),
        pytest.param("مارس الرياضة منذ صغره", [], id="ambiguous-month-as-a-verb"),
        pytest.param("دفع بين 20 و2000 دينار", [], id="a-count-written-onto-waw"),
        pytest.param("ارتفعت بنسبة 2000 في المائة", [], id="a-percentage"),
        pytest.param("خلال سنتي 2016 و2017 شريطة أن", [("2016", "2016"), ("2017", "2017")], id="second-year-before-a-noun"),
        pytest.param("عقداه يوم الثلاثاء الفارط اثر زيارة", [("يوم الثلاثاء الفارط", "Tuesday")], id="weekday-and-relative-word"),
        pytest.param("يصادف الخامس عشر من شهر مارس من كل عام", [("الخامس عشر من شهر مارس", "--03-15")],
                     id="ordinal-day-of-shahr-month"),
        pytest.param("في النصف الثاني من شهر نوفمبر 2017", [("شهر نوفمبر 2017", "2017-11")], id="ordinal-after-a-noun"),
        pytest.param("إنجاز 49 منطقة في أفق 2020 وهذا نصيب", [("2020", "2020")], id="year-after-ufuq"),
        pytest.param("بمناسبة الاحتفال باليوم العالمي للمستهلك والذي", [("اليوم العالمي للمستهلك", "اليوم العالمي للمستهلك")],
                     id="observance-day"),
        pytest.param("ويهدف اليوم الدولي للتضامن إلى لفت الانتباه", [("اليوم الدولي للتضامن", "اليوم الدولي للتضامن")],
                     id="observance-day-before-a-preposition"),
        pytest.param("في اليوم العالمي لحقوق الإنسان", [("اليوم العالمي لحقوق الإنسان", "اليوم العالمي لحقوق الانسان")],
                     id="observance-day-construct"),
        pytest.param("قال اليوم الوزير", [], id="deictic-today"),
    ],
)
def test_date_rules_of_the_sixth_round(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("وقع الاختيار على معتمدية فريانة من ولاية القصرين.",
                     [("معتمدية فريانة", "PLACE"), ("ولاية القصرين", "PLACE")], id="head-and-misread-conjunction"),
        pytest.param("يقطن بجهة فرنانة من ولاية جندوبة.", [("فرنانة", "PLACE"), ("ولاية جندوبة", "PLACE")],
                     id="outside-head-and-misread-conjunction"),
        pytest.param("زار المنطقة وقال إن الوضع هادئ.", [], id="a-real-conjunction-after-a-noun"),
        pytest.param("حذف وزارات وكتابات دولة وإعفاء أشخاص", [], id="a-common-word-after-a-conjunction"),
        pytest.param("صعدت على ركح قاعة الكوليزي الفنانة", [("قاعة الكوليزي", "PLACE")], id="named-hall"),
        pytest.param("في قاعة الجلسات بالمحكمة", [], id="a-hall-by-its-use"),
    ],
)
def test_place_rules_of_the_sixth_round(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.label) for e in find_entities_ar(text) if e.label in ("PLACE", "DATE")] == expected
