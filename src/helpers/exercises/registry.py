"""One registry of the notebooks' exercises: a stable id for every check, and its staged hints.

Each check in ``helpers.exercises.nbNN`` is registered with :func:`exercise`, which gives it the
id ``nbNN.exK`` (K is the number the notebook's "Exercise K" heading shows), a title and its
staged hints (first the idea, then where to look; never the code). The id does not depend on
where the exercise's cells are, so gradebooks stay comparable when cells move.

The decorator wraps the check so that every call goes through
:func:`helpers.exercises.attempts.record`: the feedback learns its exercise id and hints, wrong
attempts raise the hint level inside a notebook, and ``./kit grade`` can read what happened.

>>> ex = exercise_by_id("nb04.ex2")
>>> ex.notebook, ex.number, ex.check_name
('nb04', 2, 'check_rate_per_1000')
>>> [e.id for e in exercises_of("nb05")]
['nb05.ex1', 'nb05.ex2', 'nb05.ex3', 'nb05.ex4', 'nb05.ex5']
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from helpers.exercises import attempts
from helpers.exercises.feedback import Feedback

__all__ = ["Exercise", "all_exercises", "exercise", "exercise_by_id", "exercises_of", "hints_for"]

Check = TypeVar("Check", bound=Callable[..., Feedback])

_MODULE = re.compile(r"^helpers\.exercises\.(nb\d\d)$")
_REGISTRY: dict[str, "Exercise"] = {}


@dataclass(frozen=True)
class Exercise:
    """One exercise of a notebook.

    Attributes:
        id: ``"nb04.ex1"``: the notebook module and the exercise's number in the notebook.
        notebook: the notebook module's name, ``"nb04"``.
        number: the number in the notebook's "Exercise N" heading.
        title: a short title, as in the heading.
        check_name: the check function's name in the module, ``"check_rate_per_1000"``.
        hints: the staged hints, the idea first, then where to look.
        check: the registered (wrapped) check.
    """

    id: str
    notebook: str
    number: int
    title: str
    check_name: str
    hints: tuple[str, ...]
    check: Callable[..., Feedback]


def exercise(number: int, title: str, *, hints: Sequence[str]) -> Callable[[Check], Check]:
    """Register a check function as exercise ``number`` of its notebook module.

    Args:
        number: the exercise's number in the notebook ("Exercise 2" → 2).
        title: a short title.
        hints: staged hints, at least two: the concept, then where to look. Never solution code.

    Raises:
        ValueError: if used outside a ``helpers.exercises.nbNN`` module, with fewer than two
            hints, or twice for one id.
    """
    hints = tuple(hints)
    if len(hints) < 2 or not all(h.strip() for h in hints):
        raise ValueError("an exercise needs at least two staged hints: the idea, then where to look")

    def register(check: Check) -> Check:
        match = _MODULE.match(check.__module__)
        if match is None:
            raise ValueError(f"{check.__module__}.{check.__name__}: exercises live in helpers.exercises.nbNN modules")
        notebook = match.group(1)
        exercise_id = f"{notebook}.ex{number}"
        if exercise_id in _REGISTRY and _REGISTRY[exercise_id].check_name != check.__name__:
            raise ValueError(f"{exercise_id} is already registered to {_REGISTRY[exercise_id].check_name}")

        @functools.wraps(check)
        def checked(answer: Any, *args: Any, **kwargs: Any) -> Feedback:
            return attempts.record(exercise_id, answer, check(answer, *args, **kwargs), hints)

        _REGISTRY[exercise_id] = Exercise(exercise_id, notebook, number, title, check.__name__, hints, checked)
        return checked  # type: ignore[return-value]

    return register


def all_exercises() -> list[Exercise]:
    """Every registered exercise of every notebook module, in notebook and number order."""
    import helpers.exercises as package

    for info in pkgutil.iter_modules(package.__path__):
        if re.fullmatch(r"nb\d\d", info.name):
            importlib.import_module(f"helpers.exercises.{info.name}")
    return sorted(_REGISTRY.values(), key=lambda e: (e.notebook, e.number))


def exercises_of(notebook: str) -> list[Exercise]:
    """The exercises of one notebook module (``"nb04"``, or ``"04"``), in number order."""
    key = notebook if notebook.startswith("nb") else f"nb{notebook}"
    return [e for e in all_exercises() if e.notebook == key]


def exercise_by_id(exercise_id: str) -> Exercise:
    """The exercise with this id (``"nb04.ex1"``).

    >>> exercise_by_id("nb04.ex9")
    Traceback (most recent call last):
    ...
    KeyError: 'no exercise nb04.ex9; nb04 has ex1, ex2, ex3, ex4, ex5, ex6'
    """
    found = {e.id: e for e in all_exercises()}
    if exercise_id not in found:
        notebook = exercise_id.split(".")[0]
        have = ", ".join(e.id.split(".")[1] for e in found.values() if e.notebook == notebook)
        raise KeyError(f"no exercise {exercise_id}" + (f"; {notebook} has {have}" if have else ""))
    return found[exercise_id]


def hints_for(module_name: str) -> Callable[[str | int], attempts.Hint]:
    """The ``hint`` function of a notebook module: ``nb04.hint("ex2")`` (or ``nb04.hint(2)``).

    Each call shows the exercise's next staged hint (the idea, then where to look).
    """
    match = _MODULE.match(module_name)
    if match is None:
        raise ValueError(f"{module_name} is not a helpers.exercises.nbNN module")
    notebook = match.group(1)

    def hint(exercise_number: str | int) -> attempts.Hint:
        """Show the next hint of an exercise of this notebook: ``hint("ex2")`` or ``hint(2)``."""
        key = str(exercise_number).strip().lower().removeprefix(f"{notebook}.")
        key = key if key.startswith("ex") else f"ex{key}"
        found = exercise_by_id(f"{notebook}.{key}")
        return attempts.next_hint(found.id, found.hints)

    hint.__module__ = module_name
    hint.__qualname__ = "hint"
    return hint
