"""Checks for notebook 01 (script and normalization).

Six exercises, from a concept to a method:

1. **concept check** (multiple choice): why two copies of one word are not equal strings
   (presentation forms);
2. **value**: the exact spans of the characters the diacritics step deletes, in a sentence the
   notebook has not shown (:data:`MARKED_SENTENCE`), with a tatweel among them that is not a mark;
3. **concept check** (multiple choice): which pair of words normalization turns into one string;
4. **value**: the standard spelling of five words from news reports the notebook has not shown
   (``data/news/``), hypercorrections, missing signs and one standard word among them;
5. **value**: أن or إن for each bare ``ان`` of the case study, read from its context;
6. **method**: a function that deletes the tatweel and the marks and keeps, for every character
   left, its offset in the original; run on the case study and on three news reports it has not
   seen, and compared with :func:`helpers.text.normalize.normalize_with_offsets_ar`.

Expected values are computed from the texts with the kit's helpers; only the spelling key of
exercise 4 is written out, because it is about spelling rules, and a test checks that the kit's
hamza checker agrees with it.

>>> check_mark_spans(...)
✗ Not yet. No answer yet: replace the ... with your code.
   Hint 1 of 2: The diacritics step deletes the combining marks (short vowels, tanwin, shadda, sukun): each is a character of its own, after the letter it sits on. The tatweel is not a mark.
>>> check_mark_spans([(1, 2)], text="بَيت")
✓ Correct. All 1 mark, one span each: U+064E ARABIC FATHA at 1.
"""

from __future__ import annotations

import re
import unicodedata
from numbers import Integral
from typing import Any

from helpers.exercises.choice import multiple_choice
from helpers.exercises.feedback import Feedback, correct, not_yet, unanswered
from helpers.exercises.method import Trial, run_trials, preview
from helpers.exercises.registry import exercise, hints_for
from helpers.exercises.texts import case_study_text, news_text
from helpers.text.normalize import normalize_ar, normalize_with_offsets_ar
from helpers.text.spans import Span

__all__ = [
    "hint",
    "SAME_WORD",
    "MARKED_SENTENCE",
    "MERGED_PAIR",
    "SPELLING_WORDS",
    "check_same_word",
    "check_mark_spans",
    "check_merged_pair",
    "check_standard_spellings",
    "check_an_readings",
    "check_strip_marks",
    "spelling_contexts",
    "strip_marks_trials",
]

#: Show the next staged hint of an exercise of this notebook: ``hint("ex2")``.
hint = hints_for(__name__)

_TATWEEL = "\u0640"


def _text(text: str | None) -> str:
    return case_study_text() if text is None else text


def _is_int(value: Any) -> bool:
    return isinstance(value, Integral) and not isinstance(value, bool)


def _plain(word: str) -> str:
    """A word without diacritics or tatweel, hamza and alef forms kept (for comparing answers)."""
    return normalize_ar(word.strip(), alef=False, alef_maksura=False, teh_marbuta=False)


def _code_point(ch: str) -> str:
    return f"U+{ord(ch):04X} {unicodedata.name(ch, '?')}"


# --- exercise 1: one word, two strings (concept check) ----------------------------------------

#: Exercise 1: the question and its options.
SAME_WORD = multiple_choice(
    "You copy the word يعمل (yaʿmal, 'he works') from a web page, and the same word from a PDF made by "
    "old software. On screen the two look identical, yet web == pdf is False. Which explanation is the likeliest?",
    [
        ("The web page stores the medial shape of ع, the PDF its initial shape.",
         "The font chooses the shape when it draws the word; ordinary text stores ع as the same code point, "
         "U+0639, in all four positions, so this alone would make no difference."),
        ("The PDF stores presentation forms: one character per drawn shape, from the blocks U+FB50–U+FDFF "
         "and U+FE70–U+FEFF.",
         "Old software stored the shapes themselves, as compatibility characters that only look like the "
         "letters; NFKC turns them back into the letters, and then the two strings are equal."),
        ("UTF-8 stores joined letters in more bytes than letters standing alone.",
         "UTF-8 writes a code point in the same bytes wherever it stands, and == compares code points "
         "anyway: equal code points make equal strings."),
        ("Python compares Arabic strings from right to left.",
         "Direction belongs to display only: a string is stored first letter first, and == compares the "
         "code points in that order, whatever the script."),
    ],
    answer="B",
)


