"""Accuracy of the morphology table on a treebank in CoNLL-U: tokens, clitics, lemma, UPOS, root.

Usage::

    .venv/bin/python benchmarks/accuracy.py TREEBANK.conllu[.xz] [--backend farahidi|camel] [--json]
    .venv/bin/python benchmarks/accuracy.py --news-clitics dev [--errors N] [--json]
    .venv/bin/python benchmarks/accuracy.py --news-pos dev [--errors N] [--breakdown N] [--json]

The treebank is read from the path given and never copied: the kit ships no gold of this kind
(UD Arabic-PADT, for example, is CC BY-NC-SA). Orthographic words are rebuilt from the syntactic
words, the kit analyses the rebuilt sentences, and each measure is printed with its ``n`` next to
a simple baseline. Definitions (rebuilding words, clitic boundaries, lemma and root
normalization, the UPOS harmonization with UD v1 treebanks): :mod:`helpers.morphology.treebank_words`,
:mod:`helpers.morphology.measures`, :mod:`helpers.morphology.evaluation` and
:mod:`helpers.morphology.upos`. ``--errors N`` lists the commonest disagreements per measure
(for reading: fixing them one by one would tune the kit to this file); ``--breakdown N`` counts
all disagreements by kind (UPOS confusions, clitic false positives and negatives, lemma errors).

``--news-clitics dev`` scores clitic segmentation alone on the kit's own gold instead
(``data/annotations/news_clitics.tsv``: every Arabic word of the first sentences of ten ANT news
articles, segmented by one guideline; :mod:`helpers.morphology.clitic_gold`), with the same boundary
definition, the same baseline and the same kinds of breakdown as the treebank's clitic measure.
``--news-clitics test`` scores the held-out half: only the lead engineer runs it.

``--news-pos dev`` scores UPOS alone on the kit's gold of the same words
(``data/annotations/news_pos.tsv``, aligned one to one with the clitic gold;
:mod:`helpers.morphology.pos_gold`), with the PADT figure's strict harmonization and its baseline;
``--news-pos test`` scores the held-out half: only the lead engineer runs it.

``./kit bench`` runs every script here without arguments; without a treebank this one says so
and exits 0.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from typing import Any

from helpers.morphology import AnalysisCache
from helpers.data import data_path
from helpers.morphology.clitic_gold import read_clitic_gold_ar, score_clitic_gold_ar
from helpers.morphology.evaluation import score_morphology_ar
from helpers.morphology.pos_gold import read_pos_gold_ar, score_pos_gold_ar
from helpers.morphology.treebank_words import read_conllu_ar


def _cell(measure: dict | None, key: str = "score") -> str:
    if not measure:
        return "–"
    return f"{measure[key]:.3f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("conllu", nargs="?", help="a CoNLL-U file, plain or .xz")
    parser.add_argument("--backend", default="farahidi", help="farahidi (default) or camel")
    parser.add_argument("--json", action="store_true", help="print the full result as JSON")
    parser.add_argument("--errors", type=int, default=0, help="list the N commonest errors per measure")
    parser.add_argument("--limit", type=int, default=0, help="only the first N sentences")
    parser.add_argument("--breakdown", type=int, default=0, help="count the disagreements by kind (N commonest rows each)")
    parser.add_argument("--news-clitics", choices=("dev", "test"), default=None,
                        help="score clitics on the kit's news gold instead of a treebank: dev (clitics_01-05) or "
                             "test (clitics_06-10, the held-out half: only the lead engineer runs it)")
    parser.add_argument("--news-pos", choices=("dev", "test"), default=None,
                        help="score UPOS on the kit's news gold instead of a treebank: dev (clitics_01-05) or "
                             "test (clitics_06-10, the held-out half: only the lead engineer runs it)")
    # ./kit bench passes every script the same options; these two mean nothing here
    parser.add_argument("--repeat", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--sizes", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.news_clitics:
        return news_clitics(args.news_clitics, backend=args.backend, errors=args.errors, as_json=args.json)
    if args.news_pos:
        return news_pos(args.news_pos, backend=args.backend, errors=args.errors, breakdown=args.breakdown,
                        as_json=args.json)
    if not args.conllu:
        print("accuracy: no treebank given (usage: benchmarks/accuracy.py TREEBANK.conllu[.xz]); skipped")
        return 0
    try:
        sentences = list(read_conllu_ar(args.conllu))
    except (FileNotFoundError, ValueError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    if args.limit:
        sentences = sentences[: args.limit]
    started = time.perf_counter()
    result = score_morphology_ar(sentences, backend=args.backend, cache=AnalysisCache(), progress=not args.json)
    result["seconds"] = round(time.perf_counter() - started, 1)
    result["backend"] = args.backend
    if args.json:
        if not args.errors:
            result.pop("errors")
        if not args.breakdown:
            result.pop("breakdown")
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return 0
    kit, base = result["kit"], result["baseline"]
    print(f"{result['sentences']:,} sentences, {result['words']:,} Arabic orthographic words "
          f"({result['words_with_root']:,} with a gold root); backend {args.backend}; {result['seconds']} s\n")
    print("| measure | n | kit | baseline |")
    print("|---|---:|---:|---:|")
    print(f"| tokens (word boundaries), F1 | {kit['tokens']['n']:,} | {kit['tokens']['f1']:.3f} | 1.000 (whitespace) |")
    print(f"| clitic boundaries, F1 | {kit['clitics']['tp'] + kit['clitics']['fn']:,} boundaries | {kit['clitics']['f1']:.3f} | {base['clitics']['f1']:.3f} |")
    print(f"| words segmented exactly | {kit['clitics']['words_exact']['n']:,} | {_cell(kit['clitics']['words_exact'])} | {_cell(base['clitics']['words_exact'])} |")
    print(f"| lemma | {kit['lemma']['n']:,} | {_cell(kit['lemma'])} | {_cell(base['lemma'])} |")
    print(f"| UPOS, strict | {kit['upos_strict']['n']:,} | {_cell(kit['upos_strict'])} | {_cell(base['upos_strict'])} |")
    print(f"| UPOS, strict, PADT's tag conventions harmonized | {kit['upos_strict_conventions']['n']:,} | {_cell(kit['upos_strict_conventions'])} | – |")
    print(f"| UPOS, lenient | {kit['upos_lenient']['n']:,} | {_cell(kit['upos_lenient'])} | {_cell(base['upos_lenient'])} |")
    print(f"| root (words with a gold root) | {kit['root']['n']:,} | {_cell(kit['root'])} | – |")
    print(f"| words analysed | {kit['analysed']['n']:,} | {_cell(kit['analysed'])} | – |")
    known = kit["gold_analysed_words"]
    print(f"\nOn the {known['n']:,} words the treebank's own analyzer knew (XPOS not U- or X-): clitic boundaries F1 "
          f"{known['clitics']['f1']:.3f}, lemma {known['lemma']['score']:.3f}, UPOS strict {known['upos_strict']['score']:.3f}.")
    if args.breakdown:
        for measure, rows in result["breakdown"].items():
            print(f"\n{measure} disagreements by kind ({sum(r[-1] for r in rows):,}):")
            for row in rows[: args.breakdown]:
                print("  ", " | ".join(map(str, row[:-1])), row[-1])
    if args.errors:
        for measure, rows in result["errors"].items():
            print(f"\n{measure}: word, gold, kit, count")
            for row in rows[: args.errors]:
                print("  ", *row)
    return 0


def _score_news_gold(score: Callable[..., dict[str, Any]], gold: dict[str, Any], *, backend: str) -> dict[str, Any]:
    """Score a news gold's articles (``data/news/clitics/``) with ``score``, timed."""
    texts = {file: data_path("news", "clitics", file).read_text(encoding="utf-8") for file in gold}
    started = time.perf_counter()
    result = score(gold, texts, backend=backend, cache=AnalysisCache())
    result["seconds"] = round(time.perf_counter() - started, 1)
    return result


