"""Checks for notebook 05 (the article's rhetoric).

The checks look answers up in a gold annotation: by default the hand annotation of the case study
(:func:`helpers.rhetoric.evaluate.load_gold_rhetoric`), read with the article it belongs to. A span
answer ``(start, end)`` counts as a gold device when it overlaps the device by at least half of the
shorter of the two spans, touches one of the device's ``parts`` (the words that make it), and is
not much longer than the device (at most 1.5 times its length, plus a word's slack). So pointing at
one side of an antithesis is enough, pointing at the whole paragraph is not.

Two checks ask for a device **the detectors missed**; they compare with the detectors' findings
(``found``; by default :func:`helpers.rhetoric.find_devices_ar` run on the text with the
``farahidi`` morphology, once per text, and for the case study with its domain lexicon of actors
and camps, as the notebook passes them), matched to the gold with
:func:`helpers.rhetoric.evaluate.match_devices`. Nothing about the article is written down here:
pass ``text=``, ``gold=`` and ``found=`` to use the checks on another annotated text.

>>> check_missed_antithesis(...)
✗ Not yet. No answer yet: replace the ... with your code.
   Hint 1 of 2: An antithesis sets two opposed meanings side by side (طباق), or two pairs in parallel (مقابلة). Read the paragraphs for what goes and what stays, what was before and what is now.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Sequence
from numbers import Real
from functools import lru_cache
from typing import Any

import pandas as pd

from helpers.exercises.feedback import Feedback, correct, format_number, matches_rounded, not_yet, unanswered
from helpers.exercises.registry import exercise, hints_for
from helpers.exercises.texts import case_study_text
from helpers.text.normalize import normalize_ar
from helpers.rhetoric.devices_base import DEVICE_TYPES, GOLD_ONLY_DEVICES, TERMS_AR, Device
from helpers.rhetoric.devices_sound import rhyme_form_ar
from helpers.rhetoric.evaluate import load_gold_rhetoric, match_devices

__all__ = [
    "hint",
    "CLASSIFY_PHRASE",
    "check_missed_antithesis",
    "check_device_label",
    "check_missed_metaphor",
    "span_in_gold",
    "ANNOTATE_DEVICE",
    "ANNOTATE_PARAGRAPH",
    "passage_tokens",
    "check_my_kappa",
]

#: Show the next staged hint of an exercise of this notebook: ``hint("ex2")``.
hint = hints_for(__name__)

#: The phrase exercise 2 asks about (a triad that looks like saj').
CLASSIFY_PHRASE = "بالكوارث والحروب والويلات"

_SPAN_HINT = "Offsets come from the text: text.find(words) gives the start, and the end is the start plus the length of the words."
_SLACK = 10  # characters: about one word


_default_text = case_study_text


@lru_cache(maxsize=4)
def _detected(text: str) -> tuple[Device, ...]:
    """The detectors' findings on ``text``, with the embedded morphology (computed once per text)."""
    from helpers.morphology import analyze_morphology_ar
    from helpers.rhetoric.devices import find_devices_ar

    table = analyze_morphology_ar(text, backend="farahidi", progress=False)
    if text == case_study_text():  # as notebook 05 runs them: the case study's lexicon, passed explicitly
        from helpers.rhetoric.ideology import CASE_STUDY_CAMPS, load_actors_ar

        return tuple(find_devices_ar(text, morphology=table, actors=load_actors_ar(), camps=CASE_STUDY_CAMPS))
    return tuple(find_devices_ar(text, morphology=table))


def _context(text: str | None, gold: pd.DataFrame | None) -> tuple[str, pd.DataFrame]:
    if text is None and gold is None:
        return _default_text(), load_gold_rhetoric()
    if text is None or gold is None:
        raise ValueError("pass text= and gold= together (a gold annotation belongs to one text)")
    return text, gold


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _short(s: str, limit: int = 60) -> str:
    s = " ".join(s.split())
    return s if len(s) <= limit else s[: limit - 1] + "…"


