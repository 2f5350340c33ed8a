"""Matplotlib figures with Arabic labels.

Matplotlib 3.11 and later shape text with HarfBuzz/raqm: Arabic letters join and Arabic runs
read right to left on their own, so text is passed to matplotlib exactly as written. Do not run
it through ``arabic_reshaper`` or ``python-bidi``: that would shape and reorder it twice.

What is needed is a font with Arabic glyphs. :func:`arabic_font_name` picks the first installed
one (Noto Naskh Arabic, Noto Sans Arabic, Amiri, Scheherazade New, else DejaVu Sans, which ships
with matplotlib and covers basic Arabic). :func:`bar_chart_ar` uses it for its own text only,
without changing global settings; :func:`use_arabic_font` sets it for every later figure.

Figures are built with :class:`matplotlib.figure.Figure` rather than pyplot, so nothing is shown
or closed behind the caller's back: a notebook shows the returned figure once, a script saves it
with ``fig.savefig(...)``. Analysis modules never import this module.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from numbers import Real

import matplotlib
from matplotlib import font_manager
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ft2font import FT2Font

__all__ = ["ArabicFontError", "PREFERRED_FONTS", "has_arabic_glyphs", "arabic_font_name", "use_arabic_font", "bar_chart_ar"]

#: Families tried first, in this order; after them any installed font with Arabic glyphs.
PREFERRED_FONTS = ("Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "Scheherazade New", "DejaVu Sans")

#: ALEF, LAM and AIN: a font lacking any of them cannot show Arabic words.
_PROBE = (0x0627, 0x0644, 0x0639)
_FALLBACK = "DejaVu Sans"  # ships with matplotlib; also supplies Latin letters and digits
_BAR_COLOR = "#4477AA"


class ArabicFontError(RuntimeError):
    """No installed font can draw Arabic letters."""


@functools.cache
def has_arabic_glyphs(path: str) -> bool:
    """Return whether the font file at ``path`` has real glyphs for ALEF, LAM and AIN.

    The three letters must map to three different glyphs, which rules out "last resort" fonts
    that draw one placeholder box for a whole Unicode block.

    >>> has_arabic_glyphs(font_manager.findfont("DejaVu Sans", fallback_to_default=False))
    True
    >>> has_arabic_glyphs(font_manager.findfont("cmr10", fallback_to_default=False))
    False
    """
    try:
        font = FT2Font(path)
    except (OSError, RuntimeError, ValueError):
        return False
    glyphs = {font.get_char_index(cp) for cp in _PROBE}
    return 0 not in glyphs and len(glyphs) == len(_PROBE)


def _fonts_by_family() -> dict[str, list[str]]:
    families: dict[str, list[str]] = {}
    for entry in font_manager.fontManager.ttflist:
        families.setdefault(entry.name, []).append(str(entry.fname))
    return families


def arabic_font_name() -> str:
    """Return the family name of the first installed font that has Arabic glyphs.

    The families in :data:`PREFERRED_FONTS` are tried first, in order; then every other font
    matplotlib knows, by name. A family counts if one of its files maps ALEF, LAM and AIN.

    Raises:
        ArabicFontError: if no font has them.

    >>> arabic_font_name() in PREFERRED_FONTS or has_arabic_glyphs(font_manager.findfont(arabic_font_name()))
    True
    """
    families = _fonts_by_family()
    others = sorted(name for name in families if name not in PREFERRED_FONTS)
    for name in (*PREFERRED_FONTS, *others):
        if any(has_arabic_glyphs(path) for path in sorted(families.get(name, ()))):
            return name
    raise ArabicFontError(
        "no installed font has Arabic letters (U+0627, U+0644, U+0639): install Noto Naskh Arabic "
        "(e.g. apt install fonts-noto-core) or reinstall matplotlib, whose DejaVu Sans covers Arabic"
    )


def _families(name: str) -> list[str]:
    return [name] if name == _FALLBACK else [name, _FALLBACK]


def use_arabic_font() -> str:
    """Make every later matplotlib text use the Arabic font; return its family name.

    Sets ``rcParams["font.family"]`` to that family, followed by DejaVu Sans for any glyphs
    (Latin letters, digits) the Arabic font lacks.

    >>> with matplotlib.rc_context():
    ...     name = use_arabic_font()
    ...     matplotlib.rcParams["font.family"][0] == name
    True
    """
    name = arabic_font_name()
    matplotlib.rcParams["font.family"] = _families(name)
    return name


def _check_values(labels: Sequence[str], values: Sequence[float]) -> tuple[list[str], list[float]]:
    if isinstance(labels, str):
        raise TypeError("labels must be a sequence of strings, not one string")
    labels = list(labels)
    values = list(values)
    if not labels:
        raise ValueError("bar_chart_ar needs at least one label and value (got none)")
    if len(labels) != len(values):
        raise ValueError(f"bar_chart_ar got {len(labels)} labels but {len(values)} values")
    for label in labels:
        if not isinstance(label, str):
            raise TypeError(f"labels must be strings, not {type(label).__name__}: {label!r}")
    for label, value in zip(labels, values):
        if isinstance(value, bool) or not isinstance(value, Real) or not math.isfinite(value):
            raise ValueError(f"value for {label!r} must be a finite number, not {value!r}")
    return labels, [float(v) for v in values]


def bar_chart_ar(
    labels: Sequence[str],
    values: Sequence[float],
    *,
    title: str = "",
    xlabel: str = "",
    ylabel: str = "",
    horizontal: bool = True,
    ax: Axes | None = None,
    color: str | None = None,
) -> Figure:
    """Draw a bar chart whose labels may be Arabic; return its figure.

    Bars keep the given order: horizontal bars run from the top down (so labels sorted by
    decreasing value put the largest at the top), vertical bars from left to right. Each bar
    carries its value. Only this chart's text uses the Arabic font; global settings are untouched.

    Args:
        labels: one label per bar (Arabic, Latin or mixed), as written.
        values: one finite number per bar.
        title: the chart title.
        xlabel: the label under the horizontal axis.
        ylabel: the label beside the vertical axis.
        horizontal: horizontal bars (the default, best for words) or vertical ones.
        ax: draw on these axes instead of a new figure.
        color: the bar colour (a matplotlib colour); a colour-blind safe blue by default.

    Returns:
        The :class:`~matplotlib.figure.Figure` holding the chart (``ax``'s figure if given).

    Raises:
        ValueError: if there are no labels, the lengths differ or a value is not a finite number.

    >>> fig = bar_chart_ar(["العراق", "الكاظمي", "الحوار"], [9, 5, 3], title="الكلمات الأكثر تكرارا")
    >>> [t.get_text() for t in fig.axes[0].get_yticklabels()]
    ['العراق', 'الكاظمي', 'الحوار']
    >>> bar_chart_ar([], [])
    Traceback (most recent call last):
    ...
    ValueError: bar_chart_ar needs at least one label and value (got none)
    """
    labels, numbers = _check_values(labels, values)
    families = _families(arabic_font_name())
    positions = list(range(len(labels)))
    if ax is None:
        longest = max(len(label) for label in labels)
        if horizontal:
            size = (7.0, max(2.5, 0.42 * len(labels) + 1.4))
        else:
            size = (max(4.0, 0.6 * len(labels) + 2.0), 4.5 + (0.8 if longest > 6 else 0.0))
        fig = Figure(figsize=size, layout="constrained")
        ax = fig.add_subplot()
    else:
        fig = ax.get_figure(root=True)

    if horizontal:
        bars = ax.barh(positions, numbers, color=color or _BAR_COLOR)
        ax.set_yticks(positions, labels=labels)
        ax.set_ylim(len(labels) - 0.5, -0.5)  # first label at the top
        ax.margins(x=0.12)
        ax.grid(axis="x", alpha=0.3)
    else:
        bars = ax.bar(positions, numbers, color=color or _BAR_COLOR)
        ax.set_xticks(positions, labels=labels)
        if max(len(label) for label in labels) > 6:
            ax.tick_params(axis="x", labelrotation=45)
            for tick in ax.get_xticklabels():
                tick.set_horizontalalignment("right")
                tick.set_rotation_mode("anchor")
        ax.margins(y=0.12)
        ax.grid(axis="y", alpha=0.3)
    ax.set_axisbelow(True)
    ax.bar_label(bars, labels=[format(v, "g") for v in numbers], padding=3, fontsize="small")
    ax.tick_params(axis="both", labelfontfamily=families)
    ax.tick_params(axis="y" if horizontal else "x", labelsize="large")
    if title:
        ax.set_title(title, fontfamily=families, fontsize="x-large")
    if xlabel:
        ax.set_xlabel(xlabel, fontfamily=families)
    if ylabel:
        ax.set_ylabel(ylabel, fontfamily=families)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return fig
