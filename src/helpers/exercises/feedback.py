"""The tutor's voice: a small record of whether an answer is right, and what to try next.

A check answers with :class:`Feedback`. When it recognises the mistake (a percentage given for a
fraction, a count with punctuation in it) it says so in a hint of its own. Otherwise the student
gets the exercise's **staged hints**: the first says which idea the exercise is about, the next
where to look in the notebook, never the code that solves it. Each wrong attempt at the same
exercise in a notebook moves one hint further (see :mod:`helpers.exercises.attempts`), and
``nbNN.hint("ex2")`` asks for the next one directly.

Numbers in messages are written the way a person would write them: :func:`format_number`.

A :class:`Feedback` shows itself twice. In JupyterLab it is a coloured box (``_repr_html_``):
green with "Correct", or amber with "Not yet" and the hint, its Arabic isolated so that it reads
right to left inside the English sentence. As plain text (a terminal, a printed check, an
exported notebook without HTML) it starts with ``✓`` or ``✗``, two symbols that ordinary text
fonts have, so no emoji font is needed.
"""

from __future__ import annotations

import dis
import math
import types
from dataclasses import dataclass
from decimal import Decimal
from numbers import Integral, Real
from typing import Any

from helpers.display.html import bidi_html

__all__ = ["Feedback", "correct", "format_number", "is_stub_function", "matches_rounded", "not_yet", "unanswered"]

_STYLES = {
    True: ("#228833", "#EEF7EE", "✓", "Correct."),
    False: ("#CC8800", "#FFF6E5", "✗", "Not yet."),
}


@dataclass(frozen=True)
class Feedback:
    """The result of checking an answer.

    Attributes:
        ok: whether the answer is accepted.
        message: what is right, or what is wrong.
        mistake_hint: a hint about this particular mistake, when the check recognised it.
        hints: the exercise's staged hints (a concept first, then where to look), shown when the
            check has no hint of its own; filled in from the exercise registry.
        hint_level: which of ``hints`` this answer gets (0 for the first).
        exercise: the exercise id, such as ``"nb04.ex1"`` (empty outside the registry).

    >>> correct("Yes: تطويل is only stretching.")
    ✓ Correct. Yes: تطويل is only stretching.
    >>> not_yet("You counted spaces too.", hint="Count only the Arabic letters.")
    ✗ Not yet. You counted spaces too.
       Hint: Count only the Arabic letters.
    >>> staged = Feedback(False, "Not that number.", hints=("Think of what a rate is.", "Look at the table."), hint_level=1)
    >>> staged
    ✗ Not yet. Not that number.
       Hint 2 of 2: Look at the table.
    >>> staged.hint
    'Look at the table.'
    >>> print(correct("Yes: تطويل.")._repr_html_())  # doctest: +ELLIPSIS
    <div class="adl-feedback" dir="ltr" ...><strong ...>✓ Correct.</strong> Yes: <bdi dir="rtl" lang="ar" ...>تطويل</bdi>.</div>
    """

    ok: bool
    message: str
    mistake_hint: str = ""
    hints: tuple[str, ...] = ()
    hint_level: int = 0
    exercise: str = ""

    @property
    def hint(self) -> str:
        """The hint this answer shows: the check's own, else the staged hint of its level."""
        if self.ok:
            return ""
        if self.mistake_hint:
            return self.mistake_hint
        if self.hints:
            return self.hints[min(self.hint_level, len(self.hints) - 1)]
        return ""

    def _hint_label(self) -> str:
        """``Hint`` for a hint of the check's own or a single one, ``Hint 2 of 3`` for a staged one."""
        if self.mistake_hint or len(self.hints) < 2:
            return "Hint"
        return f"Hint {min(self.hint_level, len(self.hints) - 1) + 1} of {len(self.hints)}"

    def __str__(self) -> str:
        mark, word = _STYLES[self.ok][2:]
        text = f"{mark} {word} {self.message}"
        return f"{text}\n   {self._hint_label()}: {self.hint}" if self.hint else text

    __repr__ = __str__

    def _repr_html_(self) -> str:
        border, background, mark, word = _STYLES[self.ok]
        box = f"border-left:4px solid {border};background-color:{background};color:#000000;padding:0.35em 0.7em;max-width:100%;overflow-wrap:anywhere"
        html = f'<div class="adl-feedback" dir="ltr" style="{box}"><strong style="color:{border}">{mark} {word}</strong> {bidi_html(self.message)}'
        if self.hint:
            html += f'<br><em>{self._hint_label()}:</em> {bidi_html(self.hint)}'
        return html + "</div>"

    def __bool__(self) -> bool:
        return self.ok


def correct(message: str) -> Feedback:
    """Return an accepting :class:`Feedback`."""
    return Feedback(True, message)


def not_yet(message: str, *, hint: str = "") -> Feedback:
    """Return a :class:`Feedback` that says what is wrong.

    Args:
        message: what is wrong, in a sentence.
        hint: a hint about this particular mistake. Leave it empty when the check does not
            recognise the mistake: the exercise's staged hints are shown instead.
    """
    return Feedback(False, message, hint)


