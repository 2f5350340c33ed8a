"""Tests for helpers.exercises.nb02: right answers, typical wrong answers with their hints, for every check.

The keys are checked independently: the headline's tokens by running tokenize_ar and str.split on
it, the word counts and shares by plain loops over the tokens, the stem-و words against a reading
written out here, the longest sentences by a function written as a student would. The texts the
value exercises ask about must not be on screen before the exercise, and a number typed in from
the case study must not pass on them.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import nbformat
import pytest
from staged_hints import STAGED, hint_matches

from helpers.exercises import nb02
from helpers.exercises.texts import case_study_text, comparison_text, news_text
from helpers.text.normalize import normalize_ar
from helpers.text.sentences import split_sentences_ar
from helpers.text.tokenize import tokenize_ar

ROOT = Path(__file__).resolve().parents[3]
NOTEBOOK = ROOT / "notebooks" / "02_tokens_and_sentences.ipynb"
TEXT = case_study_text()
WIRE = comparison_text("wire_report")
COMMENTARY = comparison_text("opposing_commentary")


def _words(text: str) -> list[str]:
    return [t.text for t in tokenize_ar(text) if t.kind == "arabic"]


def _top10_share(text: str) -> float:
    words = _words(text)
    top = sorted(Counter(words).items(), key=lambda item: (-item[1], item[0]))[:10]
    return sum(n for _, n in top) / len(words)


WIRE_WORDS = _words(WIRE)
WIRE_CANDIDATES = sorted({w for w in WIRE_WORDS if w.startswith("و") and len(w) >= 3})
#: The wire report's candidates whose و is a letter of the stem or of a name, as a reader of Arabic
#: reads them: Washington, presence, ministries, minister, according to, agency.
STEM_WAW = ["واشنطن", "وجود", "وزارات", "وزير", "وفقاً", "وكالة"]


def test_figures_of_the_texts() -> None:
    assert len(_words(TEXT)) == 443 and len(tokenize_ar(TEXT)) == 495
    kinds = Counter(t.kind for t in tokenize_ar(WIRE))
    assert (len(WIRE_WORDS), kinds["punct"], kinds["number"], kinds["mixed"]) == (380, 43, 4, 1)
    assert len(WIRE.split()) == 383 and len(set(WIRE_WORDS)) != 380
    assert len(WIRE_CANDIDATES) == 35 and set(STEM_WAW) <= set(WIRE_CANDIDATES)
    assert round(_top10_share(COMMENTARY), 3) == 0.141 and round(_top10_share(TEXT), 3) == 0.187


def test_texts_asked_about_are_not_shown_before_their_exercise() -> None:
    # The wire report appears only through load_comparison_text: no word of exercise 3's answer is on
    # screen before that exercise (in a cell's source or in what it shows).
    nb = nbformat.read(NOTEBOOK, as_version=4)
    before = nb.cells[: next(i for i, c in enumerate(nb.cells) if c.source.startswith("### Exercise 3"))]
    shown = "\n".join(c.source + "\n".join(str(o.get("text", "")) + str(o.get("data", {}).get("text/plain", ""))
                                           for o in c.get("outputs", []))
                      for c in before if "solution" not in c.metadata.get("tags", []))
    for word in STEM_WAW:
        if word not in ("وجود",):  # وجود is also a word of the case study, discussed in section 3
            assert word not in shown, word
    assert nb02.HEADLINE not in TEXT and nb02.HEADLINE not in WIRE


# --- exercise 1: the tokens of a headline (concept check) -----------------------------------------


def test_headline_key() -> None:
    options = {c.letter: c.text for c in nb02.TOKENS_OF_HEADLINE.choices}
    assert options["C"] == repr([t.text for t in tokenize_ar(nb02.HEADLINE)])
    assert options["A"] == repr(nb02.HEADLINE.split())
    assert options["D"] == repr([t.text for t in tokenize_ar(nb02.HEADLINE) if t.kind == "arabic"])
    assert nb02.TOKENS_OF_HEADLINE.answer == "C"


@pytest.mark.parametrize(("answer", "ok", "says"), [
    ("C", True, "token of its own"),
    ("c)", True, "its clitics included"),
    ("A", False, "str.split()"),
    ("B", False, "never splits a clitic"),
    ("D", False, "Punctuation is not thrown away"),
    ("E", False, "Quotation marks are punctuation too"),
    ("F", False, "There is no option F"),
], ids=["C", "c)", "A", "B", "D", "E", "F"])
def test_tokens_of_headline(answer: str, ok: bool, says: str) -> None:
    feedback = nb02.check_tokens_of_headline(answer)
    assert feedback.ok is ok and says in feedback.message, feedback
    if not ok:
        assert hint_matches(feedback, STAGED)


# --- exercise 2: the word tokens of the wire report --------------------------------------------------


@pytest.mark.parametrize(("answer", "hint_part"), [
    pytest.param(428, "punctuation", id="all-tokens"),
    pytest.param(383, "whitespace", id="whitespace-split"),
    pytest.param(384, "numbers", id="numbers-included"),
    pytest.param(385, "numbers", id="numbers-and-mixed-included"),
    pytest.param(423, "punctuation", id="punct-included"),
    pytest.param(len(set(WIRE_WORDS)), "distinct", id="types-not-tokens"),
    pytest.param(443, "the notebook's text", id="the-case-study-count"),
    pytest.param(100, STAGED, id="unrelated-number"),
    pytest.param(380.0, STAGED, id="float"),
    pytest.param("380", STAGED, id="string"),
    pytest.param(WIRE_WORDS, "len", id="the-list-itself"),
])
def test_token_count_wrong(answer, hint_part) -> None:
    feedback = nb02.check_arabic_token_count(answer)
    assert not feedback.ok and feedback.message
    assert hint_matches(feedback, hint_part), str(feedback)


def test_token_count_right_and_on_another_text() -> None:
    assert nb02.check_arabic_token_count(380).ok
    text = "قال الوزير: وهو ولد في 2020، وزير."
    assert nb02.check_arabic_token_count(len(_words(text)), text=text).ok
    assert not nb02.check_arabic_token_count(380, text=text).ok


# --- exercise 3: which و is not "and"? -----------------------------------------------------------------


@pytest.mark.parametrize("answer", [STEM_WAW, set(STEM_WAW), tuple(reversed(STEM_WAW))], ids=["list", "set", "tuple"])
def test_stem_waw_right(answer) -> None:
    feedback = nb02.check_stem_waw_words(answer)
    assert feedback.ok, str(feedback)
    assert "6 words begin with a و of its own stem" in feedback.message


@pytest.mark.parametrize(("answer", "says", "hint_part"), [
    pytest.param([*STEM_WAW, "وقال"], "In وقال the و is the conjunction", "no word", id="a-conjunction"),
    pytest.param(WIRE_CANDIDATES, "is the conjunction", "no word", id="every-candidate"),
    pytest.param(STEM_WAW[:-1], "1 is missing", "what follows و", id="one-missing"),
    pytest.param([*STEM_WAW[:-2], "وفقا", "وكالة"], "not a word token of this text as written", "no normalization", id="normalized"),
    pytest.param([*STEM_WAW, "وطني"], "not a word token", "the text the exercise names", id="a-case-study-word"),
    pytest.param([*STEM_WAW, "الحوار"], "does not begin with و", "first letter", id="no-waw"),
    pytest.param([*STEM_WAW, "وكالة،"], "punctuation", "tokenize_ar", id="punctuation-attached"),
    pytest.param([*STEM_WAW, "وزير"], "only 6 distinct words", "set(", id="duplicates"),
    pytest.param(6, "how many there are", STAGED, id="the-count"),
    pytest.param("وزير", "a list (or set)", STAGED, id="one-string"),
    pytest.param([1, 2], "a word (a str)", "t.text", id="not-strings"),
])
def test_stem_waw_wrong(answer, says: str, hint_part: str) -> None:
    feedback = nb02.check_stem_waw_words(answer)
    assert not feedback.ok and says in feedback.message, str(feedback)
    assert hint_matches(feedback, hint_part), str(feedback)


def test_stem_waw_follows_the_text() -> None:
    text = "وقال وزير الخارجية إن وجود القوات مؤقت، والحوار مستمر."
    assert nb02.check_stem_waw_words(["وزير", "وجود"], text=text).ok
    assert not nb02.check_stem_waw_words(STEM_WAW, text=text).ok


# --- exercise 4: the top 10 of the opposing commentary --------------------------------------------------

SHARE = _top10_share(COMMENTARY)
_SPACED = COMMENTARY.split()
SPACED_SHARE = sum(n for _, n in Counter(_SPACED).most_common(10)) / len(_SPACED)
_NORMALIZED = Counter(normalize_ar(w) for w in _words(COMMENTARY))
NORMALIZED_SHARE = sum(n for _, n in _NORMALIZED.most_common(10)) / len(_words(COMMENTARY))


def test_wrong_shares_differ_from_the_right_one() -> None:
    assert abs(SPACED_SHARE - SHARE) > 0.001
    assert NORMALIZED_SHARE == SHARE  # no two spellings among the commentary's top 10: nothing to tell apart


@pytest.mark.parametrize("answer", [SHARE, 0.141, 0.1406], ids=["exact", "three-decimals", "four-decimals"])
def test_top10_right(answer) -> None:
    assert nb02.check_top10_share(answer).ok


@pytest.mark.parametrize(("answer", "hint_part"), [
    pytest.param(14.06, "fraction", id="percentage"),
    pytest.param(45, "Divide", id="count-not-share"),
    pytest.param(45 / 392, "all tokens", id="divided-by-all-tokens"),
    pytest.param(45 / 260, "types", id="divided-by-types"),
    pytest.param(_top10_share(TEXT), "the text the exercise names", id="the-case-study-share"),
    pytest.param(SPACED_SHARE, "whitespace split", id="whitespace-split"),
    pytest.param(0.13, STAGED, id="rounded-too-far"),
    pytest.param(0.5, STAGED, id="unrelated"),
    pytest.param("0.141", STAGED, id="string"),
    pytest.param(True, STAGED, id="bool"),
    pytest.param(float("nan"), STAGED, id="nan"),
])
def test_top10_wrong(answer, hint_part) -> None:
    feedback = nb02.check_top10_share(answer)
    assert not feedback.ok
    assert hint_matches(feedback, hint_part), str(feedback)


# --- exercise 5: a function for the longest sentence (method) -------------------------------------------


def longest_sentence(text):
    words = [t for t in tokenize_ar(text) if t.kind == "arabic"]
    lengths = {s.index: sum(1 for t in words if s.start <= t.start and t.end <= s.end)
               for s in split_sentences_ar(text, level="sentence")}
    best = max(lengths, key=lengths.get)
    return best, lengths[best]


def last_of_the_longest(text):
    words = [t for t in tokenize_ar(text) if t.kind == "arabic"]
    lengths = [(sum(1 for t in words if s.start <= t.start and t.end <= s.end), s.index)
               for s in split_sentences_ar(text, level="sentence")]
    length, index = max(lengths)
    return [index, length]


def case_study_answer(text):
    return (3, 129)


CASE_WORDS = [t for t in tokenize_ar(TEXT) if t.kind == "arabic"]


def notebook_words(text):  # counts the case study's words inside the sentences of the text it gets
    lengths = {s.index: sum(1 for t in CASE_WORDS if s.start <= t.start and t.end <= s.end)
               for s in split_sentences_ar(text, level="sentence")}
    best = max(lengths, key=lengths.get)
    return best, lengths[best]


def whitespace_length(text):
    best = max(split_sentences_ar(text, level="sentence"), key=lambda s: len(s.text.split()))
    return best.index, len(best.text.split())


def one_based(text):
    index, length = longest_sentence(text)
    return index + 1, length


def longest_segment(text):
    words = [t for t in tokenize_ar(text) if t.kind == "arabic"]
    lengths = {s.index: sum(1 for t in words if s.start <= t.start and t.end <= s.end)
               for s in split_sentences_ar(text, level="segment")}
    best = max(lengths, key=lengths.get)
    return best, lengths[best]


def only_the_length(text):
    return longest_sentence(text)[1]


def no_return(text):
    longest_sentence(text)


def todo(text):
    """Return (index, length)."""
    ...


def test_longest_sentence_key() -> None:
    assert longest_sentence(TEXT) == (3, 129)
    assert longest_sentence(news_text("dev_05")) == (3, 53)
    communique = comparison_text("joint_communique")
    assert longest_sentence(communique) == (1, 38) and last_of_the_longest(communique) == [3, 38]


@pytest.mark.parametrize("function", [longest_sentence, last_of_the_longest], ids=["first-of-a-tie", "last-of-a-tie-as-list"])
def test_longest_sentence_right(function) -> None:
    feedback = nb02.check_longest_sentence(function)
    assert feedback.ok, str(feedback)
    assert "2 texts it had not seen" in feedback.message


@pytest.mark.parametrize(("function", "says", "hint_part"), [
    pytest.param(case_study_answer, "the same as for the case study", "its parameter", id="hard-wired"),
    pytest.param(notebook_words, "right sentence, but not its length", "tokenizing the text", id="notebook-words"),
    pytest.param(whitespace_length, "whitespace split", "kind == 'arabic'", id="whitespace"),
    pytest.param(one_based, "off by one", "starts at 0", id="one-based"),
    pytest.param(longest_segment, "longest segment", "level='sentence'", id="segment"),
    pytest.param(only_the_length, "one number", "pair", id="length-only"),
    pytest.param(no_return, "returned None", "return", id="no-return"),
    pytest.param(longest_sentence(TEXT), "needs your function itself", "without brackets", id="the-value"),
])
def test_longest_sentence_wrong(function, says: str, hint_part: str) -> None:
    feedback = nb02.check_longest_sentence(function)
    assert not feedback.ok and says in feedback.message, str(feedback)
    assert hint_matches(feedback, hint_part), str(feedback)


def test_a_stub_is_no_answer() -> None:
    assert nb02.check_longest_sentence(todo).message.startswith("No answer yet")
