"""Tests for helpers.rhetoric.lexical: stance and evaluation tagging, negation, densities."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from helpers.data import case_study_path
from helpers.text.lexicons import LexiconMatch
from helpers.text.load import TextInputError, read_text_ar
from helpers.rhetoric import rhetoric_densities_ar, tag_evaluation_ar, tag_fields_ar
from helpers.text.spans import Span, check_spans
from helpers.text.tokenize import word_tokens_ar

# (text, expected [(matched text, label, negated)])
EVALUATION = [
    pytest.param("أدار الوزير الحوار بحنكة", [("بحنكة", "evaluative:positive", False)], id="praise"),
    pytest.param("هذا غير مفيد", [("مفيد", "evaluative:positive", True)], id="ghayr"),
    pytest.param("مرت الجولة دون ضجيج", [("ضجيج", "evaluative:negative", True)], id="duna"),
    pytest.param("ليس فاشلاً، بل ناجح", [("فاشلاً", "evaluative:negative", True), ("ناجح", "evaluative:positive", False)],
                 id="punctuation-ends-scope"),
    pytest.param("لم تجد نفعاً وفائدة", [("نفعاً", "evaluative:positive", True), ("وفائدة", "evaluative:positive", True)],
                 id="coordination-inherits"),
    pytest.param("لم تنجح الخطة ولا فائدة منها",
                 [("تنجح", "evaluative:positive", True), ("فائدة", "evaluative:positive", True)], id="wa-la"),
    pytest.param("لا تزال الأزمة قائمة", [("الأزمة", "evaluative:negative", False)], id="la-tazal-is-still"),
    pytest.param("لا شك أن الحل ممكن", [("لا شك", "booster", False), ("ممكن", "hedge", False)], id="la-shakk-is-an-entry"),
    pytest.param("وهو ما يؤشر إلى نجاح الخطة", [("يؤشر", "evidential", False), ("نجاح", "evaluative:positive", False)],
                 id="ma-is-not-a-negator"),
    pytest.param("لم يكن القرار صائباً", [("صائباً", "evaluative:positive", False)], id="outside-window"),
    pytest.param("من المرجح أن تستمر الأزمة", [("من المرجح", "hedge", False), ("الأزمة", "evaluative:negative", False)],
                 id="hedge"),
    pytest.param("أكدت الوزارة بشكل قاطع أن الخسائر عظيمة",
                 [("أكدت", "certainty", False), ("الخسائر", "evaluative:negative", False), ("عظيمة", "booster", False)],
                 id="certainty-booster"),
    pytest.param("سافر الوفد إلى القاهرة صباح اليوم", [], id="neutral-report"),
    pytest.param("الأمر لن يطول على الأرجح", [("على الأرجح", "hedge", False)], id="hedge-scopes-over-negation"),
]


@pytest.mark.parametrize(("text", "expected"), EVALUATION)
def test_tag_evaluation_ar(text: str, expected: list[tuple[str, str, bool]]) -> None:
    found = tag_evaluation_ar(text)
    check_spans(text, found)
    assert [(m.text, m.label, m.negated) for m in found] == expected
    for m in found:
        assert bool(m.negator) == m.negated


@pytest.mark.parametrize(("window", "negated"), [(0, False), (1, False), (2, False), (3, True)])
def test_negation_window(window: int, negated: bool) -> None:
    (m,) = tag_evaluation_ar("لم يكن القرار صائباً", negation_window=window)
    assert m.negated is negated


def test_negation_window_must_be_a_whole_number() -> None:
    with pytest.raises(ValueError, match="negation_window"):
        tag_evaluation_ar("نجاح", negation_window=-1)


def test_polarity_is_never_flipped() -> None:
    (m,) = tag_evaluation_ar("هذا غير مفيد")
    assert m.get("polarity") == "positive" and m.label == "evaluative:positive" and m.negated


# (text, expected [(matched text, label)])
FIELDS = [
    pytest.param("تدفع البلاد فواتير الحرب", [("تدفع", "metaphor:commerce"), ("فواتير", "field:economy"),
                                              ("فواتير", "metaphor:commerce"), ("الحرب", "field:conflict_violence"),
                                              ("الحرب", "metaphor:war")], id="commerce-war"),
    pytest.param("وقعت المنطقة في الفخ", [("الفخ", "metaphor:trap")], id="trap"),
    pytest.param("انطلقت المفاوضات بوساطة قطرية", [("المفاوضات", "field:diplomacy_peace"), ("بوساطة", "field:diplomacy_peace")],
                 id="diplomacy"),
    pytest.param("كتب الطالب درسه", [], id="nothing"),
]


@pytest.mark.parametrize(("text", "expected"), FIELDS)
def test_tag_fields_ar(text: str, expected: list[tuple[str, str]]) -> None:
    found = tag_fields_ar(text)
    check_spans(text, found)
    assert [(m.text, m.label) for m in found] == expected


def test_taggers_accept_a_morphology_table() -> None:
    text = "أثبتوا قدرتهم"
    morphology = pd.DataFrame({"start": [0, 7], "end": [6, 13], "token": ["أثبتوا", "قدرتهم"], "lemma": ["أَثْبَتَ", "قُدْرَة"]})
    found = tag_evaluation_ar(text, morphology=morphology)
    assert [(m.entry, m.label, m.match_form) for m in found] == [("أثبت", "certainty", "lemma"), ("قدرة", "evaluative:positive", "lemma")]


ARTICLE = "نجاح باهر للحوار\n\nبغداد- وكالات:\n\nأدار الوزير الحوار بحنكة.\n\nلكن الخطة فشلت ولم تكن مفيدة، على الأرجح.\n\nعلق هنا"


@pytest.mark.parametrize(
    ("parts", "names"),
    [
        ("whole", ["whole"]),
        ("structure", ["headline", "dateline", "body"]),
        ("paragraph", ["headline", "dateline", "paragraph_1", "paragraph_2"]),
    ],
)
def test_densities_parts(parts: str, names: list[str]) -> None:
    spans = tag_evaluation_ar(ARTICLE)
    table = rhetoric_densities_ar(ARTICLE, spans, parts=parts)
    assert list(table.columns) == ["part", "start", "end", "words", "label", "count", "negated", "per_1000"]
    assert list(dict.fromkeys(table["part"])) == names
    labels = sorted({s.label for s in spans})
    assert list(table[table.part == names[0]]["label"]) == labels
    for row in table.itertuples():
        assert row.per_1000 == round(row.count * 1000 / row.words, 2)


def test_densities_values() -> None:
    table = rhetoric_densities_ar(ARTICLE, tag_evaluation_ar(ARTICLE), parts="paragraph")
    got = {(r.part, r.label): (r.words, r.count, r.negated) for r in table.itertuples()}
    assert got[("headline", "evaluative:positive")] == (3, 2, 0)
    assert got[("paragraph_1", "evaluative:positive")] == (4, 1, 0)
    assert got[("paragraph_2", "evaluative:positive")] == (8, 1, 1)
    assert got[("paragraph_2", "evaluative:negative")] == (8, 1, 0)
    assert got[("paragraph_2", "hedge")] == (8, 1, 0)
    assert got[("dateline", "hedge")] == (2, 0, 0)


def test_densities_whole_counts_everything() -> None:
    spans = tag_evaluation_ar(ARTICLE)
    table = rhetoric_densities_ar(ARTICLE, spans, labels=["hedge", "booster"])
    assert list(table["label"]) == ["hedge", "booster"]
    assert list(table["count"]) == [1, 0]
    assert set(table["words"]) == {len(word_tokens_ar(ARTICLE))}


def test_densities_accept_any_spans_and_nan_for_empty_parts() -> None:
    text = "عنوان\n\n2021\n\nنص الفقرة."
    table = rhetoric_densities_ar(text, [Span(0, 5, "عنوان", "x")], parts="paragraph")
    assert list(table["part"]) == ["headline", "paragraph_1", "paragraph_2"]
    assert math.isnan(table.loc[1, "per_1000"]) and table.loc[0, "count"] == 1


@pytest.mark.parametrize(
    ("spans", "kwargs", "message"),
    [
        ([], {"parts": "sentences"}, "parts must be"),
        ([Span(0, 3, "xyz", "x")], {}, "span 0:3 says"),
    ],
)
def test_densities_errors(spans: list[Span], kwargs: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        rhetoric_densities_ar(ARTICLE, spans, **kwargs)


def test_bad_text() -> None:
    with pytest.raises(TextInputError):
        tag_evaluation_ar("No Arabic here")


OTHER_TEXT = (
    "القاهرة (رويترز) - قال مسؤولون إن المحادثات بين الطرفين انتهت دون اتفاق، "
    "ويبدو أن الأزمة الاقتصادية ستتفاقم بشكل كبير بحسب خبراء، وسط مخاوف من انهيار العملة.\n\n"
    "وأكد وزير المالية أن الحكومة لن تتخلى عن برنامج الإصلاح رغم الضغوط."
)


def test_works_on_a_text_it_was_not_written_for() -> None:
    evaluation = tag_evaluation_ar(OTHER_TEXT)
    fields = tag_fields_ar(OTHER_TEXT)
    check_spans(OTHER_TEXT, evaluation + fields)
    labels = {m.label for m in evaluation}
    assert {"hedge", "booster", "evidential", "certainty", "evaluative:negative", "evaluative:positive"} <= labels
    assert {m.label for m in fields} >= {"field:diplomacy_peace", "field:economy", "field:governance"}
    table = rhetoric_densities_ar(OTHER_TEXT, evaluation + fields, parts="paragraph")
    assert table.groupby("label")["count"].sum().sum() == len(evaluation + fields)


def test_case_study() -> None:
    text = read_text_ar(case_study_path())
    found = tag_evaluation_ar(text)
    check_spans(text, found)
    assert all(isinstance(m, LexiconMatch) for m in found)
    negated = {m.text: m.negator for m in found if m.negated}
    assert negated.get("ضجيج") == "دون"
    assert negated.get("للهدوء") == "غير"
    assert negated.get("نفعاً") == "لم" and negated.get("وفائدة") == "لم"
    hedges = [m.text for m in found if m.label == "hedge"]
    assert "على الأرجح" in hedges and "ظاهراً" in hedges
    boosters = [m.text for m in found if m.label == "booster"]
    assert boosters.count("بشكل صريح") == 2 and "بشكل لافت" in boosters
    table = rhetoric_densities_ar(text, found, parts="structure")
    assert list(dict.fromkeys(table["part"])) == ["headline", "dateline", "body"]
