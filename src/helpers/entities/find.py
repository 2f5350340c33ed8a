"""The named-entity layer in one call: :func:`find_entities_ar` and its records, :class:`EntitySpan`.

Every rule proposes candidates (:class:`~helpers.entities.base.Candidate`); overlaps are resolved
once, longest first:

1. **gazetteers** (``gazetteer``): countries, capitals, places and organizations of
   ``data/gazetteers/`` as listed, read through proclitics (``بتونس``, ``وللبنان``). A form that is
   also a common word (صور, القاعدة), and a one-word place of the list derived from the ANT corpus
   (``place_names_ant``: فريانة, النزهة), needs its context: a place a preposition or a place before
   or after it, an organization quotation marks or a type word, a club (الأهلي, الهلال) a word of
   sport before it (لاعب الهلال, أمام الأهلي) or its country's demonym after it where it is no
   adjective of the noun before (الأهلي المصري, not المجتمع الأهلي المصري; the demonym stays out).
   A listed organization or place inside a short quoted title with other words and no function
   word (the name of a product or programme: "خدمة التجول الافتراضي غوغل", "أسرار القدس"; not an
   incident named by its place, "اعتصام باردو") or an organization inside a longer Latin name
   (Google Street View) is not marked, nor found again there; a country written with the article
   where the list has none is read as the country (الموزمبيق: :mod:`~helpers.entities.gazetteers`); a listed state body named by a type
   word keeps a country's demonym after it (مجلس النواب العراقي);
2. **dates** (:mod:`~helpers.entities.dates`), **type words** (:mod:`~helpers.entities.heads`) and
   look-alikes that are not names (``not_entities_ar``: الربيع العربي, مجلس الوزراء; and a finance
   law with its year, قانون المالية لسنة 2017, whose year is part of the law's name);
3. **persons** (:mod:`~helpers.entities.names`), which may skip an organization or place found
   in step 2 after a title (``رئيس جمعية X الطاهر الطاهري``); a person's name right after the
   type word of a school, university or hospital names the institution (``إعدادية محمد علي
   العروي``: one ORG), and a date after the head of a street, square or stadium names the facility
   (``ساحة 14 جانفي``: one PLACE, rule ``named_after``);
4. **lists**: a rare word joined by و to a place is a place (``طرابلس وطبرق``, ``قبلي ودوز``;
   between two places it keeps its own و outside: ``صفاقس وطينة والعامرة`` → ``طينة``); the
   teams of a draw separated by dashes, each before its country's demonym, are clubs, and so is a
   town set against a club by a dash, alone on its side (``الإفريقي - بن قردان :``, rule ``club``)
   (:mod:`~helpers.entities.clubs_media`); the other items of a dash-separated list of persons
   (a line-up) are persons (``list``, :func:`~helpers.entities.names.find_dash_list_persons_ar`);
   and a Latin capital acronym alone in brackets is an organization (``التأمين الصحي (DAK)``; rule
   ``acronym``, not a Roman numeral);
5. **recurrence**: a name found by a pattern is found again wherever it recurs (replacing a shorter
   reading of the same words by a pattern: ``شركة جيت`` where ``شركة جيت بلو`` was read in full
   elsewhere), and so are its
   short forms: a person's family name (``العامري``, ``عامري``, ``لودريان`` for جان-ايف لو
   دريان, ``بن عمر`` for سمير بن عمر), an organization's name without its type word (``افاق تونس`` for حزب افاق تونس;
   only when that rest holds a rare or listed word or three words or more: not ``رفع الأثقال``, the sport, for
   اتحاد رفع الأثقال, nor a committee's designation, الشؤون الاجتماعية), a
   club's nisba (``الإفريقي``), a place named after a type word (``جمنة``), an administrative
   unit without its designation (``الهوارية`` for معتمدية الهوارية). A one-word form
   that is a function word is not found again (the town "كان" named once in quotes, not the verb
   كان), nor is a person named by بن + a given name alone (rule ``ben_family``: ``بن حسن`` again
   would be cut out of ``جوهر بن حسن``). A one-word person a rule found (وقال لودريان في) yields to the recurrence of a full name
   of the text, which gives it that name as ``canonical``;
6. **the persons' list**: last, on words nothing else has taken, the persons' names of the
   corpus list (:func:`~helpers.entities.listed.find_listed_persons_ar`, rule ``person``), and
   their recurrences; so the list never overrides a rule or the text's own names (المرزوقي
   after طه المرزوقي is his, not the listed المنصف المرزوقي) and does not change what the title
   rule finds.

When candidates overlap, the one with more tokens wins; between equals the gazetteer, then the
look-alikes, then type words and dates, then persons, then recurrence. Spans leave proclitics
and quotation marks out and keep the article: ``للحزب الجمهوري`` → ``لحزب الجمهوري`` (ل + ال
loses its alef), ``وبتونس`` → ``تونس``.

The morphology table is used for hints only (a proper noun, an unknown word, a verb): with
``morphology=None`` it is computed with the embedded analyser when available; ``False`` works
without it, from the gazetteers, word frequency and the patterns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from helpers.entities.base import BLOCK_LABELS, LABELS, Candidate
from helpers.entities.clues import (
    demonym_of,
    gazetteer_at_ar,
    is_time_word_ar,
    name_strength_ar,
    plausible_reading_ar,
    starts_phrase_ar,
    title_at,
)
from helpers.entities.dates import find_dates_ar
from helpers.entities.gazetteers import given_name_ar, heads_ar, key_ar, not_entity_phrases_ar
from helpers.entities.clubs_media import _draw_clubs, _town_opponents
from helpers.entities.heads import _NAMED_AFTER_PERSONS, QUOTES_AR, find_headed_names_ar
from helpers.entities.listed import find_listed_persons_ar
from helpers.entities.names import find_dash_list_persons_ar, find_persons_ar
from helpers.entities.words import EntityWord, entity_words_from_signals_ar, is_function_word_ar, morphology_signals_ar, plain_ar
from helpers.text.load import check_text_ar
from helpers.text.spans import Span, spans_to_frame

__all__ = ["EntitySpan", "ENTITY_LABELS", "ENTITY_KINDS", "find_entities_ar", "entities_to_frame"]

#: The values of :attr:`EntitySpan.label`.
ENTITY_LABELS = LABELS
#: The values of :attr:`EntitySpan.kind`.
ENTITY_KINDS = ("gazetteer", "pattern")

_LOCATIVES = frozenset(key_ar(w) for w in (
    "في", "إلى", "الى", "من", "نحو", "قرب", "بين", "عن", "داخل", "خارج", "شمال", "جنوب", "شرق", "غرب", "وسط", "حتى",
    "مدينة", "منطقة", "ولاية", "محافظة", "معتمد", "والي", "محافظ", "عمدة", "بلدية", "جهة", "أهالي", "سكان",
))
# After a city, these adjectives are part of its name (قبلي الجنوبية, a Tunisian delegation).
_COMPASS = frozenset(key_ar(w) for w in ("الجنوبية", "الشمالية", "الشرقية", "الغربية", "الجنوبي", "الشمالي", "الشرقي",
                                         "الغربي", "المدينة"))
_PRIORITY = {"NONE": 4, "gazetteer": 3}
# Designations of administrative units: the unit's name recurs without them (معتمدية الهوارية →
# الهوارية); a facility's head does not drop (ملعب الطيب المهيري is no الطيب المهيري).
_UNIT_HEADS = frozenset(key_ar(w) for w in ("ولاية", "معتمدية", "عمادة", "محافظة", "إقليم", "جزيرة", "جزر"))


@dataclass(frozen=True)
class EntitySpan(Span):
    """A named entity (label ``PERSON``, ``PLACE``, ``ORG`` or ``DATE``).

    Attributes:
        kind: ``gazetteer`` (found as listed in ``data/gazetteers/``) or ``pattern`` (found by a rule).
        rule: which rule: ``country``, ``capital``, ``city``, ``region``, an organization's type
            (``party``, ``media`` ...) for the gazetteers, ``town`` for the places listed from the
            ANT corpus (``place_names_ant``), ``person`` for the persons' list; ``title``, ``given_name``, ``kunya``,
            ``named``, ``kin``, ``demonym``, ``bracketed``, ``speaker``, ``apposition``, ``head``, ``quoted``,
            ``definite_nisba``, ``named_after``, ``acronym``, ``head_list``,
            ``list``, ``recurrence``, ``weekday``, ``date``, ``month``, ``year``, ``time``,
            ``holiday``, ``decade`` for the patterns.
        canonical: the name as listed (``الولايات المتحدة`` for أمريكا), the full name a short
            mention recurs from (``بشار الأسد`` for الأسد), the name as written without diacritics,
            or for a date its ISO 8601 value (``2016-01-18``, ``--11-18``, ``T17:00``).
        cue: the title or type word before the name (``الرئيس السوري``, ``مجلة``), or ``""``.
        country: an ISO 3166-1 alpha-3 code the entity is tied to: a place's state, the nisba
            after a title or a name (``SYR`` for الرئيس السوري بشار الأسد), or ``""``.
    """

    kind: str
    rule: str
    canonical: str
    cue: str = ""
    country: str = ""


def _resolve(candidates: Iterable[Candidate], taken: set[int] | None = None) -> list[Candidate]:
    """Keep non-overlapping candidates, longest first (ties: priority, then the earlier one)."""
    taken = set() if taken is None else set(taken)
    kept = []
    for c in sorted(candidates, key=lambda c: (-c.words, -c.priority, c.first, c.start)):
        cells = set(range(c.first, c.last + 1))
        if cells & taken:
            continue
        taken |= cells
        kept.append(c)
    return sorted(kept, key=lambda c: (c.start, c.end))


def _locative(words: Sequence[EntityWord], i: int, proclitic: str, after: int) -> bool:
    """Whether a place name at ``i`` stands where places stand: after a preposition, or in a list of places."""
    if proclitic.endswith(("ب", "ل")):
        return True
    before = words[i - 1] if i > 0 else None
    if before is not None and (before.norm in _LOCATIVES or before.stem in _LOCATIVES):
        return True
    nxt = words[after] if after < len(words) else None
    if nxt is not None and nxt.reading("و") is not None:
        following = gazetteer_at_ar(words, after, nxt.reading("و").stem)
        if following is not None and following[1].label == "PLACE":
            return True
    return proclitic == "و" and before is not None and gazetteer_at_ar(words, i - 1, before.norm) is not None


# Words of sport before a club's name (لاعب الأهلي, مدرب الهلال, جماهير النصر, أمام المريخ).
_SPORTS_CUES = frozenset(key_ar(w) for w in (
    "لاعب", "لاعبو", "لاعبي", "مدرب", "فريق", "نادي", "جماهير", "أنصار", "حارس", "مهاجم", "مدافع", "مباراة",
    "مقابلة", "ضد", "أمام", "نجم", "قائد", "صفوف", "جمهور",
))


def _sports_context(words: Sequence[EntityWord], i: int, after: int) -> bool:
    """Whether a club's name that is also a common word (الأهلي 'national', الهلال 'the crescent') stands
    as a club: after a word of sport (لاعب الأهلي, أمام الهلال), or before a demonym that names its
    country where it is no adjective of the noun before it (الأهلي المصري, الهلال السوداني; not
    المجتمع الأهلي المصري)."""
    before = words[i - 1] if i > 0 else None
    if before is not None and ({r.stem for r in before.readings} | {before.norm}) & _SPORTS_CUES:
        return True
    if after < len(words) and words[after].space_before and demonym_of(words[after]):
        return before is None or not (before.kind == "arabic" and before.norm.startswith("ال")
                                      and not is_function_word_ar(before.text))
    return False


def _gazetteer_candidates(words: Sequence[EntityWord]) -> list[Candidate]:
    """Gazetteer names; an ambiguous form counts in context, or once its entry is named plainly in the text."""
    first = _gazetteer_pass(words, frozenset())
    named = frozenset(c.canonical for c in first)
    return _gazetteer_pass(words, named)


def _gazetteer_pass(words: Sequence[EntityWord], named: frozenset[str]) -> list[Candidate]:
    found = []
    for i, w in enumerate(words):
        if w.kind not in ("arabic", "latin", "mixed"):
            continue
        readings = w.readings or ()
        best = None
        for reading in readings:
            got = gazetteer_at_ar(words, i, reading.stem)
            if got is None:
                continue
            if got[0] == i + 1 and not plausible_reading_ar(w, reading):
                continue  # the whole word is a commoner word than proclitic + name
            after, entry = got
            if entry.ambiguous and entry.canonical not in named:
                quoted = i > 0 and words[i - 1].text in QUOTES_AR and not reading.proclitic
                if entry.label == "ORG" and not quoted and not (entry.type == "club" and _sports_context(words, i, after)):
                    continue
                if entry.label == "PLACE" and not (quoted or _locative(words, i, reading.proclitic, after)):
                    continue
            if best is None or after > best[0]:
                best = (after, entry, reading)
        if best is None and w.kind == "latin":
            got = gazetteer_at_ar(words, i, w.text)
            best = (got[0], got[1], None) if got else None
            if best is not None and (i > 0 and words[i - 1].kind == "latin"
                                     or best[0] < len(words) and words[best[0]].kind == "latin"):
                best = None  # (Google Street View): a listed name inside a longer Latin name
        if best is None:
            continue
        after, entry, reading = best
        if _in_quoted_title(words, i, after) and (entry.label == "ORG" or reading is None or not reading.proclitic):
            continue  # "خدمة التجول الافتراضي غوغل", "أسرار القدس": a product's or programme's title
        if after == i + 1 and entry.label == "PLACE" and i > 0 and (reading is None or not reading.proclitic) \
                and demonym_of(w) and words[i - 1].kind == "arabic" and words[i - 1].norm.startswith("ال") \
                and not is_function_word_ar(words[i - 1].text) and w.space_before:
            continue  # العاصمة السعودية: after a definite noun the form is the adjective, not the country
        start = reading.start if reading is not None else w.start
        rule = entry.type
        if entry.label == "PLACE" and entry.type == "city" and after < len(words) and words[after].space_before \
                and words[after].norm in _COMPASS:
            after += 1
        country = entry.country
        if entry.type in ("state_body", "court") and after < len(words) and words[after].space_before \
                and demonym_of(words[after]) and not demonym_of(words[after]).startswith("region:") \
                and _headed_name(entry.canonical):
            country = demonym_of(words[after])
            after += 1  # مجلس النواب العراقي: a state body named by a type word and common nouns keeps its nisba (rule 6)
        found.append(Candidate(start, words[after - 1].end, i, after - 1, entry.label, "gazetteer", rule,
                               entry.canonical, "", country, _PRIORITY["gazetteer"]))
    return found


def _headed_name(name: str) -> bool:
    """Whether a listed name begins with an organization's type word (مجلس النواب, المحكمة الإدارية)."""
    first = key_ar(name.split()[0])
    head = heads_ar().get(first[2:] if first.startswith("ال") else first)
    return head is not None and head.label == "ORG"


