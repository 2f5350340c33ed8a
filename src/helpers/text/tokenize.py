"""Word tokens with offsets, from CAMeL Tools' ``simple_word_tokenize``.

``simple_word_tokenize`` splits on whitespace and makes every punctuation mark or symbol a
token of its own; it returns strings, not positions. :func:`tokenize_ar` finds each returned
token in the original text by scanning forward and checks that only whitespace was skipped, so
the offsets are exact. The tokens are CAMeL's, unchanged, with one exception: invisible format
characters (Unicode category Cf: BOM, ZWSP, LRM, RLM, ALM, bidi controls) at the edges of a token
are left out of its span, and a token made only of them is dropped. Inside a token they stay,
as do diacritics, tatweel and ZWNJ (``كَتَبَ``, ``مـــرحبا``, ``می‌خواهم`` are one token each).

Like CAMeL, a decimal such as ``3.5`` gives three tokens (``3``, ``.``, ``5``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd
from camel_tools.tokenizers.word import simple_word_tokenize

from helpers.text.load import check_text_ar
from helpers.text.spans import Span, spans_to_frame

__all__ = ["Token", "TOKEN_KINDS", "tokenize_ar", "word_tokens_ar", "tokens_to_frame", "token_kind_ar"]

#: The values of :attr:`Token.kind`.
TOKEN_KINDS = ("arabic", "latin", "number", "punct", "symbol", "mixed")

_EMOJI_GLUE = frozenset("\u200d\ufe0e\ufe0f\u20e3")


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

    * ``"arabic"``: Arabic-script letters, with any diacritics, tatweel or joiners;
    * ``"latin"``: Latin letters (accents included);
    * ``"number"``: digits of any script (``2021``, ``٢٠٢١``);
    * ``"punct"``: punctuation marks, and a tatweel standing alone (used as a dash in print);
    * ``"symbol"``: symbols and emoji (``$``, ``©``, ``👍🏽``);
    * ``"mixed"``: anything else: letters with digits, several scripts, other scripts.

    Invisible format characters (category Cf) are ignored.

    Raises:
        ValueError: if ``s`` has no visible character.

    >>> [token_kind_ar(t) for t in ["الكاظمي", "Biden", "2500", "٢٠٢١", "،", "ـ", "$", "كوفيد19"]]
    ['arabic', 'latin', 'number', 'number', 'punct', 'punct', 'symbol', 'mixed']
    """
    chars = [c for c in s if unicodedata.category(c) != "Cf" or c in _EMOJI_GLUE]
    if not chars:
        raise ValueError(f"not a token: {s!r}")
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


def tokenize_ar(text: str) -> list[Token]:
    """Tokenize a text with ``simple_word_tokenize`` and give each token its offsets.

    Args:
        text: the text, exactly as loaded.

    Returns:
        Tokens in text order, labelled ``"token"``.

    Raises:
        TextInputError: if the text is empty or has no Arabic letter.
        RuntimeError: if a token cannot be found where expected (a CAMeL Tools change).

    >>> [(t.start, t.text, t.kind) for t in tokenize_ar("أمس، زار Biden بغداد 2021!")]
    [(0, 'أمس', 'arabic'), (3, '،', 'punct'), (5, 'زار', 'arabic'), (9, 'Biden', 'latin'), (15, 'بغداد', 'arabic'), (21, '2021', 'number'), (25, '!', 'punct')]
    """
    return list(_tokens(text))


# Most layers tokenize the text they are given; a few texts' tokens are kept (tokens are frozen,
# every caller gets its own list), so analysing one text with every layer tokenizes it once.
@lru_cache(maxsize=8)
def _tokens(text: str) -> tuple[Token, ...]:
    check_text_ar(text)
    tokens: list[Token] = []
    pos = 0
    for piece in simple_word_tokenize(text):
        found = text.find(piece, pos)
        if found < 0 or text[pos:found].split():
            raise RuntimeError(f"token {piece!r} not found at offset {pos}: simple_word_tokenize changed the text")
        pos = found + len(piece)
        start, end = _edge_trim(text, found, pos)
        if start < end:
            tokens.append(Token(start, end, text[start:end], "token", _kind(text[start:end])))
    if text[pos:].split():
        raise RuntimeError(f"text after offset {pos} was not tokenized")
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
