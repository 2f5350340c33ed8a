"""Words next to a number: counted or dated nouns, واحد after its noun (readings and sentences written for the tests)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from helpers.morphology import analyze_morphology_ar
from helpers.morphology.adjective_noun import adjective_or_noun
from helpers.morphology.base import WordAnalysis as W
from helpers.morphology.numerals import NUMBER_POS, agreeing_one, counting_cardinal, number_reading_ar

FI = W("فِي", "فِي", pos="closed-class/ADP", pos_coarse="ADP")


def _noun(lemma: str, root: str, *, article: bool = False) -> W:
    return W("", lemma, root=root, pos="اسم/اسم جامد", pos_coarse="NOUN", proclitics=("ال",) if article else ())


def _number(lemma: str, *, article: bool = False) -> W:
    return W("", lemma, pos="closed-class/NUM", pos_coarse="NUM", proclitics=("ال",) if article else ())


@pytest.mark.parametrize(
    ("number", "counts"),
    [
        (_number("أَرْبَعُونَ"), True),
        (_number("أَلْف"), True),
        (_number("وَاحِد"), False),  # follows its noun
        (_number("اِثْنَان"), False),
        (_number("أَلْف", article=True), False),  # definite: الألف does not count the next word
    ],
)
def test_counting_cardinal(number: W, counts: bool) -> None:
    assert counting_cardinal(number) is counts


@pytest.mark.parametrize(
    ("previous", "one", "agrees"),
    [
        (_noun("شَهْر", "شهر"), _number("وَاحِد"), True),  # شهر واحد
        (_noun("مَوْسِم", "وسم", article=True), _number("وَاحِد", article=True), True),  # الموسم الواحد
        (_noun("مَوْسِم", "وسم", article=True), _number("وَاحِد"), False),  # definiteness differs
        (W("", "وَصَلَ", pos="فعل/ماض", pos_coarse="VERB"), _number("وَاحِد"), False),  # وصل واحد: not after a noun
        (None, _number("وَاحِد"), False),
        (_noun("شَهْر", "شهر"), _number("أَلْف"), False),  # not واحد
    ],
)
def test_agreeing_one(previous: W | None, one: W, agrees: bool) -> None:
    assert agreeing_one(one, previous) is agrees


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


def test_a_number_between_breaks_agreement() -> None:
    """جنيه ١٩٩٤ عاما: the word before the number is not the word's neighbour; counted, it is a noun."""
    junayh = W("", "جُنَيْه", root="جنه", pos="اسم/اسم جامد", pos_coarse="NOUN")
    am_n = W("", "عَام", root="عوم", pos="اسم/اسم جامد", pos_coarse="NOUN")
    am_a = W("", "عَامّ", root="عمم", pos="اسم/اسم فاعل", pos_coarse="ADJ")
    out = adjective_or_noun([junayh, am_n], [(junayh,), (am_n, am_a)], ["جنيه", "عاما"], after_number=[False, True])
    assert out[1] == am_n


def test_an_ordinal_counted_by_a_number_is_a_noun() -> None:
    """٣٠ ثانية: "a second", counted; not the ordinal."""
    second = W("", "ثَانِي", root="ثني", pos="اسم/اسم جامد", pos_coarse="NOUN")
    assert adjective_or_noun([second], [(second,)], ["ثانية"], after_number=[True])[0].pos_coarse == "NOUN"


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


# sentence, word, its part of speech in context, what the row shows
CASES = [
    ("وصل الوفد قبل خمسة أيام", "أيام", "NOUN", "counted by a number in letters"),
    ("بلغت الخسائر مليون جنيه عام ٢٠٠٢", "عام", "NOUN", "dated by a year"),
    ("انتظر الوفد ٣٠ ثانية", "ثانية", "NOUN", "counted: a second, not the ordinal"),
    ("أسفر الحادث عن عشرة قتلى وأربعين جريحا", "جريحا", "NOUN", "counted by a number in letters"),
    ("بلغ العجز في العام المالي ٢٠٠٣ مليار دينار", "المالي", "ADJ", "definite before a year: agrees"),
    ("انتهى العمل خلال شهر واحد", "واحد", "ADJ", "one after its noun"),
    ("وصل واحد من اللاعبين", "واحد", "NUM", "one heading a partitive"),
]


@pytest.mark.parametrize(("text", "word", "expected", "why"), CASES, ids=[f"{c[1]}:{c[3]}" for c in CASES])
def test_numerals_in_context(text: str, word: str, expected: str, why: str) -> None:
    table = analyze_morphology_ar(text)
    assert table.loc[table["token"] == word, "pos_coarse"].tolist() == [expected], why


# A number written onto proclitics: one row, read as the proclitics + NUM, like PADT's و + ١٨.
NUMBER_ROWS = [
    ("بسعر بين 14 دينارا و18 دينارا.", "و18", "و", "18"),
    ("ارتفع الإنتاج بـ3 بالمائة", "بـ3", "ب", "3"),
    ("بلغ 12 مليونا وب12.18 دينارا", "وب12.18", "و+ب", "12.18"),
    ("تأسس بين عامي ٢٠١٥ و٢٠١٦", "و٢٠١٦", "و", "٢٠١٦"),
]


@pytest.mark.parametrize(("text", "token", "proclitics", "lemma"), NUMBER_ROWS)
def test_a_number_onto_proclitics_is_clitics_plus_num(text: str, token: str, proclitics: str, lemma: str) -> None:
    table = analyze_morphology_ar(text)
    row = table.loc[table["token"] == token].iloc[0]
    assert (row["proclitics"], row["lemma"], row["pos"], row["pos_coarse"], row["enclitics"]) == (proclitics, lemma, NUMBER_POS, "NUM", "")
    assert row["analyzed"] and text[row["start"]:row["end"]] == token
    assert number_reading_ar(token).lemma == lemma


@pytest.mark.parametrize("word", ["18", "الـ10", "س17", "كوفيد19", "وزير", "و"])
def test_no_number_reading(word: str) -> None:
    assert number_reading_ar(word) is None


def test_the_word_after_a_number_onto_wa_is_counted() -> None:
    # دينارا و18 دينارا: the second دينارا follows a number, not the first دينارا: a noun
    table = analyze_morphology_ar("يتراوح سعره بين 14 دينارا و18 دينارا.")
    assert table["token"].tolist()[-3:] == ["دينارا", "و18", "دينارا"]
    assert table["pos_coarse"].tolist()[-3:] == ["NOUN", "NUM", "NOUN"]


def test_digits_onto_other_letters_are_no_row() -> None:
    table = analyze_morphology_ar("وصل يوم 17جوان بعد 3أيام")
    assert table["token"].tolist() == ["وصل", "يوم", "جوان", "بعد", "أيام"]
    assert table.loc[table["token"] == "أيام", "pos_coarse"].tolist() == ["NOUN"]
