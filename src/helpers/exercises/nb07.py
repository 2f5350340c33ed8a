"""Checks for notebook 07 (comparing texts: profile, keyness, alignment, framing, fact or framing).

Six exercises, from a concept to a method:

1. **concept check** (multiple choice): why texts are compared by density per 1,000 words, not by count;
2. **value**: which of three news reports the notebook has not shown (``data/news/``) hedges most,
   by the profile's density;
3. **value**: the statements of the wire report that neither the communiqué nor the commentary
   shares, even in part (the notebook reads the communiqué's alignment, not the wire report's);
4. **value**: the agent the framing table gives to a verb of the communiqué (the notebook reads
   the commentary's verbs);
5. **value** (fact or framing): who headed Iraq's delegation, by the record
   (:mod:`helpers.exercises.fact_framing`);
6. **method**: ``density_per_1000(text)``, negative evaluative words per 1,000 words; run on the
   case study and on texts the student has not seen, and compared with the profile's row.

Expected values are computed with the comparison helpers; nothing about the texts is written
down here. Typical wrong answers (a count where a density is asked, a density given instead of a
text's name, a statement unique against one text only, the group id instead of the mention, words
counted with ``split()`` ...) are recognised and answered with a hint.

>>> check_density_concept(...)
✗ Not yet. No answer yet: replace the ... with your code.
   Hint 1 of 2: A count grows with the length of a text; a density divides by the length, so a long text and a short one can be compared.
>>> two = {"calm": "انتهى الحوار بين الجانبين.", "unsure": "ربما ينتهي الحوار قريباً."}
>>> check_highest_hedges("unsure", texts=two)
✓ Correct. unsure: 250 hedges per 1,000 words, ahead of calm (0.0). A hedge lowers the writer's commitment: read who is hedging, and about what.
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
from helpers.exercises.choice import multiple_choice
from helpers.exercises.feedback import Feedback, correct, format_number, not_yet, unanswered
from helpers.exercises.method import Trial, run_trials
from helpers.exercises.registry import exercise, hints_for
from helpers.exercises.texts import case_study_text, comparison_text, news_text
from helpers.morphology.table import analyze_morphology_ar
from helpers.rhetoric import tag_evaluation_ar
from helpers.text.normalize import normalize_ar
from helpers.text.tokenize import word_tokens_ar

__all__ = [
    "hint",
    "CASE_STUDY",
    "DENSITY_VS_COUNT",
    "HEDGE_REPORTS",
    "PLACEHOLDER",
    "default_texts",
    "hedge_reports",
    "check_density_concept",
    "check_highest_hedges",
    "check_unique_statement",
    "check_agent",
    "check_round_leader",
    "check_density_per_1000",
    "density_trials",
]

#: Show the next staged hint of an exercise of this notebook: ``hint("ex2")``.
hint = hints_for(__name__)

def _shown(value: Any) -> str:
    """An answer echoed in a message: a number as a person would write it, anything else as is."""
    return format_number(value, digits=4)

#: The name of the case study among the compared texts.
CASE_STUDY = "case_study"

#: The placeholder of the student cell ("write your text here"): a text still equal to it is not written yet.
PLACEHOLDER = "اكتب نصك هنا"

_HEDGES = ("stance", "hedges per 1,000")

#: The news reports of exercise 2 (``data/news/``): two with as many hedges, one with fewer.
HEDGE_REPORTS = ("dev_03", "dev_04", "dev_08")


def default_texts() -> dict[str, str]:
    """Return the texts the notebook compares: the case study, then the three comparison texts.

    >>> list(default_texts())
    ['case_study', 'wire_report', 'joint_communique', 'opposing_commentary']
    """
    return {CASE_STUDY: case_study_text(), **comparison_texts()}


def hedge_reports() -> dict[str, str]:
    """Return the news reports of exercise 2 by name (``"dev_03"`` ...), as the check reads them.

    >>> list(hedge_reports())
    ['dev_03', 'dev_04', 'dev_08']
    """
    return {name: news_text(name) for name in HEDGE_REPORTS}


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



# --- Exercise 1: densities, not counts (concept check) ------------------------------------------

#: Exercise 1: the question and its options (the tests compute the densities).
DENSITY_VS_COUNT = multiple_choice(
    "A news report of 300 words has 9 hedges (ربما 'perhaps', يرجح 'it is likely' ...); an opinion column "
    "of 600 words has 12. Which statement about the two texts is right?",
    [
        ("The column hedges more: 12 hedges against 9.",
         "12 is more than 9, but the column is twice as long: a count grows with the length of a text, so it "
         "cannot compare a long text with a short one."),
        ("The report hedges more: 30 hedges per 1,000 words against 20.",
         "9 × 1,000 / 300 = 30 and 12 × 1,000 / 600 = 20: per 1,000 words the report hedges half as much again "
         "as the column, although its count is lower."),
        ("They hedge about as much: 9 and 12 differ by only 3.",
         "The difference between two counts says nothing until each is divided by its text's length: 30 and "
         "20 per 1,000 are far apart."),
        ("Texts of different lengths cannot be compared at all.",
         "That is what a density is for: dividing by the number of words puts both texts on one scale, "
         "'per 1,000 words'. Very short texts make it unsteady, not meaningless."),
    ],
    answer="B",
)


@exercise(1, 'Densities, not counts', hints=(
    "A count grows with the length of a text; a density divides by the length, so a long text and a short one can be compared.",
    "Section 1 explains why the profile gives densities per 1,000 words: work out the density of each text, "
    "count × 1,000 / words.",
))
def check_density_concept(answer: Any) -> Feedback:
    """Check ``answer``, the letter of the right statement about two texts of different lengths.

    >>> check_density_concept("A").message.startswith("A is not it: 12 is more than 9")
    True
    """
    return DENSITY_VS_COUNT.check(answer)


# --- Exercise 2: the report that hedges most ------------------------------------------------------


@exercise(2, 'Which report hedges most?', hints=(
    "A density divides a count by the text's length: two reports with as many hedges are not equally hedged "
    "if one is longer.",
    "Section 1 builds the profile of several texts with profile_texts_ar; build it for the three news reports "
    "and read the stance row of hedges per 1,000.",
))
def check_highest_hedges(answer: Any, *, texts: Mapping[str, str] | None = None) -> Feedback:
    """Check the name of the text with the most hedges per 1,000 words in the profile of ``texts``.

    Args:
        answer: a text's name; ``...`` if not answered yet. Any text that shares the highest
            density is accepted.
        texts: the texts by name; ``None`` means the news reports of :data:`HEDGE_REPORTS`.

    >>> two = {"calm": "انتهى الحوار بين الجانبين.", "unsure": "ربما ينتهي الحوار قريباً."}
    >>> check_highest_hedges(250.0, texts=two)
    ✗ Not yet. 250.0 is the highest density itself; the exercise asks which text has it.
       Hint: Give the text's name (a str), the column where the hedges row is largest.
    """
    if (empty := unanswered(answer)) is not None:
        return empty
    texts = hedge_reports() if texts is None else dict(texts)
    profile = _profile(tuple(texts.items()))
    density = {name: float(profile.loc[_HEDGES, name]) for name in profile.columns}
    counts = {name: sum(m.label == "hedge" for m in tag_evaluation_ar(t)) for name, t in texts.items()}
    ranked = sorted(density, key=lambda n: (-density[n], n))
    top = density[ranked[0]]
    winners = [n for n in ranked if density[n] == top]
    if _is_number(answer):
        which = next((n for n in ranked if math.isclose(float(answer), density[n], abs_tol=0.01)), None)
        if which in winners:
            return not_yet(f"{_shown(answer)} is the highest density itself; the exercise asks which text has it.",
                           hint="Give the text's name (a str), the column where the hedges row is largest.")
        if which is not None:
            return not_yet(f"{_shown(answer)} is the density of {which}, and it is not the highest.")
        return not_yet("The exercise asks for the name of a text (a str), not a number.")
    if not isinstance(answer, str):
        return not_yet(f"The answer should be a text's name (a str), not {type(answer).__name__}.")
    given = answer.strip()
    if given in winners:
        others = [n for n in ranked if n not in winners]
        after = f", ahead of {others[0]} ({format_number(density[others[0]])})" if others else ""
        return correct(f"{given}: {format_number(density[given])} hedges per 1,000 words{after}. "
                       "A hedge lowers the writer's commitment: read who is hedging, and about what.")
    if given not in density:
        near = _near_name(given, list(density))
        if near is not None:
            return not_yet(f"{answer!r} is not one of the compared texts: did you mean {near!r}?",
                           hint="Give the name exactly as the profile's column writes it.")
        return not_yet(f"{answer!r} is not one of the compared texts ({_names(density)}).")
    best = winners[0]
    if counts[given] >= counts[best]:
        return not_yet(f"{given} has {counts[given]} hedges, as many as {best} or more, but per 1,000 words it has "
                       f"{format_number(density[given])} against {format_number(top)}.",
                       hint="Compare densities, not counts: the longer text spreads its hedges thinner.")
    return not_yet(f"{given} has {format_number(density[given])} hedges per 1,000 words; the highest is {format_number(top)}.")


# --- Exercise 3: a statement of one text with no counterpart in any other ------------------------


def _unit_of(answer: Any, units: pd.DataFrame) -> int | None:
    """The unit index an answer names: an index, or ``(start, end)`` offsets of a unit (each end may be
    off by one character: a space or a final full stop included or left out)."""
    if _is_int(answer):
        return answer
    if isinstance(answer, (tuple, list)) and len(answer) == 2 and all(_is_int(v) for v in answer):
        hit = units[((units["start"] - answer[0]).abs() <= 1) & ((units["end"] - answer[1]).abs() <= 1)]
        return int(hit["index"].iloc[0]) if len(hit) else -1
    return None


@exercise(3, 'What only the wire report says', hints=(
    'A statement is unique when no other text has even a partial counterpart for it: its best match in every other text is labelled unique.',
    'Section 3 reads the alignment of the three comparison texts for the communiqué; read the rows of the wire report the same way, one row per statement and other text.',
))
def check_unique_statement(answer: Any, *, name: str = "wire_report",
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
       Hint 1 of 2: A statement is unique when no other text has even a partial counterpart for it: its best match in every other text is labelled unique.
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

# --- Exercise 4: the agent of a verb in the framing table ----------------------------------------


@exercise(4, 'Who looks forward?', hints=(
    'The agent is who does what the verb says; in a verb-first sentence it comes after the verb.',
    'The framing table of section 4 has a text column, a verb column and a mention column for every actor mention of the four texts.',
))
def check_agent(answer: Any, *, verb: str = "ويتطلع", name: str = "joint_communique",
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


# --- Exercise 6: a density of your own (method) --------------------------------------------------

#: The texts the method check runs the function on after the case study: none is shown in the notebook.
_DENSITY_TEXTS = (("news report dev_08 (data/news/)", "dev_08"), ("news report dev_10 (data/news/)", "dev_10"),
                  ("news report dev_09 (data/news/)", "dev_09"))


@lru_cache(maxsize=1)
def density_trials() -> tuple[Trial, ...]:
    """The texts of the method check: the case study, then three news reports the notebook does not show."""
    return (Trial("the case study", case_study_text()),
            *(Trial(name, news_text(prefix), seen=False) for name, prefix in _DENSITY_TEXTS))


def _negative_per_1000(text: str) -> float:
    """The profile's row, unrounded: negative evaluative words (before negation) per 1,000 words."""
    words = len(word_tokens_ar(text))
    negative = sum(m.label == "evaluative:negative" for m in tag_evaluation_ar(text))
    return negative * 1000 / words if words else float("nan")


