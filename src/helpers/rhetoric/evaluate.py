"""Score device detectors against a gold annotation: precision and recall per device, two ways.

**Lenient matching** (span overlap). A found device matches a gold device when (1) both have the
same ``device`` id, (2) their spans overlap by at least ``overlap`` of the *shorter* span
(``|A ∩ B| / min(|A|, |B|)``), and (3) if the gold device lists ``parts``, the found span
overlaps at least one of them (so a short found span inside a long gold span must touch the
pieces the annotator marked, not just any words in between).

**Strict matching** adds (4): when the gold device has a ``target`` (what it is about: the
literal term of a metaphor, the actor of an us/them device), the found device's target must
overlap it by at least ``overlap`` of the shorter of the two; a found device without a target
does not match such a gold device. So "war word تنتصر used of الكاظمي" does not strictly match
the gold metaphor of دبلوماسية الكاظمي تنتصر, whose target is دبلوماسية: the detector was right
that there is an image, wrong about what it is an image of. Gold devices without a target
(repetition, antithesis, an استعارة تصريحية whose literal term is not written ...) match as in
lenient matching.

Matching is one-to-one: candidate pairs are taken by highest overlap, then highest
intersection-over-union, then earlier gold, then earlier found; each gold and each found device
is used at most once. So a found span lying wholly inside a longer gold span (``ظاهراً، لكنها في
العمق`` inside the gold muqabala) matches, and one long found span cannot match two gold devices.

For each device id: ``gold`` (how many gold devices), ``found``, ``true_positives``,
``precision`` = TP / found and ``recall`` = TP / gold (``NaN`` when the denominator is 0), plus a
final ``all`` row over the devices the detectors look for. Gold-only devices (kinaya, majaz
mursal, hyperbole, itnab, euphemism, allusion) get rows of their own with ``found`` 0: what no
detector can see.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache
from typing import Literal

import pandas as pd

from helpers.data import data_path
from helpers.rhetoric.devices_base import DEVICE_TYPES, GOLD_ONLY_DEVICES, Device

__all__ = [
    "GOLD_FILE",
    "GOLD_COLUMNS",
    "TARGET_DEVICES",
    "load_gold_rhetoric",
    "read_rhetoric_annotation",
    "match_devices",
    "score_against_gold",
]

#: The gold annotation of the case study (annotator A), relative to the data folder.
GOLD_FILE = "annotations/rhetoric_case_study.tsv"
#: Its columns, in order (the second annotation, ``rhetoric_case_study_b.tsv``, has the same).
GOLD_COLUMNS = ("id", "device", "term_ar", "start", "end", "text", "target_start", "target_end", "target", "parts",
                "explanation")
#: Devices that are about something, whose gold rows give a ``target`` (the others are made of their parts).
TARGET_DEVICES = ("metaphor_candidate", "us_them", "hyperbole", "kinaya", "majaz_mursal", "euphemism", "allusion")


def read_rhetoric_annotation(name: str) -> pd.DataFrame:
    """Read a device annotation in the gold's format (``annotations/NAME``, columns :data:`GOLD_COLUMNS`).

    ``start``/``end`` are ints, ``parts`` a tuple of ``(start, end)`` pairs, ``target_span`` the
    target's ``(start, end)`` or ``None``; ``text`` and ``target`` are as written in the file
    (a newline inside a span is written ``\\n``).

    Raises:
        ValueError: if the columns are not :data:`GOLD_COLUMNS`.
    """
    return _read(name).copy()


@lru_cache(maxsize=4)
def _read(name: str) -> pd.DataFrame:
    where = f"annotations/{name}"
    frame = pd.read_csv(data_path(where), sep="\t", comment="#", dtype=str, keep_default_na=False,
                        quoting=3, encoding="utf-8")
    if tuple(frame.columns) != GOLD_COLUMNS:
        raise ValueError(f"{where}: expected columns {', '.join(GOLD_COLUMNS)}, got {', '.join(frame.columns)}")
    frame["start"] = frame["start"].astype(int)
    frame["end"] = frame["end"].astype(int)
    frame["parts"] = [tuple(tuple(p) for p in json.loads(v)) if v else () for v in frame["parts"]]
    frame["target_span"] = [(int(s), int(e)) if s and e else None
                            for s, e in zip(frame["target_start"], frame["target_end"])]
    return frame


def load_gold_rhetoric() -> pd.DataFrame:
    """Return the gold device annotation of the case study (:data:`GOLD_FILE`, annotator A).

    Columns :data:`GOLD_COLUMNS` plus ``target_span`` (see :func:`read_rhetoric_annotation`);
    ``text`` is ``case_study[start:end]``.

    >>> gold = load_gold_rhetoric()
    >>> list(gold.columns) == [*GOLD_COLUMNS, "target_span"], bool(gold["device"].isin(DEVICE_TYPES + GOLD_ONLY_DEVICES).all())
    (True, True)
    >>> gold.loc[gold["id"] == "g001", ["text", "target"]].values.tolist()
    [['دبلوماسية الكاظمي تنتصر', 'دبلوماسية']]
    """
    return read_rhetoric_annotation(GOLD_FILE.removeprefix("annotations/"))


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    return max(inter, 0) / shorter if shorter > 0 else 0.0


def _targets_agree(gold_target: tuple[int, int] | None, found_target: tuple[int, int] | None, overlap: float) -> bool:
    """Strict matching's target test: no gold target, or two targets overlapping enough."""
    if gold_target is None:
        return True
    return found_target is not None and _overlap(gold_target, found_target) >= overlap


