"""Accuracy of the connective detector against the news gold (``data/annotations/news_connectives.tsv``).

Run with ``./kit bench`` (or ``.venv/bin/python benchmarks/connectives.py``). For each half of the
21 ANT news articles (``dev``: the ten the detector may be developed on; ``test``: the eleven held
out) it prints precision, recall and F1 with their counts, for exact span and PDTB-3 sense, span
alone, and sense by sense. ``--errors`` lists the misses and false alarms of the **dev** half only:
the test half is for reporting, not for reading errors off.
"""

from __future__ import annotations

import argparse
from collections import defaultdict

import pandas as pd

from helpers.data import data_path
from helpers.discourse import find_connectives_ar
from helpers.discourse.scoring import base_sense_ar, connective_rows_ar, read_connective_gold_ar, score_connectives_ar
from helpers.text.load import read_text_ar


def found_rows(files: list[str]) -> dict[str, list[tuple[int, int, str]]]:
    """The detector's rows for each article."""
    return {f: connective_rows_ar(find_connectives_ar(read_text_ar(data_path("news", f)))) for f in files}


def _table(score: pd.DataFrame) -> str:
    return score.to_string(index=False)


def _errors(gold: pd.DataFrame, found: dict[str, list[tuple[int, int, str]]]) -> None:
    by_file = defaultdict(set)
    for row in gold.itertuples(index=False):
        by_file[row.file].add((row.start, row.end, base_sense_ar(row.sense)))
    for f in sorted(by_file):
        text = read_text_ar(data_path("news", f))
        got = set(found[f])
        spans = {(s, e) for s, e, _ in got}
        gold_spans = {(s, e) for s, e, _ in by_file[f]}
        for s, e, sense in sorted(by_file[f] - got):
            why = "wrong sense" if (s, e) in spans else "missed"
            print(f"{f[:6]} {why:11} {s:5} {text[s:e]!r:14} {sense:32} …{text[max(0, s - 30):e + 30]!r}")
        for s, e, sense in sorted(got - by_file[f]):
            if (s, e) in gold_spans:
                continue
            print(f"{f[:6]} {'false alarm':11} {s:5} {text[s:e]!r:14} {sense:32} …{text[max(0, s - 30):e + 30]!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("dev", "test", "both"), default="both")
    parser.add_argument("--errors", action="store_true", help="list the dev half's misses and false alarms")
    args, _ = parser.parse_known_args()  # ./kit bench passes the other benchmarks' options too
    gold = read_connective_gold_ar(half="all")
    halves = ("dev", "test") if args.half == "both" else (args.half,)
    for half in halves:
        part = gold[gold["half"] == half]
        files = sorted(set(part["file"]))
        found = found_rows(files)
        words = sum(len(read_text_ar(data_path("news", f)).split()) for f in files)
        print(f"\n{half}: {len(files)} articles, {words} words, {len(part)} gold connectives\n")
        print(_table(score_connectives_ar(found, part)))
        if args.errors and half == "dev":
            print()
            _errors(part, found)


if __name__ == "__main__":
    main()
