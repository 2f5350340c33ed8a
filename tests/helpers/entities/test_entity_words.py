"""Tests for helpers.entities.words: tokens, proclitic readings and hints."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.entities.words import entity_words_ar, is_function_word_ar, plain_ar
from helpers.text.load import TextInputError


@pytest.mark.parametrize(
    ("text", "stems", "starts"),
    [
        pytest.param("بتونس", ["بتونس", "تونس"], [0, 1], id="preposition"),
        pytest.param("وللنادي", ["وللنادي", "للنادي", "لنادي", "النادي"], [0, 1, 2, 2], id="lam-before-the-article"),
        pytest.param("للبنان", ["للبنان", "لبنان", "البنان"], [0, 1, 1], id="lam-before-lam"),
        pytest.param("والأمم", ["والامم", "الامم"], [0, 1], id="conjunction"),
        pytest.param("بِتُونس", ["بتونس", "تونس"], [0, 2], id="diacritics-keep-offsets"),
        pytest.param("في", ["في"], [0], id="short-word"),
    ],
)
def test_readings(text: str, stems: list[str], starts: list[int]) -> None:
    (w,) = entity_words_ar(text)
    assert [r.stem for r in w.readings] == stems
    assert [r.start for r in w.readings] == starts


@pytest.mark.parametrize(("word", "expected"), [("على", True), ("علي", False), ("وهو", True), ("الذي", True), ("تونس", False),
                                               ("التى", True), ("فى", True)])
def test_function_words_in_plain_spelling(word: str, expected: bool) -> None:
    assert is_function_word_ar(word) is expected


def test_tokens_keep_numbers_punctuation_and_spacing() -> None:
    words = entity_words_ar("الساعة 12:30، يوم 5")
    assert [(w.text, w.kind, w.space_before) for w in words] == [
        ("الساعة", "arabic", True), ("12:30", "number", True),  # a clock time is one token
        ("،", "punct", False), ("يوم", "arabic", True), ("5", "number", True)]


def test_morphology_table_is_read_defensively() -> None:
    text = "زار الوزير تونس"
    table = pd.DataFrame({"start": [0, 4, 11], "pos_coarse": ["VERB", "NOUN", "PROPN"], "analyzed": [True, True, False],
                          "proclitics": ["", "ال", ""], "enclitics": ["", "", ""]})
    words = entity_words_ar(text, morphology=table)
    assert [(w.pos, w.known, w.clitic) for w in words] == [("VERB", True, False), ("NOUN", True, False), ("PROPN", False, False)]
    # an attached pronoun ends a name; a final ي read as "my" does not (طاهري is a nisba-shaped name)
    suffixed = entity_words_ar("رئيس وزرائه فهمي طاهري", morphology=pd.DataFrame(
        {"start": [0, 5, 12, 17], "pos_coarse": ["NOUN"] * 4, "analyzed": [True] * 4, "enclitics": ["", "ه", "", "ي"]}))
    assert [w.suffix for w in suffixed] == [False, True, False, False]
    # a table without the columns counts as no morphology; a wrong type is an error
    bare = entity_words_ar(text, morphology=pd.DataFrame({"token": ["زار"]}))
    assert [(w.pos, w.known) for w in bare] == [("", None)] * 3
    with pytest.raises(ValueError, match="morphology must be"):
        entity_words_ar(text, morphology="farahidi")


def test_plain_and_bad_input() -> None:
    assert plain_ar("الـرئيسُ  بشّار") == "الرئيس بشار"
    with pytest.raises(TextInputError):
        entity_words_ar("")
    with pytest.raises(TextInputError):
        entity_words_ar("no Arabic here")
