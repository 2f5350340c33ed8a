"""What the entity rules propose before overlaps are resolved: :class:`Candidate`."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Candidate", "LABELS", "BLOCK_LABELS"]

#: The entity labels the layer outputs.
LABELS = ("PERSON", "PLACE", "ORG", "DATE")
#: Labels of candidates that are read but never output: named events (a place inside is not
#: marked) and look-alikes that are no names (مجلس الوزراء).
BLOCK_LABELS = ("EVENT", "NONE")


@dataclass(frozen=True)
class Candidate:
    """A proposed entity: offsets, label, the rule that found it and what it knows.

    Attributes:
        start, end: offsets into the text (proclitics and quotation marks outside).
        first, last: indexes of its first and last token (:func:`~helpers.entities.words.entity_words_ar`).
        label: one of :data:`LABELS` or :data:`BLOCK_LABELS`.
        kind: ``gazetteer`` (found as listed) or ``pattern`` (found by a rule).
        rule: the rule's name (``country``, ``title``, ``head``, ``quoted``, ``date`` ...).
        canonical: a normalized name or value (see :class:`helpers.entities.EntitySpan`).
        cue: the title or type word that triggered the rule, as written, or ``""``.
        country: an ISO 3166-1 alpha-3 code the entity is tied to, or ``""``.
        priority: breaks ties between candidates of equal length (higher wins).
    """

    start: int
    end: int
    first: int
    last: int
    label: str
    kind: str
    rule: str
    canonical: str
    cue: str = ""
    country: str = ""
    priority: int = 0

    @property
    def words(self) -> int:
        return self.last - self.first + 1
