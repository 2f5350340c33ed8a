"""The embedded farahidi backend: expected analyses for a table of words, POS mapping, order, context."""

from __future__ import annotations

import unicodedata

import pytest
from camel_tools.utils.dediac import dediac_ar

from helpers.morphology import COARSE_POS, FarahidiBackend, MorphologyBackend, WordAnalysis
from helpers.morphology.farahidi_backend import coarse_pos


def canon(s: str) -> str:
    """Diacritics in canonical order (shadda + fatha may come in either order)."""
    return unicodedata.normalize("NFD", s)


@pytest.fixture(scope="module")
def backend() -> FarahidiBackend:
    return FarahidiBackend()


# word, root, pattern, lemma (without diacritics), coarse POS, proclitics, enclitics
WORDS = [
    ("الحوار", "حور", "فِعَال", "حوار", "NOUN", ("ال",), ()),
    ("المحورية", "حور", "مِفْعَلِيَّة", "محوري", "ADJ", ("ال",), ()),
    ("مفاوضات", "فوض", "مُفَاعَلَات", "مفاوضة", "NOUN", (), ()),
    ("استجابت", "جوب", "اسْتَفْعَلَتْ", "استجاب", "VERB", (), ()),
    ("تدريبية", "درب", "تَفْعِيلِيَّة", "تدريبي", "ADJ", (), ()),
    ("انسحاب", "سحب", "انْفِعَال", "انسحاب", "NOUN", (), ()),
    ("واستمرار", "مرر", "اسْتِفْعَال", "استمرار", "NOUN", ("و",), ()),
    ("مباحثاتهما", "بحث", "مُفَاعَلَات", "مباحثة", "NOUN", (), ("هما",)),
    ("يرتبطان", "ربط", "يَفْتَعِلَان", "ارتبط", "VERB", (), ()),
    ("المسلحة", "سلح", "مُفَعَّلَة", "مسلح", "ADJ", ("ال",), ()),
    ("الإدارة", "دور", "إِفْعَالَة", "إدارة", "NOUN", ("ال",), ()),
    ("مجلس", "جلس", "مَفْعِل", "مجلس", "NOUN", (), ()),
    ("كتاب", "كتب", "فِعَال", "كتاب", "NOUN", (), ()),
    ("يستكمل", "كمل", "يَسْتَفْعِل", "استكمل", "VERB", (), ()),
    ("للرئيس", "رءس", "فَعِيل", "رئيس", "NOUN", ("ل", "ال"), ()),
    ("سيكتبونها", "كتب", "يَفْعُلُون", "كتب", "VERB", ("س",), ("ها",)),
    ("بايدن", "", "", "بايدن", "PROPN", (), ()),
    ("إلى", "", "", "إلى", "ADP", (), ()),
    ("و", "", "", "و", "CCONJ", (), ()),
]


@pytest.mark.parametrize(("word", "root", "pattern", "lemma", "pos", "proclitics", "enclitics"), WORDS, ids=[w[0] for w in WORDS])
def test_expected_analysis_is_among_the_candidates(
    backend: FarahidiBackend, word: str, root: str, pattern: str, lemma: str, pos: str, proclitics: tuple, enclitics: tuple
) -> None:
    found = backend.analyze_word(word)
    summary = {(a.root, canon(a.pattern), dediac_ar(a.lemma), a.pos_coarse, a.proclitics, a.enclitics) for a in found}
    assert (root, canon(pattern), lemma, pos, proclitics, enclitics) in summary, sorted(summary)


def test_every_candidate_is_well_formed(backend: FarahidiBackend) -> None:
    for word, *_ in WORDS:
        found = backend.analyze_word(word)
        assert found and all(isinstance(a, WordAnalysis) and a.pos_coarse in COARSE_POS for a in found)
        assert len(set(found)) == len(found), "mapped analyses are kept once"
        assert [a.score for a in found] == sorted((a.score for a in found), reverse=True)
        assert all(a.gloss == "" for a in found)


