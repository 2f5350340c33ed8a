"""Checks for notebook 01 (script and normalization).

Every check takes the student's ``answer`` and, where the answer depends on a text, optionally
the ``text`` (the case-study article by default). Expected values are computed from the text
with code, the way the notebook's solution cells compute them: letters are counted, the tatweel
is found with a regular expression, the reading of each ``ان`` is decided from its context.
Only :func:`check_standard_spellings` has a key written out, because it asks about spelling
rules, not about the article's figures. Typical wrong answers (the bare alef counted too, an
end offset one off, a hypercorrected hamza, a normalized form given as the correction) are
recognised and answered with a hint.

>>> check_hamza_alef_count(...)
✗ Not yet. No answer yet: replace the ... with your code.
   Hint 1 of 2: أ, إ and آ are three different characters: an alef with a hamza above, with a hamza below, with a madda. The bare alef ا is a fourth character and does not count.
>>> check_hamza_alef_count(2, text="أمس إلى البيت")
✓ Correct. 2 alefs carry a hamza or madda sign: أ 1, إ 1, آ 0.
"""

from __future__ import annotations

import re
from numbers import Integral
from typing import Any

from helpers.exercises.feedback import Feedback, correct, not_yet, unanswered
from helpers.exercises.registry import exercise, hints_for
from helpers.exercises.texts import case_study_text
from helpers.text.normalize import normalize_ar
from helpers.text.spans import Span

__all__ = [
    "hint",
    "HAMZA_ALEFS",
    "SPELLING_WORDS",
    "check_hamza_alef_count",
    "check_tatweel_offsets",
    "check_standard_spellings",
    "check_an_readings",
]

#: Show the next staged hint of an exercise of this notebook: ``hint("ex2")``.
hint = hints_for(__name__)

#: The three alefs that carry a hamza or madda sign: أ (U+0623), إ (U+0625), آ (U+0622).
HAMZA_ALEFS = "\u0623\u0625\u0622"
_BARE_ALEF = "\u0627"
_OTHER_HAMZAS = "\u0621\u0624\u0626"  # ء ؤ ئ: hamza alone, on waw, on yeh
_WASLA_ALEF = "\u0671"  # ٱ
_TATWEEL_RUN = re.compile("\u0640+")


_case_study = case_study_text


def _text(text: str | None) -> str:
    return _case_study() if text is None else text


def _is_int(value: Any) -> bool:
    return isinstance(value, Integral) and not isinstance(value, bool)


def _plain(word: str) -> str:
    """A word without diacritics or tatweel, hamza and alef forms kept (for comparing answers)."""
    return normalize_ar(word.strip(), alef=False, alef_maksura=False, teh_marbuta=False)


# --- exercise 1: count the hamza alefs --------------------------------------------------------


