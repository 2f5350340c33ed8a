"""Tests for helpers.text.lexicon_files: the lexicon files of data/lexicons/, read independently, and the loader."""

from __future__ import annotations

import csv
import re
import unicodedata
from pathlib import Path

import pandas as pd
import pytest

from helpers.data import data_path
from helpers.text.lexicon_files import (
    LEXICONS,
    LexiconError,
    _read,
    load_lexicon,
    validate_lexicon,
)
from helpers.text.normalize import normalize_ar

DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
NAMES = sorted(LEXICONS)

# ------------------------------------------------------------------------------------------------
# The files, read independently of the loader


def _raw(name: str) -> tuple[list[str], list[dict[str, str]]]:
    lines = data_path("lexicons", f"{name}.tsv").read_text(encoding="utf-8").splitlines()
    comments = [line for line in lines if line.startswith("#")]
    body = [line for line in lines if line and not line.startswith("#")]
    rows = list(csv.DictReader(body, delimiter="\t", quoting=csv.QUOTE_NONE))
    return comments, rows


@pytest.mark.parametrize("name", NAMES)
def test_file_starts_with_a_documenting_comment_block(name: str) -> None:
    text = data_path("lexicons", f"{name}.tsv").read_text(encoding="utf-8")
    assert text.startswith(f"# {name}:")
    comments, _ = _raw(name)
    block = "\n".join(comments)
    for needed in ["Columns:", "How entries were judged", "To extend", "Source: written for the Arabic Discourse Lab",
                   "Licence: CC BY-SA 4.0"]:
        assert needed in block, f"{name}: comment block lacks {needed!r}"
    for column in LEXICONS[name].columns:
        assert re.search(rf"#\s+{column}\b", block) or column in block, f"{name}: column {column} undocumented"


@pytest.mark.parametrize("name", NAMES)
def test_header_and_cells(name: str) -> None:
    _, rows = _raw(name)
    spec = LEXICONS[name]
    assert rows, f"{name} is empty"
    assert list(rows[0]) == list(spec.columns)
    allowed = dict(spec.allowed)
    for i, row in enumerate(rows, start=1):
        assert None not in row.values() and None not in row, f"{name} row {i}: wrong number of cells"
        for column, values in allowed.items():
            assert row[column] in values, f"{name} row {i}: {column}={row[column]!r}"


@pytest.mark.parametrize("name", NAMES)
def test_spelling_is_undiacritized_without_tatweel(name: str) -> None:
    _, rows = _raw(name)
    columns = ("term_a", "term_b") if name == "antonyms_ar" else ("entry",)
    for row in rows:
        for column in columns:
            value = row[column]
            assert not DIACRITICS.search(value), f"{name}: {value!r} has diacritics"
            assert "\u0640" not in value, f"{name}: {value!r} has a tatweel"
            assert value == " ".join(value.split()), f"{name}: {value!r} has extra spaces"
            assert unicodedata.normalize("NFKC", value) == value
            assert all(unicodedata.category(c) != "Cf" for c in value)
            assert re.fullmatch(r"[\u0621-\u064a ]+", value), f"{name}: {value!r} has non-letters"


@pytest.mark.parametrize("name", [n for n in NAMES if n != "antonyms_ar"])
def test_entries_unique_after_normalization(name: str) -> None:
    _, rows = _raw(name)
    keys = [normalize_ar(r["entry"]) for r in rows]
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    assert not duplicates, f"{name}: duplicates after normalization: {duplicates}"


def test_antonym_pairs_are_unique_in_either_order_and_not_reflexive() -> None:
    _, rows = _raw("antonyms_ar")
    seen: set[frozenset[str]] = set()
    for row in rows:
        a, b = normalize_ar(row["term_a"]), normalize_ar(row["term_b"])
        assert a != b, row
        pair = frozenset((a, b))
        assert pair not in seen, f"pair listed twice (maybe reversed): {row['term_a']} / {row['term_b']}"
        seen.add(pair)
    assert len(seen) >= 80


@pytest.mark.parametrize(
    ("name", "column", "values", "at_least"),
    [
        ("evaluative_ar", "polarity", {"positive", "negative"}, 150),
        ("boosters_ar", "subtype", {"certainty", "intensifier", "maximizer", "focus"}, 40),
        ("hedges_ar", "subtype", {"possibility", "probability", "appearance", "approximator"}, 40),
        ("evidentials_ar", "type", {"evidential", "certainty"}, 40),
        ("semantic_fields_ar", "field", {"conflict_violence", "diplomacy_peace", "nation_values", "economy"}, 200),
        ("metaphor_domains_ar", "domain", {"war", "body", "commerce", "hell", "trap", "journey", "building"}, 100),
    ],
)
def test_coverage_of_categories(name: str, column: str, values: set[str], at_least: int) -> None:
    _, rows = _raw(name)
    assert len(rows) >= at_least
    assert values <= {r[column] for r in rows}