_TITLE_WORDS = 6
_BREAKS = frozenset(".،,:;!؟?()\n")


# Nouns of what happened at a place, which name an event by it ("اعتصام باردو", اعتداء برلين): the
# place is marked (the guidelines), unlike a place in the title of a programme or a product.
_INCIDENTS = frozenset(key_ar(w) for w in (
    "اعتصام", "اعتداء", "هجوم", "تفجير", "تفجيرات", "مجزرة", "ملحمة", "معركة", "غزوة", "أحداث", "عملية", "انفجار"))


def _in_quoted_title(words: Sequence[EntityWord], i: int, after: int) -> bool:
    """Whether words ``i`` to ``after`` stand inside quotation marks with other words, a short title
    of no function word: the quoted name of a product, a programme or an event, whose nested names
    are not marked (rule 4 of the guidelines; "أسرار القدس", "خدمة التجول الافتراضي غوغل"), unless
    it names an incident by its place ("اعتصام باردو"). Quoted speech has function words and is no
    title; a place with a preposition on it is read as in speech or a slogan ("يلزمنا ناقفو لتونس"),
    which the caller checks."""
    j = i - 1
    while j >= 0 and i - j <= _TITLE_WORDS and words[j].text not in QUOTES_AR:
        if words[j].text in _BREAKS:
            return False
        j -= 1
    if j < 0 or words[j].text not in QUOTES_AR:
        return False
    k = after
    while k < len(words) and k - after <= _TITLE_WORDS and words[k].text != QUOTES_AR[words[j].text]:
        if words[k].text in _BREAKS:
            return False
        k += 1
    if k >= len(words) or words[k].text != QUOTES_AR[words[j].text]:
        return False
    inner = words[j + 1 : k]
    if any(r.stem in _INCIDENTS for r in inner[0].readings):
        return False  # "اعتصام باردو": an event named by its place, which is marked (as اعتداء برلين)
    return len(inner) > after - i and len(inner) <= _TITLE_WORDS and not any(is_function_word_ar(w.text) for w in inner)