def span_in_gold(span: tuple[int, int], gold: pd.DataFrame, *, device: str | None = None) -> list[int]:
    """Return the row positions of the gold devices the span counts as, best first.

    The rule is in the module docstring. Rows are ranked by intersection-over-union (the gold
    device closest in size first), then by position.

    >>> gold = pd.DataFrame({"device": ["antithesis", "triad"], "start": [0, 0], "end": [20, 60],
    ...                      "parts": [((0, 5), (15, 20)), ()]})
    >>> span_in_gold((0, 5), gold), span_in_gold((0, 5), gold, device="triad"), span_in_gold((30, 35), gold)
    ([0, 1], [1], [1])
    """
    s, e = span
    ranked = []
    parts_col = gold["parts"] if "parts" in gold.columns else [()] * len(gold)
    for i, (dev, gs, ge, parts) in enumerate(zip(gold["device"], gold["start"], gold["end"], parts_col)):
        if device is not None and dev != device:
            continue
        gs, ge = int(gs), int(ge)
        inter = min(e, ge) - max(s, gs)
        if inter <= 0 or inter / min(e - s, ge - gs) < 0.5:
            continue
        if parts and not any(min(pe, e) > max(ps, s) for ps, pe in parts):
            continue
        if e - s > 1.5 * (ge - gs) + _SLACK:
            continue
        iou = inter / (max(e, ge) - min(s, gs))
        ranked.append((-iou, i))
    return [i for _, i in sorted(ranked)]


def _span_answer(answer: Any, text: str) -> tuple[tuple[int, int] | None, Feedback | None]:
    """Validate a ``(start, end)`` answer: the span, or a Feedback saying what is wrong."""
    if isinstance(answer, str):
        where = text.find(answer) if answer else -1
        if where >= 0:
            return None, not_yet("That is the words themselves; the exercise asks for their offsets.",
                                 hint="Turn the words into offsets: text.find gives where they start; the end is the start plus their length.")
        return None, not_yet("The exercise asks for a pair of offsets (start, end).", hint=_SPAN_HINT)
    if not (isinstance(answer, (tuple, list)) and len(answer) == 2 and all(_is_int(v) for v in answer)):
        return None, not_yet("The answer should be a pair of whole numbers: (start, end).", hint=_SPAN_HINT)
    s, e = answer
    if not 0 <= s < e <= len(text):
        if 0 <= e < s <= len(text):
            return None, not_yet(f"({s}, {e}) ends before it starts.", hint="Give (start, end) with start < end: end is one past the last character.")
        return None, not_yet(f"({s}, {e}) is not a span of the text (it has {len(text)} characters).", hint=_SPAN_HINT)
    return (s, e), None


def _in_word(ch: str) -> bool:
    """Whether ``ch`` belongs to a word: a letter, a digit, a combining mark or the tatweel."""
    return ch.isalnum() or ch == "\u0640" or unicodedata.category(ch) == "Mn"


def _word_around(text: str, i: int) -> tuple[int, int]:
    """The offsets of the word that contains position ``i``."""
    s = e = i
    while s > 0 and _in_word(text[s - 1]):
        s -= 1
    while e < len(text) and _in_word(text[e]):
        e += 1
    return s, e


