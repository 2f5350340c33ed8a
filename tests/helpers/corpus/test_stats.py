"""Corpus statistics against the single-text helpers they generalise, and sub-corpus profiles."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from corpus_texts import MORE_TEXTS_AR, TEXTS_AR, category_rows, write_table

from helpers.corpus import (
    CorpusInputError,
    corpus_collocations_ar,
    corpus_frequency_ar,
    corpus_keyness_ar,
    group_values,
    run_corpus,
    subcorpus_profiles_ar,
)
from helpers.morphology import analyze_morphology_ar
from helpers.statistics.collocations import collocations_ar
from helpers.statistics.frequency import counts_ar, frequency_table_ar, gries_dp
from helpers.statistics.keyness import keyness_ar
from helpers.statistics.levels import word_sequence_ar

ROOT = Path(__file__).resolve().parents[3]
LAYERS = ["tokens", "sentences", "morphology", "evaluation", "devices", "connectives", "attribution", "deixis", "diversity"]


@pytest.fixture(scope="module")
def grouped(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Six documents in four categories, from a CSV table."""
    base = tmp_path_factory.mktemp("grouped")
    table = write_table(base / "corpus.csv", category_rows())
    run_corpus([table], base / "out", workers=1, id_column="id", layers=LAYERS, quiet=True)
    return base / "out"


