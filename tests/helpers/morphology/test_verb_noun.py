"""Verb or noun from the word before (constructed readings and sentences written for the tests)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from helpers.morphology import analyze_morphology_ar
from helpers.morphology.base import WordAnalysis as W
from helpers.morphology.verb_noun import verb_or_noun

FI = W("فِي", "فِي", pos="closed-class/ADP", pos_coarse="ADP")
HATTA = W("حَتَّى", "حَتَّى", pos="closed-class/ADP", pos_coarse="ADP")
QAD = W("قَدْ", "قَدْ", pos="closed-class/PART", pos_coarse="PART")
WADA_V = W("وَضَعَ", "وَضَعَ", root="وضع", pos="فعل/ماض", pos_coarse="VERB")
WADA_N = W("وَضْع", "وَضْع", root="وضع", pos="اسم/مصدر أصلي", pos_coarse="NOUN")


@pytest.mark.parametrize(
    ("previous", "reading", "expected"),
    [
        (FI, WADA_V, "NOUN"),  # في وضع: a preposition's object is a noun
        (HATTA, WADA_V, "VERB"),  # حتى also introduces a clause: no cue
        (QAD, WADA_N, "VERB"),  # قد وضع: قد governs verbs only
    ],
)
def test_verb_or_noun(previous: W, reading: W, expected: str) -> None:
    out = verb_or_noun([previous, reading], [(), (WADA_V, WADA_N)])
    assert out[0] == previous and out[1].pos_coarse == expected


def test_perfect_verb_after_a_verb_is_its_verbal_noun() -> None:
    """أعلن رفض الاقتراح: the second word is the object, a verbal noun; after كان it stays a verb."""
    alana = W("", "أَعْلَنَ", root="علن", pos="فعل/ماض", pos_coarse="VERB")
    kana = W("", "كَانَ", root="كون", pos="فعل/ماض", pos_coarse="VERB")
    rafada = W("", "رَفَضَ", root="رفض", pos="فعل/ماض", pos_coarse="VERB")
    rafd = W("", "رَفْض", root="رفض", pos="اسم/مصدر أصلي", pos_coarse="NOUN")
    assert verb_or_noun([alana, rafada], [(alana,), (rafada, rafd)])[1] == rafd
    assert verb_or_noun([kana, rafada], [(kana,), (rafada, rafd)])[1] == rafada
    assert verb_or_noun([alana, rafada], [(alana,), (rafada,)])[1] == rafada  # no verbal noun to take


def test_verb_after_a_preposition_becomes_its_verbal_noun() -> None:
    """على طلب: of the noun readings with the verb's root, the verbal noun (مصدر) is taken."""
    verb = W("", "طَلَبَ", root="طلب", pos="فعل/ماض", pos_coarse="VERB")
    plain = W("", "طَلَب", root="طلب", pos="اسم/اسم جامد", pos_coarse="NOUN")
    masdar = W("", "طَلَب", root="طلب", pos="اسم/مصدر أصلي", pos_coarse="NOUN")
    ala = W("", "عَلَى", pos="closed-class/ADP", pos_coarse="ADP")
    assert verb_or_noun([ala, verb], [(), (verb, plain, masdar)])[1] == masdar


ALLATI = W("", "الَّذِي", pos="closed-class/PRON", pos_coarse="PRON")
SHAKL_N = W("", "شَكْل", root="شكل", pos="اسم/اسم جامد", pos_coarse="NOUN", enclitics=("ها",))
SHAKKALA_V = W("", "شَكَّلَ", root="شكل", pos="فعل/ماض", pos_coarse="VERB", enclitics=("ها",))
SHAKKIL_V = W("", "شَكِّلْ", root="شكل", pos="فعل/أمر", pos_coarse="VERB", enclitics=("ها",))


