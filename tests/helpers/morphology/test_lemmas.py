"""The kit's lemma convention: masculine adjectives, feminine nouns of their own, defective ي."""

from __future__ import annotations

import pytest

from helpers.morphology import analyze_morphology_ar
from helpers.morphology.base import WordAnalysis as W
from helpers.morphology.lemmas import citation_lemma_ar

KNOWN = {"مُشْكِلَة", "لَيْلَة", "قَاضِي"}.__contains__


# reading, host (written word without clitics), known_lemma, expected lemma
CASES = [
    # adjectives cite the masculine singular; an elative in فُعْلَى its أَفْعَل
    (W("", "مَاضِيَة", pos="اسم/اسم فاعل", pos_coarse="ADJ"), "الماضية", None, "مَاضِي"),
    (W("", "أُخْرَى", pos="اسم/اسم جامد", pos_coarse="ADJ"), "أخرى", None, "آخَر"),
    (W("", "كُبْرَى", pos="اسم/اسم جامد", pos_coarse="ADJ"), "الكبرى", None, "أَكْبَر"),
    # a verbal or primitive noun the context made an adjective keeps its own ة
    (W("", "مُسَاعَدَة", pos="اسم/مصدر أصلي", pos_coarse="ADJ"), "مساعدة", None, "مُسَاعَدَة"),
    (W("", "طَائِرَة", pos="اسم/اسم جامد", pos_coarse="ADJ"), "طائرة", None, "طَائِرَة"),
    # a feminine noun is its own lemma when the corpus cites it so ...
    (W("", "مُشْكِل", pos="اسم/اسم فاعل", pos_coarse="NOUN"), "المشكلة", KNOWN, "مُشْكِلَة"),
    (W("", "لَيْل", pos="اسم/اسم جامد", pos_coarse="NOUN", enclitics=("ه",)), "ليلت", KNOWN, "لَيْلَة"),
    # ... not an adjective used as a predicate (the corpus cites only قَادِر)
    (W("", "قَادِر", pos="اسم/اسم فاعل", pos_coarse="NOUN"), "قادرة", KNOWN, "قَادِر"),
    # without a corpus the rule alone decides
    (W("", "قَادِر", pos="اسم/اسم فاعل", pos_coarse="NOUN"), "قادرة", None, "قَادِرَة"),
    # a plural in ات keeps the lemma it has: masculine nouns take ات too (قرارات: قَرَار)
    (W("", "قَرَار", pos="اسم/مصدر أصلي", pos_coarse="NOUN"), "القرارات", {"قَرَارَة"}.__contains__, "قَرَار"),
    # a masculine noun written without ة is left alone
    (W("", "كِتَاب", pos="اسم/اسم جامد", pos_coarse="NOUN"), "الكتاب", KNOWN, "كِتَاب"),
    # defective participles keep their final ي, as the corpus cites them
    (W("", "قَاض", root="قضي", pattern="فَاعِل", pos_coarse="NOUN"), "قاض", KNOWN, "قَاضِي"),
    (W("", "رَام", root="رمي", pattern="فَاعِل", pos_coarse="NOUN"), "رام", KNOWN, "رَام"),
    (W("", "قَاض", root="قضي", pattern="فَاعِل", pos_coarse="NOUN"), "القاضي", None, "قَاضِي"),
    # a sound final radical is not defective (كاتب: root كتب)
    (W("", "كَاتِب", root="كتب", pattern="فَاعِل", pos_coarse="NOUN"), "كاتب", None, "كَاتِب"),
    # verbs and names are cited as the analyzer cites them
    (W("", "نَاقَشَ", root="نقش", pos_coarse="VERB"), "ناقشت", KNOWN, "نَاقَشَ"),
    (W("", "مُحَمَّد", pos_coarse="PROPN"), "محمد", KNOWN, "مُحَمَّد"),
]


@pytest.mark.parametrize(("reading", "host", "known", "lemma"), CASES)
def test_citation_lemma(reading: W, host: str, known, lemma: str) -> None:
    assert citation_lemma_ar(reading, host, known_lemma=known).lemma == lemma


def test_unchanged_reading_is_returned_as_is() -> None:
    reading = W("", "كِتَاب", pos_coarse="NOUN")
    assert citation_lemma_ar(reading, "كتاب") is reading


# sentences written for this test: word, lemma the table cites
IN_TEXT = [
    ("وصل الوفد إلى العاصمة في زيارة أخرى", "أخرى", "آخَر"),
    ("قال القاضي إن القوات المسلحة قادرة على حماية المنطقة", "القاضي", "قَاضِي"),
    ("قال القاضي إن القوات المسلحة قادرة على حماية المنطقة", "قادرة", "قَادِر"),
    ("عقدت اللجنة جلسة طويلة في الليلة نفسها", "الليلة", "لَيْلَة"),
    ("تحدث الوزير عن المشكلة في جلسة طويلة", "المشكلة", "مُشْكِلَة"),
]


@pytest.mark.parametrize(("text", "word", "lemma"), IN_TEXT)
def test_table_cites_by_the_convention(text: str, word: str, lemma: str) -> None:
    table = analyze_morphology_ar(text)
    assert table.loc[table.token == word, "lemma"].tolist() == [lemma]