@pytest.fixture(scope="module")
def single(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("single")
    (base / "one.txt").write_text(TEXTS_AR["politics"] + MORE_TEXTS_AR["politics"], encoding="utf-8")
    run_corpus([base / "one.txt"], base / "out", workers=1, layers=["tokens", "morphology"], quiet=True)
    return base / "out"


def _texts() -> dict[str, str]:
    return {row["id"]: row["text"] for row in category_rows()}


@pytest.mark.parametrize("level", ["surface", "normalized", "lemma", "root"])
@pytest.mark.parametrize("stopwords", [True, False])
def test_one_document_corpus_counts_like_frequency_table_ar(single: Path, level: str, stopwords: bool) -> None:
    text = TEXTS_AR["politics"] + MORE_TEXTS_AR["politics"]
    expected = frequency_table_ar(text, level=level, stopwords=stopwords, morphology=analyze_morphology_ar(text))
    found = corpus_frequency_ar(single, level=level, stopwords=stopwords)
    assert found[["item", "count", "rank"]].values.tolist() == expected[["item", "count", "rank"]].values.tolist()
    assert found["per_million"].tolist() == pytest.approx((expected["per_1000"] * 1000).tolist())
    assert found["dp"].isna().all()  # one document: no dispersion over documents


def test_dispersion_over_documents_is_gries_dp(grouped: Path) -> None:
    texts = _texts()
    sequences = {doc_id: word_sequence_ar(text) for doc_id, text in texts.items()}
    sizes = [len(sequences[d]) for d in texts]
    frequency = corpus_frequency_ar(grouped, level="normalized")
    assert frequency["count"].sum() == sum(sizes)
    for row in frequency.itertuples():
        counts = [counts_ar(sequences[d], level="normalized")[row.item] for d in texts]
        dp, dp_norm = gries_dp(sizes, counts)
        assert (row.count, row.documents) == (sum(counts), sum(c > 0 for c in counts))
        assert row.dp == pytest.approx(dp, abs=1e-9) and row.dp_norm == pytest.approx(dp_norm, abs=1e-9)
        assert row.doc_share == pytest.approx(row.documents / 6)


def test_frequency_by_group_and_top(grouped: Path) -> None:
    frequency = corpus_frequency_ar(grouped, by="category", top=3, stopwords=False)
    assert sorted(set(frequency["group"])) == ["culture", "economy", "politics", "sport"]
    assert frequency.groupby("group").size().max() <= 3
    sport = " ".join(r["text"] for r in category_rows() if r["category"] == "sport")
    expected = frequency_table_ar(sport, level="normalized", stopwords=False).head(3)
    assert frequency[frequency["group"] == "sport"]["item"].tolist() == expected["item"].tolist()


def test_keyness_of_each_group_uses_keyness_ar(grouped: Path) -> None:
    rows = category_rows()
    found = corpus_keyness_ar(grouped, by="category", min_count=2, top=None)
    for group in ("politics", "sport"):
        target = [r["text"] for r in rows if r["category"] == group]
        rest = [r["text"] for r in rows if r["category"] != group]
        expected = keyness_ar(target, rest, level="normalized", stopwords=False, min_count=2)
        mine = found[found["group"] == group]
        assert mine["item"].tolist() == expected["item"].tolist()
        assert mine["ll"].tolist() == pytest.approx(expected["ll"].tolist())
        assert mine["log_ratio"].tolist() == pytest.approx(expected["log_ratio"].tolist())
        assert (mine["per_million_target"] / 1000).tolist() == pytest.approx(expected["per_1000_target"].tolist())


def test_keyness_top_keeps_positive_items(grouped: Path) -> None:
    found = corpus_keyness_ar(grouped, by="category", min_count=1, top=2)
    assert set(found["direction"]) == {"target"}
    assert found.groupby("group").size().to_dict() == {"culture": 2, "economy": 2, "politics": 2, "sport": 2}
    assert (found.groupby("group")["documents"].first().to_dict()) == {"culture": 1, "economy": 1, "politics": 2, "sport": 2}


@pytest.mark.parametrize(("node", "level"), [("الفريق", "normalized"), ("قال", "surface"), ("الحوار", "normalized")])
def test_collocations_in_one_document_equal_collocations_ar(single: Path, node: str, level: str) -> None:
    text = TEXTS_AR["politics"] + MORE_TEXTS_AR["politics"]
    expected = collocations_ar(text, node, level=level, min_count=1)
    found = corpus_collocations_ar(single, node, level=level, min_count=1)
    columns = ["collocate", "cooc", "left", "right", "freq_collocate", "freq_node", "pmi", "npmi", "log_dice"]
    assert found[columns].round(9).values.tolist() == expected[columns].round(9).values.tolist()


def test_collocation_windows_stop_at_document_edges(grouped: Path) -> None:
    # "تعادل الفريق" opens doc-6; doc-5 (read just before it) ends with "الأحزاب"
    found = corpus_collocations_ar(grouped, "الفريق", window=2, min_count=1)
    expected: Counter[str] = Counter()
    documents: Counter[str] = Counter()
    for text in _texts().values():
        items = word_sequence_ar(text).normalized
        near = [items[j] for i, item in enumerate(items) if item == "الفريق"
                for j in range(max(0, i - 2), min(len(items), i + 3)) if j != i and items[j] != "الفريق"]
        expected.update(near)
        documents.update(set(near))
    assert dict(zip(found["collocate"], found["cooc"])) == dict(expected)
    assert dict(zip(found["collocate"], found["documents"])) == dict(documents)
    assert "الاحزاب" not in set(found["collocate"])


def test_profiles_by_group(grouped: Path) -> None:
    profile = subcorpus_profiles_ar(grouped, by="category")
    assert list(profile.columns) == ["culture", "economy", "politics", "sport", "all documents"]
    assert profile.loc[("size", "documents")].tolist() == [1, 1, 2, 2, 6]
    words = {g: sum(len(word_sequence_ar(r["text"])) for r in category_rows() if r["category"] == g)
             for g in ("culture", "economy", "politics", "sport")}
    assert profile.loc[("size", "words")].tolist() == [*words.values(), sum(words.values())]
    from helpers.rhetoric import tag_evaluation_ar

    politics = [r["text"] for r in category_rows() if r["category"] == "politics"]
    positive = sum(m.label == "evaluative:positive" for t in politics for m in tag_evaluation_ar(t))
    assert profile.loc[("stance", "positive per 1,000"), "politics"] == round(positive * 1000 / words["politics"], 2)
    assert list(dict.fromkeys(profile.index.get_level_values(0))) == [
        "size", "diversity", "stance", "devices", "connectives", "attribution", "deixis"]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda out: corpus_keyness_ar(out, by="nope"), "no document has a value for 'nope'"),
        (lambda out: group_values(out, ""), "by must name a document column or metadata field"),
        (lambda out: corpus_frequency_ar(out, level="stem"), "level must be one of"),
        (lambda out: corpus_collocations_ar(out, "قال", window=0), "window must be an int of at least 1"),
    ],
)
def test_bad_arguments(grouped: Path, call, message: str) -> None:
    with pytest.raises((CorpusInputError, ValueError), match=message):
        call(grouped)


def test_keyness_needs_two_groups(single: Path) -> None:
    with pytest.raises(CorpusInputError, match="no document has a value for 'category'"):
        corpus_keyness_ar(single)


def test_compare_command_on_a_corpus(grouped: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "helpers", "compare", "--corpus", str(grouped), "--by", "category", "--top", "2",
                             "--min-count", "1"],
                            cwd=ROOT, env=os.environ.copy(), capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["groups"] == ["culture", "economy", "politics", "sport"]
    assert {row["group"] for row in document["keyness"]} == set(document["groups"])
    first = document["profile"][0]
    assert (first["section"], first["measure"], first["all documents"]) == ("size", "documents", 6)
    assert not any(isinstance(v, float) and math.isnan(v) for row in document["profile"] for v in row.values())