@exercise(1, "One word, two strings", hints=(
    "Ask what the computer stores for a letter, and what the font decides only when it draws it.",
    "Section 3 sets the four shapes of ع in ordinary words beside the four presentation forms of ع, "
    "and shows what NFKC does to the latter.",
))
def check_same_word(answer: Any) -> Feedback:
    """Check ``answer``, the letter of the likeliest reason why two copies of يعمل differ.

    >>> check_same_word("C").message.startswith("C is not it: UTF-8")
    True
    """
    return SAME_WORD.check(answer)


# --- exercise 2: the spans of the marks (value, exact spans) ----------------------------------

#: Exercise 2: "And the spokesman said that the next round will be held soon", with marks and a
#: tatweel typed the way a careful writer of a headline might (written for this kit).
MARKED_SENTENCE = "وقالَ المتحدثُ إنَّ الجولةَ المقبلةَ ستُعقدُ قريبـاً"


def _deleted_by_diacritics(text: str) -> list[int]:
    """Offsets of the characters the kit's diacritics step deletes (the tatweel step left off)."""
    _, kept = normalize_with_offsets_ar(text, unicode=False, tatweel=False, alef=False,
                                        alef_maksura=False, teh_marbuta=False)
    keep = set(kept)
    return [i for i in range(len(text)) if i not in keep]


def _spans_of(answer: Any) -> list[tuple[int, int]] | None:
    """The answer as a list of (start, end) pairs, or ``None`` if it is not one."""
    if isinstance(answer, Span):
        answer = [answer]
    if not isinstance(answer, (list, tuple, set)):
        return None
    pairs = []
    for item in answer:
        if isinstance(item, Span):
            pairs.append((item.start, item.end))
        elif isinstance(item, (list, tuple)) and len(item) == 2 and all(_is_int(x) for x in item):
            pairs.append((int(item[0]), int(item[1])))
        else:
            return None
    return sorted(pairs)


