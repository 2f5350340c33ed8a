"""The corpus-derived tables leave out every annotated article (``tools/ant_archive.py``).

The tools that build a table from the ANT corpus (person, club and place names, adjective use)
read the archive through one function, :func:`ant_archive.ant_articles`, which leaves out the
articles of ``data/news/annotated_articles.tsv`` and of the text files under ``data/news/``, and
every archive file whose body repeats one of theirs under another id. These tests check that
function on a small archive written here, that the list covers every gold article, and that each
table was made after the list's last row (its header counts at least as many left out).
"""

from __future__ import annotations

import importlib.util
import io
import re
import tarfile
from pathlib import Path

import pytest

from helpers.data import data_path

ROOT = Path(__file__).resolve().parents[1]
BUILDERS = ("build_person_names.py", "build_club_names.py", "build_place_names.py", "build_adjective_use.py")
#: Each table, and the words of its header that give how many archive files were left out.
TABLES = {
    ("gazetteers", "person_names_ant.tsv"): re.compile(r"but the (\d+) that the kit's golds annotate"),
    ("gazetteers", "club_names_ant.tsv"): re.compile(r"but the (\d+) articles that the kit's golds annotate"),
    ("gazetteers", "place_names_ant.tsv"): re.compile(r"but the (\d+) that the kit's golds annotate"),
    ("lexicons", "adjective_use_ar.tsv"): re.compile(r"without the (\d+) articles that the kit's golds annotate"),
}


def _load_ant_archive():
    spec = importlib.util.spec_from_file_location("ant_archive", ROOT / "tools" / "ant_archive.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ant_archive = _load_ant_archive()


def _listed_rows() -> list[list[str]]:
    lines = (data_path("news", "annotated_articles.tsv").read_text(encoding="utf-8").splitlines())
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    assert rows[0] == ["set", "number", "corpus_id"]
    return rows[1:]


def _write_archive(path: Path, articles: dict[str, str]) -> None:
    """A tar.xz laid out like the ANT archive: ``CATEGORY/CORPUS_ID.txt`` with TITLE and TEXT fields."""
    with tarfile.open(path, "w:xz") as tar:
        for name, body in articles.items():
            data = f"<DOC>\n<TITLE>عنوان {name}</TITLE>\n<TEXT>\n{body}\n</TEXT>\n</DOC>\n".encode()
            info = tarfile.TarInfo(f"ant/{name}.txt")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))


def test_every_gold_article_is_listed():
    listed = {(s, n, c) for s, n, c in _listed_rows()}
    files = sorted(data_path("news").rglob("*.txt"))
    assert files
    for path in files:
        found = re.fullmatch(r"([a-z]+\d*)_(\d+)_(.+)", path.stem)
        assert found, f"{path.name}: not SET_NN_CORPUS_ID.txt"
        assert tuple(found.groups()) in listed, f"{path.name} is not in data/news/annotated_articles.tsv"


def test_the_list_names_each_article_once_as_the_corpus_names_it():
    rows = _listed_rows()
    ids = [c for _, _, c in rows]
    assert len(ids) == len(set(ids))
    for s, n, c in rows:
        assert re.fullmatch(r"[a-z]+\d*", s) and re.fullmatch(r"\d\d", n), (s, n, c)
        assert re.fullmatch(r"JA-[A-Za-z]+-\d+-\d{8}", c), c


@pytest.mark.parametrize(("listed", "files", "expected"), [
    ([], [], set()),
    (["dev10\t01\tJA-sport-1-20170101"], [], {"JA-sport-1-20170101"}),
    ([], ["dev_01_JA-politic-2-20160101.txt"], {"JA-politic-2-20160101"}),
    ([], ["clitics/clitics_03_JA-economy-3-20170506.txt", "persons/dev4_12_JA-sport-4-20161013.txt"],
     {"JA-economy-3-20170506", "JA-sport-4-20161013"}),
    (["dev11\t02\tJA-sport-1-20170101"], ["test_12_JA-sport-1-20170101.txt", "README.md"], {"JA-sport-1-20170101"}),
], ids=["nothing", "listed-only", "file-only", "nested-folders", "both-once"])
def test_annotated_article_ids(tmp_path, listed, files, expected):
    (tmp_path / "annotated_articles.tsv").write_text(
        "# a comment\nset\tnumber\tcorpus_id\n" + "".join(f"{row}\n" for row in listed), encoding="utf-8")
    for name in files:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("نص", encoding="utf-8")
    assert ant_archive.annotated_article_ids(news=tmp_path) == expected


@pytest.fixture
def archive(tmp_path):
    news = tmp_path / "news"
    (news / "clitics").mkdir(parents=True)
    (news / "annotated_articles.tsv").write_text(
        "set\tnumber\tcorpus_id\ndev10\t01\tJA-sport-1-20170101\n", encoding="utf-8")
    (news / "clitics" / "clitics_01_JA-culture-2-20170101.txt").write_text("نص", encoding="utf-8")
    path = tmp_path / "ant.tar.xz"
    _write_archive(path, {
        "sport/JA-sport-1-20170101": "فاز الفريق",            # listed only (a set being drawn)
        "culture/JA-culture-2-20170101": "معرض الكتاب",        # a gold's text file
        "localNews/JA-localNews-3-20170101": "فاز   الفريق\n",  # JA-sport-1's body again, spaced otherwise
        "politic/JA-politic-4-20170101": "قال الوزير",         # no gold: read
        "economy/JA-economy-5-20170101": "",                   # empty body: the title is the text
    })
    return path, news


def test_ant_articles_leaves_out_annotated_articles_and_their_copies(archive):
    path, news = archive
    texts, left = ant_archive.ant_articles(path, news=news)
    assert sorted(texts) == ["JA-economy-5-20170101", "JA-politic-4-20170101"]
    assert left == 3
    assert texts["JA-politic-4-20170101"] == "عنوان politic/JA-politic-4-20170101\n\nقال الوزير"


def test_ant_articles_keys_by_category(archive):
    path, news = archive
    texts, _ = ant_archive.ant_articles(path, news=news, with_category=True)
    assert sorted(texts) == ["economy/JA-economy-5-20170101", "politic/JA-politic-4-20170101"]


@pytest.mark.parametrize("builder", BUILDERS)
def test_each_builder_reads_the_archive_through_ant_articles(builder):
    source = (ROOT / "tools" / builder).read_text(encoding="utf-8")
    assert re.search(r"^from ant_archive import .*\bant_articles\b", source, re.M), builder
    assert "tarfile" not in source and "annotated_article_ids" not in source, f"{builder} reads the archive itself"


@pytest.mark.parametrize(("folder", "name"), list(TABLES), ids=[name for _, name in TABLES])
def test_each_table_was_made_without_every_listed_article(folder, name):
    header = "".join(line for line in data_path(folder, name).read_text(encoding="utf-8").splitlines(True)
                     if line.startswith("#"))
    found = TABLES[(folder, name)].search(" ".join(header.replace("#", " ").split()))
    assert found, f"{name}: its header does not say how many articles were left out"
    assert int(found.group(1)) >= len(ant_archive.annotated_article_ids()), (
        f"{name} was made before the last rows of data/news/annotated_articles.tsv: rebuild it")
