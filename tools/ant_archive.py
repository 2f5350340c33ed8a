"""The ANT corpus v1.1 archive as the kit's build tools read it: every article no gold annotates.

The tools that derive a table from the corpus (``build_adjective_use.py``, ``build_person_names.py``,
``build_club_names.py``, ``build_place_names.py``) read the archive as distributed (``data/corpora/ant-corpus-v1.1.tar.xz``)
and leave out each article that a file under ``data/news/`` (and its folders) copies, so that no
gold article is among a table's sources. Run the tools as scripts (``python tools/NAME.py``); this
module sits next to them.
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


def annotated_article_ids() -> set[str]:
    """The corpus ids (file stems) of the articles the kit's golds annotate, from ``data/news/``."""
    return {re.sub(r"^(dev\d*|test|clitics)_\d+_", "", p.stem) for p in data_path("news").rglob("*.txt")}


def ant_articles(archive: Path, *, with_category: bool = False) -> tuple[dict[str, str], int]:
    """Title and body of every ANT article the golds do not annotate, and how many were left out.

    Args:
        archive: the ANT corpus v1.1 archive (``.tar.xz``) as distributed.
        with_category: key each article by ``category/corpus id`` instead of its corpus id.

    Returns:
        The texts (title, a blank line, the body) sorted by key, empty ones left out; and the
        number of archive files left out because a gold annotates them.
    """
    used = annotated_article_ids()
    texts: dict[str, str] = {}
    left = 0
    with tarfile.open(archive) as tar:
        for member in tar:
            name = Path(member.name)
            if not (member.isfile() and name.suffix == ".txt" and not name.name.startswith(".")):
                continue
            if name.stem in used:
                left += 1
                continue
            handle = tar.extractfile(member)
            if handle is None:
                continue
            fields = dict(_FIELD.findall(handle.read().decode("utf-8")))
            text = (fields.get("TITLE", "").strip() + "\n\n" + fields.get("TEXT", "").strip()).strip()
            if text:
                texts[f"{name.parent.name}/{name.stem}" if with_category else name.stem] = text
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
