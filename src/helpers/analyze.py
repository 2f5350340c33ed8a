"""Every layer's findings for a text, as plain data ready for JSON.

Two registries, so that each new layer adds itself here and the ``analyze`` command and
researchers' scripts get it without other changes:

- :data:`LAYERS`: functions ``text -> list[Span]``. Every finding is exported with ``start``,
  ``end``, ``text``, ``label`` and the layer's own fields.
- :data:`FIGURES`: functions ``text -> dict`` for whole-text figures that are not spans
  (frequency, keyness, diversity, densities), exported under ``"figures"``.

Analysis that depends on morphology is pinned to the embedded backend (farahidi), so the output
does not depend on what else is installed.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import lru_cache
from typing import Any

import pandas as pd

from helpers import __version__
from helpers.compare import align_statements_ar, framing_table_ar, keyness_each_vs_rest_ar, profile_texts_ar
from helpers.discourse import (
    find_attributions_ar,
    find_connectives_ar,
    find_deixis_ar,
    reference_chains_ar,
    text_parts_ar,
)
from helpers.entities import find_entities_ar
from helpers.statistics.diversity import diversity_table_ar
from helpers.statistics.frequency import frequency_table_ar
from helpers.statistics.keyness import keyness_ar
from helpers.text.load import check_text_ar
from helpers.morphology import analyze_morphology_ar
from helpers.morphology.table import table_to_spans_ar
from helpers.text.orthography import find_anomalies_ar
from helpers.rhetoric import find_devices_ar, rhetoric_densities_ar, tag_evaluation_ar, tag_fields_ar
from helpers.text.sentences import split_sentences_ar
from helpers.text.spans import Span
from helpers.text.structure import split_article_ar
from helpers.text.tokenize import tokenize_ar

__all__ = ["FIGURES", "LAYERS", "SCHEMA_VERSION", "analyze_text_ar", "iter_analysis_ar", "text_summary", "count_labels",
           "document_header", "analysis_document",
           "comparison_document"]

#: Bumped when the shape of the JSON output changes (3: comparison rows locate other text by
#: offsets: no ``match_sentence`` in alignment rows, ``sentence_start``/``sentence_end`` instead of
#: ``sentence`` in framing rows; long excerpts are cut with ``…``).
SCHEMA_VERSION = 3

#: How many rows of each ranked table (frequency, keyness) the figures keep.
TOP_ROWS = 25


@lru_cache(maxsize=4)
def _morphology_once(text: str) -> pd.DataFrame:
    return analyze_morphology_ar(text, backend="farahidi", progress=False)


def _morphology(text: str) -> pd.DataFrame:
    # Several layers and figures need the same table: analyse each text once, hand out copies.
    return _morphology_once(text).copy()


@lru_cache(maxsize=1)
def _evaluation(text: str) -> tuple[Span, ...]:
    return tuple(tag_evaluation_ar(text))


@lru_cache(maxsize=1)
def _devices(text: str) -> tuple[Span, ...]:
    # The devices layer and the densities figure both need them: found once per text.
    return tuple(find_devices_ar(text, morphology=_morphology(text)))


#: Layer name -> function returning that layer's findings, in output order.
LAYERS: dict[str, Callable[[str], Sequence[Span]]] = {
    # text
    "structure": lambda text: split_article_ar(text).spans(),
    "sentences": split_sentences_ar,
    "tokens": tokenize_ar,
    "orthography": find_anomalies_ar,
    # morphology: per word token lemma, root, pattern, POS, clitics and any spelling repair
    "morphology": lambda text: table_to_spans_ar(_morphology(text)),
    # named entities: persons, places, organizations, dates (gazetteers and patterns)
    "entities": lambda text: find_entities_ar(text, morphology=_morphology(text)),
    # rhetoric: lexicon hits (evaluation, stance, fields, metaphor domains) and devices
    "evaluation": lambda text: list(_evaluation(text)),
    "fields": tag_fields_ar,
    "devices": lambda text: list(_devices(text)),
    # discourse
    "parts": text_parts_ar,
    "connectives": lambda text: find_connectives_ar(text, morphology=_morphology(text)),
    "attribution": find_attributions_ar,
    "deixis": find_deixis_ar,
    "chains": reference_chains_ar,
}


def _records(frame: pd.DataFrame, *, rows: int | None = None) -> list[dict[str, Any]]:
    """Return a table's rows as JSON-safe dicts (NaN and infinities become ``None``)."""
    chosen = frame if rows is None else frame.head(rows)
    labels = list(chosen.columns)
    if not labels:
        return [{} for _ in range(len(chosen))]
    out = []
    # column by column: several times faster than to_dict("records"), the same Python values
    for values in zip(*(chosen.iloc[:, k].tolist() for k in range(len(labels)))):
        clean = {}
        for key, value in zip(labels, values):
            if value is pd.NA:  # a missing value of a nullable column
                value = None
            elif hasattr(value, "item"):  # numpy scalar
                value = value.item()
            if isinstance(value, float) and not math.isfinite(value):
                value = None
            clean[str(key)] = value
        out.append(clean)
    return out


