"""List the places that a place's type word introduces in the ANT news corpus: data/gazetteers/place_names_ant.tsv.

Usage: ``.venv/bin/python tools/build_place_names.py [ANT_ARCHIVE] [OUT_FILE]``

Reads the ANT corpus v1.1 archive as distributed (default: ``data/corpora/ant-corpus-v1.1.tar.xz``)
through :func:`ant_archive.ant_articles`, which leaves out every article the kit's golds annotate or
are being made on, and every copy of one's text under another id (``data/news/annotated_articles.tsv``
and the files under ``data/news/``, so neither a development nor a held-out ``test_*`` article is read).

**Sources and check set.** Of the remaining articles, a fixed four in five are the list's sources
and the fifth are kept aside to check the layer with the list on articles the list was not made
from (:func:`check_article`: the SHA-1 of :data:`SPLIT_SEED` and the corpus id, modulo five, is 0
for the check set; a hash, not a shuffle, so an article's side does not change when the golds
take other articles out of the archive). The archive holds some articles twice, in two
categories: a text counts once among the sources, and a check article whose text is a source's is
no check material. The README's check drew 300 of the others (``random.Random(20261205).sample``
of their sorted corpus ids) and diffed the layer's output on them before and after the list.

**What is a place's type word.** :data:`PLACE_HEADS`: the words Tunisian and Arab news put before
the name of a town or a part of one and whose name a reader takes as a place without knowing it
(مدينة, ولاية, معتمدية, عمادة, بلدية, قرية, بلدة, ضاحية, حي, منطقة, محافظة, جزيرة, معبر, ميناء),
read through the proclitics و, ف, ب, ل, ك (بمدينة, ولولاية). Left out: مطار (airports are named
after persons, مطار الحبيب بورقيبة), جهة ('side, party' far more than 'region'), دوار (in the news
mostly the first word of دوار هيشر, a delegation), the facilities (ملعب, شارع, مستشفى: their names
are persons and dates), and the plural and dual heads. A head right after a head (منطقة حي الرياض)
leaves the name to the second.

**What is the name.** The word after the head, as written with its article (الحامة, القصرين), if
it is Arabic letters, separated from the head by a space only, and no function word. The name keeps
no proclitic of its own: after a head a name takes none, and a first letter و, ب or ف is the
name's (وادي الليل, بنزرت, فريانة). A second word joins (:func:`may_join`) when only a space is
between and it is no function word, demonym (الليبية), compass word (الجنوبية), adjective of
:data:`_ADJECTIVES` (التابعة, الراجعة), definite nisba adjective (ending in ي or ية, and not rarer
than ``clues.RARE_ZIPF``: الحدودية, but قصيبة المديوني, whose nisba is a family's), word
of time or calendar, proclitic on a new phrase (بولاية, بسوسة, والقرية), nor an indefinite word as
common as :data:`COMMON_MAX_ZIPF` (شمال, أين, مجاورة); and if either the first word begins a place's
name and never stands alone (:data:`NAME_PREFIXES`: سيدي, منزل, بئر, عين, وادي, جبل, غار …) or the two
words follow a head in at least :data:`MIN_PAIR_SHARE` of the articles in which the first does
(قصور الساف, خان شيخون; not قابس الخميس), and it is not ب + a word that heads introduce elsewhere.
A second word that needs a third (عبد, بن, أبو: سيدي عبد الحميد; a name prefix after a name prefix:
ساقية سيدي يوسف) takes it, and the name is not counted without one (سيدي عبد, cut); a name followed by بن and a word takes them (بئر علي بن خليفة),
and a name with a hyphen right after it (جزيرة ومو-دو) is cut, not counted.

**Which names are kept.** Those that follow a head in at least :data:`MIN_ARTICLES` different
source articles (an article the archive holds twice, in two categories, counts once; spellings
that differ only in hamza, ى/ي or ة/ه count as one name, written in its most frequent spelling:
:func:`ant_archive.count_names_ar`), but not (:func:`kept`): a name the gazetteers already hold (a
place, a country, an organization or club), a look-alike of ``not_entities_ar``, a name with a
function word, ب + a listed place (بباجة), a name that begins with a listed given name, ابن, بن or
أبو or is in the persons' list (حي محمد علي, حي ابن خلدون: the name alone names the person), a name
prefix alone, an indefinite nisba adjective whose other gender is a word too (منطقة فلاحية, حي
ترفيهي; not إيليزي), a name whose every word is as common as :data:`COMMON_MAX_ZIPF` or more in
general Arabic (wordfreq: منطقة الشرق, حي التضامن, المياه العميقة), and the rows of
:data:`NOT_PLACES`, names that the rules keep but that are no place, each with its reason.

**Two more ways in.** A name of two words or more that a head introduces in one source article
only, and that passes :func:`kept`, is kept if it is written, in any context, in at least
:data:`MIN_WRITTEN_ARTICLES` source articles (ساقية سيدي يوسف, سيدي بوسعيد: a recurring phrase of
rare words is a fixed name; its row counts those articles). And a town of the written list
(``places_ar``, type ``city``) written right before a name of this list, with a space only, is one
name with it (:func:`town_parts`: جربة ميدون, جربة حومة السوق, the delegations of Djerba) when at
least :data:`MIN_ARTICLES` source articles write the two so; its row counts those articles. Every
row of the output was read by hand; the noise found was removed by the rules above.

The list is sorted by name, so running this again gives the same file. A pass over the archive
takes about fifteen seconds on one core.
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections import defaultdict
from pathlib import Path

from ant_archive import ant_articles, count_names_ar, write_name_list
from helpers.data import data_path
from helpers.entities.clues import RARE_ZIPF, is_time_word_ar
from helpers.entities.gazetteers import (
    calendar_ar,
    demonym_ar,
    gazetteer_entry_ar,
    given_name_ar,
    key_ar,
    not_entity_phrases_ar,
    person_names_ar,
)
from helpers.entities.words import is_function_word_ar, plain_ar, zipf_ar

#: Keep a name that follows a head in at least this many different source articles: one article
#: may name any village (and repeat the head), two make it a place the news of the region names;
#: three would drop 71 of the 166 names, most of them delegations, villages and neighbourhoods.
MIN_ARTICLES = 2
#: A word at least this frequent in general Arabic (wordfreq Zipf) is a common word: a name made
#: only of such words is left out (منطقة الشرق, حي التضامن, المياه العميقة), and an indefinite one
#: does not join a name (شمال, أين). Town names that are also words (الكرم 3.5) are left to the
#: written list, places_ar.tsv, which flags them.
COMMON_MAX_ZIPF = 3.5
#: Two words are the name when they follow a head in at least this share of the articles in which
#: the first word does (منزل جميل), else the first word alone is.
MIN_PAIR_SHARE = 0.5
#: A name of two words or more that follows a head in one source article only is kept if it is
#: written, in any context, in at least this many source articles (ساقية سيدي يوسف: after بلدية in
#: one, after لأحداث, بجهة, اتحاد in others): a phrase of rare words that recurs is a name.
MIN_WRITTEN_ARTICLES = 3
#: Seed of the sources / check-set split (:func:`check_article`).
SPLIT_SEED = "place_names_ant"

#: A place's type words, as written after the proclitics (no article: the head of a name is in construct).
PLACE_HEADS = frozenset(key_ar(w) for w in (
    "مدينة", "ولاية", "معتمدية", "عمادة", "بلدية", "قرية", "بلدة", "ضاحية", "حي", "منطقة", "محافظة",
    "جزيرة", "معبر", "ميناء",
))
#: First words of Maghrebi and Arab place names that do not stand alone: the name is two words.
NAME_PREFIXES = frozenset(key_ar(w) for w in (
    "سيدي", "منزل", "بئر", "بير", "بن", "بني", "أولاد", "عين", "وادي", "برج", "حمام", "سوق", "رأس", "قصر", "جبل",
    "ساقية", "حاسي", "تل", "قلعة", "دار", "باب", "كاف", "خنقة", "أم", "أبو", "بو", "ذراع", "غار", "شط", "واد", "دوار",
))
#: Names the rules keep that are no place, with the reason (read by hand on the whole output).
NOT_PLACES: dict[str, str] = {
    "سقوية": "'irrigated' (منطقة سقوية), an adjective whose masculine wordfreq does not know",
    "يرزق": "'is provided for' (الشهيد حي يرزق 'the martyr is alive and provided for'): حي is 'alive' there",
    "الهضاب بفوشانة": "the neighbourhood الهضاب and ب + the town فوشانة, which no head introduces in the sources",
}
NOT_PLACES_KEYS = frozenset(key_ar(n) for n in NOT_PLACES)

#: A second word that needs the next one (سيدي عبد الرحمن); without it the name is cut, not counted.
_NAME_STARTS = frozenset(key_ar(w) for w in ("عبد", "بن", "بنت", "ابن", "أبو", "أم"))
#: Between two words of a name and a third, the name goes on (بئر علي بن خليفة).
_NASAB = frozenset(key_ar(w) for w in ("بن", "بنت"))
#: First words of a person's name (حي ابن خلدون, حي أبو القاسم الشابي): the rest names the person.
#: بن is one too: the towns that begin with it (بن قردان, بن عروس) are in places_ar.tsv.
_PERSON_STARTS = frozenset(key_ar(w) for w in ("ابن", "أبو", "أبي", "بن", "بنت"))
#: Adjectives after a place's name, not part of it.
_ADJECTIVES = frozenset(key_ar(w) for w in (
    "التابعة", "التابع", "المجاورة", "المجاور", "الجديدة", "الجديد", "القديمة", "القديم", "العتيقة", "المحاذية",
    "القريبة", "القريب", "الراجعة", "الراجع", "البعيدة", "المحتلة", "المحررة", "المذكورة", "المذكور", "نفسها", "نفسه", "ذاتها", "ذاته",
))
_PROCLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "فك")
_WORD = re.compile(r"[\u0621-\u063A\u0640-\u0652\u0671-\u06D3]+|\S")
_ARABIC_WORD = re.compile(r"[\u0621-\u063A\u0640-\u0652\u0671-\u06D3]+")
_COMPASS = frozenset(key_ar(w) for w in ("الجنوبية", "الشمالية", "الشرقية", "الغربية", "الجنوبي", "الشمالي",
                                         "الشرقي", "الغربي", "الكبرى", "الصغرى", "العليا", "السفلى"))


def listed(form: str) -> bool:
    """Whether the written gazetteers hold a form (the layer reads this tool's own list too: not that)."""
    entry = gazetteer_entry_ar(form)
    return entry is not None and entry.source != "place_names_ant"


def check_article(corpus_id: str) -> bool:
    """Whether an article is in the check set (one in five, by a seeded hash of its corpus id), not a source."""
    digest = hashlib.sha1(f"{SPLIT_SEED}:{corpus_id}".encode()).hexdigest()
    return int(digest[:8], 16) % 5 == 0


def is_head(word: str) -> bool:
    """Whether a written word is a place's type word with or without proclitics (بمدينة, ولولاية)."""
    norm = key_ar(word)
    return any(norm.startswith(p) and norm[len(p):] in PLACE_HEADS for p in _PROCLITICS)


def _proclitic_phrase(word: str) -> bool:
    """Whether a word is a proclitic on a new phrase: a head, a listed place or a definite word (بولاية, بسوسة, والقرية)."""
    norm = key_ar(word)
    for p in ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب"):
        rest = norm[len(p):]
        if norm.startswith(p) and len(rest) >= 3 and (rest in PLACE_HEADS or rest.startswith("ال") or listed(rest)):
            return True
    return norm.startswith("لل")


def _indefinite_nisba(word: str) -> bool:
    """Whether a word without the article ends in ي or ية and its other gender is a word too (ترفيهي, فلاحية; not إيليزي)."""
    norm = key_ar(word)
    if norm.startswith("ال") or not norm.endswith(("ي", "يه")):
        return False
    other = word[:-1] if norm.endswith("يه") else word + "ة"
    return zipf_ar(other) > 0


def may_join(word: str) -> bool:
    """Whether a word may be the second word of a place's name (see the module's docstring)."""
    norm = key_ar(word)
    if len(norm) < 2 or is_function_word_ar(word) or demonym_ar(word) or norm in _COMPASS or norm in _ADJECTIVES:
        return False
    if is_time_word_ar(norm) or (norm,) in calendar_ar() or _proclitic_phrase(word):
        return False
    if not norm.startswith("ال"):
        return zipf_ar(word) < COMMON_MAX_ZIPF  # شمال, أين, مجاورة: a common indefinite word goes on the sentence
    return not norm.endswith(("ي", "يه")) or zipf_ar(word) < RARE_ZIPF  # الحدودية; but قصيبة المديوني


def headed_names(text: str) -> set[str]:
    """The names after a place's type word in one text, each as written without diacritics, with the
    second word after a ``|`` (``منزل|جميل``, ``الحامة|``), its extent not yet chosen."""
    tokens = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]
    out = set()

    def joined(k: int) -> str:
        """The word at ``k`` if it follows the word before by a space only and is Arabic, else ''."""
        if k >= len(tokens) or not _ARABIC_WORD.fullmatch(tokens[k][0]) or not text[tokens[k - 1][2]:tokens[k][1]].isspace():
            return ""
        return plain_ar(tokens[k][0])

    for k, (word, _, _) in enumerate(tokens[:-1]):
        if not is_head(word):
            continue
        first, last = joined(k + 1), k + 1
        if not first or is_function_word_ar(first) or is_head(first):
            continue  # منطقة حي الرياض: the second head introduces the name
        second = joined(k + 2)
        if key_ar(second) in _NAME_STARTS or (key_ar(first) in NAME_PREFIXES and key_ar(second) in NAME_PREFIXES):
            if not joined(k + 3):
                continue  # cut: سيدي عبد, أولاد بن
            second, last = f"{second} {joined(k + 3)}", k + 3  # سيدي عبد الرحمن, ساقية سيدي يوسف
        elif second and may_join(second):
            last = k + 2
        else:
            second = ""
        if second and key_ar(joined(last + 1)) in _NASAB and joined(last + 2):
            second, last = f"{second} {joined(last + 1)} {joined(last + 2)}", last + 2  # بئر علي بن خليفة
        if last + 1 < len(tokens) and tokens[last + 1][0] == "-" and tokens[last + 1][1] == tokens[last][2]:
            continue  # cut: جزيرة ومو-دو
        out.add(f"{first}|{second}")
    return out


