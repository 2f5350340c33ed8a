"""Notebook 08 answers another question on the corpus when its parameters change.

Notebook 08 reads a corpus, not a text: its ``parameters`` cell names the corpus, the subset
(a pattern documents must match), the query word and a category. Here papermill runs it with two
other parameter sets (Libya and sport; Palestine and the economy), offline, and the outputs are
read: no error, no NaN where a number is meant, and every solution accepted by its check against
the sub-corpus the notebook read (the checks take the notebook's parameters, never Iraq's figures).
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "notebooks" / "08_corpus.ipynb"
NAN = re.compile(r"\bnan\b", re.IGNORECASE)

QUESTIONS = [
    pytest.param({"SUBSET_PATTERN": "ليبيا", "QUERY_WORD": "ليبيا", "KEY_CATEGORY": "sport"}, id="libya-sport"),
    pytest.param({"SUBSET_PATTERN": "فلسطين", "QUERY_WORD": "فلسطين", "KEY_CATEGORY": "economy"}, id="palestine-economy"),
]


def _outputs(cell: nbformat.NotebookNode) -> str:
    parts = []
    for output in cell.get("outputs", []):
        if output.output_type == "stream":
            parts.append(output.text)
        elif output.output_type in ("execute_result", "display_data"):
            parts.append(output.data.get("text/plain", ""))
        elif output.output_type == "error":
            parts.append(f"{output.ename}: {output.evalue}")
    return "\n".join(parts)


@pytest.mark.parametrize("parameters", QUESTIONS)
def test_notebook_08_runs_on_another_question(parameters: dict[str, str], tmp_path: Path) -> None:
    papermill = pytest.importorskip("papermill")
    out = tmp_path / "08.ipynb"
    papermill.execute_notebook(str(NOTEBOOK), str(out), parameters=parameters, kernel_name="python3",
                               cwd=str(tmp_path), progress_bar=False, log_output=False, execution_timeout=1200)
    nb = nbformat.read(out, as_version=4)
    injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert len(injected) == 1
    given: dict = {}
    exec(injected[0].source, given)  # papermill writes the values as Python literals (\u escapes)
    assert {key: given[key] for key in parameters} == parameters
    checked = 0
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        shown = _outputs(cell)
        assert not any(o.output_type == "error" for o in cell.get("outputs", [])), f"cell {index}: {shown[-300:]}"
        assert not NAN.search(shown), f"cell {index} prints NaN: {cell.source[:60]!r}"
        if "solution" in cell.metadata.get("tags", []) and ("Correct." in shown or "Not yet." in shown):
            assert "✓ Correct." in shown and "Not yet." not in shown, f"solution marked wrong: {shown[-300:]!r}"
            checked += 1
    assert checked >= 5, f"only {checked} of the five exercises were checked on the sub-corpus read"
