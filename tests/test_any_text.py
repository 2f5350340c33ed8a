"""Every notebook from 02 on runs on a text that is not the case study, through ``./kit run``.

The notebooks run with papermill (``tools/run_notebook.py``, the code behind ``./kit run``) on a
comparison text and on a real news article, two at a time in separate processes, offline. Then
their outputs are read: no error, no NaN where a number is meant, nothing scored against the case
study's gold, every correct solution accepted by its check, every case-study-only cell reduced to
its one line, and an HTML page that loads nothing from the network.
"""

from __future__ import annotations

import atexit
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import nbformat
import pytest

from helpers.exercises.case_study import MAGIC, case_study_note

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = [p for p in sorted((ROOT / "notebooks").glob("*.ipynb")) if "02" <= p.name[:2] <= "07"]
# One constructed comparison text (no dateline, questions, quotes) and one real news article
# (title, blank line, one paragraph per line), neither of them the case study.
TEXTS = [ROOT / "data" / "comparison" / "opposing_commentary.txt",
         ROOT / "data" / "news" / "dev_10_JA-internationalNews-1062-20160703.txt"]
RUNS = [(nb, text) for nb in NOTEBOOKS for text in TEXTS]
RUN_IDS = [f"{nb.name[:2]}-{text.stem.split('_JA')[0]}" for nb, text in RUNS]

NAN = re.compile(r"\bnan\b", re.IGNORECASE)
# Words only the case study's gold scoring prints (precision, recall, gold counts).
GOLD_WORDS = re.compile(r"\b(?:gold|precision|recall)\b", re.IGNORECASE)


def _load_runner():
    spec = importlib.util.spec_from_file_location("run_notebook", ROOT / "tools" / "run_notebook.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _run(notebook: Path, text: Path, out: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "KIT_CALLER_DIR": str(ROOT), "MPLBACKEND": "Agg"}
    return subprocess.run(
        [sys.executable, str(ROOT / "tools" / "run_notebook.py"), str(notebook), "--text", str(text), "--out", str(out)],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=1800,
    )


_STARTED: dict[tuple[Path, Path], Future] = {}
_OUT = Path(tempfile.mkdtemp(prefix="adl-any-text-"))
atexit.register(shutil.rmtree, _OUT, True)


def start_runs(jobs: list[tuple[Path, Path]]) -> None:
    """Start the runs in the background, two at a time (tests/conftest.py does it at collection,
    so they overlap the rest of the suite; this module's tests come last and wait for them)."""
    todo = [job for job in dict.fromkeys(jobs) if job not in _STARTED]
    if not todo:
        return
    pool = ThreadPoolExecutor(max_workers=max(1, min(2, os.cpu_count() or 1)), thread_name_prefix="any-text")
    for job in todo:
        _STARTED[job] = pool.submit(_run, *job, _OUT)
    pool.shutdown(wait=False)


def cancel_pending_runs() -> None:
    """Forget the runs that have not started (the session is over)."""
    for future in _STARTED.values():
        future.cancel()


class _Runs:
    """The runs by (notebook, text): each is started if need be, then waited for."""

    def __getitem__(self, job: tuple[Path, Path]) -> tuple[subprocess.CompletedProcess, Path]:
        start_runs([job])  # when collection did not start it (e.g. a single test run by node id)
        return _STARTED[job].result(), _OUT


@pytest.fixture(scope="module")
def runs() -> _Runs:
    return _Runs()


def _outputs(cell: nbformat.NotebookNode) -> str:
    parts = []
    for output in cell.get("outputs", []):
        if output.output_type == "stream":
            parts.append(output.text)
        elif output.output_type in ("execute_result", "display_data"):
            parts.extend(output.data.get(kind, "") for kind in ("text/plain", "text/html"))
        elif output.output_type == "error":
            parts.append(f"{output.ename}: {output.evalue}")
    return "\n".join(parts)


def _executed(runs, notebook: Path, text: Path) -> nbformat.NotebookNode:
    result, out = runs[(notebook, text)]
    assert result.returncode == 0, f"./kit run failed: {result.stderr.strip().splitlines()[-1:]}"
    return nbformat.read(out / f"{notebook.stem}.{text.stem}.ipynb", as_version=4)


@pytest.mark.parametrize(("notebook", "text"), RUNS, ids=RUN_IDS)
def test_runs_without_error_and_says_where_it_wrote(runs, notebook: Path, text: Path) -> None:
    result, out = runs[(notebook, text)]
    assert result.returncode == 0, result.stderr
    stem = f"{notebook.stem}.{text.stem}"
    assert result.stdout.splitlines() == [f"wrote {out / stem}.ipynb", f"wrote {out / stem}.html"]
    nb = _executed(runs, notebook, text)
    assert not any(o.output_type == "error" for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []))
    injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert len(injected) == 1 and str(text) in injected[0].source
    assert text.stem in _outputs(next(c for c in nb.cells if "IS_CASE_STUDY = " in c.source))  # it says which text


