"""How a CAMeL Tools analysis becomes a :class:`~helpers.morphology.base.WordAnalysis`.

:class:`~helpers.morphology.camel_backend.CamelBackend` runs CAMeL's analyzer and turns each
analysis dict into the kit's record with :func:`camel_analysis_to_word`:

- ``diacritized`` ← ``diac``; ``lemma`` ← ``lex``; ``pos`` ← ``pos``;
  ``pos_coarse`` ← :func:`camel_pos_coarse`;
- ``root`` ← ``root`` without its dots (``ح.و.ر`` → ``حور``, :func:`camel_root`);
- ``pattern`` ← the *stem's* part of CAMeL's word pattern, root digits written with ف ع ل
  (``وَال1ِ2َا3`` for وَالحِوَار → ``فِعَال``, :func:`camel_stem_pattern`, :func:`camel_pattern_to_wazn`);
- ``proclitics`` ← ``prc3``, ``prc2``, ``prc1``, ``prc0`` (outermost first) and ``enclitics`` ←
  ``enc0`` (then ``enc1``, ``enc2`` in dialect databases), through :data:`CAMEL_CLITICS_AR`;
- ``gloss`` ← ``stemgloss`` (the stem's English gloss, ``_`` read as a space);
- ``score`` ← ``pos_lex_logprob`` (else ``lex_logprob``, else -99): log10 of how often the
  pair (part of speech, lemma) occurs in CAMeL's training data.

These functions are pure: nothing here imports ``camel_tools``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from helpers.morphology.base import COARSE_POS, WordAnalysis

__all__ = [
    "CAMEL_CLITICS_AR",
    "CAMEL_POS_COARSE",
    "camel_analysis_to_word",
    "camel_clitic_ar",
    "camel_pattern_to_wazn",
    "camel_pos_coarse",
    "camel_root",
    "camel_stem_pattern",
]

#: CAMeL part-of-speech tags → coarse (Universal Dependencies-style) tags. ``verb_pseudo`` is
#: إنّ and its sisters (UD splits them between PART and SCONJ); punctuation, interjections,
#: abbreviations and Latin-script words have no coarse tag of their own and become ``X``.
CAMEL_POS_COARSE: dict[str, str] = {
    "noun": "NOUN",
    "noun_quant": "NOUN",
    "noun_prop": "PROPN",
    "noun_num": "NUM",
    "adj_num": "NUM",
    "digit": "NUM",
    "adj": "ADJ",
    "adj_comp": "ADJ",
    "verb": "VERB",
    "verb_pseudo": "PART",
    "adv": "ADV",
    "adv_interrog": "ADV",
    "adv_rel": "ADV",
    "pron": "PRON",
    "pron_dem": "PRON",
    "pron_exclam": "PRON",
    "pron_interrog": "PRON",
    "pron_rel": "PRON",
    "prep": "ADP",
    "conj": "CCONJ",
    "conj_sub": "SCONJ",
    "sub_conj": "SCONJ",
    "abbrev": "X",
    "interj": "X",
    "punc": "X",
    "latin": "X",
    "foreign": "X",
}

_PERSONS = {
    "1s": "ي", "1p": "نا",
    "2ms": "ك", "2fs": "ك", "2d": "كما", "2mp": "كم", "2fp": "كن", "2p": "كم",
    "3ms": "ه", "3fs": "ها", "3d": "هما", "3mp": "هم", "3fp": "هن", "3p": "هم",
}  # fmt: skip

#: CAMeL clitic values → the clitic as written in Arabic. Pronominal enclitics
#: (``<person><gender><number>_poss|_dobj|_pron``) follow :data:`_PERSONS`, except the 1st person
#: singular object, ``ني``. Values not listed (rare dialectal ones) are kept as CAMeL writes them.
CAMEL_CLITICS_AR: dict[str, str] = {
    # prc3: question
    ">a_ques": "أ",
    # prc2: conjunctions
    "wa_conj": "و", "wa_part": "و", "wa_sub": "و",
    "fa_conj": "ف", "fa_conn": "ف", "fa_rc": "ف", "fa_sub": "ف",
    # prc1: prepositions and particles
    "bi_prep": "ب", "bi_part": "ب", "bi_prog": "ب",
    "li_prep": "ل", "li_jus": "ل", "li_sub": "ل", "la_emph": "ل", "la_rc": "ل", "la_prep": "ل",
    "ka_prep": "ك", "sa_fut": "س", "ta_prep": "ت", "wa_prep": "و",
    "fiy_prep": "في", "min_prep": "من", "EalaY_prep": "على", "Ea_prep": "ع", "Ha_fut": "ح",
    "hA_dem": "ها", "yA_voc": "يا", "wA_voc": "وا",
    # prc0: article and negation
    "Al_det": "ال", "lA_neg": "لا", "mA_neg": "ما", "ma_neg": "ما", "mA_part": "ما", "mA_rel": "ما",
    # enc0: pronouns (see _PERSONS) and particles
    "1s_dobj": "ني",
    **{f"{person}_{role}": form for person, form in _PERSONS.items() for role in ("poss", "pron") if person != "1s"},
    **{f"{person}_dobj": form for person, form in _PERSONS.items() if person != "1s"},
    "1s_poss": "ي", "1s_pron": "ي",
    "ma_interrog": "ما", "mA_interrog": "ما", "ma_rel": "ما", "ma_sub": "ما", "mA_sub": "ما",
    "man_interrog": "من", "man_rel": "من",
}  # fmt: skip

_NO_CLITIC = frozenset({"", "0", "na", "-"})
_PROCLITIC_FEATS = ("prc3", "prc2", "prc1", "prc0")
_ENCLITIC_FEATS = ("enc0", "enc1", "enc2")
_ARABIC_LETTERS = re.compile("[\u0621-\u063a\u0641-\u064a\u0671]+")
_DIACRITIC = re.compile("[\u064b-\u0652\u0670]")
_WAZN = str.maketrans({"1": "ف", "2": "ع", "3": "ل", "4": "ل"})


def camel_root(root: str | None) -> str:
    """Return a CAMeL root without its dots; ``""`` for placeholders such as ``DIGIT`` or ``NTWS``.

    >>> camel_root("ح.و.ر"), camel_root("ق.و.ي"), camel_root("DIGIT"), camel_root("")
    ('حور', 'قوي', '', '')
    """
    letters = (root or "").replace(".", "")
    return letters if _ARABIC_LETTERS.fullmatch(letters) else ""


def camel_pos_coarse(pos: str | None) -> str:
    """Map a CAMeL part-of-speech tag to one of :data:`~helpers.morphology.base.COARSE_POS`.

    >>> [camel_pos_coarse(p) for p in ("noun", "noun_prop", "adj", "verb", "prep", "conj", "conj_sub")]
    ['NOUN', 'PROPN', 'ADJ', 'VERB', 'ADP', 'CCONJ', 'SCONJ']
    >>> [camel_pos_coarse(p) for p in ("pron_dem", "part_neg", "adv_rel", "digit", "noun_num", "punc", "???")]
    ['PRON', 'PART', 'ADV', 'NUM', 'NUM', 'X', 'X']
    """
    tag = (pos or "").lower()
    if tag in CAMEL_POS_COARSE:
        return CAMEL_POS_COARSE[tag]
    for start, coarse in (("part", "PART"), ("pron", "PRON"), ("adv", "ADV")):
        if tag.startswith(start):
            return coarse
    return "X"


def camel_clitic_ar(value: str | None) -> str:
    """Return a CAMeL clitic value as Arabic letters (``""`` for none; unknown values unchanged).

    >>> [camel_clitic_ar(v) for v in ("wa_conj", "Al_det", "bi_prep", ">a_ques", "sa_fut")]
    ['و', 'ال', 'ب', 'أ', 'س']
    >>> [camel_clitic_ar(v) for v in ("3d_poss", "3ms_dobj", "1s_dobj", "1s_poss", "0", "na", "xyz_new")]
    ['هما', 'ه', 'ني', 'ي', '', '', 'xyz_new']
    """
    text = (value or "").strip()
    if text in _NO_CLITIC:
        return ""
    return CAMEL_CLITICS_AR.get(text, text)


def _clitics(analysis: Mapping[str, Any], feats: Sequence[str]) -> tuple[str, ...]:
    forms = (camel_clitic_ar(analysis.get(feat)) for feat in feats)
    return tuple(form for form in forms if form)


def camel_stem_pattern(pattern: str | None, stem: str | None) -> str:
    """Cut the stem's pattern out of CAMeL's word pattern (prefix + stem pattern + suffix).

    CAMeL writes the pattern of the whole word; the stem's pattern is the stretch as long as the
    diacritized stem that matches it letter for letter, root digits matching any letter. When no
    stretch matches, the whole pattern is returned.

    >>> camel_stem_pattern("وَال1ِ2َا3", "حِوَار"), camel_stem_pattern("المِ1ْ2َ3ِيّ" + "َة", "مِحْوَرِيّ")
    ('1ِ2َا3', 'مِ1ْ2َ3ِيّ')
    >>> camel_stem_pattern("ال1َ2ْ3َة", "")
    'ال1َ2ْ3َة'
    """
    full = pattern or ""
    stem = stem or ""
    digits = [i for i, char in enumerate(full) if char in "1234"]
    if not stem or not digits or len(stem) > len(full):
        return full
    for start in range(0, min(digits[0], len(full) - len(stem)) + 1):
        window = full[start : start + len(stem)]
        if start + len(stem) <= digits[-1]:
            continue
        if all(p == s or (p in "1234" and not _DIACRITIC.match(s)) for p, s in zip(window, stem)):
            return window
    return full


def camel_pattern_to_wazn(pattern: str | None) -> str:
    """Write a CAMeL pattern with ف ع ل for the root digits (``""`` if it has no root digit).

    >>> camel_pattern_to_wazn("1ِ2َا3"), camel_pattern_to_wazn("مِ1ْ2َ3"), camel_pattern_to_wazn("1َ2ْ3َ4")
    ('فِعَال', 'مِفْعَل', 'فَعْلَل')
    >>> camel_pattern_to_wazn("بَغْدَاد"), camel_pattern_to_wazn("backoff")
    ('', '')
    """
    text = pattern or ""
    if not any(char in "1234" for char in text):
        return ""
    return text.translate(_WAZN)


def _score(analysis: Mapping[str, Any]) -> float:
    for key in ("pos_lex_logprob", "lex_logprob"):
        value = analysis.get(key)
        if value is None:
            continue
        try:
            return float(value)
        except (TypeError, ValueError):
            continue
    return -99.0


def camel_analysis_to_word(analysis: Mapping[str, Any]) -> WordAnalysis:
    """Turn one CAMeL Tools analysis dict into a :class:`~helpers.morphology.base.WordAnalysis`.

    >>> camel_analysis_to_word({"diac": "وَالحِوَار", "lex": "حِوَار", "root": "ح.و.ر", "pattern": "وَال1ِ2َا3",
    ...     "stem": "حِوَار", "pos": "noun", "prc2": "wa_conj", "prc1": "0", "prc0": "Al_det", "enc0": "0",
    ...     "stemgloss": "dialogue;conversation", "pos_lex_logprob": -3.2})
    WordAnalysis(diacritized='وَالحِوَار', lemma='حِوَار', root='حور', pattern='فِعَال', pos='noun',
        pos_coarse='NOUN', proclitics=('و', 'ال'), enclitics=(), gloss='dialogue;conversation', score=-3.2)
    """
    backoff = analysis.get("source") == "backoff"
    diac = str(analysis.get("diac") or "")
    gloss = str(analysis.get("stemgloss") or analysis.get("gloss") or "")
    if backoff or gloss == "NOAN":
        gloss = ""
    stem_pattern = camel_stem_pattern(analysis.get("pattern"), analysis.get("stem"))
    pattern = "" if backoff else camel_pattern_to_wazn(stem_pattern)
    pos = str(analysis.get("pos") or "")
    coarse = camel_pos_coarse(pos)
    return WordAnalysis(
        diacritized=diac,
        lemma=str(analysis.get("lex") or diac),
        root=camel_root(analysis.get("root")),
        pattern=pattern,
        pos=pos,
        pos_coarse=coarse if coarse in COARSE_POS else "X",
        proclitics=_clitics(analysis, _PROCLITIC_FEATS),
        enclitics=_clitics(analysis, _ENCLITIC_FEATS),
        gloss=gloss.replace("_", " "),
        score=_score(analysis),
    )
