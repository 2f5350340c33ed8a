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
        [("النمو", "arabic"), ("3.5", "number"), ("بالمئة", "arabic")],
        id="decimal-point-kept-whole",
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


# Forms CAMeL cuts and the kit joins again, and look-alikes that must stay apart:
# (text, expected token texts, kinds of the tokens that are not Arabic words).
KEPT_WHOLE = [
    # numbers: decimals (comma, point, Arabic separator), thousands, clock times, dates, ranges
    pytest.param("ارتفع المؤشر إلى 103,7 نقطة", ["ارتفع", "المؤشر", "إلى", "103,7", "نقطة"], ["number"], id="decimal-comma"),
    pytest.param("نما بنسبة ١,٥ و٣٫٥ بالمئة", ["نما", "بنسبة", "١,٥", "و٣٫٥", "بالمئة"], ["number", "mixed"], id="arabic-indic-decimals"),
    pytest.param("تبدأ الجلسة الساعة 6:30 صباحاً", ["تبدأ", "الجلسة", "الساعة", "6:30", "صباحاً"], ["number"], id="clock-time"),
    pytest.param("بين 10-12 نوفمبر من موسم 2016-2017", ["بين", "10-12", "نوفمبر", "من", "موسم", "2016-2017"],
                 ["number", "number"], id="ranges"),
    pytest.param("في 18/11/2016 دفع 2.500 و1,000,000 دينار", ["في", "18/11/2016", "دفع", "2.500", "و1,000,000", "دينار"],
                 ["number", "number", "mixed"], id="date-thousands"),
    pytest.param("من 10–12 أيار", ["من", "10–12", "أيار"], ["number"], id="en-dash-range"),
    # abbreviations
    pytest.param("بني عام 300 ق.م في روما", ["بني", "عام", "300", "ق.م", "في", "روما"], ["number", "abbreviation"], id="bc-no-final-stop"),
    pytest.param("قال د. أحمد (ص. 12) ج. 2", ["قال", "د.", "أحمد", "(", "ص.", "12", ")", "ج.", "2"],
                 ["abbreviation", "punct", "abbreviation", "number", "punct", "abbreviation", "number"], id="one-letter-abbreviations"),
    pytest.param("ولد 1950 م. وتوفي 1442 هـ.", ["ولد", "1950", "م.", "وتوفي", "1442", "هـ."],
                 ["number", "abbreviation", "number", "abbreviation"], id="date-suffixes"),
    pytest.param("نقلت أ.ف.ب عن U.S. Army", ["نقلت", "أ.ف.ب", "عن", "U.S.", "Army"], ["abbreviation", "abbreviation", "latin"], id="agency"),
    # hyphenated words and ellipses
    pytest.param("قال جان-ايف لو دريان عن كوفيد-19 وJean-Yves", ["قال", "جان-ايف", "لو", "دريان", "عن", "كوفيد-19", "وJean-Yves"],
                 ["mixed", "mixed"], id="hyphenated"),
    pytest.param("انتظر... ثم .. وغادر…", ["انتظر", "...", "ثم", "..", "وغادر", "…"], ["punct", "punct", "punct"], id="ellipses"),
    # must NOT merge: a space after the mark, a word of two letters before a full stop
    pytest.param("في عام 2014، وكلفت 2021. ثم", ["في", "عام", "2014", "،", "وكلفت", "2021", ".", "ثم"],
                 ["number", "punct", "number", "punct"], id="not-number-then-punct"),
    pytest.param("بين 50 و 60 و3 - 5 و2 -3", ["بين", "50", "و", "60", "و3", "-", "5", "و2", "-", "3"],
                 ["number", "number", "mixed", "punct", "number", "mixed", "punct", "number"], id="not-spaced-dash"),
    pytest.param("بغداد- العراق اليوم -تونس", ["بغداد", "-", "العراق", "اليوم", "-", "تونس"], ["punct", "punct"], id="not-dateline-dash"),
    pytest.param("نعم.وذهب د.أحمد", ["نعم", ".", "وذهب", "د.", "أحمد"], ["punct", "abbreviation"], id="not-word-and-stop"),
    pytest.param("المادة 5.أ والجزء 3- ب", ["المادة", "5", ".", "أ", "والجزء", "3", "-", "ب"],
                 ["number", "punct", "number", "punct"], id="not-number-letter"),
]


