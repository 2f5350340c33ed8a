"""Everything that renders: right-to-left HTML for notebooks and figures with Arabic labels.

Analysis modules never import this package. The HTML helpers are importable from here
(``from helpers.display import table_html``); the KWIC table and figures come from their modules
(``helpers.display.kwic``, ``helpers.display.plotting``), which are not imported here because
they load the statistics layer and matplotlib.

- ``html``: :func:`rtl_html`, :func:`highlight_html`, :func:`table_html`, :func:`items_html`
  (escaped, inline-styled, deterministic; each table cell laid out in its own language).
- ``kwic``: :func:`kwic_html`, a right-to-left concordance aligned on its keyword.
- ``plotting``: :func:`~helpers.display.plotting.bar_chart_ar` and the Arabic font choice.
"""

from helpers.display.html import ARABIC_FONT_STACK, PALETTE, highlight_html, items_html, rtl_html, table_html

__all__ = ["ARABIC_FONT_STACK", "PALETTE", "highlight_html", "items_html", "rtl_html", "table_html"]
