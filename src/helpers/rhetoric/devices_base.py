"""What every device detector shares: the :class:`Device` record and the words of a text.

A detector reads a text as a list of :class:`Word` records (one per Arabic word token) that know
their sentence, clause and paragraph, a light stem, a comparison key and, when a morphology table
is given, their lemma, root and coarse part of speech. Detectors return :class:`Device` spans.

Words without a morphology table (the documented fallback):

* ``stem``: the normalized word (:func:`helpers.text.normalize.normalize_ar`) without its proclitics:
  a conjunction ``و`` (not when the word is one of :data:`WAW_INITIAL_AR`, words whose first
  letter is a radical ``و``: وطني, وجود, وزير ...), a ``ف`` only before the article, then
  ``ب``/``ل``/``ك`` + article, ``لل`` or the article ``ال``. Enclitic pronouns stay attached.
* ``key`` (used to compare words): the ``stem``, with a final tanwin alef (``رسمياً``) dropped.
* ``content``: not a function word (:func:`helpers.text.stopwords.is_stopword_ar`), not a number.

With a morphology table (columns of :data:`helpers.morphology.base.MORPHOLOGY_COLUMNS`), ``key``
is the normalized lemma, ``root`` the root, and a word whose ``pos_coarse`` is a closed class
(:data:`FUNCTION_POS`) is not a content word either.
"""

from __future__ import annotations

import bisect
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

import pandas as pd

from helpers.text.clitics import split_clitic_string_ar
from helpers.statistics.levels import word_sequence_ar
from helpers.text.load import check_text_ar
from helpers.text.normalize import normalize_ar
from helpers.text.sentences import split_sentences_ar
from helpers.text.spans import Span
from helpers.text.stopwords import is_stopword_ar

__all__ = [
    "Device",
    "DEVICE_TYPES",
    "GOLD_ONLY_DEVICES",
    "TERMS_AR",
    "Word",
    "FUNCTION_POS",
    "NEGATORS",
    "WAW_INITIAL_AR",
    "text_words_ar",
    "resolve_morphology_ar",
    "light_stem_ar",
    "shared_words",
    "shared_build",
]

T = TypeVar("T")

#: The devices the detectors find, with their default Arabic (balagha) term.
TERMS_AR: dict[str, str] = {
    "repetition": "تكرار",
    "anaphora": "تكرار استهلالي",
    "triad": "تعداد ثلاثي",
    "list": "تعداد",
    "antithesis": "طباق",
    "jinas_ishtiqaq": "جناس اشتقاق",
    "saj": "سجع",
    "scare_quotes": "تنصيص تشكيكي",
    "exclamation": "تعجب",
    "rhetorical_question": "استفهام بلاغي",
    "metaphor_candidate": "استعارة (مرشحة)",
    "us_them": "استقطاب: نحن وهم",
    # Devices the gold annotation records but no detector looks for.
    "kinaya": "كناية",
    "majaz_mursal": "مجاز مرسل",
    "hyperbole": "مبالغة",
    "itnab": "إطناب",
    "euphemism": "تلطيف",
    "allusion": "تعريض",
}

#: Device ids the detectors can return, in the order :func:`find_devices_ar` runs them.
DEVICE_TYPES: tuple[str, ...] = (
    "repetition", "anaphora", "triad", "list", "antithesis", "jinas_ishtiqaq", "saj",
    "scare_quotes", "exclamation", "rhetorical_question", "metaphor_candidate", "us_them",
)
#: Device ids allowed in a gold annotation only (figures no detector here can find).
GOLD_ONLY_DEVICES: tuple[str, ...] = ("kinaya", "majaz_mursal", "hyperbole", "itnab", "euphemism", "allusion")

#: Negators (normalized): negation antithesis, and the polarity flip of an evaluation.
NEGATORS = frozenset("لا لم لن ليس ليست ما غير دون بدون بلا عدم".split())

#: Coarse parts of speech that never make a content word.
FUNCTION_POS = frozenset({"ADP", "CCONJ", "SCONJ", "PART", "PRON", "NUM"})

#: Common words whose first letter is a radical و, not the conjunction (normalized spelling).
#: Used only without a morphology table, so that وطني is not read as و + طني.
WAW_INITIAL_AR: frozenset[str] = frozenset(
    """وطن وطني وطنيه وجود وضع وزير وزراء وزاره ولايه ولايات وسيله وسائل وقت واقع وحده وصول وفق
    وكاله وثيقه وثائق وجه وجهه وراء وقف وعد واضح واضحه واسع واسعه ورقه ولاء وفد وفاه وسط وظيفه
    واجب وزن وارد وحيد ولد وعي وكيل وقود وديعه وقائع واقعي واقعيه وضعيه وفاق ولي وليد ودي ودائع
    وجهات وزاري وزاريه وسطي وزن واردات وفود وكلاء وصف وقع وقوع""".split()
)


