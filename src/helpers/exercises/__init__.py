"""Check functions for the notebooks' exercises, one module per notebook (``nb01``, ``nb02``, ...).

A check never raises on a wrong answer: it returns :class:`Feedback`, which says what is right,
or what is wrong and a hint, the way a tutor would. Solutions live in the notebooks, in cells
tagged ``solution``; the notebook tests (strict nbval) prove every solution passes its check.
"""

from helpers.exercises.feedback import Feedback, correct, not_yet, unanswered

__all__ = ["Feedback", "correct", "not_yet", "unanswered"]