def match_devices(found: Sequence[Device], gold: pd.DataFrame, *, overlap: float = 0.5,
                  match: Literal["lenient", "strict"] = "lenient") -> list[tuple[int, int]]:
    """Return the one-to-one matches as ``(gold row position, found position)`` pairs.

    Args:
        found: devices from the detectors (or another annotator).
        gold: a table with ``device``, ``start``, ``end``, optionally ``parts`` and ``target_span``.
        overlap: the least overlap, as a share of the shorter span (and target), for a match.
        match: ``"lenient"`` (spans) or ``"strict"`` (spans and targets); rules in the module docstring.

    >>> gold = pd.DataFrame({"device": ["triad"], "start": [0], "end": [20]})
    >>> d = Device(2, 5, "abc", "triad", "triad", "تعداد", "x")
    >>> match_devices([d], gold)
    [(0, 0)]
    >>> gold = pd.DataFrame({"device": ["metaphor_candidate"], "start": [0], "end": [23], "target_span": [(0, 9)]})
    >>> about_the_man = Device(10, 23, "x" * 13, "metaphor_candidate", "metaphor_candidate", "استعارة", "x", target=(10, 17))
    >>> match_devices([about_the_man], gold), match_devices([about_the_man], gold, match="strict")
    ([(0, 0)], [])
    """
    if not 0 < overlap <= 1:
        raise ValueError(f"overlap must be in (0, 1], not {overlap}")
    if match not in ("lenient", "strict"):
        raise ValueError(f"match must be 'lenient' or 'strict', not {match!r}")
    candidates = []
    parts_col = gold["parts"] if "parts" in gold.columns else [()] * len(gold)
    target_col = gold["target_span"] if "target_span" in gold.columns else [None] * len(gold)
    for gi, (dev, s, e, parts, target) in enumerate(zip(gold["device"], gold["start"], gold["end"], parts_col, target_col)):
        for fi, d in enumerate(found):
            if d.device != dev:
                continue
            o = _overlap((int(s), int(e)), (d.start, d.end))
            touches = not parts or any(min(pe, d.end) > max(ps, d.start) for ps, pe in parts)
            if match == "strict" and not _targets_agree(target, getattr(d, "target", None), overlap):
                continue
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


def score_against_gold(found: Sequence[Device], gold: pd.DataFrame, *, overlap: float = 0.5,
                       match: Literal["lenient", "strict"] = "lenient") -> pd.DataFrame:
    """Precision and recall per device of ``found`` against ``gold`` (rules in the module docstring).

    Args:
        found: devices from the detectors.
        gold: a table with ``device``, ``start``, ``end`` (e.g. :func:`load_gold_rhetoric`).
        overlap: the least overlap, as a share of the shorter span, for a match.
        match: ``"lenient"`` (span overlap) or ``"strict"`` (device type and target too).

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
    pairs = match_devices(found, gold, overlap=overlap, match=match)
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