@pytest.mark.parametrize(
    ("options", "analyses", "forms", "expected"),
    [
        ((SHAKL_N,), (SHAKL_N, SHAKKALA_V), ["التي", "شكلها"], SHAKKALA_V),  # the verb the corpus narrowed away
        ((SHAKL_N, SHAKKALA_V), None, None, SHAKKALA_V),  # among the options
        ((SHAKL_N,), (SHAKL_N, SHAKKIL_V), ["التي", "شكلها"], SHAKL_N),  # an imperative opens no relative clause
        ((SHAKL_N,), (SHAKL_N, W("", "قَامَ", root="قوم", pos="فعل/ماض", pos_coarse="VERB", enclitics=("ها",))), ["التي", "شكلها"], SHAKL_N),  # another root
        # الذي لحقهم: a preposition does not precede a verb (not ل + حَقَّ)
        ((replace(SHAKL_N, proclitics=("ل",)),), (replace(SHAKKALA_V, proclitics=("ل",)),), ["الذي", "لشكلها"], replace(SHAKL_N, proclitics=("ل",))),
    ],
)
def test_a_word_after_a_relative_pronoun_is_its_clause_verb(
    options: tuple[W, ...], analyses: tuple[W, ...] | None, forms: list[str] | None, expected: W
) -> None:
    """التي شكلها المجلس: a relative pronoun opens a clause, whose first word is its verb if it can be one."""
    out = verb_or_noun([ALLATI, options[0]], [(), options], analyses=None if analyses is None else [(), analyses], forms=forms)
    assert out[1] == expected


def test_an_accusative_after_a_relative_pronoun_is_no_verb() -> None:
    """الذي غالبا ما: an adverbial accusative."""
    ghalib = W("", "غَالِب", root="غلب", pos="اسم/اسم فاعل", pos_coarse="NOUN")
    ghalaba = W("", "غَالَبَ", root="غلب", pos="فعل/ماض", pos_coarse="VERB")
    assert verb_or_noun([ALLATI, ghalib], [(), (ghalib, ghalaba)], forms=["الذي", "غالبا"])[1] == ghalib


def test_min_before_a_verb_is_who_and_the_verb_stays() -> None:
    """هناك من يريد: the pronoun replaces the preposition; the verb is left as it is."""
    min_ = W("", "مِنْ", pos="closed-class/ADP", pos_coarse="ADP")
    yurid = W("", "أَرَادَ", root="رود", pos="فعل/مضارع", pos_coarse="VERB")
    out = verb_or_noun([min_, yurid], [(), (yurid,)], forms=["من", "يريد"])
    assert out[0].pos_coarse == "PRON" and out[1] == yurid


# sentence, word, its part of speech in context, what the row shows
CASES = [
    ("تحدث الرئيس عن نقل السفارة", "نقل", "NOUN", "a preposition's object"),
    ("قرر الرئيس أن ينقل السفارة", "ينقل", "VERB", "after أنْ"),
    ("أعلن رفض الاقتراح", "رفض", "NOUN", "a verbal noun, the verb's object"),
    ("وهي اللجنة التي شكلها المجلس", "شكلها", "VERB", "after a relative pronoun"),
    ("وهذا ما فعله الجيش", "فعله", "VERB", "after ما"),
    ("رفض الوزير الاقتراح الذي عرضه النواب", "عرضه", "VERB", "after الذي"),
    ("وهو الرجل الذي غالبا ما يتحدث", "غالبا", "NOUN", "an accusative after a relative: no verb"),
    ("ارتفعت الأسعار إلى مستوى أعلى من المتوقع", "أعلى", "ADJ", "an elative before من"),
    ("وذلك بعد أن عرض المستثمرون خطتهم", "عرض", "VERB", "a verb after بعد أن"),
    ("كما قتل جندي في الهجوم", "قتل", "VERB", "after كما"),
    ("وفي حين رفض البعض الاقتراح", "رفض", "VERB", "after في حين"),
    ("وتأكد أنه تعرض لعملية احتيال", "تعرض", "VERB", "after أنه"),
    ("يرى الخبراء كأنهم دمى متحركة", "دمى", "NOUN", "a plural pronoun: no singular verb agrees"),
    ("كما في السابق", "في", "ADP", "no verb after كما"),
]


@pytest.mark.parametrize(("text", "word", "expected", "why"), CASES, ids=[f"{c[1]}:{c[3]}" for c in CASES])
def test_verb_or_noun_in_context(text: str, word: str, expected: str, why: str) -> None:
    table = analyze_morphology_ar(text)
    assert table.loc[table["token"] == word, "pos_coarse"].tolist() == [expected], why


