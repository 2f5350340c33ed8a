"""The corpus report: self-contained, offline, escaped, deterministic, with Arabic figures."""

from __future__ import annotations

import csv
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from helpers.corpus import run_corpus
from helpers.report import corpus_report_html, write_corpus_report

HOSTILE_TITLE = '<script>alert("x")</script> عنوان'
ROWS = [
    {"id": "a<b>", "category": "politics", "title": HOSTILE_TITLE,
     "text": "قال وزير الخارجية إن الحوار مستمر، وإن النتائج إيجابية والحوار مفيد."},
    {"id": "b", "category": "politics", "title": "عنوان", "text": "أكد الوزير أن الحوار مستمر وأن الحوار ناجح."},
    {"id": "c", "category": "<i>sport</i>", "title": "رياضة", "text": "فاز الفريق الوطني، وأشاد المدرب بالفريق وباللاعبين."},
    {"id": "d", "category": "<i>sport</i>", "title": "رياضة", "text": "تعادل الفريق، وقال المدرب إن الفريق لعب جيداً."},
    {"id": "e&f", "category": "sport", "title": "bad", "text": "Only Latin <b>text</b> here."},
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("report")
    table = base / "in.csv"
    with table.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(ROWS[0]))
        writer.writeheader()
        writer.writerows(ROWS)
    run_corpus([table], base / "out", workers=1, id_column="id", quiet=True,
               layers=["tokens", "sentences", "morphology", "evaluation", "devices", "connectives", "attribution",
                       "deixis", "diversity"])
    return base / "out"


@pytest.fixture(scope="module")
def page(corpus: Path) -> str:
    return corpus_report_html(corpus, by="category", top=5)


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str, str]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes += [(tag, name, value or "") for name, value in attrs]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(page: str) -> _Collector:
    collector = _Collector()
    collector.feed(page)
    return collector


def test_text_from_the_corpus_is_escaped(page: str) -> None:
    parsed = _parse(page)
    assert "script" not in parsed.tags and "i" not in parsed.tags and "b" not in parsed.tags
    text = "".join(parsed.text)
    assert "<i>sport</i>" in text            # the category, shown as text
    assert HOSTILE_TITLE in text             # a title, shown as text
    assert "a<b>" in text and "e&f" in text  # ids in the documents and errors tables
    assert "&lt;i&gt;sport&lt;/i&gt;" in page


def test_nothing_is_requested_from_anywhere(page: str) -> None:
    parsed = _parse(page)
    assert not {"script", "link", "iframe", "img", "object", "embed", "audio", "video", "source"} & set(parsed.tags)
    for tag, name, value in parsed.attributes:
        if name in ("src", "href", "xlink:href", "action", "srcset", "poster", "data"):
            assert value.startswith(("#", "data:")), (tag, name, value)
        if name.startswith("xmlns"):
            continue
        assert not re.search(r"(?i)\b(?:https?|ftp)://", value) or name == "content", (tag, name, value)
    assert "@import" not in page
    assert all(url.startswith("#") for url in re.findall(r"url\(([^)]*)\)", page))
    policy = next(v for t, n, v in parsed.attributes if t == "meta" and n == "content" and "default-src" in v)
    assert policy == "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def test_sections_figures_and_errors(page: str) -> None:
    for anchor in ("overview", "profiles", "keyness", "frequency", "errors"):
        assert f'<section id="{anchor}">' in page
    assert page.count("<svg") >= 5
    assert "e&amp;f" in page and "contains no Arabic letters" in page
    assert 'dir="rtl"' in page  # Arabic table cells read right to left
    assert "الفريق" in page     # an Arabic key word in a table


def test_figures_draw_arabic_labels_as_shapes(page: str) -> None:
    # matplotlib shapes the Arabic labels and writes them as glyph outlines: no font is needed to read them
    svg = page[page.index("<svg"):]
    assert "<path" in svg and "<text" not in svg[: svg.index("</svg>")]


def test_the_report_is_deterministic(corpus: Path, page: str) -> None:
    assert corpus_report_html(corpus, by="category", top=5) == page


def test_without_groups(corpus: Path) -> None:
    page = corpus_report_html(corpus, by="no_such_field")
    assert "No sub-corpora: no document has a value for" in page
    assert '<section id="keyness">' not in page and '<section id="frequency">' in page


def test_write_corpus_report(corpus: Path) -> None:
    path = write_corpus_report(corpus, by="category", top=5)
    assert path == corpus / "report.html"
    assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
