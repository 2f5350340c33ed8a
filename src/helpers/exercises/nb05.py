"""Checks for notebook 05 (the article's rhetoric).

Five exercises, from a concept to a method:

1. **concept check** (multiple choice): which of four phrases written for the question is sajʿ and
   not a triad;
2. **value**: the device of a phrase of the opposing commentary (``data/comparison/``), a text the
   notebook does not show, as the kit's detectors name it;
3. **value (exact span)**: an antithesis of the case study's gold that the detectors missed;
4. **value (exact span)**: a metaphor of the gold that the detectors did not propose;
5. **method**: a function that computes Cohen's κ, run on pairs of annotations the notebook has not
   shown and compared with :func:`helpers.rhetoric.agreement.cohen_kappa`.

Exercises 3 and 4 look answers up in a gold annotation: by default the hand annotation of the case
study (:func:`helpers.rhetoric.evaluate.load_gold_rhetoric`), read with the article it belongs to.
A span answer ``(start, end)`` counts as a gold device when it overlaps the device by at least half
of the shorter of the two spans and touches one of the device's ``parts`` (the words that make it).
It must also be **exact**: begin and end on whole words (or on a boundary the gold draws, as
كاتيوشا in وكاتيوشا), and its first and last words must belong to the device (a part, its target,
or the first or last word of the gold's span). So pointing at one side of an antithesis is enough;
taking in a word before or after the device is not.

They compare with the detectors' findings (``found``; by default
:func:`helpers.rhetoric.find_devices_ar` run on the text with the ``farahidi`` morphology, once per
text, and for the case study with its domain lexicon of actors and camps, as the notebook passes
them), matched to the gold with :func:`helpers.rhetoric.evaluate.match_devices`. Nothing about the
article is written down here: pass ``text=``, ``gold=`` and ``found=`` to use the checks on another
annotated text.

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

from helpers.exercises.choice import multiple_choice
from helpers.exercises.feedback import Feedback, correct, format_number, not_yet, unanswered
from helpers.exercises.method import Trial, run_trials
from helpers.exercises.registry import exercise, hints_for
from helpers.exercises.texts import case_study_text, comparison_text
from helpers.text.normalize import normalize_ar
from helpers.rhetoric.devices_base import DEVICE_TYPES, GOLD_ONLY_DEVICES, TERMS_AR, Device
from helpers.rhetoric.evaluate import load_gold_rhetoric, match_devices

__all__ = [
    "hint",
    "SAJ_OR_TRIAD",
    "COMMENTARY_PHRASE",
    "check_saj_or_triad",
    "check_phrase_device",
    "check_missed_antithesis",
    "check_missed_metaphor",
    "check_kappa_function",
    "span_in_gold",
    "passage_tokens",
    "kappa_trials",
]

#: Show the next staged hint of an exercise of this notebook: ``hint("ex2")``.
hint = hints_for(__name__)

#: The phrase of the opposing commentary exercise 2 asks about ("it says everything and says nothing").
COMMENTARY_PHRASE = "يقول كل شيء ولا يقول شيئاً"

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


def _exact_words(span: tuple[int, int], text: str, gold: pd.DataFrame, i: int, noun: str) -> Feedback | None:
    """A Feedback if the span's first or last word is not a word of gold device ``i``, else ``None``.

    A word of the device is a word that overlaps one of its parts or its target, or the first or
    last word of the gold's span (a device may end on a word that is neither, as اهدافها in
    بلوغ اهدافها).

    >>> text = "قال إن البلد خرج من عزلة طويلة."
    >>> gold = pd.DataFrame({"start": [13], "end": [24], "parts": [((13, 16), (20, 24))]})
    >>> _exact_words((7, 24), text, gold, 0, "a metaphor")
    ✗ Not yet. Your span begins with البلد, a word before a metaphor: it starts 1 word too early.
       Hint: Give exactly the words that make the device: begin on its first word and end on its last, without the words around it.
    >>> _exact_words((13, 24), text, gold, 0, "a metaphor") is None
    True
    """
    s, e = span
    gs, ge = int(gold["start"].iloc[i]), int(gold["end"].iloc[i])
    pieces = list(_parts(gold, i))
    target = gold["target_span"].iloc[i] if "target_span" in gold.columns else None
    if isinstance(target, (tuple, list)) and len(target) == 2:
        pieces.append((int(target[0]), int(target[1])))
    pieces += [_word_around(text, gs), _word_around(text, ge - 1)]

    def belongs(word: tuple[int, int]) -> bool:
        return any(min(word[1], pe) > max(word[0], ps) for ps, pe in pieces)

    def words_between(a: int, b: int) -> int:
        return len([w for w in text[a:b].split() if any(_in_word(ch) for ch in w)])

    hint = "Give exactly the words that make the device: begin on its first word and end on its last, without the words around it."
    first, last = _word_around(text, s), _word_around(text, e - 1)
    if not belongs(first):
        inner = min((max(ps, s) for ps, pe in pieces if ps >= s and pe <= e), default=None)
        extra = f": it starts {words_between(s, inner)} word{'s' if words_between(s, inner) != 1 else ''} too early" if inner is not None else ""
        return not_yet(f"Your span begins with {text[first[0]:first[1]]}, a word before {noun}{extra}.", hint=hint)
    if not belongs(last):
        inner = max((min(pe, e) for ps, pe in pieces if ps >= s and pe <= e), default=None)
        extra = f": it ends {words_between(inner, e)} word{'s' if words_between(inner, e) != 1 else ''} too late" if inner is not None else ""
        return not_yet(f"Your span ends with {text[last[0]:last[1]]}, a word after {noun}{extra}.", hint=hint)
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
        touched = [i for i in range(len(gold)) if gold["device"].iloc[i] == device
                   and any(min(b, e) > max(a, s) for a, b in _parts(gold, i))]
        if touched:
            return not_yet(f"Part of '{quoted}' belongs to {noun} of the gold, but most of your span lies outside it.",
                           hint="Give exactly the words that make the device: begin on its first word and end on its last, "
                                "without the words around it.")
        return not_yet(f"The gold has no {noun.split(' ', 1)[1]} at '{quoted}'.")
    found = _detected(text) if found is None else found
    mine = gold[gold["device"] == device]
    matched = {mine.index[g] for g, _ in match_devices([d for d in found if d.device == device], mine)}
    missed = [i for i in hits if gold.index[i] not in matched]
    exact = [i for i in missed if _exact_words(span, text, gold, i, noun) is None]
    if exact:
        i = exact[0]
        return correct(f"'{quoted}' is {noun} in the gold, {gold['term_ar'].iloc[i]} ({_parts_text(text, gold, i)}): "
                       f"{gold['explanation'].iloc[i]}. No detector found it: say why (which word or rule would it need?).")
    if missed:
        return _exact_words(span, text, gold, missed[0], noun)
    i = hits[0]
    return not_yet(f"Yes, '{quoted}' is {noun} in the gold ({_parts_text(text, gold, i)}), but the detectors found "
                   "that one already.",
                   hint=f"Read the text for {noun} that no highlight of section 3 covers.")


# --- Exercise 1: saj' or triad (concept check) ------------------------------------------------------

#: Exercise 1: the question and its options (show it in the notebook; answer with a letter).
SAJ_OR_TRIAD = multiple_choice(
    "Four phrases written for this question (none is in the article). Which one is sajʿ, clauses whose last "
    "words share their ending (the fawāṣil), and not a triad?",
    [
        ("بالعلم والعمل والصبر (bi-l-ʿilm wa-l-ʿamal wa-l-ṣabr, 'with knowledge, work and patience')",
         "Three coordinated nouns of one phrase: a triad. Their last letters, م, ل and ر, differ, so there is no "
         "shared ending either."),
        ("فسد الزرع، وجف الضرع (fasada l-zarʿ, wa-jaffa l-ḍarʿ, 'the crops spoiled, and the udder ran dry')",
         "Two clauses whose last words, الزرع and الضرع, share the ending -rʿ: sajʿ. Two clauses are not a triad; "
         "sajʿ is a matter of the endings, not of the number of items."),
        ("حضر الوزير والسفير والمدير (ḥaḍara l-wazīr wa-l-safīr wa-l-mudīr, 'the minister, the ambassador and "
         "the director came')",
         "Three coordinated nouns of a single clause: a triad. They echo each other on -īr, but sajʿ rhymes the "
         "endings of clauses, and here there is only one clause: the echo decorates the triad."),
        ("لا حرب ولا سلام (lā ḥarb wa-lā salām, 'neither war nor peace')",
         "War and peace set against each other: a ṭibāq (antithesis). حرب and سلام do not share an ending."),
    ],
    answer="B",
)


@exercise(1, "Saj' or triad?", hints=(
    "A triad is a matter of counting: three coordinated items in parallel. Sajʿ is a matter of sound: the last "
    "words of two or more clauses share their ending.",
    "The table of section 1 gives both devices with an example from the article; say the last word of each "
    "clause aloud and count the clauses.",
))
def check_saj_or_triad(answer: Any) -> Feedback:
    """Check ``answer``, the letter of the phrase that is saj' and not a triad.

    >>> check_saj_or_triad("C").message.startswith("C is not it: Three coordinated nouns of a single clause")
    True
    """
    return SAJ_OR_TRIAD.check(answer)


# --- Exercise 2: the device of a phrase of the commentary (value) -----------------------------------

_ALIASES = {
    "tricolon": "triad", "three": "triad", "تعداد ثلاثي": "triad", "ثلاثي": "triad",
    "تعداد": "list", "enumeration": "list",
    "sajʿ": "saj", "saj'": "saj", "saja": "saj", "rhyme": "saj", "rhymed prose": "saj", "سجع": "saj",
    "tibaq": "antithesis", "ṭibāq": "antithesis", "muqabala": "antithesis", "muqābala": "antithesis",
    "طباق": "antithesis", "مقابلة": "antithesis",
    "jinas": "jinas_ishtiqaq", "جناس": "jinas_ishtiqaq", "جناس اشتقاق": "jinas_ishtiqaq",
    "takrar": "repetition", "تكرار": "repetition", "anaphora": "anaphora", "تكرار استهلالي": "anaphora",
    "isti'ara": "metaphor_candidate", "istiara": "metaphor_candidate", "metaphor": "metaphor_candidate", "استعارة": "metaphor_candidate",
    "kinaya": "kinaya", "كناية": "kinaya", "hyperbole": "hyperbole", "مبالغة": "hyperbole",
    "us/them": "us_them", "ideological square": "us_them",
    "rhetorical question": "rhetorical_question", "question": "rhetorical_question", "استفهام": "rhetorical_question",
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


def _article(device: str) -> str:
    """``"an"`` before a device id that starts with a vowel, else ``"a"``."""
    return "an" if device[:1] in "aeiou" else "a"


def _iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return max(inter, 0) / (max(a[1], b[1]) - min(a[0], b[0]))


@exercise(2, "Name the device in a text you have not read", hints=(
    "Name a device by what makes it: opposed meanings (ṭibāq, muqābala), one word said again (takrār), shared "
    "clause endings (sajʿ), three parallel items (a triad), a question that expects no answer.",
    "Run find_devices_ar on the commentary, as section 3 did on the article, and read the device whose span is "
    "the whole phrase; the table of section 1 gives the ids and the Arabic terms.",
))
def check_phrase_device(answer: Any, *, phrase: str = COMMENTARY_PHRASE, text: str | None = None,
                        found: Sequence[Device] | None = None) -> Feedback:
    """Check the device the kit's detectors give to the whole of ``phrase`` (its first occurrence in ``text``).

    ``text`` is the opposing commentary of ``data/comparison/`` unless given; ``found`` the
    detectors' findings on it (computed once per text if not given). The expected devices are those
    whose span is the phrase's (intersection over union at least 0.8). Accepts a device id
    (``"antithesis"``), its balagha term (``"مقابلة"``) or a common name (``"muqabala"``).

    >>> text = "جاء بالخير والبركة والسلامة."
    >>> found = [Device(4, 27, text[4:27], "triad", "triad", "تعداد ثلاثي", "three coordinated items")]
    >>> check_phrase_device("saj", phrase="بالخير والبركة والسلامة", text=text, found=found)
    ✗ Not yet. The detectors find no saj' on this phrase: no two clause endings in it rhyme.
       Hint: Saj' needs a shared ending (fasila) on the last words of clauses. What else can these words make?
    >>> check_phrase_device("tricolon", phrase="بالخير والبركة والسلامة", text=text, found=found)
    ✓ Correct. The detectors call it a triad, تعداد ثلاثي: three coordinated items.
    """
    if (empty := unanswered(answer)) is not None:
        return empty
    text = comparison_text("opposing_commentary") if text is None else text
    start = text.find(phrase)
    if start < 0:
        raise ValueError(f"the phrase {phrase!r} is not in the text")
    span = (start, start + len(phrase))
    found = _detected(text) if found is None else found
    whole = sorted((d for d in found if _iou((d.start, d.end), span) >= 0.8), key=lambda d: -_iou((d.start, d.end), span))
    if not whole:
        raise ValueError(f"the detectors find no device on the whole of {phrase!r}")
    expected = {d.device: d for d in whole}
    if not isinstance(answer, str):
        return not_yet("The answer should be a device name (a str), such as 'repetition'.")
    device = _device_id(answer)
    if device is None:
        return not_yet(f"'{answer}' is not a device name this kit uses.",
                       hint=f"Use one of: {', '.join((*DEVICE_TYPES, *GOLD_ONLY_DEVICES))}.")
    if device in expected:
        d = expected[device]
        return correct(f"The detectors call it {_article(device)} {device}, {d.term_ar}: {d.explanation}.")
    inner = [d for d in found if d.device == device and span[0] <= d.start and d.end <= span[1]]
    if inner:
        return not_yet(f"There is {_article(device)} {device} inside the phrase ({inner[0].text}), but it covers only "
                       "part of it.", hint="Name the device the whole phrase makes: look at how its two halves relate.")
    if device == "saj":
        return not_yet("The detectors find no saj' on this phrase: no two clause endings in it rhyme.",
                       hint="Saj' needs a shared ending (fasila) on the last words of clauses. What else can these words make?")
    return not_yet(f"The detectors do not find {_article(device)} {device} on this phrase.")


# --- Exercise 3: an antithesis the detectors missed (exact span) ------------------------------------


@exercise(3, 'An antithesis the detectors missed', hints=(
    'An antithesis sets two opposed meanings side by side (طباق), or two pairs in parallel (مقابلة). Read the paragraphs for what goes and what stays, what was before and what is now.',
    "Compare the detectors' highlights of section 3 with the text and its English: an opposition no highlight "
    "covers is a candidate. Give the offsets of its words, no more.",
))
def check_missed_antithesis(answer: Any, *, text: str | None = None, gold: pd.DataFrame | None = None,
                            found: Sequence[Device] | None = None) -> Feedback:
    """Check ``(start, end)`` of an antithesis (طباق or مقابلة) of the gold that the detectors missed.

    One side of the antithesis is enough; the span must begin and end on words of the device.

    >>> text = "خرجت القوات وبقي المستشارون، والحرب انتهت."
    >>> gold = pd.DataFrame({"device": ["antithesis"], "term_ar": ["طباق"], "start": [0], "end": [16],
    ...                      "text": [text[0:16]], "parts": [((0, 4), (12, 16))], "explanation": ["leaving vs staying"]})
    >>> check_missed_antithesis((0, 4), text=text, gold=gold, found=[])
    ✓ Correct. 'خرجت' is an antithesis in the gold, طباق (خرجت / وبقي): leaving vs staying. No detector found it: say why (which word or rule would it need?).
    >>> check_missed_antithesis((5, 16), text=text, gold=gold, found=[]).message
    'Your span begins with القوات, a word before an antithesis: it starts 1 word too early.'
    """
    return _check_missed(answer, "antithesis", "an antithesis", text=text, gold=gold, found=found)


# --- Exercise 4: a metaphor the detectors did not propose (exact span) ------------------------------


@exercise(4, 'A metaphor the detectors did not propose', hints=(
    'A metaphor speaks of something abstract (a policy, a state, a crisis) in words of a concrete domain: war, journey, trade, building, containers, light. Read for verbs an institution cannot literally do.',
    "Section 3's highlights show every metaphor candidate: read the text and its English for an image that no "
    "highlight covers, and give the offsets of every word that makes it, no more.",
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
    >>> check_missed_metaphor((0, 23), text=text, gold=gold, found=[]).message
    'Your span ends with طويلة, a word after a metaphor: it ends 1 word too late.'
    """
    return _check_missed(answer, "metaphor_candidate", "a metaphor", text=text, gold=gold, found=found,
                         both_terms=True)