def name_extents(texts: list[str]) -> tuple[dict[str, int], dict[str, str]]:
    """Each place name's article count and listed spelling, the extent (one or two words) chosen by the corpus."""
    first_articles: dict[str, int] = defaultdict(int)
    pair_articles: dict[tuple[str, str], int] = defaultdict(int)
    for text in texts:
        found = [name.split("|") for name in headed_names(text)]
        for first in {key_ar(f) for f, _ in found}:
            first_articles[first] += 1
        for pair in {(key_ar(f), key_ar(s)) for f, s in found if s}:
            pair_articles[pair] += 1

    def names_of(text: str) -> set[str]:
        names = set()
        for first, second in (name.split("|") for name in headed_names(text)):
            f = key_ar(first)
            if f in NAME_PREFIXES:
                if second:
                    names.add(f"{first} {second}")
            elif second and key_ar(second)[:1] == "ب" and key_ar(second)[1:] in first_articles:
                names.add(first)  # الهضاب بفوشانة: ب + a name the heads introduce elsewhere
            elif second and pair_articles[(f, key_ar(second))] >= MIN_PAIR_SHARE * first_articles[f]:
                names.add(f"{first} {second}")
            else:
                names.add(first)
        return names

    return count_names_ar(texts, names_of)


def written_articles(texts: list[str], names: set[str]) -> dict[str, int]:
    """In how many texts each name is written, with or without a proclitic, in any context."""
    return {name: sum(bool(pattern.search(text)) for text in texts)
            for name in names
            for pattern in [re.compile(rf"(?<![\u0621-\u064A])[وفبلك]?{re.escape(name)}(?![\u0621-\u064A])")]}


