"""Coverage of the English glosses (helpers.teaching.glosses) on real news text.

For every Arabic word token that is not a function word (``lexicons/stopwords_ar.tsv``), does
:func:`helpers.teaching.glosses.word_gloss_ar` give a gloss? Reported by tokens and by types, for
the kit's word list alone (``glossary/words_ar.tsv``, after the clitic policy) and with the
fallback to the kit's other word lists, on:

- the ANT corpus v1.1 (``data/corpora/ant-corpus-v1.1.tar.xz``, shipped): the word list was made
  from this corpus's commonest stems, so this figure is **in-sample**;
- with ``--conllu PATH``, the word forms of a CoNLL-U treebank (UD Arabic-PADT dev: other news
  sources, never used to make the list), read from the path given and never copied into the kit;
- the keyword tables of the kit's texts (top 20 by log-likelihood, ``min_count=2``).

Run: ``.venv/bin/python benchmarks/glosses.py [--conllu PATH]``.
"""

from __future__ import annotations

import argparse
import lzma
import re
import tarfile
from collections import Counter
from pathlib import Path

from helpers.compare import comparison_texts
from helpers.data import case_study_path, data_path
from helpers.statistics.keyness import keyness_ar
from helpers.teaching import glosses
from helpers.text.load import read_text_ar
from helpers.text.normalize import normalize_ar
from helpers.text.stopwords import is_stopword_ar

_WORD = re.compile(r"[\u0621-\u064a\u0640\u064b-\u0652]+")


def _ant_counts(path: Path) -> Counter[str]:
    counts: Counter[str] = Counter()
    with tarfile.open(path) as archive:
        for member in archive:
            if member.isfile() and member.name.endswith(".txt"):
                counts.update(_WORD.findall(archive.extractfile(member).read().decode("utf-8", "replace")))
    return counts


def _conllu_counts(path: Path) -> Counter[str]:
    """Orthographic words: a multiword token's form, or a word's form outside any multiword token."""
    counts: Counter[str] = Counter()
    opener = lzma.open if path.suffix == ".xz" else open
    last = 0
    with opener(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            cells = line.rstrip("\n").split("\t")
            if len(cells) != 10:
                continue
            if "-" in cells[0]:
                last = int(cells[0].split("-")[1])
                counts.update(_WORD.findall(cells[1]))
            elif cells[0].isdigit():
                if int(cells[0]) == 1:
                    last = 0
                if int(cells[0]) > last:
                    counts.update(_WORD.findall(cells[1]))
    return counts


def _coverage(counts: Counter[str]) -> dict[str, str]:
    """Token and type coverage of content words, with the word list alone and with the fallbacks."""
    merged: Counter[str] = Counter()
    for word, n in counts.items():
        merged[normalize_ar(word)] += n
    content = {w: n for w, n in merged.items() if not is_stopword_ar(w)}
    listed = {normalize_ar(w) for w in glosses.read_word_glosses()["word"]}
    full = {w: bool(glosses.word_gloss_ar(w)) for w in content}
    own = {}
    for w in content:  # the word list alone: is the stem that gave the gloss one of its words?
        own[w] = full[w] and any(glosses._stem_gloss(r.stem, {k: "x" for k in listed})
                                 for r in glosses.clitic_readings_ar(w) + glosses.clitic_readings_ar(w, guard=False))
    tokens = sum(content.values())

    def share(flags: dict[str, bool]) -> str:
        tok = sum(n for w, n in content.items() if flags[w]) / tokens
        typ = sum(flags.values()) / len(content)
        return f"{tok:.1%} of tokens, {typ:.1%} of types"

    return {"content tokens": f"{tokens:,} ({len(content):,} types)", "word list": share(own), "with fallbacks": share(full)}


def _keywords() -> None:
    texts = {"case study": read_text_ar(case_study_path()), **comparison_texts()}
    for name, text in texts.items():
        top = keyness_ar(text, level="normalized", min_count=2).head(20)
        glossed = glosses.add_glosses_ar(top)
        blank = [w for w, g in zip(glossed["item"], glossed["gloss"]) if not g]
        print(f"  {name:<20} top-20 keywords glossed: {20 - len(blank)}/20" + (f" (blank: {' '.join(blank)})" if blank else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conllu", type=Path, help="a CoNLL-U treebank (UD Arabic-PADT dev), read only")
    args = parser.parse_args()
    print("ANT v1.1 (in-sample: the list was made from it)")
    for key, value in _coverage(_ant_counts(data_path("corpora", "ant-corpus-v1.1.tar.xz"))).items():
        print(f"  {key:<16} {value}")
    if args.conllu:
        print(f"{args.conllu.name} (out of sample: word forms of the treebank's multiword tokens and words)")
        for key, value in _coverage(_conllu_counts(args.conllu)).items():
            print(f"  {key:<16} {value}")
    print("Keyword tables of the kit's texts")
    _keywords()


if __name__ == "__main__":
    main()
