"""Tests for helpers.statistics.concordance and helpers.text.clitics: offsets, clitic-aware matches and non-matches."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.statistics.concordance import ConcordanceLine, concordance_ar, concordance_frame
from helpers.data import case_study_path
from helpers.text.load import TextInputError, read_text_ar
from helpers.morphology.base import MORPHOLOGY_COLUMNS
from helpers.text.spans import check_spans

# A text written for the tests.
TEXT = "قالت الحكومة: لا حرب بعد اليوم.\nلكن الحربَ عادت، وحربنا طويلة؛ رمى حربةً على المحارب."


def test_concordance_offsets_point_back_into_the_text():
    lines = concordance_ar(TEXT, "حرب", window=2)
    check_spans(TEXT, lines)
    assert [line.keyword for line in lines] == ["حرب", "الحربَ", "وحربنا"]
    for line in lines:
        assert TEXT[line.start:line.end] == line.keyword == line.text
        assert line.label == "kwic" and line.match_level == "normalized"
    assert [line.token_index for line in lines] == [3, 7, 9]
    assert lines[1].left == "اليوم. لكن"  # the line break became a space
    assert lines[1].right == "عادت، وحربنا"


def test_exact_and_surface_searches():
    assert [l.keyword for l in concordance_ar(TEXT, "حرب", clitic_aware=False)] == ["حرب"]
    # surface: the diacritic matters
    assert [l.keyword for l in concordance_ar(TEXT, "الحربَ", by="surface")] == ["الحربَ"]
    assert concordance_ar(TEXT, "الحرب", by="surface", clitic_aware=False) == []
    assert [l.keyword for l in concordance_ar(TEXT, "الحرب", by="normalized", clitic_aware=False)] == ["الحربَ"]


def test_character_window():
    line = concordance_ar(TEXT, "طويلة", chars=7)[0]
    assert (line.left, line.right) == ("وحربنا", "؛ رمى ح")  # characters, not words


def test_lemma_and_root_search_with_a_hand_made_table():
    text = "الحروب طويلة وحربنا أطول"
    rows = [("الحروب", "حَرْب", "حرب", "ال", ""), ("طويلة", "طَوِيل", "طول", "", ""),
            ("وحربنا", "حَرْب", "حرب", "و", "نا"), ("أطول", "أَطْوَل", "طول", "", "")]
    records, pos = [], 0
    for token, lemma, root, pro, enc in rows:
        start = text.index(token, pos)
        pos = start + len(token)
        records.append(dict(zip(MORPHOLOGY_COLUMNS, [start, pos, token, token, "", lemma, root, "", "n", "NOUN", pro, enc,
                                                     "", "hand", True, 1])))
    table = pd.DataFrame(records, columns=list(MORPHOLOGY_COLUMNS))
    assert [l.keyword for l in concordance_ar(text, "حرب", by="lemma", morphology=table)] == ["الحروب", "وحربنا"]
    assert [l.keyword for l in concordance_ar(text, "ط و ل", by="root", morphology=table)] == ["طويلة", "أطول"]
    with pytest.raises(ValueError, match="needs a morphology table"):
        concordance_ar(text, "حرب", by="lemma")


def test_concordance_frame():
    frame = concordance_frame(concordance_ar(TEXT, "حرب"))
    assert list(frame.columns[:7]) == ["start", "end", "text", "label", "left", "keyword", "right"]
    assert frame["start"].is_monotonic_increasing and len(frame) == 3
    assert len(concordance_frame([])) == 0
    with pytest.raises(TypeError, match="ConcordanceLine"):
        concordance_frame(["حرب"])


@pytest.mark.parametrize(
    ("args", "kwargs", "error", "message"),
    [
        (("",), {}, TextInputError, "empty"),
        ((TEXT,), {"window": -1}, ValueError, "window must be"),
        ((TEXT,), {"by": "stem"}, ValueError, "level must be one of"),
        ((TEXT,), {"chars": "5"}, ValueError, "chars must be"),
    ],
)
def test_bad_input(args, kwargs, error, message):
    with pytest.raises(error, match=message):
        concordance_ar(*args, "حرب", **kwargs)
    with pytest.raises(ValueError, match="query must be a non-empty str"):
        concordance_ar(TEXT, "  ")


def test_case_study_katyusha():
    text = read_text_ar(case_study_path())
    lines = concordance_ar(text, "كاتيوشا")
    check_spans(text, lines)
    assert [(l.keyword, l.proclitics) for l in lines] == [("وكاتيوشا", "و"), ("الكاتيوشا", "ال")]
    assert all(isinstance(l, ConcordanceLine) for l in lines)
