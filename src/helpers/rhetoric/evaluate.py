"""Score device detectors against a gold annotation: precision and recall per device.

**Matching rule.** A found device matches a gold device when (1) both have the same ``device``
id, (2) their spans overlap by at least ``overlap`` of the *shorter* span
(``|A ∩ B| / min(|A|, |B|)``), and (3) if the gold device lists ``parts``, the found span
overlaps at least one of them (so a short found span inside a long gold span must touch the
pieces the annotator marked, not just any words in between). Matching is one-to-one: candidate
pairs are taken by highest overlap, then highest intersection-over-union, then earlier gold, then
earlier found; each gold and each found device is used at most once. So a found span lying wholly
inside a longer gold span (``ظاهراً، لكنها في العمق`` inside the gold muqabala) matches, and one
long found span cannot match two gold devices.

For each device id: ``gold`` (how many gold devices), ``found``, ``true_positives``,
``precision`` = TP / found and ``recall`` = TP / gold (``NaN`` when the denominator is 0), plus a
final ``all`` row over the devices the detectors look for. Gold-only devices (kinaya, majaz mursal,
hyperbole, itnab) get rows of their own with ``found`` 0: what no detector can see.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache

import pandas as pd

from helpers.data import data_path
from helpers.rhetoric.devices_base import DEVICE_TYPES, GOLD_ONLY_DEVICES, Device

__all__ = ["GOLD_FILE", "GOLD_COLUMNS", "load_gold_rhetoric", "match_devices", "score_against_gold"]

#: The gold annotation of the case study, relative to the data folder.
GOLD_FILE = "annotations/rhetoric_case_study.tsv"
#: Its columns, in order.
GOLD_COLUMNS = ("id", "device", "term_ar", "start", "end", "text", "parts", "explanation")


@lru_cache(maxsize=1)
def _gold() -> pd.DataFrame:
    frame = pd.read_csv(data_path(GOLD_FILE), sep="\t", comment="#", dtype=str, keep_default_na=False,
                        quoting=3, encoding="utf-8")
    if tuple(frame.columns) != GOLD_COLUMNS:
        raise ValueError(f"{GOLD_FILE}: expected columns {', '.join(GOLD_COLUMNS)}, got {', '.join(frame.columns)}")
    frame["start"] = frame["start"].astype(int)
    frame["end"] = frame["end"].astype(int)
    frame["parts"] = [tuple(tuple(p) for p in json.loads(v)) if v else () for v in frame["parts"]]
    return frame


def load_gold_rhetoric() -> pd.DataFrame:
    """Return the gold device annotation of the case study (columns :data:`GOLD_COLUMNS`).

    ``start``/``end`` are ints, ``parts`` a tuple of ``(start, end)`` pairs, ``text`` is
    ``case_study[start:end]``.

    >>> gold = load_gold_rhetoric()
    >>> list(gold.columns) == list(GOLD_COLUMNS), bool(gold["device"].isin(DEVICE_TYPES + GOLD_ONLY_DEVICES).all())
    (True, True)
    """
    return _gold().copy()


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    return max(inter, 0) / shorter if shorter > 0 else 0.0


def match_devices(found: Sequence[Device], gold: pd.DataFrame, *, overlap: float = 0.5) -> list[tuple[int, int]]:
    """Return the one-to-one matches as ``(gold row position, found position)`` pairs.

    >>> gold = pd.DataFrame({"device": ["triad"], "start": [0], "end": [20]})
    >>> d = Device(2, 5, "abc", "triad", "triad", "تعداد", "x")
    >>> match_devices([d], gold)
    [(0, 0)]
    """
    if not 0 < overlap <= 1:
        raise ValueError(f"overlap must be in (0, 1], not {overlap}")
    candidates = []
    parts_col = gold["parts"] if "parts" in gold.columns else [()] * len(gold)
    for gi, (dev, s, e, parts) in enumerate(zip(gold["device"], gold["start"], gold["end"], parts_col)):
        for fi, d in enumerate(found):
            if d.device != dev:
                continue
            o = _overlap((int(s), int(e)), (d.start, d.end))
            touches = not parts or any(min(pe, d.end) > max(ps, d.start) for ps, pe in parts)
            if o >= overlap and touches:
                inter = min(int(e), d.end) - max(int(s), d.start)
                iou = inter / (max(int(e), d.end) - min(int(s), d.start))
                candidates.append((-o, -iou, gi, fi))
    used_g: set[int] = set()
    used_f: set[int] = set()
    pairs = []
    for _, _, gi, fi in sorted(candidates):
        if gi not in used_g and fi not in used_f:
            used_g.add(gi)
            used_f.add(fi)
            pairs.append((gi, fi))
    return sorted(pairs)


def score_against_gold(found: Sequence[Device], gold: pd.DataFrame, *, overlap: float = 0.5) -> pd.DataFrame:
    """Precision and recall per device of ``found`` against ``gold`` (rule in the module docstring).

    Args:
        found: devices from the detectors.
        gold: a table with ``device``, ``start``, ``end`` (e.g. :func:`load_gold_rhetoric`).
        overlap: the least overlap, as a share of the shorter span, for a match.

    Returns:
        Columns ``device``, ``gold``, ``found``, ``true_positives``, ``precision``, ``recall``;
        one row per device id in :data:`DEVICE_TYPES` then :data:`GOLD_ONLY_DEVICES` that occurs
        in either list, then ``all`` (detectable devices only).

    >>> gold = pd.DataFrame({"device": ["triad", "saj"], "start": [0, 30], "end": [20, 40]})
    >>> found = [Device(2, 5, "abc", "triad", "triad", "تعداد", "x"), Device(50, 52, "ab", "saj", "saj", "سجع", "y")]
    >>> score_against_gold(found, gold)
      device  gold  found  true_positives  precision  recall
    0  triad     1      1               1        1.0     1.0
    1    saj     1      1               0        0.0     0.0
    2    all     2      2               1        0.5     0.5
    """
    pairs = match_devices(found, gold, overlap=overlap)
    matched_gold = {g for g, _ in pairs}
    rows = []
    kinds = [k for k in (*DEVICE_TYPES, *GOLD_ONLY_DEVICES) if k in set(gold["device"]) | {d.device for d in found}]
    for kind in kinds:
        g = int((gold["device"] == kind).sum())
        f = sum(d.device == kind for d in found)
        tp = sum(1 for gi in matched_gold if gold["device"].iloc[gi] == kind)
        rows.append({"device": kind, "gold": g, "found": f, "true_positives": tp,
                     "precision": tp / f if f else float("nan"), "recall": tp / g if g else float("nan")})
    det = [r for r in rows if r["device"] in DEVICE_TYPES]
    g, f, tp = (sum(r[c] for r in det) for c in ("gold", "found", "true_positives"))
    rows.append({"device": "all", "gold": g, "found": f, "true_positives": tp,
                 "precision": tp / f if f else float("nan"), "recall": tp / g if g else float("nan")})
    return pd.DataFrame(rows, columns=["device", "gold", "found", "true_positives", "precision", "recall"])
