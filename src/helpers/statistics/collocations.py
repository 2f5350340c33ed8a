"""N-grams and window collocations with PMI, NPMI and log-Dice.

Words are the word tokens of :func:`helpers.statistics.levels.word_sequence_ar` at one level. For a node
word ``n`` and a candidate collocate ``c`` in a text of ``N`` word tokens:

* ``O11`` (column ``cooc``): how many times ``c`` stands within ``window`` word tokens left or
  right of an occurrence of ``n``. Each (node occurrence, position) pair counts once, so when two
  node occurrences are close a token between them counts for both; the node's own position is
  never counted, and the node item itself is not listed as its own collocate.
* ``f_n``, ``f_c``: the frequencies of node and collocate in the whole text.
* **PMI** ``= log2(O11 * N / (f_n * f_c))``: pointwise mutual information as Church & Hanks
  (1990) used it for window collocations, the "MI" of #LancsBox (Brezina, McEnery & Wattam
  2015). It is not corrected for the window size, so wider windows give higher values.
* **NPMI** ``= PMI / -log2(O11 / N)``: normalized PMI (Bouma 2009), 1 for words that only occur
  together; with overlapping windows it can slightly exceed 1.
* **log-Dice** ``= 14 + log2(2 * O11 / (f_n + f_c))`` (Rychlý 2008): at most 14, independent of
  ``N``, so it compares across texts of different sizes.

Rows are sorted by the first measure requested (descending), then ``cooc`` (descending), then
the collocate (code-point order), so the order is deterministic.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import pandas as pd

from helpers.statistics.levels import check_level, query_form_ar, word_sequence_ar
from helpers.text.stopwords import is_stopword_ar

__all__ = ["MEASURES", "association_scores", "ngrams_ar", "collocations_ar"]

#: The association measures :func:`collocations_ar` can compute.
MEASURES = ("pmi", "npmi", "log_dice")


def association_scores(o11: int, f_n: int, f_c: int, total: int) -> dict[str, float]:
    """PMI, NPMI and log-Dice of a collocate seen ``o11`` times near a node (formulas in the module docstring).

    Args:
        o11: co-occurrences of node and collocate; f_n, f_c: their frequencies; total: ``N``.

    >>> {k: round(v, 4) for k, v in association_scores(2, 2, 2, 6).items()}
    {'pmi': 1.585, 'npmi': 1.0, 'log_dice': 14.0}
    """
    pmi = math.log2(o11 * total / (f_n * f_c))
    return {
        "pmi": pmi,
        "npmi": pmi / -math.log2(o11 / total) if o11 < total else float("nan"),
        "log_dice": 14 + math.log2(2 * o11 / (f_n + f_c)),
    }


def _positive_int(value: object, name: str, minimum: int = 1) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ValueError(f"{name} must be an int of at least {minimum}, not {value!r}")
    return value


def ngrams_ar(
    source: str | Sequence[str] | pd.DataFrame,
    n: int,
    *,
    min_count: int = 1,
    level: str = "normalized",
    cross_punctuation: bool = False,
    morphology: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Count the n-grams (runs of ``n`` consecutive words) of a text or token list.

    Args:
        source: a text, a list of word tokens, or a morphology table.
        n: the n-gram length (1 or more).
        min_count: leave out n-grams seen fewer times.
        level: the level of each word (``"lemma"`` and ``"root"`` need ``morphology``).
        cross_punctuation: let n-grams run across punctuation and line breaks (for a text;
            by default ``قال: الرئيس`` is not a bigram).
        morphology: the text's morphology table.

    Returns:
        Columns ``ngram`` (words joined by a space), ``count``, ``per_1000`` (per 1,000 word
        tokens); sorted by count (descending), then n-gram.

    >>> ngrams_ar("الحوار الاستراتيجي، الحوار الاستراتيجي الشامل", 2)
                    ngram  count  per_1000
    0  الحوار الاستراتيجي      2     400.0
    1  الاستراتيجي الشامل      1     200.0
    """
    _positive_int(n, "n")
    _positive_int(min_count, "min_count")
    check_level(level)
    seq = word_sequence_ar(source, morphology=morphology)
    items = seq.items(level)
    boundary = seq.boundary_before or (False,) * len(items)
    counts: Counter[tuple[str, ...]] = Counter()
    for i in range(len(items) - n + 1):
        gram = items[i : i + n]
        if not all(gram):
            continue
        if not cross_punctuation and any(boundary[i + 1 : i + n]):
            continue
        counts[gram] += 1
    rows = sorted(((" ".join(g), c) for g, c in counts.items() if c >= min_count), key=lambda r: (-r[1], r[0]))
    frame = pd.DataFrame(rows, columns=["ngram", "count"])
    frame["count"] = frame["count"].astype("int64")
    frame["per_1000"] = frame["count"] * 1000.0 / len(items) if len(items) else 0.0
    return frame


