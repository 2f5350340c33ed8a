"""The parts of a news or opinion text: headline, dateline, lead, body, closing, boilerplate.

Built on :func:`helpers.text.structure.split_article_ar`, which finds the headline, dateline,
paragraphs and boilerplate; this module names the discourse role of each body paragraph:

* **lead**: the first body paragraph when there are two or more. A text of one paragraph has
  no paragraph to spare, so its lead is its first sentence and the rest of it is ``body``.
  (News writing puts the gist in the first paragraph, often one sentence long, as in the
  case study; opinion pieces use it to state the thesis.)
* **closing**: the last body paragraph when there are three or more (with two, the second is
  ``body``: a closing needs a body before it).
* **body**: every other paragraph.

Headline, dateline and boilerplate keep the labels of :mod:`helpers.text.structure`.

>>> [(p.label, p.text) for p in text_parts_ar("عنوان\\n\\nالأولى.\\n\\nالثانية.\\n\\nالثالثة.\\n\\nعلق هنا")]
[('headline', 'عنوان'), ('lead', 'الأولى.'), ('body', 'الثانية.'), ('closing', 'الثالثة.'), ('boilerplate', 'علق هنا')]
"""

from __future__ import annotations

from helpers.text.sentences import split_sentences_ar
from helpers.text.spans import Span
from helpers.text.structure import split_article_ar

__all__ = ["PART_LABELS", "text_parts_ar"]

#: The labels :func:`text_parts_ar` gives, in reading order.
PART_LABELS = ("headline", "dateline", "lead", "body", "closing", "boilerplate")


def text_parts_ar(text: str) -> list[Span]:
    """Label the parts of a text (see the module docstring for the rules).

    Args:
        text: the text, exactly as loaded.

    Returns:
        Spans labelled with :data:`PART_LABELS`, sorted by offset.

    Raises:
        TextInputError: if the text is empty or has no Arabic letter.

    >>> [(p.label, p.text) for p in text_parts_ar("بدأ الحوار أمس. وانتهى اليوم.")]
    [('lead', 'بدأ الحوار أمس.'), ('body', 'وانتهى اليوم.')]
    """
    structure = split_article_ar(text)
    parts = [s for s in (structure.headline, structure.dateline) if s is not None]
    parts += structure.boilerplate
    paragraphs = structure.paragraphs
    if len(paragraphs) == 1:
        p = paragraphs[0]
        inside = [s for s in split_sentences_ar(text) if p.start <= s.start < p.end]
        first = inside[0] if inside else p
        parts.append(Span(first.start, first.end, first.text, "lead"))
        if first.end < p.end and len(inside) > 1:
            start = inside[1].start
            parts.append(Span(start, p.end, text[start : p.end], "body"))
    else:
        for k, p in enumerate(paragraphs):
            label = "lead" if k == 0 else "closing" if k == len(paragraphs) - 1 and k >= 2 else "body"
            parts.append(Span(p.start, p.end, p.text, label))
    return sorted(parts, key=lambda s: (s.start, s.end))
