"""Tests for helpers.text.structure: blocks, headline, dateline, paragraphs, boilerplate."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.data import case_study_path
from helpers.text.load import TextInputError, read_text_ar
from helpers.text.spans import check_spans
from helpers.text.structure import BOILERPLATE_PATTERNS_AR, split_article_ar, split_blocks_ar

# (text, headline, dateline, paragraphs, boilerplate)
CASES = [
    pytest.param(
        "هذه فقرة واحدة بلا عنوان. وفيها جملتان.",
        None, None, ["هذه فقرة واحدة بلا عنوان. وفيها جملتان."], [],
        id="plain-paragraph",
    ),
    pytest.param(
        "عنوان قصير\r\n\r\nالفقرة الأولى هنا.\r\n\r\nالفقرة الثانية هنا.",
        "عنوان قصير", None, ["الفقرة الأولى هنا.", "الفقرة الثانية هنا."], [],
        id="crlf-blank-lines",
    ),
    pytest.param(
        "عنوان\nالفقرة الأولى.\nالفقرة الثانية.",
        "عنوان", None, ["الفقرة الأولى.", "الفقرة الثانية."], [],
        id="single-newlines",
    ),
    pytest.param(
        "القاهرة (رويترز) -\n\nقالت مصادر إن الاجتماع انتهى.",
        None, "القاهرة (رويترز) -", ["قالت مصادر إن الاجتماع انتهى."], [],
        id="dateline-parenthesized-source",
    ),
    pytest.param(
        "دمشق ـ «القدس العربي»: أعلنت الوزارة خطة جديدة.\n\nوقالت إنها ستبدأ غداً.",
        None, "دمشق ـ «القدس العربي»:", ["أعلنت الوزارة خطة جديدة.", "وقالت إنها ستبدأ غداً."], [],
        id="inline-dateline-tatweel-dash",
    ),
    pytest.param(
        "انتخابات جديدة في البلاد\n\nبيروت (أ ف ب) \u2013 أعلنت الحكومة موعد الانتخابات.\n\n"
        "اقرأ أيضاً: الحكومة تستقيل\n\nشارك المقال",
        "انتخابات جديدة في البلاد", "بيروت (أ ف ب) \u2013", ["أعلنت الحكومة موعد الانتخابات."],
        ["اقرأ أيضاً: الحكومة تستقيل", "شارك المقال"],
        id="read-also-trailer-en-dash",
    ),
    pytest.param(
        "بغداد/ المدى\n\nنص الخبر هنا.\n\nجميع الحقوق محفوظة © 2024",
        None, "بغداد/ المدى", ["نص الخبر هنا."], ["جميع الحقوق محفوظة © 2024"],
        id="slash-dateline-copyright",
    ),
    pytest.param(
        "تابعونا على تويتر\n\nعنوان الخبر\n\nنص الخبر.",
        "عنوان الخبر", None, ["نص الخبر."], ["تابعونا على تويتر"],
        id="leading-boilerplate",
    ),
    pytest.param(
        "شارك الوزير في المؤتمر الدولي أمس.\n\nوقال إن النتائج جيدة.",
        None, None, ["شارك الوزير في المؤتمر الدولي أمس.", "وقال إن النتائج جيدة."], [],
        id="verb-share-is-content",
    ),
    pytest.param(
        "\ufeffالعنوان\u200f\n \t\nالنص هنا.\n",
        "العنوان", None, ["النص هنا."], [],
        id="bom-rlm-and-whitespace-line",
    ),
    pytest.param(
        "الكاظمي يعود...\n\nعاد رئيس الوزراء أمس.",
        "الكاظمي يعود...", None, ["عاد رئيس الوزراء أمس."], [],
        id="headline-with-ellipsis",
    ),
    pytest.param(
        "Breaking: new talks 2021 حوار\n\nبدأ الحوار أمس.",
        "Breaking: new talks 2021 حوار", None, ["بدأ الحوار أمس."], [],
        id="latin-number-headline",
    ),
    pytest.param(
        "الخبر الأول انتهى.\n\nالخبر الثاني.",
        None, None, ["الخبر الأول انتهى.", "الخبر الثاني."], [],
        id="first-block-with-full-stop-is-not-a-headline",
    ),
    pytest.param("اقرأ أيضاً", None, None, [], ["اقرأ أيضاً"], id="only-boilerplate"),
]


@pytest.mark.parametrize(("text", "headline", "dateline", "paragraphs", "boilerplate"), CASES)
def test_split_article(text, headline, dateline, paragraphs, boilerplate):
    s = split_article_ar(text)
    assert (s.headline.text if s.headline else None) == headline
    assert (s.dateline.text if s.dateline else None) == dateline
    assert [p.text for p in s.paragraphs] == paragraphs
    assert [b.text for b in s.boilerplate] == boilerplate
    spans = s.spans()
    check_spans(text, spans)
    assert [x.start for x in spans] == sorted(x.start for x in spans)
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))
    assert {x.label for x in spans} <= {"headline", "dateline", "paragraph", "boilerplate"}


@pytest.mark.parametrize(
    ("text", "blocks"),
    [
        ("أ\n\nب", ["أ", "ب"]),
        ("سطر\r\nملفوف\r\n\r\nثان", ["سطر\r\nملفوف", "ثان"]),
        ("أ\rب\u2028ج", ["أ", "ب", "ج"]),
        ("  أ  \n\n\n\n  ب  ", ["أ", "ب"]),
        ("\u200fأ\u200f\n\u200e\nب", ["أ", "ب"]),
    ],
)
def test_blocks(text, blocks):
    found = split_blocks_ar(text)
    check_spans(text, found)
    assert [b.text for b in found] == blocks


def test_custom_patterns_and_off():
    text = "نص الخبر.\n\nحصري للموقع"
    assert split_article_ar(text).boilerplate == ()
    custom = split_article_ar(text, boilerplate_patterns=[*BOILERPLATE_PATTERNS_AR, r"حصري"])
    assert [b.text for b in custom.boilerplate] == ["حصري للموقع"]
    off = split_article_ar("نص.\n\nعلق هنا", boilerplate_patterns=())
    assert [p.text for p in off.paragraphs] == ["نص.", "علق هنا"]


def test_frame_columns():
    frame = split_article_ar("العنوان\n\nالنص.").to_frame()
    assert list(frame.columns) == ["start", "end", "text", "label"]
    assert list(frame["label"]) == ["headline", "paragraph"]


def test_case_study():
    text = read_text_ar(case_study_path())
    s = split_article_ar(text)
    assert s.headline.text.startswith("دبلوماسية الكاظمي") and s.headline.text.endswith("!")
    assert s.dateline.text == "بغداد- العراق اليوم:"
    assert len(s.paragraphs) == 6
    assert [b.text for b in s.boilerplate] == ["علق هنا"]
    check_spans(text, s.spans())


@pytest.mark.parametrize("bad", ["", "   \n", "Only Latin here.\n\nSecond."])
def test_bad_input(bad):
    with pytest.raises(TextInputError):
        split_article_ar(bad)


ALPHABET = st.sampled_from(
    list("بغدادالعراقعلقهنا") + ["\u064e", "\u0640", "\u200f", "\ufeff"]
    + list(" \n\n\r\t") + list(".!؟،:-ـ«»()/") + list("abcX0123")
)


@settings(max_examples=300, deadline=None)
@given(st.lists(ALPHABET, min_size=0, max_size=80).map("".join))
def test_spans_valid_and_disjoint(body):
    text = "ب " + body  # a word of its own: "بa" is a letter glued in a Latin word, not Arabic
    spans = split_article_ar(text).spans()
    check_spans(text, spans)
    assert all(s.start < s.end for s in spans)
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))