@exercise(6, 'A density of your own', hints=(
    "A density per 1,000 words is a count times 1,000 divided by the number of words; here the count is the "
    "evaluative words whose polarity is negative, before negation.",
    "Section 1 shows the evaluative words with tag_evaluation_ar and their labels; the profile counts words "
    "with word_tokens_ar (notebook 02), not with split.",
))
def check_density_per_1000(answer: Any) -> Feedback:
    """Check ``answer``, a function ``density_per_1000(text)``: negative evaluative words per 1,000 words.

    It is run on the case study and on three news reports it has not seen, and compared with the
    profile's row ``("stance", "negative per 1,000")`` (which rounds to two decimals: a result within
    0.005 is accepted). Calling :func:`helpers.compare.profile_texts_ar` is not allowed.

    >>> def fixed(text):
    ...     return 27.09
    >>> print(check_density_per_1000(fixed).message)  # doctest: +ELLIPSIS
    It is right on the case study, but on news report dev_08 (data/news/) it returned 27.1, the same as for the case study; ...
    """
    def same(got: Any, want: float) -> bool:
        return _is_number(got) and abs(float(got) - want) <= 0.005

    def explain(got: Any, want: float, text: str) -> tuple[str, str] | None:
        if not _is_number(got):
            return None
        got = float(got)
        negative = sum(m.label == "evaluative:negative" for m in tag_evaluation_ar(text))
        evaluative = sum(m.label.startswith("evaluative:") for m in tag_evaluation_ar(text))
        words, split = len(word_tokens_ar(text)), len(text.split())
        if math.isclose(got, negative, abs_tol=1e-9) and negative != want:
            return ("That is the count itself.", "Divide by the number of words, then multiply by 1,000.")
        if words and math.isclose(got, negative / words, abs_tol=1e-6):
            return ("That is the share per word.", "Multiply by 1,000: the density is per 1,000 words.")
        if split and math.isclose(got, negative * 1000 / split, abs_tol=0.005):
            return (f"You counted {split} words with split(); the profile counts {words} word tokens.",
                    "Count words with word_tokens_ar, as the profile does: split() keeps punctuation and numbers as words.")
        if words and math.isclose(got, evaluative * 1000 / words, abs_tol=0.005):
            return ("That counts every evaluative word, positive ones too.",
                    "Keep only the evaluative words labelled negative.")
        return None

    return run_trials(answer, trials=density_trials(), expected=_negative_per_1000, what="negative words per 1,000",
                      same=same, explain=explain, forbidden=("profile_texts_ar",))
