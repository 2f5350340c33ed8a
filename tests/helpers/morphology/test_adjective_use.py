"""Adjective use counted in news prose: the shared key and the feminine key (sentences written for the tests)."""

from __future__ import annotations

import pytest

from helpers.morphology import analyze_morphology_ar
from helpers.morphology.adjective_use import adjective_key_ar, adjective_share_ar, count_adjective_use_ar, feminine_key_ar


@pytest.mark.parametrize(
    ("host", "shared", "feminine"),
    [
        ("المرتفعة", "مرتفع", "مرتفعة"),  # a feminine singular: both keys
        ("مرتفعتين", "مرتفع", "مرتفعة"),  # a dual: its singular in ة
        ("العربيتان", "عربي", "عربية"),
        ("المرتفعات", "مرتفع", None),  # a plural in ات: nouns take it too (the heights)
        ("المرتفع", "مرتفع", None),  # a masculine: the shared key only
        ("سنة", "سنة", None),  # too short to have an ending
    ],
)
def test_keys(host: str, shared: str, feminine: str | None) -> None:
    assert adjective_key_ar(host) == shared
    assert feminine_key_ar(host) == feminine
    assert feminine_key_ar(host) != adjective_key_ar(host)


def test_feminine_forms_are_counted_apart() -> None:
    """A masculine noun (المعبر "the crossing") does not decide how its feminine (المعبرة) is used."""
    texts = [
        "أغلق الجيش المعبر. وصلت الشاحنات إلى المعبر وبقيت في المعبر.",
        "نشرت الصحيفة الصورة المعبرة والرسالة المعبرة.",
    ]
    after_definite, after_preposition = count_adjective_use_ar(texts)
    assert (after_definite["معبر"], after_preposition["معبر"]) == (3, 2)  # shared: the noun's uses mixed in
    assert (after_definite["معبرة"], after_preposition["معبرة"]) == (2, 0)  # الرسالة المعبرة: an adjective


@pytest.mark.parametrize(
    ("host", "adjective"),
    [
        ("المرتفعة", True),  # الأسعار المرتفعة, though المرتفع "the height" is a noun
        ("المرتفع", False),
        ("العديدة", True),  # المشاكل العديدة, though العديد من heads its phrase
        ("العديد", False),
        ("الجديدة", True),
        ("الحكومة", False),
    ],
)
def test_shipped_shares(host: str, adjective: bool) -> None:
    """The shipped counts (ANT news) put feminine adjectives whose masculine is a noun on the adjective side."""
    share = adjective_share_ar(host)
    assert share is not None and (share >= 0.5) == adjective


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("ارتفعت الأسعار المرتفعة أصلا.", "المرتفعة", "ADJ"),
        ("صعد الجنود إلى المرتفع القريب.", "المرتفع", "NOUN"),
        ("تواجه البلاد مشاكل عديدة.", "عديدة", "ADJ"),
    ],
)
def test_in_context(text: str, word: str, expected: str) -> None:
    table = analyze_morphology_ar(text)
    assert table.loc[table["token"] == word, "pos_coarse"].tolist() == [expected]
