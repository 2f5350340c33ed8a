"""The exercise registry: every check has one stable id, staged hints, and matches its notebook.

The ids follow the notebooks' "Exercise N" headings, and the first check called after each
heading is the one registered under that number, so a gradebook row ``nb04.ex2`` is the exercise
a student reads as "Exercise 2" in notebook 04.
"""

from __future__ import annotations

import importlib
import inspect
import json
import os
import re
from pathlib import Path

import nbformat
import pytest

from helpers.exercises import attempts
from helpers.exercises.registry import all_exercises, exercise, exercise_by_id, exercises_of

ROOT = Path(__file__).resolve().parents[3]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
EXERCISES = all_exercises()
HEADING = re.compile(r"^#+ +Exercise (\d+)\b", re.M)
CALL = re.compile(r"\bnb\d\d\.(check_\w+)\(")


def test_every_check_is_registered_once() -> None:
    for nb in sorted({e.notebook for e in EXERCISES}):
        module = importlib.import_module(f"helpers.exercises.{nb}")
        checks = sorted(name for name in dir(module) if name.startswith("check_"))
        registered = sorted(e.check_name for e in EXERCISES if e.notebook == nb)
        assert checks == registered, nb
    assert len({e.id for e in EXERCISES}) == len(EXERCISES)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_ids_follow_the_notebook_headings(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    key = f"nb{path.name[:2]}"
    order: list[tuple[int, str]] = []  # (exercise number, first check called after its heading)
    waiting: int | None = None
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            numbers = [int(n) for n in HEADING.findall(cell.source)]
            if numbers:
                waiting = numbers[-1]
        elif waiting is not None and (call := CALL.search(cell.source)):
            order.append((waiting, call.group(1)))
            waiting = None
    registered = [(e.number, e.check_name) for e in exercises_of(key)]
    assert order == registered
    assert [n for n, _ in registered] == list(range(1, len(registered) + 1))


@pytest.mark.parametrize("ex", EXERCISES, ids=[e.id for e in EXERCISES])
def test_staged_hints_are_ideas_and_places_not_code(ex) -> None:
    assert len(ex.hints) >= 2
    for hint in ex.hints:
        assert hint.strip() and hint.endswith((".", "?", ")")), hint
        # No solution code: no assignments, no indexing, no method chains on a table.
        assert not re.search(r"\w+\s*=\s*[\w\[(]|\.iloc|\.loc\[|\[\s*\d|\.idxmax|len\(", hint), hint
        assert "solution" not in hint.lower()


def test_no_check_tells_a_student_to_run_a_solution_cell() -> None:
    # Student copies have no solution cells: a hint that sends students there sends them nowhere.
    for path in sorted((ROOT / "src" / "helpers" / "exercises").glob("nb*.py")):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"run (?:the|a) solution|solution cell (?:above|first)", text, re.I), path.name


def test_lookup_and_errors() -> None:
    assert exercise_by_id("nb02.ex5").check_name == "check_longest_sentence"
    with pytest.raises(KeyError, match="nb02 has ex1, ex2, ex3, ex4, ex5"):
        exercise_by_id("nb02.ex7")
    assert [e.id for e in exercises_of("07")] == ["nb07.ex1", "nb07.ex2", "nb07.ex3", "nb07.ex4", "nb07.ex5", "nb07.ex6"]


@pytest.mark.parametrize(
    ("hints", "error"),
    [
        pytest.param(("Only one.",), "two staged hints", id="one-hint"),
        pytest.param(("The idea.", " "), "two staged hints", id="blank-hint"),
    ],
)
def test_registration_needs_two_hints(hints: tuple[str, ...], error: str) -> None:
    with pytest.raises(ValueError, match=error):
        exercise(1, "x", hints=hints)


def test_registration_only_in_notebook_modules() -> None:
    def check_something(answer):  # defined here, in a test module
        return None

    with pytest.raises(ValueError, match="helpers.exercises.nbNN"):
        exercise(1, "x", hints=("a.", "b."))(check_something)


def test_wrapped_checks_keep_their_signature_and_docstring() -> None:
    ex = exercise_by_id("nb04.ex2")
    assert "answer" in inspect.signature(ex.check).parameters
    assert ex.check.__doc__.startswith("Check the rate per 1,000")


