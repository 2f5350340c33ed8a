"""The texts the exercise checks use: the case study, and texts from ``data/`` the notebooks do not show.

Method checks (:mod:`helpers.exercises.method`) run a student's function on the case study and
then on texts the student has not seen: a news report of ``data/news/`` (real ANT articles, see
``data/news/README.md``) or one of the constructed comparison texts. Each is read once per
process, through :func:`helpers.data.data_path`.
"""

from __future__ import annotations

from functools import cache

from helpers.data import case_study_path, data_path
from helpers.text.load import read_text_ar

__all__ = ["case_study_text", "comparison_text", "news_text"]


@cache
def case_study_text() -> str:
    """Return the case-study article, read once per process.

    >>> case_study_text()[:17]
    'دبلوماسية الكاظمي'
    """
    return read_text_ar(case_study_path())


@cache
def news_text(prefix: str) -> str:
    """Return the news report of ``data/news/`` whose file name starts with ``prefix`` (``"dev_06"``).

    >>> news_text("dev_03")[:9]
    '70 تونسيا'
    >>> news_text("dev_99")
    Traceback (most recent call last):
    ...
    FileNotFoundError: no news report dev_99* in data/news/
    """
    found = sorted(data_path("news").glob(f"{prefix}*.txt"))
    if len(found) != 1:
        raise FileNotFoundError(f"no news report {prefix}* in data/news/" if not found else f"{prefix} names {len(found)} news reports")
    return read_text_ar(found[0])


@cache
def comparison_text(name: str) -> str:
    """Return a comparison text of ``data/comparison/`` without its header (``"wire_report"``).

    >>> comparison_text("wire_report")[:6]
    'العراق'
    """
    from helpers.compare import load_comparison_text

    return load_comparison_text(name)
