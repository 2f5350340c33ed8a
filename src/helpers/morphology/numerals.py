"""Words next to a number: a counted or dated word is a noun, واحد after its noun an adjective.

A number counts the word after it, and a date or a year follows its noun; neither is a noun that
an adjective could describe, so an indefinite word next to a number is a noun whatever its use
elsewhere (:func:`helpers.morphology.adjective_noun.adjective_or_noun` applies these in its order):

* an indefinite word right after a number written in digits, or right before one, is counted
  or dated: a noun (خمسين عاما, عام ١٩٩٩); the word before a number is not the word's neighbour
  (جنيه ١٩٩٤ عاما); a definite word after one still agrees with its noun (العام المالي ٢٠٠٣);
* an indefinite word right after a cardinal written in letters is counted by it, a noun
  (أربعين جريحا, ألف جندي; :func:`counting_cardinal`): not after واحد or اثنان, which follow
  their noun (:data:`AGREEING_NUMBERS`), and not an elative (أربعة آخرين);
* واحد "one" right after a common noun of the same definiteness describes it, an adjective (شهر
  واحد, الموسم الواحد; :func:`agreeing_one`), as Arabic grammar parses واحد after the counted
  noun; واحد heading a partitive stays a numeral (واحد من).

A number written in digits is no row of the morphology table, except one written onto its
proclitics: ``و18``, ``بـ3``, ``وب12.18`` are one written word each
(:func:`helpers.text.tokenize.tokenize_ar`), read as the proclitics + NUM
(:func:`number_reading_ar`, with the clitics of :func:`helpers.text.clitics.number_clitics_ar`),
as UD Arabic-PADT segments و + ١٨.
"""

from __future__ import annotations

from camel_tools.utils.dediac import dediac_ar

from helpers.morphology.base import WordAnalysis
from helpers.morphology.context import definite
from helpers.text.clitics import number_clitics_ar

__all__ = ["AGREEING_NUMBERS", "NUMBER_POS", "agreeing_one", "counting_cardinal", "number_reading_ar"]

#: Numbers that follow their noun and agree with it, as lemmas without diacritics.
AGREEING_NUMBERS = frozenset("واحد واحدة اثنان اثنتان".split())
_ONE = "واحد"
#: The ``pos`` of a number written in digits after proclitics (CAMeL's tag for digits).
NUMBER_POS = "digit"


def number_reading_ar(word: str) -> WordAnalysis | None:
    """Read a number written in digits after proclitics as them + NUM (``None`` for any other word).

    The lemma is the number as written; it has no root, pattern or gloss.

    >>> r = number_reading_ar("و18")
    >>> r.proclitics, r.lemma, r.pos, r.pos_coarse
    (('و',), '18', 'digit', 'NUM')
    >>> number_reading_ar("وب12.18").proclitics, number_reading_ar("18"), number_reading_ar("وزير")
    (('و', 'ب'), None, None)
    """
    clitics = number_clitics_ar(word)
    if clitics is None:
        return None
    return WordAnalysis(diacritized=clitics.prefix + clitics.stem, lemma=clitics.stem, pos=NUMBER_POS,
                        pos_coarse="NUM", proclitics=clitics.proclitics, score=1.0)


def agreeing_one(reading: WordAnalysis, previous: WordAnalysis | None) -> bool:
    """Whether a word is واحد "one" right after a common noun of the same definiteness, which it
    describes (شهر واحد, الموسم الواحد).

    >>> one = WordAnalysis("", "وَاحِد", pos="closed-class/NUM", pos_coarse="NUM")
    >>> agreeing_one(one, WordAnalysis("", "شَهْر", pos_coarse="NOUN")), agreeing_one(one, None)
    (True, False)
    """
    if previous is None or reading.pos != "closed-class/NUM" or dediac_ar(reading.lemma) != _ONE:
        return False
    return previous.pos_coarse == "NOUN" and definite(previous) == definite(reading)


def counting_cardinal(a: WordAnalysis) -> bool:
    """Whether a word is a cardinal number written in letters that counts the word after it
    (خمسة, أربعين, ألف, مليون; not واحد and اثنان, which follow their noun, nor a definite one).

    >>> counting_cardinal(WordAnalysis("", "أَلْف", pos_coarse="NUM")), counting_cardinal(WordAnalysis("", "وَاحِد", pos_coarse="NUM"))
    (True, False)
    """
    return a.pos_coarse == "NUM" and not definite(a) and dediac_ar(a.lemma) not in AGREEING_NUMBERS
