"""Every notebook follows the kit's teaching conventions (student copies and grading: tests/test_grading.py)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


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
