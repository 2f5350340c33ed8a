"""Right-to-left HTML for notebooks: a text, a text with highlighted spans, a table.

Every function returns an :class:`IPython.display.HTML` object whose ``.data`` is a string built
only from escaped text (:func:`html.escape`) and validated style values, so a text containing
``<script>`` shows as text. The HTML is deterministic (no random ids, no timestamps, legends in
sorted order), so nbval can compare notebook outputs byte for byte.

JupyterLab sanitizes the HTML output of untrusted notebooks: it keeps ``dir``, ``lang``,
``title``, ``class`` and inline ``style`` attributes with simple values but may drop ``<style>``
blocks. Everything here is therefore styled inline, with plain values (hex colours, ``em``
lengths, unquoted font names).
"""

from __future__ import annotations

import html
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pandas as pd
from IPython.display import HTML

from helpers.text.spans import Span, check_spans

__all__ = ["ARABIC_FONT_STACK", "PALETTE", "rtl_html", "highlight_html", "table_html", "items_html", "bidi_html"]

#: CSS font stack for Arabic text: the first installed family wins in the browser.
ARABIC_FONT_STACK = "Noto Naskh Arabic, Amiri, Scheherazade New, Noto Sans Arabic, DejaVu Sans, sans-serif"

#: Default highlight colours, assigned to labels in sorted order (Paul Tol's colour-blind safe
#: "light" scheme, made for backgrounds behind black text). More labels than colours cycle.
PALETTE = ("#77AADD", "#EE8866", "#EEDD88", "#FFAABB", "#99DDFF", "#44BB99", "#BBCC33", "#AAAA00", "#DDDDDD")

_LENGTH = re.compile(r"^(?:\d+(?:\.\d+)?|\.\d+)(?:px|em|rem|ex|pt|%)$")  # units JupyterLab keeps
_COLOR = re.compile(r"^(?:#[0-9A-Fa-f]{3}|#[0-9A-Fa-f]{6}|[A-Za-z]{3,20})$")
_SPAN_FIELDS = ("start", "end", "text", "label")


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def _css_length(value: str, name: str) -> str:
    if not isinstance(value, str) or not _LENGTH.match(value):
        raise ValueError(f"{name} must be a CSS length such as '1.15em' or '300px', not {value!r}")
    return value


def _css_color(value: str, label: str) -> str:
    if not isinstance(value, str) or not _COLOR.match(value):
        raise ValueError(f"colour for label {label!r} must be '#rgb', '#rrggbb' or a CSS colour name, not {value!r}")
    return value


def _rtl_style(font_size: str, max_height: str | None) -> str:
    style = f"font-family:{ARABIC_FONT_STACK};font-size:{_css_length(font_size, 'font_size')};line-height:1.9;white-space:pre-wrap"
    if max_height is not None:
        style += f";max-height:{_css_length(max_height, 'max_height')};overflow-y:auto"
    return style


