"""Keyness between texts: one text against another, or each text against all the others.

A thin layer over :func:`helpers.statistics.keyness.keyness_ar` (signed log-likelihood, Log Ratio; see that
module for the statistics). Defaults differ from it in two ways that suit short texts compared
with each other: words are counted at the ``normalized`` level (so ``الإدارة`` and ``الادارة``
are one item), and function words are dropped (``stopwords=False``). With texts of a few hundred
words, few items reach ``p < 0.05``: read the table as a ranked list of what each text says
more often, not as a test.

>>> k = keyness_between_ar("فشل فشل تضليل في البيان", "نجاح ثقة في البيان")
>>> k[["item", "count_target", "count_ref", "direction"]].values.tolist()
[['فشل', 2, 0.0, 'target'], ['تضليل', 1, 0.0, 'target'], ['البيان', 1, 1.0, 'reference'], ['ثقه', 0, 1.0, 'reference'], ['نجاح', 0, 1.0, 'reference']]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

import pandas as pd

from helpers.statistics.keyness import keyness_ar

__all__ = ["keyness_between_ar", "keyness_each_vs_rest_ar"]


def keyness_between_ar(
    target: str,
    reference: str | Sequence[str] | Mapping[str, str],
    *,
    level: Literal["surface", "normalized"] = "normalized",
    stopwords: bool = False,
    min_count: int = 1,
    top: int | None = None,
    **options: Any,
) -> pd.DataFrame:
    """Keyness of one text against another text or a group of texts.

    Args:
        target: the text whose key words are wanted.
        reference: another text, a list of texts, or a mapping of names to texts (its values
            are used): the texts are pooled into one reference.
        level: ``"normalized"`` (default) or ``"surface"``.
        stopwords: keep function words (default ``False``: drop them).
        min_count: list items seen at least this often.
        top: keep only the first ``top`` rows (highest positive LL first), or all with ``None``.
        **options: passed on to :func:`helpers.statistics.keyness.keyness_ar` (``percent_diff``,
            ``reference_only``, ...).

    Returns:
        The table of :func:`helpers.statistics.keyness.keyness_ar`, sorted by signed LL, descending.

    >>> keyness_between_ar("نرحب نرحب بالشراكة", {"a": "الشراكة فاشلة"}, top=1)[["item", "count_target", "count_ref"]].values.tolist()
    [['نرحب', 2, 0.0]]
    """
    if isinstance(reference, Mapping):
        reference = list(reference.values())
    if isinstance(reference, str) and reference == "wordfreq":
        raise ValueError("keyness_between_ar compares texts; for the wordfreq reference use helpers.statistics.keyness.keyness_ar")
    if top is not None and (isinstance(top, bool) or not isinstance(top, int) or top < 1):
        raise ValueError(f"top must be a positive int or None, not {top!r}")
    table = keyness_ar(target, reference, level=level, stopwords=stopwords, min_count=min_count, **options)
    return table.head(top).reset_index(drop=True) if top is not None else table


def keyness_each_vs_rest_ar(
    texts: Mapping[str, str],
    *,
    top: int = 10,
    level: Literal["surface", "normalized"] = "normalized",
    stopwords: bool = False,
    min_count: int = 2,
) -> pd.DataFrame:
    """The ``top`` positive key items of each text against all the other texts pooled.

    Args:
        texts: two or more texts by name.
        top: how many items per text.
        level, stopwords, min_count: as in :func:`keyness_between_ar` (``min_count`` 2 by
            default: an item said once is no keyword).

    Returns:
        Columns ``text`` then those of :func:`helpers.statistics.keyness.keyness_ar`; only rows with
        ``direction == "target"``, at most ``top`` per text, in the order of ``texts``.

    >>> t = keyness_each_vs_rest_ar({"a": "فشل فشل فشل البيان", "b": "نجاح نجاح البيان", "c": "البيان البيان"}, top=1)
    >>> t[["text", "item", "count_target"]].values.tolist()
    [['a', 'فشل', 3], ['b', 'نجاح', 2], ['c', 'البيان', 2]]
    """
    if not isinstance(texts, Mapping) or len(texts) < 2:
        raise ValueError("keyness_each_vs_rest_ar needs a mapping of at least two texts by name")
    frames = []
    for name, text in texts.items():
        rest = [t for other, t in texts.items() if other != name]
        table = keyness_between_ar(text, rest, level=level, stopwords=stopwords, min_count=min_count)
        table = table[table["direction"] == "target"].head(top)
        frames.append(table.assign(text=name))
    out = pd.concat(frames, ignore_index=True)
    return out[["text", *[c for c in out.columns if c != "text"]]]
