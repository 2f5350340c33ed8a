"""CAMeL Tools' morphological analyzer (CALIMA-Star databases) as a :class:`MorphologyBackend`.

``camel_tools`` is imported lazily, only inside :class:`CamelBackend`, and only after checking on
disk that it cannot reach the network: importing ``camel_tools.data`` (which
``camel_tools.morphology`` and ``camel_tools.disambig.mle`` import) loads
``$CAMELTOOLS_DATA/catalogue.json`` (default ``~/.camel_tools/catalogue.json``) and *downloads*
it when it is missing. So the backend first looks, like :func:`helpers.diagnostics.camel_data_status`,
for a catalogue camel-tools can parse and for the database file, and raises
:class:`~helpers.morphology.base.BackendUnavailable` with a one-line install hint otherwise.
(Importing ``camel_tools.data`` also creates an empty ``~/.camel_tools`` folder, even when
``CAMELTOOLS_DATA`` points elsewhere; nothing else is written.)

How a CAMeL analysis becomes a :class:`~helpers.morphology.base.WordAnalysis`:

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
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from helpers.diagnostics import camel_data_status
from helpers.morphology.base import COARSE_POS, BackendUnavailable, WordAnalysis

__all__ = [
    "CAMEL_CLITICS_AR",
    "CAMEL_POS_COARSE",
    "INSTALL_HINT",
    "CamelBackend",
    "camel_analysis_to_word",
    "camel_clitic_ar",
    "camel_pattern_to_wazn",
    "camel_pos_coarse",
    "camel_root",
    "camel_stem_pattern",
]

#: What to do when CAMeL Tools or its data is missing (appended to every BackendUnavailable message).
INSTALL_HINT = (
    "optional full install: `pip install camel-tools` (brings torch and transformers), then "
    "`camel_data -i light`; or set CAMELTOOLS_DATA to a folder that already holds catalogue.json "
    "and data/morphology_db/<db>/morphology.db"
)

Backoff = Literal["NONE", "NOAN_PROP", "NOAN_ALL", "ADD_PROP", "ADD_ALL"]
_BACKOFFS = ("NONE", "NOAN_PROP", "NOAN_ALL", "ADD_PROP", "ADD_ALL")

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
_SKIPPED_SOURCES = frozenset({"punc", "foreign"})


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


def _sort_key(reading: WordAnalysis) -> tuple[Any, ...]:
    return (-reading.score, reading.diacritized, reading.lemma, reading.pos, reading.root, reading.pattern,
            reading.proclitics, reading.enclitics, reading.gloss)  # fmt: skip


# ----------------------------------------------------------------------------------------------
# Finding the data without importing camel_tools


@dataclass(frozen=True)
class _Location:
    name: str
    db_path: Path
    mle_path: Path | None
    data_dir: Path
    notes: tuple[str, ...]


def _camel_tools_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("camel-tools")
    except PackageNotFoundError:  # pragma: no cover
        return "unknown"


def _catalogue_problem(content: Any) -> str | None:
    """Why camel-tools 1.6's Catalogue.load_catalogue would fail on this JSON, or None."""
    try:
        content["version"]
        for package in content["packages"].values():
            if str(package["package_type"]).upper() not in ("META", "HTTP"):
                return f"unknown package_type {package['package_type']!r}"
            package["private"]
            for entry in package.get("files") or ():
                entry["path"], entry["sha256"]
        for component in content["components"].values():
            component["default"]
            for dataset in component["datasets"].values():
                dataset["path"]
    except (KeyError, TypeError, AttributeError) as err:
        return f"not in camel-tools' catalogue format ({type(err).__name__}: {err})"
    return None


def _read_catalogue(path: Path) -> tuple[Any, str | None]:
    try:
        content = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        return None, f"unreadable ({type(err).__name__})"
    return content, _catalogue_problem(content)


def _is_dataset_name(db: str | os.PathLike[str]) -> bool:
    if not isinstance(db, str):
        return False
    return "/" not in db and os.sep not in db and not db.endswith(".db") and not Path(db).exists()


