"""Tests for helpers.compare.keyness: text against text, and each text against the rest."""

from __future__ import annotations

import pytest

from helpers.compare.keyness import keyness_between_ar, keyness_each_vs_rest_ar
from helpers.compare.texts import comparison_texts


@pytest.mark.parametrize("reference", [
    "نجاح ثقة في البيان",
    ["نجاح ثقة", "في البيان"],
    {"a": "نجاح ثقة", "b": "في البيان"},
])
def test_reference_forms(reference) -> None:
    k = keyness_between_ar("فشل فشل تضليل في البيان", reference)
    assert k.iloc[0]["item"] == "فشل" and k.iloc[0]["direction"] == "target"
    assert "في" not in set(k["item"])  # stopwords dropped by default


def test_top_and_bad_options() -> None:
    assert len(keyness_between_ar("فشل فشل تضليل", "نجاح", top=1)) == 1
    with pytest.raises(ValueError, match="top"):
        keyness_between_ar("فشل", "نجاح", top=0)
    with pytest.raises(ValueError, match="wordfreq"):
        keyness_between_ar("فشل", "wordfreq")


@pytest.mark.parametrize("name, expected", [
    ("joint_communique", "ونؤكد"),
    ("wire_report", "بحسب"),
])
def test_each_vs_rest_finds_register_words(name: str, expected: str) -> None:
    table = keyness_each_vs_rest_ar(comparison_texts(), top=10)
    assert expected in set(table[table.text == name]["item"])
    assert (table["direction"] == "target").all()
    assert list(dict.fromkeys(table["text"])) == list(comparison_texts())
