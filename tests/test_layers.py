"""The package layout draws the architecture, and imports only go down it.

Layers, lowest first: data and the environment check, text, morphology, statistics and named
entities, rhetoric and discourse, comparison, the analyze output, corpus, report, the command
line. A module may import its own package and any lower layer, never a higher one nor a sibling
at its own level; analysis never imports ``display``, which only rendering code, the report and
the teaching packages use.
A new top-level package must be placed here, so the map stays complete.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"

RANK = {
    "data": 0, "diagnostics": 1,
    "text": 1,
    "morphology": 2,
    "statistics": 3, "entities": 3,
    "rhetoric": 4, "discourse": 4,
    "compare": 5,
    "analyze": 6,
    "corpus": 7,
    "report": 8,
    "cli": 9, "__main__": 10,
    # rendering and teaching sit beside the stack and may use all of it
    "display": 20, "exercises": 21, "teaching": 21,
}
# Who may import display: rendering itself, the report and teaching; the environment check
# loads the plotting module inside a function to test the Arabic font.
MAY_RENDER = {"display", "report", "exercises", "teaching", "diagnostics"}


def _module(path: Path) -> str:
    return ".".join(path.relative_to(SRC).with_suffix("").parts).removesuffix(".__init__")


def _top(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "helpers"


def _imports() -> list[tuple[str, str, str]]:
    """(importing file, importing package, imported package) for every import between packages."""
    edges = []
    for path in sorted((SRC / "helpers").rglob("*.py")):
        relative = path.relative_to(SRC).with_suffix("")
        source = _top(_module(path))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            for name in names:
                if name.startswith("helpers.") and _top(name) != source:
                    edges.append((relative.as_posix(), source, _top(name)))
    return edges


def test_every_package_has_a_place_in_the_layers() -> None:
    packages = {_top(_module(path)) for path in (SRC / "helpers").rglob("*.py")}
    assert packages - {"helpers"} <= set(RANK), f"place these in RANK: {sorted(packages - set(RANK) - {'helpers'})}"


@pytest.mark.parametrize(("where", "source", "target"), _imports())
def test_imports_go_down_the_layers(where: str, source: str, target: str) -> None:
    if target == "display":
        assert source in MAY_RENDER, f"{where}: analysis code must not import helpers.display"
        return
    assert RANK[target] < RANK[source], f"{where}: {source} (layer {RANK[source]}) imports {target} (layer {RANK[target]})"
