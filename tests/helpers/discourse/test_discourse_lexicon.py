"""Tests for helpers.discourse.lexicon: the three discourse lexicons and their schema."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.discourse import find_attributions_ar, find_connectives_ar, find_deixis_ar
from helpers.discourse.lexicon import (
    CONNECTIVE_TYPES,
    DEIXIS_ANCHORS,
    ARG2_KINDS,
    PDTB_SENSES,
    POSITIONS,
    SENSE_CLASSES,
    SYNTAX_CATEGORIES,
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
    assert len(lex) >= 150
    assert set(lex["sense"]) == set(SENSE_CLASSES)  # every sense has entries
    assert set(lex["type"]) == set(CONNECTIVE_TYPES)
    assert set(lex["position"]) <= set(POSITIONS)
    assert set(lex["pdtb"]) <= set(PDTB_SENSES) and set(lex["syntax"]) == set(SYNTAX_CATEGORIES)
    assert set(lex["arg2"]) == set(ARG2_KINDS)
    for row in lex.itertuples():
        assert row.subtype in SENSE_SUBTYPES[row.sense], row.connective
        assert getattr(row, "_15") == SENSE_CLASSES[row.sense]  # the "class" column
        assert row.pdtb.split(".")[0] == SENSE_CLASSES[row.sense], row.connective  # PDTB class = kit class


@pytest.mark.parametrize("required", [
    "لا سيما", "فضلاً عن", "مع أن … لكن", "بل", "إذا ما", "من أجل", "و", "ف", "ل",
    # named in the issue on real news: verbal causal frames, purpose, concessive conditionals
    "على إثر", "أدى إلى", "بذلك", "نتيجة ل", "مما", "مهما", "لو … ل", "في الوقت الذي", "خاصة وأن", "بسبب", "بفضل",
])
def test_connectives_named_in_the_issue_are_entries(required: str) -> None:
    lex = connective_lexicon_ar()
    assert required in set(lex["connective"])


@pytest.mark.parametrize("stance", ["ربما", "على الأرجح", "ظاهراً", "بلا شك", "يبدو أن", "بالتأكيد", "في الواقع"])
def test_stance_adverbs_are_no_connectives(stance: str) -> None:
    spellings = {normalize_ar(s) for row in connective_lexicon_ar().itertuples() for s in (row.connective, *row.variants)}
    assert normalize_ar(stance) not in spellings


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


_HEADER = "\t".join(["connective", "variants", "sense", "subtype", "pdtb", "type", "syntax", "arg2", "position",
                     "other_senses", "not_after", "not_before", "gloss", "example"])


def _row(**changes: str) -> str:
    row = {"connective": "لكن", "variants": "-", "sense": "concession", "subtype": "expectation",
           "pdtb": "Comparison.Concession", "type": "single", "syntax": "coordinator", "arg2": "any", "position": "any",
           "other_senses": "-", "not_after": "-", "not_before": "-", "gloss": "but", "example": "مثال"}
    row.update(changes)
    return "# c\n" + _HEADER + "\n" + "\t".join(row.values()) + "\n"


# (file content, error message fragment)
BAD_FILES = [
    pytest.param("# c\na\tb\n", "header is", id="bad-header"),
    pytest.param("# c\n" + _HEADER + "\nلكن\t-\tcontrast\n", "line 3: 3 cells", id="short-row"),
    pytest.param(_row(sense="contrastive"), "sense 'contrastive'", id="unknown-sense"),
    pytest.param(_row(subtype="reason"), "subtype 'reason'", id="wrong-subtype"),
    pytest.param(_row(pdtb="Comparison.Opposition"), "pdtb 'Comparison.Opposition'", id="unknown-pdtb-sense"),
    pytest.param(_row(syntax="conjunction"), "syntax 'conjunction'", id="unknown-syntax"),
    pytest.param(_row(arg2="noun"), "arg2 'noun'", id="unknown-arg2"),
    pytest.param(_row(type="clitic"), "clitic rows and only they", id="clitic-type-without-clitic-syntax"),
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