def _densities(text: str) -> dict[str, Any]:
    spans = [*_evaluation(text), *_devices(text)]
    return {"parts": "structure", "rows": _records(rhetoric_densities_ar(text, spans, parts="structure"))}


#: Figure name -> function returning whole-text figures (not spans), in output order.
FIGURES: dict[str, Callable[[str], dict[str, Any]]] = {
    "frequency": lambda text: {
        "level": "normalized",
        "stopwords": "kept",
        "top": _records(frequency_table_ar(text, level="normalized"), rows=TOP_ROWS),
    },
    "keyness": lambda text: {
        "reference": "wordfreq (Arabic), scaled to 1e9 tokens",
        "measure": "signed log-likelihood (Rayson & Garside 2000) and Log Ratio (Hardie 2014)",
        "level": "normalized",
        "top": _records(keyness_ar(text, "wordfreq", level="normalized"), rows=TOP_ROWS),
    },
    "diversity": lambda text: {"rows": _records(diversity_table_ar(text, morphology=_morphology(text)))},
    "rhetoric_densities": _densities,
}


def iter_analysis_ar(text: str, *, layers: Sequence[str] | None = None, name: str = "text") -> Iterator[tuple[str, Any]]:
    """Yield each chosen layer's findings, then each chosen figure, one at a time, in output order.

    A caller that writes each as it comes (the ``analyze`` command) never holds more than one
    layer's findings: memory stays that of the largest layer, not of all of them.

    Yields:
        ``(name, [finding, ...])`` for layers (in :data:`LAYERS` order among the chosen), then
        ``(name, {...})`` for figures.

    >>> [(layer, len(found)) for layer, found in iter_analysis_ar("أدار الرئيس الجولة.", layers=["tokens", "sentences"])]
    [('tokens', 4), ('sentences', 1)]
    """
    check_text_ar(text, name=name)
    chosen = [*LAYERS, *FIGURES] if layers is None else list(layers)
    unknown = [layer for layer in chosen if layer not in LAYERS and layer not in FIGURES]
    if unknown:
        raise ValueError(f"unknown layer(s): {', '.join(unknown)} (choose from {', '.join([*LAYERS, *FIGURES])})")
    for layer in chosen:
        if layer in LAYERS:
            yield layer, [span.to_dict() for span in LAYERS[layer](text)]
    for figure in chosen:
        if figure in FIGURES:
            yield figure, FIGURES[figure](text)


