"""Tests for helpers.compare.profile: the side-by-side profile shows the framing each text was written to carry."""

from __future__ import annotations

import pytest

from helpers.compare.profile import (
    CONNECTIVE_CLITICS,
    PROFILE_SECTIONS,
    first_plural_words_ar,
    morphology_tables_ar,
    profile_texts_ar,
)
from helpers.compare.texts import comparison_texts
from helpers.data import case_study_path
from helpers.text.load import TextInputError, read_text_ar
from helpers.morphology.table import analyze_morphology_ar

WIRE, COMMUNIQUE, COMMENTARY = "wire_report", "joint_communique", "opposing_commentary"


@pytest.fixture(scope="module")
def profile():
    texts = comparison_texts()
    return profile_texts_ar(texts, morphology=morphology_tables_ar(texts))


REQUIRED_ROWS = [
    ("size", "words"), ("size", "sentences"), ("size", "mean sentence length"), ("diversity", "TTR"),
    ("diversity", "MATTR (window 50)"), ("stance", "positive per 1,000"), ("stance", "negative per 1,000"),
    ("stance", "boosters per 1,000"), ("stance", "hedges per 1,000"), ("devices", "total"), ("connectives", "total"),
    ("attribution", "total"), ("attribution", "named"), ("attribution", "unnamed"), ("deixis", "temporal"),
    ("deixis", "we (1st plural)"), ("marks", "questions"), ("marks", "exclamations"), ("marks", "quotation-mark pairs"),
]


@pytest.mark.parametrize("row", REQUIRED_ROWS)
def test_rows_present(profile, row) -> None:
    assert row in profile.index


def test_columns_and_sections(profile) -> None:
    assert list(profile.columns) == [WIRE, COMMUNIQUE, COMMENTARY]
    sections = list(dict.fromkeys(profile.index.get_level_values("section")))
    assert sections == [s for s in PROFILE_SECTIONS if s in sections]


# (row, higher text, lower text, margin): the differences the texts were written to carry, with room to spare
DIFFERENCES = [
    pytest.param(("stance", "negative per 1,000"), COMMENTARY, COMMUNIQUE, 15, id="commentary-more-negative"),
    pytest.param(("stance", "negative per 1,000"), COMMENTARY, WIRE, 15, id="commentary-more-negative-than-wire"),
    pytest.param(("stance", "positive per 1,000"), COMMUNIQUE, WIRE, 25, id="communique-more-positive"),
    pytest.param(("stance", "positive per 1,000"), COMMUNIQUE, COMMENTARY, 25, id="communique-more-positive-than-commentary"),
    pytest.param(("attribution", "total"), WIRE, COMMENTARY, 5, id="wire-attributes"),
    pytest.param(("attribution", "total"), WIRE, COMMUNIQUE, 5, id="wire-attributes-more-than-communique"),
    pytest.param(("stance", "hedges per 1,000"), WIRE, COMMUNIQUE, 4, id="wire-hedges"),
    pytest.param(("stance", "evidentials per 1,000"), WIRE, COMMENTARY, 8, id="wire-evidentials"),
    pytest.param(("marks", "questions"), COMMENTARY, WIRE, 3, id="commentary-asks"),
    pytest.param(("devices", "scare_quotes"), COMMENTARY, COMMUNIQUE, 4, id="commentary-scare-quotes"),
    pytest.param(("devices", "rhetorical_question"), COMMENTARY, WIRE, 3, id="commentary-rhetorical-questions"),
    pytest.param(("deixis", "we (1st plural)"), COMMUNIQUE, WIRE, 10, id="communique-we"),
    pytest.param(("deixis", "we (1st plural)"), COMMENTARY, WIRE, 10, id="commentary-we"),
    pytest.param(("size", "mean sentence length"), WIRE, COMMENTARY, 8, id="commentary-short-sentences"),
    pytest.param(("connectives", "contrast"), COMMENTARY, COMMUNIQUE, 3, id="commentary-contrasts"),
    pytest.param(("connectives", "contrast"), COMMENTARY, WIRE, 1, id="commentary-contrasts-more-than-wire"),
    pytest.param(("connectives", "concession"), COMMENTARY, WIRE, 2, id="commentary-concedes-more-than-wire"),
    pytest.param(("connectives", "total"), WIRE, COMMUNIQUE, 5, id="wire-connects-more-than-communique"),
]


@pytest.mark.parametrize("row, higher, lower, margin", DIFFERENCES)
def test_framing_differences(profile, row, higher: str, lower: str, margin: float) -> None:
    assert profile.loc[row, higher] >= profile.loc[row, lower] + margin


