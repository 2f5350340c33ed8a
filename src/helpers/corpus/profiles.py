"""A profile per sub-corpus: size, diversity, stance, devices, connectives, attribution, deixis.

:func:`subcorpus_profiles_ar` groups the documents of an analysed corpus by a document column or
metadata field (``category``, ``folder``, a CSV column ...) and lays the groups side by side,
one column per group and one for the whole corpus, with rows indexed by ``(section, measure)``
like :func:`helpers.compare.profile_texts_ar`. Because sub-corpora differ in size, every count
of findings is a **rate per 1,000 words** (Arabic word tokens of the group's documents):

==============  ==========================================================================================
section         measures (from the ``findings`` of the layer named)
==============  ==========================================================================================
``size``        ``documents``, ``words``, ``words per document`` (mean), ``sentences``, ``mean sentence
                length`` (words per sentence, ``sentences`` layer)
``diversity``   ``TTR`` and ``MATTR (window 50)`` of normalized words: the mean over documents (a TTR of
                the pooled sub-corpus would only reflect its size)
``stance``      ``positive``, ``negative`` (lexicon polarity before negation), ``negated evaluations``,
                ``boosters``, ``hedges``, ``evidentials``, ``certainty`` (``evaluation``)
``devices``     ``total`` and one row per device type found, in the order of
                :data:`helpers.rhetoric.DEVICE_TYPES` (``devices``)
``connectives`` ``lexical`` (every connective but a lone و/ف) and one row per sense of the lexical ones,
                then ``clause-initial و/ف`` (``connectives``: the ``analyze`` layer tags و/ف that open a
                clause; their sense is ambiguous, so they are counted apart)
``attribution`` ``attributions``, ``named``, ``unnamed``, ``implicit`` sources, ``evidential frames``
                (``attribution``)
``deixis``      ``temporal``, ``spatial`` (``deixis``)
==============  ==========================================================================================

Values are floats rounded to two decimals, except the counts of the ``size`` section.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from helpers.corpus.stats import group_expression
from helpers.corpus.read import connect_corpus
from helpers.discourse import SENSE_CLASSES
from helpers.rhetoric import DEVICE_TYPES

__all__ = ["PROFILE_SECTIONS", "subcorpus_profiles_ar"]

#: The sections of a sub-corpus profile, in row order.
PROFILE_SECTIONS = ("size", "diversity", "stance", "devices", "connectives", "attribution", "deixis")

_STANCE = (("positive", "label = 'evaluative:positive'"), ("negative", "label = 'evaluative:negative'"),
           ("negated evaluations", "negated"), ("boosters", "label = 'booster'"), ("hedges", "label = 'hedge'"),
           ("evidentials", "label = 'evidential'"), ("certainty", "label = 'certainty'"))
_ATTRIBUTION = (("attributions", "label = 'attribution'"), ("named", "label = 'attribution' AND source_type = 'named'"),
                ("unnamed", "label = 'attribution' AND source_type = 'unnamed'"),
                ("implicit", "label = 'attribution' AND source_type = 'implicit'"), ("evidential frames", "label = 'evidential'"))
ALL = "all documents"


def _counts(con: Any, layer: str, conditions: list[tuple[str, str]]) -> dict[str, dict[str, int]]:
    """measure -> group -> number of findings of ``layer`` meeting the measure's SQL condition."""
    selects = ", ".join(f"count(*) FILTER (WHERE {cond}) AS m{k}" for k, (_, cond) in enumerate(conditions))
    rows = con.execute(f"SELECT g.grp, {selects} FROM findings JOIN g USING (doc_id) WHERE layer = ? GROUP BY g.grp",
                       [layer]).fetchall()
    out: dict[str, dict[str, int]] = {name: {} for name, _ in conditions}
    for grp, *values in rows:
        for (name, _), value in zip(conditions, values):
            out[name][grp] = int(value)
    return out


