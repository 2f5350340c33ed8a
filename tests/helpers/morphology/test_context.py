"""Verb or noun and adjective or noun from the neighbouring words (constructed readings)."""

from __future__ import annotations

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


def test_verb_after_a_preposition_becomes_its_verbal_noun() -> None:
    """على طلب: of the noun readings with the verb's root, the verbal noun (مصدر) is taken."""
    verb = W("", "طَلَبَ", root="طلب", pos="فعل/ماض", pos_coarse="VERB")
    plain = W("", "طَلَب", root="طلب", pos="اسم/اسم جامد", pos_coarse="NOUN")
    masdar = W("", "طَلَب", root="طلب", pos="اسم/مصدر أصلي", pos_coarse="NOUN")
    ala = W("", "عَلَى", pos="closed-class/ADP", pos_coarse="ADP")
    assert verb_or_noun([ala, verb], [(), (verb, plain, masdar)])[1] == masdar


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
