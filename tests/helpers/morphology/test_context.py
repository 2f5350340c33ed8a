"""Verb or noun and adjective or noun from the neighbouring words (constructed readings)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from helpers.morphology import analyze_morphology_ar
from helpers.morphology.base import WordAnalysis as W
from helpers.morphology.context import adjective_or_noun, verb_or_noun

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


def _noun(lemma: str, root: str, *, article: bool = False, adj: bool = False) -> W:
    return W("", lemma, root=root, pos="اسم/اسم مفعول" if adj else "اسم/اسم جامد", pos_coarse="ADJ" if adj else "NOUN",
             proclitics=("ال",) if article else ())


QUWWAT = _noun("قُوَّة", "قوي", article=True)
MUSALLAHA_N = _noun("مُسَلَّح", "سلح", article=True)
MUSALLAHA_A = _noun("مُسَلَّح", "سلح", article=True, adj=True)
WAZIR = _noun("وَزِير", "وزر")
KHARIJIYYA_A = W("", "خَارِجِيّ", root="خرج", pos="اسم/نسبة", pos_coarse="ADJ", proclitics=("ال",))


def test_adjective_after_a_definite_noun() -> None:
    """القوات المسلحة: a definite adjective-capable word after a definite noun agrees with it."""
    out = adjective_or_noun([QUWWAT, MUSALLAHA_N], [(QUWWAT,), (MUSALLAHA_N, MUSALLAHA_A)], ["القوات", "المسلحة"])
    assert [a.pos_coarse for a in out] == ["NOUN", "ADJ"]


def test_construct_state_is_a_noun() -> None:
    """وزير الخارجية: the first noun of a construct has no article, so the definite word after
    it does not agree with it and heads its own phrase (a noun)."""
    out = adjective_or_noun([WAZIR, KHARIJIYYA_A], [(WAZIR,), (KHARIJIYYA_A,)], ["وزير", "الخارجية"])
    assert [a.pos_coarse for a in out] == ["NOUN", "NOUN"]


def test_indefinite_next_to_a_number_is_a_noun() -> None:
    am = W("", "عَام", root="عوم", pos="اسم/اسم جامد", pos_coarse="ADJ")
    out = adjective_or_noun([am], [(am,)], ["عاما"], after_number=[True])
    assert out[0].pos_coarse == "NOUN"


def test_a_definite_word_before_a_number_still_agrees() -> None:
    """العام المالي ٢٠٠٣: the number after a definite adjective does not make it a counted noun;
    an indefinite word before a number is dated or counted (في عام ٢٠٠٣)."""
    year = _noun("عَام", "عوم", article=True)
    financial = W("", "مَالِيّ", root="مول", pos="اسم/نسبة", pos_coarse="NOUN", proclitics=("ال",))
    out = adjective_or_noun([year, financial], [(year,), (financial,)], ["العام", "المالي"], before_number=[False, True])
    assert out[1].pos_coarse == "ADJ"
    bare = _noun("عَام", "عوم")
    adjective = replace(bare, pos_coarse="ADJ")
    assert adjective_or_noun([FI, adjective], [(), (adjective, bare)], ["في", "عام"], before_number=[False, True])[1].pos_coarse == "NOUN"


def test_closed_class_words_are_kept() -> None:
    out = adjective_or_noun([FI, MUSALLAHA_A], [(), (MUSALLAHA_A,)], ["في", "المسلحة"])
    assert out[0] == FI and out[1].pos_coarse == "NOUN"  # a preposition's object heads its phrase


# sentences written for this test: word, coarse tag in context
IN_TEXT = [
    ("أعلنت القوات المسلحة حالة الطوارئ", "المسلحة", "ADJ"),
    ("التقى وزير الخارجية نظيره الفرنسي", "الخارجية", "NOUN"),
    ("التقى وزير الخارجية نظيره الفرنسي", "الفرنسي", "ADJ"),
    ("تحدث الرئيس عن نقل السفارة", "نقل", "NOUN"),
    ("قرر الرئيس أن ينقل السفارة", "ينقل", "VERB"),
    ("وصل الوفد قبل خمسة أيام", "أيام", "NOUN"),
]


@pytest.mark.parametrize(("text", "word", "coarse"), IN_TEXT)
def test_table_in_context(text: str, word: str, coarse: str) -> None:
    table = analyze_morphology_ar(text)
    assert table.loc[table.token == word, "pos_coarse"].tolist() == [coarse]


def test_a_number_between_breaks_agreement() -> None:
    """جنيه ١٩٩٤ عاما: the word before the number is not the word's neighbour; counted, it is a noun."""
    junayh = W("", "جُنَيْه", root="جنه", pos="اسم/اسم جامد", pos_coarse="NOUN")
    am_n = W("", "عَام", root="عوم", pos="اسم/اسم جامد", pos_coarse="NOUN")
    am_a = W("", "عَامّ", root="عمم", pos="اسم/اسم فاعل", pos_coarse="ADJ")
    out = adjective_or_noun([junayh, am_n], [(junayh,), (am_n, am_a)], ["جنيه", "عاما"], after_number=[False, True])
    assert out[1] == am_n


