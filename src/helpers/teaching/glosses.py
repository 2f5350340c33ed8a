"""English glosses in tables: a word list for keywords of any text, the glossary for balagha terms.

A reader without Arabic cannot read a keyword table or a table of devices. Two helpers add the
English beside the Arabic:

- :func:`add_glosses_ar` glosses a column of **words** (a keyword or frequency table of any text).
  Where does a gloss come from for a text the kit has never seen? No dictionary ships with the
  environment (camel-tools' lexicon is data that cannot be installed offline; wordfreq has
  frequencies only; farahidi's AlKhalil tables have no English), so the kit ships its own short
  list, ``data/glossary/words_ar.tsv``: the commonest content words of news Arabic (the 700
  commonest content stems of the ANT corpus) and the words of the kit's texts, each with a short
  gloss written for the kit. A word outside the list falls back to the English columns of the
  kit's other word lists (lexicons and gazetteers, :data:`FALLBACK_LISTS`); a word found nowhere
  gets a **blank** gloss, never a guess.
- :func:`add_term_glosses_ar` glosses a column of **terms** (``term_ar`` of a device table) from
  the glossary (:mod:`helpers.teaching.glossary`): transliteration and English.

A word is looked up as written (normalized), then as the kit's clitic policy reads it
(:func:`helpers.text.clitics.clitic_readings_ar`): a conjunction or preposition that comes off is
glossed before the stem (``وكاتيوشا`` → ``and + Katyusha (rockets)``), the article and a pronoun
are not; then with a feminine, sound-plural or perfect-verb ending taken off (``تونسية`` →
``Tunisian``). A gloss is a reading aid for the commonest sense in news prose, not a translation
of the word in its context: read the concordance for that.

>>> word_gloss_ar("للبلاد")
'for/to + country'
>>> word_gloss_ar("الامريكيه")
'American'
>>> word_gloss_ar("زززز")
''
"""

from __future__ import annotations

import csv
from functools import lru_cache

import pandas as pd

from helpers.data import data_path
from helpers.teaching.glossary import TermNotFoundError, glossary_entry_ar
from helpers.text.clitics import clitic_readings_ar
from helpers.text.normalize import normalize_ar

__all__ = [
    "WORD_GLOSSES_FILE",
    "FALLBACK_LISTS",
    "PROCLITIC_GLOSSES",
    "read_word_glosses",
    "word_gloss_ar",
    "add_glosses_ar",
    "add_term_glosses_ar",
]

#: The kit's list of glossed words, relative to the data folder.
WORD_GLOSSES_FILE = "glossary/words_ar.tsv"
#: The kit's other word lists with an English column, consulted in this order after the word list:
#: (file, column of the Arabic, column of the English).
FALLBACK_LISTS: tuple[tuple[str, str, str], ...] = (
    ("lexicons/stopwords_ar.tsv", "word", "gloss"),
    ("lexicons/closed_class_ar.tsv", "word", "gloss"),
    ("lexicons/evaluative_ar.tsv", "entry", "gloss"),
    ("lexicons/semantic_fields_ar.tsv", "entry", "gloss"),
    ("lexicons/metaphor_domains_ar.tsv", "entry", "gloss"),
    ("lexicons/boosters_ar.tsv", "entry", "gloss"),
    ("lexicons/hedges_ar.tsv", "entry", "gloss"),
    ("lexicons/evidentials_ar.tsv", "entry", "gloss"),
    ("gazetteers/countries_ar.tsv", "country", "english"),
    ("gazetteers/places_ar.tsv", "place", "english"),
    ("gazetteers/organizations_ar.tsv", "name", "english"),
    ("gazetteers/titles_ar.tsv", "title", "english"),
    ("gazetteers/portfolios_ar.tsv", "portfolio", "english"),
    ("gazetteers/calendar_ar.tsv", "form", "english"),
)
#: The English of the proclitics a gloss names (the article and the future are left unsaid).
PROCLITIC_GLOSSES: dict[str, str] = {"و": "and", "ف": "so", "ب": "with/by", "ل": "for/to", "ك": "like"}
# Endings tried when the stem itself is not listed: (ending, what replaces it).
_ENDINGS = (("ة", ""), ("ه", ""), ("ات", "ة"), ("ات", ""), ("ون", ""), ("ين", ""), ("ت", ""), ("ا", ""))
_MIN_STEM = 2


