"""The record every finding uses: character offsets into the original text, the text, a label.

Offsets are Python string indices (Unicode code points) into the text exactly as loaded, so
``text[span.start:span.end] == span.text`` always holds. Layers subclass :class:`Span` to add
their own fields; :meth:`Span.to_dict` and :func:`spans_to_frame` export any of them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import pandas as pd

__all__ = ["Span", "spans_to_frame", "check_spans", "EXCERPT_CHARS", "clip_text"]

#: The longest stretch of text a finding repeats beside its offsets (a sentence around an actor,
#: the content of a quotation). Longer ones are cut, so output stays linear in the text's length
#: even on a text without punctuation, where a "sentence" can be the whole text.
EXCERPT_CHARS = 1000


@dataclass(frozen=True)
class Span:
    """A labelled stretch of a text.

    Attributes:
        start: offset of the first character.
        end: offset one past the last character.
        text: ``original[start:end]``.
        label: what the span is (``"token"``, ``"sentence"``, ``"hamza_alef"``, ...).

    >>> Span(0, 3, "أمس", "token").to_dict()
    {'start': 0, 'end': 3, 'text': 'أمس', 'label': 'token'}
    """

    start: int
    end: int
    text: str
    label: str

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad offsets: start={self.start}, end={self.end}")
        if len(self.text) != self.end - self.start:
            raise ValueError(f"text length {len(self.text)} does not match offsets {self.start}:{self.end}")

    def to_dict(self) -> dict[str, Any]:
        """Return the span's fields as a plain dict (tuples become lists, for JSON)."""
        out = {}
        for name in _field_names(type(self)):
            value = getattr(self, name)
            out[name] = list(value) if isinstance(value, tuple) else value
        return out


# A span class -> its field names, in order (read once per class, not once per finding).
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(kind: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(kind)
    if names is None:
        names = _FIELD_NAMES[kind] = tuple(f.name for f in dataclasses.fields(kind))
    return names


def clip_text(text: str, *, limit: int = EXCERPT_CHARS) -> str:
    """Return ``text`` if it has at most ``limit`` characters, else its start and ``…``.

    The cut falls after the last space of the first ``limit - 1`` characters when there is one,
    so no word is broken; offsets beside the excerpt always cover the whole stretch.

    >>> clip_text("قال الوزير إن الاتفاق جاهز", limit=12)
    'قال الوزير …'
    >>> clip_text("نص قصير", limit=12)
    'نص قصير'
    """
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    space = head.rfind(" ")
    return (head[: space + 1] if space > limit // 2 else head) + "…"


def spans_to_frame(spans: Iterable[Span]) -> pd.DataFrame:
    """Return spans as a DataFrame, one row per span, sorted by ``start`` then ``end``.

    >>> spans_to_frame([Span(5, 8, "أمس", "token"), Span(0, 4, "أدار", "token")])
       start  end  text  label
    0      0    4  أدار  token
    1      5    8   أمس  token
    """
    rows = [s.to_dict() for s in spans]
    if not rows:
        return pd.DataFrame(columns=["start", "end", "text", "label"])
    frame = pd.DataFrame(rows)
    return frame.sort_values(["start", "end"], kind="stable").reset_index(drop=True)


def check_spans(text: str, spans: Iterable[Span]) -> None:
    """Raise ``ValueError`` unless every span's ``text`` is ``text[start:end]``.

    >>> check_spans("أمس الأربعاء", [Span(0, 3, "أمس", "token")])
    >>> check_spans("أمس الأربعاء", [Span(1, 4, "مس ", "token")])
    >>> check_spans("أمس الأربعاء", [Span(0, 3, "أمر", "token")])
    Traceback (most recent call last):
    ...
    ValueError: span 0:3 says 'أمر' but the text there is 'أمس'
    """
    for s in spans:
        actual = text[s.start : s.end]
        if actual != s.text:
            raise ValueError(f"span {s.start}:{s.end} says {s.text!r} but the text there is {actual!r}")
