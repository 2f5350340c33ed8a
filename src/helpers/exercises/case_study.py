"""Cells that apply to the case study only, and the one line they print on any other text.

Every notebook from 02 on reads the text its parameters cell names (``TEXT_PATH``; ``None`` is the
case study) and works on any Arabic text. A few cells cannot: they read the case study's gold
annotations, look up words only the case study contains, or check an exercise whose question is
about the case study. Such a cell begins with one line, ``%%case_study_only``, followed by why:

    %%case_study_only its gold annotation
    scores = score_against_gold(found, gold)

On the case study the cell runs as written (an error in it is an error of the cell). On another
text it runs nothing and prints one line, :func:`case_study_note`, instead. The notebook decides
which text it has read (``IS_CASE_STUDY``, from the text's SHA-256 fingerprint) and switches the
cells with :func:`case_study_cells`.

>>> from helpers.exercises.texts import case_study_text
>>> is_case_study_text(case_study_text())
True
>>> is_case_study_text("نص آخر.")
False
>>> print(case_study_note("its gold annotation"))
Case study only (its gold annotation): this notebook reads another text, so this cell is skipped.
"""

from __future__ import annotations

import hashlib

from helpers.data import CASE_STUDY_SHA256

__all__ = ["MAGIC", "case_study_cells", "case_study_note", "is_case_study_text"]

#: The cell magic a case-study-only cell begins with (``%%case_study_only``).
MAGIC = "case_study_only"


def is_case_study_text(text: str) -> bool:
    """Return whether ``text`` is the case study, by the SHA-256 fingerprint of its UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest() == CASE_STUDY_SHA256


def case_study_note(why: str = "") -> str:
    """The one line a case-study-only cell prints on another text (``why`` says what it needs)."""
    reason = f" ({why.strip()})" if why.strip() else ""
    return f"Case study only{reason}: this notebook reads another text, so this cell is skipped."


def case_study_cells(is_case_study: bool) -> None:
    """Define the cell magic ``%%case_study_only`` in the running notebook.

    Args:
        is_case_study: whether the notebook reads the case study. If so, marked cells run as
            written; if not, each prints :func:`case_study_note` and runs nothing.

    Raises:
        RuntimeError: outside IPython (a notebook or an IPython shell).
    """
    from IPython import get_ipython  # only notebooks need IPython here

    shell = get_ipython()
    if shell is None:
        raise RuntimeError("case_study_cells works inside a notebook (IPython) only")

    def case_study_only(line: str, cell: str) -> None:
        if not is_case_study:
            print(case_study_note(line))
            return
        result = shell.run_cell(cell)
        result.raise_error()  # an error inside the cell fails the cell, for nbval and papermill too

    shell.register_magic_function(case_study_only, magic_kind="cell", magic_name=MAGIC)
