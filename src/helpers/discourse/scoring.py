"""Score connectives against the kit's news gold (``data/annotations/news_connectives.tsv``).

The gold marks every explicit connective of 21 ANT news articles (10 ``dev_*``, 11 ``test_*``)
with its span and a PDTB-3 sense at level 2 (guidelines in ``data/annotations/README.md``).
:func:`read_connective_gold_ar` reads it; :func:`connective_rows_ar` turns found connectives
into rows of the same shape (one per part of a paired connective, with the PDTB-3 sense);
:func:`score_connectives_ar` compares the two:

* ``span+sense``: a found row counts when its offsets and its sense equal a gold row's;
* ``span``: offsets alone;
* per sense: ``span+sense`` restricted to the gold rows and found rows of that sense.

Each gives true positives, false alarms and misses, precision, recall and F1 with the number of
gold and found rows (so a figure always says how many it rests on). Senses with a ``+Belief`` or
``+SpeechAct`` suffix are scored as their base sense (``Contingency.Cause+Belief`` as
``Contingency.Cause``), as the gold's guidelines advise for a detector without those distinctions.

>>> gold = read_connective_gold_ar(half="dev")
>>> sorted(gold["half"].unique()), len(gold) > 100
(['dev'], True)
>>> found = {"a.txt": [(0, 1, "Expansion.Conjunction"), (5, 8, "Comparison.Contrast")]}
>>> truth = pd.DataFrame({"file": ["a.txt"] * 2, "start": [0, 5], "end": [1, 8],
...                       "sense": ["Expansion.Conjunction", "Comparison.Concession"]})
>>> score_connectives_ar(found, truth).set_index("measure").loc[["span+sense", "span"], ["tp", "precision", "recall"]]
            tp  precision  recall
measure                          
span+sense   1        0.5     0.5
span         2        1.0     1.0
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping, Sequence
from typing import Literal

import pandas as pd

from helpers.data import data_path

__all__ = ["GOLD_FILE", "read_connective_gold_ar", "connective_rows_ar", "score_connectives_ar", "base_sense_ar"]

#: The gold, relative to the data folder.
GOLD_FILE = "annotations/news_connectives.tsv"
_COLUMNS = ("file", "start", "end", "text", "sense", "form", "note")

Row = tuple[int, int, str]


def base_sense_ar(sense: str) -> str:
    """The sense without a ``+Belief`` / ``+SpeechAct`` suffix.

    >>> base_sense_ar("Contingency.Cause+Belief"), base_sense_ar("Expansion.Conjunction")
    ('Contingency.Cause', 'Expansion.Conjunction')
    """
    return sense.split("+", 1)[0]


def read_connective_gold_ar(*, half: Literal["dev", "test", "all"] = "dev") -> pd.DataFrame:
    """Read the news connectives gold.

    Args:
        half: ``"dev"`` (the articles to develop on), ``"test"`` (held out, for reporting) or ``"all"``.

    Returns:
        Columns ``file``, ``start``, ``end``, ``text``, ``sense`` (as annotated), ``form``, ``note``,
        ``half`` (``dev``/``test``), ``nominal`` (Arg2 is a verbal noun) and ``pair`` (the pair id or ``""``).

    Raises:
        ValueError: for an unknown ``half`` or a row that does not fit the file's columns.
    """
    if half not in ("dev", "test", "all"):
        raise ValueError(f"half must be 'dev', 'test' or 'all', not {half!r}")
    path = data_path(GOLD_FILE)
    rows = []
    with path.open(encoding="utf-8", newline="") as f:
        lines = (line for line in f if line.strip() and not line.startswith("#"))
        reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader)
        if tuple(header) != _COLUMNS:
            raise ValueError(f"{GOLD_FILE}: header is {header}, expected {list(_COLUMNS)}")
        for cells in reader:
            if len(cells) != len(_COLUMNS):
                raise ValueError(f"{GOLD_FILE}: a row has {len(cells)} cells, expected {len(_COLUMNS)}")
            row = dict(zip(_COLUMNS, cells))
            tags = [t.strip() for t in row["note"].split(";")]
            rows.append({**row, "start": int(row["start"]), "end": int(row["end"]),
                         "half": row["file"].split("_", 1)[0], "nominal": "nominal" in tags,
                         "pair": next((t.split("=", 1)[1] for t in tags if t.startswith("pair=")), "")})
    frame = pd.DataFrame(rows, columns=[*_COLUMNS, "half", "nominal", "pair"])
    if half != "all":
        frame = frame[frame["half"] == half].reset_index(drop=True)
    return frame


def connective_rows_ar(connectives: Iterable[object]) -> list[Row]:
    """One ``(start, end, pdtb)`` row per part of each connective (both parts of a paired form).

    Accepts :class:`helpers.discourse.connectives.Connective` objects (anything with ``parts``
    and ``pdtb``); rows come sorted and without duplicates.
    """
    rows = {(s, e, c.pdtb) for c in connectives for s, e in c.parts}  # type: ignore[attr-defined]
    return sorted(rows)


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}


def score_connectives_ar(found: Mapping[str, Sequence[Row]], gold: pd.DataFrame) -> pd.DataFrame:
    """Compare found rows with gold rows, file by file.

    Args:
        found: file name -> ``(start, end, pdtb sense)`` rows (see :func:`connective_rows_ar`).
            Files of ``gold`` missing here count as having no connective found.
        gold: rows with ``file``, ``start``, ``end``, ``sense`` (see :func:`read_connective_gold_ar`).

    Returns:
        One row per measure (``span+sense``, ``span``, then ``sense:<PDTB sense>`` for every sense
        found or in the gold), with ``n_gold``, ``n_found``, ``tp``, ``fp``, ``fn``, ``precision``,
        ``recall`` and ``f1``.
    """
    files = sorted(set(gold["file"]) | set(found))
    gold_rows = {f: {(int(s), int(e), base_sense_ar(str(x))) for s, e, x in
                     gold.loc[gold["file"] == f, ["start", "end", "sense"]].itertuples(index=False)} for f in files}
    found_rows = {f: {(s, e, base_sense_ar(x)) for s, e, x in found.get(f, ())} for f in files}
    records = []

    def add(measure: str, g: set, h: set) -> None:
        tp, fp, fn = len(g & h), len(h - g), len(g - h)
        records.append({"measure": measure, "n_gold": len(g), "n_found": len(h), "tp": tp, "fp": fp, "fn": fn,
                        **_prf(tp, fp, fn)})

    all_gold = {(f, *r) for f in files for r in gold_rows[f]}
    all_found = {(f, *r) for f in files for r in found_rows[f]}
    add("span+sense", all_gold, all_found)
    add("span", {r[:3] for r in all_gold}, {r[:3] for r in all_found})
    for sense in sorted({r[3] for r in all_gold | all_found}):
        add(f"sense:{sense}", {r for r in all_gold if r[3] == sense}, {r for r in all_found if r[3] == sense})
    return pd.DataFrame(records)
