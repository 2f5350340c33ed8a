"""Rhetorical devices (balagha) in one call: every detector, one sorted list of :class:`Device` spans.

The detectors live in their own modules, each documenting its rules:

=========================================  ===========================================  ==============================
detector                                   devices                                       module
=========================================  ===========================================  ==============================
:func:`find_repetition_ar`                 ``repetition`` (تكرار)                        ``devices_lexical``
:func:`find_anaphora_ar`                   ``anaphora`` (تكرار استهلالي)                 ``devices_lexical``
:func:`find_triads_ar`                     ``triad``, ``list`` (تعداد)                   ``devices_lexical``
:func:`find_jinas_ar`                      ``jinas_ishtiqaq`` (جناس اشتقاق), needs roots  ``devices_lexical``
:func:`find_antithesis_ar`                 ``antithesis`` (طباق, طباق السلب, مقابلة)     ``devices_semantic``
:func:`find_metaphor_candidates_ar`        ``metaphor_candidate`` (استعارة مرشحة)         ``devices_semantic``
:func:`find_saj_ar`                        ``saj`` (سجع)                                 ``devices_sound``
:func:`find_quotes_exclamations_questions_ar`  ``scare_quotes``, ``exclamation``, ``rhetorical_question``  ``devices_marks``
:func:`find_us_them_ar`                    ``us_them`` (استقطاب: نحن وهم)                ``ideology``
=========================================  ===========================================  ==============================

Detectors propose; a reader decides. Each device carries a one-line English explanation and the
offsets of its parts so that a student can check it against the text. Precision and recall on the
case study are measured against a hand annotation with :mod:`helpers.rhetoric.evaluate`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Mapping, Sequence
from itertools import accumulate

import pandas as pd

from helpers.text.load import check_text_ar
from helpers.rhetoric.devices_base import (
    DEVICE_TYPES,
    GOLD_ONLY_DEVICES,
    TERMS_AR,
    Device,
    resolve_morphology_ar,
    shared_words,
)
from helpers.rhetoric.devices_lexical import find_anaphora_ar, find_jinas_ar, find_repetition_ar, find_triads_ar
from helpers.rhetoric.devices_marks import find_quotes_exclamations_questions_ar
from helpers.rhetoric.devices_semantic import find_antithesis_ar, find_metaphor_candidates_ar
from helpers.rhetoric.devices_sound import find_saj_ar
from helpers.rhetoric.ideology import find_us_them_ar
from helpers.text.spans import spans_to_frame

__all__ = [
    "Device",
    "DEVICE_TYPES",
    "GOLD_ONLY_DEVICES",
    "TERMS_AR",
    "DETECTORS",
    "find_devices_ar",
    "devices_to_frame",
    "find_repetition_ar",
    "find_anaphora_ar",
    "find_triads_ar",
    "find_jinas_ar",
    "find_antithesis_ar",
    "find_metaphor_candidates_ar",
    "find_saj_ar",
    "find_quotes_exclamations_questions_ar",
    "find_us_them_ar",
]

_MORPH = "morphology"
#: The detectors :func:`find_devices_ar` runs, by name, in order; names are what ``detectors=`` takes.
DETECTORS: dict[str, tuple[Callable[..., list[Device]], bool]] = {
    "repetition": (find_repetition_ar, True),
    "anaphora": (find_anaphora_ar, True),
    "triads": (find_triads_ar, True),
    "jinas": (find_jinas_ar, True),
    "antithesis": (find_antithesis_ar, True),
    "saj": (find_saj_ar, False),
    "marks": (find_quotes_exclamations_questions_ar, False),
    "metaphor": (find_metaphor_candidates_ar, True),
    "us_them": (find_us_them_ar, True),
}
# Detectors that read the actors of a text (its own, plus a domain lexicon if passed).
_READ_ACTORS = {"metaphor": ("actors",), "us_them": ("actors", "camps")}


def find_devices_ar(text: str, *, morphology: pd.DataFrame | bool | None = None,
                    detectors: Sequence[str] | None = None, actors: pd.DataFrame | None = None,
                    camps: Mapping[str, frozenset[str] | set[str]] | None = None) -> list[Device]:
    """Run the device detectors on a text and return every device, sorted by start.

    Args:
        text: the text, exactly as loaded.
        morphology: a morphology table for ``text``; ``None`` (the default) runs
            ``helpers.morphology.analyze_morphology_ar`` if it can be imported, and otherwise goes
            on without (jinas al-ishtiqaq then finds nothing); ``False`` never uses morphology.
        detectors: names of :data:`DETECTORS` to run (default: all).
        actors: a domain lexicon of actors for us/them and metaphor targets, instead of the text's
            own actors (see :mod:`helpers.rhetoric.ideology`); ``None``: the text's own.
        camps: the us/them camps; ``None``: derived from the text.

    Returns:
        Devices sorted by ``(start, end, device)``. A repetition whose occurrences are all the
        openings of an anaphora found in the same place is left out (it is the anaphora).

    Raises:
        TextInputError: if the text is empty or has no Arabic letter.
        ValueError: for an unknown detector name.

    >>> found = find_devices_ar("بالمزيد من العمل، والمزيد من البناء، والمزيد من الحوار!", morphology=False)
    >>> [(d.device, d.term_ar) for d in found]
    [('anaphora', 'تكرار استهلالي'), ('triad', 'تعداد ثلاثي'), ('exclamation', 'تعجب')]
    """
    check_text_ar(text)
    names = list(DETECTORS) if detectors is None else list(detectors)
    unknown = [n for n in names if n not in DETECTORS]
    if unknown:
        raise ValueError(f"unknown detector(s) {', '.join(map(repr, unknown))}; choose from {', '.join(DETECTORS)}")
    needs = any(DETECTORS[n][1] for n in names)
    table = resolve_morphology_ar(text, morphology) if needs else None
    found: list[Device] = []
    with shared_words():  # the detectors read the same words: build them once
        for name in names:
            detect, takes_morphology = DETECTORS[name]
            options = {"actors": actors, "camps": camps}
            extra = {k: options[k] for k in _READ_ACTORS.get(name, ())}
            if takes_morphology:
                if name == "jinas" and table is None:
                    continue  # no roots: nothing to find (find_jinas_ar alone says so in a warning)
                found.extend(detect(text, morphology=table if table is not None else False, **extra))
            else:
                found.extend(detect(text, **extra))
    # Openings sorted by start, with the furthest end reached so far: some opening holds a part
    # (s <= part start and part end <= e) exactly when the furthest end among those starting at
    # or before the part's start reaches its end.
    openings = sorted({p for d in found if d.device == "anaphora" for p in d.parts})
    opening_starts = [s for s, _ in openings]
    reach = list(accumulate((e for _, e in openings), max))

    def inside_opening(part: tuple[int, int]) -> bool:
        k = bisect_right(opening_starts, part[0])
        return k > 0 and reach[k - 1] >= part[1]

    kept = [d for d in found if not (d.device == "repetition" and all(inside_opening(p) for p in d.parts))]
    return sorted(kept, key=lambda d: (d.start, d.end, d.device))


def devices_to_frame(devices: Sequence[Device]) -> pd.DataFrame:
    """Return devices as a DataFrame (columns of :class:`Device`), sorted by ``start`` then ``end``.

    >>> devices_to_frame([])
    Empty DataFrame
    Columns: [start, end, text, label, device, term_ar, explanation, parts, target]
    Index: []
    """
    if not devices:
        return pd.DataFrame(columns=["start", "end", "text", "label", "device", "term_ar", "explanation", "parts", "target"])
    return spans_to_frame(devices)
