"""List the sports clubs that a type word introduces in the ANT news corpus: data/gazetteers/club_names_ant.tsv.

Usage: ``.venv/bin/python tools/build_club_names.py [ANT_ARCHIVE] [OUT_FILE]``

Reads the ANT corpus v1.1 archive as distributed (default: ``data/corpora/ant-corpus-v1.1.tar.xz``)
and leaves out every article the kit's golds annotate or are being made on, and every copy of one's
text under another id (:func:`ant_archive.ant_articles`: ``data/news/annotated_articles.tsv`` and
the files under ``data/news/``, so neither a development nor a held-out ``test_*`` article is read). Each article of the ``sport`` category is run through
:func:`helpers.entities.find_entities_ar` without morphology and without recurrence; an
organization that the ``head`` rule found after a club's type word (:data:`CLUB_HEADS`: فريق
مازمبي, نادي الزمالك) gives its name without the type word and without a last word that is a demonym (:func:`loose_demonym`:
برشلونة الإسباني, سندرلاند الانقليزي), counted once per article (spellings
that differ only in hamza, ى/ي or ة/ه count as one name, written in its most frequent spelling).
Names found so in at least :data:`MIN_ARTICLES` articles are written, with their article count,
sorted by name, so running this again on the same layer gives the same file. A name whose last word is
definite and first is not is cut before that word when at least half the sport articles that write the rest
write it without that word and the rest is a name of its own
(:data:`MIN_TRAILING_SHARE`: كاديوغو المبرمجة 'scheduled', of مباراة). Left out are names
that are a listed place or country (a town's team, فريق صفاقس, is named by the town, which stays a
place), a name that any article of the corpus writes after a place's type word (مدينة X:
the town's team is named by the town) or as a club's seat (نادي كرة اليد بساقية الزيت), a name that fewer than half of the articles writing it are
sport articles (القوات المسلحة, a club and 'the armed forces'; ساقية الزيت, a town), a listed given name, the sport (كرة القدم …), or one word as common as :data:`COMMON_MAX_ZIPF` or more (فريق
الأكابر 'the seniors' team'). The layer reads the list (``club_names_ar``) only where no rule has
taken the words, so the list does not feed its own making; rebuild it when the head rule changes.

A pass over the corpus's sport articles takes about a minute on one core.
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache
from pathlib import Path

import pandas as pd

from ant_archive import ant_articles, count_names_ar, write_name_list
from helpers.data import data_path
from helpers.entities import find_entities_ar
from helpers.entities.gazetteers import demonym_ar, gazetteer_entry_ar, given_name_ar, key_ar
from helpers.entities.words import zipf_ar

MIN_ARTICLES = 2
#: A name kept must be written mostly in sport articles: at least this share of the articles that
#: write it (القوات المسلحة, a Moroccan club and 'the armed forces', is mostly in politics).
MIN_SPORT_SHARE = 0.5
#: A one-word name at least this frequent in general Arabic (wordfreq Zipf) is a common word, left out.
COMMON_MAX_ZIPF = 3.5
#: A name of two words or more whose last word is definite and first is not (كاديوغو المبرمجة) is
#: cut before its last word when at least this share of the sport articles that write the rest
#: write it without that word and the rest is a name of its own (:func:`kept`): the word qualifies
#: the sentence (مباراة … المبرمجة 'scheduled'), not the club.
MIN_TRAILING_SHARE = 0.5
#: The type words of a club, as the head rule gives them in ``cue``.
CLUB_HEADS = frozenset(key_ar(w) for w in ("فريق", "نادي", "الفريق", "النادي"))
#: A name that some article writes after one of these is a town or a district, not only its team (ساقية الزيت).
_PLACE_CUES = ("مدينة", "معتمدية", "ولاية", "بلدية", "جهة", "منطقة", "عمادة", "قرية", "حي")
#: A name written as a club's seat, after these and ب, is a town (نادي كرة اليد بساقية الزيت).
_SEAT_AFTER = ("القدم", "اليد", "السلة", "الطائرة", "الرياضية", "الرياضي")
HEADER = """# club_names_ant: sports clubs introduced by a type word (فريق, نادي) in the ANT news corpus, for
#   the organizations of helpers.entities (a listed club is an ORG wherever it stands and no rule
#   took its words; see helpers/entities/heads.py, rule club_list).
# Columns:
#   name      the club's name as written (without diacritics), without the type word;
#   articles  in how many sport articles of the corpus the layer's head rule found it after فريق or نادي.
# Made by tools/build_club_names.py: the sport articles of the ANT corpus v1.1 (data/corpora/,
#   Apache-2.0) but the {left} articles that the kit's golds annotate or that repeat one's text
#   under another id (data/news/annotated_articles.tsv, tools/ant_archive.py; {used} read), run through
#   find_entities_ar without morphology; names after فريق or نادي (a demonym after them left out)
#   found in at least {min} articles, none that is a listed place, country or given name, one common
#   word, written after a place's type word (مدينة, معتمدية …) or as a club's seat (… بساقية الزيت)
#   in any article of the corpus, or
#   written mostly outside sport articles; a last word that is a demonym in a spelling the
#   gazetteers lack (سندرلاند الانقليزي) or that most articles writing the rest leave out (كاديوغو
#   المبرمجة, 'scheduled') is cut.
#   Machine-made and not checked by hand: a few rows may be wrong. No annotation was used.
# Licence: CC BY-SA 4.0 (Arabic Discourse Lab contributors); the names come from the ANT corpus
#   (Apache-2.0, Chouigui et al. 2017; see data/README.md).
"""


_G_LETTERS = str.maketrans("قجغ", "ككك")


def _skeleton(stem: str) -> str:
    """A stem's consonants, the letters that write a foreign g (ق ج ك غ) as one: كاميرون, كامرون → كمرن."""
    return "".join(ch for ch in key_ar(stem).translate(_G_LETTERS) if ch not in "اوىيء")


