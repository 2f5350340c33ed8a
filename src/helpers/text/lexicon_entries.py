"""A lexicon table compiled for matching: entries as tuples of normalized words, by first word.

A kit lexicon (a name of :data:`helpers.text.lexicon_files.LEXICONS`) is compiled once per
process; any other table is kept for the next call with a table of the same content. An antonym
table (``term_a``, ``term_b``) gives one entry per term, with its partners and relations as
attributes.

>>> name, entries, by_first = _named_entries("hedges_ar")
>>> [(e.stored, e.words) for e in by_first["علي"]][:2]
[('على الأرجح', ('علي', 'الارجح')), ('على ما يبدو', ('علي', 'ما', 'يبدو'))]
>>> _named_entries("antonyms_ar")[2]["سلام"][0].attributes
(('partners', 'حرب'), ('relation', 'contrary'))
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from helpers.text.lexicon_files import LexiconError, load_lexicon
from helpers.text.lexicon_readings import _norm


@dataclass(frozen=True)
class _Entry:
    stored: str
    words: tuple[str, ...]
    label: str
    attributes: tuple[tuple[str, str], ...]
    order: int


def _entries(frame: pd.DataFrame) -> tuple[str, list[_Entry]]:
    if not isinstance(frame, pd.DataFrame):
        raise LexiconError(f"lexicon must be a name or a DataFrame, not {type(frame).__name__}")
    name = str(frame.attrs.get("lexicon", "custom"))
    records = frame.astype(str).to_dict("records") if len(frame) else []
    if {"term_a", "term_b"} <= set(frame.columns):
        partners: dict[str, list[str]] = {}
        first: dict[str, tuple[int, str]] = {}
        relations: dict[str, list[str]] = {}
        for i, row in enumerate(records):
            for term, other in ((row["term_a"], row["term_b"]), (row["term_b"], row["term_a"])):
                key = _norm(term)
                first.setdefault(key, (i, term))
                partners.setdefault(key, [])
                relations.setdefault(key, [])
                if other not in partners[key]:
                    partners[key].append(other)
                    relations[key].append(row.get("relation", ""))
        entries = [
            _Entry(stored, tuple(key.split()), str(records[i].get("label", "antonym")),
                   (("partners", "|".join(partners[key])), ("relation", "|".join(relations[key]))), i)
            for key, (i, stored) in first.items()
        ]
        return name, entries
    if "entry" not in frame.columns:
        raise LexiconError(f"lexicon table needs an 'entry' column (has {', '.join(map(str, frame.columns))})")
    entries = []
    seen: set[str] = set()
    for i, row in enumerate(records):
        stored = row["entry"].strip()
        key = _norm(" ".join(stored.split()))
        if not key or key in seen:
            continue
        seen.add(key)
        label = row.get("label") or row.get("category") or name
        attributes = tuple((c, row[c]) for c in frame.columns if c not in ("entry", "label"))
        entries.append(_Entry(stored, tuple(key.split()), str(label), attributes, i))
    return name, entries


_Compiled = tuple[str, list[_Entry], dict[str, list[_Entry]]]


def _compiled(frame: pd.DataFrame) -> _Compiled:
    """:func:`_entries` of a lexicon table, with its entries grouped by their first word."""
    name, entries = _entries(frame)
    by_first: dict[str, list[_Entry]] = {}
    for entry in entries:
        by_first.setdefault(entry.words[0], []).append(entry)
    return name, entries, by_first


@lru_cache(maxsize=32)
def _named_entries(name: str) -> _Compiled:
    # A kit lexicon is compiled once per process, not once per text (entries are frozen).
    return _compiled(load_lexicon(name))


_FRAME_ENTRIES: OrderedDict[tuple, _Compiled] = OrderedDict()


def _frame_entries(frame: pd.DataFrame) -> _Compiled:
    """:func:`_compiled` of a lexicon table, kept for the next call with a table of the same content."""
    if not isinstance(frame, pd.DataFrame):
        return _compiled(frame)
    try:
        content = pd.util.hash_pandas_object(frame, index=False).to_numpy().tobytes()
    except TypeError:  # cells that cannot be hashed: compile every time
        return _compiled(frame)
    key = (str(frame.attrs.get("lexicon", "custom")), tuple(map(str, frame.columns)), frame.shape, content)
    found = _FRAME_ENTRIES.get(key)
    if found is None:
        found = _FRAME_ENTRIES[key] = _compiled(frame)
        if len(_FRAME_ENTRIES) > 32:
            _FRAME_ENTRIES.popitem(last=False)
    return found
