"""The tutor's voice: a small record of whether an answer is right, and what to try next.

A :class:`Feedback` shows itself twice. In JupyterLab it is a coloured box (``_repr_html_``):
green with "Correct", or amber with "Not yet" and the hint, its Arabic isolated so that it reads
right to left inside the English sentence. As plain text (a terminal, a printed check, an
exported notebook without HTML) it starts with ``✓`` or ``✗``, two symbols that ordinary text
fonts have, so no emoji font is needed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from helpers.display.html import bidi_html

__all__ = ["Feedback", "correct", "not_yet", "unanswered"]

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
        hint: what to try next (only when ``ok`` is false).

    >>> correct("Yes: تطويل is only stretching.")
    ✓ Correct. Yes: تطويل is only stretching.
    >>> not_yet("You counted spaces too.", hint="Count only the Arabic letters.")
    ✗ Not yet. You counted spaces too.
       Hint: Count only the Arabic letters.
    >>> print(correct("Yes: تطويل.")._repr_html_())  # doctest: +ELLIPSIS
    <div class="adl-feedback" dir="ltr" ...><strong ...>✓ Correct.</strong> Yes: <bdi dir="rtl" lang="ar" ...>تطويل</bdi>.</div>
    """

    ok: bool
    message: str
    hint: str = ""

    def __str__(self) -> str:
        mark, word = _STYLES[self.ok][2:]
        text = f"{mark} {word} {self.message}"
        return f"{text}\n   Hint: {self.hint}" if self.hint and not self.ok else text

    __repr__ = __str__

    def _repr_html_(self) -> str:
        border, background, mark, word = _STYLES[self.ok]
        box = f"border-left:4px solid {border};background-color:{background};color:#000000;padding:0.35em 0.7em;max-width:100%;overflow-wrap:anywhere"
        html = f'<div class="adl-feedback" dir="ltr" style="{box}"><strong style="color:{border}">{mark} {word}</strong> {bidi_html(self.message)}'
        if self.hint and not self.ok:
            html += f'<br><em>Hint:</em> {bidi_html(self.hint)}'
        return html + "</div>"

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
    ✗ Not yet. No answer yet: replace the ... with your code.
       Hint: Use len().
    >>> unanswered(3, hint="Use len()") is None
    True
    """
    if answer is Ellipsis or answer is None:
        return Feedback(False, "No answer yet: replace the ... with your code.", hint)
    return None
