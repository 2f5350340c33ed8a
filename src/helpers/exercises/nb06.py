"""Checks for notebook 06 (discourse: parts, connectives, attribution, deixis, reference chains).

Five exercises, from a concept to a method, all on texts the notebook does not show:

1. **concept check** (multiple choice): the sense of بل after a negation, in a sentence of the
   opposing commentary (``data/comparison/``);
2. **value (exact spans)**: both parts of every أما … ف of the opposing commentary;
3. **value**: the wire report's attributions by kind of source (named, unnamed, implicit);
4. **value (exact spans)**: news report ``dev_06`` (``data/news/``): where the helper's two
   largest chains meet in one full name (one person followed as two actors);
5. **method**: ``mention_recall(found, gold)``, the share of gold mentions a chain finds; run on
   the case study's gold chain and on two news reports with the gold names of
   ``data/annotations/news_names.tsv``, compared with :func:`helpers.discourse.chain_recall_ar`.

Expected values are computed from the texts with the discourse helpers; nothing about a text is
written down here except the sentence the concept check quotes (a test checks that it is in the
commentary and that the tagger agrees with the key). Typical wrong answers (one part of a paired
connective, the و before أما inside the span, a ف span that runs over its word, evidential frames
counted as sources, a first name for a full name, precision for recall ...) get a hint of their own.

>>> check_bal_sense(...)
✗ Not yet. No answer yet: replace the ... with your code.
   Hint 1 of 2: بل after a negation replaces what was denied ('not X, but rather Y'); without a negation before it, it adds a stronger point.
>>> check_amma_fa_parts([((0, 3), (10, 11))], text="أما الوفد فقد عاد.")
✓ Correct. 1 أما … ف, both parts exact: 'أما' at 0:3 and 'ف' at 10:11. أما sets up a topic; ف, written on the next word, turns to what is said of it.
>>> check_source_types({"named": 1, "unnamed": 0, "implicit": 0}, text="قال الوزير إن الحوار مستمر.")
✓ Correct. 1 attribution(s): 1 named, 0 unnamed, 0 implicit. A reader can weigh a claim only when it has an owner.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from numbers import Real
from typing import Any

from helpers.data import read_tsv_rows
from helpers.discourse import ChainMention, chain_recall_ar, find_attributions_ar, find_connectives_ar, reference_chains_ar
from helpers.discourse import read_gold_chain_ar
from helpers.exercises.choice import multiple_choice
from helpers.exercises.feedback import Feedback, correct, format_number, not_yet, unanswered
from helpers.exercises.method import Trial, preview, run_trials
from helpers.exercises.registry import exercise, hints_for
from helpers.exercises.texts import case_study_text, comparison_text, news_text
from helpers.text.normalize import normalize_ar

__all__ = [
    "hint",
    "AMMA_FA",
    "BAL_SENSE",
    "BAL_SENTENCE",
    "NAMES_REPORT",
    "check_bal_sense",
    "check_amma_fa_parts",
    "check_source_types",
    "check_full_name_spans",
    "check_mention_recall",
    "full_name_spans",
    "recall_trials",
]

#: Show the next staged hint of an exercise of this notebook: ``hint("ex2")``.
hint = hints_for(__name__)

#: The lexicon entry of exercise 2.
AMMA_FA = "أما … ف"

#: The news report of exercise 4 (``data/news/``).
NAMES_REPORT = "dev_06"

_SOURCE_TYPES = ("named", "unnamed", "implicit")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _pair(value: Any) -> tuple[int, int] | None:
    if isinstance(value, (tuple, list)) and len(value) == 2 and all(_is_int(v) for v in value):
        return (int(value[0]), int(value[1]))
    return None


@lru_cache(maxsize=8)
def _connectives(text: str) -> tuple:
    return tuple(find_connectives_ar(text))


@lru_cache(maxsize=8)
def _chains(text: str) -> tuple[ChainMention, ...]:
    return tuple(reference_chains_ar(text))


# --- Exercise 1: the sense of بل (concept check) ------------------------------------------------

#: The commentary's sentence the concept check quotes (``data/comparison/opposing_commentary.txt``).
BAL_SENTENCE = "فالبيان لا يحدد موعداً ولا جدولاً، بل يحيل الأمر إلى «محادثات فنية» مقبلة"

#: Exercise 1: the question and its options (the tests run the tagger on the commentary).
BAL_SENSE = multiple_choice(
    f"The opposing commentary, a text this notebook has not shown, says: {BAL_SENTENCE} \"So the statement "
    "sets no date and no timetable, but rather refers the matter to future 'technical talks'\". Which sense "
    "does the tagger give this بل, and why?",
    [
        ("addition (emphatic): it adds a stronger point to the first clause.",
         "That is بل with nothing denied before it (نجح الحوار، بل تجاوز التوقعات). Here the clause before it "
         "is negated: لا يحدد 'sets no'."),
        ("alternative (substitution): the negation لا before it in the same sentence makes it replace what "
         "was denied.",
         "Not X but rather Y: the statement does not set a date; what it does instead is refer the matter "
         "on. The tagger looks back in the sentence for لا لم لن ليس ما and finds لا."),
        ("concession: it grants the first clause and then turns against it.",
         "A concession grants something true (مع أن … لكن 'although … yet'); here the first clause is "
         "denied, not granted, and بل puts something else in its place."),
        ("contrast: it sets two things side by side that differ.",
         "A contrast keeps both claims (أما … ف, في حين); بل after a negation keeps only the second one."),
    ],
    answer="B",
)


@exercise(1, 'The sense of بل in a new text', hints=(
    "بل after a negation replaces what was denied ('not X, but rather Y'); without a negation before it, it adds a stronger point.",
    "Section 2 tags two sentences written for the notebook, one with لم before بل and one without: "
    "look for a negation before بل in the commentary's sentence.",
))
def check_bal_sense(answer: Any) -> Feedback:
    """Check ``answer``, the letter of the sense the tagger gives to the commentary's بل.

    >>> check_bal_sense("A").message.startswith("A is not it: That is بل with nothing denied")
    True
    """
    return BAL_SENSE.check(answer)


# --- Exercise 2: the parts of every أما … ف (exact spans) ---------------------------------------


def _amma_fa(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    return [tuple(c.parts) for c in _connectives(text) if c.connective == AMMA_FA]


@exercise(2, 'Both parts of أما … ف', hints=(
    "A paired connective has two parts in one sentence: أما 'as for' sets up a topic, ف on the next word "
    "after it turns to what is said of the topic. Each part has its own span, and ف is one letter.",
    "Section 2 prints the two parts of the article's paired connective from c.parts; do the same with "
    "find_connectives_ar on the commentary, keeping the findings whose entry is أما … ف.",
))
def check_amma_fa_parts(answer: Any, *, text: str | None = None) -> Feedback:
    """Check ``answer``: ``((start, end), (start, end))`` for every أما … ف of the text, in text order.

    Args:
        answer: a list with one pair of spans per أما … ف, in any order (a single pair of spans if
            there is one); ``...`` if not answered yet. Spans must be exact.
        text: the text; ``None`` means the opposing commentary.

    >>> check_amma_fa_parts([((0, 3), (10, 13))], text="أما الوفد فقد عاد.")
    ✗ Not yet. The ف of pair 1 is one letter: (10, 11) is 'ف'; your (10, 13) covers 'فقد'.
       Hint: ف is written on the next word; the connective is the letter alone, the rest of the word is not part of it.
    """
    if (empty := unanswered(answer)) is not None:
        return empty
    text = comparison_text("opposing_commentary") if text is None else text
    expected = _amma_fa(text)
    if not expected:
        return not_yet(f"The tagger finds no {AMMA_FA} in this text.", hint="Check that you passed the right text.")
    if isinstance(answer, str) or not isinstance(answer, (list, tuple)):
        return not_yet("The answer should be a list of pairs of spans: [((start, end), (start, end)), ...].")
    if len(answer) == 2 and all(_pair(v) is not None for v in answer):
        answer = [answer]                                   # one connective given without its list
    pairs = []
    for item in answer:
        if isinstance(item, (list, tuple)) and len(item) == 2 and all(isinstance(v, str) for v in item):
            return not_yet("Those are the texts of the parts; the exercise asks for their offsets.")
        if _pair(item) is not None:
            return not_yet(f"{tuple(item)} is one span; each {AMMA_FA} needs two: ((start, end), (start, end)).",
                           hint="A paired connective has two parts: give the span of أما and the span of ف.")
        if not (isinstance(item, (list, tuple)) and len(item) == 2 and all(_pair(v) is not None for v in item)):
            return not_yet(f"{preview(item, width=40)} is not a pair of spans ((start, end), (start, end)).")
        pairs.append((_pair(item[0]), _pair(item[1])))
    def near(span: tuple[int, int], other: tuple[int, int]) -> bool:
        return span[0] < other[1] + 2 and other[0] < span[1] + 2     # overlapping or touching

    pairs = sorted(set(pairs), key=lambda p: min(p[0][0], p[1][0]))
    for a, b in pairs:
        if (a, b) in expected:
            continue
        if (b, a) in expected:
            return not_yet(f"{(a, b)} has its two parts in the wrong order.", hint="Give the first part, أما, first.")
        want = next((w for w in expected if near(a, w[0]) or near(b, w[1]) or near(a, w[1]) or near(b, w[0])), None)
        if want is None:
            shown = text[a[0]:a[1]] if 0 <= a[0] <= a[1] <= len(text) else ""
            return not_yet(f"{a} ({shown!r}) is not the أما of a finding {AMMA_FA}.",
                           hint="Take the spans from the findings of the tagger, not from a search for the letters.")
        k = expected.index(want) + 1
        (a0, a1), (b0, b1) = want
        if a != want[0]:
            if a[1] == a1 and a[0] < a0 and text[a[0]:a0].strip() in ("و", "ف"):
                return not_yet(f"Pair {k}: your first span {a} includes {text[a[0]:a0]!r}, the clitic before أما.",
                               hint="The و written on أما is a connective of its own; the span of أما starts at its alef.")
            shown = text[a[0]:a[1]] if 0 <= a[0] <= a[1] <= len(text) else ""
            return not_yet(f"The first part of pair {k} is not exact: {a} is {shown!r}, not أما.",
                           hint="An end offset is one past the last character: text[start:end] must give أما exactly.")
        if b[0] == b0 and b[1] > b1:
            return not_yet(f"The ف of pair {k} is one letter: ({b0}, {b1}) is {text[b0:b1]!r}; your {b} covers "
                           f"{text[b[0]:b[1]]!r}.",
                           hint="ف is written on the next word; the connective is the letter alone, the rest of the word is not part of it.")
        shown = text[b[0]:b[1]] if 0 <= b[0] <= b[1] <= len(text) else ""
        return not_yet(f"The first part of pair {k} is right; the second, {b} ({shown!r}), is not its ف.",
                       hint="The ف of أما … ف is the first ف written on a word after أما in its sentence, after the topic.")
    if len(pairs) < len(expected):
        return not_yet(f"Your {len(pairs)} pair(s) are right, but the text has {len(expected)} of them.",
                       hint=f"Keep every finding whose entry is {AMMA_FA}, not only the first.")
    if len(pairs) > len(expected):
        return not_yet(f"The text has {len(expected)} {AMMA_FA}; you gave {len(pairs)} pairs.")
    parts = "; ".join(f"{text[a0:a1]!r} at {a0}:{a1} and {text[b0:b1]!r} at {b0}:{b1}" for (a0, a1), (b0, b1) in expected)
    return correct(f"{len(expected)} {AMMA_FA}, both parts exact: {parts}. أما sets up a topic; ف, written on the "
                   "next word, turns to what is said of it.")


# --- Exercise 3: attributions by source -------------------------------------------------------


def _source_counts(text: str) -> dict[str, int]:
    found = Counter(a.source_type for a in find_attributions_ar(text) if a.label == "attribution")
    return {kind: found[kind] for kind in _SOURCE_TYPES}


@exercise(3, "Whose words? The wire report's sources", hints=(
    "An attribution gives a claim an owner: named (a person or body), unnamed (مصادر 'sources', مسؤول "
    "'an official') or implicit (the subject of the verb is not repeated). Evidential frames are not attributions.",
    "Section 3 runs find_attributions_ar on the article (section 6 shows a source_type for each finding of a "
    "constructed report): run it on the wire report and count only the findings labelled attribution.",
))
def check_source_types(answer: Any, *, text: str | None = None) -> Feedback:
    """Check ``{"named": n, "unnamed": n, "implicit": n}``: the attributions of the text by source type.

    Args:
        answer: a dict with the three counts, or a tuple ``(named, unnamed, implicit)``.
        text: the text; ``None`` means the wire report of ``data/comparison/``.

    >>> check_source_types({"named": 0, "unnamed": 1, "implicit": 0}, text="قال الوزير إن الحوار مستمر.")
    ✗ Not yet. named and unnamed are swapped.
       Hint: A named source is a person or a body with its name (الوزير نزار, البيان المشترك); unnamed ones hide it (مصادر, مسؤول).
    """
    if (empty := unanswered(answer)) is not None:
        return empty
    text = comparison_text("wire_report") if text is None else text
    want = _source_counts(text)
    total = sum(want.values())
    if _is_int(answer):
        if answer == total:
            return not_yet("That is the number of attributions; the exercise asks how many of each kind of source.")
        return not_yet("The answer should be three counts: {'named': …, 'unnamed': …, 'implicit': …}.")
    if isinstance(answer, (tuple, list)) and len(answer) == 3:
        answer = dict(zip(_SOURCE_TYPES, answer))
    if not isinstance(answer, dict):
        return not_yet("The answer should be a dict {'named': …, 'unnamed': …, 'implicit': …}.")
    given = {str(k).strip().lower(): v for k, v in answer.items()}
    if "evidence" in given and given["evidence"]:
        return not_yet("Evidential frames have evidence, not a source: they are not attributions.",
                       hint="Keep only the findings whose label is attribution, and count their three kinds of source.")
    missing = [k for k in _SOURCE_TYPES if k not in given]
    if missing:
        return not_yet(f"No count for {', '.join(missing)}.", hint="Give all three kinds, with 0 where there is none.")
    if not all(_is_int(given[k]) for k in _SOURCE_TYPES):
        return not_yet("Every count should be a whole number.")
    got = {k: given[k] for k in _SOURCE_TYPES}
    if got == want:
        return correct(f"{total} attribution(s): " + ", ".join(f"{want[k]} {k}" for k in _SOURCE_TYPES)
                       + ". A reader can weigh a claim only when it has an owner.")
    if (got["named"], got["unnamed"]) == (want["unnamed"], want["named"]) and got["implicit"] == want["implicit"]:
        return not_yet("named and unnamed are swapped.",
                       hint="A named source is a person or a body with its name (الوزير نزار, البيان المشترك); unnamed ones hide it (مصادر, مسؤول).")
    if sum(got.values()) == total:
        wrong = [k for k in _SOURCE_TYPES if got[k] != want[k]]
        return not_yet(f"The total, {total}, is right, but not the split: {' and '.join(wrong)} are off.")
    return not_yet(f"{got} does not match the attributions the helper finds.")


# --- Exercise 4: one person, two chains (exact spans) -------------------------------------------


def full_name_spans(text: str) -> list[tuple[int, int]]:
    """Where two of the helper's chains meet: a name of one chain right after a name of another.

    Each is one span from the first name's start to the second's end (only spaces between them):
    a full name the helper has split into two actors.

    >>> full_name_spans(news_text("dev_06"))
    [(59, 69), (183, 193), (966, 976)]
    """
    names = sorted((m for m in _chains(text) if m.mention_type == "name"), key=lambda m: (m.start, m.end))
    return [(a.start, b.end) for a, b in zip(names, names[1:])
            if a.chain != b.chain and text[a.end:b.start].strip() == "" and b.start > a.end]


@exercise(4, 'One person, two actors', hints=(
    "A reference chain should hold one actor. When a first name and a surname stand side by side and the "
    "helper puts them in two chains, the two chains are one person: her full name runs from the start of "
    "the first name to the end of the surname.",
    "Section 5 lists the mentions of every chain with their offsets; do the same on the news report and look "
    "for a name of one chain that ends where a name of the other chain begins, one space later.",
))
def check_full_name_spans(answer: Any, *, text: str | None = None) -> Feedback:
    """Check the exact spans of the full names where two chains of the helper meet (:func:`full_name_spans`).

    Args:
        answer: a list of ``(start, end)`` pairs, any order.
        text: the text; ``None`` means news report :data:`NAMES_REPORT` of ``data/news/``.

    >>> check_full_name_spans([(59, 63), (183, 193), (966, 976)])
    ✗ Not yet. (59, 63) is 'بهية', the first name only: the helper's chain بهيه.
       Hint: The full name runs on to the end of the surname, in the other chain.
    """
    if (empty := unanswered(answer)) is not None:
        return empty
    text = news_text(NAMES_REPORT) if text is None else text
    expected = full_name_spans(text)
    if not expected:
        return not_yet("No two chains of the helper meet in this text.", hint="Check that you passed the right text.")
    if _pair(answer) is not None:
        answer = [answer]
    if isinstance(answer, str) or not isinstance(answer, (list, tuple, set)):
        return not_yet("The answer should be a list of (start, end) pairs.")
    if all(isinstance(a, str) for a in answer):
        return not_yet("Those are the names as written; the exercise asks for their offsets.")
    spans = [_pair(a) for a in answer]
    if any(s is None for s in spans):
        return not_yet("Every item should be a (start, end) pair of whole numbers.")
    spans = sorted(set(spans))
    if spans == expected:
        shown = "; ".join(f"{text[s:e]!r} at {s}:{e}" for s, e in expected)
        return correct(f"{len(expected)} full name(s): {shown}. The helper followed one person as two actors, "
                       "one chain per word of her name: a rule sees words, a reader sees a person.")
    by_start = {m.start: m for m in _chains(text) if m.mention_type == "name"}
    for s, e in spans:
        if (s, e) in expected:
            continue
        if not (0 <= s < e <= len(text)):
            return not_yet(f"({s}, {e}) is not a span of the text, which has {len(text)} characters.")
        whole = next(((a, b) for a, b in expected if a <= s < b or a < e <= b), None)
        if whole is not None and (s, e) != whole:
            if s == whole[0] and s in by_start and e == by_start[s].end:
                return not_yet(f"({s}, {e}) is {text[s:e]!r}, the first name only: the helper's chain {by_start[s].chain}.",
                               hint="The full name runs on to the end of the surname, in the other chain.")
            if e == whole[1] and s in by_start:
                return not_yet(f"({s}, {e}) is {text[s:e]!r}, the surname only: the helper's chain {by_start[s].chain}.",
                               hint="The full name starts with the first name, in the other chain.")
            return not_yet(f"({s}, {e}) is {text[s:e]!r}: not exact.",
                           hint="text[start:end] must give the first name, the space and the surname, nothing more.")
        mention = by_start.get(s)
        if mention is not None:
            return not_yet(f"({s}, {e}) is {text[s:e]!r}, a mention of {mention.chain} that no name of the other chain follows.",
                           hint="Keep only the places where the two chains stand side by side.")
        return not_yet(f"({s}, {e}) is {text[s:e]!r}: the two chains do not meet there.",
                       hint="Keep only the places where a name of one chain is followed by a name of the other.")
    return not_yet(f"Your {len(spans)} span(s) are right, but the chains meet {len(expected)} times.")


# --- Exercise 5: recall, written by hand (method) ------------------------------------------------

#: The news reports of the method check, and the person whose gold names each is compared with.
_RECALL_REPORTS = (("dev_01", "بشار الأسد"), ("dev_06", "بهية راشدي"))


def _bare(word: str) -> str:
    plain = normalize_ar(word)
    return plain[2:] if plain.startswith("ال") and len(plain) > 4 else plain


def _gold_names(report: str, person: str) -> list[ChainMention]:
    """The gold PERSON names of ``person`` in news report ``report`` (``annotations/news_names.tsv``)."""
    text = news_text(report)
    words = {_bare(w) for w in person.split()}
    gold = []
    for _, (file, start, end, span, label, *_) in read_tsv_rows("annotations/news_names.tsv",
                                                                ["file", "start", "end", "text", "label", "note"]):
        if file.startswith(report) and label == "PERSON" and words & {_bare(w) for w in span.split()}:
            if text[int(start):int(end)] != span:
                raise ValueError(f"news_names.tsv: {span!r} is not at {start}:{end} of {report}")
            gold.append(ChainMention(int(start), int(end), span, "mention", person, "name", 1.0))
    return gold


def _one_chain(found: Sequence[ChainMention], gold: Sequence[ChainMention]) -> list[ChainMention]:
    chain = chain_recall_ar(found, gold).chain
    return [m for m in found if m.chain == chain]


@lru_cache(maxsize=1)
def recall_trials() -> tuple[Trial, ...]:
    """The method check's pairs ``(found, gold)``: the case study, then two news reports it has not seen.

    ``found`` is the helper's chain that overlaps the gold mentions most; ``gold`` is the case study's
    gold chain, or the gold names of one person in a news report.
    """
    case = case_study_text()
    gold = read_gold_chain_ar("chain_kadhimi.tsv", text=case)
    trials = [Trial("the case study (al-Kadhimi, chain_kadhimi.tsv)", (_one_chain(_chains(case), gold), gold))]
    for report, person in _RECALL_REPORTS:
        names = _gold_names(report, person)
        trials.append(Trial(f"news report {report} ({person}, the gold names of news_names.tsv)",
                            (_one_chain(_chains(news_text(report)), names), names), seen=False))
    return tuple(trials)


class _OnPair:
    """The student's ``f(found, gold)`` called with one ``(found, gold)`` pair, as :func:`run_trials` calls."""

    def __init__(self, function: Any) -> None:
        self.function = function
        self.__code__ = function.__code__
        self.__name__ = function.__name__

    def __call__(self, pair: tuple) -> Any:
        return self.function(*pair)


