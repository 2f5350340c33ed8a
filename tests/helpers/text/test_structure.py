"""Tests for helpers.text.structure: blocks, headline, dateline, paragraphs, boilerplate."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.data import case_study_path, data_dir
from helpers.text.load import TextInputError, read_text_ar
from helpers.text.spans import check_spans
from helpers.text.structure import BOILERPLATE_PATTERNS_AR, WRAP_WIDTH, split_article_ar, split_blocks_ar

# Long lines written for these tests: a paragraph on one line is longer than WRAP_WIDTH.
LONG_1 = ("قال وزير الخارجية في مؤتمر صحفي عقده اليوم إن المحادثات مع الوفد الزائر كانت صريحة ومثمرة، "
          "وإن الجانبين اتفقا على مواصلة الحوار في الأسابيع المقبلة.")
LONG_2 = ("وأضاف الوزير أن اللجان الفنية ستجتمع الشهر المقبل لبحث ملفات الطاقة والمياه والتجارة، "
          "من دون أن يحدد موعداً دقيقاً لذلك الاجتماع")
LONG_3 = ("وكانت الحكومة قد أعلنت في بيان سابق أنها تسعى إلى توسيع التعاون مع جيرانها في مجالات "
          "الاستثمار والنقل والتعليم خلال العام الجاري.")

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
    pytest.param(
        f"الوزير يبحث ملف المياه\n\n{LONG_1}\n{LONG_2}\n{LONG_3}\n",
        "الوزير يبحث ملف المياه", None, [LONG_1, LONG_2, LONG_3], [],
        id="title-blank-line-then-one-paragraph-per-line",
    ),
    pytest.param(
        f"الوزير يبحث ملف المياه\r\n\r\n{LONG_1}\r\n{LONG_2}\r\n\xa0{LONG_3}\r\n",
        "الوزير يبحث ملف المياه", None, [LONG_1, f"{LONG_2}\r\n\xa0{LONG_3}"], [],
        id="ant-wrapped-line-continues-crlf",
    ),
    pytest.param(
        f"الوزير يبحث ملف المياه\n{LONG_1}\n{LONG_2}",
        "الوزير يبحث ملف المياه", None, [LONG_1, LONG_2], [],
        id="title-line-then-paragraph-lines-no-blank-line",
    ),
    pytest.param(
        f"الوزير يبحث ملف المياه\n\nبغداد- وكالة الأنباء:\n{LONG_1}\n{LONG_2}",
        "الوزير يبحث ملف المياه", "بغداد- وكالة الأنباء:", [LONG_1, LONG_2], [],
        id="one-paragraph-per-line-with-dateline-line",
    ),
    pytest.param(
        f"{LONG_1}\n{LONG_2}\n\nعلق هنا",
        None, None, [LONG_1, LONG_2], ["علق هنا"],
        id="paragraph-lines-no-title-no-dateline",
    ),
    pytest.param(
        "عاد الوفد العراقي من واشنطن بعد جولة\nمن المحادثات استمرت ثلاثة أيام\nوانتهت ببيان مشترك.\n\n"
        "وقال مسؤولون إن الجولة المقبلة\nستعقد في بغداد.",
        None, None,
        ["عاد الوفد العراقي من واشنطن بعد جولة\nمن المحادثات استمرت ثلاثة أيام\nوانتهت ببيان مشترك.",
         "وقال مسؤولون إن الجولة المقبلة\nستعقد في بغداد."], [],
        id="hard-wrapped-paragraphs-are-joined",
    ),
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
        # one paragraph per line: short lines that end sentences are blocks of their own
        ("الأولى.\nالثانية!\nالثالثة؟\n\nالرابعة", ["الأولى.", "الثانية!", "الثالثة؟", "الرابعة"]),
        ("قال: «انتهى.»\nثم غادر\n\nب", ["قال: «انتهى.»", "ثم غادر", "ب"]),
        # hard-wrapped (every line short): a break after a sentence end still starts a block
        ("جملة تنتهي هنا.\nوجملة تبدأ\nوتستمر هنا\n\nب", ["جملة تنتهي هنا.", "وجملة تبدأ\nوتستمر هنا", "ب"]),
        # a long line is never wrapped: every line of its run is a block
        (f"{LONG_2}\nسطر قصير بلا نقطة\n\nب", [LONG_2, "سطر قصير بلا نقطة", "ب"]),
        # a line that begins with a space, a no-break space or a tab continues the block above
        (f"أ\n\n{LONG_1}\n {LONG_2}", ["أ", f"{LONG_1}\n {LONG_2}"]),
        (f"أ\n\n{LONG_1}\n\t{LONG_2}\n{LONG_3}", ["أ", f"{LONG_1}\n\t{LONG_2}", LONG_3]),
        ("أ.\n\xa0ب.\nج.\n\nد", ["أ.\n\xa0ب.", "ج.", "د"]),
        ("أ\n\xa0ب\nج", ["أ\n\xa0ب", "ج"]),
        # ... unless the run's first line is indented too: then indents open paragraphs
        (f"  {LONG_1}\n  {LONG_2}\n\nب", [LONG_1, LONG_2, "ب"]),
        ("  أ\n  ب", ["أ", "ب"]),
        # a line of no-break spaces is blank
        (f"{LONG_1}\n\xa0\n{LONG_2}", [LONG_1, LONG_2]),
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


def test_wrap_width_is_between_typical_wrapping_and_a_paragraph():
    assert 80 <= WRAP_WIDTH < len(LONG_1)


def _body_paragraphs(lines: list[str]) -> list[str]:
    """The paragraphs of a news file's body lines, worked out line by line for this test."""
    paragraphs: list[str] = []
    for line in lines:
        if line[:1].isspace() and paragraphs:
            paragraphs[-1] += "\n" + line
        else:
            paragraphs.append(line)
    return [_trimmed(p) for p in paragraphs]


