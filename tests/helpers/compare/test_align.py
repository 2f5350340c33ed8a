"""Tests for helpers.compare.align: TF-IDF over character n-grams, shared / partial / unique."""

from __future__ import annotations

import numpy as np
import pytest

from helpers.compare.align import (
    ALIGN_COLUMNS,
    align_statements_ar,
    shared_content_matrix,
    similarity_matrix_ar,
    statement_units_ar,
    unit_features_ar,
)
from helpers.compare.texts import comparison_texts
from helpers.data import case_study_path
from helpers.text.load import TextInputError, read_text_ar

BASE = "اتفق الجانبان على تحويل مهمة القوات إلى التدريب والمشورة."

# (other sentence, expected label of BASE's best match at the default thresholds)
PAIRS = [
    pytest.param(BASE, "shared", id="identical"),
    pytest.param("اتفق الجانبان على تحويل مهمة القوات إلى التدريب والمشورة والمساعدة.", "shared", id="one-word-added"),
    pytest.param("واتفق الجانبين على تحويل مهمه القوات الى التدريب والمشوره.", "shared", id="spelling-and-clitics"),
    pytest.param("وقال البيان إن مهمة القوات تحولت إلى تقديم التدريب.", "partial", id="paraphrase"),
    pytest.param("هطلت أمطار غزيرة على المدينة طوال الليل.", "unique", id="unrelated"),
]


@pytest.mark.parametrize("other, label", PAIRS)
def test_pair_labels(other: str, label: str) -> None:
    table = align_statements_ar({"a": BASE, "b": other + " وانتهى اللقاء بعد ساعتين من النقاش."})
    row = table[table.text == "a"].iloc[0]
    assert row["label"] == label
    assert row["match_index"] == 0


@pytest.mark.parametrize("threshold, partial, label", [(0.95, 0.3, "partial"), (0.3, 0.2, "shared"), (1.0, 1.0, "unique")])
def test_thresholds_decide_the_label(threshold: float, partial: float, label: str) -> None:
    other = "وقال البيان إن مهمة القوات تحولت إلى تقديم التدريب والمشورة."
    table = align_statements_ar({"a": BASE, "b": other}, threshold=threshold, partial_threshold=partial)
    assert table.loc[0, "label"] == label


def test_known_overlap_and_offsets() -> None:
    texts = {
        "x": "عقدت الجولة الثالثة من الحوار عبر الاتصال المرئي. وارتفعت أسعار النفط في الأسواق العالمية. وتحولت المهمة إلى التدريب.",
        "y": "تحولت المهمة إلى التدريب والمشورة. وعقدت الجولة الثالثة من الحوار عبر الاتصال المرئي أمس.",
    }
    table = align_statements_ar(texts)
    assert list(table.columns) == ALIGN_COLUMNS
    x = table[table.text == "x"]
    assert x["label"].tolist() == ["shared", "unique", "shared"]
    assert x["match_index"].tolist()[0] == 1 and x["match_index"].tolist()[2] == 0
    for row in table.itertuples():
        assert texts[row.text][row.start : row.end] == row.sentence
        assert texts[row.other][row.match_start : row.match_end] == row.match_sentence
    matrix = shared_content_matrix(table)
    assert matrix.loc["x", "y"] == pytest.approx(2 / 3)
    assert matrix.loc["y", "x"] == 1.0


def test_similarity_is_symmetric_and_bounded() -> None:
    a = ["تحولت المهمة إلى التدريب", "ارتفعت أسعار النفط"]
    b = ["المهمة تحولت إلى التدريب", "النفط"]
    s = similarity_matrix_ar(a, b)
    assert s.shape == (2, 2) and (s >= 0).all() and (s <= 1).all()
    m, _ = unit_features_ar(a + b)
    assert np.allclose(np.linalg.norm(m, axis=1), 1.0)


@pytest.mark.parametrize("level, n", [("sentence", 2), ("clause", 3), ("paragraph", 1)])
def test_units(level: str, n: int) -> None:
    assert len(statement_units_ar("اتفق الجانبان أمس، وانتهى الحوار بهدوء تام. ثم غادر الوفد العاصمة سريعاً.", level=level)) == n


@pytest.mark.parametrize("texts, error", [
    ({"a": "نص واحد فقط هنا."}, ValueError),
    (["نص", "نص"], TypeError),
    ({"a": "نص عربي هنا.", "b": ""}, TextInputError),
    ({"a": "نص عربي هنا طويل.", "b": "قصير."}, TextInputError),
])
def test_bad_input(texts, error) -> None:
    with pytest.raises(error):
        align_statements_ar(texts)


def test_bad_thresholds() -> None:
    with pytest.raises(ValueError, match="must not exceed"):
        align_statements_ar({"a": BASE, "b": BASE}, threshold=0.3, partial_threshold=0.5)


def test_comparison_texts_share_the_core_facts() -> None:
    table = align_statements_ar(comparison_texts())
    matrix = shared_content_matrix(table, labels=("shared", "partial"))
    # the wire report restates nearly all of the communiqué's facts; the commentary shares least
    assert matrix.loc["joint_communique", "wire_report"] >= 0.8
    assert matrix.loc["opposing_commentary", "wire_report"] < 0.3
    assert matrix.loc["opposing_commentary", "joint_communique"] < 0.3
    lead = table[(table.text == "wire_report") & (table["index"] == 1) & (table.other == "joint_communique")].iloc[0]
    assert lead["label"] == "shared"


def test_runs_on_the_case_study() -> None:
    texts = {"case_study": read_text_ar(case_study_path()), **comparison_texts()}
    table = align_statements_ar(texts)
    assert set(table.label) <= {"shared", "partial", "unique"}
    assert (table[table.text == "case_study"].label != "shared").any()
