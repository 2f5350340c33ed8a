"""The word sequence of a text at four levels: surface, normalized, lemma and root.

Every statistics helper (frequency, dispersion, concordance, collocations, keyness, diversity)
starts from a :class:`WordSequence`, built by :func:`word_sequence_ar` from one of:

* a text (``str``): its Arabic word tokens (:func:`helpers.text.tokenize.word_tokens_ar`), with offsets;
* a list of tokens (``["قال", "الرئيس", ...]``): used as given, without offsets;
* a morphology table (the DataFrame of ``analyze_morphology_ar``, columns
  :data:`helpers.morphology.base.MORPHOLOGY_COLUMNS`): its Arabic-word rows.

Levels:

==============  ===========================================================================
``surface``     the token as written (diacritics, tatweel and hamza spelling kept)
``normalized``  :func:`helpers.text.normalize.normalize_ar` of the token
``lemma``       the morphology table's ``lemma``; a word the backend left without a lemma
                counts under its normalized form
``root``        the morphology table's ``root``; words without a root (particles, most proper
                nouns, unanalysed words) have the empty item ``""``, which counts are told to skip
==============  ===========================================================================

Lemma and root need a morphology table: pass it as ``morphology=`` with a text (its rows are
matched to the text's word tokens by offsets) or as the source itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from helpers.text.clitics import match_clitics_ar
from helpers.text.load import TextInputError, check_text_ar
from helpers.text.normalize import is_arabic_word_ar, normalize_ar
from helpers.text.tokenize import tokenize_ar

__all__ = ["LEVELS", "WordSequence", "word_sequence_ar", "check_level", "find_word_ar", "query_form_ar"]

#: The levels at which words can be counted and searched.
LEVELS = ("surface", "normalized", "lemma", "root")

_MORPH_LEVELS = ("lemma", "root", "pos_coarse")


@dataclass(frozen=True)
class WordSequence:
    """The words of a text, one entry per word token, with each level's item.

    Attributes:
        tokens: the tokens as written.
        normalized: their normalized forms.
        starts, ends: character offsets into ``text`` (``None`` for a token list).
        text: the text the offsets point into (``None`` for a token list or a bare table).
        lemma, root, pos_coarse, proclitics, enclitics: from the morphology table, or ``None``.
        boundary_before: whether punctuation (or a line break) stands between a word and the
            previous one (always ``False`` for a token list).
    """

    tokens: tuple[str, ...]
    normalized: tuple[str, ...]
    starts: tuple[int, ...] | None = None
    ends: tuple[int, ...] | None = None
    text: str | None = None
    lemma: tuple[str, ...] | None = None
    root: tuple[str, ...] | None = None
    pos_coarse: tuple[str, ...] | None = None
    proclitics: tuple[str, ...] | None = None
    enclitics: tuple[str, ...] | None = None
    boundary_before: tuple[bool, ...] | None = None

    def __len__(self) -> int:
        return len(self.tokens)

    def items(self, level: str) -> tuple[str, ...]:
        """Return one item per word at ``level`` (``""`` where a word has no item).

        >>> word_sequence_ar("أمسِ الأربعاء").items("normalized")
        ('امس', 'الاربعاء')
        """
        check_level(level, extra=("pos_coarse",))
        if level == "surface":
            return self.tokens
        if level == "normalized":
            return self.normalized
        values = getattr(self, level)
        if values is None:
            raise ValueError(f"level {level!r} needs a morphology table: pass morphology=analyze_morphology_ar(text)")
        return values


def check_level(level: object, *, extra: tuple[str, ...] = ()) -> str:
    """Return ``level`` if it is one of :data:`LEVELS` (or ``extra``), else raise a one-line ``ValueError``.

    >>> check_level("stem")
    Traceback (most recent call last):
    ...
    ValueError: level must be one of 'surface', 'normalized', 'lemma', 'root', not 'stem'
    """
    allowed = (*LEVELS, *extra)
    if level not in allowed:
        raise ValueError(f"level must be one of {', '.join(repr(v) for v in allowed)}, not {level!r}")
    return level  # type: ignore[return-value]


def _normalized(tokens: Sequence[str]) -> tuple[str, ...]:
    cache: dict[str, str] = {}
    return tuple(cache[t] if t in cache else cache.setdefault(t, normalize_ar(t)) for t in tokens)


def _cell(value: object) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return str(value)


def _check_table(table: object) -> pd.DataFrame:
    if not isinstance(table, pd.DataFrame):
        raise TypeError(f"morphology must be a pandas DataFrame (from analyze_morphology_ar), not {type(table).__name__}")
    missing = [c for c in ("start", "end", "token") if c not in table.columns]
    if missing:
        raise ValueError(f"morphology table lacks column(s) {', '.join(missing)}")
    return table


# The columns of a morphology table that a word sequence reads.
_SEQUENCE_COLUMNS = ("start", "end", "token", *_MORPH_LEVELS, "proclitics", "enclitics")


def _records(table: pd.DataFrame) -> list[dict]:
    """``table.to_dict("records")`` for the columns a sequence reads, built column by column
    (several times faster on string columns)."""
    labels = [label for label in table.columns if label in _SEQUENCE_COLUMNS]
    return [dict(zip(labels, values)) for values in zip(*(table[label].tolist() for label in labels))]


def _morph_fields(rows: list[dict], normalized: Sequence[str]) -> dict[str, tuple[str, ...] | None]:
    fields: dict[str, tuple[str, ...] | None] = {}
    for name in (*_MORPH_LEVELS, "proclitics", "enclitics"):
        if rows and name not in rows[0]:
            fields[name] = None
            continue
        values = [_cell(r.get(name)) for r in rows]
        if name == "lemma":
            values = [v if v else n for v, n in zip(values, normalized)]
        fields[name] = tuple(values)
    return fields


def word_sequence_ar(source: str | Sequence[str] | pd.DataFrame, *, morphology: pd.DataFrame | None = None) -> WordSequence:
    """Build the :class:`WordSequence` of a text, a token list or a morphology table.

    Args:
        source: a text, a list of word tokens, or a morphology table.
        morphology: a morphology table for ``source`` (a text), giving the lemma and root levels.
            Its rows are matched to the text's word tokens by ``start``/``end``.

    Raises:
        TextInputError: if a text is empty or has no Arabic letter.
        TypeError, ValueError: one line, for a source of the wrong type, an empty token, or a
            morphology table that lacks columns or does not belong to the text.

    >>> seq = word_sequence_ar("قال: الأدارةُ «تنتصر»!")
    >>> seq.tokens, seq.starts, seq.boundary_before
    (('قال', 'الأدارةُ', 'تنتصر'), (0, 5, 15), (False, True, True))
    >>> word_sequence_ar(["في", "البيت"]).normalized
    ('في', 'البيت')
    """
    if isinstance(source, pd.DataFrame):
        if morphology is not None:
            raise ValueError("give the morphology table either as the source or as morphology=, not both")
        table = _check_table(source)
        rows = [r for r in _records(table) if is_arabic_word_ar(_cell(r["token"]))]
        tokens = tuple(_cell(r["token"]) for r in rows)
        normalized = _normalized(tokens)
        return WordSequence(tokens, normalized, tuple(int(r["start"]) for r in rows), tuple(int(r["end"]) for r in rows),
                            None, boundary_before=(False,) * len(tokens), **_morph_fields(rows, normalized))
    if isinstance(source, str):
        return _text_sequence(source) if morphology is None else _sequence_of_text(source, morphology)
    if isinstance(source, Sequence) and not isinstance(source, (bytes, bytearray)):
        if morphology is not None:
            raise ValueError("morphology= needs the text itself as the source (or pass the table as the source)")
        tokens = tuple(source)
        for i, t in enumerate(tokens):
            if not isinstance(t, str) or not t.strip():
                raise TypeError(f"token {i} must be a non-empty str, not {t!r}")
        return WordSequence(tokens, _normalized(tokens), boundary_before=(False,) * len(tokens))
    raise TextInputError(f"source must be a text (str), a list of tokens or a morphology table, not {type(source).__name__}")


# Several layers and figures count the words of the same text (frequency, keyness, the devices'
# words): the sequences of the last few texts are kept (a sequence is frozen: tuples only).
@lru_cache(maxsize=8)
def _text_sequence(text: str) -> WordSequence:
    return _sequence_of_text(text, None)


def _sequence_of_text(source: str, morphology: pd.DataFrame | None) -> WordSequence:
    check_text_ar(source)
    words, boundary = [], []
    gap = False
    for token in tokenize_ar(source):
        if token.kind != "arabic":
            gap = gap or token.kind == "punct"
            continue
        between = source[words[-1].end : token.start] if words else ""
        boundary.append(bool(words) and (gap or "\n" in between or "\r" in between))
        words.append(token)
        gap = False
    tokens = tuple(t.text for t in words)
    normalized = _normalized(tokens)
    starts, ends = tuple(t.start for t in words), tuple(t.end for t in words)
    fields: dict[str, tuple[str, ...] | None] = {}
    if morphology is not None:
        table = _check_table(morphology)
        by_offsets = {(int(r["start"]), int(r["end"])): r for r in _records(table)}
        rows = []
        for t in words:
            row = by_offsets.get((t.start, t.end))
            if row is None or _cell(row["token"]) != t.text:
                raise ValueError(f"morphology table has no row for {t.text!r} at {t.start}:{t.end}: was it made from this text?")
            rows.append(row)
        fields = _morph_fields(rows, normalized)
    return WordSequence(tokens, normalized, starts, ends, source, boundary_before=tuple(boundary), **fields)


def query_form_ar(query: str, level: str) -> str:
    """Return the form a query is compared in at ``level``.

    ``surface``: as given; ``normalized`` and ``lemma``: :func:`normalize_ar` (so diacritics in
    a lemma query are optional, and ignored); ``root``: normalized with spaces, dots, dashes and
    ``+`` removed (``"ح ر ب"``, ``"ح.ر.ب"`` and ``"حرب"`` are the same root).

    >>> query_form_ar("ح.ر.ب", "root"), query_form_ar("الإدارَة", "lemma")
    ('حرب', 'الاداره')
    """
    if not isinstance(query, str) or not query.strip():
        raise ValueError(f"query must be a non-empty str, not {query!r}")
    check_level(level, extra=("pos_coarse",))
    query = query.strip()
    if level in ("surface", "pos_coarse"):
        return query
    if level == "root":
        query = "".join(ch for ch in query if ch not in " .-+_\u200c")
    return normalize_ar(query)


def find_word_ar(seq: WordSequence, query: str, *, level: str = "normalized",
                 clitic_aware: bool = True) -> list[tuple[int, str, str]]:
    """Find the words of ``seq`` that match ``query`` at ``level``.

    ``surface`` and ``normalized`` compare tokens (clitic-aware, see :mod:`helpers.text.clitics`, unless
    ``clitic_aware=False``; at ``surface`` the query must then appear in the token as written);
    ``lemma`` and ``root`` compare the morphology table's values in :func:`query_form_ar` form,
    and ``pos_coarse`` the coarse tag; clitics are then the table's business.

    Returns:
        ``(word index, proclitics, enclitics)`` for every match, in text order.

    >>> seq = word_sequence_ar("وكاتيوشا الكاتيوشا كاتيوشات")
    >>> find_word_ar(seq, "كاتيوشا")
    [(0, 'و', ''), (1, 'ال', '')]
    >>> find_word_ar(seq, "كاتيوشا", clitic_aware=False)
    []
    """
    form = query_form_ar(query, level)
    found: list[tuple[int, str, str]] = []
    if level in ("lemma", "root", "pos_coarse"):
        values = seq.items(level)
        compare = (lambda v: v) if level == "pos_coarse" else (lambda v: normalize_ar(v) if v else "")
        cache: dict[str, str] = {}
        for i, value in enumerate(values):
            if value not in cache:
                cache[value] = compare(value)
            if cache[value] == form:
                found.append((i, "", ""))
        return found
    items = seq.items(level)
    raw = query.strip()
    for i, item in enumerate(items):
        if item == form:
            found.append((i, "", ""))
        elif clitic_aware:
            # Clitics are matched on the token as written, where teh marbuta is still distinct.
            hit = match_clitics_ar(seq.tokens[i], raw)
            if hit is not None and (level == "normalized" or form in item):
                found.append((i, *hit))
    return found
