"""Speed and memory of the morphology table (farahidi) on about 10 k and 100 k tokens.

Run with ``./kit bench`` (or ``.venv/bin/python benchmarks/morphology.py``). The input is the
text benchmark's realistic text (the case study's sentences, shuffled with a fixed seed and
repeated). Measured, in tokens per second of Arabic word tokens:

* **per token, no cache**: every token analysed afresh (``AnalysisCache(max_size=0)``), out of
  context, no repair. It is slow (about 1.5 k tokens/s); above ``--per-token-limit`` tokens it is
  timed on the first that many tokens and the table says so;
* **cached, cold**: a new :class:`~helpers.morphology.AnalysisCache`, so each word type is analysed
  once (out of context, no repair);
* **cached, warm**: the same cache again (a second text of the same vocabulary);
* **full table, cold / warm**: the default ``analyze_morphology_ar`` (repair + in context).

farahidi's lexicon and language model are loaded once before timing (their load time is
printed). Peak memory is traced with :mod:`tracemalloc` on one more run of each cached row. The
text repeats one article's ~320 word types, so caching helps more here than on a corpus of many
articles, whose vocabulary keeps growing.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable

from text import realistic_text

from helpers.morphology import AnalysisCache, analyze_morphology_ar, get_backend
from helpers.text.tokenize import tokenize_ar, word_tokens_ar


def timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def peak_mib(run: Callable[[], object]) -> float:
    tracemalloc.start()
    run()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000", help="target token counts, comma-separated")
    parser.add_argument("--repeat", type=int, default=1, help="(accepted for ./kit bench; each row runs once)")
    parser.add_argument("--per-token-limit", type=int, default=100_000, help="largest input timed per token (the rest is skipped)")
    args = parser.parse_args()

    load = timed(lambda: analyze_morphology_ar("قال الوزير إن المفاوضات مستمرة.", cache=AnalysisCache()))
    print(f"farahidi lexicon + language model loaded in {load:.1f} s (once per process)\n")
    print("| run | tokens | types | seconds | tokens/s | peak memory (MiB) |")
    print("|---|---:|---:|---:|---:|---:|")
    backend = get_backend("farahidi")
    for size in (int(s) for s in args.sizes.split(",")):
        text = realistic_text(size)
        tokens = tokenize_ar(text)
        n = len(word_tokens_ar(text))

        def row(name: str, count: int, types: int | str, seconds: float, peak: float | None) -> None:
            memory = f"{peak:.1f}" if peak is not None else "n/a"
            print(f"| {name} | {count:,} | {types} | {seconds:.2f} | {count / seconds:,.0f} | {memory} |", flush=True)

        sample = tokens
        if n > args.per_token_limit:
            words = [t for t in tokens if t.kind == "arabic"][: args.per_token_limit]
            sample = [t for t in tokens if t.start <= words[-1].start]
        n_sample = sum(t.kind == "arabic" for t in sample)
        label = "per token, no cache" + (f" (first {n_sample:,} of {n:,})" if n_sample < n else "")
        seconds = timed(lambda: analyze_morphology_ar(sample, in_context=False, repair=False, cache=AnalysisCache(max_size=0), progress=False))
        row(label, n_sample, "-", seconds, None)

        cache = AnalysisCache()
        seconds = timed(lambda: analyze_morphology_ar(tokens, in_context=False, repair=False, cache=cache, progress=False))
        row("cached, cold (out of context)", n, f"{len(cache):,}", seconds, peak_mib(lambda: analyze_morphology_ar(tokens, in_context=False, repair=False, cache=AnalysisCache(), progress=False)))
        seconds = timed(lambda: analyze_morphology_ar(tokens, in_context=False, repair=False, cache=cache, progress=False))
        row("cached, warm (out of context)", n, f"{len(cache):,}", seconds, peak_mib(lambda: analyze_morphology_ar(tokens, in_context=False, repair=False, cache=cache, progress=False)))

        full = AnalysisCache()
        backend._seen.clear()  # the backend's in-context memo, so the cold run is cold
        seconds = timed(lambda: analyze_morphology_ar(tokens, cache=full, progress=False))
        row("full table, cold (repair + in context)", n, f"{len(full):,}", seconds, None)
        seconds = timed(lambda: analyze_morphology_ar(tokens, cache=full, progress=False))
        row("full table, warm (repair + in context)", n, f"{len(full):,}", seconds, peak_mib(lambda: analyze_morphology_ar(tokens, cache=full, progress=False)))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (2**20 if sys.platform == "darwin" else 2**10)
    print(f"\nprocess peak resident memory: {rss:,.0f} MiB (includes farahidi's lexicon and language model)")


if __name__ == "__main__":
    main()
