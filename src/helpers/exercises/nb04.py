"""Checks for notebook 04 (words in use: frequency, dispersion, concordance, collocation, keyness).

Every check takes the student's ``answer`` and, optionally, the ``text`` the exercise is about
(the case-study article by default) and the word the exercise names. The expected value is
computed from that text with the statistics helpers, the same way the notebook's solution cells
do; nothing about the article is written down here. Typical wrong answers (a rate per token
instead of per 1,000, a denominator without stopwords, DP over the wrong parts, a keyword list
sorted by Log Ratio, a collocate ranked by PMI, ...) are recognised and answered with a hint.

>>> check_rate_per_1000(...)
✗ Not yet. No answer yet: replace the ... with your code.
   Hint 1 of 2: A rate per 1,000 words makes counts from texts of different lengths comparable: how often the word occurs for every thousand words.
>>> check_rate_per_1000(250.0, word="البيت", text="في البيت الكبير والبيت")
✓ Correct. البيت occurs 1 time in 4 word tokens: 250 per 1,000.
"""

from __future__ import annotations

import math
from functools import lru_cache
from numbers import Real
from typing import Any

import pandas as pd

from helpers.statistics.collocations import collocations_ar
from helpers.exercises.feedback import Feedback, correct, format_number, matches_rounded, not_yet, unanswered
from helpers.exercises.registry import exercise, hints_for
from helpers.exercises.texts import case_study_text
from helpers.statistics.frequency import counts_ar, dispersion_ar
from helpers.statistics.keyness import keyness_ar
from helpers.statistics.levels import word_sequence_ar
from helpers.text.normalize import normalize_ar
from helpers.text.stopwords import is_stopword_ar
from helpers.text.tokenize import tokenize_ar

__all__ = [
    "hint",
    "RATE_WORD",
    "DP_WORD",
    "NAMES",
    "COLLOCATION_NODE",
    "check_rate_per_1000",
    "check_dp",
    "check_top_keyword",
    "check_top_collocate",
]

#: Show the next staged hint of an exercise of this notebook: ``hint("ex2")``.
hint = hints_for(__name__)


def _shown(value: Any) -> str:
    """An answer echoed in a message: a number as a person would write it, anything else as is."""
    return format_number(value, digits=4)

#: The word of exercise 1 (its rate per 1,000 word tokens).
RATE_WORD = "البلاد"
#: The word of exercise 2 (its DP across the body paragraphs).
DP_WORD = "القوات"
#: The proper names exercise 4 drops from the keyword list (people, countries, cities).
NAMES = ("الكاظمي", "مصطفى", "العراق", "بايدن", "صدام", "بغداد")
#: The node of exercise 3 (its strongest collocate by log-Dice).
COLLOCATION_NODE = "القوات"

_RATE_TOLERANCE = 0.006   # rounding to two decimals is fine for a rate per 1,000
_DP_TOLERANCE = 0.005     # rounding to two or three decimals is fine for DP


_default_text = case_study_text


def _number(answer: Any) -> float | None:
    if isinstance(answer, bool) or not isinstance(answer, Real) or not math.isfinite(answer):
        return None
    return float(answer)


def _near(value: float, target: float, tolerance: float) -> bool:
    return abs(value - target) <= tolerance + 1e-12


def _word(answer: Any) -> str | None:
    """The answer as one stripped word, or None if it is not a single non-empty string."""
    if not isinstance(answer, str) or not answer.strip() or len(answer.split()) != 1:
        return None
    return answer.strip()


def _not_one_word(answer: Any, *, first_hint: str) -> Feedback:
    """Feedback for an answer that is not a single word: a whole table or list, or something else."""
    if isinstance(answer, (pd.DataFrame, pd.Series, list, tuple, set)):
        return not_yet("That is a collection; the exercise asks for one word (a str).", hint=first_hint)
    return not_yet("The answer should be one Arabic word (a str).")


# --- Exercise 1 ----------------------------------------------------------------------------------


