"""What every morphology backend returns, and the columns of the morphology table.

A backend analyses one word out of context (all candidate analyses, best first) and a sequence of
words in context (one reading per word). Backends differ in their tag sets: each keeps its own
``pos`` and also maps it to a coarse Universal-Dependencies-style ``pos_coarse`` so that later
layers (frequencies by lemma, keyness, rhetoric) can work with any backend.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

__all__ = [
    "BackendUnavailable",
    "COARSE_POS",
    "MORPHOLOGY_COLUMNS",
    "MorphologyBackend",
    "WordAnalysis",
]

#: Coarse parts of speech shared by all backends (a subset of Universal Dependencies UPOS).
COARSE_POS = ("NOUN", "PROPN", "ADJ", "VERB", "ADV", "PRON", "NUM", "ADP", "CCONJ", "SCONJ", "PART", "X")

#: Columns of the table returned by ``analyze_morphology_ar``, in order.
MORPHOLOGY_COLUMNS = (
    "start",  # offset of the token in the original text
    "end",  # offset one past the token's last character
    "token",  # the token as written
    "normalized",  # the form that was analysed (dediacritized; repaired if a repair was applied)
    "repair",  # the repaired spelling, or "" when the token was analysed as written
    "lemma",  # dictionary form (diacritized where the backend gives it)
    "root",  # consonantal root, letters separated by nothing (e.g. "حور"); "" if none
    "pattern",  # the stem's pattern (wazn), e.g. "فِعَال"; "" if none
    "pos",  # the backend's own part-of-speech tag
    "pos_coarse",  # one of COARSE_POS
    "proclitics",  # attached proclitics in order, joined by "+", e.g. "و+ال"; "" if none
    "enclitics",  # attached enclitics in order, joined by "+", e.g. "هما"; "" if none
    "gloss",  # English gloss where the backend has one, else ""
    "backend",  # the backend's name
    "analyzed",  # whether the backend found at least one analysis
    "n_analyses",  # how many candidate analyses the backend found out of context
)


@dataclass(frozen=True)
class WordAnalysis:
    """One morphological analysis of one word.

    Attributes:
        diacritized: the analysed word with diacritics, as the backend gives it.
        lemma: dictionary form.
        root: consonantal root ("" for particles and most proper nouns).
        pattern: pattern (wazn) of the stem ("" if none).
        pos: the backend's own part-of-speech tag.
        pos_coarse: one of :data:`COARSE_POS`.
        proclitics: proclitics, outermost first (e.g. ``("و", "ال")``).
        enclitics: enclitics, innermost first (e.g. ``("هما",)``).
        gloss: English gloss ("" if the backend has none).
        score: the backend's preference (higher is better); only comparable within one backend.
    """

    diacritized: str
    lemma: str
    root: str = ""
    pattern: str = ""
    pos: str = ""
    pos_coarse: str = "X"
    proclitics: tuple[str, ...] = ()
    enclitics: tuple[str, ...] = ()
    gloss: str = ""
    score: float = 0.0

    def __post_init__(self) -> None:
        if self.pos_coarse not in COARSE_POS:
            raise ValueError(f"pos_coarse must be one of {', '.join(COARSE_POS)}, not {self.pos_coarse!r}")


class BackendUnavailable(RuntimeError):
    """A backend cannot run here; the message says, in one line, how to install what is missing."""


@runtime_checkable
class MorphologyBackend(Protocol):
    """What ``analyze_morphology_ar`` needs from a backend."""

    #: Short name shown in the table's ``backend`` column ("farahidi", "camel-calima-msa", ...).
    name: str

    def analyze_word(self, word: str) -> list[WordAnalysis]:
        """All candidate analyses of one dediacritized word, best first, in a deterministic order.

        Returns an empty list when the word is unknown to the backend.
        """
        ...

    def analyze_in_context(self, words: Sequence[str]) -> list[WordAnalysis | None]:
        """One reading per word, chosen using the neighbouring words; ``None`` where none is known."""
        ...
