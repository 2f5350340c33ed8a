"""Speed and memory of the rhetoric and discourse layers on realistic text.

Run with ``./kit bench`` (or ``.venv/bin/python benchmarks/layers.py --sizes 10000``). Same text
and method as ``benchmarks/text.py``. Device detection and connectives receive a morphology table
computed once beforehand (its cost is in ``benchmarks/morphology.py``), as the ``analyze`` command does.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from text import run_benchmarks

from helpers.discourse import find_attributions_ar, find_connectives_ar, find_deixis_ar, reference_chains_ar
from helpers.morphology import analyze_morphology_ar
from helpers.rhetoric import find_devices_ar, tag_evaluation_ar, tag_fields_ar


@lru_cache(maxsize=4)
def _morphology(text: str):
    return analyze_morphology_ar(text, backend="farahidi", progress=False)


OPERATIONS: dict[str, Callable[[str], object]] = {
    "tag_evaluation_ar": tag_evaluation_ar,
    "tag_fields_ar": tag_fields_ar,
    "find_devices_ar (given morphology)": lambda t: find_devices_ar(t, morphology=_morphology(t)),
    "find_connectives_ar (given morphology)": lambda t: find_connectives_ar(t, morphology=_morphology(t)),
    "find_attributions_ar": find_attributions_ar,
    "find_deixis_ar": find_deixis_ar,
    "reference_chains_ar": reference_chains_ar,
}

if __name__ == "__main__":
    run_benchmarks(OPERATIONS, __doc__.splitlines()[0])
