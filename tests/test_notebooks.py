"""Every notebook follows the kit's teaching conventions (student copies and grading: tests/test_grading.py)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
# Notebooks that read one text, named in their parameters cell (tests/test_any_text.py runs them on others).
ON_ANY_TEXT = [p for p in NOTEBOOKS if "02" <= p.name[:2] <= "07"]


@pytest.fixture(params=NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def notebook(request: pytest.FixtureRequest) -> nbformat.NotebookNode:
    return nbformat.read(request.param, as_version=4)


def test_there_are_notebooks() -> None:
    assert [p.name[:2] for p in NOTEBOOKS] == [f"{i:02d}" for i in range(len(NOTEBOOKS))]


def test_first_cell_states_objectives_time_and_prerequisites(notebook: nbformat.NotebookNode) -> None:
    first = notebook.cells[0]
    assert first.cell_type == "markdown" and first.source.startswith("# ")
    for heading in ("Learning objectives", "Time needed", "Prerequisites"):
        assert heading in first.source, f"first cell lacks '{heading}'"


def test_exercises_have_tagged_solutions_on_your_own_and_summary(notebook: nbformat.NotebookNode) -> None:
    solutions = [c for c in notebook.cells if "solution" in c.metadata.get("tags", [])]
    assert len(solutions) >= 2, "at least two exercises with solution cells"
    headings = " ".join(c.source for c in notebook.cells if c.cell_type == "markdown")
    assert "On your own" in headings and "Summary" in headings


def test_clean_metadata_and_no_machine_paths(notebook: nbformat.NotebookNode) -> None:
    # Exactly what the kit's kernel reports in JupyterLab (tools/jupyter), so opening a notebook
    # changes nothing; no Python version or other machine-specific field.
    stored = json.loads((ROOT / "tools" / "jupyter" / "notebook_metadata.json").read_text(encoding="utf-8"))
    assert notebook.metadata == stored
    text = json.dumps(notebook, ensure_ascii=False)
    machine_path = re.search(r"/(?:root|home|tmp|work)/", text)
    assert machine_path is None, f"notebook contains a machine path ({machine_path and machine_path.group(0)})"
    assert "sys.path" not in text, "notebooks import the installed helpers; no sys.path changes"


def test_every_code_cell_has_run(notebook: nbformat.NotebookNode) -> None:
    code = [c for c in notebook.cells if c.cell_type == "code" and c.source.strip()]
    assert all(c.execution_count for c in code), "run ./kit execute before committing"


def test_teaching_tags(notebook: nbformat.NotebookNode) -> None:
    # reveals-answer marks prose that a student copy leaves out; not-graded marks a code cell whose
    # check calls only show how a check answers (tests/test_grading.py covers both in use).
    for cell in notebook.cells:
        tags = cell.metadata.get("tags", [])
        if "reveals-answer" in tags:
            assert cell.cell_type == "markdown" and "solution" not in tags
        if "not-graded" in tags:
            assert cell.cell_type == "code" and re.search(r"\bnb\d\d\.check_\w+\(", cell.source)


@pytest.mark.parametrize("path", [p for p in NOTEBOOKS if p.name[:2] >= "02"], ids=lambda p: p.name)
def test_one_parameters_cell(path: Path) -> None:
    # papermill's convention: the cell tagged "parameters" holds what a researcher changes.
    nb = nbformat.read(path, as_version=4)
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1 and tagged[0].cell_type == "code", "one code cell tagged 'parameters'"


@pytest.mark.parametrize("path", ON_ANY_TEXT, ids=lambda p: p.name)
def test_text_comes_from_the_parameters_and_case_study_cells_are_switched(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    params = next(i for i, c in enumerate(code) if "parameters" in c.metadata.get("tags", []))
    assignments = [line for line in code[params].source.splitlines() if not line.startswith("#")]
    assert assignments[0].startswith("TEXT_PATH = None")
    assert all(re.match(r"[A-Z_]+ = None\b", line) for line in assignments), "every parameter defaults to None"
    loads = [i for i, c in enumerate(code) if "read_text_ar(TEXT_PATH or case_study_path())" in c.source]
    assert len(loads) == 1 and loads[0] > params
    assert "case_study_path()" not in "".join(c.source for i, c in enumerate(code) if i != loads[0] and "import" not in c.source)
    switch = next(i for i, c in enumerate(code) if "case_study_cells(IS_CASE_STUDY)" in c.source)
    magic = [i for i, c in enumerate(code) if re.search(r"^\s*%%case_study_only", c.source, re.M)]
    assert all(code[i].source.startswith("%%case_study_only") for i in magic), "the magic must be a cell's first line"
    assert all(i > switch for i in magic)


def test_case_study_tag_marks_notes_only() -> None:
    for path in NOTEBOOKS:
        for cell in nbformat.read(path, as_version=4).cells:
            if "case_study" in cell.metadata.get("tags", []):
                assert cell.cell_type == "markdown", f"{path.name}: the case_study tag is for notes (Markdown)"
