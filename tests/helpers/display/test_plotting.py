"""Matplotlib with Arabic labels: a font with Arabic glyphs, shaped right-to-left text, bar charts."""

from __future__ import annotations

import matplotlib
import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from helpers.display import plotting
from helpers.display.plotting import ArabicFontError, arabic_font_name, bar_chart_ar, has_arabic_glyphs, use_arabic_font

WORDS = ["من", "في", "الكاظمي", "Kadhimi", "الجولة الثالثة — 2021"]


def test_an_arabic_font_is_found() -> None:
    name = arabic_font_name()
    paths = [e.fname for e in matplotlib.font_manager.fontManager.ttflist if e.name == name]
    assert any(has_arabic_glyphs(p) for p in paths)


def test_no_arabic_font_is_a_one_line_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plotting, "has_arabic_glyphs", lambda path: False)
    with pytest.raises(ArabicFontError, match="no installed font has Arabic letters") as info:
        arabic_font_name()
    assert "\n" not in str(info.value)


def test_use_arabic_font_sets_the_family() -> None:
    with matplotlib.rc_context():
        name = use_arabic_font()
        assert matplotlib.rcParams["font.family"][0] == name


def test_bar_chart_leaves_global_settings_alone() -> None:
    before = list(matplotlib.rcParams["font.family"])
    bar_chart_ar(["أ"], [1])
    assert list(matplotlib.rcParams["font.family"]) == before


@pytest.mark.parametrize("horizontal", [True, False], ids=["horizontal", "vertical"])
def test_bar_chart_labels_in_given_order(horizontal: bool) -> None:
    values = [15, 14, 5, 3, 1]
    fig = bar_chart_ar(WORDS, values, title="الكلمات", xlabel="عدد", ylabel="كلمة", horizontal=horizontal)
    assert isinstance(fig, Figure)
    ax = fig.axes[0]
    ticks = ax.get_yticklabels() if horizontal else ax.get_xticklabels()
    assert [t.get_text() for t in ticks] == WORDS
    assert ticks[0].get_fontfamily()[0] == arabic_font_name()
    assert ax.get_title() == "الكلمات"
    if horizontal:  # the first (largest) bar at the top: the y axis runs downwards
        bottom, top = ax.get_ylim()
        assert bottom > top
        assert [p.get_width() for p in ax.patches] == values


def test_bar_chart_draws_on_given_axes() -> None:
    fig = Figure()
    ax = fig.add_subplot()
    assert bar_chart_ar(["أ", "ب"], [1, 2], ax=ax, color="#CC6677") is fig
    assert len(ax.patches) == 2


BAD = [
    ("empty", [], [], ValueError, "at least one label"),
    ("more labels", ["أ", "ب"], [1], ValueError, "2 labels but 1 values"),
    ("more values", ["أ"], [1, 2], ValueError, "1 labels but 2 values"),
    ("nan", ["أ"], [float("nan")], ValueError, "finite number"),
    ("text value", ["أ"], ["3"], ValueError, "finite number"),
    ("one string", "أب", [1, 2], TypeError, "not one string"),
    ("non-string label", [1], [1], TypeError, "labels must be strings"),
]


@pytest.mark.parametrize(("name", "labels", "values", "error", "message"), BAD, ids=[b[0] for b in BAD])
def test_bad_input(name: str, labels, values, error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message) as info:
        bar_chart_ar(labels, values)
    assert "\n" not in str(info.value)


# --- matplotlib itself shapes Arabic (3.11+): no reshaper, no bidi ---------------------------


def _ink_columns(text: str) -> list[tuple[int, int]]:
    """Render ``text`` alone and return the (first, last) pixel columns of each inked run."""
    fig = Figure(figsize=(4, 1), dpi=100)
    fig.text(0.05, 0.3, text, fontsize=40, family=arabic_font_name())
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    ink = np.asarray(canvas.buffer_rgba())[:, :, :3].min(axis=2) < 128
    columns = ink.any(axis=0)
    runs, start = [], None
    for x, inked in enumerate(columns):
        if inked and start is None:
            start = x
        elif not inked and start is not None:
            runs.append((start, x - 1))
            start = None
    return runs


def test_matplotlib_joins_arabic_letters() -> None:
    # Three BEH in a row join into one word, much narrower than three isolated BEH.
    (alone,) = _ink_columns("\u0628")
    joined = _ink_columns("\u0628\u0628\u0628")
    assert len(joined) == 1
    assert joined[0][1] - joined[0][0] < 0.8 * 3 * (alone[1] - alone[0])


def test_matplotlib_lays_arabic_right_to_left() -> None:
    # BEH (wide), space, ALEF (a thin stroke): read right to left, the thin ALEF is on the left.
    runs = _ink_columns("\u0628 \u0627")
    assert len(runs) == 2
    left, right = (b - a for a, b in runs)
    assert left < right
