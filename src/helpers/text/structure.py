"""Headline, dateline, paragraphs and boilerplate of a web news or opinion article.

The text is first cut into *blocks* (:func:`split_blocks_ar`), then each block gets a role
(:func:`split_article_ar`). Nothing is deleted or rewritten: every role is a :class:`~helpers.text.spans.Span`
pointing into the original text, and boilerplate comes back as data for the reader to inspect.

Blocks:
    A block is one paragraph-like unit. Three layouts are common, and all are read:

    * paragraphs separated by blank lines (a blank line holds only whitespace or invisible
      marks), each paragraph on one line or **hard-wrapped** over several short lines;
    * **one paragraph per line**, often after a title and a blank line (news corpora such as
      ANT, and the kit's ``data/news/`` files);
    * no blank line at all: every line is a block.

    Inside a run of non-blank lines, a line break ends a block unless the run is hard-wrapped
    (every line of it at most :data:`WRAP_WIDTH` characters) and the line before the break does
    not end a sentence (``. ! ? ؟ … ۔ :``, closing quotes or brackets allowed after it). A line
    that begins with a space (``" "``, ``"\\xa0"``, a tab) continues the block above it, as ANT
    wraps some of its lines, unless the run's first line is indented too (then indents open
    paragraphs). ``\\r\\n``, ``\\r``, ``\\u2028`` and the other line breaks of
    :meth:`str.splitlines` all count. Block spans are trimmed of whitespace and of invisible
    format marks (BOM, ZWSP, LRM, RLM, ALM, bidi controls) at their edges.

Roles, decided top-down on the blocks that are not boilerplate:
    * boilerplate: a run of blocks at the end (or start) of the text, each at most
      :data:`BOILERPLATE_MAX_WORDS` words long and matching one of :data:`BOILERPLATE_PATTERNS_AR`.
    * headline: the first block, if it is a single line of one to :data:`HEADLINE_MAX_WORDS`
      words, does not end with a full stop (headlines rarely do, short opening paragraphs do),
      ("..." is allowed), is not a dateline, and at least one more block follows it.
    * dateline: the first block after the headline (or the first block, without one) if it has
      at most :data:`DATELINE_MAX_WORDS` words and reads as a dateline (see below); otherwise the
      start of that block, if it opens with an unmistakable inline dateline.
    * paragraph: every other block.

Dateline forms (PLACE and SOURCE are one to four words without digits or punctuation; a dash
is ``-``, ``‐``, ``‑``, ``–``, ``—``, ``−``, ``/`` or a tatweel ``ـ`` standing between spaces,
as in Arabic print; a SOURCE may be in «» or "" quotes):

    * ``PLACE - SOURCE`` with an optional final ``:``: ``بغداد- العراق اليوم:``, ``بغداد/ المدى``,
      ``القاهرة ـ «القدس العربي»:``
    * ``PLACE (SOURCE)`` with an optional final dash or ``:``: ``القاهرة (رويترز) -``
    * ``PLACE:`` or ``PLACE -`` alone: ``بغداد:``, ``متابعة:``
    * inline, at the start of that block: ``PLACE (SOURCE) - ...`` or ``PLACE - SOURCE: ...``

>>> s = split_article_ar("عنوان الخبر هنا\\n\\nبغداد- وكالات:\\n\\nنص الفقرة الأولى.\\n\\nعلق هنا")
>>> s.headline.text, s.dateline.text, [p.text for p in s.paragraphs], [b.text for b in s.boilerplate]
('عنوان الخبر هنا', 'بغداد- وكالات:', ['نص الفقرة الأولى.'], ['علق هنا'])
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from helpers.text.load import check_text_ar
from helpers.text.spans import Span, spans_to_frame

__all__ = [
    "ArticleStructure",
    "split_article_ar",
    "split_blocks_ar",
    "BOILERPLATE_PATTERNS_AR",
    "HEADLINE_MAX_WORDS",
    "DATELINE_MAX_WORDS",
    "BOILERPLATE_MAX_WORDS",
    "WRAP_WIDTH",
]

#: A headline has at most this many words (Arabic news headlines run about 5 to 20).
HEADLINE_MAX_WORDS = 25
#: A dateline block has at most this many words.
DATELINE_MAX_WORDS = 8
#: A boilerplate block has at most this many words; longer blocks are always content.
BOILERPLATE_MAX_WORDS = 15
#: A run of lines is hard-wrapped only if none of its lines is longer than this (in characters):
#: text is wrapped at 60 to 80 columns, while a paragraph written on one line is usually longer.
WRAP_WIDTH = 100

_ALEF = "[اأإآ]"
_YA = "[يى]"

#: Regular expressions for common trailers and headers of Arabic web pages, matched with
#: :func:`re.match` (so at the start of a block; a pattern ending in ``$`` must cover the whole
#: block). Pass your own list, e.g. ``[*BOILERPLATE_PATTERNS_AR, r"..."]``, to extend it.
BOILERPLATE_PATTERNS_AR: tuple[str, ...] = (
    rf"علّ?ق(?:وا)?\s+هنا\W*$",  # comment here
    rf"{_ALEF}ضف\s+تعليق",  # add a comment
    rf"(?:ال)?تعليقات\W*$",  # comments
    rf"{_ALEF}قر[أا]\s+{_ALEF}يض[اًٌ]*",  # read also
    rf"{_ALEF}قر[أا]\s+(?:ال)?مزيد",  # read more
    rf"(?:مواضيع|{_ALEF}خبار|مقالات)\s+ذات\s+صلة",  # related articles
    rf"شارك(?:وا)?(?:\s+(?:هذا\s+)?(?:ال)?(?:مقال|خبر|موضوع|صفحة|منشور))?(?:\s+(?:على|عبر)\s+.*)?\W*$",  # share
    rf"تابع(?:ونا|نا)\s+(?:على|عبر|في)",  # follow us on
    rf"المصدر\s*[:：]",  # source:
    rf"(?:جميع|كل|كافة)\s+الحقوق\s+محفوظة",  # all rights reserved
    rf"حقوق\s+(?:النشر|الطبع)\s+محفوظة",  # copyright
    r"©",
    rf"(?:اضغط|{_ALEF}نقر)\s+هنا",  # click here
    rf"(?:{_ALEF}شترك|سجل)\s+(?:في|ب)",  # subscribe to
    rf"(?:الكلمات\s+المفتاحية|كلمات\s+دلالية|الوسوم)\s*[:：]?",  # tags
    rf"طباعة\W*$",  # print
)

_LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
# Invisible marks that carry no text and are trimmed from block edges.
_INVISIBLE = "\ufeff\u200b\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200c\u200d"
_TERMINAL_STOP = (".", "۔")
# A line that ends a sentence: a final mark, then perhaps closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?؟…۔:：][\s\"'»”’)\]）]*$")

_DASH = r"(?:\s*[-\u2010-\u2015\u2212/]\s*|\s+\u0640+\s+)"
_WORD = r"[^\s\d\-\u2010-\u2015\u2212/\\(){}\[\].,:;!?؟،؛«»\"“”'\u0640]+"
_PLACE = rf"{_WORD}(?:\s+{_WORD}){{0,3}}"
_SOURCE = rf"[«\"“]?{_PLACE}[»\"”]?"
_PAREN_SOURCE = r"\s*[(（][^()（）\n]{1,40}[)）]"
_BLOCK_DATELINES = (
    re.compile(rf"{_PLACE}{_DASH}{_SOURCE}\s*[:：]?"),
    re.compile(rf"{_PLACE}{_PAREN_SOURCE}(?:{_DASH}|\s*[:：])?"),
    re.compile(rf"{_PLACE}\s*[:：]"),
    re.compile(rf"{_PLACE}{_DASH}"),
)
_INLINE_DATELINES = (
    re.compile(rf"{_PLACE}{_PAREN_SOURCE}{_DASH}"),
    re.compile(rf"{_PLACE}{_DASH}{_SOURCE}\s*[:：]"),
)


@dataclass(frozen=True)
class ArticleStructure:
    """The parts of an article, each a span into the original text.

    Attributes:
        headline: the headline, or ``None``.
        dateline: the dateline (``بغداد- العراق اليوم:``), or ``None``.
        paragraphs: the body blocks, in text order.
        boilerplate: page furniture (``علق هنا``, ``اقرأ أيضاً``, ...), in text order.
    """

    headline: Span | None
    dateline: Span | None
    paragraphs: tuple[Span, ...]
    boilerplate: tuple[Span, ...]

    def spans(self) -> list[Span]:
        """Return every part as one list sorted by offset.

        >>> [s.label for s in split_article_ar("العنوان\\n\\nالنص هنا.").spans()]
        ['headline', 'paragraph']
        """
        found = [s for s in (self.headline, self.dateline) if s is not None]
        found += [*self.paragraphs, *self.boilerplate]
        return sorted(found, key=lambda s: (s.start, s.end))

    def to_frame(self) -> pd.DataFrame:
        """Return the parts as a DataFrame (columns ``start``, ``end``, ``text``, ``label``).

        >>> split_article_ar("العنوان\\n\\nالنص هنا.").to_frame()
           start  end      text      label
        0      0    7   العنوان   headline
        1      9   18  النص هنا.  paragraph
        """
        return spans_to_frame(self.spans())


def _word_count(s: str) -> int:
    return sum(any(c.isalnum() for c in w) for w in s.split())


def _trimmed(text: str, start: int, end: int, label: str) -> Span | None:
    while start < end and (text[start].isspace() or text[start] in _INVISIBLE):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _INVISIBLE):
        end -= 1
    return Span(start, end, text[start:end], label) if start < end else None


def _ends_sentence(line: str) -> bool:
    return _SENTENCE_END.search(line.rstrip().rstrip(_INVISIBLE)) is not None


def _paragraph_breaks(text: str, run: list[tuple[int, int]]) -> list[bool]:
    """For each line of a run of non-blank lines after the first: does a new block start there?"""
    wrapped = all(len(text[start:end].strip()) <= WRAP_WIDTH for start, end in run)
    indents_open = text[run[0][0]].isspace()  # the first line is indented: indents open paragraphs
    breaks = []
    for (before_start, before_end), (start, _) in zip(run, run[1:]):
        if text[start].isspace() and not indents_open:
            breaks.append(False)  # a continuation line
        elif wrapped:
            breaks.append(_ends_sentence(text[before_start:before_end]))
        else:
            breaks.append(True)
    return breaks


def split_blocks_ar(text: str) -> list[Span]:
    """Cut a text into blocks (paragraph-like units) labelled ``"block"``.

    Blank lines separate blocks; a run of lines between them is one block if it is hard-wrapped
    and one block per line otherwise; a line that begins with a space continues the line above
    (see the module docstring). Spans are trimmed of edge whitespace and invisible marks.

    >>> [b.text for b in split_blocks_ar("سطر أول\\r\\nما زال الأول\\r\\n\\r\\nالثاني")]
    ['سطر أول\\r\\nما زال الأول', 'الثاني']
    >>> [b.text for b in split_blocks_ar("الأول\\nالثاني")]
    ['الأول', 'الثاني']
    >>> title, *body = split_blocks_ar("العنوان\\n\\nالفقرة الأولى.\\nالفقرة الثانية.\\n\\xa0تتمة الثانية.")
    >>> title.text, [b.text for b in body]
    ('العنوان', ['الفقرة الأولى.', 'الفقرة الثانية.\\n\\xa0تتمة الثانية.'])
    """
    check_text_ar(text)
    runs: list[list[tuple[int, int]]] = [[]]  # runs of non-blank lines: (start, end without the line break)
    pos = 0
    any_blank = False
    for piece in text.splitlines(keepends=True):
        content = piece.rstrip(_LINE_BREAKS)
        if not content.strip().strip(_INVISIBLE).strip():
            any_blank = True
            runs.append([])
        else:
            runs[-1].append((pos, pos + len(content)))
        pos += len(piece)

    blocks: list[Span] = []

    def close(first: int, last: int) -> None:
        span = _trimmed(text, first, last, "block")
        if span is not None:
            blocks.append(span)

    for run in runs:
        if not run:
            continue
        if any_blank:
            breaks = _paragraph_breaks(text, run)
        else:  # no blank line anywhere: every line is a block, save continuation lines
            indents_open = text[run[0][0]].isspace()
            breaks = [not (text[start].isspace() and not indents_open) for start, _ in run[1:]]
        start = run[0][0]
        for (_, end), new_block, (next_start, _) in zip(run, breaks, run[1:]):
            if new_block:
                close(start, end)
                start = next_start
        close(start, run[-1][1])
    return blocks


def _is_boilerplate(block: Span, patterns: Sequence[re.Pattern[str]]) -> bool:
    if _word_count(block.text) > BOILERPLATE_MAX_WORDS:
        return False
    return any(p.match(block.text) for p in patterns)


def _is_block_dateline(block: Span) -> bool:
    if _word_count(block.text) > DATELINE_MAX_WORDS or "\n" in block.text or "\r" in block.text:
        return False
    return any(p.fullmatch(block.text) for p in _BLOCK_DATELINES)


def _is_headline(block: Span) -> bool:
    text = block.text
    if any(c in _LINE_BREAKS for c in text) or not 1 <= _word_count(text) <= HEADLINE_MAX_WORDS:
        return False
    # A closing ellipsis ("...") is common in headlines, a single full stop is not.
    return not text.endswith(_TERMINAL_STOP) or text.endswith("..")


def split_article_ar(text: str, *, boilerplate_patterns: Sequence[str] | None = None) -> ArticleStructure:
    """Find the headline, dateline, paragraphs and boilerplate of an article.

    Args:
        text: the article, exactly as loaded.
        boilerplate_patterns: regular expressions for boilerplate blocks, matched at the start of
            a block; ``None`` uses :data:`BOILERPLATE_PATTERNS_AR`, ``()`` turns detection off.

    Returns:
        An :class:`ArticleStructure`; plain prose gives no headline or dateline and one paragraph
        per block.

    Raises:
        TextInputError: if the text is empty or has no Arabic letter.

    >>> s = split_article_ar("القاهرة (رويترز) - قالت الحكومة إن الأسعار سترتفع.\\n\\nاقرأ أيضاً: خبر آخر")
    >>> s.headline, s.dateline.text, s.paragraphs[0].text, s.boilerplate[0].text
    (None, 'القاهرة (رويترز) -', 'قالت الحكومة إن الأسعار سترتفع.', 'اقرأ أيضاً: خبر آخر')
    >>> s = split_article_ar("نص قصير بلا عنوان ولا تاريخ.")
    >>> s.headline, s.dateline, len(s.paragraphs)
    (None, None, 1)
    """
    blocks = split_blocks_ar(text)
    compiled = [re.compile(p) for p in (BOILERPLATE_PATTERNS_AR if boilerplate_patterns is None else boilerplate_patterns)]

    first, last = 0, len(blocks)
    while first < last and _is_boilerplate(blocks[first], compiled):
        first += 1
    while last > first and _is_boilerplate(blocks[last - 1], compiled):
        last -= 1
    boilerplate = [Span(b.start, b.end, b.text, "boilerplate") for i, b in enumerate(blocks) if i < first or i >= last]
    body = blocks[first:last]

    headline: Span | None = None
    dateline: Span | None = None
    paragraphs: list[Span] = []
    i = 0
    if len(body) > 1 and not _is_block_dateline(body[0]) and _is_headline(body[0]):
        headline = Span(body[0].start, body[0].end, body[0].text, "headline")
        i = 1
    if i < len(body) and len(body) - i > 1 and _is_block_dateline(body[i]):
        dateline = Span(body[i].start, body[i].end, body[i].text, "dateline")
        i += 1
    elif i < len(body):
        block = body[i]
        for pattern in _INLINE_DATELINES:
            m = pattern.match(block.text)
            if m is None or m.end() == len(block.text):
                continue
            found = _trimmed(text, block.start, block.start + m.end(), "dateline")
            rest = _trimmed(text, block.start + m.end(), block.end, "paragraph")
            if found is not None and rest is not None:
                dateline = found
                paragraphs.append(rest)
                i += 1
            break
    paragraphs += [Span(b.start, b.end, b.text, "paragraph") for b in body[i:]]
    return ArticleStructure(headline, dateline, tuple(paragraphs), tuple(boilerplate))
