"""Speed and memory of the statistics layer on about 10 k and 100 k tokens of realistic text.

Run with ``./kit bench`` (or ``.venv/bin/python benchmarks/statistics.py``). The input is the
same shuffled case-study text as ``benchmarks/text.py`` (fixed seed). Each figure is the best of
``--repeat`` runs (wordfreq's list and the normalization caches stay warm between repeats, as in
a session); peak memory is traced separately with :mod:`tracemalloc` on one more run.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from text import measure, realistic_text

from helpers.collocations import collocations_ar, ngrams_ar
from helpers.concordance import concordance_ar
from helpers.diversity import diversity_table_ar
from helpers.frequency import dispersion_ar, frequency_table_ar
from helpers.keyness import keyness_ar
from helpers.tokenize import word_tokens_ar

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000", help="target token counts, comma-separated")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print("| operation | tokens | seconds | tokens/s | peak memory (MiB) |")
    print("|---|---:|---:|---:|---:|")
    for size in (int(s) for s in args.sizes.split(",")):
        text = realistic_text(size)
        n_tokens = len(word_tokens_ar(text))
        for name, operation in OPERATIONS.items():
            seconds, peak = measure(operation, text, repeat=args.repeat)
            print(f"| `{name}` | {n_tokens:,} | {seconds:.3f} | {n_tokens / seconds:,.0f} | {peak:.1f} |")


if __name__ == "__main__":
    main()
