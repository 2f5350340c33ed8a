"""Make student copies of the notebooks: solutions and answer-revealing notes removed, outputs cleared.

Usage: ``./kit student [FOLDER] [--force]`` (default ``student/`` in the kit's folder, which git
ignores; a FOLDER given is relative to where the command is called).

Two cell tags decide what a student copy leaves out:

* ``solution``: a cell that solves an exercise;
* ``reveals-answer``: prose that states an exercise's answer, or talks about what a solution
  cell printed (the note after a solution, a worked example's reading).

Every other cell is kept with its outputs and execution counts cleared, so students run the
notebook themselves, and the copy records which notebook it was made from (its metadata, for
``./kit grade``). The full notebooks in ``notebooks/`` stay the single source: never edit a
student copy by hand, make it again.

A copy already in the folder that differs from a fresh one may hold a student's work, so it is
kept (and named) unless ``--force`` is given; ``--missing-only`` makes only the copies that are
not there (``./kit lab student`` uses it).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
#: Tags of the cells a student copy leaves out.
REMOVED_TAGS = ("solution", "reveals-answer")
#: Notebook metadata key recording which notebook a copy was made from.
METADATA_KEY = "arabic_discourse_lab"


def removed(cell: nbformat.NotebookNode) -> bool:
    """Whether a student copy leaves ``cell`` out."""
    return any(tag in cell.get("metadata", {}).get("tags", []) for tag in REMOVED_TAGS)


def student_copy(nb: nbformat.NotebookNode, name: str = "") -> nbformat.NotebookNode:
    """Return a copy of ``nb`` without solution and answer-revealing cells, and without outputs."""
    copy = nbformat.from_dict(nb)
    copy.cells = [cell for cell in copy.cells if not removed(cell)]
    for cell in copy.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    if name:
        copy.metadata[METADATA_KEY] = {"notebook": name, "copy": "student"}
    return copy


def _caller_dir() -> Path:
    return Path(os.environ.get("KIT_CALLER_DIR") or Path.cwd())


def _usage(argv: list[str]) -> str:
    return f"kit: student takes one output folder at most, and the options --force, --missing-only (got: {' '.join(argv)})"


def main(argv: list[str]) -> int:
    options = [a for a in argv if a.startswith("-")]
    folders = [a for a in argv if not a.startswith("-")]
    if len(folders) > 1 or set(options) - {"--force", "--missing-only"}:
        print(_usage(argv), file=sys.stderr)
        return 2
    force, missing_only = "--force" in options, "--missing-only" in options
    if not folders:
        out_dir = ROOT / "student"
    else:
        out_dir = (Path(folders[0]) if Path(folders[0]).is_absolute() else _caller_dir() / folders[0]).resolve()
    if out_dir.resolve() == (ROOT / "notebooks").resolve():
        print("kit: student copies cannot replace the notebooks: choose another folder", file=sys.stderr)
        return 2
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        print(f"kit: cannot create {out_dir}: {err.strerror or err}", file=sys.stderr)
        return 2
    written, kept = 0, []
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        copy = student_copy(nb, path.stem)
        nbformat.validate(copy)
        target = out_dir / path.name
        fresh = nbformat.writes(copy)
        if target.exists():
            if missing_only:
                continue
            if target.read_text(encoding="utf-8") != fresh and not force:
                kept.append(target.name)
                continue
        target.write_text(fresh, encoding="utf-8")
        written += 1
        print(f"{path.name}: {len(nb.cells) - len(copy.cells)} cell(s) removed")
    for name in kept:
        print(f"{name}: kept, it differs from a fresh copy (someone may have worked in it; --force replaces it)")
    shown = out_dir.relative_to(ROOT) if out_dir.is_relative_to(ROOT) else out_dir
    print(f"wrote {written} student copies to {shown}/" + (f" ({len(kept)} kept)" if kept else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
