"""How CAMeL's analyses become WordAnalysis records: pure functions, no camel_tools import."""

from __future__ import annotations

import pytest

from helpers.morphology.base import COARSE_POS, WordAnalysis
from helpers.morphology.camel_analyses import (
    CAMEL_POS_COARSE,
    camel_analysis_to_word,
    camel_clitic_ar,
    camel_pattern_to_wazn,
    camel_pos_coarse,
    camel_root,
    camel_stem_pattern,
)


@pytest.mark.parametrize(
    ("root", "expected"),
    [("ح.و.ر", "حور"), ("ق.و.ي", "قوي"), ("د.ح.ر.ج", "دحرج"), ("حور", "حور"), ("", ""), (None, ""),
     ("DIGIT", ""), ("PUNC", ""), ("NTWS", ""), ("#", "")],
)  # fmt: skip
def test_camel_root(root: str | None, expected: str) -> None:
    assert camel_root(root) == expected


@pytest.mark.parametrize(
    ("pos", "expected"),
    [("noun", "NOUN"), ("noun_quant", "NOUN"), ("noun_prop", "PROPN"), ("noun_num", "NUM"), ("adj_num", "NUM"),
     ("digit", "NUM"), ("adj", "ADJ"), ("adj_comp", "ADJ"), ("verb", "VERB"), ("verb_pseudo", "PART"),
     ("adv", "ADV"), ("adv_interrog", "ADV"), ("adv_rel", "ADV"), ("pron", "PRON"), ("pron_dem", "PRON"),
     ("pron_rel", "PRON"), ("pron_interrog", "PRON"), ("prep", "ADP"), ("conj", "CCONJ"), ("conj_sub", "SCONJ"),
     ("sub_conj", "SCONJ"), ("part", "PART"), ("part_neg", "PART"), ("part_fut", "PART"), ("part_det", "PART"),
     ("part_voc", "PART"), ("part_new_kind", "PART"), ("interj", "X"), ("punc", "X"), ("abbrev", "X"),
     ("latin", "X"), ("foreign", "X"), ("", "X"), (None, "X"), ("NOUN", "NOUN")],
)  # fmt: skip
def test_camel_pos_coarse(pos: str | None, expected: str) -> None:
    assert camel_pos_coarse(pos) == expected


def test_every_mapped_tag_is_coarse() -> None:
    assert set(CAMEL_POS_COARSE.values()) <= set(COARSE_POS)


@pytest.mark.parametrize(
    ("value", "expected"),
    [(">a_ques", "أ"), ("wa_conj", "و"), ("fa_conj", "ف"), ("wa_sub", "و"), ("bi_prep", "ب"), ("li_prep", "ل"),
     ("la_emph", "ل"), ("ka_prep", "ك"), ("sa_fut", "س"), ("ta_prep", "ت"), ("Al_det", "ال"), ("lA_neg", "لا"),
     ("mA_rel", "ما"), ("1s_poss", "ي"), ("1s_pron", "ي"), ("1s_dobj", "ني"), ("1p_dobj", "نا"),
     ("2ms_poss", "ك"), ("2fs_dobj", "ك"), ("2d_poss", "كما"), ("2mp_pron", "كم"), ("2fp_poss", "كن"),
     ("3ms_poss", "ه"), ("3fs_dobj", "ها"), ("3d_poss", "هما"), ("3mp_poss", "هم"), ("3fp_pron", "هن"),
     ("3p_dobj", "هم"), ("ma_interrog", "ما"), ("man_rel", "من"), ("0", ""), ("na", ""), ("-", ""), ("", ""),
     (None, ""), ("unknown_clitic", "unknown_clitic")],
)  # fmt: skip
def test_camel_clitic_ar(value: str | None, expected: str) -> None:
    assert camel_clitic_ar(value) == expected


@pytest.mark.parametrize(
    ("pattern", "stem", "stem_pattern", "wazn"),
    [
        ("1ِ2َا3", "حِوَار", "1ِ2َا3", "فِعَال"),
        ("وَال1ِ2َا3", "حِوَار", "1ِ2َا3", "فِعَال"),
        ("بِالمِ1ْ2َ3", "مِحْوَر", "مِ1ْ2َ3", "مِفْعَل"),
        ("المُ1َا2َ3َات", "مُفَاوَض", "مُ1َا2َ3", "مُفَاعَل"),
        ("1ِ2َا3هُمَا", "حِوَار", "1ِ2َا3", "فِعَال"),
        ("1َ2ْ3َ4َ", "دَحْرَجَ", "1َ2ْ3َ4َ", "فَعْلَلَ"),
        ("ال1َ2ْ3َة", "", "ال1َ2ْ3َة", "الفَعْلَة"),  # no stem given: the whole pattern
        ("بَغْدَاد", "بَغْدَاد", "بَغْدَاد", ""),  # no root digits: no wazn
        ("backoff", "بايدن", "backoff", ""),
        ("", "حِوَار", "", ""),
    ],
)
def test_stem_pattern_and_wazn(pattern: str, stem: str, stem_pattern: str, wazn: str) -> None:
    assert camel_stem_pattern(pattern, stem) == stem_pattern
    assert camel_pattern_to_wazn(camel_stem_pattern(pattern, stem)) == wazn


def test_analysis_to_word_placeholders() -> None:
    backoff = {"diac": "بايدن", "lex": "بايدن", "root": "", "pattern": "backoff", "stem": "بايدن",
               "pos": "noun_prop", "gloss": "NOAN", "stemgloss": "NOAN", "source": "backoff",
               "pos_lex_logprob": None, "lex_logprob": "-10.0"}  # fmt: skip
    expected = WordAnalysis("بايدن", "بايدن", pos="noun_prop", pos_coarse="PROPN", score=-10.0)
    assert camel_analysis_to_word(backoff) == expected
    assert camel_analysis_to_word({}) == WordAnalysis("", "", score=-99.0)
    gloss = camel_analysis_to_word({"diac": "أَمامَ", "lex": "أَمامَ", "pos": "prep", "gloss": "in_front_of"})
    assert (gloss.gloss, gloss.pos_coarse) == ("in front of", "ADP")