def news_clitics(split: str, *, backend: str, errors: int, as_json: bool) -> int:
    """Score the kit's clitic boundaries on one half of ``data/annotations/news_clitics.tsv``."""
    gold = read_clitic_gold_ar(data_path("annotations", "news_clitics.tsv"), split=split)
    result = _score_news_gold(score_clitic_gold_ar, gold, backend=backend)
    if as_json:
        result["errors"] = result["errors"][:errors]
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return 0
    kit, base = result["kit"]["clitics"], result["baseline"]["clitics"]
    print(f"news clitic gold, {split} half: {len(gold)} articles, {result['words']:,} Arabic words, "
          f"{result['boundaries']:,} gold boundaries; {result['unmatched']} words no kit token spans; "
          f"backend {backend}; {result['seconds']} s\n")
    print("| measure | n | kit | baseline |")
    print("|---|---:|---:|---:|")
    print(f"| clitic boundaries, F1 | {result['boundaries']:,} boundaries | {kit['f1']:.3f} | {base['f1']:.3f} |")
    print(f"| clitic boundaries, precision / recall | | {kit['precision']:.3f} / {kit['recall']:.3f} | "
          f"{base['precision']:.3f} / {base['recall']:.3f} |")
    print(f"| words segmented exactly | {result['words']:,} | {kit['words_exact']['score']:.3f} | "
          f"{base['words_exact']['score']:.3f} |")
    print(f"\nkit: {kit['tp']} true positives, {kit['fp']} false positives, {kit['fn']} false negatives")
    for row in result["breakdown"]:
        print("  ", " | ".join(map(str, row[:-1])), row[-1])
    for file, one in result["files"].items():
        print(f"   {file}: {one['words']} words, {one['boundaries']} boundaries, F1 {one['f1']:.3f}")
    if errors:
        print("\nclitics: word, gold, kit (proclitics|enclitics), count")
        for row in result["errors"][:errors]:
            print("  ", *row)
    return 0


