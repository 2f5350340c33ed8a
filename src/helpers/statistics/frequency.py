"""Frequency tables at four levels, and where a word occurs: positions and Gries' DP.

Counting unit: the Arabic word tokens of :func:`helpers.statistics.levels.word_sequence_ar` (numbers,
Latin words and punctuation are not counted). ``per_1000`` is ``count * 1000 / N`` where ``N`` is
**every** word token of the text, stopwords included, so that rates do not change when
stopwords are dropped from the table.

Dispersion (:func:`dispersion_ar`) uses Gries' *deviation of proportions* (Gries 2008,
"Dispersions and adjusted frequencies in corpora", IJCL 13(4)): with parts ``i = 1..n``,
``s_i`` = the share of the corpus's word tokens in part ``i`` and ``v_i`` = the share of the
item's occurrences in part ``i``,

    DP = 0.5 * sum_i |v_i - s_i|

0 means the item is spread exactly like the text itself, values near 1 that it is concentrated
in a small part. ``DP_norm = DP / (1 - min_i s_i)`` (Lijffijt & Gries 2012, IJCL 17(1)) rescales
it so that 1 is the most uneven distribution possible with these part sizes.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import pandas as pd

from helpers.statistics.levels import LEVELS, WordSequence, check_level, find_word_ar, word_sequence_ar
from helpers.text.sentences import split_sentences_ar
from helpers.text.stopwords import is_stopword_ar
from helpers.text.structure import split_article_ar, split_blocks_ar

__all__ = ["frequency_table_ar", "counts_ar", "Dispersion", "dispersion_ar", "gries_dp"]

Level = Literal["surface", "normalized", "lemma", "root"]

_FREQ_COLUMNS = ["item", "count", "per_1000", "rank"]


def _check_min_count(min_count: object) -> int:
    if isinstance(min_count, bool) or not isinstance(min_count, int) or min_count < 1:
        raise ValueError(f"min_count must be a positive int, not {min_count!r}")
    return min_count


def _check_stopwords(stopwords: object) -> bool:
    if not isinstance(stopwords, bool):
        raise TypeError(f"stopwords must be True (count function words) or False (drop them), not {stopwords!r}")
    return stopwords


def counts_ar(seq: WordSequence, *, level: str = "surface", stopwords: bool = True) -> Counter[str]:
    """Count the items of a word sequence at ``level`` (empty items are skipped).

    With ``stopwords=False``, words for which :func:`helpers.text.stopwords.is_stopword_ar` holds
    (judged on the token as written) are left out.

    >>> counts_ar(word_sequence_ar("في البيت وفي البيت"), level="normalized", stopwords=False)
    Counter({'البيت': 2})
    """
    check_level(level)
    _check_stopwords(stopwords)
    items = seq.items(level)
    if stopwords:
        return Counter(item for item in items if item)
    keep = {t: not is_stopword_ar(t) for t in set(seq.tokens)}
    return Counter(item for item, token in zip(items, seq.tokens) if item and keep[token])


def frequency_table_ar(
    source: str | Sequence[str] | pd.DataFrame,
    *,
    level: Level = "surface",
    stopwords: bool = True,
    morphology: pd.DataFrame | None = None,
    min_count: int = 1,
) -> pd.DataFrame:
    """Count words at one level, with rates per 1,000 word tokens.

    Args:
        source: a text, a list of word tokens, or a morphology table (see :mod:`helpers.statistics.levels`).
        level: ``"surface"``, ``"normalized"``, ``"lemma"`` or ``"root"``; the last two need a
            morphology table (as ``morphology=`` or as ``source``).
        stopwords: ``True`` counts function words, ``False`` drops them (the list is
            :data:`helpers.text.stopwords.STOPWORDS_AR`). The rate's denominator is unchanged.
        morphology: the morphology table of ``source``.
        min_count: leave out items seen fewer times.

    Returns:
        Columns ``item``, ``count``, ``per_1000`` (per 1,000 word tokens), ``rank`` (1 for the
        most frequent; tied items share the best rank, "1224" ranking); sorted by count
        (descending), then item (code-point order).

    Raises:
        TextInputError, TypeError, ValueError: one line, for a bad source, level or option, or a
            missing morphology table.

    >>> frequency_table_ar("الإدارة والادارة الإدارة في البيت", level="normalized")
           item  count  per_1000  rank
    0   الاداره      2     400.0     1
    1     البيت      1     200.0     2
    2        في      1     200.0     2
    3  والاداره      1     200.0     2
    >>> frequency_table_ar("قال الرئيس", level="lemma")
    Traceback (most recent call last):
    ...
    ValueError: level 'lemma' needs a morphology table: pass morphology=analyze_morphology_ar(text)
    """
    check_level(level)
    _check_min_count(min_count)
    seq = word_sequence_ar(source, morphology=morphology)
    counts = counts_ar(seq, level=level, stopwords=stopwords)
    total = len(seq)
    rows = sorted(((item, n) for item, n in counts.items() if n >= min_count), key=lambda r: (-r[1], r[0]))
    frame = pd.DataFrame(rows, columns=["item", "count"])
    frame["count"] = frame["count"].astype("int64")
    frame["per_1000"] = frame["count"] * 1000.0 / total if total else 0.0
    frame["rank"] = frame["count"].rank(method="min", ascending=False).astype("int64") if len(frame) else pd.Series(dtype="int64")
    return frame[_FREQ_COLUMNS]


def gries_dp(part_sizes: Sequence[float], part_counts: Sequence[float]) -> tuple[float, float]:
    """Return Gries' ``(DP, DP_norm)`` for an item's counts in parts of the given sizes.

    Args:
        part_sizes: the size of each part (word tokens); at least two parts, all positive.
        part_counts: the item's count in each part.

    Returns:
        ``(DP, DP_norm)``; both ``nan`` if the item never occurs.

    >>> gries_dp([10, 10, 20], [2, 0, 0])  # s = .25 .25 .5, v = 1 0 0: DP = .5 * (.75 + .25 + .5)
    (0.75, 1.0)
    >>> gries_dp([10, 10, 20], [1, 1, 2])
    (0.0, 0.0)
    """
    if len(part_sizes) != len(part_counts):
        raise ValueError(f"{len(part_sizes)} part sizes but {len(part_counts)} part counts")
    if len(part_sizes) < 2:
        raise ValueError("DP needs at least two parts")
    if any(s <= 0 for s in part_sizes):
        raise ValueError("every part must have at least one word token")
    if any(c < 0 for c in part_counts):
        raise ValueError("counts cannot be negative")
    size, freq = float(sum(part_sizes)), float(sum(part_counts))
    if freq == 0:
        return float("nan"), float("nan")
    shares = [s / size for s in part_sizes]
    dp = 0.5 * sum(abs(c / freq - s) for c, s in zip(part_counts, shares))
    dp = round(dp, 12)
    return dp, round(dp / (1 - min(shares)), 12)


@dataclass(frozen=True)
class Dispersion:
    """Where an item occurs in a text or corpus.

    Attributes:
        item: the query as given; level: the level it was matched at.
        n_tokens: word tokens in the text or corpus; frequency: matches.
        positions: one row per match: ``token_index`` (0-based, over the whole corpus),
            ``relative_position`` (``token_index / n_tokens``), ``part``, ``start``, ``end`` and
            ``token`` (offsets into that part's text for a corpus; ``-1`` without offsets).
        parts: one row per part: ``part``, ``tokens``, ``share`` (``s_i``), ``count``,
            ``count_share`` (``v_i``).
        dp, dp_norm: Gries' DP and DP_norm (``nan`` with fewer than two parts or no match).
    """

    item: str
    level: str
    n_tokens: int
    frequency: int
    positions: pd.DataFrame
    parts: pd.DataFrame
    dp: float
    dp_norm: float


def _text_parts(text: str, parts: str) -> list[tuple[int, int]]:
    if parts == "blocks":
        spans = split_blocks_ar(text)
    elif parts == "paragraphs":
        spans = list(split_article_ar(text).paragraphs)
    elif parts == "sentences":
        spans = split_sentences_ar(text, level="sentence")
    else:
        raise ValueError(f"parts must be 'blocks', 'paragraphs', 'sentences', None or a list of texts, not {parts!r}")
    return [(s.start, s.end) for s in spans]


def dispersion_ar(
    source: str | Sequence[str],
    item: str,
    *,
    level: str = "normalized",
    parts: Literal["blocks", "paragraphs", "sentences"] | None = "blocks",
    clitic_aware: bool = False,
    morphology: pd.DataFrame | Sequence[pd.DataFrame] | None = None,
) -> Dispersion:
    """Find every occurrence of a word, lemma, root or category, and how evenly it is spread.

    Args:
        source: one text, or a corpus given as a list of texts (each text is then one part).
        item: what to find, matched as in :func:`helpers.statistics.levels.find_word_ar`.
        level: one of :data:`helpers.statistics.levels.LEVELS`, or ``"pos_coarse"`` for a category
            (``"VERB"``); every level but surface and normalized needs ``morphology``.
        parts: for one text, how to cut it into parts for DP: ``"blocks"`` (every block,
            :func:`helpers.text.structure.split_blocks_ar`), ``"paragraphs"`` (only the article's
            body paragraphs; words elsewhere are not counted in ``parts``), ``"sentences"``
            (:func:`helpers.text.sentences.split_sentences_ar`, for a text written as one
            paragraph), or ``None``. DP needs two parts or more; with fewer it is ``nan``.
        clitic_aware: also match the word with clitics attached (``وكاتيوشا`` for ``كاتيوشا``).
        morphology: the morphology table of the text, or one table per text of a corpus.

    Raises:
        TextInputError, TypeError, ValueError: one line, for bad input.

    >>> # three blocks of 2, 2 and 3 words: s = 2/7, 2/7, 3/7; v = 1/2, 1/2, 0; DP = 3/7
    >>> d = dispersion_ar("الحرب هنا.\\n\\nلا حرب.\\n\\nسلام سلام سلام.", "حرب", clitic_aware=True)
    >>> d.frequency, d.positions["token"].tolist(), d.parts["count"].tolist(), d.dp
    (2, ['الحرب', 'حرب'], [1, 1, 0], 0.428571428571)
    >>> dispersion_ar("الحرب هنا. لا حرب. سلام سلام سلام.", "حرب", parts="sentences").parts["count"].tolist()
    [0, 1, 0]
    """
    check_level(level, extra=("pos_coarse",))
    if isinstance(source, str):
        texts = [source]
        tables = [morphology] if not isinstance(morphology, (list, tuple)) else list(morphology)
    elif isinstance(source, Sequence) and source and all(isinstance(t, str) for t in source):
        texts = list(source)
        tables = list(morphology) if isinstance(morphology, (list, tuple)) else [morphology] * len(texts)
        if morphology is not None and not isinstance(morphology, (list, tuple)):
            raise ValueError("for a corpus, give one morphology table per text (a list)")
    else:
        raise TypeError("source must be a text (str) or a non-empty list of texts")
    if len(tables) != len(texts):
        raise ValueError(f"{len(texts)} texts but {len(tables)} morphology tables")

    rows, part_rows = [], []
    offset = 0
    for number, (text, table) in enumerate(zip(texts, tables)):
        seq = word_sequence_ar(text, morphology=table)
        hits = find_word_ar(seq, item, level=level, clitic_aware=clitic_aware)
        if len(texts) > 1:
            bounds = None
            part_rows.append((number, len(seq), sum(1 for _ in hits)))
        else:
            bounds = _text_parts(text, parts) if parts is not None else None
        part_starts = [a for a, _ in bounds] if bounds is not None else []
        for index, _, _ in hits:
            part = number
            if bounds is not None:
                k = bisect_right(part_starts, seq.starts[index]) - 1
                part = k if k >= 0 and seq.starts[index] < bounds[k][1] else -1
            rows.append({"token_index": offset + index, "part": part, "start": seq.starts[index],
                         "end": seq.ends[index], "token": seq.tokens[index]})
        if bounds is not None:
            hits_per_part = Counter(r["part"] for r in rows)
            for k, (a, b) in enumerate(bounds):  # word starts are sorted: count those in [a, b)
                size = bisect_left(seq.starts, b) - bisect_left(seq.starts, a)
                part_rows.append((k, size, hits_per_part[k]))
        offset += len(seq)

    positions = pd.DataFrame(rows, columns=["token_index", "part", "start", "end", "token"])
    positions.insert(1, "relative_position", positions["token_index"] / offset if offset else 0.0)
    part_frame = pd.DataFrame(part_rows, columns=["part", "tokens", "count"])
    part_frame = part_frame[part_frame["tokens"] > 0].reset_index(drop=True)
    total_tokens, total_count = part_frame["tokens"].sum(), part_frame["count"].sum()
    part_frame.insert(2, "share", part_frame["tokens"] / total_tokens if total_tokens else 0.0)
    part_frame["count_share"] = part_frame["count"] / total_count if total_count else 0.0
    dp = dp_norm = float("nan")
    if len(part_frame) >= 2 and total_count:
        dp, dp_norm = gries_dp(part_frame["tokens"].tolist(), part_frame["count"].tolist())
    return Dispersion(item, level, offset, len(positions), positions, part_frame, dp, dp_norm)
