"""A word's readings out of context: corpus lemma counts, segmentation prior, name use."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from helpers.morphology import AnalysisCache, get_backend
from helpers.morphology.base import WordAnalysis as W
from helpers.morphology.readings import (
    CORPUS_MIN_COUNT,
    by_corpus_lemma,
    by_name_use,
    inflects_as_common,
    with_we_past_na,
    without_passive_object_na,
    word_options,
    written_as_common,
)


class _Counts:
    """A backend stand-in whose corpus gave each form the counts below."""

    name = "counts-only"

    def __init__(self, counts: Mapping[str, Mapping[str, float]]) -> None:
        self._counts = counts

    def lemma_counts(self, form: str) -> Mapping[str, float]:
        return self._counts.get(form, {})

    def analyze(self, word: str) -> list[W]:  # pragma: no cover - not reached by these cases
        return []


NOUN = W("", "حَالَة", root="حول", pos_coarse="NOUN")
OTHER = W("", "حَال", root="حول", pos_coarse="NOUN")
VOWELS = W("", "مُسْتَوَى", root="سوو", pos_coarse="NOUN")
ADJ = W("", "حَال", root="حول", pos_coarse="ADJ")
NOUN_OF_ADJ = W("", "حَالَة", root="حول", pos_coarse="NOUN")


@pytest.mark.parametrize(
    ("counts", "readings", "kept", "evidence"),
    [
        # one lemma has nearly all the form's uses: only its readings are kept
        ({"حَالَة": 95.0, "حَال": 5.0}, [OTHER, NOUN], [NOUN], "decided"),
        # two lemmas share the uses: both attested readings stay, the context chooses
        ({"حَالَة": 60.0, "حَال": 40.0}, [OTHER, NOUN], [OTHER, NOUN], "attested"),
        # too few uses to decide anything
        ({"حَالَة": float(CORPUS_MIN_COUNT - 1)}, [OTHER, NOUN], [OTHER, NOUN], "none"),
        # the corpus's lemma differs only in its vowels (tanwin): still the same word
        ({"مُسْتَوًى": 50.0}, [VOWELS], [VOWELS], "decided"),
        # the corpus cites the feminine noun of the analyzer's adjective: that noun
        ({"حَالَة": 50.0}, [ADJ], [NOUN_OF_ADJ], "decided"),
    ],
)
def test_by_corpus_lemma(counts: dict, readings: list[W], kept: list[W], evidence: str) -> None:
    engine = _Counts({"حالة": counts, "مستوى": counts})
    form = "مستوى" if readings == [VOWELS] else "حالة"
    assert by_corpus_lemma(engine, form, readings, AnalysisCache()) == (kept, evidence)


def test_backend_without_counts_is_unchanged() -> None:
    class Plain:
        name = "plain"

    assert by_corpus_lemma(Plain(), "حالة", [OTHER, NOUN], AnalysisCache()) == ([OTHER, NOUN], "none")  # type: ignore[arg-type]


WAZIR_NAME = W("", "وَزِير", pos_coarse="PROPN")
WAZIR_NOUN = W("", "وَزِير", root="وزر", pos_coarse="NOUN")
MUHAMMAD_NAME = W("", "مُحَمَّد", pos_coarse="PROPN")
MUHAMMAD_NOUN = W("", "مُحَمَّد", root="حمد", pos_coarse="ADJ")


@pytest.mark.parametrize(
    ("form", "readings", "coarse"),
    [
        ("وزير", [WAZIR_NAME, WAZIR_NOUN], ["NOUN"]),  # الوزير is common: a common noun
        ("محمد", [MUHAMMAD_NAME, MUHAMMAD_NOUN], ["PROPN"]),  # المحمد is rare: a name
    ],
)
def test_by_name_use(form: str, readings: list[W], coarse: list[str]) -> None:
    assert [a.pos_coarse for a in by_name_use(form, readings)] == coarse


@pytest.fixture(scope="module")
def farahidi():
    return get_backend("farahidi")


# form, (lemma, coarse tag) every option has
OPTIONS = [
    ("حسين", ("حُسَيْن", "PROPN")),  # the name, not the verb "they (f.) sipped"
    ("البلاد", ("بَلَد", "NOUN")),  # a broken plural under the singular the corpus gives it
    ("يجب", ("وَجَبَ", "VERB")),
    ("الوزير", ("وَزِير", "NOUN")),
    ("دولار", ("دُولَار", "NOUN")),  # listed as a name; inflected as a common noun (دولارات)
    ("واشنطن", ("وَاشِنْطُن", "PROPN")),  # a name only, never inflected as a common noun (الواشنطن is no evidence)
    ("الله", ("الله", "PROPN")),  # its ال is the name's own, not the article
    ("طريفة", ("طَرِيفَة", "NOUN")),  # a name only, but written with the article a quarter as often: the adjective
    ("كاميرات", ("كَامِيرَا", "NOUN")),  # a name only, but with a plural ending names do not take
    ("لله", ("الله", "PROPN")),
    ("مصداقية", ("مِصْدَاقِيَّة", "NOUN")),  # the corpus's feminine noun, not the adjective مِصْدَاقِيّ nor a name
    # a lemma in ة the analyzer lists only as a name, inflected by its corpus as a common noun
    ("مسيرة", ("مَسِيرَة", "NOUN")),  # مسيرات
    ("هزيمة", ("هَزِيمَة", "NOUN")),  # هزائم aside, هزيمتين
    ("منظومة", ("مَنْظُومَة", "NOUN")),
    ("فاطمة", ("فَاطِمَة", "PROPN")),  # a name in ة: no plural, no dual
]


@pytest.mark.parametrize(
    ("lemma", "common"),
    [("مَسِيرَة", True), ("دُولَار", True), ("فَاطِمَة", False), ("حُسَيْن", False)],
)
def test_inflects_as_common(farahidi, lemma: str, common: bool) -> None:
    """A lemma in ة is looked for in its plural and dual without the ة (مسيرات, not مسيرةات)."""
    assert inflects_as_common(farahidi, lemma) is common


@pytest.mark.parametrize(("form", "expected"), OPTIONS)
def test_word_options(farahidi, form: str, expected: tuple[str, str]) -> None:
    cache = AnalysisCache()
    options = word_options(farahidi, form, cache.analyses(farahidi, form), cache)
    assert options and {(a.lemma, a.pos_coarse) for a in options} == {expected}


def test_analyzer_reading_kept_when_its_vowels_differ(farahidi) -> None:
    """المستوى: the corpus cites مُسْتَوًى, the analyzer مُسْتَوًى or مُسْتَوَى; the analyzer's
    reading (with its root) is kept, not a rootless name made from the corpus's lemma."""
    cache = AnalysisCache()
    options = word_options(farahidi, "المستوى", cache.analyses(farahidi, "المستوى"), cache)
    assert options and all(a.root == "سوو" and a.pos_coarse != "PROPN" for a in options)