def _read_tsv(relative: str) -> pd.DataFrame:
    return pd.read_csv(data_path(relative), sep="\t", comment="#", dtype=str, keep_default_na=False,
                       quoting=csv.QUOTE_NONE, encoding="utf-8")


def read_word_glosses() -> pd.DataFrame:
    """Return the kit's word list (columns ``word``, ``english``, ``source``), in file order.

    Raises:
        ValueError: one line, if the file has other columns, an empty cell or two rows for one
            normalized word.

    >>> words = read_word_glosses()
    >>> list(words.columns), sorted(set(words["source"]))
    (['word', 'english', 'source'], ['ant', 'texts'])
    """
    frame = _read_tsv(WORD_GLOSSES_FILE)
    if list(frame.columns) != ["word", "english", "source"]:
        raise ValueError(f"{WORD_GLOSSES_FILE}: expected columns word, english, source, got {', '.join(frame.columns)}")
    seen: dict[str, int] = {}
    for i, row in enumerate(frame.itertuples(index=False), start=1):
        if not row.word.strip() or not row.english.strip() or row.source not in ("ant", "texts"):
            raise ValueError(f"{WORD_GLOSSES_FILE} row {i} ({row.word}): empty word or english, or a source other than ant/texts")
        key = normalize_ar(row.word)
        if key in seen:
            raise ValueError(f"{WORD_GLOSSES_FILE} row {i}: {row.word!r} duplicates row {seen[key]} after normalization")
        seen[key] = i
    return frame


@lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    """Normalized word → gloss: the word list first, then each fallback list (first one wins)."""
    index = {normalize_ar(w): g for w, g in zip(*(read_word_glosses()[c] for c in ("word", "english")))}
    for relative, arabic, english in FALLBACK_LISTS:
        frame = _read_tsv(relative)
        for word, gloss in zip(frame[arabic], frame[english]):
            key = normalize_ar(word.strip())
            if key and gloss.strip() and gloss.strip() != "-":
                index.setdefault(key, gloss.strip())
    return index


def _stem_gloss(stem: str, index: dict[str, str]) -> str:
    key = normalize_ar(stem)
    if key in index:
        return index[key]
    for ending, replacement in _ENDINGS:
        if key.endswith(ending) and len(key) - len(ending) >= _MIN_STEM:
            base = normalize_ar(key[: -len(ending)] + replacement)
            if base in index:
                return index[base]
    return ""


@lru_cache(maxsize=65536)
def word_gloss_ar(word: str) -> str:
    """Return a short English gloss of an Arabic word, or ``""`` when no list of the kit knows it.

    Args:
        word: one word, or a phrase listed whole (``الولايات المتحدة``), in any spelling the kit
            normalizes (hamza, ة/ه, ى/ي, diacritics).

    >>> word_gloss_ar("وكاتيوشا"), word_gloss_ar("الدبلوماسية"), word_gloss_ar("تونسيين")
    ('and + Katyusha (rockets)', 'diplomacy', 'Tunisians')
    >>> word_gloss_ar("بغداد"), word_gloss_ar("مؤكدا")
    ('Baghdad', 'stressing')
    """
    if not isinstance(word, str):
        raise TypeError(f"word must be a str, not {type(word).__name__}")
    word = word.strip()
    if not word:
        return ""
    index = _index()
    if normalize_ar(word) in index:
        return index[normalize_ar(word)]
    if " " in word:
        return ""
    readings = clitic_readings_ar(word) + clitic_readings_ar(word, guard=False)
    for reading in readings:
        gloss = _stem_gloss(reading.stem, index)
        if gloss:
            said = [PROCLITIC_GLOSSES[p] for p in reading.proclitics if p in PROCLITIC_GLOSSES]
            return " + ".join([*said, gloss])
    return ""


