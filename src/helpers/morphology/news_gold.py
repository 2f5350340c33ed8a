"""What the kit's word-level news golds share: reading their rows, and tallying a score.

``data/annotations/news_clitics.tsv`` (:mod:`helpers.morphology.clitic_gold`) and
``data/annotations/news_pos.tsv`` (:mod:`helpers.morphology.pos_gold`) are tab-separated files of
the same shape: a header, one row per orthographic word of ten articles ``clitics_01``–``clitics_10``
(``file start end word``, the annotation, a note), blank lines and ``#`` comments allowed. The
articles 01–05 are the development half, 06–10 the held-out half (:data:`GOLD_SPLITS`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["GOLD_SPLITS", "GoldTally", "gold_rows", "ranked_counts", "split_prefixes"]

#: the articles of each half, by number
GOLD_SPLITS = {"dev": range(1, 6), "test": range(6, 11)}


def split_prefixes(split: str | None) -> tuple[str, ...] | None:
    """The file-name prefixes of a half (``None``: every file).

    >>> split_prefixes("dev")
    ('clitics_01_', 'clitics_02_', 'clitics_03_', 'clitics_04_', 'clitics_05_')

    Raises:
        ValueError: a split other than ``"dev"``, ``"test"`` or ``None``.
    """
    if split is None:
        return None
    if split not in GOLD_SPLITS:
        raise ValueError(f"split must be 'dev' or 'test', not {split!r}")
    return tuple(f"clitics_{i:02d}_" for i in GOLD_SPLITS[split])


def gold_rows(path: str | Path, *, columns: list[str], what: str) -> Iterator[tuple[int, list[str]]]:
    """The data rows of a gold file as ``(line number, fields)``, after checking its header.

    Args:
        path: the file.
        columns: the header's column names, which every row must match in number.
        what: the gold's name for the error messages (``"clitic gold"``).

    Raises:
        FileNotFoundError: no file at ``path``.
        ValueError: a wrong header, or a row with another number of tab-separated columns (with its
            line number).
    """
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"no {what} at {path}")
    header_seen = False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if not header_seen:
            if fields != columns:
                raise ValueError(f"line {number} of {path}: header must be {' '.join(columns)}")
            header_seen = True
            continue
        if len(fields) != len(columns):
            raise ValueError(f"line {number} of {path} is not a gold row ({len(columns)} tab-separated columns)")
        yield number, fields


@dataclass
class GoldTally:
    """Counts of one scoring: the kit's, the baseline's, the errors and their kinds."""

    kit: Counter[str] = field(default_factory=Counter)
    base: Counter[str] = field(default_factory=Counter)
    errors: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    breakdown: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(self, other: GoldTally) -> None:
        """Add another tally's counts to this one (an article's to the total)."""
        for name in ("kit", "base", "errors", "breakdown"):
            getattr(self, name).update(getattr(other, name))


def ranked_counts(counter: Counter[Any]) -> list[list[Any]]:
    """A counter's non-zero entries as ``[*key, count]``, commonest first, ties by key.

    >>> ranked_counts(Counter({("b", "x"): 2, ("a", "y"): 2, ("c", "z"): 5, ("d", "w"): 0}))
    [['c', 'z', 5], ['a', 'y', 2], ['b', 'x', 2]]
    """
    return [[*key, count] for key, count in sorted(counter.items(), key=lambda item: (-item[1], item[0])) if count]
