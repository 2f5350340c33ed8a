"""Measures: the keys lemmas and roots are compared in, clitic boundaries of a kit row."""

from __future__ import annotations

from helpers.morphology.measures import kit_boundaries, lemma_key_ar, root_key_ar


def test_keys() -> None:
    assert lemma_key_ar("إِلَى") == lemma_key_ar("الي") == "الي"
    assert root_key_ar("سأل") == root_key_ar("سءل")
    assert kit_boundaries("وبكتابهم", "و+ب", "هم") == (1, 2, 6)
