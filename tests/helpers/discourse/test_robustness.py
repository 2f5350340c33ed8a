"""Every discourse helper runs on any Arabic text: valid, sorted spans and no stray errors."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.discourse import (
    find_attributions_ar,
    find_connectives_ar,
    find_deixis_ar,
    reference_chains_ar,
    text_parts_ar,
)
from helpers.text.load import TextInputError
from helpers.text.spans import check_spans

from discourse_texts import NEWS_AR

HELPERS = [
    pytest.param(text_parts_ar, id="parts"),
    pytest.param(find_connectives_ar, id="connectives"),
    pytest.param(lambda t: find_connectives_ar(t, clitics="all"), id="connectives-all"),
    pytest.param(find_attributions_ar, id="attribution"),
    pytest.param(find_deixis_ar, id="deixis"),
    pytest.param(reference_chains_ar, id="chains"),
]

# Words and marks the helpers react to, mixed with ordinary ones.
PIECES = ["و", "ف", "لكن", "لكنها", "مع أن", "بل", "لا", "إذا ما", "اذا", "قال", "إن", "أن", "«", "»", '"', "،", ".",
          ":", "(", ")", "\n\n", " ", "\u064e", "\u0640", "الرئيس", "الكاظمي", "ه", "ة", "اليوم", "أمس", "هنا", "بحسب",
          "مصادر", "دليل", "على", "الرجل", "أما", "إما", "أو", "2021", "Biden", "\u200f", "ﻻ"]


@pytest.mark.parametrize("helper", HELPERS)
@settings(max_examples=60, deadline=None)
@given(pieces=st.lists(st.sampled_from(PIECES), min_size=1, max_size=30))
def test_any_text(helper, pieces: list[str]) -> None:
    text = " ".join(pieces)
    try:
        found = helper(text)
    except TextInputError:
        return  # no Arabic letter: refused with a one-line error
    check_spans(text, found)
    assert [(s.start, s.end) for s in found] == sorted((s.start, s.end) for s in found)


@pytest.mark.parametrize("helper", HELPERS)
def test_news_text_and_crlf(helper) -> None:
    text = NEWS_AR.replace("\n", "\r\n")
    check_spans(text, helper(text))
