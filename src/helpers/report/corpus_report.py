"""An analysed corpus as one self-contained HTML report.

:func:`corpus_report_html` reads the output folder of a corpus run and returns one HTML page:

1. **overview**: documents, words, errors, layers, the kit's and the analyzer's versions, the
   first documents, and the number of documents per sub-corpus (with a chart);
2. **profiles**: :func:`helpers.corpus.profiles.subcorpus_profiles_ar` per sub-corpus, with
   charts of the stance and device rates;
3. **key words**: each sub-corpus against the rest (:func:`helpers.corpus.stats.corpus_keyness_ar`),
   a table and a chart of the strongest per sub-corpus;
4. **frequent words**: the commonest content words of the corpus with their rate per million,
   document frequency and DP (:func:`helpers.corpus.stats.corpus_frequency_ar`);
5. **errors**: every document that could not be analysed, with its reason.

The page needs nothing from the network: no script, no web font, no stylesheet or image
address. Figures are matplotlib SVG written into the page (text drawn as outlines, so Arabic
shows joined and right to left as matplotlib shaped it, whatever fonts the reader has); a
Content-Security-Policy forbids the browser any other request. Every text from the corpus
(titles, words, error messages, file names) is HTML-escaped; tables come from
:func:`helpers.display.html.table_html`. The same corpus gives the same bytes.
"""

from __future__ import annotations

import html
import io
import re
from pathlib import Path
from typing import Any

import matplotlib
import pandas as pd

from helpers import __version__
from helpers.corpus.documents import CorpusInputError
from helpers.corpus.profiles import ALL, subcorpus_profiles_ar
from helpers.corpus.read import connect_corpus, corpus_manifest
from helpers.corpus.stats import corpus_frequency_ar, corpus_keyness_ar, group_values
from helpers.display.html import ARABIC_FONT_STACK, table_html
from helpers.display.plotting import bar_chart_ar

__all__ = ["corpus_report_html", "write_corpus_report"]

#: The page's Content-Security-Policy: inline styles and inline images only, nothing fetched.
CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

_STYLE = f"""
body {{ font-family: system-ui, sans-serif; max-width: 72em; margin: 2em auto; padding: 0 1em; color: #222; }}
h1, h2, h3 {{ font-weight: 600; }}
.ar {{ font-family: {ARABIC_FONT_STACK}; }}
.figure {{ max-width: 40em; }}
.figure svg {{ width: 100%; height: auto; }}
.figures {{ display: flex; flex-wrap: wrap; gap: 1em; }}
.figures .figure {{ flex: 1 1 26em; }}
.note {{ color: #555; font-size: 0.9em; }}
table.adl-table {{ margin: 0.5em 0 1.5em 0; font-size: 0.9em; }}
"""


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def _svg(figure: Any) -> str:
    """A matplotlib figure as inline SVG (no XML prologue, no DOCTYPE, ids fixed by a salt)."""
    buffer = io.StringIO()
    with matplotlib.rc_context({"svg.hashsalt": "arabic-discourse-lab", "svg.fonttype": "path"}):
        figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    text = buffer.getvalue()
    text = re.sub(r"^<\?xml[^>]*\?>\s*", "", text)
    text = re.sub(r"<!DOCTYPE[^>]*>\s*", "", text)
    text = re.sub(r"<metadata>.*?</metadata>\s*", "", text, flags=re.S)
    return f'<div class="figure">{text}</div>'


def _table(frame: pd.DataFrame, *, max_rows: int = 50, index: bool = False) -> str:
    return table_html(frame, max_rows=max_rows, index=index).data


def _section(title: str, body: str, *, anchor: str) -> str:
    return f'<section id="{_esc(anchor)}"><h2>{_esc(title)}</h2>{body}</section>'


def _overview(manifest: dict[str, Any], documents: pd.DataFrame, by: str | None, groups: pd.DataFrame | None) -> str:
    facts = pd.DataFrame(
        [
            ("documents in the inputs", f"{manifest['documents']:,}"),
            ("documents analysed", f"{manifest['analysed']:,}"),
            ("documents in errors", f"{manifest['errors']:,}"),
            ("Arabic word tokens", f"{int(documents['words'].sum()):,}"),
            ("layers and figures", ", ".join(manifest["parameters"]["layers"])),
            ("kit", f"arabic-discourse-lab {manifest['version']}"),
            ("morphology", f"{manifest['analyzer']['backend']} {manifest['analyzer']['version']}"),
            ("inputs", ", ".join(manifest["inputs"])),
        ],
        columns=["", "value"],
    )
    body = _table(facts, max_rows=20)
    if len(documents):
        shown = documents[["doc_id", "title", "category", "date", "words"]]
        body += "<h3>Documents</h3>" + _table(shown, max_rows=20)
    if groups is not None:
        body += f"<h3>Documents by {_esc(by)}</h3>" + _table(groups, max_rows=200)
        chart = bar_chart_ar([str(g) for g in groups[by]], groups["documents"].tolist(),
                             title=f"documents by {by}", xlabel="documents")
        body += _svg(chart)
    return body


def _profiles(profile: pd.DataFrame) -> str:
    shown = profile.copy()
    shown.index = [f"{section}: {measure}" for section, measure in shown.index]
    body = _table(shown, max_rows=200, index=True)
    charts = []
    groups = [c for c in profile.columns if c != ALL]
    for section, measure, title in (("stance", "positive per 1,000", "positive evaluation per 1,000 words"),
                                    ("stance", "negative per 1,000", "negative evaluation per 1,000 words"),
                                    ("devices", "total per 1,000", "rhetorical devices per 1,000 words"),
                                    ("attribution", "attributions per 1,000", "attributions per 1,000 words")):
        if (section, measure) in profile.index:
            values = [float(profile.loc[(section, measure), g]) for g in groups]
            charts.append(_svg(bar_chart_ar(groups, values, title=title)))
    return body + f'<div class="figures">{"".join(charts)}</div>'


