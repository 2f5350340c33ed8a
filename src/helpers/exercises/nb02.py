"""Checks for notebook 02 (tokens and sentences).

Every check takes the student's ``answer`` and, optionally, the ``text`` the exercise is about
(the case-study article by default). The expected value is computed from that text with the
helpers, the same way the notebook's solution cells do; nothing about the article is written
down here. Wrong answers that students often give (a whitespace split, punctuation counted as
words, a percentage instead of a fraction, ...) are recognised and answered with a hint.

>>> check_arabic_token_count(...)
✗ Not yet. No answer yet: replace the ... with your code.
   Hint 1 of 2: A token is any unit the tokenizer cuts off, punctuation and numbers included; a word token is one whose kind is arabic.
>>> check_arabic_token_count(3, text="قال الوزير: نعم.")
✓ Correct. 3 Arabic word tokens: punctuation and numbers are tokens too, but not words.
"""

from __future__ import annotations

import math
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from numbers import Real
from typing import Any

from helpers.exercises.feedback import Feedback, correct, format_number, matches_rounded, not_yet, unanswered
from helpers.exercises.registry import exercise, hints_for
from helpers.exercises.texts import case_study_text
from helpers.text.sentences import split_sentences_ar
from helpers.text.tokenize import Token, tokenize_ar

__all__ = [
    "hint",
    "check_arabic_token_count",
    "check_longest_sentence",
    "check_waw_words",
    "check_top10_share",
]

#: Show the next staged hint of an exercise of this notebook: ``hint("ex2")``.
hint = hints_for(__name__)


def _shown(value: Any) -> str:
    """An answer echoed in a message: a number as a person would write it, anything else as is."""
    return format_number(value, digits=4)

_TOLERANCE = 0.001  # for shares: rounding to three decimals is fine


@dataclass(frozen=True)
class _Facts:
    """What the checks need to know about one text, computed once."""

    tokens: tuple[Token, ...]
    sentences: tuple[tuple[int, int, int, int, int], ...]  # (index, arabic words, all tokens, whitespace words, chars)
    segments: tuple[tuple[int, int], ...]  # (index, arabic words)


_default_text = case_study_text


@lru_cache(maxsize=8)
def _facts(text: str) -> _Facts:
    tokens = tuple(tokenize_ar(text))

    def inside(unit) -> list[Token]:
        return [t for t in tokens if unit.start <= t.start and t.end <= unit.end]

    sentences = tuple(
        (s.index, sum(t.kind == "arabic" for t in inside(s)), len(inside(s)), len(s.text.split()), len(s.text))
        for s in split_sentences_ar(text, level="sentence")
    )
    segments = tuple((c.index, sum(t.kind == "arabic" for t in inside(c))) for c in split_sentences_ar(text, level="segment"))
    return _Facts(tokens, sentences, segments)


def _arabic_words(facts: _Facts) -> list[str]:
    return [t.text for t in facts.tokens if t.kind == "arabic"]


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


# --- Exercise 1 ----------------------------------------------------------------------------------


