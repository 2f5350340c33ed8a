"""Run notebooks in place, the way nbval will check them, and strip what would vary.

Usage: ``./kit execute [notebooks/NN_name.ipynb ...]`` (default: every notebook in notebooks/).

Each notebook runs in its own folder with the current environment's kernel. Afterwards the
notebook's metadata is set to the kit's kernelspec and language_info (``tools/jupyter/
notebook_metadata.json``: what the kit's kernel reports in JupyterLab, without the machine's
Python version), execution timings are removed and cell ids are made stable, so a re-run changes
the file only where an output really changed. Only the kit's notebooks are executed: student
copies are made from them (``./kit student``) and are meant to stay without outputs.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
METADATA = json.loads((ROOT / "tools" / "jupyter" / "notebook_metadata.json").read_text(encoding="utf-8"))
KERNELSPEC = METADATA["kernelspec"]


class UsageError(Exception):
    """A notebook argument that cannot be executed (one-line message)."""


def _coalesce_streams(outputs: list) -> list:
    """Join consecutive outputs of one stream: how the kernel chunks printed text varies by run."""
    joined: list = []
    for output in outputs:
        last = joined[-1] if joined else None
        if (output.output_type == "stream" and last is not None and last.output_type == "stream"
                and last.name == output.name):
            last.text += output.text
        else:
            joined.append(output)
    return joined


def clean(nb: nbformat.NotebookNode) -> None:
    """Drop volatile metadata; give cells stable ids; join printed text split into chunks."""
    nb.metadata = nbformat.from_dict(json.loads(json.dumps(METADATA)))
    for index, cell in enumerate(nb.cells):
        cell.id = f"c{index:03d}"
        cell.metadata.pop("execution", None)
        cell.metadata.pop("collapsed", None)
        cell.metadata.pop("scrolled", None)
        if cell.cell_type == "code":
            cell.outputs = _coalesce_streams(cell.outputs)


#: Cells slower than this are named after a run: they should print a note or show progress.
SLOW_SECONDS = 5.0


def _seconds(cell: nbformat.NotebookNode) -> float:
    from datetime import datetime

    timing = cell.metadata.get("execution", {})
    try:
        start = datetime.fromisoformat(timing["iopub.execute_input"].replace("Z", "+00:00"))
        end = datetime.fromisoformat(timing["shell.execute_reply"].replace("Z", "+00:00"))
    except (KeyError, ValueError):
        return 0.0
    return (end - start).total_seconds()


def execute(path: Path) -> list[tuple[str, float]]:
    """Run a notebook in place; return its slow cells (id, seconds)."""
    from jupyter_client.manager import KernelManager
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    # CurveZMQ encryption between this process and the kernel, as in ./kit lab (no TCP warning).
    kernel = KernelManager(kernel_name="python3", transport_encryption="auto")
    client = NotebookClient(
        nb, km=kernel, timeout=600, record_timing=True,
        resources={"metadata": {"path": str(path.parent)}},
    )
    try:
        client.execute()
    finally:
        if kernel.has_kernel:  # nbclient leaves a kernel manager it did not create running
            kernel.shutdown_kernel(now=False)
    slow = [(cell.id, _seconds(cell)) for cell in nb.cells if cell.cell_type == "code" and _seconds(cell) > SLOW_SECONDS]
    clean(nb)
    nbformat.validate(nb)
    nbformat.write(nb, path)
    return slow


def resolve(argument: str) -> Path:
    """The notebook an argument names, or a one-line UsageError."""
    path = Path(argument).expanduser()
    if not path.is_absolute():
        path = Path.cwd() / path
    path = path.resolve()
    shown = argument.replace("\n", "\\n")
    if not path.exists():
        raise UsageError(f"notebook not found: {shown}")
    if path.suffix != ".ipynb" or not path.is_file():
        raise UsageError(f"not a notebook (.ipynb file): {shown}")
    if path.parent != NOTEBOOKS:
        where = "a student copy" if "student" in path.parts else "outside notebooks/"
        raise UsageError(f"{shown} is {where}: only the kit's notebooks in notebooks/ are executed "
                         "(student copies are made from them with ./kit student, without outputs)")
    return path


def main(argv: list[str]) -> int:
    try:
        paths = [resolve(a) for a in argv] if argv else sorted(NOTEBOOKS.glob("*.ipynb"))
    except UsageError as err:
        print(f"kit: {err}", file=sys.stderr)
        return 2
    for number, path in enumerate(paths, 1):
        # A notebook takes from a few seconds to about a minute: say which one is running.
        print(f"[{number}/{len(paths)}] executing {path.relative_to(ROOT)} ...", end="", flush=True)
        start = time.monotonic()
        try:
            slow = execute(path)
        except Exception as err:  # a failing cell: name the notebook, keep the file as it was
            print(" failed", flush=True)
            first = str(err).strip().splitlines()
            print(f"kit: {path.relative_to(ROOT)} failed and was not changed: {type(err).__name__}"
                  f"{': ' + first[-1] if first else ''}", file=sys.stderr)
            return 1
        print(f" done in {time.monotonic() - start:.0f} s", flush=True)
        for cell_id, seconds in slow:
            print(f"    slow cell {cell_id}: {seconds:.0f} s (it should print a note or show progress)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
