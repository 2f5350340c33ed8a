"""Checks for notebook 02 (tokens and sentences).

Five exercises, from a concept to a method:

1. **concept check** (multiple choice): which list of tokens ``tokenize_ar`` gives for a line of
   a report the notebook has not shown (:data:`TOKENS_OF_HEADLINE`);
2. **value**: the number of Arabic word tokens of the wire report
   (``comparison_text("wire_report")``), a text the notebook has not shown;
3. **value**: the words of the wire report that the naive rule takes for و + word although their
   و is a letter of the stem;
4. **value**: the share of the opposing commentary's word tokens that its ten most frequent words
   cover;
5. **method**: a function ``longest_sentence(text)`` run on the case study, then on a news report
   and the joint communiqué it has not seen, and compared with the kit's own count.

Expected values are computed from the texts with the kit's helpers (the stem-و words of
exercise 3 with the embedded morphological analyzer of notebook 03); nothing about a text is
written down here. Wrong answers that students often give (a whitespace split, punctuation counted
as words, the case study's figure typed in, a percentage instead of a fraction ...) are
recognised and answered with a hint.

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

from helpers.exercises.choice import multiple_choice
from helpers.exercises.feedback import Feedback, correct, format_number, matches_rounded, not_yet, unanswered
from helpers.exercises.method import Trial, preview, run_trials
from helpers.exercises.registry import exercise, hints_for
from helpers.exercises.texts import case_study_text, comparison_text, news_text
from helpers.text.sentences import split_sentences_ar
from helpers.text.tokenize import Token, tokenize_ar

__all__ = [
    "hint",
    "HEADLINE",
    "TOKENS_OF_HEADLINE",
    "check_tokens_of_headline",
    "check_arabic_token_count",
    "check_stem_waw_words",
    "check_top10_share",
    "check_longest_sentence",
    "longest_sentence_trials",
]

#: Show the next staged hint of an exercise of this notebook: ``hint("ex2")``.
hint = hints_for(__name__)

BACKEND = "farahidi"  # exercise 3: the analyzer is pinned, so the answer does not depend on what is installed
_TOLERANCE = 0.001  # for shares: rounding to three decimals is fine


def _shown(value: Any) -> str:
    """An answer echoed in a message: a number as a person would write it, anything else as is."""
    return format_number(value, digits=4)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


@dataclass(frozen=True)
class _Facts:
    """What the checks need to know about one text, computed once."""

    tokens: tuple[Token, ...]
    sentences: tuple[tuple[int, int, int, int, int], ...]  # (index, arabic words, all tokens, whitespace words, chars)
    segments: tuple[tuple[int, int], ...]  # (index, arabic words)


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


def _examples(words: Iterable[str], limit: int = 3) -> str:
    return "، ".join(sorted(words)[:limit])


# --- Exercise 1: the tokens of a headline (concept check) ----------------------------------------

#: Exercise 1: a line the notebook has not shown ("And the delegation said: 'the dialogue' goes on").
HEADLINE = 'وقال الوفد: "الحوار" مستمر'

#: Exercise 1: the question and its options (the tests run tokenize_ar and str.split on the headline).
TOKENS_OF_HEADLINE = multiple_choice(
    f"Which list is what tokenize_ar gives (the texts of its tokens) for the line  {HEADLINE}  "
    "(wa-qāla l-wafd: \"al-ḥiwār\" mustamirr, 'And the delegation said: \"the dialogue\" goes on')?",
    [
        ("['وقال', 'الوفد:', '\"الحوار\"', 'مستمر']",
         "That is str.split(): it cuts only at whitespace, so the colon and the quotes stay glued to the words."),
        ("['و', 'قال', 'الوفد', ':', '\"', 'الحوار', '\"', 'مستمر']",
         "tokenize_ar cuts at whitespace and punctuation only; it never splits a clitic off a word: وقال stays "
         "one token, although it is و 'and' + قال 'said' (section 3 shows why splitting needs more than the letters)."),
        ("['وقال', 'الوفد', ':', '\"', 'الحوار', '\"', 'مستمر']",
         "Each punctuation mark becomes a token of its own (kind punct), and every word keeps all the letters "
         "it was written with, its clitics included."),
        ("['وقال', 'الوفد', 'الحوار', 'مستمر']",
         "Punctuation is not thrown away: each mark is a token of kind punct. Keeping only the words is a "
         "second step, a filter on kind."),
        ("['وقال', 'الوفد', ':', '\"الحوار\"', 'مستمر']",
         "Quotation marks are punctuation too: tokenize_ar cuts every mark off the word, the quotes as "
         "well as the colon."),
    ],
    answer="C",
)


@exercise(1, "The tokens of a line", hints=(
    "A tokenizer decides where one unit ends and the next begins: ask what it cuts at, and whether it "
    "keeps or drops what it cuts off.",
    "Section 1 compares str.split() with tokenize_ar on the tricky spots of the article, and section 3 "
    "says what a clitic is and who splits it.",
))
def check_tokens_of_headline(answer: Any) -> Feedback:
    """Check ``answer``, the letter of the list that ``tokenize_ar`` gives for the line :data:`HEADLINE`.

    >>> check_tokens_of_headline("A").message.startswith("A is not it: That is str.split()")
    True
    """
    return TOKENS_OF_HEADLINE.check(answer)


# --- Exercise 2: the word tokens of the wire report ---------------------------------------------


def _wire_report() -> str:
    return comparison_text("wire_report")


def _case_study_word_count() -> int:
    return len(_arabic_words(_facts(case_study_text())))


@exercise(2, 'Count the word tokens of the wire report', hints=(
    'A token is any unit the tokenizer cuts off, punctuation and numbers included; a word token is one whose kind is arabic.',
    'Section 2 counted the tokens of the article by kind: do the same for the wire report, tokenizing it with tokenize_ar.',
))
def check_arabic_token_count(answer: Any, *, text: str | None = None) -> Feedback:
    """Check the number of Arabic word tokens (``kind == "arabic"``) of the text.

    Args:
        answer: a whole number (``...`` if not answered yet).
        text: the text; ``None`` means the wire report, ``comparison_text("wire_report")``.

    >>> check_arabic_token_count(5, text="قال الوزير: نعم.")
    ✗ Not yet. 5 is not the number of Arabic word tokens.
       Hint: That is every token. You counted punctuation and numbers too: keep only kind == 'arabic'.
    """
    if (empty := unanswered(answer)) is not None:
        return empty
    text = _wire_report() if text is None else text
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
    others = len(facts.tokens) - expected - kinds["punct"]  # numbers, Latin, mixed tokens such as كوفيد-19
    if others and answer in (expected + others, expected + kinds["number"]):
        return not_yet(wrong, hint="You counted the numbers (and other tokens that are not Arabic words) as words: keep only kind == 'arabic'.")
    if kinds["punct"] and answer == expected + kinds["punct"]:
        return not_yet(wrong, hint="You counted punctuation tokens too: keep only the tokens whose kind == 'arabic'.")
    if answer == len(set(words)):
        return not_yet(wrong, hint="That is the number of distinct words (types). Count every occurrence (tokens).")
    if text != case_study_text() and answer == _case_study_word_count():
        return not_yet(f"{_shown(answer)} is the number of word tokens of the case study, not of this text.",
                       hint="Tokenize the text the exercise names, not the notebook's text.")
    return not_yet(wrong)


# --- Exercise 3: which و is not "and"? ----------------------------------------------------------


@lru_cache(maxsize=4)
def _waw_readings(text: str) -> dict[str, str]:
    """Each naive و-candidate of the text (a word token beginning with و, two or more letters after
    it) with the analyzer's reading of its first occurrence: its proclitics and its lemma."""
    from helpers.morphology import analyze_morphology_ar  # notebook 03's analyzer, loaded only when needed

    table = analyze_morphology_ar(text, backend=BACKEND, progress=False)
    readings: dict[str, str] = {}
    for token, proclitics, lemma in zip(table["token"], table["proclitics"], table["lemma"]):
        if token.startswith("و") and len(token) >= 3 and token not in readings:
            readings[token] = "و" if "و" in proclitics.split("+") else f"stem:{lemma}"
    return readings


