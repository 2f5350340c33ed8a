"""Read an Arabic text from a file, or check one given as a string, with one-line errors.

A text is returned exactly as stored: no newline translation, no stripping, no normalization,
so that every later offset points into the same string the reader sees. Bad input raises
:class:`TextInputError`, whose message is a single line naming the problem.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

__all__ = ["TextInputError", "MAX_BYTES", "read_text_ar", "check_text_ar", "has_arabic_ar"]

#: Default size limit (50 MB, about 5 million Arabic words). Pass ``max_bytes`` to change it.
MAX_BYTES = 50_000_000

# Arabic letters in the Arabic, Arabic Supplement, Extended-A and presentation-form blocks.
_ARABIC_LETTER = re.compile(r"[\u0621-\u063F\u0641-\u064A\u0671-\u06D3\u06FA-\u06FC\u0750-\u077F\u08A0-\u08C9\uFB50-\uFDFB\uFE80-\uFEFC]")


class TextInputError(ValueError):
    """A text cannot be used: missing, unreadable, not UTF-8, empty, too large or not Arabic."""


def has_arabic_ar(text: str) -> bool:
    """Return whether ``text`` contains at least one Arabic letter.

    >>> has_arabic_ar("Baghdad بغداد")
    True
    >>> has_arabic_ar("Baghdad 2021 ،")
    False
    """
    return _ARABIC_LETTER.search(text) is not None


def check_text_ar(text: str, *, name: str = "text", max_chars: int = MAX_BYTES, require_arabic: bool = True) -> str:
    """Return ``text`` unchanged if it is usable, else raise :class:`TextInputError`.

    Args:
        text: the text to check.
        name: how to call the text in messages (a file name, say).
        max_chars: the largest accepted length in characters.
        require_arabic: whether the text must contain an Arabic letter.

    >>> check_text_ar("أمس الأربعاء")
    'أمس الأربعاء'
    >>> check_text_ar("   \\n")
    Traceback (most recent call last):
    ...
    helpers.text.load.TextInputError: text is empty (only whitespace)
    >>> check_text_ar("Only Latin letters here.")
    Traceback (most recent call last):
    ...
    helpers.text.load.TextInputError: text contains no Arabic letters (is it the right file?)
    """
    if not isinstance(text, str):
        raise TextInputError(f"{name} must be a str, not {type(text).__name__}")
    if not text.strip():
        raise TextInputError(f"{name} is empty" + (" (only whitespace)" if text else ""))
    if len(text) > max_chars:
        raise TextInputError(f"{name} has {len(text):,} characters, over the limit of {max_chars:,} (pass a larger max_chars)")
    if "\x00" in text:
        raise TextInputError(f"{name} contains NUL characters: it looks like a binary file, not text")
    if require_arabic and not has_arabic_ar(text):
        raise TextInputError(f"{name} contains no Arabic letters (is it the right file?)")
    return text


def read_text_ar(path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES, require_arabic: bool = True) -> str:
    """Read a UTF-8 text file exactly as stored and check it with :func:`check_text_ar`.

    Args:
        path: the file to read.
        max_bytes: the largest accepted file size in bytes.
        require_arabic: whether the text must contain an Arabic letter.

    Returns:
        The decoded text. A byte-order mark, if any, is kept as ``\\ufeff`` so offsets match the file.

    Raises:
        TextInputError: one line naming the problem (missing, a folder, too large, not UTF-8 with
            the byte offset, line and column, binary, empty, no Arabic letters).

    >>> from helpers.data import case_study_path
    >>> read_text_ar(case_study_path())[:17]
    'دبلوماسية الكاظمي'
    >>> read_text_ar("no_such_file.txt")
    Traceback (most recent call last):
    ...
    helpers.text.load.TextInputError: file not found: no_such_file.txt
    """
    p = Path(path)
    if not p.exists():
        raise TextInputError(f"file not found: {p}")
    if p.is_dir():
        raise TextInputError(f"{p} is a folder, not a text file")
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise TextInputError(f"{p} is {size:,} bytes, over the limit of {max_bytes:,} (pass a larger max_bytes)")
        data = p.read_bytes()
    except OSError as err:
        raise TextInputError(f"cannot read {p}: {err.strerror or err}") from None
    if b"\x00" in data[:8192]:
        raise TextInputError(f"{p} contains NUL bytes: it looks like a binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        column = err.start - (data.rfind(b"\n", 0, err.start) + 1) + 1
        raise TextInputError(
            f"{p} is not valid UTF-8: byte 0x{data[err.start]:02x} at offset {err.start} "
            f"(line {line}, column {column}); re-save it as UTF-8"
        ) from None
    return check_text_ar(text, name=str(p), max_chars=max_bytes, require_arabic=require_arabic)