def test_order_is_deterministic_across_instances() -> None:
    assert FarahidiBackend().analyze_word("من") == FarahidiBackend().analyze_word("من")


def test_pos_keeps_farahidi_labels(backend: FarahidiBackend) -> None:
    assert backend.analyze_word("استجابت")[0].pos == "فعل/ماض"
    assert {a.pos for a in backend.analyze_word("إلى")} == {"حرف/جر", "اسم/اسم جامد"}


@pytest.mark.parametrize("word", ["الكاظمي", "كاتيوشا", "وكاتيوشا", "ال", ""])
def test_unknown_words_give_no_analysis(backend: FarahidiBackend, word: str) -> None:
    assert backend.analyze_word(word) == []


COARSE = [
    ("حرف", "جر", "", "ADP"),
    ("حرف", "عطف", "", "CCONJ"),
    ("حرف", "ناسخ", "", "SCONJ"),
    ("حرف", "نفي", "", "PART"),
    ("حرف", "تسويف للمضارع", "", "PART"),
    ("اسم", "اسم علم", "", "PROPN"),
    ("اسم", "اسم فاعل", "", "ADJ"),
    ("اسم", "مصدر أصلي", "", "NOUN"),
    ("اسم", "ضمير", "", "PRON"),
    ("اسم", "ظرف", "", "NOUN"),  # عام، يوم: nouns used adverbially
    ("اسم", "منصوب", "", "ADV"),
    ("اسم", "اسم جامد", "خَمْسَة", "NUM"),
    ("فعل", None, "", "VERB"),
    ("???", None, "", "X"),
]


@pytest.mark.parametrize(("pos", "type_", "lemma", "expected"), COARSE)
def test_coarse_pos(pos: str, type_: str | None, lemma: str, expected: str) -> None:
    assert coarse_pos(pos, type_, lemma) == expected


def test_backend_satisfies_the_protocol(backend: FarahidiBackend) -> None:
    assert isinstance(backend, MorphologyBackend) and backend.name == "farahidi"


def test_in_context_reading_per_word(backend: FarahidiBackend) -> None:
    words = ["انسحاب", "القوات", "من", "البلاد", "الكاظمي"]
    readings = backend.analyze_in_context(words)
    assert len(readings) == len(words)
    assert readings[-1] is None
    for word, reading in zip(words[:-1], readings[:-1]):
        assert reading in backend.analyze_word(word)
    assert readings[2].pos_coarse == "ADP"  # the preposition مِنْ, not مَنْ "who"
    assert backend.analyze_in_context([]) == []


def test_in_context_prefers_the_function_word_and_the_root(backend: FarahidiBackend) -> None:
    in_, dialogue = backend.analyze_in_context(["في", "الحوار"])
    assert in_.pos == "حرف/جر"
    assert (dialogue.root, dialogue.pos_coarse) == ("حور", "NOUN")
    [baghdad] = backend.analyze_in_context(["بغداد"])
    assert baghdad.pos_coarse == "PROPN"


def test_context_score_prefers_the_attested_bigram(backend: FarahidiBackend) -> None:
    on = backend.analyze_word("على")
    an = backend.context_score(on, backend.analyze_word("أن"), [])
    assert an > 0
    assert backend.context_score([], backend.analyze_word("أن"), []) == 0


@pytest.mark.parametrize("word", ["للبلاد", "للحل", "للهدوء", "للرئيس"])
def test_lam_plus_article_is_preferred_to_the_emphatic_lam(word: str) -> None:
    # لِلْ "for the" is the everyday reading; AlKhalil's emphatic لَ + preposition/article ties with it.
    [reading] = FarahidiBackend().analyze_in_context([word])
    assert reading.proclitics == ("ل", "ال")
    assert FarahidiBackend().analyze_word(word)[0].proclitics == ("ل", "ال")
