"""The text layer: everything that works on the characters of a text, before any morphology.

Import from the module that does the task (``from helpers.text.tokenize import tokenize_ar``):
importing this package loads nothing else, so a command that only checks its input starts fast.

- ``load``: :func:`~helpers.text.load.read_text_ar` and :func:`~helpers.text.load.check_text_ar`:
  the text exactly as stored, or a one-line :class:`~helpers.text.load.TextInputError`.
- ``spans``: :class:`~helpers.text.spans.Span`, the record every finding of every layer uses.
- ``structure``: headline, dateline, paragraphs and boilerplate, with offsets.
- ``normalize``: switchable normalization steps, an offset map and a report of what each collapses.
- ``orthography``: non-standard hamza/alef spellings, tatweel, spacing around punctuation.
- ``sentences``, ``tokenize``: sentences and clauses; word tokens with offsets.
- ``transliterate``: Buckwalter and HSB.
- ``clitics``, ``stopwords``: the kit's one clitic inventory and splitting policy (matching, segmenting);
  the function-word list.
- ``lexicon_files``, ``lexicons``: documented word lists (loaded and checked); clitic-aware matching
  against a text (the readings of a word in ``lexicon_readings``, compiled entries in
  ``lexicon_entries``).
"""
