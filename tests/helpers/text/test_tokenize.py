"""Tests for helpers.text.tokenize: CAMeL tokens aligned to offsets, and token kinds."""

from __future__ import annotations

from collections import Counter

import pytest
from camel_tools.tokenizers.word import simple_word_tokenize
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.data import case_study_path
from helpers.text.load import TextInputError, read_text_ar
from helpers.text.spans import check_spans
from helpers.text.tokenize import TOKEN_KINDS, Token, token_kind_ar, tokenize_ar, tokens_to_frame, word_tokens_ar

# (text, [(token text, kind), ...])
CASES = [
    pytest.param(
        "زار Biden بغداد عام 2021، و٣ وزراء!",
        [("زار", "arabic"), ("Biden", "latin"), ("بغداد", "arabic"), ("عام", "arabic"), ("2021", "number"),
         ("،", "punct"), ("و٣", "mixed"), ("وزراء", "arabic"), ("!", "punct")],
        id="latin-number-mix",
    ),
    pytest.param(
        "النمو 3.5 بالمئة",
        [("النمو", "arabic"), ("3", "number"), (".", "punct"), ("5", "number"), ("بالمئة", "arabic")],
        id="decimal-split-like-camel",
    ),
    pytest.param(
        "كَتَبَ مـــرحبا الـ 2500",
        [("كَتَبَ", "arabic"), ("مـــرحبا", "arabic"), ("الـ", "arabic"), ("2500", "number")],
        id="diacritics-tatweel-inside",
    ),
    pytest.param(
        "می\u200cخواهم \u200fبغداد\u200f",
        [("می\u200cخواهم", "arabic"), ("بغداد", "arabic")],
        id="zwnj-inside-rlm-trimmed",
    ),
    pytest.param(
        "\ufeffقال: «نعم» \u200e \u2026 ($5) 👍🏽 ©",
        [("قال", "arabic"), (":", "punct"), ("«", "punct"), ("نعم", "arabic"), ("»", "punct"), ("\u2026", "punct"),
         ("(", "punct"), ("$", "symbol"), ("5", "number"), (")", "punct"), ("👍🏽", "symbol"), ("©", "symbol")],
        id="quotes-ellipsis-symbols-bom",
    ),
    pytest.param(
        "القاهرة ـ رويترز\r\nCOVID كوفيدX",
        [("القاهرة", "arabic"), ("ـ", "punct"), ("رويترز", "arabic"), ("COVID", "latin"), ("كوفيدX", "mixed")],
        id="tatweel-dash-crlf",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_tokenize(text, expected):
    tokens = tokenize_ar(text)
    check_spans(text, tokens)
    assert [(t.text, t.kind) for t in tokens] == expected
    assert {t.label for t in tokens} == {"token"}


@pytest.mark.parametrize(
    ("token", "kind"),
    [
        ("الكاظمي", "arabic"), ("ﻻ", "arabic"), ("café", "latin"), ("٢٠٢١", "number"), ("؟", "punct"),
        ("ـــ", "punct"), ("%", "punct"), ("+", "symbol"), ("H2O", "mixed"), ("Москва", "mixed"), ("عربيEnglish", "mixed"),
        ("\u200fنص", "arabic"),
    ],
)
def test_token_kind(token, kind):
    assert token_kind_ar(token) == kind
    assert kind in TOKEN_KINDS


def test_token_kind_rejects_invisible_only():
    with pytest.raises(ValueError):
        token_kind_ar("\u200f")


def test_same_tokens_as_camel_for_plain_text():
    text = "أدار رئيس مجلس الوزراء، مصطفى الكاظمي، أمس (الأربعاء) الجولة 3."
    assert [t.text for t in tokenize_ar(text)] == simple_word_tokenize(text)


def test_word_tokens_and_frame():
    text = "في 2014، خسر العراق (Iraq) كثيراً."
    assert [t.text for t in word_tokens_ar(text)] == ["في", "خسر", "العراق", "كثيراً"]
    frame = tokens_to_frame(tokenize_ar(text))
    assert list(frame.columns) == ["start", "end", "text", "label", "kind"]
    assert len(frame) == 10


def test_case_study():
    text = read_text_ar(case_study_path())
    tokens = tokenize_ar(text)
    check_spans(text, tokens)
    assert Counter(t.kind for t in tokens) == {"arabic": 443, "punct": 50, "number": 2}
    assert [t.text for t in tokens if t.kind == "number"] == ["2500", "2014"]


@pytest.mark.parametrize("bad", ["", "\n\n", "Latin 2021 only!"])
def test_bad_input(bad):
    with pytest.raises(TextInputError):
        tokenize_ar(bad)


ALPHABET = st.sampled_from(
    list("بغدادالعراقكتبمنى") + ["\u064e", "\u0651", "\u0640", "\u200c", "\u200d", "\u200f", "\ufeff", "\u00a0"]
    + list(" \n\r\t") + list(".!?؟،؛:;,…«»\"'()-ـ$©") + list("abcXYZ0123٤٥") + ["👍", "\U0001f3fd"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(ALPHABET, min_size=0, max_size=80).map("".join))
def test_offsets_valid_and_increasing(body):
    text = body + " ب"  # a word of its own: "aب" is a letter glued in a Latin word, not Arabic
    tokens = tokenize_ar(text)
    check_spans(text, tokens)
    assert all(isinstance(t, Token) and t.start < t.end and t.kind in TOKEN_KINDS for t in tokens)
    assert all(a.end <= b.start for a, b in zip(tokens, tokens[1:]))
    assert not any(c.isspace() for t in tokens for c in t.text)