def test_hint_levels_advance_with_wrong_attempts() -> None:
    from helpers.exercises import nb02

    attempts.track_attempts(True)
    try:
        levels = [nb02.check_arabic_token_count(n).hint_level for n in (1, 2, 3)]
        assert levels == [0, 1, 1]                      # two staged hints: the second stays
        assert nb02.check_arabic_token_count(...).hint_level == 1   # no answer: no new attempt
        attempts.track_attempts(True)                   # forgets the attempts
        assert nb02.hint("ex2").level == 0
        assert nb02.hint(2).level == 1
        assert nb02.check_arabic_token_count(1).hint_level == 1
        assert "the last" in str(nb02.hint("nb02.ex2"))
    finally:
        attempts.track_attempts(None)


def test_outside_a_kernel_every_call_stands_alone() -> None:
    from helpers.exercises import nb02

    attempts.track_attempts(None)
    assert not attempts.tracking()
    assert [nb02.check_arabic_token_count(n).hint_level for n in (1, 2, 3)] == [0, 0, 0]


def test_grading_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from helpers.exercises import nb02

    log = tmp_path / "log.jsonl"
    monkeypatch.setenv(attempts.GRADE_LOG_ENV, str(log))
    nb02.check_arabic_token_count(...)
    nb02.check_arabic_token_count(12.5)
    nb02.check_stem_waw_words({"وهو", "وزير"})
    lines = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert [(r["exercise"], r["ok"], r["placeholder"]) for r in lines] == [
        ("nb02.ex2", False, True), ("nb02.ex2", False, False), ("nb02.ex3", False, False)]
    assert lines[1]["answer"] == 12.5 and lines[2]["answer"] == ["وزير", "وهو"]
    assert lines[1]["hint"] and lines[1]["message"]
    monkeypatch.delenv(attempts.GRADE_LOG_ENV)
    nb02.check_arabic_token_count(1)
    assert len(log.read_text(encoding="utf-8").splitlines()) == 3
    assert os.environ.get(attempts.GRADE_LOG_ENV) is None


#: Every notebook's exercises, as rebuilt for issue 12: a concept check and a method exercise each,
#: difficulty rising, listed in the lesson plan with kind and level.
REBUILT = tuple(f"nb{n:02d}" for n in range(9))
LESSON_ROW = re.compile(r"^\| (\d+) \| `(nb\d\d\.ex\d+)` \| ([^|]+) \| ([^|]+) \|", re.M)


@pytest.mark.parametrize("key", REBUILT)
def test_lesson_plan_lists_every_exercise_with_kind_and_level(key: str) -> None:
    lesson = next((ROOT / "lessons").glob(f"{key[2:]}_*.md")).read_text(encoding="utf-8")
    section = lesson.split("\n## Exercises\n", 1)[1].split("\n## ", 1)[0]
    rows = LESSON_ROW.findall(section)
    assert [r[1] for r in rows] == [e.id for e in exercises_of(key)]
    kinds = [r[2].split(" (")[0].strip() for r in rows]
    assert set(kinds) <= {"concept check", "value", "method"}
    assert "concept check" in kinds and "method" in kinds
    levels = [int(re.match(r"\s*(\d)", r[3]).group(1)) for r in rows]
    assert levels == sorted(levels) and levels[-1] > levels[0], "difficulty rises within the notebook"


@pytest.mark.parametrize("key", REBUILT)
def test_rebuilt_notebooks_have_a_concept_check_and_a_method(key: str) -> None:
    from helpers.exercises.choice import MultipleChoice

    module = importlib.import_module(f"helpers.exercises.{key}")
    assert any(isinstance(getattr(module, name), MultipleChoice) for name in dir(module))
    assert "run_trials(" in inspect.getsource(module)
    trial_sets = [getattr(module, name)() for name in dir(module) if name.endswith("_trials") and name != "run_trials"]
    assert trial_sets, f"{key} has no function giving its method check's trials"
    for trials in trial_sets:
        assert any(not trial.seen for trial in trials), "a method check runs on a text the notebook has not shown"
