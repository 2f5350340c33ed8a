"""Write a tiny morphology database in CAMeL Tools' text format.

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

The default affixes, stems and tables are in :mod:`helpers.morphology.camel_db_entries`; the
catalogue that points CAMeL Tools to a database is written by
:mod:`helpers.morphology.camel_catalogue`.

Importing this module never imports ``camel_tools.data`` (nothing here downloads anything).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from helpers.morphology.camel_db_entries import (
    _NOAN_STEM,
    DEFAULT_PREFIXES,
    DEFAULT_SUFFIXES,
    DEFAULT_TABLE_AB,
    DEFAULT_TABLE_AC,
    DEFAULT_TABLE_BC,
    EXAMPLE_STEMS,
    CamelAffix,
    CamelStem,
)

__all__ = [
    "camel_db_key",
    "derive_camel_pattern",
    "write_camel_db",
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
