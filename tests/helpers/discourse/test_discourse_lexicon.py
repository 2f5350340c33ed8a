"""Tests for helpers.discourse.lexicon: the three discourse lexicons and their schema."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.discourse import find_attributions_ar, find_connectives_ar, find_deixis_ar
from helpers.discourse.lexicon import (
    CONNECTIVE_TYPES,
    DEIXIS_ANCHORS,
    POSITIONS,
    SENSE_CLASSES,
    SENSE_SUBTYPES,
    STANCES,
    connective_lexicon_ar,
    deixis_lexicon_ar,
    read_lexicon_tsv,
    reporting_lexicon_ar,
)
from helpers.text.normalize import normalize_ar


def test_connective_schema_and_size() -> None:
    lex = connective_lexicon_ar()
    assert len(lex) >= 100
    assert set(lex["sense"]) == set(SENSE_CLASSES)  # every sense has entries
    assert set(lex["type"]) == set(CONNECTIVE_TYPES)
    assert set(lex["position"]) <= set(POSITIONS)
    for row in lex.itertuples():
        assert row.subtype in SENSE_SUBTYPES[row.sense], row.connective
        assert row._12 == SENSE_CLASSES[row.sense]  # the "class" column


@pytest.mark.parametrize("required", ["لا سيما", "فضلاً عن", "مع أن … لكن", "بل", "إذا ما", "من أجل", "و", "ف"])
def test_connectives_named_in_the_issue_are_entries(required: str) -> None:
    lex = connective_lexicon_ar()
    assert required in set(lex["connective"])


def _spellings(frame, column: str, variants: str) -> list[str]:
    return [normalize_ar(s) for row in frame.itertuples() for s in (getattr(row, column), *getattr(row, variants))]


@pytest.mark.parametrize(
    "spellings",
    [
        pytest.param(lambda: _spellings(connective_lexicon_ar(), "connective", "variants"), id="connectives"),
        pytest.param(lambda: _spellings(deixis_lexicon_ar(), "expression", "variants"), id="deixis"),
        pytest.param(lambda: [normalize_ar(f) for forms in reporting_lexicon_ar()["forms"] for f in forms], id="reporting"),
    ],
)
def test_no_duplicates_after_normalization(spellings) -> None:
    values = spellings()
    duplicates = sorted({v for v in values if values.count(v) > 1})
    assert duplicates == []


def test_every_connective_example_finds_its_entry() -> None:
    for row in connective_lexicon_ar().itertuples():
        found = find_connectives_ar(row.example, clitics="all" if row.type == "clitic" else "none")
        assert row.connective in {c.connective for c in found}, (row.connective, row.example)


def test_every_reporting_example_finds_its_cue() -> None:
    for row in reporting_lexicon_ar().itertuples():
        if row.type != "unnamed_source":
            assert row.lemma in {a.cue for a in find_attributions_ar(row.example)}, (row.lemma, row.example)


def test_every_deixis_example_finds_its_expression() -> None:
    for row in deixis_lexicon_ar().itertuples():
        assert row.expression in {d.expression for d in find_deixis_ar(row.example)}, (row.expression, row.example)


def test_reporting_schema() -> None:
    lex = reporting_lexicon_ar()
    assert set(lex["type"]) == {"verb", "phrase", "evidential", "unnamed_source"}
    assert set(lex.loc[lex["type"] != "unnamed_source", "stance"]) == set(STANCES)
    for lemma in ["قال", "أكد", "أعلن", "أشار", "أوضح", "صرح", "نقل", "ذكر", "بحسب", "وفقاً ل", "نقلاً عن", "مصدر", "دليل على أن"]:
        assert lemma in set(lex["lemma"]), lemma


def test_deixis_schema() -> None:
    lex = deixis_lexicon_ar()
    assert set(lex["anchor"]) <= set(DEIXIS_ANCHORS)
    for expression in ["اليوم", "أمس", "غداً", "الآن", "أخيراً", "مؤخراً", "هنا", "هناك", "هذا الأسبوع"]:
        assert expression in set(lex["expression"]), expression


# (file content, error message fragment)
BAD_FILES = [
    pytest.param("# c\na\tb\n", "header is", id="bad-header"),
    pytest.param("# c\n" + "\t".join(["connective", "variants", "sense", "subtype", "type", "position", "other_senses",
                                     "not_after", "not_before", "gloss", "example"]) + "\nلكن\t-\tcontrast\n", "line 3: 3 cells", id="short-row"),
    pytest.param("# c\n" + "\t".join(["connective", "variants", "sense", "subtype", "type", "position", "other_senses",
                                     "not_after", "not_before", "gloss", "example"]) + "\n" + "\t".join(
        ["لكن", "-", "contrastive", "opposition", "single", "any", "-", "-", "-", "but", "مثال"]) + "\n", "sense 'contrastive'", id="unknown-sense"),
    pytest.param("# c\n" + "\t".join(["connective", "variants", "sense", "subtype", "type", "position", "other_senses",
                                     "not_after", "not_before", "gloss", "example"]) + "\n" + "\t".join(
        ["لكن", "-", "contrast", "reason", "single", "any", "-", "-", "-", "but", "مثال"]) + "\n", "subtype 'reason'", id="wrong-subtype"),
]


@pytest.mark.parametrize("content, message", BAD_FILES)
def test_bad_lexicon_file_gives_one_line_error(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "connectives_test.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=message) as info:
        connective_lexicon_ar(path)
    assert "\n" not in str(info.value)


def test_read_lexicon_requires_a_header(tmp_path: Path) -> None:
    path = tmp_path / "empty.tsv"
    path.write_text("# only comments\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no header row"):
        read_lexicon_tsv(path, ("a",))
