"""Export a notebook to one self-contained HTML file that needs no network to display.

Usage: ``python tools/export_html.py NOTEBOOK [HTML]`` (default: the notebook's name with
``.html``, beside it), or from Python ``export_html(notebook_path, html_path)``.

nbconvert's ``lab`` template loads require.js and MathJax from a CDN, so offline an exported
notebook shows its formulas as raw TeX. This export:

- renders every formula of the markdown cells (``$...$``, ``$$...$$``, ``\\(...\\)``, ``\\[...\\]``)
  to MathML with latex2mathml, which browsers draw without any script;
- uses the template in ``tools/export_template/offline``: the lab template without the three
  scripts (require.js, MathJax, mermaid.js) it would fetch;
- keeps everything else inline (the lab CSS, images as data URIs), so the file opens anywhere.

Outputs are exported as stored: run ``./kit execute`` first if they should be fresh.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import nbformat
from latex2mathml.converter import convert as latex_to_mathml
from nbconvert import HTMLExporter
from nbconvert.preprocessors import Preprocessor

__all__ = ["export_html", "math_to_mathml", "MathMLPreprocessor"]

TEMPLATES = Path(__file__).resolve().parent / "export_template"

# Code (fenced blocks and inline spans) is left alone; math is $$...$$, \[...\], $...$ or \(...\).
# An inline $...$ needs no space just inside its dollars and no digit right after the closing
# one, so prose such as "costs $5 and $10" stays text.
_CODE = re.compile(r"(```.*?```|~~~.*?~~~|`[^`\n]*`)", re.S)
_MATH = re.compile(
    r"\$\$(?P<block>.+?)\$\$"
    r"|\\\[(?P<block2>.+?)\\\]"
    r"|(?<![\\$])\$(?P<inline>[^\s$](?:[^$]*?[^\s$\\])?)\$(?!\d)"
    r"|\\\((?P<inline2>.+?)\\\)",
    re.S,
)
_TEXT = re.compile(r"\\text\{([^{}]*)\}")


def _tex_for_mathml(tex: str) -> str:
    # Inside \text{...} an escaped character is just that character (per\_1000 -> per_1000).
    return _TEXT.sub(lambda m: "\\text{" + re.sub(r"\\([_%&$#])", r"\1", m.group(1)) + "}", tex.strip())


def math_to_mathml(markdown: str) -> str:
    """Replace the TeX formulas of a markdown text with MathML; code stays as written.

    >>> math_to_mathml("Rate $N$ per `$HOME`")  # doctest: +ELLIPSIS
    'Rate <math ... display="inline"><mrow><mi>N</mi></mrow></math> per `$HOME`'
    >>> math_to_mathml("It costs $5 and $10.")
    'It costs $5 and $10.'
    """
    pieces = _CODE.split(markdown)
    for i in range(0, len(pieces), 2):  # even pieces are prose, odd ones code
        pieces[i] = _MATH.sub(_replace, pieces[i])
    return "".join(pieces)


def _replace(match: re.Match[str]) -> str:
    block = match.group("block") or match.group("block2")
    tex = block if block is not None else (match.group("inline") or match.group("inline2"))
    try:
        mathml = latex_to_mathml(_tex_for_mathml(tex), display="block" if block is not None else "inline")
    except Exception:  # latex2mathml cannot read it: keep the TeX, readable as it is
        return match.group(0)
    return mathml.replace("\n", "")


class MathMLPreprocessor(Preprocessor):
    """Turn the formulas of every markdown cell into MathML before export."""

    def preprocess_cell(self, cell, resources, index):
        if cell.cell_type == "markdown":
            cell.source = math_to_mathml(cell.source)
        return cell, resources


def export_html(notebook_path: str | Path, html_path: str | Path) -> Path:
    """Write ``notebook_path`` as a self-contained HTML file at ``html_path``; return that path.

    The page requests nothing from the network: no script from a CDN, formulas as MathML,
    images inline. Outputs are exported as stored in the notebook.

    Raises:
        FileNotFoundError: if the notebook does not exist.
        nbformat.ValidationError: if it is not a valid notebook.
    """
    notebook_path, html_path = Path(notebook_path), Path(html_path)
    nb = nbformat.read(notebook_path, as_version=4)
    exporter = HTMLExporter(template_name="offline", extra_template_basedirs=[str(TEMPLATES)])
    exporter.register_preprocessor(MathMLPreprocessor(), enabled=True)
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": notebook_path.stem}})
    html_path.write_text(body, encoding="utf-8")
    return html_path


def main(argv: list[str]) -> int:
    if not 1 <= len(argv) <= 2 or argv[0].startswith("-"):
        print("usage: python tools/export_html.py NOTEBOOK [HTML]", file=sys.stderr)
        return 2
    source = Path(argv[0])
    target = Path(argv[1]) if len(argv) == 2 else source.with_suffix(".html")
    if not source.is_file():
        print(f"error: notebook not found: {source}", file=sys.stderr)
        return 2
    try:
        written = export_html(source, target)
    except (OSError, ValueError) as err:  # nbformat's validation and JSON errors are ValueErrors
        print(f"error: cannot export {source}: {err}".splitlines()[0], file=sys.stderr)
        return 2
    print(f"wrote {written}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