def news_pos(split: str, *, backend: str, errors: int, breakdown: int, as_json: bool) -> int:
    """Score the kit's UPOS tags on one half of ``data/annotations/news_pos.tsv``."""
    gold = read_pos_gold_ar(data_path("annotations", "news_pos.tsv"), split=split,
                            clitic_gold=data_path("annotations", "news_clitics.tsv"))
    result = _score_news_gold(score_pos_gold_ar, gold, backend=backend)
    if as_json:
        result["errors"] = result["errors"][:errors]
        result["breakdown"] = result["breakdown"][:breakdown]
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return 0
    kit, base = result["kit"], result["baseline"]
    print(f"news POS gold, {split} half: {len(gold)} articles, {result['words']:,} Arabic words; "
          f"{result['unmatched']} words no kit token spans; backend {backend}; {result['seconds']} s\n")
    print("| measure | n | kit | baseline |")
    print("|---|---:|---:|---:|")
    for key, name in (("upos_strict", "UPOS, strict (as the PADT figure)"), ("upos_v2_exact", "UPOS, exact UD v2")):
        print(f"| {name} | {result['words']:,} | {kit[key]['score']:.4f} | {base[key]['score']:.4f} |")
    for file, one in result["files"].items():
        print(f"   {file}: {one['words']} words, UPOS strict {one['upos_strict']:.3f}")
    if breakdown:
        print("\nUPOS disagreements: gold, kit, count")
        for row in result["breakdown"][:breakdown]:
            print("  ", *row)
    if errors:
        print("\nUPOS errors: word, gold, kit, count")
        for row in result["errors"][:errors]:
            print("  ", *row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
