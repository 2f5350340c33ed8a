"""Checks for notebook 06 (discourse: parts, connectives, attribution, deixis, reference chains).

Every check takes the student's ``answer`` and, optionally, the ``text`` the exercise is about
(the case-study article by default) and, for the chain exercises, a ``gold`` chain (by default
``data/annotations/chain_kadhimi.tsv``, read against the text). The expected value is computed
with the discourse helpers or read from the gold chain, the way the notebook's solution cells
do; nothing about the article is written down here. Typical wrong answers (a subtype given for a
sense, one part of a paired connective, a title counted as an epithet, a recall with the zero
subjects left in, a percentage instead of a fraction ...) are recognised and answered with a hint.

>>> check_bal_sense(...)
✗ Not yet. No answer yet: replace the ... with your code.
   Hint 1 of 2: بل after a negation replaces what was denied ('not X, but rather Y'); without a negation before it, it adds a stronger point.
>>> check_bal_sense("alternative", text="لم يتراجع الوفد، بل تقدم.")
✓ Correct. بل is 'alternative' (subtype 'substitution'): the negation لم earlier in its sentence makes it replace what was denied.
>>> check_attribution_counts((1, 0), text="قال الوزير إن الحوار مستمر.")
✓ Correct. 1 attribution(s) and 0 evidential frame(s). Now look at who the sources are: named, unnamed or implicit?
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache
from numbers import Real
from typing import Any

from helpers.discourse import (
    ChainMention,
    chain_recall_ar,
    find_attributions_ar,
    find_connectives_ar,
    read_gold_chain_ar,
    reference_chains_ar,
)
from helpers.discourse.connectives import NEGATIONS_AR
from helpers.discourse.words import words_ar
from helpers.exercises.feedback import Feedback, correct, format_number, matches_rounded, not_yet, unanswered
from helpers.exercises.registry import exercise, hints_for
from helpers.exercises.texts import case_study_text

__all__ = [
    "hint",
    "check_bal_sense",
    "check_paired_parts",
    "check_epithets",
    "check_attribution_counts",
    "check_recall_without_zero",
]

#: Show the next staged hint of an exercise of this notebook: ``hint("ex2")``.
hint = hints_for(__name__)


def _shown(value: Any) -> str:
    """An answer echoed in a message: a number as a person would write it, anything else as is."""
    return format_number(value, digits=4)

_TOLERANCE = 0.005  # for recall: rounding to two or three decimals is fine
_GOLD_NAME = "chain_kadhimi.tsv"


_default_text = case_study_text


@lru_cache(maxsize=8)
def _connectives(text: str) -> tuple:
    return tuple(find_connectives_ar(text))


@lru_cache(maxsize=8)
def _chains(text: str) -> tuple[ChainMention, ...]:
    return tuple(reference_chains_ar(text))


def _gold(text: str, gold: Sequence[ChainMention] | None) -> list[ChainMention]:
    return list(gold) if gold is not None else read_gold_chain_ar(_GOLD_NAME, text=text)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _plain(value: Any) -> str | None:
    return value.strip().lower() if isinstance(value, str) else None


# --- Exercise 1: the sense of بل -----------------------------------------------------------------


def _negation_before(text: str, offset: int) -> str | None:
    """The nearest negation word before ``offset`` in the same sentence, as written, or ``None``."""
    words = words_ar(text)
    here = next((w for w in words if w.start == offset), None)
    if here is None:
        return None
    for w in reversed(words[: here.index]):
        if w.sentence != here.sentence:
            break
        if w.norm in NEGATIONS_AR or (w.norm[:1] in "وف" and w.norm[1:] in NEGATIONS_AR):
            return w.text
    return None


@exercise(1, 'The sense of بل in the closing', hints=(
    "بل after a negation replaces what was denied ('not X, but rather Y'); without a negation before it, it adds a stronger point.",
    'find_connectives_ar in section 2 gives every connective it finds a sense; find the one written بل.',
))
def check_bal_sense(answer: Any, *, text: str | None = None) -> Feedback:
    """Check the sense (``c.sense``) the tagger gives to the first بل of the text.

    >>> check_bal_sense("addition", text="لم يتراجع الوفد، بل تقدم.")
    ✗ Not yet. 'addition' is what بل means when nothing before it is denied.
       Hint: Look earlier in the same sentence: لم is a negation. What does بل do after a denial?
    """
    if (empty := unanswered(answer)) is not None:
        return empty
    text = _default_text() if text is None else text
    found = [c for c in _connectives(text) if c.connective == "بل"]
    if not found:
        return not_yet("This text has no بل for the tagger to find.", hint="Check that you passed the right text.")
    bal = found[0]
    given = _plain(answer)
    if given is None:
        return not_yet(f"The answer should be a sense name (a str), not {type(answer).__name__}.")
    negation = _negation_before(text, bal.start)
    if given == bal.sense:
        why = (f"the negation {negation} earlier in its sentence makes it replace what was denied"
               if negation else "nothing before it is denied, so it adds a stronger point and stays ambiguous")
        return correct(f"بل is {bal.sense!r} (subtype {bal.subtype!r}): {why}.")
    if given == bal.subtype:
        return not_yet(f"{answer!r} is the subtype; the exercise asks for the sense.", hint="Read .sense, not .subtype.")
    if given == bal.sense_class.lower():
        return not_yet(f"{answer!r} is the top-level class; the exercise asks for the sense.", hint="Read .sense, not .sense_class.")
    if given == "addition" and negation:
        return not_yet("'addition' is what بل means when nothing before it is denied.",
                       hint=f"Look earlier in the same sentence: {negation} is a negation. What does بل do after a denial?")
    if given in bal.other_senses:
        return not_yet(f"{answer!r} is the other reading the tagger keeps open, not the one it chose.")
    if given in ("concession", "contrast") and negation:
        return not_yet(f"Close: {given!r} compares two claims, but بل after a denial does not keep the denied one.",
                       hint="بل replaces a denied claim with the right one ('not X, but rather Y'): an alternative.")
    return not_yet(f"{answer!r} is not the sense the tagger gives to بل here.")


# --- Exercise 2: the two parts of مع أن … لكن --------------------------------------------------


def _pair(value: Any) -> tuple[int, int] | None:
    if isinstance(value, (tuple, list)) and len(value) == 2 and all(_is_int(v) for v in value):
        return (value[0], value[1])
    return None


@exercise(2, 'The two parts of مع أن … لكن', hints=(
    'A paired connective has two parts in one sentence: the first announces, the second turns.',
    "A finding of kind 'paired' from find_connectives_ar keeps the offsets of both of its parts.",
))
def check_paired_parts(answer: Any, *, text: str | None = None) -> Feedback:
    """Check ``((start, end), (start, end))`` of the two parts of the first paired connective.

    >>> check_paired_parts(((0, 5), (18, 21)), text="مع أن العدد قليل، لكن الأثر كبير.")
    ✓ Correct. مع أن … لكن: the first part 'مع أن' at 0:5 announces a concession, the second 'لكن' at 18:21 turns it.
    >>> check_paired_parts((0, 5), text="مع أن العدد قليل، لكن الأثر كبير.")
    ✗ Not yet. That is only the first part, مع أن.
       Hint: A paired connective has two parts: the second is in c.parts too (c.parts[1]).
    """
    if (empty := unanswered(answer)) is not None:
        return empty
    text = _default_text() if text is None else text
    paired = [c for c in _connectives(text) if c.kind == "paired"]
    if not paired:
        return not_yet("The tagger finds no paired connective in this text.", hint="Check that you passed the right text.")
    c = paired[0]
    first, second = c.parts[0], c.parts[1]
    if _pair(answer) == first:
        return not_yet(f"That is only the first part, {text[first[0]:first[1]]}.",
                       hint="A paired connective has two parts: the second is in c.parts too (c.parts[1]).")
    if _pair(answer) == (first[0], second[1]):
        return not_yet("That is the whole stretch from the first part to the end of the second.",
                       hint="Give each part on its own: ((start, end), (start, end)).")
    if isinstance(answer, (tuple, list)) and len(answer) == 2 and all(isinstance(v, str) for v in answer):
        return not_yet("Those are the texts of the parts; the exercise asks for their offsets.")
    if not (isinstance(answer, (tuple, list)) and len(answer) == 2 and all(_pair(v) is not None for v in answer)):
        return not_yet("The answer should be two pairs of whole numbers: ((start, end), (start, end)).")
    a, b = _pair(answer[0]), _pair(answer[1])
    if (a, b) == (first, second):
        return correct(f"{c.connective}: the first part {text[first[0]:first[1]]!r} at {first[0]}:{first[1]} announces a "
                       f"concession, the second {text[second[0]:second[1]]!r} at {second[0]}:{second[1]} turns it.")
    if (a, b) == (second, first):
        return not_yet("Both parts are right, but in the wrong order.", hint="Give the first part (مع أن) first.")
    if a == first and b[0] == second[0] and b[1] == second[1] - 1 or b == second and a[1] == first[1] - 1:
        return not_yet("Almost: one end is one character short.", hint="An end offset is one past the last character: text[start:end].")
    if a == first:
        near = text[b[0]:b[1]] if 0 <= b[0] <= b[1] <= len(text) else ""
        return not_yet(f"The first part is right; the second is not ({near!r} at {b[0]}:{b[1]}).",
                       hint="The second part (لكن) must be in the same sentence as the first: take the first one after it.")
    return not_yet(f"{answer!r} are not the offsets of the two parts.")


# --- Exercise 4: epithets in the gold chain ------------------------------------------------------


@exercise(4, 'Epithets', hints=(
    "An epithet describes an actor instead of naming him (الرجل 'the man'); a title is an office stated with the name.",
    'The gold chain of section 5 gives every mention a mention_type.',
))
def check_epithets(answer: Any, *, text: str | None = None, gold: Sequence[ChainMention] | None = None) -> Feedback:
    """Check the texts of the gold chain's mentions of type ``epithet`` (any order).

    >>> g = [ChainMention(0, 4, "كريم", "mention", "k", "name", 1.0), ChainMention(9, 14, "الرجل", "mention", "k", "epithet", 1.0)]
    >>> check_epithets(["الرجل"], text="كريم عاد. الرجل تعب.", gold=g)
    ✓ Correct. 1 epithet(s): الرجل. An epithet describes instead of naming: it lets the writer characterise the actor.
    """
    if (empty := unanswered(answer)) is not None:
        return empty
    text = _default_text() if text is None else text
    chain = _gold(text, gold)
    expected = [g.text for g in chain if g.mention_type == "epithet"]
    if _is_int(answer):
        if answer == len(expected):
            return not_yet("That is how many there are; the exercise asks for the mentions themselves.")
        return not_yet("The exercise asks for a list of mentions, not a number.")
    if isinstance(answer, str) or not isinstance(answer, (list, tuple, set)):
        return not_yet("The answer should be a list of strings.")
    given = list(answer)
    if given and all(isinstance(g, ChainMention) for g in given):
        return not_yet("Those are mention records; the exercise asks for their texts.", hint="Take m.text for each mention.")
    if not all(isinstance(g, str) for g in given):
        return not_yet("Every item should be a str.")
    given = [" ".join(g.split()) for g in given]          # stray spaces around or inside a mention do not matter
    if sorted(given) == sorted(expected):
        return correct(f"{len(expected)} epithet(s): {'، '.join(expected)}. An epithet describes instead of naming: "
                       "it lets the writer characterise the actor.")
    types = {g.text: g.mention_type for g in chain}
    extra = [g for g in given if g not in expected]
    wrong_types = sorted({types[g] for g in extra if g in types})
    if "title" in wrong_types:
        return not_yet("A title is not an epithet here: the gold chain keeps the office stated next to the name apart.")
    if wrong_types:
        return not_yet(f"Some of your mentions are of another type ({', '.join(wrong_types)}).")
    if extra:
        return not_yet(f"These are not mentions in the gold chain: {'، '.join(extra)}.",
                       hint="Take the texts from the gold chain, not from the helper's output.")
    return not_yet(f"You are missing {len(set(expected) - set(given))} epithet(s).")


# --- Exercise 3: attributions and evidential frames ----------------------------------------------


@exercise(3, 'Count the voices', hints=(
    "An attribution reports someone's words (قال, بحسب); an evidential frame presents something as shown or seen (يؤشر, بدا).",
    'find_attributions_ar in section 3 labels each of its findings; count them per label, attributions first.',
))
def check_attribution_counts(answer: Any, *, text: str | None = None) -> Feedback:
    """Check ``(attributions, evidentials)``: how many findings of each label ``find_attributions_ar`` gives.

    >>> check_attribution_counts((0, 1), text="قال الوزير إن الحوار مستمر.")
    ✗ Not yet. The two numbers are swapped.
       Hint: First the findings labelled 'attribution' (someone's words), then those labelled 'evidential'.
    """
    if (empty := unanswered(answer)) is not None:
        return empty
    text = _default_text() if text is None else text
    found = find_attributions_ar(text)
    n_attr = sum(a.label == "attribution" for a in found)
    n_evid = sum(a.label == "evidential" for a in found)
    if _is_int(answer):
        if answer == n_attr + n_evid:
            return not_yet("That is the total; the exercise asks for two numbers.")
        return not_yet("The exercise asks for a pair of numbers: (attributions, evidentials).")
    if not (isinstance(answer, (tuple, list)) and len(answer) == 2 and all(_is_int(v) for v in answer)):
        return not_yet("The answer should be a pair of whole numbers: (attributions, evidentials).")
    a, e = answer
    if (a, e) == (n_attr, n_evid):
        voice = (" No one else's words are reported: every claim is in the writer's own voice." if n_attr == 0
                 else " Now look at who the sources are: named, unnamed or implicit?")
        return correct(f"{n_attr} attribution(s) and {n_evid} evidential frame(s).{voice}")
    if (a, e) == (n_evid, n_attr):
        return not_yet("The two numbers are swapped.",
                       hint="First the findings labelled 'attribution' (someone's words), then those labelled 'evidential'.")
    if a == n_attr and e != n_evid:
        return not_yet("The first number is right; the second is not.", hint="Count the findings whose .label == 'evidential'.")
    if e == n_evid and a != n_attr:
        return not_yet("The second number is right; the first is not.",
                       hint="Count the findings whose .label == 'attribution' (verbs of saying and source phrases such as بحسب).")
    return not_yet(f"{tuple(answer)!r} does not match the findings.")


# --- Exercise 5: recall without the zero subjects ------------------------------------------------


@exercise(5, 'Recall on what the rules can see', hints=(
    'Recall is the share of the gold mentions that the helper finds. Zero subjects are not written, so no rule can find them.',
    'Leave the gold mentions of type zero out and compare again with chain_recall_ar, as section 5 does with the whole chain.',
))
def check_recall_without_zero(answer: Any, *, text: str | None = None, gold: Sequence[ChainMention] | None = None) -> Feedback:
    """Check the recall of ``reference_chains_ar(text)`` against the gold chain without its zero subjects.

    >>> g = [ChainMention(4, 8, "كريم", "mention", "k", "name", 1.0), ChainMention(10, 13, "عاد", "mention", "k", "zero", 1.0)]
    >>> check_recall_without_zero(1.0, text="زار كريم، ثم عاد.", gold=g)
    ✗ Not yet. 1.0 is not that recall.
       Hint 1 of 2: Recall is the share of the gold mentions that the helper finds. Zero subjects are not written, so no rule can find them.
    """
    if (empty := unanswered(answer)) is not None:
        return empty
    text = _default_text() if text is None else text
    chain = _gold(text, gold)
    found = list(_chains(text))
    kept = [g for g in chain if g.mention_type != "zero"]
    if not kept:
        return not_yet("The gold chain has only zero subjects: there is nothing left to compare.")
    result = chain_recall_ar(found, kept)
    expected = result.recall
    if isinstance(answer, bool) or not isinstance(answer, Real) or not math.isfinite(answer):
        return not_yet("The answer should be a number between 0 and 1.")

    def near(value: float) -> bool:
        return abs(float(answer) - value) <= _TOLERANCE

    if matches_rounded(float(answer), expected, tolerance=_TOLERANCE):
        missed = sorted({g.mention_type for g in result.missed})
        still = f"still missed: {', '.join(missed)}" if missed else "nothing is missed"
        return correct(f"Recall {format_number(expected)} ({result.matched} of {result.gold}) without the zero subjects; {still}.")
    full = chain_recall_ar(found, chain)
    if near(full.recall):
        return not_yet(f"{_shown(answer)} is the recall against the whole gold chain, zero subjects included.")
    if 1 < answer <= 100 and abs(float(answer) / 100 - expected) <= _TOLERANCE:
        return not_yet(f"{_shown(answer)} looks like a percentage.", hint="Give a fraction between 0 and 1 (divide by 100).")
    if _is_int(answer) and answer == result.matched:
        return not_yet("That is the number of mentions found, not the recall.", hint=f"Divide it by the number of gold mentions kept ({len(kept)}).")
    only_found = [g for g in kept if g.mention_type in ("name", "title", "epithet", "pronoun")]
    if only_found and near(chain_recall_ar(found, only_found).recall) and len(only_found) < len(kept):
        return not_yet(f"{_shown(answer)} is not that recall: you removed more than the zero subjects.",
                       hint="Remove only the mentions whose mention_type is 'zero'; keep the relative pronoun.")
    return not_yet(f"{_shown(answer)} is not that recall.")