def _stem_waw(text: str) -> set[str]:
    return {w for w, reading in _waw_readings(text).items() if reading.startswith("stem:")}


@exercise(3, 'Which و is not "and"?', hints=(
    'و is the conjunction "and" only when what follows it is a word of its own (و + قال, و + الثقافة); '
    'when the rest is no word, the و is the first letter of the stem or of a name.',
    'Collect the candidates of the wire report with the naive rule of section 3 (first letter و, at least two '
    'more letters, each word once), then read them with their transliteration, as the table of section 3 does.',
))
def check_stem_waw_words(answer: Any, *, text: str | None = None) -> Feedback:
    """Check the distinct word tokens of the text that begin with و but do not carry the conjunction.

    The candidates are the naive rule's (an Arabic word token that begins with و and has at least
    two more letters); the key is the embedded analyzer's reading of each, pinned to
    ``backend="farahidi"``: a candidate belongs to the answer when its analysis has no proclitic و.
    A list or a set is accepted, in any order, each word once and as written.

    Args:
        answer: a list or set of words (``...`` if not answered yet).
        text: the text; ``None`` means the wire report, ``comparison_text("wire_report")``.

    >>> check_stem_waw_words(["وزير"], text="وقال وزير الخارجية إن الحوار مستمر.")
    ✓ Correct. 1 word begins with a و of its own stem: وزير. The other candidate is و + a word: وقال.
    >>> check_stem_waw_words(["وزير", "وقال"], text="وقال وزير الخارجية إن الحوار مستمر.")
    ✗ Not yet. In وقال the و is the conjunction "and": what follows is a word of its own (the analyzer reads و + قَالَ).
       Hint: Take a candidate only if what remains after و is no word, or another word than the text means.
    """
    if (empty := unanswered(answer)) is not None:
        return empty
    text = _wire_report() if text is None else text
    readings = _waw_readings(text)
    expected = _stem_waw(text)
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
        twice = {w for w, n in Counter(given).items() if n > 1}
        return not_yet(
            f"Your list has {len(given)} items but only {len(got)} distinct words: {_examples(twice)} "
            f"{'appears' if len(twice) == 1 else 'appear'} more than once.",
            hint="The exercise asks for distinct words: collect them in a set, set(...) or {...}, then sorted(...).",
        )
    if got == expected:
        others = sorted(set(readings) - expected)
        rest = (f" The other {len(others)} candidates are و + a word: {_examples(others)}"
                f"{' ...' if len(others) > 3 else ''}." if len(others) != 1 else f" The other candidate is و + a word: {others[0]}.")
        n = len(expected)
        return correct(f"{n} {'word begins' if n == 1 else 'words begin'} with a و of its own stem: "
                       f"{_examples(expected, limit=n)}.{rest if others else ''}")
    with_punct = {w for w in got if any(unicodedata.category(c).startswith("P") for c in w)}
    if with_punct:
        return not_yet(f"Some of your words carry punctuation: {_examples(with_punct)}.",
                       hint="Use tokenize_ar, not text.split(): it cuts ، . : off the words.")
    conjunctions = sorted(w for w in got if readings.get(w) == "و")
    if conjunctions:
        w = conjunctions[0]
        from helpers.morphology import analyze_morphology_ar

        lemma = analyze_morphology_ar(w, backend=BACKEND, progress=False)["lemma"].iloc[0]
        more = f" ({len(conjunctions) - 1} more of your words are like it)" if len(conjunctions) > 1 else ""
        return not_yet(f"In {w} the و is the conjunction \"and\": what follows is a word of its own "
                       f"(the analyzer reads و + {lemma}){more}.",
                       hint="Take a candidate only if what remains after و is no word, or another word than the text means.")
    strangers = sorted(got - set(readings))
    if strangers:
        w = strangers[0]
        if not w.startswith("و"):
            return not_yet(f"{w} does not begin with و.", hint='Start from the candidates: word tokens whose first letter is و.')
        if len(w) < 3:
            return not_yet(f"{w} is too short to hold و plus a word.", hint="The candidates have at least two letters after و.")
        return not_yet(f"{w} is not a word token of this text as written.",
                       hint="Take the words exactly as tokenize_ar gives them (no normalization), from the text the exercise names.")
    missing = expected - got
    return not_yet(f"All your words begin with a و of the stem, but {len(missing)} "
                   f"{'is' if len(missing) == 1 else 'are'} missing.",
                   hint="Read every candidate: for each, ask whether what follows و is a word of its own.")


