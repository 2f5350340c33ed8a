"""Tests for helpers.entities.dates: dates and times, and what is not one."""

from __future__ import annotations

import pytest

from helpers.entities.dates import find_dates_ar
from helpers.entities.words import entity_words_ar


def dates(text: str) -> list[tuple[str, str, str]]:
    return [(text[c.start : c.end], c.canonical, c.rule) for c in find_dates_ar(entity_words_ar(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("ولد يوم 22 جانفي 1952 في تونس", [("يوم 22 جانفي 1952", "1952-01-22", "date")], id="maghrebi-month"),
        pytest.param("في 7 نيسان 2021", [("7 نيسان 2021", "2021-04-07", "date")], id="levantine-month"),
        pytest.param("منذ 3 كانون الثاني الماضي", [("3 كانون الثاني الماضي", "--01-03", "date")], id="levantine-two-words"),
        pytest.param("في 12 أغسطس 2019", [("12 أغسطس 2019", "2019-08-12", "date")], id="eastern-month"),
        pytest.param("اليوم الإثنين 18 جانفي 2016 صباحا", [("الإثنين 18 جانفي 2016", "2016-01-18", "weekday")],
                     id="deictic-outside"),
        pytest.param("وصل أمس الأربعاء", [("الأربعاء", "Wednesday", "weekday")], id="weekday"),
        pytest.param("في الثامن من جانفي الماضي", [("الثامن من جانفي الماضي", "--01-08", "date")], id="ordinal-day"),
        pytest.param("في التاسع عشر من ديسمبر 2016", [("التاسع عشر من ديسمبر 2016", "2016-12-19", "date")],
                     id="compound-ordinal"),
        pytest.param("من 15 إلى 20 نوفمبر الجاري", [("15 إلى 20 نوفمبر الجاري", "--11-15/--11-20", "date")], id="range"),
        pytest.param("إلى 26 من الشهر ذاته", [("26 من الشهر ذاته", "---26", "date")], id="month-by-anaphora"),
        pytest.param("خلال شهر رمضان", [("شهر رمضان", "Ramadan", "month")], id="hijri-month"),
        pytest.param("في شهر سبتمبر أو أكتوبر", [("شهر سبتمبر", "--09", "month"), ("أكتوبر", "--10", "month")],
                     id="two-months"),
        pytest.param("عام 2014", [("عام 2014", "2014", "year")], id="year-with-head"),
        pytest.param("منذ 2011، تغير كل شيء", [("2011", "2011", "year")], id="year-after-preposition"),
        pytest.param("على الساعة 12:30", [("الساعة 12:30", "T12:30", "time")], id="clock"),
        pytest.param("من 15-20 نوفمبر", [("15-20 نوفمبر", "--11-15/--11-20", "date")], id="day-range-one-token"),
        pytest.param("موسم 2016-2017", [("2016", "2016", "year"), ("2017", "2017", "year")], id="year-span-two-dates"),
        pytest.param("بتاريخ 12/04/2017", [("12/04/2017", "2017-04-12", "date")], id="numeric-day-month-year"),
        pytest.param("في 2017-04-12", [("2017-04-12", "2017-04-12", "date")], id="numeric-iso"),
        pytest.param("فاز 3-1 في المباراة", [], id="score-not-a-date"),
        pytest.param("بين 20-30 شخصا", [], id="count-range-not-a-date"),
        pytest.param("في 31/31/2017", [], id="impossible-month"),
        pytest.param("الساعة الخامسة مساء", [("الساعة الخامسة مساء", "T17:00", "time")], id="hour-word"),
        pytest.param("الساعة الثالثة بعد الزوال", [("الساعة الثالثة بعد الزوال", "T15:00", "time")], id="tunisian-afternoon"),
        pytest.param("في الثمانينات", [("الثمانينات", "1980s", "decade")], id="decade"),
        pytest.param("مع اقتراب عيد الفطر", [("عيد الفطر", "Eid al-Fitr", "holiday")], id="holiday"),
        pytest.param("وفي مارس 2011", [("مارس 2011", "2011-03", "month")], id="ambiguous-month-with-year"),
        pytest.param("من 3 جوان إلى غاية 9 جوان 2016", [("3 جوان إلى غاية 9 جوان 2016", "2016-06-03/2016-06-09", "date")],
                     id="range-borrowing-the-year"),
        pytest.param("يوم الأحد 5 ماي2016.", [("يوم الأحد 5 ماي2016", "2016-05-05", "weekday")], id="year-written-onto-the-month"),
        pytest.param("في 2014 الرئيس", [("2014", "2014", "year")], id="year-before-a-definite-word"),
        pytest.param("يعمل في المصنع منذ 2009 أنه يعرف", [("2009", "2009", "year")], id="year-before-a-function-word"),
        pytest.param("غادر البلاد منذ 2012 لكن الوضع تغير", [("2012", "2012", "year")], id="year-before-a-conjunction"),
        pytest.param("وزعت منذ 2000 كتاب", [], id="count-before-a-noun-stays-no-year"),
        pytest.param("احتفلت المدارس بيوم البيئة العالمي أمس", [("يوم البيئة العالمي", "يوم البيئه العالمي", "holiday")],
                     id="observance-day-noun-first"),
        pytest.param("بمناسبة يوم الطفل الوطني", [("يوم الطفل الوطني", "يوم الطفل الوطني", "holiday")],
                     id="observance-day-noun-first-national"),
        pytest.param("يوم الجمعة الوطني", [("يوم الجمعة", "Friday", "weekday")], id="weekday-is-no-observance-noun"),
        pytest.param("يوم الانتخابي العالمي", [], id="observance-noun-is-no-adjective"),
        pytest.param("من 3 جوان 2015 إلى 9 جوان", [("3 جوان 2015", "2015-06-03", "date"), ("9 جوان", "--06-09", "date")],
                     id="first-end-complete-two-dates"),
        pytest.param("فحصه الطبيب يوم 05-03-2015 ثم غادر", [("يوم 05-03-2015", "2015-03-05", "date")],
                     id="yawm-heads-a-date-in-figures"),
        pytest.param("وصدر القرار يوم 2016/11/30 بالرائد", [("يوم 2016/11/30", "2016-11-30", "date")],
                     id="yawm-heads-a-year-first-date-in-figures"),
        pytest.param("سجل في الدقيقة يوم 12-20 هدفا", [], id="yawm-before-a-range-is-no-date"),
    ],
)
def test_dates(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وصل اليوم وغادر أمس", id="deictic"),
        pytest.param("خلال الشهر الجاري وهذا العام", id="relative"),
        pytest.param("شارك 2000 شخص", id="counted-noun"),
        pytest.param("الـ 2500 جندي", id="not-a-year"),
        pytest.param("مارس الضغط على الحكومة", id="verb-not-month"),
        pytest.param("خلال فصل الصيف ولعدة أشهر", id="season-and-duration"),
    ],
)
def test_not_dates(text: str) -> None:
    assert dates(text) == []