@exercise(1, 'How many alefs carry a hamza or madda sign?', hints=(
    'أ, إ and آ are three different characters: an alef with a hamza above, with a hamza below, with a madda. The bare alef ا is a fourth character and does not count.',
    'Section 2 counted every character of the article: look the three letters up there and add their counts.',
))
def check_hamza_alef_count(answer: Any, text: str | None = None) -> Feedback:
    """Check ``answer``, the number of alefs with a hamza or madda sign (أ إ آ) in the text.

    Args:
        answer: an int; ``...`` if not answered yet.
        text: the text; ``None`` means the case study.

    >>> check_hamza_alef_count(3, text="أمس إلى آخر الطريق")
    ✓ Correct. 3 alefs carry a hamza or madda sign: أ 1, إ 1, آ 1.
    >>> check_hamza_alef_count(2, text="أمس إلى آخر الطريق")
    ✗ Not yet. 2 leaves out آ (alef madda): it is hamza + long ā, an alef with a sign too.
       Hint: Count آ (U+0622) as well as أ and إ.
    """
    waiting = unanswered(answer)
    if waiting is not None:
        return waiting
    article = _text(text)
    counts = {ch: article.count(ch) for ch in HAMZA_ALEFS}
    expected = sum(counts.values())
    if isinstance(answer, dict):
        return not_yet(
            "You gave a table of counts; the exercise asks for one number, the total.",
            hint="Add the counts up: sum(...) over the three letters.",
        )
    if isinstance(answer, str):
        return not_yet(f"You gave the string {answer!r}, not a number.", hint="Give an int, without quotes.")
    if not _is_int(answer):
        return not_yet(f"A count is a whole number, not {answer!r}.")
    answer = int(answer)
    breakdown = ", ".join(f"{ch} {n}" for ch, n in counts.items())
    if answer == expected:
        return correct(f"{expected} alefs carry a hamza or madda sign: {breakdown}.")
    above, below, madda = (counts[ch] for ch in HAMZA_ALEFS)
    bare = article.count(_BARE_ALEF)
    others = sum(article.count(ch) for ch in _OTHER_HAMZAS)
    wasla = article.count(_WASLA_ALEF)
    if bare and answer in (expected + bare, expected + bare + wasla):
        return not_yet(
            f"{answer} counts the bare alef ا too ({bare} of them), which carries no hamza sign.",
            hint="Count only أ إ آ; the bare alef ا (U+0627) is a different character.",
        )
    if bare and answer == bare:
        return not_yet(
            f"{answer} is the number of bare alefs ا, the ones without a sign.",
            hint="Count أ إ آ instead: each is a character of its own, not ا plus a mark.",
        )
    if others and answer == expected + others:
        return not_yet(
            f"{answer} also counts ء ؤ ئ: those are hamzas too, but not on an alef.",
            hint="The exercise asks only for the alef seat: أ إ آ.",
        )
    if madda and answer == above + below:
        return not_yet(
            f"{answer} leaves out آ (alef madda): it is hamza + long ā, an alef with a sign too.",
            hint="Count آ (U+0622) as well as أ and إ.",
        )
    if below and answer == above:
        return not_yet(
            f"{answer} counts only أ (hamza above); the alef with hamza below, إ, is missing.",
            hint="Count إ (U+0625) and آ (U+0622) too.",
        )
    if above and answer == below + madda:
        return not_yet(f"{answer} leaves out أ, the commonest of the three.")
    words = sum(1 for w in article.split() if any(ch in HAMZA_ALEFS for ch in w))
    if words != expected and answer == words:
        return not_yet(
            f"{answer} is the number of words that contain one of the letters; a word can contain two.",
            hint="Count characters, not words: text.count(...) for each letter.",
        )
    if answer < 0:
        return not_yet("A count cannot be negative.")
    direction = "few" if answer < expected else "many"
    return not_yet(f"{answer} is too {direction}.")


# --- exercise 2: the tatweel's offsets ----------------------------------------------------------


def _as_pair(answer: Any) -> tuple[int, int] | None:
    if isinstance(answer, Span):
        return answer.start, answer.end
    if isinstance(answer, (list, tuple)) and len(answer) == 1 and isinstance(answer[0], (list, tuple, Span)):
        return _as_pair(answer[0])
    if isinstance(answer, (list, tuple)) and len(answer) == 2 and all(_is_int(x) for x in answer):
        return int(answer[0]), int(answer[1])
    return None


