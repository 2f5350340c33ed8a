"""Loading texts: exactly as stored, or a one-line error naming the problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.text.load import TextInputError, check_text_ar, has_arabic_ar, read_text_ar

KEPT_AS_STORED = [
    ("crlf", "سطر\r\nسطر".encode(), "سطر\r\nسطر"),
    ("bom", b"\xef\xbb\xbf" + "نص".encode(), "\ufeffنص"),
    ("trailing space", "نص \n".encode(), "نص \n"),
    ("tatweel", "الـ 2500".encode(), "ال\u0640 2500"),
    ("presentation form", "نص \ufefb".encode(), "نص \ufefb"),
]


@pytest.mark.parametrize(("name", "raw", "expected"), KEPT_AS_STORED, ids=[k[0] for k in KEPT_AS_STORED])
def test_read_keeps_the_text_as_stored(tmp_path: Path, name: str, raw: bytes, expected: str) -> None:
    path = tmp_path / "t.txt"
    path.write_bytes(raw)
    assert read_text_ar(path) == expected


BAD = [
    ("empty", b"", "is empty"),
    ("whitespace", b" \n\t\n", "is empty (only whitespace)"),
    ("nul", b"abc\x00def", "NUL bytes"),
    ("invalid utf-8 on line 2", "سطر\n".encode() + b"ab\xffcd", "byte 0xff at offset 9 (line 2, column 3)"),
    ("utf-16 with bom", "نص".encode("utf-16"), "is UTF-16 (it starts with a UTF-16 byte-order mark), not UTF-8"),
    ("utf-16 without bom", "نص عربي".encode("utf-16-le"), "is UTF-16 (every other byte is 0x00 or 0x06), not UTF-8"),
    ("no arabic", b"Hello 2021 !", "no Arabic letters"),
    ("only arabic punctuation", "، ؛ ؟ ٢٠٢١".encode(), "no Arabic letters"),
    ("only ornate parentheses", "\ufd3e quote \ufd3f".encode(), "no Arabic letters"),
    ("a noncharacter", "text \ufdd0".encode(), "no Arabic letters"),
    ("a letter glued in latin", "abc\u0628def".encode(), "no Arabic word, only letters glued"),
    ("a letter glued to a digit", "Version 2\u0628 of the report".encode(), "no Arabic word, only letters glued"),
    ("presentation forms only", "\ufee3\ufeae\ufea4\ufe92\ufe8e".encode(), "only in presentation forms"),
]


@pytest.mark.parametrize(("name", "raw", "message"), BAD, ids=[b[0] for b in BAD])
def test_bad_files(tmp_path: Path, name: str, raw: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(raw)
    with pytest.raises(TextInputError) as info:
        read_text_ar(path)
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_missing_and_folder(tmp_path: Path) -> None:
    with pytest.raises(TextInputError, match="file not found"):
        read_text_ar(tmp_path / "nope.txt")
    with pytest.raises(TextInputError, match="is a folder"):
        read_text_ar(tmp_path)


def test_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("نص " * 100, encoding="utf-8")
    with pytest.raises(TextInputError, match="over the limit of 50"):
        read_text_ar(path, max_bytes=50)


def test_require_arabic_can_be_turned_off(tmp_path: Path) -> None:
    path = tmp_path / "en.txt"
    path.write_text("English only", encoding="utf-8")
    assert read_text_ar(path, require_arabic=False) == "English only"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("بغداد", True), ("Baghdad", False), ("\u0640\u064e", False), ("\ufefb", False), ("الـ", True), ("بَيْت", True), ("abcبdef", False), ("2ب", False), ("ب", True), ("option ب only", True), ("ڤيروس", True), ("٢٠٢١", False)],
)
def test_has_arabic(text: str, expected: bool) -> None:
    assert has_arabic_ar(text) is expected


def test_check_rejects_non_strings() -> None:
    with pytest.raises(TextInputError, match="must be a str, not bytes"):
        check_text_ar(b"\xd9\x86")  # type: ignore[arg-type]
