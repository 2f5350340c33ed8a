"""The kit's glossary of Arabic terms: transliteration, English, a definition, a reference.

``data/glossary/glossary_ar.tsv`` lists the terms the notebooks and lessons use, in six fields
(script, morphology, grammar, statistics, balagha, discourse), one term a row, with the columns
of :data:`GLOSSARY_COLUMNS`. ``source`` is a short form from ``lessons/references.md``;
``notebooks`` lists the notebooks that use the term (``05,07``), or ``-``.

:func:`gloss_ar` finds a term as written, or after normalization (diacritics, tatweel, hamza and
alef forms, ى, ة) and with or without the article ال, so ``الطباق`` and ``طِباق`` find ``طباق``.

>>> gloss_ar("همزة الوصل")
'connective hamza (elidable alef)'
>>> gloss_ar("الطِّباق")
'antithesis'
>>> gloss_ar("طباق الايجاب")
'positive antithesis (two opposed words)'
"""

from __future__ import annotations

import csv
import difflib
import re
from functools import lru_cache

import pandas as pd

from helpers.data import data_path
from helpers.text.normalize import normalize_ar

__all__ = [
    "GLOSSARY_FILE",
    "GLOSSARY_COLUMNS",
    "GLOSSARY_FIELDS",
    "GlossaryError",
    "TermNotFoundError",
    "read_glossary",
    "glossary_entry_ar",
    "gloss_ar",
]

#: The glossary, relative to the data folder.
GLOSSARY_FILE = "glossary/glossary_ar.tsv"
#: Its columns, in order.
GLOSSARY_COLUMNS = ("term_ar", "transliteration", "english", "field", "definition", "source", "notebooks")
#: The values of the ``field`` column, in the order the file lists them.
GLOSSARY_FIELDS = ("script", "morphology", "grammar", "statistics", "balagha", "discourse")

_NOTEBOOKS = re.compile(r"-|\d\d(,\d\d)*")


class GlossaryError(ValueError):
    """The glossary file is malformed; the message names the row and the problem."""


class TermNotFoundError(KeyError):
    """No glossary entry for a term; the message is one line with the nearest terms."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


def _key(term: str) -> str:
    return normalize_ar(term.strip())


def _check(frame: pd.DataFrame) -> None:
    if tuple(frame.columns) != GLOSSARY_COLUMNS:
        raise GlossaryError(f"{GLOSSARY_FILE}: expected columns {', '.join(GLOSSARY_COLUMNS)}, "
                            f"got {', '.join(map(str, frame.columns))}")
    seen: dict[str, int] = {}
    for i, row in enumerate(frame.itertuples(index=False), start=1):
        empty = [c for c in GLOSSARY_COLUMNS if not getattr(row, c).strip()]
        if empty:
            raise GlossaryError(f"{GLOSSARY_FILE} row {i} ({row.term_ar}): empty {', '.join(empty)}")
        if row.field not in GLOSSARY_FIELDS:
            raise GlossaryError(f"{GLOSSARY_FILE} row {i} ({row.term_ar}): field {row.field!r} is not one of "
                                f"{', '.join(GLOSSARY_FIELDS)}")
        if not _NOTEBOOKS.fullmatch(row.notebooks):
            raise GlossaryError(f"{GLOSSARY_FILE} row {i} ({row.term_ar}): notebooks {row.notebooks!r} is not "
                                f"'-' or two-digit numbers separated by commas")
        key = _key(row.term_ar)
        if key in seen:
            raise GlossaryError(f"{GLOSSARY_FILE} row {i}: {row.term_ar!r} duplicates row {seen[key]}")
        seen[key] = i


@lru_cache(maxsize=1)
def _glossary() -> pd.DataFrame:
    path = data_path(GLOSSARY_FILE)
    try:
        frame = pd.read_csv(path, sep="\t", comment="#", dtype=str, keep_default_na=False,
                            quoting=csv.QUOTE_NONE, encoding="utf-8")
    except (ValueError, pd.errors.ParserError) as err:
        first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise GlossaryError(f"{GLOSSARY_FILE}: cannot read it: {first}") from None
    _check(frame)
    return frame


@lru_cache(maxsize=1)
def _keys() -> tuple[str, ...]:
    return tuple(_key(t) for t in _glossary()["term_ar"])


def read_glossary() -> pd.DataFrame:
    """Return the glossary, checked, in file order (columns :data:`GLOSSARY_COLUMNS`, all strings).

    Raises:
        GlossaryError: if the file is malformed (wrong columns, an empty cell, an unknown field,
            a bad ``notebooks`` value, or two rows for one term).

    >>> glossary = read_glossary()
    >>> list(glossary.columns) == list(GLOSSARY_COLUMNS), glossary["term_ar"].is_unique
    (True, True)
    >>> glossary.loc[glossary["term_ar"] == "سجع", ["transliteration", "english", "notebooks"]].values.tolist()
    [['sajʿ', 'rhymed prose', '05']]
    """
    return _glossary().copy()


def glossary_entry_ar(term: str) -> dict[str, str]:
    """Return the glossary row of ``term`` as a dict (see :func:`gloss_ar` for how terms are found).

    Raises:
        TermNotFoundError: one line naming the term and the nearest entries.

    >>> entry = glossary_entry_ar("كناية")
    >>> entry["transliteration"], entry["field"], entry["source"]
    ('kināya', 'balagha', 'al-Jārim & Amīn, al-Balāgha al-wāḍiḥa')
    """
    if not isinstance(term, str) or not term.strip():
        raise TermNotFoundError(f"give a term in Arabic, not {term!r}")
    frame = _glossary()
    keys = _keys()
    wanted = _key(term)
    candidates = [wanted, "ال" + wanted]
    if wanted.startswith("ال") and len(wanted) > 3:
        candidates.insert(1, wanted[2:])
    for candidate in candidates:
        if candidate in keys:
            return frame.iloc[keys.index(candidate)].to_dict()
    nearest = difflib.get_close_matches(wanted, list(keys), n=3, cutoff=0.5)
    hint = f"; nearest: {', '.join(frame['term_ar'].iloc[keys.index(k)] for k in nearest)}" if nearest else ""
    raise TermNotFoundError(f"no glossary entry for {term.strip()!r} in data/{GLOSSARY_FILE}{hint}")


def gloss_ar(term: str) -> str:
    """Return the English of an Arabic term of the glossary.

    The term is found as written, or after normalization (diacritics, tatweel, hamza and alef
    forms, ى and ة), and with or without the article ال.

    Args:
        term: the Arabic term, e.g. ``"استعارة مكنية"``.

    Returns:
        The ``english`` column: the equivalent(s), alternatives separated by ``;`` or in brackets.

    Raises:
        TermNotFoundError: a one-line ``KeyError`` naming the term and the nearest entries.

    >>> gloss_ar("استعارة مكنية")
    'implicit metaphor'
    >>> gloss_ar("استعاره")
    'metaphor'
    >>> gloss_ar("استعارة تمثيلية")
    Traceback (most recent call last):
    ...
    helpers.teaching.glossary.TermNotFoundError: no glossary entry for 'استعارة تمثيلية' in data/glossary/glossary_ar.tsv; nearest: استعارة تصريحية, استعارة مكنية, استعارة
    """
    return glossary_entry_ar(term)["english"]