_ACRONYM = re.compile(r"[A-Z]{2,6}")
_ROMAN = re.compile(r"[IVXLCDM]+")


def _acronyms(words: Sequence[EntityWord]) -> list[Candidate]:
    """A Latin capital acronym alone in brackets in Arabic text names an organization: التأمين الصحي (DAK)."""
    found = []
    for i in range(1, len(words) - 1):
        w = words[i]
        if (w.kind == "latin" and _ACRONYM.fullmatch(w.text) and not _ROMAN.fullmatch(w.text)
                and words[i - 1].text == "(" and words[i + 1].text == ")" and i >= 2 and words[i - 2].kind == "arabic"):
            found.append(Candidate(w.start, w.end, i, i, "ORG", "pattern", "acronym", w.text, priority=1))
    return found


def _blocks(words: Sequence[EntityWord]) -> list[Candidate]:
    phrases = not_entity_phrases_ar()
    found = []
    for i, w in enumerate(words):
        for reading in w.readings:
            for phrase in phrases:
                if phrase[0] != reading.stem or i + len(phrase) > len(words):
                    continue
                if all(words[i + k].space_before and words[i + k].norm == phrase[k] for k in range(1, len(phrase))):
                    found.append(Candidate(reading.start, words[i + len(phrase) - 1].end, i, i + len(phrase) - 1, "NONE",
                                           "gazetteer", "not_entity", " ".join(phrase), priority=_PRIORITY["NONE"]))
    return found