def town_parts(texts: list[str], names: set[str]) -> tuple[dict[str, int], dict[str, str]]:
    """The names written right after a town of the written gazetteers, as one name with it (see :func:`main`).

    Args:
        texts: the source texts.
        names: the list's names (none of them in the written gazetteers).

    Returns:
        Articles per key of the two-part name, and its listed spelling (:func:`ant_archive.count_names_ar`).
    """
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    after_word = re.compile(rf"(?<![\u0621-\u064A])([\u0621-\u064A]+) ({alternatives})(?![\u0621-\u064A])")

    def parts_of(text: str) -> set[str]:
        found = set()
        for town, part in after_word.findall(text):
            for p in _PROCLITICS:
                entry = gazetteer_entry_ar(town[len(p):]) if town.startswith(p) and len(town) - len(p) >= 3 else None
                if entry is not None and entry.source == "places_ar" and entry.type == "city":
                    found.add(f"{town[len(p):]} {part}")
                    break
        return found

    return count_names_ar(texts, parts_of)


def kept(name: str) -> bool:
    """Whether a name read after a head goes into the list (see the module's docstring)."""
    words = name.split()
    norm = tuple(key_ar(w) for w in words)
    if listed(name) or norm in not_entity_phrases_ar() or key_ar(name) in NOT_PLACES_KEYS:
        return False
    if any(is_function_word_ar(w) for w in words) or _proclitic_phrase(words[0]):
        return False  # بباجة: ب + a listed place
    if given_name_ar(words[0]) is not None or norm[0] in _PERSON_STARTS or any(
            words_ == norm for words_, _ in person_names_ar().get(norm[0], ())):
        return False  # حي محمد علي, حي ابن خلدون: named after a person, whom the name alone names
    if norm[0] in NAME_PREFIXES:
        return len(words) > 1
    if len(words) == 1 and _indefinite_nisba(words[0]):
        return False  # منطقة فلاحية, حي ترفيهي: an adjective of the head
    return any(zipf_ar(w) < COMMON_MAX_ZIPF for w in words)  # قصور الساف, not المياه العميقة