def _exact_ends(span: tuple[int, int], text: str, gold: pd.DataFrame) -> Feedback | None:
    """A Feedback if the span does not begin and end exactly on words, else ``None``.

    Each end must lie at a word boundary, or at a boundary the gold itself draws (a device or
    one of its parts may begin after a clitic, as كاتيوشا in وكاتيوشا).

    >>> text = "خرج البلد من عزلة طويلة."
    >>> gold = pd.DataFrame({"start": [13], "end": [17], "parts": [((13, 17),)]})
    >>> _exact_ends((13, 16), text, gold)
    ✗ Not yet. Your span stops inside the word عزلة: text[13:16] is 'عزل', one letter short.
       Hint: The end offset is one past the last character: the start plus the length of the words.
    >>> _exact_ends((13, 18), text, gold)
    ✗ Not yet. Your span takes in ' ' after the word عزلة.
       Hint: End the span on the last letter of the last word: the end offset is one past it.
    >>> _exact_ends((13, 17), text, gold) is None
    True
    """
    s, e = span
    drawn = set()
    parts_col = gold["parts"] if "parts" in gold.columns else [()] * len(gold)
    for gs, ge, parts in zip(gold["start"], gold["end"], parts_col):
        drawn.update((int(gs), int(ge)))
        for ps, pe in parts:
            drawn.update((ps, pe))
    shown = text[s:e]
    if not _in_word(text[s]):
        lead = len(shown) - len(shown.lstrip(" \t\n،,.:؛;!؟?\"'()«»-"))
        return not_yet(f"Your span begins with {shown[:max(lead, 1)]!r} before the first word.",
                       hint="Begin the span on the first letter of the first word.")
    if not _in_word(text[e - 1]):
        trail = len(shown) - len(shown.rstrip(" \t\n،,.:؛;!؟?\"'()«»-"))
        word = text[_word_around(text, e - 1 - trail)[0]:e - trail] if trail < len(shown) else ""
        return not_yet(f"Your span takes in {shown[len(shown) - max(trail, 1):]!r} after the word {word}.",
                       hint="End the span on the last letter of the last word: the end offset is one past it.")
    if s > 0 and _in_word(text[s - 1]) and s not in drawn:
        ws, we = _word_around(text, s)
        missing = s - ws
        return not_yet(f"Your span starts inside the word {text[ws:we]}: text[{s}:{e}] leaves out its first "
                       f"{'letter' if missing == 1 else f'{missing} letters'}.",
                       hint="The start offset is the position of the first letter of the first word.")
    if e < len(text) and _in_word(text[e]) and e not in drawn:
        ws, we = _word_around(text, e - 1)
        missing = we - e
        short = "one letter short" if missing == 1 else f"{missing} letters short"
        return not_yet(f"Your span stops inside the word {text[ws:we]}: text[{s}:{e}] is {shown!r}, {short}.",
                       hint="The end offset is one past the last character: the start plus the length of the words.")
    return None


def _gold_says(gold: pd.DataFrame, i: int) -> str:
    row = gold.iloc[i]
    return f"{row['device']} ({row['term_ar']}): {row['explanation']}"


def _parts_text(text: str, gold: pd.DataFrame, i: int) -> str:
    parts = gold["parts"].iloc[i] if "parts" in gold.columns else ()
    return " / ".join(text[a:b] for a, b in parts) if parts else _short(str(gold["text"].iloc[i]))


def _parts(gold: pd.DataFrame, i: int) -> tuple[tuple[int, int], ...]:
    return tuple(gold["parts"].iloc[i]) if "parts" in gold.columns else ()


def _other_device_inside(span: tuple[int, int], gold: pd.DataFrame, hit: int, device: str) -> int | None:
    """A gold device of another type that the span *is* (IoU at least 0.8), when the span leaves out
    a part of the ``hit`` device: the answer names the other device, not this one (الكاتيوشا alone
    is the kināya; the metaphor is لغة الكاتيوشا)."""
    s, e = span
    if all(min(b, e) > max(a, s) for a, b in _parts(gold, hit)):
        return None
    for j in span_in_gold(span, gold):
        if gold["device"].iloc[j] == device:
            continue
        gs, ge = int(gold["start"].iloc[j]), int(gold["end"].iloc[j])
        if (min(e, ge) - max(s, gs)) / (max(e, ge) - min(s, gs)) >= 0.8:
            return j
    return None