_LAW = key_ar("قانون")
_FINANCE = key_ar("المالية")
_SUPPLEMENTARY = frozenset(key_ar(w) for w in ("التكميلي", "التعديلي"))
_YEAR_HEADS = frozenset(key_ar(w) for w in ("سنة", "عام"))


def _law_years(words: Sequence[EntityWord]) -> list[Candidate]:
    """A finance law's year is part of the law's name, not a date: قانون المالية لسنة 2017 (a law is
    outside the four labels); a look-alike over the law's name and year."""
    found = []
    for i, w in enumerate(words):
        reading = next((r for r in w.readings if r.stem == _LAW), None)
        if reading is None or i + 3 >= len(words) or words[i + 1].norm != _FINANCE:
            continue
        k = i + 2
        if words[k].norm in _SUPPLEMENTARY:
            k += 1
        if k + 1 < len(words) and any(r.proclitic == "ل" and r.stem in _YEAR_HEADS for r in words[k].readings) \
                and words[k + 1].kind == "number" and len(words[k + 1].text) == 4:
            found.append(Candidate(reading.start, words[k + 1].end, i, k + 1, "NONE", "gazetteer", "not_entity",
                                   "قانون المالية", priority=_PRIORITY["NONE"]))
    return found


# Type words of institutions named after a person (إعدادية محمد علي العروي, جامعة محمد الخامس).
_PERSON_NAMED = frozenset(key_ar(w) for w in ("إعدادية", "مدرسة", "معهد", "ثانوية", "جامعة", "كلية", "مستشفى"))