@pytest.mark.parametrize(
    ("lemma", "root", "expected_root"),
    [
        ("عَام", "عوم", "عمم"),  # عام "year" made an adjective is عامّ "general", not عامٍ "blind" (عمي)
        ("عَام", "", "عمم"),  # the analyzer's adverbial reading has no root: the first adjective listed
    ],
)
def test_a_class_switch_keeps_to_the_same_word(lemma: str, root: str, expected_root: str) -> None:
    year = W("", lemma, root=root, pos="اسم/اسم جامد", pos_coarse="NOUN", proclitics=("ال",))
    general = W("", "عَامّ", root="عمم", pos="اسم/اسم فاعل", pos_coarse="ADJ", proclitics=("ال",))
    blind = W("", "عَام", root="عمي", pos="اسم/اسم فاعل", pos_coarse="ADJ", proclitics=("ال",))
    amin = W("", "أَمِين", root="ءمن", pos="اسم/صفة مشبهة", pos_coarse="NOUN", proclitics=("ال",))
    out = adjective_or_noun([amin, year], [(amin,), (year, general, blind)], ["الأمين", "العام"])
    assert out[1].pos_coarse == "ADJ" and out[1].root == expected_root


@pytest.mark.parametrize(
    ("pos", "form", "expected"),
    [
        ("اسم/اسم فاعل", "مشيرا", "ADJ"),  # ، مشيرا إلى: a participle opening its clause
        ("اسم/اسم مفعول", "مدعوما", "ADJ"),
        ("اسم/اسم جامد", "كتابا", "NOUN"),  # not a participle
        ("اسم/اسم فاعل", "مشير", "NOUN"),  # not accusative
    ],
)
def test_circumstantial_participle_opening_a_clause(pos: str, form: str, expected: str) -> None:
    reading = W("", "مُشِير", root="شور", pos=pos, pos_coarse="NOUN")
    assert adjective_or_noun([reading], [(reading,)], [form])[0].pos_coarse == expected


def test_participle_in_the_accusative_after_a_verb_is_not_moved() -> None:
    """عين كاتبا (a word used as a noun more than as an adjective): the rule is for a clause's first word only."""
    verb = W("", "عَيَّنَ", root="عين", pos="فعل/ماض", pos_coarse="VERB")
    katib = W("", "كَاتِب", root="كتب", pos="اسم/اسم فاعل", pos_coarse="NOUN")
    assert adjective_or_noun([verb, katib], [(verb,), (katib,)], ["عين", "كاتبا"])[1].pos_coarse == "NOUN"
    assert adjective_or_noun([katib], [(katib,)], ["كاتبا"])[0].pos_coarse == "ADJ"


@pytest.mark.parametrize("lemma", ["أَوَّل", "آخَر"])
def test_elatives_filed_as_primitive_nouns(lemma: str) -> None:
    """أول أبريل, آخر مرة: elatives in a construct, adjectives as UD tags them."""
    reading = W("", lemma, root="", pos="اسم/اسم جامد", pos_coarse="NOUN")
    prep = W("", "مِنْ", pos="closed-class/ADP", pos_coarse="ADP")
    form = "أول" if lemma == "أَوَّل" else "آخر"
    assert adjective_or_noun([prep, reading], [(), (reading,)], ["من", form])[1].pos_coarse == "ADJ"


