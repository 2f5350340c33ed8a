"""Tests for helpers.discourse.attribution: reported speech, sources, contents, evidential frames."""

from __future__ import annotations

import pytest

from helpers.data import case_study_path
from helpers.discourse.attribution import find_attributions_ar
from helpers.text.load import read_text_ar
from helpers.text.spans import check_spans

from discourse_texts import NEWS_AR

# (text, cue text, lemma, source text, source type, content type, content text)
CASES = [
    pytest.param("قالت مصادر مطلعة إن الاتفاق جاهز.", "قالت", "قال", "مصادر مطلعة", "unnamed", "that_clause", "إن الاتفاق جاهز", id="unnamed-sources"),
    pytest.param("قال مسؤول عراقي أمس إن القوات ستنسحب.", "قال", "قال", "مسؤول عراقي", "unnamed", "that_clause", "إن القوات ستنسحب", id="unnamed-official-time-word"),
    pytest.param("وأكد الوزير: «لن نتراجع».", "أكد", "أكد", "الوزير", "named", "quote", "«لن نتراجع»", id="named-quote"),
    pytest.param("قال الكاظمي في بيان إن الحوار مستمر.", "قال", "قال", "الكاظمي", "named", "that_clause", "إن الحوار مستمر", id="named-in-a-statement"),
    pytest.param("وأضاف أنه سيعود.", "أضاف", "أضاف", "", "implicit", "that_clause", "أنه سيعود", id="implicit-source"),
    pytest.param("أشار التقرير إلى أن النمو تباطأ.", "أشار", "أشار", "التقرير", "named", "that_clause", "أن النمو تباطأ", id="particle-then-that"),
    pytest.param("كشف مصدر عن اتفاق جديد.", "كشف", "كشف", "مصدر", "unnamed", "phrase", "اتفاق جديد", id="particle-content-phrase"),
    pytest.param("نقلت الوكالة عن مسؤول قوله إن الوفد وصل.", "نقلت", "نقل", "مسؤول", "unnamed", "that_clause", "إن الوفد وصل", id="naqala-an-source"),
    pytest.param("اكد الوزير ان الحوار مستمر.", "اكد", "أكد", "الوزير", "named", "that_clause", "ان الحوار مستمر", id="hamza-less"),
    pytest.param("قال: \"سنعود\" ثم غادر.", "قال", "قال", "", "implicit", "quote", "\"سنعود\"", id="straight-quotes"),
    pytest.param("وصل الوفد، بحسب مصادر رسمية.", "بحسب", "بحسب", "مصادر رسمية", "unnamed", "phrase", "وصل الوفد", id="phrase-after"),
    pytest.param("وفقاً للبيان، ستبدأ المحادثات غداً.", "وفقاً ل", "وفقاً ل", "لبيان", "named", "phrase", "ستبدأ المحادثات غداً", id="phrase-before"),
    pytest.param("وفقاً لمصادر برلمانية، صوت النواب ضد المشروع.", "وفقاً ل", "وفقاً ل", "مصادر برلمانية", "unnamed", "phrase", "صوت النواب ضد المشروع", id="phrase-unnamed"),
]


@pytest.mark.parametrize("text, cue_text, cue, source, source_type, content_type, content", CASES)
def test_attributions(text, cue_text, cue, source, source_type, content_type, content) -> None:
    (a,) = find_attributions_ar(text)
    assert (a.text, a.cue, a.label) == (cue_text, cue, "attribution")
    assert (a.source_text, a.source_type) == (source, source_type)
    assert (a.content_type, a.content_text) == (content_type, content)
    if a.source_start is not None:
        assert text[a.source_start : a.source_end] == a.source_text
    assert text[a.content_start : a.content_end] == a.content_text


@pytest.mark.parametrize(
    "text, stance",
    [
        pytest.param("زعم البيان أن الهجوم فشل.", "distancing", id="zaama"),
        pytest.param("رجح مراقبون أن تتأجل القمة.", "tentative", id="rajjaha"),
        pytest.param("شدد الوزير على أن الأمن أولوية.", "assertive", id="shaddada"),
        pytest.param("ذكرت الوكالة أن الوفد وصل.", "neutral", id="dhakara"),
    ],
)
def test_stance(text: str, stance: str) -> None:
    assert [a.stance for a in find_attributions_ar(text)] == [stance]