HEADER = """# place_names_ant: places that a place's type word (مدينة, معتمدية, قرية, حي, معبر …) introduces in
#   the ANT news corpus, for the places of helpers.entities (a listed name of two words or more is a
#   PLACE wherever it stands and no longer name holds it; a one-word name only where places stand:
#   after a preposition or a locative word, in a list of places, in quotation marks, or once named
#   so in the text; see helpers/entities/gazetteers.py).
# Columns:
#   name      the place's name as written (without diacritics), without the type word;
#   articles  in how many source articles of the corpus it follows a place's type word (a name of
#             two words or more that does so in one article only: in how many it is written, at
#             least {written}; a town + a place of the list, جربة ميدون: in how many write the two).
# Made by tools/build_place_names.py: four in five of the articles of the ANT corpus v1.1
#   (data/corpora/, Apache-2.0) but the {left} that the kit's golds annotate or that repeat one's text
#   under another id (data/news/annotated_articles.tsv, tools/ant_archive.py; {used} distinct texts read;
#   the fifth kept aside to check the layer with the list), without the layer: the name after a type
#   word read through و, ف, ب, ل, ك (one or two words; more with عبد or بن: سيدي عبد الحميد), found
#   in at least {min} articles, none that the gazetteers already list, a look-alike, a function word,
#   a given name or a name after one, an adjective, a common word (wordfreq Zipf {zipf} or more), and none
#   of the tool's NOT_PLACES (read by hand, each with its reason).
#   Every row was read by hand; the noise found is removed by the tool's rules, not by editing this
#   file. No annotation was used.
# Licence: CC BY-SA 4.0 (Arabic Discourse Lab contributors); the names come from the ANT corpus
#   (Apache-2.0, Chouigui et al. 2017; see data/README.md).
"""


