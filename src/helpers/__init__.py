"""Arabic Discourse Lab: small, tested helpers behind the guided notebooks.

One package per layer, one module per task; layers import downward only
(text ← morphology ← statistics / rhetoric / discourse ← comparison ← report):

``data``
    ``data_path``, ``case_study_path``: the kit's data folder from anywhere (``ADL_DATA`` overrides).
``text``
    loading with one-line errors, ``Span``, structure, normalization, orthography, sentences,
    tokens, transliteration, clitics, stopwords, lexicons.
``morphology``
    lemma, root, pattern, POS and clitics per token; farahidi embedded, CAMeL's CALIMA when
    installed; hamza/alef repair; coverage; a type-level cache.
``statistics``
    word sequences by level, frequency and dispersion, KWIC, collocations, keyness, diversity.
``rhetoric``, ``discourse``
    evaluation, stance, balagha devices, us/them; text parts, connectives, attribution, deixis,
    reference chains.
``compare``
    profiles, keyness, statement alignment and framing across texts.
``display`` (never imported by analysis)
    right-to-left HTML, KWIC tables, figures with Arabic labels.
``analyze``, ``cli``, ``diagnostics``, ``exercises``
    every layer's findings as JSON (``python -m helpers analyze``); the environment check; the
    notebooks' exercise checks.
``corpus``, ``report``
    every layer over thousands of texts, in parallel and resumable, into Parquet tables read with
    pandas or DuckDB, with corpus statistics (``python -m helpers corpus``); an offline HTML report.
"""

__version__ = "0.1.0"
