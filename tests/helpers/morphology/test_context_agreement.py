"""The sixth pass's context rules, on sentences written for the tests (one row per rule and case)."""

from __future__ import annotations

import pytest

from helpers.morphology import analyze_morphology_ar
from helpers.morphology.base import WordAnalysis as W
from helpers.morphology.context import adjective_or_noun

# sentence, word, its part of speech in context, what the row shows
CASES = [
    # a word without the article before a definite noun or a name heads a construct: no agreement
    ("التقى الرئيس وزير خارجية فرنسا أمس", "خارجية", "NOUN", "construct head before a name"),
    ("التقى الوفد مدير مكتب الرئيس", "مكتب", "NOUN", "construct head before a definite noun"),
    ("أرسلت الحكومة وفدا رفيع المستوى إلى القاهرة", "رفيع", "ADJ", "صفة مشبهة before its specifying noun"),
    ("هبطت طائرة تابعة للجيش في المطار", "تابعة", "ADJ", "a preposition follows: no construct"),
    ("يعيش في المدينة مواطنون فلسطينيون كثيرون", "فلسطينيون", "ADJ", "agreement, nothing definite after"),
    # an indefinite adjective after a noun carrying a possessive: a predicate
    ("وقال الطبيب إن حالته خطيرة", "خطيرة", "ADJ", "predicate after a possessed noun"),
    ("قال إن مواقفه واضحة", "واضحة", "ADJ", "predicate after a possessed noun"),
    # joined by و to a common noun: a noun; to an adjective: an adjective
    ("زار الوزير شركة الحديد والصلب", "والصلب", "NOUN", "second noun of a coordination"),
    ("اجتمع وزراء الدول العربية والإسلامية", "والإسلامية", "ADJ", "second adjective of a coordination"),
    # واحد after its noun describes it
    ("انتهى العمل خلال شهر واحد", "واحد", "ADJ", "one after its noun"),
    ("وصل واحد من اللاعبين", "واحد", "NUM", "one heading a partitive"),
    # رغم: a preposition, a noun after على
    ("ورغم الظروف الصعبة نجح المشروع", "ورغم", "ADP", "despite"),
    ("وعلى رغم الظروف الصعبة نجح المشروع", "رغم", "NOUN", "على رغم: the noun, as in على الرغم"),
    # من before a verb that cannot be a noun is the pronoun "who"
    ("هناك من يريد تأجيل الانتخابات", "من", "PRON", "who"),
    ("عاد الوزير من العاصمة", "من", "ADP", "from"),
    # an elative the analyzer also reads as "I raise", where an elative stands
    ("ارتفعت الأسعار إلى مستوى أعلى من المتوقع", "أعلى", "ADJ", "elative before من"),
    # after بعد أن, the verb (عَرَضَ), not the verbal noun عَرْض
    ("وذلك بعد أن عرض المستثمرون خطتهم", "عرض", "VERB", "a verb after بعد أن"),
]


@pytest.mark.parametrize(("text", "word", "expected", "why"), CASES, ids=[f"{c[1]}:{c[3]}" for c in CASES])
def test_in_context(text: str, word: str, expected: str, why: str) -> None:
    table = analyze_morphology_ar(text)
    assert table.loc[table["token"] == word, "pos_coarse"].tolist() == [expected], why


WAZIR = W("", "وَزِير", pos="اسم/اسم جامد", pos_coarse="NOUN")
KHARIJI = W("", "خَارِجِيّ", root="خرج", pos="اسم/نسبة", pos_coarse="ADJ")
RAFI = W("", "رَفِيع", root="رفع", pos="اسم/صفة مشبهة", pos_coarse="ADJ")
FARANSA = W("", "فَرَنْسَا", pos="اسم/اسم علم", pos_coarse="PROPN")
MUSTAWA = W("", "مُسْتَوًى", pos="اسم/اسم مكان", pos_coarse="NOUN", proclitics=("ال",))


@pytest.mark.parametrize(
    ("second", "third", "expected"),
    [
        (KHARIJI, FARANSA, "NOUN"),  # وزير خارجي فرنسا: heads a construct
        (KHARIJI, None, "ADJ"),  # وزير خارجي: agrees
        (RAFI, MUSTAWA, "ADJ"),  # رفيع المستوى: a صفة مشبهة keeps its specifying noun
    ],
)
def test_construct_head_does_not_agree(second: W, third: W | None, expected: str) -> None:
    readings = [WAZIR, second] + ([third] if third else [])
    forms = ["وزير", "خارجي" if second is KHARIJI else "رفيع"] + (["فرنسا" if third is FARANSA else "المستوى"] if third else [])
    out = adjective_or_noun(readings, [(WAZIR,), (second,)] + ([(third,)] if third else []), forms)
    assert out[1].pos_coarse == expected
