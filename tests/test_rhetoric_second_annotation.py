"""The second, independent annotation of the case study's rhetorical devices is well formed.

`data/annotations/rhetoric_case_study_b.tsv` is read with the standard library only, so these
checks do not depend on the helpers that will be compared against it. They check the file's
form (offsets, targets, parts, device ids, ids, order), not the annotator's judgement.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass

import pytest

from helpers.data import case_study_path, data_path

TSV = "annotations/rhetoric_case_study_b.tsv"
COLUMNS = [
    "id", "device", "term_ar", "start", "end", "text",
    "target_start", "target_end", "target", "parts", "explanation",
]
DEVICES = {
    "repetition", "anaphora", "triad", "list", "antithesis", "jinas_ishtiqaq", "saj",
    "scare_quotes", "exclamation", "rhetorical_question", "metaphor", "simile", "kinaya",
    "majaz_mursal", "hyperbole", "itnab", "euphemism", "allusion", "us_them",
}
# Devices whose pieces are all in `parts`: their target columns stay empty (see the file header).
NO_TARGET = {"repetition", "anaphora", "triad", "list", "antithesis", "jinas_ishtiqaq", "itnab", "exclamation"}
# What term_ar must contain for a device, when the device has a required balagha term.
TERM_RULES = {
    "metaphor": ("استعارة تصريحية", "استعارة مكنية"),
    "simile": ("تشبيه",),
    "antithesis": ("طباق الإيجاب", "طباق السلب", "مقابلة"),
    "jinas_ishtiqaq": ("جناس اشتقاق", "شبه الاشتقاق"),
    "itnab": ("إطناب:",),  # a kind must follow the colon
    "majaz_mursal": ("مجاز مرسل",),
    "kinaya": ("كناية",),
}
ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")
LEADING_CLITICS = re.compile(r"^(?:[وفبلك]?ال|لل)")


@dataclass(frozen=True)
class Row:
    id: str
    device: str
    term_ar: str
    start: int
    end: int
    text: str
    target_start: int | None
    target_end: int | None
    target: str
    parts: list[list[int]]
    explanation: str


def _optional_int(value: str) -> int | None:
    return int(value) if value != "" else None


def _read() -> tuple[list[str], list[str], list[Row]]:
    lines = data_path(TSV).read_text(encoding="utf-8").splitlines()
    comments = [line for line in lines if line.startswith("#")]
    body = [line for line in lines if not line.startswith("#")]
    reader = csv.reader(body, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader)
    rows = []
    for fields in reader:
        assert len(fields) == len(COLUMNS), f"row {fields[:1]} has {len(fields)} fields, not {len(COLUMNS)}"
        record = dict(zip(COLUMNS, fields))
        rows.append(
            Row(
                id=record["id"],
                device=record["device"],
                term_ar=record["term_ar"],
                start=int(record["start"]),
                end=int(record["end"]),
                text=record["text"].replace("\\n", "\n"),
                target_start=_optional_int(record["target_start"]),
                target_end=_optional_int(record["target_end"]),
                target=record["target"].replace("\\n", "\n"),
                parts=json.loads(record["parts"]),
                explanation=record["explanation"],
            )
        )
    return comments, header, rows


COMMENTS, HEADER, ROWS = _read()
ARTICLE = case_study_path().read_text(encoding="utf-8")


def _by_id(rows: list[Row]) -> list:
    return [pytest.param(row, id=row.id) for row in rows]


def test_header_and_comment_block() -> None:
    assert HEADER == COLUMNS
    block = "\n".join(COMMENTS).lower()
    for needed in ["second", "independent", "2026-12", "cc by-sa 4.0", "rhetoric_case_study_b.md"]:
        assert needed in block, f"the comment block does not say {needed!r}"


def test_ids_are_unique_and_numbered_in_row_order() -> None:
    assert [row.id for row in ROWS] == [f"b{n:03d}" for n in range(1, len(ROWS) + 1)]


def test_rows_are_sorted_by_start_end_device() -> None:
    keys = [(row.start, row.end, row.device) for row in ROWS]
    assert keys == sorted(keys)
    assert len(set(keys)) == len(keys), "two rows share span and device"


@pytest.mark.parametrize("row", _by_id(ROWS))
def test_span_matches_the_article(row: Row) -> None:
    assert 0 <= row.start < row.end <= len(ARTICLE)
    assert row.text == ARTICLE[row.start : row.end]
    assert row.text == row.text.strip(), "span starts or ends with whitespace"


@pytest.mark.parametrize("row", _by_id(ROWS))
def test_device_and_term(row: Row) -> None:
    assert row.device in DEVICES
    assert ARABIC_LETTER.search(row.term_ar), "term_ar has no Arabic term"
    for required in TERM_RULES.get(row.device, ()):
        if required in row.term_ar:
            break
    else:
        if row.device in TERM_RULES:
            pytest.fail(f"{row.device} term {row.term_ar!r} names none of {TERM_RULES[row.device]}")
    if row.device == "itnab":
        assert row.term_ar.split(":", 1)[1].strip(), "itnab must name its kind"


@pytest.mark.parametrize("row", _by_id(ROWS))
def test_target_lies_inside_the_span(row: Row) -> None:
    if row.target_start is None or row.target_end is None:
        assert row.target_start is None and row.target_end is None and row.target == ""
        assert row.device not in {"us_them", "simile", "kinaya", "euphemism", "allusion", "hyperbole"}, (
            f"a {row.device} row needs a target"
        )
        return
    assert row.device not in NO_TARGET, f"{row.device} keeps its target columns empty"
    assert row.start <= row.target_start < row.target_end <= row.end
    assert row.target == ARTICLE[row.target_start : row.target_end]


@pytest.mark.parametrize("row", _by_id(ROWS))
def test_parts_lie_inside_the_span_in_order(row: Row) -> None:
    assert row.parts, "parts is empty"
    previous_end = row.start
    for piece in row.parts:
        assert isinstance(piece, list) and len(piece) == 2 and all(isinstance(x, int) for x in piece)
        a, b = piece
        assert previous_end <= a < b <= row.end, f"part {piece} is outside the span or out of order"
        assert ARTICLE[a:b] == ARTICLE[a:b].strip(), f"part {ARTICLE[a:b]!r} has stray whitespace"
        previous_end = b


def _stem(surface: str) -> str:
    return LEADING_CLITICS.sub("", surface, count=1)


@pytest.mark.parametrize("row", _by_id(ROWS))
def test_parts_fit_the_device(row: Row) -> None:
    pieces = [ARTICLE[a:b] for a, b in row.parts]
    if row.device == "triad":
        assert len(pieces) == 3
    elif row.device == "list":
        assert len(pieces) >= 4
    elif row.device == "antithesis":
        assert len(pieces) >= (4 if "مقابلة" in row.term_ar else 2)
        assert len(pieces) % 2 == 0, "antithesis terms come in pairs"
    elif row.device in {"repetition", "anaphora"}:
        assert len(pieces) >= 2
        assert len({_stem(p) for p in pieces}) == 1, f"repeated pieces differ: {pieces}"
    elif row.device == "jinas_ishtiqaq":
        assert len(pieces) == 2 and _stem(pieces[0]) != _stem(pieces[1])
    elif row.device == "scare_quotes":
        assert row.text[0] in "\"«“" and row.text[-1] in "\"»”"
    elif row.device == "exclamation":
        assert "!" in pieces
    elif row.device == "rhetorical_question":
        assert any("?" in p or "؟" in p for p in pieces)


@pytest.mark.parametrize("row", _by_id(ROWS))
def test_explanation_is_one_english_line_with_transliteration(row: Row) -> None:
    assert row.explanation and "\n" not in row.explanation
    assert re.search(r"[A-Za-z]{3}", row.explanation), "explanation is not in English"
    assert re.search(r"[āīūḥṣḍṭẓʿʾ]", row.explanation), "explanation carries no transliteration"
    if row.device == "us_them":
        assert re.search(r"positive|negative|mitigat", row.explanation), "us_them must name the evaluation"
    if row.device == "majaz_mursal":
        assert "ʿalāqa" in row.explanation or "relation" in row.explanation, "name the علاقة"

