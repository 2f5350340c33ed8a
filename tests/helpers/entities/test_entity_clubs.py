"""Tests for the rules of the seventh named-entity round (README, named entities): the clubs listed from
the ANT corpus (tools/build_club_names.py), a name + سيتي, مكتب as a head, a party named by its country
and a definite word, the year after a month's head, the borrowed letters folded in the matching key.

The sentences are written for these tests; the names are real, the events invented.
"""

from __future__ import annotations

import pytest

from helpers.data import data_path
from helpers.entities import find_entities_ar
from helpers.entities.gazetteers import BORROWED_LETTERS_AR, gazetteer_entry_ar, key_ar, load_gazetteer_ar


FOUND = [
    # listed clubs (club_names_ant.tsv): several words anywhere, one word in a context of sport
    pytest.param("تعادل ريال مدريد مع أتلتيكو مدريد في الديربي.", ("أتلتيكو مدريد", "ORG"), id="listed-club-two-words"),
    pytest.param("وفاز باريس سان جيرمان بثلاثية.", ("باريس سان جيرمان", "ORG"), id="listed-club-three-words"),
    pytest.param("وانتقل المهاجم إلى جوفنتوس الإيطالي.", ("جوفنتوس", "ORG"), id="listed-club-one-word-before-demonym"),
    # a proper name + سيتي is a club, not a city listed with it
    pytest.param("وواجه الترجي فريقا أوغنديا هو كمبالا سيتي في الدور الأول.", ("كمبالا سيتي", "ORG"), id="name-city-club"),
    pytest.param("وصل الوفد إلى مكسيكو سيتي أمس.", ("مكسيكو سيتي", "PLACE"), id="listed-city-stays-a-place"),
    # مكتب with a designation of two definite words or more
    pytest.param("وأعلن مكتب الاتصال الحكومي عن الموعد.", ("مكتب الاتصال الحكومي", "ORG"), id="office-designation"),
    # حزب + a listed country + a definite word
    pytest.param("وقال أمين عام حزب تونس الإرادة إن الائتلاف فشل.", ("حزب تونس الإرادة", "ORG"), id="party-country-noun"),
    # a month with a year after its head
    pytest.param("وصل في نهاية جانفي العام 2015 إلى الرياض.", ("جانفي العام 2015", "DATE"), id="month-head-year"),
    pytest.param("سجل المعبر إلى موفى ديسمبر من سنة 2016 رقما قياسيا.", ("ديسمبر من سنة 2016", "DATE"),
                 id="month-of-head-year"),
    # borrowed letters (ڨ ڤ گ) folded in the matching key
    pytest.param("قتل مسلحان أصيلا بنڨردان في ليبيا.", ("بنڨردان", "PLACE"), id="maghrebi-qaf-place"),
    pytest.param("عاد الوفد من ڤيينا مساء.", ("ڤيينا", "PLACE"), id="maghrebi-veh-capital"),
    pytest.param("وزار الوزير گابس.", ("گابس", "PLACE"), id="persian-gaf-place"),
]

NOT_FOUND = [
    pytest.param("وقرر مكتب الرابطة المحترفة لكرة القدم إحالة الملف.", "مكتب الرابطة المحترفة لكرة القدم",
                 id="office-of-a-body-is-its-board"),
    pytest.param("وقال مكتب الرئيس الأمريكي إن اللقاء تأجل.", "مكتب الرئيس الأمريكي", id="office-of-a-title"),
    pytest.param("وأغلق مكتب البريد أبوابه.", "مكتب البريد", id="office-one-word"),
    pytest.param("وسلم الشرطي الفاعل بعقوبة مخففة.", "بعقوبة", id="with-punishment-is-no-city"),
    pytest.param("وفاز فريق نادي حمام الأنف على بلاتينيوم أمس.", "بلاتينيوم", id="one-word-club-needs-a-sport-word"),
    pytest.param("وفي ديسمبر من العام الماضي ارتفعت الأسعار.", "ديسمبر من العام الماضي", id="month-relative-year-no-number"),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_found(text: str, expected: tuple[str, str], entity_spans) -> None:
    assert expected in entity_spans(text)


@pytest.mark.parametrize(("text", "span"), NOT_FOUND)
def test_not_found(text: str, span: str, entity_spans) -> None:
    assert span not in [found for found, _ in entity_spans(text)]


def test_spans_keep_the_written_letters() -> None:
    text = "أصيلا بنڨردان"
    [place] = [e for e in find_entities_ar(text, morphology=False) if e.label == "PLACE"]
    assert text[place.start:place.end] == place.text == "بنڨردان"


@pytest.mark.parametrize(("written", "folded"), [("بنڨردان", "بنقردان"), ("ڤيفري", "فيفري"), ("گابس", "قابس"),
                                                 ("پاريس", "باريس"), ("چاد", "جاد")])
def test_key_folds_borrowed_letters(written: str, folded: str) -> None:
    assert key_ar(written) == key_ar(folded)
    assert set(BORROWED_LETTERS_AR) == {ord(c) for c in "ڨگڤپچڭ"}


def test_club_list() -> None:
    clubs = load_gazetteer_ar("club_names_ant")
    assert list(clubs.columns) == ["name", "articles"] and len(clubs) >= 20
    assert clubs["name"].is_unique and clubs["name"].tolist() == sorted(clubs["name"])
    assert (clubs["articles"].astype(int) >= 2).all()
    # none is a listed place: a town's team is named by the town, which stays a place
    assert all(gazetteer_entry_ar(name).label == "ORG" for name in clubs["name"])
    header = data_path("gazetteers", "club_names_ant.tsv").read_text(encoding="utf-8")
    assert "tools/build_club_names.py" in header and "No annotation was used" in header
