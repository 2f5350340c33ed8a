"""The kit command: portable to bash 3.2 (macOS), and every misuse answered in one line."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
KIT = ROOT / "kit"

# Constructs bash 3.2 lacks or mishandles under set -u (macOS ships bash 3.2).
BASH4_ONLY = [
    ("an array expanded with [@] (unbound when empty under set -u)", r"\$\{[A-Za-z_][A-Za-z0-9_]*\[[@*]\]"),
    ("an array append", r"\+=\("),
    ("mapfile / readarray", r"\b(?:mapfile|readarray)\b"),
    ("an associative array", r"\bdeclare\s+-[a-zA-Z]*A"),
    ("case conversion ${x,,} / ${x^^}", r"\$\{[^}]*(?:,,|\^\^)\}"),
    ("the |& pipe", r"\|&"),
    ("coproc", r"\bcoproc\b"),
    ("a negative substring offset ${x: -1}", r"\$\{[A-Za-z_]+:\s*-\d"),
]


@pytest.mark.parametrize("path", [KIT, ROOT / ".ci" / "run"], ids=["kit", ".ci/run"])
@pytest.mark.parametrize(("what", "pattern"), BASH4_ONLY, ids=[b[0] for b in BASH4_ONLY])
def test_no_bash4_constructs(path: Path, what: str, pattern: str) -> None:
    code = "\n".join(line for line in path.read_text(encoding="utf-8").splitlines() if not line.lstrip().startswith("#"))
    found = re.search(pattern, code)
    assert found is None, f"{path.name} uses {what}: {found and found.group(0)}"


def test_the_script_parses() -> None:
    subprocess.run(["bash", "-n", str(KIT)], check=True)


def kit(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(KIT), *args], capture_output=True, text=True, cwd=ROOT, timeout=300)


def test_help_documents_pass_through_options_and_repair() -> None:
    result = kit("help")
    assert result.returncode == 0
    for needle in ("./kit test tests/helpers -q -x", "to pytest", "to JupyterLab", "rm -rf .venv .kit-tools && ./kit setup",
                   "KIT_PYTHON", "bash (3.2 or newer)"):
        assert needle in result.stdout


MISUSE = [
    (["nope"], "unknown command 'nope'"),
    (["setup", "--fast"], "setup takes no options"),
    (["execute", "nope.ipynb"], "notebook not found: nope.ipynb"),
    (["execute", "README.md"], "not a notebook (.ipynb file): README.md"),
    (["execute", "tests/test_kit_script.py"], "not a notebook"),
    (["student", "a", "b"], "student takes one output folder at most"),
    (["student", "notebooks"], "student copies cannot replace the notebooks"),
    (["student", "--nope"], "student takes one output folder at most, and the options --force, --missing-only"),
    (["grade"], "grade needs at least one submission"),
    (["grade", "nope.ipynb"], "no such file or folder: nope.ipynb"),
    (["grade", "README.md", "--timeout", "0"], "--timeout must be a positive number of seconds"),
    (["grade", "README.md", "--colour"], "unknown option --colour"),
    (["run", "99", "--text", "README.md"], "notebook not found: 99"),
    (["run", "04"], "the following arguments are required: --text"),
    (["run", "04", "--text", "no_such.txt"], "file not found: no_such.txt"),
]


@pytest.mark.parametrize(("args", "message"), MISUSE, ids=[" ".join(m[0]) for m in MISUSE])
def test_misuse_is_one_line(args: list[str], message: str) -> None:
    result = kit(*args)
    assert result.returncode == 2
    lines = [line for line in result.stderr.splitlines() if line.startswith("kit: ")]
    assert len(lines) == 1 and message in lines[0], result.stderr
    assert "Traceback" not in result.stderr


def test_a_student_copy_is_not_executed(tmp_path: Path) -> None:
    student = ROOT / "student"
    created = not student.exists()
    student.mkdir(exist_ok=True)
    copy = student / "00_tour.ipynb"
    existed = copy.exists()
    if not existed:
        shutil.copy(ROOT / "notebooks" / "00_tour.ipynb", copy)
    try:
        result = kit("execute", "student/00_tour.ipynb")
        assert result.returncode == 2 and "is a student copy" in result.stderr
    finally:
        if not existed:
            copy.unlink()
        if created:
            shutil.rmtree(student)


def test_student_says_where_it_wrote(tmp_path: Path) -> None:
    result = kit("student", str(tmp_path / "copies"))
    assert result.returncode == 0, result.stderr
    assert f"student copies to {tmp_path / 'copies'}/" in result.stdout
