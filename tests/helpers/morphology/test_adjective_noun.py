"""Adjective or noun from agreement, the construct state and coordination (readings and sentences written for the tests)."""

from __future__ import annotations

import pytest

from helpers.morphology import analyze_morphology_ar
from helpers.morphology.adjective_noun import adjective_or_noun
from helpers.morphology.base import WordAnalysis as W

FI = W("فِي", "فِي", pos="closed-class/ADP", pos_coarse="ADP")


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


def test_closed_class_words_are_kept() -> None:
    out = adjective_or_noun([FI, MUSALLAHA_A], [(), (MUSALLAHA_A,)], ["في", "المسلحة"])
    assert out[0] == FI and out[1].pos_coarse == "NOUN"  # a preposition's object heads its phrase


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


@pytest.mark.parametrize("lemma", ["أَوَّل", "آخَر"])
def test_elatives_filed_as_primitive_nouns(lemma: str) -> None:
    """أول أبريل, آخر مرة: elatives in a construct, adjectives as UD tags them."""
    reading = W("", lemma, root="", pos="اسم/اسم جامد", pos_coarse="NOUN")
    prep = W("", "مِنْ", pos="closed-class/ADP", pos_coarse="ADP")
    form = "أول" if lemma == "أَوَّل" else "آخر"
    assert adjective_or_noun([prep, reading], [(), (reading,)], ["من", form])[1].pos_coarse == "ADJ"


def _nisba(lemma: str, *, pos: str = "اسم/نسبة", proclitics: tuple[str, ...] = ("ال",)) -> W:
    return W("", lemma, root="", pos=pos, pos_coarse="ADJ", proclitics=proclitics)


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


KHARIJI = W("", "خَارِجِيّ", root="خرج", pos="اسم/نسبة", pos_coarse="ADJ")
RAFI = W("", "رَفِيع", root="رفع", pos="اسم/صفة مشبهة", pos_coarse="ADJ")
FARANSA = W("", "فَرَنْسَا", pos="اسم/اسم علم", pos_coarse="PROPN")
MUSTAWA = W("", "مُسْتَوًى", pos="اسم/اسم مكان", pos_coarse="NOUN", proclitics=("ال",))
WAZIR_BARE = W("", "وَزِير", pos="اسم/اسم جامد", pos_coarse="NOUN")


@pytest.mark.parametrize(
    ("second", "third", "expected"),
    [
        (KHARIJI, FARANSA, "NOUN"),  # وزير خارجي فرنسا: heads a construct
        (KHARIJI, None, "ADJ"),  # وزير خارجي: agrees
        (RAFI, MUSTAWA, "ADJ"),  # رفيع المستوى: a صفة مشبهة keeps its specifying noun
    ],
)
def test_construct_head_does_not_agree(second: W, third: W | None, expected: str) -> None:
    readings = [WAZIR_BARE, second] + ([third] if third else [])
    forms = ["وزير", "خارجي" if second is KHARIJI else "رفيع"] + (["فرنسا" if third is FARANSA else "المستوى"] if third else [])
    out = adjective_or_noun(readings, [(WAZIR_BARE,), (second,)] + ([(third,)] if third else []), forms)
    assert out[1].pos_coarse == expected


