"""Buckwalter and HSB transliteration, through CAMeL Tools' built-in character maps.

Buckwalter writes each Arabic letter and diacritic as one ASCII character and can be turned
back into Arabic exactly; HSB (Habash-Soudi-Buckwalter) uses accented letters and is meant for
reading. Characters a map does not cover (spaces, digits, punctuation such as ``،``, Latin
letters) pass through unchanged, so Latin letters in the input cannot be told apart from
Buckwalter letters on the way back: round trips are exact for Arabic text only.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import pandas as pd
from camel_tools.utils.charmap import CharMapper

from helpers.text.load import check_text_ar

__all__ = ["to_buckwalter", "from_buckwalter", "to_hsb", "transliteration_table_ar"]


@cache
def _mapper(name: str) -> CharMapper:
    return CharMapper.builtin_mapper(name)


def to_buckwalter(text: str) -> str:
    """Transliterate Arabic to Buckwalter.

    Raises:
        TextInputError: if the text is empty or has no Arabic letter.

    >>> to_buckwalter("كَتَبَ الطالِبُ الدَّرْسَ، 2021")
    'kataba AlTAlibu Alda~rosa، 2021'
    """
    return _mapper("ar2bw")(check_text_ar(text, presentation_forms=True))


def from_buckwalter(text: str) -> str:
    """Turn Buckwalter back into Arabic script.

    Raises:
        TextInputError: if the text is empty.

    >>> from_buckwalter("kataba AlTAlibu Alda~rosa")
    'كَتَبَ الطالِبُ الدَّرْسَ'
    """
    return _mapper("bw2ar")(check_text_ar(text, require_arabic=False))


def to_hsb(text: str) -> str:
    """Transliterate Arabic to HSB (Habash-Soudi-Buckwalter).

    Raises:
        TextInputError: if the text is empty or has no Arabic letter.

    >>> to_hsb("كَتَبَ الطالِبُ الدَّرْسَ")
    'kataba AlTAlibu Alda~r.sa'
    """
    return _mapper("ar2hsb")(check_text_ar(text, presentation_forms=True))


def transliteration_table_ar(words: Iterable[str]) -> pd.DataFrame:
    """Return a table of words with their Buckwalter and HSB forms, one row per word, in order.

    Raises:
        TextInputError: if a word is empty or has no Arabic letter.

    >>> transliteration_table_ar(["العراق", "بغداد"])
       arabic buckwalter    hsb
    0  العراق     AlErAq  AlςrAq
    1   بغداد      bgdAd   bγdAd
    """
    rows = [{"arabic": w, "buckwalter": to_buckwalter(w), "hsb": to_hsb(w)} for w in words]
    return pd.DataFrame(rows, columns=["arabic", "buckwalter", "hsb"])
