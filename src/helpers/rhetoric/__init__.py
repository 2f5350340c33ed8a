"""Rhetoric: lexical stance and evaluation, and rhetorical devices.

Modules:

* :mod:`helpers.rhetoric.lexical`: tag evaluation, boosters, hedges, evidentials, semantic fields
  and metaphor source domains with the lexicons of ``data/lexicons/`` (through
  :mod:`helpers.text.lexicons`), flag negation, and report densities per 1,000 words by part of an
  article.
* ``helpers.rhetoric.devices_*``: detectors of rhetorical devices (balagha), documented in their
  own modules.
* :mod:`helpers.rhetoric.actors` and :mod:`helpers.rhetoric.ideology`: a text's actors and camps,
  read from the text (its names, groups and "we"), and the ideological square (us/them).
"""

from helpers.rhetoric.lexical import (
    EVALUATION_LEXICONS,
    FIELD_LEXICONS,
    NEGATABLE_LEXICONS,
    NEGATORS_AR,
    rhetoric_densities_ar,
    tag_evaluation_ar,
    tag_fields_ar,
)

__all__ = [
    "EVALUATION_LEXICONS",
    "FIELD_LEXICONS",
    "NEGATABLE_LEXICONS",
    "NEGATORS_AR",
    "rhetoric_densities_ar",
    "tag_evaluation_ar",
    "tag_fields_ar",
]

# Rhetorical devices (balagha) and the ideological square: detectors, gold scoring.
from helpers.rhetoric.devices import (  # noqa: E402
    DETECTORS,
    DEVICE_TYPES,
    GOLD_ONLY_DEVICES,
    TERMS_AR,
    Device,
    devices_to_frame,
    find_anaphora_ar,
    find_antithesis_ar,
    find_devices_ar,
    find_jinas_ar,
    find_metaphor_candidates_ar,
    find_quotes_exclamations_questions_ar,
    find_repetition_ar,
    find_saj_ar,
    find_triads_ar,
    find_us_them_ar,
)
from helpers.rhetoric.evaluate import load_gold_rhetoric, score_against_gold  # noqa: E402
from helpers.rhetoric.actors import actor_camps_ar, text_actor_mentions_ar  # noqa: E402
from helpers.rhetoric.ideology import CASE_STUDY_CAMPS, actor_mentions_ar, load_actors_ar  # noqa: E402

__all__ += [
    "DETECTORS",
    "DEVICE_TYPES",
    "GOLD_ONLY_DEVICES",
    "TERMS_AR",
    "Device",
    "devices_to_frame",
    "find_anaphora_ar",
    "find_antithesis_ar",
    "find_devices_ar",
    "find_jinas_ar",
    "find_metaphor_candidates_ar",
    "find_quotes_exclamations_questions_ar",
    "find_repetition_ar",
    "find_saj_ar",
    "find_triads_ar",
    "find_us_them_ar",
    "load_gold_rhetoric",
    "score_against_gold",
    "CASE_STUDY_CAMPS",
    "actor_camps_ar",
    "actor_mentions_ar",
    "load_actors_ar",
    "text_actor_mentions_ar",
]
