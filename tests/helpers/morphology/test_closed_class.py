"""The closed-class table: the file's form, readings with clitics, and the أن family in context."""

from __future__ import annotations

import pytest

from helpers.morphology import analyze_morphology_ar
from helpers.morphology.base import WordAnalysis
from helpers.morphology.closed_class import choose_an_reading_ar, closed_class_frame_ar, closed_class_readings_ar, is_closed_class_ar
from helpers.morphology.upos import UPOS_TAGS


def test_file_form() -> None:
    frame = closed_class_frame_ar()
    assert list(frame.columns) == ["word", "lemma", "upos", "root", "gloss", "attach"]
    assert frame["word"].is_unique and len(frame) > 150
    assert set(frame["upos"]) <= set(UPOS_TAGS)
    assert (frame["gloss"] != "").all() and (frame["lemma"] != "").all()
    assert not frame["word"].str.contains("[\u064b-\u0650]").any(), "no vowel marks in the word column"


# written word, lemma, UPOS (as pos_coarse), proclitics, enclitics
READINGS = [
    ("لكن", "لَكِنَّ", "CCONJ", (), ()),
    ("ولكنه", "لَكِنَّ", "CCONJ", ("و",), ("ه",)),
    ("كما", "كَمَا", "SCONJ", (), ()),
    ("فقط", "فَقَط", "ADV", (), ()),
    ("أيضا", "أَيْضًا", "ADV", (), ()),
    ("بعد", "بَعْدَ", "ADP", (), ()),
    ("عليهم", "عَلَى", "ADP", (), ("هم",)),
    ("إليها", "إِلَى", "ADP", (), ("ها",)),
    ("مني", "مِنْ", "ADP", (), ("ي",)),
    ("له", "لِ", "ADP", (), ("ه",)),
    ("بها", "بِ", "ADP", (), ("ها",)),
    ("لأنها", "لِأَنَّ", "SCONJ", (), ("ها",)),
    ("أولئك", "ذَلِكَ", "PRON", (), ()),
    ("التي", "الَّذِي", "PRON", (), ()),
    ("بهذه", "هَذَا", "PRON", ("ب",), ()),
    ("للثلاثة", "ثَلَاثَة", "NUM", ("ل", "ال"), ()),
    # personal pronouns: the masculine singular of their person; أنا and نحن are two words
    ("وهي", "هُوَ", "PRON", ("و",), ()),
    ("هم", "هُوَ", "PRON", (), ()),
    ("هما", "هُوَ", "PRON", (), ()),
    ("أنتم", "أَنْتَ", "PRON", (), ()),
    ("نحن", "نَحْنُ", "PRON", (), ()),
    ("أنا", "أَنَا", "PRON", (), ()),
    # الاثنين with the article is Monday; the bare word the numeral
    ("الاثنين", "اِثْنَان", "NOUN", ("ال",), ()),
    ("اثنين", "اِثْنَان", "NUM", (), ()),
    ("ورغم", "رَغْمَ", "ADP", ("و",), ()),
    ("حسبما", "حَسْبَمَا", "SCONJ", (), ()),
    ("مثلما", "مِثْلَمَا", "SCONJ", (), ()),
    # نحو "about" takes ب and ل as حوالي does (بنحو مليون, لنحو عام)
    ("بنحو", "نَحْوَ", "ADP", ("ب",), ()),
    ("لنحو", "نَحْوَ", "ADP", ("ل",), ()),
]


@pytest.mark.parametrize(("word", "lemma", "pos", "proclitics", "enclitics"), READINGS, ids=[r[0] for r in READINGS])
def test_first_reading(word: str, lemma: str, pos: str, proclitics: tuple, enclitics: tuple) -> None:
    first = closed_class_readings_ar(word)[0]
    assert (first.lemma, first.pos_coarse, first.proclitics, first.enclitics) == (lemma, pos, proclitics, enclitics)