def _check_table(table: object, column: str) -> pd.DataFrame:
    if not isinstance(table, pd.DataFrame):
        raise TypeError(f"table must be a pandas DataFrame, not {type(table).__name__}")
    if column not in table.columns:
        raise KeyError(f"the table has no column {column!r}; its columns are {', '.join(map(str, table.columns))}")
    return table


def add_glosses_ar(table: pd.DataFrame, *, column: str = "item", into: str = "gloss") -> pd.DataFrame:
    """Return a copy of ``table`` with an English gloss of each word of ``column`` beside it.

    Works on any table with a column of Arabic words: a keyword table (``keyness_ar``), a
    frequency table, collocates. A word that no list of the kit knows gets a blank gloss.

    Args:
        table: the table; it is not changed.
        column: the column of Arabic words (``"item"`` in the kit's frequency and keyword tables).
        into: the name of the new column, inserted right after ``column``.

    Raises:
        TypeError: if ``table`` is not a DataFrame.
        KeyError: one line, if it has no column ``column``.

    >>> keys = pd.DataFrame({"item": ["الكاظمي", "البلاد", "وكاتيوشا", "زززز"], "ll": [136.0, 80.1, 17.8, 9.0]})
    >>> add_glosses_ar(keys)
           item                     gloss     ll
    0   الكاظمي               al-Kadhimi  136.0
    1    البلاد                   country   80.1
    2  وكاتيوشا  and + Katyusha (rockets)   17.8
    3      زززز                              9.0
    """
    table = _check_table(table, column)
    out = table.copy()
    glosses = [word_gloss_ar(value) if isinstance(value, str) else "" for value in out[column]]
    if into in out.columns:
        out[into] = glosses
    else:
        out.insert(out.columns.get_loc(column) + 1, into, glosses)
    return out


def _term_candidates(term: str) -> list[str]:
    """The term, then shorter forms: without a bracket, before a colon, with the article on a second word."""
    base = term.strip()
    plain = base.split("(")[0].strip()
    before_colon = plain.split(":")[0].strip()
    words = before_colon.split()
    candidates = [base, plain, before_colon]
    if len(words) >= 2:
        candidates.append(" ".join([words[0], *("ال" + w for w in words[1:])]))
    return list(dict.fromkeys(c for c in candidates if c))


def add_term_glosses_ar(table: pd.DataFrame, *, column: str = "term_ar") -> pd.DataFrame:
    """Return a copy of ``table`` with the glossary's transliteration and English of each term.

    A term is looked up in the glossary (:func:`helpers.teaching.glossary.glossary_entry_ar`) as
    written, then without a bracketed note (``استعارة (مرشحة)`` → ``استعارة``), before a colon
    (``استقطاب: نحن وهم`` → ``الاستقطاب``) and with the article on its second word (``جناس
    اشتقاق`` → ``جناس الاشتقاق``). A term not in the glossary gets blanks.

    Args:
        table: the table; it is not changed.
        column: the column of Arabic terms.

    Returns:
        The table with ``transliteration`` and ``english`` inserted right after ``column``.

    >>> devices = pd.DataFrame({"device": ["antithesis", "metaphor_candidate"], "term_ar": ["طباق", "استعارة (مرشحة)"]})
    >>> add_term_glosses_ar(devices)
                   device          term_ar transliteration       english
    0          antithesis             طباق           ṭibāq    antithesis
    1  metaphor_candidate  استعارة (مرشحة)         istiʿāra      metaphor
    """
    table = _check_table(table, column)
    found: dict[str, tuple[str, str]] = {}
    for term in dict.fromkeys(v for v in table[column] if isinstance(v, str)):
        found[term] = ("", "")
        for candidate in _term_candidates(term):
            try:
                entry = glossary_entry_ar(candidate)
            except TermNotFoundError:
                continue
            found[term] = (entry["transliteration"], entry["english"])
            break
    out = table.copy()
    at = out.columns.get_loc(column) + 1
    for k, name in enumerate(("transliteration", "english")):
        values = [found.get(v, ("", ""))[k] if isinstance(v, str) else "" for v in out[column]]
        if name in out.columns:
            out[name] = values
        else:
            out.insert(at + k, name, values)
    return out
