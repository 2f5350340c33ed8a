"""Grade submitted notebooks: ``./kit grade SUBMISSION.ipynb... [--out DIR] [--timeout S]``.

Each submission (a notebook file, or a folder whose ``*.ipynb`` files are all submissions) is
run offline from its first cell, with a time limit for the whole notebook, and every exercise of
its notebook gets a row in the gradebook (see ``helpers.exercises.grading``). DIR (default
``grades/`` where the command is called) receives:

* ``gradebook.csv``: file, notebook, exercise, passed, attempts, feedback (one row per exercise,
  attempted or not);
* ``by_file.csv``: passed / total per submission, with how its run went (ok, timeout, invalid ...);
* ``by_exercise.csv``: for each exercise, how many submissions passed it (pass rate);
* ``executed/``: every submission as it ran, outputs and errors included.

Nothing is written elsewhere. A submission that is broken (not a notebook, a cell that raises, a
cell that never ends) is recorded as such and the next one is graded.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from helpers.exercises.grading import grade_notebook, write_gradebook


def _caller_dir() -> Path:
    # ./kit changes to its own folder; it passes the folder it was called from.
    return Path(os.environ.get("KIT_CALLER_DIR") or Path.cwd())


class UsageError(Exception):
    """A misuse of the command, reported in one line."""


def _submissions(specs: list[str]) -> list[tuple[str, Path]]:
    """(name as given, path) for every submission; folders give their *.ipynb files."""
    found = []
    for spec in specs:
        path = Path(spec) if Path(spec).is_absolute() else _caller_dir() / spec
        if path.is_dir():
            found += [(str(Path(spec) / p.name), p) for p in sorted(path.glob("*.ipynb"))]
        elif path.exists():
            found.append((spec, path))
        else:
            raise UsageError(f"no such file or folder: {spec}")
    if not found:
        raise UsageError(f"no notebooks to grade in {' '.join(specs)}")
    return found


def _arguments(argv: list[str]) -> tuple[list[str], str, float]:
    """Submissions, --out and --timeout from the command line (one-line UsageError if wrong)."""
    specs, out, timeout = [], "grades", 600.0
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        if arg in ("--out", "--timeout"):
            if not rest:
                raise UsageError(f"{arg} needs a value")
            value = rest.pop(0)
            if arg == "--out":
                out = value
            else:
                try:
                    timeout = float(value)
                except ValueError:
                    raise UsageError(f"--timeout must be a number of seconds, not {value!r}") from None
                if not timeout > 0:
                    raise UsageError("--timeout must be a positive number of seconds")
        elif arg.startswith("-"):
            raise UsageError(f"unknown option {arg}: grade takes SUBMISSION.ipynb... [--out DIR] [--timeout S]")
        else:
            specs.append(arg)
    if not specs:
        raise UsageError("grade needs at least one submission: ./kit grade SUBMISSION.ipynb... [--out DIR] [--timeout S]")
    return specs, out, timeout


def main(argv: list[str]) -> int:
    try:
        specs, out_arg, timeout = _arguments(argv)
        submissions = _submissions(specs)
    except UsageError as err:
        print(f"kit: {err}", file=sys.stderr)
        return 2
    out = Path(out_arg) if Path(out_arg).is_absolute() else _caller_dir() / out_arg
    grades = []
    for name, path in submissions:
        print(f"grading {name} ...", file=sys.stderr, flush=True)
        flat = re.sub(r"[^\w.\-]+", "_", name.removesuffix(".ipynb")).strip("_") + ".ipynb"
        grade = grade_notebook(path, timeout=timeout, name=name, executed=out / "executed" / flat)
        grades.append(grade)
        passed = sum(r.passed for r in grade.rows)
        note = f" ({grade.detail})" if grade.detail else ""
        print(f"{name}: {grade.notebook or '?'} {passed}/{len(grade.rows)} passed, {grade.status}{note}")
    files = write_gradebook(grades, out)
    print(f"wrote {', '.join(p.name for p in files.values())} and executed/ to {out_arg}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
