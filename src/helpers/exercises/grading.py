"""Grade submitted notebooks: run each one offline, read which exercises its checks accepted.

A submission is a notebook a student handed in: usually a student copy with the answer cells
filled in. :func:`grade_notebook` runs it from the first cell in a fresh kernel (in the
submission's folder, with ``ADL_GRADE_LOG`` set so that every check call is logged, see
:mod:`helpers.exercises.attempts`), with one time limit for the whole notebook. A cell that
raises does not stop the run. Then every exercise of the notebook (from the registry,
:mod:`helpers.exercises.registry`) gets one row:

* **passed** when a check of that exercise accepted an answer during the run;
* otherwise the feedback of the last answer the checks saw, or why there was none: no answer yet
  (the ``...`` placeholder), the cell that checks it raised an error, the run stopped before it,
  or the check was never called.

Calls made in cells tagged ``not-graded`` do not count: the notebooks use them to show how a
check answers a wrong answer, or to run a check on the student's own text.

What is graded is the checks' verdict, so a grade is only as good as the checks; and grading
runs the submitted code with the grader's permissions (offline: ``./kit grade`` loads the same
guard as ``./kit test``). Run submissions you do not trust in a container or a separate account.

>>> notebook_key_from_name("student/04_words_in_use.ipynb"), notebook_key_from_name("alice.ipynb")
('nb04', None)
>>> summarize([GradeRow("a.ipynb", "nb04", "nb04.ex1", True, 1, "ok"),
...            GradeRow("a.ipynb", "nb04", "nb04.ex2", False, 0, "not attempted")])[0]
[{'file': 'a.ipynb', 'notebook': 'nb04', 'passed': 1, 'total': 2, 'status': 'ok', 'detail': ''}]
"""

from __future__ import annotations

import csv
import json
import math
import os
import re
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from helpers.exercises.attempts import GRADE_LOG_ENV
from helpers.exercises.registry import Exercise, exercises_of

__all__ = [
    "NOT_GRADED_TAG",
    "GradeRow",
    "NotebookGrade",
    "grade_notebook",
    "notebook_key",
    "notebook_key_from_name",
    "summarize",
    "write_gradebook",
]

#: Cells with this tag show how a check answers; their check calls do not count for a grade.
NOT_GRADED_TAG = "not-graded"
#: Where a student copy records the notebook it was made from (see tools/make_student_copies.py).
METADATA_KEY = "arabic_discourse_lab"

_TITLE = re.compile(r"^#\s*(\d\d)\s*·")
_IMPORT = re.compile(r"from helpers\.exercises import (?:[\w, ]*\b)?(nb\d\d)\b")
_ONE_LINE = re.compile(r"\s*\n\s*")


@dataclass(frozen=True)
class GradeRow:
    """One exercise of one submission, as the gradebook lists it."""

    file: str
    notebook: str
    exercise: str
    passed: bool
    attempts: int
    feedback: str


@dataclass
class NotebookGrade:
    """The grading of one submission: its rows, and how the run went.

    ``status`` is ``ok`` (ran to the end; ``detail`` counts cells that raised), ``timeout``,
    ``kernel died``, ``invalid`` (not a readable notebook) or ``unknown notebook``.
    """

    file: str
    notebook: str
    status: str
    detail: str = ""
    rows: list[GradeRow] = field(default_factory=list)
    answers: dict[str, object] = field(default_factory=dict)  # exercise id -> first accepted answer


@dataclass(frozen=True)
class _Attempt:
    exercise: str
    ok: bool
    placeholder: bool
    message: str
    hint: str
    answer: object
    cell: int


def notebook_key_from_name(name: str | os.PathLike[str]) -> str | None:
    """The notebook module a file name points to (``04_words_in_use.ipynb`` → ``nb04``), or ``None``."""
    match = re.match(r"(\d\d)[_\-. ]", Path(name).name)
    return f"nb{match.group(1)}" if match else None


def notebook_key(nb: object, name: str | os.PathLike[str] = "") -> str | None:
    """Which notebook a submission is: from the student copy's metadata, the title cell, the
    exercise module it imports, or its file name, in that order; ``None`` if none says."""
    meta = getattr(nb, "metadata", {}).get(METADATA_KEY, {})
    if isinstance(meta, dict) and re.fullmatch(r"\d\d_\w+", str(meta.get("notebook", ""))):
        return f"nb{meta['notebook'][:2]}"
    cells = list(getattr(nb, "cells", []))
    if cells and cells[0].get("cell_type") == "markdown":
        if match := _TITLE.match(cells[0].get("source", "")):
            return f"nb{match.group(1)}"
    for cell in cells:
        if cell.get("cell_type") == "code" and (match := _IMPORT.search(cell.get("source", ""))):
            return match.group(1)
    return notebook_key_from_name(name)