@exercise(2, "The spans of the marks", hints=(
    "The diacritics step deletes the combining marks (short vowels, tanwin, shadda, sukun): each is a "
    "character of its own, after the letter it sits on. The tatweel is not a mark.",
    "Section 6 finds the article's marks by their Unicode category; the same test, applied at each position "
    "of the sentence, gives one span per mark.",
))
def check_mark_spans(answer: Any, text: str | None = None) -> Feedback:
    """Check ``answer``: one ``(start, end)`` per character the diacritics step deletes from the sentence.

    Args:
        answer: a list of pairs (or :class:`~helpers.text.spans.Span` objects), in any order;
            ``...`` if not answered yet.
        text: the sentence; ``None`` means :data:`MARKED_SENTENCE`.

    >>> check_mark_spans([(1, 3)], text="بَّيت")
    ✗ Not yet. (1, 3) covers 2 characters: U+064E ARABIC FATHA and U+0651 ARABIC SHADDA. Give one span per mark.
       Hint: Two marks on one letter are two characters: one span each.
    """
    waiting = unanswered(answer)
    if waiting is not None:
        return waiting
    sentence = MARKED_SENTENCE if text is None else text
    marks = _deleted_by_diacritics(sentence)
    expected = [(i, i + 1) for i in marks]
    if _is_int(answer):
        return not_yet(f"{answer} is one number; the exercise asks for a list of spans, one (start, end) per mark.")
    if isinstance(answer, str):
        return not_yet("The answer should be a list of (start, end) pairs, not a string.",
                       hint="A span of one character at position i is the pair (i, i + 1).")
    pairs = _spans_of(answer)
    if pairs is None:
        return not_yet(f"The answer should be a list of (start, end) pairs, not {preview(answer, width=40)}.")
    if pairs == expected:
        listed = ", ".join(f"{_code_point(sentence[i])} at {i}" for i in marks[:3])
        more = f" and {len(marks) - 3} more" if len(marks) > 3 else ""
        return correct(f"All {len(marks)} mark{'s' if len(marks) != 1 else ''}, one span each: {listed}{more}.")
    if len(set(pairs)) != len(pairs):
        return not_yet("A span appears twice in your list.")
    for a, b in pairs:
        if not (0 <= a < b <= len(sentence)):
            if a == b:
                return not_yet(f"({a}, {b}) is empty: a character at position i is the span (i, i + 1).")
            return not_yet(f"({a}, {b}) is not a span of the sentence, which has {len(sentence)} characters.")
        if b - a > 1:
            inside = sentence[a:b]
            if all(i in marks for i in range(a, b)):
                return not_yet(f"({a}, {b}) covers {b - a} characters: {' and '.join(_code_point(c) for c in inside)}. Give one span per mark.",
                               hint="Two marks on one letter are two characters: one span each.")
            return not_yet(f"({a}, {b}) covers {preview(inside, width=20)}, {b - a} characters: a mark is one character, so each span has end = start + 1.")
    given = {a for a, _ in pairs}
    if _TATWEEL in sentence and any(sentence[i] == _TATWEEL for i in given):
        i = next(i for i in given if sentence[i] == _TATWEEL)
        return not_yet(f"({i}, {i + 1}) is the tatweel: the tatweel step deletes it, not the diacritics step.",
                       hint="The tatweel is not a combining mark: its Unicode category is Lm, not Mn.")
    letters = sorted(i for i in given if i not in marks)
    if letters:
        i = letters[0]
        if i + 1 in marks and i + 1 not in given:
            return not_yet(f"({i}, {i + 1}) is the letter {sentence[i]!r}; the mark it carries comes after it, at {i + 1}.",
                           hint="A mark is stored after the letter it sits on: its offset is one more than the letter's.")
        return not_yet(f"({i}, {i + 1}) is {preview(sentence[i])} ({_code_point(sentence[i])}), which the diacritics step keeps.")
    missing = [i for i in marks if i not in given]
    kinds = sorted({_code_point(sentence[i]) for i in missing})
    return not_yet(f"Your {len(pairs)} spans are all marks, but {len(missing)} more {'is' if len(missing) == 1 else 'are'} missing "
                   f"({', '.join(kinds)}).")


# --- exercise 3: what normalization merges (concept check) -------------------------------------

#: Exercise 3: the question and its options (the tests run normalize_ar on every pair).
MERGED_PAIR = multiple_choice(
    "Which pair of spellings becomes one and the same string after normalize_ar with all six steps on?",
    [
        ("سأل (saʾala, 'he asked') and سائل (sāʾil, 'asking')",
         "The alef step rewrites alefs only: سأل becomes سال, but ئ is a hamza on a ya seat and stays, so "
         "سائل keeps a letter that سال does not have."),
        ("مسؤول and مسئول (masʾūl, 'official', spelt in two ways)",
         "Hamza on waw (ؤ) and hamza on ya (ئ) are not alef forms: no step touches them, so a search "
         "for this word must list both spellings itself."),
        ("مدرسة (madrasa, 'school') and مدرسه (mudarrisuhu, 'his teacher')",
         "The teh_marbuta step writes ة as ه: both become مدرسه, and the feminine noun can no longer be told "
         "from the noun with the pronoun 'his'."),
        ("مئة and مائة (miʾa, 'hundred', spelt in two ways)",
         "The two spellings differ by a whole letter, the alef in مائة, not by a mark or an alef form: no "
         "step removes a letter, so they stay apart."),
    ],
    answer="C",
)


@exercise(3, "What normalization merges", hints=(
    "Each step rewrites only its own characters (presentation forms, tatweel, marks, alef forms, ى, ة). "
    "A pair merges only if every difference between its two spellings is one of those.",
    "Section 8 lists what each of the six steps rewrites: compare each pair letter by letter and ask which "
    "step, if any, makes the differing letters equal.",
))
def check_merged_pair(answer: Any) -> Feedback:
    """Check ``answer``, the letter of the pair that normalization makes one string.

    >>> check_merged_pair("b").message.startswith("B is not it: Hamza on waw")
    True
    """
    return MERGED_PAIR.check(answer)


