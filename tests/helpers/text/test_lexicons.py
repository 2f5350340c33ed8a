"""Tests for helpers.text.lexicons: the lexicon files of data/lexicons/ and clitic-aware matching."""

from __future__ import annotations

import csv
import re
import unicodedata
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.data import case_study_path, data_path
from helpers.text.lexicons import (
    LEXICONS,
    LexiconError,
    LexiconMatch,
    _read,
    load_lexicon,
    match_lexicon_ar,
    matches_to_frame,
    validate_lexicon,
)
from helpers.text.load import TextInputError, has_arabic_ar, read_text_ar
from helpers.text.normalize import normalize_ar
from helpers.text.spans import check_spans

DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
NAMES = sorted(LEXICONS)

# ------------------------------------------------------------------------------------------------
# The files, read independently of the loader


def _raw(name: str) -> tuple[list[str], list[dict[str, str]]]:
    lines = data_path("lexicons", f"{name}.tsv").read_text(encoding="utf-8").splitlines()
    comments = [line for line in lines if line.startswith("#")]
    body = [line for line in lines if line and not line.startswith("#")]
    rows = list(csv.DictReader(body, delimiter="\t", quoting=csv.QUOTE_NONE))
    return comments, rows


@pytest.mark.parametrize("name", NAMES)
def test_file_starts_with_a_documenting_comment_block(name: str) -> None:
    text = data_path("lexicons", f"{name}.tsv").read_text(encoding="utf-8")
    assert text.startswith(f"# {name}:")
    comments, _ = _raw(name)
    block = "\n".join(comments)
    for needed in ["Columns:", "How entries were judged", "To extend", "Source: written for the Arabic Discourse Lab",
                   "Licence: CC BY-SA 4.0"]:
        assert needed in block, f"{name}: comment block lacks {needed!r}"
    for column in LEXICONS[name].columns:
        assert re.search(rf"#\s+{column}\b", block) or column in block, f"{name}: column {column} undocumented"


@pytest.mark.parametrize("name", NAMES)
def test_header_and_cells(name: str) -> None:
    _, rows = _raw(name)
    spec = LEXICONS[name]
    assert rows, f"{name} is empty"
    assert list(rows[0]) == list(spec.columns)
    allowed = dict(spec.allowed)
    for i, row in enumerate(rows, start=1):
        assert None not in row.values() and None not in row, f"{name} row {i}: wrong number of cells"
        for column, values in allowed.items():
            assert row[column] in values, f"{name} row {i}: {column}={row[column]!r}"


@pytest.mark.parametrize("name", NAMES)
def test_spelling_is_undiacritized_without_tatweel(name: str) -> None:
    _, rows = _raw(name)
    columns = ("term_a", "term_b") if name == "antonyms_ar" else ("entry",)
    for row in rows:
        for column in columns:
            value = row[column]
            assert not DIACRITICS.search(value), f"{name}: {value!r} has diacritics"
            assert "\u0640" not in value, f"{name}: {value!r} has a tatweel"
            assert value == " ".join(value.split()), f"{name}: {value!r} has extra spaces"
            assert unicodedata.normalize("NFKC", value) == value
            assert all(unicodedata.category(c) != "Cf" for c in value)
            assert re.fullmatch(r"[\u0621-\u064a ]+", value), f"{name}: {value!r} has non-letters"


@pytest.mark.parametrize("name", [n for n in NAMES if n != "antonyms_ar"])
def test_entries_unique_after_normalization(name: str) -> None:
    _, rows = _raw(name)
    keys = [normalize_ar(r["entry"]) for r in rows]
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    assert not duplicates, f"{name}: duplicates after normalization: {duplicates}"


def test_antonym_pairs_are_unique_in_either_order_and_not_reflexive() -> None:
    _, rows = _raw("antonyms_ar")
    seen: set[frozenset[str]] = set()
    for row in rows:
        a, b = normalize_ar(row["term_a"]), normalize_ar(row["term_b"])
        assert a != b, row
        pair = frozenset((a, b))
        assert pair not in seen, f"pair listed twice (maybe reversed): {row['term_a']} / {row['term_b']}"
        seen.add(pair)
    assert len(seen) >= 80


@pytest.mark.parametrize(
    ("name", "column", "values", "at_least"),
    [
        ("evaluative_ar", "polarity", {"positive", "negative"}, 150),
        ("boosters_ar", "subtype", {"certainty", "intensifier", "maximizer", "focus"}, 40),
        ("hedges_ar", "subtype", {"possibility", "probability", "appearance", "approximator"}, 40),
        ("evidentials_ar", "type", {"evidential", "certainty"}, 40),
        ("semantic_fields_ar", "field", {"conflict_violence", "diplomacy_peace", "nation_values", "economy"}, 200),
        ("metaphor_domains_ar", "domain", {"war", "body", "commerce", "hell", "trap", "journey", "building"}, 100),
    ],
)
def test_coverage_of_categories(name: str, column: str, values: set[str], at_least: int) -> None:
    _, rows = _raw(name)
    assert len(rows) >= at_least
    assert values <= {r[column] for r in rows}


