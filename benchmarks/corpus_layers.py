"""Where a corpus run's CPU goes: CPU seconds per layer and figure, in one worker-like process.

Run with ``.venv/bin/python benchmarks/corpus_layers.py PATH [--limit N]``: PATH is anything the
``corpus`` command reads (default: the kit's ANT archive), ``--limit`` takes N documents spread
evenly over it (default 200). The process is prepared as a corpus worker is
(:func:`helpers.corpus.batch.start_worker`: analyzer loaded, garbage collector set), then every
document is analysed as :func:`helpers.analyze.analyze_text_ar` does, layer by layer, and the CPU
time (``time.process_time``, not wall-clock: the figure holds on a shared machine) of each layer
and figure is added up. The morphology cache is the usual one (``ADL_CACHE`` chooses it): run twice
for a warm figure. Start-up is not counted (see ``benchmarks/corpus.py`` for whole runs).

A layer that reuses what an earlier one computed for the same text (the morphology table, the
entities, the words) is charged only for what is left, so the order of :data:`helpers.analyze.LAYERS`
matters: the first layer to need a thing pays for it.
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict

from helpers.analyze import iter_analysis_ar
from helpers.corpus.batch import start_worker
from helpers.corpus.documents import read_documents
from helpers.data import data_path
from helpers.text.tokenize import word_tokens_ar


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="*", help="corpus inputs (default: the kit's ANT archive)")
    parser.add_argument("--limit", type=int, default=200, help="documents, spread evenly over the inputs (0: all; default 200)")
    parser.add_argument("--id-column", default=None, help="tables: the column holding each document's id")
    args, _ = parser.parse_known_args()  # ./kit bench passes every script the same options
    inputs = args.path or [str(data_path("corpora", "ant-corpus-v1.1.tar.xz"))]
    documents = [d for d in read_documents(inputs, id_column=args.id_column) if d.error is None]
    if args.limit:
        documents = documents[:: max(1, len(documents) // args.limit)][: args.limit]
    start_worker(None)
    cost: dict[str, float] = defaultdict(float)
    words = 0
    began = time.process_time()
    for doc in documents:
        mark = time.process_time()
        for name, _ in iter_analysis_ar(doc.text, name=doc.doc_id):
            now = time.process_time()
            cost[name] += now - mark
            mark = now
        words += len(word_tokens_ar(doc.text))
    total = time.process_time() - began
    print(f"inputs: {', '.join(inputs)}; {len(documents):,} documents, {words:,} Arabic words\n")
    print("| layer or figure | CPU s | ms per document | share |")
    print("|---|---:|---:|---:|")
    for name, seconds in sorted(cost.items(), key=lambda item: -item[1]):
        print(f"| {name} | {seconds:.2f} | {1000 * seconds / len(documents):.1f} | {seconds / total:.0%} |")
    print(f"| **all** | {total:.2f} | {1000 * total / len(documents):.1f} | {words / total:,.0f} words per CPU-second |")


if __name__ == "__main__":
    main()
