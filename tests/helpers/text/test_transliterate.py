"""Tests for helpers.text.transliterate: Buckwalter and HSB."""

from __future__ import annotations

import pytest

from helpers.text.load import TextInputError
from helpers.text.transliterate import from_buckwalter, to_buckwalter, to_hsb, transliteration_table_ar

LETTERS = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيٱپچڤگ"
# fatha, damma, kasra, fathatan, dammatan, kasratan, shadda, sukun, dagger alef, tatweel
MARKS = "\u064e\u064f\u0650\u064b\u064c\u064d\u0651\u0652\u0670\u0640"


@pytest.mark.parametrize(
    ("arabic", "buckwalter", "hsb"),
    [
        ("بغداد", "bgdAd", "bγdAd"),
        ("العراق", "AlErAq", "AlςrAq"),
        ("مؤتمر", "m&tmr", "mŵtmr"),
        ("ذَهَبَ", "*ahaba", "ðahaba"),
        ("كتابٌ", "ktAbN", "ktAbũ"),
        ("الـ 2500، (نعم)", "Al_ 2500، (nEm)", "Al_ 2500، (nςm)"),
    ],
)
def test_known_forms(arabic, buckwalter, hsb):
    assert to_buckwalter(arabic) == buckwalter
    assert to_hsb(arabic) == hsb
    assert from_buckwalter(buckwalter) == arabic


@pytest.mark.parametrize(
    "text",
    [
        LETTERS,
        MARKS.replace("\u0640", "") + "ب",
        "".join(letter + mark for letter in "بتك" for mark in MARKS),
        "كَتَبَ الطّالِبُ الدَّرْسَ، وَقَرَأَ 3 كُتُبٍ!",
    ],
)
def test_round_trip(text):
    assert from_buckwalter(to_buckwalter(text)) == text


def test_every_letter_maps_to_ascii():
    assert to_buckwalter(LETTERS).isascii()
    assert len(to_buckwalter(LETTERS)) == len(LETTERS)


def test_table():
    frame = transliteration_table_ar(["العراق", "بغداد"])
    assert list(frame.columns) == ["arabic", "buckwalter", "hsb"]
    assert frame.to_dict("records")[1] == {"arabic": "بغداد", "buckwalter": "bgdAd", "hsb": "bγdAd"}
    assert transliteration_table_ar([]).empty


@pytest.mark.parametrize("func", [to_buckwalter, to_hsb])
@pytest.mark.parametrize("bad", ["", "  ", "Latin only"])
def test_bad_input(func, bad):
    with pytest.raises(TextInputError):
        func(bad)


def test_from_buckwalter_rejects_empty():
    with pytest.raises(TextInputError):
        from_buckwalter(" ")
