"""Guessed words read as common words, and letters read as abbreviations (sentences and readings written for the tests)."""

from __future__ import annotations

import pytest

from helpers.morphology import analyze_morphology_ar
from helpers.morphology.base import WordAnalysis as W
from helpers.morphology.guesses import ABBREVIATION, common_guesses_ar, letter_abbreviations_ar

WAZIR = W("", "وَزِير", pos="اسم/اسم جامد", pos_coarse="NOUN", proclitics=("ال",))
IADA = W("", "إِعَادَة", pos="اسم/مصدر أصلي", pos_coarse="NOUN")
INNA = W("", "إِنَّ", pos="closed-class/SCONJ", pos_coarse="SCONJ")
MUSTAFA = W("", "مُصْطَفَى", pos="اسم/اسم علم", pos_coarse="PROPN")


def guess(form: str, *, article: bool) -> W:
    return W(form, form, pos="guess", pos_coarse="PROPN", proclitics=("ال",) if article else ())


@pytest.mark.parametrize(
    ("previous", "form", "article", "coarse", "lemma"),
    [
        (WAZIR, "السومرية", True, "ADJ", "سومري"),  # a feminine nisba agreeing with a definite noun
        (IADA, "ديبلوماسيين", False, "ADJ", "ديبلوماسي"),  # a plural nisba agreeing with an indefinite noun
        (IADA, "السومرية", True, "PROPN", "السومرية"),  # definiteness differs: no agreement, a name stays
        (INNA, "ديبلوماسيين", False, "PROPN", "ديبلوماسيين"),  # nothing to agree with
        (MUSTAFA, "الكاظمي", True, "PROPN", "الكاظمي"),  # a masculine nisba: a family name
        (WAZIR, "الأوغندي", True, "PROPN", "الأوغندي"),  # masculine: left as the names are (الطاهر المعموري)
        (WAZIR, "الجدولة", True, "PROPN", "الجدولة"),  # ة alone: place names take it (المنيهلة)
        (MUSTAFA, "المرناقية", True, "PROPN", "المرناقية"),  # after a name: a name
        (IADA, "موثوقية", False, "PROPN", "موثوقية"),  # a singular in ية without the article: maybe an abstract noun
    ],
)
def test_common_guesses(previous: W, form: str, article: bool, coarse: str, lemma: str) -> None:
    out = common_guesses_ar([previous, guess(form, article=article)], ["", form])
    assert (out[1].pos_coarse, out[1].lemma, out[1].pos) == (coarse, lemma, "guess")


@pytest.mark.parametrize(
    ("text", "word", "coarse"),
    [
        ("درس الباحث العصور السومرية القديمة", "السومرية", "ADJ"),
        ("وقع الانفجار قرب الكنيسة المرقسية في المدينة", "المرقسية", "ADJ"),
        ("قال رئيس الوزراء مصطفى الكاظمي", "الكاظمي", "PROPN"),
        ("زار الوفد الكنيسة المرقسية", "المرقسية", "ADJ"),  # a guessed nisba that agrees
        ("ألقت الشرطة القبض عليهم اليوم بالمرناقية", "بالمرناقية", "PROPN"),  # a place after a preposition
    ],
)
def test_common_guesses_in_the_table(text: str, word: str, coarse: str) -> None:
    table = analyze_morphology_ar(text)
    row = table[table["token"] == word].iloc[0]
    assert row.pos_coarse == coarse and not row.analyzed and row.pos == "guess"


BA = W("بِـ", "بِـ", pos="حرف/جر", pos_coarse="ADP")
FA = W("فِ", "وَفَى", pos="فعل/أمر", pos_coarse="VERB")
WA = W("وَ", "وَ", pos="حرف/عطف", pos_coarse="CCONJ")
ALIF = W("أ", "أ", pos="guess", pos_coarse="X")


@pytest.mark.parametrize(
    ("readings", "forms", "before_punctuation", "expected"),
    [
        ([ALIF, FA, BA], ["أ", "ف", "ب"], None, ["X", "X", "X"]),  # أ ف ب: AFP
        ([BA, W("", "بَيْت", pos_coarse="NOUN")], ["ب", "بيت"], [False, False], ["ADP", "NOUN"]),  # joined to the next word
        ([BA, W("", "بَيْت", pos_coarse="NOUN")], ["ب", "بيت"], [True, False], ["X", "NOUN"]),  # before a closing mark
        ([WA, ALIF], ["و", "أ"], [False, False], ["CCONJ", "X"]),  # و before a letter stays the conjunction
    ],
)
def test_letter_abbreviations(readings: list[W], forms: list[str], before_punctuation: list[bool] | None, expected: list[str]) -> None:
    out = letter_abbreviations_ar(readings, forms, before_punctuation=before_punctuation)
    assert [a.pos_coarse for a in out] == expected


@pytest.mark.parametrize(
    ("text", "word", "coarse"),
    [
        ("قالت الوكالة (أ ف ب) إن الوضع هادئ", "ب", "X"),
        ("قالت الوكالة (أ ف ب) إن الوضع هادئ", "ف", "X"),
        ('ثم عاد ب"الهدوء" إلى المدينة', "ب", "ADP"),  # an opening quote: ب joins the quoted word
    ],
)
def test_letters_in_the_table(text: str, word: str, coarse: str) -> None:
    table = analyze_morphology_ar(text)
    row = table[table["token"] == word].iloc[0]
    assert row.pos_coarse == coarse and (row.pos == ABBREVIATION) == (coarse == "X")
