"""Tests for helpers.text.lexicons: clitic-aware matching of lexicon entries in a text."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.data import case_study_path
from helpers.text.lexicon_files import LEXICONS, LexiconError
from helpers.text.lexicons import LexiconMatch, match_lexicon_ar, matches_to_frame
from helpers.text.load import TextInputError, has_arabic_ar, read_text_ar
from helpers.text.spans import check_spans

NAMES = sorted(LEXICONS)

# ------------------------------------------------------------------------------------------------
# Matching: sentences written for these tests

# (text, lexicon, expected [(matched text, entry)])
MATCHES = [
    pytest.param("سقطت وكاتيوشا قرب القاعدة.", "semantic_fields_ar", [("وكاتيوشا", "كاتيوشا")], id="waw-katyusha"),
    pytest.param("صمتت لغة الكاتيوشا أخيراً", "semantic_fields_ar", [("الكاتيوشا", "كاتيوشا")], id="article"),
    pytest.param("لن يطول الانتظار على الأرجح.", "hedges_ar", [("على الأرجح", "على الأرجح")], id="multiword-hedge"),
    pytest.param("وبحسب مصادر مطلعة تأجل الاجتماع", "evidentials_ar",
                 [("وبحسب", "بحسب"), ("مصادر مطلعة", "مصادر مطلعة")], id="proclitic-and-multiword"),
    pytest.param("أعلن رئيس مجلس الوزراء القرار", "semantic_fields_ar",
                 [("رئيس مجلس الوزراء", "رئيس مجلس الوزراء"), ("القرار", "قرار")], id="longest-match"),
    pytest.param("اجتمع مجلس الوزراء", "semantic_fields_ar", [("مجلس الوزراء", "مجلس الوزراء")], id="shorter-entry-alone"),
    pytest.param("أشاد الجميع بحكمته وشجاعتها", "evaluative_ar",
                 [("بحكمته", "حكمة"), ("وشجاعتها", "شجاعة")], id="enclitic-teh-marbuta"),
    pytest.param("سيثبت الاتفاق ذلك", "evidentials_ar", [("سيثبت", "يثبت")], id="future-sin"),
    pytest.param("قدمت الحكومة مشروعاً للسلام", "semantic_fields_ar",
                 [("الحكومة", "حكومة"), ("للسلام", "سلام")], id="lam-lam"),
    pytest.param("توصل الطرفان إلى الحل السياسي", "semantic_fields_ar", [("الحل السياسي", "حل سياسي")], id="article-on-second-word"),
    pytest.param("عاشت البلاد نكسات وكوارث", "evaluative_ar", [("نكسات", "نكسة"), ("وكوارث", "كوارث")], id="plural-at"),
    pytest.param("كان القرار صائباً", "evaluative_ar", [("صائباً", "صائب")], id="tanwin-alef"),
    pytest.param("فشلت الخطة", "evaluative_ar", [("فشلت", "فشل")], id="perfect-teh"),
    pytest.param("قالت الادارة الامريكية", "semantic_fields_ar", [("الادارة", "إدارة")], id="alef-variant"),
    pytest.param("نَجَاحٌ ونجـــاح", "evaluative_ar", [("نَجَاحٌ", "نجاح"), ("ونجـــاح", "نجاح")], id="diacritics-tatweel"),
    pytest.param("بين الحرب والسلام", "antonyms_ar", [("الحرب", "حرب"), ("والسلام", "سلام")], id="antonyms"),
    # must not match
    pytest.param("على، الأرجح", "hedges_ar", [], id="no-multiword-across-punctuation"),
    pytest.param("الوضع القتالي صعب", "antonyms_ar", [("صعب", "صعب")], id="nisba-ya-not-stripped"),
    pytest.param("انتشرت بقوات كبيرة", "boosters_ar", [], id="bi-quwwat-is-not-bi-quwwa"),
    pytest.param("استقبل الملك سلمان الوفد", "semantic_fields_ar", [("الوفد", "وفد")], id="no-dual-an"),
    pytest.param("زار ولاية نيويورك", "semantic_fields_ar", [], id="waw-radical"),
    pytest.param("كتب مقالاً وطنياً", "semantic_fields_ar", [("وطنياً", "وطني")], id="nisba-kept"),
    pytest.param("الكتابه جميلة", "semantic_fields_ar", [], id="no-pronoun-after-article"),
    pytest.param("سلاح", "semantic_fields_ar", [("سلاح", "سلاح")], id="sin-not-stripped-before-lam"),
    pytest.param("سافر إلى الخارج", "boosters_ar", [], id="nothing"),
    # the kit's clitic policy: a function word or a frequent word keeps its letters
    pytest.param("ومع ذلك بقي الخلاف", "antonyms_ar", [("الخلاف", "خلاف")], id="dhalika-is-no-dhull-plus-ka"),
    pytest.param("طالب بانسحاب كامل للقوات", "evaluative_ar", [], id="kamil-is-no-ka-plus-amal"),
    pytest.param("وسياسة فاشلة جرب", "antonyms_ar", [("فاشلة", "فاشل")], id="siyasa-is-no-sa-plus-yaas"),
    pytest.param("انتخابات حرة ونزيهة", "evaluative_ar", [("حرة", "حر"), ("ونزيهة", "نزيه")], id="two-letter-stem-before-ta-marbuta"),
    pytest.param("والمؤكد أن الخلاف كبير ظاهرياً", "evidentials_ar", [("والمؤكد أن", "المؤكد أن")], id="al-muakkad-anna"),
]


@pytest.mark.parametrize(("text", "lexicon", "expected"), MATCHES)
def test_match_lexicon_ar(text: str, lexicon: str, expected: list[tuple[str, str]]) -> None:
    found = match_lexicon_ar(text, lexicon)
    check_spans(text, found)
    assert [(m.text, m.entry) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "lexicon", "form", "proclitic", "enclitic", "ending"),
    [
        ("وكاتيوشا", "semantic_fields_ar", "surface", "و", "", ""),
        ("بالحروب", "semantic_fields_ar", "surface", "بال", "", ""),
        ("الادارة", "semantic_fields_ar", "normalized", "ال", "", ""),
        ("بحكمته", "evaluative_ar", "normalized", "ب", "ه", ""),
        ("نجاحه", "evaluative_ar", "surface", "", "ه", ""),
        ("قادرين", "evaluative_ar", "surface", "", "", "ين"),
        ("نَجَاح", "evaluative_ar", "normalized", "", "", ""),
    ],
)
def test_match_records_what_was_stripped(text: str, lexicon: str, form: str, proclitic: str, enclitic: str, ending: str) -> None:
    (m,) = match_lexicon_ar(text, lexicon)
    assert (m.match_form, m.proclitic, m.enclitic, m.ending) == (form, proclitic, enclitic, ending)


def test_clitic_aware_off() -> None:
    assert match_lexicon_ar("وكاتيوشا", "semantic_fields_ar", clitic_aware=False) == []
    assert match_lexicon_ar("نكسات", "evaluative_ar", inflections=False) == []
    assert [m.entry for m in match_lexicon_ar("كاتيوشا", "semantic_fields_ar", clitic_aware=False)] == ["كاتيوشا"]


def test_attributes_and_label() -> None:
    (m,) = match_lexicon_ar("فخ", "metaphor_domains_ar")
    assert isinstance(m, LexiconMatch)
    assert (m.label, m.lexicon, m.get("domain"), m.get("gloss")) == ("metaphor:trap", "metaphor_domains_ar", "trap", "trap")
    (a,) = match_lexicon_ar("الحرب", "antonyms_ar")
    assert a.get("partners").split("|") == ["سلام", "سلم"]
    assert m.to_dict()["attributes"][0] == ("domain", "trap")


def test_custom_lexicon_frame() -> None:
    custom = pd.DataFrame({"entry": ["نهر دجلة", "نهر"], "label": ["river", "river"], "region": ["iraq", ""]})
    found = match_lexicon_ar("عبرنا نهر دجلة ثم النهر", custom)
    assert [(m.text, m.entry, m.lexicon, m.get("region")) for m in found] == [
        ("نهر دجلة", "نهر دجلة", "custom", "iraq"), ("النهر", "نهر", "custom", "")]


def test_lemma_matching_with_a_morphology_table() -> None:
    text = "أثبتوا قدرتهم"
    morphology = pd.DataFrame({"start": [0, 7], "end": [6, 13], "token": ["أثبتوا", "قدرتهم"], "lemma": ["أَثْبَتَ", "قُدْرَة"]})
    assert match_lexicon_ar(text, "evidentials_ar") == []
    found = match_lexicon_ar(text, "evidentials_ar", by="lemma", morphology=morphology)
    assert [(m.text, m.entry, m.match_form) for m in found] == [("أثبتوا", "أثبت", "lemma")]
    (q,) = match_lexicon_ar(text, "evaluative_ar", by="lemma", morphology=morphology)
    assert (q.entry, q.match_form) == ("قدرة", "lemma")


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"by": "lemma"}, LexiconError, "needs a morphology table"),
        ({"by": "root"}, LexiconError, "by must be"),
        ({"by": "lemma", "morphology": pd.DataFrame({"start": [0]})}, LexiconError, "no 'lemma' column"),
    ],
)
def test_match_errors(kwargs: dict, error: type, message: str) -> None:
    with pytest.raises(error, match=message):
        match_lexicon_ar("نجاح", "evaluative_ar", **kwargs)


@pytest.mark.parametrize("text", ["", "   ", "Only English here."])
def test_match_rejects_bad_text(text: str) -> None:
    with pytest.raises(TextInputError):
        match_lexicon_ar(text, "evaluative_ar")


def test_custom_frame_without_entry_column() -> None:
    with pytest.raises(LexiconError, match="needs an 'entry' column"):
        match_lexicon_ar("نجاح", pd.DataFrame({"word": ["نجاح"]}))


@pytest.mark.parametrize("name", NAMES)
def test_case_study_matches_are_valid_and_do_not_overlap(name: str) -> None:
    text = read_text_ar(case_study_path())
    found = match_lexicon_ar(text, name)
    check_spans(text, found)
    assert found == sorted(found, key=lambda m: (m.start, m.end))
    for a, b in zip(found, found[1:]):
        assert a.end <= b.start


def test_case_study_katyusha_both_times() -> None:
    text = read_text_ar(case_study_path())
    hits = [m.text for m in match_lexicon_ar(text, "semantic_fields_ar") if m.entry == "كاتيوشا"]
    assert hits == ["وكاتيوشا", "الكاتيوشا"]


def test_matches_to_frame_expands_attributes() -> None:
    frame = matches_to_frame(match_lexicon_ar("جحيم وفخ", "metaphor_domains_ar"))
    assert list(frame["domain"]) == ["hell", "trap"]
    assert "attributes" not in frame.columns
    assert matches_to_frame([]).empty


_ARABIC_WORDS = st.lists(
    st.sampled_from(["و", "ال", "ب", "حرب", "سلام", "نجاح", "ه", "ها", "ات", "على", "الأرجح", "ً", "ـ", "،", " ", "كاتيوشا"]),
    min_size=1, max_size=12,
).map(lambda parts: "".join(parts))


@settings(max_examples=150, deadline=None)
@given(_ARABIC_WORDS)
def test_any_text_gives_valid_non_overlapping_spans(text: str) -> None:
    if not has_arabic_ar(text):
        return
    for name in ("evaluative_ar", "hedges_ar", "semantic_fields_ar"):
        found = match_lexicon_ar(text, name)
        check_spans(text, found)
        for a, b in zip(found, found[1:]):
            assert a.end <= b.start
