"""Every notebook follows the kit's teaching conventions, and student copies can be made from it."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def _load_tool():
    spec = importlib.util.spec_from_file_location("make_student_copies", ROOT / "tools" / "make_student_copies.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


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


def test_student_copies_drop_solutions_and_outputs(tmp_path: Path) -> None:
    tool = _load_tool()
    assert tool.main([str(tmp_path)]) == 0
    for path in NOTEBOOKS:
        full = nbformat.read(path, as_version=4)
        copy = nbformat.read(tmp_path / path.name, as_version=4)
        solutions = sum("solution" in c.metadata.get("tags", []) for c in full.cells)
        assert len(copy.cells) == len(full.cells) - solutions
        assert not any("solution" in c.metadata.get("tags", []) for c in copy.cells)
        assert all(not c.get("outputs") for c in copy.cells if c.cell_type == "code")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_student_copy_runs_without_its_solutions(path: Path) -> None:
    # A student who skips an exercise must still be able to run the rest of the notebook:
    # no later cell may depend on a name that only a solution cell defines.
    from nbclient import NotebookClient

    copy = _load_tool().student_copy(nbformat.read(path, as_version=4))
    client = NotebookClient(copy, kernel_name="python3", timeout=600, resources={"metadata": {"path": str(path.parent)}})
    client.execute()
