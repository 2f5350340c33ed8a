"""Load the kit's Arabic lexicons and find their entries in a text, clitic-aware.

The lexicons are documented TSV files in ``data/lexicons/`` (see ``data/lexicons/README.md``):

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

**Matching policy** (:func:`match_lexicon_ar`). Text and entries are compared after
:func:`helpers.text.normalize.normalize_ar` with its defaults (diacritics and tatweel removed, أ إ آ → ا,
ى → ي, ة → ه). A token that is not an entry as it stands may still match after stripping:

* clitics, as the kit's one inventory and policy allow (:mod:`helpers.text.clitics`): the
  conjunctions و ف, then one of the prepositions ب ل ك or the future س (before an imperfect
  prefix ي ت ن ا), then the article ال (``لل`` is ل + ال); enclitic pronouns ه ها هم هما هن ك كم
  كما كن نا, with a ت before the pronoun read back as teh marbuta (``قدرته`` → ``قدرة``), never after
  the article. The first person (ي, ني) is not stripped: in news prose a final ي is mostly the
  nisba suffix (``قتالي`` is not ``قتال`` + "my"). Function words and frequent words stay whole
  (``ذلك`` is no ذل + ك, ``كامل`` no ك + أمل, ``وسياسة`` no و + س + يأس + ة);
* inflectional endings ة ات ون ين, the alef of tanwin fath (``نفعاً`` → ``نفع``) and the ت of
  a perfect verb (``فشلت`` → ``فشل``), with ات also read as a lost ة (``نكسات`` → ``نكسة``), only
  when what is left has at least three letters, or two before a written ة (``حرة`` → ``حر``)
  (``inflections=True``, the default); the stance
  lexicons (boosters, hedges, evidentials), mostly fixed expressions, only allow ة, the alef and ت.
  The dual ان is not tried: it would read names as duals (``سلمان`` is not ``سلم`` + ان).

A stripped form counts only **if the remainder is an entry**; among several readings of a token the
one with the fewest stripped pieces wins, so ``وطني`` matches the entry ``وطني`` rather than ``وطن``
+ ي. In a multiword entry the first word may carry proclitics, the last word enclitics and endings,
and any later word the article ال (``الحل السياسي`` matches ``حل سياسي``); words must be
consecutive tokens with no punctuation between them. The longest match (most tokens) is taken
first, then the reading with fewer stripped pieces, then the earlier one; matches of one lexicon
never overlap. A match spans whole tokens, clitics included; what was stripped is recorded.

With ``by="lemma"`` and a morphology table (columns :data:`helpers.morphology.base.MORPHOLOGY_COLUMNS`,
e.g. from ``helpers.morphology.analyze_morphology_ar``), a token also matches when its normalized
lemma is an entry; readings are ranked exact form, then lemma, then stripped forms.

>>> [(m.text, m.entry, m.proclitic, m.label) for m in match_lexicon_ar('دون ضجيج " وكاتيوشا "', "semantic_fields_ar")]
[('وكاتيوشا', 'كاتيوشا', 'و', 'field:conflict_violence')]
"""

from __future__ import annotations

import csv
import dataclasses
import re
import unicodedata
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import pandas as pd

from helpers.data import data_path
from helpers.text.clitics import ARTICLE, PROCLITIC_CHAINS, PRONOUN_ENCLITICS, CliticReading, clitic_readings_ar
from helpers.text.load import check_text_ar
from helpers.text.normalize import normalize_ar
from helpers.text.spans import Span, spans_to_frame
from helpers.text.tokenize import Token, tokenize_ar

