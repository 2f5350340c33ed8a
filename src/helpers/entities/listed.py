"""Persons from a list of names derived from the ANT news corpus: :func:`find_listed_persons_ar`.

The list (``data/gazetteers/person_names_ant.tsv``, made by ``tools/build_person_names.py``) holds
the names of two words or more that the ``title`` rule of :mod:`helpers.entities.names` found in
at least two articles of the corpus. :func:`helpers.entities.find_entities_ar` reads it last, on
words no rule and no recurrence has taken, so the list never overrides a rule or the text's own
names and does not change what the title rule finds (so it cannot feed its own making). Rule
``person``, kind ``gazetteer``:

* a listed full name wherever it stands (``التقى خميس الجهيناوي``), proclitics outside;
* its family name alone where that is a rare name word (``ترودو``; Zipf below
  :data:`LISTED_FAMILY_MAX_ZIPF`, or unknown to the analyser, or a proper noun), not a common
  word (``الشاهد``), a listed given name, place or organization, nor right after a name-like word
  (حمام بورقيبة) or a number (18 قيراط, a unit) or right before an indefinite one (رونالدو كومان); only names of two or three
  words found in at least :data:`FAMILY_SOURCE_ARTICLES` articles lend their family name;
* after a listed given name that is no common word, the given name and the family name are a
  person of the same family (محمد الجهيناوي).

>>> from helpers.entities.words import entity_words_ar
>>> t = "التقى خميس الجهيناوي بنظيره، وقال الجهيناوي إن الشاهد سيزور روما."
>>> [(t[c.start:c.end], c.canonical) for c in find_listed_persons_ar(entity_words_ar(t))]
[('خميس الجهيناوي', 'خميس الجهيناوي'), ('الجهيناوي', 'خميس الجهيناوي')]
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from helpers.entities.base import Candidate
from helpers.entities.clues import (
    demonym_of,
    gazetteer_at_ar,
    is_time_word_ar,
    is_title_word_ar,
    name_strength_ar,
    plausible_reading_ar,
    starts_phrase_ar,
)
from helpers.entities.gazetteers import given_name_ar, key_ar, load_gazetteer_ar, person_names_ar
from helpers.entities.name_runs import LINK_FIRSTS_AR, NASAB_AR, _joined, trailing_country_ar
from helpers.entities.words import EntityWord, Reading, is_function_word_ar, plain_ar

__all__ = ["find_listed_persons_ar", "LISTED_FAMILY_MAX_ZIPF", "FAMILY_SOURCE_ARTICLES"]


#: A listed family name alone is a person only if rarer than this (Zipf) or, with morphology,
#: unknown to the analyser or a proper noun (ترودو; not الشاهد 'the witness', of يوسف الشاهد).
LISTED_FAMILY_MAX_ZIPF = 3.5
# Words before a town named like a family name: Maghrebi سيدي, prepositions of place.
_PLACE_BEFORE = frozenset(key_ar(w) for w in ("سيدي", "سيدى", "في", "إلى", "بمدينة", "مدينة", "ولاية", "معتمدية"))
#: Only listed names found in at least this many articles lend their family name to stand alone.
FAMILY_SOURCE_ARTICLES = 3


@lru_cache(maxsize=1)
def _listed_families() -> dict[str, str]:
    """Family name (the last word of a listed name) -> the listed name it was taken from (the most frequent).

    Only names of two or three words found in at least :data:`FAMILY_SOURCE_ARTICLES` articles
    lend their family name (longer or rarer rows are where a title's run-on was read into a name:
    مهدي جمعة ضيف, "guest"), and not a nasab (بن غربية) or a compound's second word (نصر الله).
    """
    out: dict[str, str] = {}
    frame = load_gazetteer_ar("person_names_ant")
    for listed, articles in sorted(zip(frame["name"], frame["articles"].astype(int)), key=lambda r: (-r[1], r[0])):
        words = key_ar(listed).split()
        family = words[-1]
        if (len(words) > 3 or articles < FAMILY_SOURCE_ARTICLES or given_name_ar(family) is not None or len(family) < 4 or words[-2] in NASAB_AR or family in LINK_FIRSTS_AR
                or is_function_word_ar(family) or is_title_word_ar(family)):
            continue  # بن غربية, نصر الله: not a family name that stands alone
        out.setdefault(family, listed)
    return out


def find_listed_persons_ar(words: Sequence[EntityWord]) -> list[Candidate]:
    """PERSON candidates from the corpus list of names (rule ``person``; see the module docstring).

    The canonical form of a lone family name is the listed full name it belongs to.
    """
    names = person_names_ar()
    families = _listed_families()
    found: list[Candidate] = []
    taken_by: set[int] = set()
    i = 0
    while i < len(words):
        w = words[i]
        hit = None
        first = i
        for reading in w.readings if w.kind == "arabic" else ():
            if reading.stem not in names and reading.stem not in families:
                continue
            if reading.proclitic and not plausible_reading_ar(w, reading):
                continue
            for name, listed in names.get(reading.stem, ()):
                n = len(name)
                if i + n <= len(words) and all(words[i + k].space_before and words[i + k].norm == name[k] for k in range(1, n)):
                    hit = (reading.start, i + n, listed)
                    break
            if hit is None and reading.stem in families:
                before = words[i - 1] if i > 0 else None
                if (before is not None and not reading.proclitic and w.space_before and before.kind == "arabic"
                        and given_name_ar(before.norm) is False and i - 1 not in taken_by):
                    hit = (before.start, i + 1, plain_ar(f"{before.text} {w.text}"))  # طه المرزوقي: another of the family
                    first = i - 1
                elif _lone_family(words, i, reading):
                    hit = (reading.start, i + 1, families[reading.stem])
            if hit is not None:
                break
        if hit is None:
            i += 1
            continue
        start, after, listed = hit
        found.append(Candidate(start, words[after - 1].end, first, after - 1, "PERSON", "gazetteer", "person", listed,
                               "", trailing_country_ar(words, after), priority=-1))
        taken_by.update(range(first, after))
        i = after
    return found


def _lone_family(words: Sequence[EntityWord], i: int, reading: Reading) -> bool:
    """Whether a listed family name standing alone at ``i`` (read as ``reading``) is a person here."""
    w = words[i]
    if reading.proclitic.endswith("ب") or (i > 0 and words[i - 1].norm in _PLACE_BEFORE):
        return False  # بالدهماني, سيدي الهاني, في X: a town named like a family (نسبة), not the person
    if i > 0 and w.space_before and words[i - 1].kind == "arabic" and name_strength_ar(words[i - 1]) != "no" \
            and not reading.proclitic:
        return False  # حمام بورقيبة, مزل بورقيبة: after a name-like word the family name is part of another name
    if i > 0 and w.space_before and words[i - 1].kind == "number" and not reading.proclitic:
        return False  # 18 قيراط: after a number the word is what is counted, a unit, not a person
    nxt = words[i + 1] if i + 1 < len(words) else None
    if nxt is not None and _joined(words, i + 1) and not nxt.norm.startswith("ال") and not starts_phrase_ar(nxt) \
            and name_strength_ar(nxt) != "no":
        return False  # رونالدو كومان: before an indefinite name-like word it is the first of another name
    if w.suffix or is_function_word_ar(w.text) or is_time_word_ar(reading.stem) or is_time_word_ar("ال" + reading.stem) or is_title_word_ar(reading.stem) \
            or gazetteer_at_ar(words, i, reading.stem) is not None or demonym_of(w):
        return False
    rare = reading.zipf < LISTED_FAMILY_MAX_ZIPF
    return rare or (not reading.proclitic and (w.known is False or w.pos == "PROPN"))
