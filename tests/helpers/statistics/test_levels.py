"""Tests for helpers.statistics.levels: word sequences from texts, token lists and morphology tables."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.statistics.levels import find_word_ar, query_form_ar, word_sequence_ar
from helpers.morphology.base import MORPHOLOGY_COLUMNS

TEXT = "قال: الإدارةُ 2500 Biden «تنتصر»\nوالإدارة"


def test_text_sequence_keeps_offsets_and_boundaries():
    seq = word_sequence_ar(TEXT)
    assert seq.tokens == ("قال", "الإدارةُ", "تنتصر", "والإدارة")  # numbers and Latin words are not words here
    assert all(TEXT[s:e] == t for s, e, t in zip(seq.starts, seq.ends, seq.tokens))
    assert seq.normalized == ("قال", "الاداره", "تنتصر", "والاداره")
    assert seq.boundary_before == (False, True, True, True)


def test_morphology_table_rows_match_by_offsets():
    seq = word_sequence_ar(TEXT)
    rows = [dict(zip(MORPHOLOGY_COLUMNS, [s, e, t, t, "", "", "", "", "", "X", "", "", "", "hand", False, 0]))
            for s, e, t in zip(seq.starts, seq.ends, seq.tokens)]
    table = pd.DataFrame(rows, columns=list(MORPHOLOGY_COLUMNS))
    with_table = word_sequence_ar(TEXT, morphology=table)
    assert with_table.lemma == seq.normalized  # no lemma: the normalized form stands in
    assert with_table.root == ("", "", "", "")
    assert word_sequence_ar(table).tokens == seq.tokens


@pytest.mark.parametrize(
    ("query", "level", "form"),
    [("ح.ر.ب", "root", "حرب"), ("ح ر ب", "root", "حرب"), ("الإدارَة", "lemma", "الاداره"), ("الإدارَة", "surface", "الإدارَة")],
)
def test_query_form(query, level, form):
    assert query_form_ar(query, level) == form


def test_find_word_surface_needs_the_written_form():
    seq = word_sequence_ar("والإدارة الادارة")
    assert find_word_ar(seq, "الإدارة", level="surface") == [(0, "و", "")]
    assert find_word_ar(seq, "الإدارة", level="normalized") == [(0, "و", ""), (1, "", "")]


@pytest.mark.parametrize(
    ("source", "kwargs", "error", "message"),
    [
        (["في", ""], {}, TypeError, "token 1 must be a non-empty str"),
        (3.5, {}, ValueError, "source must be"),
        (["في"], {"morphology": pd.DataFrame()}, ValueError, "needs the text itself"),
        (TEXT, {"morphology": "table"}, TypeError, "morphology must be a pandas DataFrame"),
        (TEXT, {"morphology": pd.DataFrame({"start": [0]})}, ValueError, "lacks column"),
    ],
)
def test_bad_input(source, kwargs, error, message):
    with pytest.raises(error, match=message):
        word_sequence_ar(source, **kwargs)