# --- exercise 4: standard or not? -------------------------------------------------------------

#: The five words of exercise 4, as the news reports of ``data/news/`` spell them, and where.
SPELLING_WORDS: tuple[str, ...] = ("الإثنين", "إحتجاجا", "للافراج", "احزاب", "أكدت")
_SOURCES: dict[str, str] = {"الإثنين": "dev_02", "إحتجاجا": "dev_09", "للافراج": "dev_03", "احزاب": "dev_05", "أكدت": "dev_02"}

# word -> (standard spelling, why, {typical wrong answer: what is wrong with it})
_KEY: dict[str, tuple[str, str, dict[str, str]]] = {
    "الإثنين": (
        "الاثنين",
        "الاثنين (al-ithnayn, 'Monday') comes from اثنان 'two', one of the old nouns that begin with hamzat al-waṣl: no sign",
        {
            "الإثنين": "الإثنين is the report's own spelling, a hypercorrection: اثنان 'two' begins with hamzat al-waṣl, written as a bare alef.",
            "الأثنين": "الأثنين puts a hamza on hamzat al-waṣl: اثنان 'two' is one of the old nouns written with a bare alef.",
        },
    ),
    "إحتجاجا": (
        "احتجاجا",
        "احتجاج (iḥtijāj, 'protest') is a form VIII verbal noun (افتعال), which begins with hamzat al-waṣl",
        {
            "إحتجاجا": "إحتجاجا is the report's own spelling, a hypercorrection: احتجاج is a form VIII verbal noun (افتعال), whose alef is hamzat al-waṣl.",
            "أحتجاجا": "أحتجاجا puts a hamza on hamzat al-waṣl: a form VIII verbal noun (افتعال) is written with a bare alef.",
        },
    ),
    "للافراج": (
        "للإفراج",
        "إفراج (ifrāj, 'release') is a form IV verbal noun (إفعال): hamzat al-qaṭʿ with i, written below the alef",
        {
            "للافراج": "للافراج is the report's own spelling: the sign was left out, but a form IV verbal noun (إفعال) begins with hamzat al-qaṭʿ.",
            "للأفراج": "للأفراج has the hamza above; a form IV verbal noun (إفعال) has the vowel i, so the hamza goes below the alef.",
            "لالإفراج": "The article ال after لِ loses its alef in writing: ل + الإفراج is written للإفراج.",
        },
    ),
    "احزاب": (
        "أحزاب",
        "أحزاب (aḥzāb, 'parties') is a plural of the pattern أفعال: hamzat al-qaṭʿ with a, written above the alef",
        {
            "احزاب": "احزاب is the report's own spelling: the sign was left out, and the plural pattern أفعال begins with hamzat al-qaṭʿ.",
            "إحزاب": "إحزاب has the hamza below; the vowel of aḥzāb is a, so the hamza goes above the alef.",
        },
    ),
    "أكدت": (
        "أكدت",
        "أكّدت (akkadat, 'she stressed') begins with the root's own hamza (ʾ-k-d) with a: أ is standard",
        {
            "اكدت": "اكدت drops a hamza that belongs to the root (ʾ-k-d): the word is standard as the report wrote it.",
            "إكدت": "إكدت has the hamza below; the vowel of akkadat is a: the report's أكدت is already standard.",
        },
    ),
}


def spelling_contexts() -> list[dict[str, Any]]:
    """Each word of exercise 4 in its news report: the report, the offsets and a few words around it.

    >>> [(row["word"], row["report"]) for row in spelling_contexts()][:2]
    [('الإثنين', 'dev_02'), ('إحتجاجا', 'dev_09')]
    """
    rows = []
    for word in SPELLING_WORDS:
        report = news_text(_SOURCES[word])
        m = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", report)
        if m is None:  # the data changed: say so rather than invent a context
            raise LookupError(f"{word} is no longer in news report {_SOURCES[word]}")
        before = " ".join(report[: m.start()].split()[-3:])
        after = " ".join(report[m.end() :].split()[:3])
        rows.append({"word": word, "report": _SOURCES[word], "start": m.start(), "end": m.end(),
                     "context": f"…{before} [{word}] {after}…"})
    return rows


