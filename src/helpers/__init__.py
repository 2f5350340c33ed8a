"""Arabic Discourse Lab: small, tested helpers behind the guided notebooks.

Modules, one per task; layers import downward only
(text ← morphology ← statistics / rhetoric / discourse ← comparison ← report):

Text
    ``data`` (``data_path``), ``load`` (read or check a text, one-line errors), ``spans`` (the
    ``Span`` record every finding uses), ``structure`` (headline, dateline, paragraphs,
    boilerplate), ``normalize`` (switchable steps and a report), ``orthography`` (non-standard
    spellings, tatweel, spacing), ``sentences``, ``tokenize``, ``transliterate``, ``clitics``
    (light clitic matching and segmentation), ``stopwords``.
Morphology
    ``morphology`` (lemma, root, pattern, POS and clitics per token; farahidi embedded, CAMeL's
    CALIMA when installed; hamza/alef repair; coverage; a type-level cache).
Statistics
    ``levels`` (word sequences at surface, normalized, lemma or root level), ``frequency``
    (tables, dispersion, Gries' DP), ``concordance`` (KWIC), ``collocations`` (n-grams, PMI,
    NPMI, log-Dice), ``keyness`` (log-likelihood, Log Ratio; wordfreq or texts as reference),
    ``diversity`` (TTR, MATTR, MTLD).
Rhetoric and discourse
    ``lexicons`` (documented word lists and clitic-aware matching), ``rhetoric`` (evaluation,
    stance, balagha devices, us/them, scoring against a gold annotation), ``discourse`` (text
    parts, connectives, attribution, deixis, reference chains).
Display (never imported by analysis modules)
    ``display``, ``kwic_display``, ``plotting`` (right-to-left HTML, Arabic figures),
    ``diagnostics`` (environment check).
Output
    ``analyze``, ``cli``: every layer's findings as JSON (``python -m helpers analyze``).
"""

__version__ = "0.1.0"
