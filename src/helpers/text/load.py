"""Read an Arabic text from a file, or check one given as a string, with one-line errors.

A text is returned exactly as stored: no newline translation, no stripping, no normalization,
so that every later offset points into the same string the reader sees. Bad input raises
:class:`TextInputError`, whose message is a single line naming the problem.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import unicodedata
from pathlib import Path

__all__ = ["TextInputError", "MAX_BYTES", "read_text_ar", "decode_text_ar", "check_text_ar", "has_arabic_ar", "display_name", "os_error_message", "split_header"]

#: Default size limit (50 MB, about 5 million Arabic words). Pass ``max_bytes`` to change it.
MAX_BYTES = 50_000_000

# Letters of the Arabic, Arabic Supplement and Arabic Extended-A blocks (not the presentation
# forms, symbols or noncharacters of U+FB50-U+FDFF and U+FE70-U+FEFF), and what may sit between
# the letters of a word: harakat, Quranic marks, superscript alef, tatweel.
_LETTERS = "\u0620-\u063F\u0641-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FC\u06FF\u0750-\u077F\u08A0-\u08C9"
_MARKS = "\u0610-\u061A\u0640\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u08CA-\u08FF"
# An Arabic word: Arabic letters (marks between them allowed) that are not glued to a letter or
# digit of another script (``abcبdef``, ``2ب``).
_ARABIC_WORD = re.compile(f"(?<!\\w)[{_LETTERS}][{_MARKS}]*(?:[{_LETTERS}][{_MARKS}]*)*(?!\\w)")
_PRESENTATION_LETTER = re.compile("[\uFB50-\uFBB1\uFBD3-\uFD3D\uFD50-\uFDC7\uFDF0-\uFDFB\uFE70-\uFEFC]")


# A header line of the kit's own texts: "# key: value".
_HEADER_LINE = re.compile(r"#[^\S\r\n]*[^:\r\n]{1,60}:(?:[^\S\r\n]|$)")


class TextInputError(ValueError):
    """A text cannot be used: missing, unreadable, not UTF-8, empty, too large or not Arabic."""


def display_name(path: str | os.PathLike[str]) -> str:
    """Return a path as one printable line: control and bidi-control characters become escapes.

    A file name may hold a newline or a right-to-left override; messages show it escaped so an
    error stays one line and reads as stored.

    >>> display_name("a\\nb.txt"), display_name("نص.txt")
    ('a\\\\nb.txt', 'نص.txt')
    """
    name = os.fsdecode(path) if not isinstance(path, str) else path
    out = []
    for ch in name:
        if ch.isprintable() and unicodedata.category(ch) != "Cf":
            out.append(ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif 0xDC80 <= ord(ch) <= 0xDCFF:  # an undecodable byte of the file name
            out.append(f"\\x{ord(ch) - 0xDC00:02x}")
        else:
            out.append(f"\\u{ord(ch):04x}" if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08x}")
    return "".join(out)


def has_arabic_ar(text: str) -> bool:
    """Return whether ``text`` contains an Arabic word.

    An Arabic word is one or more letters of the Arabic blocks (diacritics and tatweel between
    them allowed) not glued to a Latin letter or a digit. Arabic symbols, noncharacters and
    presentation forms (legacy PDF text) do not count: the tokenizer does not take them for
    Arabic words, so a text of nothing else would leave every later step without a word.

    >>> has_arabic_ar("Baghdad بغداد")
    True
    >>> has_arabic_ar("Baghdad 2021 ،"), has_arabic_ar("abcبdef"), has_arabic_ar("\\ufd3e\\ufd3f \\ufdd0")
    (False, False, False)
    """
    return _ARABIC_WORD.search(text) is not None


def check_text_ar(
    text: str, *, name: str = "text", max_chars: int = MAX_BYTES, require_arabic: bool = True, presentation_forms: bool = False
) -> str:
    """Return ``text`` unchanged if it is usable, else raise :class:`TextInputError`.

    Args:
        text: the text to check.
        name: how to call the text in messages (a file name, say).
        max_chars: the largest accepted length in characters.
        require_arabic: whether the text must contain an Arabic word (see :func:`has_arabic_ar`).
        presentation_forms: also accept Arabic letters in presentation forms (for helpers that
            map characters one by one, such as transliteration).

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
    >>> check_text_ar("Version 2ب of the report")
    Traceback (most recent call last):
    ...
    helpers.text.load.TextInputError: text contains no Arabic word, only letters glued to Latin letters or digits (is it the right file?)
    """
    if not isinstance(text, str):
        raise TextInputError(f"{name} must be a str, not {type(text).__name__}")
    if not text.strip():
        raise TextInputError(f"{name} is empty" + (" (only whitespace)" if text else ""))
    if len(text) > max_chars:
        raise TextInputError(f"{name} has {len(text):,} characters, over the limit of {max_chars:,} (pass a larger max_chars)")
    if "\x00" in text:
        raise TextInputError(f"{name} contains NUL characters: it looks like a binary file, not text")
    if require_arabic and not has_arabic_ar(text) and not (presentation_forms and _PRESENTATION_LETTER.search(text)):
        raise TextInputError(f"{name} contains {_why_not_arabic(text)}")
    return text


def _why_not_arabic(text: str) -> str:
    if _PRESENTATION_LETTER.search(text):
        return ("Arabic only in presentation forms (legacy text, often from a PDF): convert it with "
                "unicodedata.normalize('NFKC', text) first")
    if re.search(f"[{_LETTERS}]", text):
        return "no Arabic word, only letters glued to Latin letters or digits (is it the right file?)"
    return "no Arabic letters (is it the right file?)"


_WHY = {
    errno.ENOENT: "file not found",
    errno.ENOTDIR: "a part of the path is not a folder",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ELOOP: "too many symbolic links (a link loop?)",
    errno.ENAMETOOLONG: "file name too long",
}


def os_error_message(err: OSError, path: str | os.PathLike[str], *, action: str = "read") -> str:
    """One line for an operating-system error on ``path``: what went wrong, with the path escaped.

    >>> os_error_message(FileNotFoundError(2, "No such file or directory"), "x.txt")
    'file not found: x.txt'
    >>> os_error_message(PermissionError(13, "Permission denied"), "out.json", action="write")
    'cannot write out.json: permission denied'
    """
    shown = display_name(path)
    if err.errno == errno.ENOENT and action == "read":
        return f"file not found: {shown}"
    why = _WHY.get(err.errno) or (err.strerror or type(err).__name__).lower()
    return f"cannot {action} {shown}: {why}"


def _check_regular(p: Path) -> int:
    """Stat ``p`` (following links) and return its size if it is a regular file."""
    try:
        info = p.stat()
    except OSError as err:
        raise TextInputError(os_error_message(err, p)) from None
    except ValueError:  # a NUL character in the name
        raise TextInputError(f"cannot read {display_name(p)}: the file name contains a NUL character") from None
    if stat.S_ISDIR(info.st_mode):
        raise TextInputError(f"{display_name(p)} is a folder, not a text file")
    if not stat.S_ISREG(info.st_mode):
        kind = ("a named pipe (FIFO)" if stat.S_ISFIFO(info.st_mode) else "a device" if stat.S_ISCHR(info.st_mode)
                or stat.S_ISBLK(info.st_mode) else "a socket" if stat.S_ISSOCK(info.st_mode) else "not a regular file")
        raise TextInputError(f"{display_name(p)} is {kind}, not a text file: save the text to a file first")
    return info.st_size


def _utf16_hint(data: bytes) -> str:
    """Say whether bytes that are not UTF-8 look like UTF-16 (BOM, or high bytes of Latin/Arabic)."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "UTF-16 (it starts with a UTF-16 byte-order mark)"
    sample = data[:4096]
    for high in (sample[1::2], sample[0::2]):  # little-endian, big-endian
        if len(high) >= 2 and sum(b in (0x00, 0x06) for b in high) > 0.8 * len(high):
            return "UTF-16 (every other byte is 0x00 or 0x06)"
    return ""