@lru_cache(maxsize=8)
def _rate_facts(text: str, word: str) -> dict[str, float]:
    seq = word_sequence_ar(text)
    n = len(seq)
    surface = counts_ar(seq, level="surface")
    content_tokens = sum(counts_ar(seq, level="surface", stopwords=False).values())
    count = surface[word]
    return {
        "n": n,
        "count": count,
        "normalized": counts_ar(seq, level="normalized")[normalize_ar(word)],
        "clitic": dispersion_ar(text, word, level="normalized", parts=None, clitic_aware=True).frequency,
        "content_tokens": content_tokens,
        "all_tokens": len(tokenize_ar(text)),
        "pieces": len(text.split()),
        "types": len(surface),
    }


@exercise(1, 'A rate per 1,000 words', hints=(
    'A rate per 1,000 words makes counts from texts of different lengths comparable: how often the word occurs for every thousand words.',
    "Section 1's surface table gives the count of the word as written; the number of words is every Arabic word token of the text, function words included.",
))
def check_rate_per_1000(answer: Any, *, word: str = RATE_WORD, text: str | None = None) -> Feedback:
    """Check the rate per 1,000 word tokens of ``word``, counted as written (surface level).

    The rate is ``count * 1000 / N``, where ``N`` is every Arabic word token of the text,
    function words included (as :func:`helpers.statistics.frequency.frequency_table_ar` computes it).

    >>> check_rate_per_1000(250.0, word="البيت", text="في البيت الكبير والبيت")
    ✓ Correct. البيت occurs 1 time in 4 word tokens: 250 per 1,000.
    >>> check_rate_per_1000(0.25, word="البيت", text="في البيت الكبير والبيت")
    ✗ Not yet. 0.25 is the rate per word token (a proportion), not per 1,000.
       Hint: Multiply by 1,000: count * 1000 / N.
    """
    if (empty := unanswered(answer)) is not None:
        return empty
    text = _default_text() if text is None else text
    facts = _rate_facts(text, word)
    n, count = facts["n"], facts["count"]
    expected = count * 1000 / n
    value = _number(answer)
    if value is None:
        return not_yet("The answer should be a number (a rate per 1,000 word tokens).")
    if matches_rounded(value, expected, tolerance=_RATE_TOLERANCE):
        return correct(f"{word} occurs {count} time{'s' if count != 1 else ''} in {n} word tokens: "
                       f"{format_number(expected)} per 1,000.")
    if count and _near(value, count / n, 0.0005):
        return not_yet(f"{_shown(answer)} is the rate per word token (a proportion), not per 1,000.",
                       hint="Multiply by 1,000: count * 1000 / N.")
    if count and _near(value, count * 100 / n, _RATE_TOLERANCE):
        return not_yet(f"{_shown(answer)} is a percentage (per 100 words).", hint="Per 1,000 means count * 1000 / N.")
    if _near(value, count, 0) and count:
        return not_yet(f"{_shown(answer)} is the raw count, not a rate.", hint="Divide by the number of word tokens and multiply by 1,000.")
    wrong = f"{_shown(answer)} is not the rate of {word} per 1,000 word tokens."
    if facts["content_tokens"] and _near(value, count * 1000 / facts["content_tokens"], _RATE_TOLERANCE):
        return not_yet(wrong, hint="You divided by the content words only. N is every word token, stopwords included, "
                                   "so that a rate does not change when function words are dropped from the table.")
    if facts["clitic"] != count and _near(value, facts["clitic"] * 1000 / n, _RATE_TOLERANCE):
        return not_yet(wrong, hint="You counted the word with clitics attached too (a clitic-aware search). "
                                   "The exercise asks for the form as written, as the surface frequency table counts it.")
    if facts["normalized"] != count and _near(value, facts["normalized"] * 1000 / n, _RATE_TOLERANCE):
        return not_yet(wrong, hint="You counted at normalized level, which merges spellings; count the form as written.")
    for key, what in (("all_tokens", "every token, punctuation and numbers included"),
                      ("pieces", "whitespace pieces (text.split())"),
                      ("types", "the number of distinct words (types)")):
        if _near(value, count * 1000 / facts[key], _RATE_TOLERANCE):
            return not_yet(wrong, hint=f"You divided by {what}. Divide by the number of Arabic word tokens.")
    return not_yet(wrong)