def test_metaphor_domains_only_from_the_allowed_set() -> None:
    _, rows = _raw("metaphor_domains_ar")
    assert {r["domain"] for r in rows} == {"war", "body", "commerce", "hell", "trap", "journey", "building"}


def test_evaluative_rows_have_neutral_counterparts_mostly() -> None:
    _, rows = _raw("evaluative_ar")
    with_counterpart = [r for r in rows if r["neutral_counterpart"]]
    assert len(with_counterpart) / len(rows) > 0.85
    for r in with_counterpart:
        assert normalize_ar(r["neutral_counterpart"]) != normalize_ar(r["entry"])


# ------------------------------------------------------------------------------------------------
# The loader


@pytest.mark.parametrize("name", NAMES)
def test_load_lexicon_matches_the_file(name: str) -> None:
    _, rows = _raw(name)
    frame = load_lexicon(name)
    assert list(frame.columns) == [*LEXICONS[name].columns, "label"]
    assert len(frame) == len(rows)
    assert frame.attrs["lexicon"] == name
    frame.loc[0, "label"] = "changed"
    assert load_lexicon(name).loc[0, "label"] != "changed"  # callers get a copy


@pytest.mark.parametrize(
    ("frame", "name", "message"),
    [
        pytest.param(pd.DataFrame({"entry": ["حرب"]}), "semantic_fields_ar", "missing column 'field'", id="missing-column"),
        pytest.param(pd.DataFrame({"entry": ["حرب", "حرب"], "field": ["conflict_violence"] * 2, "gloss": ["", ""], "note": ["", ""]}),
                     "semantic_fields_ar", "duplicate of row 1", id="duplicate"),
        pytest.param(pd.DataFrame({"entry": ["إدارة", "ادارة"], "field": ["governance"] * 2, "gloss": ["", ""], "note": ["", ""]}),
                     "semantic_fields_ar", "duplicate of row 1 after normalization", id="duplicate-after-normalization"),
        pytest.param(pd.DataFrame({"entry": ["حرب"], "field": ["sport"], "gloss": [""], "note": [""]}),
                     "semantic_fields_ar", "field 'sport' is not one of", id="bad-value"),
        pytest.param(pd.DataFrame({"entry": ["حـرب"], "field": ["conflict_violence"], "gloss": [""], "note": [""]}),
                     "semantic_fields_ar", "has a tatweel", id="tatweel"),
        pytest.param(pd.DataFrame({"entry": ["بشكل  صريح"], "subtype": ["explicitness"], "gloss": [""], "note": [""]}),
                     "boosters_ar", "double space", id="double-space"),
        pytest.param(pd.DataFrame({"term_a": ["حرب", "سلام"], "term_b": ["سلام", "حرب"], "relation": ["contrary"] * 2,
                                   "gloss": ["", ""], "note": ["", ""]}), "antonyms_ar", "duplicate", id="reversed-pair"),
        pytest.param(pd.DataFrame({"term_a": ["حرب"], "term_b": ["حرب"], "relation": ["contrary"], "gloss": [""], "note": [""]}),
                     "antonyms_ar", "paired with itself", id="reflexive-pair"),
        pytest.param(pd.DataFrame({"entry": ["حرب"]}), "sentiment_ar", "unknown lexicon 'sentiment_ar'", id="unknown"),
    ],
)
def test_validate_lexicon_errors(frame: pd.DataFrame, name: str, message: str) -> None:
    with pytest.raises(LexiconError, match=re.escape(message)) as info:
        validate_lexicon(frame, name)
    assert "\n" not in str(info.value)


def test_load_lexicon_unknown_name() -> None:
    with pytest.raises(LexiconError, match="unknown lexicon 'evaluative'"):
        load_lexicon("evaluative")


def test_load_lexicon_reports_a_broken_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "lexicons").mkdir()
    (tmp_path / "lexicons" / "hedges_ar.tsv").write_text(
        "# hedges\nentry\tsubtype\tgloss\tnote\nربما\tpossibility\tperhaps\t\nربّما\tpossibility\tperhaps\t\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("ADL_DATA", str(tmp_path))
    _read.cache_clear()
    try:
        with pytest.raises(LexiconError, match="hedges_ar row 2: entry 'ربّما' has diacritics"):
            load_lexicon("hedges_ar")
        with pytest.raises(FileNotFoundError, match="no such data file: lexicons/boosters_ar.tsv"):
            load_lexicon("boosters_ar")
    finally:
        _read.cache_clear()

