"""Tests for helpers.text.stopwords: the lexicon file and the switchable test."""

from __future__ import annotations

import pytest

from helpers.data import data_path
from helpers.text.normalize import normalize_ar
from helpers.text.stopwords import STOPWORDS_AR, STOPWORDS_FILE, is_stopword_ar, stopwords_frame_ar


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("في", True), ("إلى", True), ("الى", True), ("إِلَى", True), ("هذة", True), ("الذي", True),
        ("وهو", True), ("فإن", True), ("ولكن", True), ("كان", True), ("لم", True),
        ("الحكومة", False), ("العراق", False), ("وزير", False), ("فيلم", False), ("بغداد", False),
    ],
)
def test_is_stopword(word, expected):
    assert is_stopword_ar(word) is expected


def test_conjunction_stripping_is_switchable():
    assert is_stopword_ar("وهو") and not is_stopword_ar("وهو", strip_conjunction=False)


def test_lexicon_file_is_documented_and_well_formed():
    text = data_path(STOPWORDS_FILE).read_text(encoding="utf-8")
    assert text.startswith("# ") and "word\tcategory\tgloss" in text
    frame = stopwords_frame_ar()
    assert list(frame.columns) == ["word", "normalized", "category", "gloss"]
    assert frame["word"].is_unique
    assert set(frame["category"]) <= {"preposition", "preposition+pronoun", "conjunction", "particle", "quantifier",
                                      "pronoun", "demonstrative", "relative", "auxiliary", "noun", "verb"}
    assert (frame["gloss"].str.len() > 0).all()
    assert STOPWORDS_AR == frozenset(normalize_ar(w) for w in frame["word"])


def test_bad_input():
    with pytest.raises(TypeError, match="must be a str"):
        is_stopword_ar(3)
