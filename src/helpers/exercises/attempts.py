"""What a notebook remembers of a student's attempts: staged hints, and the log a grader reads.

**Staged hints.** Inside a Jupyter kernel the checks count the wrong attempts at each exercise:
the first wrong answer gets the exercise's first hint (the idea), the next one the second (where
to look), and so on up to the last. ``nbNN.hint("ex2")`` shows the next hint without an answer.
Outside a kernel (scripts, tests) every call stands alone and shows the first hint, so results do
not depend on what ran before; :func:`track_attempts` switches counting on or off by hand.

**The grading log.** When the environment variable ``ADL_GRADE_LOG`` names a file, every check
call appends one JSON line to it: the exercise id, whether the answer passed, whether it was the
``...`` placeholder, the message, the hint and the answer itself (small values as they are,
anything else as a shortened ``repr``). ``./kit grade`` sets the variable for the kernel that runs
a submission and reads the lines back (:mod:`helpers.exercises.grading`).

>>> from helpers.exercises.feedback import not_yet
>>> track_attempts(True)
>>> hints = ("Think of what a rate is.", "Look at the frequency table.")
>>> record("nb99.ex1", 3, not_yet("3 is not the rate."), hints).hint
'Think of what a rate is.'
>>> record("nb99.ex1", 4, not_yet("4 is not the rate."), hints).hint
'Look at the frequency table.'
>>> next_hint("nb99.ex1", hints)
💡 nb99.ex1, hint 2 of 2 (the last): Look at the frequency table. If you are still stuck, reread the task sentence by sentence, or ask your teacher.
>>> track_attempts(None)
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from numbers import Integral, Real
from typing import Any

from helpers.exercises.feedback import Feedback, is_stub_function

__all__ = ["GRADE_LOG_ENV", "Hint", "next_hint", "record", "track_attempts", "tracking"]

#: The environment variable naming the grading log (one JSON line per check call).
GRADE_LOG_ENV = "ADL_GRADE_LOG"

_enabled: bool | None = None  # None: automatic, on inside a Jupyter kernel
_wrong: Counter[str] = Counter()
_asked: Counter[str] = Counter()


def track_attempts(enabled: bool | None = True) -> None:
    """Switch attempt counting on (``True``), off (``False``) or back to automatic (``None``).

    Every call also forgets the attempts counted so far.
    """
    global _enabled
    _enabled = enabled
    _wrong.clear()
    _asked.clear()


def tracking() -> bool:
    """Whether wrong attempts are being counted (by default: inside a Jupyter kernel only)."""
    if _enabled is not None:
        return _enabled
    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython is not None else None
    return shell is not None and hasattr(shell, "kernel")


def _is_placeholder(answer: Any) -> bool:
    return answer is Ellipsis or answer is None or is_stub_function(answer)


def _level(exercise: str) -> int:
    return _wrong[exercise] + _asked[exercise] if tracking() else 0


def record(exercise: str, answer: Any, feedback: Feedback, hints: Sequence[str]) -> Feedback:
    """Give ``feedback`` its exercise id and staged hints, count the attempt, log it for grading.

    Args:
        exercise: the exercise id, such as ``"nb04.ex1"``.
        answer: what the student passed to the check.
        feedback: what the check said.
        hints: the exercise's staged hints, first to last.

    Returns:
        ``feedback`` with ``exercise``, ``hints`` and ``hint_level`` filled in.
    """
    hints = tuple(hints)
    level = min(_level(exercise), max(len(hints) - 1, 0))
    result = replace(feedback, exercise=exercise, hints=hints, hint_level=level)
    placeholder = _is_placeholder(answer)
    if tracking() and not placeholder and not result.ok:
        _wrong[exercise] += 1
    _log(exercise, answer, result, placeholder)
    return result


@dataclass(frozen=True)
class Hint:
    """One staged hint, as ``nbNN.hint(...)`` shows it."""

    exercise: str
    text: str
    level: int
    total: int

    def __str__(self) -> str:
        if self.total == 0:
            return f"💡 {self.exercise} has no staged hints: run its check with your answer."
        if self.level + 1 < self.total:
            return f"💡 {self.exercise}, hint {self.level + 1} of {self.total}: {self.text}"
        return (f"💡 {self.exercise}, hint {self.total} of {self.total} (the last): {self.text} "
                "If you are still stuck, reread the task sentence by sentence, or ask your teacher.")

    __repr__ = __str__


def next_hint(exercise: str, hints: Sequence[str]) -> Hint:
    """Return the next staged hint of ``exercise`` and remember that it was shown.

    The first call gives the hint a first wrong answer would get; later calls (and wrong
    answers) move on, up to the last hint, which is then repeated.
    """
    hints = tuple(hints)
    if not hints:
        return Hint(exercise, "", 0, 0)
    level = min(_wrong[exercise] + _asked[exercise], len(hints) - 1)
    _asked[exercise] += 1
    return Hint(exercise, hints[level], level, len(hints))


def _loggable(value: Any, depth: int = 0) -> Any:
    """``value`` as JSON can hold it: small values as they are, the rest as a shortened repr."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str) and len(value) <= 500:
        return value
    if isinstance(value, Integral):
        return int(value)
    if isinstance(value, Real):
        return float(value)
    if depth < 3 and isinstance(value, (list, tuple, set, frozenset)) and len(value) <= 100:
        items = sorted(value, key=repr) if isinstance(value, (set, frozenset)) else list(value)
        return [_loggable(v, depth + 1) for v in items]
    if depth < 3 and isinstance(value, dict) and len(value) <= 100:
        return {str(k): _loggable(v, depth + 1) for k, v in value.items()}
    text = repr(value)
    return {"repr": text if len(text) <= 300 else text[:299] + "…"}


def _log(exercise: str, answer: Any, feedback: Feedback, placeholder: bool) -> None:
    path = os.environ.get(GRADE_LOG_ENV)
    if not path:
        return
    line = json.dumps({
        "exercise": exercise,
        "ok": feedback.ok,
        "placeholder": placeholder,
        "message": feedback.message,
        "hint": feedback.hint,
        "answer": _loggable(answer),
    }, ensure_ascii=False)
    with open(path, "a", encoding="utf-8") as log:
        log.write(line + "\n")
