"""The ANT corpus v1.1 archive as the kit's build tools read it: every article no gold annotates.

The tools that derive a table from the corpus (``build_adjective_use.py``, ``build_person_names.py``,
``build_club_names.py``) read the archive as distributed (``data/corpora/ant-corpus-v1.1.tar.xz``)
and leave out each article that a file under ``data/news/`` (and its folders) copies, so that no
gold article is among a table's sources. Run the tools as scripts (``python tools/NAME.py``); this
module sits next to them.
"""

from __future__ import annotations

import re
import tarfile
from pathlib import Path

from helpers.data import data_path

__all__ = ["annotated_article_ids", "ant_articles"]

_FIELD = re.compile(r"<(TITLE|TEXT)>(.*?)</\1>", re.S)


def annotated_article_ids() -> set[str]:
    """The corpus ids (file stems) of the articles the kit's golds annotate, from ``data/news/``."""
    return {re.sub(r"^(dev\d*|test)_\d+_", "", p.stem) for p in data_path("news").rglob("*.txt")}


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