# sentence, word, its part of speech in context, what the row shows
CASES = [
    # agreement with the word before
    ("أعلنت القوات المسلحة حالة الطوارئ", "المسلحة", "ADJ", "agrees with a definite noun"),
    ("التقى وزير الخارجية نظيره الفرنسي", "الخارجية", "NOUN", "after a construct head"),
    ("التقى وزير الخارجية نظيره الفرنسي", "الفرنسي", "ADJ", "agrees with a possessed noun"),
    ("يعيش في المدينة مواطنون فلسطينيون كثيرون", "فلسطينيون", "ADJ", "agreement, nothing definite after"),
    ("هبطت طائرة تابعة للجيش في المطار", "تابعة", "ADJ", "a preposition follows: no construct"),
    # elatives, ordinals, quantities and nisbas heading their phrase
    ("قتل على الأقل عشرة أشخاص", "الأقل", "ADJ", "an elative, whatever its use in news"),
    ("وصل الوفد في أول أيام الشهر", "أول", "ADJ", "an elative in a construct"),
    ("وصل الوفد في السابع من أبريل", "السابع", "ADJ", "an ordinal"),
    ("قال الوزير إن العديد من الدول وافقت", "العديد", "ADJ", "a quantity"),
    ("رفض الكثير من النواب الاقتراح", "الكثير", "ADJ", "a quantity"),
    ("ارتفعت الأسعار وبالتالي تراجع الطلب", "وبالتالي", "ADJ", "a word of order"),
    ("التقى الرئيس نظيره ثم غادر الأخير المدينة", "الأخير", "ADJ", "a word of order"),
    ("من الضروري أن يستمر الحوار", "الضروري", "ADJ", "a nisba standing for its noun"),
    ("يفضل القارئ الكتاب الورقي على الإلكتروني", "الإلكتروني", "ADJ", "a nisba standing for its noun"),
    ("التقى الرئيس بالفلسطينيين في المدينة", "بالفلسطينيين", "NOUN", "a plural nisba: the people"),
    ("تحدث الرئيس مع المسؤول عن الاتفاق", "المسؤول", "NOUN", "a participle heading its phrase"),
    # a word without the article before a definite noun or a name heads a construct
    ("التقى الرئيس وزير خارجية فرنسا أمس", "خارجية", "NOUN", "construct head before a name"),
    ("التقى الوفد مدير مكتب الرئيس", "مكتب", "NOUN", "construct head before a definite noun"),
    ("وزار الوزير وزير خارجية فرنسا", "خارجية", "NOUN", "a construct head after a masculine noun"),
    ("تمت صيانة حاشية الطريق", "حاشية", "NOUN", "a construct chain: no count of adjectival use"),
    ("أرسلت الحكومة وفدا رفيع المستوى إلى القاهرة", "رفيع", "ADJ", "صفة مشبهة before its specifying noun"),
    ("شيدت الشركة برجا متعدد الطوابق", "متعدد", "ADJ", "after an indefinite accusative: no construct"),
    ("ركب المسافرون قطارات ذاتية الدفع", "ذاتية", "ADJ", "an adjective in ة agreeing with a plural in ات"),
    # a feminine noun of its own keeps its class unless its own count is decisive
    ("قتل شخصان في انفجار سيارة قرب السوق", "سيارة", "NOUN", "سيارة: undecided feminine count, a noun"),
    ("ضبطت الشرطة كمية من المخدرات", "كمية", "NOUN", "كمية: undecided feminine count, a noun"),
    ("هرب المتهمون بعد حجز كمية من السلاح", "كمية", "NOUN", "كمية after a verbal noun"),
    ("ستعقد لقاءات دورية بين الوزيرين", "دورية", "ADJ", "an adjective in ة still agrees"),
    ("وتحدثت الوزيرة في ندوة صحفية", "صحفية", "ADJ", "a decisive feminine count"),
    # joined by و
    ("زار الوزير شركة الحديد والصلب", "والصلب", "NOUN", "second noun of a coordination"),
    ("اجتمع وزراء الدول العربية والإسلامية", "والإسلامية", "ADJ", "second adjective of a coordination"),
    ("أدان الحزب القرارات الضارة بمصلحة الشركة والمشوهة لصورة البلاد", "والمشوهة", "ADJ", "an adjective in ة after a word in ة"),
    ("تحدث الخبير عن الاقتصاد والمالية", "والمالية", "NOUN", "a feminine noun of its own"),
    ("أدار المفاوضات بحنكة ودبلوماسية متقنة", "ودبلوماسية", "NOUN", "described by an adjective of its own"),
]


@pytest.mark.parametrize(("text", "word", "expected", "why"), CASES, ids=[f"{c[1]}:{c[3]}" for c in CASES])
def test_adjective_or_noun_in_context(text: str, word: str, expected: str, why: str) -> None:
    table = analyze_morphology_ar(text)
    assert table.loc[table["token"] == word, "pos_coarse"].tolist() == [expected], why


