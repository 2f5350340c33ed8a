"""Tests for helpers.compare.texts: the constructed comparison texts, their headers and lengths."""

from __future__ import annotations

import pytest

from helpers.compare.texts import COMPARISON_TEXTS, comparison_header, comparison_texts, load_comparison_text, split_header
from helpers.data import data_path
from helpers.text.load import TextInputError
from helpers.text.structure import split_article_ar
from helpers.text.tokenize import word_tokens_ar


@pytest.mark.parametrize("name", COMPARISON_TEXTS)
def test_body_has_250_to_600_words(name: str) -> None:
    body = load_comparison_text(name)
    whitespace_words = [w for w in body.split() if any(c.isalpha() for c in w)]
    assert 250 <= len(whitespace_words) <= 600
    assert 250 <= len(word_tokens_ar(body)) <= 600


@pytest.mark.parametrize("name", COMPARISON_TEXTS)
def test_header_is_stripped_and_says_constructed(name: str) -> None:
    raw = data_path("comparison", f"{name}.txt").read_text(encoding="utf-8")
    body = load_comparison_text(name)
    assert raw.startswith("# ")
    assert raw.endswith(body)
    assert "#" not in body
    header = comparison_header(name)
    assert "constructed teaching text" in header["title"]
    assert header["status"].startswith("NOT a real publication")
    assert header["licence"] == "CC BY-SA 4.0"
    assert "7 April 2021" in header["event"]
    assert {"register", "source", "facts"} <= set(header)


@pytest.mark.parametrize("name, headline, dateline", [
    ("wire_report", "العراق والولايات المتحدة يتفقان", "بغداد (وكالة تعليمية) -"),
    ("joint_communique", "بيان مشترك بشأن الجولة الثالثة", None),
    ("opposing_commentary", "«إعادة انتشار» أم إعادة تسمية؟", None),
])
def test_structure(name: str, headline: str, dateline: str | None) -> None:
    parts = split_article_ar(load_comparison_text(name))
    assert parts.headline is not None and parts.headline.text.startswith(headline)
    assert (parts.dateline.text if parts.dateline else None) == dateline
    assert not parts.boilerplate


@pytest.mark.parametrize("raw, header, body", [
    ("# a: b\n# c: d\n\nنص.\n", ["# a: b", "# c: d"], "نص.\n"),
    ("# a: b\r\n\r\n\r\nنص.", ["# a: b"], "نص."),
    ("نص بلا ترويسة.\n# ليس ترويسة", [], "نص بلا ترويسة.\n# ليس ترويسة"),
])
def test_split_header(raw: str, header: list[str], body: str) -> None:
    assert split_header(raw) == (header, body)


def test_unknown_name() -> None:
    with pytest.raises(TextInputError, match="no comparison text named 'x'"):
        load_comparison_text("x")


def test_comparison_texts_order() -> None:
    assert tuple(comparison_texts()) == COMPARISON_TEXTS