# --- Exercise 2 ----------------------------------------------------------------------------------


@lru_cache(maxsize=8)
def _dp_facts(text: str, word: str, parts: str = "paragraphs") -> dict[str, float]:
    chosen = dispersion_ar(text, word, level="normalized", parts=parts)
    blocks = dispersion_ar(text, word, level="normalized", parts="blocks")
    clitic = dispersion_ar(text, word, level="normalized", parts=parts, clitic_aware=True)
    return {"dp": chosen.dp, "dp_norm": chosen.dp_norm, "blocks": blocks.dp, "blocks_norm": blocks.dp_norm,
            "clitic": clitic.dp, "frequency": chosen.frequency, "parts": len(chosen.parts)}


@exercise(2, 'DP across paragraphs', hints=(
    "Gries' DP compares where a word occurs with how large the parts are: 0 means spread like the text, values near 1 mean gathered in one part.",
    "dispersion_ar in section 2 computes it; the exercise's parts are the body paragraphs.",
))
def check_dp(answer: Any, *, word: str = DP_WORD, text: str | None = None, parts: str = "paragraphs") -> Feedback:
    """Check Gries' DP of ``word`` across the article's body paragraphs (``parts="paragraphs"``).

    ``parts="sentences"`` checks DP across sentences instead, for a text written as one paragraph.

    >>> # paragraphs of 5, 6 and 4 words; سلام 0, 1 and 2 times: DP = 0.5 * (5/15 + 1/15 + 6/15)
    >>> text = "العنوان هنا\\n\\nقال الوزير إن السلام قريب.\\n\\nلا حرب ولا سلام في البلاد.\\n\\nسلام سلام دائم للجميع."
    >>> round(dispersion_ar(text, "سلام", parts="paragraphs").dp, 3)
    0.4
    >>> check_dp(0.4, word="سلام", text=text)
    ✓ Correct. DP = 0.4 for سلام across 3 paragraphs (0 = spread like the text, near 1 = in one place).
    >>> check_dp(0.4, word="حرب", text="الحرب هنا. لا حرب. سلام سلام سلام.", parts="sentences")
    ✗ Not yet. 0.4 is not the DP of حرب across the sentences.
       Hint 1 of 2: Gries' DP compares where a word occurs with how large the parts are: 0 means spread like the text, values near 1 mean gathered in one part.
    """
    if (empty := unanswered(answer)) is not None:
        return empty
    text = _default_text() if text is None else text
    facts = _dp_facts(text, word, parts)
    where = "body paragraphs" if parts == "paragraphs" else parts
    if math.isnan(facts["dp"]):
        return not_yet(f"{word} does not occur in the {where}, or there are fewer than two of them, so it has no DP.")
    value = _number(answer)
    if value is None:
        return not_yet("The answer should be a number between 0 and 1.")
    expected = facts["dp"]
    if matches_rounded(value, expected, tolerance=_DP_TOLERANCE):
        return correct(f"DP = {format_number(expected)} for {word} across {facts['parts']} {parts} "
                       "(0 = spread like the text, near 1 = in one place).")
    wrong = f"{_shown(answer)} is not the DP of {word} across the {parts}."
    if _near(value, facts["dp_norm"], _DP_TOLERANCE):
        return not_yet(wrong, hint="That is DP_norm (.dp_norm), the rescaled value. The exercise asks for DP itself (.dp).")
    if parts != "blocks" and (_near(value, facts["blocks"], _DP_TOLERANCE) or _near(value, facts["blocks_norm"], _DP_TOLERANCE)):
        return not_yet(wrong, hint=f'That is DP over every block (headline, dateline and trailer too): pass parts="{parts}".')
    if _near(value, 2 * expected, 2 * _DP_TOLERANCE):
        return not_yet(wrong, hint="You forgot the factor 0.5: DP = 0.5 * sum |v_i - s_i|.")
    if _near(value, 1 - expected, _DP_TOLERANCE):
        return not_yet(wrong, hint="That is 1 - DP. In Gries' DP, 0 means evenly spread and values near 1 concentrated.")
    if not math.isnan(facts["clitic"]) and facts["clitic"] != expected and _near(value, facts["clitic"], _DP_TOLERANCE):
        return not_yet(wrong, hint="You searched clitic-aware; count the word as given (clitic_aware=False, the default).")
    if _near(value, facts["frequency"], 0):
        return not_yet(f"{_shown(answer)} is how often the word occurs, not its DP.")
    if not 0 <= value <= 1:
        return not_yet(f"DP is always between 0 and 1; {_shown(answer)} is not.")
    return not_yet(wrong)


