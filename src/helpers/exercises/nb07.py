"""Checks for notebook 07 (comparing texts: profile, keyness, alignment, framing, a text of your own).

Every check takes the student's ``answer`` and, optionally, the texts the exercise is about: by
default the case study (``"case_study"``) and the three constructed comparison texts
(:func:`helpers.compare.comparison_texts`), under the names the notebook uses. The expected value
is computed with the comparison helpers, the way the notebook's solution cells do; nothing about
the texts is written down here. Typical wrong answers (a density given instead of a text's name,
the runner-up, a statement that is unique against one text only, the group id instead of the
mention, your own text named as its own closest text ...) are recognised and answered with a hint.

>>> check_highest_negative(...)
✗ Not yet. No answer yet: replace the ... with your code.
   Hint 1 of 2: A density per 1,000 words lets texts of different lengths be compared: which text has the most negative evaluative words per 1,000?
>>> two = {"calm": "انتهى الحوار بين الجانبين.", "angry": "فشل الحوار فشلاً ذريعاً وساد التضليل."}
>>> check_highest_negative("angry", texts=two)
✓ Correct. angry: 500 negative evaluative words per 1,000, ahead of calm (0.0). A density counts words, not who judges whom: read them in context.
>>> check_agent("الجانبان", texts={"t": "واتفق الجانبان على الموعد."}, name="t", verb="واتفق")
✓ Correct. الجانبان (both_governments) is the agent of واتفق (agent (VS)): واتفق الجانبان على الموعد.
"""

from __future__ import annotations

import difflib
import math
from collections.abc import Mapping
from functools import lru_cache
from numbers import Real
from typing import Any

import pandas as pd

from helpers.compare import align_statements_ar, comparison_actors_ar, comparison_texts, framing_table_ar, profile_texts_ar
from helpers.exercises import fact_framing
from helpers.exercises.feedback import Feedback, correct, format_number, not_yet, unanswered
from helpers.exercises.registry import exercise, hints_for
from helpers.exercises.texts import case_study_text
from helpers.text.load import TextInputError
from helpers.morphology.table import analyze_morphology_ar
from helpers.text.normalize import normalize_ar

__all__ = [
    "hint",
    "CASE_STUDY",
    "MY_TEXT",
    "PLACEHOLDER",
    "default_texts",
    "check_highest_negative",
    "check_unique_statement",
    "check_agent",
    "closeness_ar",
    "check_closest_text",
    "check_round_leader",
]

#: Show the next staged hint of an exercise of this notebook: ``hint("ex2")``.
hint = hints_for(__name__)


def _shown(value: Any) -> str:
    """An answer echoed in a message: a number as a person would write it, anything else as is."""
    return format_number(value, digits=4)

#: The name of the case study among the compared texts.
CASE_STUDY = "case_study"

#: The name the notebook gives to the student's own text in a comparison.
MY_TEXT = "my_text"

#: The placeholder of the student cell ("write your text here"): a text still equal to it is not written yet.
PLACEHOLDER = "اكتب نصك هنا"

_NEGATIVE = ("stance", "negative per 1,000")
_POSITIVE = ("stance", "positive per 1,000")


def default_texts() -> dict[str, str]:
    """Return the texts the notebook compares: the case study, then the three comparison texts.

    >>> list(default_texts())
    ['case_study', 'wire_report', 'joint_communique', 'opposing_commentary']
    """
    return {CASE_STUDY: case_study_text(), **comparison_texts()}


def _texts(texts: Mapping[str, str] | None) -> dict[str, str]:
    return default_texts() if texts is None else dict(texts)


@lru_cache(maxsize=4)
def _profile(items: tuple[tuple[str, str], ...]) -> pd.DataFrame:
    morphology = {name: analyze_morphology_ar(text, backend="farahidi", progress=False) for name, text in items}
    return profile_texts_ar(dict(items), morphology=morphology)


@lru_cache(maxsize=4)
def _alignment(items: tuple[tuple[str, str], ...]) -> pd.DataFrame:
    return align_statements_ar(dict(items))


