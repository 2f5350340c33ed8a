"""Predicates, circumstantial accusatives, من الـX أن and غير (readings and sentences written for the tests)."""

from __future__ import annotations

import pytest

from helpers.morphology import analyze_morphology_ar
from helpers.morphology.adjective_noun import adjective_or_noun
from helpers.morphology.base import WordAnalysis as W
from helpers.morphology.predicate_slots import predicate_after_definite, predicate_slot

FI = W("فِي", "فِي", pos="closed-class/ADP", pos_coarse="ADP")


@pytest.mark.parametrize(
    ("previous", "form", "expected"),
    [
        (W("", "هُوَ", pos="closed-class/PRON", pos_coarse="PRON"), "قادرة", True),  # هي قادرة
        (W("", "الَّذِي", pos="closed-class/PRON", pos_coarse="PRON"), "قادر", False),  # not a personal pronoun
        (W("", "لَيْسَ", root="ليس", pos="فعل/ماض", pos_coarse="VERB"), "جديدا", True),  # a copula
        (W("", "قَالَ", root="قول", pos="فعل/ماض", pos_coarse="VERB"), "جديد", False),  # not a copula
        (W("", "لَكِنَّ", pos="closed-class/CCONJ", pos_coarse="CCONJ", enclitics=("ه",)), "مستعد", True),  # لكنه مستعد
        (None, "جديد", False),
    ],
)
def test_predicate_slot(previous: W | None, form: str, expected: bool) -> None:
    assert predicate_slot(previous, form) is expected


@pytest.mark.parametrize(
    ("previous", "expected"),
    [
        (W("", "إِصَابَة", pos_coarse="NOUN", proclitics=("ال",)), True),  # الإصابات خطيرة
        (W("", "حَالَة", pos_coarse="NOUN", enclitics=("ه",)), True),  # حالته خطيرة
        (W("", "قَالَ", pos_coarse="VERB", enclitics=("ه",)), False),  # not a nominal
        (W("", "حَالَة", pos_coarse="NOUN"), False),  # indefinite: the word agrees or is its genitive
        (None, False),
    ],
)
def test_predicate_after_definite(previous: W | None, expected: bool) -> None:
    assert predicate_after_definite(previous) is expected


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


def _nisba(lemma: str) -> W:
    return W("", lemma, root="", pos="اسم/نسبة", pos_coarse="ADJ", proclitics=("ال",))


GHAYR = W("", "غَيْر", root="غير", pos="closed-class/NOUN", pos_coarse="NOUN")


@pytest.mark.parametrize(
    ("reading", "form", "expected"),
    [
        (_nisba("تَقْلِيدِيّ"), "التقليدية", "ADJ"),  # الأسلحة غير التقليدية: the adjective غير negates
        (W("", "مُسْتَبْعَد", root="بعد", pos="اسم/اسم مفعول", pos_coarse="NOUN", proclitics=("ال",)), "المستبعد", "ADJ"),  # من غير المستبعد
        (W("", "وَزِير", root="وزر", pos="اسم/اسم جامد", pos_coarse="NOUN"), "وزير", "NOUN"),  # غير وزير: a noun stays a noun
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


# sentence, word, its part of speech in context, what the row shows
CASES = [
    ("رحب الوزير بالاتفاق، مشيرا إلى أهميته", "مشيرا", "ADJ", "a participle opening its clause"),
    ("وقال المتحدث، مؤكدا أن الحوار مستمر", "مؤكدا", "ADJ", "a participle opening its clause"),
    ("وقال الوزير مشيرا إلى الأزمة", "مشيرا", "ADJ", "before إلى, after a definite noun"),
    ("وأضاف مشيرا إلى أن الوضع صعب", "مشيرا", "ADJ", "before إلى, after a verb"),
    ("قال إن الحكومة هي قادرة على الحل", "قادرة", "ADJ", "a predicate after a pronoun"),
    ("هو مستعد للحوار", "مستعد", "ADJ", "a predicate after a pronoun"),
    ("وأصبح الوضع خطيرا", "خطيرا", "ADJ", "an accusative predicate of a copula"),
    ("وقال الوزير إننا قريبون من الاتفاق", "قريبون", "ADJ", "after إنّ carrying its subject"),
    ("وأكد أنه مستعد للحوار", "مستعد", "ADJ", "after أنّ carrying its subject"),
    ("وقال الطبيب إن حالته خطيرة", "خطيرة", "ADJ", "predicate after a possessed noun"),
    ("قال إن مواقفه واضحة", "واضحة", "ADJ", "predicate after a possessed noun"),
    ("حظرت الاتفاقية الأسلحة غير التقليدية", "التقليدية", "ADJ", "after غير"),
    ("ومن غير المستبعد أن يستمر الحوار", "المستبعد", "ADJ", "after غير"),
    ("ومن المقرر أن يصل الوفد غدا", "المقرر", "ADJ", "it is X that"),
    ("ومن الواضح أن الحوار مستمر", "الواضح", "ADJ", "it is X that"),
]


@pytest.mark.parametrize(("text", "word", "expected", "why"), CASES, ids=[f"{c[1]}:{c[3]}" for c in CASES])
def test_predicate_slots_in_context(text: str, word: str, expected: str, why: str) -> None:
    table = analyze_morphology_ar(text)
    assert table.loc[table["token"] == word, "pos_coarse"].tolist() == [expected], why


@pytest.mark.parametrize(
    ("previous", "host", "expected"),
    [
        (W("", "مِصْر", pos_coarse="PROPN"), "قادرة", True),  # مصر قادرة: a feminine name's predicate
        (W("", "مِصْر", pos_coarse="PROPN"), "قادر", False),  # masculine: more often the next part of a name
        (W("", "مِصْر", pos_coarse="PROPN"), "", False),  # no host given (a construct head)
        (W("", "تُونُس", pos_coarse="PROPN", proclitics=("ب",)), "قادرة", False),  # a preposition of its own
    ],
)
def test_predicate_after_a_name(previous: W, host: str, expected: bool) -> None:
    assert predicate_after_definite(previous, host) is expected


SEVENTH = [
    ("قال الوزير إن مصر قادرة على تجاوز الأزمة", "قادرة", "ADJ", "a word in ة after a name"),
    ("ترى الصحيفة أن فرنسا قوية بما يكفي", "قوية", "ADJ", "a word in ة after a name"),
]


@pytest.mark.parametrize(("text", "word", "expected", "why"), SEVENTH, ids=[f"{c[1]}:{c[3]}" for c in SEVENTH])
def test_predicate_after_a_name_in_context(text: str, word: str, expected: str, why: str) -> None:
    table = analyze_morphology_ar(text)
    assert table.loc[table["token"] == word, "pos_coarse"].tolist() == [expected], why
