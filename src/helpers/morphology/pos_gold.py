"""Scoring the kit's parts of speech against a gold written for it on the news clitic gold's words.

``data/annotations/news_pos.tsv`` gives one UD v2 UPOS tag (the tag of the word's host) to every
row of ``data/annotations/news_clitics.tsv``, in the same order and with the same offsets; the
guideline is in ``data/annotations/README.md``. This module reads it, checks that alignment, and
scores the kit the way the treebank is scored (:mod:`helpers.morphology.evaluation`):

* the kit analyses each article's whole text with
  :func:`~helpers.morphology.table.analyze_morphology_ar`; its tokens are aligned to the gold words
  by offsets, and its tag is :func:`~helpers.morphology.upos.upos_ar` of the token's row;
* the kit follows UD v1 as PADT 2016 writes it, so each gold tag is first mapped to v1
  (:func:`gold_upos_v1`: CCONJ and SCONJ → CONJ, AUX → VERB) and the pair judged by
  :func:`~helpers.morphology.upos.upos_matches` in strict mode, as the PADT figure is (a kit tag
  equal to the v2 gold tag is right too); the exact UD v2 match is counted beside it;
* the same counts for the rule baseline of :func:`~helpers.morphology.baselines.baseline_rows`,
  and every disagreement by (gold, kit) pair.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from camel_tools.utils.dediac import dediac_ar

from helpers.morphology.baselines import baseline_rows
from helpers.morphology.clitic_gold import read_clitic_gold_ar
from helpers.morphology.news_gold import GoldTally, gold_rows, ranked_counts, split_prefixes
from helpers.morphology.upos import UPOS_TAGS, upos_matches

__all__ = ["PosWord", "gold_upos_v1", "read_pos_gold_ar", "score_pos_gold_ar", "score_pos_words_ar"]

_COLUMNS = ["file", "start", "end", "word", "upos", "note"]
_V1 = {"CCONJ": "CONJ", "SCONJ": "CONJ", "AUX": "VERB"}


@dataclass(frozen=True)
class PosWord:
    """One gold word: its article, offsets, text and UD v2 UPOS tag."""

    file: str
    start: int
    end: int
    word: str
    upos: str


def gold_upos_v1(tag: str) -> str:
    """The UD v1 tag (as UD Arabic-PADT 2016 writes it) of a UD v2 gold tag.

    >>> gold_upos_v1("CCONJ"), gold_upos_v1("SCONJ"), gold_upos_v1("AUX"), gold_upos_v1("NOUN")
    ('CONJ', 'CONJ', 'VERB', 'NOUN')
    """
    return _V1.get(tag, tag)


def read_pos_gold_ar(
    path: str | Path, *, split: str | None = None, clitic_gold: str | Path | None = None
) -> dict[str, list[PosWord]]:
    """Read the gold as ``{file: words}``; ``split`` ``"dev"`` or ``"test"`` keeps that half only.

    ``clitic_gold``: the clitic gold's path; when given, the rows must be its rows one to one (same
    files, offsets and words, same order).

    Raises:
        FileNotFoundError: no file at ``path``.
        ValueError: an unknown split, a wrong header, a row that is not six tab-separated columns or
            whose tag is no UD v2 UPOS tag (with its line number), or rows not aligned to the clitic gold.
    """
    keep = split_prefixes(split)
    out: dict[str, list[PosWord]] = {}
    for number, (file, start, end, word, upos, _) in gold_rows(path, columns=_COLUMNS, what="POS gold"):
        if upos not in UPOS_TAGS:
            raise ValueError(f"line {number} of {path}: {upos!r} is no UD v2 UPOS tag")
        if keep is not None and not file.startswith(keep):
            continue
        out.setdefault(file, []).append(PosWord(file, int(start), int(end), word, upos))
    if clitic_gold is not None:
        clitics = read_clitic_gold_ar(clitic_gold, split=split)
        ours = [(w.file, w.start, w.end, w.word) for words in out.values() for w in words]
        theirs = [(w.file, w.start, w.end, w.word) for words in clitics.values() for w in words]
        if ours != theirs:
            first = next((i for i, (a, b) in enumerate(zip(ours, theirs)) if a != b), min(len(ours), len(theirs)))
            raise ValueError(f"{path} is not aligned to {clitic_gold}: rows differ from row {first + 1} of the half read "
                             f"({len(ours)} rows against {len(theirs)})")
    return out


def _count(words: Iterable[PosWord], kit_tags: Mapping[tuple[int, int], str], tally: GoldTally) -> None:
    kit, base = tally.kit, tally.base
    for word in words:
        gold_v1 = gold_upos_v1(word.upos)
        kit["words"] += 1
        guess = baseline_rows(word.word)["upos"]
        base["strict"] += guess == word.upos or upos_matches(guess, gold_v1)
        base["v2"] += guess == word.upos
        tag = kit_tags.get((word.start, word.end))
        if tag is None:
            kit["unmatched"] += 1
            tally.errors[(word.word, word.upos, "(no token)")] += 1
            tally.breakdown[(word.upos, "(no token)")] += 1
            continue
        kit["v2"] += tag == word.upos
        if tag == word.upos or upos_matches(tag, gold_v1):
            kit["strict"] += 1
        else:
            tally.errors[(word.word, word.upos, tag)] += 1
            tally.breakdown[(word.upos, tag)] += 1


def _result(tally: GoldTally) -> dict[str, Any]:
    n = tally.kit["words"]

    def share(count: int) -> dict[str, Any]:
        return {"score": round(count / n, 4) if n else 0.0, "n": n, "right": count}

    return {
        "words": n,
        "unmatched": tally.kit["unmatched"],
        "kit": {"upos_strict": share(tally.kit["strict"]), "upos_v2_exact": share(tally.kit["v2"])},
        "baseline": {"upos_strict": share(tally.base["strict"]), "upos_v2_exact": share(tally.base["v2"])},
        "errors": ranked_counts(tally.errors),
        "breakdown": ranked_counts(tally.breakdown),
    }


def score_pos_words_ar(words: Iterable[PosWord], kit_tags: Mapping[tuple[int, int], str]) -> dict[str, Any]:
    """Score kit tags, keyed by ``(start, end)``, against gold words of one article.

    >>> gold = [PosWord("a", 0, 5, "وقالت", "VERB"), PosWord("a", 6, 8, "إن", "SCONJ")]
    >>> result = score_pos_words_ar(gold, {(0, 5): "VERB", (6, 8): "PART"})
    >>> result["kit"]["upos_strict"]["score"], result["breakdown"]
    (0.5, [['SCONJ', 'PART', 1]])
    """
    tally = GoldTally()
    _count(words, kit_tags, tally)
    return _result(tally)


def score_pos_gold_ar(
    gold: Mapping[str, Sequence[PosWord]],
    texts: Mapping[str, str],
    *,
    backend: Any = "farahidi",
    cache: Any = None,
) -> dict[str, Any]:
    """Run :func:`~helpers.morphology.table.analyze_morphology_ar` on each article and score its UPOS.

    Args:
        gold: the gold words per file, as :func:`read_pos_gold_ar` gives them.
        texts: each file's whole text (the kit reads the article as it is; only gold words are scored).
        backend, cache: passed to ``analyze_morphology_ar``.

    Returns:
        ``words``, ``unmatched`` (gold words no kit token spans exactly), ``kit`` and ``baseline``
        sections (``upos_strict`` and ``upos_v2_exact``, each with ``score``, ``n``, ``right``),
        ``errors`` (word, gold, kit, count) and ``breakdown`` (gold, kit, count), over all files
        together, and ``files``: each file's words and strict score.
    """
    from helpers.morphology.table import analyze_morphology_ar
    from helpers.morphology.upos import upos_ar

    total = GoldTally()
    files: dict[str, dict[str, Any]] = {}
    for file in sorted(gold):
        table = analyze_morphology_ar(texts[file], backend=backend, cache=cache, progress=False)
        rows = list(table.itertuples(index=False))
        tags = {
            (int(r.start), int(r.end)): upos_ar(r.pos_coarse, lemma=dediac_ar(r.lemma),
                                                next_word=rows[i + 1].token if i + 1 < len(rows) else "", pos=r.pos)
            for i, r in enumerate(rows)
        }
        tally = GoldTally()
        _count(gold[file], tags, tally)
        total.add(tally)
        one = _result(tally)
        files[file] = {"words": one["words"], "upos_strict": one["kit"]["upos_strict"]["score"]}
    return {**_result(total), "files": files}