@lru_cache(maxsize=8)
def _framing(name: str, text: str) -> pd.DataFrame:
    # As in the notebook: the comparison texts' domain lexicon of actors, passed explicitly.
    morphology = {name: analyze_morphology_ar(text, backend="farahidi", progress=False)}
    return framing_table_ar({name: text}, actors=comparison_actors_ar(), morphology=morphology)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: Any) -> bool:
    return isinstance(value, Real) and not isinstance(value, bool) and math.isfinite(float(value))


def _names(texts: Mapping[str, str]) -> str:
    return ", ".join(texts)


def _near_name(given: str, names: list[str]) -> str | None:
    """The compared text a mistyped or shortened name most likely means (``commentary`` → ``opposing_commentary``)."""
    key = given.strip().lower().replace(" ", "_").replace("-", "_")
    if key in names:
        return key
    contains = [n for n in names if key and (key in n or n in key)]
    if len(contains) == 1:
        return contains[0]
    close = difflib.get_close_matches(key, names, n=1, cutoff=0.6)
    return close[0] if close else None


# --- Exercise 1: the highest negative evaluation per 1,000 words ---------------------------------


@exercise(1, 'The most negative text', hints=(
    'A density per 1,000 words lets texts of different lengths be compared: which text has the most negative evaluative words per 1,000?',
    'The stance rows of the profile in section 1 have one column per text.',
))
def check_highest_negative(answer: Any, *, texts: Mapping[str, str] | None = None) -> Feedback:
    """Check the name of the text with the highest negative evaluation per 1,000 words in the profile.

    Any text that shares the highest value is accepted.

    >>> two = {"calm": "انتهى الحوار بين الجانبين.", "angry": "فشل الحوار فشلاً ذريعاً وساد التضليل."}
    >>> check_highest_negative(500.0, texts=two)
    ✗ Not yet. 500.0 is the highest density itself; the exercise asks which text has it.
       Hint: Give the column name (a str) where the row ("stance", "negative per 1,000") is largest.
    """
    if (empty := unanswered(answer)) is not None:
        return empty
    texts = _texts(texts)
    profile = _profile(tuple(texts.items()))
    negative = {name: float(profile.loc[_NEGATIVE, name]) for name in profile.columns}
    ranked = sorted(negative, key=lambda n: (-negative[n], n))
    top = negative[ranked[0]]
    winners = [n for n in ranked if negative[n] == top]
    if _is_number(answer):
        if any(math.isclose(float(answer), v, abs_tol=0.01) for v in negative.values()):
            which = next(n for n in ranked if math.isclose(float(answer), negative[n], abs_tol=0.01))
            if which in winners:
                return not_yet(f"{_shown(answer)} is the highest density itself; the exercise asks which text has it.",
                               hint='Give the column name (a str) where the row ("stance", "negative per 1,000") is largest.')
            return not_yet(f"{_shown(answer)} is the density of {which}, and it is not the highest.")
        return not_yet("The exercise asks for the name of a text (a str), not a number.")
    if not isinstance(answer, str):
        return not_yet(f"The answer should be a text's name (a str), not {type(answer).__name__}.")
    given = answer.strip()
    if given in winners:
        others = [n for n in ranked if n not in winners]
        after = f", ahead of {others[0]} ({format_number(negative[others[0]])})" if others else ""
        return correct(f"{given}: {format_number(negative[given])} negative evaluative words per 1,000{after}. "
                       "A density counts words, not who judges whom: read them in context.")
    if given not in negative:
        near = _near_name(given, list(negative))
        if near is not None:
            return not_yet(f"{answer!r} is not one of the compared texts: did you mean {near!r}?",
                           hint="Give the column name exactly as the profile writes it.")
        return not_yet(f"{answer!r} is not one of the compared texts ({_names(negative)}).")
    if given == ranked[len(winners)]:
        return not_yet(f"Close: {given} comes second with {format_number(negative[given])} per 1,000; the highest is {format_number(top)}.",
                       hint="Compare the two largest values digit by digit: they are near each other.")
    positive = {name: float(profile.loc[_POSITIVE, name]) for name in profile.columns}
    if positive[given] == max(positive.values()):
        return not_yet(f"{given} has the highest *positive* density ({format_number(positive[given])}); its negative one is "
                       f"{format_number(negative[given])}.", hint='Read the row "negative per 1,000", not "positive per 1,000".')
    return not_yet(f"{given} has {format_number(negative[given])} negative words per 1,000; the highest is {format_number(top)}.")


