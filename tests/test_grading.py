"""Grading and student copies, tested on submissions built from the real notebooks.

* **correct**: every notebook with its solutions in, and notebook 00's student copy with the
  solution code put into the answer cells: every exercise passes;
* **empty**: every student copy as handed out: it runs to the end without an error, and no
  exercise passes (this replaces the old test that student copies run without their solutions);
* **partly wrong**: notebook 00's student copy with one right answer, one wrong answer and one
  answer cell that raises;
* **broken**: a file that is not JSON, a notebook of no known kind, a notebook that never ends.

The student copies must not give answers away: no kept cell talks about a removed one, and the
prose after each exercise does not state its answer (the answers are taken from running the
solution cells, through the grading log).
"""

from __future__ import annotations

import csv
import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import nbformat
import pytest

from helpers.exercises.grading import NOT_GRADED_TAG, NotebookGrade, grade_notebook, notebook_key
from helpers.exercises.registry import exercises_of

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
IDS = [p.stem for p in NOTEBOOKS]


def _tool():
    spec = importlib.util.spec_from_file_location("make_student_copies", ROOT / "tools" / "make_student_copies.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _key(path: Path) -> str:
    return f"nb{path.name[:2]}"


_GRADES: dict[tuple[str, str], NotebookGrade] = {}


@pytest.fixture(scope="module")
def copies(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("student")
    assert _tool().main([str(folder)]) == 0
    return folder


def _graded(kind: str, path: Path) -> NotebookGrade:
    """Grade a notebook once per test module (kind: 'full' or 'student')."""
    if (kind, path.name) not in _GRADES:
        _GRADES[(kind, path.name)] = grade_notebook(path, timeout=900)
    return _GRADES[(kind, path.name)]


# --- correct and empty submissions, every notebook -------------------------------------------------


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_full_notebook_passes_every_exercise(path: Path) -> None:
    grade = _graded("full", path)
    assert (grade.status, grade.detail) == ("ok", "")
    assert [r.exercise for r in grade.rows] == [e.id for e in exercises_of(_key(path))]
    failed = [(r.exercise, r.feedback) for r in grade.rows if not r.passed]
    assert not failed


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_student_copy_runs_and_passes_nothing(path: Path, copies: Path) -> None:
    grade = _graded("student", copies / path.name)
    # Every cell runs: no later cell depends on a name that only a solution cell defines.
    assert (grade.status, grade.detail) == ("ok", "")
    assert grade.notebook == _key(path)
    assert [r.exercise for r in grade.rows] == [e.id for e in exercises_of(_key(path))]
    for row in grade.rows:
        assert not row.passed and row.attempts == 0, row
        assert row.feedback.startswith("No answer yet"), row


# --- student copies do not give answers away -------------------------------------------------------

REFERS_TO_REMOVED = re.compile(
    r"solution cell|run the solution|the solution (?:above|below)|skipped the solution|printed above|"
    r"characters printed|worked example", re.I)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_student_copy_refers_to_no_removed_cell(path: Path, copies: Path) -> None:
    copy = nbformat.read(copies / path.name, as_version=4)
    for cell in copy.cells:
        match = REFERS_TO_REMOVED.search(cell.source)
        assert match is None, f"{cell.id}: '{match and match.group(0)}' points at a cell the student copy does not have"


def _needles(answer: Any) -> set[str]:
    """How prose could state an answer: numbers as people round them, words, items of a list."""
    if isinstance(answer, bool) or answer is None:
        return set()
    if isinstance(answer, float):
        forms = {f"{answer:.2f}", f"{answer:.3f}", f"{answer * 100:.1f}%"}
        if abs(answer) >= 1:
            forms.add(f"{answer:.1f}")
        return {f for f in forms if len(f.strip("0.%")) >= 2}
    if isinstance(answer, int):
        return {str(answer), f"{answer:,}"} if answer >= 10 else set()
    if isinstance(answer, str):
        return {answer} if 2 <= len(answer) <= 60 else set()
    if isinstance(answer, list):
        return set().union(*(_needles(a) for a in answer)) if answer else set()
    if isinstance(answer, dict):
        return set().union(*(_needles(v) for v in answer.values())) if answer else set()
    return set()


def _after_answer(copy: nbformat.NotebookNode, check_name: str) -> str:
    """The prose a student reads right after answering: up to the next heading."""
    cells = copy.cells
    at = next(i for i, c in enumerate(cells) if c.cell_type == "code" and f"{check_name}(" in c.source
              and NOT_GRADED_TAG not in c.metadata.get("tags", []))
    prose = []
    for cell in cells[at + 1:]:
        if cell.cell_type != "markdown":
            continue
        head = re.search(r"^#{1,6} ", cell.source, re.M)
        prose.append(cell.source[: head.start()] if head else cell.source)
        if head:
            break
    return "\n".join(prose)


def _leaks(prose: str, answer: Any) -> list[str]:
    """What of ``answer`` the prose states. A collection (more than three items, such as words to
    list) leaks when half of it is named: naming a few while discussing the result is not the
    answer. A number, a word or a pair leaks when any distinctive part of it is there."""
    items = list(answer.values()) if isinstance(answer, dict) else answer
    if isinstance(items, list) and len(items) > 3:
        named = [str(item) for item in items if any(n in prose for n in _needles(item))]
        return named if len(named) >= max(2, len(items) / 2) else []
    return sorted(n for n in _needles(answer) if n in prose)


LEAKS = [
    # (prose after the answer, the answer, leaked)
    pytest.param("About 13.5 per 1,000, or one word in 74.", 13.544018058690744, True, id="rounded-rate"),
    pytest.param("Is that a lot? A rate means little on its own.", 13.544018058690744, False, id="no-number"),
    pytest.param("Ten types cover 18.7% of the text.", 0.18735891647855532, True, id="share-as-percent"),
    pytest.param("The sense is contrast here.", "contrast", True, id="word"),
    pytest.param("Sentence 3 has 129 words.", [3, 129], True, id="pair"),
    pytest.param("وجود and وطني keep their و.", ["وجود", "وطني", "وهو", "ولكن", "والحروب", "ويراهن"], False, id="a-few-of-a-list"),
    pytest.param("وجود وطني وهو ولكن", ["وجود", "وطني", "وهو", "ولكن", "والحروب", "ويراهن"], True, id="half-of-a-list"),
]


@pytest.mark.parametrize(("prose", "answer", "leaked"), LEAKS)
def test_leak_rule(prose: str, answer: Any, leaked: bool) -> None:
    assert bool(_leaks(prose, answer)) is leaked


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_student_copy_does_not_state_the_answers(path: Path, copies: Path) -> None:
    answers = _graded("full", path).answers          # what the solution cells answered
    copy = nbformat.read(copies / path.name, as_version=4)
    for ex in exercises_of(_key(path)):
        assert ex.id in answers, f"{ex.id}: no solution cell answered it"
        stated = _leaks(_after_answer(copy, ex.check_name), answers[ex.id])
        assert not stated, f"{ex.id}: the prose after the exercise states the answer ({', '.join(stated)})"


def test_student_copies_drop_tagged_cells_and_outputs(copies: Path) -> None:
    for path in NOTEBOOKS:
        full = nbformat.read(path, as_version=4)
        copy = nbformat.read(copies / path.name, as_version=4)
        removed = [c for c in full.cells if {"solution", "reveals-answer"} & set(c.metadata.get("tags", []))]
        assert len(copy.cells) == len(full.cells) - len(removed)
        assert all(not c.get("outputs") and c.get("execution_count") is None for c in copy.cells if c.cell_type == "code")
        assert copy.metadata["arabic_discourse_lab"]["notebook"] == path.stem
        assert notebook_key(copy) == _key(path)


def test_student_copies_keep_work_unless_forced(tmp_path: Path) -> None:
    tool = _tool()
    assert tool.main([str(tmp_path)]) == 0
    worked = tmp_path / NOTEBOOKS[0].name
    nb = nbformat.read(worked, as_version=4)
    nb.cells[0].source += "\n\nMy notes."
    nbformat.write(nb, worked)
    assert tool.main([str(tmp_path)]) == 0
    assert "My notes." in worked.read_text(encoding="utf-8")          # kept
    assert tool.main([str(tmp_path), "--missing-only"]) == 0
    assert "My notes." in worked.read_text(encoding="utf-8")
    (tmp_path / NOTEBOOKS[1].name).unlink()
    assert tool.main([str(tmp_path), "--missing-only"]) == 0
    assert (tmp_path / NOTEBOOKS[1].name).exists()                    # made again
    assert tool.main([str(tmp_path), "--force"]) == 0
    assert "My notes." not in worked.read_text(encoding="utf-8")      # replaced


# --- notebook 00: an answered copy, a partly wrong one, broken ones --------------------------------

TOUR = ROOT / "notebooks" / "00_tour.ipynb"


def _answered_copy(answers: dict[str, str]) -> nbformat.NotebookNode:
    """The student copy of notebook 00 with ``answers`` (check name → the cell's code) in its answer cells."""
    copy = _tool().student_copy(nbformat.read(TOUR, as_version=4), TOUR.stem)
    for cell in copy.cells:
        for check, code in answers.items():
            if cell.cell_type == "code" and f"nb00.{check}(" in cell.source and NOT_GRADED_TAG not in cell.metadata.get("tags", []):
                cell.source = code
    return copy


def _solutions() -> dict[str, str]:
    """Notebook 00's solution cells, by the check they call (what a student who got it right wrote)."""
    full = nbformat.read(TOUR, as_version=4)
    found = {}
    for cell in full.cells:
        if "solution" in cell.metadata.get("tags", []):
            found[re.search(r"nb00\.(check_\w+)\(", cell.source).group(1)] = cell.source
    return found


def test_answered_student_copy(tmp_path: Path) -> None:
    solutions = _solutions()
    assert sorted(solutions) == sorted(e.check_name for e in exercises_of("nb00"))
    path = tmp_path / "alice_00.ipynb"
    nbformat.write(_answered_copy(solutions), path)
    grade = grade_notebook(path, timeout=600)
    assert (grade.notebook, grade.status, grade.detail) == ("nb00", "ok", "")
    assert [(r.exercise, r.passed, r.attempts) for r in grade.rows] == [
        ("nb00.ex1", True, 1), ("nb00.ex2", True, 1), ("nb00.ex3", True, 1)]


def test_partly_wrong_submission(tmp_path: Path) -> None:
    solutions = _solutions()
    copy = _answered_copy({
        "check_last_character": solutions["check_last_character"],                  # right
        "check_agency_span": "answer = (0, 5)\nnb00.check_agency_span(answer)",       # wrong: the headline's start
        "check_without_boilerplate": "def without_boilerplate(text):\n    return text\n\n"
                                     "nb00.check_without_boilerplate(undefined_name)",  # raises NameError
    })
    path = tmp_path / "bob.ipynb"                                # no NN_ in the name: the copy says which notebook
    nbformat.write(copy, path)
    grade = grade_notebook(path, timeout=600)
    assert grade.notebook == "nb00" and grade.status == "ok"
    assert "1 cell(s) raised an error" in grade.detail
    rows = {r.exercise: r for r in grade.rows}
    assert rows["nb00.ex1"].passed
    assert not rows["nb00.ex2"].passed and rows["nb00.ex2"].attempts == 1
    assert rows["nb00.ex2"].feedback.startswith("Not yet. text[0:5] of the wire report is ")
    assert not rows["nb00.ex3"].passed and "raised NameError" in rows["nb00.ex3"].feedback


def test_a_method_exercise_left_as_a_stub_is_no_answer(tmp_path: Path) -> None:
    # The function handed out with a body of ... is graded as "no answer yet", not as a wrong attempt.
    copy = _answered_copy({})
    path = tmp_path / "carol_00.ipynb"
    nbformat.write(copy, path)
    rows = {r.exercise: r for r in grade_notebook(path, timeout=600).rows}
    assert rows["nb00.ex3"].attempts == 0 and rows["nb00.ex3"].feedback.startswith("No answer yet")


def _notebook(title: str, *cells: str) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell(title)] + [nbformat.v4.new_code_cell(c) for c in cells]
    return nb


def test_a_notebook_that_never_ends(tmp_path: Path) -> None:
    nb = _notebook("# 00 · a submission that hangs",
                   "from helpers.exercises import nb00\nanswer = 'B'\nnb00.check_last_character(answer)",
                   "while True:\n    pass",
                   "nb00.check_agency_span((0, 1))")
    # The student's own session left an error in the last cell; grading runs from scratch.
    nb.cells[-1].outputs = [nbformat.v4.new_output("error", ename="NameError", evalue="stale", traceback=[])]
    path = tmp_path / "hangs.ipynb"
    nbformat.write(nb, path)
    grade = grade_notebook(path, timeout=45)
    assert grade.status == "timeout" and "longer than 45 s" in grade.detail
    rows = {r.exercise: r for r in grade.rows}
    assert rows["nb00.ex1"].passed                                  # graded before the loop
    assert rows["nb00.ex2"].feedback.startswith("Not reached")
    assert rows["nb00.ex3"].feedback.startswith("Not attempted")    # no cell calls check_without_boilerplate


def test_a_kernel_that_dies(tmp_path: Path) -> None:
    nb = _notebook("# 00 · a submission that kills its kernel",
                   "from helpers.exercises import nb00\nnb00.check_last_character('B')",
                   "import os\nos._exit(1)",
                   "nb00.check_last_character('B')")
    path = tmp_path / "dies.ipynb"
    nbformat.write(nb, path)
    grade = grade_notebook(path, timeout=120)
    assert grade.status == "kernel died" and "cell 2" in grade.detail
    rows = {r.exercise: r for r in grade.rows}
    assert rows["nb00.ex1"].passed and rows["nb00.ex3"].feedback.startswith("Not attempted")


@pytest.mark.parametrize(
    ("name", "content", "status", "rows"),
    [
        pytest.param("00_tour.ipynb", "{ not json", "invalid", 3, id="corrupt-with-a-known-name"),
        pytest.param("essay.ipynb", "{ not json", "invalid", 0, id="corrupt-unknown"),
        pytest.param("essay.ipynb", nbformat.writes(_notebook("# My essay", "1 + 1")), "unknown notebook", 0, id="not-ours"),
    ],
)
def test_broken_files(tmp_path: Path, name: str, content: str, status: str, rows: int) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    grade = grade_notebook(path)
    assert grade.status == status and grade.detail
    assert len(grade.rows) == rows and not any(r.passed for r in grade.rows)


def test_kit_grade_writes_the_gradebook(tmp_path: Path) -> None:
    (tmp_path / "subs").mkdir()
    (tmp_path / "subs" / "01_script_and_normalization.ipynb").write_text("not a notebook", encoding="utf-8")
    nbformat.write(_notebook("# 00 · nothing done", "x = 1"), tmp_path / "subs" / "carol.ipynb")
    run = subprocess.run([sys.executable, str(ROOT / "tools" / "grade_notebooks.py"), "subs", "--out", "book",
                          "--timeout", "120"], cwd=tmp_path, capture_output=True, text=True, timeout=600,
                         env={**__import__("os").environ, "KIT_CALLER_DIR": str(tmp_path)})
    assert run.returncode == 0, run.stderr
    book = tmp_path / "book"
    with open(book / "gradebook.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == ["file", "notebook", "exercise", "passed", "attempts", "feedback"]
    assert [(r["file"], r["exercise"], r["passed"]) for r in rows] == [
        ("subs/01_script_and_normalization.ipynb", f"nb01.ex{i}", "0") for i in range(1, 7)] + [
        ("subs/carol.ipynb", f"nb00.ex{i}", "0") for i in range(1, 4)]
    assert rows[-1]["feedback"].startswith("Not attempted")
    with open(book / "by_file.csv", encoding="utf-8", newline="") as handle:
        files = {r["file"]: r for r in csv.DictReader(handle)}
    assert files["subs/01_script_and_normalization.ipynb"]["status"] == "invalid"
    assert (files["subs/carol.ipynb"]["passed"], files["subs/carol.ipynb"]["total"]) == ("0", "3")
    with open(book / "by_exercise.csv", encoding="utf-8", newline="") as handle:
        assert [r["exercise"] for r in csv.DictReader(handle)][:2] == ["nb00.ex1", "nb00.ex2"]
    assert (book / "executed" / "subs_carol.ipynb").exists()
    assert "wrote gradebook.csv" in run.stdout
    assert json.loads((book / "executed" / "subs_carol.ipynb").read_text(encoding="utf-8"))["cells"]