# Lexical connectives only (the default, as in notebook 06): no lone و/ف is counted.
LEXICAL_CONNECTIVES = [
    pytest.param(WIRE, 8, 1, 2, id="wire"),
    pytest.param(COMMUNIQUE, 2, 0, 1, id="communique"),
    pytest.param(COMMENTARY, 10, 0, 2, id="commentary"),
]


@pytest.mark.parametrize("name, total, addition, cause", LEXICAL_CONNECTIVES)
def test_connectives_are_lexical_by_default(profile, name: str, total: int, addition: int, cause: int) -> None:
    assert profile.loc[("connectives", "total"), name] == total
    assert profile.loc[("connectives", "addition"), name] == addition
    assert profile.loc[("connectives", "cause"), name] == cause


def test_clause_initial_clitics_are_an_option() -> None:
    texts = comparison_texts()
    with_clitics = profile_texts_ar(texts, morphology=morphology_tables_ar(texts), connective_clitics="clause_initial")
    # the clause-initial و/ف land in addition (و) and cause (ف) and swamp the other senses
    assert with_clitics.loc[("connectives", "addition"), COMMUNIQUE] >= 15
    assert with_clitics.loc[("connectives", "cause"), COMMENTARY] >= 5
    assert with_clitics.loc[("connectives", "contrast"), COMMENTARY] == 3      # lexical rows do not change


@pytest.mark.parametrize("policy, expected", [("none", 1), ("clause_initial", 2)])
def test_connective_clitics_policy_on_own_text(policy: str, expected: int) -> None:
    p = profile_texts_ar({"a": "وصل الوفد، وبدأ الحوار لكن النتائج قليلة."}, connective_clitics=policy)
    assert p.loc[("connectives", "total"), "a"] == expected
    assert p.loc[("connectives", "concession"), "a"] == 1


def test_connective_clitics_values() -> None:
    assert CONNECTIVE_CLITICS == ("none", "clause_initial")
    with pytest.raises(ValueError, match="connective_clitics"):
        profile_texts_ar({"a": "نص قصير هنا."}, connective_clitics="all")


def test_communique_is_positive(profile) -> None:
    assert profile.loc[("stance", "positive per 1,000"), COMMUNIQUE] > 3 * max(1, profile.loc[("stance", "negative per 1,000"), COMMUNIQUE])


def test_wire_has_no_we_and_unnamed_sources(profile) -> None:
    assert profile.loc[("deixis", "we (1st plural)"), WIRE] == 0
    assert profile.loc[("attribution", "unnamed"), WIRE] >= 1
    assert profile.loc[("attribution", "named"), WIRE] > profile.loc[("attribution", "unnamed"), WIRE]


def test_counts_are_ints(profile) -> None:
    assert all(isinstance(v, int) for v in profile.loc[("size", "words")])
    assert all(isinstance(v, float) for v in profile.loc[("stance", "positive per 1,000")])


@pytest.mark.parametrize("text, expected", [
    ("نحن نؤكد التزامنا ونرحب بالقرار.", ["نحن", "نؤكد", "التزامنا", "ونرحب"]),
    ("انتظرنا طويلاً في بلادنا.", ["انتظرنا", "بلادنا"]),
    ("نشر الوزير البيان وأكد الجانبان التزامهما.", []),
])
def test_first_plural(text: str, expected: list[str]) -> None:
    assert first_plural_words_ar(analyze_morphology_ar(text)) == expected


def test_drop_empty_keeps_totals() -> None:
    p = profile_texts_ar({"a": "نص قصير جداً هنا.", "b": "ونص قصير آخر هنا."})
    assert ("devices", "total") in p.index and ("connectives", "total") in p.index
    assert ("devices", "saj") not in p.index
    full = profile_texts_ar({"a": "نص قصير جداً هنا.", "b": "ونص قصير آخر هنا."}, drop_empty=False)
    assert ("devices", "saj") in full.index


@pytest.mark.parametrize("texts, error", [(["نص"], TypeError), ({}, ValueError), ({"a": "Latin only"}, TextInputError)])
def test_bad_input(texts, error) -> None:
    with pytest.raises(error):
        profile_texts_ar(texts)


def test_runs_on_the_case_study() -> None:
    p = profile_texts_ar({"case_study": read_text_ar(case_study_path()), "wire": comparison_texts()[WIRE]})
    assert p.loc[("size", "words"), "case_study"] > 400
    assert p.loc[("stance", "positive per 1,000"), "case_study"] > p.loc[("stance", "positive per 1,000"), "wire"]
