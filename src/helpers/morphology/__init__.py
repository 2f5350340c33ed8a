"""Morphology: lemma, root, pattern, part of speech and clitics for every Arabic word token.

Modules:

- ``base``: what every backend returns (:class:`WordAnalysis`), the backend protocol and the
  table's columns (:data:`MORPHOLOGY_COLUMNS`).
- ``farahidi_backend``: the embedded default, farahidi (an offline port of AlKhalil Morpho Sys 2).
- ``camel_backend``: CAMeL Tools (needs its morphology database); imported only by
  ``get_backend("camel")``, never by this package.
- ``backends``: :func:`get_backend` and the type-level :class:`AnalysisCache`.
- ``repair``: standard spellings for dropped or misplaced hamzas, ى/ي and ة/ه before analysis.
- ``table``: :func:`analyze_morphology_ar` (the table), :func:`coverage_ar`,
  :func:`unknown_words_ar`, :func:`repairs_ar`, :func:`candidates_ar`, :func:`morphology_spans_ar`.

>>> from helpers.morphology import MORPHOLOGY_COLUMNS, analyze_morphology_ar
>>> table = analyze_morphology_ar("مفاوضات تدريبية")
>>> [(row.root, row.pos_coarse) for row in table.itertuples()]
[('فوض', 'NOUN'), ('درب', 'ADJ')]
>>> len(table.columns) == len(MORPHOLOGY_COLUMNS)
True
"""

from helpers.morphology.backends import BACKEND_NAMES, AnalysisCache, get_backend, shared_cache
from helpers.morphology.base import (
    COARSE_POS,
    MORPHOLOGY_COLUMNS,
    BackendUnavailable,
    MorphologyBackend,
    WordAnalysis,
)
from helpers.morphology.farahidi_backend import FarahidiBackend
from helpers.morphology.repair import Repair, analysis_form_ar, choose_repair_ar, repair_candidates_ar
from helpers.morphology.table import (
    MorphSpan,
    analyze_morphology_ar,
    candidates_ar,
    coverage_ar,
    morphology_spans_ar,
    repairs_ar,
    unknown_words_ar,
)

__all__ = [
    "AnalysisCache",
    "BACKEND_NAMES",
    "BackendUnavailable",
    "COARSE_POS",
    "FarahidiBackend",
    "MORPHOLOGY_COLUMNS",
    "MorphSpan",
    "MorphologyBackend",
    "Repair",
    "WordAnalysis",
    "analysis_form_ar",
    "analyze_morphology_ar",
    "candidates_ar",
    "choose_repair_ar",
    "coverage_ar",
    "get_backend",
    "morphology_spans_ar",
    "repair_candidates_ar",
    "repairs_ar",
    "shared_cache",
    "unknown_words_ar",
]