@dataclass(frozen=True)
class Device(Span):
    """A rhetorical device found in a text.

    Attributes:
        device: the device id (one of :data:`DEVICE_TYPES`, or :data:`GOLD_ONLY_DEVICES` in a
            gold annotation); ``label`` is always the same id.
        term_ar: the Arabic (balagha) term, e.g. ``طباق`` or ``مقابلة``.
        explanation: one line of English saying what was found and why it counts.
        parts: offsets ``(start, end)`` of the pieces involved (both words of an antithesis, each
            item of a triad), in text order.
        target: offsets ``(start, end)`` of what the device is about, when it is about something:
            the abstract noun a metaphor candidate's image is applied to, the actor of an us/them
            device; ``None`` for devices made of their parts alone (repetition, antithesis ...).

    >>> d = Device(0, 11, "الحرب والسلم", "antithesis", "antithesis", "طباق", "war vs peace", ((0, 5), (7, 11)))
    Traceback (most recent call last):
    ...
    ValueError: text length 12 does not match offsets 0:11
    >>> d = Device(0, 12, "الحرب والسلم", "antithesis", "antithesis", "طباق", "war vs peace", ((0, 5), (8, 12)))
    >>> d.label, d.parts
    ('antithesis', ((0, 5), (8, 12)))
    """

    device: str
    term_ar: str
    explanation: str
    parts: tuple[tuple[int, int], ...] = ()
    target: tuple[int, int] | None = None

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.label != self.device:
            raise ValueError(f"a Device's label must be its device id: {self.label!r} != {self.device!r}")
        if self.device not in TERMS_AR:
            raise ValueError(f"unknown device {self.device!r}; use one of {', '.join(TERMS_AR)}")
        if "\n" in self.explanation:
            raise ValueError("a Device's explanation is one line")
        for s, e in self.parts:
            if not self.start <= s <= e <= self.end:
                raise ValueError(f"part {s}:{e} lies outside the device {self.start}:{self.end}")
        if self.target is not None and not self.start <= self.target[0] < self.target[1] <= self.end:
            raise ValueError(f"target {self.target[0]}:{self.target[1]} lies outside the device {self.start}:{self.end}")


def make_device(text: str, device: str, parts: list[tuple[int, int]], explanation: str, *, term_ar: str | None = None,
                start: int | None = None, end: int | None = None, target: tuple[int, int] | None = None) -> Device:
    """Build a :class:`Device` whose span runs from its first part to its last (or ``start``/``end``)."""
    ordered = tuple(sorted(set(parts)))
    s = min(p[0] for p in ordered) if start is None else start
    e = max(p[1] for p in ordered) if end is None else end
    return Device(s, e, text[s:e], device, device, term_ar or TERMS_AR[device], explanation, ordered, target)


@dataclass(frozen=True)
class Word:
    """One Arabic word token of a text, with what the detectors compare.

    Attributes:
        index: position among the text's words.
        start, end, text: offsets and the token as written.
        normalized: :func:`normalize_ar` of the token.
        stem: the normalized word without proclitics (see the module docstring).
        key: what repetition compares (lemma with a morphology table, else the stem).
        root: the root from the morphology table ("" without one, or for particles and names).
        pos: coarse part of speech from the morphology table ("" without one).
        conjunction: whether the word carries the conjunction و (or is it).
        content: whether it is a content word.
        sentence, clause, paragraph: indexes of its sentence, clause and block.
    """

    index: int
    start: int
    end: int
    text: str
    normalized: str
    stem: str
    key: str
    root: str
    pos: str
    conjunction: bool
    content: bool
    sentence: int
    clause: int
    paragraph: int


@lru_cache(maxsize=65536)
def light_stem_ar(word: str) -> tuple[str, bool]:
    """Return ``(stem, has_conjunction)`` of one word, by the rules of the module docstring.

    >>> light_stem_ar("وبالحوار"), light_stem_ar("وطني"), light_stem_ar("للبلاد"), light_stem_ar("فنية")
    (('حوار', True), ('وطني', False), ('بلاد', False), ('فنيه', False))
    """
    form = normalize_ar(word)
    conj = False
    if form == "و":
        return form, True
    if form.startswith("و") and (len(form) >= 4 or is_stopword_ar(form[1:], strip_conjunction=False)) and form not in WAW_INITIAL_AR:
        form, conj = form[1:], True
    elif form.startswith(("فال", "فلل")) or (form.startswith("ف") and is_stopword_ar(form[1:], strip_conjunction=False)):
        form = form[1:]
    if form.startswith("لل") and len(form) >= 4:
        form = form[2:]
    elif form[:1] in ("ب", "ل", "ك") and form[1:3] == "ال" and len(form) >= 5:
        form = form[3:]
    elif form.startswith("ال") and len(form) >= 4:
        form = form[2:]
    return form, conj


@lru_cache(maxsize=65536)
def _norm(word: str) -> str:
    return normalize_ar(word)


