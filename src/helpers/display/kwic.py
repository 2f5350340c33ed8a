"""Right-to-left KWIC table for notebooks: contexts aligned on a highlighted keyword.

The table has ``dir="rtl"``, so its first cell (the context *before* the keyword, ``left``) is
shown on the right and the context after it on the left, as an Arabic reader expects. Each
context is aligned towards the keyword, so keywords form one column. Everything is escaped and
styled inline (see :mod:`helpers.display`), and the output is deterministic.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from IPython.display import HTML

from helpers.statistics.concordance import ConcordanceLine
from helpers.display.html import ARABIC_FONT_STACK

__all__ = ["kwic_html"]

_LENGTH = re.compile(r"^(?:\d+(?:\.\d+)?|\.\d+)(?:px|em|rem|ex|pt|%)$")
_COLOR = re.compile(r"^#(?:[0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})$")


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def _length(value: str, name: str) -> str:
    if not isinstance(value, str) or not _LENGTH.match(value):
        raise ValueError(f"{name} must be a CSS length such as '1.1em' or '20em', not {value!r}")
    return value


def kwic_html(
    lines: Sequence[ConcordanceLine],
    *,
    max_lines: int = 100,
    font_size: str = "1.1em",
    context_width: str = "22em",
    highlight: str = "#EEDD88",
    show_offsets: bool = True,
) -> HTML:
    """Show concordance lines as an aligned right-to-left table with the keyword highlighted.

    Args:
        lines: lines from :func:`helpers.statistics.concordance.concordance_ar`.
        max_lines: show at most this many lines (a note says how many were left out).
        font_size: CSS length of the Arabic text.
        context_width: CSS width of each context column (longer contexts are clipped on the
            side away from the keyword).
        highlight: background colour of the keyword, ``"#rgb"`` or ``"#rrggbb"``.
        show_offsets: add a column with each keyword's ``start:end`` offsets.

    Raises:
        TypeError, ValueError: one line, for lines of the wrong type or a bad style value.

    >>> from helpers.statistics.concordance import concordance_ar
    >>> out = kwic_html(concordance_ar("قال <b>لا</b> للحرب والحرب", "حرب", window=1)).data
    >>> out.count("<mark"), "لا&lt;/b&gt;" in out, "</b>" in out, 'dir="rtl"' in out
    (2, True, False, True)
    """
    items = list(lines)
    for line in items:
        if not isinstance(line, ConcordanceLine):
            raise TypeError(f"lines must be ConcordanceLine objects, not {type(line).__name__}")
    if isinstance(max_lines, bool) or not isinstance(max_lines, int) or max_lines < 1:
        raise ValueError(f"max_lines must be a positive int, not {max_lines!r}")
    size, width = _length(font_size, "font_size"), _length(context_width, "context_width")
    if not isinstance(highlight, str) or not _COLOR.match(highlight):
        raise ValueError(f"highlight must be '#rgb' or '#rrggbb', not {highlight!r}")

    cell = "padding:0.15em 0.4em;white-space:nowrap;overflow:hidden;border-bottom:1px solid #DDDDDD"
    # In an rtl table, text-align:left pushes the "before" context towards the keyword; its
    # direction:ltr box lets overflow clip the far (right) end, the start of the context.
    before = f"{cell};max-width:{width};width:{width};text-align:left;direction:ltr"
    after = f"{cell};max-width:{width};width:{width};text-align:right"
    key = f"{cell};text-align:center;font-weight:bold"
    mark = f"background-color:{highlight};color:#000000;border-radius:2px;padding:0 0.15em"
    meta = f"{cell};font-family:monospace;font-size:0.8em;color:#666666;direction:ltr;text-align:left"
    rows = []
    for line in items[:max_lines]:
        offsets = f'<td style="{_esc(meta)}">{line.start}:{line.end}</td>' if show_offsets else ""
        rows.append(
            "<tr>"
            f'<td style="{_esc(before)}"><span dir="rtl">{_esc(line.left)}</span></td>'
            f'<td style="{_esc(key)}"><mark class="adl-kwic" style="{_esc(mark)}">{_esc(line.keyword)}</mark></td>'
            f'<td style="{_esc(after)}"><span dir="rtl">{_esc(line.right)}</span></td>'
            f"{offsets}</tr>"
        )
    foot = ""
    hidden = len(items) - min(len(items), max_lines)
    if hidden:
        note = f"{hidden:,} more line{'s' if hidden != 1 else ''} not shown ({len(items):,} in all)"
        foot = f'<div dir="ltr" style="font-size:0.85em">{_esc(note)}</div>'
    if not items:
        foot = '<div dir="ltr" style="font-size:0.85em">no matches</div>'
    table_style = f"border-collapse:collapse;font-family:{ARABIC_FONT_STACK};font-size:{size};line-height:1.8"
    return HTML(
        f'<div class="adl-kwic">'
        f'<table dir="rtl" lang="ar" style="{_esc(table_style)}"><tbody>{"".join(rows)}</tbody></table>{foot}</div>'
    )
