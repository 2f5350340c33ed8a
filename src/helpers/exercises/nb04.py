"""Checks for notebook 04 (words in use: frequency, dispersion, collocation, keyness).

Six exercises, from a concept to a method and a judgement:

1. **concept check** (multiple choice): why a rate per 1,000 words, not a count, compares texts;
2. **value**: the rate per 1,000 words of القوات in the wire report, a text the notebook does not
   show (``data/comparison/wire_report.txt``);
3. **method**: a function that computes Gries' DP of a word over a text's body paragraphs, run on
   the case study and on three texts the student has not seen, and compared with
   :func:`helpers.statistics.frequency.dispersion_ar`;
4. **value**: the strongest collocate by log-Dice of الطريق in news report ``dev_07`` of
   ``data/news/``;
5. **value**: the strongest keyword against wordfreq of the opposing commentary
   (``data/comparison/opposing_commentary.txt``), seen at least twice;
6. **concept check** (multiple choice): what surface-level keywords such as الى say about a text.

Every expected value is computed from its text with the statistics helpers; nothing about the
texts is written down here. Typical wrong answers (a rate per token instead of per 1,000, a
denominator without stopwords, DP_norm for DP, a collocate ranked by PMI, a keyword seen once)
are recognised and answered with a hint.

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

from helpers.exercises.choice import multiple_choice
from helpers.exercises.feedback import Feedback, correct, format_number, matches_rounded, not_yet, unanswered
from helpers.exercises.method import Trial, run_trials
from helpers.exercises.registry import exercise, hints_for
from helpers.exercises.texts import case_study_text, comparison_text, news_text
from helpers.statistics.collocations import collocations_ar
from helpers.statistics.frequency import counts_ar, dispersion_ar
from helpers.statistics.keyness import keyness_ar
from helpers.statistics.levels import word_sequence_ar
from helpers.text.normalize import normalize_ar
from helpers.text.stopwords import is_stopword_ar
from helpers.text.tokenize import tokenize_ar

__all__ = [
    "hint",
    "RATE_OR_COUNT",
    "RATE_WORD",
    "COLLOCATION_NODE",
    "KEYWORD_MIN_COUNT",
    "SURFACE_KEYWORDS",
    "check_rate_or_count",
    "check_rate_per_1000",
    "check_dp_function",
    "check_top_collocate",
    "check_top_keyword",
    "check_surface_keywords",
    "dp_trials",
]

#: Show the next staged hint of an exercise of this notebook: ``hint("ex2")``.
hint = hints_for(__name__)


def _shown(value: Any) -> str:
    """An answer echoed in a message: a number as a person would write it, anything else as is."""
    return format_number(value, digits=4)


#: The word of exercise 2 (its rate per 1,000 word tokens in the wire report).
RATE_WORD = "القوات"
#: The node of exercise 4 (its strongest collocate by log-Dice in news report dev_07).
COLLOCATION_NODE = "الطريق"
#: Exercise 5: a keyword must occur at least this often in the text.
KEYWORD_MIN_COUNT = 2

_RATE_TOLERANCE = 0.006   # rounding to two decimals is fine for a rate per 1,000


def _rate_text() -> str:
    return comparison_text("wire_report")


def _collocation_text() -> str:
    return news_text("dev_07")


def _keyword_text() -> str:
    return comparison_text("opposing_commentary")


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


# --- Exercise 1: rate or count (concept check) ----------------------------------------------------

#: Exercise 1: the question and its options (show it in the notebook; answer with a letter).
RATE_OR_COUNT = multiple_choice(
    "The word الحكومة (al-ḥukūma, 'the government') occurs 6 times in an article of 400 word tokens and "
    "9 times in a report of 1,500 word tokens. Which statement is right?",
    [
        ("The report uses the word more: 9 occurrences against 6.",
         "A count grows with the length of the text: the report is almost four times as long, so 9 "
         "occurrences there are fewer per word than 6 in the article."),
        ("The article uses the word more often: 15 per 1,000 words against 6 per 1,000 in the report.",
         "A rate divides by the text's length: 6 × 1,000 / 400 = 15 and 9 × 1,000 / 1,500 = 6, so the "
         "word is two and a half times as frequent in the article."),
        ("The two cannot be compared until both texts are cut to the same length.",
         "That is what a rate per 1,000 words does without cutting anything: it scales each count to "
         "the same notional length."),
        ("Dropping the function words from the article would raise its rate for الحكومة.",
         "The kit keeps N as every word token, function words included: dropping them from a table "
         "hides rows but does not change the rate of the words that remain."),
    ],
    answer="B",
)


@exercise(1, "Rate or count?", hints=(
    "A count depends on how long the text is; a rate per 1,000 words divides by the length first.",
    "Section 1 gives the formula (the count times 1,000, divided by N) and says why N stays every word token "
    "when function words are dropped.",
))
def check_rate_or_count(answer: Any) -> Feedback:
    """Check ``answer``, the letter of the right statement about a count and a rate.

    >>> check_rate_or_count("A").message.startswith("A is not it: A count grows")
    True
    """
    return RATE_OR_COUNT.check(answer)


# --- Exercise 2: a rate per 1,000 words in the wire report (value) --------------------------------


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


@exercise(2, "A rate per 1,000 words in a text you have not read", hints=(
    "A rate per 1,000 words makes counts from texts of different lengths comparable: how often the word occurs for every thousand words.",
    "Load the wire report with load_comparison_text (notebook 00); the surface table of section 1, made for that "
    "text, gives the count of the word as written, and N is every Arabic word token of it, function words included.",
))
def check_rate_per_1000(answer: Any, *, word: str = RATE_WORD, text: str | None = None) -> Feedback:
    """Check the rate per 1,000 word tokens of ``word`` in ``text``, counted as written (surface level).

    ``text`` is the wire report of ``data/comparison/`` unless given. The rate is
    ``count * 1000 / N``, where ``N`` is every Arabic word token of the text, function words
    included (as :func:`helpers.statistics.frequency.frequency_table_ar` computes it).

    >>> check_rate_per_1000(250.0, word="البيت", text="في البيت الكبير والبيت")
    ✓ Correct. البيت occurs 1 time in 4 word tokens: 250 per 1,000.
    >>> check_rate_per_1000(0.25, word="البيت", text="في البيت الكبير والبيت")
    ✗ Not yet. 0.25 is the rate per word token (a proportion), not per 1,000.
       Hint: Multiply by 1,000: count * 1000 / N.
    """
    if (empty := unanswered(answer)) is not None:
        return empty
    text = _rate_text() if text is None else text
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
    case = case_study_text()
    if text != case and word in counts_ar(word_sequence_ar(case), level="surface"):
        mine = _rate_facts(case, word)
        if _near(value, mine["count"] * 1000 / mine["n"], _RATE_TOLERANCE):
            return not_yet(f"{_shown(answer)} is the rate of {word} in the case study, not in this text.",
                           hint="Count in the text the exercise names: load it, and build its own table.")
    return not_yet(wrong)


# --- Exercise 3: Gries' DP, your own function (method) --------------------------------------------


def dp_trials() -> list[Trial]:
    """The texts and words exercise 3 runs the student's function on: the case study, then three it has not seen.

    >>> [(t.name, t.seen) for t in dp_trials()]  # doctest: +NORMALIZE_WHITESPACE
    [('the case study (word القوات)', True), ('the wire report of data/comparison/ (word العراق)', False),
     ('the opposing commentary of data/comparison/ (word القوات)', False),
     ('news report dev_04 of data/news/ (word التدخل)', False)]
    """
    cases = [
        ("the case study", case_study_text(), "القوات", True),
        ("the wire report of data/comparison/", comparison_text("wire_report"), "العراق", False),
        ("the opposing commentary of data/comparison/", comparison_text("opposing_commentary"), "القوات", False),
        ("news report dev_04 of data/news/", news_text("dev_04"), "التدخل", False),
    ]
    return [Trial(f"{name} (word {word})", text, seen, (text, word)) for name, text, word, seen in cases]


def _kit_dp(text: str, word: str) -> float:
    return dispersion_ar(text, word, level="normalized", parts="paragraphs").dp


def _same_dp(got: Any, want: float) -> bool:
    value = _number(got)
    return value is not None and abs(value - want) < 1e-6


@lru_cache(maxsize=16)
def _dp_variants(text: str, word: str) -> dict[str, float]:
    paragraphs = dispersion_ar(text, word, level="normalized", parts="paragraphs")
    return {"dp_norm": paragraphs.dp_norm,
            "blocks": dispersion_ar(text, word, level="normalized", parts="blocks").dp,
            "clitic": dispersion_ar(text, word, level="normalized", parts="paragraphs", clitic_aware=True).dp,
            "surface": dispersion_ar(text, word, level="surface", parts="paragraphs", clitic_aware=False).dp}


def _explain_dp(got: Any, want: float, args: tuple[str, str]) -> tuple[str, str] | None:
    value = _number(got)
    if value is None:
        return None
    variants = _dp_variants(*args)

    def near(x: float) -> bool:
        return x is not None and not math.isnan(x) and abs(value - x) < 1e-6

    if near(1 - want):
        return ("That is 1 - DP.", "In Gries' DP, 0 means spread like the text and values near 1 concentrated: DP = ½ Σ |v_i - s_i|.")
    if near(2 * want):
        return ("That is twice DP.", "Halve the sum: DP = 0.5 * sum of |v_i - s_i|.")
    if near(variants.get("dp_norm")):
        return ("That is DP_norm, DP divided by its largest possible value for these part sizes.",
                "Return DP itself, before any rescaling.")
    if near(variants.get("blocks")):
        return ("That is DP over every block (headline, dateline and trailer too).",
                "The parts are the body paragraphs only: split_article_ar(text).paragraphs; words outside them are not counted.")
    if near(variants.get("clitic")):
        return ("That counts the word with clitics attached too (وبالقوات for القوات).",
                "Count a token only when its normalized form is the word's normalized form.")
    if near(variants.get("surface")):
        return ("That counts the word only as written, without normalizing.", "Compare normalized forms: normalize_ar of the token and of the word.")
    if not 0 <= value <= 1:
        return (f"DP is always between 0 and 1; {_shown(value)} is not.", "")
    return None


@exercise(3, "Gries' DP, your own function", hints=(
    "DP compares two shares per part: s_i, the part's share of the text's words, and v_i, the part's share of "
    "the word's occurrences. DP is half the sum, over the parts, of the distances between v_i and s_i.",
    "Section 2 shows the parts table (tokens, share, count, count_share) that dispersion_ar builds: build its "
    "columns yourself from split_article_ar(text).paragraphs and word_sequence_ar(text) (its tokens and starts), "
    "comparing normalized forms.",
))
def check_dp_function(answer: Any) -> Feedback:
    """Check ``answer``, a function ``f(text, word) -> DP`` over the text's body paragraphs.

    The word is counted at normalized level as a whole token (no clitics); a part's size is the
    number of Arabic word tokens that start in it. The function is run on the case study and
    three texts it has not seen (:func:`dp_trials`) and compared with
    :func:`~helpers.statistics.frequency.dispersion_ar` (``parts="paragraphs"``); a function
    that calls ``dispersion_ar`` or ``gries_dp`` is sent back.

    >>> def blocks(text, word):
    ...     return dispersion_ar(text, word, parts="blocks").dp
    >>> print(check_dp_function(blocks).message)
    Your function calls dispersion_ar, which does the whole job; the exercise is to write the method yourself.
    """
    return run_trials(answer, trials=dp_trials(), expected=_kit_dp, what="DP", same=_same_dp,
                      explain=_explain_dp, forbidden=("dispersion_ar", "gries_dp"))


# --- Exercise 4: the strongest collocate in a news report (value) ----------------------------------


@lru_cache(maxsize=8)
def _collocates(text: str, node: str, min_count: int, stopwords: bool) -> pd.DataFrame:
    return collocations_ar(text, node, window=4, min_count=min_count, measures=["log_dice", "pmi", "npmi"],
                           stopwords=stopwords)


def _best(table: pd.DataFrame, column: str) -> set[str]:
    if table.empty:
        return set()
    top = table[column].max()
    return set(table.loc[(table[column] - top).abs() < 1e-9, "collocate"])


@exercise(4, "The strongest collocate in a text you have not read", hints=(
    "A collocate occurs near the node more often than chance would have it; log-Dice ranks collocates without favouring rare words the way PMI does.",
    "Load news report dev_07 with news_text; section 4 computes the collocations of a node with a window of 4 and "
    "a minimum count of 2, sorted by the first measure you ask for.",
))
def check_top_collocate(answer: Any, *, node: str = COLLOCATION_NODE, text: str | None = None) -> Feedback:
    """Check the collocate of ``node`` with the highest log-Dice (window 4, ``min_count=2``, normalized level).

    ``text`` is news report ``dev_07`` of ``data/news/`` unless given. Any spelling that
    normalizes to the right collocate is accepted; with a tie, any tied word.

    >>> check_top_collocate("الطريق")
    ✗ Not yet. الطريق is the node itself; a word is never its own collocate.
       Hint 1 of 2: A collocate occurs near the node more often than chance would have it; log-Dice ranks collocates without favouring rare words the way PMI does.
    """
    if (empty := unanswered(answer)) is not None:
        return empty
    text = _collocation_text() if text is None else text
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
    loose = _collocates(text, node, 1, True)
    if form in _best(loose, "pmi") or form in _best(loose, "log_dice"):
        return not_yet(wrong, hint="That collocate is seen only once near the node: set min_count=2.")
    if form in set(table["collocate"]):
        return not_yet(f"{word} is a collocate of {node}, but not the strongest by log-Dice.")
    case = case_study_text()
    if text != case and node in case and form in set(_collocates(case, node, 2, True)["collocate"]):
        return not_yet(f"{word} is a collocate of {node} in the case study, not in this text.",
                       hint="Compute the collocations of the text the exercise names.")
    return not_yet(f"{word} is not among the collocates seen at least twice within 4 words of {node}.")


# --- Exercise 5: the commentary's strongest keyword (value) ----------------------------------------


@lru_cache(maxsize=8)
def _keyness(text: str, level: str, min_count: int) -> pd.DataFrame:
    return keyness_ar(text, level=level, min_count=min_count)


def _first(items: list[str]) -> str | None:
    return items[0] if items else None


@exercise(5, "The strongest keyword of a text you have not read", hints=(
    "A keyword is more frequent in the text than in a reference; its log-likelihood (LL) says how strong that "
    "evidence is, and a word seen once gets a high LL from one occurrence alone.",
    "Load the opposing commentary with load_comparison_text; section 5 builds the keyword table at normalized "
    "level, sorted by LL, and shows the option that keeps only words seen at least twice.",
))
def check_top_keyword(answer: Any, *, text: str | None = None, min_count: int = KEYWORD_MIN_COUNT) -> Feedback:
    """Check the strongest keyword against wordfreq (normalized level, sorted by LL) seen at least ``min_count`` times.

    ``text`` is the opposing commentary of ``data/comparison/`` unless given. Any spelling that
    normalizes to the right item is accepted (جدولاً or جدولا).

    >>> check_top_keyword("في")
    ✗ Not yet. في is frequent in the text, but not key: wordfreq's Arabic uses it about as often.
       Hint: Keyness compares rates: take the highest ll, not the highest count.
    """
    if (empty := unanswered(answer)) is not None:
        return empty
    text = _keyword_text() if text is None else text
    word = _word(answer)
    if word is None:
        return _not_one_word(answer, first_hint="The table is sorted: its first row holds the word, in the item column.")
    form = normalize_ar(word)
    table = _keyness(text, "normalized", min_count)
    expected = _first(list(table["item"]))
    if expected is None:
        return not_yet(f"No word occurs {min_count} times or more in this text.")
    if form == expected:
        row = table.iloc[0]
        return correct(f"{word}: LL = {format_number(float(row['ll']))}, Log Ratio = {format_number(float(row['log_ratio']))}, "
                       f"{int(row['count_target'])} times in the text.")
    items = list(table["item"])
    if len(items) > 1 and form == items[1]:
        row = table.iloc[1]
        return not_yet(f"Close: {word} is second (LL = {format_number(float(row['ll']))}); "
                       f"one word has a higher LL ({format_number(float(table.iloc[0]['ll']))}).",
                       hint="Take the very first row: .iloc[0], not .iloc[1].")
    loose = _keyness(text, "normalized", 1)
    once = set(loose.loc[loose["count_target"] < min_count, "item"])
    if form in once:
        return not_yet(f"{word} occurs only once in the text: its LL comes from a single occurrence.",
                       hint=f"Keep only words seen at least {min_count} times: min_count={min_count}.")
    counts = table.sort_values(["count_target", "item"], ascending=[False, True])
    if form == _first(list(counts["item"])) or is_stopword_ar(word):
        return not_yet(f"{word} is frequent in the text, but not key: wordfreq's Arabic uses it about as often.",
                       hint="Keyness compares rates: take the highest ll, not the highest count.")
    by_ratio = table.sort_values(["log_ratio", "item"], ascending=[False, True])
    if form == _first(list(by_ratio["item"])):
        return not_yet(f"{word} tops the list by Log Ratio, the size of the difference, not by LL, the evidence.",
                       hint="Sort by ll (the table's own order).")
    if form in set(_keyness(case_study_text(), "normalized", min_count)["item"][:5]) and text != case_study_text():
        return not_yet(f"{word} is a top keyword of the case study, not of this text.",
                       hint="Build the keyword table of the text the exercise names.")
    return not_yet(f"{word} is not the strongest keyword seen at least {min_count} times.")


# --- Exercise 6: what surface keywords say (concept check) ------------------------------------------

#: Exercise 6: the question and its options (show it in the notebook; answer with a letter).
SURFACE_KEYWORDS = multiple_choice(
    "A researcher compares two Arabic news sites with keyness against wordfreq at surface level, the words as "
    "written. Among site A's strongest keywords are الى, اذا and انه, each written without its hamza. "
    "What can the researcher conclude?",
    [
        ("Site A writes more about movement and conditions: it uses 'to' and 'if' more than ordinary Arabic does.",
         "These are function words, frequent in every text at much the same rate. Compare them at normalized level "
         "and they are ordinary; only their spelling is unusual."),
        ("Site A's writers leave out the hamza: wordfreq counts mostly إلى, إذا and إنه, so the hamza-less "
         "forms are rare in the reference and look over-used in the text.",
         "At surface level a keyword list measures spelling habits as much as vocabulary: the reference "
         "count of the exact string الى is small. Normalize before comparing with a reference built from "
         "other people's spelling."),
        ("The LL of these words is above 15.13, so their over-use is significant at p < 0.0001.",
         "LL compares the strings as written: it is high because the reference hardly has these spellings, "
         "not because the words are over-used. The test answers the wrong question here."),
        ("Nothing: function words can never be keywords, so the keyness helper has a fault.",
         "The helper does what it says: it compares the strings as written. Function words are rarely key "
         "because their rates are stable, not because they are forbidden."),
    ],
    answer="B",
)


@exercise(6, "What a surface keyword says", hints=(
    "Keyness compares the rate of a string in the text with the rate of the same string in the reference. "
    "Ask how often the reference has that exact string.",
    "Section 5 ends with the same analysis at surface level: compare the ranks of الأدارة and الى there with "
    "their ranks after normalization.",
))
def check_surface_keywords(answer: Any) -> Feedback:
    """Check ``answer``, the letter of the sound conclusion from surface-level keywords.

    >>> check_surface_keywords("c").message.startswith("C is not it: LL compares")
    True
    """
    return SURFACE_KEYWORDS.check(answer)
