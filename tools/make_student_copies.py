"""Make student copies of the notebooks: solutions removed, outputs cleared.

Usage: ``./kit student [OUTPUT_FOLDER]`` (default ``student/``, which git ignores).

Cells tagged ``solution`` are dropped; every other cell is kept with its outputs and execution
counts cleared, so students run the notebook themselves. The full notebooks in ``notebooks/``
stay the single source: never edit a student copy by hand, make it again.
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]


def student_copy(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Return a copy of ``nb`` without solution cells and without outputs."""
    copy = nbformat.from_dict(nb)
    copy.cells = [cell for cell in copy.cells if "solution" not in cell.get("metadata", {}).get("tags", [])]
    for cell in copy.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    return copy


def main(argv: list[str]) -> int:
    if len(argv) > 1 or (argv and argv[0].startswith("-")):
        print(f"kit: student takes one output folder at most (got: {' '.join(argv)})", file=sys.stderr)
        return 2
    out_dir = (Path(argv[0]) if argv else ROOT / "student").resolve()
    if out_dir == (ROOT / "notebooks").resolve():
        print("kit: student copies cannot replace the notebooks: choose another folder", file=sys.stderr)
        return 2
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        print(f"kit: cannot create {out_dir}: {err.strerror or err}", file=sys.stderr)
        return 2
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        copy = student_copy(nb)
        nbformat.validate(copy)
        nbformat.write(copy, out_dir / path.name)
        removed = len(nb.cells) - len(copy.cells)
        print(f"{path.name}: {removed} solution cell(s) removed")
    shown = out_dir.relative_to(ROOT) if out_dir.is_relative_to(ROOT) else out_dir
    print(f"wrote {len(sorted((ROOT / 'notebooks').glob('*.ipynb')))} student copies to {shown}/")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