# the seventh pass, on sentences written for the tests: sentence, word, its part of speech, what the row shows
SEVENTH = [
    ("أجرت الوزارة تعديلا طفيفا على البرنامج", "طفيفا", "ADJ", "agrees with a noun in the indefinite accusative"),
    ("استقبل الجمهور الفريق استقبالا حافلا", "حافلا", "ADJ", "agrees with a noun in the indefinite accusative"),
    ("وتابع الباحث قائلا نظرا لأهمية الموضوع", "نظرا", "NOUN", "after an adverbial adjective: no agreement"),
    ("يزور الوفد المدينة كل عام", "عام", "NOUN", "the genitive of كل heads its phrase"),
    ("رفض بعض أعضاء المجلس الاقتراح", "أعضاء", "NOUN", "the genitive of بعض heads its phrase"),
    ("وافقت الدول على قرار خفض الإنتاج", "خفض", "NOUN", "a verbal noun with its object, not a صفة مشبهة"),
    ("وقال وزير الأوقاف الدكتور محمود زقزوق", "الدكتور", "NOUN", "a title before a name"),
    ("وقال الأمين العام الجديد أنطونيو غوتيريش", "الجديد", "ADJ", "an adjective before a name stays one"),
    ("ركب الطفل على حصان خشبي", "خشبي", "ADJ", "the nisba that spells the word"),
]


@pytest.mark.parametrize(("text", "word", "expected", "why"), SEVENTH, ids=[f"{c[1]}:{c[3]}" for c in SEVENTH])
def test_seventh_pass_in_context(text: str, word: str, expected: str, why: str) -> None:
    table = analyze_morphology_ar(text)
    assert table.loc[table["token"] == word, "pos_coarse"].tolist() == [expected], why


MUHAMMAD = W("", "مُحَمَّد", pos="اسم/اسم علم", pos_coarse="PROPN")
KULL = W("", "كُلّ", root="كلل", pos="closed-class/NOUN", pos_coarse="NOUN")
ARDIYYA = W("", "أَرْضِيَّة", root="ءرض", pos="اسم/نسبة", pos_coarse="ADJ")
MAL_AB = W("", "مَلْعَب", root="لعب", pos="اسم/اسم مكان", pos_coarse="NOUN", proclitics=("ال",))
DUKTUR = W("", "دُكْتُور", pos="اسم/اسم جامد", pos_coarse="NOUN", proclitics=("ال",))
RAIS = W("", "رَئِيس", root="رءس", pos="اسم/اسم جامد", pos_coarse="NOUN", proclitics=("ال",))
KHAFD_A = W("", "خَفْض", root="خفض", pos="اسم/صفة مشبهة", pos_coarse="ADJ")
KHAFD_N = W("", "خَفْض", root="خفض", pos="اسم/مصدر أصلي", pos_coarse="NOUN")
QARAR = W("", "قَرَار", root="قرر", pos="اسم/اسم جامد", pos_coarse="NOUN")
INTAJ = W("", "إِنْتَاج", root="نتج", pos="اسم/مصدر أصلي", pos_coarse="NOUN", proclitics=("ال",))


@pytest.mark.parametrize(
    ("readings", "options", "forms", "expected"),
    [
        # accusative agreement: after a noun with tanwin, not after an adjective
        ([W("", "تَعْدِيل", pos="اسم/مصدر أصلي", pos_coarse="NOUN"), W("", "طَفِيف", pos="اسم/اسم جامد", pos_coarse="NOUN")], None, ["تعديلا", "طفيفا"], "ADJ"),
        ([W("", "قَائِل", pos="اسم/اسم فاعل", pos_coarse="ADJ"), W("", "نَظَر", pos="اسم/مصدر أصلي", pos_coarse="NOUN")], None, ["قائلا", "نظرا"], "NOUN"),
        ([W("", "تَعْدِيل", pos="اسم/مصدر أصلي", pos_coarse="NOUN"), W("", "طَفِيف", pos="اسم/اسم جامد", pos_coarse="NOUN")], None, ["تعديل", "طفيف"], "NOUN"),
        # فصلا فصلا "chapter by chapter": a word does not describe itself
        ([W("", "فَصْل", pos="اسم/اسم جامد", pos_coarse="NOUN"), W("", "فَصْل", pos="اسم/اسم جامد", pos_coarse="NOUN")], None, ["فصلا", "فصلا"], "NOUN"),
        # the genitive of a quantifier heads its phrase
        ([KULL, W("", "عَامّ", root="عمم", pos="اسم/اسم فاعل", pos_coarse="ADJ")], None, ["كل", "عام"], "NOUN"),
        # a verbal noun heading a construct; a صفة مشبهة alone keeps its construct
        ([QARAR, KHAFD_A, INTAJ], [(QARAR,), (KHAFD_A, KHAFD_N), (INTAJ,)], ["قرار", "خفض", "الإنتاج"], "NOUN"),
        ([QARAR, KHAFD_A, INTAJ], [(QARAR,), (KHAFD_A,), (INTAJ,)], ["قرار", "خفض", "الإنتاج"], "ADJ"),
        # a title before a name; not before a common noun
        ([RAIS, DUKTUR, MUHAMMAD], None, ["الرئيس", "الدكتور", "محمد"], "NOUN"),
        ([RAIS, DUKTUR, INTAJ], None, ["الرئيس", "الدكتور", "الإنتاج"], "ADJ"),
        # a word in ة after a name is its predicate, unless it heads a construct
        ([MUHAMMAD, ARDIYYA, MAL_AB], None, ["سبليت", "أرضية", "الملعب"], "NOUN"),
        # the nisba that spells the word, where context chose the noun it derives from
        ([W("", "حِصَان", root="حصن", pos="اسم/اسم جامد", pos_coarse="NOUN"), W("", "خَشَب", root="خشب", pos="اسم/اسم جامد", pos_coarse="NOUN")],
         [(), (W("", "خَشَب", root="خشب", pos="اسم/اسم جامد", pos_coarse="NOUN"), W("", "خَشَبِيّ", root="خشب", pos="اسم/نسبة", pos_coarse="ADJ"))], ["حصان", "خشبي"], "ADJ"),
    ],
)
def test_seventh_pass_readings(readings: list[W], options: list[tuple[W, ...]] | None, forms: list[str], expected: str) -> None:
    out = adjective_or_noun(readings, options or [(r,) if not r.pos.startswith("closed-class") else () for r in readings], forms)
    assert out[1].pos_coarse == expected


