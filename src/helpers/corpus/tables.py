"""The tables of an analysed corpus: their columns, and how one document's analysis fills them.

Four tables, each a Parquet file of the output folder (``OUT/NAME.parquet``):

``documents``: one row per analysed document, in input order
    ``position`` (0-based order of the document among the inputs), ``doc_id``, ``source``,
    ``sha256`` (of the text's UTF-8 bytes), ``characters``, ``words`` (Arabic word tokens),
    ``title``, ``category``, ``date``, ``url`` (where the input gives them), ``metadata`` (JSON:
    every metadata field), ``n_<layer>`` (findings per layer; null for a layer not run),
    ``ttr``, ``mattr``, ``mtld`` (lexical diversity of the normalized words; null without the
    ``diversity`` figure or when undefined), ``counts`` (JSON: findings per layer and label, as
    ``analyze`` gives them), ``figures`` (JSON: ``analyze``'s whole-text figures).
``tokens``: the ``morphology`` layer, one row per Arabic word token
    ``doc_id``, ``index`` (token number in the document), then the morphology table's columns
    (:data:`helpers.morphology.base.MORPHOLOGY_COLUMNS`: ``start``, ``end``, ``token``,
    ``normalized``, ``repair``, ``lemma``, ``root``, ``pattern``, ``pos``, ``pos_coarse``,
    ``proclitics``, ``enclitics``, ``gloss``, ``backend``, ``analyzed``, ``n_analyses``).
``findings``: every finding of every other span layer
    ``doc_id``, ``layer``, ``index`` (the finding's number in its layer, in ``analyze``'s
    order), ``start``, ``end``, ``text``, ``label``; the layer fields that several layers share
    or that queries need most, as typed columns (:data:`FINDING_FIELDS`: null where the layer
    has no such field); ``fields``: JSON object of the layer's other fields (``{}`` if none).
``errors``: one row per document that could not be analysed
    ``position``, ``doc_id``, ``source``, ``sha256`` (null if unknown), ``stage`` (``read``:
    the document could not be read or used; ``analyze``: a layer failed on it), ``reason``
    (one line).

Offsets are Python ``str`` indices into each document's text as analysed (``analyze``'s
offsets). :func:`document_analysis_from_rows` rebuilds ``analyze``'s JSON for one document from
these rows; the tests check that it equals ``analyze`` on the same text.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

import pyarrow as pa

from helpers.analyze import LAYERS
from helpers.morphology.base import MORPHOLOGY_COLUMNS

__all__ = [
    "DOCUMENTS_SCHEMA",
    "ERRORS_SCHEMA",
    "FINDINGS_SCHEMA",
    "FINDING_FIELDS",
    "SPAN_LAYERS",
    "TABLES",
    "TOKENS_SCHEMA",
    "document_analysis_from_rows",
    "document_rows",
    "error_row",
    "rows_to_table",
]

#: Span layers stored in ``findings`` (the ``morphology`` layer is the ``tokens`` table).
SPAN_LAYERS: tuple[str, ...] = tuple(name for name in LAYERS if name != "morphology")

#: Layer fields stored as typed columns of ``findings`` (any other field goes to ``fields``).
FINDING_FIELDS: dict[str, pa.DataType] = {
    "kind": pa.string(),         # tokens, connectives
    "lexicon": pa.string(),      # evaluation, fields
    "entry": pa.string(),        # evaluation, fields
    "negated": pa.bool_(),       # evaluation, fields
    "negator": pa.string(),      # evaluation, fields
    "device": pa.string(),       # devices
    "sense": pa.string(),        # connectives
    "sense_class": pa.string(),  # connectives
    "source_type": pa.string(),  # attribution
    "chain": pa.string(),        # chains
    "ambiguous": pa.bool_(),     # connectives, deixis
    "explanation": pa.string(),  # orthography, devices
}

_PY_TYPES = {pa.string(): str, pa.bool_(): bool}

DOCUMENTS_SCHEMA = pa.schema(
    [
        ("position", pa.int64()),
        ("doc_id", pa.string()),
        ("source", pa.string()),
        ("sha256", pa.string()),
        ("characters", pa.int64()),
        ("words", pa.int64()),
        ("title", pa.string()),
        ("category", pa.string()),
        ("date", pa.string()),
        ("url", pa.string()),
        ("metadata", pa.string()),
        *[(f"n_{name}", pa.int64()) for name in LAYERS],
        ("ttr", pa.float64()),
        ("mattr", pa.float64()),
        ("mtld", pa.float64()),
        ("counts", pa.string()),
        ("figures", pa.string()),
    ]
)

_MORPH_TYPES = {"start": pa.int64(), "end": pa.int64(), "analyzed": pa.bool_(), "n_analyses": pa.int64()}
TOKENS_SCHEMA = pa.schema(
    [("doc_id", pa.string()), ("index", pa.int32())]
    + [(name, _MORPH_TYPES.get(name, pa.string())) for name in MORPHOLOGY_COLUMNS]
)

FINDINGS_SCHEMA = pa.schema(
    [
        ("doc_id", pa.string()),
        ("layer", pa.string()),
        ("index", pa.int32()),
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("text", pa.string()),
        ("label", pa.string()),
        *FINDING_FIELDS.items(),
        ("fields", pa.string()),
    ]
)

ERRORS_SCHEMA = pa.schema(
    [
        ("position", pa.int64()),
        ("doc_id", pa.string()),
        ("source", pa.string()),
        ("sha256", pa.string()),
        ("stage", pa.string()),
        ("reason", pa.string()),
    ]
)

#: Table name -> schema, in the order they are written.
TABLES: dict[str, pa.Schema] = {
    "documents": DOCUMENTS_SCHEMA,
    "tokens": TOKENS_SCHEMA,
    "findings": FINDINGS_SCHEMA,
    "errors": ERRORS_SCHEMA,
}

_SPAN_KEYS = ("start", "end", "text", "label")


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _diversity(figures: Mapping[str, Any]) -> tuple[float | None, float | None, float | None]:
    rows = figures.get("diversity", {}).get("rows", [])
    row = next((r for r in rows if r.get("tokenization") == "words (normalized)"), None)
    if row is None:
        return None, None, None
    return row.get("ttr"), row.get("mattr"), row.get("mtld")


def _finding_row(doc_id: str, layer: str, index: int, finding: Mapping[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = {"doc_id": doc_id, "layer": layer, "index": index}
    for key in _SPAN_KEYS:
        row[key] = finding[key]
    rest: dict[str, Any] = {}
    for key, value in finding.items():
        if key in _SPAN_KEYS:
            continue
        kind = FINDING_FIELDS.get(key)
        # a typed column holds only values of its type; anything else (None included) stays in JSON
        if kind is not None and type(value) is _PY_TYPES[kind]:
            row[key] = value
        else:
            rest[key] = value
    row["fields"] = _json(rest)
    return row


def document_rows(position: int, doc_id: str, source: str, metadata: Mapping[str, Any],
                  picked: Mapping[str, str | None], words: int, result: Mapping[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Turn one document's ``analyze_text_ar`` result into rows of ``documents``, ``tokens``, ``findings``.

    Args:
        position: the document's order among the inputs.
        doc_id, source, metadata: from :class:`helpers.corpus.documents.Document`.
        picked: ``title``, ``category``, ``date`` and ``url`` (``None`` where not given).
        words: the number of Arabic word tokens of the text.
        result: :func:`helpers.analyze.analyze_text_ar`'s result for the document's text.
    """
    layers = result["layers"]
    morphology = layers.get("morphology")
    tokens = [
        {"doc_id": doc_id, "index": i, **{name: f["text" if name == "token" else name] for name in MORPHOLOGY_COLUMNS}}
        for i, f in enumerate(morphology or [])
    ]
    findings = [
        _finding_row(doc_id, layer, i, f)
        for layer in SPAN_LAYERS if layer in layers
        for i, f in enumerate(layers[layer])
    ]
    ttr, mattr, mtld = _diversity(result["figures"])
    document = {
        "position": position, "doc_id": doc_id, "source": source, "sha256": result["sha256"],
        "characters": result["characters"], "words": words,
        **{name: picked.get(name) for name in ("title", "category", "date", "url")},
        "metadata": _json(dict(metadata)),
        **{f"n_{name}": len(layers[name]) if name in layers else None for name in LAYERS},
        "ttr": ttr, "mattr": mattr, "mtld": mtld,
        "counts": _json(result["counts"]), "figures": _json(result["figures"]),
    }
    return {"documents": [document], "tokens": tokens, "findings": findings}