def test_metaphor_domains_only_from_the_allowed_set() -> None:
    _, rows = _raw("metaphor_domains_ar")
    assert {r["domain"] for r in rows} == {"war", "body", "commerce", "hell", "trap", "journey", "building"}


def test_evaluative_rows_have_neutral_counterparts_mostly() -> None:
    _, rows = _raw("evaluative_ar")
    with_counterpart = [r for r in rows if r["neutral_counterpart"]]
    assert len(with_counterpart) / len(rows) > 0.85
    for r in with_counterpart:
        assert normalize_ar(r["neutral_counterpart"]) != normalize_ar(r["entry"])


# ------------------------------------------------------------------------------------------------
# The loader


@pytest.mark.parametrize("name", NAMES)
def test_load_lexicon_matches_the_file(name: str) -> None:
    _, rows = _raw(name)
    frame = load_lexicon(name)
    assert list(frame.columns) == [*LEXICONS[name].columns, "label"]
    assert len(frame) == len(rows)
    assert frame.attrs["lexicon"] == name
    frame.loc[0, "label"] = "changed"
    assert load_lexicon(name).loc[0, "label"] != "changed"  # callers get a copy


@pytest.mark.parametrize(
    ("frame", "name", "message"),
    [
        pytest.param(pd.DataFrame({"entry": ["حرب"]}), "semantic_fields_ar", "missing column 'field'", id="missing-column"),
        pytest.param(pd.DataFrame({"entry": ["حرب", "حرب"], "field": ["conflict_violence"] * 2, "gloss": ["", ""], "note": ["", ""]}),
                     "semantic_fields_ar", "duplicate of row 1", id="duplicate"),
        pytest.param(pd.DataFrame({"entry": ["إدارة", "ادارة"], "field": ["governance"] * 2, "gloss": ["", ""], "note": ["", ""]}),
                     "semantic_fields_ar", "duplicate of row 1 after normalization", id="duplicate-after-normalization"),
        pytest.param(pd.DataFrame({"entry": ["حرب"], "field": ["sport"], "gloss": [""], "note": [""]}),
                     "semantic_fields_ar", "field 'sport' is not one of", id="bad-value"),
        pytest.param(pd.DataFrame({"entry": ["حـرب"], "field": ["conflict_violence"], "gloss": [""], "note": [""]}),
                     "semantic_fields_ar", "has a tatweel", id="tatweel"),
        pytest.param(pd.DataFrame({"entry": ["بشكل  صريح"], "subtype": ["explicitness"], "gloss": [""], "note": [""]}),
                     "boosters_ar", "double space", id="double-space"),
        pytest.param(pd.DataFrame({"term_a": ["حرب", "سلام"], "term_b": ["سلام", "حرب"], "relation": ["contrary"] * 2,
                                   "gloss": ["", ""], "note": ["", ""]}), "antonyms_ar", "duplicate", id="reversed-pair"),
        pytest.param(pd.DataFrame({"term_a": ["حرب"], "term_b": ["حرب"], "relation": ["contrary"], "gloss": [""], "note": [""]}),
                     "antonyms_ar", "paired with itself", id="reflexive-pair"),
        pytest.param(pd.DataFrame({"entry": ["حرب"]}), "sentiment_ar", "unknown lexicon 'sentiment_ar'", id="unknown"),
    ],
)
def test_validate_lexicon_errors(frame: pd.DataFrame, name: str, message: str) -> None:
    with pytest.raises(LexiconError, match=re.escape(message)) as info:
        validate_lexicon(frame, name)
    assert "\n" not in str(info.value)


def test_load_lexicon_unknown_name() -> None:
    with pytest.raises(LexiconError, match="unknown lexicon 'evaluative'"):
        load_lexicon("evaluative")


def test_load_lexicon_reports_a_broken_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "lexicons").mkdir()
    (tmp_path / "lexicons" / "hedges_ar.tsv").write_text(
        "# hedges\nentry\tsubtype\tgloss\tnote\nربما\tpossibility\tperhaps\t\nربّما\tpossibility\tperhaps\t\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("ADL_DATA", str(tmp_path))
    _read.cache_clear()
    try:
        with pytest.raises(LexiconError, match="hedges_ar row 2: entry 'ربّما' has diacritics"):
            load_lexicon("hedges_ar")
        with pytest.raises(FileNotFoundError, match="no such data file: lexicons/boosters_ar.tsv"):
            load_lexicon("boosters_ar")
    finally:
        _read.cache_clear()


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
