"""من "from" or "who", رغم preposition or noun (readings and sentences written for the tests)."""

from __future__ import annotations

import pytest

from helpers.morphology import analyze_morphology_ar
from helpers.morphology.base import WordAnalysis as W
from helpers.morphology.function_words import noun_after_preposition, who_before_verb

MIN = W("", "مِنْ", pos="closed-class/ADP", pos_coarse="ADP")
FI = W("", "فِي", pos="closed-class/ADP", pos_coarse="ADP")
YURID = W("", "أَرَادَ", root="رود", pos="فعل/مضارع", pos_coarse="VERB")
ARADA = W("", "أَرَادَ", root="رود", pos="فعل/ماض", pos_coarse="VERB")
IRADA = W("", "إِرَادَة", root="رود", pos="اسم/مصدر أصلي", pos_coarse="NOUN")


@pytest.mark.parametrize(
    ("previous", "reading", "form", "options", "analyses", "who"),
    [
        (MIN, YURID, "يريد", (YURID,), None, True),  # هناك من يريد: "who"
        (FI, YURID, "يريد", (YURID,), None, False),  # another preposition
        (MIN, ARADA, "أراد", (ARADA,), None, False),  # a perfect: not this rule
        (MIN, YURID, "يريد", (YURID, IRADA), None, False),  # a noun reading: the preposition takes it
        (MIN, YURID, "يريد", (YURID,), (IRADA,), False),  # a noun the corpus narrowed away counts too
        (MIN, YURID, "أريد", (YURID,), None, False),  # a form in أ: من أهم, an elative the analyzer lacks
        (MIN, YURID, None, (YURID,), None, True),  # no form: the spelling is not checked
    ],
)
def test_who_before_verb(previous: W, reading: W, form: str | None, options: tuple[W, ...], analyses: tuple[W, ...] | None, who: bool) -> None:
    found = who_before_verb(previous, reading, form=form, options=options, analyses=analyses)
    assert (found is not None) is who
    if who:
        assert found is not None and found.lemma == "مَنْ" and found.pos_coarse == "PRON"


RAGHMA = W("", "رَغْمَ", pos="closed-class/ADP", pos_coarse="ADP")


@pytest.mark.parametrize(
    ("previous", "expected"),
    [
        (W("", "عَلَى", pos="closed-class/ADP", pos_coarse="ADP"), "NOUN"),  # على رغم
        (W("", "عَلَى", pos="closed-class/ADP", pos_coarse="ADP", proclitics=("و",)), "NOUN"),  # وعلى رغم
        (W("", "عَلَى", pos="closed-class/ADP", pos_coarse="ADP", enclitics=("ه",)), None),  # a pronoun of its own
        (W("", "ظَرْف", pos="اسم/اسم جامد", pos_coarse="NOUN"), None),  # not a preposition
    ],
)
def test_raghma_after_a_preposition(previous: W, expected: str | None) -> None:
    found = noun_after_preposition(RAGHMA, previous)
    assert (found.pos_coarse if found else None) == expected


# sentence, word, its part of speech in context, what the row shows
CASES = [
    ("هناك من يريد تأجيل الانتخابات", "من", "PRON", "who, before a verb"),
    ("عاد الوزير من العاصمة", "من", "ADP", "from"),
    ("يتسع الميناء لأكثر من يخت", "من", "ADP", "اليخت: a noun the analyzer lacks"),
    ("وكل من ستكشف عنه الأبحاث سيحاسب", "من", "PRON", "a verb with a clitic"),
    ("ورغم الظروف الصعبة نجح المشروع", "ورغم", "ADP", "despite"),
    ("وعلى رغم الظروف الصعبة نجح المشروع", "رغم", "NOUN", "على رغم: the noun, as in على الرغم"),
]


@pytest.mark.parametrize(("text", "word", "expected", "why"), CASES, ids=[f"{c[1]}:{c[3]}" for c in CASES])
def test_function_words_in_context(text: str, word: str, expected: str, why: str) -> None:
    table = analyze_morphology_ar(text)
    assert table.loc[table["token"] == word, "pos_coarse"].tolist() == [expected], why


BAAD = W("", "بَعْدَ", pos="closed-class/ADP", pos_coarse="ADP")


@pytest.mark.parametrize(
    ("preposition", "expected"),
    [("عَلَى", "NOUN"), ("عَنْ", "NOUN"), ("إِلَى", None), ("مِنْ", None), ("حَتَّى", None)],
)
def test_baad_after_a_preposition(preposition: str, expected: str | None) -> None:
    """على بعد, عن بعد: the noun بُعْد "distance"; إلى بعد "until after", من بعد keep the preposition."""
    found = noun_after_preposition(BAAD, W("", preposition, pos="closed-class/ADP", pos_coarse="ADP"))
    assert (found.pos_coarse if found else None) == expected
    if found:
        assert found.lemma == "بُعْد"


SEVENTH = [
    ("تقع القرية على بعد عشرين كيلومترا من المدينة", "بعد", "NOUN", "على بعد: distance"),
    ("يتم التحكم في الطائرة عن بعد", "بعد", "NOUN", "عن بعد: remotely"),
    ("رفض الإدلاء بأي تصريح إلى بعد الاجتماع", "بعد", "ADP", "إلى بعد: until after"),
    ("عاد الوفد بعد الاجتماع", "بعد", "ADP", "after"),
]


@pytest.mark.parametrize(("text", "word", "expected", "why"), SEVENTH, ids=[f"{c[1]}:{c[3]}" for c in SEVENTH])
def test_baad_in_context(text: str, word: str, expected: str, why: str) -> None:
    table = analyze_morphology_ar(text)
    assert table.loc[table["token"] == word, "pos_coarse"].tolist() == [expected], why
