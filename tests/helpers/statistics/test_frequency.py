"""Tests for helpers.statistics.frequency and helpers.statistics.levels: counts at four levels, dispersion and DP."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from helpers.data import case_study_path
from helpers.statistics.frequency import dispersion_ar, frequency_table_ar, gries_dp
from helpers.statistics.levels import find_word_ar, word_sequence_ar
from helpers.text.load import TextInputError, read_text_ar
from helpers.morphology.base import MORPHOLOGY_COLUMNS

# A text written for the tests: 10 Arabic words, two paragraphs.
TEXT = "قال الوزير إن الإدارة والادارة تعمل.\n\nالإدارة في البيت، والوزير في البيت."


def morphology_table(text: str, rows: list[tuple[str, str, str, str, str]]) -> pd.DataFrame:
    """A hand-made morphology table: (token, lemma, root, proclitics, enclitics) per word, in order."""
    records, pos = [], 0
    for token, lemma, root, pro, enc in rows:
        start = text.index(token, pos)
        pos = start + len(token)
        records.append({"start": start, "end": pos, "token": token, "normalized": token, "repair": "",
                        "lemma": lemma, "root": root, "pattern": "", "pos": "x", "pos_coarse": "NOUN" if root else "ADP",
                        "proclitics": pro, "enclitics": enc, "gloss": "", "backend": "hand", "analyzed": True,
                        "n_analyses": 1})
    return pd.DataFrame(records, columns=list(MORPHOLOGY_COLUMNS))


MORPH = morphology_table(TEXT, [
    ("قال", "قالَ", "قول", "", ""), ("الوزير", "وَزِير", "وزر", "ال", ""), ("إن", "إِنَّ", "", "", ""),
    ("الإدارة", "إِدارَة", "دور", "ال", ""), ("والادارة", "إِدارَة", "دور", "و+ال", ""), ("تعمل", "عَمِلَ", "عمل", "", ""),
    ("الإدارة", "إِدارَة", "دور", "ال", ""), ("في", "فِي", "", "", ""), ("البيت", "بَيْت", "بيت", "ال", ""),
    ("والوزير", "وَزِير", "وزر", "و+ال", ""), ("في", "فِي", "", "", ""), ("البيت", "بَيْت", "بيت", "ال", ""),
])


@pytest.mark.parametrize(
    ("level", "stopwords", "expected"),
    [
        ("surface", True, [("الإدارة", 2), ("البيت", 2), ("في", 2), ("إن", 1), ("الوزير", 1), ("تعمل", 1),
                           ("قال", 1), ("والادارة", 1), ("والوزير", 1)]),
        # قال is listed as a reporting verb, إن and في as function words
        ("normalized", False, [("الاداره", 2), ("البيت", 2), ("الوزير", 1), ("تعمل", 1), ("والاداره", 1),
                               ("والوزير", 1)]),
        ("lemma", True, [("إِدارَة", 3), ("بَيْت", 2), ("فِي", 2), ("وَزِير", 2), ("إِنَّ", 1), ("عَمِلَ", 1), ("قالَ", 1)]),
        ("root", True, [("دور", 3), ("بيت", 2), ("وزر", 2), ("عمل", 1), ("قول", 1)]),
    ],
)
def test_frequency_levels(level, stopwords, expected):
    table = frequency_table_ar(TEXT, level=level, stopwords=stopwords, morphology=MORPH)
    assert list(table.columns) == ["item", "count", "per_1000", "rank"]
    assert list(zip(table["item"], table["count"])) == expected
    # per 1,000 of all 12 word tokens, whatever the level and stopword choice
    assert table["per_1000"].tolist() == pytest.approx([c * 1000 / 12 for _, c in expected])
    assert table["rank"].iloc[0] == 1


def test_ranks_share_ties_and_min_count():
    table = frequency_table_ar(TEXT, level="normalized", min_count=2)
    assert table["item"].tolist() == ["الاداره", "البيت", "في"] and table["rank"].tolist() == [1, 1, 1]


def test_morphology_table_as_source_and_token_list():
    assert frequency_table_ar(MORPH, level="root")["count"].sum() == 9  # three words have no root
    tokens = ["في", "البيت", "في"]
    assert frequency_table_ar(tokens)["item"].tolist() == ["في", "البيت"]


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"level": "lemma"}, ValueError, "needs a morphology table"),
        ({"level": "stem"}, ValueError, "level must be one of"),
        ({"min_count": 0}, ValueError, "min_count must be a positive int"),
        ({"stopwords": "no"}, TypeError, "stopwords must be True"),
    ],
)
def test_bad_options(kwargs, error, message):
    with pytest.raises(error, match=message):
        frequency_table_ar(TEXT, **kwargs)


def test_bad_sources():
    with pytest.raises(TextInputError):
        frequency_table_ar("Only English.")
    with pytest.raises(TextInputError, match="source must be"):
        frequency_table_ar(42)
    with pytest.raises(ValueError, match="lacks column"):
        frequency_table_ar(TEXT, level="lemma", morphology=MORPH.drop(columns=["lemma"]).iloc[:, :0])
    other = morphology_table("قال الوزير", [("قال", "قالَ", "قول", "", ""), ("الوزير", "وَزِير", "وزر", "ال", "")])
    with pytest.raises(ValueError, match="no row for 'قال' at 0:3|no row for"):
        frequency_table_ar(TEXT, level="lemma", morphology=other)


def test_table_without_lemma_column_fails_in_one_line():
    with pytest.raises(ValueError, match="needs a morphology table"):
        frequency_table_ar(TEXT, level="lemma", morphology=MORPH.drop(columns=["lemma"]))


# Gries' DP: hand-computed.  Sizes 10, 10, 20 -> s = .25, .25, .5.
@pytest.mark.parametrize(
    ("counts", "dp", "dp_norm"),
    [
        ([2, 0, 0], 0.75, 1.0),  # .5 * (.75 + .25 + .5); / (1 - .25)
        ([1, 1, 2], 0.0, 0.0),  # spread exactly like the corpus
        ([0, 0, 4], 0.5, 0.5 / 0.75),  # .5 * (.25 + .25 + .5)
    ],
)
def test_gries_dp(counts, dp, dp_norm):
    assert gries_dp([10, 10, 20], counts) == pytest.approx((dp, dp_norm))


def test_gries_dp_edge_cases():
    assert all(math.isnan(v) for v in gries_dp([5, 5], [0, 0]))
    with pytest.raises(ValueError, match="at least two parts"):
        gries_dp([5], [1])


def test_dispersion_positions_point_into_the_text():
    d = dispersion_ar(TEXT, "الإدارة")
    assert d.frequency == 2 and d.n_tokens == 12
    for _, row in d.positions.iterrows():
        assert TEXT[row.start:row.end] == row.token
    assert d.positions["part"].tolist() == [0, 1]
    # two blocks of 6 words, one occurrence each: spread evenly
    assert d.dp == 0.0 and d.parts["tokens"].tolist() == [6, 6]
    clitics = dispersion_ar(TEXT, "الإدارة", clitic_aware=True)
    assert clitics.positions["token"].tolist() == ["الإدارة", "والادارة", "الإدارة"]


def test_dispersion_of_a_root_and_a_category():
    assert dispersion_ar(TEXT, "و ز ر", level="root", morphology=MORPH).frequency == 2
    assert dispersion_ar(TEXT, "ADP", level="pos_coarse", morphology=MORPH).frequency == 3


def test_dispersion_over_sentences():
    # One paragraph of three sentences (2, 2 and 3 words): s = 2/7, 2/7, 3/7; v = 1/2, 1/2, 0.
    text = "الحرب هنا. لا حرب. سلام سلام سلام."
    d = dispersion_ar(text, "حرب", parts="sentences", clitic_aware=True)
    assert d.parts["tokens"].tolist() == [2, 2, 3] and d.parts["count"].tolist() == [1, 1, 0]
    assert d.dp == pytest.approx(3 / 7)
    assert math.isnan(dispersion_ar(text, "حرب", parts="paragraphs").dp)  # one paragraph: no DP
    with pytest.raises(ValueError, match="'sentences'"):
        dispersion_ar(text, "حرب", parts="clauses")


def test_dispersion_over_a_corpus():
    corpus = ["الحرب والسلام الحرب", "السلام هنا", "لا شيء هنا أبدا"]
    d = dispersion_ar(corpus, "الحرب")
    assert d.parts["count"].tolist() == [2, 0, 0] and d.parts["tokens"].tolist() == [3, 2, 4]
    # s = 3/9, 2/9, 4/9; v = 1, 0, 0: DP = .5 * (6/9 + 2/9 + 4/9) = 2/3; DP_norm = (2/3) / (1 - 2/9)
    assert d.dp == pytest.approx(2 / 3) and d.dp_norm == pytest.approx((2 / 3) / (7 / 9))
    assert d.positions["token_index"].tolist() == [0, 2]


def test_case_study():
    text = read_text_ar(case_study_path())
    table = frequency_table_ar(text, level="normalized", stopwords=False)
    assert table.iloc[0]["item"] == "الكاظمي"
    seq = word_sequence_ar(text)
    hits = find_word_ar(seq, "كاتيوشا")
    assert [seq.tokens[i] for i, _, _ in hits] == ["وكاتيوشا", "الكاتيوشا"]