@pytest.mark.parametrize(("notebook", "text"), RUNS, ids=RUN_IDS)
def test_no_nan_and_no_score_against_the_case_study_gold(runs, notebook: Path, text: Path) -> None:
    nb = _executed(runs, notebook, text)
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        shown = _outputs(cell)
        assert not NAN.search(shown), f"cell {index} prints NaN: {cell.source[:60]!r}"
        if not cell.source.startswith(f"%%{MAGIC}"):
            assert not GOLD_WORDS.search(shown), f"cell {index} prints a gold score: {cell.source[:60]!r}"


@pytest.mark.parametrize(("notebook", "text"), RUNS, ids=RUN_IDS)
def test_case_study_cells_print_one_line_and_notes_are_marked(runs, notebook: Path, text: Path) -> None:
    nb = _executed(runs, notebook, text)
    guarded = [c for c in nb.cells if c.cell_type == "code" and c.source.startswith(f"%%{MAGIC}")]
    for cell in guarded:
        why = cell.source.splitlines()[0][len(MAGIC) + 2:]
        assert [(o.output_type, o.get("text")) for o in cell.outputs] == [("stream", case_study_note(why) + "\n")]
    notes = [c for c in nb.cells if c.cell_type == "markdown" and "case_study" in c.metadata.get("tags", [])]
    assert notes and all(c.source.startswith("> *This note was written about the case study") for c in notes)
    assert all(text.name in c.source.splitlines()[0] for c in notes)


@pytest.mark.parametrize(("notebook", "text"), RUNS, ids=RUN_IDS)
def test_solutions_are_accepted_on_the_text_read(runs, notebook: Path, text: Path) -> None:
    # A correct answer computed from this text must not be marked wrong against the case study.
    nb = _executed(runs, notebook, text)
    checked = 0
    for cell in nb.cells:
        if "solution" not in cell.metadata.get("tags", []) or cell.source.startswith(f"%%{MAGIC}"):
            continue
        shown = _outputs(cell)
        if "Correct." in shown or "Not yet." in shown:
            assert "✓ Correct." in shown and "Not yet." not in shown, f"solution marked wrong: {shown[-300:]!r}"
            checked += 1
    if notebook.name[:2] != "05":  # notebook 05's exercises all read the case study's gold annotation
        assert checked >= 1, "at least one exercise is checked against the text read"


@pytest.mark.parametrize(("notebook", "text"), RUNS[:2], ids=RUN_IDS[:2])
def test_html_page_needs_no_network(runs, notebook: Path, text: Path) -> None:
    result, out = runs[(notebook, text)]
    assert result.returncode == 0
    page = (out / f"{notebook.stem}.{text.stem}.html").read_text(encoding="utf-8")
    assert "<html" in page and "dir=\"rtl\"" in page
    assert not re.search(r"""<(?:script|img|iframe)\b[^>]*\bsrc=["']?(?:https?:)?//""", page)
    assert not re.search(r"""<link\b[^>]*\bhref=["']?(?:https?:)?//""", page)
    assert '<script src="">' not in page


# --- the command's one-line errors ---------------------------------------------------------------


