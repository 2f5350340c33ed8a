"""Named entities against a gold annotation: exact and partial precision, recall and F1 per label.

The gold is ``data/annotations/news_names.tsv`` (PERSON, PLACE, ORG, DATE in the 105 news articles
of ``data/news/``: 10 ``dev_*`` files for development, 11 ``test_*`` files held out, 11 ``dev2_*``,
11 ``dev3_*``, 12 ``dev6_*``, 10 ``dev7_*``, 10 ``dev8_*``, 10 ``dev9_*``, 10 ``dev10_*`` and 10 ``dev11_*`` files added later as further development sets; guidelines in ``data/annotations/README.md``) or any
table with the same columns.

Two ways to count a found entity as right, each one to one (a gold mention matches at most one
found entity and the other way round):

* **exact**: same file, same label, same ``start`` and ``end``;
* **partial**: same file and label, and the spans overlap (``اليوم الإثنين 18 جانفي`` against
  ``الإثنين 18 جانفي 2016``); pairs are taken in order of the largest overlap first.

Precision = matched / found, recall = matched / gold, F1 their harmonic mean; each row says how
many gold and found entities it counts, so that a figure on five mentions is read as such.

>>> gold = pd.DataFrame({"file": ["a", "a"], "start": [0, 10], "end": [5, 14], "text": ["xxxxx", "yyyy"],
...                      "label": ["PERSON", "DATE"], "note": ["", ""]})
>>> found = pd.DataFrame({"file": ["a", "a"], "start": [0, 8], "end": [5, 14], "label": ["PERSON", "DATE"]})
>>> score_entities_ar(found, gold)[["label", "gold", "found", "exact_f1", "partial_f1"]].values.tolist()
[['DATE', 1, 1, 0.0, 1.0], ['PERSON', 1, 1, 1.0, 1.0], ['all', 2, 2, 0.5, 1.0]]
"""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd

from helpers.data import data_path
from helpers.entities.base import LABELS

__all__ = ["GOLD_NAMES", "GOLD_COLUMNS", "SCORE_COLUMNS", "read_gold_entities_ar", "score_entities_ar", "match_entities_ar"]

#: The sets of the news gold (file-name prefixes), and None for all of it.
SPLITS = (None, "dev", "dev2", "dev3", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "test")
#: The news gold, relative to the data folder.
GOLD_NAMES = "annotations/news_names.tsv"
#: The columns of a gold table.
GOLD_COLUMNS = ["file", "start", "end", "text", "label", "note"]
#: The columns of :func:`score_entities_ar`.
SCORE_COLUMNS = ["label", "gold", "found", "exact", "exact_precision", "exact_recall", "exact_f1",
                 "partial", "partial_precision", "partial_recall", "partial_f1"]


def read_gold_entities_ar(path: str | Path = GOLD_NAMES, *, split: str | None = None) -> pd.DataFrame:
    """Read a gold table of named entities (columns :data:`GOLD_COLUMNS`).

    Args:
        path: a file name relative to the data folder (default: the news gold), or a ``Path``.
        split: ``"dev"``, ``"dev2"``, ``"dev3"``, ``"dev6"``, ``"dev7"``, ``"dev8"``, ``"dev9"``, ``"dev10"``, ``"dev11"`` or ``"test"``
            keeps the rows of files named ``dev_*``, ``dev2_*``, ``dev3_*``, ``dev6_*``, ``dev7_*``, ``dev8_*``, ``dev9_*``, ``dev10_*``,
            ``dev11_*`` or ``test_*``; ``None`` keeps all.

    Raises:
        ValueError: for a bad header, a bad label or offset, or an unknown split.

    >>> gold = read_gold_entities_ar(split="dev")
    >>> sorted(gold["label"].unique()), bool(gold["file"].str.startswith("dev_").all())
    (['DATE', 'ORG', 'PERSON', 'PLACE'], True)
    >>> sorted(read_gold_entities_ar(split="dev2")["file"].str[:5].unique())
    ['dev2_']
    """
    if split not in SPLITS:
        raise ValueError(f"split must be 'dev', 'dev2', 'dev3', 'dev6', 'dev7', 'dev8', 'dev9', 'dev10', 'dev11', 'test' or None, not {split!r}")
    p = path if isinstance(path, Path) else data_path(path)
    frame = pd.read_csv(p, sep="\t", comment="#", dtype=str, keep_default_na=False, quoting=csv.QUOTE_NONE,
                        encoding="utf-8")
    if list(frame.columns) != GOLD_COLUMNS:
        raise ValueError(f"{p.name}: expected columns {', '.join(GOLD_COLUMNS)}, got {', '.join(frame.columns)}")
    bad = sorted(set(frame["label"]) - set(LABELS))
    if bad:
        raise ValueError(f"{p.name}: unknown label(s) {', '.join(bad)}; expected {', '.join(LABELS)}")
    try:
        frame[["start", "end"]] = frame[["start", "end"]].astype(int)
    except ValueError:
        raise ValueError(f"{p.name}: start and end must be integers") from None
    if split is not None:
        frame = frame[frame["file"].str.startswith(f"{split}_")]
    return frame.reset_index(drop=True)


