"""KWIC concordance: every occurrence of a word with its context, as spans into the text.

A search matches one word token at a time, at one level (see :mod:`helpers.statistics.levels`):

* ``by="surface"``: the token as written; ``by="normalized"`` (default): after
  :func:`helpers.text.normalize.normalize_ar`, so ``الإدارة`` also finds ``الأدارة`` and ``الادارة``;
* ``by="lemma"`` / ``by="root"``: the morphology table's lemma or root (``morphology=`` needed).

With ``clitic_aware=True`` (default) a surface or normalized search also finds the word with
attached clitics: ``كاتيوشا`` finds ``وكاتيوشا`` and ``الكاتيوشا``, ``البلاد`` finds ``للبلاد``; it
does not find inflected forms (``كاتيوشات``) or longer words that merely contain the query
(``حربة``, ``محارب`` for ``حرب``). The rules are in :mod:`helpers.text.clitics`.

Each :class:`ConcordanceLine` is a span over the matched token (``text[line.start:line.end] ==
line.text``). ``left`` is the context *before* the keyword in reading order and ``right`` the
context after it (shown on the right and on the left of the keyword when an Arabic line is
displayed right to left, as :func:`helpers.display.kwic.kwic_html` does). Line breaks and runs of
whitespace in the contexts are shown as one space.

>>> lines = concordance_ar("لا صواريخ ولا كاتيوشا. جاءت الكاتيوشا ليلاً", "كاتيوشا", window=2)
>>> [(l.left, l.keyword, l.right) for l in lines]
[('صواريخ ولا', 'كاتيوشا', '. جاءت الكاتيوشا'), ('كاتيوشا. جاءت', 'الكاتيوشا', 'ليلاً')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

import pandas as pd

from helpers.statistics.levels import check_level, find_word_ar, word_sequence_ar
from helpers.text.load import TextInputError
from helpers.text.spans import Span, spans_to_frame

__all__ = ["ConcordanceLine", "concordance_ar", "concordance_frame"]

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class ConcordanceLine(Span):
    """One concordance line: a span over the matched token (label ``"kwic"``).

    Attributes:
        left: the context before the keyword (reading order), whitespace collapsed.
        keyword: the matched token as written (the same as ``text``).
        right: the context after the keyword, whitespace collapsed.
        token_index: the keyword's position among the text's word tokens (0-based).
        match_level: the level searched (``"surface"``, ``"normalized"``, ``"lemma"``, ``"root"``).
        proclitics, enclitics: the clitics found around the query (normalized spelling; ``""``
            for an exact match or for lemma and root searches).
    """

    left: str
    keyword: str
    right: str
    token_index: int
    match_level: str
    proclitics: str = ""
    enclitics: str = ""


def _clean(s: str) -> str:
    return _SPACE.sub(" ", s).strip()


def concordance_ar(
    text: str,
    query: str,
    *,
    by: Literal["surface", "normalized", "lemma", "root"] = "normalized",
    window: int = 6,
    chars: int | None = None,
    clitic_aware: bool = True,
    morphology: pd.DataFrame | None = None,
) -> list[ConcordanceLine]:
    """Find every occurrence of ``query`` in ``text`` and cut its context.

    Args:
        text: the text, exactly as loaded.
        query: a word (for ``by="root"``: a root, letters optionally separated, ``"ح ر ب"``).
        by: the level to match at.
        window: context size in word tokens on each side (punctuation in between is kept).
        chars: if given, context size in characters on each side instead of ``window``.
        clitic_aware: at surface and normalized level, also match the word with clitics.
        morphology: the text's morphology table (needed for lemma and root).

    Returns:
        Lines in text order.

    Raises:
        TextInputError: if the text is empty, not a string or has no Arabic letter.
        ValueError: one line, for an empty query, a bad level or window, or a missing morphology table.

    >>> text = "قال الحربي إن الحرب انتهت، وحربنا طويلة. رمى حربةً"
    >>> [(l.start, l.keyword, l.proclitics, l.enclitics) for l in concordance_ar(text, "حرب", window=1)]
    [(14, 'الحرب', 'ال', ''), (27, 'وحربنا', 'و', 'نا')]
    """
    if not isinstance(text, str):
        raise TextInputError(f"text must be a str, not {type(text).__name__}")
    check_level(by)
    if isinstance(window, bool) or not isinstance(window, int) or window < 0:
        raise ValueError(f"window must be a non-negative int (word tokens), not {window!r}")
    if chars is not None and (isinstance(chars, bool) or not isinstance(chars, int) or chars < 0):
        raise ValueError(f"chars must be a non-negative int or None, not {chars!r}")
    seq = word_sequence_ar(text, morphology=morphology)
    starts, ends = seq.starts, seq.ends
    lines = []
    for index, pro, enc in find_word_ar(seq, query, level=by, clitic_aware=clitic_aware):
        start, end = starts[index], ends[index]
        if chars is not None:
            left, right = text[max(0, start - chars) : start], text[end : end + chars]
        else:
            first = starts[max(0, index - window)] if window else start
            last = ends[min(len(seq) - 1, index + window)] if window else end
            left, right = text[first:start], text[end:last]
        lines.append(ConcordanceLine(start, end, text[start:end], "kwic", _clean(left), text[start:end],
                                     _clean(right), index, by, pro, enc))
    return lines


def concordance_frame(lines: list[ConcordanceLine]) -> pd.DataFrame:
    """Return concordance lines as a DataFrame, one row per line, in text order.

    Columns: ``start``, ``end``, ``text``, ``label``, ``left``, ``keyword``, ``right``,
    ``token_index``, ``match_level``, ``proclitics``, ``enclitics``.

    >>> concordance_frame(concordance_ar("في البيت والبيت", "البيت", window=1))[["start", "left", "keyword", "right"]]
       start left keyword   right
    0      3   في   البيت   والبيت
    1      9  البيت  والبيت
    """
    columns = ["start", "end", "text", "label", "left", "keyword", "right", "token_index", "match_level",
               "proclitics", "enclitics"]
    for line in lines:
        if not isinstance(line, ConcordanceLine):
            raise TypeError(f"lines must be ConcordanceLine objects, not {type(line).__name__}")
    frame = spans_to_frame(lines)
    return frame.reindex(columns=columns)