# --- Exercise 4: how much do the top 10 words cover? ---------------------------------------------


def _top_share(counts: Counter[str], total: int, n: int = 10) -> float:
    top = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:n]
    return sum(count for _, count in top) / total if total else 0.0


def _commentary() -> str:
    return comparison_text("opposing_commentary")


def _share_of(text: str) -> float:
    words = _arabic_words(_facts(text))
    return _top_share(Counter(words), len(words))


@exercise(4, 'How much do the top 10 words cover?', hints=(
    'A share is a part divided by the whole: the tokens of the 10 most frequent words divided by all Arabic word tokens, a number between 0 and 1.',
    'Section 5 ranks the article\'s words as written, most frequent first: rank the commentary\'s words the same way; the whole is its number of word tokens.',
))
def check_top10_share(answer: Any, *, text: str | None = None) -> Feedback:
    """Check the share (a fraction between 0 and 1) of Arabic word tokens taken by the 10 most frequent words.

    Words are counted as written (no normalization); the share is their summed count divided by
    the number of Arabic word tokens. Ties at rank 10 do not change the share.

    Args:
        answer: a number between 0 and 1 (``...`` if not answered yet).
        text: the text; ``None`` means the opposing commentary, ``comparison_text("opposing_commentary")``.

    >>> check_top10_share(1.0, text="في البيت في المدينة")
    ✓ Correct. The 10 most frequent words cover 100.0% of the Arabic word tokens.
    """
    if (empty := unanswered(answer)) is not None:
        return empty
    text = _commentary() if text is None else text
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
    from helpers.text.normalize import normalize_ar

    if near(_top_share(Counter(normalize_ar(w) for w in words), len(words))):
        return not_yet(wrong, hint="You normalized the words first; this exercise counts them as written.")
    if text != case_study_text() and near(_share_of(case_study_text())):
        return not_yet(f"{_shown(answer)} is the share of the case study's top 10, not of this text.",
                       hint="Count the words of the text the exercise names.")
    return not_yet(wrong)


