"""Devices of sound: saj' (rhyming clause endings).

**saj'** (سجع): two or more consecutive clauses of one paragraph whose last words share an
ending (the *fasila*) of at least :data:`MIN_RHYME_LETTERS` letters, compared after
:func:`helpers.text.normalize.normalize_ar` and after dropping what pausal pronunciation drops or what
rhymes too cheaply:

* a final tanwin alef (``ظاهراً`` → ``ظاهر``); case vowels are already gone with the diacritics;
* a final teh marbuta or heh (``مصداقية`` → ``مصداقي``), so that the feminine ending alone is no
  rhyme but ``مصداقية``/``موثوقية`` (shared ``قي`` before it) is;
* when the shared ending is only an inflectional suffix (``ات``, ``ين``, ``ون``, ``ان``), one more
  letter is required (``الويلات``/``المفاوضات`` do not rhyme, ``الاستشاريين``/``الفنيين`` do).

The same final word twice is epistrophe (repetition), not saj'. Classical critics also accept a
single shared final letter (``المثمر``/``الحر``); the detector does not, to stay precise on news
prose, and so misses that weak saj'.
"""

from __future__ import annotations

from collections import defaultdict

from helpers.text.normalize import normalize_ar
from helpers.rhetoric.devices_base import Device, make_device
from helpers.text.sentences import split_sentences_ar
from helpers.text.tokenize import word_tokens_ar

__all__ = ["MIN_RHYME_LETTERS", "rhyme_form_ar", "shared_ending_ar", "find_saj_ar"]

#: The fewest final letters two clause endings must share.
MIN_RHYME_LETTERS = 2

_SUFFIXES = ("ات", "ين", "ون", "ان")


def rhyme_form_ar(word: str) -> str:
    """Return the part of a word that rhymes in pause (see the module docstring).

    >>> rhyme_form_ar("ظاهراً"), rhyme_form_ar("مصداقيةٌ"), rhyme_form_ar("الحرُّ")
    ('ظاهر', 'مصداقي', 'الحر')
    """
    form = normalize_ar(word)
    if len(form) > 2 and form.endswith("ا") and "\u064b" in word:
        form = form[:-1]
    if len(form) > 2 and form.endswith("ه"):
        form = form[:-1]
    return form


def shared_ending_ar(a: str, b: str) -> str:
    """Return the rhyme two words share ("" if it is too short to count as saj').

    >>> shared_ending_ar("مصداقية", "موثوقية"), shared_ending_ar("الويلات", "المفاوضات"), shared_ending_ar("الاستشاريين", "الفنيين")
    ('قي', '', 'يين')
    """
    x, y = rhyme_form_ar(a), rhyme_form_ar(b)
    if x == y:
        return ""
    n = 0
    while n < min(len(x), len(y)) and x[-1 - n] == y[-1 - n]:
        n += 1
    ending = x[len(x) - n :]
    need = MIN_RHYME_LETTERS + (1 if ending in _SUFFIXES else 0)
    return ending if n >= need else ""


def find_saj_ar(text: str) -> list[Device]:
    """Find runs of consecutive clauses whose last words rhyme.

    Args:
        text: the text, exactly as loaded.

    Returns:
        One ``saj`` device per run, spanning the clauses; parts are the rhyming final words.

    >>> [d.explanation for d in find_saj_ar("ظهرت الحقيقة بصدق وموثوقية، وانتهت الأزمة بلا مصداقية.")]
    ['2 consecutive clauses end in rhyming words (وموثوقية / مصداقية: -قي)']
    >>> find_saj_ar("وصل الوفد إلى بغداد، وبدأت المحادثات.")
    []
    """
    clauses = split_sentences_ar(text, level="clause")
    words = word_tokens_ar(text)
    last: dict[int, tuple[int, int, str]] = {}
    by_clause: dict[int, list] = defaultdict(list)
    k = 0
    for c in clauses:
        while k < len(words) and words[k].start < c.end:
            if words[k].start >= c.start:
                by_clause[c.index].append(words[k])
            k += 1
    for c in clauses:
        ws = by_clause[c.index]
        if len(ws) >= 2:
            last[c.index] = (ws[-1].start, ws[-1].end, ws[-1].text)
    found: list[Device] = []
    i = 0
    while i < len(clauses):
        j = i
        while (j + 1 < len(clauses) and clauses[j + 1].paragraph == clauses[i].paragraph
               and j in last and j + 1 in last and shared_ending_ar(last[j][2], last[j + 1][2])):
            j += 1
        if j > i:
            finals = [last[k][2] for k in range(i, j + 1)]
            ending = rhyme_form_ar(finals[0])
            for f in finals[1:]:
                other = rhyme_form_ar(f)
                n = 0
                while n < min(len(ending), len(other)) and ending[-1 - n] == other[-1 - n]:
                    n += 1
                ending = ending[len(ending) - n :]
            found.append(make_device(text, "saj", [last[k][:2] for k in range(i, j + 1)],
                                     f"{j - i + 1} consecutive clauses end in rhyming words ({' / '.join(finals)}: -{ending})",
                                     start=clauses[i].start, end=clauses[j].end))
            i = j + 1
        else:
            i += 1
    return sorted(found, key=lambda d: (d.start, d.end))
