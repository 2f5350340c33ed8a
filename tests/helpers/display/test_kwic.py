"""Tests for helpers.display.kwic: an escaped, aligned right-to-left KWIC table."""

from __future__ import annotations

import re

import pytest

from helpers.statistics.concordance import concordance_ar
from helpers.display.kwic import kwic_html

TEXT = "قال <script>x</script> إن الحرب انتهت، وحربنا طويلة"


def test_kwic_html_structure_and_escaping():
    lines = concordance_ar(TEXT, "حرب", window=2)
    out = kwic_html(lines).data
    assert '<table dir="rtl" lang="ar"' in out
    assert re.findall(r'<mark class="adl-kwic"[^>]*>([^<]*)</mark>', out) == ["الحرب", "وحربنا"]
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert out.count("<tr>") == 2 and f"{lines[0].start}:{lines[0].end}" in out
    assert kwic_html(lines).data == out  # deterministic


def test_kwic_html_limits_and_empty():
    lines = concordance_ar(TEXT, "حرب")
    out = kwic_html(lines, max_lines=1, show_offsets=False).data
    assert out.count("<tr>") == 1 and "1 more line not shown (2 in all)" in out
    assert "no matches" in kwic_html([]).data


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"font_size": "big"}, "font_size"), ({"highlight": "red;x"}, "highlight"), ({"max_lines": 0}, "max_lines")],
)
def test_kwic_html_bad_options(kwargs, message):
    with pytest.raises(ValueError, match=message):
        kwic_html(concordance_ar(TEXT, "حرب"), **kwargs)


def test_kwic_html_rejects_other_objects():
    with pytest.raises(TypeError, match="ConcordanceLine"):
        kwic_html(["حرب"])
