"""Tests for helpers.entities.given_names: names opened by a given name, a kunya, in brackets.

The texts are written for these tests (names of public figures, invented sentences) unless marked.
"""

from __future__ import annotations

import pytest

from helpers.entities.names import find_persons_ar
from helpers.entities.words import entity_words_ar


def persons(text: str) -> set[tuple[str, str]]:
    # with the embedded morphology: a word it does not know (بايدن) is a strong name word
    return {(text[c.start : c.end], c.rule) for c in find_persons_ar(entity_words_ar(text, morphology=None))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("وأضاف فوزي عبد الرحمان أن", ("فوزي عبد الرحمان", "given_name"), id="given-and-compound"),
        pytest.param("التقى الباجي قائد السبسي", ("الباجي قائد السبسي", "given_name"), id="common-word-before-family"),
        pytest.param("وزوجته هيلاري التي", ("هيلاري", "given_name"), id="rare-given-name-alone"),
        pytest.param("وحضر علي عبدالله صالح", ("علي عبدالله صالح", "given_name"), id="joined-abd"),
        pytest.param("أبعد كريم بن زيمة عن", ("كريم بن زيمة", "given_name"), id="ambiguous-given-name-and-nasab"),
        pytest.param("التشكيلة: سليمان صقر - عصام", ("سليمان صقر", "given_name"), id="last-name-before-punctuation"),
        pytest.param("وحضر جون بيار رافاران الحفل", ("جون بيار رافاران", "given_name"), id="three-foreign-units"),
        pytest.param("وقال حمزة لعبيدي إن", ("حمزة لعبيدي", "given_name"), id="rare-family-name-with-a-lam-reading"),
        pytest.param("رسالة إلى محمد أمين محفوظ، قال فيها", ("محمد أمين محفوظ", "given_name"),
                     id="two-given-names-and-a-last-word-before-a-comma"),
        pytest.param("منوبة : صادق المنصوري : 98674959", ("صادق المنصوري", "given_name"),
                     id="common-word-given-name-and-nisba-family-name"),
        pytest.param("وأكد سمير بالطيب أن الوزارة جاهزة", ("سمير بالطيب", "given_name"), id="bel-family-name"),
        pytest.param("ورحب منذر بالحاج علي بالقرار", ("منذر بالحاج علي", "given_name"), id="bel-family-name-and-a-given-name"),
        pytest.param("وقال رضا بالحاج إن", ("رضا بالحاج", "given_name"), id="common-word-given-name-and-bel-family-name"),
        pytest.param("ويدعى أبو براء العراقي", ("أبو براء العراقي", "kunya"), id="kunya-keeps-nisba"),
        pytest.param("أن شقيقه (حكيم) من بين", ("حكيم", "bracketed"), id="bracketed-given-name"),
        pytest.param("وأوقفت الشرطة صديقته سارة (19 عاما) أمس", ("سارة", "given_name"), id="given-name-before-an-age"),
        pytest.param("ونقلت ابنته مريم (7 سنوات) إلى المستشفى", ("مريم", "given_name"), id="given-name-before-an-age-in-years"),
        pytest.param("وأكد بن سالم أن الفريق جاهز", ("بن سالم", "ben_family"), id="ben-and-given-name-after-a-verb"),
        pytest.param("سقط نظام بن علي في 2011", ("بن علي", "ben_family"), id="ben-and-given-name-after-a-noun"),
        pytest.param("وقال بن عبد الله إن", ("بن عبد الله", "ben_family"), id="ben-and-a-compound-given-name"),
    ],
)
def test_given_names(text: str, expected: tuple[str, str]) -> None:
    assert expected in persons(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وقالت سارة إن", id="common-given-name-alone"),
        pytest.param("وأصيب جمال (40 عاما) بجروح", id="common-word-given-name-before-an-age"),
    ],
)
def test_lone_given_names_without_an_age(text: str) -> None:
    assert persons(text) == set()


def ben_families(text: str) -> set[str]:
    return {text[c.start : c.end] for c in find_persons_ar(entity_words_ar(text, morphology=None)) if c.rule == "ben_family"}


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وقال منصور بن سالم إن", id="after-a-given-name-bin-continues-it"),
        pytest.param("في ولاية بن عروس أمس", id="ben-and-no-given-name"),
        pytest.param("وصل اللاعب إلى بن قردان", id="a-town"),
        pytest.param("وقتل القيادي نصر الله بن سالم أمس", id="after-a-compound-given-name"),
        pytest.param("التشكيلة: كريم العيادي - نادر;بن سالم - وليد", id="after-a-stray-sign-inside-a-name"),
        pytest.param("التشكيلة: نادر العيادي ، بن سالم كريم ، وليد", id="before-another-given-name"),
    ],
)
def test_no_lone_ben_family(text: str) -> None:
    assert ben_families(text) == set()
