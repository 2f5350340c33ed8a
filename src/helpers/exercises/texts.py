"""The texts the exercise checks use when the student does not pass one."""

from __future__ import annotations

from functools import cache

from helpers.data import case_study_path
from helpers.text.load import read_text_ar

__all__ = ["case_study_text"]


@cache
def case_study_text() -> str:
    """Return the case-study article, read once per process.

    >>> case_study_text()[:17]
    'دبلوماسية الكاظمي'
    """
    return read_text_ar(case_study_path())
