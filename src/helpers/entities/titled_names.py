"""Persons named after a title: ``الرئيس السوري بشار الأسد`` → بشار الأسد (rule ``title``).

A title of ``titles_ar`` (``الرئيس``, ``وزير`` + a portfolio, ``رئيس`` + an organization or a
definite noun, ``الأمينة العامة للحزب الجمهوري``), then demonyms and a few adjectives (``الرئيس
السوري``, ``الفنانة القديرة``), an optional comma, then the name: the title goes to the span's
``cue``, the demonym to its ``country``. A bare title that takes a genitive (``رئيس``, ``منسق``,
``أستاذ``) skips up to three indefinite nouns in construct before it (``منسق مجمع التنسيقيات``)
and up to two adjectives after it (``أستاذ القانون الدستوري أمين محفوظ``); with no definite
genitive after them no name follows (``أستاذ مبرز في``); any other title skips في + an
organization (``القيادي في جبهة الإنقاذ رضا X``). A title that also names a club before a definite
word that is no demonym is the club's (``النجم الساحلي``), not a title. No name follows a title
when the next word is a dual perfect verb (``الوزير الأول وافقا على``) or a definite participle with
its ب-object (``قاضي التحقيق المتعهد بقضية``).

>>> from helpers.entities.words import entity_words_ar
>>> t = "قال الرئيس السوري بشار الأسد إن النجم الساحلي فاز."
>>> c = _title_person(entity_words_ar(t), 1, {})
>>> (t[c.start:c.end], c.cue, c.country)
('بشار الأسد', 'الرئيس السوري', 'SYR')
>>> _title_person(entity_words_ar(t), 6, {}) is None
True
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from helpers.entities.base import Candidate
from helpers.entities.clues import RARE_ZIPF, demonym_of, gazetteer_at_ar, name_strength_ar, title_at
from helpers.entities.gazetteers import given_name_ar, key_ar
from helpers.entities.ministries import portfolio_end_ar
from helpers.entities.name_runs import _ADJECTIVES, name_run_ar, _person, trailing_country_ar
from helpers.entities.words import EntityWord, is_function_word_ar, plain_ar, zipf_ar

__all__: list[str] = []

# Titles that also name clubs when a definite nisba follows (النجم الساحلي), not a demonym (النجم البرازيلي X).
_CLUB_TITLES = frozenset(("النجم", "النجمة"))


def _skip_after_title(words: Sequence[EntityWord], j: int, takes: str, spans: Mapping[int, Candidate]) -> tuple[int, str]:
    """Skip a title's portfolio or genitive, its demonyms and adjectives and a comma; (index, country)."""
    if takes == "portfolio" and j < len(words):
        best = portfolio_end_ar(words, j)
        if best == j and words[j].norm.startswith("ال") and words[j].kind == "arabic":
            best = j + 1  # a portfolio not listed
        j = best
    elif takes == "genitive" and j < len(words):
        if words[j].suffix:
            return len(words), ""  # رئيس وزرائه: a possessed title, no name follows
        for k in (j, j + 1):  # an organization or place, directly or after في
            span = spans.get(k)
            if span is not None and span.label in ("ORG", "PLACE") and (k == j or words[j].norm in ("في", "ب")):
                j = span.last + 1
                break
        else:
            k = j
            while k < len(words) and k - j < 3 and words[k].kind == "arabic" and words[k].space_before \
                    and not words[k].norm.startswith("ال") and not words[k].suffix \
                    and not is_function_word_ar(words[k].text) and given_name_ar(words[k].norm) is None:
                k += 1  # indefinite nouns in construct before the genitive: منسق مجمع التنسيقيات
            if k < len(words) and words[k].kind == "arabic" and any(r.stem.startswith("ال") for r in words[k].readings) \
                    and name_strength_ar(words[k]) != "strong":
                j = k + 1
                while j < len(words) and j - k <= 2 and _genitive_adjective(words[j]):
                    j += 1  # أستاذ القانون الدستوري أمين محفوظ: the genitive's adjectives
            elif k > j:
                return len(words), ""  # أستاذ مبرز في: a description with no definite genitive, no name
    elif j + 1 < len(words) and words[j].norm == key_ar("في"):
        span = spans.get(j + 1)
        if span is not None and span.label == "ORG":
            j = span.last + 1  # القيادي في جبهة الإنقاذ رضا بالحاج: a member of an organization
    country = ""
    skipped = 0
    while j < len(words) and skipped < 3 and words[j].space_before and words[j].kind == "arabic":
        place = demonym_of(words[j])
        if place:
            country = country or place
        elif words[j].norm not in _ADJECTIVES:
            break
        j += 1
        skipped += 1
    if j < len(words) and words[j].text in ("،", ","):
        j += 1
        if j < len(words) and given_name_ar(words[j].norm) is None and name_run_ar(words, j) is None:
            return len(words), country  # after a comma only a full name or a given name (not لاسيما)
    return j, country


