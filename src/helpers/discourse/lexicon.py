"""The discourse lexicons in ``data/lexicons/``: read, checked and returned as DataFrames.

Three tab-separated files, each with a ``#`` comment block that documents its columns and how
entries were judged (``data/lexicons/README.md (discourse section)`` summarises them):

* ``connectives_ar.tsv``: discourse connectives with a sense (:data:`SENSE_CLASSES`,
  :data:`SENSE_SUBTYPES`), read by :func:`connective_lexicon_ar`;
* ``reporting_verbs_ar.tsv``: verbs of saying, source phrases, evidential frames and nouns that
  make a source unnamed, read by :func:`reporting_lexicon_ar`;
* ``deixis_ar.tsv``: temporal and spatial deixis, read by :func:`deixis_lexicon_ar`.

Cells holding several values use ``|``; ``-`` means none. The loaders split such cells into
tuples and raise ``ValueError`` with one line naming the file, line and problem when a row
does not fit the schema.

>>> lexicon = connective_lexicon_ar()
>>> row = lexicon.set_index("connective").loc["إذا ما"]
>>> row["sense"], row["subtype"], row["type"]
('condition', 'hypothetical', 'multiword')
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

import pandas as pd

from helpers.data import data_path

__all__ = [
    "SENSE_CLASSES",
    "SENSE_SUBTYPES",
    "PDTB_SENSES",
    "SYNTAX_CATEGORIES",
    "ARG2_KINDS",
    "CONNECTIVE_TYPES",
    "POSITIONS",
    "STANCES",
    "REPORTING_TYPES",
    "DEIXIS_KINDS",
    "DEIXIS_ANCHORS",
    "PAIR_SEPARATOR",
    "connective_lexicon_ar",
    "reporting_lexicon_ar",
    "deixis_lexicon_ar",
    "read_lexicon_tsv",
]

#: Sense -> PDTB top-level class.
SENSE_CLASSES: dict[str, str] = {
    "temporal": "Temporal",
    "cause": "Contingency",
    "purpose": "Contingency",
    "condition": "Contingency",
    "contrast": "Comparison",
    "concession": "Comparison",
    "similarity": "Comparison",
    "addition": "Expansion",
    "alternative": "Expansion",
    "exception": "Expansion",
    "elaboration": "Expansion",
    "specification": "Expansion",
}

#: Sense -> its allowed subtypes.
SENSE_SUBTYPES: dict[str, tuple[str, ...]] = {
    "temporal": ("precedence", "succession", "synchronous"),
    "cause": ("reason", "result"),
    "purpose": ("goal", "negative_goal"),
    "condition": ("hypothetical", "counterfactual", "negative", "general"),
    "contrast": ("opposition", "topic"),
    "concession": ("expectation", "concessive_conditional"),
    "similarity": ("similarity",),
    "addition": ("conjunction", "emphatic", "listing"),
    "alternative": ("disjunction", "substitution"),
    "exception": ("exception",),
    "elaboration": ("restatement", "instantiation", "detail"),
    "specification": ("emphasis",),
}

#: The PDTB-3 senses at level 2 (Webber, Prasad, Lee & Joshi 2019) that an entry may carry.
PDTB_SENSES: tuple[str, ...] = (
    "Temporal.Synchronous", "Temporal.Asynchronous",
    "Contingency.Cause", "Contingency.Purpose", "Contingency.Condition", "Contingency.Negative-condition",
    "Comparison.Concession", "Comparison.Contrast", "Comparison.Similarity",
    "Expansion.Conjunction", "Expansion.Disjunction", "Expansion.Equivalence", "Expansion.Exception",
    "Expansion.Instantiation", "Expansion.Level-of-detail", "Expansion.Manner", "Expansion.Substitution",
)  # fmt: skip

#: The syntactic categories of connectives (column ``syntax``).
SYNTAX_CATEGORIES = ("coordinator", "subordinator", "adverbial", "preposition", "frame", "clitic")
#: What must follow a form for it to be a connective (column ``arg2``).
ARG2_KINDS = ("any", "clause", "nominal", "verb", "causal")

CONNECTIVE_TYPES = ("single", "multiword", "paired", "clitic")
POSITIONS = ("clause_initial", "any")
STANCES = ("neutral", "assertive", "tentative", "distancing")
REPORTING_TYPES = ("verb", "phrase", "evidential", "unnamed_source")
DEIXIS_KINDS = ("temporal", "spatial")
DEIXIS_ANCHORS = ("present", "past", "future", "recent", "home", "here", "there")

#: What separates the two parts of a paired connective: an ellipsis between spaces.
PAIR_SEPARATOR = " … "

_CONNECTIVE_COLUMNS = ("connective", "variants", "sense", "subtype", "pdtb", "type", "syntax", "arg2", "position",
                       "other_senses", "not_after", "not_before", "gloss", "example")
_REPORTING_COLUMNS = ("lemma", "forms", "type", "stance", "particle", "particle_role", "gloss", "example")
_DEIXIS_COLUMNS = ("expression", "variants", "kind", "anchor", "ambiguous", "gloss", "example")


def _values(cell: str) -> tuple[str, ...]:
    return () if cell == "-" else tuple(v.strip() for v in cell.split("|"))


def read_lexicon_tsv(path: str | Path, columns: tuple[str, ...]) -> pd.DataFrame:
    """Read a kit lexicon: ``#`` comment lines, a header row, then tab-separated rows.

    Args:
        path: the file.
        columns: the header the file must have, in order.

    Returns:
        One row per entry, every cell a stripped string.

    Raises:
        ValueError: one line naming the file, the line and the problem.

    >>> read_lexicon_tsv(data_path("lexicons", "deixis_ar.tsv"), _DEIXIS_COLUMNS).columns[0]
    'expression'
    """
    path = Path(path)
    rows: list[list[str]] = []
    header: list[str] | None = None
    with path.open(encoding="utf-8", newline="") as f:
        for number, line in enumerate(f, start=1):
            line = line.rstrip("\r\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE))
            if header is None:
                header = cells
                if tuple(header) != columns:
                    raise ValueError(f"{path.name}: header is {header}, expected {list(columns)}")
                continue
            if len(cells) != len(columns):
                raise ValueError(f"{path.name} line {number}: {len(cells)} cells, expected {len(columns)}")
            if any(not c.strip() for c in cells):
                raise ValueError(f"{path.name} line {number}: empty cell (write - for none)")
            rows.append([c.strip() for c in cells])
    if header is None:
        raise ValueError(f"{path.name}: no header row")
    return pd.DataFrame(rows, columns=list(columns))


def _check(frame: pd.DataFrame, name: str, column: str, allowed: tuple[str, ...]) -> None:
    bad = frame.loc[~frame[column].isin(allowed), column]
    if len(bad):
        raise ValueError(f"{name}: {column} {bad.iloc[0]!r} is not one of {', '.join(allowed)}")


@lru_cache(maxsize=4)
def _connectives(path: str) -> pd.DataFrame:
    name = Path(path).name
    frame = read_lexicon_tsv(path, _CONNECTIVE_COLUMNS)
    _check(frame, name, "sense", tuple(SENSE_CLASSES))
    _check(frame, name, "type", CONNECTIVE_TYPES)
    _check(frame, name, "pdtb", PDTB_SENSES)
    _check(frame, name, "syntax", SYNTAX_CATEGORIES)
    _check(frame, name, "arg2", ARG2_KINDS)
    _check(frame, name, "position", POSITIONS)
    for row in frame.itertuples():
        if row.subtype not in SENSE_SUBTYPES[row.sense]:
            raise ValueError(f"{name}: {row.connective}: subtype {row.subtype!r} is not one of {row.sense}'s")
        for other in _values(row.other_senses):
            if other != "nonconnective" and other not in SENSE_CLASSES:
                raise ValueError(f"{name}: {row.connective}: unknown other sense {other!r}")
        if (PAIR_SEPARATOR.strip() in row.connective) != (row.type == "paired"):
            raise ValueError(f"{name}: {row.connective}: paired forms and only they contain {PAIR_SEPARATOR.strip()}")
        if (row.type == "clitic") != (row.syntax == "clitic"):
            raise ValueError(f"{name}: {row.connective}: clitic rows and only they have syntax 'clitic'")
    frame["class"] = frame["sense"].map(SENSE_CLASSES)
    for column in ("variants", "other_senses", "not_after", "not_before"):
        frame[column] = frame[column].map(_values)
    return frame


def connective_lexicon_ar(path: str | Path | None = None) -> pd.DataFrame:
    """Return the connective lexicon, checked against the sense scheme.

    Args:
        path: another file with the same columns; ``None`` reads ``data/lexicons/connectives_ar.tsv``.

    Returns:
        Columns ``connective``, ``variants`` (tuple), ``sense``, ``subtype``, ``pdtb`` (the PDTB-3
        sense at level 2), ``type``, ``syntax``, ``arg2``, ``position``, ``other_senses`` (tuple),
        ``not_after`` (tuple), ``not_before`` (tuple), ``gloss``, ``example`` and ``class`` (the
        top-level class of the sense).

    Raises:
        ValueError: if a row breaks the schema (one line naming it).

    >>> sorted(connective_lexicon_ar()["class"].unique())
    ['Comparison', 'Contingency', 'Expansion', 'Temporal']
    >>> connective_lexicon_ar().set_index("connective").loc["لولا", ["sense", "pdtb"]].tolist()
    ['condition', 'Contingency.Negative-condition']
    """
    p = Path(path) if path is not None else data_path("lexicons", "connectives_ar.tsv")
    return _connectives(str(p)).copy()


@lru_cache(maxsize=4)
def _reporting(path: str) -> pd.DataFrame:
    name = Path(path).name
    frame = read_lexicon_tsv(path, _REPORTING_COLUMNS)
    _check(frame, name, "type", REPORTING_TYPES)
    _check(frame, name, "stance", (*STANCES, "-"))
    _check(frame, name, "particle_role", ("content", "source", "-"))
    for row in frame.itertuples():
        if (row.stance == "-") != (row.type == "unnamed_source"):
            raise ValueError(f"{name}: {row.lemma}: only unnamed_source rows have no stance")
    frame["forms"] = frame["forms"].map(_values)
    return frame


def reporting_lexicon_ar(path: str | Path | None = None) -> pd.DataFrame:
    """Return the attribution lexicon (verbs of saying, phrases, evidential frames, unnamed sources).

    Args:
        path: another file with the same columns; ``None`` reads ``data/lexicons/reporting_verbs_ar.tsv``.

    Returns:
        Columns ``lemma``, ``forms`` (tuple), ``type``, ``stance``, ``particle``,
        ``particle_role``, ``gloss``, ``example``.

    >>> lexicon = reporting_lexicon_ar()
    >>> lexicon.set_index("lemma").loc["زعم", "stance"]
    'distancing'
    """
    p = Path(path) if path is not None else data_path("lexicons", "reporting_verbs_ar.tsv")
    return _reporting(str(p)).copy()


@lru_cache(maxsize=4)
def _deixis(path: str) -> pd.DataFrame:
    name = Path(path).name
    frame = read_lexicon_tsv(path, _DEIXIS_COLUMNS)
    _check(frame, name, "kind", DEIXIS_KINDS)
    _check(frame, name, "anchor", DEIXIS_ANCHORS)
    _check(frame, name, "ambiguous", ("yes", "no"))
    frame["variants"] = frame["variants"].map(_values)
    frame["ambiguous"] = frame["ambiguous"] == "yes"
    return frame


def deixis_lexicon_ar(path: str | Path | None = None) -> pd.DataFrame:
    """Return the deixis lexicon.

    Args:
        path: another file with the same columns; ``None`` reads ``data/lexicons/deixis_ar.tsv``.

    Returns:
        Columns ``expression``, ``variants`` (tuple), ``kind``, ``anchor``, ``ambiguous`` (bool),
        ``gloss``, ``example``.

    >>> deixis_lexicon_ar().set_index("expression").loc["أمس", "anchor"]
    'past'
    """
    p = Path(path) if path is not None else data_path("lexicons", "deixis_ar.tsv")
    return _deixis(str(p)).copy()