@exercise(4, 'Standard or not?', hints=(
    'For each word ask which hamza its first alef stands for (after و, ل or ال): hamzat al-waṣl (bare ا: '
    'the article ال, verb forms VII to X and their nouns, a few old nouns), hamzat al-qaṭʿ with a (أ) or '
    'with i (إ), or a hamza followed by long ā (آ).',
    'Section 4 explains the two hamzas and lists where hamzat al-waṣl is found; the transliteration of each '
    'word gives its first vowel, and its pattern (افتعال, إفعال, أفعال) says which kind of hamza it has.',
))
def check_standard_spellings(answer: Any) -> Feedback:
    """Check ``answer``, the standard spelling of each word in :data:`SPELLING_WORDS`.

    Args:
        answer: a dict ``{word: standard spelling}`` (give the word itself if it is already
            standard), or a list of the spellings in the order of :data:`SPELLING_WORDS`;
            ``...`` if not answered yet. Diacritics are ignored.

    >>> check_standard_spellings(dict(zip(SPELLING_WORDS, ["الاثنين", "احتجاجا", "للإفراج", "أحزاب", "أكدت"])))
    ✓ Correct. الإثنين → الاثنين; إحتجاجا → احتجاجا; للافراج → للإفراج; احزاب → أحزاب; أكدت is standard.
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
        return not_yet(f"No spelling given for {', '.join(missing)}.", hint="Give one entry per word, keyed by the word as the report spells it.")
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
    if all(given[w] == w for w in SPELLING_WORDS):
        return not_yet("You kept every word as the reports wrote them, but not all of them are standard.")
    w = wrong[0]
    right_ones = len(SPELLING_WORDS) - len(wrong)
    lead = f"{right_ones} of {len(SPELLING_WORDS)} right. " if right_ones else ""
    known = _KEY[w][2].get(given[w])
    if known:
        return not_yet(lead + known)
    return not_yet(lead + f"{given[w]} is not the standard spelling of {w}.", hint=f"Think again: {_KEY[w][1]}.")


# --- exercise 5: أن or إن? ----------------------------------------------------------------------

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


@exercise(5, 'أن or إن?', hints=(
    "A bare ان stands for two words: أنّ 'that' after a verb or a preposition, إنّ 'indeed' at the start of a clause or after قال.",
    'The cell just above the exercise lists every ان of the case study with the words before it, in text order: read the word right before each.',
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


# --- exercise 6: strip the marks and keep the offsets (method) ---------------------------------


def _kit_strip(text: str) -> tuple[str, list[int]]:
    """The kit's own result: the tatweel and diacritics steps of normalize_with_offsets_ar, alone."""
    return normalize_with_offsets_ar(text, unicode=False, alef=False, alef_maksura=False, teh_marbuta=False)


def strip_marks_trials() -> list[Trial]:
    """The texts exercise 6 runs the student's function on: the case study, then three news reports.

    >>> [(t.name[:17], t.seen) for t in strip_marks_trials()]
    [('the case study', True), ('news report dev_0', False), ('news report dev_0', False), ('news report dev_1', False)]
    """
    return [
        Trial("the case study", case_study_text()),
        Trial("news report dev_01 of data/news/ (a stray tanwin after a space, a tatweel)", news_text("dev_01"), seen=False),
        Trial("news report dev_06 of data/news/ (a shadda, a tatweel)", news_text("dev_06"), seen=False),
        Trial("news report dev_10 of data/news/ (three tatweels)", news_text("dev_10"), seen=False),
    ]


def _same_pair(got: Any, want: tuple[str, list[int]]) -> bool:
    return (isinstance(got, (tuple, list)) and len(got) == 2 and got[0] == want[0]
            and isinstance(got[1], (list, tuple)) and list(got[1]) == want[1])


