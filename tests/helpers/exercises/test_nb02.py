"""Tests for helpers.exercises.nb02: right, wrong and unanswered answers for every check.

The tables use the case-study article (the checks' default text). Its figures are written out
here on purpose, as an independent record of what the notebook teaches; ``test_case_study_figures``
recomputes them with the helpers, so a change in a helper shows up as one clear failure.
"""

from __future__ import annotations

from collections import Counter

import pytest
from staged_hints import STAGED, hint_matches

from helpers.data import case_study_path
from helpers.exercises import Feedback, nb02
from helpers.text.load import read_text_ar
from helpers.text.sentences import split_sentences_ar
from helpers.text.tokenize import tokenize_ar

TEXT = read_text_ar(case_study_path())
WORDS = [t.text for t in tokenize_ar(TEXT) if t.kind == "arabic"]
WAW = sorted({w for w in WORDS if w.startswith("و") and len(w) >= 3})
TOP10_SHARE = 83 / 443

CHECKS = [nb02.check_arabic_token_count, nb02.check_longest_sentence, nb02.check_waw_words, nb02.check_top10_share]


def test_case_study_figures():
    tokens = tokenize_ar(TEXT)
    assert len(WORDS) == 443
    assert len(tokens) == 495
    assert len(TEXT.split()) == 450
    sentences = split_sentences_ar(TEXT)
    lengths = [sum(t.kind == "arabic" for t in tokens if s.start <= t.start and t.end <= s.end) for s in sentences]
    assert max(lengths) == 129 and lengths.index(129) == 3
    assert len(WAW) == 42
    top = sorted(Counter(WORDS).items(), key=lambda item: (-item[1], item[0]))[:10]
    assert sum(n for _, n in top) == 83


# (answer, words the hint must contain)
TOKEN_COUNT_WRONG = [
    pytest.param(495, "punctuation", id="all-tokens"),
    pytest.param(450, "whitespace", id="whitespace-split"),
    pytest.param(445, "numbers", id="numbers-included"),
    pytest.param(493, "punctuation", id="punct-included"),
    pytest.param(322, "distinct", id="types-not-tokens"),
    pytest.param(100, "kind", id="unrelated-number"),
    pytest.param(443.0, "kind", id="float"),
    pytest.param("443", "kind", id="string"),
    pytest.param(WORDS, "len", id="the-list-itself"),
]

LONGEST_WRONG = [
    pytest.param((3, 131), "kind == 'arabic'", id="whitespace-length"),
    pytest.param((3, 142), "kind == 'arabic'", id="punct-counted"),
    pytest.param((3, 805), "kind == 'arabic'", id="characters"),
    pytest.param((4, 129), "starts at 0", id="one-based-index"),
    pytest.param((0, 34), "level='sentence'", id="longest-segment"),
    pytest.param((7, 98), "max", id="second-longest"),
    pytest.param((3, 100), "kind == 'arabic'", id="right-index-wrong-length"),
    pytest.param(129, "pair", id="length-only"),
    pytest.param(3, "pair", id="index-only"),
    pytest.param((3,), STAGED, id="one-item"),
    pytest.param("3, 129", STAGED, id="string"),
]

WAW_WRONG = [
    pytest.param(len(WAW), STAGED, id="count-not-list"),
    pytest.param("وهو", STAGED, id="one-string"),
    pytest.param([*WAW, "الحوار"], "startswith", id="waw-anywhere"),
    pytest.param([*WAW, "وطني،"], "tokenize_ar", id="punctuation-attached"),
    pytest.param([w for w in WAW if len(w) > 3], "len(word) >= 3", id="strictly-longer-than-3"),
    pytest.param([*WAW, "و"], "len(word) >= 3", id="too-short"),
    pytest.param([w.replace("أ", "ا") for w in WAW], "no normalization", id="normalized"),
    pytest.param(WAW[:-5], STAGED, id="missing-some"),
    pytest.param([1, 2], "t.text", id="not-strings"),
    pytest.param(tokenize_ar("وهو")[:1], "t.text", id="tokens-not-strings"),
    pytest.param(list(reversed(WAW)) + WAW[:3], "set(", id="duplicates"),
    pytest.param([w for w in WORDS if w.startswith("و") and len(w) >= 3], "set(", id="every-token-not-distinct"),
]

