"""Word tokens with offsets, from CAMeL Tools' ``simple_word_tokenize``, with forms it cuts kept whole.

``simple_word_tokenize`` splits on whitespace and makes every punctuation mark or symbol a
token of its own; it returns strings, not positions. :func:`tokenize_ar` finds each returned
token in the original text by scanning forward and checks that only whitespace was skipped, so
the offsets are exact. Invisible format characters (Unicode category Cf: BOM, ZWSP, LRM, RLM,
ALM, bidi controls) at the edges of a token are left out of its span, and a token made only of
them is dropped. Inside a token they stay, as do diacritics, tatweel and ZWNJ (``كَتَبَ``,
``مـــرحبا``, ``می‌خواهم`` are one token each).

CAMeL cuts forms that news writes with a mark inside; :func:`tokenize_ar` joins their pieces again
when nothing separates them (no space, no other character):

* **numbers** with a decimal, thousands or time separator, a date slash or a range dash between
  digits of any script: ``3.5``, ``103,7``, ``٣٫٥``, ``2.500``, ``6:30``, ``18/11/2016``,
  ``2016-2017``, ``10–12`` (kind ``number``; a proclitic stays on: ``و1,5`` is one ``mixed``
  token). A mark with a space after it is punctuation: ``عام 2014، وكلفت``, ``في 2021.``;
* **abbreviations**: one-letter words each followed by a full stop, as in ``د.``, ``ص.``, ``ج.``,
  ``م.``, ``هـ.``, ``ق.م``, ``أ.ف.ب``, ``U.S.`` (kind ``abbreviation``); a word of two letters or
  more before a full stop is a word and a full stop (``نعم.``);
* **hyphenated words**: letters or digits on both sides of a hyphen (``-`` U+2010 U+2011):
  ``جان-ايف``, ``Jean-Yves``, ``كوفيد-19``; a hyphen with a space on either side is a dash
  (``بغداد- العراق اليوم``);
* **ellipses** written as two or more full stops: ``...`` (kind ``punct``, like ``…``).

News also writes **digits onto Arabic letters** without a space. :func:`tokenize_ar` cuts them
apart, each piece with its own offsets, as if a space were there: ``17جوان`` → ``17`` ``جوان``,
``2016م`` → ``2016`` ``م``, ``20كلم``, ``3أيام``, ``ماي2017``, ``الـ10`` → ``الـ`` ``10`` (as the
spaced ``الـ 2500``), ``مقابل8.311م`` → ``مقابل`` ``8.311`` ``م``. One form stays whole: a number
after the proclitics of :data:`helpers.text.clitics.NUMBER_PROCLITIC_CHAINS` (a conjunction و ف, a
preposition ب ل ك, or both) is one written word, like ``وللحكومة``: ``و18``, ``ب5``, ``بـ3``,
``و1,5``, ``وب12.18`` (kind ``mixed``; the morphology reads it as clitics + NUM). A digit run is
cut from letters only where they touch: ``كوفيد-19`` keeps its hyphen, Latin letters keep their
digits (``Mate9``, ``4GB``), and the letter ر between digits is the decimal point some agencies
write (``5ر4`` "4.5", kind ``number``).

A number in the original word order keeps its characters; nothing is rewritten.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd
from camel_tools.tokenizers.word import simple_word_tokenize

from helpers.text.clitics import NUMBER_PROCLITIC_CHAINS
from helpers.text.load import check_text_ar
from helpers.text.spans import Span, spans_to_frame

__all__ = ["Token", "TOKEN_KINDS", "tokenize_ar", "word_tokens_ar", "tokens_to_frame", "token_kind_ar"]

#: The values of :attr:`Token.kind`.
TOKEN_KINDS = ("arabic", "latin", "number", "abbreviation", "punct", "symbol", "mixed")

_EMOJI_GLUE = frozenset("\u200d\ufe0e\ufe0f\u20e3")
# Separators that join digits into one number: decimal point and comma, Arabic decimal and
# thousands separators, time colon, date slash, range hyphen and en dash.
_NUMBER_SEPARATORS = frozenset(".,\u066b\u066c:/-\u2013")
_HYPHENS = frozenset("-\u2010\u2011")
_NUMBER = re.compile(r"\d+(?:[.,\u066b\u066c:/\u2013\u0631-]\d+)+")
# A run of digits as a number keeps it (separators between digits, ر as a decimal point).
_DIGIT_RUN = re.compile(r"\d+(?:[.,\u066b\u066c:/\u2013\u0631-]\d+)*")
_ABBREVIATION = re.compile(r"(?:[^\W\d_][\u0640\u064b-\u065f\u0670]*\.)+(?:[^\W\d_][\u0640\u064b-\u065f\u0670]*)?")


@dataclass(frozen=True)
class Token(Span):
    """A word, number, punctuation mark or symbol.

    Attributes:
        kind: one of :data:`TOKEN_KINDS` (see :func:`token_kind_ar`).
    """

    kind: str


def _is_arabic_block(ch: str) -> bool:
    return (
        "\u0600" <= ch <= "\u06ff"
        or "\u0750" <= ch <= "\u077f"
        or "\u0870" <= ch <= "\u08ff"
        or "\ufb50" <= ch <= "\ufdff"
        or "\ufe70" <= ch <= "\ufeff"
    )


def token_kind_ar(s: str) -> str:
    """Classify a token.

    * ``"arabic"``: Arabic-script letters, with any diacritics, tatweel or joiners, and
      hyphenated Arabic words (``جان-ايف``);
    * ``"latin"``: Latin letters (accents included), hyphenated or not;
    * ``"number"``: digits of any script (``2021``, ``٢٠٢١``), with separators between digits
      (``3.5``, ``103,7``, ``٣٫٥``, ``6:30``, ``2016-2017``);
    * ``"abbreviation"``: one-letter words each followed by a full stop (``د.``, ``ق.م``, ``U.S.``);
    * ``"punct"``: punctuation marks, an ellipsis (``...``), and a tatweel standing alone (used
      as a dash in print);
    * ``"symbol"``: symbols and emoji (``$``, ``©``, ``👍🏽``);
    * ``"mixed"``: anything else: letters with digits, several scripts, other scripts.

    Invisible format characters (category Cf) are ignored.

    Raises:
        ValueError: if ``s`` has no visible character.

    >>> [token_kind_ar(t) for t in ["الكاظمي", "Biden", "2500", "٢٠٢١", "،", "ـ", "$", "كوفيد19"]]
    ['arabic', 'latin', 'number', 'number', 'punct', 'punct', 'symbol', 'mixed']
    >>> [token_kind_ar(t) for t in ["103,7", "6:30", "ق.م", "د.", "...", "جان-ايف", "كوفيد-19"]]
    ['number', 'number', 'abbreviation', 'abbreviation', 'punct', 'arabic', 'mixed']
    """
    chars = [c for c in s if unicodedata.category(c) != "Cf" or c in _EMOJI_GLUE]
    if not chars:
        raise ValueError(f"not a token: {s!r}")
    visible = "".join(chars)
    if len(chars) > 2 and _NUMBER.fullmatch(visible):
        return "number"
    if "." in visible and _ABBREVIATION.fullmatch(visible) and not all(c == "." for c in visible):
        return "abbreviation"
    if len(chars) > 2 and any(c in _HYPHENS for c in chars[1:-1]):
        inner = [c for k, c in enumerate(chars) if not (c in _HYPHENS and 0 < k < len(chars) - 1)]
        if inner and all(unicodedata.category(c)[0] in "LMN" for c in inner):
            chars = inner
    cats = [unicodedata.category(c) for c in chars]
    if all(c == "\u0640" for c in chars):
        return "punct"
    if all(cat[0] in "LM" for cat in cats) and any(cat[0] == "L" for cat in cats):
        letters = [c for c, cat in zip(chars, cats) if cat[0] == "L"]
        if all(_is_arabic_block(c) for c in letters) and all(_is_arabic_block(c) or cat[0] == "M" for c, cat in zip(chars, cats)):
            return "arabic"
        if all(unicodedata.name(c, "").startswith("LATIN") for c in letters):
            return "latin"
        return "mixed"
    if all(cat[0] == "N" for cat in cats):
        return "number"
    if all(cat[0] == "P" for cat in cats):
        return "punct"
    if all(cat[0] == "S" or c in _EMOJI_GLUE for c, cat in zip(chars, cats)):
        return "symbol"
    return "mixed"


def _edge_trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and unicodedata.category(text[start]) == "Cf":
        start += 1
    while end > start and unicodedata.category(text[end - 1]) == "Cf" and text[end - 1] not in _EMOJI_GLUE:
        end -= 1
    return start, end


def _is_letter(ch: str) -> bool:
    return unicodedata.category(ch)[0] == "L"


def _is_one_letter(piece: str) -> bool:
    """A one-letter word: one letter with any tatweel or diacritics after it (``د``, ``هـ``)."""
    return bool(piece) and _is_letter(piece[0]) and all(
        c == "\u0640" or unicodedata.category(c) == "Mn" for c in piece[1:])


def _group_end(text: str, pieces: list[tuple[int, int]], i: int) -> int:
    """Where the group of CAMeL pieces that starts at piece ``i`` ends (exclusive); ``i + 1`` if none."""
    def piece(k: int) -> str:
        return text[pieces[k][0]:pieces[k][1]]

    def touching(k: int) -> bool:  # piece k starts where piece k - 1 ends
        return k < len(pieces) and pieces[k][0] == pieces[k - 1][1]

    first = piece(i)
    before = text[pieces[i][0] - 1] if pieces[i][0] > 0 else " "
    # abbreviation: one-letter word, full stop, [one-letter word, full stop] ... [one-letter word]
    if _is_one_letter(first) and not (before.isalnum() or before == "\u0640") and touching(i + 1) and piece(i + 1) == ".":
        j = i + 2
        while touching(j) and _is_one_letter(piece(j)):  # CAMeL's letter pieces are whole words
            j += 1
            if not (touching(j) and piece(j) == "."):
                break
            j += 1
        return j
    # a number with separators, or a word with hyphens
    j = i + 1
    while touching(j) and touching(j + 1) and len(piece(j)) == 1:
        left, mark, right = piece(j - 1)[-1], piece(j), piece(j + 1)[0]
        if mark in _NUMBER_SEPARATORS and left.isdigit() and right.isdigit():
            j += 2
        elif mark in _HYPHENS and left.isalnum() and right.isalnum():
            j += 2
        else:
            break
    if j > i + 1:
        return j
    # an ellipsis of full stops
    if first == "." and touching(i + 1) and piece(i + 1) == ".":
        while touching(j) and piece(j) == ".":
            j += 1
    return j


def _is_arabic_letter(ch: str) -> bool:
    """An Arabic letter, mark or tatweel: what a word glued to digits is made of."""
    return _is_arabic_block(ch) and unicodedata.category(ch)[0] in "LM"


def _cut_from_digits(token: str) -> list[tuple[int, int]]:
    """Where ``token`` splits into digits and Arabic letters (offsets in it): ``17جوان`` → 17 | جوان;
    proclitics before a number stay on it (``و18``, ``1و2`` → 1 | و2)."""
    cuts: list[int] = []
    for m in _DIGIT_RUN.finditer(token):
        start, end = m.span()
        k = start
        while k > 0 and _is_arabic_letter(token[k - 1]):
            k -= 1
        proclitics = "".join(c for c in token[k:start] if _is_letter(c) and c != "\u0640")
        starts_word = k == 0 or token[k - 1].isdigit()
        if k < start and not (starts_word and proclitics in NUMBER_PROCLITIC_CHAINS):
            cuts.append(start)
        if end < len(token) and _is_arabic_letter(token[end]):
            cuts.append(end)
    bounds = [0, *sorted(set(cuts)), len(token)]
    return list(zip(bounds, bounds[1:]))


def tokenize_ar(text: str) -> list[Token]:
    """Tokenize a text with ``simple_word_tokenize`` and give each token its offsets.

    Numbers with separators, abbreviations, hyphenated words and ellipses are kept whole, and
    digits are cut from the Arabic letters they touch unless those are proclitics (see the
    module docstring).

    Args:
        text: the text, exactly as loaded.

    Returns:
        Tokens in text order, labelled ``"token"``.

    Raises:
        TextInputError: if the text is empty or has no Arabic letter.
        RuntimeError: if a token cannot be found where expected (a CAMeL Tools change).

    >>> [(t.start, t.text, t.kind) for t in tokenize_ar("أمس، زار Biden بغداد 2021!")]
    [(0, 'أمس', 'arabic'), (3, '،', 'punct'), (5, 'زار', 'arabic'), (9, 'Biden', 'latin'), (15, 'بغداد', 'arabic'), (21, '2021', 'number'), (25, '!', 'punct')]
    >>> [t.text for t in tokenize_ar("بلغ 103,7 دينار الساعة 6:30 ... قال د. جان-ايف")]
    ['بلغ', '103,7', 'دينار', 'الساعة', '6:30', '...', 'قال', 'د.', 'جان-ايف']
    >>> [(t.start, t.text, t.kind) for t in tokenize_ar("يوم 17جوان و18 منه")]
    [(0, 'يوم', 'arabic'), (4, '17', 'number'), (6, 'جوان', 'arabic'), (11, 'و18', 'mixed'), (15, 'منه', 'arabic')]
    """
    return list(_tokens(text))


# Most layers tokenize the text they are given; a few texts' tokens are kept (tokens are frozen,
# every caller gets its own list), so analysing one text with every layer tokenizes it once.
@lru_cache(maxsize=8)
def _tokens(text: str) -> tuple[Token, ...]:
    check_text_ar(text)
    pieces: list[tuple[int, int]] = []
    pos = 0
    for piece in simple_word_tokenize(text):
        found = text.find(piece, pos)
        if found < 0 or text[pos:found].split():
            raise RuntimeError(f"token {piece!r} not found at offset {pos}: simple_word_tokenize changed the text")
        pos = found + len(piece)
        start, end = _edge_trim(text, found, pos)
        if start < end:
            pieces.append((start, end))
    if text[pos:].split():
        raise RuntimeError(f"text after offset {pos} was not tokenized")
    tokens: list[Token] = []
    i = 0
    while i < len(pieces):
        j = _group_end(text, pieces, i)
        start, end = pieces[i][0], pieces[j - 1][1]
        kind = _kind(text[start:end])
        if kind != "mixed":  # digits with Arabic letters make a mixed token
            tokens.append(Token(start, end, text[start:end], "token", kind))
        else:
            for a, b in _cut_from_digits(text[start:end]):
                tokens.append(Token(start + a, start + b, text[start + a : start + b], "token", _kind(text[start + a : start + b])))
        i = j
    return tuple(tokens)


@lru_cache(maxsize=65536)
def _kind(token: str) -> str:
    return token_kind_ar(token)


def word_tokens_ar(text: str) -> list[Token]:
    """Return only the Arabic-word tokens of a text (``kind == "arabic"``).

    >>> [t.text for t in word_tokens_ar("في 2014، خسر العراق (Iraq) كثيراً.")]
    ['في', 'خسر', 'العراق', 'كثيراً']
    """
    return [t for t in tokenize_ar(text) if t.kind == "arabic"]


def tokens_to_frame(tokens: Iterable[Token]) -> pd.DataFrame:
    """Return tokens as a DataFrame (columns ``start``, ``end``, ``text``, ``label``, ``kind``).

    >>> tokens_to_frame(tokenize_ar("مرحبا!"))
       start  end   text  label    kind
    0      0    5  مرحبا  token  arabic
    1      5    6      !  token   punct
    """
    return spans_to_frame(tokens)
