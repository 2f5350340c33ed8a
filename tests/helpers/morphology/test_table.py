"""The morphology table: columns, offsets, coverage before/after repair, unknowns, cache, backends."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest

from helpers.data import case_study_path
from helpers.morphology import (
    MORPHOLOGY_COLUMNS,
    AnalysisCache,
    BackendUnavailable,
    analyze_morphology_ar,
    candidates_ar,
    coverage_ar,
    get_backend,
    morphology_spans_ar,
    repairs_ar,
    unknown_words_ar,
)
from helpers.text.spans import check_spans
from helpers.text.tokenize import tokenize_ar, word_tokens_ar

# A text written for these tests: hamzas dropped and misplaced, a name and a loanword.
OWN_TEXT = (
    "اعلن الوزير امس ان المفاوضات مع الأدارة الجديدة ستستمر الى نهاية الشهر، "
    "وأكد ان الحكومة لن تقبل بأي اتفاق لا يضمن اخلاء المدن من السلاح.\n"
    "وقال السوداني إن الدرونز لم تعد تهدد العاصمة."
)


@pytest.fixture(scope="module")
def text() -> str:
    return case_study_path().read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def table(text: str) -> pd.DataFrame:
    return analyze_morphology_ar(text, cache=AnalysisCache())


def test_columns_and_types(table: pd.DataFrame) -> None:
    assert tuple(table.columns) == MORPHOLOGY_COLUMNS
    assert table["analyzed"].dtype == bool and table["n_analyses"].dtype == "int64"
    assert set(table["backend"]) == {"farahidi"}


def test_one_row_per_arabic_word_token_with_valid_offsets(text: str, table: pd.DataFrame) -> None:
    tokens = word_tokens_ar(text)
    assert list(zip(table["start"], table["end"], table["token"])) == [(t.start, t.end, t.text) for t in tokens]
    for row in table.itertuples():
        assert text[row.start : row.end] == row.token


def test_unanalysed_rows_carry_only_a_marked_guess(table: pd.DataFrame) -> None:
    unknown = table[~table["analyzed"]]
    assert len(unknown) > 0
    assert (unknown["pos"] == "guess").all() and (unknown["pos_coarse"] == "PROPN").all()
    assert (unknown["root"] == "").all() and (unknown["pattern"] == "").all() and (unknown["lemma"] != "").all()
    assert (table.loc[table["pos"] == "guess", "analyzed"] == False).all()  # noqa: E712
    assert (table.loc[table["analyzed"], "pos"] != "guess").all()


def test_case_study_coverage_before_and_after_repair(table: pd.DataFrame) -> None:
    coverage = coverage_ar(table)
    assert coverage["tokens"] == len(table) == 443
    assert coverage["share"] >= 0.95
    assert 0.85 <= coverage["share_before_repair"] < 0.92 < coverage["share"]
    assert coverage["repaired"] > 20
    without = coverage_ar(analyze_morphology_ar(case_study_path().read_text(encoding="utf-8"), repair=False))
    assert without["share"] == coverage["share_before_repair"] and without["repaired"] == 0


def test_remaining_unknowns_are_listed(table: pd.DataFrame) -> None:
    unknown = unknown_words_ar(table)
    assert unknown["count"].sum() == (~table["analyzed"]).sum()
    counts = dict(zip(unknown["word"], unknown["count"]))
    assert counts["الكاظمي"] == 8
    assert {"وكاتيوشا", "الكاتيوشا"} <= set(counts)
    assert unknown.iloc[0]["word"] == "الكاظمي"
    assert unknown.loc[unknown["word"] == "ال", "note"].item().startswith("the article")


def test_issue_repairs_are_recorded_with_offsets(text: str, table: pd.DataFrame) -> None:
    repairs = repairs_ar(table)
    pairs = set(zip(repairs["token"], repairs["repair"]))
    assert {("الأدارة", "الإدارة"), ("اخلاء", "إخلاء"), ("وأستمرار", "واستمرار"), ("اصبحت", "أصبحت"), ("الى", "إلى")} <= pairs
    for row in repairs.itertuples():
        assert text[row.start : row.end] == row.token
    repaired = table[table["repair"] != ""]
    assert (repaired["normalized"] == repaired["repair"]).all() and repaired["analyzed"].all()
    assert not (table["token"].isin(["الكاظمي", "وكاتيوشا"]) & (table["repair"] != "")).any()


def test_cached_and_uncached_tables_are_identical(text: str, table: pd.DataFrame) -> None:
    uncached = AnalysisCache(max_size=0)
    plain = analyze_morphology_ar(text, cache=uncached)
    pd.testing.assert_frame_equal(plain, table)
    assert len(uncached) == 0 and uncached.hits == 0 and uncached.misses > len(table)


def test_cache_counts_hits_and_is_shared_across_texts(text: str) -> None:
    cache = AnalysisCache()
    first = analyze_morphology_ar(text, cache=cache, in_context=False)
    types, misses = len(cache), cache.misses
    assert misses == types and cache.hits > 0
    again = analyze_morphology_ar(text, cache=cache, in_context=False)
    pd.testing.assert_frame_equal(first, again)
    assert cache.misses == misses and len(cache) == types
    analyze_morphology_ar("الحوار الاستراتيجي مع الولايات المتحدة", cache=cache)
    assert cache.misses == misses, "every word of the second text was already analysed"


def test_bounded_cache_evicts_least_recently_used() -> None:
    cache = AnalysisCache(max_size=2)
    backend = get_backend("farahidi")
    for word in ["كتاب", "قلم", "كتاب", "بيت"]:
        cache.analyses(backend, word)
    assert len(cache) == 2 and ("farahidi", "كتاب") in cache and ("farahidi", "قلم") not in cache


def test_out_of_context_rows_show_the_first_option() -> None:
    # A content word: out of context its row shows the first candidate the priors keep.
    table = analyze_morphology_ar("الحوار الاستراتيجي", in_context=False, repair=False)
    first = candidates_ar("الحوار").iloc[0]
    assert table.at[0, "n_analyses"] == len(candidates_ar("الحوار"))
    assert table.at[0, "lemma"] in set(candidates_ar("الحوار")["lemma"])
    # A function word takes the closed-class table's reading in and out of context; the
    # analyzer's own first candidate for في is the imperative of وَفَى.
    assert candidates_ar("في").iloc[0]["pos"] != "closed-class/ADP"
    for in_context in (True, False):
        row = analyze_morphology_ar("في الحوار", in_context=in_context).iloc[0]
        assert (row.lemma, row.pos, row.pos_coarse) == ("فِي", "closed-class/ADP", "ADP")
    assert first["pos_coarse"] in {"PROPN", "NOUN", "ADJ"}


def test_own_text() -> None:
    table = analyze_morphology_ar(OWN_TEXT)
    rows = {row.token: row for row in table.itertuples()}
    assert rows["اعلن"].repair == "أعلن" and rows["اعلن"].root == "علن" and rows["اعلن"].pos_coarse == "VERB"
    assert rows["الأدارة"].repair == "الإدارة" and rows["الأدارة"].root == "دور"
    assert rows["اخلاء"].repair == "إخلاء"
    assert rows["الى"].repair == "إلى" and rows["الى"].pos_coarse == "ADP"
    assert rows["المفاوضات"].root == "فوض" and rows["المفاوضات"].proclitics == "ال"
    assert rows["المدن"].root == "مدن"
    assert not rows["الدرونز"].analyzed and rows["الدرونز"].repair == ""
    for row in table.itertuples():
        assert OWN_TEXT[row.start : row.end] == row.token
    assert coverage_ar(table)["share"] > coverage_ar(table)["share_before_repair"]


def test_token_sequence_gives_the_same_table() -> None:
    pd.testing.assert_frame_equal(analyze_morphology_ar(tokenize_ar(OWN_TEXT)), analyze_morphology_ar(OWN_TEXT))
    words_only = analyze_morphology_ar(word_tokens_ar(OWN_TEXT), in_context=False)
    assert len(words_only) == len(word_tokens_ar(OWN_TEXT))
    with pytest.raises(TypeError):
        analyze_morphology_ar(["كتاب"])  # type: ignore[list-item]


def test_spans_point_into_the_text() -> None:
    spans = morphology_spans_ar(OWN_TEXT)
    check_spans(OWN_TEXT, spans)
    assert {s.label for s in spans} == {"morph"}
    record = spans[0].to_dict()
    assert set(record) == {"text", "label", *MORPHOLOGY_COLUMNS} - {"token"}


def test_progress_bar_only_when_asked(capsys: pytest.CaptureFixture[str]) -> None:
    analyze_morphology_ar("الحوار الاستراتيجي")
    assert capsys.readouterr().err == ""
    analyze_morphology_ar("الحوار الاستراتيجي", progress=True)
    assert "morphology" in capsys.readouterr().err


def test_backend_choice() -> None:
    assert get_backend("farahidi") is get_backend("farahidi")
    with pytest.raises(ValueError, match="unknown morphology backend"):
        get_backend("nope")
    with pytest.raises(TypeError):
        analyze_morphology_ar("كتاب", backend=42)  # type: ignore[arg-type]
    try:
        camel = get_backend("camel")
    except BackendUnavailable as err:
        assert "\n" not in str(err) and str(err)
    else:
        assert camel.name.startswith("camel")


def test_package_import_loads_no_camel_morphology() -> None:
    code = (
        "import sys, helpers.morphology, helpers.analyze; "
        "print([m for m in sys.modules if m.startswith(('camel_tools.morphology', 'camel_tools.data', 'helpers.morphology.camel'))])"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