def text_summary(text: str) -> dict[str, Any]:
    """The fields that open a text's entry: its sha256 and length."""
    return {"sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(), "characters": len(text)}


def count_labels(findings: Sequence[Mapping[str, Any]]) -> dict[str, int]:
    """Findings per label, labels sorted."""
    return dict(sorted(Counter(f["label"] for f in findings).items()))


def analyze_text_ar(
    text: str, *, layers: Sequence[str] | None = None, name: str = "text", step: Callable[[str], None] | None = None
) -> dict[str, Any]:
    """Return the findings of the chosen layers and figures (default: all) for one text.

    Args:
        text: the text, exactly as loaded (offsets refer to it).
        layers: names from :data:`LAYERS` or :data:`FIGURES`; ``None`` means all of them.
        name: how to call the text in error messages.
        step: called with each layer's or figure's name when it is done (a progress bar's update).

    Returns:
        ``{"sha256", "characters", "layers": {name: [finding, ...]}, "counts": {name: {label: n}},
        "figures": {name: {...}}}``.

    >>> result = analyze_text_ar("بغداد- العراق اليوم:\\n\\nأدار الرئيس الجولة.", layers=["tokens"])
    >>> [t["text"] for t in result["layers"]["tokens"]]
    ['بغداد', '-', 'العراق', 'اليوم', ':', 'أدار', 'الرئيس', 'الجولة', '.']
    >>> result["counts"]["tokens"], result["figures"]
    ({'token': 9}, {})
    """
    done = step or (lambda _name: None)
    findings: dict[str, Any] = {}
    figures: dict[str, Any] = {}
    for layer, value in iter_analysis_ar(text, layers=layers, name=name):
        (findings if layer in LAYERS else figures)[layer] = value
        done(layer)
    return {
        **text_summary(text),
        "layers": findings,
        "counts": {layer: count_labels(found) for layer, found in findings.items()},
        "figures": figures,
    }


def document_header() -> dict[str, Any]:
    """The fields that open every JSON document of the kit."""
    return {
        "tool": "arabic-discourse-lab",
        "version": __version__,
        "schema": SCHEMA_VERSION,
        "offsets": "Python str indices (Unicode code points) into each text as decoded from UTF-8",
    }


def analysis_document(results: Sequence[tuple[str, dict[str, Any]]]) -> dict[str, Any]:
    """Wrap per-text results (``(source name, analyze_text_ar(...))`` pairs) in the JSON document."""
    return {**document_header(), "texts": [{"source": source, **result} for source, result in results]}


def comparison_document(texts: Mapping[str, str], *, step: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Compare two or more texts (source name -> text): profile, keyness, shared statements, framing.

    Alignment rows carry ``start``/``end`` offsets into their own text with the unit's text
    (``sentence``), and ``match_start``/``match_end`` into the other text; framing rows carry the
    actor mention's, its verb's and its sentence's offsets. Other text is located by offsets,
    never repeated, so the output grows linearly with the texts. Morphology is pinned to the embedded backend. ``step``, if given, is called with
    the name of each part when it is done (each text's morphology, then the four tables).

    >>> doc = comparison_document({"a": "وصل الوفد إلى بغداد أمس. وبدأت المحادثات.",
    ...                            "b": "وصل الوفد إلى بغداد أمس. وانتهت الزيارة بسلام."})
    >>> [(row["text"], row["label"]) for row in doc["alignment"] if row["index"] == 0]
    [('a', 'shared'), ('b', 'shared')]
    """
    if len(texts) < 2:
        raise ValueError(f"comparison needs two or more texts, got {len(texts)}")
    for name, text in texts.items():
        check_text_ar(text, name=name)
    done = step or (lambda _name: None)
    morphology = {}
    for name, text in texts.items():
        morphology[name] = _morphology(text)
        done(f"morphology {name}")
    profile = _records(profile_texts_ar(texts, morphology=morphology).reset_index())
    done("profile")
    keyness = _records(keyness_each_vs_rest_ar(texts))
    done("keyness")
    # A unit of one text can be the best match of every unit of another: the match is given by its
    # offsets only, so the output grows linearly with the texts (likewise a mention's sentence).
    alignment = _records(align_statements_ar(texts).drop(columns=["match_sentence"]))
    done("alignment")
    framing = _records(framing_table_ar(texts, morphology=morphology).drop(columns=["sentence"]))
    done("framing")
    return {
        **document_header(),
        "texts": [
            {"source": name, "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(), "characters": len(text)}
            for name, text in texts.items()
        ],
        "profile": profile,
        "keyness": keyness,
        "alignment": alignment,
        "framing": framing,
    }