def _check_missed(answer: Any, device: str, noun: str, *, text: str | None,
                  gold: pd.DataFrame | None, found: Sequence[Device] | None, both_terms: bool = False) -> Feedback:
    if (empty := unanswered(answer)) is not None:
        return empty
    text, gold = _context(text, gold)
    span, problem = _span_answer(answer, text)
    if problem is not None:
        return problem
    s, e = span
    quoted = _short(text[s:e])
    if "\n\n" in text[s:e]:
        return not_yet("Your span runs across paragraphs.", hint="Point at the few words that make the device, inside one paragraph.")
    if (inexact := _exact_ends(span, text, gold)) is not None:
        return inexact
    hits = span_in_gold(span, gold, device=device)
    if both_terms and hits and (inner := _other_device_inside(span, gold, hits[0], device)) is not None:
        i, j = hits[0], inner
        left_out = " / ".join(text[a:b] for a, b in _parts(gold, i) if not min(b, e) > max(a, s))
        return not_yet(f"'{quoted}' on its own is the gold's {gold['device'].iloc[j]} ({gold['term_ar'].iloc[j]}): "
                       f"{gold['explanation'].iloc[j]}. {noun.capitalize()} needs more words here: the gold's is "
                       f"'{_short(str(gold['text'].iloc[i]))}', and your span leaves out {left_out}.",
                       hint=f"Widen the span to cover every word that makes {noun}, not only the one it shares with another device.")
    if not hits:
        others = [i for i in span_in_gold(span, gold) if gold["device"].iloc[i] != device]
        if others:
            return not_yet(f"'{quoted}' is in the gold as {_gold_says(gold, others[0])}; it is not {noun}.")
        return not_yet(f"The gold has no {noun.split(' ', 1)[1]} at '{quoted}'.")
    found = _detected(text) if found is None else found
    mine = gold[gold["device"] == device]
    matched = {mine.index[g] for g, _ in match_devices([d for d in found if d.device == device], mine)}
    missed = [i for i in hits if gold.index[i] not in matched]
    if missed:
        i = missed[0]
        return correct(f"'{quoted}' is {noun} in the gold, {gold['term_ar'].iloc[i]} ({_parts_text(text, gold, i)}): "
                       f"{gold['explanation'].iloc[i]}. No detector found it: say why (which word or rule would it need?).")
    i = hits[0]
    return not_yet(f"Yes, '{quoted}' is {noun} in the gold ({_parts_text(text, gold, i)}), but the detectors found "
                   "that one already: it is in the table of matches.",
                   hint=f"Look at the table of misses, or read the text for {noun} that no highlight covers.")


# --- Exercise 1 ----------------------------------------------------------------------------------


@exercise(1, 'An antithesis the detectors missed', hints=(
    'An antithesis sets two opposed meanings side by side (طباق), or two pairs in parallel (مقابلة). Read the paragraphs for what goes and what stays, what was before and what is now.',
    "Compare the detectors' highlights of section 3 with the text: an opposition no highlight covers is a candidate. Give the offsets of its words.",
))
def check_missed_antithesis(answer: Any, *, text: str | None = None, gold: pd.DataFrame | None = None,
                            found: Sequence[Device] | None = None) -> Feedback:
    """Check ``(start, end)`` of an antithesis (طباق or مقابلة) of the gold that the detectors missed.

    >>> text = "خرجت القوات وبقي المستشارون، والحرب انتهت."
    >>> gold = pd.DataFrame({"device": ["antithesis"], "term_ar": ["طباق"], "start": [0], "end": [16],
    ...                      "text": [text[0:16]], "parts": [((0, 4), (12, 16))], "explanation": ["leaving vs staying"]})
    >>> check_missed_antithesis((0, 4), text=text, gold=gold, found=[])
    ✓ Correct. 'خرجت' is an antithesis in the gold, طباق (خرجت / وبقي): leaving vs staying. No detector found it: say why (which word or rule would it need?).
    """
    return _check_missed(answer, "antithesis", "an antithesis", text=text, gold=gold, found=found)


# --- Exercise 2 ----------------------------------------------------------------------------------