TOP10_WRONG = [
    pytest.param(18.74, "fraction", id="percentage"),
    pytest.param(83, "Divide", id="count-not-share"),
    pytest.param(83 / 495, "all tokens", id="divided-by-all-tokens"),
    pytest.param(83 / 322, "types", id="divided-by-types"),
    pytest.param(0.1711, "whitespace", id="whitespace-split"),
    pytest.param(87 / 443, "normalized", id="normalized-first"),
    pytest.param(0.5, STAGED, id="unrelated"),
    pytest.param("0.187", STAGED, id="string"),
    pytest.param(True, STAGED, id="bool"),
    pytest.param(float("nan"), STAGED, id="nan"),
]


@pytest.mark.parametrize(("check", "answer"), [
    pytest.param(nb02.check_arabic_token_count, 443, id="token-count"),
    pytest.param(nb02.check_longest_sentence, (3, 129), id="longest-tuple"),
    pytest.param(nb02.check_longest_sentence, [3, 129], id="longest-list"),
    pytest.param(nb02.check_waw_words, WAW, id="waw-sorted-list"),
    pytest.param(nb02.check_waw_words, set(WAW), id="waw-set"),
    pytest.param(nb02.check_waw_words, list(reversed(WAW)), id="waw-unsorted"),
    pytest.param(nb02.check_waw_words, tuple(WAW), id="waw-tuple"),
    pytest.param(nb02.check_top10_share, TOP10_SHARE, id="share-exact"),
    pytest.param(nb02.check_top10_share, 0.187, id="share-rounded"),
])
def test_right(check, answer):
    feedback = check(answer)
    assert feedback.ok, str(feedback)
    assert str(feedback).startswith("✓")


@pytest.mark.parametrize(("check", "answer", "hint_part"), [
    *[pytest.param(nb02.check_arabic_token_count, *p.values, id=f"count-{p.id}") for p in TOKEN_COUNT_WRONG],
    *[pytest.param(nb02.check_longest_sentence, *p.values, id=f"longest-{p.id}") for p in LONGEST_WRONG],
    *[pytest.param(nb02.check_waw_words, *p.values, id=f"waw-{p.id}") for p in WAW_WRONG],
    *[pytest.param(nb02.check_top10_share, *p.values, id=f"top10-{p.id}") for p in TOP10_WRONG],
])
def test_wrong(check, answer, hint_part):
    feedback = check(answer)
    assert not feedback.ok
    assert feedback.message
    assert hint_matches(feedback, hint_part), str(feedback)
    assert "Hint" in str(feedback)


def test_checks_use_the_given_text():
    """Nothing is hard-coded: on another text the expected values follow that text."""
    text = "العنوان هنا\n\nقال الوزير: وهو ولد في 2020، وزير. ثم غادر وعاد."
    words = [t.text for t in tokenize_ar(text) if t.kind == "arabic"]
    assert nb02.check_arabic_token_count(len(words), text=text).ok
    assert not nb02.check_arabic_token_count(443, text=text).ok
    assert nb02.check_longest_sentence((1, 6), text=text).ok
    assert nb02.check_waw_words(["وهو", "ولد", "وزير", "وعاد"], text=text).ok
    top = sorted(Counter(words).items(), key=lambda item: (-item[1], item[0]))[:10]
    assert nb02.check_top10_share(sum(n for _, n in top) / len(words), text=text).ok


def test_waw_duplicates_named():
    feedback = nb02.check_waw_words([*WAW, WAW[0], WAW[0]])
    assert not feedback.ok
    assert f"{len(WAW) + 2} items but only {len(WAW)} distinct words" in feedback.message
    assert WAW[0] in feedback.message
    # A set or a list without repeats is fine, in any order.
    assert nb02.check_waw_words(set(WAW)).ok and nb02.check_waw_words(sorted(WAW, reverse=True)).ok


def test_ties_for_longest_sentence_accept_either():
    text = "جملة من ثلاث. جملة من ثلاث."
    assert nb02.check_longest_sentence((0, 3), text=text).ok
    assert nb02.check_longest_sentence((1, 3), text=text).ok
