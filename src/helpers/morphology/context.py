"""What the context rules read off a word, and how a word changes class.

An unvocalized form is often both a verb and a noun (وضع "he put" / "situation"), and a derived
word both an adjective and a noun (مسؤول "responsible" / "official"). The analyzer's in-context
model chooses a *lemma*; rules then choose the part of speech from the syntax around the word,
using only the word's options (the readings :func:`helpers.morphology.readings.word_options`
kept) and the neighbours' readings. :mod:`helpers.morphology.table` runs them in this order, on
each stretch of words between punctuation marks:

1. :mod:`helpers.morphology.verb_noun`: verb or noun, from the word before (a preposition, a
   particle that governs verbs, a relative pronoun, a word that opens a clause);
2. :mod:`helpers.morphology.adjective_noun`: adjective or noun, from agreement with the word
   before, the construct state and coordination; it consults
   :mod:`helpers.morphology.predicate_slots` (predicates and circumstantial accusatives),
   :mod:`helpers.morphology.numerals` (words counted by a number, واحد after its noun) and
   :mod:`helpers.morphology.function_words` (من "who", رغم after a preposition).

This module holds what they share. A word's **host** is the word without its proclitics and
enclitics, the article kept (:func:`host_ar`); a word is **definite** when it has the article,
a possessive enclitic, or is a name; the **indefinite accusative** shows in the tanwin alef
(:func:`indefinite_accusative_ar`); the kinds of derived word the analyzer labels (elative,
participle, صفة مشبهة) are read from all of a word's options, not only the one chosen.

A word that changes class takes the option with the same lemma and the new class if there is one,
else an option with the same root (a verb that becomes a noun: its verbal noun first, على طلب →
the مصدر طَلَب), else keeps its reading with the new coarse tag (farahidi files جديد as a
primitive noun; used after a noun it is tagged ADJ, its ``pos`` unchanged): :func:`switch_class`.
A word read in another class inside its own phrase keeps its lemma and root
(:func:`same_word`: مُقَال "article" read as a noun is not مِقَال).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import replace

from camel_tools.utils.dediac import dediac_ar

from helpers.morphology.base import WordAnalysis
from helpers.morphology.lemmas import FEMININE_ELATIVES

__all__ = [
    "COPULAS",
    "ELATIVE",
    "INNA_SISTERS",
    "NOMINAL",
    "definite",
    "elative",
    "host_ar",
    "indefinite_accusative_ar",
    "participle",
    "resembling_adjective",
    "same_word",
    "switch_class",
]

#: The coarse tags of nominal words (a noun, an adjective, a name, a number).
NOMINAL = frozenset({"NOUN", "ADJ", "PROPN", "NUM"})
#: كان and its sisters (lemmas without diacritics): the word after one is its predicate or subject.
COPULAS = frozenset("كان أصبح أمسى أضحى ظل بات صار ليس زال دام".split())
#: إنّ and its sisters, as lemmas without diacritics.
INNA_SISTERS = frozenset("إن أن لكن لأن كأن".split())
#: The end of the ``pos`` of an elative (اسم تفضيل).
ELATIVE = "اسم تفضيل"
_PARTICIPLES = ("اسم فاعل", "اسم مفعول")
_RESEMBLING = "صفة مشبهة"
_ELATIVE_LEMMAS = frozenset(unicodedata.normalize("NFC", lemma) for lemma in FEMININE_ELATIVES.values())


def host_ar(form: str, reading: WordAnalysis) -> str:
    """The written word without its proclitics (the article kept) and enclitics.

    >>> host_ar("وبالحكومة", WordAnalysis("", "حكومة", proclitics=("و", "ب", "ال")))
    'الحكومة'
    >>> host_ar("حكومته", WordAnalysis("", "حكومة", enclitics=("ه",))), host_ar("للحكومة", WordAnalysis("", "حكومة", proclitics=("ل", "ال")))
    ('حكومة', 'الحكومة')
    """
    rest = form
    for clitic in reading.proclitics:
        if clitic == "ال":
            break
        if clitic == "ل" and rest.startswith("لل") and "ال" in reading.proclitics:
            rest = "ا" + rest[1:]  # للحكومة: ل + الحكومة, its alef dropped
        else:
            rest = rest[len(clitic) :] if rest.startswith(clitic) else rest
    for clitic in reversed(reading.enclitics):
        if rest.endswith(clitic) and len(rest) > len(clitic):
            rest = rest[: -len(clitic)]
    if reading.enclitics and rest.endswith("ت") and dediac_ar(reading.lemma).endswith("ة"):
        rest = rest[:-1] + "ة"
    return rest


def indefinite_accusative_ar(form: str, reading: WordAnalysis) -> bool:
    """Whether a word is an indefinite accusative written with the tanwin alef (مشيرا, حاليا).

    >>> indefinite_accusative_ar("مشيرا", WordAnalysis("", "مُشِير")), indefinite_accusative_ar("دنيا", WordAnalysis("", "دُنْيَا"))
    (True, False)
    """
    return (
        form.endswith("ا")
        and not reading.enclitics
        and "ال" not in reading.proclitics
        and not dediac_ar(reading.lemma).endswith(("ا", "ى", "اء"))
    )


def definite(a: WordAnalysis) -> bool:
    """Whether a word is definite: the article, a possessive enclitic, or a name.

    >>> definite(WordAnalysis("", "حُكُومَة", enclitics=("ه",))), definite(WordAnalysis("", "حُكُومَة"))
    (True, False)
    """
    return "ال" in a.proclitics or bool(a.enclitics) or a.pos_coarse == "PROPN"


def elative(reading: WordAnalysis, options: Sequence[WordAnalysis]) -> bool:
    """Whether the word is an elative: so labelled by the analyzer, or one the analyzer files as a
    primitive noun (أَوَّل, آخَر: the masculines of :data:`~helpers.morphology.lemmas.FEMININE_ELATIVES`),
    or cited in its feminine (أُخْرَى).

    >>> elative(WordAnalysis("", "أَوَّل", pos="اسم/اسم جامد"), ()), elative(WordAnalysis("", "وَزِير"), ())
    (True, False)
    """
    if unicodedata.normalize("NFC", reading.lemma) in _ELATIVE_LEMMAS or dediac_ar(reading.lemma) in FEMININE_ELATIVES:
        return True
    return any(a.pos.endswith(ELATIVE) and a.lemma == reading.lemma for a in (reading, *options))


def resembling_adjective(reading: WordAnalysis, options: Sequence[WordAnalysis]) -> bool:
    """Whether the word can be a صفة مشبهة of its lemma (ضعيف, طويل, رفيع)."""
    return any(a.pos.endswith(_RESEMBLING) and a.lemma == reading.lemma for a in (reading, *options))


def participle(reading: WordAnalysis, options: Sequence[WordAnalysis]) -> bool:
    """Whether the word can be an active or passive participle of its lemma.

    >>> participle(WordAnalysis("", "مُشِير", pos="اسم/اسم فاعل"), ())
    True
    """
    return any(a.pos.endswith(_PARTICIPLES) and a.lemma == reading.lemma for a in (reading, *options))


def switch_class(reading: WordAnalysis, options: Sequence[WordAnalysis], wanted: str | frozenset[str]) -> WordAnalysis:
    """The option of class ``wanted`` closest to ``reading`` (same lemma and root, then same root,
    then the first), else ``reading`` retagged (only for a single class). A lemma spelled alike
    from another root is not the same word: عَام "year" (عوم) is not عَامٍ "blind" (عمي).

    >>> verb = WordAnalysis("", "طَلَبَ", root="طلب", pos="فعل/ماض", pos_coarse="VERB")
    >>> masdar = WordAnalysis("", "طَلَب", root="طلب", pos="اسم/مصدر أصلي", pos_coarse="NOUN")
    >>> switch_class(verb, (verb, masdar), NOMINAL).lemma
    'طَلَب'
    """
    classes = {wanted} if isinstance(wanted, str) else wanted
    same = [a for a in options if a.pos_coarse in classes and a.proclitics == reading.proclitics and a.enclitics == reading.enclitics]
    if reading.pos_coarse == "VERB":  # a verb read as a noun is its verbal noun first (على طلب: طَلَب, مصدر)
        same.sort(key=lambda a: "مصدر" not in a.pos)
    same_lemma = [a for a in same if a.lemma == reading.lemma and a.root == reading.root]
    for choice in (same_lemma, [a for a in same if a.root and a.root == reading.root], same):
        if choice:
            return choice[0]
    return replace(reading, pos_coarse=wanted) if isinstance(wanted, str) else reading


def same_word(reading: WordAnalysis, options: Sequence[WordAnalysis], wanted: str) -> WordAnalysis:
    """The option of class ``wanted`` with the reading's lemma and root, else the reading retagged:
    a word used another way stays the same word (مُقَال "article" read as a noun is not مِقَال)."""
    for a in options:
        if a.pos_coarse == wanted and a.lemma == reading.lemma and a.root == reading.root and a.proclitics == reading.proclitics and a.enclitics == reading.enclitics:
            return a
    return replace(reading, pos_coarse=wanted)
