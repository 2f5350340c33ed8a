"""Name or common word, from the neighbouring words (:func:`names_in_sequence`).

Many personal names are also common words (صدام "clash", مبارك "blessed", عمر "he built"), and the
readings step keeps the common reading when the word is often written with the article. A name
seldom stands alone in news prose: a person is named with two or more names in a row. So a word
without the article that the analyzer lists as a proper noun (اسم علم), read as a noun or
adjective, is that name when it stands next to a name the analyzer or its corpus knows (صدام حسين,
حسني مبارك; not a verb: وصل عمرو, not in the indefinite accusative, which names do not take: ستين
كيلومترا, and neither word with a proclitic of its own, which opens a new phrase: تصريحات سابقة
لسفيان; after a name, not a word in ة, rather the name's predicate or attribute: واشنطن مفيدة,
nor a word followed by a common noun with the article, its genitive, since a name heads no
construct: مصر أحد البنوك, خاتمي شقيق الرئيس; the genitive a word news prose uses as a noun with
the article, not a family name: محمد ناجي العطري),
unless news prose uses it as a common noun with the article (it is counted in
:mod:`helpers.morphology.adjective_use` with a share below
:data:`~helpers.morphology.adjective_noun.ADJECTIVE_SHARE`: وزير, رئيس, عمر "age"), since a title or a
common noun before a name is its construct (وزير مصر). The word after بن "son of", which is written
without its alef only inside a name, is a name whatever the analyzer lists (عبد الله بن علي: not
the preposition على), and بن itself is part of the name (its lemma ابن). عبد and أبو
(:data:`NAME_HEADS`) before a noun, adjective or name open a compound name, and both words are the
name as written (عبد العزيز, عبد الرحمن: a servant of one of God's names; أبو مازن, أبو ظبي: a
kunya or a place), the article kept as names keep it.

News prose narrates and seldom commands, and foreign names and letters spelt out (باتن, إف in
إف ب "AFP", جي in دي جي) often match an imperative the analyzer lists for a weak or doubled
verb (باتن under بَاتَ, إف under أَفَّ). So a word without clitics that the analyzer can read as a verb only in the
imperative, next to a name without a proclitic (a guessed one counts), is a name as written
(بنيامين باتن, موسكو إف ب); not a word that can also be a perfect or imperfect (في موسكو برهن
رئيس الوزراء: the perfect), nor an imperative with no name beside it.

A name in ا right after an indefinite accusative noun is the relative adjective (نسبة) agreeing
with it in its tanwin alef, when the analyzer reads the word so (جنديا تركيا "a Turkish
soldier", رجلا ألمانيا): a name after an accusative noun would need a preposition; not after
an adverbial accusative, which the analyzer reads as an adjective (زار مؤخرا سوريا).

The rule runs after :mod:`helpers.morphology.verb_noun` and :mod:`helpers.morphology.adjective_noun`
have chosen verb, noun or adjective, on the readings they chose.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from camel_tools.utils.dediac import dediac_ar

from helpers.morphology.adjective_use import adjective_share_ar
from helpers.morphology.base import WordAnalysis
from helpers.morphology.adjective_noun import ADJECTIVE_SHARE
from helpers.morphology.context import host_ar, indefinite_accusative_ar

__all__ = ["NAME_AFTER_BIN", "NAME_HEADS", "names_in_sequence"]

#: Words that open a compound name with the word after them (عبد الله, عبد العزيز, أبو مازن).
NAME_HEADS = frozenset({"عبد", "أبو", "ابو"})
#: ``pos`` of a word read as a name from its neighbours (after بن, in عبد العزيز, an imperative
#: next to a name) without a name reading.
NAME_AFTER_BIN = "context/name"
_NOMINAL_WORDS = frozenset({"NOUN", "ADJ", "PROPN"})
_IMPERATIVE = "أمر"
_NISBA = "نسبة"


def names_in_sequence(
    readings: list[WordAnalysis], analyses: Sequence[Sequence[WordAnalysis]], forms: Sequence[str]
) -> list[WordAnalysis]:
    """Apply the name-or-common rule of the module notes.

    Args:
        readings: one reading per word of a stretch (in context).
        analyses: each word's analyses by the analyzer (empty for a closed-class word: only the
            rule of بن applies to it); a proper-noun analysis is taken only with the clitics of
            the word's reading and without the article.
        forms: the words as analysed.

    >>> common = WordAnalysis("", "صِدَام", pos_coarse="NOUN")
    >>> name = WordAnalysis("", "صَدَّام", pos_coarse="PROPN")
    >>> husayn = WordAnalysis("", "حُسَيْن", pos_coarse="PROPN")
    >>> [a.lemma for a in names_in_sequence([common, husayn], [(common, name), (husayn,)], ["صدام", "حسين"])]
    ['صَدَّام', 'حُسَيْن']
    >>> names_in_sequence([common], [(common, name)], ["صدام"])[0].pos_coarse
    'NOUN'
    """
    out = list(readings)
    for i, reading in enumerate(out):
        if reading.pos_coarse == "PROPN":
            if i > 0 and (adjective := _accusative_nisba(reading, out[i - 1], analyses[i], forms, i)) is not None:
                out[i] = adjective  # جنديا تركيا: "a Turkish soldier", not Turkey
            continue
        name = next(
            (a for a in analyses[i] if a.pos_coarse == "PROPN" and "ال" not in a.proclitics
             and a.proclitics == reading.proclitics and a.enclitics == reading.enclitics),
            None,
        )  # fmt: skip
        if forms[i] in NAME_HEADS and i + 1 < len(out) and readings[i + 1].pos_coarse in _NOMINAL_WORDS:
            out[i] = name or WordAnalysis(forms[i], forms[i], root=reading.root, pos=NAME_AFTER_BIN, pos_coarse="PROPN")
            after = readings[i + 1]
            if after.pos_coarse != "PROPN":  # عبد العزيز: the name as written, its article kept
                host = host_ar(forms[i + 1], after)
                out[i + 1] = WordAnalysis(forms[i + 1], host, root=after.root, pos=NAME_AFTER_BIN, pos_coarse="PROPN", proclitics=after.proclitics, enclitics=after.enclitics)
            continue
        if out[i].pos_coarse == "PROPN":
            continue
        if _imperative_by_name(reading, readings, i, analyses[i]):  # بنيامين باتن, not the imperative of بات
            out[i] = WordAnalysis(forms[i], forms[i], pos=NAME_AFTER_BIN, pos_coarse="PROPN")
            continue
        if forms[i] == "بن" and name is not None:  # ابن without its alef: only inside a name
            out[i] = name
            continue
        if i > 0 and forms[i - 1] == "بن" and len(forms[i]) > 1:
            out[i] = name or WordAnalysis(forms[i], forms[i], pos=NAME_AFTER_BIN, pos_coarse="PROPN")
            continue
        if (
            name is None
            or reading.pos_coarse not in ("NOUN", "ADJ")
            or reading.proclitics
            or indefinite_accusative_ar(forms[i], reading)
            or _common_noun(dediac_ar(name.lemma))
        ):
            continue
        name = replace(name, root=name.root or reading.root)  # صدام: the root of its homograph (صدم)
        left = i > 0 and _known_name(out[i - 1]) and not forms[i].endswith("ة") and not _before_its_genitive(readings, i)
        right = i + 1 < len(out) and _known_name(readings[i + 1]) and not readings[i + 1].proclitics
        if left or right:
            out[i] = name
    return out


def _accusative_nisba(
    reading: WordAnalysis, previous: WordAnalysis, analyses: Sequence[WordAnalysis], forms: Sequence[str], i: int
) -> WordAnalysis | None:
    """The relative adjective (نسبة) a name in ا stands for right after an indefinite accusative
    noun, agreeing with it in its tanwin alef (جنديا تركيا "a Turkish soldier": تركيًّا,
    not تركيا "Turkey"; a name after an accusative noun would need a preposition), if the
    analyzer reads the word so without clitics; else ``None``. Not after an adverbial accusative,
    which the analyzer reads as an adjective (زار مؤخرا سوريا "recently visited Syria")."""
    if reading.proclitics or reading.enclitics or not forms[i].endswith("ا") or previous.pos_coarse != "NOUN":
        return None
    if not indefinite_accusative_ar(forms[i - 1], previous):
        return None
    return next(
        (a for a in analyses if a.pos_coarse == "ADJ" and a.pos.endswith(_NISBA) and not a.proclitics and not a.enclitics),
        None,
    )


def _before_its_genitive(readings: Sequence[WordAnalysis], i: int) -> bool:
    """Whether word ``i`` is followed by its genitive: a common noun with the article that news
    prose uses as a noun (:func:`_common_noun`: البنوك, الرئيس), not a family name with the
    article (محمد ناجي العطري)."""
    following = readings[i + 1] if i + 1 < len(readings) else None
    return (
        following is not None
        and following.pos_coarse == "NOUN"
        and following.proclitics == ("ال",)
        and _common_noun(dediac_ar(following.lemma))
    )


def _imperative_by_name(reading: WordAnalysis, readings: Sequence[WordAnalysis], i: int, analyses: Sequence[WordAnalysis]) -> bool:
    """Whether word ``i``, read as an imperative that is the only verb the analyzer has for it
    and carrying no clitic, stands next to a name without a proclitic (guessed names count; a word
    read as a name from its neighbours does not)."""
    if not reading.pos.endswith(_IMPERATIVE) or reading.proclitics or reading.enclitics:
        return False
    if any(a.pos_coarse == "VERB" and not a.pos.endswith(_IMPERATIVE) for a in analyses):
        return False  # برهن: also the perfect
    return any(
        0 <= j < len(readings) and readings[j].pos_coarse == "PROPN" and readings[j].pos != NAME_AFTER_BIN and not readings[j].proclitics
        for j in (i - 1, i + 1)
    )


def _known_name(a: WordAnalysis) -> bool:
    """A name the analyzer or its corpus knows (a guessed word is often a name, but not always;
    a word read as a name from its neighbours is no evidence for the next one)."""
    return a.pos_coarse == "PROPN" and a.pos not in ("guess", NAME_AFTER_BIN)


def _common_noun(bare: str) -> bool:
    share = adjective_share_ar(bare)
    return share is not None and share < ADJECTIVE_SHARE
