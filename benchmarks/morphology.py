"""Speed and memory of the morphology table on real news text the kit has never seen.

Run with ``./kit bench`` or::

    .venv/bin/python benchmarks/morphology.py [--corpus PATH] [--sizes 10000,100000] [--seed 7]

The text is made of whole articles of the ANT news corpus (``--corpus``: the ``.tar.xz`` archive
as distributed, or a folder of its TREC ``.txt`` files; default: the archive in
``data/corpora/``), shuffled with a fixed seed, leaving out every article the kit's golds
annotate (``data/news/`` and its folders: the development and held-out sets), and taken until each size is reached (titles and bodies, one article
after another). Every row runs in a **fresh process**, so nothing is in memory:

* **cold**: an empty on-disk cache (a new temporary :class:`~helpers.morphology.store.MorphologyStore`):
  every word type is analysed by farahidi;
* **warm**: the same text again in another fresh process, with the cache the cold run filled
  (a second pass over a corpus, or a second worker reading the same cache).

Timed: :func:`~helpers.morphology.analyze_morphology_ar` with its defaults (closed-class table,
repair, priors, in context), after farahidi's lexicon and language model are loaded (their load
time is printed separately). Shown: wall-clock seconds, **CPU seconds** of the process (the
machine may be shared: tokens per CPU second is the speed per core), word types analysed by
farahidi, and the process's peak resident memory.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from helpers.data import data_path

_TITLE = re.compile(r"<TITLE>(.*?)</TITLE>", re.S)
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_CHILD = r"""
import json, resource, sys, time
from helpers.morphology import AnalysisCache, analyze_morphology_ar
from helpers.morphology.store import MorphologyStore
from helpers.text.tokenize import word_tokens_ar
text = open(sys.argv[1], encoding="utf-8").read()
start = time.perf_counter()
analyze_morphology_ar("قال", cache=AnalysisCache())            # loads farahidi's lexicon and model
load = time.perf_counter() - start
cache = AnalysisCache(store=MorphologyStore(sys.argv[2]))
wall, cpu = time.perf_counter(), time.process_time()
table = analyze_morphology_ar(text, cache=cache, progress=False)
wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (2**20 if sys.platform == "darwin" else 2**10)
print(json.dumps({"tokens": len(table), "types": int(table["normalized"].nunique()), "load": load,
                  "wall": wall, "cpu": cpu, "analysed": cache.analysed, "rss": rss}))
"""


def _article(raw: str) -> str:
    title = _TITLE.search(raw)
    body = _TEXT.search(raw)
    return ((title.group(1).strip() if title else "") + "\n\n" + (body.group(1).strip() if body else "")).strip()


def read_ant(path: Path) -> dict[str, str]:
    """Article id → text (title, blank line, body) of an ANT archive or folder."""
    articles: dict[str, str] = {}
    if path.is_dir():
        for file in sorted(path.rglob("*.txt")):
            articles[file.stem] = _article(file.read_text(encoding="utf-8"))
    else:
        with tarfile.open(path) as archive:  # read in order: a compressed archive cannot seek back
            for member in archive:
                if member.isfile() and member.name.endswith(".txt") and "/." not in member.name:
                    handle = archive.extractfile(member)
                    if handle is not None:
                        articles[Path(member.name).stem] = _article(handle.read().decode("utf-8"))
    return {k: v for k, v in articles.items() if v}


def unseen_text(articles: dict[str, str], size: int, seed: int) -> tuple[str, int]:
    """Whole articles not used by the kit's golds, shuffled with ``seed``, until ``size`` words."""
    used = {re.sub(r"^(dev\d*|test|clitics)_\d+_", "", p.stem) for p in data_path("news").rglob("*.txt")}
    ids = sorted(k for k in articles if k not in used)
    random.Random(seed).shuffle(ids)
    parts, words = [], 0
    for key in ids:
        parts.append(articles[key])
        words += len(articles[key].split())
        if words >= size:
            break
    return "\n\n".join(parts), len(parts)


def run(text_path: Path, store: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", _CHILD, str(text_path), str(store)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"benchmark child failed: {done.stderr.strip().splitlines()[-1] if done.stderr.strip() else done.returncode}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=None, help="ANT archive (.tar.xz) or folder (default: data/corpora/)")
    parser.add_argument("--sizes", default="10000,100000", help="target sizes in words, comma-separated")
    parser.add_argument("--seed", type=int, default=7, help="seed of the article order")
    parser.add_argument("--repeat", type=int, default=1, help="(accepted for ./kit bench; each row runs once)")
    args = parser.parse_args()
    corpus = args.corpus or data_path("corpora", "ant-corpus-v1.1.tar.xz")
    articles = read_ant(corpus)
    print(f"ANT corpus: {len(articles):,} articles from {corpus.name}; seed {args.seed}\n")
    print("| text | run | tokens | types | analysed by farahidi | wall s | CPU s | tokens / CPU s | peak RSS (MiB) |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    load = None
    with tempfile.TemporaryDirectory(prefix="adl-bench-") as folder:
        for size in (int(s) for s in args.sizes.split(",")):
            text, n_articles = unseen_text(articles, size, args.seed)
            text_path = Path(folder) / f"text_{size}.txt"
            text_path.write_text(text, encoding="utf-8")
            store = Path(folder) / f"store_{size}"
            for label in ("cold", "warm"):
                r = run(text_path, store)
                load = r["load"]
                print(
                    f"| {n_articles} articles | {label} | {r['tokens']:,} | {r['types']:,} | {r['analysed']:,} | "
                    f"{r['wall']:.1f} | {r['cpu']:.1f} | {r['tokens'] / r['cpu']:,.0f} | {r['rss']:,.0f} |",
                    flush=True,
                )
    print(f"\nfarahidi's lexicon and language model load in about {load:.1f} s per process (not timed above).")


if __name__ == "__main__":
    main()