# --- Exercise 2: a statement of one text with no counterpart in any other ------------------------


def _unit_of(answer: Any, units: pd.DataFrame) -> int | None:
    """The unit index an answer names: an index, or ``(start, end)`` offsets of a unit (each end may be
    off by one character: a space or a final full stop included or left out)."""
    if _is_int(answer):
        return answer
    if isinstance(answer, (tuple, list)) and len(answer) == 2 and all(_is_int(v) for v in answer):
        hit = units[((units["start"] - answer[0]).abs() <= 1) & ((units["end"] - answer[1]).abs() <= 1)]
        return int(hit["index"].iloc[0]) if len(hit) else -1
    return None


@exercise(2, 'A statement only the communiqué makes', hints=(
    'A statement is unique when no other text has even a partial counterpart for it.',
    'The alignment table of section 3 has one row per statement and other text: a statement qualifies when its label is unique in all of its rows.',
))
def check_unique_statement(answer: Any, *, name: str = "joint_communique",
                           texts: Mapping[str, str] | None = None) -> Feedback:
    """Check the statement(s) of text ``name`` whose label is ``unique`` against *every* other text.

    The alignment is :func:`helpers.compare.align_statements_ar` with its defaults, over ``texts``
    (by default the three comparison texts, without the case study). The answer is the statement's
    ``index``, or its ``(start, end)`` offsets (either end may be off by one character); a list of
    them when several statements qualify.

    >>> t = {"a": "انتهت الجولة الثالثة من الحوار. وارتفعت أسعار النفط كثيراً.",
    ...      "b": "انتهت الجولة الثالثة من الحوار أمس."}
    >>> check_unique_statement(1, name="a", texts=t)
    ✓ Correct. Statement 1 of a has no counterpart in b: وارتفعت أسعار النفط كثيراً.
    >>> check_unique_statement(0, name="a", texts=t)
    ✗ Not yet. Statement 0 of a has a counterpart: it is 'shared' with statement 0 of b (similarity 0.928).
       Hint 1 of 2: A statement is unique when no other text has even a partial counterpart for it.
    """
    if (empty := unanswered(answer)) is not None:
        return empty
    texts = comparison_texts() if texts is None else dict(texts)
    if name not in texts:
        return not_yet(f"There is no text named {name!r} in this comparison.", hint="Check that you passed the right texts.")
    alignment = _alignment(tuple(texts.items()))
    mine = alignment[alignment["text"] == name]
    units = mine.drop_duplicates("index")[["index", "start", "end", "sentence"]]
    by_unit = mine.groupby("index", sort=True)["label"].apply(lambda s: bool((s == "unique").all()))
    expected = [int(i) for i, alone in by_unit.items() if alone]
    others = ", ".join(o for o in texts if o != name)
    if not expected:
        return not_yet(f"Every statement of {name} has at least a partial counterpart in {others}.",
                       hint="Check that you passed the right texts.")
    if isinstance(answer, str):
        return not_yet("The answer should be the statement's index (an int) or its (start, end) offsets, not its text.")
    pair = isinstance(answer, (tuple, list)) and len(answer) == 2 and all(_is_int(v) for v in answer)
    if pair and (isinstance(answer, tuple) or _unit_of(answer, units) not in (None, -1)):
        items = [answer]                      # (start, end) offsets of one statement
    elif isinstance(answer, (list, tuple, set)):
        items = list(answer)                  # several statements
    else:
        items = [answer]
    given = [_unit_of(a, units) for a in items]
    if not items or any(g is None for g in given):
        return not_yet("The answer should be an index (an int) or (start, end) offsets.")
    n = len(units)
    for a, g in zip(items, given):
        if g == -1:
            return not_yet(f"{a!r} are not the offsets of a statement of {name}.",
                           hint="Take start and end from the same row of the alignment table.")
        if not 0 <= g < n:
            return not_yet(f"{name} has {n} statements, numbered 0 to {n - 1}.")
    for g in given:
        if g not in expected:
            rows = mine[mine["index"] == g]
            found = rows[rows["label"] != "unique"].sort_values(["similarity", "other"], ascending=[False, True]).iloc[0]
            return not_yet(f"Statement {g} of {name} has a counterpart: it is {found['label']!r} with statement "
                           f"{found['match_index']} of {found['other']} (similarity {format_number(found['similarity'])}).")
    if sorted(set(given)) == expected:
        sentences = " / ".join(units.set_index("index").loc[i, "sentence"] for i in expected)
        return correct(f"Statement{'s' if len(expected) > 1 else ''} {', '.join(map(str, expected))} of {name} "
                       f"{'have' if len(expected) > 1 else 'has'} no counterpart in {others}: {sentences}")
    return not_yet(f"{len(expected) - len(set(given))} more statement(s) qualify.", hint="Give a list of all of them.")


