"""Reading corpus inputs: every format, stable ids, metadata, one-line reasons for bad documents."""

from __future__ import annotations

import io
import tarfile
import zipfile
from pathlib import Path

import pytest
from corpus_texts import TEXTS_AR, category_rows, trec_document, write_folder, write_table

from helpers.corpus.documents import CorpusInputError, read_documents, trec_documents_ar
from helpers.data import data_path


def _trec_file(path: Path) -> Path:
    path.write_text(
        trec_document("A-1", "politics", "عنوان أول", TEXTS_AR["politics"]) + "\n"
        + trec_document("A-2", "sport", "عنوان ثان", TEXTS_AR["sport"]),
        encoding="utf-8",
    )
    return path


def _archive(path: Path) -> Path:
    members = {
        "corpus/politics/p1.txt": TEXTS_AR["politics"].encode(),
        "corpus/econ/e1.txt": TEXTS_AR["economy"].encode(),
        "corpus/trec/t.txt": trec_document("T-9", "culture", "عنوان", TEXTS_AR["culture"]).encode(),
        "corpus/README.md": b"not a document",
        "corpus/.hidden/x.txt": TEXTS_AR["sport"].encode(),
    }
    if path.name.endswith(".zip"):
        with zipfile.ZipFile(path, "w") as archive:
            for name, data in members.items():
                archive.writestr(name, data)
        return path
    mode = "w:xz" if path.name.endswith(".xz") else "w:gz"
    with tarfile.open(path, mode) as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return path


ARCHIVE_IDS = ["corpus/econ/e1", "corpus/politics/p1", "T-9"]


def _make(kind: str, tmp: Path) -> list[Path]:
    if kind == "folder":
        return [write_folder(tmp / "texts")]
    if kind == "files":
        folder = write_folder(tmp / "texts")
        return [folder / "news" / "sport.txt", folder / "politics.txt"]
    if kind == "trec":
        return [_trec_file(tmp / "docs.txt")]
    if kind in ("csv", "tsv", "jsonl"):
        return [write_table(tmp / f"table.{kind}", category_rows()[:2])]
    return [_archive(tmp / f"corpus.{kind}")]


@pytest.mark.parametrize(
    ("kind", "options", "ids", "first_source", "first_metadata"),
    [
        ("folder", {}, ["news/sport", "politics"], "texts/news/sport.txt", {"folder": "news"}),
        ("files", {}, ["sport", "politics"], "texts/news/sport.txt", {}),
        ("trec", {}, ["A-1", "A-2"], "docs.txt",
         {"docno": "A-1", "url": "http://example.org/A-1", "src": "Test", "cat": "politics", "title": "عنوان أول",
          "time": "2021-04-07T10:00:00+01:00"}),
        ("csv", {"id_column": "id"}, ["doc-1", "doc-2"], "table.csv:1", {"category": "politics", "title": "نص politics"}),
        ("tsv", {"id_column": "id"}, ["doc-1", "doc-2"], "table.tsv:1", {"category": "politics", "title": "نص politics"}),
        ("jsonl", {"id_column": "id"}, ["doc-1", "doc-2"], "table.jsonl:1", {"category": "politics", "title": "نص politics"}),
        ("csv", {}, ["table:1", "table:2"], "table.csv:1", {"id": "doc-1", "category": "politics", "title": "نص politics"}),
        ("tar.xz", {}, ARCHIVE_IDS, "corpus.tar.xz!corpus/econ/e1.txt", {"folder": "corpus/econ"}),
        ("tar.gz", {}, ARCHIVE_IDS, "corpus.tar.gz!corpus/econ/e1.txt", {"folder": "corpus/econ"}),
        ("zip", {}, ARCHIVE_IDS, "corpus.zip!corpus/econ/e1.txt", {"folder": "corpus/econ"}),
    ],
)
def test_every_input_format(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str, options: dict, ids: list[str],
                            first_source: str, first_metadata: dict) -> None:
    monkeypatch.chdir(tmp_path)
    inputs = [p.relative_to(tmp_path) for p in _make(kind, tmp_path)]
    docs = list(read_documents(inputs, **options))
    assert [d.doc_id for d in docs] == ids
    assert all(d.error is None and d.text for d in docs)
    assert docs[0].source == first_source
    assert docs[0].metadata == first_metadata


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("trec", "عنوان أول\n\n" + TEXTS_AR["politics"]),   # title, blank line, body; abstract left out
        ("files", TEXTS_AR["sport"]),                       # a text file exactly as stored
        ("csv", TEXTS_AR["politics"]),
        ("zip", TEXTS_AR["economy"]),
    ],
)
def test_text_is_read_exactly(tmp_path: Path, kind: str, text: str) -> None:
    doc = next(iter(read_documents(_make(kind, tmp_path))))
    assert doc.text == text
    import hashlib

    assert doc.sha256 == hashlib.sha256(text.encode("utf-8")).hexdigest()


@pytest.mark.parametrize(
    ("name", "picked"),
    [
        ("title", "عنوان أول"),
        ("category", "politics"),
        ("date", "2021-04-07T10:00:00+01:00"),
        ("url", "http://example.org/A-1"),
    ],
)
def test_trec_metadata_is_picked(tmp_path: Path, name: str, picked: str) -> None:
    doc = next(iter(read_documents([_trec_file(tmp_path / "d.txt")])))
    assert doc.picked(name) == picked


