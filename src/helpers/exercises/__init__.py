"""Check functions for the notebooks' exercises, one module per notebook (``nb01``, ``nb02``, ...).

A check never raises on a wrong answer: it returns :class:`Feedback`, which says what is right,
or what is wrong and a hint, the way a tutor would. Solutions live in the notebooks, in cells
tagged ``solution``; the notebook tests (strict nbval) prove every solution passes its check.

Every check is registered in one registry (:mod:`helpers.exercises.registry`) with a stable id
(``nb04.ex2``: notebook 04, "Exercise 2") and staged hints; inside a notebook, wrong attempts move
the hints on (:mod:`helpers.exercises.attempts`), and ``./kit grade`` reads what the checks said
(:mod:`helpers.exercises.grading`).
"""

from helpers.exercises.feedback import Feedback, correct, format_number, not_yet, unanswered

__all__ = ["Feedback", "correct", "format_number", "not_yet", "unanswered"]
