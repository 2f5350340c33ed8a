"""What a tiny CAMeL-format database holds: affixes, stems and the tables that combine them.

:class:`CamelAffix` and :class:`CamelStem` are the lines that
:func:`helpers.morphology.camel_db.write_camel_db` writes; the defaults below make a database for a
handful of words from the case study.

The default affixes are Ø, ``و``, ``ال``, ``وال``, ``ب``, ``بال`` (prefixes) and Ø, ``ة``,
``ات``, ``هما`` (suffixes); the stem categories are ``N`` (nouns without ``ة``), ``N-ap`` (nouns
whose stem takes ``ة``), ``ADJ``, ``NP`` (proper nouns), ``PREP`` (prepositions). The log
probabilities in :data:`EXAMPLE_STEMS` are made up for teaching: they only order the readings.

>>> [affix.category for affix in DEFAULT_PREFIXES]
['P-0', 'P-wa', 'P-Al', 'P-waAl', 'P-bi', 'P-biAl']
>>> ("P-Al", "N") in DEFAULT_TABLE_AB, ("P-Al", "NP") in DEFAULT_TABLE_AB  # no article on a name
(True, False)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

__all__ = [
    "CamelAffix",
    "CamelStem",
    "DEFAULT_PREFIXES",
    "DEFAULT_SUFFIXES",
    "DEFAULT_TABLE_AB",
    "DEFAULT_TABLE_BC",
    "DEFAULT_TABLE_AC",
    "EXAMPLE_STEMS",
]


@dataclass(frozen=True)
class CamelAffix:
    """One prefix or suffix line.

    Attributes:
        diac: the affix with diacritics as it is glued to the stem (``"وَ"``, ``"َة"``; ``""`` for Ø).
            A trailing ``#`` after the article (``"ال#"``) lets CAMeL Tools write the shadda of
            sun letters (``ال#`` + ``تَ`` → ``التَّ``) and disappears otherwise.
        category: its category in the compatibility tables.
        features: the features it sets (``prc2``, ``prc0``, ``stt``, ``enc0``, ``gen``, ``num`` ...),
            plus ``bw`` and ``gloss`` pieces that are joined to the stem's with ``+``.
    """

    diac: str
    category: str
    features: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class CamelStem:
    """One stem line.

    Attributes:
        diac: the stem with diacritics, without its inflectional suffix (``"جَوْل"`` for جَوْلَة).
        lex: the lemma (dictionary form), with diacritics; no ``_`` or ``-`` (CAMeL cuts there).
        pos: CAMeL part-of-speech tag (``noun``, ``noun_prop``, ``adj``, ``prep``, ``verb`` ...).
        category: stem category in the compatibility tables (``N``, ``N-ap``, ``ADJ``, ``NP``, ``PREP``).
        root: root letters, plain (``"حور"``) or dotted (``"ح.و.ر"``); ``""`` for none.
        pattern: CAMeL pattern of the stem, root letters written 1, 2, 3, 4 (``"1ِ2َا3"``); derived
            from ``diac`` and ``root`` by :func:`derive_camel_pattern` when empty.
        gloss: English gloss; spaces are written as ``_``.
        logprob: log10 probability used for ``pos_logprob``, ``lex_logprob`` and ``pos_lex_logprob``
            (higher = preferred reading).
        features: other feature values overriding the part of speech's defaults (``gen``, ``num`` ...).
    """

    diac: str
    lex: str
    pos: str
    category: str
    root: str = ""
    pattern: str = ""
    gloss: str = ""
    logprob: float = -4.0
    features: Mapping[str, str] = field(default_factory=dict)


_AL = {"prc0": "Al_det", "stt": "d"}

#: Prefixes: Ø, و, ال, وال, ب, بال.
DEFAULT_PREFIXES: tuple[CamelAffix, ...] = (
    CamelAffix("", "P-0"),
    CamelAffix("وَ", "P-wa", {"prc2": "wa_conj", "bw": "wa/CONJ", "gloss": "and"}),
    CamelAffix("ال#", "P-Al", {**_AL, "bw": "Al/DET", "gloss": "the"}),
    CamelAffix("وَال#", "P-waAl", {"prc2": "wa_conj", **_AL, "bw": "wa/CONJ+Al/DET", "gloss": "and+the"}),
    CamelAffix("بِ", "P-bi", {"prc1": "bi_prep", "cas": "g", "bw": "bi/PREP", "gloss": "with"}),
    CamelAffix("بِال#", "P-biAl", {"prc1": "bi_prep", **_AL, "cas": "g", "bw": "bi/PREP+Al/DET", "gloss": "with+the"}),
)

#: Suffixes: Ø, ة (feminine singular), ات (feminine plural), هما (possessive "their (two)").
DEFAULT_SUFFIXES: tuple[CamelAffix, ...] = (
    CamelAffix("", "S-0"),
    CamelAffix("َة", "S-ap", {"gen": "f", "num": "s", "bw": "ap/NSUFF_FEM_SG"}),
    CamelAffix("َات", "S-At", {"gen": "f", "num": "p", "bw": "At/NSUFF_FEM_PL"}),
    CamelAffix("هُمَا", "S-hmA", {"enc0": "3d_poss", "stt": "c", "bw": "humA/POSS_PRON_3D", "gloss": "their_(two)"}),
)

_ALL_PREFIX_CATS = tuple(a.category for a in DEFAULT_PREFIXES)
_NO_AL = ("P-0", "P-wa", "P-bi")

#: Prefix category → stem category: the article only goes with nouns and adjectives.
DEFAULT_TABLE_AB: tuple[tuple[str, str], ...] = (
    *((p, s) for s in ("N", "N-ap", "ADJ") for p in _ALL_PREFIX_CATS),
    *((p, "NP") for p in _NO_AL),
    *((p, "PREP") for p in ("P-0", "P-wa")),
    *((p, "NOAN-PROP") for p in _NO_AL),
)

#: Stem category → suffix category.
DEFAULT_TABLE_BC: tuple[tuple[str, str], ...] = (
    ("N", "S-0"), ("N", "S-At"), ("N", "S-hmA"),
    ("N-ap", "S-ap"), ("N-ap", "S-At"),
    ("ADJ", "S-0"), ("ADJ", "S-ap"), ("ADJ", "S-At"),
    ("NP", "S-0"), ("PREP", "S-0"), ("NOAN-PROP", "S-0"),
)

#: Prefix category → suffix category: everything except the article with a possessive.
DEFAULT_TABLE_AC: tuple[tuple[str, str], ...] = tuple(
    (p.category, s.category)
    for p in DEFAULT_PREFIXES
    for s in DEFAULT_SUFFIXES
    if not (s.category == "S-hmA" and "prc0" in p.features)
)

#: A few stems from the case study (حوار، محور، محوري، جولة، مفاوضة، استراتيجي، بغداد، حول).
EXAMPLE_STEMS: tuple[CamelStem, ...] = (
    CamelStem("حِوَار", "حِوَار", "noun", "N", root="حور", gloss="dialogue;conversation", logprob=-3.2),
    CamelStem("مِحْوَر", "مِحْوَر", "noun", "N", root="حور", gloss="axis;pivot", logprob=-3.9),
    CamelStem("مِحْوَرِيّ", "مِحْوَرِيّ", "adj", "ADJ", root="حور", gloss="pivotal;central", logprob=-4.3),
    CamelStem("جَوْل", "جَوْلَة", "noun", "N-ap", root="جول", gloss="round;tour", logprob=-3.6),
    CamelStem("مُفَاوَض", "مُفَاوَضَة", "noun", "N-ap", root="فوض", gloss="negotiation", logprob=-3.8),
    CamelStem("اِسْتِرَاتِيجِيّ", "اِسْتِرَاتِيجِيّ", "adj", "ADJ", gloss="strategic", logprob=-3.7),
    CamelStem("بَغْدَاد", "بَغْدَاد", "noun_prop", "NP", gloss="Baghdad", logprob=-3.5),
    CamelStem("حَوْلَ", "حَوْلَ", "prep", "PREP", root="حول", gloss="around;about", logprob=-2.6),
    CamelStem("حَوْل", "حَوْل", "noun", "N", root="حول", gloss="power;year", logprob=-4.6),
)

_NOAN_STEM = CamelStem("NOAN", "NOAN", "noun_prop", "NOAN-PROP", pattern="NOAN", gloss="NOAN", logprob=-10.0)
