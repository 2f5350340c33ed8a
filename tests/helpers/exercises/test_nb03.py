"""Tests for helpers.exercises.nb03: right, wrong and unanswered answers for every check.

The tables use the case-study article (the checks' default text) analysed with the embedded
backend, pinned (``backend="farahidi"``). Its figures are written out here on purpose, as an
independent record of what the notebook teaches; ``test_case_study_figures`` recomputes them with
the helpers, so a change in a helper or in farahidi shows up as one clear failure.
"""

from __future__ import annotations

import pytest
from staged_hints import STAGED, hint_matches

from helpers.data import case_study_path
from helpers.exercises import Feedback, nb03
from helpers.text.load import read_text_ar
from helpers.morphology import analyze_morphology_ar, coverage_ar

TEXT = read_text_ar(case_study_path())

TOKENS = 443  # Arabic word tokens
BEFORE = 395  # recognised as written
AFTER = 426  # recognised after repair
UNREPAIRED_AND_ANALYSED = 390  # analysed rows whose spelling was not repaired
WAW = 36  # tokens with the proclitic و (two of them on guessed names: وكاتيوشا, واجندة)
WAW_STARTS = 43  # tokens that begin with the letter و
WAW_ALONE = 26  # tokens whose proclitics are exactly "و"
WAW_TYPES = 35  # distinct words among the WAW tokens
ANY_PROCLITIC = 185
UNKNOWN = 17

CHECKS = [nb03.check_root, nb03.check_top_lemma, nb03.check_waw_proclitic_count, nb03.check_coverage_before_repair]


@pytest.fixture(scope="module")
def table():
    return analyze_morphology_ar(TEXT, backend="farahidi", progress=False)


def test_case_study_figures(table):
    assert len(table) == TOKENS
    row = table[table["token"] == "المحورية"].iloc[0]
    assert (row["root"], row["lemma"]) == ("حور", "مِحْوَرِيّ")
    analysed = table[table["analyzed"]]
    counts = analysed["lemma"].value_counts()
    assert counts.max() == 17 and list(counts[counts == 17].index) == ["مِنْ"]
    assert int((~table["analyzed"]).sum()) == UNKNOWN == 17  # their guessed lemmas must not be counted
    assert (table["token"] == "من").sum() == 15
    parts = table["proclitics"].str.split("+")
    assert int(parts.apply(lambda p: "و" in p).sum()) == WAW
    assert int((table["proclitics"] == "و").sum()) == WAW_ALONE
    assert int((table["proclitics"] != "").sum()) == ANY_PROCLITIC
    assert sum(w.startswith("و") for w in table["token"]) == WAW_STARTS
    coverage = coverage_ar(table)
    assert (coverage["analyzed_before_repair"], coverage["analyzed"]) == (BEFORE, AFTER)
    as_written = analyze_morphology_ar(TEXT, backend="farahidi", repair=False, progress=False)
    assert int(as_written["analyzed"].sum()) == BEFORE  # the same figure, two ways
    assert int((table["analyzed"] & (table["repair"] == "")).sum()) == UNREPAIRED_AND_ANALYSED


RIGHT = [
    pytest.param(nb03.check_root, "حور", id="root-plain"),
    pytest.param(nb03.check_root, "ح.و.ر", id="root-dotted"),
    pytest.param(nb03.check_root, "ح و ر", id="root-spaced"),
    pytest.param(nb03.check_root, ["ح", "و", "ر"], id="root-letters"),
    pytest.param(nb03.check_top_lemma, ("مِنْ", 17), id="lemma-diacritized"),
    pytest.param(nb03.check_top_lemma, ("من", 17), id="lemma-plain"),
    pytest.param(nb03.check_top_lemma, ["مِنْ", 17], id="lemma-list"),
    pytest.param(nb03.check_waw_proclitic_count, WAW, id="waw"),
    pytest.param(nb03.check_coverage_before_repair, BEFORE / TOKENS, id="coverage-exact"),
    pytest.param(nb03.check_coverage_before_repair, 0.892, id="coverage-rounded"),
]


@pytest.mark.parametrize(("check", "answer"), RIGHT)
def test_right(check, answer):
    feedback = check(answer)
    assert feedback.ok, str(feedback)
    assert str(feedback).startswith("✓")


