"""Orthographic repair: candidates, choices, and words that must be left alone."""

from __future__ import annotations

import pytest

from helpers.morphology import AnalysisCache, choose_repair_ar, repair_candidates_ar
from helpers.morphology.repair import REPAIR_KINDS, REPAIR_METHODS, analysis_form_ar, repair_kind_ar

REPAIRS = [
    ("الأدارة", "الإدارة", "hamza"),  # recognised as written (as أَدَّارَة), flagged by orthography
    ("اخلاء", "إخلاء", "hamza"),
    ("وأستمرار", "واستمرار", "hamza"),
    ("اصبحت", "أصبحت", "hamza"),
    ("الى", "إلى", "hamza"),
    ("وأستراتيجية", "واستراتيجية", "hamza"),
    ("اهدافها", "أهدافها", "hamza"),
    ("أخر", "آخر", "hamza"),
    ("الي", "إلى", "hamza+alef_maksura"),
    ("فى", "في", "alef_maksura"),
    ("الاداره", "الإدارة", "hamza+teh_marbuta"),
    ("اخيراً", "أخيرا", "hamza"),  # diacritics are dropped before analysis
]


@pytest.mark.parametrize(("word", "expected", "kind"), REPAIRS, ids=[r[0] for r in REPAIRS])
def test_repair(word: str, expected: str, kind: str) -> None:
    repair = choose_repair_ar(word)
    assert repair is not None and repair.repaired == expected
    assert repair.kind == kind and repair.method in REPAIR_METHODS
    assert repair.written == analysis_form_ar(word)


KEEP = [
    "الإدارة", "أصبحت", "إلى", "في", "واستمرار", "انسحاب", "الاستراتيجي", "العراق",  # standard
    "الكاظمي", "كاتيوشا", "وكاتيوشا", "الكاتيوشا", "بايدن", "بغداد",  # names and loanwords
    "لاسيما", "وموثوقية", "الـ",  # unknown but not misspelt: never "repaired" into another word
]


@pytest.mark.parametrize("word", KEEP)
def test_must_not_repair(word: str) -> None:
    assert choose_repair_ar(word) is None


@pytest.mark.parametrize("word", ["الكاظمي", "كاتيوشا", "لاسيما"])
def test_names_get_no_candidates(word: str) -> None:
    assert repair_candidates_ar(word) == ()


def test_candidates_are_ordered_and_exclude_the_word() -> None:
    found = repair_candidates_ar("الأدارة")
    assert found[0] == "الإدارة" and "الأدارة" not in found
    assert repair_candidates_ar("اصبحت") == ("أصبحت",)


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [("على", "مرحلة", "أن"), ("بعد", "طلب", "أن"), ("قال", "المفاوضات", "إن")],
)
def test_context_decides_between_recognised_spellings(left: str, right: str, expected: str) -> None:
    repair = choose_repair_ar("ان", left=left, right=right)
    assert repair.repaired == expected and repair.method == "context"
    assert set(repair.alternatives) == {"أن", "إن"} - {expected}


def test_without_context_the_orthography_order_decides() -> None:
    repair = choose_repair_ar("ان")
    assert (repair.repaired, repair.method, repair.alternatives) == ("أن", "orthography", ("إن",))


def test_recognised_word_with_several_suggestions_is_kept() -> None:
    # الإمام and الأمام are both words: a recognised الامام would stay; unrecognised, it is repaired
    repair = choose_repair_ar("الامام")
    assert repair.repaired in {"الإمام", "الأمام"} and repair.alternatives


def test_repair_uses_the_given_cache() -> None:
    cache = AnalysisCache()
    choose_repair_ar("اصبحت", cache=cache)
    assert ("farahidi", "اصبحت") in cache and ("farahidi", "أصبحت") in cache


def test_repair_kinds() -> None:
    assert set(repair_kind_ar("الي", "إلى").split("+")) <= set(REPAIR_KINDS)