_ALIASES = {
    "tricolon": "triad", "three": "triad", "تعداد ثلاثي": "triad", "ثلاثي": "triad",
    "تعداد": "list", "enumeration": "list",
    "sajʿ": "saj", "saj'": "saj", "saja": "saj", "rhyme": "saj", "rhymed prose": "saj", "سجع": "saj",
    "tibaq": "antithesis", "ṭibāq": "antithesis", "muqabala": "antithesis", "طباق": "antithesis", "مقابلة": "antithesis",
    "jinas": "jinas_ishtiqaq", "جناس": "jinas_ishtiqaq", "جناس اشتقاق": "jinas_ishtiqaq",
    "takrar": "repetition", "تكرار": "repetition", "anaphora": "anaphora", "تكرار استهلالي": "anaphora",
    "isti'ara": "metaphor_candidate", "istiara": "metaphor_candidate", "metaphor": "metaphor_candidate", "استعارة": "metaphor_candidate",
    "kinaya": "kinaya", "كناية": "kinaya", "hyperbole": "hyperbole", "مبالغة": "hyperbole",
    "us/them": "us_them", "ideological square": "us_them",
    "talṭīf": "euphemism", "taltif": "euphemism", "تلطيف": "euphemism",
    "taʿrīḍ": "allusion", "tarid": "allusion", "ta'rid": "allusion", "تعريض": "allusion",
}


def _device_id(answer: str) -> str | None:
    key = " ".join(answer.strip().lower().replace("’", "'").replace("-", "_").split())
    if key in TERMS_AR:
        return key
    key_ar = normalize_ar(answer.strip())
    for alias, device in _ALIASES.items():
        if key == alias or key.replace("_", " ") == alias or key_ar == normalize_ar(alias):
            return device
    for device, term in TERMS_AR.items():
        if key_ar == normalize_ar(term):
            return device
    return None


@exercise(2, "Triad or saj'?", hints=(
    "Count the items and see how they are joined; then listen to their endings: saj' needs a shared rhyme on the last words.",
    "Answer with a device id ('triad', 'saj', 'antithesis' ...) or its Arabic term, as in the table of section 1.",
))
def check_device_label(answer: Any, *, phrase: str = CLASSIFY_PHRASE, text: str | None = None,
                       gold: pd.DataFrame | None = None) -> Feedback:
    """Check the device the gold annotation gives to ``phrase`` (its first occurrence in the text).

    Accepts a device id (``"triad"``), its balagha term (``"تعداد ثلاثي"``) or a common name
    (``"tricolon"``). The gold devices of the phrase are those lying at least 80% inside it.

    >>> text = "جاء بالخير والبركة والسلامة."
    >>> gold = pd.DataFrame({"device": ["triad"], "term_ar": ["تعداد ثلاثي"], "start": [4], "end": [27],
    ...                      "text": [text[4:27]], "parts": [((4, 10), (11, 18), (19, 27))], "explanation": ["three goods"]})
    >>> check_device_label("saj", phrase="بالخير والبركة والسلامة", text=text, gold=gold)
    ✗ Not yet. That span is in the gold as a triad (تعداد ثلاثي), not saj': the last words بالخير, والبركة, والسلامة end in -ر, -ك, -م, which do not rhyme.
       Hint: Saj' needs a shared ending (fasila) on the last words. What else do three coordinated words make?
    """
    if (empty := unanswered(answer)) is not None:
        return empty
    text, gold = _context(text, gold)
    start = text.find(phrase)
    if start < 0:
        raise ValueError(f"the phrase {phrase!r} is not in the text")
    end = start + len(phrase)
    inside = [i for i, (gs, ge) in enumerate(zip(gold["start"], gold["end"]))
              if min(end, int(ge)) - max(start, int(gs)) >= 0.8 * (int(ge) - int(gs))]
    expected = list(dict.fromkeys(gold["device"].iloc[i] for i in inside))
    if not expected:
        raise ValueError(f"the gold has no device inside {phrase!r}")
    if not isinstance(answer, str):
        return not_yet("The answer should be a device name (a str), such as 'antithesis'.")
    device = _device_id(answer)
    if device is None:
        return not_yet(f"'{answer}' is not a device name this kit uses.",
                       hint=f"Use one of: {', '.join((*DEVICE_TYPES, *GOLD_ONLY_DEVICES))}.")
    first = inside[0]
    row = gold.iloc[first]
    if device in expected:
        i = inside[expected.index(device)]
        return correct(f"The gold calls it {_article(device)} {device}, {gold['term_ar'].iloc[i]}: {gold['explanation'].iloc[i]}.")
    said = f"That span is in the gold as {_article(row['device'])} {row['device']} ({row['term_ar']})"
    if device == "saj":
        parts = gold["parts"].iloc[first] if "parts" in gold.columns else ()
        words = [text[a:b] for a, b in parts] or phrase.split()
        ends = ", ".join(f"-{rhyme_form_ar(w)[-1:]}" for w in words)
        return not_yet(f"{said}, not saj': the last words {', '.join(words)} end in {ends}, which do not rhyme.",
                       hint="Saj' needs a shared ending (fasila) on the last words. What else do three coordinated words make?")
    if device == "list" and "triad" in expected:
        return not_yet(f"{said}: the gold keeps 'list' for four items or more.", hint="Count the items joined by و.")
    around = span_in_gold((start, end), gold, device=device)
    if around:
        return not_yet(f"{said}. There is {_article(device)} {device} around these words ({_short(str(gold['text'].iloc[around[0]]))}), "
                       "but it is made by other words.", hint="Classify only the three words given: what are they, together?")
    return not_yet(f"{said}, not {device}.")


