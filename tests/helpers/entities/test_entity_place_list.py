"""Tests for the places listed from the ANT corpus (data/gazetteers/place_names_ant.tsv, made by
tools/build_place_names.py): how the layer matches them, and that the file is well formed.

The sentences are written for these tests; the places are real, the events invented.
"""

from __future__ import annotations

import re

import pytest

from helpers.data import data_path
from helpers.entities import find_entities_ar
from helpers.entities.gazetteers import gazetteer_entry_ar, key_ar, load_gazetteer_ar, not_entity_phrases_ar
from helpers.entities.words import is_function_word_ar


FOUND = [
    # a one-word name where places stand: after a preposition, a locative word, in a list of places
    pytest.param("وقعت حادثة مرور في فريانة صباح اليوم.", ("فريانة", "PLACE"), id="after-preposition"),
    pytest.param("أوقفت وحدات الحرس الوطني بالسواسي شابين.", ("السواسي", "PLACE"), id="proclitic-outside"),
    pytest.param("وتوجه الوفد إلى جلمة مساء.", ("جلمة", "PLACE"), id="after-ila"),
    pytest.param("ونظم أهالي بوحجلة وقفة احتجاجية.", ("بوحجلة", "PLACE"), id="after-locative-noun"),
    pytest.param("وأغلقت الطريق بين رمادة والذهيبة لساعة.", ("الذهيبة", "PLACE"), id="list-second"),
    pytest.param("وأغلقت الطريق بين رمادة والذهيبة لساعة.", ("رمادة", "PLACE"), id="list-first"),
    # once named where places stand, the name counts elsewhere in the text too
    pytest.param("سافر الوزير إلى تاجروين. وتعد تاجروين من أفقر المعتمديات.", ("تاجروين", "PLACE"),
                 id="named-once-then-anywhere"),
    # a name of two words or more wherever it stands, as one span (longest match)
    pytest.param("قصور الساف تستعد للموسم السياحي.", ("قصور الساف", "PLACE"), id="two-words-anywhere"),
    pytest.param("وانقطع التيار بين قصيبة المديوني والمهدية.", ("قصيبة المديوني", "PLACE"), id="two-words-longest"),
    pytest.param("وتبعد حمام بنت الجديدي عشرين كيلومترا عن الحمامات.", ("حمام بنت الجديدي", "PLACE"), id="three-words"),
    # a head before a listed name keeps the span the guidelines give it
    pytest.param("وزار الوالي معتمدية سيدي علوان أمس.", ("معتمدية سيدي علوان", "PLACE"), id="head-inside"),
    pytest.param("وقع الحادث في منطقة وادي الربايع ليلا.", ("وادي الربايع", "PLACE"), id="head-outside"),
    # a club's type word that takes a town takes the corpus list's towns too
    pytest.param("وسرقت تجهيزات فريق أمل كندار من الملعب.", ("أمل كندار", "ORG"), id="club-named-by-a-listed-town"),
    # a name in the middle of a list keeps its و outside
    pytest.param("وتشمل الدائرة صفاقس وطينة والعامرة وجبنيانة.", ("طينة", "PLACE"), id="list-middle-conjunction-outside"),
]

NOT_FOUND = [
    # a one-word name that is also a common word, where no place stands
    pytest.param("ورست مراكب النزهة في الميناء.", "النزهة", id="common-word-no-context"),
    pytest.param("ونظرت المحكمة في قضايا الرضاع بين الزوجين.", "الرضاع", id="common-word-after-noun"),
    pytest.param("وقال عادل خواجة إن الاجتماع تأجل.", "خواجة", id="family-name-no-context"),
    # a listed place inside a larger entity is not marked on its own
    pytest.param("ودعا الاتحاد المحلي للشغل بالمكناسي إلى مسيرة.", "المكناسي", id="inside-an-organization"),
    pytest.param("وزار الوالي معتمدية سيدي علوان أمس.", "سيدي علوان", id="inside-a-headed-place"),
    pytest.param("وسرقت تجهيزات فريق أمل كندار من الملعب.", "كندار", id="inside-a-club"),
    # the conjunction stays out of a list member
    pytest.param("وتشمل الدائرة صفاقس وطينة والعامرة وجبنيانة.", "وطينة", id="list-member-without-its-waw"),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_found(text: str, expected: tuple[str, str], entity_spans) -> None:
    assert expected in entity_spans(text)


@pytest.mark.parametrize(("text", "span"), NOT_FOUND)
def test_not_found(text: str, span: str, entity_spans) -> None:
    assert span not in [found for found, _ in entity_spans(text)]


def test_offsets_leave_the_proclitic_out() -> None:
    text = "وصل الوفد بالسواسي"
    [place] = [e for e in find_entities_ar(text, morphology=False) if e.label == "PLACE"]
    assert (text[place.start:place.end], place.rule, place.canonical) == ("السواسي", "town", "السواسي")


def test_listed_entry() -> None:
    entry = gazetteer_entry_ar("فريانة")
    assert (entry.label, entry.source, entry.type, entry.ambiguous) == ("PLACE", "place_names_ant", "town", True)
    assert gazetteer_entry_ar("قصور الساف").ambiguous is False


_ARABIC_NAME = re.compile(r"[\u0621-\u063A\u0641-\u064A]+( [\u0621-\u063A\u0641-\u064A]+){0,3}")


def test_place_list_is_well_formed() -> None:
    places = load_gazetteer_ar("place_names_ant")
    assert list(places.columns) == ["name", "articles"] and len(places) >= 100
    assert places["name"].tolist() == sorted(places["name"]) and places["name"].is_unique
    assert places["name"].map(key_ar).is_unique  # one row per matching key
    assert places["articles"].str.fullmatch(r"\d+").all() and (places["articles"].astype(int) >= 2).all()
    bad = [n for n in places["name"] if not _ARABIC_NAME.fullmatch(n)]
    assert not bad, f"not Arabic letters in one to four words (no diacritics, tatweel, digits): {bad}"
    header = data_path("gazetteers", "place_names_ant.tsv").read_text(encoding="utf-8")
    assert "tools/build_place_names.py" in header and "No annotation was used" in header and "Apache-2.0" in header


def test_place_list_holds_no_look_alike_or_function_word() -> None:
    names = load_gazetteer_ar("place_names_ant")["name"]
    looks = not_entity_phrases_ar()
    assert not [n for n in names if tuple(key_ar(w) for w in n.split()) in looks]
    assert not [n for n in names if any(is_function_word_ar(w) for w in n.split())]
    # no row repeats a name the written gazetteers hold: each is read as this list's
    assert not [n for n in names if gazetteer_entry_ar(n).source != "place_names_ant"]
