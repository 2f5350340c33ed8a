"""Named entities: persons, places, organizations and dates, from documented gazetteers and patterns.

Modules:

- ``gazetteers``: the TSV files of ``data/gazetteers/`` (countries and capitals with their
  demonyms, places, organizations, titles, portfolios, given names, the calendar, type words,
  look-alikes), checked and indexed (:func:`load_gazetteer_ar`).
- ``words``: the tokens the rules read, with proclitic readings and name hints
  (:func:`entity_words_ar`).
- ``clues``: what one token says about names (:func:`name_strength_ar`).
- ``dates``: the rules for dates and times.
- ``names``: the rules for persons, :func:`~helpers.entities.names.find_persons_ar` over its
  triggers: ``titled_names`` (after a title), ``speakers`` (after a verb of saying),
  ``kin_names`` (after a kinship noun or a demonym), ``given_names`` (a given name, a kunya, a
  cue such as يدعى), all reading a name with ``name_runs``; ``listed`` reads the persons' list.
- ``heads``: names after a type word (organizations, places, events),
  :func:`~helpers.entities.heads.find_headed_names_ar`, with ``head_phrases`` (where such a
  name ends), ``bodies`` (committees, a definite type word and its nisba), ``ministries`` and
  ``clubs_media`` (clubs named by their town, newspapers' titles, quoted sources).
- ``find``: :func:`find_entities_ar`, the layer in one call, and :class:`EntitySpan`.
- ``scoring``: gold named entities (``data/annotations/news_names.tsv``) and exact and partial
  precision, recall and F1 per label (:func:`score_entities_ar`).

>>> [(e.text, e.label) for e in find_entities_ar("أكدت وزارة الداخلية التونسية يوم الأحد أن الوزير الهادي المجدوب زار صفاقس.", morphology=False)]
[('وزارة الداخلية التونسية', 'ORG'), ('يوم الأحد', 'DATE'), ('الهادي المجدوب', 'PERSON'), ('صفاقس', 'PLACE')]
"""

from helpers.entities.find import ENTITY_KINDS, ENTITY_LABELS, EntitySpan, entities_to_frame, find_entities_ar
from helpers.entities.gazetteers import GAZETTEERS, demonym_ar, gazetteer_entry_ar, load_gazetteer_ar

__all__ = [
    "ENTITY_KINDS",
    "ENTITY_LABELS",
    "EntitySpan",
    "GAZETTEERS",
    "demonym_ar",
    "entities_to_frame",
    "find_entities_ar",
    "gazetteer_entry_ar",
    "load_gazetteer_ar",
]
