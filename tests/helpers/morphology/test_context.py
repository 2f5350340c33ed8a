"""What the context rules read off a word, and how a word changes class (constructed readings)."""

from __future__ import annotations

import pytest

from helpers.morphology.base import WordAnalysis as W
from helpers.morphology.context import NOMINAL, definite, elative, host_ar, indefinite_accusative_ar, same_word, switch_class


@pytest.mark.parametrize(
    ("form", "proclitics", "enclitics", "lemma", "host"),
    [
        ("وبالحكومة", ("و", "ب", "ال"), (), "حُكُومَة", "الحكومة"),
        ("للحكومة", ("ل", "ال"), (), "حُكُومَة", "الحكومة"),  # ل + الحكومة, the alef dropped
        ("حكومته", (), ("ه",), "حُكُومَة", "حكومة"),  # ت before the pronoun is ة
        ("كتابه", (), ("ه",), "كِتَاب", "كتاب"),
        ("وكتب", ("و",), (), "كَتَبَ", "كتب"),
    ],
)
def test_host(form: str, proclitics: tuple[str, ...], enclitics: tuple[str, ...], lemma: str, host: str) -> None:
    assert host_ar(form, W("", lemma, proclitics=proclitics, enclitics=enclitics)) == host


@pytest.mark.parametrize(
    ("form", "reading", "expected"),
    [
        ("مشيرا", W("", "مُشِير"), True),
        ("حاليا", W("", "حَالِيّ"), True),
        ("دنيا", W("", "دُنْيَا"), False),  # the alef is the lemma's own
        ("بناء", W("", "بِنَاء"), False),
        ("الدنيا", W("", "دُنْيَا", proclitics=("ال",)), False),
        ("كتابها", W("", "كِتَاب", enclitics=("ها",)), False),
    ],
)
def test_indefinite_accusative(form: str, reading: W, expected: bool) -> None:
    assert indefinite_accusative_ar(form, reading) is expected


@pytest.mark.parametrize(
    ("reading", "expected"),
    [
        (W("", "حُكُومَة", proclitics=("ال",)), True),
        (W("", "حُكُومَة", enclitics=("ه",)), True),
        (W("", "فَرَنْسَا", pos_coarse="PROPN"), True),
        (W("", "حُكُومَة", proclitics=("و",)), False),
    ],
)
def test_definite(reading: W, expected: bool) -> None:
    assert definite(reading) is expected


@pytest.mark.parametrize(
    ("reading", "options", "expected"),
    [
        (W("", "أَوَّل", pos="اسم/اسم جامد"), (), True),  # filed as a primitive noun
        (W("", "أُخْرَى", pos="اسم/اسم جامد"), (), True),  # cited in the feminine
        (W("", "أَهَمّ", pos="اسم/اسم جامد"), (W("", "أَهَمّ", pos="اسم/اسم تفضيل"),), True),  # among its options
        (W("", "أَهَمّ", pos="اسم/اسم جامد"), (W("", "هَامّ", pos="اسم/اسم تفضيل"),), False),  # another lemma
        (W("", "وَزِير", pos="اسم/اسم جامد"), (), False),
    ],
)
def test_elative(reading: W, options: tuple[W, ...], expected: bool) -> None:
    assert elative(reading, options) is expected


VERB = W("", "طَلَبَ", root="طلب", pos="فعل/ماض", pos_coarse="VERB")
PLAIN = W("", "طَلَب", root="طلب", pos="اسم/اسم جامد", pos_coarse="NOUN")
MASDAR = W("", "طَلَب", root="طلب", pos="اسم/مصدر أصلي", pos_coarse="NOUN")
OTHER = W("", "طَالِب", root="طلب", pos="اسم/اسم فاعل", pos_coarse="ADJ")


@pytest.mark.parametrize(
    ("reading", "options", "wanted", "expected"),
    [
        (VERB, (VERB, PLAIN, MASDAR), NOMINAL, MASDAR),  # a verb made a noun: its verbal noun first
        (PLAIN, (PLAIN, OTHER), "ADJ", OTHER),  # the same root
        (PLAIN, (PLAIN,), "ADJ", W("", "طَلَب", root="طلب", pos="اسم/اسم جامد", pos_coarse="ADJ")),  # none: retagged
        (VERB, (VERB,), NOMINAL, VERB),  # several classes and none there: kept
    ],
)
def test_switch_class(reading: W, options: tuple[W, ...], wanted: str | frozenset[str], expected: W) -> None:
    assert switch_class(reading, options, wanted) == expected


def test_same_word_keeps_lemma_and_root() -> None:
    """مُقَال "article" read as a noun stays مُقَال, not the noun مِقَال listed first."""
    muqal_adj = W("", "مُقَال", root="قول", pos="اسم/اسم مفعول", pos_coarse="ADJ")
    miqal = W("", "مِقَال", root="قول", pos="اسم/اسم جامد", pos_coarse="NOUN")
    muqal_noun = W("", "مُقَال", root="قول", pos="اسم/اسم مفعول", pos_coarse="NOUN")
    assert same_word(muqal_adj, (miqal, muqal_noun), "NOUN") == muqal_noun
    assert same_word(muqal_adj, (miqal,), "NOUN") == W("", "مُقَال", root="قول", pos="اسم/اسم مفعول", pos_coarse="NOUN")
