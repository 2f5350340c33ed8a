"""Teaching aids for readers without Arabic: translations aligned by part, and a glossary of terms.

Modules (data loaders only; the analysis never depends on them):

- ``translations``: English translations of the case study and the comparison texts, one row per
  part of the kit's split (headline, dateline, paragraphs, boilerplate), each with the offsets of
  the Arabic it translates (:func:`~helpers.teaching.translations.read_translation`).
- ``glossary``: the Arabic terms the notebooks and lessons use (script and orthography,
  morphology, statistics, balagha, discourse) with transliteration, English, a definition, a
  reference from ``lessons/references.md`` and the notebooks that use them
  (:func:`~helpers.teaching.glossary.read_glossary`, :func:`~helpers.teaching.glossary.gloss_ar`).

A translation is a reading aid, never the text analysed: every finding still points into the
Arabic, and the English is there to follow it.

>>> from helpers.teaching.glossary import gloss_ar
>>> gloss_ar("طباق")
'antithesis'
"""
