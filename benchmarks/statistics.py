"""Speed and memory of the statistics layer on about 10 k and 100 k tokens of realistic text.

Run with ``./kit bench`` (or ``.venv/bin/python benchmarks/statistics.py``). The input is the
same shuffled case-study text as ``benchmarks/text.py`` (fixed seed). Each figure is the best of
``--repeat`` runs (wordfreq's list and the normalization caches stay warm between repeats, as in
a session); peak memory is traced separately with :mod:`tracemalloc` on one more run.
"""

from __future__ import annotations

from collections.abc import Callable

from text import run_benchmarks

from helpers.statistics.collocations import collocations_ar, ngrams_ar
from helpers.statistics.concordance import concordance_ar
from helpers.statistics.diversity import diversity_table_ar
from helpers.statistics.frequency import dispersion_ar, frequency_table_ar
from helpers.statistics.keyness import keyness_ar

OPERATIONS: dict[str, Callable[[str], object]] = {
    "frequency_table_ar (normalized)": lambda t: frequency_table_ar(t, level="normalized"),
    "dispersion_ar (blocks)": lambda t: dispersion_ar(t, "الكاظمي"),
    "concordance_ar (clitic-aware)": lambda t: concordance_ar(t, "الكاظمي"),
    "ngrams_ar (n=2)": lambda t: ngrams_ar(t, 2),
    "collocations_ar (window 4)": lambda t: collocations_ar(t, "الكاظمي"),
    "keyness_ar (wordfreq, surface)": lambda t: keyness_ar(t),
    "keyness_ar (wordfreq, normalized)": lambda t: keyness_ar(t, level="normalized"),
    "diversity_table_ar": diversity_table_ar,
}


if __name__ == "__main__":
    run_benchmarks(OPERATIONS, __doc__.splitlines()[0])