# Invisible marks (directional marks, zero-width characters) that the structure layer trims from
# block edges, as it does whitespace: the title of dev6_07 ends with a right-to-left mark.
_EDGE_MARKS = "\ufeff\u200b\u200e\u200f\u061c\u200c\u200d"


def _trimmed(block: str) -> str:
    while block.strip() != block or block.strip(_EDGE_MARKS) != block:
        block = block.strip().strip(_EDGE_MARKS)
    return block


NEWS = sorted((data_dir() / "news").glob("*.txt"))


@pytest.mark.parametrize("path", NEWS, ids=[p.stem for p in NEWS])
def test_news_files_title_and_one_paragraph_per_line(path: Path):
    # The layout of data/news (and of the ANT corpus): a title, a blank line, then one paragraph
    # per line, a line that begins with a space continuing the one above.
    text = read_text_ar(path)
    title, blank, *body = text.rstrip("\n").split("\n")
    assert blank == ""
    s = split_article_ar(text)
    assert s.headline is not None and s.headline.text == _trimmed(title)
    assert s.dateline is None
    assert [p.text for p in s.paragraphs] == _body_paragraphs(body)
    assert len(s.paragraphs) >= 1
    check_spans(text, s.spans())


def test_news_files_mostly_have_several_paragraphs():
    counts = [len(split_article_ar(read_text_ar(p)).paragraphs) for p in NEWS]
    assert len(NEWS) == 105 and sum(n >= 2 for n in counts) >= 104


def test_case_study():
    text = read_text_ar(case_study_path())
    s = split_article_ar(text)
    assert s.headline.text.startswith("دبلوماسية الكاظمي") and s.headline.text.endswith("!")
    assert s.dateline.text == "بغداد- العراق اليوم:"
    assert len(s.paragraphs) == 6
    assert [b.text for b in s.boilerplate] == ["علق هنا"]
    check_spans(text, s.spans())
    # The split the notebooks and the translations rely on, offset for offset.
    assert [(x.start, x.end, x.label) for x in s.spans()] == [
        (0, 97, "headline"), (99, 119, "dateline"), (121, 456, "paragraph"), (458, 1263, "paragraph"),
        (1265, 1455, "paragraph"), (1457, 1863, "paragraph"), (1865, 2151, "paragraph"),
        (2153, 2708, "paragraph"), (2710, 2717, "boilerplate"),
    ]


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
