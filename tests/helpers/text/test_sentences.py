"""Tests for helpers.text.sentences: sentence and clause units."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.data import case_study_path
from helpers.text.load import TextInputError, read_text_ar
from helpers.text.sentences import Sentence, split_sentences_ar
from helpers.text.spans import check_spans

# (text, sentence-level units, clause-level units)
CASES = [
    pytest.param(
        "هذه فقرة بلا عنوان. وفيها جملتان!",
        ["هذه فقرة بلا عنوان.", "وفيها جملتان!"],
        ["هذه فقرة بلا عنوان.", "وفيها جملتان!"],
        id="plain",
    ),
    pytest.param(
        "العنوان\r\n\r\nبغداد- وكالات:\r\n\r\nبدأ الحوار، وانتهى.",
        ["العنوان", "بغداد- وكالات:", "بدأ الحوار، وانتهى."],
        ["العنوان", "بغداد- وكالات:", "بدأ الحوار،", "وانتهى."],
        id="crlf-headline-dateline",
    ),
    pytest.param(
        "ارتفع السعر إلى 3.5 دولار و2.500 دينار... ثم هبط.",
        ["ارتفع السعر إلى 3.5 دولار و2.500 دينار... ثم هبط."],
        ["ارتفع السعر إلى 3.5 دولار و2.500 دينار...", "ثم هبط."],
        id="decimals-and-ellipsis",
    ),
    pytest.param(
        "قال: «لا. أبداً» ثم غادر\u2026 وانتهى الأمر.",
        ["قال: «لا. أبداً» ثم غادر\u2026 وانتهى الأمر."],
        ["قال:", "«لا. أبداً» ثم غادر\u2026", "وانتهى الأمر."],
        id="guillemets-protect-inside",
    ),
    pytest.param(
        "«جملة أولى. جملة ثانية.» وبعدها كلام.",
        ["«جملة أولى. جملة ثانية.»", "وبعدها كلام."],
        ["«جملة أولى. جملة ثانية.»", "وبعدها كلام."],
        id="closing-quote-after-stop",
    ),
    pytest.param(
        "قال: \"انتهى.\" ثم ذهب (بسرعة.) وعاد",
        ["قال: \"انتهى.\"", "ثم ذهب (بسرعة.)", "وعاد"],
        ["قال:", "\"انتهى.\"", "ثم ذهب (بسرعة.)", "وعاد"],
        id="closers-stay-inside",
    ),
    pytest.param(
        "قابل د. أحمد أ.د. محمد ووكالة أ.ف.ب اليوم. وعاد.",
        ["قابل د. أحمد أ.د. محمد ووكالة أ.ف.ب اليوم.", "وعاد."],
        ["قابل د. أحمد أ.د. محمد ووكالة أ.ف.ب اليوم.", "وعاد."],
        id="one-letter-abbreviations",
    ),
    pytest.param(
        "ولد عام 1950 م. ثم انتقل إلى بغداد عام 1442 هـ. وبقي.",
        ["ولد عام 1950 م.", "ثم انتقل إلى بغداد عام 1442 هـ.", "وبقي."],
        ["ولد عام 1950 م.", "ثم انتقل إلى بغداد عام 1442 هـ.", "وبقي."],
        id="date-suffix-ends-sentence",
    ),
    pytest.param(
        "بني المعبد عام 300 ق.م وهدم عام 70 م. ثم أعيد بناؤه. وقال أ.د. علي إن ق.م تعني قبل الميلاد.",
        ["بني المعبد عام 300 ق.م وهدم عام 70 م.", "ثم أعيد بناؤه.", "وقال أ.د. علي إن ق.م تعني قبل الميلاد."],
        ["بني المعبد عام 300 ق.م وهدم عام 70 م.", "ثم أعيد بناؤه.", "وقال أ.د. علي إن ق.م تعني قبل الميلاد."],
        id="abbreviation-inner-stop-after-year",
    ),
    pytest.param(
        "وبنيت المدينة عام 300 ق.م. ثم هجرت. راجع ص. 12 من ج. 2 في الكتاب.",
        ["وبنيت المدينة عام 300 ق.م.", "ثم هجرت.", "راجع ص. 12 من ج. 2 في الكتاب."],
        ["وبنيت المدينة عام 300 ق.م.", "ثم هجرت.", "راجع ص. 12 من ج. 2 في الكتاب."],
        id="date-suffix-with-inner-stop",
    ),
    pytest.param(
        "قال إن الحكومة… والشعب معاً. ثم سكت...\n\nوبعد ذلك غادر.. ربما. هل عاد...؟ لا",
        ["قال إن الحكومة… والشعب معاً.", "ثم سكت...", "وبعد ذلك غادر.. ربما.", "هل عاد...؟", "لا"],
        ["قال إن الحكومة…", "والشعب معاً.", "ثم سكت...", "وبعد ذلك غادر..", "ربما.", "هل عاد...؟", "لا"],
        id="ellipsis-inside-and-at-block-end",
    ),
    pytest.param(
        "هل جاء؟! نعم.وذهب بعيداً",
        ["هل جاء؟!", "نعم.", "وذهب بعيداً"],
        ["هل جاء؟!", "نعم.", "وذهب بعيداً"],
        id="mark-runs-and-missing-space",
    ),
    pytest.param(
        "الساعة 10:30، والعدد 2,500؛ زار Biden وU.S. officials بغداد; ثم عاد",
        ["الساعة 10:30، والعدد 2,500؛ زار Biden وU.S. officials بغداد; ثم عاد"],
        ["الساعة 10:30،", "والعدد 2,500؛", "زار Biden وU.S. officials بغداد;", "ثم عاد"],
        id="latin-numbers-clock",
    ),
    pytest.param(
        "1. البند الأول. 2. البند الثاني.",
        ["1. البند الأول.", "2. البند الثاني."],
        ["1. البند الأول.", "2. البند الثاني."],
        id="list-numbers",
    ),
    pytest.param(
        "انتهى الاجتماع . ! وبدأ آخر",
        ["انتهى الاجتماع . !", "وبدأ آخر"],
        ["انتهى الاجتماع . !", "وبدأ آخر"],
        id="stray-marks-join-previous",
    ),
    pytest.param(
        "نص،بلا مسافة",
        ["نص،بلا مسافة"],
        ["نص،", "بلا مسافة"],
        id="glued-comma",
    ),
]


@pytest.mark.parametrize(("text", "sentences", "clauses"), CASES)
def test_units(text, sentences, clauses):
    found = split_sentences_ar(text)
    assert [s.text for s in found] == sentences
    assert {s.label for s in found} == {"sentence"}
    found = split_sentences_ar(text, level="segment")
    assert [s.text for s in found] == clauses
    assert {s.label for s in found} == {"segment"}
    check_spans(text, found)
    assert split_sentences_ar(text, level="clause") == found  # the level's former name


def test_index_and_paragraph():
    found = split_sentences_ar("العنوان\n\nالأولى. الثانية.\n\nالثالثة")
    assert [(s.index, s.paragraph) for s in found] == [(0, 0), (1, 1), (2, 1), (3, 2)]
    assert isinstance(found[0], Sentence)


def test_case_study():
    text = read_text_ar(case_study_path())
    sentences = split_sentences_ar(text)
    clauses = split_sentences_ar(text, level="segment")
    check_spans(text, sentences)
    check_spans(text, clauses)
    assert sentences[0].text.endswith("!") and sentences[1].text == "بغداد- العراق اليوم:"
    assert sentences[-1].text == "علق هنا"
    assert len(sentences) == 9
    assert len(clauses) == 46


def test_bad_level():
    with pytest.raises(ValueError, match="level"):
        split_sentences_ar("نص", level="word")  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["", " \n\t", "No Arabic at all. None."])
def test_bad_input(bad):
    with pytest.raises(TextInputError):
        split_sentences_ar(bad)


ALPHABET = st.sampled_from(
    list("بغدادالعراقكتبمنى") + ["\u064e", "\u0651", "\u0640", "\u200c", "\u200f", "\ufeff"]
    + list(" \n\r\t") + list(".!?؟،؛:;,…«»\"'()[]-ـ") + list("abcXYZ0123٤٥")
)


@settings(max_examples=300, deadline=None)
@given(st.lists(ALPHABET, min_size=0, max_size=80).map("".join))
def test_offsets_valid_and_increasing(body):
    text = "ب " + body  # a word of its own: "بa" is a letter glued in a Latin word, not Arabic
    for level in ("sentence", "segment"):
        units = split_sentences_ar(text, level=level)
        check_spans(text, units)
        assert units, "a text with a letter has at least one unit"
        for a, b in zip(units, units[1:]):
            assert a.end <= b.start
            assert a.paragraph <= b.paragraph
        assert [u.index for u in units] == list(range(len(units)))
        assert all(u.start < u.end and not u.text[0].isspace() and not u.text[-1].isspace() for u in units)