# the adjective in construct with the noun it describes, on sentences written for the tests:
# sentence, word, its part of speech, what the row shows (each ADJ row fails without its rule)
IN_CONSTRUCT = [
    ("وصف الناطق الوضع بأنه ظروف بالغة الصعوبة", "بالغة", "ADJ", "agrees with the noun before, specified by the next"),
    ("استقبل الرئيس أمين عام الحزب في مكتبه", "عام", "ADJ", "agrees with the noun before, specified by the next"),
    ("وجه النواب انتقادات شديدة اللهجة للحكومة", "شديدة", "ADJ", "an adjective in ة after a plural"),
    ("زار الوزير مقر بلدية المدينة", "بلدية", "NOUN", "a word in ة after a masculine singular: no agreement"),
    ("ناقش المجلس مجمل مستحقات الشركة", "مستحقات", "NOUN", "a plural in ات heads a construct"),
    ("يدافع الحزب عن حقوق فلسطينيي المدينة", "فلسطينيي", "NOUN", "a plural in construct, its ن dropped"),
    ("وصل وفد من كبار الضباط", "كبار", "ADJ", "before the plural it describes"),
    ("شارك في الاجتماع ممثلون من مختلف الأحزاب", "مختلف", "ADJ", "before the plural it describes"),
    ("وحضر اللقاء ممثلون عن الوزارات وكبار المسؤولين", "وكبار", "ADJ", "joined by و, before the plural it describes"),
    ("بحثت الشرطة عن شقيق الضحية", "شقيق", "NOUN", "before a singular: the head of a construct"),
    ("تحدثت الوزيرة عن دور النساء في مهام الوزارات", "مهام", "NOUN", "the plural of a feminine noun of its own"),
    ("أصدرت المحكمة حكما على مرتكب الهجوم", "مرتكب", "NOUN", "before a singular: the head of a construct"),
    ("قال مدير الشركة إن الأرباح ارتفعت", "مدير", "NOUN", "a noun heading a construct"),
]


@pytest.mark.parametrize(("text", "word", "expected", "why"), IN_CONSTRUCT, ids=[f"{c[1]}:{c[3]}" for c in IN_CONSTRUCT])
def test_adjective_in_construct_in_context(text: str, word: str, expected: str, why: str) -> None:
    table = analyze_morphology_ar(text)
    assert table.loc[table["token"] == word, "pos_coarse"].tolist() == [expected], why


KABIR = W("", "كَبِير", root="كبر", pos="اسم/اسم جامد", pos_coarse="NOUN")
MASULIN = W("", "مَسْؤُول", root="سءل", pos="اسم/اسم مفعول", pos_coarse="NOUN", proclitics=("ال",))
RAIS_DEF = W("", "رَئِيس", root="رءس", pos="اسم/اسم جامد", pos_coarse="NOUN", proclitics=("ال",))
ZURUF = W("", "ظَرْف", root="ظرف", pos="اسم/اسم جامد", pos_coarse="NOUN")
MAQARR = W("", "مَقَرّ", root="قرر", pos="اسم/اسم مكان", pos_coarse="NOUN")
BALIGH = W("", "بَالِغ", root="بلغ", pos="اسم/اسم فاعل", pos_coarse="NOUN")
SUBUBA = W("", "صُعُوبَة", root="صعب", pos="اسم/مصدر أصلي", pos_coarse="NOUN", proclitics=("ال",))


