"""Accuracy of the named-entity layer against the news gold, and its speed.

Run with ``./kit bench`` (or ``.venv/bin/python benchmarks/entities.py --split dev``). For each set
of the gold (``data/annotations/news_names.tsv``: 10 ``dev_*`` articles for development, 11
``dev2_*``, 11 ``dev3_*``, 12 ``dev6_*``, 10 ``dev7_*``, 10 ``dev8_*``, 10 ``dev9_*``, 10 ``dev10_*`` and 10 ``dev11_*`` articles added later as further development sets, 11
``test_*`` articles held out; ``--split both`` is dev and test, ``all`` every set but ``dev10`` and ``dev11``, two blind sets that
the lead engineer scores once, each by its own name, before anyone reads the layer's output on them; ``dev4`` is a
fourth development set annotated for persons only, ``data/news/persons/`` against
``data/annotations/news_persons.tsv``, on which only PERSON is scored, and ``dev5`` a fifth
annotated for organizations only, ``data/news/organizations/`` against
``data/annotations/news_organizations.tsv``, on which only ORG is scored) it runs :func:`helpers.entities.find_entities_ar` on every article of
``data/news/`` and prints exact and partial precision, recall and F1 per label with the counts
(:func:`helpers.entities.scoring.score_entities_ar`), once with the embedded morphology (farahidi)
and once without morphology, so that the layer's dependence on the analyser shows.

``--errors`` lists the misses and false alarms of the chosen split (use it on a development set
only: the test half is for the figure, not for reading; it refuses ``test``). Speed: seconds per article and tokens per second
on the chosen articles, the morphology table computed beforehand (its cost is in
``benchmarks/morphology.py``), then on about 10 k tokens of the case study's sentences.
"""

from __future__ import annotations

import argparse
import time

import pandas as pd
from text import realistic_text

from helpers.data import data_dir
from helpers.entities import entities_to_frame, find_entities_ar
from helpers.entities.scoring import match_entities_ar, read_gold_entities_ar, score_entities_ar
from helpers.morphology import analyze_morphology_ar
from helpers.text.load import read_text_ar
from helpers.text.tokenize import word_tokens_ar


#: Sets annotated for one label only: their articles' folder under data/, their gold, the label scored.
SINGLE_LABEL = {"dev4": ("news/persons", "annotations/news_persons.tsv", "PERSON"),
                "dev5": ("news/organizations", "annotations/news_organizations.tsv", "ORG")}


def articles(split: str) -> dict[str, str]:
    """The news articles of one half, by file name."""
    folder = data_dir() / (SINGLE_LABEL[split][0] if split in SINGLE_LABEL else "news")
    return {p.name: read_text_ar(p) for p in sorted(folder.glob(f"{split}_*.txt"))}


def gold_of(split: str) -> pd.DataFrame:
    """The gold rows of one set (for a single-label set, its own file)."""
    if split in SINGLE_LABEL:
        return read_gold_entities_ar(SINGLE_LABEL[split][1])
    return read_gold_entities_ar(split=split)


def found_table(texts: dict[str, str], morphology: dict[str, pd.DataFrame] | None) -> pd.DataFrame:
    frames = []
    for name, text in texts.items():
        frame = entities_to_frame(find_entities_ar(text, morphology=morphology[name] if morphology else False))
        frames.append(frame.assign(file=name))
    return pd.concat(frames, ignore_index=True)


def _short(name: str) -> str:
    """``dev2_03`` for ``dev2_03_JA-society-309-20161125.txt``."""
    return "_".join(name.split("_")[:2])


def print_errors(found: pd.DataFrame, gold: pd.DataFrame) -> None:
    pairs = match_entities_ar(found, gold, partial=False)
    matched_g = {g for g, _ in pairs}
    matched_f = {f for _, f in pairs}
    print("\nmisses (gold not found exactly):")
    for i, row in gold.iterrows():
        if i not in matched_g:
            print(f"  {_short(row.file)} {row.start:>5} {row.label:<6} {row.text}")
    print("\nfalse alarms (found, not exactly in the gold):")
    for i, row in found.iterrows():
        if i not in matched_f:
            print(f"  {_short(row.file)} {row.start:>5} {row.label:<6} {row.rule:<14} {row.text}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "test", "both", "all"], default="both")
    parser.add_argument("--errors", action="store_true", help="list misses and false alarms of the split")
    parser.add_argument("--sizes", default="10000", help="(shared with ./kit bench) token counts for the speed row")
    parser.add_argument("--repeat", type=int, default=1, help="(accepted for ./kit bench)")
    args = parser.parse_args()
    pd.set_option("display.width", 160)
    splits = {"both": ["dev", "test"], "all": ["dev", "dev2", "dev3", "dev6", "dev7", "dev8", "dev9", "test"]}.get(args.split, [args.split])
    if args.errors and "test" in splits:
        parser.error("--errors lists a development set's errors; the test half is scored, never read")
    for split in splits:
        texts = articles(split)
        gold = gold_of(split)
        tables = {name: analyze_morphology_ar(text, backend="farahidi", progress=False) for name, text in texts.items()}
        words = sum(len(word_tokens_ar(t)) for t in texts.values())
        for label, morphology in (("with morphology (farahidi)", tables), ("without morphology", None)):
            start = time.perf_counter()
            found = found_table(texts, morphology)
            if split in SINGLE_LABEL:
                found = found[found["label"] == SINGLE_LABEL[split][2]].reset_index(drop=True)
            seconds = time.perf_counter() - start
            print(f"\n### {split}: {len(texts)} articles, {words} words, {len(gold)} gold entities; {label}\n")
            print(score_entities_ar(found, gold).to_string(index=False))
            print(f"\n{seconds:.2f} s ({seconds / len(texts):.3f} s per article, {words / seconds:,.0f} words/s)")
            if args.errors and morphology is not None:
                print_errors(found, gold)
    for size in (int(s) for s in args.sizes.split(",") if s):
        text = realistic_text(size)
        table = analyze_morphology_ar(text, backend="farahidi", progress=False)
        start = time.perf_counter()
        find_entities_ar(text, morphology=table)
        seconds = time.perf_counter() - start
        n = len(word_tokens_ar(text))
        print(f"\nspeed: {n:,} words of the case study's sentences in {seconds:.2f} s ({n / seconds:,.0f} words/s)")


if __name__ == "__main__":
    main()