def _named_after_persons(words: Sequence[EntityWord], kept: list[Candidate]) -> list[Candidate]:
    """A person's name right after the type word of a school, university or hospital is the institution's
    name: one ORG (PLACE for a hospital) from the type word to the end of the name."""
    out = []
    for c in kept:
        i = c.first - 1
        if c.label == "PERSON" and i >= 0 and words[c.first].space_before and c.start == words[c.first].start:
            head = next((r for r in words[i].readings if r.stem in _PERSON_NAMED), None)
            if head is not None:
                label = "PLACE" if head.stem == key_ar("مستشفى") else "ORG"
                text = plain_ar(" ".join(w.text for w in words[i : c.last + 1])[head.start - words[i].start:])
                out.append(Candidate(head.start, c.end, i, c.last, label, "pattern", "named_after", text, words[i].text,
                                     c.country, priority=2))
                continue
        out.append(c)
    return out


def _named_after_dates(words: Sequence[EntityWord], dates: Sequence[Candidate]) -> list[Candidate]:
    """A date right after the head of a street, square or stadium is the facility's name: one PLACE
    (ساحة 14 جانفي, ملعب 15 أكتوبر; the date nested in it is not marked); a date of a day and a month."""
    out = []
    for c in dates:
        i = c.first - 1
        if c.label != "DATE" or i < 0 or words[c.first].kind != "number" or not words[c.first].space_before:
            continue
        head = next((r for r in words[i].readings if r.stem in _NAMED_AFTER_PERSONS), None)
        if head is not None:
            text = plain_ar(" ".join(w.text for w in words[i : c.last + 1])[head.start - words[i].start:])
            out.append(Candidate(head.start, c.end, i, c.last, "PLACE", "pattern", "named_after", text, words[i].text,
                                 priority=2))
    return out


