"""Right-to-left HTML: escaped, well-formed with any spans, deterministic byte for byte."""

from __future__ import annotations

import dataclasses
import html
from collections import Counter
import re
from html.parser import HTMLParser

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from IPython.display import HTML

from helpers.display import PALETTE, highlight_html, items_html, rtl_html, table_html
from helpers.text.spans import Span

TEXT = "أدار رئيس مجلس الوزراء، مصطفى الكاظمي، أمس الأربعاء"


class _Tree(HTMLParser):
    """Checks that tags balance and collects the text inside the right-to-left box."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.rtl_depth: int | None = None
        self.rtl_text: list[str] = []
        self.all_text: list[str] = []
        self.nested_marks = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "mark" and "mark" in self.stack:
            self.nested_marks += 1
        self.tags.append((tag, attributes))
        self.stack.append(tag)
        if self.rtl_depth is None and attributes.get("class") == "adl-rtl":
            self.rtl_depth = len(self.stack)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        if self.rtl_depth == len(self.stack):
            self.rtl_depth = -1  # done: later text is outside
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.all_text.append(data)
        if self.rtl_depth is not None and self.rtl_depth > 0:
            self.rtl_text.append(data)


def parse(markup: str) -> _Tree:
    tree = _Tree()
    tree.feed(markup)
    tree.close()
    assert not tree.errors, tree.errors
    assert not tree.stack, f"unclosed tags: {tree.stack}"
    return tree


@dataclasses.dataclass(frozen=True)
class Suggestion(Span):
    suggestions: tuple[str, ...] = ()


# --- escaping -------------------------------------------------------------------------------

NASTY = [
    ("script", "<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ("ampersand", "الحوار & الشراكة", "الحوار &amp; الشراكة"),
    ("double quote", 'قال "نعم"', "قال &quot;نعم&quot;"),
    ("single quote", "it's", "it&#x27;s"),
    ("entity look-alike", "&amp;", "&amp;amp;"),
]


@pytest.mark.parametrize(("name", "text", "escaped"), NASTY, ids=[n[0] for n in NASTY])
def test_rtl_html_escapes(name: str, text: str, escaped: str) -> None:
    markup = rtl_html(text).data
    assert escaped in markup
    assert "<script" not in markup
    assert "".join(parse(markup).rtl_text) == text


@pytest.mark.parametrize(("name", "text", "escaped"), NASTY, ids=[n[0] for n in NASTY])
def test_highlight_escapes_text_labels_and_tooltips(name: str, text: str, escaped: str) -> None:
    full = text + " " + TEXT
    spans = [Span(0, len(text), text, text), Span(len(text) + 1, len(text) + 5, full[len(text) + 1 : len(text) + 5], "x")]
    markup = highlight_html(full, spans).data
    assert "<script" not in markup
    tree = parse(markup)
    assert "".join(tree.rtl_text) == full
    titles = [a["title"] for t, a in tree.tags if t == "mark"]
    assert titles[0] == f"{text} [0:{len(text)}]"  # the parser unescapes attributes back


def test_table_escapes_cells_and_headers() -> None:
    frame = pd.DataFrame({"<th>": ["<script>alert(1)</script>", "a & b"], "n": [1, 2]})
    markup = table_html(frame).data
    assert "<script" not in markup and "<th>" not in markup.replace("<th ", "")
    assert "&lt;script&gt;" in markup and "a &amp; b" in markup
    parse(markup)


# --- right to left --------------------------------------------------------------------------


def test_rtl_html_is_rtl_and_keeps_line_breaks() -> None:
    out = rtl_html("سطر أول\nسطر ثان", max_height="20em")
    assert isinstance(out, HTML)
    assert out.data.startswith('<div class="adl-rtl" dir="rtl" lang="ar" ')
    assert "white-space:pre-wrap" in out.data and "max-height:20em" in out.data
    assert "Noto Naskh Arabic" in out.data
    assert "سطر أول\nسطر ثان" in out.data


@pytest.mark.parametrize("bad", ["1em; background:red", "big", "", "10", "1em\" onclick=\"x"])
def test_rtl_html_rejects_unsafe_css_lengths(bad: str) -> None:
    with pytest.raises(ValueError, match="CSS length") as info:
        rtl_html("نص", font_size=bad)
    assert "\n" not in str(info.value)


def test_highlight_is_rtl() -> None:
    markup = highlight_html(TEXT, [Span(0, 4, "أدار", "verb")]).data
    assert 'dir="rtl" lang="ar"' in markup


CELLS = [
    ("arabic", "العراق", 'dir="rtl"'),
    ("arabic first", "أدوات CAMeL", 'dir="rtl"'),
    ("latin first", "CAMeL أدوات", 'dir="ltr"'),
    ("english sentence quoting arabic", "Form IV verbal noun (إفعال): hamza below", 'dir="ltr"'),
    ("leading punctuation", "، 2500 جندي", 'dir="rtl"'),
    ("leading right-to-left mark", "\u200f2500", 'dir="rtl"'),
    ("latin", "token", 'dir="ltr"'),
    ("digits", "2021", 'dir="ltr"'),
    ("arabic-indic digits only", "\u0662\u0660\u0662\u0661", 'dir="ltr"'),
]


@pytest.mark.parametrize(("name", "value", "direction"), CELLS, ids=[c[0] for c in CELLS])
def test_table_cell_direction(name: str, value: str, direction: str) -> None:
    markup = table_html(pd.DataFrame({"c": [value]})).data
    cell = re.search(r"<td [^>]*>", markup).group(0)
    assert direction in cell


def test_table_rows_limit_and_missing_values() -> None:
    frame = pd.DataFrame({"word": ["أ", None, "ج", "د"], "n": [1.5, float("nan"), 3, 4]})
    tree = parse(table_html(frame, max_rows=2).data)
    rows = [a for t, a in tree.tags if t == "tr"]
    assert len(rows) == 1 + 2 + 1  # header, two rows, the note
    assert "2 more rows not shown (4 in all)" in "".join(tree.all_text)
    assert "nan" not in "".join(tree.all_text).lower()
    with pytest.raises(ValueError, match="max_rows"):
        table_html(frame, max_rows=0)


def test_table_index_column() -> None:
    frame = pd.DataFrame({"n": [1]}, index=pd.Index(["الكاظمي"], name="اسم"))
    tree = parse(table_html(frame, index=True).data)
    assert [t for t, _ in tree.tags].count("th") == 3  # index header, column header, row header
    assert "الكاظمي" in tree.all_text


# --- overlapping spans ----------------------------------------------------------------------

OVERLAPS = [
    ("nested", [Span(5, 22, TEXT[5:22], "office"), Span(5, 9, TEXT[5:9], "title")]),
    ("crossing", [Span(0, 9, TEXT[0:9], "a"), Span(5, 14, TEXT[5:14], "b")]),
    ("identical", [Span(0, 4, TEXT[0:4], "a"), Span(0, 4, TEXT[0:4], "b")]),
    ("adjacent", [Span(0, 4, TEXT[0:4], "a"), Span(4, 9, TEXT[4:9], "b")]),
    ("whole text", [Span(0, len(TEXT), TEXT, "all"), Span(10, 14, TEXT[10:14], "w")]),
    ("zero length", [Span(4, 4, "", "missing"), Span(0, 9, TEXT[0:9], "a")]),
    ("zero length at end", [Span(len(TEXT), len(TEXT), "", "end")]),
    ("three deep", [Span(0, 22, TEXT[0:22], "a"), Span(5, 22, TEXT[5:22], "b"), Span(5, 9, TEXT[5:9], "c")]),
]


@pytest.mark.parametrize(("name", "spans"), OVERLAPS, ids=[o[0] for o in OVERLAPS])
def test_overlapping_spans_give_well_formed_html(name: str, spans: list[Span]) -> None:
    tree = parse(highlight_html(TEXT, spans).data)
    assert "".join(tree.rtl_text) == TEXT
    assert tree.nested_marks == 0  # one flat <mark> per piece


def test_innermost_span_colours_and_tooltip_lists_all() -> None:
    outer, inner = Span(5, 22, TEXT[5:22], "office"), Span(5, 9, TEXT[5:9], "title")
    tree = parse(highlight_html(TEXT, [outer, inner]).data)
    marks = [a for t, a in tree.tags if t == "mark"]
    assert len(marks) == 2
    assert f"background-color:{PALETTE[1]}" in marks[0]["style"]  # "title", second in sorted order
    assert f"border-bottom:3px solid {PALETTE[0]}" in marks[0]["style"]
    assert marks[0]["title"] == "title [5:9]\noffice [5:22]"
    assert marks[1]["title"] == "office [5:22]"


def test_tooltip_shows_extra_fields() -> None:
    span = Suggestion(0, 4, "أدار", "hamza_alef", ("إدار", "أدار"))
    tree = parse(highlight_html(TEXT, [span]).data)
    (mark,) = [a for t, a in tree.tags if t == "mark"]
    assert mark["title"] == "hamza_alef [0:4]; suggestions: إدار, أدار"
    tree = parse(highlight_html(TEXT, [span], title_attr=False).data)
    assert all("title" not in a for _, a in tree.tags)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(TEXT)), st.integers(0, len(TEXT)), st.sampled_from("abc")), max_size=8))
def test_any_spans_keep_the_text_and_balance(raw: list[tuple[int, int, str]]) -> None:
    spans = [Span(min(a, b), max(a, b), TEXT[min(a, b) : max(a, b)], label) for a, b, label in raw]
    tree = parse(highlight_html(TEXT, spans).data)
    assert "".join(tree.rtl_text) == TEXT


# --- validation -----------------------------------------------------------------------------

INVALID = [
    ("wrong text", [Span(0, 4, "أمس ", "x")], "span 0:4 says"),
    ("past the end", [Span(len(TEXT), len(TEXT) + 2, "ها", "x")], "lies outside the text"),
    ("zero length past the end", [Span(99, 99, "", "x")], "lies outside the text"),
]


@pytest.mark.parametrize(("name", "spans", "message"), INVALID, ids=[i[0] for i in INVALID])
def test_invalid_spans_raise_one_line(name: str, spans: list[Span], message: str) -> None:
    with pytest.raises(ValueError, match=message) as info:
        highlight_html(TEXT, spans)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("color", ["red; background:url(x)", "#12", "rgb(0,0,0)", '"'])
def test_bad_colour_raises(color: str) -> None:
    with pytest.raises(ValueError, match="colour for label 'a'"):
        highlight_html(TEXT, [Span(0, 4, TEXT[:4], "a")], colors={"a": color})


# --- legend and determinism -----------------------------------------------------------------


def test_legend_counts_sorted_labels() -> None:
    spans = [
        Span(0, 4, TEXT[0:4], "verb"),
        Span(5, 9, TEXT[5:9], "noun"),
        Span(10, 14, TEXT[10:14], "noun"),
        Span(15, 22, TEXT[15:22], "noun"),
        Span(4, 4, "", "\u0632\u0645\u0646"),  # an Arabic label
    ]
    markup = highlight_html(TEXT, spans).data
    legend = re.findall(r">([^<>]+)</bdi> (\d+)</span>", markup)
    assert legend == [("noun", "3"), ("verb", "1"), ("\u0632\u0645\u0646", "1")]  # sorted by label
    assert highlight_html(TEXT, spans, legend=False).data.count("adl-legend") == 0


def test_custom_colours_override_the_palette() -> None:
    markup = highlight_html(TEXT, [Span(0, 4, TEXT[:4], "a")], colors={"a": "#123456"}).data
    assert "background-color:#123456" in markup


def test_output_is_deterministic() -> None:
    spans = [Span(5, 22, TEXT[5:22], "office"), Span(0, 9, TEXT[0:9], "b"), Span(5, 9, TEXT[5:9], "title")]
    first = highlight_html(TEXT, spans).data
    assert highlight_html(TEXT, list(spans)).data == first
    assert highlight_html(TEXT, spans[::-1]).data.count("<mark") == first.count("<mark")
    assert rtl_html(TEXT).data == rtl_html(TEXT).data
    frame = pd.DataFrame({"w": ["أ", "ب"], "n": [1, 2]})
    assert table_html(frame).data == table_html(frame.copy()).data
    assert not re.search(r'id="|\d{10}', first + table_html(frame).data)  # no ids, no timestamps



# --- mixed cells: the base language of the cell, the other script isolated ----------------------

MIXED = [
    # (column values, row to look at, expected dir of that cell, the run isolated in <bdi>)
    ("english column, cell opening with arabic", ["ابن ابنة and their suffixed forms", "any other stem"], 0, "ltr", "ابن ابنة"),
    ("english explanation quoting a word", ["'اميركي' repeated 2 times within 10 words", "sentence closed by !"], 0, "ltr", "اميركي"),
    ("arabic column, cell with a latin name", ["قالت وكالة AFP إن الوفد وصل", "وصل الوفد"], 0, "rtl", "AFP"),
    ("no one-script cell: majority of words", ["Form IV verbal noun (إفعال): hamza below"], 0, "ltr", "إفعال"),
    ("no one-script cell: a tie reads by the first letter", ["أدوات CAMeL"], 0, "rtl", "CAMeL"),
]


@pytest.mark.parametrize(("name", "values", "row", "direction", "isolated"), MIXED, ids=[m[0] for m in MIXED])
def test_mixed_cells_take_their_base_language(name: str, values: list[str], row: int, direction: str, isolated: str) -> None:
    markup = table_html(pd.DataFrame({"c": values})).data
    cell = re.findall(r"<td [^>]*>.*?</td>", markup)[row]
    assert cell.startswith(f'<td dir="{direction}"')
    other = "rtl" if direction == "ltr" else "ltr"
    assert re.findall(rf'<bdi dir="{other}"[^>]*>([^<]*)</bdi>', cell) == [isolated]
    parse(markup)


ITEMS = [
    ("counter in most_common order", Counter({"tatweel": 1, "hamza: الى": 7}), ["item", "count"], [["hamza: الى", "7"], ["tatweel", "1"]]),
    ("list numbered from 1", ["الحوار", "بالحوار"], ["#", "item"], [["1", "الحوار"], ["2", "بالحوار"]]),
    ("dict of lists joined with an arabic comma", {"lemma": ["الحوار", "بالحوار"]}, ["key", "value"], [["lemma", "الحوار، بالحوار"]]),
    ("list of pairs", [("أمس", "past"), ("غداً", "future")], ["1", "2"], [["أمس", "past"], ["غداً", "future"]]),
    ("escaped", ["<b>نص</b>"], ["#", "item"], [["1", "<b>نص</b>"]]),
]


@pytest.mark.parametrize(("name", "items", "header", "rows"), ITEMS, ids=[i[0] for i in ITEMS])
def test_items_html_is_a_right_to_left_table(name: str, items, header: list[str], rows: list[list[str]]) -> None:
    markup = items_html(items).data
    assert markup.startswith('<table class="adl-table" dir="rtl"')
    assert "<b>" not in markup
    tree = parse(markup)
    cells = [re.sub(r"<[^>]+>", "", c) for c in re.findall(r"<t[hd] [^>]*>(.*?)</t[hd]>", markup)]
    cells = [html.unescape(c) for c in cells]
    assert cells[: len(header)] == header
    assert [cells[i : i + len(header)] for i in range(len(header), len(cells), len(header))] == rows
    assert tree.tags


def test_items_html_rejects_a_string_and_wrong_column_names() -> None:
    with pytest.raises(TypeError, match="not one string"):
        items_html("الحوار")
    with pytest.raises(ValueError, match="columns names 3"):
        items_html(["a"], columns=["a", "b", "c"])


def test_legend_items_can_wrap() -> None:
    markup = highlight_html(TEXT, [Span(0, 4, TEXT[:4], "a very long label " * 5)]).data
    legend = re.search(r'<div class="adl-legend"[^>]*>.*?</div>', markup).group(0)
    assert "nowrap" not in legend and "display:inline-block;max-width:100%" in legend
