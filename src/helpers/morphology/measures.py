"""How a kit row is compared with a gold word: lemma and root keys, clitic boundaries, P/R/F1.

Both :func:`helpers.morphology.evaluation.score_morphology_ar` (a treebank) and
:func:`helpers.morphology.clitic_gold.score_clitic_gold_ar` (the kit's news gold) count with these
definitions:

* lemmas are compared without diacritics after :func:`lemma_key_ar` (alef with hamza or madda → ا,
  final ى → ي, ة → ه);
* roots after :func:`root_key_ar` (every hamza → ء, ى → ي);
* clitic **boundaries** are the positions inside a word where a proclitic ends or an enclitic
  begins; the article ال is not a boundary, as in PADT, which keeps it on its noun
  (:func:`kit_boundaries` reads them from a kit row);
* :func:`prf` gives precision, recall and F1 with their counts.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from camel_tools.utils.dediac import dediac_ar

__all__ = ["kit_boundaries", "lemma_key_ar", "prf", "root_key_ar"]

_LEMMA_MAP = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ـ": None})
_ROOT_MAP = str.maketrans({"أ": "ء", "إ": "ء", "آ": "ء", "ؤ": "ء", "ئ": "ء", "ى": "ي", "ا": "ء"})


def lemma_key_ar(lemma: str) -> str:
    """The form two lemmas are compared in: no diacritics, أ إ آ ٱ → ا, ى → ي, ة → ه, no tatweel.

    >>> lemma_key_ar("أَمِيرِكِيّ"), lemma_key_ar("مُسْتَشْفَى"), lemma_key_ar("مَجمُوعَة")
    ('اميركي', 'مستشفي', 'مجموعه')
    """
    return dediac_ar(unicodedata.normalize("NFC", lemma)).translate(_LEMMA_MAP)


def root_key_ar(root: str) -> str:
    """The form two roots are compared in: every hamza (and a written alef) → ء, ى → ي.

    >>> root_key_ar("رأس"), root_key_ar("رءس"), root_key_ar("ءلي") == root_key_ar("ألى")
    ('رءس', 'رءس', True)
    """
    return root.replace(".", "").replace(" ", "").translate(_ROOT_MAP)


def kit_boundaries(token: str, proclitics: str, enclitics: str) -> tuple[int, ...]:
    """Clitic boundaries of a kit row inside its token (the article ال is not a boundary).

    >>> kit_boundaries("وللحظر", "و+ل+ال", ""), kit_boundaries("مدينته", "", "ه"), kit_boundaries("كتاب", "", "")
    ((1, 2), (5,), ())
    """
    out: list[int] = []
    position = 0
    for clitic in proclitics.split("+") if proclitics else ():
        if clitic == "ال":
            break
        position += len(clitic)
        out.append(position)
    end = len(token)
    ends = []
    for clitic in reversed(enclitics.split("+")) if enclitics else ():
        end -= len(clitic)
        ends.append(end)
    return tuple(out + sorted(ends))


def prf(tp: int, fp: int, fn: int) -> dict[str, Any]:
    """Precision, recall and F1 (0 where undefined), rounded to 4 places, with the counts."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}

