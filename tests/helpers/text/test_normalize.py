"""Normalization: each step switchable, non-Arabic content kept, offsets back to the original."""

from __future__ import annotations

import unicodedata

import pytest
from camel_tools.utils.normalize import normalize_unicode
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.data import case_study_path
from helpers.text.load import TextInputError
from helpers.text.normalize import (
    _LONE_CHARS,
    NORMALIZATION_STEPS,
    STEP_DESCRIPTIONS,
    normalization_report_ar,
    normalize_ar,
    _one_pass,
    _one_pass_clusters,
    normalize_with_offsets_ar,
)

OFF = dict.fromkeys(NORMALIZATION_STEPS, False)


def only(*steps: str) -> dict[str, bool]:
    return {**OFF, **dict.fromkeys(steps, True)}


# (name, input, switches, expected)
CASES = [
    ("all steps", "الأدارة الـ 2500 اخيراً", {}, "الاداره ال 2500 اخيرا"),
    ("lam-alef ligature", "\ufefb", only("unicode"), "لا"),
    ("allah ligature", "\ufdf2", only("unicode"), "الله"),
    ("presentation forms", "\ufe8d\ufedf\ufee4\ufeae\ufe8e\ufe93", only("unicode"), "المراة"),
    ("alef + madda composes", "\u0627\u0653", only("unicode"), "\u0622"),
    ("alef + hamza below composes", "\u0627\u0655", only("unicode"), "\u0625"),
    ("rial sign (camel_tools fix)", "\ufdfc", only("unicode"), "ريال"),
    ("full-width digit is NFKC", "Page \uff12", only("unicode"), "Page 2"),
    ("unicode off keeps it", "Page \uff12 \ufefb", only("tatweel"), "Page \uff12 \ufefb"),
    ("tatweel only", "الـ\u0640عراق", only("tatweel"), "العراق"),
    ("diacritics only", "مُصْطَفَى\u0651\u0670", only("diacritics"), "مصطفى"),
    ("tanwin", "اخيرا\u064b", only("diacritics"), "اخيرا"),
    ("alef only", "أ إ آ \u0671", only("alef"), "ا ا ا ا"),
    ("alef maksura only", "إلى مصطفى", only("alef_maksura"), "إلي مصطفي"),
    ("teh marbuta only", "الإدارة", only("teh_marbuta"), "الإداره"),
    ("hamza on waw and yeh untouched", "مؤتمر بيئة", {}, "مؤتمر بيئه"),
    ("no step", "الأدارة\u064e", OFF, "الأدارة\u064e"),
    ("zwj and bidi marks kept", "نص\u200d\u200f abc", {}, "نص\u200d\u200f abc"),
    ("latin, digits, punctuation, newlines kept", "Iraq 2021، (نص)!\n\tEnd.", {}, "Iraq 2021، (نص)!\n\tEnd."),
    ("empty string", "", {}, ""),
    ("no arabic is fine here", "just Latin", {}, "just Latin"),
]


@pytest.mark.parametrize(("name", "text", "switches", "expected"), CASES, ids=[c[0] for c in CASES])
def test_normalize_table(name: str, text: str, switches: dict[str, bool], expected: str) -> None:
    assert normalize_ar(text, **switches) == expected
    out, offsets = normalize_with_offsets_ar(text, **switches)
    assert out == expected
    assert len(offsets) == len(out)


OFFSET_CASES = [
    ("deletions", "الـ أُمّة", "ال امه", [0, 1, 3, 4, 6, 8]),
    ("ligature expands", "\ufefb بد", "لا بد", [0, 0, 1, 2, 3]),
    ("composition", "\u0627\u0653خر", "اخر", [0, 2, 3]),
    ("tanwin dropped at end", "اخيراً.", "اخيرا.", [0, 1, 2, 3, 4, 6]),
]


@pytest.mark.parametrize(("name", "text", "out", "offsets"), OFFSET_CASES, ids=[c[0] for c in OFFSET_CASES])
def test_offsets_table(name: str, text: str, out: str, offsets: list[int]) -> None:
    assert normalize_with_offsets_ar(text) == (out, offsets)


def test_steps_and_descriptions() -> None:
    assert NORMALIZATION_STEPS == ("unicode", "tatweel", "diacritics", "alef", "alef_maksura", "teh_marbuta")
    assert set(STEP_DESCRIPTIONS) == set(NORMALIZATION_STEPS)
    assert all("\n" not in d and d for d in STEP_DESCRIPTIONS.values())


def test_options_are_keyword_only() -> None:
    with pytest.raises(TypeError):
        normalize_ar("نص", False)  # type: ignore[misc]


@pytest.mark.parametrize("bad", [None, 3, b"\xd9\x86"])
def test_non_strings_raise(bad: object) -> None:
    with pytest.raises(TextInputError):
        normalize_ar(bad)  # type: ignore[arg-type]
    with pytest.raises(TextInputError):
        normalize_with_offsets_ar(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "message"), [("", "is empty"), ("  \n", "is empty"), ("Latin only 2021.", "no Arabic")])
def test_report_rejects_bad_text(text: str, message: str) -> None:
    with pytest.raises(TextInputError, match=message):
        normalization_report_ar(text)