def _keyness(keyness: pd.DataFrame, *, chart_rows: int = 10) -> str:
    parts = ['<p class="note">Each sub-corpus against all the other documents: signed log-likelihood '
             "(Rayson &amp; Garside 2000; 3.84 is p &lt; 0.05, 15.13 is p &lt; 0.0001) and Log Ratio (Hardie 2014: +1 = "
             "twice as frequent). Normalized word forms, function words left out, items seen at least "
             "5 times in the sub-corpus.</p>"]
    charts = []
    for group, rows in keyness.groupby("group", sort=True):
        table = rows[["item", "count_target", "count_ref", "per_million_target", "per_million_ref", "ll", "log_ratio"]]
        table = table.assign(per_million_target=table["per_million_target"].round(1),
                             per_million_ref=table["per_million_ref"].round(1),
                             ll=table["ll"].round(2), log_ratio=table["log_ratio"].round(2))
        parts.append(f"<h3>{_esc(group)}</h3>" + _table(table.reset_index(drop=True), max_rows=50))
        head = rows.head(chart_rows)
        if len(head):
            charts.append(_svg(bar_chart_ar(head["item"].tolist(), head["ll"].round(1).tolist(),
                                            title=f"key words: {group}", xlabel="log-likelihood")))
    return "".join(parts) + f'<div class="figures">{"".join(charts)}</div>'


def _frequency(frequency: pd.DataFrame) -> str:
    table = frequency[["item", "count", "per_million", "documents", "doc_share", "dp", "dp_norm"]]
    table = table.assign(per_million=table["per_million"].round(1), doc_share=table["doc_share"].round(3),
                         dp=table["dp"].round(3), dp_norm=table["dp_norm"].round(3))
    note = ('<p class="note">Normalized word forms without function words. DP (Gries 2008) with documents as '
            "parts: 0 = spread like the corpus itself, near 1 = concentrated in few documents.</p>")
    head = frequency.head(20)
    chart = _svg(bar_chart_ar(head["item"].tolist(), head["per_million"].round(0).tolist(),
                              title="commonest content words (per million words)", xlabel="per million words"))
    return note + _table(table.reset_index(drop=True), max_rows=50) + chart


def _errors(errors: pd.DataFrame) -> str:
    if errors.empty:
        return "<p>Every document was analysed.</p>"
    table = errors[["position", "doc_id", "source", "stage", "reason"]]
    return f"<p>{len(errors):,} document(s) could not be analysed.</p>" + _table(table, max_rows=500)


def corpus_report_html(out: str | Path, *, by: str | None = "category", top: int = 20) -> str:
    """Return the HTML report of an analysed corpus (sections in the module docstring).

    Args:
        out: the output folder of a corpus run.
        by: the document column or metadata field defining sub-corpora; ``None`` (or a field no
            document has) leaves out the per-sub-corpus sections.
        top: key words per sub-corpus and words in the frequency list to show.

    Raises:
        CorpusInputError: if ``out`` is not a finished corpus run.
    """
    manifest = corpus_manifest(out)
    con = connect_corpus(out)
    documents = con.execute("SELECT doc_id, title, category, date, words FROM documents ORDER BY position").df()
    errors = con.execute("SELECT * FROM errors ORDER BY position").df()
    groups_note = ""
    groups = None
    if by is not None and len(documents):
        try:
            names = group_values(con, by)
        except CorpusInputError as err:
            names, groups_note = [], f'<p class="note">No sub-corpora: {_esc(err)}.</p>'
        if names:
            from helpers.corpus.stats import group_expression

            groups = con.execute(f"SELECT {group_expression(con, by)} AS \"{by}\", count(*) AS documents, "
                                 f"sum(words) AS words FROM documents GROUP BY 1 ORDER BY 1").df()
    title = f"Corpus report: {', '.join(manifest['inputs'])}"
    sections = [_section("Overview", groups_note + _overview(manifest, documents, by, groups), anchor="overview")]
    if len(documents):
        if groups is not None:
            sections.append(_section(f"Profiles by {by}", _profiles(subcorpus_profiles_ar(con, by=by)), anchor="profiles"))
            if len(groups) >= 2:
                keyness = corpus_keyness_ar(con, by=by, top=top)
                sections.append(_section(f"Key words by {by}", _keyness(keyness), anchor="keyness"))
        if int(documents["words"].sum()):
            frequency = corpus_frequency_ar(con, stopwords=False, top=max(top, 50))
            sections.append(_section("Frequent words", _frequency(frequency), anchor="frequency"))
    sections.append(_section("Errors", _errors(errors), anchor="errors"))
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_esc(CONTENT_SECURITY_POLICY)}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_esc(title)}</title><style>{_STYLE}</style></head><body>"
        f"<h1>{_esc(title)}</h1>"
        f'<p class="note">Arabic Discourse Lab {_esc(__version__)}. Offsets, tables and figures come from '
        f"the Parquet tables next to this file; query them with DuckDB or pandas (see the kit's README).</p>"
        + "".join(sections)
        + "</body></html>\n"
    )


def write_corpus_report(out: str | Path, path: str | Path | None = None, *, by: str | None = "category", top: int = 20) -> Path:
    """Write :func:`corpus_report_html` to ``path`` (default ``OUT/report.html``) and return the path."""
    target = Path(path) if path is not None else Path(out) / "report.html"
    target.write_text(corpus_report_html(out, by=by, top=top), encoding="utf-8")
    return target
