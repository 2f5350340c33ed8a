"""Scoring the kit's clitic segmentation against a gold of orthographic words written for it.

The treebank measure (:mod:`helpers.morphology.evaluation`) rebuilds orthographic words from UD
Arabic-PADT, whose segmentation keeps whole the words its own analyzer did not know (و + a name,
علينا). The kit's own gold, ``data/annotations/news_clitics.tsv``, segments every Arabic word of the
first sentences of ten ANT news articles by one guideline (``data/annotations/README.md``). This
module reads it and scores the kit on it the way the treebank is scored:

* a **boundary** is an offset inside the word where a proclitic ends or an enclitic begins (the
  article ال is none; ل + ال written لل has one, after ل), exactly as
  :func:`~helpers.morphology.measures.kit_boundaries` reads them from a kit row;
* the kit analyses each article's whole text with
  :func:`~helpers.morphology.table.analyze_morphology_ar`; its tokens are aligned to the gold words
  by offsets, and a gold word no kit token spans exactly counts its boundaries as misses;
* precision, recall and F1 over boundaries, the share of words segmented exactly, the same counts for
  the rule baseline of :func:`~helpers.morphology.baselines.baseline_rows`, and every disagreement
  by kind (false positive or negative, proclitic or enclitic side).

The gold's rows are read as :class:`CliticWord`; ``segmentation`` is the word's pieces joined by
``+`` (``و+ب+الإضافة``, ``حكومت+ه``, ``ل+ه``), which rejoin to the word.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from helpers.morphology.baselines import baseline_rows
from helpers.morphology.measures import kit_boundaries, prf
from helpers.morphology.news_gold import GoldTally, gold_rows, ranked_counts, split_prefixes

__all__ = ["CliticWord", "boundaries_of_segmentation", "read_clitic_gold_ar", "score_clitic_gold_ar",
           "score_clitic_words_ar"]

_PROCLITICS = frozenset("وفبلكسأ")
_ENCLITICS = frozenset("ه ها هما هم هن ك كما كم كن ي ني نا".split())
_COLUMNS = ["file", "start", "end", "word", "segmentation", "note"]


@dataclass(frozen=True)
class CliticWord:
    """One gold word: its article, offsets, text and segmentation.

    Attributes:
        file: the article's file name.
        start, end: offsets in the article.
        word: the word as written.
        segmentation: its pieces joined by ``+``.
        proclitic_ends, enclitic_starts: its boundaries inside the word, by side.
    """

    file: str
    start: int
    end: int
    word: str
    segmentation: str
    proclitic_ends: tuple[int, ...]
    enclitic_starts: tuple[int, ...]

    @property
    def boundaries(self) -> tuple[int, ...]:
        return self.proclitic_ends + self.enclitic_starts


def boundaries_of_segmentation(segmentation: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Proclitic ends and enclitic starts of a ``+``-joined segmentation, as offsets in the word.

    A one-letter proclitic directly before a pronoun is the host (``ل+ه`` has one boundary, an
    enclitic's, as in PADT's rebuilt words).

    >>> boundaries_of_segmentation("و+ب+الإضافة"), boundaries_of_segmentation("حكومت+ه")
    (((1, 2), ()), ((), (5,)))
    >>> boundaries_of_segmentation("ب+أن+نا"), boundaries_of_segmentation("ل+ه"), boundaries_of_segmentation("وزير")
    (((1,), (3,)), ((), (1,)), ((), ()))

    Raises:
        ValueError: a piece that is empty, or a clitic outside the kit's inventory.
    """
    pieces = segmentation.split("+")
    if not all(pieces):
        raise ValueError(f"empty piece in segmentation {segmentation!r}")
    host = 0
    while host < len(pieces) - 1 and pieces[host] in _PROCLITICS and pieces[host + 1] not in _ENCLITICS:
        host += 1
    if any(piece not in _ENCLITICS for piece in pieces[host + 1 :]):
        raise ValueError(f"segmentation {segmentation!r} has a piece after its host that is no pronoun enclitic")
    offsets = [0]
    for piece in pieces:
        offsets.append(offsets[-1] + len(piece))
    return tuple(offsets[1 : host + 1]), tuple(offsets[host + 1 : -1])


def read_clitic_gold_ar(path: str | Path, *, split: str | None = None) -> dict[str, list[CliticWord]]:
    """Read the gold as ``{file: words}``; ``split`` ``"dev"`` or ``"test"`` keeps that half only.

    Raises:
        FileNotFoundError: no file at ``path``.
        ValueError: an unknown split, a wrong header or a row that is not six tab-separated columns
            (with its line number).
    """
    keep = split_prefixes(split)
    out: dict[str, list[CliticWord]] = {}
    for _, (file, start, end, word, segmentation, _) in gold_rows(path, columns=_COLUMNS, what="clitic gold"):
        if keep is not None and not file.startswith(keep):
            continue
        pro, enc = boundaries_of_segmentation(segmentation)
        out.setdefault(file, []).append(CliticWord(file, int(start), int(end), word, segmentation, pro, enc))
    return out


#: a kit row as the scorer needs it: (token, proclitics, enclitics), keyed by (start, end)
KitRows = Mapping[tuple[int, int], tuple[str, str, str]]


