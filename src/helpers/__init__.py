"""Arabic Discourse Lab: small, tested helpers behind the guided notebooks.

Modules, one per task (layers import downward only):

- ``data``: where the kit's data files are (``data_path``).
- ``load``: read a text from a file or check a string, with one-line errors.
- ``spans``: the ``Span`` record every finding uses (``start``/``end`` offsets, ``text``, ``label``).
- ``structure``: headline, dateline, paragraphs and boilerplate of a web article.
- ``normalize``: switchable normalization steps and a report of what each changed.
- ``orthography``: non-standard spellings (hamza/alef), tatweel, spacing around quotes and punctuation.
- ``sentences``, ``tokenize``: sentence/clause units and word tokens with offsets.
- ``transliterate``: Buckwalter and HSB transliteration.
- ``morphology``: lemma, root, pattern, POS and clitics per word token (farahidi embedded), with
  hamza/alef repair, coverage and a type-level cache.
- ``display``, ``plotting``: right-to-left HTML and matplotlib figures with Arabic labels.
- ``analyze``, ``cli``: every layer's findings as JSON (``python -m helpers analyze``).
"""

__version__ = "0.1.0"
