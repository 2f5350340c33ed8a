"""Clubs named by their town, newspapers named by their titles, and media quoted as a source.

Names of clubs and media that no type word (or no ordinary phrase after one) gives away:

* **clubs named by their town** (no head; :func:`_town_clubs`): a town + ``الرياضية`` (``جندوبة
  الرياضية``) and ``الملعب`` + a nisba (``الملعب الصفاقسي``; not ``الملعب الأولمبي``, a stadium),
  and a proper name + يونايتد (``زيسكو يونايتد``) or سيتي (``كمبالا سيتي``, ``ليستر سيتي``; not a
  city listed with it, ``مكسيكو سيتي``); rule ``club``;
* **a newspaper's title** (:func:`_paper_title`, after صحيفة, جريدة, يومية, أسبوعية): ordinary
  definite words, a noun that is no adjective of the type word (not المذكورة) and the adjectives
  after it, a nisba closing it (``صحيفة الشارع المغاربي`` | الحوار, ``صحيفة الشرق الأوسط``,
  ``جريدة الصباح``), a country's demonym left out (``صحيفة الشروق`` | الجزائرية); not after مجلة,
  also a legal code in Tunisia (مجلة الأحوال الشخصية);
* **the teams of a draw** (no head; :func:`_draw_clubs`): in a list separated by dashes or stars,
  an item of one to three words before a country's demonym (``مازمبي الكونغولي``), when the list
  holds a club already found or the text names a club; rule ``club``;
* **a quoted source** (no head; :func:`_quoted_sources`): a short name in quotation marks right
  after a source cue (``بحسب "الشروق"``, ``نقلا عن "X"``, ``في تصريح لـ"X"``, ``في حوار مع
  "X"``) is a media organization; rule ``quoted_source``.

>>> from helpers.entities.words import entity_words_ar
>>> t = 'فاز الملعب الصفاقسي على كمبالا سيتي، بحسب "الصريح".'
>>> [(t[c.start:c.end], c.rule) for c in [*_town_clubs(entity_words_ar(t)), *_quoted_sources(entity_words_ar(t))]]
[('الملعب الصفاقسي', 'club'), ('كمبالا سيتي', 'club'), ('الصريح', 'quoted_source')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from helpers.entities.base import Candidate
from helpers.entities.clues import demonym_of, gazetteer_at_ar, name_strength_ar
from helpers.entities.gazetteers import key_ar
from helpers.entities.head_phrases import QUOTES_AR, _new_phrase, _quoted, _seat_end, _span_text, _stops
from helpers.entities.words import EntityWord, is_function_word_ar, plain_ar

__all__: list[str] = []

# Adjectives after الملعب that make it a stadium (a place), not a club named by its town's nisba.
_STADIUMS = frozenset(key_ar(w) for w in (
    "الأولمبي", "البلدي", "الرئيسي", "الوطني", "الدولي", "الجديد", "المعشب", "الاصطناعي", "الرياضي", "الفرعي",
))
_CLUB_ADJECTIVES = frozenset(key_ar(w) for w in ("الرياضي", "الرياضية"))
_UNITED = key_ar("يونايتد")
_CITY = key_ar("سيتي")
# Type words of newspapers, whose titles are ordinary definite words (صحيفة الشروق, جريدة الصباح);
# not مجلة, which is also a legal code in Tunisia (مجلة الأحوال الشخصية).
_PRINT_MEDIA = frozenset(("صحيفة", "جريدة", "يومية", "أسبوعية"))
_MAX_TITLE = 3
# The adjectives a title goes on with: a nisba (المغاربي) or an elative (الأوسط), normalized.
_ELATIVE_OR_NISBA = re.compile(r"ال(?:\w{3,}ي|ا\w\w[^ي])")


def _paper_title(words: Sequence[EntityWord], j: int) -> int:
    """Index after a newspaper's title of ordinary definite words at ``j`` (الشارع المغاربي, الصباح),
    ``j`` if none.

    The first word is a definite noun that does not agree with the head as its adjective (a
    feminine الجزائرية, المذكورة, المقربة describes the paper), no demonym, function word or verb;
    adjectives may follow (a nisba, which closes the title, or an elative: الشرق الأوسط), a
    region's nisba among them, up to three words; a country's demonym after the title is left out
    (rule 6 of the guidelines: صحيفة الشروق | الجزائرية), and so is a noun (the verb's object:
    صحيفة الشارع المغاربي | الحوار).
    """
    first = words[j]
    if (first.kind != "arabic" or not first.norm.startswith("ال") or len(first.norm) < 4 or first.norm.endswith(("ه", "ة"))
            or demonym_of(first) or is_function_word_ar(first.text) or first.pos == "VERB" or first.suffix):
        return j
    k = j + 1
    while k < len(words) and k - j < _MAX_TITLE and words[k].space_before and words[k].kind == "arabic" \
            and words[k].norm.startswith("ال") and not _country_demonym(words[k]) and not _stops(words[k]) \
            and not _new_phrase(words[k]) and _ELATIVE_OR_NISBA.fullmatch(words[k].norm):
        k += 1  # an adjective of the title, a region's nisba among them (الشرق الأوسط, الشارع المغاربي)
        if words[k - 1].norm.endswith("ي"):
            break  # a nisba closes the title: الشارع المغاربي | الحوار (the verb's object)
    return k


def _country_demonym(w: EntityWord) -> bool:
    """Whether a word is the demonym of a country (الجزائرية), not of a region (المغاربي, العربي)."""
    return bool(demonym_of(w)) and not demonym_of(w).startswith("region:")


def _town_clubs(words: Sequence[EntityWord]) -> list[Candidate]:
    """Clubs named by their town: a town + الرياضية (جندوبة الرياضية) and الملعب + a nisba
    (الملعب الصفاقسي, not الملعب الأولمبي, a stadium), and a proper name + يونايتد (زيسكو يونايتد) or
    + سيتي (كمبالا سيتي; not a city listed with it, مكسيكو سيتي); rule ``club``."""
    found = []
    for i, w in enumerate(words):
        if w.kind != "arabic" or i + 1 >= len(words) or not words[i + 1].space_before:
            continue
        nxt = words[i + 1]
        if nxt.norm == _UNITED and not w.norm.startswith("ال") and (name_strength_ar(w) == "strong"
                                                                    or gazetteer_at_ar(words, i, w.norm) is not None):
            found.append(Candidate(w.start, nxt.end, i, i + 1, "ORG", "pattern", "club", plain_ar(f"{w.text} {nxt.text}"),
                                   priority=2))
            continue  # زيسكو يونايتد, ريفرز يونايتد: a name + "United" is a club
        if nxt.norm == _CITY and not w.norm.startswith("ال") and (name_strength_ar(w) == "strong"
                                                                  or gazetteer_at_ar(words, i, w.norm) is not None):
            listed = gazetteer_at_ar(words, i, w.norm)
            if listed is None or listed[0] == i + 1:  # not مكسيكو سيتي, a city listed with it
                found.append(Candidate(w.start, nxt.end, i, i + 1, "ORG", "pattern", "club", plain_ar(f"{w.text} {nxt.text}"),
                                       priority=2))
                continue  # كمبالا سيتي, ليستر سيتي: a name + "City" is a club
        for reading in w.readings:
            if reading.stem == key_ar("الملعب"):
                if nxt.kind == "arabic" and nxt.norm.startswith("ال") and nxt.norm.endswith("ي") and len(nxt.norm) >= 5 \
                        and nxt.norm not in _STADIUMS and not _stops(nxt):
                    end = _seat_end(words, i, i + 2, court=True)
                    found.append(Candidate(reading.start, words[end - 1].end, i, end - 1, "ORG", "pattern", "club",
                                           plain_ar(_span_text(words, reading.start, i, end)), priority=2))
                break
            got = gazetteer_at_ar(words, i, reading.stem)
            if got is None or got[1].label != "PLACE" or got[1].type not in ("city", "capital"):
                continue
            after = got[0]
            if after < len(words) and words[after].space_before and words[after].norm in _CLUB_ADJECTIVES:
                found.append(Candidate(reading.start, words[after].end, i, after, "ORG", "pattern", "club",
                                       plain_ar(_span_text(words, reading.start, i, after + 1)), priority=2))
            break
    return found


_SOURCE_CUES = frozenset(key_ar(w) for w in ("بحسب", "حسب", "وفق", "وفقا", "وفقاً"))
_SOURCE_PREPOSITIONS = {key_ar("عن"): frozenset({key_ar("نقلا"), key_ar("نقلاً")}),
                        key_ar("ل"): frozenset(key_ar(w) for w in ("تصريح", "تصريحات", "حديث", "حوار", "مراسل", "مراسلة")),
                        key_ar("مع"): frozenset(key_ar(w) for w in ("حوار", "مقابلة", "لقاء", "اتصال"))}


def _quoted_sources(words: Sequence[EntityWord]) -> list[Candidate]:
    """A name in quotation marks after a source cue (بحسب "الشروق", في تصريح لـ"الجوهرة"): a media ORG."""
    found = []
    for j, w in enumerate(words):
        if w.text not in QUOTES_AR or j == 0:
            continue
        span = _quoted(words, j)
        if span is None:
            continue
        first, last = span
        if last - first > 3 or any(x.kind != "arabic" or is_function_word_ar(x.text) or x.pos == "VERB"
                                   for x in words[first : last + 1]):
            continue
        if gazetteer_at_ar(words, first, words[first].norm) is not None:
            continue  # a listed name is found as listed
        before = words[j - 1]
        stems = {r.stem for r in before.readings} | {before.norm}
        cue = bool(stems & _SOURCE_CUES)
        for particle, heads in _SOURCE_PREPOSITIONS.items():
            if particle in stems or before.norm.rstrip("ـ") == particle:
                cue = cue or (j >= 2 and bool({r.stem for r in words[j - 2].readings} & heads))
            if before.readings and before.readings[-1].proclitic.endswith(particle) and before.norm == particle:
                cue = True
        if cue:
            found.append(Candidate(words[first].start, words[last].end, first, last, "ORG", "pattern", "quoted_source",
                                   plain_ar(" ".join(x.text for x in words[first : last + 1])), before.text, priority=2))
    return found


# Marks that separate the teams of a draw or a fixture list (الفتح الرباطي - النادي الإفريقي).
_TEAM_SEPARATORS = frozenset(("-", "–", "*"))
_LIST_ENDS = frozenset((":", ".", "،", ",", "\n", "(", ")", "؛", ";"))
_MAX_TEAM_WORDS = 3
_SOUTH = key_ar("الجنوب")  # الجنوب إفريقي: a two-word demonym
_CLUB_HEADS = frozenset(key_ar(w) for w in ("نادي", "النادي", "فريق", "الفريق"))


def _draw_clubs(words: Sequence[EntityWord], kept: Sequence[Candidate]) -> list[Candidate]:
    """In a list of teams separated by dashes or stars (a draw, a fixture list), an item whose first
    one to three words are followed by a country's demonym is a club, the demonym outside
    (``ريفرز يونايتد النيجيري - النادي الإفريقي - مازمبي الكونغولي``: مازمبي; rule ``club``). The list
    has three items or more and holds a club already found, or two such items in a text where a club
    was found (by a club's name, or after نادي or فريق). An item that holds a name already found is left as it is."""
    taken = {k for c in kept for k in range(c.first, c.last + 1)}
    clubs = {(c.first, c.last) for c in kept if c.label == "ORG"}
    found: list[Candidate] = []

    def team_of(first: int, last: int) -> tuple[int, int, str] | None:
        for end in range(first + 1, min(last, first + _MAX_TEAM_WORDS) + 1):
            south = words[end - 1].norm == _SOUTH and end - 1 > first  # الجنوب إفريقي: South African
            if demonym_of(words[end]).startswith("region:") and not south:
                return None  # ليستر سيتي | الدوري الأوروبي: a region's nisba names no team's country
            if demonym_of(words[end]):
                stop = end - 1 if end - 1 > first and words[end - 1].norm == _SOUTH else end  # الجنوب إفريقي
                team = words[first:stop]
                if any(w.kind != "arabic" or is_function_word_ar(w.text) or demonym_of(w) for w in team) \
                        or any(k in taken for k in range(first, stop)):
                    return None
                return first, stop - 1, "ZAF" if south else demonym_of(words[end])
        return None

    anchored = any(c.label == "ORG" and (c.rule == "club" or key_ar(c.cue.split(" ")[0]) in _CLUB_HEADS) for c in kept)
    for items in _dash_lists(words, 0, len(words) - 1):
        if len(items) < 3:
            continue
        teams = [t for t in (team_of(a, b) for a, b in items) if t is not None]
        with_club = any((a, b) in clubs or (a, b - 1) in clubs for a, b in items)
        if not (with_club or (anchored and len(teams) >= 2)):
            continue
        for first, last, country in teams:
            found.append(Candidate(words[first].start, words[last].end, first, last, "ORG", "pattern", "club",
                                   plain_ar(" ".join(w.text for w in words[first : last + 1])), "", country,
                                   priority=1))
    return found


def _dash_lists(words: Sequence[EntityWord], first: int, last: int) -> list[list[tuple[int, int]]]:
    """The runs of items separated by dashes or stars between ``first`` and ``last`` (other punctuation ends a run)."""
    lists: list[list[tuple[int, int]]] = []
    items: list[tuple[int, int]] = []
    start = None
    for k in range(first, last + 1):
        w = words[k]
        if w.kind == "punct" or w.text in _TEAM_SEPARATORS or w.text in _LIST_ENDS:
            if start is not None:
                items.append((start, k - 1))
            start = None
            if w.text not in _TEAM_SEPARATORS:
                lists.append(items)
                items = []
            continue
        if start is None:
            start = k
    if start is not None:
        items.append((start, last))
    lists.append(items)
    return [x for x in lists if x]


# Gazetteer rules of a town that names a club in a fixture (بن قردان, حمام الأنف).
_TOWN_RULES = frozenset(("city", "town"))


def _town_opponents(words: Sequence[EntityWord], kept: Sequence[Candidate]) -> list[Candidate]:
    """A town set against a club by a dash is the club named by it, as in a fixture or a headline
    (``الإفريقي - بن قردان :``, ``حمام الأنف - الإفريقي``; rule ``club``). The town stands alone on
    its side: the text or line begins or punctuation or a number follows it. ``kept`` is returned
    with such towns made clubs."""
    first_of = {c.first: n for n, c in enumerate(kept)}
    last_of = {c.last: n for n, c in enumerate(kept)}
    out = list(kept)
    for d, w in enumerate(words):
        if w.text not in ("-", "–") or not w.space_before or d + 1 >= len(words) or not words[d + 1].space_before:
            continue
        left, right = last_of.get(d - 1), first_of.get(d + 1)
        if left is None or right is None:
            continue
        for town, club, outer in ((left, right, kept[left].first - 1), (right, left, kept[right].last + 1)):
            t, c = kept[town], kept[club]
            if not (t.label == "PLACE" and t.rule in _TOWN_RULES and c.label == "ORG" and c.rule == "club"):
                continue
            alone = outer < 0 or outer >= len(words) or words[outer].kind in ("punct", "number") \
                or (outer < t.first and not words[t.first].space_before)
            if alone:
                out[town] = Candidate(t.start, t.end, t.first, t.last, "ORG", "pattern", "club", t.canonical, "",
                                      t.country, priority=1)
    return out
