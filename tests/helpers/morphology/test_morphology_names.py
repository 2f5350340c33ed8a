"""Name or common word from the neighbouring words (constructed readings and sentences written for the tests)."""

from __future__ import annotations

import pytest

from helpers.morphology import analyze_morphology_ar
from helpers.morphology.base import WordAnalysis as W
from helpers.morphology.names import NAME_AFTER_BIN, names_in_sequence

FI = W("فِي", "فِي", pos="closed-class/ADP", pos_coarse="ADP")
SADDAM_N = W("", "صِدَام", root="صدم", pos="اسم/مصدر أصلي", pos_coarse="NOUN")
SADDAM_P = W("", "صَدَّام", pos="اسم/اسم علم", pos_coarse="PROPN")
HUSAYN = W("", "حُسَيْن", pos="اسم/اسم علم", pos_coarse="PROPN")
WAZIR_N = W("", "وَزِير", root="وزر", pos="اسم/اسم جامد", pos_coarse="NOUN")
WAZIR_P = W("", "وَزِير", pos="اسم/اسم علم", pos_coarse="PROPN")
MISR = W("", "مِصْر", pos="اسم/اسم علم", pos_coarse="PROPN")
WASALA = W("", "وَصَلَ", root="وصل", pos="فعل/ماض", pos_coarse="VERB")
WASL_P = W("", "وَصْل", pos="اسم/اسم علم", pos_coarse="PROPN")
LI_HUSAYN = W("", "حُسَيْن", pos="اسم/اسم علم", pos_coarse="PROPN", proclitics=("ل",))
GUESS = W("بولتيكا", "بولتيكا", pos="guess", pos_coarse="PROPN")
MUFIDA_A = W("", "مُفِيد", root="فيد", pos="اسم/اسم فاعل", pos_coarse="ADJ")
MUFIDA_P = W("", "مُفِيدَة", pos="اسم/اسم علم", pos_coarse="PROPN")
AHAD_N = W("", "أَحَد", root="أحد", pos="اسم/اسم جامد", pos_coarse="NOUN")
AHAD_P = W("", "أَحَد", pos="اسم/اسم علم", pos_coarse="PROPN")
AL_BUNUK = W("", "بَنْك", root="بنك", pos="اسم/اسم جامد", pos_coarse="NOUN", proclitics=("ال",))
MUHAMMAD = W("", "مُحَمَّد", pos="اسم/اسم علم", pos_coarse="PROPN")
NAJI_A = W("", "نَاجِي", root="نجو", pos="اسم/اسم فاعل", pos_coarse="ADJ")
NAJI_P = W("", "نَاجِي", pos="اسم/اسم علم", pos_coarse="PROPN")
AL_ATARI = W("", "عِطْرِيّ", root="عطر", pos="اسم/نسبة", pos_coarse="NOUN", proclitics=("ال",))


@pytest.mark.parametrize(
    ("readings", "analyses", "forms", "expected"),
    [
        ([SADDAM_N, HUSAYN], [(SADDAM_N, SADDAM_P), (HUSAYN,)], ["صدام", "حسين"], ["PROPN", "PROPN"]),  # before a name
        ([HUSAYN, SADDAM_N], [(HUSAYN,), (SADDAM_N, SADDAM_P)], ["حسين", "صدام"], ["PROPN", "PROPN"]),  # after a name
        ([SADDAM_N], [(SADDAM_N, SADDAM_P)], ["صدام"], ["NOUN"]),  # alone: the common word
        ([WAZIR_N, MISR], [(WAZIR_N, WAZIR_P), (MISR,)], ["وزير", "مصر"], ["NOUN", "PROPN"]),  # a noun in news: construct
        ([WASALA, HUSAYN], [(WASALA, WASL_P), (HUSAYN,)], ["وصل", "حسين"], ["VERB", "PROPN"]),  # a verb before its subject
        # a proclitic opens a new phrase: تصريحات سابقة لسفيان
        ([SADDAM_N, LI_HUSAYN], [(SADDAM_N, SADDAM_P), (LI_HUSAYN,)], ["صدام", "لحسين"], ["NOUN", "PROPN"]),
        ([SADDAM_N, GUESS], [(SADDAM_N, SADDAM_P), ()], ["صدام", "بولتيكا"], ["NOUN", "PROPN"]),  # a guessed word is no evidence
        ([MISR, MUFIDA_A], [(MISR,), (MUFIDA_A, MUFIDA_P)], ["مصر", "مفيدة"], ["PROPN", "ADJ"]),  # a word in ة after a name: its predicate
        # eighth pass: a name heads no construct; the word before a common noun with the article is its head
        ([MISR, AHAD_N, AL_BUNUK], [(MISR,), (AHAD_N, AHAD_P), (AL_BUNUK,)], ["مصر", "أحد", "البنوك"], ["PROPN", "NOUN", "NOUN"]),
        ([MISR, AHAD_N], [(MISR,), (AHAD_N, AHAD_P)], ["مصر", "أحد"], ["PROPN", "PROPN"]),  # no genitive: the next part of the name
        # a family name with the article (no share as a noun in news prose) is no genitive
        ([MUHAMMAD, NAJI_A, AL_ATARI], [(MUHAMMAD,), (NAJI_A, NAJI_P), (AL_ATARI,)], ["محمد", "ناجي", "العطري"], ["PROPN", "PROPN", "NOUN"]),
    ],
)
def test_names_in_sequence(readings: list[W], analyses: list[tuple[W, ...]], forms: list[str], expected: list[str]) -> None:
    assert [a.pos_coarse for a in names_in_sequence(readings, analyses, forms)] == expected