def _genitive_adjective(w: EntityWord) -> bool:
    """Whether a definite word after a title's genitive is its adjective (القانون الدستوري), not a name.

    A relative adjective in -ي/-ية or a word the analyser reads as an adjective, that is no
    demonym (the title's own, taken next), given name or family-name-like rare word.
    """
    if not (w.kind == "arabic" and w.space_before and w.norm.startswith("ال") and len(w.norm) >= 5) or demonym_of(w):
        return False
    if given_name_ar(w.norm) is not None or is_function_word_ar(w.text) or w.zipf < RARE_ZIPF:
        return False
    return w.pos == "ADJ" or (not w.pos and w.norm.endswith(("ي", "يه")))


def _title_person(words: Sequence[EntityWord], i: int, spans: Mapping[int, Candidate]) -> Candidate | None:
    """The person named after a title at word ``i`` (rule ``title``), or ``None``."""
    title = title_at(words, i)
    if title is not None and title[1] in _CLUB_TITLES and title[0] < len(words) \
            and words[title[0]].norm.startswith("ال") and not demonym_of(words[title[0]]):
        return None  # النجم الرادسي, النجم الساحلي: a club named like a star, not a star's name
    if title is None:
        return None
    after_title, listed, _, takes = title
    j, country = _skip_after_title(words, after_title, takes, spans)
    if j < len(words) and words[j].kind in ("arabic", "latin"):
        if _dual_verb(words, j) or _participle_with_object(words, j):
            return None  # الوزير الأول وافقا على …; قاضي التحقيق المتعهد بقضية …: no name follows
        end = name_run_ar(words, j, titled=True)
        if end is not None:
            cue = plain_ar(" ".join([listed, *(x.text for x in words[after_title:j])])).strip(" ،,")
            return _person(words, words[j].start, j, end, "title", cue=cue,
                           country=country or trailing_country_ar(words, end))
    return None


# A word in -ا is a dual verb (وافقا) when its form without the alif is this much commoner.
_DUAL_MARGIN = 1.0
_DUAL_BASE_MIN_ZIPF = 4.0


def _dual_verb(words: Sequence[EntityWord], j: int) -> bool:
    """Whether the word after a title is a perfect verb in the dual (``رشيد عمار … ومحمد الغنوشي، الوزير
    الأول وافقا على``: the two persons agreed), which ends a title's apposition: a word in -ا, no given
    name, whose form without the alif is a common word much commoner than it, before a function word."""
    w = words[j]
    if w.kind != "arabic" or not w.norm.endswith("ا") or len(w.norm) < 4 or given_name_ar(w.norm) is not None:
        return False
    base = zipf_ar(w.norm[:-1])
    return base >= _DUAL_BASE_MIN_ZIPF and base > w.zipf + _DUAL_MARGIN and j + 1 < len(words) \
        and is_function_word_ar(words[j + 1].text)


def _participle_with_object(words: Sequence[EntityWord], j: int) -> bool:
    """Whether the word after a title is a definite participle with its ب-object (``قاضي التحقيق المتعهد
    بقضية``, ``المكلف بالملف``), which describes the title's holder: a word in الم- that the analyser
    reads as an adjective (without the analyser, one that does not end in -ي like a family name), then
    ب + a word that is no listed place."""
    w = words[j]
    if w.kind != "arabic" or not w.norm.startswith("الم") or len(w.norm) < 5 or j + 1 >= len(words) \
            or not words[j + 1].space_before:
        return False
    if not (w.pos == "ADJ" or (not w.pos and not w.norm.endswith("ي"))):
        return False
    nxt = words[j + 1].reading("ب")
    return nxt is not None and gazetteer_at_ar(words, j + 1, nxt.stem) is None and name_strength_ar(words[j + 1]) != "strong"