# (text, cue text, lemma, evidence, content)
EVIDENTIALS = [
    pytest.param("الإقبال دليل آخر على أن الناس يثقون.", "دليل آخر على أن", "دليل على أن", "الإقبال", "الناس يثقون", id="dalil-with-modifier"),
    pytest.param("تراجع العنف، ما يشير إلى أن الهدنة صامدة.", "ما يشير إلى أن", "يشير إلى أن", "تراجع العنف", "الهدنة صامدة", id="ma-yushir"),
    pytest.param("وهذا يؤشر الى ان الازمة انتهت.", "يؤشر الى ان", "يؤشر إلى أن", "وهذا", "الازمة انتهت", id="hamza-less-frame"),
]


@pytest.mark.parametrize("text, cue_text, cue, evidence, content", EVIDENTIALS)
def test_evidential_frames(text, cue_text, cue, evidence, content) -> None:
    (a,) = find_attributions_ar(text)
    assert (a.label, a.text, a.cue, a.source_type) == ("evidential", cue_text, cue, "evidence")
    assert (a.source_text, a.content_text) == (evidence, content)


NOT_ATTRIBUTION = [
    pytest.param("ينقل الركاب إلى المطار يومياً.", id="naql-transport"),
    pytest.param("لم يكن الاجتماع مهماً فحسب، بل كان حاسماً.", id="fahasb-only"),
    pytest.param("في ذكر الله راحة للقلوب.", id="dhikr-noun"),
    pytest.param("كشف الحساب جاهز.", id="kashf-noun"),
]


@pytest.mark.parametrize("text", NOT_ATTRIBUTION)
def test_lookalikes(text: str) -> None:
    assert find_attributions_ar(text) == []


def test_case_study_has_two_evidential_frames() -> None:
    text = read_text_ar(case_study_path())
    found = find_attributions_ar(text)
    check_spans(text, found)
    assert [(a.label, a.cue, a.source_text) for a in found] == [
        ("evidential", "يؤشر إلى أن", "وهو ما"),
        ("evidential", "دليل على أن", "ان لغة الدبلوماسية التي تنتصر اليوم في العراق"),
    ]
    assert found[1].content_text.startswith("الرهان على ادامة الصراع")


def test_news_text_not_written_for_the_helper() -> None:
    found = find_attributions_ar(NEWS_AR)
    check_spans(NEWS_AR, found)
    assert [(a.cue, a.source_type, a.source_text, a.content_type) for a in found] == [
        ("قال", "named", "رئيسة لجنة الخطة والموازنة", "quote"),
        ("أضاف", "named", "المنياوي", "that_clause"),
        ("رأى", "named", "النائب المعارض حسام الدين يوسف", "that_clause"),
        ("أشار", "implicit", "", "that_clause"),
        ("وفقاً ل", "unnamed", "مصادر برلمانية", "phrase"),
        ("حذر", "implicit", "", "that_clause"),
        ("أكد", "implicit", "", "that_clause"),
    ]


# An unnamed source with a في/من phrase (text, cue text, source text, content type, content text).
SOURCE_PHRASES = [
    pytest.param("بحسب مسؤول في الوزارة، تأجل الاجتماع.", "بحسب", "مسؤول في الوزارة", "phrase", "تأجل الاجتماع", id="bihasab-fi"),
    pytest.param("تأجل الاجتماع، بحسب مسؤولين في الحكومة.", "بحسب", "مسؤولين في الحكومة", "phrase", "تأجل الاجتماع", id="bihasab-after"),
    pytest.param("قال مصدر من الرئاسة إن الوفد وصل.", "قال", "مصدر من الرئاسة", "that_clause", "إن الوفد وصل", id="min"),
    pytest.param("أكد مسؤولون في وزارة الدفاع أن القوات انسحبت.", "أكد", "مسؤولون في وزارة الدفاع", "that_clause", "أن القوات انسحبت", id="construct-np"),
    pytest.param("وقال مسؤول في الوزارة أمس إن القرار نهائي.", "قال", "مسؤول في الوزارة", "that_clause", "إن القرار نهائي", id="time-word-ends"),
    pytest.param("وفقاً لمصادر في البرلمان، صوت النواب ضد المشروع.", "وفقاً ل", "مصادر في البرلمان", "phrase", "صوت النواب ضد المشروع", id="wifqan"),
    pytest.param("نقلت الوكالة عن مسؤول في الوزارة قوله إن الوفد وصل.", "نقلت", "مسؤول في الوزارة", "that_clause", "إن الوفد وصل", id="naqala-an"),
    # must keep working: a phrase of occasion or time, the cue's own particle, a named source
    pytest.param("قال مسؤول في بيان إن الحوار مستمر.", "قال", "مسؤول", "that_clause", "إن الحوار مستمر", id="occasion"),
    pytest.param("قال مسؤولون في وقت سابق إن الوفد وصل.", "قال", "مسؤولون", "that_clause", "إن الوفد وصل", id="time-phrase"),
    pytest.param("قال مسؤول من جهته إن الحوار مستمر.", "قال", "مسؤول", "that_clause", "إن الحوار مستمر", id="min-jihatihi"),
    pytest.param("حذر خبراء من أزمة مياه.", "حذر", "خبراء", "phrase", "أزمة مياه", id="particle-min"),
    pytest.param("قال الوزير في الحكومة إن الحوار مستمر.", "قال", "الوزير", "that_clause", "إن الحوار مستمر", id="named-source"),
]


