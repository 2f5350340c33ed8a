"""Sentence units, and the shorter segments between punctuation marks, with offsets into the text.

Units never cross a block boundary (:func:`helpers.text.structure.split_blocks_ar`), so a headline
and a dateline on their own lines are units of their own. Inside a block, a unit ends after a
run of break marks plus any closing quotes or brackets right after it:

* ``"sentence"`` level: ``.`` ``!`` ``?`` ``؟`` ``۔`` ``…`` (and ``...``, any run of them: ``؟!``);
* ``"segment"`` level: also ``،`` ``؛`` ``;`` ``,`` ``:``.

A **segment** is what lies between two such marks. It is not a grammatical clause, and the kit
does not call it one: an Arabic writer puts a comma between the items of a list and before an
adverbial (``أدار رئيس مجلس الوزراء، مصطفى الكاظمي، أمس الأربعاء، الجولة الثالثة`` is one verbal
clause in four segments), and chains clauses with و, ف or a relative pronoun without any comma.
Finding clauses needs a parser (a verb and its arguments), which a punctuation rule is not.
Segments are what the detectors of pauses need: a saj' ending (fāṣila) or an anaphoric opening
falls at a segment edge. ``level="clause"``, the level's former name, still works and gives the
same segments.

A break counts only if what follows is whitespace, the end of the block or an Arabic letter (a
missing space, common in web text: ``انتهى.وبدأ``). So decimals and clock times (``3.5``,
``2.500``, ``2,500``, ``10:30``, ``٣.٥``), web addresses and Latin abbreviations (``U.S.``
before a letter) stay whole. Further choices:

* Abbreviations are one-letter words each followed by a full stop (``د. أحمد``, ``أ.د.``,
  ``أ.ف.ب``, ``ق.م``, ``J. Smith``, as :func:`helpers.text.tokenize.tokenize_ar` keeps them). A
  full stop inside one never breaks; a full stop ending one breaks only when a number precedes
  the abbreviation, as in the date suffixes ``2021 م.``, ``1442 هـ.`` and ``300 ق.م.``, which
  do end sentences.
* A full stop after a leading list number (``1. ``) is not a break.
* Nothing splits inside a matched pair of ``«»``, ``“”`` or ``‹›`` (straight ``"`` quotes cannot
  be paired reliably and get no such protection); a closing quote right after a sentence mark
  (``«انتهى.»``) ends the unit.
* An ellipsis (``…``, or two or more full stops) marks a pause or an omission, which news
  prose uses inside sentences (``ارتفع السعر... ثم هبط``): at sentence level it ends a sentence
  only at the end of a block or together with another mark (``...؟``); at clause level it ends
  a clause.
* A stretch with no letter or digit (a stray ``!``) joins the unit before it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from helpers.text.load import check_text_ar
from helpers.text.spans import Span
from helpers.text.structure import split_blocks_ar

__all__ = ["Sentence", "split_sentences_ar", "SENTENCE_MARKS", "SEGMENT_MARKS", "CLAUSE_MARKS"]

#: Marks that end a sentence.
SENTENCE_MARKS = frozenset(".!?؟۔…")
#: Marks that also end a segment at ``level="segment"``.
SEGMENT_MARKS = frozenset("،؛;,:")
#: The former name of :data:`SEGMENT_MARKS`.
CLAUSE_MARKS = SEGMENT_MARKS

_CLOSERS = frozenset("\"'»”’›)]}）")
_QUOTE_PAIRS = {"«": "»", "“": "”", "‹": "›"}


@dataclass(frozen=True)
class Sentence(Span):
    """A sentence or a segment.

    Attributes:
        index: position among all units of the text, from 0.
        paragraph: index of the block it lies in (see :func:`helpers.text.structure.split_blocks_ar`).
    """

    index: int
    paragraph: int


def _is_arabic_letter(ch: str) -> bool:
    return ("\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\u08a0" <= ch <= "\u08ff") and unicodedata.category(
        ch
    ).startswith("L")


def _protected(text: str, start: int, end: int) -> tuple[set[int], set[int]]:
    """Return the offsets strictly inside matched quote pairs, and the offsets of their closers."""
    inside: set[int] = set()
    closers: set[int] = set()
    stack: list[tuple[str, int]] = []
    for i in range(start, end):
        ch = text[i]
        if ch in _QUOTE_PAIRS:
            stack.append((_QUOTE_PAIRS[ch], i))
        elif stack and ch == stack[-1][0]:
            _, opened = stack.pop()
            inside.update(range(opened + 1, i))
            closers.add(i)
    return inside, closers


# Abbreviation chains: one-letter words, each followed by a full stop, perhaps ending in a letter.
_ABBREVIATION = re.compile(
    r"(?<![\w\u0640])(?:[^\W\d_][\u0640\u064b-\u065f\u0670]*\.)+(?:[^\W\d_][\u0640\u064b-\u065f\u0670]*(?![\w\u0640]))?"
)


def _abbreviation_stops(text: str, start: int, end: int) -> tuple[set[int], set[int]]:
    """Full stops inside abbreviations, and those ending one that is a date suffix (after a number)."""
    inner: set[int] = set()
    date_ends: set[int] = set()
    for m in _ABBREVIATION.finditer(text, start, end):
        stops = [k for k in range(m.start(), m.end()) if text[k] == "."]
        inner.update(stops)
        if text[m.end() - 1] == ".":
            k = m.start()
            while k > start and text[k - 1].isspace():
                k -= 1
            if k > start and text[k - 1].isdigit():
                date_ends.add(m.end() - 1)
    return inner - date_ends, date_ends


def _is_ellipsis(run: str) -> bool:
    run = run.rstrip("".join(_CLOSERS))
    return bool(run) and (set(run) == {"\u2026"} or (len(run) >= 2 and set(run) <= {".", "\u2026"}))


def _units(text: str, start: int, end: int, marks: frozenset[str]) -> list[tuple[int, int]]:
    inside, quote_closers = _protected(text, start, end)
    abbreviation_stops, _ = _abbreviation_stops(text, start, end)
    sentence_level = not (marks & CLAUSE_MARKS)
    cuts: list[int] = []
    unit_start = start
    i = start
    while i < end:
        ch = text[i]
        at_mark = ch in marks and i not in inside
        at_quote_end = i in quote_closers and text[start:i].rstrip()[-1:] in SENTENCE_MARKS
        if not (at_mark or at_quote_end):
            i += 1
            continue
        k = i
        while k < end and text[k] in marks and k not in inside:
            k += 1
        while k < end and (text[k] in _CLOSERS or k in quote_closers):
            k += 1
        k = max(k, i + 1)
        follows_ok = k == end or text[k].isspace() or _is_arabic_letter(text[k])
        run = text[i:k]
        single_dot = run.rstrip("".join(_CLOSERS)) == "."
        if follows_ok and single_dot and i in abbreviation_stops:
            follows_ok = False
        if follows_ok and sentence_level and _is_ellipsis(run) and text[k:end].strip():
            follows_ok = False
        if follows_ok and single_dot and text[unit_start:i].strip().isdigit():
            follows_ok = False
        if follows_ok:
            cuts.append(k)
            unit_start = k
        i = k
    bounds: list[tuple[int, int]] = []
    previous = start
    for cut in [*cuts, end]:
        s, e = previous, cut
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        previous = cut
        if s == e:
            continue
        if bounds and not any(c.isalnum() for c in text[s:e]):
            bounds[-1] = (bounds[-1][0], e)
        else:
            bounds.append((s, e))
    return bounds


def split_sentences_ar(text: str, *, level: Literal["sentence", "segment", "clause"] = "sentence") -> list[Sentence]:
    """Split a text into sentences or punctuation segments, with offsets into the original text.

    Args:
        text: the text, exactly as loaded.
        level: ``"sentence"`` splits after ``. ! ? ؟ …`` and at block boundaries; ``"segment"``
            also after ``، ؛ ; , :`` (``"clause"`` is its former name). The choices are listed in
            the module docstring.

    Returns:
        The units in text order, labelled ``"sentence"`` or ``"segment"``.

    Raises:
        TextInputError: if the text is empty or has no Arabic letter.
        ValueError: if ``level`` is not one of the two names.

    >>> [s.text for s in split_sentences_ar("قال د. أحمد إن النمو بلغ 3.5 بالمئة. هل هذا كثير؟ ربما…")]
    ['قال د. أحمد إن النمو بلغ 3.5 بالمئة.', 'هل هذا كثير؟', 'ربما…']
    >>> [s.text for s in split_sentences_ar("بنيت عام 300 ق.م في روما... ثم هدمت.")]
    ['بنيت عام 300 ق.م في روما... ثم هدمت.']
    >>> [s.text for s in split_sentences_ar("قال: «لن نتراجع. أبداً» ثم غادر، وانتهى الاجتماع.", level="segment")]
    ['قال:', '«لن نتراجع. أبداً» ثم غادر،', 'وانتهى الاجتماع.']
    >>> [s.text for s in split_sentences_ar("أدار الوزير، أمس الأربعاء، الجولة الثالثة.", level="segment")]
    ['أدار الوزير،', 'أمس الأربعاء،', 'الجولة الثالثة.']
    >>> [(s.index, s.paragraph, s.text) for s in split_sentences_ar("العنوان\\n\\nالنص الأول. الثاني!")]
    [(0, 0, 'العنوان'), (1, 1, 'النص الأول.'), (2, 1, 'الثاني!')]
    """
    check_text_ar(text)
    if level not in ("sentence", "segment", "clause"):
        raise ValueError(f"level must be 'sentence' or 'segment', not {level!r}")
    return list(_sentences(text, "sentence" if level == "sentence" else "segment"))


# Most layers split the text they are given, some at both levels: the last few texts' units are
# kept (units are frozen; every caller gets its own list), so a text is split once per level.
@lru_cache(maxsize=16)
def _sentences(text: str, level: str) -> tuple[Sentence, ...]:
    marks = SENTENCE_MARKS if level == "sentence" else SENTENCE_MARKS | SEGMENT_MARKS
    found: list[Sentence] = []
    for paragraph, block in enumerate(split_blocks_ar(text)):
        for s, e in _units(text, block.start, block.end, marks):
            found.append(Sentence(s, e, text[s:e], level, len(found), paragraph))
    return tuple(found)