def rtl_html(text: str, *, font_size: str = "1.15em", max_height: str | None = None) -> HTML:
    """Show ``text`` right to left in a notebook, escaped, with its line breaks kept.

    Args:
        text: the text to show.
        font_size: a CSS length for the text size.
        max_height: a CSS length; if given, longer texts scroll inside the box.

    Returns:
        An :class:`IPython.display.HTML` object; its ``.data`` is the HTML string.

    Raises:
        ValueError: if ``font_size`` or ``max_height`` is not a plain CSS length.

    >>> print(rtl_html("أمس <b>الأربعاء</b>").data)
    <div class="adl-rtl" dir="rtl" lang="ar" style="font-family:Noto Naskh Arabic, Amiri, Scheherazade New,
    Noto Sans Arabic, DejaVu Sans, sans-serif;font-size:1.15em;line-height:1.9;white-space:pre-wrap">أمس
    &lt;b&gt;الأربعاء&lt;/b&gt;</div>
    >>> "max-height:10em;overflow-y:auto" in rtl_html("نص", max_height="10em").data
    True
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    style = _rtl_style(font_size, max_height)
    return HTML(f'<div class="adl-rtl" dir="rtl" lang="ar" style="{_esc(style)}">{_esc(text)}</div>')


def _tooltip_line(span: Span) -> str:
    line = f"{span.label} [{span.start}:{span.end}]"
    extras = []
    for key, value in span.to_dict().items():
        if key in _SPAN_FIELDS or value is None:
            continue
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        extras.append(f"{key}: {value}")
    return line + ("; " + "; ".join(extras) if extras else "")


def _label_colors(labels: Iterable[str], colors: Mapping[str, str] | None) -> dict[str, str]:
    chosen = {label: PALETTE[i % len(PALETTE)] for i, label in enumerate(sorted(set(labels)))}
    for label, color in (colors or {}).items():
        chosen[label] = _css_color(color, label)
    return chosen


def _mark(content: str, spans: list[Span], palette: Mapping[str, str], title_attr: bool) -> str:
    """One highlighted piece: ``spans`` cover it, innermost first."""
    style = f"background-color:{palette[spans[0].label]};color:#000000;border-radius:2px;padding:0"
    if len(spans) > 1:  # nested or overlapping: underline with the next label's colour
        style += f";border-bottom:3px solid {palette[spans[1].label]}"
    title = ""
    if title_attr:
        title = f' title="{_esc(chr(10).join(_tooltip_line(s) for s in spans))}"'
    return f'<mark class="adl-mark" style="{_esc(style)}"{title}>{_esc(content)}</mark>'


def _point(span: Span, palette: Mapping[str, str], title_attr: bool) -> str:
    """A zero-length span: a thin coloured bar at its position."""
    style = f"background-color:transparent;border-right:3px solid {palette[span.label]};padding:0"
    title = f' title="{_esc(_tooltip_line(span))}"' if title_attr else ""
    return f'<mark class="adl-point" style="{_esc(style)}"{title}></mark>'


def _label_html(label: str, style: str) -> str:
    """A legend label in its own direction; in a mixed label, the other script's runs isolated."""
    direction = _base_direction(label, None)
    arabic, latin = _script(label)
    lang = ' lang="ar"' if direction == "rtl" else ""
    body = _isolated(label, direction) if arabic and latin else _esc(label)
    return f'<bdi dir="{direction}"{lang} style="{_esc(style)}">{body}</bdi>'


def _legend(counts: Counter[str], palette: Mapping[str, str]) -> str:
    # Items wrap onto more lines in a narrow window; a label keeps its count beside it, and a
    # label too long for the width wraps inside its own box rather than overflowing.
    items = []
    for label in sorted(counts):
        swatch = f"background-color:{palette[label]};color:#000000;border-radius:2px;padding:0 0.35em"
        items.append(
            f'<span class="adl-legend-item" style="display:inline-block;max-width:100%;margin:0 1em 0.15em 0;overflow-wrap:anywhere">'
            f'{_label_html(label, swatch)} {counts[label]}</span>'
        )
    return f'<div class="adl-legend" dir="ltr" style="font-size:0.85em;margin-bottom:0.4em;max-width:100%">{"".join(items)}</div>'