def collocations_ar(
    source: str | Sequence[str] | pd.DataFrame,
    node: str,
    *,
    window: int = 4,
    min_count: int = 2,
    measures: Sequence[str] = MEASURES,
    level: str = "normalized",
    stopwords: bool = True,
    morphology: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Rank the words that occur near ``node`` by association measures.

    Args:
        source: a text, a list of word tokens, or a morphology table.
        node: the node word, compared at ``level`` (see :func:`helpers.statistics.levels.query_form_ar`).
        window: how many word tokens on each side count as "near".
        min_count: the least ``cooc`` (O11) a collocate needs to be listed.
        measures: any of :data:`MEASURES`, in the order wanted; the first one sorts the table.
        level: the level of node and collocates.
        stopwords: ``True`` lists function-word collocates, ``False`` leaves them out (they
            still count in ``N`` and in the window).
        morphology: the text's morphology table (for lemma and root).

    Returns:
        Columns ``collocate``, ``cooc``, ``left``, ``right`` (co-occurrences before and after the
        node), ``freq_collocate``, ``freq_node``, then one column per measure. Empty if the node
        does not occur.

    Raises:
        ValueError: one line, for a bad window, count, measure or level.

    >>> words = ["أ", "ب", "ج", "أ", "ب", "د"]  # N = 6, node أ at 0 and 3
    >>> table = collocations_ar(words, "أ", window=1, min_count=1)
    >>> table[["collocate", "cooc", "left", "right", "pmi", "npmi", "log_dice"]].round(4).values.tolist()
    [['ب', 2, 0, 2, 1.585, 1.0, 14.0], ['ج', 1, 1, 0, 1.585, 0.6131, 13.415]]
    """
    _positive_int(window, "window")
    _positive_int(min_count, "min_count")
    check_level(level)
    if isinstance(measures, str) or not measures or any(m not in MEASURES for m in measures):
        raise ValueError(f"measures must be a non-empty list drawn from {', '.join(MEASURES)}, not {measures!r}")
    if not isinstance(stopwords, bool):
        raise TypeError(f"stopwords must be True or False, not {stopwords!r}")
    seq = word_sequence_ar(source, morphology=morphology)
    items = seq.items(level)
    form = query_form_ar(node, level)
    if level in ("lemma", "root"):
        from helpers.text.normalize import normalize_ar

        compare = {v: normalize_ar(v) if v else "" for v in set(items)}
        items = tuple(compare[v] for v in items)
    total = len(items)
    freq = Counter(v for v in items if v)
    node_positions = [i for i, v in enumerate(items) if v == form]
    left: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for i in node_positions:
        for j in range(max(0, i - window), min(total, i + window + 1)):
            if j == i or not items[j] or items[j] == form:
                continue
            (left if j < i else right)[items[j]] += 1
    columns = ["collocate", "cooc", "left", "right", "freq_collocate", "freq_node", *measures]
    f_n = len(node_positions)
    rows = []
    for c in set(left) | set(right):
        o11 = left[c] + right[c]
        if o11 < min_count:
            continue
        if not stopwords and is_stopword_ar(c):
            continue
        values = association_scores(o11, f_n, freq[c], total)
        rows.append([c, o11, left[c], right[c], freq[c], f_n, *(values[m] for m in measures)])
    rows.sort(key=lambda r: (-r[6], -r[1], r[0]))
    frame = pd.DataFrame(rows, columns=columns)
    for name in ("cooc", "left", "right", "freq_collocate", "freq_node"):
        frame[name] = frame[name].astype("int64")
    return frame
