"""CAMeL Tools' morphological analyzer (CALIMA-Star databases) as a :class:`MorphologyBackend`.

``camel_tools`` is imported lazily, only inside :class:`CamelBackend`, and only after
:mod:`helpers.morphology.camel_location` has checked on disk that it cannot reach the network
(importing ``camel_tools.data`` downloads a catalogue when none exists).

How each CAMeL analysis becomes a :class:`~helpers.morphology.base.WordAnalysis` (lemma, root,
pattern, clitics, gloss, score): :mod:`helpers.morphology.camel_analyses`.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Sequence
from typing import Any, Literal

from helpers.morphology.base import WordAnalysis
from helpers.morphology.camel_analyses import camel_analysis_to_word
from helpers.morphology.camel_location import _camel_tools_version, _locate

__all__ = ["CamelBackend"]

Backoff = Literal["NONE", "NOAN_PROP", "NOAN_ALL", "ADD_PROP", "ADD_ALL"]
_BACKOFFS = ("NONE", "NOAN_PROP", "NOAN_ALL", "ADD_PROP", "ADD_ALL")

_SKIPPED_SOURCES = frozenset({"punc", "foreign"})


def _sort_key(reading: WordAnalysis) -> tuple[Any, ...]:
    return (-reading.score, reading.diacritized, reading.lemma, reading.pos, reading.root, reading.pattern,
            reading.proclitics, reading.enclitics, reading.gloss)  # fmt: skip


class CamelBackend:
    """CAMeL Tools' analyzer on a CALIMA-Star database (or any database in its text format).

    Args:
        db: ``None`` for the catalogue's default database (``calima-msa-r13`` after
            ``camel_data -i light``), a database name listed in the catalogue
            (``"calima-egy-r13"``), or the path of a ``morphology.db`` file (or of its folder).
        disambiguator: how :meth:`analyze_in_context` picks one reading per word. ``"mle"`` uses
            ``camel_tools.disambig.mle.MLEDisambiguator`` when the catalogue lists an MLE model
            for the database (the ``DisambigMLE`` component) and the model file is installed
            (run with this backend's analyzer and backoff); it needs neither torch nor
            transformers, only the ``editdistance`` package. Otherwise,
            and with ``"top"``, the reading is the analyzer's best-scoring analysis (highest
            ``pos_lex_logprob``), and :attr:`notes` says why. CAMeL's MLE model is itself a
            word-level table (each word form's most frequent analysis in annotated text): neither
            choice looks at the neighbouring words; the BERT disambiguator, which does, needs torch.
        backoff: the analyzer's backoff for words the database does not know. ``"NONE"``
            (default) leaves them unanalysed, so :meth:`analyze_word` returns ``[]`` as the
            protocol asks; ``"NOAN_PROP"`` guesses a proper noun for unknown words (CAMeL's MLE
            default), ``"NOAN_ALL"`` guesses every open-class reading, and ``"ADD_PROP"`` /
            ``"ADD_ALL"`` add those guesses to known words too. Guessed readings have no root,
            pattern or gloss. The database must define backoff stems (CALIMA-Star does).

    Attributes:
        name: ``"camel:<database name>"``, e.g. ``"camel:calima-msa-r13"``.
        db_path: the ``morphology.db`` file in use.
        data_dir: the CAMeL data folder (``$CAMELTOOLS_DATA`` or ``~/.camel_tools``).
        backoff: the backoff mode.
        context_method: ``"mle"`` or ``"top"``: what :meth:`analyze_in_context` actually uses.
        notes: one-line remarks, e.g. why the MLE model is not used.

    Raises:
        BackendUnavailable: camel-tools, its data catalogue or the database is missing (importing
            camel-tools would then download); nothing from camel-tools has been imported.
        FileNotFoundError: ``db`` is a path and no file is there.
        ValueError: bad option, or the file is not a CAMeL database, or it lacks backoff stems.
    """

    def __init__(
        self,
        *,
        db: str | os.PathLike[str] | None = None,
        disambiguator: Literal["mle", "top"] = "mle",
        backoff: Backoff = "NONE",
    ) -> None:
        if disambiguator not in ("mle", "top"):
            raise ValueError(f"disambiguator must be 'mle' or 'top', not {disambiguator!r}")
        if backoff not in _BACKOFFS:
            raise ValueError(f"backoff must be one of {', '.join(_BACKOFFS)}, not {backoff!r}")
        location = _locate(db)

        # Safe now: a catalogue camel-tools can parse is in place (or camel_tools.data is loaded).
        from camel_tools.morphology.analyzer import Analyzer
        from camel_tools.morphology.database import MorphologyDB

        try:
            database = MorphologyDB(str(location.db_path), "a")
        except Exception as err:  # camel-tools raises several types on a malformed file
            problem = f"{type(err).__name__}: {err}"
            raise ValueError(f"{location.db_path} is not a CAMeL morphology database ({problem})") from err
        if backoff != "NONE":
            action = backoff.split("_")[1]
            if action not in database.stem_backoffs or "NOAN" not in database.stem_hash:
                raise ValueError(f"{location.db_path} defines no {action} backoff stems: use backoff='NONE'")

        self.name = f"camel:{location.name}"
        #: camel-tools' version, the backoff mode and the database's size (the on-disk cache's key).
        self.version = f"{_camel_tools_version()}+{backoff}+{location.db_path.stat().st_size}"
        self.db_path = location.db_path
        self.data_dir = location.data_dir
        self.backoff = backoff
        self._analyzer = Analyzer(database, backoff=backoff)
        self._mle: Any = None
        self._cache: dict[str, tuple[WordAnalysis, ...]] = {}
        notes = list(location.notes) if disambiguator == "mle" else []
        if disambiguator == "mle" and location.mle_path is not None:
            if importlib.util.find_spec("editdistance") is None:
                notes.append("camel_tools.disambig.mle needs the editdistance package, which is not installed")
            else:
                from camel_tools.disambig.mle import MLEDisambiguator

                try:
                    self._mle = MLEDisambiguator(self._analyzer, str(location.mle_path), top=1, cache_size=0)
                except (OSError, ValueError, KeyError, TypeError, AttributeError) as err:
                    problem = f"{type(err).__name__}: {err}"
                    raise ValueError(f"{location.mle_path} is not a CAMeL MLE model ({problem})") from err
        self.context_method: Literal["mle", "top"] = "mle" if self._mle is not None else "top"
        if disambiguator == "mle" and self._mle is None:
            notes.append("in-context readings are the analyzer's best-scoring analysis per word")
        self.notes: tuple[str, ...] = tuple(notes)

    def __repr__(self) -> str:
        return f"CamelBackend(name={self.name!r}, backoff={self.backoff!r}, context_method={self.context_method!r})"

    def raw_analyses(self, word: str) -> list[dict[str, Any]]:
        """CAMeL's own analysis dicts for a word (copies), in CAMeL's order, for inspection."""
        return [dict(analysis) for analysis in self._analyzer.analyze(word)]

    def analyze_word(self, word: str) -> list[WordAnalysis]:
        """All analyses of one word, best first (score, then diacritized form, lemma, ...).

        Analyses that map to the same :class:`WordAnalysis` (they differ only in features the
        table does not show, such as case or gender) are listed once. Punctuation and
        Latin-script words, for which CAMeL makes up a placeholder analysis, give ``[]``; numbers
        written in digits keep theirs (``pos`` ``digit``, coarse ``NUM``).
        """
        key = word.strip()
        if key not in self._cache:
            if len(self._cache) >= 100_000:
                self._cache.clear()
            readings = [
                camel_analysis_to_word(analysis)
                for analysis in self._analyzer.analyze(key)
                if analysis.get("source") not in _SKIPPED_SOURCES
            ]
            self._cache[key] = tuple(dict.fromkeys(sorted(readings, key=_sort_key)))
        return list(self._cache[key])

    def analyze_in_context(self, words: Sequence[str]) -> list[WordAnalysis | None]:
        """One reading per word (see ``disambiguator`` in the class docstring); ``None`` when unknown."""
        if self._mle is None:
            return [next(iter(self.analyze_word(word)), None) for word in words]
        readings: list[WordAnalysis | None] = []
        for disambiguated in self._mle.disambiguate([word.strip() for word in words]):
            chosen = [s.analysis for s in disambiguated.analyses if s.analysis.get("source") not in _SKIPPED_SOURCES]
            readings.append(camel_analysis_to_word(chosen[0]) if chosen else None)
        return readings