@pytest.mark.parametrize(
    ("readings", "options", "forms", "expected"),
    [
        # before a plural with the article (sound or broken), not before a singular
        ([FI, KABIR, MASULIN], None, ["في", "كبار", "المسؤولين"], "ADJ"),
        ([FI, KABIR, RAIS_DEF], None, ["في", "كبير", "الرئيس"], "NOUN"),
        # a word the analyzer also reads as a name is not taken for the adjective
        ([FI, KABIR, MASULIN], [(), (KABIR, W("", "كَبِير", pos="اسم/اسم علم", pos_coarse="PROPN")), (MASULIN,)], ["في", "كبار", "المسؤولين"], "NOUN"),
        # after the noun it agrees with: a feminine after a plural, not after a masculine singular
        ([ZURUF, BALIGH, SUBUBA], None, ["ظروف", "بالغة", "الصعوبة"], "ADJ"),
        ([MAQARR, BALIGH, SUBUBA], None, ["مقر", "بالغة", "الصعوبة"], "NOUN"),
    ],
)
def test_adjective_in_construct_readings(readings: list[W], options: list[tuple[W, ...]] | None, forms: list[str], expected: str) -> None:
    out = adjective_or_noun(readings, options or [(r,) if not r.pos.startswith("closed-class") else () for r in readings], forms)
    assert out[1].pos_coarse == expected


# an elative of the pattern أفعل with a preposition attached: sentence, word, its part of speech, why
ELATIVE_WITH_PREPOSITION = [
    ("زار الرئيس المدينة لأول مرة", "لأول", "ADJ", "an elative in its own form"),
    ("يقدم البنك خدماته لأكثر من مليون عميل", "لأكثر", "ADJ", "an elative in its own form"),
    ("تبيع الشركة منتجاتها بأقل الأسعار", "بأقل", "ADJ", "an elative in construct"),
    ("فاز المنتخب بكأس أفريقيا للأواسط", "للأواسط", "NOUN", "a plural used as a noun of its own"),
    ("قال الأمين العام إن الحزب بخير", "بخير", "NOUN", "خير: not of the pattern أفعل"),
]


@pytest.mark.parametrize(("text", "word", "expected", "why"), ELATIVE_WITH_PREPOSITION, ids=[f"{c[1]}:{c[3]}" for c in ELATIVE_WITH_PREPOSITION])
def test_elative_with_a_preposition(text: str, word: str, expected: str, why: str) -> None:
    table = analyze_morphology_ar(text)
    assert table.loc[table["token"] == word, "pos_coarse"].tolist() == [expected], why


# a masculine singular nisba after a common noun of its definiteness: sentence, word, its part of speech, why
NISBA_AFTER_NOUN = [
    ("عقد الوزير مؤتمر صحافي في المدينة", "صحافي", "ADJ", "indefinite after indefinite (صحافي: a plural's share)"),
    ("يرفض الحزب الاضطهاد العنصري في المدارس", "العنصري", "ADJ", "definite after definite (العنصرية: a noun's share)"),
    ("اجتمع المجلس التنسيقي أمس", "التنسيقي", "ADJ", "definite after definite"),
    ("هو قانون إجرائي", "إجرائي", "ADJ", "the analyzer's nisba spells the word"),
    ("رفعت الجماهير أيديها", "أيديها", "NOUN", "an enclitic: no nisba"),
    ("قررت المحكمة تنفيذ عملية الهدم", "عملية", "NOUN", "a feminine in ية: a noun of its own"),
]


@pytest.mark.parametrize(("text", "word", "expected", "why"), NISBA_AFTER_NOUN, ids=[f"{c[1]}:{c[3]}" for c in NISBA_AFTER_NOUN])
def test_nisba_after_a_noun(text: str, word: str, expected: str, why: str) -> None:
    table = analyze_morphology_ar(text)
    assert table.loc[table["token"] == word, "pos_coarse"].tolist() == [expected], why
