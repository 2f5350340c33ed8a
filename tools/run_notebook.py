"""Run a notebook on a text of your own: ``./kit run NOTEBOOK --text PATH [--out DIR]``.

NOTEBOOK is a notebook file, or its number or name in ``notebooks/`` (``04``, ``04_words_in_use``).
PATH is a UTF-8 Arabic text file. The notebook runs with papermill, which sets the variables of
its cell tagged ``parameters`` (``TEXT_PATH = PATH``), in a fresh kernel that may not open network
connections (``./kit run`` loads the same offline guard as ``./kit test``). It writes two files to
DIR (default ``runs/`` in the kit's folder):

* ``NOTEBOOK.TEXT.ipynb``, the executed notebook, with timings and machine details removed;
* ``NOTEBOOK.TEXT.html``, the same as a web page that opens without a network connection
  (``tools/export_html.py``: no CDN script, formulas as MathML).

Cells that only apply to the case study print one line saying so (``%%case_study_only``); notes
(Markdown) that describe the case study's results get a one-line note above them. Problems stop
the run with one line on standard error (``kit: ...``) and exit status 2 (bad input) or 1 (the
notebook failed, in which case the executed notebook is still written, with the error in it).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
DEFAULT_OUT = ROOT / "runs"
METADATA = json.loads((ROOT / "tools" / "jupyter" / "notebook_metadata.json").read_text(encoding="utf-8"))
#: Markdown cells with this tag describe the case study's own results.
CASE_STUDY_TAG = "case_study"
#: The line put above such a cell when the notebook reads another text.
CASE_STUDY_PROSE_NOTE = "> *This note was written about the case study; the outputs around it are those of {name}.*"


class RunError(Exception):
    """A problem with the command's input, reported in one line."""


def _caller_dir() -> Path:
    # ./kit changes to its own folder; it passes the folder it was called from.
    return Path(os.environ.get("KIT_CALLER_DIR") or Path.cwd())


def find_notebook(spec: str) -> Path:
    """Return the notebook ``spec`` names: a path, or a number or name in ``notebooks/``."""
    for base in (_caller_dir(), ROOT):
        path = (base / spec).resolve()
        if path.is_file():
            if path.suffix != ".ipynb":
                raise RunError(f"{spec} is not a notebook (.ipynb)")
            return path
    stem = Path(spec).name.removesuffix(".ipynb")
    matches = sorted(NOTEBOOKS.glob(f"{stem}*.ipynb")) if stem else []
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise RunError(f"{spec} names several notebooks: {', '.join(p.name for p in matches)}")
    raise RunError(f"notebook not found: {spec} (give a path, or a number such as 04)")


def parameters_cell(nb: nbformat.NotebookNode) -> nbformat.NotebookNode | None:
    """The notebook's cell tagged ``parameters``, if it has one."""
    for cell in nb.cells:
        if cell.cell_type == "code" and "parameters" in cell.metadata.get("tags", []):
            return cell
    return None


def check_text(spec: str) -> Path:
    """Return the absolute path of the text file, or raise :class:`RunError` naming the problem."""
    from helpers.text.load import TextInputError, read_text_ar

    path = (_caller_dir() / spec).resolve()
    try:
        read_text_ar(path)
    except TextInputError as error:
        raise RunError(str(error).replace(str(path), spec)) from None
    return path


def mark_case_study_prose(nb: nbformat.NotebookNode, name: str) -> int:
    """Put a one-line note above every Markdown cell tagged ``case_study``; return how many."""
    note = CASE_STUDY_PROSE_NOTE.format(name=name)
    marked = 0
    for cell in nb.cells:
        if cell.cell_type == "markdown" and CASE_STUDY_TAG in cell.metadata.get("tags", []):
            cell.source = f"{note}\n\n{cell.source}"
            marked += 1
    return marked


def clean(nb: nbformat.NotebookNode, parameters: dict[str, object]) -> None:
    """Keep the kernelspec and the parameters; drop timings, paths of the run and volatile ids;
    join printed text the kernel sent in several chunks (as ``./kit execute`` does)."""
    nb.metadata = nbformat.from_dict({**json.loads(json.dumps(METADATA)), "papermill": {"parameters": parameters}})
    coalesce = _tool("execute_notebooks")._coalesce_streams
    for index, cell in enumerate(nb.cells):
        cell.id = f"c{index:03d}"
        for key in ("execution", "papermill", "collapsed", "scrolled"):
            cell.metadata.pop(key, None)
        if cell.cell_type == "code":
            cell.outputs = coalesce(cell.outputs)