def test_broken_plural_keeps_its_own_pattern(farahidi) -> None:
    """البلاد: cited under بَلَد, with the pattern of the plural the corpus attests (فِعَال), not
    that of the intensive بَلَّاد (فَعَّال) the analyzer also lists."""
    cache = AnalysisCache()
    options = word_options(farahidi, "البلاد", cache.analyses(farahidi, "البلاد"), cache)
    assert {(a.lemma, a.pattern) for a in options} == {("بَلَد", "فِعَال")}


@pytest.mark.parametrize("form", ["د", "ر", "ص", "م"])
def test_one_letter_words_are_abbreviations(farahidi, form: str) -> None:
    """د (دكتور), م (متر): no imperative of a weak verb (رَ "see!"); the table guesses them."""
    cache = AnalysisCache()
    assert word_options(farahidi, form, cache.analyses(farahidi, form), cache) == ()


def test_one_letter_abbreviation_in_a_table() -> None:
    from helpers.morphology import analyze_morphology_ar

    table = analyze_morphology_ar("قال إن المسافة ٥ م فقط و ب الجملة")
    row = table[table.token == "م"].iloc[0]
    assert (row.pos, row.pos_coarse, bool(row.analyzed)) == ("guess", "X", False)
    assert (table[table.token.isin(["و", "ب"])].pos != "guess").all()  # particles typed apart stay particles


@pytest.mark.parametrize(
    ("form", "bare", "common"),
    [
        ("البورصة", "بورصة", True),  # written without the article more often than with it
        ("التعاطي", "تعاطي", True),
        ("السودان", "سودان", False),  # a name that keeps its article
        ("الكويت", "كويت", False),
        ("شارون", "شارون", False),  # without the article: no evidence this way
    ],
)
def test_written_as_common(form: str, bare: str, common: bool) -> None:
    assert written_as_common(form, bare) is common


def test_plural_in_at_under_the_corpus_masculine(farahidi) -> None:
    """التحديات: the corpus cites تَحَدِّي; the analyzer has only the feminine تَحَدِّيَة."""
    cache = AnalysisCache()
    options = word_options(farahidi, "التحديات", cache.analyses(farahidi, "التحديات"), cache)
    assert options and {a.lemma for a in options} == {"تَحَدِّي"}


@pytest.mark.parametrize(("form", "proclitics"), [("البنوك", ("ال",)), ("والبنوك", ("و", "ال")), ("للبنوك", ("ل", "ال"))])
def test_definite_plural_the_lexicon_lacks(farahidi, form: str, proclitics: tuple[str, ...]) -> None:
    """البنوك: the analyzer reads only ال + لَبَنَ + ك; its corpus cites the form under بَنْك, a noun it knows."""
    cache = AnalysisCache()
    options = word_options(farahidi, form, cache.analyses(farahidi, form), cache)
    assert [(a.lemma, a.root, a.pos_coarse, a.proclitics, a.enclitics) for a in options] == [("بَنْك", "بنك", "NOUN", proclitics, ())]