def _locate(db: str | os.PathLike[str] | None) -> _Location:
    if importlib.util.find_spec("camel_tools") is None:
        raise BackendUnavailable(f"camel-tools is not installed: {INSTALL_HINT}")
    status = camel_data_status()
    folder = Path(status["data_dir"])
    catalogue_path = Path(status["catalogue"])
    where = f"{folder} ({status['source']})"
    content, problem = _read_catalogue(catalogue_path) if catalogue_path.is_file() else (None, None)
    if problem:
        content = None
    camel_data_imported = "camel_tools.data" in sys.modules

    if db is not None and not _is_dataset_name(db):
        path = Path(db).expanduser()
        if path.is_dir():
            path = path / "morphology.db"
        if not path.is_file():
            raise FileNotFoundError(f"no CAMeL morphology database at {path}")
        if not camel_data_imported and content is None:
            what = f"catalogue.json is {problem}" if problem else "there is no catalogue.json"
            raise BackendUnavailable(
                f"{what} in {where}, so importing camel_tools.morphology would download one: {INSTALL_HINT}"
            )
        name = path.parent.name if path.name == "morphology.db" else path.stem
        notes = ("an MLE model is only used with a database chosen by name from the catalogue",)
        return _Location(name, path.resolve(), None, folder, notes)

    if content is None:
        if not folder.is_dir():
            reason = f"no CAMeL data folder at {where}"
        elif problem:
            reason = f"{catalogue_path} is {problem}"
        else:
            reason = f"no catalogue.json in {where}"
        raise BackendUnavailable(f"{reason}: {INSTALL_HINT}")
    components = content["components"]
    morphology = components.get("MorphologyDB") or {"default": None, "datasets": {}}
    name = db if db is not None else morphology["default"]
    datasets = morphology["datasets"]
    if name not in datasets:
        known = ", ".join(sorted(datasets)) or "none"
        raise BackendUnavailable(
            f"no morphology database {name!r} in {catalogue_path} (listed: {known}): {INSTALL_HINT}"
        )
    db_path = folder / "data" / datasets[name]["path"] / "morphology.db"
    if not db_path.is_file():
        raise BackendUnavailable(f"the CAMeL morphology database {name} is not installed in {where}: {INSTALL_HINT}")
    mle_dataset = (components.get("DisambigMLE") or {}).get("datasets", {}).get(name)
    mle_path = folder / "data" / mle_dataset["path"] / "model.json" if mle_dataset else None
    notes: tuple[str, ...] = ()
    if mle_path is None or not mle_path.is_file():
        notes = (f"the catalogue in {where} lists no installed MLE model for {name}",)
        mle_path = None
    return _Location(str(name), db_path, mle_path, folder, notes)


