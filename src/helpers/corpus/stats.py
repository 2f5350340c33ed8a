"""Word statistics over an analysed corpus: frequency, dispersion, keyness, collocations.

The counting unit is the Arabic word token of the ``tokens`` table (the morphology layer), at
the four levels of :mod:`helpers.statistics.levels`: ``surface`` (as written), ``normalized``
(:func:`helpers.text.normalize.normalize_ar`), ``lemma`` (the analyzer's lemma, or the
normalized form where it has none) and ``root`` (words without a root are not counted). Sizes
are always every word token, function words included, so rates do not change when function
words are dropped (``stopwords=False``, judged by :func:`helpers.text.stopwords.is_stopword_ar`
on the token as written).

* :func:`corpus_frequency_ar`: count, frequency per million words, document frequency, and
  Gries' DP with **documents as the parts** (:func:`helpers.statistics.frequency.gries_dp`):
  each document's share of the corpus's words against its share of the item's occurrences.
  DP near 0: the item is spread over the corpus like the words themselves; near 1: it is
  concentrated in a few documents. ``dp_norm`` divides by ``1 - min(share)``.
* :func:`corpus_keyness_ar`: each sub-corpus (documents grouped by a metadata column) against
  the rest of the corpus, with the formulas of :func:`helpers.statistics.keyness.keyness_ar`
  (signed log-likelihood, Log Ratio with 0.5 for zero counts).
* :func:`corpus_collocations_ar`: window collocates of a node across all documents (windows
  never cross a document boundary), with PMI, NPMI and log-Dice
  (:func:`helpers.statistics.collocations.association_scores`).

All work in SQL (DuckDB) over the Parquet files, so the corpus is never loaded whole; only the
distinct word forms pass through Python, once, to be normalized.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from helpers.corpus.documents import CorpusInputError
from helpers.corpus.read import connect_corpus
from helpers.statistics.collocations import MEASURES, association_scores
from helpers.statistics.keyness import keyness_ar
from helpers.statistics.levels import LEVELS, query_form_ar
from helpers.text.normalize import is_arabic_word_ar, normalize_ar
from helpers.text.stopwords import is_stopword_ar

__all__ = ["NO_GROUP", "corpus_collocations_ar", "corpus_frequency_ar", "corpus_keyness_ar", "group_expression", "group_values"]

#: The group of documents that lack the metadata field grouped by.
NO_GROUP = "(none)"

_DOCUMENT_COLUMNS = ("doc_id", "source", "title", "category", "date", "url")


def _connection(corpus: str | Path | Any) -> Any:
    return connect_corpus(corpus) if isinstance(corpus, (str, Path)) else corpus


def group_expression(con: Any, by: str | None) -> str:
    """The SQL expression (over ``documents``) giving each document's group; checks that ``by`` exists."""
    if by is None:
        return "'all'"
    if not isinstance(by, str) or not by:
        raise CorpusInputError(f"by must name a document column or metadata field, not {by!r}")
    if by in _DOCUMENT_COLUMNS:
        expression = f'CAST("{by}" AS VARCHAR)'
    else:
        quoted = by.replace('"', '\\"').replace("'", "''")
        expression = f"""json_extract_string(metadata, '$."{quoted}"')"""
    (found,) = con.execute(f"SELECT count(*) FROM documents WHERE NULLIF(TRIM({expression}), '') IS NOT NULL").fetchone()
    if not found:
        keys = sorted({k for (m,) in con.execute("SELECT metadata FROM documents LIMIT 1000").fetchall()
                       for k in json.loads(m)})
        raise CorpusInputError(f"no document has a value for {by!r} (columns: {', '.join(_DOCUMENT_COLUMNS)}; "
                               f"metadata: {', '.join(keys) or 'none'})")
    return f"COALESCE(NULLIF(TRIM({expression}), ''), '{NO_GROUP}')"


def group_values(corpus: str | Path | Any, by: str) -> list[str]:
    """The groups of documents by ``by`` (a document column or metadata field), sorted."""
    con = _connection(corpus)
    expression = group_expression(con, by)
    return [g for (g,) in con.execute(f"SELECT DISTINCT {expression} AS g FROM documents ORDER BY g").fetchall()]