def subcorpus_profiles_ar(corpus: str | Path | Any, *, by: str = "category", drop_empty: bool = True) -> pd.DataFrame:
    """Profile each group of documents, side by side with the whole corpus.

    Args:
        corpus: the output folder of a corpus run, or a connection from :func:`connect_corpus`.
        by: the document column or metadata field that defines the groups.
        drop_empty: leave out device-type and connective-sense rows that are 0 everywhere.

    Returns:
        A DataFrame indexed by ``(section, measure)`` (sections :data:`PROFILE_SECTIONS`; measures
        in the module docstring), one column per group (sorted), then ``all documents``.
    """
    con = connect_corpus(corpus) if isinstance(corpus, (str, Path)) else corpus
    con.execute(f"CREATE OR REPLACE TEMP TABLE g AS SELECT doc_id, {group_expression(con, by)} AS grp, words, ttr, mattr FROM documents")
    con.execute("CREATE OR REPLACE TEMP TABLE g_all AS SELECT doc_id, grp, words, ttr, mattr FROM g UNION ALL "
                f"SELECT doc_id, '{ALL}' AS grp, words, ttr, mattr FROM g")
    groups = [g for (g,) in con.execute("SELECT DISTINCT grp FROM g ORDER BY grp").fetchall()] + [ALL]
    size = {grp: (docs, words, ttr, mattr) for grp, docs, words, ttr, mattr in con.execute(
        "SELECT grp, count(*), sum(words), avg(ttr), avg(mattr) FROM g_all GROUP BY grp").fetchall()}

    def total(counts: dict[str, int]) -> dict[str, int]:
        return {**counts, ALL: sum(counts.values())}

    rows: dict[tuple[str, str], dict[str, Any]] = {}
    sentences = total(_counts(con, "sentences", [("sentences", "TRUE")])["sentences"])
    rows[("size", "documents")] = {g: int(size[g][0]) for g in groups}
    rows[("size", "words")] = {g: int(size[g][1] or 0) for g in groups}
    rows[("size", "words per document")] = {g: round((size[g][1] or 0) / size[g][0], 2) for g in groups}
    rows[("size", "sentences")] = {g: sentences.get(g, 0) for g in groups}
    rows[("size", "mean sentence length")] = {
        g: round((size[g][1] or 0) / sentences[g], 2) if sentences.get(g) else float("nan") for g in groups}
    rows[("diversity", "TTR")] = {g: round(size[g][2], 2) if size[g][2] is not None else float("nan") for g in groups}
    rows[("diversity", "MATTR (window 50)")] = {g: round(size[g][3], 2) if size[g][3] is not None else float("nan") for g in groups}

    def rates(section: str, layer: str, conditions: list[tuple[str, str]], *, optional: bool = False) -> None:
        for name, counts in _counts(con, layer, conditions).items():
            counts = total(counts)
            if optional and drop_empty and not any(counts.values()):
                continue
            rows[(section, f"{name} per 1,000")] = {
                g: round(counts.get(g, 0) * 1000 / size[g][1], 2) if size[g][1] else float("nan") for g in groups}

    rates("stance", "evaluation", list(_STANCE))
    rates("devices", "devices", [("total", "TRUE")])
    rates("devices", "devices", [(kind, f"device = '{kind}'") for kind in DEVICE_TYPES], optional=True)
    rates("connectives", "connectives", [("lexical", "kind <> 'clitic'")])
    rates("connectives", "connectives", [(s, f"kind <> 'clitic' AND sense = '{s}'") for s in SENSE_CLASSES], optional=True)
    rates("connectives", "connectives", [("clause-initial و/ف", "kind = 'clitic'")])
    rates("attribution", "attribution", list(_ATTRIBUTION))
    rates("deixis", "deixis", [("temporal", "label = 'temporal'"), ("spatial", "label = 'spatial'")])
    index = pd.MultiIndex.from_tuples(list(rows), names=["section", "measure"])
    return pd.DataFrame([[rows[key][g] for g in groups] for key in rows], index=index, columns=groups, dtype=object)
