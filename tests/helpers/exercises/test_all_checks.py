"""Every exercise check in every notebook answers an unanswered cell like a tutor."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from typing import Any

import pytest

import helpers.exercises
from helpers.exercises import Feedback


def _all_checks() -> list[Callable[..., Feedback]]:
    checks = []
    for info in sorted(pkgutil.iter_modules(helpers.exercises.__path__), key=lambda m: m.name):
        if not info.name.startswith("nb"):
            continue
        module = importlib.import_module(f"helpers.exercises.{info.name}")
        checks += [getattr(module, name) for name in sorted(dir(module)) if name.startswith("check_")]
    return checks


CHECKS = _all_checks()


def test_every_notebook_has_at_least_two_checks() -> None:
    modules = {check.__module__ for check in CHECKS}
    assert modules == {f"helpers.exercises.nb{i:02d}" for i in range(9)}
    for module in modules:
        assert sum(check.__module__ == module for check in CHECKS) >= 2, module


@pytest.mark.parametrize("check", CHECKS, ids=lambda f: f"{f.__module__.rsplit('.', 1)[1]}.{f.__name__}")
@pytest.mark.parametrize("placeholder", [..., None], ids=["ellipsis", "none"])
def test_unanswered(check: Callable[..., Feedback], placeholder: Any) -> None:
    # Some checks also need the student's own text (notebook 07): give them a short one.
    required = {
        name: "نص قصير كتبه الطالب."
        for name, parameter in inspect.signature(check).parameters.items()
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY and parameter.default is inspect.Parameter.empty
    }
    feedback = check(placeholder, **required)
    assert isinstance(feedback, Feedback)
    assert not feedback.ok
    assert feedback.message.startswith("No answer yet")
    assert feedback.hint