@pytest.mark.parametrize("word", ["كان", "بان", "كتاب", "لندن", "الحكومة", "ب", "ل", ""])
def test_not_in_the_table(word: str) -> None:
    assert not is_closed_class_ar(word) and closed_class_readings_ar(word) == ()


# sentence, the word of the أن family, its lemma in context
AN = [
    ("قال الوزير إن المفاوضات مستمرة", "إن", "إِنَّ"),
    ("قال إنه سيحضر", "إنه", "إِنَّ"),
    ("إن الحكومة مستمرة", "إن", "إِنَّ"),
    ("أكد أن الحكومة مستمرة", "أن", "أَنَّ"),
    ("يريد أن يكون رئيسا", "أن", "أَنْ"),
    ("وأضاف ان المفاوضات مستمرة", "ان", "أَنَّ"),
    ("وقالت ان المفاوضات مستمرة", "ان", "إِنَّ"),
    ("سيحضر إن كان ذلك ممكنا", "إن", "إِنْ"),
    # after a preposition of time أنْ, though the next word can also be read as a noun (عَرْض)
    ("وذلك بعد أن عرض المستثمرون خطتهم", "أن", "أَنْ"),
    ("غادر قبل أن نشر التقرير", "أن", "أَنْ"),
    ("أشار إلى أن الحكومة مستمرة", "أن", "أَنَّ"),
]


@pytest.mark.parametrize(("text", "word", "lemma"), AN, ids=[a[0] for a in AN])
def test_an_family_in_context(text: str, word: str, lemma: str) -> None:
    table = analyze_morphology_ar(text)
    row = table[table["token"] == word].iloc[0]
    assert row.lemma == lemma and row.pos_coarse == "SCONJ"


def test_hamza_less_spelling_is_recorded_as_a_repair() -> None:
    table = analyze_morphology_ar("وصل الوفد الى بغداد")
    row = table[table["token"] == "الى"].iloc[0]
    assert (row.repair, row.normalized, row.lemma) == ("إلى", "إلى", "إِلَى")
    as_written = analyze_morphology_ar("وصل الوفد الى بغداد", repair=False)
    assert as_written[as_written["token"] == "الى"].iloc[0].repair == ""


@pytest.mark.parametrize(("text", "word"), [("بعد الاجتماع", "بعد"), ("كما قال", "كما"), ("لكن الوزير", "لكن")])
def test_frequent_function_words_are_not_split(text: str, word: str) -> None:
    row = analyze_morphology_ar(text).iloc[0]
    assert row.token == word and row.proclitics == "" and row.enclitics == ""


@pytest.mark.parametrize(
    ("word", "previous", "coarse"),
    [
        ("فإن", ["وبالتالي"], "PART"),  # فإنّ: the emphatic particle heading the answering clause
        ("فإنه", ["ومن", "ثم"], "PART"),  # with its subject as a pronoun
        ("إن", ["وقال", "الوزير"], "SCONJ"),  # the complement clause of قال
        ("أن", ["وأكد"], "SCONJ"),  # أنّ is not concerned
    ],
)
def test_inna_after_fa_is_the_emphatic_particle(word: str, previous: list[str], coarse: str) -> None:
    noun = WordAnalysis("", "حُكُومَة", pos_coarse="NOUN", proclitics=("ال",))
    reading = choose_an_reading_ar(closed_class_readings_ar(word), previous=previous, following=(noun,))
    assert reading.pos_coarse == coarse


# sentences written for this test
@pytest.mark.parametrize(
    ("text", "word", "coarse"),
    [
        ("ارتفعت الأسعار وبالتالي فإن الطلب تراجع", "فإن", "PART"),
        ("وقال الوزير إن الطلب تراجع", "إن", "SCONJ"),
        ("وما زال الملف مفتوحا", "وما", "PART"),  # ما before زال: the negation
        ("وهذا ما قاله الوزير", "ما", "PRON"),  # the relative "what"
    ],
)
def test_table_inna_after_fa(text: str, word: str, coarse: str) -> None:
    table = analyze_morphology_ar(text)
    assert table.loc[table.token == word, "pos_coarse"].tolist() == [coarse]