# sentences written for these tests: word, coarse tag in context
IN_TEXT_THIRD = [
    ("رحب الوزير بالاتفاق، مشيرا إلى أهميته", "مشيرا", "ADJ"),
    ("وقال المتحدث، مؤكدا أن الحوار مستمر", "مؤكدا", "ADJ"),
    ("بلغت الخسائر مليون جنيه عام ٢٠٠٢", "عام", "NOUN"),
    ("وصل الوفد في أول أيام الشهر", "أول", "ADJ"),
]


@pytest.mark.parametrize(("text", "word", "coarse"), IN_TEXT_THIRD)
def test_table_in_context_third_pass(text: str, word: str, coarse: str) -> None:
    table = analyze_morphology_ar(text)
    assert table.loc[table.token == word, "pos_coarse"].tolist() == [coarse]


def _nisba(lemma: str, *, pos: str = "اسم/نسبة", proclitics: tuple[str, ...] = ("ال",)) -> W:
    return W("", lemma, root="", pos=pos, pos_coarse="ADJ", proclitics=proclitics)


def test_predicate_after_a_pronoun_or_a_copula() -> None:
    """هي جديدة, ليس جديدا: an adjective-capable indefinite word after a pronoun or a copula is its predicate."""
    new = W("", "جَدِيد", root="جدد", pos="اسم/اسم جامد", pos_coarse="NOUN")
    hiya = W("", "هُوَ", pos="closed-class/PRON", pos_coarse="PRON")
    laysa = W("", "لَيْسَ", root="ليس", pos="فعل/ماض", pos_coarse="VERB")
    qala = W("", "قَالَ", root="قول", pos="فعل/ماض", pos_coarse="VERB")
    assert adjective_or_noun([hiya, new], [(), (new,)], ["هي", "جديدة"])[1].pos_coarse == "ADJ"
    assert adjective_or_noun([laysa, new], [(laysa,), (new,)], ["ليس", "جديد"])[1].pos_coarse == "ADJ"
    assert adjective_or_noun([qala, new], [(qala,), (new,)], ["قال", "جديد"])[1].pos_coarse == "NOUN"  # not a copula


@pytest.mark.parametrize(
    ("enclitic", "form", "expected"),
    [
        ("نا", "قريبون", "ADJ"),  # إننا قريبون: the pronoun on إنّ is the subject, the word its predicate
        ("ه", "قريب", "ADJ"),
        ("ه", "قريبة", "NOUN"),  # ه is masculine: a word in ة does not agree with it (أنه سابقة)
        ("", "قريب", "NOUN"),  # إنّ with no pronoun: its subject comes next
    ],
)
def test_predicate_after_inna_with_a_pronoun(enclitic: str, form: str, expected: str) -> None:
    inna = W("", "إِنَّ", pos="closed-class/SCONJ", pos_coarse="SCONJ", enclitics=(enclitic,) if enclitic else ())
    near = W("", "قَرِيب", root="قرب", pos="اسم/صفة مشبهة", pos_coarse="NOUN")
    assert adjective_or_noun([inna, near], [(), (near,)], ["إن", form])[1].pos_coarse == expected


@pytest.mark.parametrize(
    ("reading", "form", "expected"),
    [
        (_nisba("ضَرُورِيّ"), "الضروري", "ADJ"),  # من الضروري: a nisba standing for its noun stays ADJ (UD)
        (_nisba("ضَرُورِيّ", proclitics=("ب", "ال")), "بالضروري", "ADJ"),  # its preposition attached
        (_nisba("فِلَسْطِينِيّ"), "الفلسطينيين", "NOUN"),  # a plural: the people, a noun of its own
        (_nisba("خَارِجِيّ"), "الخارجية", "NOUN"),  # a feminine: "foreign affairs"
        (_nisba("ضَرُورِيّ", proclitics=()), "ضروري", "NOUN"),  # no article
        (_nisba("مَسْؤُول", pos="اسم/اسم مفعول"), "المسؤول", "NOUN"),  # a participle, not a nisba
        (_nisba("رَئِيس", pos="اسم/نسبة"), "الرئيس", "NOUN"),  # used as an adjective 0.14 of the time
    ],
)
def test_nisba_heading_its_phrase(reading: W, form: str, expected: str) -> None:
    prep = W("", "مِنْ", pos="closed-class/ADP", pos_coarse="ADP")
    assert adjective_or_noun([prep, reading], [(), (reading,)], ["من", form])[1].pos_coarse == expected


