"""Every layer's findings for a text, as plain data ready for JSON.

Each layer is a function ``text -> list[Span]`` registered in :data:`LAYERS`; later layers
(morphology, statistics, rhetoric, discourse) add themselves here, so the ``analyze`` command and
researchers' scripts get them without other changes. Every finding is exported with ``start``,
``end``, ``text``, ``label`` and the layer's own fields.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from helpers import __version__
from helpers.load import check_text_ar
from helpers.morphology.table import morphology_spans_ar
from helpers.orthography import find_anomalies_ar
from helpers.sentences import split_sentences_ar
from helpers.spans import Span
from helpers.structure import split_article_ar
from helpers.tokenize import tokenize_ar

__all__ = ["LAYERS", "SCHEMA_VERSION", "analyze_text_ar", "analysis_document"]

#: Bumped when the shape of the JSON output changes.
SCHEMA_VERSION = 1

#: Layer name -> function returning that layer's findings, in output order.
LAYERS: dict[str, Callable[[str], Sequence[Span]]] = {
    "structure": lambda text: split_article_ar(text).spans(),
    "sentences": split_sentences_ar,
    "tokens": tokenize_ar,
    "orthography": find_anomalies_ar,
    # per word token: lemma, root, pattern, POS, clitics and any spelling repair; pinned to the
    # embedded backend so the output does not depend on what else is installed
    "morphology": lambda text: morphology_spans_ar(text, backend="farahidi"),
}


def analyze_text_ar(text: str, *, layers: Sequence[str] | None = None, name: str = "text") -> dict[str, Any]:
    """Return the findings of the chosen layers (default: all) for one text.

    Args:
        text: the text, exactly as loaded (offsets refer to it).
        layers: names from :data:`LAYERS`; ``None`` means all of them.
        name: how to call the text in error messages.

    Returns:
        ``{"sha256", "characters", "layers": {name: [finding, ...]}, "counts": {name: {label: n}}}``.

    >>> result = analyze_text_ar("بغداد- العراق اليوم:\\n\\nأدار الرئيس الجولة.", layers=["tokens"])
    >>> [t["text"] for t in result["layers"]["tokens"]]
    ['بغداد', '-', 'العراق', 'اليوم', ':', 'أدار', 'الرئيس', 'الجولة', '.']
    >>> result["counts"]["tokens"]
    {'token': 9}
    """
    check_text_ar(text, name=name)
    chosen = list(LAYERS) if layers is None else list(layers)
    unknown = [layer for layer in chosen if layer not in LAYERS]
    if unknown:
        raise ValueError(f"unknown layer(s): {', '.join(unknown)} (choose from {', '.join(LAYERS)})")
    findings = {layer: [span.to_dict() for span in LAYERS[layer](text)] for layer in chosen}
    return {
        "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "characters": len(text),
        "layers": findings,
        "counts": {layer: dict(sorted(Counter(f["label"] for f in found).items())) for layer, found in findings.items()},
    }


def analysis_document(results: Sequence[tuple[str, dict[str, Any]]]) -> dict[str, Any]:
    """Wrap per-text results (``(source name, analyze_text_ar(...))`` pairs) in the JSON document."""
    return {
        "tool": "arabic-discourse-lab",
        "version": __version__,
        "schema": SCHEMA_VERSION,
        "offsets": "Python str indices (Unicode code points) into each text as decoded from UTF-8",
        "texts": [{"source": source, **result} for source, result in results],
    }
