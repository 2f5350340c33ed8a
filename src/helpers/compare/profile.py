"""A side-by-side profile of two or more texts: size, diversity, stance, devices, connectives, voices.

:func:`profile_texts_ar` runs the kit's single-text helpers on every text and lays their counts
side by side, one column per text. Nothing is measured here that a helper does not already
measure; this module only counts and divides. Rows are indexed by ``(section, measure)``:

==============  ==========================================================================================
section         measures (source)
==============  ==========================================================================================
``size``        ``words`` (Arabic word tokens, :func:`helpers.text.tokenize.word_tokens_ar`), ``sentences``
                (:func:`helpers.text.sentences.split_sentences_ar`, headline and dateline included),
                ``paragraphs`` (:func:`helpers.text.structure.split_article_ar`), ``mean sentence length``
                (words per sentence)
``diversity``   ``TTR``, ``MATTR (window 50)`` of normalized words (:func:`helpers.statistics.diversity.diversity_table_ar`)
``stance``      per 1,000 words: ``positive``, ``negative`` (lexicon polarity, before negation),
                ``negated evaluations``, ``boosters``, ``hedges``, ``evidentials``, ``certainty``
                (:func:`helpers.rhetoric.tag_evaluation_ar`)
``devices``     ``total`` and one row per device type found in any text, in the order of
                :data:`helpers.rhetoric.DEVICE_TYPES` (:func:`helpers.rhetoric.find_devices_ar`)
``connectives`` ``total`` and one row per sense found in any text (:func:`helpers.discourse.find_connectives_ar`;
                lexical connectives only by default, see ``connective_clitics``)
``attribution`` ``total`` (label ``attribution``), ``named``, ``unnamed`` and ``implicit`` sources, and
                ``evidential frames`` (:func:`helpers.discourse.find_attributions_ar`)
``deixis``      ``temporal``, ``spatial`` (:func:`helpers.discourse.find_deixis_ar`) and ``we (1st plural)``
``marks``       ``questions`` (sentences ending in ``؟`` or ``?``), ``exclamations`` (sentences with
                ``!``), ``quotation-mark pairs`` (``«»``, ``“”`` and straight ``"`` paired within a paragraph)
==============  ==========================================================================================

**We (1st plural)** counts, from the morphology table, the pronoun ``نحن``, words with the
enclitic ``نا`` (``التزامنا``, ``بلادنا``), imperfect verbs whose prefix is ``ن`` (``نؤكد``,
``ونرحب``: the stem after و/ف/س starts with ن and the lemma does not) and perfect verbs ending
in ``نا`` whose lemma does not (``انتظرنا``). It is the institutional or communal "we" of
communiqués and columns; a heuristic, so read the words it counts with :func:`first_plural_words_ar`.

**Connectives** are lexical by default (``connective_clitics="none"``): لكن, بحسب, إذا, فضلاً عن ...,
but not a lone و or ف, as in notebook 06, where the clitics are set aside because most و join words,
not clauses, and their sense is ambiguous. ``connective_clitics="clause_initial"`` adds the و/ف
that open a clause (``find_connectives_ar(clitics="clause_initial")``); they land in the
``addition`` row (ف under ``cause``) and swamp the other senses.

Counts are ints; densities and means are floats rounded to two decimals (the table's dtype is
``object``). The morphology table of each text (backend ``"farahidi"`` unless given) feeds the
device detectors and the "we" count.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from typing import Literal

import pandas as pd

from helpers.discourse import SENSE_CLASSES, find_attributions_ar, find_connectives_ar, find_deixis_ar
from helpers.statistics.diversity import diversity_table_ar
from helpers.text.load import check_text_ar
from helpers.morphology.table import analyze_morphology_ar
from helpers.text.normalize import normalize_ar
from helpers.rhetoric import DEVICE_TYPES, find_devices_ar, tag_evaluation_ar
from helpers.text.sentences import split_sentences_ar
from helpers.text.structure import split_article_ar, split_blocks_ar
from helpers.text.tokenize import word_tokens_ar

__all__ = ["PROFILE_SECTIONS", "CONNECTIVE_CLITICS", "morphology_tables_ar", "first_plural_words_ar", "profile_texts_ar"]

#: The sections of the profile, in row order.
PROFILE_SECTIONS = ("size", "diversity", "stance", "devices", "connectives", "attribution", "deixis", "marks")

#: The values of ``connective_clitics`` (passed on as ``find_connectives_ar(clitics=...)``).
CONNECTIVE_CLITICS = ("none", "clause_initial")

_STANCE = (("positive", "evaluative:positive"), ("negative", "evaluative:negative"), ("boosters", "booster"),
           ("hedges", "hedge"), ("evidentials", "evidential"), ("certainty", "certainty"))
_QUOTE_PAIRS = {"«": "»", "“": "”"}


def _check_texts(texts: Mapping[str, str], *, at_least: int = 1) -> dict[str, str]:
    if not isinstance(texts, Mapping):
        raise TypeError(f"texts must be a mapping of names to texts, not {type(texts).__name__}")
    if len(texts) < at_least:
        raise ValueError(f"need at least {at_least} text(s), got {len(texts)}")
    out = {}
    for name, text in texts.items():
        if not isinstance(name, str) or not name:
            raise TypeError(f"text names must be non-empty strings, not {name!r}")
        out[name] = check_text_ar(text, name=name)
    return out


def morphology_tables_ar(texts: Mapping[str, str], *, backend: str = "farahidi") -> dict[str, pd.DataFrame]:
    """Return the morphology table of every text (one :func:`analyze_morphology_ar` call each).

    >>> tables = morphology_tables_ar({"a": "نؤكد التزامنا."})
    >>> tables["a"][["token", "pos_coarse", "enclitics"]].values.tolist()
    [['نؤكد', 'VERB', ''], ['التزامنا', 'NOUN', 'نا']]
    """
    return {name: analyze_morphology_ar(text, backend=backend) for name, text in _check_texts(texts).items()}


def _plain(word: str) -> str:
    return normalize_ar(word)


def first_plural_words_ar(morphology: pd.DataFrame) -> list[str]:
    """Return the tokens of a morphology table read as first person plural (rules in the module docstring).

    >>> from helpers.morphology.table import analyze_morphology_ar
    >>> first_plural_words_ar(analyze_morphology_ar("نحن نؤكد التزامنا ونرحب بالقرار، وقد انتظرنا طويلاً ونشر الخبر."))
    ['نحن', 'نؤكد', 'التزامنا', 'ونرحب', 'انتظرنا']
    """
    found = []
    for row in morphology.itertuples(index=False):
        form = _plain(row.token)
        lemma = _plain(row.lemma) if row.lemma else ""
        stem = form
        for pro in ("وس", "فس", "و", "ف", "س"):
            if stem.startswith(pro) and len(stem) - len(pro) >= 3:
                stem = stem[len(pro):]
                break
        enclitics = str(row.enclitics).split("+") if row.enclitics else []
        if stem == "نحن" or "نا" in enclitics:
            found.append(row.token)
        elif row.pos_coarse == "VERB" and "مضارع" in str(row.pos) and stem.startswith("ن") and not lemma.startswith("ن"):
            found.append(row.token)
        elif row.pos_coarse == "VERB" and "ماض" in str(row.pos) and stem.endswith("نا") and not lemma.endswith("ن"):
            found.append(row.token)
    return found


def _quote_pairs(text: str) -> int:
    pairs = 0
    for block in split_blocks_ar(text):
        chunk = block.text
        for opener, closer in _QUOTE_PAIRS.items():
            pairs += min(chunk.count(opener), chunk.count(closer))
        pairs += chunk.count('"') // 2
    return pairs


def _one(text: str, morphology: pd.DataFrame, connective_clitics: str) -> dict[tuple[str, str], object]:
    words = word_tokens_ar(text)
    n = len(words)
    per_1000 = (lambda k: round(k * 1000 / n, 2)) if n else (lambda k: float("nan"))
    sentences = split_sentences_ar(text)
    row: dict[tuple[str, str], object] = {
        ("size", "words"): n,
        ("size", "sentences"): len(sentences),
        ("size", "paragraphs"): len(split_article_ar(text).paragraphs),
        ("size", "mean sentence length"): round(n / len(sentences), 2) if sentences else float("nan"),
    }
    diversity = diversity_table_ar(text).set_index("tokenization").loc["words (normalized)"]
    row[("diversity", "TTR")] = round(float(diversity["ttr"]), 2)
    row[("diversity", "MATTR (window 50)")] = round(float(diversity["mattr"]), 2)

    stance = tag_evaluation_ar(text)
    labels = Counter(m.label for m in stance)
    for measure, label in _STANCE[:2]:
        row[("stance", f"{measure} per 1,000")] = per_1000(labels[label])
    row[("stance", "negated evaluations per 1,000")] = per_1000(sum(bool(getattr(m, "negated", False)) for m in stance))
    for measure, label in _STANCE[2:]:
        row[("stance", f"{measure} per 1,000")] = per_1000(labels[label])

    devices = Counter(d.device for d in find_devices_ar(text, morphology=morphology))
    row[("devices", "total")] = sum(devices.values())
    for kind in DEVICE_TYPES:
        row[("devices", kind)] = devices[kind]

    connectives = Counter(c.sense for c in find_connectives_ar(text, clitics=connective_clitics, morphology=morphology))
    row[("connectives", "total")] = sum(connectives.values())
    for sense in SENSE_CLASSES:
        row[("connectives", sense)] = connectives[sense]

    attributions = find_attributions_ar(text)
    reported = [a for a in attributions if a.label == "attribution"]
    row[("attribution", "total")] = len(reported)
    for kind in ("named", "unnamed", "implicit"):
        row[("attribution", kind)] = sum(a.source_type == kind for a in reported)
    row[("attribution", "evidential frames")] = sum(a.label == "evidential" for a in attributions)

    deixis = Counter(d.label for d in find_deixis_ar(text))
    row[("deixis", "temporal")] = deixis["temporal"]
    row[("deixis", "spatial")] = deixis["spatial"]
    row[("deixis", "we (1st plural)")] = len(first_plural_words_ar(morphology))

    ends = [s.text.rstrip("\"'»”’›)]} ") for s in sentences]
    row[("marks", "questions")] = sum(e.endswith(("؟", "?")) for e in ends)
    row[("marks", "exclamations")] = sum("!" in re.sub(r"[^!؟?.…]", "", e[-3:]) for e in ends)
    row[("marks", "quotation-mark pairs")] = _quote_pairs(text)
    return row


def profile_texts_ar(
    texts: Mapping[str, str],
    *,
    morphology: Mapping[str, pd.DataFrame] | None = None,
    drop_empty: bool = True,
    connective_clitics: Literal["none", "clause_initial"] = "none",
) -> pd.DataFrame:
    """Profile texts side by side: one column per text, one row per measure.

    Args:
        texts: one or more texts by name (two or more to compare); columns keep this order.
        morphology: a morphology table per text name (:func:`morphology_tables_ar`); ``None``
            analyses each text with the ``farahidi`` backend. Missing names are analysed too.
        drop_empty: leave out device-type and connective-sense rows that are 0 in every text
            (the ``total`` rows always stay).
        connective_clitics: which lone و/ف the connective rows count: ``"none"`` (default:
            lexical connectives only, as notebook 06 reads them) or ``"clause_initial"`` (also
            و/ف opening a clause, counted under their ambiguous sense).

    Returns:
        A DataFrame indexed by ``(section, measure)`` (sections :data:`PROFILE_SECTIONS`, in
        that order; the measures are listed in the module docstring), one column per text.

    Raises:
        TypeError, ValueError: if ``texts`` is not a non-empty mapping of names to texts, or
            ``connective_clitics`` is not one of :data:`CONNECTIVE_CLITICS`.
        TextInputError: for an empty or non-Arabic text.

    >>> p = profile_texts_ar({"a": "نرحب بالحوار البناء والمثمر. ونؤكد التزامنا.",
    ...                       "b": "هل هذا حوار؟ إنه تضليل وفشل!"})
    >>> p.loc[[("stance", "positive per 1,000"), ("stance", "negative per 1,000"), ("marks", "questions")]]
                                     a       b
    section measure
    stance  positive per 1,000  166.67     0.0
            negative per 1,000     0.0  333.33
    marks   questions                0       1
    >>> text = {"a": "وصل الوفد، وبدأ الحوار لكن النتائج قليلة."}
    >>> [int(profile_texts_ar(text, connective_clitics=c).loc[("connectives", "total"), "a"]) for c in CONNECTIVE_CLITICS]
    [1, 2]
    """
    if connective_clitics not in CONNECTIVE_CLITICS:
        raise ValueError(f"connective_clitics must be one of {', '.join(CONNECTIVE_CLITICS)}, not {connective_clitics!r}")
    texts = _check_texts(texts)
    tables = dict(morphology or {})
    columns = {}
    for name, text in texts.items():
        table = tables.get(name)
        if table is None:
            table = analyze_morphology_ar(text, backend="farahidi")
        columns[name] = _one(text, table, connective_clitics)
    keys = list(next(iter(columns.values())))
    frame = pd.DataFrame([[columns[name][k] for name in columns] for k in keys], columns=list(columns), dtype=object,
                         index=pd.MultiIndex.from_tuples(keys, names=["section", "measure"]))
    if drop_empty:
        optional = [k for k in frame.index if k[0] in ("devices", "connectives") and k[1] != "total"]
        empty = [k for k in optional if all(v == 0 for v in frame.loc[k])]
        frame = frame.drop(index=empty)
    order = {s: i for i, s in enumerate(PROFILE_SECTIONS)}
    keys = sorted(range(len(frame)), key=lambda i: (order[frame.index[i][0]], i))
    return frame.iloc[keys]