def error_row(position: int, doc_id: str, source: str, sha256: str | None, stage: str, reason: str) -> dict[str, Any]:
    """One row of ``errors`` (the reason is cut to its first line).

    >>> error_row(3, "a", "a.txt", None, "read", "a is empty\\nmore")["reason"]
    'a is empty'
    """
    first = str(reason).strip().splitlines()[0] if str(reason).strip() else "unknown error"
    return {"position": position, "doc_id": doc_id, "source": source, "sha256": sha256, "stage": stage, "reason": first}


def rows_to_table(name: str, rows: Sequence[Mapping[str, Any]]) -> pa.Table:
    """Build table ``name`` (a key of :data:`TABLES`) from row dicts; absent columns are null."""
    schema = TABLES[name]
    if not rows:
        return schema.empty_table()
    # Arrow converts the dicts itself (a key not in the schema is ignored, a missing one is null).
    return pa.Table.from_struct_array(pa.array(rows, type=pa.struct(schema)))


def document_analysis_from_rows(document: Mapping[str, Any], tokens: Sequence[Mapping[str, Any]],
                                findings: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Rebuild ``analyze``'s JSON for one document (``sha256``, ``characters``, ``layers``, ``counts``, ``figures``).

    Args:
        document: its row of ``documents``.
        tokens, findings: its rows of ``tokens`` and ``findings``, in table order.

    Returns:
        The dict that ``python -m helpers analyze`` writes for the text, less ``source``.
    """
    counts = json.loads(document["counts"])
    layers: dict[str, list[dict[str, Any]]] = {}
    for name in LAYERS:
        if document.get(f"n_{name}") is None:
            continue
        if name == "morphology":
            layers[name] = [
                {"start": t["start"], "end": t["end"], "text": t["token"], "label": "morph",
                 **{c: t[c] for c in MORPHOLOGY_COLUMNS if c not in ("start", "end", "token")}}
                for t in tokens
            ]
            continue
        found = []
        for f in findings:
            if f["layer"] != name:
                continue
            row = {key: f[key] for key in _SPAN_KEYS}
            row.update({key: f[key] for key in FINDING_FIELDS if f.get(key) is not None})
            row.update(json.loads(f["fields"]))
            found.append(row)
        layers[name] = found
    return {
        "sha256": document["sha256"],
        "characters": document["characters"],
        "layers": layers,
        "counts": counts,
        "figures": json.loads(document["figures"]),
    }