def match_entities_ar(found: pd.DataFrame, gold: pd.DataFrame, *, partial: bool) -> list[tuple[int, int]]:
    """One-to-one (gold row, found row) pairs of the same file and label: exact spans, or overlapping ones.

    Partial pairs are taken largest overlap first (ties: the earlier gold, then found row).
    """
    pairs: list[tuple[int, int, int]] = []
    for (file, label), g in gold.groupby(["file", "label"], sort=False):
        f = found[(found["file"] == file) & (found["label"] == label)]
        for gi, gs, ge in zip(g.index, g["start"], g["end"]):
            for fi, fs, fe in zip(f.index, f["start"], f["end"]):
                if partial:
                    overlap = min(ge, fe) - max(gs, fs)
                    if overlap > 0:
                        pairs.append((overlap, gi, fi))
                elif gs == fs and ge == fe:
                    pairs.append((ge - gs, gi, fi))
    used_g: set[int] = set()
    used_f: set[int] = set()
    matched = []
    for _, gi, fi in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        if gi in used_g or fi in used_f:
            continue
        used_g.add(gi)
        used_f.add(fi)
        matched.append((gi, fi))
    return sorted(matched)


def _prf(matched: int, found: int, gold: int) -> tuple[float, float, float]:
    precision = matched / found if found else 0.0
    recall = matched / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return round(precision, 3), round(recall, 3), round(f1, 3)


def score_entities_ar(found: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Exact and partial precision, recall and F1 per label, and for all labels (columns :data:`SCORE_COLUMNS`).

    Args:
        found: the entities found, with columns ``file``, ``start``, ``end``, ``label``
            (for instance :func:`helpers.entities.entities_to_frame` with a ``file`` column).
        gold: a gold table (:func:`read_gold_entities_ar`) over the same files.

    Returns:
        One row per label present in either table, sorted, then ``all``; ``gold`` and
        ``found`` are the counts, ``exact`` and ``partial`` the matched pairs.
    """
    for name, table in (("found", found), ("gold", gold)):
        missing = [c for c in ("file", "start", "end", "label") if c not in table.columns]
        if missing:
            raise ValueError(f"{name} lacks column(s) {', '.join(missing)}")
    found = found.reset_index(drop=True)
    gold = gold.reset_index(drop=True)
    exact = match_entities_ar(found, gold, partial=False)
    partial = match_entities_ar(found, gold, partial=True)
    rows = []
    labels = sorted(set(gold["label"]) | set(found["label"]))
    for label in [*labels, "all"]:
        g = gold.index[gold["label"] == label] if label != "all" else gold.index
        f = found.index[found["label"] == label] if label != "all" else found.index
        gs = set(g)
        n_exact = sum(1 for gi, _ in exact if gi in gs)
        n_partial = sum(1 for gi, _ in partial if gi in gs)
        rows.append({"label": label, "gold": len(g), "found": len(f), "exact": n_exact,
                     **dict(zip(("exact_precision", "exact_recall", "exact_f1"), _prf(n_exact, len(f), len(g)))),
                     "partial": n_partial,
                     **dict(zip(("partial_precision", "partial_recall", "partial_f1"), _prf(n_partial, len(f), len(g))))})
    return pd.DataFrame(rows, columns=SCORE_COLUMNS)