def _one_line(text: str, limit: int = 400) -> str:
    text = _ONE_LINE.sub(" ", text.strip())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _feedback_text(attempt: _Attempt) -> str:
    if attempt.ok:
        return _one_line(f"Correct. {attempt.message}")
    hint = f" Hint: {attempt.hint}" if attempt.hint else ""
    return _one_line(f"Not yet. {attempt.message}{hint}")


def _error_of(cell: dict) -> str | None:
    for output in cell.get("outputs", []):
        if output.get("output_type") == "error":
            return f"{output.get('ename', 'Error')}: {_one_line(str(output.get('evalue', '')), 160)}"
    return None


def _rows(file: str, key: str, exercises: Sequence[Exercise], attempts: Sequence[_Attempt], cells: list,
          stopped_at: int | None, stop_reason: str) -> tuple[list[GradeRow], dict[str, object]]:
    rows, answers = [], {}
    for ex in exercises:
        mine = [a for a in attempts if a.exercise == ex.id]
        real = [a for a in mine if not a.placeholder]
        accepted = [a for a in real if a.ok]
        if accepted:
            rows.append(GradeRow(file, key, ex.id, True, len(real), _feedback_text(accepted[0])))
            answers[ex.id] = accepted[0].answer
            continue
        if real:
            rows.append(GradeRow(file, key, ex.id, False, len(real), _feedback_text(real[-1])))
            continue
        # No answer reached the check: say why.
        calls = [i for i, c in enumerate(cells)
                 if c.get("cell_type") == "code" and f"{ex.check_name}(" in c.get("source", "")
                 and NOT_GRADED_TAG not in c.get("metadata", {}).get("tags", [])]
        errors = [(i, e) for i in calls if (e := _error_of(cells[i]))]
        if errors:
            i, error = errors[-1]
            why = f"Not graded: the cell that checks it (cell {i}) raised {error}"
        elif calls and stopped_at is not None and all(i >= stopped_at for i in calls):
            why = f"Not reached: {stop_reason}"
        elif mine:
            why = _one_line(f"No answer yet: the check only saw the ... placeholder. {mine[-1].hint}")
        elif not calls:
            why = f"Not attempted: no cell calls {ex.check_name}"
        else:
            why = "Not attempted: the cell that checks it did not run the check"
        rows.append(GradeRow(file, key, ex.id, False, 0, _one_line(why)))
    return rows, answers


def _read_log(path: Path, offset: int, cell: int) -> tuple[list[_Attempt], int]:
    with open(path, encoding="utf-8") as log:
        log.seek(offset)
        chunk = log.read()
    found = []
    for line in chunk.splitlines():
        try:
            record = json.loads(line)
        except json.JSONDecodeError:  # a line cut short by a killed kernel
            continue
        found.append(_Attempt(str(record.get("exercise", "")), bool(record.get("ok")), bool(record.get("placeholder")),
                              str(record.get("message", "")), str(record.get("hint", "")), record.get("answer"), cell))
    return found, offset + len(chunk.encode("utf-8"))


