"""The documents of a corpus, read from folders, files, tables, TREC files and archives.

:func:`read_documents` turns the inputs of a corpus run into :class:`Document` records, in a
fixed order, without extracting anything to disk:

==========================  ==========================================================================
input                       documents
==========================  ==========================================================================
a folder                    every ``*.txt`` file below it (recursive; hidden folders skipped), sorted
                            by relative path
a ``.txt`` file             one text as stored (:func:`helpers.text.load.decode_text_ar`), or, if it
                            starts with ``<DOC>``, one document per ``<DOC>`` element (TREC style)
a ``.csv``/``.tsv`` file    one document per row: the ``--text-column`` (default ``text``), an optional
                            ``--id-column``; every other column is metadata
a ``.jsonl`` file           one document per line (a JSON object), with the same columns
an archive                  ``.tar.xz``, ``.tar.gz``, ``.tgz``, ``.tar.bz2``, ``.tar``, ``.zip``: its
                            ``.txt``, ``.csv``, ``.tsv`` and ``.jsonl`` members, sorted by name,
                            read as above straight from the archive
==========================  ==========================================================================

**A TREC document** (:func:`trec_documents_ar`) is read as its ``TITLE``, a blank line, then the
``TEXT`` body lines exactly as stored (leading and trailing line breaks removed) and a final line
break; the ``ABSTRACT`` is left out (in the ANT corpus it repeats the first paragraph). The
kit's news golds (``data/news/*.txt``) are these texts, so their offsets hold for the same
articles read from the archive. Every other tag (``DOCNO``, ``URL``, ``CAT``, ``TIME`` ...)
becomes metadata, lower-cased.

**Ids** are stable across runs: a TREC ``DOCNO``; the ``--id-column`` value; else the file's path
relative to the folder given (or to the archive), without ``.txt``, or the file's name for a file
given directly; rows of a table without an id column are ``NAME:ROW`` (data rows counted from 1).
A second document with an id already seen is not analysed: it is reported as an error.

**Metadata** keeps every field given; ``title``, ``category``, ``date`` and ``url`` are also
picked out (TREC ``TITLE``, ``CAT``, ``TIME``/``DATE``, ``URL``; table columns of those names,
or ``cat``, ``time``). Files found in a folder or an archive also get ``folder``, their parent
folder relative to it.

A document that cannot be used (not UTF-8, binary, empty, no Arabic letter, over
``max_bytes``, a TREC element without ``<TEXT>``, a table row without text) becomes a
:class:`Document` with ``error`` set to a one-line reason; reading goes on. Inputs that cannot
be read at all (a missing path, a table without the text column) raise :class:`CorpusInputError`.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import tarfile
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from helpers.text.load import TextInputError, check_text_ar, decode_text_ar

__all__ = [
    "ARCHIVE_SUFFIXES",
    "CorpusInputError",
    "DEFAULT_MAX_BYTES",
    "Document",
    "read_documents",
    "trec_documents_ar",
]

#: The largest document accepted by default (bytes of UTF-8; about 500,000 Arabic words).
DEFAULT_MAX_BYTES = 5_000_000

#: File name endings read as archives.
ARCHIVE_SUFFIXES = (".tar.xz", ".txz", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar", ".zip")

_TABLE_SUFFIXES = (".csv", ".tsv", ".jsonl", ".ndjson")
_MEMBER_SUFFIXES = (".txt", *_TABLE_SUFFIXES)
_DOC = re.compile(r"<DOC>(.*?)</DOC>", re.S)
_TAG = re.compile(r"<([A-Za-z][A-Za-z0-9_]*)>(.*?)</\1>", re.S)
_PICKED = {"title": ("title", "headline"), "category": ("category", "cat"), "date": ("date", "time"), "url": ("url",)}


class CorpusInputError(TextInputError):
    """An input of a corpus run cannot be read at all, or an option is wrong (one-line message)."""


@dataclass(frozen=True)
class Document:
    """One document of a corpus, ready to analyse, or the reason it cannot be.

    Attributes:
        doc_id: the stable id (see the module docstring).
        source: where it was read: a path as given, ``ARCHIVE!MEMBER``, or ``FILE:ROW`` for a
            table row.
        text: the text exactly as it will be analysed (``None`` if it could not be read).
        sha256: of the text's UTF-8 bytes (of the raw bytes if they could not be decoded).
        metadata: every metadata field given, as strings (JSON values for ``.jsonl``).
        error: why the document cannot be analysed, or ``None``.
    """

    doc_id: str
    source: str
    text: str | None
    sha256: str | None
    metadata: dict[str, Any] = field(default_factory=dict)
    error: str | None = None

    def picked(self, name: str) -> str | None:
        """Return the ``title``, ``category``, ``date`` or ``url`` found in the metadata, if any.

        >>> Document("a", "a.txt", "نص", None, {"CAT": "sport"}).picked("category")
        'sport'
        """
        lowered = {str(k).lower(): v for k, v in self.metadata.items()}
        for key in _PICKED[name]:
            value = lowered.get(key)
            if value is not None and str(value).strip():
                return str(value).strip()
        return None


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _text_document(doc_id: str, source: str, text: str, metadata: dict[str, Any], max_bytes: int) -> Document:
    data = text.encode("utf-8")
    try:
        if len(data) > max_bytes:
            raise TextInputError(f"{doc_id} is {len(data):,} bytes, over the limit of {max_bytes:,} (pass a larger --max-bytes)")
        check_text_ar(text, name=doc_id, max_chars=max_bytes)
    except TextInputError as err:
        return Document(doc_id, source, None, _sha(data), metadata, str(err))
    return Document(doc_id, source, text, _sha(data), metadata)


def trec_documents_ar(raw: str) -> list[dict[str, str]]:
    """Return the fields of every ``<DOC>`` element of a TREC-style file, with the text to analyse.

    Each dict holds the element's tags, lower-cased (``docno``, ``title``, ``text``, ...), and
    ``document``: the title, a blank line, the body lines unchanged (leading and trailing line
    breaks removed) and a final line break; the body alone if there is no title. ``document`` is
    absent when the element has no ``<TEXT>``.

    >>> raw = "<DOC>\\n<DOCNO>X-1</DOCNO>\\n<TITLE> عنوان </TITLE>\\n<ABSTRACT>ملخص</ABSTRACT>\\n<TEXT>\\nسطر أول\\n سطر ثان\\n</TEXT>\\n</DOC>"
    >>> doc = trec_documents_ar(raw)[0]
    >>> doc["docno"], doc["document"]
    ('X-1', 'عنوان\\n\\nسطر أول\\n سطر ثان\\n')
    """
    out = []
    for element in _DOC.findall(raw):
        fields = {tag.lower(): value for tag, value in _TAG.findall(element)}
        if "text" in fields:
            body = fields["text"].strip("\n")
            title = fields.get("title", "").strip()
            fields["document"] = f"{title}\n\n{body}\n" if title else f"{body}\n"
        out.append(fields)
    return out


def _is_trec(text: str) -> bool:
    return text.lstrip("\ufeff \t\r\n").startswith("<DOC>")


def _looks_trec(head: bytes) -> bool:
    return head[:256].removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"<DOC>")


def _from_text_file(data: bytes, *, base: str, source: str, metadata: dict[str, Any], max_bytes: int) -> Iterator[Document]:
    """A plain text file (one document) or a TREC file (one per ``<DOC>``)."""
    try:
        # A TREC file may hold many documents: each is checked against max_bytes on its own.
        text = decode_text_ar(data, name=base, max_bytes=max(max_bytes, len(data)) if _looks_trec(data) else max_bytes)
    except TextInputError as err:
        yield Document(base, source, None, _sha(data), dict(metadata), str(err))
        return
    if not _is_trec(text):
        yield Document(base, source, text, _sha(data), dict(metadata))
        return
    elements = trec_documents_ar(text)
    if not elements:
        yield Document(base, source, None, _sha(data), dict(metadata), f"{base} starts with <DOC> but has no complete <DOC>…</DOC> element")
        return
    for k, fields in enumerate(elements, start=1):
        doc_id = fields.get("docno", "").strip() or f"{base}#{k}"
        meta = {**metadata, **{key: value.strip() for key, value in fields.items() if key not in ("text", "abstract", "document")}}
        if "document" not in fields:
            yield Document(doc_id, source, None, None, meta, f"{doc_id}: TREC element without <TEXT>")
            continue
        yield _text_document(doc_id, source, fields["document"], meta, max_bytes)


def _rows(data: bytes, suffix: str, name: str) -> Iterator[tuple[int, dict[str, Any] | None, str | None]]:
    """(row number, fields or None, error) for every row of a CSV, TSV or JSON-lines file."""
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise CorpusInputError(f"{name} is not valid UTF-8 (byte {err.start}); re-save it as UTF-8") from None
    if suffix in (".jsonl", ".ndjson"):
        for number, line in enumerate(content.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as err:
                yield number, None, f"{name} line {number} is not JSON: {err.msg}"
                continue
            if not isinstance(value, dict):
                yield number, None, f"{name} line {number} is not a JSON object"
                continue
            yield number, value, None
        return
    reader = csv.DictReader(io.StringIO(content, newline=""), delimiter="\t" if suffix == ".tsv" else ",")
    try:
        for number, row in enumerate(reader, start=1):
            if None in row:
                yield number, None, f"{name} row {number} has more fields than the header"
                continue
            yield number, dict(row), None
    except csv.Error as err:
        raise CorpusInputError(f"{name}: cannot read as {suffix[1:].upper()}: {err}") from None


def _from_table(data: bytes, *, base: str, source: str, suffix: str, text_column: str, id_column: str | None,
                metadata: dict[str, Any], max_bytes: int) -> Iterator[Document]:
    checked = False
    for number, row, error in _rows(data, suffix, source):
        if row is not None and not checked:
            missing = [c for c in (text_column, id_column) if c is not None and c not in row]
            if missing and suffix not in (".jsonl", ".ndjson"):
                raise CorpusInputError(f"{source} has no column {missing[0]!r} (columns: {', '.join(row)}); "
                                       "choose it with --text-column / --id-column")
            checked = True
        where = f"{source}:{number}"
        if row is None:
            yield Document(f"{base}:{number}", where, None, None, dict(metadata), error)
            continue
        raw_id = row.get(id_column) if id_column else None
        doc_id = str(raw_id).strip() if raw_id is not None and str(raw_id).strip() else f"{base}:{number}"
        meta = {**metadata, **{k: v for k, v in row.items() if k not in (text_column, id_column)}}
        text = row.get(text_column)
        if not isinstance(text, str):
            reason = f"{doc_id} has no {text_column!r} field" if text is None else f"{doc_id}: {text_column!r} is not a string"
            yield Document(doc_id, where, None, None, meta, reason)
            continue
        yield _text_document(doc_id, where, text, meta, max_bytes)


def _from_member(data: bytes, *, name: str, base: str, source: str, text_column: str, id_column: str | None,
                 metadata: dict[str, Any], max_bytes: int) -> Iterator[Document]:
    suffix = PurePosixPath(name).suffix.lower()
    if suffix in _TABLE_SUFFIXES:
        yield from _from_table(data, base=base, source=source, suffix=suffix, text_column=text_column,
                               id_column=id_column, metadata=metadata, max_bytes=max_bytes)
    else:
        yield from _from_text_file(data, base=base, source=source, metadata=metadata, max_bytes=max_bytes)


def _without_suffix(relative: str) -> str:
    path = PurePosixPath(relative)
    return str(path.with_suffix("")) if path.suffix.lower() in _MEMBER_SUFFIXES else str(path)


def _folder_of(relative: str) -> str:
    parent = str(PurePosixPath(relative).parent)
    return "" if parent == "." else parent


def _hidden(relative: str) -> bool:
    return any(part.startswith(".") or part == "__MACOSX" for part in PurePosixPath(relative).parts)


def _wanted(name: str) -> bool:
    return not _hidden(name) and PurePosixPath(name).suffix.lower() in _MEMBER_SUFFIXES


def _archive_members(path: Path, max_bytes: int) -> Iterator[tuple[str, bytes | None, int]]:
    """(member name, bytes or None if too large, size) for the archive's wanted files, sorted by name."""
    found: list[tuple[str, bytes | None, int]] = []
    if path.name.lower().endswith(".zip"):
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                if not info.is_dir() and _wanted(info.filename):
                    with archive.open(info) as handle:
                        found.append((info.filename, _read_limited(handle, info.filename, info.file_size, max_bytes), info.file_size))
    else:
        with tarfile.open(path, mode="r:*") as archive:
            # A compressed tar is read in one pass, in stored order; members are sorted afterwards.
            for info in archive:
                if info.isfile() and _wanted(info.name):
                    handle = archive.extractfile(info)
                    found.append((info.name, _read_limited(handle, info.name, info.size, max_bytes), info.size))
    yield from sorted(found, key=lambda m: m[0])