WE_RECEIVED = W("تَلَقَّيْنَا", "تَلَقَّى", pos_coarse="VERB", pos="past")
PASSIVE_US = W("تُلُقِّيَنَا", "تَلَقَّى", pos_coarse="VERB", pos="past", enclitics=("نا",))
SHE_THROWS_US = W("تُلْقِينَا", "أَلْقَى", pos_coarse="VERB", pos="imperfect", enclitics=("نا",))
HE_MET_US = W("لَقِيَنَا", "لَقِيَ", pos_coarse="VERB", pos="past", enclitics=("نا",))
WE_MET = W("لَقِينَا", "لَقِيَ", pos_coarse="VERB", pos="past")
WE_THREW = W("رَمَيْنَا", "رَمَى", pos_coarse="VERB", pos="past")
THROWN_US = W("رُمِيَنَا", "رَمَى", pos_coarse="VERB", pos="past", enclitics=("نا",))


@pytest.mark.parametrize(
    ("readings", "kept"),
    [
        # a past verb in ى: the passive with نا goes where the first person plural is there
        ([PASSIVE_US, WE_RECEIVED, SHE_THROWS_US], [WE_RECEIVED, SHE_THROWS_US]),
        ([THROWN_US, WE_THREW], [WE_THREW]),
        # no first person plural among the readings: nothing is dropped
        ([PASSIVE_US, SHE_THROWS_US], [PASSIVE_US, SHE_THROWS_US]),
        # a past verb in ي keeps its pronoun reading (لَقِيَنا "he met us")
        ([HE_MET_US, WE_MET], [HE_MET_US, WE_MET]),
        # the first person plural of another lemma does not drop this one's passive
        ([THROWN_US, WE_RECEIVED], [THROWN_US, WE_RECEIVED]),
        ([], []),
    ],
)
def test_without_passive_object_na(readings: list[W], kept: list[W]) -> None:
    assert without_passive_object_na(readings) == kept


@pytest.mark.parametrize(("word", "enclitics"), [("تلقينا", ""), ("رمينا", ""), ("اشترينا", ""), ("لدينا", "نا"), ("علينا", "نا")])
def test_first_person_plural_in_context(word: str, enclitics: str) -> None:
    from helpers.morphology.table import analyze_morphology_ar

    table = analyze_morphology_ar(f"قال الوزير إننا {word} الرسالة أمس.", cache=AnalysisCache())
    row = table[table["token"] == word].iloc[0]
    assert row["enclitics"] == enclitics


WE_GAVE = W("أَعْطَيْنَا", "أَعْطَى", pos_coarse="VERB", pos="فعل/ماض")
I_GIVE_US = W("أُعْطِينَا", "أَعْطَى", pos_coarse="VERB", pos="فعل/مضارع", enclitics=("نا",))
GIVE_US = W("أَعْطِينَا", "أَعْطَى", pos_coarse="VERB", pos="فعل/أمر", enclitics=("نا",))
SHE_RANSOMS_US = W("تُفَادِينَا", "فَادَى", pos_coarse="VERB", pos="فعل/مضارع", enclitics=("نا",))
WE_AVOIDED = W("تَفَادَيْنَا", "تَفَادَى", pos_coarse="VERB", pos="فعل/ماض")
OUR_ETERNITY = W("أَبَدُنَا", "أَبَد", pos_coarse="NOUN", pos="اسم/مصدر أصلي", enclitics=("نا",))


@pytest.mark.parametrize(
    ("readings", "found", "kept"),
    [
        # the first person imperfect and the imperative with نا go where "we gave" is found
        ([I_GIVE_US, GIVE_US, WE_GAVE], [I_GIVE_US, GIVE_US, WE_GAVE], [WE_GAVE]),
        # the we-reading the segmentation prior dropped is put back; another verb's third person stays
        ([SHE_RANSOMS_US], [SHE_RANSOMS_US, WE_AVOIDED], [SHE_RANSOMS_US, WE_AVOIDED]),
        # a noun with نا is left to the context
        ([OUR_ETERNITY, I_GIVE_US], [OUR_ETERNITY, I_GIVE_US, WE_GAVE], [OUR_ETERNITY, WE_GAVE]),
        # no we-reading found: nothing changes
        ([I_GIVE_US, GIVE_US], [I_GIVE_US, GIVE_US], [I_GIVE_US, GIVE_US]),
    ],
)
def test_with_we_past_na(readings: list[W], found: list[W], kept: list[W]) -> None:
    assert with_we_past_na(readings, found) == kept


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("وقال المدير إننا أعطينا الفريق فرصة أخرى", "أعطينا"),
        ("لقد أبدينا استعدادنا للحوار منذ البداية", "أبدينا"),
        ("ولو ادعينا غير ذلك لما صدقنا أحد", "ادعينا"),
    ],
)
def test_we_past_in_context(text: str, word: str) -> None:
    """"We gave, we showed, we claimed": the perfect without a pronoun, not "I give us" or "give (f.) us!"."""
    from helpers.morphology.table import analyze_morphology_ar

    row = analyze_morphology_ar(text, cache=AnalysisCache()).set_index("token").loc[word]
    assert (row["pos"], row["enclitics"]) == ("فعل/ماض", "")
