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

import argparse
import os
import re
import sys
from pathlib import Path

from helpers.exercises.grading import grade_notebook, write_gradebook


def _caller_dir() -> Path:
    # ./kit changes to its own folder; it passes the folder it was called from.
    return Path(os.environ.get("KIT_CALLER_DIR") or Path.cwd())


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
            raise SystemExit(f"grade: {spec}: no such file or folder")
    if not found:
        raise SystemExit("grade: no notebooks to grade")
    return found


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="./kit grade", description="Grade submitted notebooks offline.")
    parser.add_argument("submissions", nargs="+", metavar="SUBMISSION", help="a notebook, or a folder of notebooks")
    parser.add_argument("--out", default="grades", metavar="DIR", help="where to write the gradebook (default: grades/)")
    parser.add_argument("--timeout", type=float, default=600, metavar="S",
                        help="seconds each notebook may run in all (default: 600)")
    args = parser.parse_args(argv)
    if args.timeout <= 0:
        parser.error("--timeout must be a positive number of seconds")
    out = Path(args.out) if Path(args.out).is_absolute() else _caller_dir() / args.out
    grades = []
    for name, path in _submissions(args.submissions):
        print(f"grading {name} ...", file=sys.stderr, flush=True)
        flat = re.sub(r"[^\w.\-]+", "_", name.removesuffix(".ipynb")).strip("_") + ".ipynb"
        grade = grade_notebook(path, timeout=args.timeout, name=name, executed=out / "executed" / flat)
        grades.append(grade)
        passed = sum(r.passed for r in grade.rows)
        note = f" ({grade.detail})" if grade.detail else ""
        print(f"{name}: {grade.notebook or '?'} {passed}/{len(grade.rows)} passed, {grade.status}{note}")
    files = write_gradebook(grades, out)
    print(f"wrote {', '.join(p.name for p in files.values())} and executed/ to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
