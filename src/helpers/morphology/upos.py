"""The kit's parts of speech as Universal Dependencies UPOS, and how they are compared to a treebank.

**The kit's tags.** Every backend maps its own tag to one of
:data:`~helpers.morphology.base.COARSE_POS` (farahidi: :data:`~helpers.morphology.farahidi_backend.NOUN_TYPES`
and :func:`~helpers.morphology.farahidi_backend.coarse_pos`; CAMeL:
:data:`~helpers.morphology.camel_analyses.CAMEL_POS_COARSE`; the closed-class table: its ``upos``
column). Those names are UD v2 UPOS tags, so :func:`upos_ar` is the identity on them, with one
refinement: a demonstrative (``PRON`` with a demonstrative lemma) directly before a word with the
article is a determiner, ``DET`` (هذا الاتفاق), as in UD.

**Comparing with UD v1 treebanks.** The 2016 PADT release (UD v1) differs from UD v2 in ways that
are conventions, not errors; :func:`upos_matches` accepts, in ``strict`` mode, exactly:

==============================  ===============================  ====================================
gold (UD v1)                    kit tags accepted                why
==============================  ===============================  ====================================
``CONJ``                        ``CCONJ``, ``SCONJ``             v1 had one tag for both
``X`` with XPOS ``U-``/``X-``   ``PROPN``, ``X``                 words ElixirFM did not know or
                                                                 marked foreign: names (v2: PROPN)
``NOUN`` with a capitalised     ``NOUN``, ``PROPN``              a name in ElixirFM's lexicon
gloss (``Gloss=Baghdad``)                                        (بغداد; v2: PROPN)
anything else                   the same tag                     -
==============================  ===============================  ====================================

``lenient`` mode also merges NOUN/PROPN/X, DET/PRON and AUX/VERB.

**Tag conventions** (``conventions=True``, with the gold lemma): some words are tagged by another
convention in PADT than in UD v2 and the kit, the same word read the same way. They are counted
apart from the strict figure, so that the strict figure keeps its meaning across versions:

==============================  ===============================  ====================================
gold (PADT, UD v1)              kit tag accepted                 why
==============================  ===============================  ====================================
``NOUN``                        ``ADV``                          adverbial accusatives filed by
                                                                 their class (الآن, جدا, أبدا)
``ADJ``, lemma أي               ``DET``                          أيّ "any, which": v2 DET
``DET``, lemma ما               ``PRON``                         ما "what": a pronoun in v2
==============================  ===============================  ====================================
"""

from __future__ import annotations

__all__ = ["DEMONSTRATIVES_AR", "UPOS_TAGS", "upos_ar", "upos_matches"]

#: The 17 UD v2 UPOS tags.
UPOS_TAGS = (
    "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN",
    "PUNCT", "SCONJ", "SYM", "VERB", "X",
)  # fmt: skip

#: Demonstrative lemmas (no diacritics) that become DET before a definite word.
DEMONSTRATIVES_AR = frozenset("هذا هذه هذان هذين هاتان هاتين هؤلاء ذلك تلك ذاك أولئك".split())

# (gold, kit) tag pairs accepted as conventions: for the gold lemmas listed, or any when none is
_CONVENTIONS: dict[tuple[str, str], frozenset[str]] = {
    ("NOUN", "ADV"): frozenset(),
    ("ADJ", "DET"): frozenset({"أي"}),
    ("DET", "PRON"): frozenset({"ما"}),
}
_LENIENT = ({"NOUN", "PROPN", "X"}, {"DET", "PRON"}, {"AUX", "VERB"}, {"CCONJ", "SCONJ", "CONJ"})


def upos_ar(pos_coarse: str, *, lemma: str = "", next_word: str = "", pos: str = "") -> str:
    """Return the UD v2 UPOS tag of a kit row (see the module notes).

    Args:
        pos_coarse: the row's ``pos_coarse``.
        lemma: its lemma without diacritics (for demonstratives).
        next_word: the next word token as written ("" at the end of a stretch).
        pos: the row's own ``pos``; the closed-class table's label carries its UPOS
            (``closed-class/DET`` for أيّ, which ``pos_coarse`` can only call PRON).

    >>> upos_ar("NOUN"), upos_ar("PRON", lemma="هذا", next_word="الاتفاق"), upos_ar("PRON", lemma="هذا")
    ('NOUN', 'DET', 'PRON')
    """
    if pos.startswith("closed-class/") and pos.split("/", 1)[1] in UPOS_TAGS:
        pos_coarse = pos.split("/", 1)[1]
    if pos_coarse == "PRON" and lemma in DEMONSTRATIVES_AR and next_word.startswith(("ال", "وال")):
        return "DET"
    return pos_coarse if pos_coarse in UPOS_TAGS else "X"


def upos_matches(
    kit: str, gold: str, *, xpos: str = "", gloss: str = "", strict: bool = True, conventions: bool = False, lemma: str = ""
) -> bool:
    """Whether a kit UPOS tag counts as right against a gold tag (UD v1 or v2; see the module table).

    ``conventions`` also accepts the tag conventions of the module notes (``lemma``: the gold
    lemma without diacritics).

    >>> upos_matches("SCONJ", "CONJ"), upos_matches("PROPN", "X", xpos="U---------"), upos_matches("PROPN", "NOUN")
    (True, True, False)
    >>> upos_matches("PROPN", "NOUN", gloss="Baghdad"), upos_matches("PRON", "DET"), upos_matches("PRON", "DET", strict=False)
    (True, False, True)
    >>> upos_matches("PRON", "DET", lemma="ما"), upos_matches("PRON", "DET", lemma="ما", conventions=True)
    (False, True)
    """
    if kit == gold:
        return True
    if gold == "CONJ" and kit in ("CCONJ", "SCONJ"):
        return True
    if gold == "X" and xpos[:2] in ("U-", "X-") and kit in ("PROPN", "X"):
        return True
    if gold == "NOUN" and kit == "PROPN" and gloss[:1].isupper():
        return True
    if conventions and (gold, kit) in _CONVENTIONS and (not _CONVENTIONS[(gold, kit)] or lemma in _CONVENTIONS[(gold, kit)]):
        return True
    if not strict:
        return any(kit in group and gold in group for group in _LENIENT)
    return False
