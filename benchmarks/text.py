"""Speed and memory of the text layer on about 10 k and 100 k tokens of realistic text.

Run with ``./kit bench`` (or ``.venv/bin/python benchmarks/text.py``). The input is built from
the case study's sentences, shuffled with a fixed seed and repeated until it reaches the target
size, so every run measures the same text. Each figure is the best of ``--repeat`` runs (caches such
as the orthography module's lexicon look-ups stay warm between repeats, as they would in a
session); peak memory is traced separately with :mod:`tracemalloc` on one more run.
"""

from __future__ import annotations

import argparse
import random
import time
import tracemalloc
from collections.abc import Callable

from helpers.data import case_study_path
from helpers.text.load import read_text_ar
from helpers.text.normalize import normalize_ar, normalize_with_offsets_ar
from helpers.text.orthography import find_anomalies_ar
from helpers.text.sentences import split_sentences_ar
from helpers.text.structure import split_article_ar
from helpers.text.tokenize import tokenize_ar, word_tokens_ar


def realistic_text(target_tokens: int, *, seed: int = 2021) -> str:
    """Return paragraphs of the case study's sentences, shuffled, until ``target_tokens`` tokens."""
    article = read_text_ar(case_study_path())
    sentences = [s.text for s in split_sentences_ar(article, level="clause")]
    rng = random.Random(seed)
    paragraphs, count = [], 0
    while count < target_tokens:
        chosen = rng.sample(sentences, k=min(8, len(sentences)))
        paragraph = " ".join(chosen)
        paragraphs.append(paragraph)
        count += len(paragraph.split())
    return "\n\n".join(paragraphs)


OPERATIONS: dict[str, Callable[[str], object]] = {
    "tokenize_ar": tokenize_ar,
    "split_sentences_ar": split_sentences_ar,
    "split_article_ar": split_article_ar,
    "normalize_ar": normalize_ar,
    "normalize_with_offsets_ar": normalize_with_offsets_ar,
    "find_anomalies_ar": find_anomalies_ar,
}


def measure(operation: Callable[[str], object], text: str, *, repeat: int) -> tuple[float, float]:
    """Return (best seconds, peak MiB) for ``operation(text)``."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        operation(text)
        best = min(best, time.perf_counter() - start)
    tracemalloc.start()
    operation(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return best, peak / 2**20


def run_benchmarks(operations: dict[str, Callable[[str], object]], description: str) -> None:
    """Parse ``--sizes``/``--repeat`` and print a markdown table of ``operations`` on realistic text."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--sizes", default="10000,100000", help="target token counts, comma-separated")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print("| operation | tokens | seconds | tokens/s | peak memory (MiB) |")
    print("|---|---:|---:|---:|---:|")
    for size in (int(s) for s in args.sizes.split(",")):
        text = realistic_text(size)
        n_tokens = len(word_tokens_ar(text))
        for name, operation in operations.items():
            seconds, peak = measure(operation, text, repeat=args.repeat)
            print(f"| `{name}` | {n_tokens:,} | {seconds:.3f} | {n_tokens / seconds:,.0f} | {peak:.1f} |")


if __name__ == "__main__":
    run_benchmarks(OPERATIONS, __doc__.splitlines()[0])