def is_stub_function(answer: Any) -> bool:
    """Whether ``answer`` is a function whose body does nothing yet (only ``...``, ``pass`` or a docstring).

    Method exercises hand out a function to complete, its body a ``...``; until the student
    writes the body, checking it is "no answer yet", not a wrong answer.

    >>> def todo(text):
    ...     \"\"\"Return the text without its boilerplate.\"\"\"
    ...     ...  # your code
    >>> def done(text):
    ...     return text.strip()
    >>> is_stub_function(todo), is_stub_function(done), is_stub_function(len), is_stub_function(...)
    (True, False, False, False)
    """
    if not isinstance(answer, types.FunctionType):
        return False
    steps = [(i.opname, i.argval) for i in dis.get_instructions(answer) if i.opname not in ("RESUME", "NOP", "CACHE")]
    return steps in ([("LOAD_CONST", None), ("RETURN_VALUE", None)], [("RETURN_CONST", None)])


def unanswered(answer: Any, *, hint: str = "") -> Feedback | None:
    """Return a gentle :class:`Feedback` if ``answer`` is still the ``...`` placeholder, else ``None``.

    A function whose body is still ``...`` (:func:`is_stub_function`) is a placeholder too.

    >>> unanswered(..., hint="Use len().")
    ✗ Not yet. No answer yet: replace the ... with your code.
       Hint: Use len().
    >>> unanswered(3, hint="Use len()") is None
    True
    """
    if answer is Ellipsis or answer is None:
        return Feedback(False, "No answer yet: replace the ... with your code.", hint)
    if is_stub_function(answer):
        return Feedback(False, f"No answer yet: the body of {answer.__name__}() is still ... ; replace it with your code.", hint)
    return None


def format_number(value: Any, *, digits: int = 3) -> str:
    """Write a number as a person would: about ``digits`` significant figures, no float noise.

    Whole numbers stay whole (with thousands separators from 10,000 on); other numbers keep
    ``digits`` significant figures, at least one decimal when they have a fractional part, and
    never more decimals than they have. Anything that is not a real number is returned as
    ``str(value)``.

    >>> format_number(15.801354401805868)
    '15.8'
    >>> format_number(15.801354401805868, digits=4)
    '15.80'
    >>> [format_number(x) for x in (0.17607223, 13.544, 34.988, 136.2, 0.000612, 1.0, 0.5)]
    ['0.176', '13.5', '35.0', '136', '0.000612', '1.0', '0.5']
    >>> [format_number(x) for x in (443, 12345, -2.0, float("nan"), True, "x")]
    ['443', '12,345', '-2.0', 'nan', 'True', 'x']
    """
    if isinstance(value, bool) or not isinstance(value, Real):
        return str(value)
    if isinstance(value, Integral):
        return f"{int(value):,}" if abs(int(value)) >= 10_000 else str(int(value))
    x = float(value)
    if not math.isfinite(x):
        return str(x)
    if x == 0:
        return "0.0"
    magnitude = math.floor(math.log10(abs(x)))
    decimals = max(digits - 1 - magnitude, 0)
    rounded = round(x, decimals)
    if rounded == int(rounded) and decimals == 0:
        whole = int(rounded)
        return f"{whole:,}" if abs(whole) >= 10_000 else str(whole)
    # Do not invent decimals the value does not have (0.5 stays 0.5, not 0.500).
    own = -Decimal(repr(x)).as_tuple().exponent
    decimals = max(min(decimals, own), 1)
    return f"{rounded:.{decimals}f}"


def matches_rounded(answer: float, expected: float, *, tolerance: float, min_digits: int = 3) -> bool:
    """Whether ``answer`` is ``expected``, exactly enough or as the student rounded it.

    An answer within ``tolerance`` is right. So is an answer that equals ``expected`` rounded
    to the answer's own number of decimals, if it keeps at least ``min_digits`` significant
    figures: 13.5 for 13.544, but not 14 or 10.

    >>> matches_rounded(13.5, 13.544, tolerance=0.006), matches_rounded(13.54, 13.544, tolerance=0.006)
    (True, True)
    >>> matches_rounded(14, 13.544, tolerance=0.006), matches_rounded(13.6, 13.544, tolerance=0.006)
    (False, False)
    >>> matches_rounded(0.18, 0.17607, tolerance=0.001), matches_rounded(0.176, 0.17607, tolerance=0.001)
    (False, True)
    """
    if abs(answer - expected) <= tolerance + 1e-12:
        return True
    exponent = Decimal(repr(float(answer))).normalize().as_tuple().exponent
    decimals = max(-exponent, 0) if isinstance(exponent, int) else 0
    significant = len(Decimal(repr(float(answer))).normalize().as_tuple().digits)
    if significant < min_digits:
        return False
    return abs(answer - expected) <= 0.5 * 10 ** (-decimals) + 1e-12