# --- Exercise 5: a function for the longest sentence (method) -------------------------------------


@dataclass(frozen=True)
class _Longest:
    """The kit's longest sentence of a text: ``(index, length)``, and every index tied with it."""

    index: int
    length: int
    tied: tuple[int, ...]

    def __repr__(self) -> str:
        others = [i for i in self.tied if i != self.index]
        tie = f" (sentence {', '.join(map(str, others))} {'ties' if len(others) == 1 else 'tie'} with it)" if others else ""
        return f"({self.index}, {self.length}){tie}"


def _longest(text: str) -> _Longest:
    facts = _facts(text)
    best = max(n for _, n, *_ in facts.sentences)
    tied = tuple(i for i, n, *_ in facts.sentences if n == best)
    return _Longest(tied[0], best, tied)


def _pair(value: Any) -> tuple[int, int] | None:
    if isinstance(value, (tuple, list)) and len(value) == 2 and all(_is_int(v) for v in value):
        return int(value[0]), int(value[1])
    return None


def _same_longest(got: Any, want: Any) -> bool:
    """Whether ``got`` is the longest sentence ``want`` (any tied index), or the same pair as ``want``."""
    pair = _pair(got)
    if isinstance(want, _Longest):
        return pair is not None and pair[0] in want.tied and pair[1] == want.length
    if isinstance(got, _Longest):
        return _same_longest(want, got)
    return pair is not None and pair == _pair(want)