def _article(device: str) -> str:
    """``"an"`` before a device id that starts with a vowel, else ``"a"``."""
    return "an" if device[:1] in "aeiou" else "a"


# --- Exercise 3 ----------------------------------------------------------------------------------


@exercise(3, 'A metaphor the detectors did not propose', hints=(
    'A metaphor speaks of something abstract (a policy, a state, a crisis) in words of a concrete domain: war, journey, trade, building, containers, light. Read for verbs an institution cannot literally do.',
    'Section 7 compares the detectors with the gold: look for a metaphor of the gold that no detector proposed, and give the offsets of every word that makes it.',
))
def check_missed_metaphor(answer: Any, *, text: str | None = None, gold: pd.DataFrame | None = None,
                          found: Sequence[Device] | None = None) -> Feedback:
    """Check ``(start, end)`` of a metaphor (استعارة) of the gold that the detectors did not propose.

    Unlike an antithesis, where one side is enough, a span that leaves out a word of the metaphor
    and is itself another gold device is not accepted: الكاتيوشا alone is the kināya (the rocket
    for the factions); the metaphor is لغة الكاتيوشا "the language of the Katyusha".

    >>> text = "خرج البلد من عزلة طويلة."
    >>> gold = pd.DataFrame({"device": ["metaphor_candidate"], "term_ar": ["استعارة"], "start": [0], "end": [17],
    ...                      "text": [text[0:17]], "parts": [((0, 3), (13, 17))], "explanation": ["isolation as a place"]})
    >>> check_missed_metaphor((18, 23), text=text, gold=gold, found=[])
    ✗ Not yet. The gold has no metaphor at 'طويلة'.
       Hint 1 of 2: A metaphor speaks of something abstract (a policy, a state, a crisis) in words of a concrete domain: war, journey, trade, building, containers, light. Read for verbs an institution cannot literally do.
    """
    return _check_missed(answer, "metaphor_candidate", "a metaphor", text=text, gold=gold, found=found,
                         both_terms=True)


# --- Exercise 4 ----------------------------------------------------------------------------------

#: Exercise 4: the device type students annotate, and the body paragraph (1-based) they annotate in.
ANNOTATE_DEVICE = "metaphor_candidate"
ANNOTATE_PARAGRAPH = 5