# sentences written for these tests: word, coarse tag in context
IN_TEXT_FOURTH = [
    ("قتل على الأقل عشرة أشخاص", "الأقل", "ADJ"),  # an elative, whatever its use in news
    ("أعلن رفض الاقتراح", "رفض", "NOUN"),
    ("قال إن الحكومة هي قادرة على الحل", "قادرة", "ADJ"),  # a predicate after a pronoun
    ("هو مستعد للحوار", "مستعد", "ADJ"),
    ("وأصبح الوضع خطيرا", "خطيرا", "ADJ"),
    ("من الضروري أن يستمر الحوار", "الضروري", "ADJ"),
    ("يفضل القارئ الكتاب الورقي على الإلكتروني", "الإلكتروني", "ADJ"),
    ("التقى الرئيس بالفلسطينيين في المدينة", "بالفلسطينيين", "NOUN"),
    ("تحدث الرئيس مع المسؤول عن الاتفاق", "المسؤول", "NOUN"),
]


@pytest.mark.parametrize(("text", "word", "coarse"), IN_TEXT_FOURTH)
def test_table_in_context_fourth_pass(text: str, word: str, coarse: str) -> None:
    table = analyze_morphology_ar(text)
    assert table.loc[table.token == word, "pos_coarse"].tolist() == [coarse]


@pytest.mark.parametrize(
    ("lemma", "proclitics", "expected"),
    [
        ("سَابِع", ("ال",), "ADJ"),  # في السابع من أبريل: an ordinal heading its phrase
        ("تَالِي", ("ب", "ال"), "ADJ"),  # بالتالي: a word of order with its preposition
        ("كَثِير", ("ال",), "ADJ"),  # الكثير من: an adjective of quantity
        ("عَدِيد", ("ال",), "ADJ"),
        ("وَزِير", ("ال",), "NOUN"),  # not of those classes
    ],
)
def test_ordinals_and_quantities_are_adjectives(lemma: str, proclitics: tuple[str, ...], expected: str) -> None:
    reading = W("", lemma, root="", pos="اسم/اسم جامد", pos_coarse="NOUN", proclitics=proclitics)
    prep = W("", "فِي", pos="closed-class/ADP", pos_coarse="ADP")
    assert adjective_or_noun([prep, reading], [(), (reading,)], ["في", "الكلمة"])[1].pos_coarse == expected


def test_an_ordinal_counted_by_a_number_is_a_noun() -> None:
    """٣٠ ثانية: "a second", counted; not the ordinal."""
    second = W("", "ثَانِي", root="ثني", pos="اسم/اسم جامد", pos_coarse="NOUN")
    assert adjective_or_noun([second], [(second,)], ["ثانية"], after_number=[True])[0].pos_coarse == "NOUN"


# sentences written for these tests: word, coarse tag in context
IN_TEXT_FIFTH = [
    ("وصل الوفد في السابع من أبريل", "السابع", "ADJ"),
    ("قال الوزير إن العديد من الدول وافقت", "العديد", "ADJ"),
    ("رفض الكثير من النواب الاقتراح", "الكثير", "ADJ"),
    ("ارتفعت الأسعار وبالتالي تراجع الطلب", "وبالتالي", "ADJ"),
    ("التقى الرئيس نظيره ثم غادر الأخير المدينة", "الأخير", "ADJ"),
    ("انتظر الوفد ٣٠ ثانية", "ثانية", "NOUN"),
    ("وهي اللجنة التي شكلها المجلس", "شكلها", "VERB"),
    ("وهذا ما فعله الجيش", "فعله", "VERB"),
    ("رفض الوزير الاقتراح الذي عرضه النواب", "عرضه", "VERB"),
    ("وهو الرجل الذي غالبا ما يتحدث", "غالبا", "NOUN"),
    ("وقال الوزير إننا قريبون من الاتفاق", "قريبون", "ADJ"),
    ("وأكد أنه مستعد للحوار", "مستعد", "ADJ"),
    ("بلغ العجز في العام المالي ٢٠٠٣ مليار دينار", "المالي", "ADJ"),
    ("حظرت الاتفاقية الأسلحة غير التقليدية", "التقليدية", "ADJ"),
    ("ومن غير المستبعد أن يستمر الحوار", "المستبعد", "ADJ"),
    ("ومن المقرر أن يصل الوفد غدا", "المقرر", "ADJ"),
    ("ومن الواضح أن الحوار مستمر", "الواضح", "ADJ"),
    ("أسفر الحادث عن عشرة قتلى وأربعين جريحا", "جريحا", "NOUN"),
]


