"""How often the annotated corpus behind farahidi's language model gave a written form each lemma.

farahidi ships the model of AlKhalil's lemmatizer (``DATA.MSA.ALL.TRAIN.*.lm``), trained on a
manually lemmatized corpus of Modern Standard Arabic. Its ``B`` lines give, for every written form
of that corpus, each lemma annotated on it and how often: ``البلاد`` was lemmatized بَلَد 3,172
times and بِلَاد 10 times; ``حسين`` always حُسَيْن; ``يجب`` وَجَبَ 2,166 times and أَجَابَ 6
times. farahidi reads these lines as the emission probabilities of its HMM, but each line stores
the pair's count in place of the form's total, so every attested pair gets probability 1 and the
counts are lost. :func:`lemma_counts_ar` reads the counts themselves.

They are the analyzer's own model, not an external resource, and they answer questions the
out-of-context analyses cannot: which of several lemmas a form is actually used with (حالة: حَالَة,
not حَال), that a broken plural belongs to a singular the analyses do not name (البلاد → بَلَد,
جنود → جُنْدِيّ), that a form is a name (حسين, not the verb حَسَا). How the table uses them:
:func:`helpers.morphology.readings.by_corpus_lemma`.

The file is read once per process, on first use (about 0.5 s).
"""

from __future__ import annotations

import gzip
import threading
import unicodedata
from collections.abc import Mapping
from importlib.resources import files
from types import MappingProxyType

__all__ = ["LM_FILE", "lemma_count_ar", "lemma_counts_ar", "lemma_known_ar", "lemma_total_ar"]

#: farahidi's language-model file (in the installed package's ``data`` folder).
LM_FILE = "DATA.MSA.ALL.TRAIN.141809.lm.gz"

_LOCK = threading.Lock()
_COUNTS: dict[str, dict[str, float]] | None = None
_LEMMAS: frozenset[str] | None = None
_EMPTY: Mapping[str, float] = MappingProxyType({})


def _load() -> dict[str, dict[str, float]]:
    """Parse the ``B`` lines: ``B <sizes> <form> <count> <sizes> <lemma> <count> ...`` (Buckwalter)."""
    from farahidi.translit import bw_to_arabic

    counts: dict[str, dict[str, float]] = {}
    path = files("farahidi") / "data" / LM_FILE
    with gzip.open(path.open("rb"), "rt", encoding="cp1252", newline="") as lines:
        for raw in lines:
            if not raw.startswith("B"):
                continue
            line = raw.rstrip("\r\n")
            size_t, size_f = int(line[2:4]), int(line[4:5])
            form = bw_to_arabic(line[6 : 6 + size_t])
            pos = 8 + size_t + size_f
            found = counts.setdefault(form, {})
            while pos < len(line):
                s2t, s2f = int(line[pos : pos + 2]), int(line[pos + 2 : pos + 3])
                lemma = unicodedata.normalize("NFC", bw_to_arabic(line[pos + 4 : pos + 4 + s2t]))
                found[lemma] = found.get(lemma, 0.0) + float(line[pos + 4 + s2t : pos + 5 + s2t + s2f])
                pos += 6 + s2t + s2f
    return counts


def _counts() -> dict[str, dict[str, float]]:
    global _COUNTS
    if _COUNTS is None:
        with _LOCK:
            if _COUNTS is None:
                _COUNTS = _load()
    return _COUNTS


def lemma_counts_ar(form: str) -> Mapping[str, float]:
    """The lemmas (diacritized, NFC) the corpus gave a written form (no diacritics), with counts.

    Empty for a form the corpus does not have.

    >>> dict(lemma_counts_ar("البلاد"))
    {'بَلَد': 3172.0, 'بِلَاد': 10.0}
    >>> dict(lemma_counts_ar("حسين")), dict(lemma_counts_ar("الكاظمي"))
    ({'حُسَيْن': 2113.0}, {})
    """
    found = _counts().get(form)
    return MappingProxyType(found) if found else _EMPTY


def lemma_count_ar(form: str, lemma: str) -> float:
    """How often the corpus gave ``form`` the lemma ``lemma`` (diacritized; compared in NFC).

    >>> lemma_count_ar("يجب", "وَجَبَ"), lemma_count_ar("يجب", "جَبَرَ")
    (2166.0, 0.0)
    """
    found = _counts().get(form)
    return found.get(unicodedata.normalize("NFC", lemma), 0.0) if found else 0.0


def lemma_total_ar(form: str) -> float:
    """How often the corpus has the written form (the sum of its lemmas' counts).

    >>> lemma_total_ar("يجب")
    2175.0
    """
    return sum(_counts().get(form, {}).values())


def lemma_known_ar(lemma: str) -> bool:
    """Whether the corpus gave any written form the lemma ``lemma`` (diacritized; compared in NFC).

    >>> lemma_known_ar("مُشْكِلَة"), lemma_known_ar("مُنَاسَبَة"), lemma_known_ar("حَالَاتَة")
    (True, True, False)
    """
    global _LEMMAS
    if _LEMMAS is None:
        counts = _counts()  # takes the lock itself
        with _LOCK:
            if _LEMMAS is None:
                _LEMMAS = frozenset(lemma for found in counts.values() for lemma in found)
    return unicodedata.normalize("NFC", lemma) in _LEMMAS