def test_report_columns_and_rows() -> None:
    report = normalization_report_ar("قال إن الأدارة والإدارة أمس وأمسِ امس", tatweel=False)
    assert list(report.columns) == ["step", "description", "chars_changed", "tokens_changed",
                                    "types_before", "types_after", "types_collapsed", "examples"]
    assert list(report["step"]) == ["unicode", "diacritics", "alef", "alef_maksura", "teh_marbuta"]
    alef = report.set_index("step").loc["alef"]
    assert (alef.tokens_changed, alef.types_before, alef.types_after, alef.types_collapsed) == (5, 7, 6, 1)
    assert alef.examples == "إن→ان; الأدارة→الادارة; والإدارة→والادارة"


def test_report_on_the_case_study() -> None:
    report = normalization_report_ar(case_study_path().read_text(encoding="utf-8")).set_index("step")
    assert report.loc["tatweel", "examples"] == "الـ→ال"
    assert report.loc["tatweel", "chars_changed"] == 1
    assert report.loc["alef", "examples"] == "الأمريكية→الامريكية; أن→ان; الأمر→الامر"
    assert report.loc["alef", "tokens_changed"] == 37
    assert (report["types_after"] <= report["types_before"]).all()


def test_report_examples_most_frequent_first() -> None:
    report = normalization_report_ar("أمس أمس إن أمس إن الأمر").set_index("step")
    assert report.loc["alef", "examples"] == "أمس→امس; إن→ان; الأمر→الامر"


# Hypothesis strategies: Arabic letters, marks, tatweel, presentation forms, Latin, digits,
# punctuation and whitespace, plus arbitrary Unicode for the robustness properties.
ARABIC = "".join(chr(c) for c in range(0x0621, 0x064B)) + "\u0671\u0649\u0629"
MARKS = "".join(chr(c) for c in range(0x064B, 0x0656)) + "\u0670"
PRESENTATION = "\ufefb\ufef7\ufe8d\ufe83\ufe87\ufe81\ufdf2\ufe93"
ASCII = "abcXYZ0123456789.,;:!?()\"'-"
SPACES = " \n\t"
mixed = st.text(alphabet=st.sampled_from(ARABIC + MARKS + "\u0640" + PRESENTATION + ASCII + SPACES + "\u200d\u200f"), max_size=60)
anything = st.text(max_size=40)
switches = st.fixed_dictionaries({step: st.booleans() for step in NORMALIZATION_STEPS})


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(mixed, anything), options=switches)
def test_idempotent(text: str, options: dict[str, bool]) -> None:
    once = normalize_ar(text, **options)
    assert normalize_ar(once, **options) == once


@settings(max_examples=300, deadline=None)
@given(text=mixed, options=switches)
def test_never_drops_non_arabic(text: str, options: dict[str, bool]) -> None:
    def visible_ascii(s: str) -> str:
        return "".join(ch for ch in s if ch.isascii() and not ch.isspace())

    out = normalize_ar(text, **options)
    assert visible_ascii(out) == visible_ascii(text)
    assert out.count("\n") == text.count("\n")


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(mixed, anything), options=switches)
def test_offsets_are_valid(text: str, options: dict[str, bool]) -> None:
    out, offsets = normalize_with_offsets_ar(text, **options)
    assert out == normalize_ar(text, **options)
    assert len(offsets) == len(out)
    assert all(0 <= o < len(text) for o in offsets)
    assert offsets == sorted(offsets)
    for ch, o in zip(out, offsets):
        # the character comes from the original text starting at o (a cluster may span a few)
        assert any(ch in normalize_ar(text[o:e], **options) for e in range(o + 1, min(len(text), o + 12) + 1))


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(mixed, anything))
def test_unicode_step_is_camel_tools_nfkc(text: str) -> None:
    assert normalize_ar(text, **only("unicode")) == normalize_unicode(text)


@settings(max_examples=200, deadline=None)
@given(text=mixed)
def test_all_steps_leave_no_variants(text: str) -> None:
    out = normalize_ar(text)
    assert not set(out) & set("أإآٱىة\u0640" + MARKS.replace("\u0653", "").replace("\u0654", "").replace("\u0655", ""))
    assert unicodedata.is_normalized("NFKC", out) or not set(out) & set("\u0653\u0654\u0655")


# The character-by-character path (text made only of ASCII and the Arabic block) must give
# exactly what the cluster path gives.
lone = st.text(alphabet=st.sampled_from(sorted(_LONE_CHARS)), max_size=80)


def test_lone_chars_never_join_a_neighbour() -> None:
    joined = [
        (a, b) for a in sorted(_LONE_CHARS) for b in sorted(_LONE_CHARS)
        if not (a.isascii() and b.isascii()) and normalize_unicode(a + b) != normalize_unicode(a) + normalize_unicode(b)
    ]
    assert joined == []


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(lone, mixed), options=switches)
def test_character_path_matches_cluster_path(text: str, options: dict[str, bool]) -> None:
    steps = tuple(step for step in NORMALIZATION_STEPS if options[step])
    assert _one_pass(text, steps) == _one_pass_clusters(text, steps)


@pytest.mark.parametrize("options", [{}, only("tatweel"), only("diacritics", "alef"), OFF])
def test_character_path_on_the_case_study(options: dict[str, bool]) -> None:
    text = case_study_path().read_text(encoding="utf-8")
    steps = tuple(step for step in NORMALIZATION_STEPS if options.get(step, True))
    for line in text.splitlines():
        assert _one_pass(line, steps) == _one_pass_clusters(line, steps)
