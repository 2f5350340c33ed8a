"""Normalized words with offsets into the original text: what the discourse helpers match on.

Lexicon entries are written in standard spelling, texts often are not (اذا ما, من اجل ان). Both
are compared after :func:`helpers.text.normalize.normalize_ar` with every step on, word by word.
:func:`words_ar` cuts the normalized text into Arabic words and keeps, for each one, its span
in the original text, the offset of every normalized letter, its sentence and clause, and
whether it opens a clause. :func:`match_phrase_ar` matches a normalized phrase at a word with
the proclitics and attached pronouns Arabic writes on it.

A word *opens a clause* when it is the first word of a sentence or clause unit
(:func:`helpers.text.sentences.split_sentences_ar`, clause level: after ``. ! ? ؟ … ، ؛ : ,`` or a
block break) or when an opening bracket, quotation mark or dash stands right before it.

>>> [(w.text, w.norm, w.clause_initial) for w in words_ar("قال: «إذا جاءَ» و الـ 2")]
[('قال', 'قال', True), ('إذا', 'اذا', True), ('جاءَ', 'جاء', False), ('و', 'و', False), ('الـ', 'ال', False)]
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from helpers.text.clitics import PRONOUN_ENCLITICS, has_conjunction_ar, zipf_ar
from helpers.text.load import check_text_ar
from helpers.text.normalize import normalize_ar, normalize_with_offsets_ar
from helpers.text.sentences import split_sentences_ar
from helpers.text.spans import Span

__all__ = [
    "Word",
    "PhraseMatch",
    "PRONOUN_SUFFIXES",
    "words_ar",
    "match_phrase_ar",
    "phrase_words_ar",
    "zipf_ar",
    "has_conjunction_proclitic_ar",
    "PhraseStarts",
    "phrase_starts_ar",
]

#: Attached pronouns, as written (``ه`` is never the teh marbuta ``ة``): the kit's inventory
#: (:data:`helpers.text.clitics.PRONOUN_ENCLITICS`).
PRONOUN_SUFFIXES = PRONOUN_ENCLITICS

# Arabic letters left after normalization (tatweel, diacritics and digits excluded).
_WORD_RE = re.compile(r"[\u0621-\u063A\u0641-\u064A\u066E-\u066F\u0671-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FC\u06FF]+")
_OPENERS = frozenset("(«\"“[{‹-–—")


@dataclass(frozen=True)
class Word(Span):
    """An Arabic word of the text (label ``"word"``).

    Attributes:
        index: position among the words, from 0.
        norm: the word normalized with every step of :func:`helpers.text.normalize.normalize_ar`.
        plain: the word without diacritics and tatweel, letters as written (``norm`` before the
            alef, alef maksura and teh marbuta steps; same length as ``norm``).
        offsets: the offset in the original text of each character of ``norm``.
        sentence: index of its sentence (:func:`helpers.text.sentences.split_sentences_ar`).
        clause: index of its clause unit.
        clause_initial: whether it opens a sentence or clause (see the module docstring).
        joined: whether only whitespace separates it from the previous word.
    """

    index: int
    norm: str
    plain: str
    offsets: tuple[int, ...]
    sentence: int
    clause: int
    clause_initial: bool
    joined: bool


def _mark_end(text: str, end: int) -> int:
    """Extend ``end`` over the diacritics and tatweel that follow a letter."""
    while end < len(text) and (unicodedata.combining(text[end]) or text[end] == "\u0640"):
        end += 1
    return end


def words_ar(text: str) -> list[Word]:
    """Return the Arabic words of ``text`` with their normalized forms and original offsets.

    Raises:
        TextInputError: if the text is empty or has no Arabic letter.

    >>> w = words_ar("مِن اجلِ أنْ")[1]
    >>> w.text, w.norm, w.plain, w.offsets
    ('اجلِ', 'اجل', 'اجل', (4, 5, 6))
    """
    return list(_words(text))


# Every discourse layer reads the words of the text it is given: the last few texts' words are
# kept (words are frozen; every caller gets its own list), so a text is cut into words once.
@lru_cache(maxsize=8)
def _words(text: str) -> tuple[Word, ...]:
    check_text_ar(text)
    norm, offsets = normalize_with_offsets_ar(text)
    sentences = split_sentences_ar(text)
    clauses = split_sentences_ar(text, level="clause")
    sentence_starts = [s.start for s in sentences]
    clause_starts = [c.start for c in clauses]
    words: list[Word] = []
    previous_end = 0
    previous_clause = -1
    for m in _WORD_RE.finditer(norm):
        start = offsets[m.start()]
        end = _mark_end(text, offsets[m.end() - 1] + 1)
        original = text[start:end]
        plain = _plain(original)
        if len(plain) != len(m.group()):  # a letter the word regex split off; keep norm's letters
            plain = m.group()
        gap = text[previous_end:start]
        clause = max(bisect_right(clause_starts, start) - 1, 0)
        sentence = max(bisect_right(sentence_starts, start) - 1, 0)
        opens = clause != previous_clause or any(c in _OPENERS for c in gap)
        words.append(
            Word(start, end, original, "word", len(words), m.group(), plain,
                 tuple(offsets[m.start():m.end()]), sentence, clause, opens, bool(words) and not gap.strip())
        )
        previous_end, previous_clause = end, clause
    return tuple(words)


@lru_cache(maxsize=65536)
def _plain(word: str) -> str:
    """``word`` without diacritics and tatweel, letters as written (see :attr:`Word.plain`)."""
    return normalize_ar(word, alef=False, alef_maksura=False, teh_marbuta=False)


def has_conjunction_proclitic_ar(plain: str) -> bool:
    """Whether ``plain`` reads as و or ف plus a word, by the kit's clitic policy.

    The same test as :func:`helpers.text.clitics.has_conjunction_ar` (see its policy: function
    words and frequent words keep their first letter).

    >>> [has_conjunction_proclitic_ar(w) for w in ["وفريقه", "فإن", "وضع", "فقط", "وطني", "في", "وأضاف"]]
    [True, True, False, False, False, False, True]
    """
    return has_conjunction_ar(plain)


def phrase_words_ar(phrase: str) -> tuple[str, ...]:
    """Normalize a lexicon phrase and split it into words.

    >>> phrase_words_ar("من أجلِ أن")
    ('من', 'اجل', 'ان')
    """
    return tuple(normalize_ar(phrase).split())


@dataclass(frozen=True)
class PhraseMatch:
    """Where a phrase matched: original offsets with and without a proclitic, and the words used.

    Attributes:
        start: offset of the first character, proclitic included.
        core_start: offset after the proclitic (``start`` if none).
        end: offset one past the phrase, attached pronoun included.
        core_end: offset before the attached pronoun (``end`` if none).
        first: index of the first word; last: index of the last word (partly used when the
            phrase ends in a one-letter proclitic such as ``ل`` of ``وفقاً لـ``).
        proclitic: the normalized proclitic letters (``""`` if none).
    """

    start: int
    core_start: int
    end: int
    core_end: int
    first: int
    last: int
    proclitic: str


def match_phrase_ar(
    words: Sequence[Word],
    i: int,
    phrase: Sequence[str],
    *,
    proclitics: Sequence[str] = ("و", "ف"),
    suffix_hosts: Sequence[str] = (),
) -> PhraseMatch | None:
    """Match a normalized phrase at word ``i``, or return ``None``.

    The phrase's words must follow one another with only whitespace between them. The first
    word may carry one of ``proclitics``; a last word listed in ``suffix_hosts`` may carry an
    attached pronoun (:data:`PRONOUN_SUFFIXES`); a one-letter last word (``ل``, ``ب``, ``ف``) is a
    proclitic on the next word. A proclitic ending in ``ل`` also matches before the article
    with its alef dropped (``للبلاد`` for ``ل`` + ``البلاد``).

    >>> ws = words_ar("ولكنها عادت")
    >>> m = match_phrase_ar(ws, 0, ("لكن",), suffix_hosts=("لكن",))
    >>> (m.start, m.core_start, m.core_end, m.end, m.proclitic)
    (0, 1, 4, 6, 'و')
    >>> match_phrase_ar(words_ar("لكنة واضحة"), 0, ("لكن",), suffix_hosts=("لكن",)) is None
    True
    """
    n = len(phrase)
    if n == 0 or i + n > len(words):
        return None
    proclitic = ""
    for k, target in enumerate(phrase):
        w = words[i + k]
        if k and not w.joined:
            return None
        last = k == n - 1
        norm, plain = w.norm, w.plain
        if k == 0 and norm != target and not (last and len(target) == 1):
            for p in proclitics:
                if norm.startswith(p) and norm[len(p):].startswith(target) and len(norm) > len(p):
                    proclitic = p
                    norm, plain = norm[len(p):], plain[len(p):]
                    break
                if p.endswith("ل") and target.startswith("ال") and norm.startswith(p) and norm[len(p):].startswith(target[1:]):
                    # ل before the article drops its alef: للبلاد is ل + البلاد; the span keeps لبلاد
                    proclitic = p
                    norm, plain, target = norm[len(p):], plain[len(p):], target[1:]
                    break
        if last and len(target) == 1 and n > 1:
            if not (norm.startswith(target) and len(norm) > 1):
                return None
            end = w.offsets[1]
            return PhraseMatch(words[i].start, _core_start(words[i], proclitic), end, end, i, i + k, proclitic)
        if norm == target:
            if last:
                return PhraseMatch(words[i].start, _core_start(words[i], proclitic), w.end, w.end, i, i + k, proclitic)
            continue
        if last and target in suffix_hosts and norm.startswith(target) and plain[len(target):] in PRONOUN_SUFFIXES:
            cut = w.offsets[len(w.norm) - len(norm) + len(target)]
            return PhraseMatch(words[i].start, _core_start(words[i], proclitic), w.end, cut, i, i + k, proclitic)
        return None
    return None


def _core_start(w: Word, proclitic: str) -> int:
    return w.offsets[len(proclitic)] if proclitic else w.start


class PhraseStarts:
    """Which of a list of phrases can match at a word, judged by the word's ``norm`` alone.

    :func:`match_phrase_ar` only matches a phrase at a word whose normalized form, as it stands or
    without one of ``proclitics``, starts with the phrase's first word (or with that word without
    its alef, for ``ل`` + the article). :meth:`candidates` returns the positions of the phrases
    that pass this test, in list order, computed once per distinct word form; trying only those
    gives the same first match as trying every phrase, at a cost that does not grow with the
    number of phrases times the number of words.

    >>> starts = PhraseStarts([("رئيس", "الوزراء"), ("الوزير",), ("قال",)], proclitics=("و", "ل"))
    >>> starts.candidates("والوزير"), starts.candidates("لوزير"), starts.candidates("كتب")
    ((1,), (1,), ())
    """

    def __init__(self, phrases: Sequence[Sequence[str]], *, proclitics: Sequence[str] = ()) -> None:
        self._firsts = [tuple(dict.fromkeys((p[0], p[0][1:]) if p[0].startswith("ال") else (p[0],))) if p else ()
                        for p in phrases]
        self._cuts = sorted({len(p) for p in proclitics if p} | {0})
        self._by_first: dict[str, list[int]] = {}
        for k, firsts in enumerate(self._firsts):
            for first in firsts:
                self._by_first.setdefault(first, []).append(k)
        self._cache: dict[str, tuple[int, ...]] = {}

    def candidates(self, norm: str) -> tuple[int, ...]:
        found = self._cache.get(norm)
        if found is None:
            # the phrases one of whose first words is a prefix of one of the forms, in list order
            by_first = self._by_first
            hits = {k for cut in self._cuts for form in (norm[cut:],) for length in range(len(form) + 1)
                    for k in by_first.get(form[:length], ())}
            found = tuple(sorted(hits))
            self._cache[norm] = found
        return found


@lru_cache(maxsize=64)
def phrase_starts_ar(phrases: tuple[tuple[str, ...], ...], proclitics: tuple[str, ...] = ()) -> PhraseStarts:
    """Return one shared :class:`PhraseStarts` per fixed list of phrases (its answers then serve every text).

    >>> phrase_starts_ar((("قال",),), ("و",)) is phrase_starts_ar((("قال",),), ("و",))
    True
    """
    return PhraseStarts(phrases, proclitics=proclitics)