def _kit_recall(pair: tuple) -> float:
    found, gold = pair
    return chain_recall_ar(found, gold).recall


@exercise(5, 'Recall, by hand', hints=(
    "Recall is the share of the gold mentions that the helper finds: a gold mention counts as found when a "
    "found mention overlaps it, and each found mention may count for one gold mention only.",
    "Section 5 compares the chain with the gold chain (chain_recall_ar) and lists what was missed; two spans "
    "overlap when each starts before the other ends.",
))
def check_mention_recall(answer: Any) -> Feedback:
    """Check ``answer``, a function ``mention_recall(found, gold)`` returning recall as a fraction.

    It is run on the case study and on two news reports it has not seen, and compared with
    :func:`helpers.discourse.chain_recall_ar`; calling that function is not allowed.

    >>> def everything(found, gold):
    ...     return 1.0
    >>> print(check_mention_recall(everything).message)  # doctest: +ELLIPSIS
    On the case study (al-Kadhimi, chain_kadhimi.tsv) your function returned 1.0; the kit's recall is 0.65.
    """
    if (empty := unanswered(answer)) is not None:
        return empty
    if not callable(answer) or not hasattr(answer, "__code__"):
        return run_trials(answer, trials=recall_trials(), expected=_kit_recall, what="recall")

    def same(got: Any, want: float) -> bool:
        return isinstance(got, Real) and not isinstance(got, bool) and abs(float(got) - want) <= 0.0005

    def explain(got: Any, want: float, pair: tuple) -> tuple[str, str] | None:
        found, gold = pair
        if not isinstance(got, Real) or isinstance(got, bool):
            return None
        matched = round(want * len(gold))
        if found and abs(float(got) - matched / len(found)) <= 0.0005 and len(found) != len(gold):
            return (f"That is {matched} divided by the {len(found)} found mentions.",
                    "Recall divides by the number of gold mentions; dividing by the found ones gives precision.")
        if abs(float(got) - 100 * want) <= 0.05:
            return ("That looks like a percentage.", "Return a fraction between 0 and 1.")
        if _is_int(got) and got == matched:
            return ("That is the number of gold mentions found, not a share.", "Divide it by the number of gold mentions.")
        return None

    return run_trials(_OnPair(answer), trials=recall_trials(), expected=_kit_recall, what="recall",
                      same=same, explain=explain, show=lambda v: format_number(v) if isinstance(v, float) else preview(v),
                      forbidden=("chain_recall_ar",))
