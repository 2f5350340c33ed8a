"""The lemma counts of the corpus behind farahidi's language model."""

from __future__ import annotations

import pytest

from helpers.morphology.corpus_lemmas import lemma_count_ar, lemma_counts_ar, lemma_known_ar, lemma_total_ar


def test_counts_of_a_form() -> None:
    counts = lemma_counts_ar("البلاد")
    assert max(counts, key=counts.__getitem__) == "بَلَد"
    assert lemma_total_ar("البلاد") == sum(counts.values())


@pytest.mark.parametrize("form", ["الكاظمي", "", "xyz"])
def test_unknown_forms_have_no_counts(form: str) -> None:
    assert dict(lemma_counts_ar(form)) == {} and lemma_total_ar(form) == 0


def test_lemmas_compare_in_nfc() -> None:
    # تَخَلِّي typed with the shadda before the kasra: NFC puts the kasra first
    typed = "ت\u064eخ\u064eل\u0651\u0650ي"
    assert lemma_known_ar(typed)
    assert lemma_count_ar("للتخلي", typed) == lemma_count_ar("للتخلي", "ت\u064eخ\u064eل\u0650\u0651ي") > 0


@pytest.mark.parametrize(("lemma", "known"), [("مُشْكِلَة", True), ("لَيْلَة", True), ("قَادِرَة", False), ("حَالَاتَة", False)])
def test_lemma_known(lemma: str, known: bool) -> None:
    assert lemma_known_ar(lemma) is known