def _lists(words: Sequence[EntityWord], kept: Sequence[Candidate]) -> list[Candidate]:
    """Places joined by و to a place (طرابلس وطبرق): the rare word beside a known place."""
    taken = {k for c in kept for k in range(c.first, c.last + 1)}
    found = []
    for c in kept:
        if c.label != "PLACE":
            continue
        k = c.last + 1
        if k < len(words) and k not in taken and words[k].space_before:
            conj = words[k].reading("و")
            if conj is not None and _list_member(words, k, conj.stem):
                found.append(Candidate(conj.start, words[k].end, k, k, "PLACE", "pattern", "list",
                                       plain_ar(words[k].text[conj.start - words[k].start:]), priority=1))
        k = c.first - 1
        if k >= 0 and k not in taken and c.first < len(words) and words[c.first].reading("و") is not None \
                and words[c.first].norm.startswith("و") and c.start > words[c.first].start:
            conj = words[k].reading("و") if words[k].norm.startswith("و") and any(
                p.label == "PLACE" and p.last == k - 1 for p in kept) else None
            if conj is not None and _list_member(words, k, conj.stem):  # صفاقس وطينة والعامرة: a middle member
                found.append(Candidate(conj.start, words[k].end, k, k, "PLACE", "pattern", "list",
                                       plain_ar(words[k].text[conj.start - words[k].start:]), priority=1))
            elif _list_member(words, k, words[k].norm):  # قبلي ودوز; not X ولاية المهدية (و of the word)
                found.append(Candidate(words[k].start, words[k].end, k, k, "PLACE", "pattern", "list",
                                       plain_ar(words[k].text), priority=1))
    return found


def _list_member(words: Sequence[EntityWord], k: int, stem: str) -> bool:
    """Whether token ``k`` (read as ``stem``) is a rare proper-name word standing alone in a list."""
    w = words[k]
    if w.kind != "arabic" or given_name_ar(stem) is not None or demonym_of(w) or stem in heads_ar():
        return False
    nxt = words[k + 1] if k + 1 < len(words) else None
    alone = nxt is None or nxt.kind in ("punct", "symbol") or nxt.norm.startswith("و") or nxt.norm in _LOCATIVES
    return alone and name_strength_ar(w) == "strong"


def _short_forms(words: Sequence[EntityWord], c: Candidate) -> list[tuple[str, ...]]:
    """The forms a name found by a pattern recurs in (see the module docstring)."""
    tokens = [w for w in words[c.first : c.last + 1]]
    norms = tuple(w.norm or w.text for w in tokens)
    if c.start > tokens[0].start:  # the first token was read without a proclitic
        stem = next(r.stem for r in tokens[0].readings if r.start == c.start)
        norms = (stem, *norms[1:])
    forms = [norms]
    if c.label == "PERSON" and len(tokens) >= 2 and c.rule != "recurrence":
        last = tokens[-1]
        if len(tokens) >= 3 and tokens[-2].norm in (key_ar("لو"), key_ar("دي"), key_ar("دو"), key_ar("فان"), key_ar("فون")):
            forms += [(tokens[-2].norm, last.norm), (tokens[-2].norm + last.norm,)]
        elif tokens[-2].norm == key_ar("عبد") and len(tokens) >= 3:
            forms.append((tokens[-2].norm, last.norm))  # فوزي عبد الرحمان → عبد الرحمان
        elif tokens[-2].norm in (key_ar("بن"), key_ar("ابن")) and len(tokens) >= 3:
            forms.append((tokens[-2].norm, last.norm))  # سمير بن عمر → بن عمر (a family name in بن)
        elif given_name_ar(last.norm) is None and (len(last.norm) >= 4 or name_strength_ar(last) == "strong"):
            family = last.norm
            forms.append((family,))
            forms.append((family[2:],) if family.startswith("ال") else ("ال" + family,))
    elif c.label == "ORG" and c.rule == "head" and c.cue and len(tokens) >= 2 \
            and not getattr(heads_ar().get(key_ar(c.cue)), "designation", False):  # not لجنة الشؤون الاجتماعية → الشؤون
        rest = norms[1:]
        proper = any(name_strength_ar(t) in ("strong", "given") and (not t.norm.startswith("ال") or t.zipf < 3.0)
                     or gazetteer_at_ar(words, t.index, t.norm) is not None for t in tokens[1:])
        if (proper or len(rest) >= 3) and (len(rest) >= 2 or name_strength_ar(tokens[1]) == "strong"):
            forms.append(rest)  # not اتحاد رفع الأثقال → رفع الأثقال, the sport: two ordinary words need their head
    elif c.label == "PLACE" and c.rule == "head" and key_ar(c.cue) in _UNIT_HEADS and len(tokens) >= 2:
        forms.append(norms[1:])  # معتمدية الهوارية → الهوارية (not ملعب الطيب المهيري → a person's name)
    elif c.label == "ORG" and c.rule == "definite_nisba" and key_ar(c.cue).endswith(key_ar("نادي")) and len(tokens) == 2:
        forms.append((norms[1],))
    return forms


