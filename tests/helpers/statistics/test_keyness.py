"""Tests for helpers.statistics.keyness: LL and Log Ratio by hand, wordfreq offline, and the CAMeL list loader."""

from __future__ import annotations

import gzip
import math
import zipfile
from collections import Counter

import pandas as pd
import pytest

from helpers.data import case_study_path
from helpers.statistics.frequency import frequency_table_ar
from helpers.statistics.keyness import keyness_ar, load_camel_frequency_list, log_likelihood, log_ratio
from helpers.text.load import read_text_ar

# Worked 2x2 example, Rayson & Garside's two-cell LL:
#   a = 20 in c = 1,000 target words; b = 10 in d = 2,000 reference words
#   E1 = 1000 * 30 / 3000 = 10, E2 = 2000 * 30 / 3000 = 20
#   LL = 2 * (20 * ln(20 / 10) + 10 * ln(10 / 20)) = 2 * (20 ln 2 - 10 ln 2) = 20 ln 2 = 13.862944
#   Log Ratio = log2((20 / 1000) / (10 / 2000)) = log2(0.02 / 0.005) = log2 4 = 2
# Second example, b = 0: a = 5 in 100, b = 0 in 900
#   E1 = 100 * 5 / 1000 = 0.5; LL = 2 * 5 * ln(5 / 0.5) = 10 ln 10 = 23.025851
#   Log Ratio with 0 -> 0.5: log2((5 / 100) / (0.5 / 900)) = log2 90 = 6.491853
LL_CASES = [
    ((20, 10, 1000, 2000), 20 * math.log(2), 2.0),
    ((10, 20, 2000, 1000), -20 * math.log(2), -2.0),
    ((5, 0, 100, 900), 10 * math.log(10), math.log2(90)),
    ((0, 5, 900, 100), -10 * math.log(10), -math.log2(90)),
    ((10, 20, 1000, 2000), 0.0, 0.0),
]


@pytest.mark.parametrize(("cells", "ll", "lr"), LL_CASES)
def test_log_likelihood_and_log_ratio_by_hand(cells, ll, lr):
    assert log_likelihood(*cells) == pytest.approx(ll)
    assert log_ratio(*cells) == pytest.approx(lr)


def test_log_likelihood_rejects_impossible_counts():
    with pytest.raises(ValueError, match="need 0 <= a <= c"):
        log_likelihood(20, 1, 10, 100)


def test_keyness_against_counts_with_hand_values():
    target = Counter({"حرب": 20, "سلام": 980})
    reference = Counter({"حرب": 10, "سلام": 1980, "هدنة": 10})
    table = keyness_ar(target, reference, percent_diff=True)
    assert list(table.columns) == ["item", "count_target", "count_ref", "per_1000_target", "per_1000_ref", "ll", "p",
                                   "log_ratio", "direction", "percent_diff"]
    row = table.set_index("item").loc["حرب"]
    assert row.ll == pytest.approx(20 * math.log(2)) and row.log_ratio == pytest.approx(2.0)
    assert row.per_1000_target == 20 and row.per_1000_ref == 5 and row.percent_diff == pytest.approx(300.0)
    assert row.p == pytest.approx(math.erfc(math.sqrt(row.ll / 2))) and row.p < 0.001
    assert table["item"].tolist()[0] == "حرب" and table["item"].tolist()[-1] == "هدنة"
    assert table.set_index("item").loc["هدنة", "direction"] == "reference"
    assert "هدنة" not in set(keyness_ar(target, reference, reference_only=False)["item"])


def test_text_against_text_with_a_table_and_sizes():
    target = "الحرب الحرب السلام في البيت"
    reference = "السلام السلام في البيت في الحقل"
    by_text = keyness_ar(target, reference, level="normalized")
    by_table = keyness_ar(frequency_table_ar(target, level="normalized"), frequency_table_ar(reference, level="normalized"))
    pd.testing.assert_frame_equal(by_text, by_table)
    dropped = keyness_ar(target, reference, stopwords=False)
    assert "في" not in set(dropped["item"])
    # stopwords dropped from the counts, but the sizes are still every word token
    assert dropped.set_index("item").loc["الحرب", "per_1000_target"] == pytest.approx(400.0)


