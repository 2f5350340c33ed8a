"""Lexical diversity: TTR, MATTR and MTLD, on whole words and on clitic-segmented tokens.

* **TTR** = types / tokens. It falls as a text grows, so it only compares texts of one length.
* **MATTR** (Covington & McFall 2010, "Cutting the Gordian knot: the moving-average type-token
  ratio", J. Quantitative Linguistics 17(2)): the mean TTR of every window of ``window``
  consecutive tokens (window 1..w, 2..w+1, ...). A text shorter than the window gets its TTR.
* **MTLD** (McCarthy & Jarvis 2010, "MTLD, vocd-D, and HD-D", Behavior Research Methods 42(2)):
  reading token by token, the running TTR is recomputed; each time it falls to the threshold
  (0.72) or below, one *factor* is complete and the count restarts. What is left at the end adds a
  partial factor ``(1 - TTR_left) / (1 - threshold)``. MTLD = tokens / factors, computed forwards
  and backwards and averaged. It is undefined (``nan``) when no factor forms at all (every
  token distinct, as in very short texts). A text in which even the forward pass never
  completes a factor gets an MTLD larger than its length: too short to measure reliably.

Arabic attaches conjunctions, prepositions, the article and pronouns to words, so "a word"
depends on tokenization: ``وبالحوار`` is one whitespace word but four tokens (و ب ال حوار) once
clitics are split. :func:`diversity_table_ar` shows the measures both ways; segmentation uses
the morphology table's ``proclitics``/``enclitics`` when one is given, else the light rules of
:func:`helpers.text.clitics.segment_clitics_ar`.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import pandas as pd

from helpers.text.clitics import segment_clitics_ar, split_clitic_string_ar
from helpers.statistics.levels import WordSequence, word_sequence_ar
from helpers.text.normalize import normalize_ar

__all__ = ["ttr_ar", "mattr_ar", "mtld_ar", "segmented_tokens_ar", "diversity_table_ar"]


def _tokens(tokens: Sequence[str]) -> list[str]:
    if isinstance(tokens, str) or not isinstance(tokens, Sequence):
        raise TypeError("tokens must be a list of strings (use word_tokens_ar or segmented_tokens_ar on a text)")
    out = list(tokens)
    if not out:
        raise ValueError("no tokens: lexical diversity needs at least one token")
    return out


def ttr_ar(tokens: Sequence[str]) -> float:
    """Return the type-token ratio of a token list.

    >>> ttr_ar(["في", "البيت", "في"])
    0.6666666666666666
    """
    items = _tokens(tokens)
    return len(set(items)) / len(items)


def mattr_ar(tokens: Sequence[str], *, window: int = 50) -> float:
    """Return the moving-average type-token ratio (Covington & McFall 2010).

    Worked example, window 3 over ``a b a c``: windows ``a b a`` (2/3) and ``b a c`` (3/3),
    mean 5/6.

    >>> round(mattr_ar(["أ", "ب", "أ", "ج"], window=3), 6)
    0.833333
    """
    items = _tokens(tokens)
    if isinstance(window, bool) or not isinstance(window, int) or window < 1:
        raise ValueError(f"window must be a positive int, not {window!r}")
    if len(items) <= window:
        return ttr_ar(items)
    counts = Counter(items[:window])
    total = len(counts)
    for i in range(window, len(items)):
        gone, new = items[i - window], items[i]
        counts[gone] -= 1
        if counts[gone] == 0:
            del counts[gone]
        counts[new] += 1
        total += len(counts)
    return total / (window * (len(items) - window + 1))


def _mtld_pass(items: list[str], threshold: float) -> float:
    factors = 0.0
    seen: set[str] = set()
    count = 0
    ttr = 1.0
    for item in items:
        count += 1
        seen.add(item)
        ttr = len(seen) / count
        if ttr <= threshold:
            factors += 1
            seen, count, ttr = set(), 0, 1.0
    if count:
        factors += (1 - ttr) / (1 - threshold)
    return len(items) / factors if factors else math.nan


def mtld_ar(tokens: Sequence[str], *, threshold: float = 0.72) -> float:
    """Return MTLD (McCarthy & Jarvis 2010): the mean of a forward and a backward pass.

    Worked example, ``a b a c d`` (5 tokens). Forward: ``a b a`` reaches TTR 2/3 <= 0.72, one
    factor; ``c d`` is left with TTR 1, a partial factor of 0; 5 / 1 = 5. Backward,
    ``d c a b a``: TTR never falls to 0.72 and ends at 4/5, a partial factor of
    (1 - 0.8) / 0.28 = 0.714...; 5 / 0.714... = 7. MTLD = (5 + 7) / 2 = 6.

    >>> round(mtld_ar(["أ", "ب", "أ", "ج", "د"]), 6)
    6.0
    """
    items = _tokens(tokens)
    if not isinstance(threshold, (int, float)) or isinstance(threshold, bool) or not 0 < threshold < 1:
        raise ValueError(f"threshold must be a number between 0 and 1, not {threshold!r}")
    forward, backward = _mtld_pass(items, threshold), _mtld_pass(items[::-1], threshold)
    return (forward + backward) / 2


def _strip_clitics(form: str, proclitics: list[str], enclitics: list[str]) -> str:
    stem = form
    k = 0
    while k < len(proclitics):
        p = proclitics[k]
        if p == "ل" and proclitics[k + 1 : k + 2] == ["ال"] and stem.startswith("لل"):
            stem, k = stem[2:], k + 2
            continue
        if stem.startswith(p) and len(stem) > len(p):
            stem = stem[len(p):]
        k += 1
    for e in reversed(enclitics):  # innermost first in the table: strip the outermost first
        if stem.endswith(e) and len(stem) > len(e):
            stem = stem[: -len(e)]
    return stem


def segmented_tokens_ar(source: str | Sequence[str] | pd.DataFrame, *, morphology: pd.DataFrame | None = None) -> list[str]:
    """Split every word of a text into clitic tokens and stem (normalized spelling).

    With a morphology table (as ``morphology=`` or as the source), each word is split by its
    ``proclitics`` and ``enclitics`` columns (the stem is the normalized token with those
    stripped); otherwise by :func:`helpers.text.clitics.segment_clitics_ar`.

    >>> segmented_tokens_ar("وبالحوار نبدأ")
    ['و', 'ب', 'ال', 'حوار', 'نبدا']
    """
    return _segment(word_sequence_ar(source, morphology=morphology))


def _segment(seq: WordSequence) -> list[str]:
    if seq.proclitics is None or seq.enclitics is None:
        return [piece for token in seq.tokens for piece in segment_clitics_ar(token)]
    out: list[str] = []
    for form, pro, enc in zip(seq.normalized, seq.proclitics, seq.enclitics):
        pros = [normalize_ar(p) for p in split_clitic_string_ar(pro)]
        encs = [normalize_ar(e) for e in split_clitic_string_ar(enc)]
        out += [*pros, _strip_clitics(form, pros, encs), *encs]
    return out


def diversity_table_ar(
    source: str | Sequence[str] | pd.DataFrame,
    *,
    morphology: pd.DataFrame | None = None,
    window: int = 50,
    threshold: float = 0.72,
) -> pd.DataFrame:
    """Compare TTR, MATTR and MTLD across three tokenizations of one text.

    Rows (``tokenization``): ``words (surface)``, the whitespace/punctuation words as written;
    ``words (normalized)``, the same after :func:`normalize_ar`; ``clitic-segmented``, the
    normalized words split into clitics and stems (by the morphology table when given, else by
    the light rules). Columns: ``tokenization``, ``segmenter`` (``"-"``, ``"light rules"`` or
    ``"morphology table"``), ``tokens``, ``types``, ``ttr``, ``mattr``, ``mtld``.

    >>> table = diversity_table_ar("وبالحوار والحوار الحوار حوار")
    >>> table[["tokenization", "tokens", "types", "ttr"]].values.tolist()
    [['words (surface)', 4, 4, 1.0], ['words (normalized)', 4, 4, 1.0], ['clitic-segmented', 10, 4, 0.4]]
    """
    seq = word_sequence_ar(source, morphology=morphology)
    segmented = _segment(seq)
    segmenter = "morphology table" if seq.proclitics is not None and seq.enclitics is not None else "light rules"
    rows = []
    for name, how, tokens in (("words (surface)", "-", list(seq.tokens)), ("words (normalized)", "-", list(seq.normalized)),
                              ("clitic-segmented", segmenter, segmented)):
        rows.append({"tokenization": name, "segmenter": how, "tokens": len(tokens), "types": len(set(tokens)),
                     "ttr": ttr_ar(tokens), "mattr": mattr_ar(tokens, window=window),
                     "mtld": mtld_ar(tokens, threshold=threshold)})
    return pd.DataFrame(rows, columns=["tokenization", "segmenter", "tokens", "types", "ttr", "mattr", "mtld"])