@pytest.mark.parametrize(
    ("data", "options", "reason"),
    [
        (b"", {}, "x is empty"),
        (b"  \n\t\n", {}, "x is empty (only whitespace)"),
        (b"Only Latin letters here.", {}, "x contains no Arabic letters (is it the right file?)"),
        ("نص".encode() + b"\xff\xfe", {}, "x is not valid UTF-8: byte 0xff at offset 4 (line 1, column 5); re-save it as UTF-8"),
        (b"abc\x00def", {}, "x contains NUL bytes: it looks like a binary file, not text"),
        (("نص " * 40).encode(), {"max_bytes": 190}, "x is 200 bytes, over the limit of 190 (pass a larger --max-bytes)"),
    ],
)
def test_bad_text_files_get_a_one_line_reason(tmp_path: Path, data: bytes, options: dict, reason: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "x.txt").write_bytes(data)
    (folder / "y.txt").write_text(TEXTS_AR["economy"], encoding="utf-8")
    docs = list(read_documents([folder], **options))
    assert [(d.doc_id, d.error) for d in docs] == [("x", reason), ("y", None)]
    assert docs[0].text is None


@pytest.mark.parametrize(
    ("content", "reasons"),
    [
        (trec_document("B-1", "x", "عنوان", TEXTS_AR["economy"]) + "<DOC><DOCNO>B-2</DOCNO><TITLE>عنوان</TITLE></DOC>",
         [None, "B-2: TREC element without <TEXT>"]),
        (trec_document("B-1", "x", "", "Latin body only\n"), ["B-1 contains no Arabic letters (is it the right file?)"]),
        ("<DOC>\n<DOCNO>B-3</DOCNO>\n<TEXT>\nنص بلا نهاية", ["b starts with <DOC> but has no complete <DOC>…</DOC> element"]),
    ],
)
def test_bad_trec_documents(tmp_path: Path, content: str, reasons: list) -> None:
    (tmp_path / "b.txt").write_text(content, encoding="utf-8")
    assert [d.error for d in read_documents([tmp_path / "b.txt"])] == reasons


def test_a_large_trec_file_holds_many_small_documents(tmp_path: Path) -> None:
    content = "\n".join(trec_document(f"C-{k}", "x", "عنوان", TEXTS_AR["economy"]) for k in range(20))
    (tmp_path / "c.txt").write_text(content, encoding="utf-8")
    docs = list(read_documents([tmp_path / "c.txt"], max_bytes=1000))
    assert len(content.encode()) > 1000
    assert len(docs) == 20 and all(d.error is None for d in docs)


@pytest.mark.parametrize(
    ("rows", "reasons"),
    [
        ('{"id": "a", "text": "قال الرئيس."}\nnot json\n{"id": "c"}\n[1, 2]\n',
         [None, "t.jsonl line 2 is not JSON: Expecting value", "c has no 'text' field", "t.jsonl line 4 is not a JSON object"]),
        ('{"id": "a", "text": 5}\n', ["a: 'text' is not a string"]),
    ],
)
def test_bad_table_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rows: str, reasons: list) -> None:
    monkeypatch.chdir(tmp_path)
    Path("t.jsonl").write_text(rows, encoding="utf-8")
    assert [d.error for d in read_documents(["t.jsonl"], id_column="id")] == reasons


@pytest.mark.parametrize(
    ("make", "options", "message"),
    [
        (lambda tmp: tmp / "missing", {}, "input not found: "),
        (lambda tmp: write_table(tmp / "t.csv", [{"body": "نص"}]), {}, "has no column 'text' (columns: body); choose it with --text-column / --id-column"),
        (lambda tmp: write_table(tmp / "t.csv", [{"text": "نص"}]), {"id_column": "key"}, "has no column 'key'"),
        (lambda tmp: (tmp / "bad.zip").write_bytes(b"not a zip") and tmp / "bad.zip", {}, "cannot read the archive "),
        (lambda tmp: [], {}, "no input given"),
    ],
)
def test_unreadable_inputs_stop_with_one_line(tmp_path: Path, make, options: dict, message: str) -> None:
    target = make(tmp_path)
    with pytest.raises(CorpusInputError) as caught:
        list(read_documents(target if isinstance(target, list) else [target], **options))
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    ("raw", "document"),
    [
        ("<DOC><TITLE>ع</TITLE><TEXT>\nس\n</TEXT></DOC>", "ع\n\nس\n"),
        ("<DOC><TEXT>\n\nس\n ص \n\n</TEXT></DOC>", "س\n ص \n"),     # no title: the body alone
        ("<DOC><TITLE>  </TITLE><TEXT>س</TEXT></DOC>", "س\n"),
    ],
)
def test_trec_text_layout(raw: str, document: str) -> None:
    assert trec_documents_ar(raw)[0]["document"] == document


def test_the_archived_ant_articles_are_the_news_gold_texts() -> None:
    golds = sorted(data_path("news").glob("*.txt"))
    wanted = {path.stem.split("_", 2)[2]: path for path in golds}
    found = {d.doc_id: d for d in read_documents([data_path("corpora", "ant-corpus-v1.1.tar.xz")]) if d.doc_id in wanted}
    assert len(golds) == 105 and set(found) == set(wanted)
    for docno, path in wanted.items():
        assert found[docno].text == path.read_text(encoding="utf-8"), docno
        assert found[docno].error is None
