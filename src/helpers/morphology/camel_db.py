"""Write a tiny morphology database in CAMeL Tools' text format, and a catalogue that points to it.

CAMeL Tools' analyzer is a lookup machine: it cuts a word into prefix + stem + suffix in every
possible way, looks each piece up in three lists, and keeps the combinations whose *categories*
three compatibility tables allow. :func:`write_camel_db` writes such a database for a handful of
stems, so that ``camel_tools.morphology.analyzer.Analyzer`` can run on it (in the tests, and in
notebook 03's "inside an analyzer" exercise) without downloading the real CALIMA-Star databases.

The file ``morphology.db`` is UTF-8 text in sections, in this order (what
``camel_tools.morphology.database.MorphologyDB`` 1.6 requires):

``###DEFINES###``
    ``DEFINE feat feat:value feat:value ...`` for every feature, or ``DEFINE feat feat:*open*``
    for open-class features (``diac``, ``lex``, ``gloss``, ``root``, log-probabilities ...).
``###DEFAULTS###``
    ``DEFAULT pos:noun prc0:0 ...`` one line per part of speech (``*`` = no value). The analyzer
    copies the ``digit``, ``punc`` and ``latin`` lines for numbers, punctuation and Latin-script
    words, so those three must be there.
``###ORDER###``
    ``ORDER feat feat ...``; a ``pattern`` listed here makes the analyzer compute each analysis's
    pattern as prefix diacritization + stem pattern + suffix diacritization.
``###TOKENIZATIONS###``
    ``TOKENIZATION feat ...`` naming tokenization features (none here: the section is empty).
``###STEMBACKOFF###``
    ``STEMBACKOFF PROP cat ...``: the stem categories the ``NOAN_PROP``/``ADD_PROP`` backoff modes
    may use for unknown words (the stems themselves are ``NOAN`` entries in ``###STEMS###``).
    The header is required even when the section is empty: the tokenization section ends there.
``###PREFIXES###``, ``###SUFFIXES###``, ``###STEMS###``
    ``key<TAB>category<TAB>feat:value feat:value ...``. The key is the *normalized, undiacritized*
    form (the analyzer normalizes the input word, e.g. ``ة`` → ``ه``, ``أ`` → ``ا``, before looking
    pieces up), the category links the entry to the tables, and values contain no spaces. A stem
    line must carry every feature of an analysis: prefixes and suffixes only *override* features
    the stem already has (their ``diac``, ``bw`` and ``gloss`` are concatenated instead).
``###TABLE AB###``, ``###TABLE BC###``, ``###TABLE AC###``
    ``category category`` pairs: which prefix categories go with which stem categories (AB),
    stems with suffixes (BC), prefixes with suffixes (AC). A combination needs all three.
    Every prefix category must appear in table AB, or the analyzer raises ``KeyError``.

The ``###POSTAGCLITIC###`` section of some newer databases is *not* read by camel-tools 1.6:
between ``###TOKENIZATIONS###`` and ``###STEMBACKOFF###`` it would be parsed as a tokenization
line and rejected, so this writer never emits it.

The default affixes are Ø, ``و``, ``ال``, ``وال``, ``ب``, ``بال`` (prefixes) and Ø, ``ة``,
``ات``, ``هما`` (suffixes); the stem categories are ``N`` (nouns without ``ة``), ``N-ap`` (nouns
whose stem takes ``ة``), ``ADJ``, ``NP`` (proper nouns), ``PREP`` (prepositions). The log
probabilities in :data:`EXAMPLE_STEMS` are made up for teaching: they only order the readings.

Importing this module never imports ``camel_tools.data`` (nothing here downloads anything).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

__all__ = [
    "CamelAffix",
    "CamelStem",
    "DEFAULT_PREFIXES",
    "DEFAULT_SUFFIXES",
    "DEFAULT_TABLE_AB",
    "DEFAULT_TABLE_BC",
    "DEFAULT_TABLE_AC",
    "EXAMPLE_STEMS",
    "camel_db_key",
    "derive_camel_pattern",
    "write_camel_db",
    "write_camel_catalogue",
]

_DIACRITICS = re.compile("[\u064b-\u0652\u0670]")
# The analyzer's default normalization (camel_tools.morphology.analyzer.DEFAULT_NORMALIZE_MAP).
_NORMALIZE = str.maketrans({"\u0625": "\u0627", "\u0623": "\u0627", "\u0622": "\u0627", "\u0671": "\u0627",
                            "\u0649": "\u064a", "\u0629": "\u0647", "\u0640": None})
_ARABIC_LETTER = re.compile("[\u0621-\u063a\u0641-\u064a\u0671]")

#: Closed-class features and their values (what the DEFINES section lists).
_CLOSED = {
    "pos": ("noun", "noun_prop", "noun_num", "noun_quant", "adj", "adj_comp", "adj_num", "adv", "adv_interrog",
            "adv_rel", "pron", "pron_dem", "pron_exclam", "pron_interrog", "pron_rel", "verb", "verb_pseudo",
            "part", "part_dem", "part_det", "part_focus", "part_fut", "part_interrog", "part_neg",
            "part_restrict", "part_verb", "part_voc", "prep", "abbrev", "punc", "conj", "conj_sub", "interj",
            "digit", "latin"),
    "prc3": ("0", "na", ">a_ques"),
    "prc2": ("0", "na", "wa_conj", "fa_conj"),
    "prc1": ("0", "na", "bi_prep", "li_prep", "ka_prep"),
    "prc0": ("0", "na", "Al_det"),
    "per": ("1", "2", "3", "na"),
    "asp": ("c", "i", "p", "na"),
    "vox": ("a", "p", "u", "na"),
    "mod": ("i", "j", "s", "u", "na"),
    "gen": ("f", "m", "na"),
    "num": ("s", "d", "p", "u", "na"),
    "stt": ("c", "d", "i", "u", "na"),
    "cas": ("n", "a", "g", "u", "na"),
    "enc0": ("0", "na", "3d_poss", "3ms_poss", "3fs_poss", "3mp_poss"),
}
_OPEN = ("diac", "lex", "bw", "gloss", "root", "pattern", "pos_logprob", "lex_logprob", "pos_lex_logprob")
_ORDER = ("diac", "lex", "bw", "gloss", "pos", "prc3", "prc2", "prc1", "prc0", "per", "asp", "vox", "mod",
          "gen", "num", "stt", "cas", "enc0", "root", "pattern", "pos_logprob", "lex_logprob", "pos_lex_logprob")
_NOMINAL = {"prc3": "0", "prc2": "0", "prc1": "0", "prc0": "0", "per": "na", "asp": "na", "vox": "na",
            "mod": "na", "gen": "m", "num": "s", "stt": "i", "cas": "u", "enc0": "0"}
_PARTICLE = {**_NOMINAL, "gen": "na", "num": "na", "stt": "na", "cas": "na"}
_VERBAL = {**_NOMINAL, "per": "3", "asp": "p", "vox": "a", "mod": "i", "stt": "na", "cas": "na", "enc0": "0"}


def _defaults_for(pos: str) -> dict[str, str]:
    if pos == "verb":
        return dict(_VERBAL)
    if pos.startswith(("noun", "adj")) or pos in {"digit", "abbrev"}:
        return dict(_NOMINAL)
    return dict(_PARTICLE)


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


def camel_db_key(diac: str) -> str:
    """Return the lookup key of a diacritized form: undiacritized and normalized like the analyzer's input.

    >>> camel_db_key("جَوْلَة"), camel_db_key("أَمْرِيكِيّ"), camel_db_key("مَبْنَى")
    ('جوله', 'امريكي', 'مبني')
    """
    return _DIACRITICS.sub("", diac).replace("#", "").translate(_NORMALIZE)


def _radicals(root: str) -> list[str]:
    return [letter for letter in root if letter != "."]


def derive_camel_pattern(diac: str, root: str) -> str | None:
    """Write a stem's CAMeL pattern: its root letters, left to right, replaced by 1, 2, 3, 4.

    Greedy: each root letter is matched at its first occurrence after the previous one, so pass
    the pattern explicitly when that goes wrong (assimilated or weak radicals, e.g. اِتِّفَاق).

    Returns:
        The pattern, or ``None`` if the root's letters are not all found in order.

    >>> derive_camel_pattern("مِحْوَر", "ح.و.ر"), derive_camel_pattern("حِوَار", "حور")
    ('مِ1ْ2َ3', '1ِ2َا3')
    >>> derive_camel_pattern("اِتِّفَاق", "وفق") is None
    True
    """
    radicals = _radicals(root)
    if not radicals:
        return None
    out, index = [], 0
    for char in diac:
        if index < len(radicals) and char == radicals[index]:
            out.append(str(index + 1))
            index += 1
        else:
            out.append(char)
    return "".join(out) if index == len(radicals) else None


def _value(feature: str, value: object) -> str:
    text = str(value)
    if feature == "gloss":
        text = text.replace(" ", "_")
    if not text and feature not in _OPEN:
        raise ValueError(f"feature {feature!r} needs a value")
    if re.search(r"\s", text):
        raise ValueError(f"{feature} value {text!r} contains whitespace (not allowed in the CAMeL text format)")
    allowed = _CLOSED.get(feature)
    if allowed is not None and text not in allowed:
        raise ValueError(f"{feature} value {text!r} is not one of {', '.join(allowed)}")
    return text


def _features(pairs: Mapping[str, object]) -> str:
    return " ".join(f"{key}:{_value(key, value)}" for key, value in pairs.items())


def _bw(diac: str, pos: str) -> str:
    from camel_tools.utils.charmap import CharMapper  # camel_tools.utils never reaches camel_tools.data

    return f"{CharMapper.builtin_mapper('ar2bw')(diac)}/{pos.upper()}"


def _stem_line(stem: CamelStem) -> str:
    if stem.pos not in _CLOSED["pos"]:
        raise ValueError(f"unknown CAMeL part of speech {stem.pos!r} for {stem.diac}")
    if re.search(r"[_\-]", stem.lex):
        raise ValueError(f"lemma {stem.lex!r} must not contain '_' or '-' (CAMeL Tools cuts lemmas there)")
    radicals = _radicals(stem.root)
    if radicals and not all(_ARABIC_LETTER.fullmatch(letter) for letter in radicals):
        raise ValueError(f"root {stem.root!r} must be Arabic letters, plain or separated by dots")
    pattern = stem.pattern
    if not pattern:
        if radicals:
            derived = derive_camel_pattern(stem.diac, stem.root)
            if derived is None:
                raise ValueError(f"cannot find the root {stem.root} in {stem.diac}: pass pattern= explicitly")
            pattern = derived
        else:
            pattern = stem.diac  # no root: the stem is its own pattern (no radical digits)
    is_backoff = stem.diac == "NOAN"
    feats: dict[str, object] = {
        "diac": stem.diac,
        "lex": stem.lex,
        "bw": "NOAN/NOUN_PROP" if is_backoff else _bw(stem.diac, stem.pos),
        "gloss": stem.gloss,
        "pos": stem.pos,
        **_defaults_for(stem.pos),
        **stem.features,
        "root": ".".join(radicals),
        "pattern": pattern,
        "pos_logprob": stem.logprob,
        "lex_logprob": stem.logprob,
        "pos_lex_logprob": stem.logprob,
    }
    unknown = set(feats) - set(_ORDER)
    if unknown:
        raise ValueError(f"unknown features {sorted(unknown)} for {stem.diac}")
    ordered = {key: feats[key] for key in _ORDER}
    key = "NOAN" if is_backoff else camel_db_key(stem.diac)
    return f"{key}\t{stem.category}\t{_features(ordered)}"


def _affix_line(affix: CamelAffix) -> str:
    feats = {"diac": affix.diac, **affix.features} if affix.diac else dict(affix.features)
    unknown = set(feats) - set(_ORDER)
    if unknown:
        raise ValueError(f"unknown features {sorted(unknown)} for affix {affix.diac!r}")
    return f"{camel_db_key(affix.diac)}\t{affix.category}\t{_features(feats)}"


def _check_tables(
    stems: Sequence[CamelStem],
    prefixes: Sequence[CamelAffix],
    suffixes: Sequence[CamelAffix],
    tables: Mapping[str, Sequence[tuple[str, str]]],
) -> None:
    for name, pairs in tables.items():
        for pair in pairs:
            if len(pair) != 2 or any(not isinstance(c, str) or not c or re.search(r"\s", c) for c in pair):
                raise ValueError(f"table {name}: {pair!r} is not a pair of category names")
    prefix_cats = {a.category for a in prefixes}
    stem_cats = {s.category for s in stems}
    for category in sorted(prefix_cats | stem_cats | {a.category for a in suffixes}):
        if not category or re.search(r"\s", category):
            raise ValueError(f"category {category!r} must be a non-empty name without spaces")
    missing = prefix_cats - {left for left, _ in tables["AB"]}
    if missing:
        listed = ", ".join(sorted(missing))
        raise ValueError(f"table AB must list every prefix category (the analyzer fails otherwise): {listed}")
    for name, side in (("AB", 1), ("BC", 0)):
        missing = stem_cats - {pair[side] for pair in tables[name]}
        if missing:
            listed = ", ".join(sorted(missing))
            raise ValueError(f"table {name} never mentions the stem categories {listed}: those stems cannot be found")


def write_camel_db(
    path: str | os.PathLike[str],
    entries: Iterable[CamelStem] = EXAMPLE_STEMS,
    *,
    prefixes: Sequence[CamelAffix] = DEFAULT_PREFIXES,
    suffixes: Sequence[CamelAffix] = DEFAULT_SUFFIXES,
    table_ab: Sequence[tuple[str, str]] = DEFAULT_TABLE_AB,
    table_bc: Sequence[tuple[str, str]] = DEFAULT_TABLE_BC,
    table_ac: Sequence[tuple[str, str]] = DEFAULT_TABLE_AC,
    proper_noun_backoff: bool = True,
) -> Path:
    """Write a CAMeL Tools morphology database (text format) for a few stems.

    Args:
        path: the file to write (conventionally ``<data dir>/data/morphology_db/<name>/morphology.db``);
            missing parent folders are created.
        entries: the stems (default :data:`EXAMPLE_STEMS`).
        prefixes, suffixes: the affix lists (default :data:`DEFAULT_PREFIXES`, :data:`DEFAULT_SUFFIXES`).
        table_ab, table_bc, table_ac: compatibility pairs prefix→stem, stem→suffix, prefix→suffix.
        proper_noun_backoff: also write a ``NOAN`` stem and a ``STEMBACKOFF PROP`` line, so that the
            analyzer's ``NOAN_PROP``/``ADD_PROP`` backoff modes can guess proper nouns.

    Returns:
        The path written.

    Raises:
        ValueError: on a value CAMeL Tools would reject or misread (unknown tag, whitespace in a
            value, a stem category no table mentions, a root not found in its stem ...).

    >>> import tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     text = write_camel_db(pathlib.Path(folder, "morphology.db")).read_text(encoding="utf-8")
    >>> [line for line in text.splitlines() if line.startswith("###")][:4]
    ['###DEFINES###', '###DEFAULTS###', '###ORDER###', '###TOKENIZATIONS###']
    >>> next(line for line in text.splitlines() if line.startswith("حوار\\t")).split(" ")[:2]
    ['حوار\\tN\\tdiac:حِوَار', 'lex:حِوَار']
    """
    stems = list(entries)
    if not stems:
        raise ValueError("write_camel_db needs at least one stem")
    if proper_noun_backoff:
        stems_out = [*stems, _NOAN_STEM]
    else:
        stems_out = stems
    _check_tables(stems_out, prefixes, suffixes, {"AB": table_ab, "BC": table_bc, "AC": table_ac})

    lines = ["###DEFINES###"]
    for feature in _ORDER:
        if feature in _CLOSED:
            lines.append(f"DEFINE {feature} " + " ".join(f"{feature}:{v}" for v in _CLOSED[feature]))
        else:
            lines.append(f"DEFINE {feature} {feature}:*open*")
    lines.append("###DEFAULTS###")
    for pos in ("noun", "noun_prop", "adj", "verb", "prep", "digit", "punc", "latin"):
        closed = {"pos": pos, **_defaults_for(pos)}
        opened = {name: "*" for name in _OPEN}
        lines.append("DEFAULT " + " ".join(f"{k}:{v}" for k, v in {**closed, **opened}.items()))
    lines += ["###ORDER###", "ORDER " + " ".join(_ORDER), "###TOKENIZATIONS###", "###STEMBACKOFF###"]
    if proper_noun_backoff:
        lines.append(f"STEMBACKOFF PROP {_NOAN_STEM.category}")
    lines.append("###PREFIXES###")
    lines += sorted(_affix_line(a) for a in prefixes)
    lines.append("###SUFFIXES###")
    lines += sorted(_affix_line(a) for a in suffixes)
    lines.append("###STEMS###")
    lines += sorted(_stem_line(s) for s in stems_out)
    for name, pairs in (("AB", table_ab), ("BC", table_bc), ("AC", table_ac)):
        lines.append(f"###TABLE {name}###")
        lines += [f"{left} {right}" for left, right in sorted(set(pairs))]

    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def _relative(path: str | os.PathLike[str], what: str) -> str:
    relative = PurePosixPath(Path(path).as_posix())
    if relative.is_absolute() or ".." in relative.parts or not relative.parts:
        raise ValueError(f"{what} must be a path below <data dir>/data, like 'morphology_db/adl-mini': {path}")
    return relative.as_posix()


def write_camel_catalogue(
    data_dir: str | os.PathLike[str],
    db_relative_path: str | os.PathLike[str],
    *,
    name: str | None = None,
    mle_relative_path: str | os.PathLike[str] | None = None,
    overwrite: bool = False,
) -> Path:
    """Write ``<data_dir>/catalogue.json`` listing one morphology database (and optionally an MLE model).

    With this file in ``$CAMELTOOLS_DATA``, importing ``camel_tools.data`` reads it instead of
    downloading the official catalogue. CAMeL Tools resolves a dataset as
    ``<data_dir>/data/<path>``; a morphology database is the file ``morphology.db`` in that folder,
    an MLE model the file ``model.json``. No packages are listed, so ``camel_data -i`` has
    nothing to install from it.

    Args:
        data_dir: the CAMeL data folder (what ``CAMELTOOLS_DATA`` will point to).
        db_relative_path: the database's folder below ``<data_dir>/data``, e.g. ``"morphology_db/adl-mini"``.
        name: the dataset name (default: the folder's name); it becomes the default MorphologyDB.
        mle_relative_path: folder (below ``<data_dir>/data``) holding an MLE ``model.json`` to list
            as the ``DisambigMLE`` dataset of the same name.
        overwrite: replace an existing, different catalogue.json (never done silently: it may be
            a real CAMeL installation's).

    Returns:
        The path of catalogue.json.

    Raises:
        FileExistsError: if a different catalogue.json is there and ``overwrite`` is false.

    >>> import json, tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     written = write_camel_catalogue(folder, "morphology_db/adl-mini")
    ...     content = json.loads(written.read_text(encoding="utf-8"))
    >>> content["components"]["MorphologyDB"]
    {'default': 'adl-mini', 'datasets': {'adl-mini': {'path': 'morphology_db/adl-mini'}}}
    """
    db_path = _relative(db_relative_path, "db_relative_path")
    dataset = name or PurePosixPath(db_path).name
    components: dict[str, object] = {
        "MorphologyDB": {"default": dataset, "datasets": {dataset: {"path": db_path}}},
    }
    if mle_relative_path is not None:
        mle_path = _relative(mle_relative_path, "mle_relative_path")
        components["DisambigMLE"] = {"default": dataset, "datasets": {dataset: {"path": mle_path}}}
    content = {"version": "1.6", "packages": {}, "components": components}
    text = json.dumps(content, ensure_ascii=False, indent=2) + "\n"

    target = Path(data_dir) / "catalogue.json"
    if target.exists() and not overwrite:
        try:
            same = json.loads(target.read_text(encoding="utf-8")) == content
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            same = False
        if not same:
            raise FileExistsError(f"{target} exists and differs (pass overwrite=True to replace it)")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return target