@lru_cache(maxsize=1)
def _country_skeletons() -> frozenset[str]:
    """The skeletons of the listed countries' one-word names and demonyms, and of the places' demonyms."""
    out = set()
    for table in ("countries_ar", "places_ar"):
        frame = pd.read_csv(data_path("gazetteers", f"{table}.tsv"), sep="\t", comment="#", dtype=str).fillna("-")
        forms = [*frame["nisba"]] + ([*frame["country"], *frame["variants"]] if table == "countries_ar" else [])
        for form in (f for cell in forms for f in cell.split("|") if f != "-" and " " not in f):
            norm = key_ar(form)
            norm = norm[2:] if norm.startswith("ال") else norm
            out.add(_skeleton(norm[:-1] if norm.endswith("ي") else norm))
    return frozenset(s for s in out if len(s) >= 3)


def loose_demonym(word: str) -> bool:
    """Whether a definite word is a country's demonym in a spelling the gazetteers do not list.

    الانقليزي (الإنجليزي), الكامروني (الكاميروني), الموزمبيقي (موزمبيق + ي): the word without ال and its
    nisba ending has the consonants of a listed demonym or one-word country name, ق ج ك غ counted
    as one letter (they all write a foreign g).
    """
    norm = key_ar(word)
    if demonym_ar(word):
        return True
    if not norm.startswith("ال") or not norm.endswith(("ي", "يه")):
        return False
    stem = norm[2:].removesuffix("ه").removesuffix("ي")
    return len(_skeleton(stem)) >= 3 and _skeleton(stem) in _country_skeletons()


def headed_clubs(text: str) -> set[str]:
    """The names that follow a club's type word in the head rule's organizations of one article."""
    out = set()
    for e in find_entities_ar(text, morphology=False, labels=["ORG"], recurrence=False):
        words = e.text.split()
        if e.rule == "head" and len(words) >= 2 and key_ar(e.cue) in CLUB_HEADS and key_ar(words[0]) in CLUB_HEADS:
            name = words[1:]
            while len(name) > 1 and loose_demonym(name[-1]):  # برشلونة الإسباني, سندرلاند الانقليزي → the club
                name = name[:-1]
            out.add(" ".join(name))
    return out


