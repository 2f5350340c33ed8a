"""The gold explicit discourse connectives of the news articles (data/annotations/news_connectives.tsv).

The file is read with the standard library only, so these checks hold whatever the kit's helpers do:
every span is where it says it is, senses come from the documented PDTB-3 set, rows are sorted and
do not overlap, paired connectives are complete, and the README's counts are the file's counts.
"""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path

import pytest

from helpers.data import data_dir, data_path

GOLD = "annotations/news_connectives.tsv"
COLUMNS = ["file", "start", "end", "text", "sense", "form", "note"]

#: PDTB-3 level-2 senses (Webber et al. 2019), as listed in data/annotations/README.md.
PDTB3_SENSES = frozenset({
    "Temporal.Synchronous", "Temporal.Asynchronous",
    "Contingency.Cause", "Contingency.Cause+Belief", "Contingency.Cause+SpeechAct",
    "Contingency.Condition", "Contingency.Condition+SpeechAct",
    "Contingency.Negative-condition", "Contingency.Negative-condition+SpeechAct", "Contingency.Purpose",
    "Comparison.Concession", "Comparison.Concession+SpeechAct", "Comparison.Contrast", "Comparison.Similarity",
    "Expansion.Conjunction", "Expansion.Disjunction", "Expansion.Equivalence", "Expansion.Exception",
    "Expansion.Instantiation", "Expansion.Level-of-detail", "Expansion.Manner", "Expansion.Substitution",
})
PAIR_SEPARATOR = " … "
# Pronoun suffixes a span may stop before (لكنه, لأنها, في حين أنهم).
PRONOUN_SUFFIXES = frozenset({"ه", "ها", "هم", "هما", "هن", "ك", "كم", "نا", "ني", "ي"})
ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")
_MARKS = re.compile(r"[\u064B-\u0652\u0640]")  # harakat, tanwin, sukun, tatweel