def _show_longest(value: Any) -> str:
    return repr(value) if isinstance(value, _Longest) else preview(value)


def _explain_longest(got: Any, want: _Longest, text: str) -> tuple[str, str] | None:
    """What a wrong (index, length) says about the method that gave it."""
    pair = _pair(got)
    if pair is None:
        if _is_int(got):
            return ("It returned one number; the function should return a pair.", "Return a pair (index, length), such as (5, 20).")
        return ("It should return a pair of whole numbers: (index, length).", "")
    index, length = pair
    facts = _facts(text)
    by_index = {s[0]: s for s in facts.sentences}
    if index in want.tied:
        _, _, all_tokens, spaced, chars = by_index[index]
        if length == spaced:
            why = "the right sentence, but its length from a whitespace split, which counts a lone punctuation mark as a word"
        elif length == all_tokens:
            why = "the right sentence, but its length counts punctuation tokens too"
        elif length == chars:
            why = "the right sentence, but its length in characters"
        else:
            why = "the right sentence, but not its length in Arabic words"
        return (f"That is {why}.", "Count only the tokens inside the sentence whose kind == 'arabic', tokenizing the text the function gets.")
    if index - 1 in want.tied and length == want.length:
        return ("The length is right but the index is off by one.", "Use the sentence's .index, which starts at 0.")
    segment_best = max(n for _, n in facts.segments)
    if length == segment_best and segment_best != want.length:
        return ("That is the longest segment (cut at commas too), not the longest sentence.",
                "Split with level='sentence', which cuts only at . ! ? ؟ and block ends.")
    if index in by_index and by_index[index][1] == length:
        return (f"Sentence {index} has {length} Arabic words, but another sentence is longer.",
                "Compute the length of every sentence, then keep the largest.")
    return ("", "Does your function tokenize the text it gets? words_inside and words belong to the notebook's own text.")


def longest_sentence_trials() -> list[Trial]:
    """The texts exercise 5 runs the student's function on: the case study, then two texts it has not seen.

    >>> [(t.name[:22], t.seen) for t in longest_sentence_trials()]
    [('the case study', True), ('news report dev_05 of ', False), ('the joint communiqué o', False)]
    """
    return [
        Trial("the case study", case_study_text()),
        Trial("news report dev_05 of data/news/ (a Tunisian political report)", news_text("dev_05"), seen=False),
        Trial("the joint communiqué of data/comparison/ (two sentences tie for the longest)",
              comparison_text("joint_communique"), seen=False),
    ]


@exercise(5, 'A function for the longest sentence', hints=(
    "At level 'sentence' a unit ends at . ! ? ؟ or at the end of a block; a sentence's length here is the "
    "number of Arabic word tokens inside it, found by offsets.",
    'Section 4 splits the article into sentences and counts the words inside each one: inside the function, '
    'do the same for the text it receives, from its own tokens.',
))
def check_longest_sentence(answer: Any) -> Feedback:
    """Check ``answer``, a function ``f(text) -> (index, length)`` for the longest sentence of a text.

    ``index`` is the sentence's ``.index`` from ``split_sentences_ar(text, level="sentence")``,
    ``length`` its number of Arabic word tokens. The function is run on the texts of
    :func:`longest_sentence_trials`; on a tie, any of the tied sentences is right.

    >>> def whitespace_length(text):
    ...     sentences = split_sentences_ar(text, level="sentence")
    ...     best = max(sentences, key=lambda s: len(s.text.split()))
    ...     return best.index, len(best.text.split())
    >>> print(check_longest_sentence(whitespace_length).hint)
    Count only the tokens inside the sentence whose kind == 'arabic', tokenizing the text the function gets.
    """
    return run_trials(answer, trials=longest_sentence_trials(), expected=_longest, what="longest sentence",
                      same=_same_longest, explain=_explain_longest, show=_show_longest)