@exercise(1, 'Count the Arabic word tokens', hints=(
    'A token is any unit the tokenizer cuts off, punctuation and numbers included; a word token is one whose kind is arabic.',
    'Section 2 counted the tokens by kind: the number you want is one row of that table.',
))
def check_arabic_token_count(answer: Any, *, text: str | None = None) -> Feedback:
    """Check the number of Arabic word tokens (``kind == "arabic"``) in the text.

    >>> check_arabic_token_count(5, text="قال الوزير: نعم.")
    ✗ Not yet. 5 is not the number of Arabic word tokens.
       Hint: That is every token. You counted punctuation and numbers too: keep only kind == 'arabic'.
    """
    if (empty := unanswered(answer)) is not None:
        return empty
    text = _default_text() if text is None else text
    facts = _facts(text)
    words = _arabic_words(facts)
    expected = len(words)
    if isinstance(answer, (list, tuple)):
        if len(answer) == expected:
            return not_yet("That is a list of tokens; the exercise asks for a number.", hint="Wrap it in len(...).")
        return not_yet("That is a list; the exercise asks for a number.")
    if not _is_int(answer):
        return not_yet(f"The answer should be a whole number, not {type(answer).__name__}.")
    if answer == expected:
        return correct(f"{expected} Arabic word tokens: punctuation and numbers are tokens too, but not words.")
    kinds = Counter(t.kind for t in facts.tokens)
    wrong = f"{_shown(answer)} is not the number of Arabic word tokens."
    if answer == len(facts.tokens):
        return not_yet(wrong, hint="That is every token. You counted punctuation and numbers too: keep only kind == 'arabic'.")
    if answer == len(text.split()):
        return not_yet(wrong, hint="That is a whitespace split: it glues punctuation to words and counts a lone \" as a word. Use tokenize_ar(text).")
    if answer == expected + kinds["number"] and kinds["number"]:
        return not_yet(wrong, hint="You counted the numbers (such as 2500) as words: keep only kind == 'arabic'.")
    if answer == expected + kinds["punct"] and kinds["punct"]:
        return not_yet(wrong, hint="You counted punctuation tokens too: keep only the tokens whose kind == 'arabic'.")
    if answer == len(set(words)):
        return not_yet(wrong, hint="That is the number of distinct words (types). Count every occurrence (tokens).")
    return not_yet(wrong)


# --- Exercise 2 ----------------------------------------------------------------------------------


@exercise(3, 'The longest sentence', hints=(
    "At level 'sentence' a unit ends at . ! ? ؟ or at the end of a block; its length here is the number of Arabic word tokens inside it.",
    'Section 4 splits the text into sentences and counts the words inside each one (words_inside); keep the index and the count of the largest.',
))
def check_longest_sentence(answer: Any, *, text: str | None = None) -> Feedback:
    """Check ``(index, length)`` of the longest sentence, length counted in Arabic word tokens.

    ``index`` is the sentence's ``.index`` from ``split_sentences_ar(text, level="sentence")``.

    >>> check_longest_sentence((1, 3), text="العنوان هنا\\n\\nجملة من ثلاث. ثم جملة أطول من تلك.")
    ✗ Not yet. Sentence 1 has 3 Arabic words, but another sentence is longer.
       Hint: Compute the length of every sentence, then take the max (sort the table by length).
    """
    if (empty := unanswered(answer)) is not None:
        return empty
    text = _default_text() if text is None else text
    facts = _facts(text)
    best = max(n for _, n, *_ in facts.sentences)
    winners = [i for i, n, *_ in facts.sentences if n == best]
    if _is_int(answer):
        if answer == best:
            return not_yet("That is the right length, but the exercise asks for a pair.", hint="Answer with a pair (index, length), such as (5, 20).")
        if answer in winners:
            return not_yet("That is the right sentence, but the exercise asks for a pair.", hint="Answer with a pair (index, length), such as (5, 20).")
        return not_yet("The exercise asks for a pair (index, length).")
    if not (isinstance(answer, (tuple, list)) and len(answer) == 2 and all(_is_int(v) for v in answer)):
        return not_yet("The answer should be a pair of whole numbers: (index, length).")
    index, length = answer
    by_index = {s[0]: s for s in facts.sentences}
    if index in winners and length == best:
        return correct(f"Sentence {index} is the longest, with {best} Arabic words. Compare it with its paragraph: how many sentences does that paragraph have?")
    if index in winners:
        _, _, all_tokens, spaced, chars = by_index[index]
        if length == spaced:
            why = "That is a whitespace split, which counts a lone punctuation mark as a word."
        elif length == all_tokens:
            why = "You counted punctuation tokens too."
        elif length == chars:
            why = "That is the length in characters."
        else:
            why = f"{length} is not its length in Arabic words."
        return not_yet(f"Right sentence. {why}", hint="Count only the tokens inside the sentence whose kind == 'arabic'.")
    if index - 1 in winners and length == best:
        return not_yet("Right length, but the index is off by one.", hint="Use the sentence's .index, which starts at 0.")
    segment_best = max(n for _, n in facts.segments)
    if length == segment_best and segment_best != best:
        return not_yet("That is the longest segment (cut at commas too), not the longest sentence.", hint="Split with level='sentence', which cuts only at . ! ? ؟ and block ends.")
    if index in by_index and by_index[index][1] == length:
        return not_yet(f"Sentence {index} has {length} Arabic words, but another sentence is longer.",
                       hint="Compute the length of every sentence, then take the max (sort the table by length).")
    return not_yet(f"({index}, {length}) does not match the longest sentence.")


