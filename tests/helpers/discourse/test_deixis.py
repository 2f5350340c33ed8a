"""Tests for helpers.discourse.deixis: temporal and spatial deixis."""

from __future__ import annotations

import pytest

from helpers.data import case_study_path
from helpers.discourse.deixis import Deixis, find_deixis_ar
from helpers.text.load import read_text_ar
from helpers.text.spans import check_spans

from discourse_texts import NEWS_AR

# (text, [(span text, label, anchor)])
CASES = [
    pytest.param("وصل الوفد أمس الأربعاء، ويغادر غداً من هنا.",
                 [("أمس الأربعاء", "temporal", "past"), ("غداً", "temporal", "future"), ("هنا", "spatial", "here")], id="weekday-joins"),
    pytest.param("ارتفعت الأسعار مؤخراً، وستنخفض الأسبوع المقبل.",
                 [("مؤخراً", "temporal", "recent"), ("الأسبوع المقبل", "temporal", "future")], id="multiword"),
    pytest.param("عاد للتو من هناك.", [("للتو", "temporal", "recent"), ("هناك", "spatial", "there")], id="lit-tawwi"),
    pytest.param("لم يصدر بيان حتى الآن.", [("حتى الآن", "temporal", "present")], id="longest-hatta-alan"),
    pytest.param("بدأ الحوار صباح اليوم.", [("صباح اليوم", "temporal", "present")], id="time-of-day-joins"),
    pytest.param("تحسنت الخدمات اخيراً.", [("اخيراً", "temporal", "recent")], id="hamza-less"),
    pytest.param("وأمس عاد الوزير.", [("أمس", "temporal", "past")], id="proclitic-outside-span"),
    pytest.param("لا بد من دعم للبلاد.", [("لبلاد", "spatial", "home")], id="lil-article"),
    pytest.param("بغداد- العراق اليوم:\n\nوصل الوفد.", [], id="dateline-skipped"),
    pytest.param("نص الخبر هنا.\n\nعلق هنا", [("هنا", "spatial", "here")], id="boilerplate-skipped"),
    pytest.param("صدرت الصحف اليومية في بلاد بعيدة.", [], id="lookalikes-daily-indefinite"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_deixis(text: str, expected: list) -> None:
    found = find_deixis_ar(text)
    check_spans(text, found)
    assert [(d.text, d.label, d.anchor) for d in found] == expected


def test_fields() -> None:
    (d,) = find_deixis_ar("تحسنت الخدمات أخيراً.")
    assert isinstance(d, Deixis)
    assert (d.expression, d.ambiguous) == ("أخيراً", True)


def test_case_study() -> None:
    text = read_text_ar(case_study_path())
    found = find_deixis_ar(text)
    check_spans(text, found)
    temporal = [(d.text, d.anchor) for d in found if d.label == "temporal"]
    assert temporal == [("أمس الأربعاء", "past"), ("اخيراً", "recent"), ("اليوم", "present"), ("للتو", "recent"),
                        ("اليوم", "present"), ("اليوم", "present")]
    assert sum(d.expression == "البلاد" for d in found) == 7  # 6 × البلاد and للبلاد
    assert all(d.start > text.index("العراق اليوم:") + 13 for d in found if d.expression == "اليوم")


def test_news_text() -> None:
    assert [(d.text, d.anchor) for d in find_deixis_ar(NEWS_AR)] == [
        ("الأيام المقبلة", "future"), ("الشهر الماضي", "past"), ("أمس", "past")]
