"""What the exercise tests expect of a hint: a named mistake's own hint, or the staged one.

A wrong answer that a check recognises gets a hint about that mistake; any other wrong answer
gets the exercise's first staged hint (the idea behind the exercise). Test tables write
:data:`STAGED` for the second kind.
"""

from __future__ import annotations

from helpers.exercises import Feedback

#: In a test table: this answer has no hint of its own, so the exercise's first staged hint shows.
STAGED = "<the exercise's first staged hint>"


def hint_matches(feedback: Feedback, expected: str) -> bool:
    """Whether ``feedback`` shows the expected hint: :data:`STAGED`, or a part of its own hint."""
    if expected == STAGED:
        return not feedback.mistake_hint and bool(feedback.hints) and feedback.hint == feedback.hints[0]
    return expected in feedback.hint