# --- Exercise 3 ----------------------------------------------------------------------------------


def _waw_candidates(facts: _Facts) -> set[str]:
    """The naive rule: Arabic word tokens that start with و and have two or more letters after it."""
    return {w for w in _arabic_words(facts) if w.startswith("و") and len(w) >= 3}


def _examples(words: Iterable[str], limit: int = 3) -> str:
    return "، ".join(sorted(words)[:limit])


@exercise(2, 'Candidate words with the conjunction و', hints=(
    'The rule is naive on purpose: a word token that begins with و and has at least two more letters. Each distinct word counts once.',
    'Start from the Arabic word tokens of section 2 (not a whitespace split); a set keeps each word once.',
))
def check_waw_words(answer: Any, *, text: str | None = None) -> Feedback:
    """Check the distinct Arabic word tokens that begin with و followed by two or more letters.

    A list or a set of strings is accepted, sorted or not, but each word must be listed once: a
    list with duplicates is sent back with a hint to use ``set()``.

    >>> check_waw_words(["وهو", "وزير", "ولد"], text="قال وزير: وهو ولد و الوزير وزير.")
    ✓ Correct. 3 candidate words. The rule is naive: now look for the words whose و belongs to the stem.
    >>> check_waw_words(["وهو", "وزير", "ولد", "الوزير"], text="قال وزير: وهو ولد و الوزير وزير.")
    ✗ Not yet. Some of your words do not begin with و: الوزير.
       Hint: Test the first letter: word.startswith("و"), not "و" in word.
    >>> check_waw_words(["وهو", "وزير", "ولد", "وزير"], text="قال وزير: وهو ولد و الوزير وزير.")
    ✗ Not yet. Your list has 4 items but only 3 distinct words: وزير appears more than once.
       Hint: The exercise asks for distinct words: collect them in a set, set(...) or {...}, then sorted(...).
    """
    if (empty := unanswered(answer)) is not None:
        return empty
    text = _default_text() if text is None else text
    facts = _facts(text)
    expected = _waw_candidates(facts)
    if _is_int(answer):
        if answer == len(expected):
            return not_yet("That is how many there are; the exercise asks for the words themselves.")
        return not_yet("The exercise asks for a list of words, not a number.")
    if isinstance(answer, str) or not isinstance(answer, Iterable):
        return not_yet("The answer should be a list (or set) of words.")
    given = list(answer)
    if not all(isinstance(w, str) for w in given):
        return not_yet("Every item should be a word (a str).", hint="If you collected Token records, take their text: t.text.")
    got = set(given)
    if len(got) != len(given):
        repeated = Counter(given)
        twice = {w for w, n in repeated.items() if n > 1}
        return not_yet(
            f"Your list has {len(given)} items but only {len(got)} distinct words: {_examples(twice)} "
            f"{'appears' if len(twice) == 1 else 'appear'} more than once.",
            hint="The exercise asks for distinct words: collect them in a set, set(...) or {...}, then sorted(...).",
        )
    if got == expected:
        return correct(f"{len(expected)} candidate words. The rule is naive: now look for the words whose و belongs to the stem.")
    extra, missing = got - expected, expected - got
    with_punct = {w for w in extra if any(unicodedata.category(c).startswith("P") for c in w)}
    if with_punct:
        return not_yet(f"Some of your words carry punctuation: {_examples(with_punct)}.", hint="Use tokenize_ar, not text.split(): it cuts ، . : off the words.")
    not_initial = {w for w in extra if not w.startswith("و")}
    if not_initial:
        return not_yet(f"Some of your words do not begin with و: {_examples(not_initial)}.",
                       hint='Test the first letter: word.startswith("و"), not "و" in word.')
    too_short = {w for w in extra if len(w) < 3}
    if too_short:
        return not_yet(f"Some of your words are too short to hold و plus a word: {_examples(too_short)}.", hint="Keep len(word) >= 3.")
    if missing and not extra and all(len(w) == 3 for w in missing):
        return not_yet(f"You left out the three-letter words: {_examples(missing)}.", hint="The rule is len(word) >= 3 (و plus two letters), not > 3.")
    if extra:
        return not_yet(f"These are not Arabic word tokens of the text as written: {_examples(extra)}.",
                       hint="Take the tokens as they are (no normalization) from tokenize_ar(text).")
    return not_yet(f"You are missing {len(missing)} word(s), for example {_examples(missing)}.")


