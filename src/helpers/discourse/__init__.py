"""Discourse of a single text: parts, connectives, attribution, deixis and reference chains.

Modules (each reads top to bottom; all findings are :class:`~helpers.text.spans.Span` subclasses with
offsets into the text as loaded):

- ``parts``: headline, dateline, lead, body, closing, boilerplate (:func:`text_parts_ar`).
- ``connectives``: discourse connectives with PDTB-3 senses (:func:`find_connectives_ar`); the
  word-level tests it needs (what opens a clause, what is an event) are in ``clauses``.
- ``scoring``: connectives scored against the kit's news gold (:func:`~helpers.discourse.scoring.score_connectives_ar`).
- ``attribution``: reported speech and evidential frames (:func:`find_attributions_ar`).
- ``deixis``: temporal and spatial deixis (:func:`find_deixis_ar`).
- ``chains``: reference chains of the main actors (:func:`reference_chains_ar`), gold chains
  and recall (:func:`read_gold_chain_ar`, :func:`chain_recall_ar`).
- ``lexicon``: the three lexicons in ``data/lexicons/`` (see ``data/lexicons/README.md (discourse section)``).
- ``words``: normalized words with original offsets, the ground the matchers share.

>>> from helpers.discourse import find_connectives_ar
>>> [(c.sense, c.pdtb) for c in find_connectives_ar("تأخر الوفد لأن الطريق مغلق.")]
[('cause', 'Contingency.Cause')]
"""

from helpers.discourse.attribution import Attribution, find_attributions_ar
from helpers.discourse.chains import (
    ChainMention,
    ChainRecall,
    chain_recall_ar,
    read_gold_chain_ar,
    reference_chains_ar,
)
from helpers.discourse.connectives import CLITIC_POLICIES, Connective, find_connectives_ar
from helpers.discourse.deixis import Deixis, find_deixis_ar
from helpers.discourse.lexicon import (
    SENSE_CLASSES,
    SENSE_SUBTYPES,
    connective_lexicon_ar,
    deixis_lexicon_ar,
    reporting_lexicon_ar,
)
from helpers.discourse.parts import PART_LABELS, text_parts_ar

__all__ = [
    "Attribution",
    "CLITIC_POLICIES",
    "ChainMention",
    "ChainRecall",
    "Connective",
    "Deixis",
    "PART_LABELS",
    "SENSE_CLASSES",
    "SENSE_SUBTYPES",
    "chain_recall_ar",
    "connective_lexicon_ar",
    "deixis_lexicon_ar",
    "find_attributions_ar",
    "find_connectives_ar",
    "find_deixis_ar",
    "read_gold_chain_ar",
    "reference_chains_ar",
    "reporting_lexicon_ar",
    "text_parts_ar",
]
