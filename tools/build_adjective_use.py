"""Count how often each word is used as an adjective in the ANT news corpus: data/lexicons/adjective_use_ar.tsv.

Usage: ``.venv/bin/python tools/build_adjective_use.py [ANT_ARCHIVE] [OUT_FILE]``

Reads the ANT corpus v1.1 archive as distributed (default: ``data/corpora/ant-corpus-v1.1.tar.xz``),
leaves out every article the kit's golds annotate or are being made on, and every copy of one's text
under another id (:func:`ant_archive.ant_articles`: ``data/news/annotated_articles.tsv`` and the
files under ``data/news/``), and counts, per word key,
definite uses right after a definite word and right after a preposition
(:func:`helpers.morphology.adjective_use.count_adjective_use_ar`, where the method is described).
Keys counted fewer than ``MIN_COUNT`` times in all are left out. The output is sorted by key,
so running this again gives the same file.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ant_archive import ant_articles
from helpers.data import data_path
from helpers.morphology.adjective_use import MIN_COUNT, count_adjective_use_ar

HEADER = """# adjective_use_ar: how often a word is used as an adjective in news prose, for helpers.morphology.
#
# Purpose: helpers.morphology.adjective_use reads this table to tell adjectives from nouns in
# context: a definite word that follows another definite word is an adjective (الحكومة الجديدة);
# one that follows a preposition heads a noun phrase (في الحكومة, بالحكومة). A word counted
# mostly in the first position is an adjective, mostly in the second a noun.
# Columns (tab-separated, after this block and the header line):
#   key                the word without the article and one ending of gender or number (جديدة → جديد)
#                      or, for a feminine singular or dual, its singular in ة (الجديدتين → جديدة),
#                      also counted apart: its masculine may be a noun of its own (مرتفع / مرتفعة)
#   after_definite     how often it occurs with the article right after a definite word (not a function word)
#   after_preposition  how often it occurs with the article right after a preposition, or with
#                      an attached preposition (بال، لل، كال)
# Made by tools/build_adjective_use.py from the ANT corpus v1.1 (data/corpora/, Apache-2.0),
# without the {left} articles that the kit's golds annotate or that repeat one's text under another
# id (data/news/annotated_articles.tsv, tools/ant_archive.py; {used} read); keys counted fewer than
# {min} times in all are left out.
# Counts of an unannotated corpus; no annotation was used. Licence: CC BY-SA 4.0 (Arabic Discourse
# Lab contributors); the counts derive from the ANT corpus (Apache-2.0, see data/README.md).
"""


def main() -> int:
    archive = Path(sys.argv[1]) if len(sys.argv) > 1 else data_path("corpora", "ant-corpus-v1.1.tar.xz")
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else data_path("lexicons", "adjective_use_ar.tsv", must_exist=False)
    articles, left = ant_articles(archive)
    texts = list(articles.values())
    after_definite, after_preposition = count_adjective_use_ar(texts)
    keys = set(after_definite) | set(after_preposition)
    rows = sorted(k for k in keys if after_definite[k] + after_preposition[k] >= MIN_COUNT)
    with out.open("w", encoding="utf-8") as handle:
        handle.write(HEADER.format(min=MIN_COUNT, left=left, used=f"{len(texts):,}"))
        handle.write("key\tafter_definite\tafter_preposition\n")
        for key in rows:
            handle.write(f"{key}\t{after_definite[key]}\t{after_preposition[key]}\n")
    print(f"{len(texts):,} articles, {len(rows):,} keys written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
