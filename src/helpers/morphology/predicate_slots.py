"""Where an adjective stands without a noun to agree with: predicates and accusatives.

An adjective normally follows its noun and agrees with it
(:mod:`helpers.morphology.adjective_noun`). Arabic also puts adjectives where no noun precedes
them in the same phrase: as the predicate of a clause, as a circumstantial or adverbial
accusative, after غير. In these slots a word that *can* be an adjective (adjective-capable, as
:mod:`helpers.morphology.adjective_noun` judges it) or a participle is one, though it does not
follow a noun of its own definiteness:

* a **predicate** (:func:`predicate_after_definite`, :func:`predicate_slot`): an indefinite word
  right after a word with the article or a noun carrying a possessive (الإصابات خطيرة, إن حالته
  خطيرة), a word in ة right after a name, which is definite and, for a country or a city,
  feminine (مصر قادرة; not a masculine word, more often the next part of the name: ماهر
  الحرابي, nor, as :mod:`helpers.morphology.adjective_noun` asks, a word heading a construct or
  before a name or a definite word: أرضية الملعب, عبدالرزاق علية البريقي), after a personal pronoun, the subject of a nominal sentence (هي قادرة), after إنّ or one
  of its sisters whose subject is the pronoun attached to it (إننا قريبون, أنه قادر, لكنه مستعد),
  or after كان or one of its sisters (:data:`~helpers.morphology.context.COPULAS`: أصبح ممكنا,
  ليس جديدا);
* an **accusative**: an indefinite adjective-capable word in the indefinite accusative (-an,
  written ا: مشيرا, حاليا, كثيرا); and a participle in the indefinite accusative that opens its
  clause (after a comma or at the start of a sentence) describes the subject of the clause before
  it, a circumstantial accusative, and is an adjective whatever its use elsewhere (، مشيرا إلى,
  ، مؤكدا أن: مشير is also "field marshal"); so is one right before إلى, أنْ or أنّ, the complement
  of a participle of saying or pointing, wherever it stands (وقال الوزير مشيرا إلى, مستبعدا أن
  يكون): :func:`circumstantial`;
* **"it is X that"** (:func:`impersonal_predicate`): in من الـX أن, X is an adjective, the
  predicate of the clause that أنْ or أنّ opens (من المقرر أن, من الواضح أن, من المتوقع أن): with
  the article, in its lemma's own form, adjective-capable or a participle;
* **after غير** "non-, un-" (:func:`negated_by_ghayr`): an adjective-capable word or a participle
  is the adjective it negates, with or without the article (الأسلحة غير التقليدية, بطريقة غير
  قانونية, من غير المستبعد أن): غير takes it as its genitive, but the phrase is an adjective of the
  noun before it.
"""

from __future__ import annotations

from collections.abc import Sequence

from camel_tools.utils.dediac import dediac_ar

from helpers.morphology.base import WordAnalysis
from helpers.morphology.context import COPULAS, INNA_SISTERS, NOMINAL, host_ar, indefinite_accusative_ar, participle

__all__ = ["circumstantial", "impersonal_predicate", "negated_by_ghayr", "predicate_after_definite", "predicate_slot"]

_PERSONAL_PRONOUNS = frozenset("هو أنت أنا نحن".split())
_GHAYR = "غير"


def predicate_after_definite(previous: WordAnalysis | None, host: str = "") -> bool:
    """Whether the word before is a nominal with the article or a noun carrying a possessive,
    after which an indefinite adjective is its predicate (الإصابات خطيرة, إن حالته خطيرة), or a
    name and the word (``host``: without clitics) is in ة, agreeing with a feminine name (مصر
    قادرة, فرنسا قوية); a masculine word after a name is more often the next part of the name
    (ماهر الحرابي, عادل إمام).

    >>> predicate_after_definite(WordAnalysis("", "حَالَة", pos_coarse="NOUN", enclitics=("ه",)))
    True
    >>> masr = WordAnalysis("", "مِصْر", pos_coarse="PROPN")
    >>> predicate_after_definite(masr, "قادرة"), predicate_after_definite(masr, "قادر")
    (True, False)
    """
    if previous is None or previous.pos_coarse not in NOMINAL:
        return False
    if previous.pos_coarse == "PROPN" and not previous.proclitics and host.endswith("ة"):
        return True
    return "ال" in previous.proclitics or bool(previous.enclitics and previous.pos_coarse == "NOUN")


def predicate_slot(previous: WordAnalysis | None, form: str = "") -> bool:
    """Whether a word right after ``previous`` is a predicate: after a personal pronoun (a
    nominal sentence's subject), after إنّ or a sister carrying its subject as a pronoun (إننا,
    أنه, لكنه; a word in ة does not agree with ه, the masculine: أنه سابقة) or after a copula
    (:data:`~helpers.morphology.context.COPULAS`).

    >>> inna = WordAnalysis("", "إِنَّ", pos="closed-class/SCONJ", pos_coarse="SCONJ", enclitics=("ه",))
    >>> predicate_slot(inna, "قريب"), predicate_slot(inna, "سابقة")
    (True, False)
    """
    if previous is None:
        return False
    lemma = dediac_ar(previous.lemma)
    if previous.enclitics and previous.pos_coarse in ("SCONJ", "CCONJ", "PART") and lemma in INNA_SISTERS:
        return not (previous.enclitics[-1] == "ه" and form.endswith("ة"))  # أنه سابقة: no agreement, a noun
    if previous.pos_coarse == "PRON":
        return lemma in _PERSONAL_PRONOUNS
    return previous.pos_coarse in ("VERB", "AUX") and lemma in COPULAS


def circumstantial(
    form: str, reading: WordAnalysis, options: Sequence[WordAnalysis], *, opens_clause: bool, following: WordAnalysis | None
) -> bool:
    """Whether a participle in the indefinite accusative is circumstantial: it opens its clause
    (``opens_clause``: ، مشيرا إلى) or the next word is أنّ, أنْ or إلى, opening the complement a
    participle of saying or pointing takes (وقال الوزير مشيرا إلى, مؤكدا أن)."""
    complement = following is not None and following.pos.startswith("closed-class") and dediac_ar(following.lemma) in ("أن", "إلى")
    return (opens_clause or complement) and indefinite_accusative_ar(form, reading) and participle(reading, options)


def impersonal_predicate(
    form: str,
    reading: WordAnalysis,
    options: Sequence[WordAnalysis],
    previous: WordAnalysis | None,
    *,
    following: WordAnalysis | None,
    adjectival: bool,
) -> bool:
    """Whether a word is X in من الـX أن "it is X that" (من المقرر أن, من الواضح أن): after من,
    with the article, in the lemma's own form (masculine singular: not من الركاب أن), adjective-capable
    (``adjectival``) or a participle, and followed by أنْ or أنّ."""
    if previous is None or following is None or previous.pos_coarse != "ADP" or dediac_ar(previous.lemma) != "من":
        return False
    if dediac_ar(following.lemma) != "أن" or "ال" not in reading.proclitics or reading.enclitics:
        return False
    if host_ar(form, reading)[2:] != dediac_ar(reading.lemma):
        return False
    return adjectival or participle(reading, options)


def negated_by_ghayr(previous: WordAnalysis | None, reading: WordAnalysis, options: Sequence[WordAnalysis], *, adjectival: bool) -> bool:
    """Whether the word follows غير and is adjective-capable (``adjectival``) or a participle: the
    adjective غير negates (الأسلحة غير التقليدية, من غير المستبعد)."""
    return previous is not None and dediac_ar(previous.lemma) == _GHAYR and (adjectival or participle(reading, options))
