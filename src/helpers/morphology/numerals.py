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
"""

from __future__ import annotations

from camel_tools.utils.dediac import dediac_ar

from helpers.morphology.base import WordAnalysis
from helpers.morphology.context import definite

__all__ = ["AGREEING_NUMBERS", "agreeing_one", "counting_cardinal"]

#: Numbers that follow their noun and agree with it, as lemmas without diacritics.
AGREEING_NUMBERS = frozenset("واحد واحدة اثنان اثنتان".split())
_ONE = "واحد"


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