# Digits written onto Arabic letters: cut where they touch, as if a space were there, unless the
# letters are proclitics of a number (a conjunction, a preposition, or both), which stay on it.
DIGITS_AND_LETTERS = [
    # cut: a day onto its month, a year onto its suffix or its month, a count onto its noun
    pytest.param("وصل يوم 17جوان", ["وصل", "يوم", "17", "جوان"], ["number"], id="day-month"),
    pytest.param("تأسس عام 2016م", ["تأسس", "عام", "2016", "م"], ["number"], id="year-suffix"),
    pytest.param("على بعد 20كلم منذ 3أيام و٣أيام", ["على", "بعد", "20", "كلم", "منذ", "3", "أيام", "و٣", "أيام"],
                 ["number", "number", "mixed"], id="count-noun"),
    pytest.param("في ماي2017 و15مارس2017", ["في", "ماي", "2017", "و15", "مارس", "2017"], ["number", "mixed", "number"], id="month-year"),
    pytest.param("حصد 17ن بين 12و13", ["حصد", "17", "ن", "بين", "12", "و13"], ["number", "number", "mixed"], id="abbreviated-unit"),
    pytest.param("الـ10 وال21 كالـ 2500", ["الـ", "10", "وال", "21", "كالـ", "2500"], ["number", "number", "number"], id="article-as-spaced"),
    pytest.param("مقابل8.311م د وموسم2016-2017", ["مقابل", "8.311", "م", "د", "وموسم", "2016-2017"], ["number", "number"],
                 id="number-with-separators"),
    pytest.param("صادم 2ـ0 و85خرطوشة", ["صادم", "2", "ـ", "0", "و85", "خرطوشة"], ["number", "punct", "number", "mixed"], id="tatweel-and-noun"),
    pytest.param("الموعد س17 أو256", ["الموعد", "س", "17", "أو", "256"], ["number", "number"], id="not-clitics"),
    # whole: a number onto its proclitics, the decimal ر, hyphens, Latin letters
    pytest.param("بين 14 دينارا و18 دينارا", ["بين", "14", "دينارا", "و18", "دينارا"], ["number", "mixed"], id="wa-number"),
    pytest.param("فاز ب5 وبـ3 لـ4 فب3 كـ2", ["فاز", "ب5", "وبـ3", "لـ4", "فب3", "كـ2"], ["mixed"] * 5, id="preposition-number"),
    pytest.param("بين و1,5 وب12.18 و٢٠١٦", ["بين", "و1,5", "وب12.18", "و٢٠١٦"], ["mixed"] * 3, id="proclitics-on-any-number"),
    pytest.param("من 3ر6 إلى 6ر9 بالمائة", ["من", "3ر6", "إلى", "6ر9", "بالمائة"], ["number", "number"], id="decimal-ra"),
    pytest.param("كوفيد-19 و2-النجم Mate9 4GB", ["كوفيد-19", "و2-النجم", "Mate9", "4GB"], ["mixed"] * 4, id="hyphen-latin-whole"),
]


@pytest.mark.parametrize(("text", "expected", "other_kinds"), DIGITS_AND_LETTERS)
def test_digits_cut_from_letters(text, expected, other_kinds):
    tokens = tokenize_ar(text)
    check_spans(text, tokens)
    assert [t.text for t in tokens] == expected
    assert [t.kind for t in tokens if t.kind != "arabic"] == other_kinds
    assert "".join(t.text for t in tokens) == "".join(text.split())  # nothing lost, nothing added


@pytest.mark.parametrize(("text", "expected", "other_kinds"), KEPT_WHOLE)
def test_forms_kept_whole(text, expected, other_kinds):
    tokens = tokenize_ar(text)
    check_spans(text, tokens)
    assert [t.text for t in tokens] == expected
    assert [t.kind for t in tokens if t.kind != "arabic"] == other_kinds


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
        ("\u200fنص", "arabic"), ("٣٫٥", "number"), ("6:30", "number"), ("2016-2017", "number"), ("ق.م", "abbreviation"),
        ("هـ.", "abbreviation"), ("...", "punct"), ("جان-ايف", "arabic"), ("Jean-Yves", "latin"), ("كوفيد-19", "mixed"),
        ("-5", "mixed"), ("5-", "mixed"), ("-", "punct"), ("نعم.", "mixed"), ("5ر4", "number"), ("ر4", "mixed"),
        ("كوفيد19", "mixed"),
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
