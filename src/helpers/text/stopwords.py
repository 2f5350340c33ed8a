"""Arabic function words (stopwords): an explicit, documented list and a switchable test.

The list is ``data/lexicons/stopwords_ar.tsv`` (see ``data/README.md``): about 200 prepositions,
conjunctions, particles, quantifiers, pronouns, demonstratives, relatives and auxiliaries, written
for this kit. Entries are stored in standard spelling and compared after :func:`normalize_ar`, so
``الى`` matches ``إلى`` and ``هذة`` matches ``هذه``. :func:`is_stopword_ar` also strips one leading
conjunction ``و`` or ``ف`` (``وهو``, ``فإن``) unless told not to.

Whether stopwords are counted is always the caller's explicit choice (``stopwords=True/False``
in :func:`helpers.statistics.frequency.frequency_table_ar` and the other statistics helpers).

>>> is_stopword_ar("الى"), is_stopword_ar("وهذه"), is_stopword_ar("الحكومة")
(True, True, False)
"""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from helpers.data import read_tsv_rows
from helpers.text.normalize import normalize_ar

__all__ = ["STOPWORDS_FILE", "STOPWORDS_AR", "is_stopword_ar", "stopwords_frame_ar"]

#: The lexicon, relative to the data folder.
STOPWORDS_FILE = "lexicons/stopwords_ar.tsv"

_CONJUNCTIONS = ("و", "ف")


def stopwords_frame_ar() -> pd.DataFrame:
    """Return the stopword lexicon as a DataFrame.

    Columns: ``word`` (as stored), ``normalized`` (its :func:`normalize_ar` form), ``category``,
    ``gloss``; in file order.

    >>> frame = stopwords_frame_ar()
    >>> frame.loc[frame.word == "إلى", ["normalized", "category"]].values.tolist()
    [['الي', 'preposition']]
    """
    return _frame().copy()


@lru_cache(maxsize=1)
def _frame() -> pd.DataFrame:
    rows = []
    for number, fields in read_tsv_rows(STOPWORDS_FILE, ["word", "category", "gloss"]):
        if len(fields) != 3 or not fields[0]:
            raise ValueError(f"{STOPWORDS_FILE} line {number}: expected 3 tab-separated fields, got {len(fields)}")
        rows.append({"word": fields[0], "normalized": normalize_ar(fields[0]), "category": fields[1], "gloss": fields[2]})
    return pd.DataFrame(rows, columns=["word", "normalized", "category", "gloss"])


#: The normalized forms of every listed word (a frozenset; compare ``normalize_ar(word)``).
STOPWORDS_AR: frozenset[str] = frozenset(_frame()["normalized"])


def is_stopword_ar(word: str, *, strip_conjunction: bool = True) -> bool:
    """Return whether ``word`` is a listed function word.

    Args:
        word: one word, with or without diacritics, in any hamza spelling.
        strip_conjunction: also accept the word with one leading ``و`` or ``ف`` removed
            (``ولكن``, ``فهو``), when what remains is a listed word.

    Raises:
        TypeError: if ``word`` is not a string.

    >>> is_stopword_ar("إِلَى"), is_stopword_ar("فهو"), is_stopword_ar("فهو", strip_conjunction=False)
    (True, True, False)
    >>> is_stopword_ar("وزير")  # و + زير is not a function word
    False
    """
    if not isinstance(word, str):
        raise TypeError(f"word must be a str, not {type(word).__name__}")
    form = normalize_ar(word.strip())
    if form in STOPWORDS_AR:
        return True
    return strip_conjunction and len(form) > 1 and form[0] in _CONJUNCTIONS and form[1:] in STOPWORDS_AR