def read_text_ar(path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES, require_arabic: bool = True) -> str:
    """Read a UTF-8 text file exactly as stored and check it with :func:`check_text_ar`.

    Only regular files are read (a named pipe or ``/dev/zero`` would never end), and never more
    than ``max_bytes + 1`` bytes, whatever the file system reports.

    Args:
        path: the file to read.
        max_bytes: the largest accepted file size in bytes.
        require_arabic: whether the text must contain an Arabic word.

    Returns:
        The decoded text. A byte-order mark, if any, is kept as ``\\ufeff`` so offsets match the file.

    Raises:
        TextInputError: one line naming the problem (missing, a folder, not a regular file, not
            readable, too large, UTF-16, not UTF-8 with the byte offset, line and column,
            binary, empty, no Arabic word). File names are shown escaped, on one line.

    >>> from helpers.data import case_study_path
    >>> read_text_ar(case_study_path())[:17]
    'دبلوماسية الكاظمي'
    >>> read_text_ar("no_such_file.txt")
    Traceback (most recent call last):
    ...
    helpers.text.load.TextInputError: file not found: no_such_file.txt
    """
    p = Path(path)
    shown = display_name(p)
    size = _check_regular(p)
    if size > max_bytes:
        raise TextInputError(f"{shown} is {size:,} bytes, over the limit of {max_bytes:,} (pass a larger max_bytes)")
    try:
        with p.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as err:
        raise TextInputError(os_error_message(err, p)) from None
    if len(data) > max_bytes:  # the file grew, or the file system under-reports its size
        raise TextInputError(f"{shown} is over the limit of {max_bytes:,} bytes (pass a larger max_bytes)")
    return decode_text_ar(data, name=shown, max_bytes=max_bytes, require_arabic=require_arabic)


