"""Tests for helpers.teaching.glosses: the word list is sound, words and terms are glossed, blanks stay blank."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.teaching.glosses import (
    FALLBACK_LISTS,
    add_glosses_ar,
    add_term_glosses_ar,
    read_word_glosses,
    word_gloss_ar,
)
from helpers.data import data_path
from helpers.rhetoric import DEVICE_TYPES, GOLD_ONLY_DEVICES, TERMS_AR
from helpers.text.normalize import normalize_ar
from helpers.text.stopwords import is_stopword_ar

WORDS = read_word_glosses()


def test_word_list_rows_are_complete_unique_and_content_words() -> None:
    assert len(WORDS) >= 700
    keys = [normalize_ar(w) for w in WORDS["word"]]
    assert len(keys) == len(set(keys))
    assert (WORDS["english"].str.strip() == WORDS["english"]).all()
    assert not any(is_stopword_ar(w) for w in WORDS["word"]), "function words are glossed by stopwords_ar.tsv"
    assert not WORDS["word"].str.contains(r"[\u064b-\u0652\u0640]").any(), "no diacritics or tatweel"


@pytest.mark.parametrize("relative, arabic, english", FALLBACK_LISTS)
def test_fallback_lists_have_the_columns_named(relative: str, arabic: str, english: str) -> None:
    header = next(line for line in data_path(relative).read_text(encoding="utf-8").splitlines()
                  if line and not line.startswith("#"))
    assert {arabic, english} <= set(header.split("\t"))


# (word, gloss): as listed, in other spellings, with clitics, with endings, from a fallback list, unknown
CASES = [
    ("حكومة", "government"),
    ("الحكومه", "government"),
    ("وللحكومة", "and + for/to + government"),
    ("فالحوار", "so + dialogue"),
    ("بالدبلوماسية", "with/by + diplomacy"),
    ("تونسية", "Tunisian"),
    ("الانتخابات", "elections"),
    ("أكدت", "stressed, confirmed"),
    ("الولايات المتحدة", "the United States"),
    ("في", "in"),                      # stopwords_ar.tsv
    ("نجاح", "success"),               # the word list; evaluative_ar.tsv has it too
    ("الجزائر", "Algeria; Algiers"),
    ("كتابكلمةمجهولة", ""),
    ("", ""),
    ("   ", ""),
]


@pytest.mark.parametrize("word, gloss", CASES)
def test_word_gloss_ar(word: str, gloss: str) -> None:
    assert word_gloss_ar(word) == gloss


def test_word_gloss_rejects_a_non_string() -> None:
    with pytest.raises(TypeError, match="word must be a str, not int"):
        word_gloss_ar(3)  # type: ignore[arg-type]


def test_add_glosses_keeps_the_table_and_puts_the_gloss_beside_the_word() -> None:
    table = pd.DataFrame({"rank": [1, 2, 3], "item": ["العراق", "زززز", None], "ll": [3.0, 2.0, 1.0]})
    out = add_glosses_ar(table)
    assert list(out.columns) == ["rank", "item", "gloss", "ll"]
    assert out["gloss"].tolist() == ["Iraq", "", ""]
    assert list(table.columns) == ["rank", "item", "ll"], "the input is not changed"
    again = add_glosses_ar(out)
    assert list(again.columns) == list(out.columns)


@pytest.mark.parametrize("table, column, error, message", [
    ([1, 2], "item", TypeError, "table must be a pandas DataFrame, not list"),
    (pd.DataFrame({"word": ["x"]}), "item", KeyError, "the table has no column 'item'; its columns are word"),
])
def test_add_glosses_bad_input_is_one_line(table: object, column: str, error: type, message: str) -> None:
    with pytest.raises(error) as info:
        add_glosses_ar(table, column=column)  # type: ignore[arg-type]
    assert message in str(info.value)


@pytest.mark.parametrize("device", [*DEVICE_TYPES, *GOLD_ONLY_DEVICES])
def test_every_device_term_has_a_glossary_gloss(device: str) -> None:
    out = add_term_glosses_ar(pd.DataFrame({"term_ar": [TERMS_AR[device]]}))
    assert out.loc[0, "transliteration"] and out.loc[0, "english"], TERMS_AR[device]


def test_unknown_term_gets_blanks() -> None:
    out = add_term_glosses_ar(pd.DataFrame({"term_ar": ["استعارة تمثيلية جدا", "طباق"]}))
    assert out[["transliteration", "english"]].values.tolist() == [["", ""], ["ṭibāq", "antithesis"]]