# the seventh pass, on sentences written for the tests: sentence, word, its part of speech, what the row shows
SEVENTH = [
    ("يمثل هذا الرقم أعلى نسبة في البلاد", "أعلى", "ADJ", "a superlative before a noun without the article"),
    ("وقد أوضح تقرير اللجنة أسباب التأخير", "أوضح", "VERB", "after قد a verb, not a superlative"),
    ("أحيلت القضية إلى النيابة قبل رفعها إلى المحكمة", "رفعها", "NOUN", "after a preposition, the verbal noun the corpus narrowed away"),
    ("وهي الشكاوى التي تم رفعها إلى الشرطة", "رفعها", "NOUN", "the subject of تمّ is a verbal noun"),
    ("انزلق العامل وسقط من على السطح", "وسقط", "VERB", "و joins two perfect verbs"),
    ("وصفها كل من تابعها بالتاريخية", "تابعها", "VERB", "after من, which may be the pronoun"),
    ("وذلك بعد أن تنازل الجميع عن مطالبهم", "تنازل", "VERB", "after أنْ, the verb the corpus narrowed away"),
    ("وأكد أن البنك الدولي منح السلطة مهلة إضافية", "منح", "VERB", "after the subject of أنّ, before its object"),
    ("وكان المجلس التشريعي عقد جلسته في مقره", "عقد", "VERB", "after the subject of كان, before its object"),
    ("وأكد الوزير أن الشيشان جزء من روسيا", "جزء", "NOUN", "a predicate noun before a preposition"),
]


@pytest.mark.parametrize(("text", "word", "expected", "why"), SEVENTH, ids=[f"{c[1]}:{c[3]}" for c in SEVENTH])
def test_seventh_pass_in_context(text: str, word: str, expected: str, why: str) -> None:
    table = analyze_morphology_ar(text)
    assert table.loc[table["token"] == word, "pos_coarse"].tolist() == [expected], why


RAFA_V = W("", "رَفَعَ", root="رفع", pos="فعل/ماض", pos_coarse="VERB", enclitics=("ها",))
RAFA_N = W("", "رَفْع", root="رفع", pos="اسم/مصدر أصلي", pos_coarse="NOUN", enclitics=("ها",))
QABL = W("", "قَبْلَ", pos="closed-class/ADP", pos_coarse="ADP")
TAMMA = W("", "تَمَّ", root="تمم", pos="فعل/ماض", pos_coarse="VERB")
MIN = W("", "مِنْ", pos="closed-class/ADP", pos_coarse="ADP")
TANAZUL_N = W("", "تَنَازُل", root="نزل", pos="اسم/مصدر أصلي", pos_coarse="NOUN")
TANAZALA_V = W("", "تَنَازَلَ", root="نزل", pos="فعل/ماض", pos_coarse="VERB")
AN = W("", "أَنْ", pos="closed-class/SCONJ", pos_coarse="SCONJ")


@pytest.mark.parametrize(
    ("previous", "reading", "analyses", "expected"),
    [
        (QABL, RAFA_V, (RAFA_V, RAFA_N), RAFA_N),  # قبل رفعها: the verbal noun among the analyses
        (TAMMA, RAFA_V, (RAFA_V, RAFA_N), RAFA_N),  # تم رفعها
        (MIN, RAFA_V, (RAFA_V, RAFA_N), RAFA_V),  # من may be "who": left
        (QABL, RAFA_V, (RAFA_V,), RAFA_V),  # no noun of the root: kept
        (AN, TANAZUL_N, (TANAZUL_N, TANAZALA_V), TANAZALA_V),  # بعد أن تنازل: the verb among the analyses
    ],
)
def test_look_up_among_the_narrowed_analyses(previous: W, reading: W, analyses: tuple[W, ...], expected: W) -> None:
    out = verb_or_noun([previous, reading], [(), (reading,)], analyses=[(), analyses])
    assert out[1] == expected


def test_no_verbal_noun_after_a_verb_when_joined_by_wa() -> None:
    """انزلق وسقط: two perfect verbs joined by و; without و the second is the first's object."""
    inzalaqa = W("", "انْزَلَقَ", root="زلق", pos="فعل/ماض", pos_coarse="VERB")
    saqata = W("", "سَقَطَ", root="سقط", pos="فعل/ماض", pos_coarse="VERB", proclitics=("و",))
    saqt = W("", "سَقْط", root="سقط", pos="اسم/مصدر أصلي", pos_coarse="NOUN", proclitics=("و",))
    assert verb_or_noun([inzalaqa, saqata], [(inzalaqa,), (saqata, saqt)])[1] == saqata