def highlight_html(
    text: str,
    spans: Iterable[Span],
    *,
    colors: Mapping[str, str] | None = None,
    legend: bool = True,
    title_attr: bool = True,
) -> HTML:
    """Show ``text`` right to left with every span highlighted in its label's colour.

    Overlapping and nested spans are safe: the text is cut at every span boundary and each piece
    becomes one ``<mark>``. A piece covered by several spans takes the colour of the innermost
    (shortest; on a tie, the first given) and is underlined in the next one's colour; its tooltip
    lists every covering span, innermost first, with the span's extra fields (``suggestions``,
    ...). A zero-length span shows as a thin bar at its position (inside a word, the bar also
    breaks the letters' joining there).

    Args:
        text: the text the spans point into.
        spans: :class:`~helpers.text.spans.Span` objects (or subclasses) with offsets into ``text``.
        colors: colours for some or all labels (``"#rrggbb"`` or a CSS name); the others get
            :data:`PALETTE` colours in sorted label order.
        legend: show the labels with their span counts above the text.
        title_attr: add ``title`` tooltips to the highlights.

    Raises:
        ValueError: one line, if a span does not match the text or a colour is not a colour.

    >>> import re
    >>> text = "أدار رئيس مجلس الوزراء"
    >>> spans = [Span(5, 9, "رئيس", "title"), Span(5, 22, "رئيس مجلس الوزراء", "office")]
    >>> out = highlight_html(text, spans).data
    >>> re.findall(r'>([^<>]+)</bdi> (\\d+)</span>', out)  # the legend
    [('office', '1'), ('title', '1')]
    >>> re.findall(r'<mark [^>]*title="([^"]*)">([^<]*)</mark>', out)  # (tooltip, text) pairs
    [('title [5:9]\\noffice [5:22]', 'رئيس'), ('office [5:22]', ' مجلس الوزراء')]
    >>> highlight_html(text, [Span(0, 4, "أمس ", "token")])
    Traceback (most recent call last):
    ...
    ValueError: span 0:4 says 'أمس ' but the text there is 'أدار'
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    items = list(spans)
    for s in items:
        if not isinstance(s, Span):
            raise TypeError(f"spans must be helpers.text.spans.Span objects, not {type(s).__name__}")
        if s.end > len(text):
            raise ValueError(f"span {s.start}:{s.end} lies outside the text (length {len(text)})")
    check_spans(text, items)
    palette = _label_colors((s.label for s in items), colors)

    # Cut the text at every boundary and sweep: `active` holds the non-empty spans covering the
    # piece that starts at the current cut, keyed by their position in the input.
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    points: dict[int, list[Span]] = {}
    for i, s in enumerate(items):
        if s.end == s.start:
            points.setdefault(s.start, []).append(s)
        else:
            starts.setdefault(s.start, []).append(i)
            ends.setdefault(s.end, []).append(i)
    cuts = sorted({0, len(text), *starts, *ends, *points})
    active: set[int] = set()
    parts = []
    for a, b in zip(cuts, [*cuts[1:], None]):
        active.difference_update(ends.get(a, ()))
        active.update(starts.get(a, ()))
        parts.extend(_point(s, palette, title_attr) for s in points.get(a, ()))
        if b is None:
            break
        covering = [items[i] for i in sorted(active, key=lambda i: (items[i].end - items[i].start, i))]
        piece = text[a:b]
        parts.append(_mark(piece, covering, palette, title_attr) if covering else _esc(piece))

    body = f'<div class="adl-rtl" dir="rtl" lang="ar" style="{_esc(_rtl_style("1.15em", None))}">{"".join(parts)}</div>'
    head = _legend(Counter(s.label for s in items), palette) if legend and items else ""
    return HTML(f'<div class="adl-highlight">{head}{body}</div>')


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return "" if math.isnan(value) else format(value, ".6g")
    if isinstance(value, (list, tuple)):
        return ", ".join(_cell_text(v) for v in value)
    try:
        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    return str(value)


def _first_strong(content: str) -> str | None:
    # The paragraph direction the Unicode bidi algorithm would pick: that of the first strong
    # character (a right-to-left mark counts).
    for ch in content:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return None


# Runs of one script inside a cell of the other: words, and the spaces and punctuation between
# them (an Arabic run keeps its Arabic comma; a Latin run its hyphens and apostrophes).
_AR = "\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF"
_LATIN = "A-Za-z\u00C0-\u024F"
_ARABIC_WORD = re.compile(f"[\u0620-\u064A\u066E-\u06D3\u06FA-\u06FF\u0750-\u077F\u08A0-\u08C9\uFB50-\uFDFB\uFE70-\uFEFC]+")
_LATIN_WORD = re.compile(f"[{_LATIN}]+")
_ARABIC_RUN = re.compile(f"[{_AR}](?:[{_AR}\\s]*[{_AR}])?")
_LATIN_RUN = re.compile(f"[{_LATIN}](?:[{_LATIN}\\s\\d.,'’-]*[{_LATIN}])?")


def _script(content: str) -> tuple[int, int]:
    """(Arabic words, Latin words) in a cell."""
    return len(_ARABIC_WORD.findall(content)), len(_LATIN_WORD.findall(content))


def _base_direction(content: str, column: str | None) -> str:
    """The direction a cell is laid out in: its only script's, else its column's, else its majority's."""
    arabic, latin = _script(content)
    if arabic and not latin:
        return "rtl"
    if latin and not arabic:
        return "ltr"
    if not arabic and not latin:
        return _first_strong(content) or "ltr"
    if column is not None:  # mixed: the language of the column's unmixed cells
        return column
    if arabic != latin:
        return "rtl" if arabic > latin else "ltr"
    return _first_strong(content) or "ltr"


def _column_direction(values: Iterable[str]) -> str | None:
    """The base language of a column: that of most of its one-script cells (``None`` on a tie)."""
    rtl = ltr = 0
    for content in values:
        arabic, latin = _script(content)
        rtl += bool(arabic and not latin)
        ltr += bool(latin and not arabic)
    return "rtl" if rtl > ltr else "ltr" if ltr > rtl else None