def _recurrences(words: Sequence[EntityWord], kept: Sequence[Candidate]) -> list[Candidate]:
    forms: dict[tuple[str, ...], Candidate] = {}
    for c in kept:
        if (c.kind == "pattern" or c.rule == "person") and c.label in ("PERSON", "ORG", "PLACE") and c.rule not in ("list", "ben_family") \
                and not (c.label == "ORG" and c.rule == "head_list"):  # a portfolio after وزارات is no name alone
            for form in _short_forms(words, c):
                forms.setdefault(form, c)
    if not forms:
        return []
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for form in forms:
        by_first.setdefault(form[0], []).append(form)
    found = []
    for i, w in enumerate(words):
        for reading in w.readings:
            for form in sorted(by_first.get(reading.stem, ()), key=len, reverse=True):
                n = len(form)
                if i + n > len(words):
                    continue
                if all(words[i + k].norm == form[k] and (words[i + k].space_before or not words[i + k].norm)
                       for k in range(1, n)):
                    if n == 1 and is_function_word_ar(w.text[reading.start - w.start:]):
                        continue  # كان the verb, not the town "كان" named once in quotes
                    source = forms[form]
                    before = words[i - 1] if i > 0 else None
                    if (source.label == "PERSON" and n == 1 and not reading.proclitic and before is not None
                            and w.space_before and (name_strength_ar(before) in ("strong", "given")
                                                    or (given_name_ar(before.norm) is not None
                                                        and not is_function_word_ar(before.text)))
                            and (before.zipf < 4.0 or given_name_ar(before.norm) is not None)
                            and not is_time_word_ar(before.norm)
                            and not (i > 1 and words[i - 2].norm in (key_ar("بن"), key_ar("ابن")))
                            and not any(r.stem in by_first for r in before.readings)
                            and not starts_phrase_ar(before) and title_at(words, i - 1) is None):
                        # another person of the family: ميلينيا ترامب beside دونالد ترامب; or the name
                        # in fuller form: داريو فيليانويفا after وقال فيليانويفا, أمين محفوظ after محمد أمين محفوظ;
                        # not a common word (مسيرة ماكرون), a month (رمضان), a nasab's name (بن عمر لحمر)
                        text = f"{before.text} {w.text}"
                        found.append(Candidate(before.start, w.end, i - 1, i, "PERSON", "pattern", "recurrence",
                                               plain_ar(text), priority=0))
                        break
                    if _in_quoted_title(words, i, i + n) and (source.label == "ORG"
                                                              or source.label == "PLACE" and not reading.proclitic):
                        break  # شركة غوغل, then "خدمة الخرائط غوغل": the company inside a product's title
                    found.append(Candidate(reading.start, words[i + n - 1].end, i, i + n - 1, source.label, "pattern",
                                           "recurrence", source.canonical, "", source.country, priority=0))
                    break
    return found


def _yield_to_longer(again: Sequence[Candidate], kept: Sequence[Candidate]) -> list[Candidate]:
    """Drop the pattern candidates that a longer recurrence of the same label covers entirely.

    A name read in full once is read in full where it recurs: شركة جيت بلو found before a comma
    wins over شركة جيت found where the name runs on (شركة جيت بلو بيانا). A one-word person found
    by a rule (وقال لودريان في) yields to the recurrence of the same word, which ties it to the
    full name of the text (جان-ايف لو دريان).
    """
    dropped: set[int] = set()
    for r in again:
        hit = [n for n, c in enumerate(kept) if c.first <= r.last and c.last >= r.first]
        if hit and all(kept[n].kind == "pattern" and kept[n].label == r.label and kept[n].rule != "recurrence"
                       and r.first <= kept[n].first and kept[n].last <= r.last
                       and (kept[n].last - kept[n].first < r.last - r.first
                            or (r.label == "PERSON" and kept[n].first == kept[n].last == r.first == r.last
                                and len(r.canonical) > len(kept[n].canonical))) for n in hit):
            dropped.update(hit)
    return [c for n, c in enumerate(kept) if n not in dropped]


def _to_span(text: str, c: Candidate) -> EntitySpan:
    return EntitySpan(c.start, c.end, text[c.start : c.end], c.label, c.kind, c.rule, c.canonical, c.cue, c.country)