# --- Exercise 4 (the notebook's fourth exercise: the top keyword that is not a name) ---------------


@lru_cache(maxsize=8)
def _keyness(text: str, level: str) -> pd.DataFrame:
    return keyness_ar(text, level=level)


def _first(items: list[str]) -> str | None:
    return items[0] if items else None


@exercise(4, 'The top keyword that is not a name', hints=(
    'A keyword is more frequent in the text than in a reference; its log-likelihood (LL) says how strong that evidence is.',
    "Section 5's keyness table at normalized level is sorted by LL; leave out the names of nb04.NAMES and read the first item that remains.",
))
def check_top_keyword(answer: Any, *, names: tuple[str, ...] = NAMES, text: str | None = None) -> Feedback:
    """Check the strongest keyword against wordfreq (normalized level, sorted by LL) that is not a name.

    Any spelling that normalizes to the right item is accepted (البلاد, الأمريكية or الامريكيه).

    >>> check_top_keyword("الكاظمي")
    ✗ Not yet. الكاظمي is a proper name, which the exercise drops.
       Hint: Remove the rows whose item is in names, then take the first row of the table (it is sorted by ll).
    """
    if (empty := unanswered(answer)) is not None:
        return empty
    text = _default_text() if text is None else text
    word = _word(answer)
    if word is None:
        return _not_one_word(answer, first_hint="The table is sorted: its first row holds the word, in the item column.")
    form = normalize_ar(word)
    dropped = {normalize_ar(n) for n in names}
    table = _keyness(text, "normalized")
    kept = table[~table["item"].isin(dropped)]
    expected = _first(list(kept["item"]))
    if expected is None:
        return not_yet("Every keyword is a name in this text.")
    if form == expected:
        row = kept.iloc[0]
        return correct(f"{word}: LL = {format_number(float(row['ll']))}, Log Ratio = {format_number(float(row['log_ratio']))}, "
                       f"{int(row['count_target'])} times in the text. A topic word, not a name.")
    if form in dropped:
        return not_yet(f"{word} is a proper name, which the exercise drops.",
                       hint="Remove the rows whose item is in names, then take the first row of the table (it is sorted by ll).")
    kept_items = list(kept["item"])
    if len(kept_items) > 1 and form == kept_items[1]:
        row = kept.iloc[1]
        return not_yet(f"Close: {word} is second once the names are dropped (LL = {format_number(float(row['ll']))}); "
                       f"one word has a higher LL ({format_number(float(kept.iloc[0]['ll']))}).",
                       hint="Take the very first row after dropping the names: .iloc[0], not .iloc[1].")
    by_ratio = kept.sort_values(["log_ratio", "item"], ascending=[False, True])
    if form == _first(list(by_ratio["item"])) or (form in set(kept.loc[kept["count_ref"] == 0, "item"])):
        return not_yet(f"{word} tops the list by Log Ratio, or is a word wordfreq does not list at all.",
                       hint="Sort by ll (the table's own order). A word missing from the reference gets the 0.5 correction, "
                            "so its Log Ratio is set by that correction and the notional reference size, not by the data; "
                            "and a single occurrence says little.")
    counts = kept.sort_values(["count_target", "item"], ascending=[False, True])
    if form == _first(list(counts["item"])) or is_stopword_ar(word):
        return not_yet(f"{word} is frequent in the text, but not key: wordfreq's Arabic uses it about as often.",
                       hint="Keyness compares rates: take the highest ll, not the highest count.")
    surface = _keyness(text, "surface")
    surface_top = _first([i for i in surface["item"] if normalize_ar(i) not in dropped])
    if word == surface_top:
        return not_yet(f"{word} is the top at surface level.", hint='The exercise asks for level="normalized".')
    return not_yet(f"{word} is not the strongest keyword once the names are dropped.")


