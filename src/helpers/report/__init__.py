"""Reports: one self-contained HTML file that a researcher can open offline and pass on.

- ``corpus_report``: an analysed corpus (``python -m helpers corpus ... --report``): overview,
  profiles per sub-corpus, key words of each sub-corpus, the commonest words with their
  dispersion, figures with Arabic labels, the documents that failed (:func:`corpus_report_html`).
"""

from helpers.report.corpus_report import corpus_report_html, write_corpus_report

__all__ = ["corpus_report_html", "write_corpus_report"]