def find_entities_ar(text: str, *, morphology: pd.DataFrame | bool | None = None,
                     labels: Sequence[str] | None = None, recurrence: bool = True) -> list[EntitySpan]:
    """Find the persons, places, organizations and dates of a text (rules in the module docstring).

    Args:
        text: an Arabic text, exactly as loaded.
        morphology: its morphology table (:func:`helpers.morphology.analyze_morphology_ar`),
            ``None`` to compute one with the embedded analyser if it can run, ``False`` for none.
        labels: keep only these of :data:`ENTITY_LABELS` (default: all).
        recurrence: find the names found by a pattern again where they recur, short forms
            included (rule ``recurrence``).

    Returns:
        :class:`EntitySpan` records sorted by offset; they do not overlap.

    Raises:
        TextInputError: if the text is empty, not a string or has no Arabic letter.
        ValueError: for an unknown label.

    >>> t = "قال الرئيس السوري بشار الأسد اليوم الأحد في دمشق إن الأسد لن يتنحى، بحسب وكالة «سانا»."
    >>> [(e.text, e.label, e.rule, e.canonical) for e in find_entities_ar(t, morphology=False)]
    [('بشار الأسد', 'PERSON', 'title', 'بشار الأسد'), ('الأحد', 'DATE', 'weekday', 'Sunday'), ('دمشق', 'PLACE', 'capital', 'دمشق'), ('الأسد', 'PERSON', 'recurrence', 'بشار الأسد'), ('سانا', 'ORG', 'agency', 'وكالة الأنباء السورية')]
    >>> [(e.text, e.label) for e in find_entities_ar("اجتمع البرلمان في تونس يوم 22 جانفي 1952.", morphology=False)]
    [('تونس', 'PLACE'), ('يوم 22 جانفي 1952', 'DATE')]
    """
    check_text_ar(text)
    chosen = tuple(LABELS if labels is None else labels)
    unknown = [label for label in chosen if label not in LABELS]
    if unknown:
        raise ValueError(f"unknown label(s) {', '.join(map(repr, unknown))}; choose from {', '.join(LABELS)}")
    return list(_entities(text, morphology_signals_ar(text, morphology), chosen, recurrence))


# The entities layer and the actors of the devices layer ask for the same text's entities: the
# last few texts' entities are kept, keyed by all the layer reads (entities are frozen).
@lru_cache(maxsize=8)
def _entities(text: str, signals: tuple, chosen: tuple[str, ...], recurrence: bool) -> tuple[EntitySpan, ...]:
    words = list(entity_words_from_signals_ar(text, signals))
    dates = find_dates_ar(words)
    first = [*_blocks(words), *_law_years(words), *dates, *find_headed_names_ar(words), *_gazetteer_candidates(words),
             *_acronyms(words), *_named_after_dates(words, dates)]
    kept = _resolve(first)
    spans = {c.first: c for c in kept if c.label in ("ORG", "PLACE")}
    kept = _named_after_persons(words, _resolve([*first, *find_persons_ar(words, spans)]))
    kept = _resolve(_lists(words, kept), {k for c in kept for k in range(c.first, c.last + 1)}) + kept
    kept = _resolve(_draw_clubs(words, kept), {k for c in kept for k in range(c.first, c.last + 1)}) + kept
    kept = _resolve(find_dash_list_persons_ar(words, kept), {k for c in kept for k in range(c.first, c.last + 1)}) + kept
    kept = _town_opponents(words, kept)
    if recurrence:
        again = _recurrences(words, kept)
        kept = _yield_to_longer(again, kept)
        kept = _resolve(again, {k for c in kept for k in range(c.first, c.last + 1)}) + kept
    if "PERSON" in chosen:
        listed = _resolve(find_listed_persons_ar(words), {k for c in kept for k in range(c.first, c.last + 1)})
        kept = listed + kept
        if recurrence and listed:
            kept = _resolve(_recurrences(words, listed), {k for c in kept for k in range(c.first, c.last + 1)}) + kept
    return tuple(_to_span(text, c) for c in sorted(kept, key=lambda c: (c.start, c.end))
                 if c.label not in BLOCK_LABELS and c.label in chosen)


def entities_to_frame(entities: Sequence[EntitySpan]) -> pd.DataFrame:
    """Entities as a table: ``start``, ``end``, ``text``, ``label``, ``kind``, ``rule``, ``canonical``,
    ``cue``, ``country``, sorted by ``start``.

    >>> entities_to_frame(find_entities_ar("زار الوفد بغداد.", morphology=False))[["text", "label", "country"]].values.tolist()
    [['بغداد', 'PLACE', 'IRQ']]
    """
    frame = spans_to_frame(entities)
    if frame.empty:
        return pd.DataFrame(columns=["start", "end", "text", "label", "kind", "rule", "canonical", "cue", "country"])
    return frame
