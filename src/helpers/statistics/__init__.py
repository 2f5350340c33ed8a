"""The statistics layer: how words are used across a text or a set of texts.

Import from the module that does the task (``from helpers.statistics.keyness import keyness_ar``).

- ``levels``: the word sequence of a text at surface, normalized, lemma or root level.
- ``frequency``: frequency tables with rates, dispersion and Gries' DP.
- ``concordance``: clitic-aware keyword in context (KWIC) by form, lemma or root.
- ``collocations``: n-grams and association measures (PMI, NPMI, log-Dice).
- ``keyness``: signed log-likelihood and Log Ratio against wordfreq or other texts.
- ``diversity``: TTR, MATTR and MTLD.
"""
