"""The tokens the named-entity patterns read: forms, proclitic readings and word signals.

:func:`entity_words_ar` keeps every token of :func:`helpers.text.tokenize.tokenize_ar` (words,
numbers, punctuation) with:

* ``norm``: the token normalized with every step of :func:`helpers.text.normalize.normalize_ar`,
  the form gazetteers are compared by;
* ``readings``: the token as it stands and without the proclitics Arabic writes on a name: a
  conjunction و/ف, then a preposition ب/ل/ك, each leaving at least two letters. After ل the
  article loses its alef (``للبنان`` is ل + لبنان, ``للحزب`` is ل + الحزب), so a token that starts
  with لل is read both ways. Each reading records where its stem starts in the text, so spans
  leave the proclitic out and keep the article (``للحزب`` → ``لحزب``, ``بالبرلمان`` → ``البرلمان``);
* signals for names: whether the token is a function word (the kit's stopword list, read in
  plain spelling so that the name علي is not the preposition على), its Zipf frequency in
  general Arabic (``wordfreq``), and, when a morphology table is given, its coarse part of
  speech and whether the analyser knows it at all.

The tokenizer keeps a hyphenated word (``جان-ايف``) and numbers joined by a dash or slash
(``2016-2020``) as one token. A name's parts and each year of a span are entities of their own,
so here such a token is cut at its hyphens and slashes (``جان``, ``-``, ``ايف``); times, decimals
and dates in figures (``12:30``, ``3.5``, ``12/04/2017``) stay whole. Digits the source writes
onto letters, which the tokenizer cuts apart (a year onto its month ``مارس2017``, a day onto its
month ``14أفريل``, a day onto أو ``أو10``), are read as if a space stood between.

The morphology table is optional and read defensively: only ``start``, ``pos_coarse`` and
``analyzed`` (or ``n_analyses``) are used, and a table without them counts as none, so the layer
works with the embedded analyser, with CAMeL's, with a future one, or without morphology.

>>> [(w.text, [r.stem for r in w.readings]) for w in entity_words_ar("وللنادي بتونس", morphology=False)]
[('وللنادي', ['وللنادي', 'للنادي', 'لنادي', 'النادي']), ('بتونس', ['بتونس', 'تونس'])]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd
import wordfreq

from helpers.entities.gazetteers import BORROWED_LETTERS_AR
from helpers.text.load import check_text_ar
from helpers.text.normalize import normalize_ar, normalize_with_offsets_ar
from helpers.text.stopwords import stopwords_frame_ar
from helpers.text.tokenize import Token, token_kind_ar, tokenize_ar

__all__ = ["Reading", "EntityWord", "entity_words_ar", "entity_words_from_signals_ar", "morphology_signals_ar", "resolve_morphology_ar", "zipf_ar", "is_function_word_ar",
           "plain_ar"]

_CONJUNCTIONS = ("و", "ف")
_PREPOSITIONS = ("ب", "ل", "ك")


@dataclass(frozen=True)
class Reading:
    """One way to read a token: its stem after ``proclitic``; the stem starts at ``start`` in the text.

    ``stem`` is normalized (what gazetteers are compared by), ``plain`` keeps the letters as
    written (what word frequencies are looked up by).
    """

    start: int
    stem: str
    proclitic: str
    plain: str = ""

    @property
    def zipf(self) -> float:
        """Zipf frequency of the stem in general Arabic (as written, or normalized if higher)."""
        return max(zipf_ar(self.plain), zipf_ar(self.stem)) if self.plain else zipf_ar(self.stem)


@dataclass(frozen=True)
class EntityWord:
    """A token with what the entity patterns need (see the module docstring).

    Attributes:
        index: position among the tokens; start, end, text: the token in the original text.
        kind: the token kind of :func:`helpers.text.tokenize.token_kind_ar` (``arabic``,
            ``latin``, ``number``, ``punct``, ``symbol``, ``mixed``).
        norm: the normalized form (``""`` for punctuation and symbols).
        plain: the token without diacritics and tatweel, letters as written.
        readings: the token without proclitics, the unstripped reading first.
        space_before: whether whitespace within a line separates it from the previous token (a
            name or date never runs across a line break).
        pos: the morphology table's coarse part of speech, or ``""``.
        known: whether the analyser knows the word; ``None`` without morphology.
        clitic: whether the morphology table reads a conjunction or preposition on the word
            (و ف ب ل ك; the article alone does not count).
        suffix: whether an attached pronoun ends the word (وزرائه, حكومتنا): read from the
            morphology table, or without one from the form (ه ها هم هما نا after a commoner stem).
    """

    index: int
    start: int
    end: int
    text: str
    kind: str
    norm: str
    plain: str
    readings: tuple[Reading, ...]
    space_before: bool
    pos: str
    known: bool | None
    clitic: bool = False
    suffix: bool = False

    @property
    def zipf(self) -> float:
        """Zipf frequency in general Arabic of the word as written (or normalized, if higher)."""
        return max(zipf_ar(self.plain), zipf_ar(self.norm)) if self.norm else 0.0

    @property
    def stem(self) -> str:
        """The normalized form without و/ف (the conjunction only)."""
        for r in self.readings:
            if r.proclitic in _CONJUNCTIONS:
                return r.stem
        return self.norm

    def reading(self, proclitic: str) -> Reading | None:
        """The reading that strips exactly ``proclitic`` (``""``: the token as it stands)."""
        return next((r for r in self.readings if r.proclitic == proclitic), None)


@lru_cache(maxsize=65536)
def zipf_ar(word: str) -> float:
    """Zipf frequency of a word in general Arabic (``wordfreq``; 0.0 if unknown).

    >>> zipf_ar("الحكومة") > 4.5 > zipf_ar("الطاهري")
    True
    """
    return wordfreq.zipf_frequency(word, "ar")


def plain_ar(text: str) -> str:
    """Text as written without diacritics, tatweel or doubled spaces (a name's canonical form).

    >>> plain_ar("بَشّار  الأسد")
    'بشار الأسد'
    """
    return " ".join(normalize_ar(text, alef=False, alef_maksura=False, teh_marbuta=False).split())


def _plain(word: str) -> str:
    return normalize_ar(word, alef_maksura=False, teh_marbuta=False)


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    return frozenset(_plain(w) for w in stopwords_frame_ar()["word"])


@lru_cache(maxsize=65536)
def is_function_word_ar(word: str) -> bool:
    """Whether a word is a function word of the kit's list, with or without a leading و/ف.

    Compared in plain spelling (alef forms folded, ى and ة kept), so that the given name علي is
    not the preposition على. A final ى written for ي, as Egyptian spelling does (فى, التى,
    الذى), is read as ي when that gives a function word.

    >>> [is_function_word_ar(w) for w in ["على", "علي", "وهو", "الذي", "التى", "تونس"]]
    [True, False, True, True, True, False]
    """
    plain = _plain(word)
    stops = _function_words()
    forms = (plain, plain[:-1] + "ي") if plain.endswith("ى") else (plain,)
    return any(p in stops or (p[:1] in _CONJUNCTIONS and len(p) > 2 and p[1:] in stops) for p in forms)


@lru_cache(maxsize=65536)
def _readings_of(token: str) -> tuple[tuple[int, str, str, str], ...]:
    """(offset in the token, stem, proclitic, plain stem) for every proclitic reading of ``token``."""
    norm, offsets = normalize_with_offsets_ar(token)
    if not norm:
        return ()
    norm = norm.translate(BORROWED_LETTERS_AR)  # as key_ar: بنڨردان is looked up as بنقردان
    plain = _plain_letters(token)
    if len(plain) != len(norm):
        plain = norm
    out = [(0, norm, "", plain)]
    for conj in ("", *_CONJUNCTIONS):
        if not norm.startswith(conj):
            continue
        rest = norm[len(conj):]
        if conj and len(rest) >= 2:
            out.append((offsets[len(conj)], rest, conj, plain[len(conj):]))
        for prep in _PREPOSITIONS:
            if rest.startswith(prep) and len(rest) - 1 >= 2:
                cut = len(conj) + 1
                out.append((offsets[cut], rest[1:], conj + prep, plain[cut:]))
                if prep == "ل" and rest.startswith("لل") and len(rest) >= 4:  # ل + ال: للحزب → لحزب
                    out.append((offsets[cut], "ا" + rest[1:], conj + prep, "ا" + plain[cut:]))
    return tuple(out)


def _plain_letters(token: str) -> str:
    return normalize_ar(token, alef=False, alef_maksura=False, teh_marbuta=False)


def resolve_morphology_ar(text: str, morphology: pd.DataFrame | bool | None) -> pd.DataFrame | None:
    """The morphology table to read: the one given, a fresh one (``None``), or none (``False``).

    ``None`` runs :func:`helpers.morphology.analyze_morphology_ar` with the embedded analyser and
    goes on without morphology if it cannot run here.
    """
    if morphology is False:
        return None
    if isinstance(morphology, pd.DataFrame):
        return morphology
    if morphology is not None and morphology is not True:
        raise ValueError(f"morphology must be a DataFrame, None or False, not {type(morphology).__name__}")
    from helpers.morphology import BackendUnavailable, analyze_morphology_ar

    try:
        return analyze_morphology_ar(text, backend="farahidi", progress=False)
    except BackendUnavailable:
        return None


def _signals(table: pd.DataFrame | None) -> dict[int, tuple[str, bool | None, bool, bool | None]]:
    """Token start -> (coarse POS, known, clitic, suffix) from a morphology table, read defensively."""
    if table is None or "start" not in table.columns or table.empty:
        return {}
    pos = table["pos_coarse"].astype(str) if "pos_coarse" in table.columns else None
    clitics = table["proclitics"].astype(str) if "proclitics" in table.columns else None
    enclitics = table["enclitics"].astype(str) if "enclitics" in table.columns else None
    if "analyzed" in table.columns:
        known = table["analyzed"].astype(bool)
    elif "n_analyses" in table.columns:
        known = table["n_analyses"].fillna(0).astype(int) > 0
    else:
        known = None
    starts = table["start"].tolist()
    none = [None] * len(starts)
    pos_list = pos.tolist() if pos is not None else none
    clitic_list = clitics.tolist() if clitics is not None else none
    enclitic_list = enclitics.tolist() if enclitics is not None else none
    known_list = known.tolist() if known is not None else none
    out: dict[int, tuple[str, bool | None, bool, bool | None]] = {}
    for start, p, proclitic, enclitic, k in zip(starts, pos_list, clitic_list, enclitic_list, known_list):
        if int(start) in out:
            continue
        p = p if pos is not None else ""
        pieces = set(proclitic.split("+")) if clitics is not None else set()
        suffix = bool(set(enclitic.split("+")) & _NAME_BREAKING_ENCLITICS) if enclitics is not None else None
        out[int(start)] = ("" if p in ("nan", "None") else p, bool(k) if known is not None else None,
                           bool(pieces & _CLITIC_LETTERS), suffix)
    return out


_PRONOUNS = ("هما", "هم", "ها", "ه", "نا")


@lru_cache(maxsize=65536)
def _looks_suffixed(plain: str) -> bool:
    """Whether a word reads as a commoner stem + an attached pronoun (وزرائه → وزراء, حكومتها → حكومة)."""
    for suffix in _PRONOUNS:
        if plain.endswith(suffix) and len(plain) - len(suffix) >= 3:
            stem = plain[: -len(suffix)]
            stems = [stem]
            if stem.endswith("ت"):
                stems.append(stem[:-1] + "ة")  # حكومتها → حكومة
            if stem.endswith(("ئ", "ؤ")):
                stems.append(stem[:-1] + "ء")  # وزرائه → وزراء
            if max(zipf_ar(s) for s in stems) >= max(zipf_ar(plain) + 0.5, 3.5):
                return True
    return False


_CLITIC_LETTERS = {"و", "ف", "ب", "ل", "ك", "وَ", "فَ", "بِ", "لِ", "كَ", "لَ"}
# Attached pronouns that end a name; not ي, which in news prose is mostly the nisba (طاهري, not طاهر + "my").
_NAME_BREAKING_ENCLITICS = {"ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "نا"}


_YEAR_SPAN = re.compile(r"\d{4}[-/]\d{4}")


def _entity_tokens(text: str) -> list[Token]:
    """The tokens of ``text`` with hyphenated words and spans of years cut (see the module docstring)."""
    tokens: list[Token] = []
    for t in tokenize_ar(text):
        if (t.kind in ("arabic", "mixed") and ("-" in t.text or "/" in t.text)) or _YEAR_SPAN.fullmatch(t.text):
            for m in re.finditer(r"[^-/]+|[-/]", t.text):
                tokens.append(Token(t.start + m.start(), t.start + m.end(), m.group(), t.label, token_kind_ar(m.group())))
        else:
            tokens.append(t)
    return tokens


def entity_words_ar(text: str, *, morphology: pd.DataFrame | bool | None = False) -> list[EntityWord]:
    """Return every token of ``text`` as an :class:`EntityWord` (see the module docstring).

    Args:
        text: the text, exactly as loaded.
        morphology: a morphology table of ``text`` (columns as from
            :func:`helpers.morphology.analyze_morphology_ar`), ``None`` to compute one, or
            ``False`` (the default here) for none.

    Raises:
        TextInputError: if the text is empty or has no Arabic letter.

    >>> [(w.text, w.kind, w.space_before) for w in entity_words_ar("جان-ايف (2016)")]
    [('جان', 'arabic', True), ('-', 'punct', False), ('ايف', 'arabic', False), ('(', 'punct', True), ('2016', 'number', False), (')', 'punct', False)]
    """
    check_text_ar(text)
    return list(entity_words_from_signals_ar(text, morphology_signals_ar(text, morphology)))


def morphology_signals_ar(text: str, morphology: pd.DataFrame | bool | None) -> tuple[tuple[int, tuple], ...]:
    """What :func:`entity_words_ar` reads from a morphology table, as a hashable value.

    Pairs of (token start, (coarse POS, known, clitic, suffix)), in table order; ``()`` without a
    table. Two tables with the same signals give the same words.
    """
    return tuple(_signals(resolve_morphology_ar(text, morphology)).items())


# Several layers read the words of the same text (the entities, then the actors of the devices):
# the words of the last few texts are kept (words are frozen; every caller gets its own list).
@lru_cache(maxsize=8)
def entity_words_from_signals_ar(text: str, signals: tuple[tuple[int, tuple], ...]) -> tuple[EntityWord, ...]:
    """The words of ``text`` given its :func:`morphology_signals_ar` (kept for the last few texts)."""
    by_start = dict(signals)
    words: list[EntityWord] = []
    for t, readings, norm, plain, space_before in _token_forms(text):
        pos, known, clitic, suffix = by_start.get(t.start, ("", None if not by_start else True, False, None))
        words.append(EntityWord(len(words), t.start, t.end, t.text, t.kind, norm, plain, readings, space_before, pos, known, clitic,
                                bool(suffix) if suffix is not None and known else t.kind == "arabic" and _looks_suffixed(plain)))
    return tuple(words)


@lru_cache(maxsize=8)
def _token_forms(text: str) -> tuple[tuple[Token, tuple[Reading, ...], str, str, bool], ...]:
    """(token, readings, norm, plain, space before) per token: what does not depend on morphology."""
    check_text_ar(text)
    out = []
    previous_end = None
    previous = None
    for t in _entity_tokens(text):
        readings = tuple(Reading(t.start + offset, stem, proclitic, plain) for offset, stem, proclitic, plain
                         in _readings_of(t.text)) if t.kind in ("arabic", "mixed") else ()
        norm = readings[0].stem if readings else (t.text if t.kind in ("number", "latin") else "")
        gap = text[previous_end : t.start] if previous_end is not None else ""
        plain = readings[0].plain if readings else norm
        # digits written onto letters, cut apart by the tokenizer (مارس2017, 14أفريل, أو10): as if spaced
        cut = not gap and previous is not None and (previous.text[-1].isdigit() != t.text[0].isdigit()) \
            and all(c.isdigit() or c.isalpha() or c == "\u0640" for c in (previous.text[-1], t.text[0]))
        out.append((t, readings, norm, plain, previous_end is None or cut
                    or bool(gap.strip() == "" and gap and "\n" not in gap)))
        previous_end = t.end
        previous = t
    return tuple(out)


def phrase_at(words: Sequence[EntityWord], i: int, phrase: Sequence[str], *, proclitic: str = "") -> int | None:
    """Index after ``phrase`` (normalized words) matched at word ``i`` with ``proclitic`` stripped, or ``None``.

    Later words must follow with only whitespace between them and match as they stand.
    """
    first = words[i].reading(proclitic)
    if first is None or first.stem != phrase[0]:
        return None
    j = i + 1
    for target in phrase[1:]:
        if j >= len(words) or not words[j].space_before or words[j].norm != target:
            return None
        j += 1
    return j
