"""The named-entity gold of the news articles (`data/annotations/news_names.tsv`).

Read with the standard library only, so the gold is checked independently of any helper that
will score a named-entity layer against it. The rules checked here are the guidelines in
`data/annotations/README.md`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache
from typing import NamedTuple

import pytest

from helpers.data import data_path

GOLD = "annotations/news_names.tsv"
HEADER = ["file", "start", "end", "text", "label", "note"]
LABELS = {"PERSON", "PLACE", "ORG", "DATE"}
#: The sets of articles, by file-name prefix, in the order of the README's count table.
SETS = ("dev", "dev2", "dev3", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "test")

#: What may stand between a word boundary and the start of a span: a proclitic conjunction or
#: preposition, alone or combined (the guidelines' list). ل + ال is written لل: the first ل is the
#: preposition, so a span such as لحزب الجمهوري (from للحزب) is preceded by ل alone.
PROCLITICS = {"و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"}

#: Spans followed directly by a letter because the source leaves out a space: (file, text) -> why.
FUSED_IN_SOURCE = {
    ("test_12_JA-technology-47-20150607.txt", "شبكة تويتر"): "written تويترأن, no space before أن",
}


class Row(NamedTuple):
    file: str
    start: int
    end: int
    text: str
    label: str
    note: str


@cache
def _read_gold() -> tuple[tuple[str, ...], tuple[str, ...], tuple[Row, ...]]:
    lines = data_path(GOLD).read_text(encoding="utf-8").split("\n")
    assert lines[-1] == "", "the gold must end with a newline"
    comments = tuple(line for line in lines if line.startswith("#"))
    body = [line for line in lines[:-1] if not line.startswith("#")]
    header = tuple(body[0].split("\t"))
    rows = []
    for number, line in enumerate(body[1:], start=2):
        fields = line.split("\t")
        assert len(fields) == len(HEADER), f"row {number} has {len(fields)} fields: {line!r}"
        file, start, end, text, label, note = fields
        rows.append(Row(file, int(start), int(end), text, label, note))
    return comments, header, tuple(rows)


def gold_rows() -> tuple[Row, ...]:
    return _read_gold()[2]


@cache
def article(name: str) -> str:
    return data_path("news", name).read_text(encoding="utf-8")


def news_files() -> list[str]:
    return sorted(p.name for p in data_path("news").glob("*.txt"))


def rows_of(name: str) -> list[Row]:
    return [row for row in gold_rows() if row.file == name]


def _is_word_char(char: str) -> bool:
    # letters (Arabic and Latin, tatweel included), combining marks (harakat) and digits
    return unicodedata.category(char)[0] in "LMN"


def span_edge_problem(text: str, start: int, end: int) -> str | None:
    """Say why [start:end] does not begin and end at word edges, or return None.

    Before the span: the text start, a character that is not part of a word, or a run of letters
    that is a proclitic. After the span: the text end or a character that is not part of a word.
    """
    if start >= end:
        return "empty span"
    if text[start].isspace() or text[end - 1].isspace():
        return "span begins or ends with a space"
    if not (_is_word_char(text[start]) and _is_word_char(text[end - 1])):
        return "span begins or ends with punctuation (quotes and brackets stay outside)"
    first = start
    while first > 0 and _is_word_char(text[first - 1]):
        first -= 1
    if text[first:start] and text[first:start] not in PROCLITICS:
        return f"span starts inside a word (preceded by {text[first:start]!r}, not a proclitic)"
    if end < len(text) and _is_word_char(text[end]):
        return f"span ends inside a word (followed by {text[end]!r})"
    return None


@pytest.mark.parametrize(
    "text, start, end, problem",
    [
        ("زار تونس أمس", 4, 8, None),
        ("وتونس", 1, 5, None),  # proclitic و
        ("بالجزائر", 1, 8, None),  # proclitic ب, article inside
        ("للحزب الجمهوري", 1, 14, None),  # ل + ال written لل
        ("وبتونس", 2, 6, None),  # two proclitics
        ('مجلة "شبيغل" الألمانية', 6, 11, None),
        ("مستونس", 2, 6, "starts inside a word"),
        ("التونسية", 0, 5, "ends inside a word"),
        ("الرئيس الأسد", 5, 12, "starts inside a word"),
        ("في تونس ", 3, 8, "ends with a space"),
        ('مجلة "شبيغل"', 5, 11, "punctuation"),
        ("رقمٍ قياسي", 0, 3, "ends inside a word"),  # a haraka is part of the word
    ],
)
def test_span_edge_check(text: str, start: int, end: int, problem: str | None) -> None:
    found = span_edge_problem(text, start, end)
    if problem is None:
        assert found is None
    else:
        assert found is not None and problem in found


def test_comment_block_and_header() -> None:
    comments, header, _ = _read_gold()
    block = "\n".join(comments)
    for needed in ["CC BY-SA 4.0", "data/annotations/README.md", "PERSON | PLACE | ORG | DATE"]:
        assert needed in block
    assert list(header) == HEADER


def test_gold_covers_exactly_the_news_articles() -> None:
    assert news_files(), "no articles in data/news"
    assert sorted({row.file for row in gold_rows()}) == news_files()


def test_rows_sorted_and_unique() -> None:
    keys = [(row.file, row.start, row.end) for row in gold_rows()]
    assert keys == sorted(keys)
    assert len(set(keys)) == len(keys)


@pytest.mark.parametrize("name", news_files())
def test_text_is_the_article_at_the_offsets(name: str) -> None:
    text = article(name)
    for row in rows_of(name):
        assert 0 <= row.start < row.end <= len(text), row
        assert text[row.start : row.end] == row.text, row


@pytest.mark.parametrize("name", news_files())
def test_labels_are_known(name: str) -> None:
    assert {row.label for row in rows_of(name)} <= LABELS


@pytest.mark.parametrize("name", news_files())
def test_spans_do_not_overlap(name: str) -> None:
    rows = rows_of(name)
    for before, after in zip(rows, rows[1:]):
        assert before.end <= after.start, (before, after)


@pytest.mark.parametrize("name", news_files())
def test_spans_begin_and_end_at_word_edges(name: str) -> None:
    text = article(name)
    for row in rows_of(name):
        problem = span_edge_problem(text, row.start, row.end)
        if (row.file, row.text) in FUSED_IN_SOURCE and problem and problem.startswith("span ends inside"):
            continue
        assert problem is None, f"{row.text!r} at {row.start}: {problem}"


def test_fused_exceptions_are_still_needed() -> None:
    rows = {(row.file, row.text): row for row in gold_rows()}
    for key in FUSED_IN_SOURCE:
        row = rows[key]
        assert span_edge_problem(article(row.file), row.start, row.end) is not None, key


def _readme_counts() -> dict[str, tuple[int, ...]]:
    readme = data_path("annotations", "README.md").read_text(encoding="utf-8")
    heading = "## `annotations/news_names.tsv`"
    assert heading in readme, f"data/annotations/README.md has no section {heading!r}"
    section = readme.split(heading, 1)[1].split("\n## ", 1)[0]
    pattern = re.compile(r"^\| `?(\w+)`? \|((?: \d+ \|)+)$", re.MULTILINE)
    return {label: tuple(int(n) for n in numbers.replace("|", " ").split()) for label, numbers in pattern.findall(section)}


def test_readme_counts_match_the_gold() -> None:
    counts = Counter((row.label, row.file.split("_", 1)[0]) for row in gold_rows())
    assert {half for _, half in counts} == set(SETS)
    expected = {label: (*(counts[label, half] for half in SETS), sum(counts[label, half] for half in SETS))
                for label in sorted(LABELS)}
    expected["all"] = tuple(sum(values[i] for values in expected.values()) for i in range(len(SETS) + 1))
    assert _readme_counts() == expected
