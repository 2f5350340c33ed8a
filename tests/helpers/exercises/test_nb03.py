"""Tests for helpers.exercises.nb03: right answers, typical wrong answers with their hints, for every check.

The texts are analysed with the embedded backend, pinned (``backend="farahidi"``). Their figures
are written out here on purpose, as an independent record of what the exercises ask;
``test_figures_of_the_texts`` recomputes them with the helpers, so a change in a helper or in
farahidi shows up as one clear failure. The concept checks' keys are checked by running the
analyzer on every option; the method check gets functions written as students write them.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from staged_hints import STAGED, hint_matches

from helpers.exercises import nb03
from helpers.exercises.texts import case_study_text, comparison_text, news_text
from helpers.morphology import analyze_morphology_ar, repairs_ar
from helpers.text.tokenize import tokenize_ar

ROOT = Path(__file__).resolve().parents[3]
NOTEBOOK = ROOT / "notebooks" / "03_morphology.ipynb"
TEXT = case_study_text()
WIRE = comparison_text("wire_report")


def _table(text: str):
    return analyze_morphology_ar(text, backend="farahidi", progress=False)


def _waw(text: str) -> int:
    return int(_table(text)["proclitics"].str.split("+").apply(lambda p: "و" in p).sum())


@pytest.fixture(scope="module")
def wire_table():
    return _table(WIRE)


def test_figures_of_the_texts(wire_table) -> None:
    row = wire_table[wire_table["token"] == nb03.ROOT_WORD].iloc[0]
    assert (row["root"], row["lemma"], row["pattern"], row["enclitics"]) == ("ضيف", "اسْتَضَافَ", "تَسْتَفْعِل", "هم")
    counts = wire_table.loc[wire_table["analyzed"], "lemma"].value_counts()
    assert counts.max() == 17 and list(counts[counts == 17].index) == ["فِي"]
    assert (wire_table["token"] == "في").sum() == 16 and int((~wire_table["analyzed"]).sum()) == 2
    assert [_waw(t) for t in (TEXT, news_text("dev_02"), news_text("dev_04"))] == [36, 13, 9]


def test_the_words_asked_about_are_not_shown_before_their_exercise() -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    heading = next(i for i, c in enumerate(nb.cells) if c.source.startswith("### Exercise 1"))
    before = "\n".join(c.source for c in nb.cells[:heading])
    options = ["محاور", "تحاورا", "تحويل", "الحوارية"]
    assert not any(word in before for word in options)
    assert nb03.ROOT_WORD not in TEXT and nb03.ROOT_WORD in WIRE


# --- exercise 1: one family, one stranger (concept check) -------------------------------------------


def test_root_family_key() -> None:
    # The analyzer gives ح و ر to the three words that belong, ح و ل to the stranger.
    roots = dict(zip(*_table("محاور تحاورا تحويل الحوارية")[["token", "root"]].T.values))
    assert roots == {"محاور": "حور", "تحاورا": "حور", "تحويل": "حول", "الحوارية": "حور"}
    assert nb03.ROOT_FAMILY.choice("C").text.startswith("تحويل") and nb03.ROOT_FAMILY.answer == "C"
    assert not any(word in TEXT for word in roots)


@pytest.mark.parametrize(("answer", "ok", "says"), [
    ("C", True, "ح و ل"),
    ("(c)", True, "Looking alike is not sharing a root"),
    ("A", False, "It belongs"),
    ("B", False, "the dual"),
    ("D", False, "ال is a clitic"),
    ("E", False, "There is no option E"),
], ids=["C", "(c)", "A", "B", "D", "E"])
def test_root_family(answer: str, ok: bool, says: str) -> None:
    feedback = nb03.check_root_family(answer)
    assert feedback.ok is ok and says in feedback.message, feedback
    if not ok:
        assert hint_matches(feedback, STAGED)


# --- exercise 2: the root of a word of the wire report -------------------------------------------------


@pytest.mark.parametrize("answer", ["ضيف", "ض ي ف", "ض.ي.ف", ["ض", "ي", "ف"]], ids=["plain", "spaced", "dotted", "letters"])
def test_root_right(answer) -> None:
    feedback = nb03.check_root(answer)
    assert feedback.ok, str(feedback)
    assert "تَسْتَفْعِل" in feedback.message


@pytest.mark.parametrize(("answer", "hint_part"), [
    pytest.param("اسْتَضَافَ", '"root" column', id="the-lemma"),
    pytest.param("استضاف", '"root" column', id="the-plain-lemma"),
    pytest.param("تستضيفهم", "hidden inside", id="the-word"),
    pytest.param("تَسْتَفْعِل", "ف, ع and ل", id="the-pattern"),
    pytest.param("ستضيف", "consonants", id="pattern-letters-left"),
    pytest.param("ضيق", '"root" column', id="one-letter-off"),
    pytest.param("حور", STAGED, id="the-case-study-root"),
    pytest.param(3, STAGED, id="a-number"),
])
def test_root_wrong(answer, hint_part: str) -> None:
    feedback = nb03.check_root(answer)
    assert not feedback.ok and feedback.message
    assert hint_matches(feedback, hint_part), str(feedback)


def test_root_follows_the_text() -> None:
    text = "بدأ الحوار بين الوزيرين."
    assert nb03.check_root("حور", word="الحوار", text=text).ok
    with pytest.raises(ValueError, match="not a word token"):
        nb03.check_root("حور", word="الكتاب", text=text)


# --- exercise 3: the most frequent lemma of the wire report ----------------------------------------------


@pytest.mark.parametrize("answer", [("فِي", 17), ("في", 17), ["فِي", 17]], ids=["diacritized", "plain", "list"])
def test_top_lemma_right(answer) -> None:
    feedback = nb03.check_top_lemma(answer)
    assert feedback.ok, str(feedback)
    assert "في، فيها" in feedback.message


@pytest.mark.parametrize(("answer", "says", "hint_part"), [
    pytest.param(("في", 16), "written form", "value_counts", id="surface-count"),
    pytest.param(("قُوَّة", 14), "another lemma has more", "largest first", id="the-second"),
    pytest.param(("مِنْ", 17), "the case study's most frequent lemma", "the text the exercise names", id="the-case-study-answer"),
    pytest.param(("الكاظمي", 1), "only the kit's guess", 'table[table["analyzed"]]', id="a-guessed-lemma"),
    pytest.param(("فِي", 15), "Right lemma", STAGED, id="right-lemma-wrong-count"),
    pytest.param(17, "asks for a pair", "pair (lemma, count)", id="count-only"),
    pytest.param("فِي", "asks for a pair", "pair (lemma, count)", id="lemma-only"),
    pytest.param(("فِي",), "should be a pair", STAGED, id="one-item"),
    pytest.param(("زززز", 2), "not a lemma", STAGED, id="not-a-lemma"),
])
def test_top_lemma_wrong(answer, says: str, hint_part: str) -> None:
    feedback = nb03.check_top_lemma(answer)
    assert not feedback.ok and says in feedback.message, str(feedback)
    assert hint_matches(feedback, hint_part), str(feedback)


def test_top_lemma_follows_the_text_and_accepts_ties() -> None:
    text = "بدأ الحوار بين الوزيرين، والحوار مستمر. وقال الوزير إن الحوار مفيد."
    assert nb03.check_top_lemma(("حِوَار", 3), text=text).ok
    assert not nb03.check_top_lemma(("فِي", 17), text=text).ok
    tie = "قال الوزير إن السلام مهم، وقال الرئيس إن السلام ممكن."
    table = _table(tie)
    counts = table.loc[table["analyzed"], "lemma"].value_counts()
    winners = sorted(counts[counts == counts.max()].index)
    assert len(winners) >= 2
    assert all(nb03.check_top_lemma((lemma, int(counts.max())), text=tie).ok for lemma in winners)


# --- exercise 4: a function that counts the conjunction و (method) ---------------------------------------


def waw_proclitic_count(text):
    table = analyze_morphology_ar(text, backend="farahidi", progress=False)
    return int(table["proclitics"].str.split("+").apply(lambda parts: "و" in parts).sum())


def by_parts_loop(text):
    count = 0
    for proclitics in analyze_morphology_ar(text, backend="farahidi", progress=False)["proclitics"]:
        if "و" in proclitics.split("+"):
            count += 1
    return count


def numpy_sum(text):  # a numpy integer, not int: still a whole number
    table = analyze_morphology_ar(text, backend="farahidi", progress=False)
    return table["proclitics"].str.split("+").apply(lambda parts: "و" in parts).sum()


def case_study_answer(text):
    return 36


def begins_with_waw(text):
    return sum(t.text.startswith("و") for t in tokenize_ar(text) if t.kind == "arabic")


def exactly_waw(text):
    return int((analyze_morphology_ar(text, backend="farahidi", progress=False)["proclitics"] == "و").sum())


def distinct_words(text):
    table = analyze_morphology_ar(text, backend="farahidi", progress=False)
    return table.loc[table["proclitics"].str.split("+").apply(lambda parts: "و" in parts), "token"].nunique()


def any_proclitic(text):
    return int((analyze_morphology_ar(text, backend="farahidi", progress=False)["proclitics"] != "").sum())


def as_float(text):
    return float(waw_proclitic_count(text))


def no_return(text):
    waw_proclitic_count(text)


def todo(text):
    """Return the count."""
    ...


@pytest.mark.parametrize("function", [waw_proclitic_count, by_parts_loop, numpy_sum], ids=["pandas", "loop", "numpy-integer"])
def test_waw_method_right(function) -> None:
    feedback = nb03.check_waw_proclitic_count(function)
    assert feedback.ok, str(feedback)
    assert "2 texts it had not seen" in feedback.message


@pytest.mark.parametrize(("function", "says", "hint_part"), [
    pytest.param(case_study_answer, "the same as for the case study", "its parameter", id="hard-wired"),
    pytest.param(begins_with_waw, "begin with the letter و", "letter of the stem", id="letter-waw"),
    pytest.param(exactly_waw, "exactly و", "chain", id="exactly-waw"),
    pytest.param(distinct_words, "distinct words", "every token", id="types"),
    pytest.param(any_proclitic, "any proclitic", "Keep only", id="any-proclitic"),
    pytest.param(as_float, "a float", "int(", id="float"),
    pytest.param(no_return, "returned None", "return", id="no-return"),
    pytest.param(36, "needs your function itself", "without brackets", id="the-value"),
])
def test_waw_method_wrong(function, says: str, hint_part: str) -> None:
    feedback = nb03.check_waw_proclitic_count(function)
    assert not feedback.ok and says in feedback.message, str(feedback)
    assert hint_matches(feedback, hint_part), str(feedback)


def test_a_stub_is_no_answer() -> None:
    assert nb03.check_waw_proclitic_count(todo).message.startswith("No answer yet")


# --- exercise 5: what coverage after repair says (concept check) -----------------------------------------


def test_repair_claim_key() -> None:
    # What the options say about the case study holds: tokens keep their spelling and offsets after
    # repair, a repair can pick the wrong word, and missing hamzas are added.
    table = _table(TEXT)
    assert all(TEXT[s:e] == token for s, e, token in zip(table["start"], table["end"], table["token"]))
    pairs = set(zip(repairs_ar(table)["token"], repairs_ar(table)["repair"]))
    assert {("الامام", "الإمام"), ("الى", "إلى"), ("اخلاء", "إخلاء")} <= pairs
    assert nb03.REPAIR_CLAIM.answer == "B"


@pytest.mark.parametrize(("answer", "ok", "says"), [
    ("B", True, "checked by hand"),
    ("b", True, "some analysis"),
    ("A", False, "Recognised is not read right"),
    ("C", False, "The text is not changed"),
    ("D", False, "It adds missing hamzas too"),
], ids=["B", "b", "A", "C", "D"])
def test_repair_claim(answer: str, ok: bool, says: str) -> None:
    feedback = nb03.check_repair_claim(answer)
    assert feedback.ok is ok and says in feedback.message, feedback
    if not ok:
        assert hint_matches(feedback, STAGED)