def test_against_wordfreq_offline():
    text = "قال الرئيس إن الحرب انتهت في العراق وقال الرئيس إن وكاتيوشا لن تعود"
    table = keyness_ar(text)
    assert table["ll"].is_monotonic_decreasing
    rows = table.set_index("item")
    assert rows.loc["وكاتيوشا", "count_ref"] == 0  # not in wordfreq: Log Ratio uses 0.5 / 1e9
    assert rows.loc["وكاتيوشا", "log_ratio"] == pytest.approx(math.log2((1 / 13) / (0.5 / 1e9)))  # 13 words
    assert rows.loc["في", "count_ref"] > 1e7  # about 3.5 % of Arabic running words
    assert ((table["per_1000_target"] > table["per_1000_ref"]) == (table["direction"] == "target")).all()
    # normalized level: all hamza spellings are summed
    surface = keyness_ar("الإدارة الأدارة الادارة", level="surface").set_index("item")
    normalized = keyness_ar("الإدارة الأدارة الادارة", level="normalized").set_index("item")
    assert normalized.loc["الاداره", "count_ref"] >= surface["count_ref"].sum() * 0.99


@pytest.mark.parametrize(
    ("args", "kwargs", "error", "message"),
    [
        ((42,), {}, TypeError, "target must be"),
        (({"حرب": 1},), {"level": "lemma"}, ValueError, "level must be"),
        (({"حرب": 1}, pd.DataFrame({"word": ["حرب"]})), {}, ValueError, "needs 'item' and 'count'"),
        (({"حرب": 5},), {"target_size": 2}, ValueError, "larger than its corpus size"),
        (({"حرب": 1},), {"min_count": 0}, ValueError, "min_count"),
    ],
)
def test_keyness_bad_input(args, kwargs, error, message):
    with pytest.raises(error, match=message):
        keyness_ar(*args, **kwargs)


SAMPLE = "word\tfreq\nفي\t16664531\nمن\t15695517\nالإدارة\t7000\nالادارة\t3000\n\nكاتيوشا   12\n"


@pytest.mark.parametrize("suffix", [".tsv", ".tsv.gz", ".zip"])
def test_load_camel_frequency_list_from_a_sample_the_test_writes(tmp_path, suffix):
    path = tmp_path / f"MSA_sample{suffix}"
    if suffix == ".tsv":
        path.write_text(SAMPLE, encoding="utf-8")
    elif suffix == ".tsv.gz":
        path.write_bytes(gzip.compress(SAMPLE.encode("utf-8")))
    else:
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("MSA_freq_lists.tsv", SAMPLE)
    table = load_camel_frequency_list(path)
    assert table.values.tolist() == [["في", 16664531], ["من", 15695517], ["الإدارة", 7000], ["الادارة", 3000], ["كاتيوشا", 12]]
    folded = load_camel_frequency_list(path, level="normalized", limit=4)
    assert folded.values.tolist() == [["في", 16664531], ["من", 15695517], ["الاداره", 10000]]


def test_camel_list_as_keyness_reference(tmp_path):
    path = tmp_path / "sample.tsv"
    path.write_text(SAMPLE, encoding="utf-8")
    reference = load_camel_frequency_list(path, level="normalized")
    table = keyness_ar("الادارة في كاتيوشا", reference, level="normalized", reference_size=1e8, reference_only=False)
    assert set(table["item"]) == {"الاداره", "في", "كاتيوشا"}


@pytest.mark.parametrize(
    ("content", "message"),
    [("في\t12\nمن\tكثير\n", "line 2: expected 'word<TAB>count'"), ("", "no 'word<TAB>count' lines"),
     ("word\tfreq\n", "no 'word<TAB>count' lines")],
)
def test_camel_list_errors(tmp_path, content, message):
    path = tmp_path / "bad.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        load_camel_frequency_list(path)


def test_camel_list_missing_file(tmp_path):
    with pytest.raises(FileNotFoundError, match="no such frequency list"):
        load_camel_frequency_list(tmp_path / "none.tsv")


def test_case_study_against_wordfreq():
    text = read_text_ar(case_study_path())
    table = keyness_ar(text, level="normalized", stopwords=False)
    assert table.iloc[0]["item"] == "الكاظمي"
    assert (table.head(15)["direction"] == "target").all()