@exercise(2, "The tatweel's offsets", hints=(
    'A span is (start, end) with end one past its last character: one character at offset i is the span (i, i + 1).',
    'Section 6 found the position of the tatweel (U+0640) in the article; the end is one character further on.',
))
def check_tatweel_offsets(answer: Any, text: str | None = None) -> Feedback:
    """Check ``answer``, the ``(start, end)`` offsets of the tatweel run in the text.

    A :class:`~helpers.text.spans.Span` (such as the anomaly ``find_anomalies_ar`` reports) and a
    one-item list of pairs are accepted too.

    Args:
        answer: a pair of ints; ``...`` if not answered yet.
        text: the text, which must contain exactly one tatweel run; ``None`` means the case study.

    >>> check_tatweel_offsets((2, 3), text="الـ 2500")
    ✓ Correct. text[2:3] is the tatweel U+0640, 1 character between ال and the space.
    >>> check_tatweel_offsets((2, 2), text="الـ 2500")
    ✗ Not yet. text[2:2] is empty: the end must be one past the tatweel.
       Hint: end = start + 1 for a single character.
    """
    waiting = unanswered(answer)
    if waiting is not None:
        return waiting
    article = _text(text)
    runs = [(m.start(), m.end()) for m in _TATWEEL_RUN.finditer(article)]
    if len(runs) != 1:
        return not_yet(f"This check needs a text with exactly one tatweel run; this one has {len(runs)}.", hint="Use the case study.")
    start, end = runs[0]
    if isinstance(answer, str):
        if answer == article[start:end]:
            return not_yet("That is the tatweel character itself; the exercise asks for its offsets.")
        return not_yet("The answer should be two numbers (start, end), not a string.")
    if _is_int(answer):
        if answer == start:
            return not_yet(
                f"{answer} is the right start, but a span needs two offsets.",
                hint=f"Give (start, end), here ({start}, {start} + 1).",
            )
        return not_yet(f"{answer} is one number; a span needs two, (start, end).")
    pair = _as_pair(answer)
    if pair is None:
        return not_yet(f"The answer should be a pair of whole numbers (start, end), not {answer!r}.")
    a, b = pair
    run = article[start:end]
    if (a, b) == (start, end):
        before = article[max(0, start - 2) : start]
        after = "the space" if article[end : end + 1] == " " else repr(article[end : end + 1])
        chars = "1 character" if len(run) == 1 else f"{len(run)} characters"
        return correct(f"text[{a}:{b}] is the tatweel U+0640, {chars} between {before} and {after}.")
    if a > b:
        return not_yet(f"Your start ({a}) comes after your end ({b}).", hint="Offsets go (start, end) with start <= end; swap them.")
    if not (0 <= a and b <= len(article)):
        return not_yet(f"The offsets {a}:{b} lie outside the text, which has {len(article)} characters.")
    if a == b == start:
        return not_yet(f"text[{a}:{b}] is empty: the end must be one past the tatweel.", hint="end = start + 1 for a single character.")
    if a == start and b == end + 1:
        return not_yet(
            f"Your span ends one character too late: it also takes in {article[end]!r} after the tatweel.",
            hint="end is exclusive: it is one past the last character, start + 1 here.",
        )
    if (a, b) == (start - 1, end - 1) or (a, b) == (start + 1, end + 1):
        side = "left" if a < start else "right"
        return not_yet(
            f"Your span is shifted one character to the {side}: text[{a}:{b}] is {article[a:b]!r}.",
            hint="Offsets count from 0; text.find(...) gives the start directly.",
        )
    if a <= start and end <= b:
        return not_yet(
            f"Your span contains the tatweel but more besides: text[{a}:{b}] is {article[a:b]!r}.",
            hint="Give only the tatweel, not the word الـ around it: (start, start + 1).",
        )
    return not_yet(f"text[{a}:{b}] is {article[a:b]!r}, not the tatweel.")


# --- exercise 3: standard or not? ---------------------------------------------------------------

#: The three words of the exercise, as the article spells them.
SPELLING_WORDS: tuple[str, ...] = ("انسحاب", "وأستمرار", "أخر")