def _tool(name: str):
    """A module of the kit's tools/ folder (scripts, not a package)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _exporter():
    """The kit's offline HTML export (tools/export_html.py)."""
    return _tool("export_html").export_html


def run(notebook: Path, text: Path, out_dir: Path, *, timeout: int = 1200) -> tuple[Path, Path]:
    """Execute ``notebook`` on ``text`` with papermill; return the executed notebook and its HTML.

    Raises:
        RunError: the notebook cannot be read, or has no parameters cell.
        papermill.PapermillExecutionError: a cell failed (the executed notebook is written first).
    """
    import papermill

    try:
        nb = nbformat.read(notebook, as_version=4)
    except Exception as error:  # nbformat's readers and converters raise many kinds on a broken file
        raise RunError(f"{notebook.name} is not a readable notebook ({type(error).__name__})") from None
    if parameters_cell(nb) is None:
        raise RunError(f"{notebook.name} has no cell tagged 'parameters': it only reads the case study")
    from helpers.exercises.case_study import is_case_study_text
    from helpers.text.load import read_text_ar, split_header

    if not is_case_study_text(split_header(read_text_ar(text))[1]):
        mark_case_study_prose(nb, text.name)

    out_dir.mkdir(parents=True, exist_ok=True)
    stem = f"{notebook.stem}.{text.stem}"
    ipynb, html = out_dir / f"{stem}.ipynb", out_dir / f"{stem}.html"
    # CurveZMQ encryption between this process and the kernel, as ./kit execute and ./kit lab do.
    from jupyter_client.manager import KernelManager

    kernel = KernelManager(kernel_name="python3", transport_encryption="auto")
    try:
        papermill.execute_notebook(
            nb, str(ipynb), parameters={"TEXT_PATH": str(text)}, kernel_name="python3", km=kernel,
            language="python",  # a notebook without language metadata runs too
            cwd=str(notebook.parent), progress_bar=False, log_output=False, execution_timeout=timeout,
        )
    finally:
        if kernel.has_kernel:  # nbclient leaves a kernel manager it did not create running
            kernel.shutdown_kernel(now=False)
        if ipynb.exists():  # written even when a cell failed, with the error in it
            executed = nbformat.read(ipynb, as_version=4)
            clean(executed, {"TEXT_PATH": text.name})
            nbformat.write(executed, ipynb)
    _exporter()(ipynb, html)
    return ipynb, html


def _shown(path: Path) -> str:
    try:
        return str(path.relative_to(_caller_dir()))
    except ValueError:
        return str(path)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, as every kit command
        raise RunError(f"run: {message} (./kit run NOTEBOOK --text PATH [--out DIR])")


def main(argv: list[str]) -> int:
    parser = _Parser(prog="./kit run", description="Run a notebook on a text of your own.")
    parser.add_argument("notebook", help="a notebook file, or its number or name in notebooks/ (04, 04_words_in_use)")
    parser.add_argument("--text", required=True, help="a UTF-8 Arabic text file")
    parser.add_argument("--out", help="folder for the executed notebook and its HTML (default: runs/ in the kit)")
    try:
        args = parser.parse_args(argv)
        notebook = find_notebook(args.notebook)
        text = check_text(args.text)
        out_dir = (_caller_dir() / args.out).resolve() if args.out else DEFAULT_OUT
        ipynb, html = run(notebook, text, out_dir)
    except RunError as error:
        print(f"kit: {error}", file=sys.stderr)
        return 2
    except Exception as error:  # papermill's execution error: one line, the notebook keeps the rest
        import papermill

        if isinstance(error, papermill.PapermillExecutionError):
            print(f"kit: {args.notebook} failed in cell {error.exec_count} on {args.text}: "
                  f"{error.ename}: {error.evalue}", file=sys.stderr)
            return 1
        raise
    print(f"wrote {_shown(ipynb)}")
    print(f"wrote {_shown(html)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