# (check, answer, words the hint must contain)
WRONG = [
    pytest.param(nb03.check_root, "مِحْوَرِيّ", '"root" column', id="root-is-lemma"),
    pytest.param(nb03.check_root, "محوري", '"root" column', id="root-is-plain-lemma"),
    pytest.param(nb03.check_root, "المحورية", "hidden inside", id="root-is-word"),
    pytest.param(nb03.check_root, "مِفْعَلِيَّة", "ف, ع and ل", id="root-is-pattern"),
    pytest.param(nb03.check_root, "محور", "consonants", id="root-with-pattern-letter"),
    pytest.param(nb03.check_root, "حول", '"root" column', id="root-one-letter-off"),
    pytest.param(nb03.check_root, "كتب", STAGED, id="root-unrelated"),
    pytest.param(nb03.check_root, 3, STAGED, id="root-number"),
    pytest.param(nb03.check_top_lemma, ("", UNKNOWN), 'table[table["analyzed"]]', id="lemma-empty-unknowns"),
    pytest.param(nb03.check_top_lemma, ("", 3), "lemma", id="lemma-empty-other"),
    pytest.param(nb03.check_top_lemma, ("مِنْ", 15), "value_counts", id="lemma-surface-count"),
    pytest.param(nb03.check_top_lemma, ("من", 15), "value_counts", id="lemma-plain-surface-count"),
    pytest.param(nb03.check_top_lemma, ("مِنْ", 16), "lemma", id="lemma-right-wrong-count"),
    pytest.param(nb03.check_top_lemma, ("في", 14), "value_counts()", id="lemma-second"),
    pytest.param(nb03.check_top_lemma, ("عرق", 9), '"root" column', id="lemma-is-root"),
    pytest.param(nb03.check_top_lemma, ("الكاظمي", 8), '"token" column', id="lemma-is-surface"),
    pytest.param(nb03.check_top_lemma, ("زززز", 2), STAGED, id="lemma-unknown"),
    pytest.param(nb03.check_top_lemma, 17, "pair (lemma, count)", id="lemma-count-only"),
    pytest.param(nb03.check_top_lemma, "مِنْ", "pair (lemma, count)", id="lemma-only"),
    pytest.param(nb03.check_top_lemma, ("مِنْ",), STAGED, id="lemma-one-item"),
    pytest.param(nb03.check_waw_proclitic_count, WAW_STARTS, "stem", id="waw-letter"),
    pytest.param(nb03.check_waw_proclitic_count, WAW_ALONE, "chain", id="waw-exactly"),
    pytest.param(nb03.check_waw_proclitic_count, WAW_TYPES, "every token", id="waw-types"),
    pytest.param(nb03.check_waw_proclitic_count, ANY_PROCLITIC, "Keep only", id="waw-any-proclitic"),
    pytest.param(nb03.check_waw_proclitic_count, 10, STAGED, id="waw-unrelated"),
    pytest.param(nb03.check_waw_proclitic_count, float(WAW), "int(", id="waw-float"),
    pytest.param(nb03.check_waw_proclitic_count, "36", STAGED, id="waw-string"),
    pytest.param(nb03.check_waw_proclitic_count, True, STAGED, id="waw-bool"),
    pytest.param(nb03.check_coverage_before_repair, 100 * BEFORE / TOKENS, "fraction", id="coverage-percent"),
    pytest.param(nb03.check_coverage_before_repair, BEFORE, "Divide", id="coverage-count"),
    pytest.param(nb03.check_coverage_before_repair, AFTER / TOKENS, "repair=False", id="coverage-after"),
    pytest.param(nb03.check_coverage_before_repair, 1 - BEFORE / TOKENS, "analyzed == True", id="coverage-unknown-share"),
    pytest.param(nb03.check_coverage_before_repair, UNREPAIRED_AND_ANALYSED / TOKENS, "recognised as written too",
                 id="coverage-unrepaired-rows"),
    pytest.param(nb03.check_coverage_before_repair, BEFORE / 495, "punctuation", id="coverage-all-tokens"),
    pytest.param(nb03.check_coverage_before_repair, 0.5, STAGED, id="coverage-unrelated"),
    pytest.param(nb03.check_coverage_before_repair, "0.89", STAGED, id="coverage-string"),
    pytest.param(nb03.check_coverage_before_repair, float("nan"), STAGED, id="coverage-nan"),
]


@pytest.mark.parametrize(("check", "answer", "hint_part"), WRONG)
def test_wrong(check, answer, hint_part):
    feedback = check(answer)
    assert not feedback.ok
    assert feedback.message
    assert hint_matches(feedback, hint_part), str(feedback)
    assert "Hint" in str(feedback)


def test_checks_use_the_given_text():
    """Nothing is hard-coded: on another text the expected values follow that text."""
    text = "بدأ الحوار بين الوزيرين، والحوار مستمر. وقال الوزير إن الحوار مفيد."
    assert nb03.check_root("حور", word="الحوار", text=text).ok
    assert nb03.check_top_lemma(("حِوَار", 3), text=text).ok
    assert not nb03.check_top_lemma(("مِنْ", 17), text=text).ok
    assert nb03.check_waw_proclitic_count(2, text=text).ok
    assert not nb03.check_waw_proclitic_count(WAW, text=text).ok
    assert nb03.check_coverage_before_repair(1.0, text=text).ok


def test_root_of_a_word_not_in_the_text():
    with pytest.raises(ValueError, match="not a word token"):
        nb03.check_root("حور", word="الكتاب", text="بدأ الحوار.")


def test_ties_for_top_lemma_accept_either():
    text = "قال الوزير إن السلام مهم، وقال الرئيس إن السلام ممكن."
    table = analyze_morphology_ar(text, backend="farahidi", progress=False)
    counts = table.loc[table["analyzed"], "lemma"].value_counts()
    winners = sorted(counts[counts == counts.max()].index)
    assert len(winners) >= 2
    assert all(nb03.check_top_lemma((lemma, int(counts.max())), text=text).ok for lemma in winners)