# --- Exercise 4 ----------------------------------------------------------------------------------


def _top_share(counts: Counter[str], total: int, n: int = 10) -> float:
    top = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:n]
    return sum(count for _, count in top) / total if total else 0.0


@exercise(4, 'How much do the top 10 words cover?', hints=(
    'A share is a part divided by the whole: the tokens of the 10 most frequent words divided by all Arabic word tokens, a number between 0 and 1.',
    'Section 5 ranks the words as written, most frequent first; the whole is the count of exercise 1.',
))
def check_top10_share(answer: Any, *, text: str | None = None) -> Feedback:
    """Check the share (a fraction between 0 and 1) of Arabic word tokens taken by the 10 most frequent words.

    Words are counted as written (no normalization); the share is their summed count divided by
    the number of Arabic word tokens. Ties at rank 10 do not change the share.

    >>> check_top10_share(1.0, text="في البيت في المدينة")
    ✓ Correct. The 10 most frequent words cover 100.0% of the Arabic word tokens.
    """
    if (empty := unanswered(answer)) is not None:
        return empty
    text = _default_text() if text is None else text
    facts = _facts(text)
    words = _arabic_words(facts)
    expected = _top_share(Counter(words), len(words))
    if isinstance(answer, bool) or not isinstance(answer, Real) or not math.isfinite(answer):
        return not_yet("The answer should be a number between 0 and 1.")

    def near(value: float) -> bool:
        return abs(float(answer) - value) <= _TOLERANCE

    if matches_rounded(float(answer), expected, tolerance=_TOLERANCE):
        return correct(f"The 10 most frequent words cover {expected:.1%} of the Arabic word tokens.")
    wrong = f"{_shown(answer)} is not the share of the top 10 words."
    if 1 < answer <= 100 and abs(float(answer) / 100 - expected) <= _TOLERANCE:
        return not_yet(f"{_shown(answer)} looks like a percentage.", hint="Give a fraction between 0 and 1 (divide by 100).")
    top_count = round(expected * len(words))
    if _is_int(answer) and answer == top_count:
        return not_yet("That is the count of the top 10 words, not their share.", hint="Divide it by the number of Arabic word tokens.")
    if near(top_count / len(facts.tokens)):
        return not_yet(wrong, hint="You divided by all tokens, punctuation included: divide by the number of Arabic word tokens.")
    if near(top_count / len(set(words))):
        return not_yet(wrong, hint="You divided by the number of distinct words (types): divide by the number of tokens.")
    spaced = text.split()
    if near(_top_share(Counter(spaced), len(spaced))):
        return not_yet(wrong, hint="That comes from a whitespace split, where 'البلاد،' and 'البلاد' are different words. Use tokenize_ar.")
    try:
        from helpers.text.normalize import normalize_ar  # optional: the normalization lesson's helper
    except ImportError:  # pragma: no cover - only while that module is missing
        normalize_ar = None
    if normalize_ar is not None and near(_top_share(Counter(normalize_ar(w) for w in words), len(words))):
        return not_yet(wrong, hint="You normalized the words first; this exercise counts them as written.")
    return not_yet(wrong)
