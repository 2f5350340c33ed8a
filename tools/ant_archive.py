"""The ANT corpus v1.1 archive as the kit's build tools read it: every article no gold annotates.

The tools that derive a table from the corpus (``build_adjective_use.py``, ``build_person_names.py``,
``build_club_names.py``, ``build_place_names.py``) read the archive as distributed (``data/corpora/ant-corpus-v1.1.tar.xz``)
through :func:`ant_articles`, which leaves out every article of :func:`annotated_article_ids` (the
list ``data/news/annotated_articles.tsv``, which names the sets being drawn and annotated too, and
every text file under ``data/news/`` and its folders) and every archive file whose body is the same
text as one of them under another corpus id, so that no gold article is among a table's sources.
Run the tools as scripts (``python tools/NAME.py``); this module sits next to them.
"""

from __future__ import annotations

import re
import tarfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

from helpers.data import data_path
from helpers.entities.gazetteers import key_ar

__all__ = ["annotated_article_ids", "ant_articles", "count_names_ar", "write_name_list"]

_FIELD = re.compile(r"<(TITLE|TEXT)>(.*?)</\1>", re.S)


#: A gold's text file: ``SET_NN_CORPUS_ID.txt`` (dev_01_…, test_…, clitics_…, dev10_…).
_GOLD_FILE = re.compile(r"^[a-z]+\d*_\d+_(?P<corpus_id>.+)$")


def annotated_article_ids(*, news: Path | None = None) -> set[str]:
    """The corpus ids of the articles the kit's golds annotate or are being annotated on.

    Args:
        news: the folder of the golds' articles (default ``data/news/``): the ids listed in its
            ``annotated_articles.tsv`` and those of every ``SET_NN_ID.txt`` under it.

    Returns:
        The corpus ids (ANT file names without ``.txt``).
    """
    folder = news if news is not None else data_path("news")
    listed = folder / "annotated_articles.tsv"
    ids = set()
    if listed.exists():
        lines = [line for line in listed.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
        ids = {line.split("\t")[2] for line in lines[1:]}
    for path in folder.rglob("*.txt"):
        found = _GOLD_FILE.match(path.stem)
        if found:
            ids.add(found["corpus_id"])
    return ids


def _body_key(body: str) -> str:
    """The body of an article with its spacing collapsed: two archive files with one key are one text."""
    return " ".join(body.split())


def ant_articles(archive: Path, *, with_category: bool = False, news: Path | None = None) -> tuple[dict[str, str], int]:
    """Title and body of every ANT article the golds do not annotate, and how many were left out.

    An archive file is left out if its corpus id is one of :func:`annotated_article_ids` or if its
    body is the same text as the body of one of those (the archive holds some articles twice, under
    two ids: ``JA-politic-450-20170525`` and ``JA-localNews-4343-20170525``).

    Args:
        archive: the ANT corpus v1.1 archive (``.tar.xz``) as distributed.
        with_category: key each article by ``category/corpus id`` instead of its corpus id.
        news: the golds' folder, for :func:`annotated_article_ids` (default ``data/news/``).

    Returns:
        The texts (title, a blank line, the body) sorted by key, empty ones left out; and the
        number of archive files left out because a gold annotates them or their text.
    """
    used = annotated_article_ids(news=news)
    read: list[tuple[str, str, str, str]] = []
    with tarfile.open(archive) as tar:
        for member in tar:
            name = Path(member.name)
            if not (member.isfile() and name.suffix == ".txt" and not name.name.startswith(".")):
                continue
            handle = tar.extractfile(member)
            if handle is None:
                continue
            fields = dict(_FIELD.findall(handle.read().decode("utf-8")))
            body = fields.get("TEXT", "").strip()
            read.append((name.parent.name, name.stem, fields.get("TITLE", "").strip(), body))
    annotated_bodies = {_body_key(body) for _, stem, _, body in read if stem in used}
    texts: dict[str, str] = {}
    left = 0
    for category, stem, title, body in read:
        if stem in used or (body and _body_key(body) in annotated_bodies):
            left += 1
            continue
        text = (title + "\n\n" + body).strip()
        if text:
            texts[f"{category}/{stem}" if with_category else stem] = text
    return dict(sorted(texts.items())), left


def count_names_ar(texts: Iterable[str], names_of: Callable[[str], set[str]]) -> tuple[dict[str, int], dict[str, str]]:
    """In how many texts each name occurs, and the spelling each name is listed under.

    Spellings with one matching key (``key_ar``: hamza, ى/ي, ة/ه) are one name, counted once per
    text, and listed in their most frequent spelling (ties: the first in sort order). A text with
    no Arabic letter (``names_of`` raises ``ValueError``) is skipped.

    Returns:
        Articles per key, and the listed spelling per key.
    """
    articles: dict[str, int] = defaultdict(int)
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for text in texts:
        try:
            names = names_of(text)
        except ValueError:
            continue
        for key in {key_ar(name) for name in names}:
            articles[key] += 1
        for name in names:
            spellings[key_ar(name)][name] += 1
    listed = {key: min(spellings[key].items(), key=lambda p: (-p[1], p[0]))[0] for key in articles}
    return dict(articles), listed


def write_name_list(out: Path, header: str, rows: Iterable[tuple[str, int]]) -> None:
    """Write a name list: its comment block, the ``name articles`` header, one row per name."""
    with out.open("w", encoding="utf-8") as handle:
        handle.write(header)
        handle.write("name\tarticles\n")
        for name, n in rows:
            handle.write(f"{name}\t{n}\n")