def _writes(name: str) -> re.Pattern[str]:
    """A name as a text writes it, with or without a proclitic."""
    return re.compile(rf"(?<!\w)[وفبلك]?{re.escape(name)}(?!\w)")


def trailing_cuts(texts: list[str], names: set[str]) -> dict[str, str]:
    """The names to cut before a definite last word (see :data:`MIN_TRAILING_SHARE`), each to the rest."""
    cuts = {}
    for name in names:
        words = name.split()
        if len(words) < 2 or not key_ar(words[-1]).startswith("ال") or key_ar(words[0]).startswith("ال"):
            continue
        rest = " ".join(words[:-1])
        if not kept(rest):
            continue  # مستقبل المرسى: the rest alone is a common word, no club's name
        alone = re.compile(rf"(?<!\w)[وفبلك]?{re.escape(rest)}(?!\w)(?!\s+{re.escape(words[-1])}(?!\w))")
        with_rest = [text for text in texts if _writes(rest).search(text)]
        without = sum(bool(alone.search(text)) for text in with_rest)
        if with_rest and without >= MIN_TRAILING_SHARE * len(with_rest):
            cuts[name] = rest
    return cuts


def mostly_elsewhere(texts: dict[str, str], names: set[str]) -> set[str]:
    """The names that fewer than :data:`MIN_SPORT_SHARE` of the articles writing them are sport articles."""
    found = set()
    for name in names:
        pattern = _writes(name)
        sources = [source for source, text in texts.items() if pattern.search(text)]
        if sum(source.startswith("sport/") for source in sources) < MIN_SPORT_SHARE * len(sources):
            found.add(name)
    return found


def place_names(texts: dict[str, str], names: set[str]) -> set[str]:
    """The names that some article of the corpus writes after a place's type word (مدينة, معتمدية, ولاية …)."""
    cue, seat = "|".join(_PLACE_CUES), "|".join(_SEAT_AFTER)
    found = set()
    for name in names:
        pattern = re.compile(rf"(?:(?:^|\s)[وفب]?(?:ال)?(?:{cue}) |(?:{seat}) ب){re.escape(name)}(?!\w)")
        if any(pattern.search(text) for text in texts.values()):
            found.add(name)
    return found


def kept(name: str) -> bool:
    """Whether a club's name goes into the list: no listed place, country or given name, no common word alone."""
    entry = gazetteer_entry_ar(name)
    if entry is not None and entry.label == "PLACE":
        return False
    if key_ar(name.split()[0]) == key_ar("كرة"):
        return False  # نادي كرة القدم بالحمامات: the sport, not a name
    if len(name.split()) == 1 and (given_name_ar(name) is not None or zipf_ar(name) >= COMMON_MAX_ZIPF):
        return False
    return True


def main() -> int:
    archive = Path(sys.argv[1]) if len(sys.argv) > 1 else data_path("corpora", "ant-corpus-v1.1.tar.xz")
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else data_path("gazetteers", "club_names_ant.tsv", must_exist=False)
    texts, left = ant_articles(archive, with_category=True)
    sport = [text for source, text in texts.items() if source.startswith("sport/")]
    found = {text: headed_clubs(text) for text in sport}
    cuts = trailing_cuts(sport, {name for names in found.values() for name in names})
    articles, listed = count_names_ar(sport, lambda text: {cuts.get(name, name) for name in found[text]})
    candidates = {listed[key] for key, n in articles.items() if n >= MIN_ARTICLES and kept(listed[key])}
    towns = place_names(texts, candidates) | mostly_elsewhere(texts, candidates)
    rows = sorted((listed[key], n) for key, n in articles.items() if listed[key] in candidates - towns)
    write_name_list(out, HEADER.format(left=left, used=f"{len(texts):,}", min=MIN_ARTICLES), rows)
    print(f"{len(texts):,} articles, {len(rows):,} names written to {out}; left out as towns or written mostly outside sport: {', '.join(sorted(towns))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
