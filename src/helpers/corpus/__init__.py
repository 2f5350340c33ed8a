"""Corpora: thousands of texts analysed in parallel, resumably, into tables a researcher can query.

- ``documents``: read folders, text files, CSV/TSV/JSON-lines tables, TREC ``<DOC>`` files and
  archives (``.tar.xz``, ``.tar.gz``, ``.zip``) in place, with stable ids and metadata
  (:func:`read_documents`);
- ``tables``: the columns of ``documents``, ``tokens``, ``findings`` and ``errors``;
- ``batch``: the unit of work, every layer of :mod:`helpers.analyze` over a few documents;
- ``ledger``: finished batches saved at once, so a killed run resumes;
- ``workers``: this process, a pool of worker processes or a Dask cluster runs the batches;
- ``consolidate``: the saved batches as one Parquet file per table, in input order;
- ``run``: :func:`run_corpus` (``python -m helpers corpus``): reading, resuming, running,
  consolidating, ``manifest.json``;
- ``read``: :func:`read_corpus_tables` (pandas), :func:`connect_corpus` (DuckDB views),
  :func:`document_analysis` (``analyze``'s JSON for one document);
- ``stats``: frequency per million, document frequency, DP over documents, keyness of each
  sub-corpus against the rest, collocations (:func:`corpus_frequency_ar`, ...);
- ``profiles``: a profile per sub-corpus (:func:`subcorpus_profiles_ar`).
"""

from helpers.corpus.documents import CorpusInputError, Document, read_documents, trec_documents_ar
from helpers.corpus.profiles import subcorpus_profiles_ar
from helpers.corpus.read import connect_corpus, corpus_manifest, document_analysis, read_corpus_tables
from helpers.corpus.run import CorpusRun, run_corpus
from helpers.corpus.stats import corpus_collocations_ar, corpus_frequency_ar, corpus_keyness_ar, group_values

__all__ = [
    "CorpusInputError",
    "CorpusRun",
    "Document",
    "connect_corpus",
    "corpus_collocations_ar",
    "corpus_frequency_ar",
    "corpus_keyness_ar",
    "corpus_manifest",
    "document_analysis",
    "group_values",
    "read_corpus_tables",
    "read_documents",
    "run_corpus",
    "subcorpus_profiles_ar",
    "trec_documents_ar",
]
