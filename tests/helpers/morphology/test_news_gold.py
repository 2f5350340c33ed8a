"""The word-level news golds' shared reader and tally (helpers.morphology.news_gold), on files written here."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from helpers.morphology.news_gold import GoldTally, gold_rows, ranked_counts, split_prefixes

COLUMNS = ["file", "start", "end", "word", "tag", "note"]
HEADER = "\t".join(COLUMNS)


@pytest.mark.parametrize(
    ("split", "expected"),
    [
        (None, None),
        ("dev", ("clitics_01_", "clitics_02_", "clitics_03_", "clitics_04_", "clitics_05_")),
        ("test", ("clitics_06_", "clitics_07_", "clitics_08_", "clitics_09_", "clitics_10_")),
    ],
)
def test_split_prefixes(split: str | None, expected: tuple[str, ...] | None) -> None:
    assert split_prefixes(split) == expected


def test_unknown_split() -> None:
    with pytest.raises(ValueError, match="split must be 'dev' or 'test', not 'all'"):
        split_prefixes("all")


def test_rows_skip_comments_and_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "gold.tsv"
    path.write_text(f"# a comment\n\n{HEADER}\nclitics_01_a.txt\t0\t4\tوزير\tNOUN\t\n# another\n", encoding="utf-8")
    assert list(gold_rows(path, columns=COLUMNS, what="test gold")) == [
        (4, ["clitics_01_a.txt", "0", "4", "وزير", "NOUN", ""])
    ]


@pytest.mark.parametrize(
    ("text", "error", "message"),
    [
        (None, FileNotFoundError, "no test gold at"),
        ("file\tstart\n", ValueError, "line 1 of .*: header must be file start end word tag note"),
        (f"{HEADER}\nclitics_01_a.txt\t0\t4\tوزير\n", ValueError, r"line 2 of .* is not a gold row \(6 tab-separated"),
    ],
    ids=["missing", "header", "short-row"],
)
def test_bad_files(tmp_path: Path, text: str | None, error: type[Exception], message: str) -> None:
    path = tmp_path / "gold.tsv"
    if text is not None:
        path.write_text(text, encoding="utf-8")
    with pytest.raises(error, match=message):
        list(gold_rows(path, columns=COLUMNS, what="test gold"))


def test_tally_adds_and_ranks() -> None:
    total, one = GoldTally(), GoldTally()
    one.kit["words"] += 2
    one.breakdown[("NOUN", "ADJ")] += 1
    total.add(one)
    total.add(one)
    assert total.kit["words"] == 4
    assert ranked_counts(total.breakdown) == [["NOUN", "ADJ", 2]]
    assert ranked_counts(Counter({("a", "b"): 0})) == []
