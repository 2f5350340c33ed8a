"""The tutor's voice: a small record of whether an answer is right, and what to try next."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["Feedback", "correct", "not_yet", "unanswered"]


@dataclass(frozen=True)
class Feedback:
    """The result of checking an answer.

    Attributes:
        ok: whether the answer is accepted.
        message: what is right, or what is wrong.
        hint: what to try next (only when ``ok`` is false).

    >>> correct("Yes: تطويل is only stretching.")
    ✅ Correct. Yes: تطويل is only stretching.
    >>> not_yet("You counted spaces too.", hint="Count only the Arabic letters.")
    ❌ Not yet. You counted spaces too.
       Hint: Count only the Arabic letters.
    """

    ok: bool
    message: str
    hint: str = ""

    def __str__(self) -> str:
        if self.ok:
            return f"✅ Correct. {self.message}"
        text = f"❌ Not yet. {self.message}"
        return f"{text}\n   Hint: {self.hint}" if self.hint else text

    __repr__ = __str__

    def __bool__(self) -> bool:
        return self.ok


def correct(message: str) -> Feedback:
    """Return an accepting :class:`Feedback`."""
    return Feedback(True, message)


def not_yet(message: str, *, hint: str = "") -> Feedback:
    """Return a :class:`Feedback` that says what is wrong and gives a hint."""
    return Feedback(False, message, hint)


def unanswered(answer: Any, *, hint: str) -> Feedback | None:
    """Return a gentle :class:`Feedback` if ``answer`` is still the ``...`` placeholder, else ``None``.

    >>> unanswered(..., hint="Use len().")
    ❌ Not yet. No answer yet: replace the ... with your code.
       Hint: Use len().
    >>> unanswered(3, hint="Use len()") is None
    True
    """
    if answer is Ellipsis or answer is None:
        return Feedback(False, "No answer yet: replace the ... with your code.", hint)
    return None
