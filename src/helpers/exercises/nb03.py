"""Checks for notebook 03 (morphology).

Every check takes the student's ``answer`` and, optionally, the ``text`` the exercise is about
(the case-study article by default). The expected value is computed from that text with the
embedded analyzer, pinned (``backend="farahidi"``), the same way the notebook's solution cells do;
nothing about the article is written down here. Typical wrong answers (a lemma given for a root,
a surface count given for a lemma count, the unknown tokens counted as a lemma, a share after
repair instead of before, a percentage instead of a fraction ...) are recognised and answered
with a hint.

>>> check_root(...)
✗ Not yet. No answer yet: replace the ... with your code.
   Hint 1 of 2: A root is the few consonants (three, sometimes four) a family of words shares; the pattern's letters and the clitics are not part of it.
>>> check_waw_proclitic_count(2, text="والحوار مع وزير الخارجية ومستشاره.")
✓ Correct. 2 word tokens carry the proclitic و. Compare with the words that merely begin with the letter و.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache
from numbers import Real
from typing import Any

import pandas as pd

from helpers.exercises.feedback import Feedback, correct, format_number, matches_rounded, not_yet, unanswered
from helpers.exercises.registry import exercise, hints_for
from helpers.exercises.texts import case_study_text
from helpers.morphology import analyze_morphology_ar, coverage_ar
from helpers.text.tokenize import tokenize_ar

__all__ = [
    "hint",
    "check_root",
    "check_top_lemma",
    "check_waw_proclitic_count",
    "check_coverage_before_repair",
]

#: Show the next staged hint of an exercise of this notebook: ``hint("ex2")``.
hint = hints_for(__name__)


def _shown(value: Any) -> str:
    """An answer echoed in a message: a number as a person would write it, anything else as is."""
    return format_number(value, digits=4)

BACKEND = "farahidi"  # pinned: the answers must not depend on what else is installed
_TOLERANCE = 0.001  # for shares: rounding to three decimals is fine
_DIACRITICS = re.compile("[\u064b-\u0652\u0670\u0640]")


_default_text = case_study_text


@lru_cache(maxsize=8)
def _table(text: str, repair: bool = True) -> pd.DataFrame:
    return analyze_morphology_ar(text, backend=BACKEND, repair=repair, progress=False)


def _plain(value: str) -> str:
    """A form without diacritics, tatweel, spaces, dots or dashes (for lenient comparison)."""
    return re.sub(r"[\s.\-+]", "", _DIACRITICS.sub("", value))


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _ranked(series: pd.Series) -> list[tuple[str, int]]:
    """Value counts sorted by count (descending), then by value: ties always in the same order."""
    return sorted(Counter(series).items(), key=lambda item: (-item[1], item[0]))


# --- Exercise 1 ----------------------------------------------------------------------------------


@exercise(1, 'The root of المحورية', hints=(
    "A root is the few consonants (three, sometimes four) a family of words shares; the pattern's letters and the clitics are not part of it.",
    'The morphology table of section 0 has a root column: find the row of the word.',
))
def check_root(answer: Any, *, word: str = "المحورية", text: str | None = None) -> Feedback:
    """Check the root the analyzer gives for ``word`` (its first occurrence in the text).

    Letters may be written together (``"حور"``), with dots or spaces (``"ح.و.ر"``, ``"ح و ر"``) or
    as a list of letters.

    >>> check_root("حور", word="الحوار", text="بدأ الحوار.")
    ✓ Correct. The root of الحوار is ح و ر. The pattern around the root makes the word: فِعَال here.
    >>> check_root("حِوَار", word="الحوار", text="بدأ الحوار.")
    ✗ Not yet. حِوَار is the lemma (the dictionary form), not the root.
       Hint: A root is only the consonants the related words share: take the "root" column, not "lemma".
    """
    if (empty := unanswered(answer)) is not None:
        return empty
    text = _default_text() if text is None else text
    table = _table(text)
    rows = table[table["token"] == word]
    if rows.empty:
        raise ValueError(f"{word!r} is not a word token of the text")
    row = rows.iloc[0]
    expected = row["root"]
    if isinstance(answer, (list, tuple)) and all(isinstance(a, str) for a in answer):
        answer = "".join(answer)
    if not isinstance(answer, str):
        return not_yet(f"The answer should be the root as a string, such as \"كتب\", not {type(answer).__name__}.")
    given = _plain(answer)
    if not expected:
        if given == "":
            return correct(f"The analyzer gives {word} no root.")
        return not_yet(f"The analyzer gives {word} no root (it is unknown, a particle or a loanword).")
    if given == expected:
        return correct(f"The root of {word} is {' '.join(expected)}. The pattern around the root makes the word: {row['pattern']} here.")
    if given == _plain(row["lemma"]):
        return not_yet(f"{_shown(answer)} is the lemma (the dictionary form), not the root.",
                       hint='A root is only the consonants the related words share: take the "root" column, not "lemma".')
    if given in (_plain(word), _plain(row["normalized"])) or (given.startswith("ال") and given == _plain(word)):
        return not_yet(f"{_shown(answer)} is the word itself.", hint="The root is hidden inside it: three (sometimes four) consonants, without ال and without the pattern's letters.")
    if given == _plain(row["pattern"]):
        return not_yet(f"{_shown(answer)} is the pattern (wazn): the mould, with ف ع ل standing for the root's letters.",
                       hint="Put the word's own letters where the pattern has ف, ع and ل: those are the root.")
    if len(given) > len(expected) and all(letter in given for letter in expected):
        return not_yet(f"{_shown(answer)} still has letters that belong to the pattern or to a clitic.",
                       hint=f"Keep only the consonants the word family shares; the analyzer's root has {len(expected)} letters.")
    if len(given) == len(expected) and sum(a == b for a, b in zip(given, expected)) == len(expected) - 1:
        return not_yet(f"{_shown(answer)} is a different root, one letter away: it gives a different family of words.",
                       hint=f'Read the "root" column for {word} instead of guessing from the letters.')
    return not_yet(f"{_shown(answer)} is not the root of {word}.")


# --- Exercise 2 ----------------------------------------------------------------------------------


@exercise(2, 'The most frequent lemma', hints=(
    "A lemma is the dictionary form: it gathers a word's forms with clitics and endings. Tokens the analyzer does not know have an empty lemma and do not count.",
    'Section 2 counts the lemma column of the analysed rows; answer its first entry as a pair (lemma, count).',
))
def check_top_lemma(answer: Any, *, text: str | None = None) -> Feedback:
    """Check ``(lemma, count)``: the lemma with the most word tokens among the *analysed* tokens.

    The lemma may be written with or without diacritics. On a tie, any of the tied lemmas is right.

    >>> check_top_lemma(("من", 3), text="جاء من بغداد ومن البصرة ومنها.")
    ✓ Correct. مِنْ has 3 tokens: as a lemma it gathers من، ومن، ومنها.
    >>> check_top_lemma(("من", 1), text="جاء من بغداد ومن البصرة ومنها.")
    ✗ Not yet. 1 is how often the written form من occurs, not its lemma.
       Hint: A lemma also counts its forms with clitics. Count the "lemma" column: table["lemma"].value_counts().
    """
    if (empty := unanswered(answer)) is not None:
        return empty
    text = _default_text() if text is None else text
    table = _table(text)
    analysed = table[table["analyzed"]]
    ranked = _ranked(analysed["lemma"])
    best = ranked[0][1]
    winners = {lemma for lemma, n in ranked if n == best}
    by_plain = {}
    for lemma, n in ranked:
        by_plain.setdefault(_plain(lemma), (lemma, n))
    if _is_int(answer):
        if answer == best:
            return not_yet("That is the right count, but the exercise asks for a pair.", hint="Answer with a pair (lemma, count).")
        return not_yet("The exercise asks for a pair (lemma, count).")
    if isinstance(answer, str):
        if _plain(answer) in {_plain(w) for w in winners}:
            return not_yet("That is the right lemma, but the exercise asks for a pair.", hint="Answer with a pair (lemma, count).")
        return not_yet("The exercise asks for a pair (lemma, count).")
    if not (isinstance(answer, (tuple, list)) and len(answer) == 2 and isinstance(answer[0], str) and _is_int(answer[1])):
        return not_yet("The answer should be a pair: (a lemma as a string, a whole number).")
    lemma, count = answer
    plain = _plain(lemma)
    if plain == "":
        unknown = int((~table["analyzed"]).sum())
        if count == unknown:
            return not_yet(f"The empty lemma belongs to the {unknown} tokens the analyzer does not know.",
                           hint='Unknown tokens have lemma "": keep only table[table["analyzed"]] before counting.')
        return not_yet("The lemma is empty.")
    surface = Counter(table["token"])
    matched = by_plain.get(plain)
    if matched and matched[0] in winners:
        if count == best:
            forms = "، ".join(sorted(set(analysed.loc[analysed["lemma"] == matched[0], "token"])))
            return correct(f"{matched[0]} has {best} tokens: as a lemma it gathers {forms}.")
        if count == surface.get(lemma, surface.get(plain)):
            return not_yet(f"{count} is how often the written form {lemma} occurs, not its lemma.",
                           hint='A lemma also counts its forms with clitics. Count the "lemma" column: table["lemma"].value_counts().')
        return not_yet(f"Right lemma, but it has another count than {count}.")
    if matched and count == matched[1]:
        return not_yet(f"{matched[0]} has {matched[1]} tokens, but another lemma has more.",
                       hint="Sort the counts: value_counts() puts the largest first.")
    if plain in surface and count == surface[plain]:
        return not_yet(f"{count} is how often the written form {lemma} occurs: that is a surface count.",
                       hint='Count the "lemma" column of the analysed rows, not the "token" column.')
    roots = Counter(analysed.loc[analysed["root"] != "", "root"])
    if plain in roots and count == roots[plain]:
        return not_yet(f"{lemma} is a root, not a lemma.", hint='Count the "lemma" column, not the "root" column.')
    if matched:
        return not_yet(f"{matched[0]} has {matched[1]} tokens, but another lemma has more.",
                       hint="Sort the counts: value_counts() puts the largest first.")
    return not_yet(f"{lemma} is not a lemma of the analysed tokens.")


# --- Exercise 3 ----------------------------------------------------------------------------------


@exercise(3, 'How many tokens carry the conjunction و?', hints=(
    'A proclitic is a short word written joined to the next. The conjunction و comes alone or in a chain such as و+ال; a و of the stem is not a proclitic.',
    "The proclitics column of the morphology table (section 3) joins a token's proclitics with +: a token counts when و is one of them.",
))
def check_waw_proclitic_count(answer: Any, *, text: str | None = None) -> Feedback:
    """Check the number of word tokens whose analysis has the proclitic و (alone or in a chain such as و+ال).

    >>> check_waw_proclitic_count(3, text="والحوار مع وزير الخارجية ومستشاره.")
    ✗ Not yet. 3 is the number of words that begin with the letter و.
       Hint: In some of them و is a letter of the stem, not the conjunction. Count the rows whose "proclitics" contain و.
    """
    if (empty := unanswered(answer)) is not None:
        return empty
    text = _default_text() if text is None else text
    table = _table(text)
    parts = table["proclitics"].str.split("+")
    has_waw = parts.apply(lambda p: "و" in p)
    expected = int(has_waw.sum())
    if isinstance(answer, bool) or not _is_int(answer):
        if isinstance(answer, Real) and not isinstance(answer, bool) and float(answer) == expected:
            return not_yet("Right number, but give it as a whole number.", hint="Wrap it in int(...).")
        return not_yet("The answer should be a whole number of tokens.")
    if answer == expected:
        return correct(f"{expected} word tokens carry the proclitic و. Compare with the words that merely begin with the letter و.")
    starts = sum(t.text.startswith("و") for t in tokenize_ar(text) if t.kind == "arabic")
    if answer == starts:
        return not_yet(f"{_shown(answer)} is the number of words that begin with the letter و.",
                       hint='In some of them و is a letter of the stem, not the conjunction. Count the rows whose "proclitics" contain و.')
    if answer == int((table["proclitics"] == "و").sum()):
        return not_yet(f"{_shown(answer)} counts only the words whose proclitics are exactly و.",
                       hint="و often comes in a chain (و+ال, و+ب+ال): test whether و is one of the parts.")
    if answer == table.loc[has_waw, "token"].nunique():
        return not_yet(f"{_shown(answer)} is the number of distinct words (types).", hint="Count every token, repeated words included.")
    if answer == int((table["proclitics"] != "").sum()):
        return not_yet(f"{_shown(answer)} is the number of tokens with any proclitic.", hint="Keep only those with و among their proclitics.")
    return not_yet(f"{_shown(answer)} is not the number of tokens with the proclitic و.")


# --- Exercise 4 ----------------------------------------------------------------------------------


@exercise(4, 'Coverage before repair', hints=(
    'Coverage is the share of word tokens the analyzer recognises at all; before repair means the words exactly as written, hamza errors and all.',
    'analyze_morphology_ar has a repair switch (section 5), and its analyzed column says for each token whether it was recognised.',
))
def check_coverage_before_repair(answer: Any, *, text: str | None = None) -> Feedback:
    """Check the share (a fraction between 0 and 1) of word tokens the analyzer recognises *as written*.

    >>> check_coverage_before_repair(0.3, text="استجابت الادارة الى طلب العراق.")
    ✗ Not yet. 0.3 is not the share analysed before repair.
       Hint 1 of 2: Coverage is the share of word tokens the analyzer recognises at all; before repair means the words exactly as written, hamza errors and all.
    """
    if (empty := unanswered(answer)) is not None:
        return empty
    text = _default_text() if text is None else text
    table = _table(text)
    as_written = _table(text, repair=False)
    n = len(as_written)
    before = int(as_written["analyzed"].sum())
    expected = before / n
    if isinstance(answer, bool) or not isinstance(answer, Real) or not math.isfinite(answer):
        return not_yet("The answer should be a number between 0 and 1.")

    def near(value: float) -> bool:
        return abs(float(answer) - value) <= _TOLERANCE

    if matches_rounded(float(answer), expected, tolerance=_TOLERANCE):
        after = coverage_ar(table)["share"]
        return correct(f"{expected:.1%} of the word tokens are recognised as written ({before} of {n}); repair raises it to {after:.1%}.")
    wrong = f"{_shown(answer)} is not the share analysed before repair."
    if 1 < answer <= 100 and abs(float(answer) / 100 - expected) <= _TOLERANCE:
        return not_yet(f"{_shown(answer)} looks like a percentage.", hint="Give a fraction between 0 and 1 (divide by 100).")
    if _is_int(answer) and answer == before:
        return not_yet("That is the number of tokens recognised, not their share.", hint=f"Divide it by the number of word tokens ({n}).")
    if near(table["analyzed"].mean()):
        return not_yet(f"{_shown(answer)} is the share after repair.", hint="Analyse with repair=False: the written forms, unchanged.")
    if near(1 - expected):
        return not_yet(f"{_shown(answer)} is the share of tokens the analyzer does not recognise.", hint="Take the share of analysed tokens (analyzed == True).")
    if near((table["analyzed"] & (table["repair"] == "")).mean()):
        return not_yet(wrong, hint="Some repaired words were recognised as written too (read as another word). Analyse again with repair=False.")
    all_tokens = len(tokenize_ar(text))
    if near(before / all_tokens):
        return not_yet(wrong, hint="You divided by all tokens, punctuation included: divide by the number of word tokens (rows of the table).")
    return not_yet(wrong)
