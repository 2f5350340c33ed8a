"""Switchable Arabic normalization, with offsets back to the original and a per-step report.

Six steps run in the order of :data:`NORMALIZATION_STEPS`; each one can be switched off:

======================  ======================================================================
``unicode``             NFKC: presentation forms and ligatures become plain letters (ﻻ→لا)
``tatweel``             remove the tatweel (kashida) ``ـ`` used to stretch words
``diacritics``          remove short vowels, tanwin, shadda, sukun and the dagger alef
``alef``                write أ إ آ ٱ as a bare alef ا
``alef_maksura``        write alef maksura ى as yeh ي
``teh_marbuta``         write teh marbuta ة as heh ه
======================  ======================================================================

The character functions come from ``camel_tools.utils`` (``normalize_unicode``, ``dediac_ar``,
``normalize_alef_ar``, ...). Only Arabic letters and marks are touched, with one documented
exception: the ``unicode`` step applies NFKC to *every* character, so compatibility characters
of other scripts change too (full-width ``Ａ`` → ``A``, ``ﬁ`` → ``fi``, superscript ``²`` → ``2``,
no-break space → space). Pass ``unicode=False`` to keep them.

``camel_tools`` also ships ``CharMapper.builtin_mapper("arclean")``. It is not used here: it is
a lossy cleaner for machine learning that rewrites punctuation and digits (``،`` → ``,``,
``«`` → ``"``, ``٣`` → ``3``) and deletes some Arabic marks, while this kit keeps punctuation
and numerals because discourse analysis reads them.

>>> normalize_ar("الأدارة الـ 2500 اخيراً، ﻻ")
'الاداره ال 2500 اخيرا، لا'
>>> normalize_ar("إلى", alef=False)
'إلي'
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Callable
from functools import lru_cache

import pandas as pd
from camel_tools.tokenizers.word import simple_word_tokenize
from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
    normalize_unicode,
)

from helpers.text.load import TextInputError, check_text_ar

__all__ = [
    "NORMALIZATION_STEPS",
    "STEP_DESCRIPTIONS",
    "normalize_ar",
    "normalize_with_offsets_ar",
    "normalization_report_ar",
    "is_arabic_word_ar",
]

#: The steps, in the order they are applied.
NORMALIZATION_STEPS: tuple[str, ...] = ("unicode", "tatweel", "diacritics", "alef", "alef_maksura", "teh_marbuta")

#: One line of English per step, for reports and notebooks.
STEP_DESCRIPTIONS: dict[str, str] = {
    "unicode": "NFKC: presentation forms and ligatures become plain letters (ﻻ→لا, ﷲ→الله); also composes hamza and madda marks",
    "tatweel": "remove the tatweel (kashida) ـ that stretches words",
    "diacritics": "remove short vowels, tanwin, shadda, sukun and the dagger alef",
    "alef": "write hamza and madda alefs (أ إ آ ٱ) as a bare alef ا",
    "alef_maksura": "write alef maksura ى as yeh ي",
    "teh_marbuta": "write teh marbuta ة as heh ه",
}

_TATWEEL = "\u0640"

_STEP_FUNCTIONS: dict[str, Callable[[str], str]] = {
    "unicode": normalize_unicode,
    "tatweel": lambda s: s.replace(_TATWEEL, ""),
    "diacritics": dediac_ar,
    "alef": normalize_alef_ar,
    "alef_maksura": normalize_alef_maksura_ar,
    "teh_marbuta": normalize_teh_marbuta_ar,
}

# A word token counts as Arabic when it has a letter from the Arabic blocks (tatweel and
# diacritics alone do not make a word).
_ARABIC_RANGES = ((0x0620, 0x063F), (0x0641, 0x064A), (0x066E, 0x06D3), (0x06FA, 0x06FF), (0x0750, 0x077F),
                  (0x08A0, 0x08C9), (0xFB50, 0xFDFD), (0xFE70, 0xFEFC))


def is_arabic_word_ar(token: str) -> bool:
    """Return whether ``token`` contains an Arabic letter (not just tatweel or diacritics).

    >>> is_arabic_word_ar("الـ"), is_arabic_word_ar("ـ"), is_arabic_word_ar("2500")
    (True, False, False)
    """
    return any(lo <= ord(ch) <= hi for ch in token for lo, hi in _ARABIC_RANGES)


def _enabled(switches: dict[str, bool]) -> tuple[str, ...]:
    return tuple(step for step in NORMALIZATION_STEPS if switches[step])


def _steps(unicode: bool, tatweel: bool, diacritics: bool, alef: bool, alef_maksura: bool, teh_marbuta: bool) -> tuple[str, ...]:
    if unicode and tatweel and diacritics and alef and alef_maksura and teh_marbuta:
        return NORMALIZATION_STEPS  # the usual case, without building a tuple
    return _enabled({"unicode": unicode, "tatweel": tatweel, "diacritics": diacritics, "alef": alef,
                     "alef_maksura": alef_maksura, "teh_marbuta": teh_marbuta})


@lru_cache(maxsize=65536)
def _apply(cluster: str, steps: tuple[str, ...]) -> str:
    # Steps are re-run until nothing changes: deleting a mark can let NFKC compose what the mark
    # was blocking, and the result must be a fixed point for the whole function to be idempotent.
    out = cluster
    for _ in range(4):
        previous = out
        for step in steps:
            out = _STEP_FUNCTIONS[step](out)
        if out == previous:
            break
    return out


@lru_cache(maxsize=65536)
def _joins(cluster: str, char: str) -> bool:
    """Whether NFKC treats ``cluster + char`` differently from the two parts on their own."""
    return normalize_unicode(cluster + char) != normalize_unicode(cluster) + normalize_unicode(char)


def _clusters(text: str, *, compose: bool) -> list[tuple[int, str]]:
    """Split ``text`` into (offset, cluster) pairs that normalize independently.

    A cluster is a character plus every following combining mark; with ``compose`` it also
    absorbs any following character that NFKC would join to it (Hangul jamo, for instance).
    """
    clusters: list[tuple[int, str]] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i < len(text):
            ch = text[i]
            if unicodedata.combining(ch):
                continue
            if compose and not (ch.isascii() and text[i - 1].isascii()) and _joins(text[start:i], ch):
                continue
        clusters.append((start, text[start:i]))
        start = i
    return clusters


def _align(offset: int, cluster: str, out: str) -> list[int]:
    """Offsets for the characters of ``out``, the normalized form of ``cluster`` at ``offset``.

    Characters kept as they were point to themselves; if the cluster was composed, reordered or
    replaced, every output character points to the cluster's first character.
    """
    if out == cluster:
        return list(range(offset, offset + len(cluster)))
    positions: list[int] = []
    j = 0
    for ch in out:
        while j < len(cluster) and cluster[j] != ch:
            j += 1
        if j == len(cluster):
            return [offset] * len(out)
        positions.append(offset + j)
        j += 1
    return positions


def _check_str(text: object) -> str:
    if not isinstance(text, str):
        raise TextInputError(f"text must be a str, not {type(text).__name__}")
    return text


# Characters that always form a cluster of their own (no combining mark, and NFKC joins none of
# them to a neighbour from the set: tested pair by pair): ASCII and the Arabic block. A text made
# only of these, the usual case, is normalized character by character without finding clusters.
_LONE_CHARS = frozenset(
    ch for ch in map(chr, [*range(0x09, 0x0E), *range(0x20, 0x7F), *range(0x0600, 0x0700), 0xA0, 0xAB, 0xBB])
    if not unicodedata.combining(ch)
)


@lru_cache(maxsize=8)
def _lone_table(steps: tuple[str, ...]) -> tuple[dict[int, str], frozenset[str], frozenset[str]]:
    """For :data:`_LONE_CHARS` normalized by ``steps`` to at most one character: a table for
    ``str.translate``, the characters it deletes, and all the characters it covers."""
    table: dict[int, str] = {}
    deleted: set[str] = set()
    covered: set[str] = set()
    for ch in _LONE_CHARS:
        out = _apply(ch, steps)
        if len(out) > 1:
            continue
        covered.add(ch)
        if out != ch:
            table[ord(ch)] = out
        if not out:
            deleted.add(ch)
    return table, frozenset(deleted), frozenset(covered)


def _one_pass(text: str, steps: tuple[str, ...]) -> tuple[str, list[int]]:
    table, deleted, covered = _lone_table(steps)
    if covered.issuperset(text):
        # Each character is its own cluster: what _one_pass_clusters would find, faster.
        if deleted.isdisjoint(text):
            return text.translate(table), list(range(len(text)))
        return text.translate(table), [i for i, ch in enumerate(text) if ch not in deleted]
    return _one_pass_clusters(text, steps)


def _one_pass_clusters(text: str, steps: tuple[str, ...]) -> tuple[str, list[int]]:
    pieces: list[str] = []
    offsets: list[int] = []
    for offset, cluster in _clusters(text, compose="unicode" in steps):
        out = _apply(cluster, steps)
        pieces.append(out)
        offsets.extend(_align(offset, cluster, out))
    return "".join(pieces), offsets


def normalize_with_offsets_ar(
    text: str,
    *,
    unicode: bool = True,
    tatweel: bool = True,
    diacritics: bool = True,
    alef: bool = True,
    alef_maksura: bool = True,
    teh_marbuta: bool = True,
) -> tuple[str, list[int]]:
    """Normalize ``text`` and say where each normalized character came from.

    The text is processed in clusters (a character and its combining marks), so composing a
    letter with its marks or deleting characters always leaves a valid map.

    Args:
        text: any string (empty and non-Arabic strings are returned unchanged).
        unicode, tatweel, diacritics, alef, alef_maksura, teh_marbuta: switch each step of
            :data:`NORMALIZATION_STEPS` on or off.

    Returns:
        ``(normalized, offsets)``: ``offsets[i]`` is the offset in ``text`` of the character that
        ``normalized[i]`` came from (for a composed cluster, its first character). Offsets never
        decrease, so a span ``normalized[i:j]`` maps back to ``text[offsets[i]:offsets[j - 1] + 1]``
        (extend the end over any marks deleted after it if you need them).

    Raises:
        TextInputError: if ``text`` is not a string.

    >>> normalize_with_offsets_ar("الـ أُمّة")
    ('ال امه', [0, 1, 3, 4, 6, 8])
    >>> normalize_with_offsets_ar("ﻻ بد")
    ('لا بد', [0, 0, 1, 2, 3])
    """
    steps = _steps(unicode, tatweel, diacritics, alef, alef_maksura, teh_marbuta)
    text = _check_str(text)
    if len(text) <= _SHORT:
        out, offsets = _normalize_short(text, steps)
        return out, list(offsets)
    return _normalize(text, steps)


# Words are normalized again and again (every layer, every text): short strings are kept.
_SHORT = 40


@lru_cache(maxsize=131072)
def _normalize_short(text: str, steps: tuple[str, ...]) -> tuple[str, tuple[int, ...]]:
    out, offsets = _normalize(text, steps)
    return out, tuple(offsets)


def _normalize(text: str, steps: tuple[str, ...]) -> tuple[str, list[int]]:
    out, offsets = _one_pass(text, steps)
    for _ in range(4):
        again, inner = _one_pass(out, steps)
        if again == out:
            break
        out, offsets = again, [offsets[k] for k in inner]
    return out, offsets


def normalize_ar(
    text: str,
    *,
    unicode: bool = True,
    tatweel: bool = True,
    diacritics: bool = True,
    alef: bool = True,
    alef_maksura: bool = True,
    teh_marbuta: bool = True,
) -> str:
    """Return ``text`` normalized by the steps switched on, in the order of :data:`NORMALIZATION_STEPS`.

    Latin letters, digits, punctuation, whitespace and newlines are kept as they are, except
    where the ``unicode`` step (NFKC) rewrites compatibility characters; pass ``unicode=False``
    to keep those too. The result is a fixed point: normalizing it again changes nothing.

    Args:
        text: any string (empty and non-Arabic strings are returned unchanged).
        unicode, tatweel, diacritics, alef, alef_maksura, teh_marbuta: switch each step on or off.

    Raises:
        TextInputError: if ``text`` is not a string.

    >>> normalize_ar("مُصطفى الكاظمي في بغداد")
    'مصطفي الكاظمي في بغداد'
    >>> normalize_ar("أَمسِ الأربعاء", diacritics=False)
    'اَمسِ الاربعاء'
    >>> normalize_ar("Page ２, line 3\\n")
    'Page 2, line 3\\n'
    >>> normalize_ar("Page ２", unicode=False)
    'Page ２'
    """
    if type(text) is str and len(text) <= _SHORT and unicode and tatweel and diacritics and alef and alef_maksura and teh_marbuta:
        return _normalize_short(text, NORMALIZATION_STEPS)[0]  # a word, all steps: the usual call
    steps = _steps(unicode, tatweel, diacritics, alef, alef_maksura, teh_marbuta)
    text = _check_str(text)
    if len(text) <= _SHORT:
        return _normalize_short(text, steps)[0]
    return _normalize(text, steps)[0]


def _arabic_tokens(text: str) -> list[str]:
    return [tok for tok in simple_word_tokenize(text) if is_arabic_word_ar(tok)]


def _examples(pairs: Counter[tuple[str, str]], first_seen: dict[tuple[str, str], int], limit: int) -> str:
    ranked = sorted(pairs, key=lambda pair: (-pairs[pair], first_seen[pair]))
    return "; ".join(f"{before}→{after}" for before, after in ranked[:limit])


def normalization_report_ar(
    text: str,
    *,
    unicode: bool = True,
    tatweel: bool = True,
    diacritics: bool = True,
    alef: bool = True,
    alef_maksura: bool = True,
    teh_marbuta: bool = True,
    examples: int = 3,
) -> pd.DataFrame:
    """Show what each enabled step changes, applying the steps cumulatively in order.

    Word tokens are the Arabic tokens of ``camel_tools``' ``simple_word_tokenize`` (tokens
    with at least one Arabic letter). Each token is normalized on its own, so token counts
    stay aligned from step to step.

    Args:
        text: an Arabic text (checked with :func:`helpers.text.load.check_text_ar`).
        unicode, tatweel, diacritics, alef, alef_maksura, teh_marbuta: which steps to report.
        examples: how many ``before→after`` token pairs to show per step.

    Returns:
        One row per enabled step with columns ``step``, ``description``, ``chars_changed``
        (characters of the step's input that it deleted or rewrote), ``tokens_changed`` (token
        occurrences), ``types_before``, ``types_after``, ``types_collapsed`` (distinct tokens
        merged away) and ``examples`` (most frequent pairs first, ties in order of appearance).

    Raises:
        TextInputError: if the text is empty, not a string or has no Arabic letters.

    >>> report = normalization_report_ar("قال إن الأدارة والإدارة أمس وأمسِ امس")
    >>> report[["step", "chars_changed", "tokens_changed", "types_collapsed"]]
               step  chars_changed  tokens_changed  types_collapsed
    0       unicode              0               0                0
    1       tatweel              0               0                0
    2    diacritics              1               1                0
    3          alef              5               5                1
    4  alef_maksura              0               0                0
    5   teh_marbuta              2               2                0
    >>> report.loc[3, "examples"]
    'إن→ان; الأدارة→الادارة; والإدارة→والادارة'
    """
    check_text_ar(text)
    chosen = _enabled(locals())
    tokens = _arabic_tokens(text)
    current_text, current_tokens = text, tokens
    rows = []
    for k, step in enumerate(chosen):
        steps_so_far = chosen[: k + 1]
        before_types = len(set(current_tokens))
        new_tokens = [_apply_all(tok, steps_so_far) for tok in tokens]
        new_text = _apply_all(text, steps_so_far)
        if step == "unicode":
            pieces = [c for _, c in _clusters(current_text, compose=True)]
        else:
            pieces = list(current_text)
        chars_changed = sum(len(c) for c in pieces if _STEP_FUNCTIONS[step](c) != c)
        pairs: Counter[tuple[str, str]] = Counter()
        first_seen: dict[tuple[str, str], int] = {}
        for i, (old, new) in enumerate(zip(current_tokens, new_tokens)):
            if old != new:
                pairs[(old, new)] += 1
                first_seen.setdefault((old, new), i)
        after_types = len(set(new_tokens))
        rows.append(
            {
                "step": step,
                "description": STEP_DESCRIPTIONS[step],
                "chars_changed": chars_changed,
                "tokens_changed": sum(pairs.values()),
                "types_before": before_types,
                "types_after": after_types,
                "types_collapsed": before_types - after_types,
                "examples": _examples(pairs, first_seen, examples),
            }
        )
        current_text, current_tokens = new_text, new_tokens
    return pd.DataFrame(rows, columns=["step", "description", "chars_changed", "tokens_changed",
                                       "types_before", "types_after", "types_collapsed", "examples"])


def _apply_all(text: str, steps: tuple[str, ...]) -> str:
    return normalize_ar(text, **{step: step in steps for step in NORMALIZATION_STEPS})