def _isolated(content: str, direction: str) -> str:
    """Escape a cell, wrapping each run of the other script in ``<bdi>`` so it keeps its own order."""
    if direction == "ltr":
        run, attrs = _ARABIC_RUN, f'dir="rtl" lang="ar" style="{_esc("font-family:" + ARABIC_FONT_STACK)}"'
    else:
        run, attrs = _LATIN_RUN, 'dir="ltr"'
    parts, last = [], 0
    for m in run.finditer(content):
        parts.append(_esc(content[last : m.start()]))
        parts.append(f"<bdi {attrs}>{_esc(m.group())}</bdi>")
        last = m.end()
    parts.append(_esc(content[last:]))
    return "".join(parts)


def bidi_html(text: str, *, base: str = "ltr") -> str:
    """Escape a line of prose, isolating each run of the other script in a ``<bdi>``.

    In English (``base="ltr"``) each Arabic run gets ``<bdi dir="rtl" lang="ar">``, so it reads
    right to left and its neighbouring quotes, digits and punctuation stay where the English puts
    them; in Arabic (``base="rtl"``) each Latin run gets ``<bdi dir="ltr">``. Returns a string of
    inline HTML for use inside a block of that direction.

    >>> bidi_html("'الى' is not <standard>")  # doctest: +ELLIPSIS
    '&#x27;<bdi dir="rtl" lang="ar" style="...">الى</bdi>&#x27; is not &lt;standard&gt;'
    """
    if base not in ("ltr", "rtl"):
        raise ValueError(f"base must be 'ltr' or 'rtl', not {base!r}")
    return _isolated(str(text), base)


def _cell(tag: str, value: Any, *, numeric: bool = False, column: str | None = None, extra: str = "") -> str:
    content = _cell_text(value)
    base = "border:1px solid #BBBBBB;padding:0.2em 0.5em;vertical-align:top"
    direction = _base_direction(content, column)
    arabic, latin = _script(content)
    if direction == "rtl":
        attrs = f'dir="rtl" lang="ar" style="{_esc(base)};text-align:right;font-family:{_esc(ARABIC_FONT_STACK)};font-size:1.1em"'
    else:
        attrs = f'dir="ltr" style="{_esc(base)};text-align:{"right" if numeric else "left"}"'
    body = _isolated(content, direction) if arabic and latin else _esc(content)
    return f"<{tag} {attrs}{extra}>{body}</{tag}>"


def table_html(frame: pd.DataFrame, *, max_rows: int = 50, index: bool = False, rtl: bool = False) -> HTML:
    """Show a DataFrame as an escaped HTML table whose Arabic reads right to left.

    Each cell is laid out in its own language: a cell of Arabic only gets ``dir="rtl"`` and an
    Arabic font, a cell of Latin only (or numbers) ``dir="ltr"``, numbers aligned right. A cell
    that mixes both takes the language of its column's one-script cells (an English explanation
    column stays left to right even where an explanation opens with an Arabic word), or, in a
    column without them, the language most of its words are in; each run of the other script is
    then isolated in a ``<bdi>``, so an Arabic phrase inside English keeps its order and does not
    reorder the English around it. Longer frames show their first ``max_rows`` rows and a note
    of how many were left out.

    Args:
        frame: the table to show.
        max_rows: the most rows to show (at least 1).
        index: also show the frame's index as the first column.
        rtl: lay the table itself out right to left (first column on the right), for tables of
            Arabic items (see :func:`items_html`).

    >>> frame = pd.DataFrame({"word": ["العراق", "<b>"], "count": [3, 1]})
    >>> out = table_html(frame).data
    >>> '<td dir="rtl" lang="ar"' in out, "&lt;b&gt;" in out, "<b>" in out
    (True, True, False)
    >>> print(table_html(frame, max_rows=1).data.split("<tfoot>")[1])
    <tr><td dir="ltr" style="padding:0.2em 0.5em;font-size:0.85em" colspan="2">1 more row not shown (2 in all)</td></tr></tfoot></table>
    >>> rules = pd.DataFrame({"where": ["ابن اسم and their suffixed forms", "any other stem"]})
    >>> table_html(rules).data.split("<tbody>")[1].split("</tr>")[0]  # doctest: +ELLIPSIS
    '<tr><td dir="ltr" ...><bdi dir="rtl" lang="ar" ...>ابن اسم</bdi> and their suffixed forms</td>'
    """
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(f"frame must be a pandas DataFrame, not {type(frame).__name__}")
    if isinstance(max_rows, bool) or not isinstance(max_rows, int) or max_rows < 1:
        raise ValueError(f"max_rows must be a positive int, not {max_rows!r}")
    shown = frame.iloc[:max_rows]
    numeric = [pd.api.types.is_numeric_dtype(dtype) and not pd.api.types.is_bool_dtype(dtype) for dtype in frame.dtypes]
    columns = [_column_direction(_cell_text(v) for v in frame.iloc[:, j]) for j in range(frame.shape[1])]
    index_column = _column_direction(_cell_text(v) for v in frame.index) if index else None
    header = [_cell("th", frame.index.name or "") if index else ""]
    header += [_cell("th", name) for name in frame.columns]
    rows = []
    for position in range(len(shown)):
        cells = [_cell("th", shown.index[position], column=index_column) if index else ""]
        cells += [_cell("td", shown.iat[position, j], numeric=numeric[j], column=columns[j]) for j in range(shown.shape[1])]
        rows.append(f"<tr>{''.join(cells)}</tr>")
    foot = ""
    hidden = len(frame) - len(shown)
    if hidden > 0:
        width = frame.shape[1] + (1 if index else 0)
        note = f"{hidden:,} more row{'s' if hidden != 1 else ''} not shown ({len(frame):,} in all)"
        foot = f'<tfoot><tr><td dir="ltr" style="padding:0.2em 0.5em;font-size:0.85em" colspan="{width}">{_esc(note)}</td></tr></tfoot>'
    direction = ' dir="rtl"' if rtl else ""
    return HTML(
        f'<table class="adl-table"{direction} style="border-collapse:collapse">'
        f"<thead><tr>{''.join(header)}</tr></thead><tbody>{''.join(rows)}</tbody>{foot}</table>"
    )