def decode_text_ar(data: bytes, *, name: str = "text", max_bytes: int = MAX_BYTES, require_arabic: bool = True) -> str:
    """Decode the bytes of a text file (read from disk, an archive or a table) as :func:`read_text_ar` does.

    Args:
        data: the file's bytes.
        name: how to call the text in messages (a file or archive member name, shown as given).
        max_bytes: the largest accepted size in bytes.
        require_arabic: whether the text must contain an Arabic word.

    Raises:
        TextInputError: one line naming the problem (too large, UTF-16, not UTF-8 with the byte
            offset, line and column, binary, empty, no Arabic word).

    >>> decode_text_ar("أمس".encode("utf-8"))
    'أمس'
    >>> decode_text_ar(b"caf\\xe9", name="menu.txt")
    Traceback (most recent call last):
    ...
    helpers.text.load.TextInputError: menu.txt is not valid UTF-8: byte 0xe9 at offset 3 (line 1, column 4); re-save it as UTF-8
    """
    shown = name
    if len(data) > max_bytes:
        raise TextInputError(f"{shown} is {len(data):,} bytes, over the limit of {max_bytes:,} (pass a larger max_bytes)")
    try:
        text, bad = data.decode("utf-8"), None
    except UnicodeDecodeError as err:
        text, bad = "", err
    if bad is not None or "\x00" in text[:8192]:
        utf16 = _utf16_hint(data)
        if utf16:
            raise TextInputError(f"{shown} is {utf16}, not UTF-8: re-save it as UTF-8")
        if b"\x00" in data[:8192] or bad is None:
            raise TextInputError(f"{shown} contains NUL bytes: it looks like a binary file, not text")
        line = data.count(b"\n", 0, bad.start) + 1
        column = bad.start - (data.rfind(b"\n", 0, bad.start) + 1) + 1
        raise TextInputError(
            f"{shown} is not valid UTF-8: byte 0x{data[bad.start]:02x} at offset {bad.start} "
            f"(line {line}, column {column}); re-save it as UTF-8"
        )
    return check_text_ar(text, name=shown, max_chars=max_bytes, require_arabic=require_arabic)



def split_header(raw: str) -> tuple[list[str], str]:
    """Split the ``# key: value`` lines at the top of a file (its header) from the text after them.

    Texts written for the kit (``data/comparison/``) open with such lines about themselves. The
    header is the run of lines at the very start that each read ``# key: value``; blank lines
    right after it are dropped too. Offsets into the returned body are not offsets into the file.
    A file that does not open that way (a Markdown title such as ``# عنوان`` has no colon) is
    all body, returned unchanged.

    >>> split_header("# a: b\\n# c: d\\n\\nنص.\\n")
    (['# a: b', '# c: d'], 'نص.\\n')
    >>> split_header("# عنوان المقال\\n\\nنص.")
    ([], '# عنوان المقال\\n\\nنص.')
    """
    lines = raw.splitlines(keepends=True)
    k = 0
    while k < len(lines) and _HEADER_LINE.match(lines[k]):
        k += 1
    header = [line.rstrip("\r\n") for line in lines[:k]]
    while k and k < len(lines) and not lines[k].strip():
        k += 1
    return header, "".join(lines[k:])