_KAPPA_HINT = ("κ is computed over units, here the tokens of the paragraph: a list of yes/no for you and one for the "
               "gold, of the same length, given to cohen_kappa.")


def passage_tokens(text: str, *, paragraph: int = ANNOTATE_PARAGRAPH) -> list[tuple[int, int]]:
    """The ``(start, end)`` of every token (words, numbers, punctuation) of body paragraph ``paragraph``.

    >>> text = "عنوان\\n\\nفقرة أولى.\\n\\nفقرة ثانية!"
    >>> passage_tokens(text, paragraph=2)
    [(19, 23), (24, 29), (29, 30)]
    """
    from helpers.text.structure import split_article_ar
    from helpers.text.tokenize import tokenize_ar

    paragraphs = split_article_ar(text).paragraphs
    if not 1 <= paragraph <= len(paragraphs):
        raise ValueError(f"the text has {len(paragraphs)} body paragraphs, not a paragraph {paragraph}")
    p = paragraphs[paragraph - 1]
    return [(t.start, t.end) for t in tokenize_ar(text) if p.start <= t.start and t.end <= p.end]


def _marks(tokens: Sequence[tuple[int, int]], spans: Sequence[tuple[int, int]]) -> list[bool]:
    return [any(min(e, se) > max(s, ss) for ss, se in spans) for s, e in tokens]


def _landis_koch(kappa: float) -> str:
    """The words of Landis & Koch (1977) for a kappa."""
    for bound, words in ((0.0, "poor"), (0.2, "slight"), (0.4, "fair"), (0.6, "moderate"), (0.8, "substantial")):
        if kappa <= bound:
            return words
    return "almost perfect"