class CamelBackend:
    """CAMeL Tools' analyzer on a CALIMA-Star database (or any database in its text format).

    Args:
        db: ``None`` for the catalogue's default database (``calima-msa-r13`` after
            ``camel_data -i light``), a database name listed in the catalogue
            (``"calima-egy-r13"``), or the path of a ``morphology.db`` file (or of its folder).
        disambiguator: how :meth:`analyze_in_context` picks one reading per word. ``"mle"`` uses
            ``camel_tools.disambig.mle.MLEDisambiguator`` when the catalogue lists an MLE model
            for the database (the ``DisambigMLE`` component) and the model file is installed
            (run with this backend's analyzer and backoff); it needs neither torch nor
            transformers, only the ``editdistance`` package. Otherwise,
            and with ``"top"``, the reading is the analyzer's best-scoring analysis (highest
            ``pos_lex_logprob``), and :attr:`notes` says why. CAMeL's MLE model is itself a
            word-level table (each word form's most frequent analysis in annotated text): neither
            choice looks at the neighbouring words; the BERT disambiguator, which does, needs torch.
        backoff: the analyzer's backoff for words the database does not know. ``"NONE"``
            (default) leaves them unanalysed, so :meth:`analyze_word` returns ``[]`` as the
            protocol asks; ``"NOAN_PROP"`` guesses a proper noun for unknown words (CAMeL's MLE
            default), ``"NOAN_ALL"`` guesses every open-class reading, and ``"ADD_PROP"`` /
            ``"ADD_ALL"`` add those guesses to known words too. Guessed readings have no root,
            pattern or gloss. The database must define backoff stems (CALIMA-Star does).

    Attributes:
        name: ``"camel:<database name>"``, e.g. ``"camel:calima-msa-r13"``.
        db_path: the ``morphology.db`` file in use.
        data_dir: the CAMeL data folder (``$CAMELTOOLS_DATA`` or ``~/.camel_tools``).
        backoff: the backoff mode.
        context_method: ``"mle"`` or ``"top"``: what :meth:`analyze_in_context` actually uses.
        notes: one-line remarks, e.g. why the MLE model is not used.

    Raises:
        BackendUnavailable: camel-tools, its data catalogue or the database is missing (importing
            camel-tools would then download); nothing from camel-tools has been imported.
        FileNotFoundError: ``db`` is a path and no file is there.
        ValueError: bad option, or the file is not a CAMeL database, or it lacks backoff stems.
    """

    def __init__(
        self,
        *,
        db: str | os.PathLike[str] | None = None,
        disambiguator: Literal["mle", "top"] = "mle",
        backoff: Backoff = "NONE",
    ) -> None:
        if disambiguator not in ("mle", "top"):
            raise ValueError(f"disambiguator must be 'mle' or 'top', not {disambiguator!r}")
        if backoff not in _BACKOFFS:
            raise ValueError(f"backoff must be one of {', '.join(_BACKOFFS)}, not {backoff!r}")
        location = _locate(db)

        # Safe now: a catalogue camel-tools can parse is in place (or camel_tools.data is loaded).
        from camel_tools.morphology.analyzer import Analyzer
        from camel_tools.morphology.database import MorphologyDB

        try:
            database = MorphologyDB(str(location.db_path), "a")
        except Exception as err:  # camel-tools raises several types on a malformed file
            problem = f"{type(err).__name__}: {err}"
            raise ValueError(f"{location.db_path} is not a CAMeL morphology database ({problem})") from err
        if backoff != "NONE":
            action = backoff.split("_")[1]
            if action not in database.stem_backoffs or "NOAN" not in database.stem_hash:
                raise ValueError(f"{location.db_path} defines no {action} backoff stems: use backoff='NONE'")

        self.name = f"camel:{location.name}"
        #: camel-tools' version, the backoff mode and the database's size (the on-disk cache's key).
        self.version = f"{_camel_tools_version()}+{backoff}+{location.db_path.stat().st_size}"
        self.db_path = location.db_path
        self.data_dir = location.data_dir
        self.backoff = backoff
        self._analyzer = Analyzer(database, backoff=backoff)
        self._mle: Any = None
        self._cache: dict[str, tuple[WordAnalysis, ...]] = {}
        notes = list(location.notes) if disambiguator == "mle" else []
        if disambiguator == "mle" and location.mle_path is not None:
            if importlib.util.find_spec("editdistance") is None:
                notes.append("camel_tools.disambig.mle needs the editdistance package, which is not installed")
            else:
                from camel_tools.disambig.mle import MLEDisambiguator

                try:
                    self._mle = MLEDisambiguator(self._analyzer, str(location.mle_path), top=1, cache_size=0)
                except (OSError, ValueError, KeyError, TypeError, AttributeError) as err:
                    problem = f"{type(err).__name__}: {err}"
                    raise ValueError(f"{location.mle_path} is not a CAMeL MLE model ({problem})") from err
        self.context_method: Literal["mle", "top"] = "mle" if self._mle is not None else "top"
        if disambiguator == "mle" and self._mle is None:
            notes.append("in-context readings are the analyzer's best-scoring analysis per word")
        self.notes: tuple[str, ...] = tuple(notes)

    def __repr__(self) -> str:
        return f"CamelBackend(name={self.name!r}, backoff={self.backoff!r}, context_method={self.context_method!r})"

    def raw_analyses(self, word: str) -> list[dict[str, Any]]:
        """CAMeL's own analysis dicts for a word (copies), in CAMeL's order, for inspection."""
        return [dict(analysis) for analysis in self._analyzer.analyze(word)]

    def analyze_word(self, word: str) -> list[WordAnalysis]:
        """All analyses of one word, best first (score, then diacritized form, lemma, ...).

        Analyses that map to the same :class:`WordAnalysis` (they differ only in features the
        table does not show, such as case or gender) are listed once. Punctuation and
        Latin-script words, for which CAMeL makes up a placeholder analysis, give ``[]``; numbers
        written in digits keep theirs (``pos`` ``digit``, coarse ``NUM``).
        """
        key = word.strip()
        if key not in self._cache:
            if len(self._cache) >= 100_000:
                self._cache.clear()
            readings = [
                camel_analysis_to_word(analysis)
                for analysis in self._analyzer.analyze(key)
                if analysis.get("source") not in _SKIPPED_SOURCES
            ]
            self._cache[key] = tuple(dict.fromkeys(sorted(readings, key=_sort_key)))
        return list(self._cache[key])

    def analyze_in_context(self, words: Sequence[str]) -> list[WordAnalysis | None]:
        """One reading per word (see ``disambiguator`` in the class docstring); ``None`` when unknown."""
        if self._mle is None:
            return [next(iter(self.analyze_word(word)), None) for word in words]
        readings: list[WordAnalysis | None] = []
        for disambiguated in self._mle.disambiguate([word.strip() for word in words]):
            chosen = [s.analysis for s in disambiguated.analyses if s.analysis.get("source") not in _SKIPPED_SOURCES]
            readings.append(camel_analysis_to_word(chosen[0]) if chosen else None)
        return readings
