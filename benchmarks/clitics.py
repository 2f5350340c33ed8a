"""Accuracy of the kit's clitic policy (helpers.text.clitics) against a treebank's clitic boundaries.

Run with ``.venv/bin/python benchmarks/clitics.py --conllu PATH`` on a CoNLL-U file whose clitics
are separate syntactic words (UD Arabic-PADT: و, ف, ب, ل, ك, س as words of their own, attached
pronouns as PRON). The treebank is read from the path given and never copied into the kit (PADT's
CC BY-NC-SA licence does not fit the kit's). Without ``--conllu`` (as under ``./kit bench``) it
prints how to run it and stops.

Orthographic words are rebuilt from the syntactic words: a one-letter proclitic (ADP, CCONJ,
SCONJ, PART among و ف ب ل ك س) joins the next word, a personal pronoun that is not nominative
joins the previous one, ل before the article drops the alef and a ة before a pronoun is written
ت. The article is not a boundary (PADT keeps it on its noun). For each rebuilt word the policy's
split (:func:`helpers.text.clitics.split_clitics_ar`) is compared with the treebank's, boundary by
boundary (precision, recall, F1) and word by word (exact).
"""

from __future__ import annotations

import argparse
import lzma
from pathlib import Path

from camel_tools.utils.dediac import dediac_ar

from helpers.text.clitics import ARTICLE, split_clitics_ar

_PROCLITICS = frozenset("وفبلكس")
_PROCLITIC_UPOS = frozenset({"ADP", "CCONJ", "CONJ", "SCONJ", "PART"})
_PRONOUNS = frozenset("ه ها هما هم هن ك كما كم كن ي ني نا".split())


def _rows(path: Path):
    opener = lzma.open if path.suffix == ".xz" else open
    sentence: list[list[str]] = []
    with opener(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip("\n")
            if not line:
                if sentence:
                    yield sentence
                sentence = []
            elif not line.startswith("#"):
                cells = line.split("\t")
                if len(cells) == 10 and cells[0].isdigit():
                    sentence.append(cells)
    if sentence:
        yield sentence


def _words(sentence: list[list[str]]):
    """(orthographic word, set of boundary offsets) for each rebuilt word."""
    forms = [dediac_ar(cells[1]) for cells in sentence]
    i = 0
    while i < len(sentence):
        j = i
        while (j + 1 < len(sentence) and forms[j] in _PROCLITICS and sentence[j][3] in _PROCLITIC_UPOS
               and not (forms[j + 1] in _PRONOUNS and sentence[j + 1][3] == "PRON")):
            j += 1
        host = j
        k = host + 1
        while k < len(sentence) and forms[k] in _PRONOUNS and sentence[k][3] == "PRON" and "Case=Nom" not in sentence[k][5]:
            k += 1
        word = forms[host]
        for enclitic in forms[host + 1 : k]:
            word = (word[:-1] + "ت" if word.endswith("ة") else word) + enclitic
        boundaries = set()
        end = len(word)
        for enclitic in reversed(forms[host + 1 : k]):
            end -= len(enclitic)
            boundaries.add(end)
        for p in reversed(forms[i:host]):
            if p == "ل" and word.startswith(ARTICLE):
                word = "ل" + word[1:]
            else:
                word = p + word
        shift = host - i
        boundaries = {b + shift for b in boundaries} | set(range(1, shift + 1))
        yield word, boundaries
        i = k


def _policy_boundaries(word: str) -> set[int]:
    reading = split_clitics_ar(word)
    found = {k for k in range(1, len(reading.proclitics) + 1) if reading.proclitics[k - 1] != ARTICLE}
    if reading.enclitic:
        found.add(len(word) - len(reading.enclitic))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conllu", type=Path, help="a CoNLL-U file (plain or .xz) with clitics as words")
    args, _ = parser.parse_known_args()  # ./kit bench passes the other benchmarks' options too
    if args.conllu is None:
        print("clitics: give --conllu PATH (e.g. UD Arabic-PADT dev) to measure the clitic policy")
        return
    tp = fp = fn = exact = n = 0
    for sentence in _rows(args.conllu):
        for word, gold in _words(sentence):
            if not any("\u0621" <= c <= "\u064a" for c in word):
                continue
            found = _policy_boundaries(word)
            tp, fp, fn = tp + len(found & gold), fp + len(found - gold), fn + len(gold - found)
            exact += found == gold
            n += 1
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    f1 = 2 * precision * recall / (precision + recall)
    print(f"{args.conllu.name}: {n} Arabic words, {tp + fn} clitic boundaries in the treebank")
    print(f"boundaries: precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}   words split exactly right: {exact / n:.3f}")


if __name__ == "__main__":
    main()
