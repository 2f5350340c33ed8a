"""The kit's lemma convention: which form of a word its ``lemma`` column cites.

The analyzer's lemma is derivational: farahidi gives مُشْكِل (a participle) for مشكلة "problem",
حَال for حالة, أُخْرَى for the adjective أخرى, قَاض (without its final ي) for القاضي. The kit
cites words as dictionaries do, and :func:`citation_lemma_ar` applies the convention to the
reading the table shows, once its part of speech is known:

* **Adjectives** cite the masculine singular: ماضية → ماضي, عالية → عالي, the feminine of an
  elative in فُعْلَى → أَفْعَل (أخرى → آخَر, كبرى → أَكْبَر, :data:`FEMININE_ELATIVES`). A
  reading the analyzer files as a verbal or primitive noun keeps its ة even where the context
  made it an adjective (مساعدة, طائرة): its ة is the word's own, not agreement.
* **Nouns** cite their own singular, gender included: a feminine noun is its own lemma (مشكلة,
  قائمة, ليلة, جمهورية; the analyzer's masculine lemma + ة when the word is that masculine
  + ة) when the analyzer's corpus cites that feminine lemma (a noun of its own: مُشْكِلَة,
  لَيْلَة), not when it cites only the masculine (قادرة, خطيرة: adjectives used as predicates
  keep قَادِر, خَطِير). Plurals cite the singular the analyzer or its corpus gives
  (:mod:`helpers.morphology.readings`: البلاد → بَلَد); a plural in ات is not moved to a
  singular in ة by rule, since masculine nouns take ات too (قرارات: قَرَار, not قَرَارَة).
* **Defective** participles and verbal nouns keep their final ي (قاض → قاضي, تال → تالي,
  تقاض → تقاضي), as the masculine singular with the article is written and as the analyzer's
  corpus cites them (قَاضِي, تَالِي).

Names keep the article they are written with (السودان); verbs cite the perfect 3rd person
masculine singular, as the analyzer does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from camel_tools.utils.dediac import dediac_ar

from helpers.morphology.base import WordAnalysis

__all__ = ["FEMININE_ELATIVES", "citation_lemma_ar"]

#: Feminine elatives (فُعْلَى) and the masculine (أَفْعَل) an adjective cites.
FEMININE_ELATIVES: dict[str, str] = {
    "أخرى": "آخَر", "أولى": "أَوَّل", "كبرى": "أَكْبَر", "صغرى": "أَصْغَر", "عظمى": "أَعْظَم",
    "عليا": "أَعْلَى", "دنيا": "أَدْنَى", "قصوى": "أَقْصَى", "وسطى": "أَوْسَط", "سفلى": "أَسْفَل",
    "حسنى": "أَحْسَن", "فضلى": "أَفْضَل", "مثلى": "أَمْثَل", "كبريات": "أَكْبَر", "أخريات": "آخَر",
}  # fmt: skip

_FATHA, _KASRA = "\u064e", "\u0650"
#: Kinds of noun (farahidi's ``pos``) whose ة belongs to the word, not to an agreeing feminine:
#: verbal nouns (مُسَاعَدَة, مصدر صناعي آلِيَّة) and primitive nouns (طَائِرَة "aeroplane").
_NOT_ADJECTIVAL = ("مصدر", "جامد")
_WEAK = frozenset("يو")


def _feminine_host(host: str, enclitic: bool) -> bool:
    return host.endswith("ة") or (enclitic and host.endswith("ت"))


def _bare_host(host: str) -> str:
    host = host[2:] if host.startswith("ال") else host
    return host[:-1] + "ة" if host.endswith("ت") else host


def citation_lemma_ar(
    reading: WordAnalysis, host: str, *, known_lemma: Callable[[str], bool] | None = None
) -> WordAnalysis:
    """Return ``reading`` with its lemma cited by the kit's convention (see the module notes).

    Args:
        reading: the reading the row shows.
        host: the written word without proclitics (the article kept) and enclitics.
        known_lemma: whether a diacritized lemma is one the analyzer's corpus uses. When given,
            a feminine noun and a defective word's ي are cited only if the corpus cites that
            lemma; ``None`` cites them by the rule alone.

    >>> from helpers.morphology.base import WordAnalysis as W
    >>> citation_lemma_ar(W("", "مَاضِيَة", pos="اسم/اسم فاعل", pos_coarse="ADJ"), "الماضية").lemma
    'مَاضِي'
    >>> citation_lemma_ar(W("", "أُخْرَى", pos_coarse="ADJ"), "أخرى").lemma
    'آخَر'
    >>> citation_lemma_ar(W("", "مُشْكِل", pos_coarse="NOUN"), "المشكلة").lemma
    'مُشْكِلَة'
    >>> citation_lemma_ar(W("", "قَاض", root="قضي", pattern="فَاعِل", pos_coarse="NOUN"), "القاضي").lemma
    'قَاضِي'
    >>> citation_lemma_ar(W("", "مُسَاعَدَة", pos="اسم/مصدر أصلي", pos_coarse="ADJ"), "مساعدة").lemma
    'مُسَاعَدَة'
    """
    lemma = reading.lemma
    bare = dediac_ar(lemma)
    coarse = reading.pos_coarse
    known = known_lemma or (lambda _: True)
    if coarse == "ADJ":
        if bare in FEMININE_ELATIVES:
            lemma = FEMININE_ELATIVES[bare]
        elif bare.endswith("ة") and len(bare) > 3 and not any(kind in reading.pos for kind in _NOT_ADJECTIVAL):
            lemma = lemma[:-1].rstrip(_FATHA)
    elif coarse == "NOUN":
        written = _bare_host(host)
        feminine = lemma + _FATHA + "ة"
        if _feminine_host(host, bool(reading.enclitics)) and not bare.endswith(("ة", "ى", "ا", "اء")) and written == bare + "ة":
            lemma = feminine if known(feminine) else lemma
    if coarse in ("NOUN", "ADJ") and _defective(reading, dediac_ar(lemma)) and known(lemma + _KASRA + "ي"):
        lemma = lemma + _KASRA + "ي"
    return reading if lemma == reading.lemma else replace(reading, lemma=lemma)


def _defective(reading: WordAnalysis, bare: str) -> bool:
    """A lemma that lost the weak last radical its pattern has (قَاض: root قضي, pattern فَاعِل)."""
    root = reading.root
    pattern = dediac_ar(reading.pattern)
    pattern = pattern[:-1] if pattern.endswith("ة") else pattern
    return (
        len(root) == 3
        and root[2] in _WEAK
        and len(bare) >= 3
        and bare.endswith(root[1])
        and pattern.endswith("ل")
        and len(pattern) == len(bare) + 1
    )