__all__ = [
    "LEXICONS",
    "LexiconError",
    "LexiconSpec",
    "LexiconMatch",
    "load_lexicon",
    "validate_lexicon",
    "match_lexicon_ar",
    "matches_to_frame",
    "PROCLITICS_AR",
    "ENCLITICS_AR",
    "ENDINGS_AR",
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


@dataclass(frozen=True)
class LexiconMatch(Span):
    """A lexicon entry found in a text.

    Attributes:
        lexicon: the lexicon's name (``"custom"`` for a table without a name).
        entry: the entry as stored in the lexicon.
        match_form: ``"surface"`` (the entry's letters appear as stored, clitics aside),
            ``"normalized"`` (equal after normalization and stripping) or ``"lemma"`` (through the
            morphology table's lemma).
        proclitic: the proclitics stripped from the first token, normalized (``"وال"``), or ``""``.
        enclitic: the pronoun stripped from the last token, or ``""``.
        ending: the inflectional ending stripped from the last token (``"ات"``), or ``""``.
        attributes: the lexicon row's other columns as ``(column, value)`` pairs, in file order
            (for ``antonyms_ar``: ``partners``, the other terms joined by ``|``, and ``relation``).
        negated: set by taggers (see :mod:`helpers.rhetoric.lexical`): a negator governs the match.
        negator: the negating token, or ``""``.
    """

    lexicon: str
    entry: str
    match_form: str
    proclitic: str = ""
    enclitic: str = ""
    ending: str = ""
    attributes: tuple[tuple[str, str], ...] = ()
    negated: bool = False
    negator: str = ""

    def get(self, key: str, default: str = "") -> str:
        """Return the value of one attribute (a column of the lexicon row).

        >>> m = match_lexicon_ar("بحنكة", "evaluative_ar")[0]
        >>> m.get("polarity"), m.get("category")
        ('positive', 'judgement')
        """
        return dict(self.attributes).get(key, default)


# ----------------------------------------------------------------------------------------------
# Loading and validation


@lru_cache(maxsize=65536)
def _norm(s: str) -> str:
    return normalize_ar(s)


@lru_cache(maxsize=65536)
def _plain(s: str) -> str:
    """``s`` without diacritics and tatweel, letters as written (ة and ه stay apart)."""
    return normalize_ar(s, alef=False, alef_maksura=False, teh_marbuta=False)


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
    helpers.text.lexicons.LexiconError: semantic_fields_ar row 2: entry 'سلَام' has diacritics (store entries undiacritized)
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
    helpers.text.lexicons.LexiconError: unknown lexicon 'sentiment' (known: evaluative_ar, boosters_ar, hedges_ar, evidentials_ar, antonyms_ar, semantic_fields_ar, metaphor_domains_ar)
    """
    frame = _read(name).copy()
    frame.attrs["lexicon"] = name
    return frame


# ----------------------------------------------------------------------------------------------
# Clitics and endings (all in normalized spelling)

#: Proclitic sequences the matcher may strip: the kit's inventory (:data:`helpers.text.clitics.PROCLITIC_CHAINS`).
PROCLITICS_AR: tuple[str, ...] = PROCLITIC_CHAINS

#: Enclitic pronouns the matcher may strip, longest first: the inventory without the first person
#: (ي, ني), which the policy of :mod:`helpers.text.clitics` leaves on: in news prose a final ي is
#: far more often the nisba suffix (قتالي, وطني, عسكري) than "my".
ENCLITICS_AR: tuple[str, ...] = PRONOUN_ENCLITICS

#: Inflectional endings tried by the matcher by default, normalized (ة is ه after normalization).
ENDINGS_AR: tuple[str, ...] = ("ات", "ون", "ين", "ه", "ا", "ت")


@dataclass(frozen=True)
class _Reading:
    key: str
    cost: float
    proclitic: str = ""
    enclitic: str = ""
    ending: str = ""
    lemma: bool = False


def _strip_end(stem: str, enclitic: str, endings: tuple[str, ...], written: str = "") -> list[tuple[str, str, int]]:
    """Forms of ``stem`` without endings: (form, ending, pieces stripped).

    ``written`` is the last letter as written: a written ة may leave two letters (حرة → حر).
    """
    out = [(stem, "", 0)]
    if enclitic and stem.endswith("ت") and len(stem) >= 3:
        out.append((stem[:-1] + "ه", "", 0))
    if endings:
        for form, _, _ in list(out):
            for ending in endings:
                shortest = 2 if ending == "ه" and written == "ة" and not enclitic else 3
                if form.endswith(ending) and len(form) - len(ending) >= shortest:
                    base = form[: -len(ending)]
                    out.append((base, ending, 1))
                    if ending == "ات":
                        out.append((base + "ه", ending, 1))
    return out


@lru_cache(maxsize=65536)
def _readings(plain: str, role: str, endings: tuple[str, ...], clitics: bool) -> tuple[_Reading, ...]:
    """All readings of a word (letters as written) for a position in an entry (first, middle, last, only).

    Clitics come from :func:`helpers.text.clitics.clitic_readings_ar`, so the kit's one policy
    decides what may be stripped; here a reading also needs its remainder to be an entry. The
    first word of an entry may carry proclitics, the last an enclitic, and later words only the
    article. A final ة prefers the feminine-ending reading and a final ه the pronoun reading.
    """
    word = _norm(plain)
    readings = {word: _Reading(word, 0.0)}
    if not clitics and not endings:
        return (readings[word],)
    front = role in ("first", "only")
    back = role in ("last", "only")
    written = plain[-1:]
    options = clitic_readings_ar(plain, enclitics=back) if clitics else (CliticReading((), plain),)
    for option in options:
        if not front and option.proclitics not in ((), (ARTICLE,)):
            continue
        if option.enclitic and not back:
            continue
        pre = _norm(option.prefix) if option.proclitics else ""
        enc = option.enclitic
        for form, ending, n in _strip_end(_norm(option.stem), enc, endings if back else (), written):
            cost = (1 if pre else 0) + (1 if enc else 0) + n
            if ending == "ه" and not enc and written == "ه":
                cost += 0.5
            if form not in readings or cost < readings[form].cost:
                readings[form] = _Reading(form, float(cost), pre, enc, ending)
    return tuple(sorted(readings.values(), key=lambda r: (r.cost, r.key)))


# ----------------------------------------------------------------------------------------------
# Matching


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


def _lemma_keys(tokens: Sequence[Token], morphology: pd.DataFrame | None) -> dict[int, str]:
    if morphology is None:
        return {}
    if not isinstance(morphology, pd.DataFrame):
        raise LexiconError(f"morphology must be a DataFrame, not {type(morphology).__name__}")
    for column in ("start", "lemma"):
        if column not in morphology.columns:
            raise LexiconError(f"morphology table has no {column!r} column (use helpers.morphology.analyze_morphology_ar)")
    by_start: dict[int, str] = {}
    for start, lemma in zip(morphology["start"].tolist(), morphology["lemma"].tolist()):
        if isinstance(lemma, str) and lemma.strip() and int(start) not in by_start:
            by_start[int(start)] = _norm(lemma.strip())
    return {i: by_start[t.start] for i, t in enumerate(tokens) if t.start in by_start}


def match_lexicon_ar(
    text: str,
    lexicon: str | pd.DataFrame,
    *,
    by: Literal["normalized", "lemma"] = "normalized",
    morphology: pd.DataFrame | None = None,
    clitic_aware: bool = True,
    inflections: bool = True,
) -> list[LexiconMatch]:
    """Find the entries of a lexicon in a text (see the module docstring for the policy).

    Args:
        text: any Arabic text, exactly as loaded.
        lexicon: a name of :data:`LEXICONS`, or a DataFrame with an ``entry`` column (and
            optionally ``label``; other columns become attributes), or with ``term_a``/``term_b``.
        by: ``"normalized"`` compares normalized forms; ``"lemma"`` also compares the lemmas of
            ``morphology``.
        morphology: a morphology table (``start`` and ``lemma`` columns at least), required with
            ``by="lemma"``.
        clitic_aware: strip proclitics and enclitic pronouns when the remainder is an entry.
        inflections: strip the endings ة ات ون ين ت and a tanwin alef when the remainder is an
            entry (only ة, the alef and ت for the stance lexicons boosters_ar, hedges_ar, evidentials_ar).

    Returns:
        Non-overlapping :class:`LexiconMatch` spans sorted by ``start``.

    Raises:
        TextInputError: if the text is empty or has no Arabic letter.
        LexiconError: for an unknown lexicon, a table without entries, a missing morphology table.

    >>> text = "وبشكل صريح، انتصرت الدبلوماسية على الأرجح ولن تنتهي بالحروب."
    >>> [(m.text, m.label, m.match_form) for m in match_lexicon_ar(text, "boosters_ar")]
    [('وبشكل صريح', 'booster', 'surface')]
    >>> [(m.text, m.entry) for m in match_lexicon_ar(text, "hedges_ar")]
    [('على الأرجح', 'على الأرجح')]
    >>> [(m.text, m.entry, m.proclitic, m.match_form) for m in match_lexicon_ar(text, "semantic_fields_ar")]
    [('الدبلوماسية', 'دبلوماسية', 'ال', 'surface'), ('بالحروب', 'حروب', 'بال', 'surface')]
    """
    check_text_ar(text)
    if by not in ("normalized", "lemma"):
        raise LexiconError(f"by must be 'normalized' or 'lemma', not {by!r}")
    if by == "lemma" and morphology is None:
        raise LexiconError("by='lemma' needs a morphology table: pass morphology=analyze_morphology_ar(text)")
    name, entries, by_first = _named_entries(lexicon) if isinstance(lexicon, str) else _frame_entries(lexicon)
    spec = LEXICONS.get(name)
    endings = (spec.endings if spec else ENDINGS_AR) if inflections else ()
    if not entries:
        raise LexiconError(f"lexicon {name!r} has no entries")
    tokens, normalized, plains, starts, places = _text_readings(text, endings, clitic_aware)
    lemmas = _lemma_keys(tokens, morphology) if by == "lemma" else {}
    # A word whose lemma differs from its form is also read as the lemma, second after the form.
    shifted = {i for i, lemma in lemmas.items() if normalized[i] and lemma != normalized[i]}

    def readings(i: int, role: str) -> tuple[_Reading, ...]:
        if not normalized[i]:
            return ()
        found = _readings(plains[i], role, endings, clitic_aware)
        if i in shifted:
            return (found[0], _Reading(lemmas[i], 0.5, lemma=True), *found[1:])
        return found

    # Only the readings that begin an entry are tried, in text order: word, then role (a whole
    # entry, then an entry's first word), then reading.
    starting: list[tuple[int, int, int, _Reading]] = []
    for key, where in places.items():
        if key in by_first:
            starting += [(i, role, k + 1 if k and i in shifted else k, starts[i][role][k]) for i, role, k in where]
    for i in shifted:
        if lemmas[i] in by_first:
            lemma = _Reading(lemmas[i], 0.5, lemma=True)
            starting += [(i, 0, 1, lemma), (i, 1, 1, lemma)]
    starting.sort(key=lambda s: s[:3])

    candidates: list[tuple[int, float, int, int, _Entry, list[_Reading]]] = []
    for i, role, _, r in starting:
        for entry in by_first[r.key]:
            n = len(entry.words)
            if (n == 1) != (role == 0) or i + n > len(tokens):
                continue
            chosen = [r]
            for k in range(1, n):
                want = entry.words[k]
                hit = next((x for x in readings(i + k, "last" if k == n - 1 else "middle") if x.key == want), None)
                if hit is None:
                    break
                chosen.append(hit)
            else:
                cost = sum(x.cost for x in chosen)
                candidates.append((n, cost, i, entry.order, entry, chosen))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2], c[3]))
    taken: set[int] = set()
    matches: list[LexiconMatch] = []
    for n, _, i, _, entry, chosen in candidates:
        span = range(i, i + n)
        if any(k in taken for k in span):
            continue
        taken.update(span)
        first, last = tokens[i], tokens[i + n - 1]
        matches.append(LexiconMatch(
            first.start, last.end, text[first.start:last.end], entry.label, name, entry.stored,
            _match_form(tokens[i:i + n], normalized[i:i + n], chosen, entry),
            chosen[0].proclitic, chosen[-1].enclitic, chosen[-1].ending, entry.attributes,
        ))
    return sorted(matches, key=lambda m: (m.start, m.end))


@lru_cache(maxsize=4)
def _text_readings(text: str, endings: tuple[str, ...], clitics: bool) -> tuple[
    list[Token], tuple[str, ...], tuple[str, ...], tuple[tuple[tuple[_Reading, ...], tuple[_Reading, ...]], ...],
    dict[str, list[tuple[int, int, int]]],
]:
    """A text's tokens, their normalized and plain forms, each word's readings as a whole entry
    (role 0) and as an entry's first word (role 1), and where each reading's key occurs (word,
    role, reading): shared by every lexicon matched on the same text."""
    tokens = tokenize_ar(text)
    normalized = tuple(_norm(t.text) if t.kind == "arabic" else "" for t in tokens)
    plains = tuple(_plain(t.text) if t.kind == "arabic" else "" for t in tokens)
    starts = tuple(
        (_readings(plain, "only", endings, clitics), _readings(plain, "first", endings, clitics)) if norm else ((), ())
        for norm, plain in zip(normalized, plains)
    )
    places: dict[str, list[tuple[int, int, int]]] = {}
    for i, roles in enumerate(starts):
        for role, found in enumerate(roles):
            for k, reading in enumerate(found):
                places.setdefault(reading.key, []).append((i, role, k))
    return tokens, normalized, plains, starts, places


def _match_form(tokens: Sequence[Token], normalized: Sequence[str], chosen: Sequence[_Reading], entry: _Entry) -> str:
    if any(r.lemma for r in chosen):
        return "lemma"
    stored = entry.stored.split()
    for token, norm, r, word in zip(tokens, normalized, chosen, stored):
        # Only a token whose normalization deleted nothing can be sliced like its normalized form.
        end = len(norm) - len(r.enclitic) - len(r.ending)
        if len(token.text) != len(norm) or r.key != norm[len(r.proclitic):end]:
            return "normalized"
        if token.text[len(r.proclitic):end] != word:
            return "normalized"
    return "surface"


def matches_to_frame(matches: Iterable[LexiconMatch]) -> pd.DataFrame:
    """Return matches as a DataFrame with one column per attribute (after the span's own fields).

    >>> matches_to_frame(match_lexicon_ar("نجاح كبير", "evaluative_ar"))[["text", "label", "polarity", "category"]]
       text                label  polarity      category
    0  نجاح  evaluative:positive  positive  appreciation
    """
    matches = list(matches)
    frame = spans_to_frame(matches)
    if not matches:
        return frame
    fields = [f.name for f in dataclasses.fields(LexiconMatch) if f.name != "attributes"]
    frame = frame[fields]
    ordered = sorted(matches, key=lambda m: (m.start, m.end))
    keys: list[str] = []
    for m in ordered:
        keys += [k for k, _ in m.attributes if k not in keys and k not in fields]
    for key in keys:
        frame[key] = [m.get(key) for m in ordered]
    return frame
