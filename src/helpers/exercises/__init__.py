"""Check functions for the notebooks' exercises, one module per notebook (``nb01``, ``nb02``, ...).

A check never raises on a wrong answer: it returns :class:`Feedback`, which says what is right,
or what is wrong and a hint, the way a tutor would. Solutions live in the notebooks, in cells
tagged ``solution``; the notebook tests (strict nbval) prove every solution passes its check.

Every check is registered in one registry (:mod:`helpers.exercises.registry`) with a stable id
(``nb04.ex2``: notebook 04, "Exercise 2") and staged hints; inside a notebook, wrong attempts move
the hints on (:mod:`helpers.exercises.attempts`), and ``./kit grade`` reads what the checks said
(:mod:`helpers.exercises.grading`).

Checks take the text the notebook read (``text=``); without it they check against the case study.
Exercises that only make sense on the case study sit in cells marked ``%%case_study_only``
(:mod:`helpers.exercises.case_study`), which print one line and run nothing on another text.
"""

from helpers.exercises.case_study import case_study_cells, case_study_note, is_case_study_text
from helpers.exercises.feedback import Feedback, correct, format_number, not_yet, unanswered

__all__ = ["Feedback", "case_study_cells", "case_study_note", "correct", "format_number", "is_case_study_text",
           "not_yet", "unanswered"]
