"""Agreement between two annotations of rhetorical devices: Cohen's kappa, and devices matched.

The case study has two independent annotations in one format (:data:`GOLD_COLUMNS`): the gold
(annotator A, ``rhetoric_case_study.tsv``) and a blind second reading (annotator B,
``rhetoric_case_study_b.tsv``). How far do two trained readers agree on which words carry which
device? Span annotations have no natural list of items to agree on, so the unit must be chosen.

**Unit: token × device type.** Every token of the text (:func:`helpers.text.tokenize.tokenize_ar`:
words, numbers and punctuation, since a quotation mark or an exclamation mark can make a device)
is one unit for each device type that either annotator uses. An annotator *marks* a unit when the
token overlaps one of the **pieces** of a device of that type: its ``parts`` (the words that make
it: both terms of an antithesis, the items of a triad, the repeated words) or its ``target``
(what it is about). Pieces, not whole spans, because spans follow conventions that say nothing
about the device: a ring composition or a muqabala can span a paragraph, and one such row would
otherwise mark hundreds of tokens. Each unit then has two yes/no labels.

**Cohen's kappa** per device type is computed over the text's tokens, κ = (p_o − p_e) / (1 − p_e),
with p_o the share of tokens on which the two agree and p_e the agreement expected from how often
each marks the type; the ``all`` row pools every token × type unit. κ is ``NaN`` when p_e is 1
(both annotators mark nothing, or everything). Most tokens carry no device, so p_o is high for
every type and κ, which discounts that, is the figure to read.

**Devices matched.** Beside κ, each device of one annotation is matched one-to-one with a device
of the same type in the other (:func:`helpers.rhetoric.evaluate.match_devices`, with A as the
reference): leniently by span overlap, strictly by span and target. F1 = 2·matched / (n_A + n_B).

**Taxonomies.** A uses the detectors' ``metaphor_candidate`` for every figurative image
(istiʿāra and tashbīh balīgh, told apart in ``term_ar``); B has ``metaphor`` and ``simile``. For
comparison B's two are mapped onto ``metaphor_candidate`` (:data:`B_TO_GOLD`); every other device
id is shared.

>>> text = "الحرب والسلم في البلاد والعباد"
>>> a = pd.DataFrame({"device": ["antithesis"], "start": [0], "end": [12], "parts": [((0, 5), (6, 12))],
...                   "target_span": [None], "term_ar": ["طباق"], "explanation": ["x"]})
>>> b = pd.DataFrame({"device": ["antithesis"], "start": [6], "end": [22], "parts": [((6, 12), (16, 22))],
...                   "target_span": [None], "term_ar": ["طباق"], "explanation": ["x"]})
>>> table = agreement_table_ar(text, a, b).set_index("device")
>>> table.loc["antithesis", ["units", "both", "first_only", "second_only", "neither"]].tolist()
[5, 1, 1, 1, 2]
>>> round(float(table.loc["antithesis", "kappa"]), 4)  # p_o = 3/5, p_e = .4 × .4 + .6 × .6 = .52
0.1667
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Mapping, Sequence

import pandas as pd

from helpers.rhetoric.devices_base import DEVICE_TYPES, GOLD_ONLY_DEVICES, Device
from helpers.rhetoric.evaluate import load_gold_rhetoric, match_devices, read_rhetoric_annotation
from helpers.text.tokenize import tokenize_ar

__all__ = [
    "B_TO_GOLD",
    "SECOND_FILE",
    "agreement_table_ar",
    "annotation_devices",
    "case_study_agreement",
    "cohen_kappa",
    "load_second_annotation",
    "marked_tokens",
]

#: The second, blind annotation of the case study (annotator B), in the gold's format.
SECOND_FILE = "rhetoric_case_study_b.tsv"
#: B's device ids that differ from the gold's, and the gold id each is compared as.
B_TO_GOLD: dict[str, str] = {"metaphor": "metaphor_candidate", "simile": "metaphor_candidate"}

_COLUMNS = ["device", "units", "both", "first_only", "second_only", "neither", "observed", "expected", "kappa",
            "first_devices", "second_devices", "matched_lenient", "matched_strict", "f1_lenient", "f1_strict"]


def cohen_kappa(first: Sequence[Hashable], second: Sequence[Hashable]) -> float:
    """Cohen's kappa of two annotators' labels for the same units.

    κ = (p_o − p_e) / (1 − p_e), where p_o is the share of units with the same label and p_e the
    sum over labels of the product of the two annotators' shares of that label.

    Returns:
        κ, or ``NaN`` when p_e is 1 (both give every unit one and the same label).

    Raises:
        ValueError: if the two sequences differ in length or are empty.

    >>> cohen_kappa([1, 1, 0, 0], [1, 1, 0, 0]), cohen_kappa([1, 0, 1, 0], [0, 1, 0, 1])
    (1.0, -1.0)
    >>> round(cohen_kappa("aabbc", "abbbc"), 4)  # p_o = .8, p_e = .4·.2 + .4·.6 + .2·.2 = .36
    0.6875
    """
    if len(first) != len(second):
        raise ValueError(f"the two annotations label {len(first)} and {len(second)} units")
    if not first:
        raise ValueError("no units to compare")
    n = len(first)
    observed = sum(a == b for a, b in zip(first, second)) / n
    labels = set(first) | set(second)
    expected = sum((list(first).count(label) / n) * (list(second).count(label) / n) for label in labels)
    if math.isclose(expected, 1.0):
        return float("nan")
    return (observed - expected) / (1 - expected)


def load_second_annotation(*, mapping: Mapping[str, str] = B_TO_GOLD) -> pd.DataFrame:
    """Annotator B's devices (:data:`SECOND_FILE`) with device ids mapped onto the gold's.

    The original id stays in ``device_b``.

    >>> b = load_second_annotation()
    >>> sorted(set(b.loc[b["device_b"].isin(["metaphor", "simile"]), "device"]))
    ['metaphor_candidate']
    """
    frame = read_rhetoric_annotation(SECOND_FILE)
    frame.insert(2, "device_b", frame["device"])
    frame["device"] = [mapping.get(d, d) for d in frame["device"]]
    return frame


def annotation_devices(frame: pd.DataFrame, text: str) -> list[Device]:
    """The rows of an annotation as :class:`Device` records (spans checked against ``text``)."""
    targets = frame["target_span"] if "target_span" in frame.columns else [None] * len(frame)
    return [Device(int(s), int(e), text[int(s):int(e)], dev, dev, term, why, tuple(parts), target)
            for s, e, dev, term, why, parts, target in zip(frame["start"], frame["end"], frame["device"],
                                                            frame["term_ar"], frame["explanation"], frame["parts"],
                                                            targets)]


def _pieces(devices: Sequence[Device], device: str) -> list[tuple[int, int]]:
    pieces = []
    for d in devices:
        if d.device != device:
            continue
        pieces += list(d.parts) or [(d.start, d.end)]
        if d.target is not None:
            pieces.append(d.target)
    return pieces


def marked_tokens(tokens: Sequence[tuple[int, int]], devices: Sequence[Device], device: str) -> list[bool]:
    """For each token ``(start, end)``, whether it overlaps a piece (part or target) of a device of type ``device``.

    >>> d = Device(0, 12, "x" * 12, "antithesis", "antithesis", "طباق", "x", ((0, 5), (6, 12)))
    >>> marked_tokens([(0, 5), (6, 12), (13, 15)], [d], "antithesis"), marked_tokens([(0, 5)], [d], "triad")
    ([True, True, False], [False])
    """
    pieces = _pieces(devices, device)
    return [any(min(e, pe) > max(s, ps) for ps, pe in pieces) for s, e in tokens]


def _order(device: str) -> tuple[int, str]:
    known = [*DEVICE_TYPES, *GOLD_ONLY_DEVICES]
    return (known.index(device) if device in known else len(known), device)


def _f1(matched: int, first: int, second: int) -> float:
    return 2 * matched / (first + second) if first + second else float("nan")


def agreement_table_ar(text: str, first: pd.DataFrame, second: pd.DataFrame) -> pd.DataFrame:
    """Agreement per device type between two annotations of ``text`` (units and rules in the module docstring).

    Args:
        text: the annotated text, exactly as loaded.
        first: the reference annotation (the gold), columns as :func:`read_rhetoric_annotation` gives.
        second: the other annotation, with device ids already in the first one's taxonomy.

    Returns:
        One row per device type used by either annotation, then ``all``: ``units`` (tokens),
        ``both``, ``first_only``, ``second_only``, ``neither``, ``observed`` (p_o), ``expected``
        (p_e), ``kappa``; ``first_devices``, ``second_devices``, ``matched_lenient``,
        ``matched_strict``, ``f1_lenient``, ``f1_strict``.
    """
    tokens = [(t.start, t.end) for t in tokenize_ar(text)]
    a_devices, b_devices = annotation_devices(first, text), annotation_devices(second, text)
    kinds = sorted({d.device for d in a_devices} | {d.device for d in b_devices}, key=_order)
    rows, pooled_a, pooled_b = [], [], []
    for kind in kinds:
        a, b = marked_tokens(tokens, a_devices, kind), marked_tokens(tokens, b_devices, kind)
        pooled_a += a
        pooled_b += b
        ref = first[first["device"] == kind].reset_index(drop=True)
        other = [d for d in b_devices if d.device == kind]
        rows.append(_row(kind, a, b, len(ref), len(other),
                         len(match_devices(other, ref)), len(match_devices(other, ref, match="strict"))))
    totals = {k: sum(r[k] for r in rows) for k in ("first_devices", "second_devices", "matched_lenient", "matched_strict")}
    rows.append(_row("all", pooled_a, pooled_b, *totals.values()))
    return pd.DataFrame(rows, columns=_COLUMNS)


def _row(kind: str, a: list[bool], b: list[bool], n_first: int, n_second: int, lenient: int, strict: int) -> dict:
    n = len(a)
    both = sum(x and y for x, y in zip(a, b))
    first_only = sum(x and not y for x, y in zip(a, b))
    second_only = sum(y and not x for x, y in zip(a, b))
    pa, pb = sum(a) / n, sum(b) / n
    return {
        "device": kind, "units": n, "both": both, "first_only": first_only, "second_only": second_only,
        "neither": n - both - first_only - second_only,
        "observed": (n - first_only - second_only) / n, "expected": pa * pb + (1 - pa) * (1 - pb),
        "kappa": cohen_kappa(a, b),
        "first_devices": n_first, "second_devices": n_second, "matched_lenient": lenient, "matched_strict": strict,
        "f1_lenient": _f1(lenient, n_first, n_second), "f1_strict": _f1(strict, n_first, n_second),
    }


def case_study_agreement() -> pd.DataFrame:
    """Agreement between the case study's gold (annotator A) and the second annotation (annotator B)."""
    from helpers.data import case_study_path
    from helpers.text.load import read_text_ar

    return agreement_table_ar(read_text_ar(case_study_path()), load_gold_rhetoric(), load_second_annotation())
