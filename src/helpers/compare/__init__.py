"""Comparison of two or more texts: profiles side by side, keyness, shared statements and framing.

Modules (each reads top to bottom; they combine the single-text helpers, never reimplement them):

- ``texts``: the constructed comparison texts of ``data/comparison/`` (:func:`comparison_texts`).
- ``profile``: one column per text, one row per measure (:func:`profile_texts_ar`).
- ``keyness``: key words of a text against another or against the rest (:func:`keyness_between_ar`).
- ``align``: TF-IDF over character n-grams, statements shared, partial or unique (:func:`align_statements_ar`).
- ``framing``: actor mentions, the verbs they are agents of, evaluation nearby (:func:`framing_table_ar`).

>>> from helpers.compare import comparison_texts
>>> list(comparison_texts())
['wire_report', 'joint_communique', 'opposing_commentary']
"""

from helpers.compare.align import ALIGN_LABELS, align_statements_ar, shared_content_matrix, statement_units_ar
from helpers.compare.framing import comparison_actors_ar, framing_summary_ar, framing_table_ar
from helpers.compare.keyness import keyness_between_ar, keyness_each_vs_rest_ar
from helpers.compare.profile import PROFILE_SECTIONS, first_plural_words_ar, morphology_tables_ar, profile_texts_ar
from helpers.compare.texts import COMPARISON_TEXTS, comparison_header, comparison_texts, load_comparison_text

__all__ = [
    "ALIGN_LABELS",
    "COMPARISON_TEXTS",
    "PROFILE_SECTIONS",
    "align_statements_ar",
    "comparison_actors_ar",
    "comparison_header",
    "comparison_texts",
    "first_plural_words_ar",
    "framing_summary_ar",
    "framing_table_ar",
    "keyness_between_ar",
    "keyness_each_vs_rest_ar",
    "load_comparison_text",
    "morphology_tables_ar",
    "profile_texts_ar",
    "shared_content_matrix",
    "statement_units_ar",
]