# Sources on real news the kit was not written for: documents and their issuers, a verb of saying
# after بحسب ما, and prepositional phrases with a pronoun that are never a source.
# (text, cue text, source text, source type, content type)
SOURCES = [
    pytest.param("ارتفع عدد الإصابات، وفق تقرير صادر عن وزارة الصحة التونسية.", "وفق",
                 "تقرير صادر عن وزارة الصحة التونسية", "named", "phrase", id="wifq-report-issued-by"),
    pytest.param("وفقا لبيان صادر عن رئاسة الحكومة، ستبدأ المحادثات غدا.", "وفقا ل", "بيان صادر عن رئاسة الحكومة", "named",
                 "phrase", id="wifqan-statement-issued-by"),
    pytest.param("ووفقا لتقرير \"شبيغل\"، فإن المدعي العام يحقق.", "وفقا ل", "تقرير \"شبيغل\"", "named", "phrase",
                 id="report-with-quoted-name"),
    pytest.param("ارتفع عدد الإصابات، حسب ما أفاد به مدير المستشفى.", "حسب ما", "مدير المستشفى", "named", "phrase",
                 id="hasaba-ma-afada-bihi"),
    pytest.param("بحسب ما جاء في بيان الوزارة، ستبدأ المحادثات غدا.", "بحسب ما", "بيان الوزارة", "named", "phrase",
                 id="bihasab-ma-jaa-fi"),
    pytest.param("وذكرت الصحيفة أن المتهم اعتقل، نقلا عن مصادر أمنية.", "ذكرت", "الصحيفة", "named", "that_clause",
                 id="dhakarat-then-naqlan"),
    pytest.param("أفادت مصادر مطلعة أن الاجتماع تأجل.", "أفادت", "مصادر مطلعة", "unnamed", "that_clause", id="afadat-masadir"),
    pytest.param("قال عنه الوزير إنه كفء.", "قال", "الوزير", "named", "that_clause", id="pronoun-phrase-then-source"),
    # never a source: a prepositional phrase with a pronoun, a pronoun alone
    pytest.param("وقال فيها إن الوضع صعب.", "قال", "", "implicit", "that_clause", id="qala-fiha"),
    pytest.param("وقالت لهم إن الوضع صعب.", "قالت", "", "implicit", "that_clause", id="qalat-lahum"),
    pytest.param("وقال بدوره إن الأمر انتهى.", "قال", "", "implicit", "that_clause", id="qala-bidawrihi"),
    pytest.param("وقال هو إن الأمر انتهى.", "قال", "", "implicit", "that_clause", id="pronoun-alone"),
]


@pytest.mark.parametrize("text, cue_text, source, source_type, content_type", SOURCES)
def test_sources_in_news(text, cue_text, source, source_type, content_type) -> None:
    found = find_attributions_ar(text)
    check_spans(text, found)
    a = found[0]
    assert (a.text, a.source_text, a.source_type, a.content_type) == (cue_text, source, source_type, content_type)
    if a.source_start is not None:
        assert text[a.source_start : a.source_end] == a.source_text


@pytest.mark.parametrize("text", ["تسير الأمور وفق الجدول المحدد.", "تعمل الشركة وفق القانون."])
def test_wifq_in_accordance_with_is_no_attribution(text: str) -> None:
    assert find_attributions_ar(text) == []


@pytest.mark.parametrize("text, cue_text, source, content_type, content", SOURCE_PHRASES)
def test_source_with_a_prepositional_phrase(text, cue_text, source, content_type, content) -> None:
    (a,) = find_attributions_ar(text)
    assert (a.text, a.source_text, a.content_type, a.content_text) == (cue_text, source, content_type, content)
    assert text[a.source_start : a.source_end] == a.source_text
    assert text[a.content_start : a.content_end] == a.content_text