def items_html(items: Mapping[Any, Any] | Iterable[Any], *, columns: Sequence[str] | None = None, max_rows: int = 50) -> HTML:
    """Show a Counter, a dict or a list as a right-to-left table, one row per item, in order.

    Printed, ``Counter({'hamza: الى': 7})`` or ``['الحوار', 'بالحوار']`` mix directions: the
    quotes, commas and counts of the repr land inside the Arabic and the items read in the wrong
    order. As a table each item has its own cell, laid out in its own language (see
    :func:`table_html`), and the first column stands on the right.

    Args:
        items: a mapping (a ``Counter`` shows in ``most_common`` order, others as given; a list
            value becomes one cell, joined by ``، ``), a list of values, or a list of tuples (one
            column per element).
        columns: the column names (default ``("item", "count")`` for a Counter, ``("key",
            "value")`` for another mapping, ``("#", "item")`` for a list, where ``#`` numbers the
            items from 1).
        max_rows: the most rows to show.

    >>> out = items_html(Counter({"hamza: الى": 7, "tatweel": 1})).data
    >>> out.startswith('<table class="adl-table" dir="rtl"'), 'hamza: <bdi dir="rtl"' in out
    (True, True)
    >>> "الحوار، بالحوار" in items_html({"lemma": ["الحوار", "بالحوار"]}).data
    True
    """
    if isinstance(items, (str, bytes)):
        raise TypeError("items must be a mapping or a list, not one string")
    if isinstance(items, Mapping):
        pairs = list(items.most_common()) if isinstance(items, Counter) else list(items.items())
        default = ("item", "count") if isinstance(items, Counter) else ("key", "value")
        rows = [[k, _joined(v)] for k, v in pairs]
    else:
        values = list(items)
        if values and all(isinstance(v, tuple) for v in values):
            width = max(len(v) for v in values)
            default = tuple(f"{i + 1}" for i in range(width))
            rows = [[_joined(x) for x in v] + [""] * (width - len(v)) for v in values]
        else:
            default = ("#", "item")
            rows = [[i + 1, _joined(v)] for i, v in enumerate(values)]
    names = list(columns) if columns is not None else list(default)
    width = len(rows[0]) if rows else len(names)
    if len(names) != width:
        raise ValueError(f"columns names {len(names)} column(s), but the items have {width}")
    return table_html(pd.DataFrame(rows, columns=names), max_rows=max_rows, rtl=True)


def _joined(value: Any) -> Any:
    if isinstance(value, (list, tuple, set, frozenset)):
        texts = [_cell_text(v) for v in (sorted(value) if isinstance(value, (set, frozenset)) else value)]
        return ("، " if any(_script(t)[0] for t in texts) else ", ").join(texts)
    return value