@exercise(4, 'Annotate, then measure agreement', hints=(
    "Cohen's κ compares how often two readers agree with how often they would agree by chance, given how much each marks. "
    "The units are the paragraph's tokens: each is marked (yes) or not (no) by you and by the gold.",
    "Section 7 names the tools: passage_tokens gives the units, marked_tokens the gold's yes/no for a device type, "
    "cohen_kappa the κ of two lists. Mark a token yourself when it overlaps one of your spans.",
))
def check_my_kappa(answer: Any, *, spans: Any, device: str = ANNOTATE_DEVICE, paragraph: int = ANNOTATE_PARAGRAPH,
                   text: str | None = None, gold: pd.DataFrame | None = None) -> Feedback:
    """Check κ between the student's marks (``spans``) and the gold's, over the paragraph's tokens.

    Any honest annotation is accepted: the check recomputes κ from the student's own spans and
    compares. It recognises κ computed over the whole text, the observed agreement p_o given for
    κ, and spans outside the paragraph. The feedback reports counts, never which words the gold
    marks.

    >>> text = "عنوان\\n\\nالحرب نار تأكل البلاد والسلام ماء."
    >>> gold = pd.DataFrame({"device": ["metaphor_candidate"], "term_ar": ["استعارة"], "start": [7], "end": [25],
    ...                      "text": [text[7:25]], "parts": [((13, 16), (17, 21))], "explanation": ["war as fire"],
    ...                      "target_span": [(7, 12)]})
    >>> mine = [(13, 16), (36, 39)]      # نار and ماء
    >>> check_my_kappa(4 / 7, spans=mine, paragraph=1, text=text, gold=gold)
    ✗ Not yet. That is the observed agreement p_o (0.571): the share of tokens on which you agree.
       Hint: κ discounts the agreement expected by chance: κ = (p_o − p_e) / (1 − p_e).
    >>> check_my_kappa(0.087, spans=mine, paragraph=1, text=text, gold=gold)
    ✓ Correct. κ = 0.087 over 7 tokens: you marked 2, the gold 3, both 1 (observed agreement 0.571; by chance 0.531). On the scale of Landis & Koch (1977) that is slight agreement. Where you differ, read the paragraph's translation again: is the image there, or only in your reading?
    """
    if (empty := unanswered(answer)) is not None:
        return empty
    text, gold = _context(text, gold)
    if spans is ... or spans is None:
        return not_yet("Mark your spans first: spans = [(start, end), ...], one per word or phrase you mark.")
    if not isinstance(spans, (list, tuple)) or not all(
            isinstance(s, (list, tuple)) and len(s) == 2 and all(_is_int(v) for v in s) for s in spans):
        return not_yet("spans should be a list of (start, end) pairs of whole numbers.", hint=_SPAN_HINT)
    if not spans:
        return not_yet("You marked nothing: a κ with no marks of yours says nothing about agreement.",
                       hint="Read the paragraph (and its translation) for images, and mark the words that carry them.")
    tokens = passage_tokens(text, paragraph=paragraph)
    first, last = tokens[0][0], tokens[-1][1]
    outside = [tuple(s) for s in spans if not (first <= s[0] < s[1] <= last)]
    if outside:
        return not_yet(f"The span {outside[0]} is not inside paragraph {paragraph} ({first}–{last}).",
                       hint=f"Mark only words of paragraph {paragraph}: its offsets run from {first} to {last}.")
    from helpers.rhetoric.agreement import annotation_devices, cohen_kappa, marked_tokens

    devices = annotation_devices(gold, text)
    mine = _marks(tokens, [tuple(s) for s in spans])
    theirs = marked_tokens(tokens, devices, device)
    kappa = cohen_kappa(mine, theirs)
    if not _is_number(answer):
        return not_yet(f"The answer should be a number (κ), not {type(answer).__name__}.", hint=_KAPPA_HINT)
    n = len(tokens)
    p_o = sum(a == b for a, b in zip(mine, theirs)) / n
    p_e = (sum(mine) / n) * (sum(theirs) / n) + (1 - sum(mine) / n) * (1 - sum(theirs) / n)
    counts = (f"over {n} tokens: you marked {sum(mine)}, the gold {sum(theirs)}, both "
              f"{sum(a and b for a, b in zip(mine, theirs))} (observed agreement {format_number(p_o)}; "
              f"by chance {format_number(p_e)})")
    if math.isnan(kappa):
        return not_yet(f"κ is undefined here {counts}.", hint="Mark some tokens but not all: κ needs both labels.")
    if matches_rounded(float(answer), kappa, tolerance=0.005, min_digits=2):
        same = " Your marks are the gold's own, so κ is 1 by construction: annotate on your own first." if mine == theirs else ""
        return correct(f"κ = {format_number(kappa, digits=2)} {counts}. On the scale of Landis & Koch (1977) that is "
                       f"{_landis_koch(kappa)} agreement.{same} Where you differ, read the paragraph's translation "
                       "again: is the image there, or only in your reading?")
    whole = marked_tokens([(t.start, t.end) for t in _all_tokens(text)], devices, device)
    mine_whole = _marks([(t.start, t.end) for t in _all_tokens(text)], [tuple(s) for s in spans])
    if matches_rounded(float(answer), cohen_kappa(mine_whole, whole), tolerance=0.005, min_digits=2):
        return not_yet(f"That is κ over every token of the text; the units are the tokens of paragraph {paragraph} only.",
                       hint="Take the units from passage_tokens: outside the paragraph you marked nothing by design, "
                            "which makes agreement look better than it is.")
    if matches_rounded(float(answer), p_o, tolerance=0.005, min_digits=2):
        return not_yet(f"That is the observed agreement p_o ({format_number(p_o)}): the share of tokens on which you agree.",
                       hint="κ discounts the agreement expected by chance: κ = (p_o − p_e) / (1 − p_e).")
    return not_yet(f"Your marks give a different κ {counts}.")


def _all_tokens(text: str):
    from helpers.text.tokenize import tokenize_ar

    return tokenize_ar(text)


def _is_number(value: Any) -> bool:
    return isinstance(value, Real) and not isinstance(value, bool) and math.isfinite(float(value))