# word -> (standard spelling, why, {typical wrong answer: what is wrong with it})
_KEY: dict[str, tuple[str, str, dict[str, str]]] = {
    "انسحاب": (
        "انسحاب",
        "انسحاب (insiḥāb) is a form VII verbal noun (انفعال), which begins with hamzat al-waṣl: no sign",
        {
            "إنسحاب": "إنسحاب is a hypercorrection: انسحاب is a form VII verbal noun (انفعال) and begins with hamzat al-waṣl, written as a bare alef.",
            "أنسحاب": "أنسحاب puts a hamza on hamzat al-waṣl: انسحاب is a form VII verbal noun (انفعال), written with a bare alef.",
        },
    ),
    "وأستمرار": (
        "واستمرار",
        "استمرار (istimrār) is a form X verbal noun (استفعال), which begins with hamzat al-waṣl (wa-stimrār)",
        {
            "وأستمرار": "وأستمرار is the article's own spelling: the hamza sign does not belong on a form X verbal noun (استفعال).",
            "وإستمرار": "وإستمرار is a hypercorrection: استمرار is a form X verbal noun (استفعال), whose alef is hamzat al-waṣl, written bare.",
        },
    ),
    "أخر": (
        "آخر",
        "آخر (ākhar 'another') begins with hamza + long ā, written as alef madda",
        {
            "أخر": "أخر is the article's own spelling; read as ākhar 'another' it needs the madda, because the hamza is followed by a long ā.",
            "اخر": "اخر drops the hamza altogether; the word ākhar 'another' begins with hamza + long ā.",
            "أخير": "أخير is a different word ('last'); here the text means ākhar 'another' (دليل آخر 'another proof').",
        },
    ),
}


@exercise(3, 'Standard or not?', hints=(
    'For each word ask which hamza its first alef stands for: hamzat al-waṣl (bare ا: the article, verb forms VII to X and their nouns), hamzat al-qaṭʿ with a (أ) or with i (إ), or a hamza followed by long ā (آ).',
    'Section 4 explains the two hamzas with examples; check_hamza_ar(word) in section 9 shows the evidence for a word.',
))
def check_standard_spellings(answer: Any) -> Feedback:
    """Check ``answer``, the standard spelling of each word in :data:`SPELLING_WORDS`.

    Args:
        answer: a dict ``{word: standard spelling}`` (give the word itself if it is already
            standard), or a list of three spellings in the order of :data:`SPELLING_WORDS`;
            ``...`` if not answered yet. Diacritics are ignored.

    >>> check_standard_spellings({"انسحاب": "انسحاب", "وأستمرار": "واستمرار", "أخر": "آخر"})
    ✓ Correct. انسحاب is standard; وأستمرار → واستمرار; أخر → آخر.
    """
    waiting = unanswered(answer)
    if waiting is not None:
        return waiting
    if isinstance(answer, (list, tuple)):
        if len(answer) != len(SPELLING_WORDS):
            return not_yet(
                f"You gave {len(answer)} spellings; there are {len(SPELLING_WORDS)} words.",
                hint="Give a dict {word: spelling}, or a list in the order " + ", ".join(SPELLING_WORDS) + ".",
            )
        answer = dict(zip(SPELLING_WORDS, answer))
    if not isinstance(answer, dict):
        return not_yet(f"The answer should be a dict {{word: spelling}}, not {type(answer).__name__}.")
    missing = [w for w in SPELLING_WORDS if w not in answer]
    if missing:
        return not_yet(f"No spelling given for {', '.join(missing)}.", hint="Give one entry per word, keyed by the word as the article spells it.")
    if not all(isinstance(answer[w], str) and answer[w].strip() for w in SPELLING_WORDS):
        return not_yet("Every spelling should be a non-empty string of Arabic letters.")
    given = {w: _plain(answer[w]) for w in SPELLING_WORDS}
    wrong = [w for w in SPELLING_WORDS if given[w] != _KEY[w][0]]
    if not wrong:
        parts = [f"{w} is standard" if _KEY[w][0] == w else f"{w} → {_KEY[w][0]}" for w in SPELLING_WORDS]
        return correct("; ".join(parts) + ".")
    if all(given[w] == normalize_ar(w) for w in SPELLING_WORDS):
        return not_yet(
            "You wrote every alef bare: that is what normalization does, not the standard spelling.",
            hint="Normalization throws the hamza away for matching; a correction puts the right one back.",
        )
    w = wrong[0]
    right_ones = len(SPELLING_WORDS) - len(wrong)
    lead = f"{right_ones} of {len(SPELLING_WORDS)} right. " if right_ones else ""
    known = _KEY[w][2].get(given[w])
    if known:
        return not_yet(lead + known)
    return not_yet(lead + f"{given[w]} is not the standard spelling of {w}.", hint=f"Think again: {_KEY[w][1]}.")