def _read_limited(handle: Any, name: str, size: int, max_bytes: int) -> bytes | None:
    """The bytes of a file or member, or ``None`` if it is over ``max_bytes`` and holds one document."""
    if size <= max_bytes or PurePosixPath(name).suffix.lower() in _TABLE_SUFFIXES:
        return handle.read()
    head = handle.read(256)
    return head + handle.read() if _looks_trec(head) else None


def _read_file(path: Path, max_bytes: int) -> bytes | None:
    try:
        with path.open("rb") as handle:
            return _read_limited(handle, path.name, path.stat().st_size, max_bytes)
    except OSError as err:
        raise CorpusInputError(f"cannot read {path}: {err.strerror or err}") from None


def _too_large(doc_id: str, source: str, size: int, max_bytes: int, metadata: dict[str, Any]) -> Document:
    return Document(doc_id, source, None, None, metadata,
                    f"{doc_id} is {size:,} bytes, over the limit of {max_bytes:,} (pass a larger --max-bytes)")


def read_documents(
    inputs: Sequence[str | Path],
    *,
    text_column: str = "text",
    id_column: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Document]:
    """Yield the documents of the inputs, in order (rules in the module docstring).

    Args:
        inputs: folders, text files, TREC files, tables and archives, in any mix.
        text_column: the column (or JSON key) holding the text, for tables.
        id_column: the column holding each row's id, for tables (``None``: ``NAME:ROW``).
        max_bytes: the largest accepted document, in bytes. Files that hold several documents
            (TREC files, tables, archives) may be larger; each document is checked on its own.

    Raises:
        CorpusInputError: for an input that does not exist or cannot be read at all.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("قال الرئيس.", encoding="utf-8")
    >>> _ = (folder / "b.txt").write_text("Latin only.", encoding="utf-8")
    >>> [(d.doc_id, d.error) for d in read_documents([folder])]
    [('a', None), ('b', 'b contains no Arabic letters (is it the right file?)')]
    """
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    if not inputs:
        raise CorpusInputError("no input given: name folders, files or archives")
    for given in inputs:
        path = Path(given)
        if not path.exists():
            raise CorpusInputError(f"input not found: {path}")
        lowered = path.name.lower()
        if path.is_dir():
            files = sorted((p for p in path.rglob("*") if p.is_file() and p.suffix.lower() == ".txt"),
                           key=lambda p: p.relative_to(path).as_posix())
            for file in files:
                relative = file.relative_to(path).as_posix()
                if _hidden(relative):
                    continue
                base, meta = _without_suffix(relative), {"folder": _folder_of(relative)}
                data = _read_file(file, max_bytes)
                if data is None:
                    yield _too_large(base, file.as_posix(), file.stat().st_size, max_bytes, meta)
                    continue
                yield from _from_text_file(data, base=base, source=file.as_posix(), metadata=meta, max_bytes=max_bytes)
        elif lowered.endswith(ARCHIVE_SUFFIXES):
            try:
                members = list(_archive_members(path, max_bytes))
            except (tarfile.TarError, zipfile.BadZipFile, OSError, EOFError) as err:
                raise CorpusInputError(f"cannot read the archive {path}: {err}") from None
            for name, data, size in members:
                base, meta = _without_suffix(name), {"folder": _folder_of(name)}
                source = f"{path.as_posix()}!{name}"
                if data is None:
                    yield _too_large(base, source, size, max_bytes, meta)
                    continue
                yield from _from_member(data, name=name, base=base, source=source, text_column=text_column,
                                        id_column=id_column, metadata=meta, max_bytes=max_bytes)
        else:
            data = _read_file(path, max_bytes)
            base = path.stem if path.suffix.lower() in _MEMBER_SUFFIXES else path.name
            if data is None:
                yield _too_large(base, path.as_posix(), path.stat().st_size, max_bytes, {})
                continue
            yield from _from_member(data, name=path.name, base=base, source=path.as_posix(), text_column=text_column,
                                    id_column=id_column, metadata={}, max_bytes=max_bytes)