# --- Exercise 5: Cohen's kappa, your own function (method) ------------------------------------------


def passage_tokens(text: str, *, paragraph: int) -> list[tuple[int, int]]:
    """The ``(start, end)`` of every token (words, numbers, punctuation) of body paragraph ``paragraph`` (1-based).

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


#: Exercise 5's example: two readers' yes/no for ten tokens (shown in the notebook).
KAPPA_EXAMPLE = ([True, True, False, False, False, True, False, False, False, False],
                 [True, False, False, False, False, True, True, False, False, False])


@lru_cache(maxsize=1)
def _kappa_pairs() -> tuple[tuple[str, tuple[bool, ...], tuple[bool, ...]], ...]:
    from helpers.rhetoric.agreement import annotation_devices, load_second_annotation, marked_tokens

    text = case_study_text()
    first = annotation_devices(load_gold_rhetoric(), text)
    second = annotation_devices(load_second_annotation(), text)
    detected = list(_detected(text))
    p5, p6, p2 = (passage_tokens(text, paragraph=k) for k in (5, 6, 2))
    pairs = [
        ("annotators A and B on the metaphors of the article's paragraph 5", marked_tokens(p5, first, "metaphor_candidate"),
         marked_tokens(p5, second, "metaphor_candidate")),
        ("annotators A and B on us/them in paragraph 6", marked_tokens(p6, first, "us_them"), marked_tokens(p6, second, "us_them")),
        ("annotator A and the detectors on the metaphors of paragraph 2", marked_tokens(p2, first, "metaphor_candidate"),
         marked_tokens(p2, detected, "metaphor_candidate")),
        ("two readers who agree less than chance would have it", [i % 5 == 0 for i in range(20)], [i % 5 == 1 for i in range(20)]),
    ]
    return tuple((name, tuple(a), tuple(b)) for name, a, b in pairs)


def kappa_trials() -> list[Trial]:
    """The pairs of annotations exercise 5 runs the student's function on: the ten-token example, then four unseen.

    >>> [(t.seen, len(t.args[0])) for t in kappa_trials()]
    [(True, 10), (False, 53), (False, 109), (False, 142), (False, 20)]
    """
    first, second = KAPPA_EXAMPLE
    trials = [Trial("the ten-token example of the notebook", "", True, (list(first), list(second)))]
    trials += [Trial(f"{name} ({len(a)} tokens)", "", False, (list(a), list(b))) for name, a, b in _kappa_pairs()]
    return trials


def _kit_kappa(first: Sequence[bool], second: Sequence[bool]) -> float:
    from helpers.rhetoric.agreement import cohen_kappa

    return cohen_kappa(first, second)


def _same_kappa(got: Any, want: float) -> bool:
    if not _is_number(got):
        return False
    return abs(float(got) - want) < 1e-9


def _explain_kappa(got: Any, want: float, args: tuple[list[bool], list[bool]]) -> tuple[str, str] | None:
    if not _is_number(got):
        return None
    value = float(got)
    first, second = args
    n = len(first)
    p_o = sum(a == b for a, b in zip(first, second)) / n
    yes_1, yes_2 = sum(map(bool, first)) / n, sum(map(bool, second)) / n
    p_e = yes_1 * yes_2 + (1 - yes_1) * (1 - yes_2)
    counts = f"p_o = {format_number(p_o)}, p_e = {format_number(p_e)}"
    if abs(value - p_o) < 1e-9:
        return (f"That is the observed agreement p_o ({counts}).", "κ discounts the agreement expected by chance: κ = (p_o − p_e) / (1 − p_e).")
    if abs(value - p_e) < 1e-9:
        return (f"That is the chance agreement p_e ({counts}).", "κ = (p_o − p_e) / (1 − p_e).")
    if abs(value - (p_o - p_e)) < 1e-9:
        return (f"That is p_o − p_e ({counts}), not yet divided.", "Divide by 1 − p_e, the most agreement above chance there could be.")
    if abs(value - yes_1 * yes_2) < 1e-9 or abs(value - (p_o - yes_1 * yes_2) / (1 - yes_1 * yes_2)) < 1e-9:
        return (f"Your chance agreement counts only the tokens both mark ({counts}).",
                "Two readers agree by chance on yes and on no: p_e = p_yes(A)·p_yes(B) + p_no(A)·p_no(B).")
    if not -1 <= value <= 1:
        return (f"κ lies between −1 and 1; {format_number(value)} does not ({counts}).", "")
    return (f"({counts})", "")


@exercise(5, "Cohen's κ, your own function", hints=(
    "Cohen's κ compares how often two readers agree with how often they would agree by chance, given how much "
    "each marks: the agreement above chance (p_o minus p_e), divided by the most there could be (1 minus p_e).",
    "p_o is the share of tokens on which the two lists are equal; p_e adds the chance of both saying yes "
    "(A's share of yes times B's) and of both saying no. The ten-token example of exercise 5 shows the two lists.",
))
def check_kappa_function(answer: Any) -> Feedback:
    """Check ``answer``, a function ``f(first, second) -> κ`` for two equal-length lists of True/False.

    The function is run on the notebook's ten-token example and on four pairs of annotations it has
    not seen (:func:`kappa_trials`: the case study's two annotators, the gold against the
    detectors, two readers who agree less than chance) and compared with
    :func:`helpers.rhetoric.agreement.cohen_kappa`. A function that calls ``cohen_kappa`` (or
    scikit-learn's ``cohen_kappa_score``) is sent back.

    >>> def observed(first, second):
    ...     return sum(a == b for a, b in zip(first, second)) / len(first)
    >>> print(check_kappa_function(observed))
    ✗ Not yet. On the ten-token example of the notebook your function returned 0.8; the kit's κ is 0.524. That is the observed agreement p_o (p_o = 0.8, p_e = 0.58).
       Hint: κ discounts the agreement expected by chance: κ = (p_o − p_e) / (1 − p_e).
    """
    return run_trials(answer, trials=kappa_trials(), expected=_kit_kappa, what="κ", same=_same_kappa,
                      explain=_explain_kappa, forbidden=("cohen_kappa", "cohen_kappa_score"), unit="pair")


def _is_number(value: Any) -> bool:
    return isinstance(value, Real) and not isinstance(value, bool) and math.isfinite(float(value))