# --- Exercise 3: the agent of a verb in the framing table ----------------------------------------


@exercise(3, 'Who stays?', hints=(
    'The agent is who does what the verb says; in a verb-first sentence it comes after the verb.',
    'The framing table of section 4 has a verb column and a mention column for every actor mention of the commentary.',
))
def check_agent(answer: Any, *, verb: str = "وبقي", name: str = "opposing_commentary",
                texts: Mapping[str, str] | None = None) -> Feedback:
    """Check the mention the framing table gives as the agent of ``verb`` (as written) in text ``name``.

    The table is read with the comparison texts' lexicon of actors (:func:`comparison_actors_ar`),
    as in the notebook. The mention as written or its lexicon entry is accepted.

    >>> check_agent("both_governments", texts={"t": "واتفق الجانبان على الموعد."}, name="t", verb="واتفق")
    ✗ Not yet. 'both_governments' is the actor's group; the exercise asks for the mention as written in the text.
       Hint 1 of 2: The agent is who does what the verb says; in a verb-first sentence it comes after the verb.
    """
    if (empty := unanswered(answer)) is not None:
        return empty
    texts = _texts(texts)
    if name not in texts:
        return not_yet(f"There is no text named {name!r} in this comparison.", hint="Check that you passed the right texts.")
    table = _framing(name, texts[name])
    rows = table[table["verb"] == verb]
    if rows.empty:
        return not_yet(f"No mention in the framing table of {name} has {verb} as its verb.",
                       hint="Check that you passed the right text and the verb as written.")
    if not isinstance(answer, str):
        return not_yet(f"The answer should be the mention as written (a str), not {type(answer).__name__}.")
    given = normalize_ar(answer.strip())
    for row in rows.itertuples(index=False):
        if given in (normalize_ar(row.mention), normalize_ar(row.entry)):
            return correct(f"{row.mention} ({row.group}) is the agent of {verb} ({row.role}): {row.sentence}")
    if answer.strip() in set(rows["group"]):
        return not_yet(f"{answer.strip()!r} is the actor's group; the exercise asks for the mention as written in the text.")
    if given == normalize_ar(verb):
        return not_yet("That is the verb itself; the exercise asks who does it.")
    same_sentence = table[table["sentence"].isin(set(rows["sentence"]))]
    if given in {normalize_ar(m) for m in same_sentence["mention"]}:
        return not_yet(f"{answer.strip()} is in the same sentence, but the table does not make it the agent of {verb}.")
    return not_yet(f"{answer.strip()} is not the mention the framing table gives for {verb}.")


# --- Exercise 4: the text closest to your own -----------------------------------------------------


def _written(text: Any) -> bool:
    return isinstance(text, str) and bool(text.strip()) and normalize_ar(text.strip().rstrip(".")) != normalize_ar(PLACEHOLDER)


def closeness_ar(text: str, texts: Mapping[str, str]) -> pd.Series:
    """Mean best-match similarity of ``text``'s statements with each of ``texts``, highest first.

    ``text`` is aligned as :data:`MY_TEXT` together with ``texts`` (:func:`align_statements_ar`);
    values are rounded to three decimals; ties are broken by name.

    >>> closeness_ar("انتهت الجولة الثالثة من الحوار.", {"a": "انتهت الجولة الثالثة من الحوار أمس.", "b": "هطلت أمطار غزيرة على المدينة."})
    other
    a    0.927
    b    0.122
    Name: similarity, dtype: float64
    """
    alignment = _alignment(tuple({**dict(texts), MY_TEXT: text}.items()))
    mine = alignment[alignment["text"] == MY_TEXT]
    means = mine.groupby("other")["similarity"].mean().round(3)
    order = sorted(means.index, key=lambda n: (-means[n], n))
    return means.loc[order]