def main() -> int:
    archive = Path(sys.argv[1]) if len(sys.argv) > 1 else data_path("corpora", "ant-corpus-v1.1.tar.xz")
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else data_path("gazetteers", "place_names_ant.tsv", must_exist=False)
    texts, left = ant_articles(archive)
    sources = sorted({text for corpus_id, text in texts.items() if not check_article(corpus_id)})
    articles, spelling = name_extents(sources)
    rows = [(spelling[key], n) for key, n in articles.items() if n >= MIN_ARTICLES and kept(spelling[key])]
    once = {spelling[key] for key, n in articles.items() if n < MIN_ARTICLES and len(spelling[key].split()) > 1 and kept(spelling[key])}
    rows += [(name, n) for name, n in written_articles(sources, once).items() if n >= MIN_WRITTEN_ARTICLES]
    part_articles, part_spelling = town_parts(sources, {name for name, _ in rows})
    parts = [(part_spelling[key], n) for key, n in part_articles.items() if n >= MIN_ARTICLES and not listed(part_spelling[key])]
    rows = sorted(rows + parts)
    header = HEADER.format(left=left, used=f"{len(sources):,}", min=MIN_ARTICLES, zipf=COMMON_MAX_ZIPF,
                           written=MIN_WRITTEN_ARTICLES)
    write_name_list(out, header, rows)
    print(f"{len(texts):,} articles, {len(sources):,} sources, {len(texts) - len(sources):,} kept aside; "
          f"{len(rows):,} names written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