@cache
def _rows() -> list[dict[str, str]]:
    with data_path(GOLD).open(encoding="utf-8", newline="") as f:
        lines = [line for line in f if not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    assert reader.fieldnames == COLUMNS
    rows = list(reader)
    assert all(None not in row and None not in row.values() for row in rows), "a row has the wrong number of fields"
    return rows


@cache
def _article(name: str) -> str:
    return data_path("news", name).read_text(encoding="utf-8")


def _news_files() -> list[str]:
    # the connective gold annotates the dev_ and test_ articles; dev2_ articles are annotated for names only
    folder = data_dir() / "news"
    return sorted(p.name for p in [*folder.glob("dev_*.txt"), *folder.glob("test_*.txt")])


def _plain(text: str) -> str:
    return re.sub("[أإآ]", "ا", _MARKS.sub("", text))


def _tags(note: str) -> tuple[str, ...]:
    return tuple(item for item in note.split("; ") if item == "nominal" or item.startswith("pair="))


def test_comment_block_names_what_who_licence_and_guidelines() -> None:
    head = "".join(line for line in data_path(GOLD).read_text(encoding="utf-8").splitlines(True) if line.startswith("#"))
    for needed in ("CC BY-SA 4.0", "data/annotations/README.md", "data/news/", "PDTB-3"):
        assert needed in head


def test_every_news_article_is_annotated_and_no_other_file_is_named() -> None:
    assert sorted({row["file"] for row in _rows()}) == _news_files()


@pytest.mark.parametrize("name", _news_files())
def test_spans_match_the_article(name: str) -> None:
    text = _article(name)
    for row in (r for r in _rows() if r["file"] == name):
        start, end = int(row["start"]), int(row["end"])
        assert 0 <= start < end <= len(text), row
        assert text[start:end] == row["text"], row
        assert row["text"] == row["text"].strip(), row


@pytest.mark.parametrize("name", _news_files())
def test_spans_are_the_connective_proper(name: str) -> None:
    """A span starts a word or follows only a proclitic و/ف, and stops at the word's end or a pronoun suffix."""
    text = _article(name)
    for row in (r for r in _rows() if r["file"] == name):
        start, end = int(row["start"]), int(row["end"])
        word_start = start
        while word_start > 0 and ARABIC_LETTER.match(text[word_start - 1]):
            word_start -= 1
        assert set(text[word_start:start]) <= {"و", "ف"}, row
        if len(row["text"]) > 1:
            rest = re.match(r"[\u0621-\u064A]*", text[end:]).group()
            assert rest == "" or rest in PRONOUN_SUFFIXES, row


def test_senses_are_from_the_documented_set() -> None:
    assert {row["sense"] for row in _rows()} <= PDTB3_SENSES


def test_rows_are_sorted_and_do_not_overlap() -> None:
    keys = [(row["file"], int(row["start"]), int(row["end"])) for row in _rows()]
    assert keys == sorted(keys)
    for (file_a, _, end_a), (file_b, start_b, _) in zip(keys, keys[1:]):
        assert file_a != file_b or end_a <= start_b, (file_a, end_a, start_b)


def test_form_and_note_are_filled_and_form_spells_the_span() -> None:
    for row in _rows():
        assert row["form"].strip() and row["note"].strip(), row
        parts = [_plain(part) for part in row["form"].split(PAIR_SEPARATOR)]
        assert _plain(row["text"]) in parts, row


def test_note_tags_come_first() -> None:
    for row in _rows():
        items = row["note"].split("; ")
        tags = _tags(row["note"])
        assert items[: len(tags)] == list(tags), row


def test_paired_connectives_are_complete() -> None:
    groups: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in _rows():
        pair = [tag for tag in _tags(row["note"]) if tag.startswith("pair=")]
        assert bool(pair) == (PAIR_SEPARATOR in row["form"]), row
        if pair:
            groups[pair[0]].append(row)
    assert groups
    for pair, rows in groups.items():
        assert len(rows) >= 2, pair
        assert len({(r["file"], r["form"], r["sense"]) for r in rows}) == 1, pair
        # the first part comes first in the text and is the form's first part
        assert _plain(rows[0]["text"]) == _plain(rows[0]["form"].split(PAIR_SEPARATOR)[0]), pair


def _readme_section() -> str:
    readme = (data_dir() / "annotations" / "README.md").read_text(encoding="utf-8")
    start = readme.index("## `annotations/news_connectives.tsv`")
    end = readme.find("\n## ", start + 1)
    return readme[start : end if end != -1 else len(readme)]


def test_readme_lists_the_sense_set() -> None:
    section = _readme_section()
    for sense in PDTB3_SENSES:
        assert f"`{sense}`" in section, sense


def test_readme_counts_are_the_file_counts() -> None:
    """The README table `| `sense` | all | dev | test |` must agree with the file."""
    counted: Counter[tuple[str, str]] = Counter()
    for row in _rows():
        half = "dev" if row["file"].startswith("dev_") else "test"
        counted[(row["sense"], half)] += 1
        counted[(row["sense"], "all")] += 1
    table = re.findall(r"^\| `([A-Za-z.+-]+)` \| (\d+) \| (\d+) \| (\d+) \|$", _readme_section(), flags=re.M)
    assert table, "the README section has no counts table"
    stated = {sense: (int(a), int(d), int(t)) for sense, a, d, t in table}
    used = {row["sense"] for row in _rows()}
    assert set(stated) == used
    for sense, (all_, dev, test) in stated.items():
        assert (all_, dev, test) == (counted[(sense, "all")], counted[(sense, "dev")], counted[(sense, "test")]), sense
    total = re.search(r"^\| \*\*all\*\* \| (\d+) \| (\d+) \| (\d+) \|$", _readme_section(), flags=re.M)
    assert total and tuple(map(int, total.groups())) == (
        len(_rows()),
        sum(r["file"].startswith("dev_") for r in _rows()),
        sum(r["file"].startswith("test_") for r in _rows()),
    )