def test_a_name_takes_the_root_of_its_homograph() -> None:
    out = names_in_sequence([SADDAM_N, HUSAYN], [(SADDAM_N, SADDAM_P), (HUSAYN,)], ["صدام", "حسين"])
    assert (out[0].lemma, out[0].root) == ("صَدَّام", "صدم")


def test_the_word_after_bin_is_a_name() -> None:
    """عبد الله بن علي: in the table, علي after بن is the name as written, not the preposition على."""
    table = analyze_morphology_ar("زار عبد الله بن علي المدينة")
    row = table[table.token == "علي"].iloc[0]
    assert (row.lemma, row.pos, row.pos_coarse, row.repair) == ("علي", NAME_AFTER_BIN, "PROPN", "")
    assert table.loc[table.token == "بن", ["lemma", "pos_coarse"]].values.tolist() == [["اِبْن", "PROPN"]]
    plain = analyze_morphology_ar("وضع الكتاب علي الطاولة")  # no بن: the common misspelling of على
    assert plain.loc[plain.token == "علي", "pos_coarse"].tolist() == ["ADP"]


IN_TEXT_NAMES = [
    ("قال الرئيس العراقي صدام حسين إن الحوار مستمر", "صدام", "PROPN"),
    ("وقال الرئيس حسني مبارك إن الاتفاق مهم", "مبارك", "PROPN"),
    ("وقال وزير مصر إن الاتفاق مهم", "وزير", "NOUN"),
    ("وصل عمرو موسى إلى المدينة", "وصل", "VERB"),
    ("وأعلن بنك مصر أحد البنوك العامة أرباحه", "أحد", "NOUN"),  # a construct head after a name
    ("وقال محمد ناجي العطري رئيس الحكومة", "ناجي", "PROPN"),  # before a family name with the article
    ("وعرض فيلم بنيامين باتن أمس", "باتن", "PROPN"),  # only an imperative, next to a name
    ("أعلن ذلك في موسكو إف ب", "إف", "PROPN"),  # a letter spelt out after a name
    ("وعرض فيلم باتن أمس", "باتن", "VERB"),  # no name beside it: the imperative stays
    ("وفي موسكو برهن رئيس الوزراء على قدرته", "برهن", "VERB"),  # also a perfect: the verb stays
    # a name in ا after an indefinite accusative noun: the relative adjective agreeing with it
    ("استقبل الوزير وفدا روسيا في مكتبه", "روسيا", "ADJ"),
    ("واعتقلت الشرطة رجلا تركيا في المدينة", "تركيا", "ADJ"),
    ("أرسلت الحكومة جنديا إلى بريطانيا", "بريطانيا", "PROPN"),  # after a preposition: the country
    ("وقد زار مؤخرا سوريا وفد كبير", "سوريا", "PROPN"),  # after an adverbial accusative: the country
    ("وزار الوفد بريطانيا أمس", "بريطانيا", "PROPN"),  # after a noun with the article: the object
]


@pytest.mark.parametrize(("text", "word", "coarse"), IN_TEXT_NAMES)
def test_table_names_in_sequence(text: str, word: str, coarse: str) -> None:
    table = analyze_morphology_ar(text)
    assert table.loc[table.token == word, "pos_coarse"].tolist() == [coarse]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("قال عبد العزيز إن الحوار مستمر", [("عبد", "عبد"), ("العزيز", "العزيز")]),  # a compound name, article kept
        ("زار أبو مازن المدينة", [("أبو", "أبو"), ("مازن", "مَازِن")]),  # a kunya
    ],
)
def test_compound_names_with_abd_and_abu(text: str, names: list[tuple[str, str]]) -> None:
    table = analyze_morphology_ar(text)
    for token, lemma in names:
        row = table[table.token == token].iloc[0]
        assert (row.lemma, row.pos_coarse) == (lemma, "PROPN")


def test_abd_before_a_function_word_is_left_alone() -> None:
    """عبد before a preposition opens no name (a constructed reading: عبد then في)."""
    abd = W("", "عَبْد", root="عبد", pos="اسم/اسم جامد", pos_coarse="NOUN")
    out = names_in_sequence([abd, FI], [(abd,), ()], ["عبد", "في"])
    assert out == [abd, FI]
