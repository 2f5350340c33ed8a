"""Tests for helpers.entities.gazetteers: the files load, keep their schema, and index their forms."""

from __future__ import annotations

from collections import Counter

import pytest

from helpers.entities.gazetteers import (
    GAZETTEERS,
    calendar_ar,
    demonym_ar,
    gazetteer_entry_ar,
    given_name_ar,
    heads_ar,
    key_ar,
    load_gazetteer_ar,
    title_phrases_ar,
)

# The column holding each file's main form.
MAIN = {"countries_ar": "country", "places_ar": "place", "organizations_ar": "name", "titles_ar": "title",
        "portfolios_ar": "portfolio", "given_names_ar": "name", "calendar_ar": "form", "heads_ar": "head",
        "not_entities_ar": "phrase", "person_names_ant": "name", "club_names_ant": "name",
        "place_names_ant": "name"}


@pytest.mark.parametrize("name", sorted(GAZETTEERS))
def test_schema_and_no_duplicate_forms(name: str) -> None:
    frame = load_gazetteer_ar(name)
    columns, allowed = GAZETTEERS[name]
    assert tuple(frame.columns) == columns
    assert len(frame) >= 10
    for column, values in allowed.items():
        assert set(frame[column]) <= set(values)
    forms = Counter()
    for row in frame.itertuples(index=False):
        d = row._asdict()
        variants = d.get("variants", "-")
        written = [d[MAIN[name]], *([] if variants == "-" else variants.split("|"))]
        for form in {key_ar(f) for f in written}:
            forms[form] += 1
        assert all(f == f.strip() and "  " not in f for f in written), written
    assert [f for f, n in forms.items() if n > 1] == []


@pytest.mark.parametrize(
    ("form", "canonical", "label", "type_", "country"),
    [
        pytest.param("تونس", "تونس", "PLACE", "country", "TUN", id="country-before-its-capital"),
        pytest.param("امريكا", "الولايات المتحدة", "PLACE", "country", "USA", id="variant-without-hamza"),
        pytest.param("الموريس", "موريشيوس", "PLACE", "country", "MUS", id="maghrebi-name"),
        pytest.param("بغداد", "بغداد", "PLACE", "capital", "IRQ", id="capital"),
        pytest.param("صفاقس", "صفاقس", "PLACE", "city", "TUN", id="tunisian-city"),
        pytest.param("الخليج العربي", "الخليج", "PLACE", "region", "", id="region"),
        pytest.param("الناتو", "حلف شمال الأطلسي", "ORG", "intergovernmental", "", id="acronym"),
        pytest.param("جامعة الدول العربية", "جامعة الدول العربية", "ORG", "intergovernmental", "", id="arab-league"),
        pytest.param("اتحاد الشغل", "الاتحاد العام التونسي للشغل", "ORG", "union", "TUN", id="short-name"),
    ],
)
def test_gazetteer_entries(form: str, canonical: str, label: str, type_: str, country: str) -> None:
    entry = gazetteer_entry_ar(form)
    assert (entry.canonical, entry.label, entry.type, entry.country) == (canonical, label, type_, country)


@pytest.mark.parametrize(
    ("word", "country"),
    [("السوري", "SYR"), ("التونسية", "TUN"), ("الأميركيون", "USA"), ("أمريكي", "USA"), ("الجزائريين", "DZA"),
     ("الأوروبي", "region:أوروبا"), ("سوريا", ""), ("الجديد", "")],
)
def test_demonyms(word: str, country: str) -> None:
    assert demonym_ar(word) == country


@pytest.mark.parametrize(
    ("word", "expected"),
    [("محمد", False), ("الطاهر", False), ("امحمد", False), ("جمال", True), ("أمل", True), ("الحكومة", None)],
)
def test_given_names(word: str, expected: bool | None) -> None:
    assert given_name_ar(word) is expected


def test_calendar_series() -> None:
    months = {form: c.value for form, c in calendar_ar().items() if c.kind == "month"}
    for series in (("جانفي",), ("يناير",), ("كانون", "الثاني")):
        assert months[tuple(key_ar(w) for w in series)] == 1
    assert calendar_ar()[(key_ar("آب"),)].ambiguous and calendar_ar()[(key_ar("الأحد"),)].value == 7


def test_titles_and_heads() -> None:
    assert title_phrases_ar()[tuple(key_ar(w) for w in "رئيس الحكومة".split())][2] == "-"
    assert title_phrases_ar()[(key_ar("وزير"),)][2] == "portfolio"
    assert heads_ar()[key_ar("وزارة")].label == "ORG" and heads_ar()[key_ar("وزارة")].inside
    assert not heads_ar()[key_ar("منطقة")].inside and heads_ar()[key_ar("شمال")].place


def test_unknown_gazetteer() -> None:
    with pytest.raises(ValueError, match="unknown gazetteer"):
        load_gazetteer_ar("streets_ar")
