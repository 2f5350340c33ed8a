"""Tests for helpers.discourse.parts: headline, dateline, lead, body, closing, boilerplate."""

from __future__ import annotations

import pytest

from helpers.data import case_study_path
from helpers.discourse.parts import PART_LABELS, text_parts_ar
from helpers.text.load import TextInputError, read_text_ar
from helpers.text.spans import check_spans

from discourse_texts import NEWS_AR

# (text, [(label, text)])
CASES = [
    pytest.param("بدأ الحوار أمس. وانتهى اليوم.", [("lead", "بدأ الحوار أمس."), ("body", "وانتهى اليوم.")], id="one-paragraph"),
    pytest.param("جملة واحدة فقط.", [("lead", "جملة واحدة فقط.")], id="one-sentence"),
    pytest.param("الأولى هنا.\n\nالثانية هنا.", [("lead", "الأولى هنا."), ("body", "الثانية هنا.")], id="two-paragraphs-no-closing"),
    pytest.param("عنوان\n\nبغداد- وكالات:\n\nالأولى.\n\nالثانية.\n\nالثالثة.\n\nعلق هنا",
                 [("headline", "عنوان"), ("dateline", "بغداد- وكالات:"), ("lead", "الأولى."), ("body", "الثانية."),
                  ("closing", "الثالثة."), ("boilerplate", "علق هنا")], id="full-article"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_parts(text: str, expected: list) -> None:
    parts = text_parts_ar(text)
    check_spans(text, parts)
    assert [(p.label, p.text) for p in parts] == expected


def test_case_study() -> None:
    text = read_text_ar(case_study_path())
    labels = [p.label for p in text_parts_ar(text)]
    assert labels == ["headline", "dateline", "lead", "body", "body", "body", "body", "closing", "boilerplate"]
    assert set(labels) == set(PART_LABELS)


def test_news_text() -> None:
    assert [p.label for p in text_parts_ar(NEWS_AR)] == ["headline", "dateline", "lead", "body", "body", "closing", "boilerplate"]


def test_bad_input() -> None:
    with pytest.raises(TextInputError):
        text_parts_ar("")