# --- Exercise 3 (the notebook's third exercise: the strongest collocate) --------------------------


@lru_cache(maxsize=8)
def _collocates(text: str, node: str, min_count: int, stopwords: bool) -> pd.DataFrame:
    return collocations_ar(text, node, window=4, min_count=min_count, measures=["log_dice", "pmi", "npmi"],
                           stopwords=stopwords)


def _best(table: pd.DataFrame, column: str) -> set[str]:
    if table.empty:
        return set()
    top = table[column].max()
    return set(table.loc[(table[column] - top).abs() < 1e-9, "collocate"])


@exercise(3, 'The strongest collocate', hints=(
    'A collocate occurs near the node more often than chance would have it; log-Dice ranks collocates without favouring rare words the way PMI does.',
    'Section 4 computes the collocations of the node with a window of 4 and a minimum count of 2; they are sorted by the first measure.',
))
def check_top_collocate(answer: Any, *, node: str = COLLOCATION_NODE, text: str | None = None) -> Feedback:
    """Check the collocate of ``node`` with the highest log-Dice (window 4, ``min_count=2``, normalized level).

    Any spelling that normalizes to the right collocate is accepted; with a tie, any tied word.

    >>> check_top_collocate("القوات")
    ✗ Not yet. القوات is the node itself; a word is never its own collocate.
       Hint 1 of 2: A collocate occurs near the node more often than chance would have it; log-Dice ranks collocates without favouring rare words the way PMI does.
    """
    if (empty := unanswered(answer)) is not None:
        return empty
    text = _default_text() if text is None else text
    word = _word(answer)
    if word is None:
        return _not_one_word(answer, first_hint="The table is sorted: its first row holds the word, in the collocate column.")
    form = normalize_ar(word)
    if form == normalize_ar(node):
        return not_yet(f"{word} is the node itself; a word is never its own collocate.")
    table = _collocates(text, node, 2, True)
    if table.empty:
        return not_yet(f"{node} has no collocate seen twice in this text.")
    expected = _best(table, "log_dice")
    if form in expected:
        row = table[table["collocate"] == form].iloc[0]
        return correct(f"{word}: log-Dice {format_number(float(row['log_dice']))}, seen {int(row['cooc'])} times within "
                       f"4 words of {node} (PMI {format_number(float(row['pmi']))}).")
    wrong = f"{word} is not the collocate with the highest log-Dice."
    if form in _best(table, "pmi") or form in _best(table, "npmi"):
        return not_yet(wrong, hint="That one wins by PMI (or NPMI), which favours rare words. Sort by log_dice.")
    if form in _best(_collocates(text, node, 1, True), "pmi") or form in _best(_collocates(text, node, 1, True), "log_dice"):
        return not_yet(wrong, hint="That collocate is seen only once near the node: set min_count=2.")
    if form in set(table["collocate"]):
        return not_yet(f"{word} is a collocate of {node}, but not the strongest by log-Dice.")
    return not_yet(f"{word} is not among the collocates seen at least twice within 4 words of {node}.")