def grade_notebook(path: str | os.PathLike[str], *, timeout: float = 600, name: str | None = None,
                   executed: str | os.PathLike[str] | None = None) -> NotebookGrade:
    """Run one submission and grade its exercises (rules in the module docstring).

    Args:
        path: the submitted notebook.
        timeout: seconds the whole notebook may take; when they run out, the cell running is
            stopped and the cells after it are not run.
        name: how the gradebook names the file (default: ``path`` as given).
        executed: if given, the executed notebook (with its outputs) is written there.

    Returns:
        A :class:`NotebookGrade`; it never raises because of what is in the submission.
    """
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellTimeoutError, DeadKernelError

    path = Path(path)
    file = name if name is not None else str(path)
    try:
        nb = nbformat.read(path, as_version=4)
    except Exception as error:  # noqa: BLE001 - anything unreadable is reported, not raised
        key = notebook_key_from_name(path) or ""
        grade = NotebookGrade(file, key, "invalid", _one_line(f"not a readable notebook: {type(error).__name__}: {error}", 200))
        grade.rows = [GradeRow(file, key, ex.id, False, 0, f"Not graded: {grade.detail}") for ex in exercises_of(key)] if key else []
        return grade
    key = notebook_key(nb, path)
    exercises = exercises_of(key) if key else []
    if not exercises:
        return NotebookGrade(file, key or "", "unknown notebook",
                             "cannot tell which notebook this is (no title, no exercise import, no NN_ file name)")

    for cell in nb.cells:  # a submission runs from scratch: outputs of the student's own session go
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    attempts: list[_Attempt] = []
    status, detail, stopped_at, stop_reason = "ok", "", None, ""
    running = 0
    with tempfile.TemporaryDirectory(prefix="adl-grade-") as scratch:
        log = Path(scratch) / "attempts.jsonl"
        log.touch()
        env = {**os.environ, GRADE_LOG_ENV: str(log)}
        client = NotebookClient(nb, kernel_name="python3", timeout=max(1, math.ceil(timeout)), allow_errors=True,
                                record_timing=False, resources={"metadata": {"path": str(path.resolve().parent)}})
        deadline = time.monotonic() + timeout
        offset = 0
        try:
            with client.setup_kernel(env=env):
                for index, cell in enumerate(nb.cells):
                    if cell.cell_type != "code":
                        continue
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        status, stopped_at = "timeout", index
                        break
                    client.timeout = max(1, math.ceil(remaining))
                    running = index
                    try:
                        client.execute_cell(cell, index)
                    except CellTimeoutError:
                        status, stopped_at = "timeout", index
                        break
                    finally:
                        new, offset = _read_log(log, offset, index)
                        if NOT_GRADED_TAG not in cell.metadata.get("tags", []):
                            attempts += new
        except DeadKernelError as error:
            status, stopped_at = "kernel died", running
            detail = _one_line(f"the kernel died at cell {running}: {error}", 200)
            stop_reason = f"the kernel died at cell {running}"
        except Exception as error:  # noqa: BLE001 - a kernel that cannot start, a broken cell structure
            status, detail = "error", _one_line(f"{type(error).__name__}: {error}", 200)
            stopped_at, stop_reason = 0, f"the run failed ({detail})"
        if status == "timeout":
            detail = f"stopped at cell {stopped_at}: the notebook took longer than {timeout:g} s"
            stop_reason = detail
    if status == "ok":
        failed = [i for i, c in enumerate(nb.cells) if c.cell_type == "code" and _error_of(c)]
        if failed:
            detail = f"{len(failed)} cell(s) raised an error: " + ", ".join(str(i) for i in failed)
    if executed is not None:
        Path(executed).parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(nb, executed)
    rows, answers = _rows(file, key, exercises, attempts, nb.cells, stopped_at, stop_reason)
    return NotebookGrade(file, key, status, detail, rows, answers)


def summarize(rows: Iterable[GradeRow], grades: Iterable[NotebookGrade] = ()) -> tuple[list[dict], list[dict]]:
    """Per file (passed / total, status) and per exercise (pass rate), sorted by file and id."""
    rows = list(rows)
    status = {g.file: (g.status, g.detail) for g in grades}
    by_file: dict[str, dict] = {}
    for row in rows:
        entry = by_file.setdefault(row.file, {"file": row.file, "notebook": row.notebook, "passed": 0, "total": 0,
                                              "status": status.get(row.file, ("ok", ""))[0],
                                              "detail": status.get(row.file, ("ok", ""))[1]})
        entry["passed"] += row.passed
        entry["total"] += 1
    for g in grades:
        if g.file not in by_file:
            by_file[g.file] = {"file": g.file, "notebook": g.notebook, "passed": 0, "total": 0,
                               "status": g.status, "detail": g.detail}
    by_exercise: dict[str, dict] = {}
    for row in rows:
        entry = by_exercise.setdefault(row.exercise, {"exercise": row.exercise, "passed": 0, "submissions": 0})
        entry["passed"] += row.passed
        entry["submissions"] += 1
    for entry in by_exercise.values():
        entry["pass_rate"] = round(entry["passed"] / entry["submissions"], 3)
    key = lambda e: tuple(int(n) if n.isdigit() else n for n in re.split(r"(\d+)", e))  # noqa: E731
    return ([by_file[f] for f in sorted(by_file)],
            [by_exercise[e] for e in sorted(by_exercise, key=key)])


def write_gradebook(grades: Sequence[NotebookGrade], out: str | os.PathLike[str]) -> dict[str, Path]:
    """Write ``gradebook.csv``, ``by_file.csv`` and ``by_exercise.csv`` into ``out``; return their paths.

    The gradebook has one row per exercise of every graded submission: ``file``, ``notebook``,
    ``exercise``, ``passed`` (``1``/``0``), ``attempts`` (answers the checks saw) and ``feedback``.
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    rows = sorted((r for g in grades for r in g.rows), key=lambda r: (r.file, r.exercise))
    by_file, by_exercise = summarize(rows, grades)
    files = {"gradebook": out / "gradebook.csv", "by_file": out / "by_file.csv", "by_exercise": out / "by_exercise.csv"}
    tables = {
        "gradebook": (["file", "notebook", "exercise", "passed", "attempts", "feedback"],
                      [{**asdict(r), "passed": int(r.passed)} for r in rows]),
        "by_file": (["file", "notebook", "passed", "total", "status", "detail"], by_file),
        "by_exercise": (["exercise", "passed", "submissions", "pass_rate"], by_exercise),
    }
    for name, (columns, records) in tables.items():
        with open(files[name], "w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
            writer.writeheader()
            writer.writerows(records)
    return files
