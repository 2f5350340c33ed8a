"""Guessed words that are adjectives (:func:`common_guesses_ar`), letters that are abbreviations
(:func:`letter_abbreviations_ar`).

A word no lexicon reading fits is guessed as a name (:func:`helpers.morphology.readings.guess_reading`):
most such words in news prose are names of people and places the analyzer lacks. Some forms and
positions say otherwise, since names do not inflect for gender and number and do not agree:

* a **relative adjective (nisba) in the feminine or plural** (ending in ية, يين, يون, يات, يتين,
  يتان: الشيشانية, السنغافورية, فلسطينيين) right after a common noun or adjective of the same
  definiteness is an adjective agreeing with it (العصور السومرية, الكنيسة المرقسية, متخصصون
  نفسانيون): a name ending in ي does not take those endings, and a name does not agree with the
  noun before it. A singular in ية counts only with the article: without it, it may be an
  abstract noun (مصدر صناعي: موثوقية, شفافية) in the genitive of the noun before it; and not with
  a preposition attached (بالمرناقية, للشيشانية): a preposition opens a phrase of its own, so the
  word is the preposition's object, not an adjective of the word before (اليوم بالمرناقية, a place);
* elsewhere a guessed word stays a name. Tried and left: reading a nisba that does not agree as
  a noun, a masculine nisba with the article after a common noun as an adjective, and a word in ة
  with the article as a common word. On ANT news (Tunisian) they turned place names (المرناقية,
  النفيضة, المنيهلة, البرادعة) and family names after a first name the analyzer reads as a
  common word (للفاضل الجعايبي, نور الدين الطبوبي) into common words.

A word read as an adjective this way keeps ``pos == "guess"`` (it is still unanalysed) and cites
its lemma without the article, in the masculine singular (السومرية → سومري, فلسطينيين →
فلسطيني). The rule runs
after :mod:`helpers.morphology.adjective_noun` and before :mod:`helpers.morphology.names`, on the readings
chosen so far; a name next to a guessed word is left to the names step.

**Letters standing alone.** The prepositions and conjunctions written as one letter (ب ل ك و ف)
are always joined to the next word, and a one-letter word is otherwise an abbreviation
(:func:`helpers.morphology.readings.guess_reading`: د for دكتور). So a one-letter word with no
word after it in its stretch (before punctuation other than an opening quote or bracket, or at
the end: the ب of (أ ف ب), the agency AFP; not ب "الهرطقة"), or, other than و, followed by
another one-letter word (the ف of أ ف ب), is an abbreviation too, tagged ``X`` like the others (``pos`` :data:`ABBREVIATION`), not the preposition بِ or the
imperative فِ "fulfil".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from helpers.morphology.base import WordAnalysis
from helpers.morphology.context import host_ar

__all__ = ["ABBREVIATION", "NISBA_ENDINGS", "common_guesses_ar", "letter_abbreviations_ar"]

#: ``pos`` of a letter read as an abbreviation from its neighbours (the row stays ``analyzed``:
#: the analyzer read it, its neighbours overrule it).
ABBREVIATION = "context/abbreviation"

#: Endings of a relative adjective in the feminine or plural (the masculine singular's ي replaced).
NISBA_ENDINGS = ("يتين", "يتان", "يين", "يون", "يات", "ية")
_COMMON = frozenset({"NOUN", "ADJ"})
_PREPOSITIONS = frozenset("بلك")


def _bare(form: str, reading: WordAnalysis) -> tuple[str, bool]:
    """The word without proclitics, article or enclitics, and whether it has the article."""
    host = host_ar(form, reading)
    article = "ال" in reading.proclitics and host.startswith("ال")
    return (host[2:] if article else host), article


def _nisba(form: str, reading: WordAnalysis) -> bool:
    """Whether a guessed word ends in a nisba ending of the feminine or plural, without a pronoun;
    the singular ية only with the article (without it, an abstract noun in ية, مصدر صناعي, can be
    the genitive of the noun before it: درجة موثوقية)."""
    bare, article = _bare(form, reading)
    ending = next((e for e in NISBA_ENDINGS if bare.endswith(e) and len(bare) - len(e) >= 3), None)
    if any(c in _PREPOSITIONS for c in reading.proclitics):
        return False  # بالمرناقية: a preposition opens a phrase of its own, no adjective agrees through it
    return ending is not None and not reading.enclitics and (article or ending != "ية")


def _definite(a: WordAnalysis) -> bool:
    return "ال" in a.proclitics or bool(a.enclitics) or a.pos_coarse == "PROPN"


def _masculine(bare: str) -> str:
    """The masculine singular of a nisba (السومرية → سومري)."""
    ending = next(e for e in NISBA_ENDINGS if bare.endswith(e))
    return bare[: -len(ending)] + "ي"


def common_guesses_ar(readings: Sequence[WordAnalysis], forms: Sequence[str]) -> list[WordAnalysis]:
    """Read guessed nisbas that agree with the noun before them as adjectives (see the module notes).

    Args:
        readings: one reading per word of a stretch (in context); guessed words have ``pos`` "guess".
        forms: the words as analysed (no diacritics).

    >>> kanisa = WordAnalysis("الكنيسة", "كَنِيسَة", pos="اسم/اسم جامد", pos_coarse="NOUN", proclitics=("ال",))
    >>> guess = WordAnalysis("المرقسية", "المرقسية", pos="guess", pos_coarse="PROPN", proclitics=("ال",))
    >>> out = common_guesses_ar([kanisa, guess], ["الكنيسة", "المرقسية"])
    >>> out[1].pos_coarse, out[1].lemma
    ('ADJ', 'مرقسي')
    """
    out = list(readings)
    for i, reading in enumerate(readings):
        if reading.pos != "guess" or reading.pos_coarse != "PROPN" or not i or not _nisba(forms[i], reading):
            continue
        bare, article = _bare(forms[i], reading)
        previous = out[i - 1]
        if previous.pos_coarse in _COMMON and _definite(previous) == article:
            out[i] = replace(reading, lemma=_masculine(bare), pos_coarse="ADJ")
    return out


def letter_abbreviations_ar(
    readings: Sequence[WordAnalysis], forms: Sequence[str], *, before_punctuation: Sequence[bool] | None = None
) -> list[WordAnalysis]:
    """Read one-letter words that join no word as abbreviations (see the module notes).

    Args:
        readings: one reading per word of a stretch (in context).
        forms: the words as analysed.
        before_punctuation: whether a punctuation mark directly follows each word.

    >>> ba = WordAnalysis("بِـ", "بِـ", pos="حرف/جر", pos_coarse="ADP")
    >>> af = WordAnalysis("اف", "اف", pos="guess", pos_coarse="PROPN")
    >>> [a.pos_coarse for a in letter_abbreviations_ar([af, ba], ["اف", "ب"])]
    ['PROPN', 'X']
    """
    out = list(readings)
    for i, form in enumerate(forms):
        if len(form) != 1 or out[i].pos_coarse == "X":
            continue
        last = i + 1 == len(forms) or bool(before_punctuation and before_punctuation[i])
        if last or (form != "و" and len(forms[i + 1]) == 1):
            out[i] = WordAnalysis(diacritized=form, lemma=form, pos=ABBREVIATION, pos_coarse="X")
    return out
