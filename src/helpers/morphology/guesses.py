"""Guessed words that are common words (:func:`common_guesses_ar`), letters that are abbreviations
(:func:`letter_abbreviations_ar`).

A word no lexicon reading fits is guessed as a name (:func:`helpers.morphology.readings.guess_reading`):
most such words in news prose are names of people and places the analyzer lacks. Some forms and
positions say otherwise, since names do not inflect and do not agree:

* a **relative adjective (nisba) in the feminine or plural** (ending in ية, يين, يون, يات, يتين,
  يتان: الشيشانية, السنغافورية, ديبلوماسيين) is a common word: a name ending in ي does not
  take those endings. Right after a common noun or adjective of the same definiteness it is an
  adjective agreeing with it (العصور السومرية, لثروات مصرية تعدينية); elsewhere a noun (إن
  ديبلوماسيين مطلعين), and a singular in ية without the article stays a name (رقية, سمية);
* a **nisba in the masculine with the article** (الأوغندي, الكونغولي) is an adjective right after
  a common noun or adjective with the article (الوزير الأوغندي); elsewhere it stays a name, the way
  family names are written (مصطفى الكاظمي);
* a **word in ة with the article** (الهرطقة, المتلفزة) is a common word: an adjective right after a
  definite common noun or adjective (النقاشات المتلفزة), a noun elsewhere (إعادة الجدولة, خواتم
  الخطوبة); names in ة that take the article (القاهرة, البصرة) are in the analyzer's lexicon;
* any other guessed word stays a name: one written without the article in news prose as often as
  with it may still be a name (الدرش, الطايع), and loanwords (الكونسورتيوم, الكلاشنكوف) are not
  told from names by their form.

A word read as common this way keeps ``pos == "guess"`` (it is still unanalysed) and cites its
lemma without the article, an adjective or a nisba in the
masculine singular (السومرية → سومري, المتلفزة → متلفز, ديبلوماسيين → ديبلوماسي), a noun in ة
as written (الهرطقة → هرطقة). The rule runs
after :mod:`helpers.morphology.context` and before :mod:`helpers.morphology.names`, on the readings
chosen so far; a name next to a guessed word is left to the names step.

**Letters standing alone.** The prepositions and conjunctions written as one letter (ب ل ك و ف)
are always joined to the next word, and a one-letter word is otherwise an abbreviation
(:func:`helpers.morphology.readings.guess_reading`: د for دكتور). So a one-letter word with no
word after it in its stretch (before punctuation other than an opening quote or bracket, or at
the end: the ب of (أ ف ب), the agency AFP; not ب "الهرطقة"), or, other than و, followed by another one-letter word (the ف of أ ف ب), is an abbreviation
too, tagged ``X`` like the others (``pos`` :data:`ABBREVIATION`), not the preposition بِ or the
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

#: Endings of a relative adjective in the feminine or plural, and the masculine singular's ي they replace.
NISBA_ENDINGS = ("يتين", "يتان", "يين", "يون", "يات", "ية")
_PLURAL_NISBA = ("يين", "يون", "يات")
_COMMON = frozenset({"NOUN", "ADJ"})


def _bare(form: str, reading: WordAnalysis) -> tuple[str, bool]:
    """The word without proclitics, article or enclitics, and whether it has the article."""
    host = host_ar(form, reading)
    article = "ال" in reading.proclitics and host.startswith("ال")
    return (host[2:] if article else host), article


def _kind(form: str, reading: WordAnalysis) -> str | None:
    bare, article = _bare(form, reading)
    if reading.enclitics:
        return None
    for ending in NISBA_ENDINGS:
        if bare.endswith(ending) and len(bare) - len(ending) >= 3:
            if article or ending in _PLURAL_NISBA:
                return "nisba"
            return "nisba-singular"  # رقية: a name unless it agrees
    if article and bare.endswith("ي") and len(bare) >= 4:
        return "nisba-masculine"
    if article and bare.endswith("ة") and len(bare) >= 3:
        return "feminine"
    return None


def _definite(a: WordAnalysis) -> bool:
    return "ال" in a.proclitics or bool(a.enclitics) or a.pos_coarse == "PROPN"


def _masculine(bare: str) -> str:
    for ending in NISBA_ENDINGS:
        if bare.endswith(ending) and len(bare) - len(ending) >= 3:
            return bare[: -len(ending)] + "ي"
    for ending in ("تين", "تان", "ات", "ة"):
        if bare.endswith(ending) and len(bare) - len(ending) >= 3:
            return bare[: -len(ending)]
    return bare


def common_guesses_ar(readings: Sequence[WordAnalysis], forms: Sequence[str]) -> list[WordAnalysis]:
    """Read guessed words as common nouns or adjectives where the module notes say so.

    Args:
        readings: one reading per word of a stretch (in context); guessed words have ``pos`` "guess".
        forms: the words as analysed (no diacritics).

    >>> wazir = WordAnalysis("الوزير", "وَزِير", pos="اسم/اسم جامد", pos_coarse="NOUN", proclitics=("ال",))
    >>> guess = WordAnalysis("الأوغندي", "الأوغندي", pos="guess", pos_coarse="PROPN", proclitics=("ال",))
    >>> out = common_guesses_ar([wazir, guess], ["الوزير", "الأوغندي"])
    >>> out[1].pos_coarse, out[1].lemma
    ('ADJ', 'أوغندي')
    """
    out = list(readings)
    for i, reading in enumerate(readings):
        if reading.pos != "guess" or reading.pos_coarse != "PROPN":
            continue
        kind = _kind(forms[i], reading)
        if kind is None:
            continue
        bare, article = _bare(forms[i], reading)
        previous = out[i - 1] if i else None
        agrees = (
            previous is not None and previous.pos_coarse in _COMMON and _definite(previous) == article
            and (kind != "nisba-masculine" or "ال" in previous.proclitics)
        )  # fmt: skip
        if agrees:
            out[i] = replace(reading, lemma=_masculine(bare), pos_coarse="ADJ")
        elif kind in ("nisba", "feminine"):
            out[i] = replace(reading, lemma=_masculine(bare) if kind == "nisba" else bare, pos_coarse="NOUN")
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
