"""List the persons' names that titles introduce in the ANT news corpus: data/gazetteers/person_names_ant.tsv.

Usage: ``.venv/bin/python tools/build_person_names.py [ANT_ARCHIVE] [OUT_FILE]``

Reads the ANT corpus v1.1 archive as distributed (default: ``data/corpora/ant-corpus-v1.1.tar.xz``)
and leaves out every article the kit's golds annotate or are being made on, and every copy of one's
text under another id (:func:`ant_archive.ant_articles`: ``data/news/annotated_articles.tsv`` and
the files under ``data/news/``, so neither a development nor a held-out ``test_*`` article is read). Each article is analysed with the embedded morphology
(farahidi) and run through :func:`helpers.entities.find_entities_ar` without recurrence; a name
of two words or more that the ``title`` rule found (a title before it: ``وزير الخارجية خميس
الجهيناوي``) is counted once per article (spellings that differ only in hamza, ى/ي or ة/ه
count as one name, written in its most frequent spelling). Names found so in at least ``MIN_ARTICLES`` articles
(``COMMON_FIRST_ARTICLES`` if the first word is a common word that is no listed given name; none
beginning with بن and its kin, the tail of a longer name; none that is one compound given name alone,
عبد الله or نور الدين, nor whose first word is ب, ل, و or ف + a listed place, بقبلي) are written, with their article count, sorted by name, so running this again on the same layer
gives the same file. The layer reads the list (``person_names_ar``) in a later step than the one
that finds names after titles, so the list does not feed its own making; rebuild it when the
title rule changes.

A single pass over 10,014 articles takes about ten minutes on one core.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ant_archive import ant_articles, count_names_ar, write_name_list
from helpers.data import data_path
from helpers.entities import find_entities_ar
from helpers.entities.gazetteers import gazetteer_entry_ar, given_name_ar, key_ar
from helpers.entities.words import zipf_ar
from helpers.morphology import analyze_morphology_ar

MIN_ARTICLES = 2
#: A name whose first word is neither a listed given name nor rarer than this (wordfreq Zipf) is kept
#: only if found in at least COMMON_FIRST_ARTICLES articles: ضيف بوليتيكا ("guest of Politica", a
#: radio programme) is a title's complement read as a name, معمر القذافي and حسني مبارك are names.
COMMON_FIRST_MAX_ZIPF = 4.3
COMMON_FIRST_ARTICLES = 5
#: A name that begins with one of these is a name's tail (بن علي of زين العابدين بن علي), left out.
NASAB = frozenset(key_ar(w) for w in ("بن", "ابن", "بنت", "ولد", "آل"))
#: A first word that is one of these + a listed place is a title's complement (معتمد بقبلي), not a name.
PROCLITICS = ("ب", "ل", "و", "ف", "وب", "ول")
HEADER = """# person_names_ant: persons' names introduced by a title in the ANT news corpus, for the
#   persons of helpers.entities (a listed full name is a PERSON wherever it stands, and its family
#   name alone where it is a rare name word; see helpers/entities/listed.py).
# Columns:
#   name      the name as written (without diacritics), two words or more;
#   articles  in how many articles of the corpus the layer's title rule found it.
# Made by tools/build_person_names.py: every article of the ANT corpus v1.1 (data/corpora/,
#   Apache-2.0) but the {left} that the kit's golds annotate or that repeat one's text under another
#   id (data/news/annotated_articles.tsv, tools/ant_archive.py; {used} read), analysed with farahidi and
#   run through find_entities_ar; names of two words or more after a title, found in at least
#   {min} articles ({common} if the first word is neither a listed given name nor a rare word;
#   none that begins with بن, the tail of a longer name, none that is a compound given name alone,
#   عبد الله or نور الدين, none whose first word is ب, ل, و or ف + a listed place, بقبلي).
#   Machine-made and not checked by hand: a few rows are wrong (a title's complement read as a
#   name, a name cut short). No annotation was used.
# Licence: CC BY-SA 4.0 (Arabic Discourse Lab contributors); the names come from the ANT corpus
#   (Apache-2.0, Chouigui et al. 2017; see data/README.md).
"""


def titled_names(text: str) -> set[str]:
    """The names of two words or more that the title rule finds in one article."""
    table = analyze_morphology_ar(text, backend="farahidi", progress=False)
    return {e.canonical for e in find_entities_ar(text, morphology=table, labels=["PERSON"], recurrence=False)
            if e.rule == "title" and len(e.canonical.split()) >= 2}


def kept(name: str, articles: int) -> bool:
    """Whether a name found in ``articles`` articles goes into the list (see COMMON_FIRST_MAX_ZIPF)."""
    words = name.split()
    first = words[0]
    if key_ar(first) in NASAB:
        return False  # بن علي, بن غربية: the end of a longer name, cut after a title
    if len(words) == 2 and (key_ar(first) == key_ar("عبد") or key_ar(words[1]) == key_ar("الدين")):
        return False  # عبد الله, نور الدين: one compound given name, the family name cut off
    if any(first.startswith(p) and (entry := gazetteer_entry_ar(first[len(p):])) is not None and entry.label == "PLACE"
           for p in PROCLITICS):
        return False  # بقبلي علي الطبال: ب + a listed place, the title's complement ('at Kebili')
    return given_name_ar(first) is not None or zipf_ar(first) < COMMON_FIRST_MAX_ZIPF or articles >= COMMON_FIRST_ARTICLES


def main() -> int:
    archive = Path(sys.argv[1]) if len(sys.argv) > 1 else data_path("corpora", "ant-corpus-v1.1.tar.xz")
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else data_path("gazetteers", "person_names_ant.tsv", must_exist=False)
    texts, left = ant_articles(archive)
    articles, listed = count_names_ar(texts.values(), titled_names)
    rows = sorted((listed[key], n) for key, n in articles.items() if n >= MIN_ARTICLES and kept(listed[key], n))
    write_name_list(out, HEADER.format(left=left, used=f"{len(texts):,}", min=MIN_ARTICLES, common=COMMON_FIRST_ARTICLES), rows)
    print(f"{len(texts):,} articles, {len(rows):,} names written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