@lru_cache(maxsize=65536)
def _stopword(word: str) -> bool:
    return is_stopword_ar(word)


# While :func:`shared_words` is active, :func:`text_words_ar` keeps the words it built per
# (text, morphology table) so that the detectors run by one call do not rebuild them.
_SHARED_WORDS: ContextVar[dict | None] = ContextVar("_SHARED_WORDS", default=None)


@contextmanager
def shared_words() -> Iterator[None]:
    """Within this block, :func:`text_words_ar` builds the words of a text and table only once.

    The table is recognised by identity, so it must not be changed inside the block.
    """
    token = _SHARED_WORDS.set({})
    try:
        yield
    finally:
        _SHARED_WORDS.reset(token)


def shared_build(kind: str, text: str, table: object, build: Callable[[], T]) -> T:
    """Within :func:`shared_words`, return what ``build`` made for the same ``kind``, text and
    table (by identity) earlier in the block; outside it, just call ``build``."""
    shared = _SHARED_WORDS.get()
    if shared is None:
        return build()
    key = (kind, text, id(table))
    kept = shared.get(key)
    if kept is not None and kept[0] is table:
        return kept[1]
    value = build()
    shared[key] = (table, value)
    return value


def _key(stem: str) -> str:
    return stem[:-1] if len(stem) > 3 and stem.endswith("ا") else stem


def resolve_morphology_ar(text: str, morphology: pd.DataFrame | bool | None) -> pd.DataFrame | None:
    """Return the morphology table to use, or ``None``.

    ``None`` means "use ``helpers.morphology.analyze_morphology_ar`` if it can be imported and
    run"; ``False`` means "no morphology"; a DataFrame is used as given.
    """
    if morphology is None:
        try:
            from helpers.morphology import analyze_morphology_ar  # type: ignore[attr-defined]
        except ImportError:
            return None
        try:
            return analyze_morphology_ar(text)
        except Exception as err:  # noqa: BLE001 - any backend failure means "no morphology"
            warnings.warn(f"morphology unavailable, root-based detectors skipped: {str(err).splitlines()[0] if str(err) else type(err).__name__}",
                          stacklevel=3)
            return None
    if morphology is False:
        return None
    if morphology is True:
        raise ValueError("morphology must be a table, None (automatic) or False, not True")
    if not isinstance(morphology, pd.DataFrame):
        raise TypeError(f"morphology must be a pandas DataFrame (from analyze_morphology_ar), None or False, not {type(morphology).__name__}")
    return morphology


def text_words_ar(text: str, *, morphology: pd.DataFrame | None = None) -> list[Word]:
    """Return the Arabic words of ``text`` as :class:`Word` records.

    Raises:
        TextInputError: if the text is empty or has no Arabic letter.
        ValueError: if the morphology table does not belong to the text.

    >>> [(w.text, w.stem, w.conjunction, w.content, w.clause) for w in text_words_ar("في الحرب، والسلم")]
    [('في', 'في', False, False, 0), ('الحرب', 'حرب', False, True, 0), ('والسلم', 'سلم', True, True, 1)]
    """
    check_text_ar(text)
    shared = _SHARED_WORDS.get()
    if shared is not None:
        kept = shared.get((text, id(morphology)))
        if kept is not None and kept[0] is morphology:
            return list(kept[1])
    words = _build_words(text, morphology)
    if shared is not None:
        shared[(text, id(morphology))] = (morphology, words)
        return list(words)
    return words


def _build_words(text: str, morphology: pd.DataFrame | None) -> list[Word]:
    seq = word_sequence_ar(text, morphology=morphology)
    clauses = split_sentences_ar(text, level="clause")
    sentences = split_sentences_ar(text)
    clause_starts = [c.start for c in clauses]
    sentence_starts = [s.start for s in sentences]
    words: list[Word] = []
    for i, (tok, norm, s, e) in enumerate(zip(seq.tokens, seq.normalized, seq.starts, seq.ends)):
        ci = max(bisect.bisect_right(clause_starts, s) - 1, 0)
        si = max(bisect.bisect_right(sentence_starts, s) - 1, 0)
        stem, conj = light_stem_ar(tok)
        key = _key(stem)
        root = pos = ""
        if seq.lemma is not None:
            lemma = _norm(seq.lemma[i]) if seq.lemma[i] else ""
            key = _key(light_stem_ar(lemma)[0]) if lemma else key
            root = _norm(seq.root[i]) if seq.root is not None else ""
            pos = seq.pos_coarse[i] if seq.pos_coarse is not None else ""
            if seq.proclitics is not None:
                conj = split_clitic_string_ar(seq.proclitics[i])[:1] == ["و"] or norm == "و"
        content = (not _stopword(tok) and not _stopword(stem) and pos not in FUNCTION_POS
                   and len(stem) >= 2 and not stem.isdigit())
        words.append(Word(i, s, e, tok, norm, stem, key, root, pos, conj, content, si, ci, clauses[ci].paragraph))
    return words