@pytest.mark.parametrize(("text", "word", "coarse"), IN_TEXT_FIFTH)
def test_table_in_context_fifth_pass(text: str, word: str, coarse: str) -> None:
    table = analyze_morphology_ar(text)
    assert table.loc[table.token == word, "pos_coarse"].tolist() == [coarse]


GHAYR = W("", "غَيْر", root="غير", pos="closed-class/NOUN", pos_coarse="NOUN")


@pytest.mark.parametrize(
    ("reading", "form", "expected"),
    [
        (_nisba("تَقْلِيدِيّ"), "التقليدية", "ADJ"),  # الأسلحة غير التقليدية: the adjective غير negates
        (W("", "مُسْتَبْعَد", root="بعد", pos="اسم/اسم مفعول", pos_coarse="NOUN", proclitics=("ال",)), "المستبعد", "ADJ"),  # من غير المستبعد
        (_noun("وَزِير", "وزر"), "وزير", "NOUN"),  # غير وزير: a noun stays a noun
    ],
)
def test_the_word_after_ghayr(reading: W, form: str, expected: str) -> None:
    assert adjective_or_noun([GHAYR, reading], [(), (reading,)], ["غير", form])[1].pos_coarse == expected


MIN = W("", "مِنْ", pos="closed-class/ADP", pos_coarse="ADP")
AN = W("", "أَنْ", pos="closed-class/SCONJ", pos_coarse="SCONJ")
MUQARRAR = W("", "مُقَرَّر", root="قرر", pos="اسم/اسم مفعول", pos_coarse="NOUN", proclitics=("ال",))
RAKIB = W("", "رَاكِب", root="ركب", pos="اسم/اسم فاعل", pos_coarse="NOUN", proclitics=("ال",))


@pytest.mark.parametrize(
    ("readings", "forms", "expected"),
    [
        ([MIN, MUQARRAR, AN], ["من", "المقرر", "أن"], "ADJ"),  # من المقرر أن: "it is decided that"
        ([MIN, MUQARRAR, FI], ["من", "المقرر", "في"], "NOUN"),  # no أن: a noun after a preposition
        ([MIN, RAKIB, AN], ["من", "الركاب", "أن"], "NOUN"),  # a broken plural, not the lemma's own form
    ],
)
def test_impersonal_predicate_min_al_x_an(readings: list[W], forms: list[str], expected: str) -> None:
    out = adjective_or_noun(readings, [(), (readings[1],), ()], forms)
    assert out[1].pos_coarse == expected


def _number(lemma: str) -> W:
    return W("", lemma, pos="closed-class/NUM", pos_coarse="NUM")


JARIH = W("", "جَرِيح", root="جرح", pos="اسم/صفة مشبهة", pos_coarse="ADJ")
AKHAR = W("", "آخَر", root="ءخر", pos="اسم/اسم تفضيل", pos_coarse="ADJ")


@pytest.mark.parametrize(
    ("number", "reading", "form", "expected"),
    [
        (_number("أَرْبَعُونَ"), JARIH, "جريحا", "NOUN"),  # أربعين جريحا: counted
        (_number("أَلْف"), JARIH, "جريح", "NOUN"),
        (_number("وَاحِد"), JARIH, "جريح", "ADJ"),  # واحد follows its noun: it counts nothing
        (_number("أَرْبَعَة"), AKHAR, "آخرين", "ADJ"),  # أربعة آخرين: an elative stays an adjective
    ],
)
def test_a_word_counted_by_a_number_in_letters(number: W, reading: W, form: str, expected: str) -> None:
    assert adjective_or_noun([number, reading], [(), (reading,)], ["عدد", form])[1].pos_coarse == expected