def _check_level(level: str) -> str:
    if level not in LEVELS:
        raise ValueError(f"level must be one of {', '.join(LEVELS)}, not {level!r}")
    return level


def _words(con: Any, *, level: str, by: str | None, fold: bool = False) -> None:
    """Create the temporary table ``w(doc_id, grp, idx, item, stop)`` of the corpus's Arabic word tokens.

    ``fold`` normalizes lemma and root items too (as collocations compare them).
    """
    (rows,) = con.execute("SELECT count(*) FROM tokens").fetchone()
    if not rows:
        raise CorpusInputError("the corpus has no tokens: run it with the morphology layer (the default) for word statistics")
    tokens = [t for (t,) in con.execute("SELECT DISTINCT token FROM tokens").fetchall()]
    forms = pd.DataFrame({
        "token": tokens,
        "norm": [normalize_ar(t) for t in tokens],
        "arabic": [is_arabic_word_ar(t) for t in tokens],
        "stop": [is_stopword_ar(t) for t in tokens],
    })
    con.register("forms", forms)
    item = {"surface": "t.token", "normalized": "f.norm",
            "lemma": "CASE WHEN t.lemma <> '' THEN t.lemma ELSE f.norm END", "root": "t.root"}[level]
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE w AS
        SELECT t.doc_id, d.grp, t."index" AS idx, {item} AS item, f.stop
        FROM tokens t JOIN forms f USING (token)
        JOIN (SELECT doc_id, {group_expression(con, by)} AS grp FROM documents) d USING (doc_id)
        WHERE f.arabic
    """)
    if fold and level in ("lemma", "root"):
        items = [i for (i,) in con.execute("SELECT DISTINCT item FROM w").fetchall()]
        con.register("folded", pd.DataFrame({"item": items, "fold": [normalize_ar(i) if i else "" for i in items]}))
        con.execute("CREATE OR REPLACE TEMP TABLE w AS SELECT doc_id, grp, idx, folded.fold AS item, stop FROM w JOIN folded USING (item)")


def corpus_frequency_ar(
    corpus: str | Path | Any,
    *,
    level: str = "normalized",
    stopwords: bool = True,
    min_count: int = 1,
    by: str | None = None,
    top: int | None = None,
) -> pd.DataFrame:
    """Frequency, document frequency and dispersion (DP over documents) of every item.

    Args:
        corpus: the output folder of a corpus run, or a connection from :func:`connect_corpus`.
        level: ``surface``, ``normalized``, ``lemma`` or ``root``.
        stopwords: count function words (``False`` leaves them out; sizes are unchanged).
        min_count: leave out items seen fewer times (in their group).
        by: a document column or metadata field: one table per group, stacked (``None``: the
            whole corpus as one group ``all``).
        top: keep the ``top`` most frequent items of each group.

    Returns:
        Columns ``group``, ``item``, ``count``, ``per_million`` (per million word tokens of the
        group), ``documents`` (documents containing the item), ``doc_share`` (their share of the
        group's documents), ``dp``, ``dp_norm`` (documents as parts; ``nan`` with one document),
        ``rank`` (1 = most frequent; ties share the best rank); sorted by group, count
        (descending), item.
    """
    con = _connection(corpus)
    _check_level(level)
    _words(con, level=level, by=by)
    keep = "" if stopwords else "AND NOT stop"
    rows = con.execute(f"""
        WITH sizes AS (SELECT grp, doc_id, count(*)::DOUBLE AS size FROM w GROUP BY ALL),
        totals AS (SELECT grp, sum(size) AS n, min(size) AS smallest, count(*) AS parts FROM sizes GROUP BY grp),
        per_doc AS (SELECT grp, doc_id, item, count(*)::DOUBLE AS c FROM w WHERE item <> '' {keep} GROUP BY ALL),
        f AS (SELECT grp, item, sum(c) AS f, count(*) AS docs FROM per_doc GROUP BY ALL HAVING sum(c) >= ?)
        SELECT f.grp AS "group", f.item, CAST(f.f AS BIGINT) AS count, f.f * 1e6 / t.n AS per_million,
               f.docs AS documents, f.docs / t.parts AS doc_share,
               CASE WHEN t.parts < 2 THEN NULL
                    ELSE 0.5 * (sum(abs(p.c / f.f - s.size / t.n)) + 1 - sum(s.size / t.n)) END AS dp,
               t.smallest / t.n AS min_share
        FROM f JOIN per_doc p USING (grp, item) JOIN sizes s ON s.grp = p.grp AND s.doc_id = p.doc_id
        JOIN totals t ON t.grp = f.grp
        GROUP BY f.grp, f.item, f.f, f.docs, t.n, t.parts, t.smallest
        ORDER BY "group", count DESC, f.item
    """, [min_count]).df()
    rows["dp"] = rows["dp"].astype(float).round(12)
    rows["dp_norm"] = (rows["dp"] / (1 - rows.pop("min_share"))).round(12)
    rows["rank"] = rows.groupby("group")["count"].rank(method="min", ascending=False).astype("int64")
    if top is not None:
        rows = rows.groupby("group", sort=False).head(top)
    return rows.reset_index(drop=True)


def _group_counts(con: Any, *, stopwords: bool) -> tuple[dict[str, dict[str, int]], dict[str, int]]:
    sizes = dict(con.execute("SELECT grp, count(*) FROM w GROUP BY grp").fetchall())
    keep = "" if stopwords else "AND NOT stop"
    counts: dict[str, dict[str, int]] = {g: {} for g in sizes}
    for grp, item, n in con.execute(f"SELECT grp, item, count(*) FROM w WHERE item <> '' {keep} GROUP BY ALL").fetchall():
        counts[grp][item] = n
    return counts, sizes


def corpus_keyness_ar(
    corpus: str | Path | Any,
    *,
    by: str = "category",
    level: str = "normalized",
    stopwords: bool = False,
    min_count: int = 5,
    top: int | None = 25,
) -> pd.DataFrame:
    """Key items of each sub-corpus against the rest of the corpus.

    Args:
        corpus: the output folder of a corpus run, or a connection from :func:`connect_corpus`.
        by: the document column or metadata field that defines the sub-corpora.
        level: ``surface``, ``normalized``, ``lemma`` or ``root``.
        stopwords: keep function words (default: leave them out).
        min_count: only items seen at least this often in the sub-corpus.
        top: keep the first ``top`` positive key items of each sub-corpus (``None``: all items,
            positive and negative).

    Returns:
        Columns ``group``, ``documents``, ``words``, then those of
        :func:`helpers.statistics.keyness.keyness_ar` with ``per_million_target`` and
        ``per_million_ref`` in place of the rates per 1,000: ``item``, ``count_target``,
        ``count_ref``, ``ll`` (signed), ``p``, ``log_ratio``, ``direction``. Groups sorted, rows
        by LL (descending).
    """
    con = _connection(corpus)
    _check_level(level)
    _words(con, level=level, by=by)
    counts, sizes = _group_counts(con, stopwords=stopwords)
    if len(sizes) < 2:
        raise CorpusInputError(f"keyness needs two or more groups of documents by {by!r}, found {len(sizes)}")
    documents = dict(con.execute("SELECT grp, count(DISTINCT doc_id) FROM w GROUP BY grp").fetchall())
    total: dict[str, int] = {}
    for found in counts.values():
        for item, n in found.items():
            total[item] = total.get(item, 0) + n
    all_words = sum(sizes.values())
    frames = []
    for group in sorted(counts):
        target = counts[group]
        rest = {item: total[item] - target.get(item, 0) for item in (target if top is not None else total)}
        table = keyness_ar(target, rest, target_size=sizes[group], reference_size=all_words - sizes[group],
                           min_count=min_count, reference_only=top is None)
        if top is not None:
            table = table[table["direction"] == "target"].head(top)
        table = table.assign(per_1000_target=table["per_1000_target"] * 1000, per_1000_ref=table["per_1000_ref"] * 1000)
        table = table.rename(columns={"per_1000_target": "per_million_target", "per_1000_ref": "per_million_ref"})
        frames.append(table.assign(group=group, documents=documents[group], words=sizes[group]))
    out = pd.concat(frames, ignore_index=True)
    return out[["group", "documents", "words", *[c for c in out.columns if c not in ("group", "documents", "words")]]]


def corpus_collocations_ar(
    corpus: str | Path | Any,
    node: str,
    *,
    window: int = 4,
    min_count: int = 3,
    measures: Sequence[str] = MEASURES,
    level: str = "normalized",
    stopwords: bool = True,
) -> pd.DataFrame:
    """Rank the words near ``node`` over the whole corpus (as :func:`helpers.statistics.collocations.collocations_ar`).

    Args:
        corpus: the output folder of a corpus run, or a connection from :func:`connect_corpus`.
        node: the node word, compared at ``level`` (:func:`helpers.statistics.levels.query_form_ar`).
        window: word tokens on each side; a window stops at its document's edges.
        min_count: the least number of co-occurrences a collocate needs.
        measures: any of ``pmi``, ``npmi``, ``log_dice``; the first one sorts the table.
        level: the level of node and collocates (lemma and root items are compared normalized).
        stopwords: list function-word collocates (``False`` leaves them out of the list only).

    Returns:
        Columns ``collocate``, ``cooc``, ``left``, ``right``, ``freq_collocate``, ``freq_node``,
        ``documents`` (documents where they co-occur), then the measures; ``N`` is every word
        token of the corpus. Empty if the node does not occur.
    """
    con = _connection(corpus)
    _check_level(level)
    if isinstance(window, bool) or not isinstance(window, int) or window < 1:
        raise ValueError(f"window must be an int of at least 1, not {window!r}")
    if isinstance(measures, str) or not measures or any(m not in MEASURES for m in measures):
        raise ValueError(f"measures must be a non-empty list drawn from {', '.join(MEASURES)}, not {measures!r}")
    form = query_form_ar(node, level)
    _words(con, level=level, by=None, fold=True)
    (total,) = con.execute("SELECT count(*) FROM w").fetchone()
    (f_n,) = con.execute("SELECT count(*) FROM w WHERE item = ?", [form]).fetchone()
    columns = ["collocate", "cooc", "left", "right", "freq_collocate", "freq_node", "documents", *measures]
    if not f_n:
        return pd.DataFrame(columns=columns)
    rows = con.execute("""
        WITH nodes AS (SELECT doc_id, idx FROM w WHERE item = ?),
        near AS (
            SELECT c.item, c.idx < n.idx AS is_left, c.doc_id
            FROM nodes n JOIN w c ON c.doc_id = n.doc_id AND c.idx BETWEEN n.idx - ? AND n.idx + ?
            WHERE c.idx <> n.idx AND c.item <> ? AND c.item <> ''
        ),
        freq AS (SELECT item, count(*) AS f FROM w WHERE item <> '' GROUP BY item)
        SELECT near.item, count(*) AS cooc, count(*) FILTER (WHERE is_left) AS "left",
               count(*) FILTER (WHERE NOT is_left) AS "right", freq.f, count(DISTINCT doc_id) AS documents
        FROM near JOIN freq USING (item) GROUP BY near.item, freq.f HAVING count(*) >= ?
    """, [form, window, window, form, min_count]).fetchall()
    out = []
    for item, cooc, left, right, f_c, documents in rows:
        if not stopwords and is_stopword_ar(item):
            continue
        scores = association_scores(cooc, f_n, f_c, total)
        out.append([item, cooc, left, right, f_c, f_n, documents, *(scores[m] for m in measures)])
    out.sort(key=lambda r: (-r[7], -r[1], r[0]))
    frame = pd.DataFrame(out, columns=columns)
    for name in ("cooc", "left", "right", "freq_collocate", "freq_node", "documents"):
        frame[name] = frame[name].astype("int64")
    return frame