def _show_pair(value: Any) -> str:
    if isinstance(value, (tuple, list)) and len(value) == 2 and isinstance(value[0], str):
        return f"({preview(value[0], width=24)}, {len(value[1]) if isinstance(value[1], (list, tuple)) else '?'} offsets)"
    return preview(value)


def _explain_strip(got: Any, want: tuple[str, list[int]], text: str) -> tuple[str, str] | None:
    if isinstance(got, str):
        return ("It returned only the text; the exercise asks for a pair: the text and the list of offsets.", "")
    if not (isinstance(got, (tuple, list)) and len(got) == 2 and isinstance(got[0], str)):
        return ("It should return a pair: the stripped text, and a list with one offset per character of it.", "")
    stripped, offsets = got
    want_text, want_offsets = want
    if stripped != want_text:
        i = next((k for k, (a, b) in enumerate(zip(stripped, want_text)) if a != b), min(len(stripped), len(want_text)))
        if i < len(stripped) and (stripped[i] == _TATWEEL or unicodedata.category(stripped[i]) == "Mn"):
            kind = "tatweel" if stripped[i] == _TATWEEL else "mark"
            hint = ("The tatweel is not a combining mark (its category is Lm): it needs a test of its own."
                    if kind == "tatweel" else "Every character of category Mn is a mark to delete, whatever its name.")
            return (f"Your text still has the {kind} {_code_point(stripped[i])} at position {i} of the stripped text.", hint)
        if i < len(want_text):
            return (f"Your text lacks {preview(want_text[i])} ({_code_point(want_text[i])}) at position {i} of the stripped text: "
                    "only the tatweel and the marks go.", "Keep every other character, spaces, digits and punctuation included.")
        return (f"Your text is {len(stripped) - len(want_text)} characters longer than the kit's.", "")
    if not isinstance(offsets, (list, tuple)) or len(offsets) != len(want_offsets):
        n = len(offsets) if isinstance(offsets, (list, tuple)) else "no"
        return (f"The text is right, but it comes with {n} offsets for its {len(want_text):,} characters.",
                "One offset per kept character: record a position each time you keep a character.")
    i = next(k for k, (a, b) in enumerate(zip(offsets, want_offsets)) if a != b)
    return (f"The text is right, but offsets[{i}] is {preview(offsets[i])} where the kit has {want_offsets[i]}: "
            f"the character {preview(want_text[i])} stands at {want_offsets[i]} in the original.",
            "An offset is the kept character's position in the original text, not in the stripped one.")


@exercise(6, "Strip the marks, keep the offsets", hints=(
    "Walk through the original text one character at a time: skip a mark or a tatweel; keep any other "
    "character, and note its position in the original beside it.",
    "Section 6 tells a mark by its Unicode category and writes the tatweel as \\u0640; section 8 shows the "
    "pair that normalize_with_offsets_ar returns, the kind of pair your function gives back.",
))
def check_strip_marks(answer: Any) -> Feedback:
    """Check ``answer``, a function ``f(text) -> (stripped, offsets)``.

    ``stripped`` is ``text`` without its tatweels and combining marks; ``offsets[i]`` is the
    offset in ``text`` of ``stripped[i]``. The function is run on the case study and three news
    reports (:func:`strip_marks_trials`) and compared with the kit's
    :func:`~helpers.text.normalize.normalize_with_offsets_ar` with only those two steps on. A
    function that calls the kit's normalizers is sent back: the exercise is the method.

    >>> def only_marks(text):
    ...     kept = [(i, ch) for i, ch in enumerate(text) if unicodedata.category(ch) != "Mn"]
    ...     return "".join(ch for _, ch in kept), [i for i, _ in kept]
    >>> print(check_strip_marks(only_marks).hint)
    The tatweel is not a combining mark (its category is Lm): it needs a test of its own.
    """
    return run_trials(answer, trials=strip_marks_trials(), expected=_kit_strip,
                        what="stripped text and offsets", same=_same_pair, explain=_explain_strip,
                        show=_show_pair, forbidden=("normalize_with_offsets_ar", "normalize_ar", "dediac_ar"),
                        allowed="strings, loops, and the tools the section shows for single characters")