@pytest.mark.parametrize(("argv", "message"), [
    (["99_nothing", "--text", "data/news/dev_10_JA-internationalNews-1062-20160703.txt"],
     "kit: notebook not found: 99_nothing (give a path, or a number such as 04)"),
    (["04", "--text", "no_such_text.txt"], "kit: file not found: no_such_text.txt"),
    (["00", "--text", "data/news/dev_10_JA-internationalNews-1062-20160703.txt"],
     "kit: 00_tour.ipynb has no cell tagged 'parameters': it only reads the case study"),
    (["0", "--text", "data/news/dev_10_JA-internationalNews-1062-20160703.txt"], "kit: 0 names several notebooks"),
    (["pyproject.toml", "--text", "README.md"], "kit: pyproject.toml is not a notebook (.ipynb)"),
    (["04"], "kit: run: the following arguments are required: --text (./kit run NOTEBOOK --text PATH [--out DIR])"),
    (["04", "--text", "a.txt", "--colour"], "kit: run: unrecognized arguments: --colour"),
])
def test_bad_input_gives_one_line(argv: list[str], message: str, capsys, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("KIT_CALLER_DIR", str(ROOT))
    runner = _load_runner()
    assert runner.main([*argv, "--out", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(message) and err.count("\n") == 1
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize(("raw", "problem"), [(b"", "is empty"), (b"\xff\xfe", "not UTF-8"), (b"ab\xffcd", "not valid UTF-8"), (b"Hello", "no Arabic letters")])
def test_bad_text_file_gives_one_line(raw: bytes, problem: str, capsys, monkeypatch, tmp_path: Path) -> None:
    (tmp_path / "mine.txt").write_bytes(raw)
    monkeypatch.setenv("KIT_CALLER_DIR", str(tmp_path))
    assert _load_runner().main(["04", "--text", "mine.txt", "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kit: mine.txt") and problem in err and err.count("\n") == 1
    assert str(tmp_path) not in err


def test_notebooks_are_found_by_number_name_or_path(monkeypatch) -> None:
    monkeypatch.setenv("KIT_CALLER_DIR", str(ROOT / "data"))
    runner = _load_runner()
    wanted = ROOT / "notebooks" / "04_words_in_use.ipynb"
    assert runner.find_notebook("04") == wanted
    assert runner.find_notebook("04_words_in_use") == wanted
    assert runner.find_notebook("../notebooks/04_words_in_use.ipynb") == wanted
    assert runner.find_notebook("notebooks/04_words_in_use.ipynb") == wanted


def test_clean_joins_printed_text_sent_in_chunks() -> None:
    # The kernel may send one print in several messages; the executed notebook stores it as one.
    new = nbformat.v4
    nb = new.new_notebook(cells=[new.new_code_cell("print('a')", outputs=[
        new.new_output("stream", name="stdout", text="a"), new.new_output("stream", name="stdout", text="\n"),
        new.new_output("stream", name="stderr", text="w\n")])])
    _load_runner().clean(nb, {"TEXT_PATH": "x.txt"})
    assert [(o.name, o.text) for o in nb.cells[0].outputs] == [("stdout", "a\n"), ("stderr", "w\n")]
    assert nb.metadata.papermill == {"parameters": {"TEXT_PATH": "x.txt"}} and nb.cells[0].id == "c000"


def test_a_failing_cell_gives_one_line_and_keeps_the_executed_notebook(capsys, monkeypatch, tmp_path: Path) -> None:
    new = nbformat.v4
    nb = new.new_notebook(cells=[
        new.new_code_cell("TEXT_PATH = None", metadata={"tags": ["parameters"]}),
        new.new_code_cell("from helpers.text.load import read_text_ar\n"
                          "raise ValueError(f'{len(read_text_ar(TEXT_PATH))} characters')"),
        new.new_code_cell("print('never reached')"),
    ])
    nbformat.write(nb, tmp_path / "failing.ipynb")
    (tmp_path / "mine.txt").write_text("نص قصير.", encoding="utf-8")
    monkeypatch.setenv("KIT_CALLER_DIR", str(tmp_path))
    assert _load_runner().main(["failing.ipynb", "--text", "mine.txt", "--out", "out"]) == 1
    err = capsys.readouterr().err
    assert re.fullmatch(r"kit: failing\.ipynb failed in cell \d+ on mine\.txt: ValueError: 8 characters\n", err)
    executed = nbformat.read(tmp_path / "out" / "failing.mine.ipynb", as_version=4)
    errors = [o for c in executed.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert [(o.ename, o.evalue) for o in errors] == [("ValueError", "8 characters")]
    assert executed.metadata.papermill == {"parameters": {"TEXT_PATH": "mine.txt"}}
    assert not (tmp_path / "out" / "failing.mine.html").exists()


@pytest.mark.parametrize("content", [b"not json", b'{"cells": 3}', b"\xff\xfe"], ids=["not-json", "not-a-notebook", "not-utf8"])
def test_an_unreadable_notebook_gives_one_line(content: bytes, capsys, monkeypatch, tmp_path: Path) -> None:
    (tmp_path / "broken.ipynb").write_bytes(content)
    (tmp_path / "mine.txt").write_text("نص قصير.", encoding="utf-8")
    monkeypatch.setenv("KIT_CALLER_DIR", str(tmp_path))
    assert _load_runner().main(["broken.ipynb", "--text", "mine.txt", "--out", "out"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("kit: broken.ipynb is not a readable notebook") and err.count("\n") == 1
    assert not (tmp_path / "out").exists()
