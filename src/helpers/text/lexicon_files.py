"""Load and check the kit's Arabic lexicons: documented TSV files in ``data/lexicons/``.

Each file is described by a :class:`LexiconSpec` in :data:`LEXICONS` (see
``data/lexicons/README.md``); :func:`load_lexicon` reads one and :func:`validate_lexicon` checks it
(columns, allowed values, spelling, duplicates after normalization). Matching them against a text is
:func:`helpers.text.lexicons.match_lexicon_ar`.

=======================  ===========================================================  ====================
name                     what it lists                                                 label of a match
=======================  ===========================================================  ====================
``evaluative_ar``        positive / negative evaluation, with neutral counterparts     ``evaluative:positive``, ``evaluative:negative``
``boosters_ar``          boosters and intensifiers                                     ``booster``
``hedges_ar``            hedges                                                        ``hedge``
``evidentials_ar``       evidentials and certainty markers                             ``evidential``, ``certainty``
``antonyms_ar``          antonym pairs (``term_a``, ``term_b``)                        ``antonym``
``semantic_fields_ar``   semantic fields of political news                             ``field:<field>``
``metaphor_domains_ar``  metaphor source domains                                       ``metaphor:<domain>``
=======================  ===========================================================  ====================
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from helpers.data import data_path
from helpers.text.lexicon_readings import _norm

__all__ = [
    "LEXICONS",
    "LexiconError",
    "LexiconSpec",
    "load_lexicon",
    "validate_lexicon",
]


class LexiconError(ValueError):
    """A lexicon cannot be used: unknown name, missing column, bad value, duplicate or bad spelling."""


@dataclass(frozen=True)
class LexiconSpec:
    """What a lexicon file must contain.

    Attributes:
        name: the file name without ``.tsv``.
        columns: required columns, in file order.
        label_column: the column whose value makes the label (``""``: a fixed label).
        label_prefix: prefix of the label (``"field:"``) or the fixed label itself.
        allowed: allowed values per column (columns not listed are free text).
        may_be_empty: columns that may hold an empty string.
        endings: the inflectional endings (normalized) the matcher may strip for this lexicon.
    """

    name: str
    columns: tuple[str, ...]
    label_column: str
    label_prefix: str
    allowed: tuple[tuple[str, tuple[str, ...]], ...] = ()
    may_be_empty: tuple[str, ...] = ("note",)
    endings: tuple[str, ...] = ("ات", "ون", "ين", "ه", "ا", "ت")

    def label(self, row: dict[str, str]) -> str:
        return self.label_prefix + (row[self.label_column] if self.label_column else "")


# Stance markers are mostly fixed expressions listed in the forms they take; only the feminine
# ending, the tanwin alef and the perfect ت are tried (عظيمة → عظيم, أكدت → أكد), so that
# ``بقوات`` ("with forces") is not read as ``بقوة`` + ات.
_STANCE_ENDINGS = ("ه", "ا", "ت")

#: The kit's lexicons, by name.
LEXICONS: dict[str, LexiconSpec] = {
    spec.name: spec
    for spec in [
        LexiconSpec(
            "evaluative_ar", ("entry", "polarity", "neutral_counterpart", "category", "gloss", "note"),
            "polarity", "evaluative:",
            (("polarity", ("positive", "negative")), ("category", ("judgement", "appreciation", "affect"))),
            ("neutral_counterpart", "note"),
        ),
        LexiconSpec(
            "boosters_ar", ("entry", "subtype", "gloss", "note"), "", "booster",
            (("subtype", ("certainty", "explicitness", "intensifier", "maximizer", "quantity", "emphasis", "focus")),),
            endings=_STANCE_ENDINGS,
        ),
        LexiconSpec(
            "hedges_ar", ("entry", "subtype", "gloss", "note"), "", "hedge",
            (("subtype", ("possibility", "probability", "appearance", "approximator", "downtoner", "opinion")),),
            endings=_STANCE_ENDINGS,
        ),
        LexiconSpec(
            "evidentials_ar", ("entry", "type", "subtype", "gloss", "note"), "type", "",
            (("type", ("evidential", "certainty")),
             ("subtype", ("reported", "inferential", "asserted", "proven", "concessive"))),
            endings=_STANCE_ENDINGS,
        ),
        LexiconSpec(
            "antonyms_ar", ("term_a", "term_b", "relation", "gloss", "note"), "", "antonym",
            (("relation", ("contrary", "complementary", "converse", "contextual")),),
        ),
        LexiconSpec(
            "semantic_fields_ar", ("entry", "field", "gloss", "note"), "field", "field:",
            (("field", ("conflict_violence", "diplomacy_peace", "nation_values", "economy", "governance",
                        "security_military")),),
        ),
        LexiconSpec(
            "metaphor_domains_ar", ("entry", "domain", "gloss", "note"), "domain", "metaphor:",
            (("domain", ("war", "body", "commerce", "hell", "trap", "journey", "building")),),
        ),
    ]
}

_DIACRITIC = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u08d3-\u08ff]")


def _spelling_problem(value: str) -> str | None:
    if value != value.strip():
        return "has spaces at its edges"
    if "  " in value or "\t" in value:
        return "has a double space or a tab (separate words with one space)"
    if "\u0640" in value:
        return "has a tatweel"
    if _DIACRITIC.search(value):
        return "has diacritics (store entries undiacritized)"
    if any(unicodedata.category(c) == "Cf" for c in value):
        return "has an invisible format character"
    if unicodedata.normalize("NFKC", value) != value:
        return "has presentation forms (not NFKC)"
    return None


def validate_lexicon(frame: pd.DataFrame, name: str) -> None:
    """Raise :class:`LexiconError` unless ``frame`` is a valid lexicon ``name``.

    Checks: the columns of :data:`LEXICONS`, no empty required cells, allowed values, entry spelling
    (no diacritics, no tatweel, single spaces, NFKC) and no duplicates after normalization (for
    ``antonyms_ar``: no pair twice in either order and no term paired with itself).

    >>> bad = pd.DataFrame({"entry": ["سلام", "سلَام"], "field": ["diplomacy_peace"] * 2, "gloss": ["", ""], "note": ["", ""]})
    >>> validate_lexicon(bad, "semantic_fields_ar")
    Traceback (most recent call last):
    ...
    helpers.text.lexicon_files.LexiconError: semantic_fields_ar row 2: entry 'سلَام' has diacritics (store entries undiacritized)
    """
    if name not in LEXICONS:
        raise LexiconError(f"unknown lexicon {name!r} (known: {', '.join(LEXICONS)})")
    spec = LEXICONS[name]
    missing = [c for c in spec.columns if c not in frame.columns]
    if missing:
        raise LexiconError(f"{name}: missing column {missing[0]!r} (needs {', '.join(spec.columns)})")
    allowed = dict(spec.allowed)
    term_columns = ("term_a", "term_b") if name == "antonyms_ar" else ("entry",)
    seen: dict[object, int] = {}
    for i, row in enumerate(frame[list(spec.columns)].itertuples(index=False), start=1):
        values = dict(zip(spec.columns, row))
        for column, value in values.items():
            if not isinstance(value, str):
                raise LexiconError(f"{name} row {i}: {column} is not text: {value!r}")
            if not value and column not in spec.may_be_empty and column != "gloss":
                raise LexiconError(f"{name} row {i}: {column} is empty")
            if column in allowed and value not in allowed[column]:
                raise LexiconError(f"{name} row {i}: {column} {value!r} is not one of {', '.join(allowed[column])}")
        for column in term_columns:
            problem = _spelling_problem(values[column])
            if problem:
                raise LexiconError(f"{name} row {i}: {column} {values[column]!r} {problem}")
        if name == "antonyms_ar":
            a, b = _norm(values["term_a"]), _norm(values["term_b"])
            if a == b:
                raise LexiconError(f"{name} row {i}: {values['term_a']!r} is paired with itself")
            key: object = frozenset((a, b))
            shown = f"{values['term_a']} / {values['term_b']}"
        else:
            key = _norm(values["entry"])
            shown = values["entry"]
        if key in seen:
            raise LexiconError(f"{name} row {i}: duplicate of row {seen[key]} after normalization: {shown!r}")
        seen[key] = i


@lru_cache(maxsize=32)
def _read(name: str) -> pd.DataFrame:
    if not isinstance(name, str) or name not in LEXICONS:
        raise LexiconError(f"unknown lexicon {name!r} (known: {', '.join(LEXICONS)})")
    path = data_path("lexicons", f"{name}.tsv")
    try:
        frame = pd.read_csv(path, sep="\t", comment="#", dtype=str, keep_default_na=False,
                            quoting=csv.QUOTE_NONE, encoding="utf-8")
    except (ValueError, pd.errors.ParserError) as err:
        first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise LexiconError(f"{name}: cannot read {path.name}: {first}") from None
    validate_lexicon(frame, name)
    spec = LEXICONS[name]
    frame = frame[list(spec.columns)].copy()
    frame["label"] = [spec.label(row) for row in frame.to_dict("records")]
    return frame


def load_lexicon(name: str) -> pd.DataFrame:
    """Load and check one lexicon of ``data/lexicons/``.

    Args:
        name: a key of :data:`LEXICONS`, e.g. ``"evaluative_ar"``.

    Returns:
        The file's columns (see :data:`LEXICONS` and the file's comment block) as strings, in file
        order, plus ``label``: the label a match of that row gets.

    Raises:
        LexiconError: one line naming the problem (unknown lexicon, missing column, bad value,
            bad spelling, duplicate after normalization).

    >>> lex = load_lexicon("evaluative_ar")
    >>> list(lex.columns)
    ['entry', 'polarity', 'neutral_counterpart', 'category', 'gloss', 'note', 'label']
    >>> lex.loc[lex.entry == "حنكة", ["polarity", "neutral_counterpart", "label"]].values.tolist()
    [['positive', 'أسلوب', 'evaluative:positive']]
    >>> load_lexicon("sentiment")
    Traceback (most recent call last):
    ...
    helpers.text.lexicon_files.LexiconError: unknown lexicon 'sentiment' (known: evaluative_ar, boosters_ar, hedges_ar, evidentials_ar, antonyms_ar, semantic_fields_ar, metaphor_domains_ar)
    """
    frame = _read(name).copy()
    frame.attrs["lexicon"] = name
    return frame