@exercise(4, "Your text's closest neighbour", hints=(
    "Closeness here is the mean, over your statements, of the similarity of each one's best match in the other text.",
    'Section 5 computes it for every other text (closeness); the highest value names the closest text.',
))
def check_closest_text(answer: Any, *, text: Any, texts: Mapping[str, str] | None = None) -> Feedback:
    """Check the name of the text closest to your own ``text`` by alignment (:func:`closeness_ar`).

    Any text that shares the highest mean similarity is accepted.

    >>> t = {"a": "انتهت الجولة الثالثة من الحوار أمس.", "b": "هطلت أمطار غزيرة على المدينة."}
    >>> check_closest_text("a", text="انتهت الجولة الثالثة من الحوار.", texts=t)
    ✓ Correct. a: mean best-match similarity 0.927, then b (0.122). Now read which of your statements match and which stay unique.
    >>> check_closest_text("a", text=PLACEHOLDER, texts=t)
    ✗ Not yet. my_text is still the placeholder: write your own text first.
       Hint: Replace "اكتب نصك هنا" with 120 to 200 words of your own, in section 5.
    """
    if (empty := unanswered(answer)) is not None:
        return empty
    if not _written(text):
        return not_yet(f"{MY_TEXT} is still the placeholder: write your own text first.",
                       hint=f'Replace "{PLACEHOLDER}" with 120 to 200 words of your own, in section 5.')
    texts = _texts(texts)
    try:
        means = closeness_ar(text, texts)
    except TextInputError as error:
        return not_yet(f"Your text cannot be aligned: {error}.", hint="Write full sentences of at least three words.")
    if not isinstance(answer, str):
        return not_yet(f"The answer should be a text's name (a str), not {type(answer).__name__}.")
    given = answer.strip()
    top = float(means.iloc[0])
    winners = [n for n in means.index if float(means[n]) == top]
    if given in winners:
        rest = [n for n in means.index if n not in winners]
        then = f", then {rest[0]} ({format_number(float(means[rest[0]]))})" if rest else ""
        return correct(f"{given}: mean best-match similarity {format_number(top)}{then}. "
                       "Now read which of your statements match and which stay unique.")
    if given == MY_TEXT:
        return not_yet("Every text is identical to itself; the exercise asks which *other* text is closest.")
    if given not in means.index:
        return not_yet(f"{answer!r} is not one of the compared texts ({', '.join(means.index)}).")
    return not_yet(f"{given} scores {format_number(float(means[given]))}; {winners[0]} scores higher ({format_number(top)}).")


# --- Exercise 5: fact or framing -----------------------------------------------------------------


@exercise(5, "Who led the round?", hints=(
    "A frame can bend a fact without inventing one: it can give the credit for an act to someone who did not do it. "
    "Set the article's verb أدار 'chaired' beside what the reports written from the record say happened.",
    "Section 0 shows every text with its English. The wire report was written from the record: read its paragraph "
    "on how the round was held and who headed each delegation.",
))
def check_round_leader(answer: Any, *, claim: str = "k2") -> Feedback:
    """Check who headed Iraq's delegation in the third round, by the record of the case study's claim.

    The record is the data file of :mod:`helpers.exercises.fact_framing` (``claims_case_study.tsv``);
    a name in Arabic or English, or the office, is accepted. The article's answer (the prime
    minister), the US side's head and the US president are recognised and answered with a hint.

    >>> check_round_leader("Blinken")
    ✗ Not yet. He led the US delegation; the question is about Iraq's.
       Hint: His counterpart, who held the same office in Baghdad, led Iraq's delegation.
    """
    if (empty := unanswered(answer)) is not None:
        return empty
    feedback = fact_framing.check_round_leader(answer, claim=claim)
    if not feedback.ok and feedback.mistake_hint == fact_framing.GENERIC_HINT:
        return not_yet(feedback.message)  # no hint of its own: the staged hints show instead
    return feedback