# --- exercise 4: أن or إن? ----------------------------------------------------------------------

_BARE_AN = re.compile(r"(?<![\w\u0640])ان(?![\w\u0640])")
_QALA = ("قال", "وقال", "فقال")  # إنّ follows the verb 'said', with or without و/ف
_CLAUSE_START = re.compile(r"(?:^|[.!?؟:\n]\s*)$")


def an_contexts(text: str | None = None) -> list[tuple[int, str, str]]:
    """Every bare ``ان`` in the text: (offset, the words before it, the reading the context gives).

    The rule is the one the notebook teaches: at the start of a sentence, a paragraph or after
    قال the particle is إنّ 'indeed'; after any other word (a verb, a preposition, من أجل) it is
    أن(ّ) 'that'.

    >>> [(off, reading) for off, _, reading in an_contexts("قال ان الوفد وصل. ان الحوار مهم ويريد ان يستمر")]
    [(4, 'إن'), (18, 'إن'), (38, 'أن')]
    """
    article = _text(text)
    found = []
    for m in _BARE_AN.finditer(article):
        before = article[: m.start()]
        previous = before.split()[-1] if before.split() else ""
        initial = _CLAUSE_START.search(before) is not None or _plain(previous) in _QALA
        context = " ".join(before.split()[-3:])
        found.append((m.start(), context, "إن" if initial else "أن"))
    return found


@exercise(4, 'أن or إن?', hints=(
    "A bare ان stands for two words: أنّ 'that' after a verb or a preposition, إنّ 'indeed' at the start of a clause or after قال.",
    'The cell just above the exercise lists every ان with the words before it, in text order: read the word right before each.',
))
def check_an_readings(answer: Any, text: str | None = None) -> Feedback:
    """Check ``answer``, the standard spelling (أن or إن) of each bare ``ان`` in text order.

    Args:
        answer: a list of strings, one per ``ان``, in the order they occur; ``...`` if not
            answered yet. Diacritics are ignored (أنّ counts as أن).
        text: the text; ``None`` means the case study.

    >>> check_an_readings(["إن", "أن"], text="ان الحوار مهم ويريد ان يستمر")
    ✓ Correct. إن at offset 0 (start of a clause), أن at offset 20 (after ويريد).
    """
    waiting = unanswered(answer)
    if waiting is not None:
        return waiting
    contexts = an_contexts(text)
    expected = [reading for _, _, reading in contexts]
    if isinstance(answer, str):
        return not_yet("Give a list with one spelling per ان, not a single string.", hint=f'For example ["أن", ...] with {len(expected)} items.')
    if not isinstance(answer, (list, tuple)) or not all(isinstance(a, str) for a in answer):
        return not_yet(f"The answer should be a list of strings, not {type(answer).__name__}.")
    if len(answer) != len(expected):
        return not_yet(
            f"You gave {len(answer)} spellings, but the text has {len(expected)} bare ان.",
            hint="Find them with find_anomalies_ar or re.finditer and give one spelling each, in text order.",
        )
    given = [_plain(a) for a in answer]
    if given == expected:
        parts = []
        for (offset, context, reading) in contexts:
            words = context.split()
            where = "start of a clause" if reading == "إن" and (not words or _plain(words[-1]) not in _QALA) else f"after {words[-1]}"
            parts.append(f"{reading} at offset {offset} ({where})")
        return correct(", ".join(parts) + ".")
    bad = [g for g in given if g not in ("أن", "إن")]
    if bad:
        if all(g == "ان" for g in bad):
            return not_yet("ان with a bare alef is the article's spelling; each one needs a hamza sign.")
        return not_yet(f"{bad[0]} is neither أن nor إن.")
    if len(set(given)) == 1 and len(set(expected)) > 1:
        return not_yet(
            f"You chose {given[0]} every time, as a tool would without looking at the context.",
        )
    i = next(k for k, (g, e) in enumerate(zip(given, expected)) if g != e)
    offset, context, reading = contexts[i]
    return not_yet(
        f"Number {i + 1} (offset {offset}, after “{context}”) is not {given[i]}.",
    )