def _kit_sides(token: str, proclitics: str, enclitics: str) -> tuple[set[int], set[int]]:
    both = kit_boundaries(token, proclitics, enclitics)
    ends = set(kit_boundaries(token, proclitics, ""))
    return ends, set(both) - ends


def score_clitic_words_ar(words: Iterable[CliticWord], kit_rows: KitRows) -> dict[str, Any]:
    """Score kit rows against gold words of one article (offsets in the same text).

    >>> gold = [CliticWord("a", 0, 6, "وبلاده", "و+بلاد+ه", (1,), (5,)), CliticWord("a", 7, 11, "وزير", "وزير", (), ())]
    >>> result = score_clitic_words_ar(gold, {(0, 6): ("وبلاده", "و", "ه"), (7, 11): ("وزير", "و", "")})
    >>> result["kit"]["clitics"]["f1"], result["kit"]["clitics"]["words_exact"]["right"], result["breakdown"]
    (0.8, 1, [['false positive', 'proclitic', 1]])
    """
    tally = GoldTally()
    _count(words, kit_rows, tally)
    return _result(tally)


def _count(words: Iterable[CliticWord], kit_rows: KitRows, tally: GoldTally) -> None:
    kit, base = tally.kit, tally.base
    for word in words:
        gold_pro, gold_enc = set(word.proclitic_ends), set(word.enclitic_starts)
        gold_b = gold_pro | gold_enc
        kit["words"] += 1
        base_b = set(baseline_rows(word.word)["boundaries"])
        base["tp"] += len(gold_b & base_b)
        base["fp"] += len(base_b - gold_b)
        base["fn"] += len(gold_b - base_b)
        base["exact"] += base_b == gold_b
        row = kit_rows.get((word.start, word.end))
        if row is None:
            kit["unmatched"] += 1
            kit["fn"] += len(gold_b)
            tally.breakdown[("false negative", "token not matched")] += len(gold_b)
            tally.errors[(word.word, word.segmentation, "(no token)")] += 1
            continue
        kit_pro, kit_enc = _kit_sides(*row)
        kit_b = kit_pro | kit_enc
        kit["tp"] += len(gold_b & kit_b)
        kit["fp"] += len(kit_b - gold_b)
        kit["fn"] += len(gold_b - kit_b)
        kit["exact"] += kit_b == gold_b
        if kit_b != gold_b:
            tally.errors[(word.word, word.segmentation, f"{row[1]}|{row[2]}")] += 1
            for side, found in (("proclitic", kit_pro - gold_b), ("enclitic", kit_enc - gold_b)):
                tally.breakdown[("false positive", side)] += len(found)
            for side, missed in (("proclitic", gold_pro - kit_b), ("enclitic", gold_enc - kit_b)):
                tally.breakdown[("false negative", side)] += len(missed)


def _result(tally: GoldTally) -> dict[str, Any]:
    n = tally.kit["words"]

    def section(c: Counter[str]) -> dict[str, Any]:
        exact = {"score": round(c["exact"] / n, 4) if n else 0.0, "n": n, "right": c["exact"]}
        return {"clitics": {**prf(c["tp"], c["fp"], c["fn"]), "n": n, "words_exact": exact}}

    return {
        "words": n,
        "boundaries": tally.kit["tp"] + tally.kit["fn"],
        "unmatched": tally.kit["unmatched"],
        "kit": section(tally.kit),
        "baseline": section(tally.base),
        "errors": ranked_counts(tally.errors),
        "breakdown": ranked_counts(tally.breakdown),
    }


def score_clitic_gold_ar(
    gold: Mapping[str, Sequence[CliticWord]],
    texts: Mapping[str, str],
    *,
    backend: Any = "farahidi",
    cache: Any = None,
) -> dict[str, Any]:
    """Run :func:`~helpers.morphology.table.analyze_morphology_ar` on each article and score its clitics.

    Args:
        gold: the gold words per file, as :func:`read_clitic_gold_ar` gives them.
        texts: each file's whole text (the kit reads the article as it is; only gold words are scored).
        backend, cache: passed to ``analyze_morphology_ar``.

    Returns:
        ``words``, ``boundaries``, ``unmatched`` (gold words no kit token spans exactly), ``kit`` and
        ``baseline`` sections (``clitics`` with precision, recall, F1, counts, ``n`` and
        ``words_exact``), ``errors`` (word, gold, kit ``proclitics|enclitics``, count) and ``breakdown``
        (false positive or negative, side, count), over all files together, and ``files``: each file's own.
    """
    from helpers.morphology.table import analyze_morphology_ar

    total = GoldTally()
    files: dict[str, dict[str, Any]] = {}
    for file in sorted(gold):
        table = analyze_morphology_ar(texts[file], backend=backend, cache=cache, progress=False)
        rows = {(int(r.start), int(r.end)): (r.token, r.proclitics, r.enclitics) for r in table.itertuples(index=False)}
        tally = GoldTally()
        _count(gold[file], rows, tally)
        total.add(tally)
        one = _result(tally)
        files[file] = {"words": one["words"], "boundaries": one["boundaries"], "f1": one["kit"]["clitics"]["f1"]}
    return {**_result(total), "files": files}
