"""Organizations, places and events named after a type word (``heads_ar.tsv``), by rule.

A type word (head) before a name tells what the name is, so the name itself needs no list.
:func:`find_headed_names_ar` reads each head and what follows it; how far a name reaches is
:mod:`~helpers.entities.head_phrases`' part, and the rules for particular kinds of names live
in their own modules:

* **head + quoted name**: the name in quotation marks or round brackets, head outside (``مجلة
  "شبيغل"`` → شبيغل, ``تنظيم "الدولة الإسلامية"`` → الدولة الإسلامية, ``موقع (فوكس)`` → فوكس);
  rule ``quoted``;
* **head + a known name**: a place or organization of the gazetteers (``تنظيم داعش``, ``دولة
  الكويت``, ``جماعة بوكو حرام``); rule ``head``; the site of a listed body names the body
  (``موقع`` | ``وكالة الأنباء القطرية``);
* **head + phrase** (heads with ``follows=phrase``): a noun phrase of ordinary words is the name
  (``وزارة الثقافة``, ``وزارة الأوقاف والشؤون الإسلامية``, ``هيئة مكافحة الجريمة``, ``جمعية حماية
  واحات جمنة``, ``الاتحاد العام التونسي للشغل`` with its ل-phrase); for a ministry a portfolio is
  tried first (:mod:`~helpers.entities.ministries`);
* **head + a listed town or country** names a body after its town (``اتحاد بن قردان``, ``جامعة
  تونس``); after حزب a definite word that is no demonym, no listed name and no stop word belongs
  to the party's name too (``حزب تونس الإرادة``); rule ``head``;
* **head + name** (``follows=name``): only proper-name words (``منطقة جمنة``, ``فريق بورت لويس``,
  ``مطار ماهربورغ``, ``معتمدية فريانة``); after a newspaper's type word also a title of ordinary
  definite words (``صحيفة الشرق الأوسط``; :mod:`~helpers.entities.clubs_media`); after the head of
  a facility that is named after people (a stadium, a street, a mosque: :data:`_NAMED_AFTER_PERSONS`)
  a person's name opened by a given name or بن, read as after a title (``ملعب الشاذلي زويتن``,
  ``مركب بن جنات``); not after مقاطعة a listed state (``مقاطعة قطر`` is the boycott);
* **described head + quoted name**: a type word with its adjective, or in the dual, before a
  quotation (``الموقع الالكتروني "X"``, ``الإذاعة الخاصة "X"``, ``جمعيتا "X" و"Y"``): each quoted
  name, head and adjectives outside; an indefinite type word in -a followed by an indefinite
  adjective in -iyya is described, not named (``قناة تلفزيونية``, ``كتلة نيابية``);
* **definite facility + الأولمبي or البلدي + seat** (``الملعب الأولمبي برادس``): one facility of a
  series named by their seats; and **a state's broadcaster**, the definite تلفزيون, تلفزة or إذاعة
  with the state's demonym (``التلفزة الفلسطينية``);
* **head + designation** (``follows=designation``, لجنة) and **definite head + nisba**
  (``الحزب الجمهوري``, ``الاتحاد العام التونسي للشغل``; rule ``definite_nisba``):
  :mod:`~helpers.entities.bodies`;
* **plural head + list** (``مدينتي قبلي ودوز``): each name its own PLACE, the head outside; rule
  ``head_list``; ministries after وزارات and a ministry named by its portfolio and its state
  (``الخارجية القطرية``): :mod:`~helpers.entities.ministries`;
* clubs named by their town (``الملعب الصفاقسي``, ``كمبالا سيتي``; rule ``club``) and media quoted
  as a source (``بحسب "الشروق"``; rule ``quoted_source``), with no head:
  :mod:`~helpers.entities.clubs_media`.

Whether the head is inside the span comes from the file (``ولاية صفاقس`` inside, ``بمنطقة جمنة``
outside), except that a quoted name never takes its head. A demonym right after a proper name
is left out and kept as the span's ``country`` (``جماعة بوكو حرام النيجيرية``); after a phrase of
ordinary words it belongs to the name (``وزارة الخارجية الأمريكية``). Compass adjectives after a
place (``قبلي الجنوبية``) belong to it, and so do ``الدولي``, ``الأولمبي`` and ``البلدي`` after a facility (``مطار تونس قرطاج
الدولي``, ``ملعب سوسة الأولمبي``). The seat (ب + a listed place) belongs to a body that is one of a series named by their
seats: a court (``المحكمة الابتدائية بسوسة``), a body named with a word such as الجهوي or الرياضية
(``الاتحاد الجهوي للفلاحة بسوسة``, ``الجمعية الرياضية بجربة``, ``مندوبية السياحة بطبرقة``) and a
sports club (``نادي كرة القدم بالحمامات``); otherwise the town is its own mention (``اتحاد الشغل`` | ``بالنفيضة``). EVENT heads (مهرجان, كأس, أيام قرطاج) produce candidates that are never output but keep
a place inside them from being marked.

>>> from helpers.entities.words import entity_words_ar
>>> t = 'أعلنت وزارة الثقافة أن تنظيم بوكو حرام النيجيري ومجلة "شبيغل" في منطقة جمنة.'
>>> [(t[c.start:c.end], c.label, c.rule, c.country) for c in find_headed_names_ar(entity_words_ar(t))]
[('وزارة الثقافة', 'ORG', 'head', ''), ('تنظيم بوكو حرام', 'ORG', 'head', 'NGA'), ('شبيغل', 'ORG', 'quoted', ''), ('جمنة', 'PLACE', 'head', '')]
"""

from __future__ import annotations

from collections.abc import Sequence

from helpers.entities.base import Candidate
from helpers.entities.bodies import _definite_nisba, _designation_end, _designation_opens
from helpers.entities.clubs_media import _PRINT_MEDIA, _paper_title, _quoted_sources, _town_clubs
from helpers.entities.clues import demonym_of, gazetteer_at_ar, name_strength_ar
from helpers.entities.gazetteers import given_name_ar, heads_ar, key_ar
from helpers.entities.head_phrases import (
    CONJUNCTION_NAME_MAX_ZIPF,
    QUOTES_AR,
    _candidate,
    _name_words,
    _noun_adjective,
    _phrase,
    _quoted,
    _seat_end,
    _stops,
    _strip,
    _trailing_demonyms,
)
from helpers.entities.ministries import _ministries_by_portfolio, _ministry_lists, portfolio_end_ar
from helpers.entities.name_runs import NASAB_AR, name_run_ar
from helpers.entities.words import EntityWord, is_function_word_ar, plain_ar

__all__ = ["find_headed_names_ar", "QUOTES_AR", "CONJUNCTION_NAME_MAX_ZIPF", "portfolio_end_ar"]

_COURT = key_ar("محكمة")
# After a facility's name, "international", "olympic" and "municipal" are part of its official name
# (مطار تونس قرطاج الدولي, ملعب سوسة الأولمبي, الملعب البلدي بالمتلوي).
_INTERNATIONAL = frozenset(key_ar(w) for w in ("الدولي", "الدولية", "الأولمبي", "الاولمبي", "البلدي", "البلدية"))
# Facilities that are named after a person: after their head a person's name, read as after a
# title, is the facility's name (ملعب الشاذلي زويتن, مطار محمد الخامس, شارع الحبيب بورقيبة).
_NAMED_AFTER_PERSONS = frozenset(key_ar(w) for w in (
    "ملعب", "مركب", "قاعة", "شارع", "نهج", "ساحة", "مطار", "جامع", "مسجد", "مستشفى"))
_SITE = key_ar("موقع")
_OFFICE = key_ar("مكتب")
_PARTY = key_ar("حزب")
_PROVINCE = key_ar("مقاطعة")
# A state's broadcaster is named by the definite type word and the state's demonym (التلفزة الفلسطينية,
# التلفزيون الجزائري, الإذاعة التونسية), a common-noun phrase the nisba makes specific (rule 6).
_BROADCASTERS = frozenset(key_ar(w) for w in ("تلفزيون", "تلفزة", "إذاعة"))


def find_headed_names_ar(words: Sequence[EntityWord]) -> list[Candidate]:
    """ORG, PLACE and EVENT candidates named after a type word (rules in the module docstring)."""
    heads = heads_ar()
    found: list[Candidate] = [*_quoted_sources(words), *_town_clubs(words), *_ministry_lists(words),
                              *_ministries_by_portfolio(words), *_quoted_after_described_heads(words)]
    for i, w in enumerate(words):
        if w.kind != "arabic":
            continue
        for reading in w.readings:
            stem = reading.stem
            definite = stem.startswith("ال") and stem[2:] in heads
            head = heads.get(stem[2:] if definite else stem)
            if head is None:
                continue
            cue = w.text[reading.start - w.start:]
            listed = gazetteer_at_ar(words, i, stem)
            if listed is not None and listed[0] > i + 1:
                break  # a listed name begins with the type word (مجلس نواب الشعب): the gazetteer has it
            if definite:
                if head.definite_name and head.label == "ORG":
                    c = _definite_nisba(words, i, reading, head)
                    if c is not None:
                        found.append(c)
                elif stem[2:] in _NAMED_AFTER_PERSONS:
                    c = _facility_by_seat(words, i, reading, head)
                    if c is not None:
                        found.append(c)
                elif stem[2:] in _BROADCASTERS and i + 1 < len(words) and words[i + 1].space_before \
                        and demonym_of(words[i + 1]) and not demonym_of(words[i + 1]).startswith("region:"):
                    found.append(_candidate(words, reading.start, i, i + 2, head, "head", cue,
                                            country=demonym_of(words[i + 1])))  # التلفزة الفلسطينية
                break
            if head.lam:
                break  # إدارة الأزمة: only the definite head with a ل-phrase names a body
            j = i + 1
            quoted = _quoted(words, j, brackets=True) if j < len(words) and words[j].space_before else None
            if quoted is not None:
                first, last = quoted
                label = head.label if head.label != "EVENT" else "EVENT"
                if label == "EVENT":
                    found.append(_candidate(words, reading.start, i, last + 2, head, "quoted", cue))
                else:
                    found.append(Candidate(words[first].start, words[last].end, first, last, label, "pattern", "quoted",
                                           plain_ar(" ".join(x.text for x in words[first:last + 1])), cue, priority=2))
                break
            if j >= len(words) or not words[j].space_before or words[j].kind != "arabic":
                break
            if head.label == "ORG" and not head.plural and _agreeing_nisba(stem, words, j):
                break  # قناة تلفزيونية, كتلة نيابية: a type word described by its adjective, no name
            start = reading.start if head.inside else words[j].start
            first = i if head.inside else j
            if head.plural:
                k = j
                while k < len(words):
                    end = _name_words(words, k, place=True) if k == j else None
                    if end is None:
                        conj = words[k].reading("و")
                        if conj is None or not words[k].space_before:
                            break
                        alone = [*words[:k], _strip(words[k], conj), *words[k + 1:]]
                        end = _name_words(alone, k, place=True)
                        if end == k:
                            break
                        found.append(Candidate(conj.start, words[end - 1].end, k, end - 1, head.label, "pattern",
                                               "head_list", plain_ar(words[k].text[conj.start - words[k].start:]),
                                               cue, priority=2))
                        k = end
                        continue
                    if end == k:
                        break
                    found.append(_candidate(words, words[k].start, k, end, head, "head_list", cue))
                    k = end
                break
            known = gazetteer_at_ar(words, j, words[j].norm)
            if stem == _PROVINCE and known is not None and known[1].type == "country":
                break  # مقاطعة قطر: a state after مقاطعة is boycotted; a province has a name of its own
            if head.place and (known is None or known[1].label != "PLACE"):
                break  # شمال ليبيا, not وسط دخان كثيف
            if head.town:
                if known is not None and known[1].label == "PLACE" and known[1].type in ("city", "capital", "town") \
                        and known[1].source in ("places_ar", "place_names_ant"):  # أمل كندار: the corpus's towns too
                    found.append(_candidate(words, start, first, known[0], head, "head", cue, country=known[1].country))
                break  # مستقبل قابس is a club, مستقبل تونس the country's future
            if known is not None and head.label == "ORG" and known[1].label == "PLACE" and head.phrase \
                    and stem != key_ar("وزارة"):
                after = known[0]
                if stem == _PARTY and after < len(words) and words[after].norm.startswith("ال") \
                        and len(words[after].norm) >= 5 and not _stops(words[after]) and not demonym_of(words[after]) \
                        and gazetteer_at_ar(words, after, words[after].norm) is None:
                    after += 1  # حزب تونس الإرادة: a party named by its country and a definite noun
                found.append(_candidate(words, start, first, after, head, "head", cue, country=known[1].country))
                break  # اتحاد بن قردان, جامعة تونس: a body named after its town
            if known is not None and head.label == "ORG" and known[1].label == "ORG" and stem == _SITE:
                found.append(_candidate(words, words[j].start, j, known[0], head, "head", cue, country=known[1].country,
                                        canonical=known[1].canonical))
                break  # موقع وكالة الأنباء القطرية: the site of a listed body names the body
            if known is not None and head.label != "PLACE" and (known[1].label == head.label or head.label == "EVENT"):
                after, entry = known
                _, country = _trailing_demonyms(words, after, inside=False)
                canonical = entry.canonical
                if head.designation and after < len(words) and words[after].space_before \
                        and any(r.proclitic == "ل" and r.stem.startswith("ال") for r in words[after].readings[1:]):
                    after += 1  # لجنة الأمم المتحدة للتغير المناخي: the committee's remit is part of its name
                    while after < len(words) and words[after].space_before and _noun_adjective(words[after]):
                        after += 1
                    canonical = None
                found.append(_candidate(words, start, first, after, head, "head", cue, country=country or entry.country,
                                        canonical=canonical))
                break
            proper = False
            if head.designation:
                if stem == _OFFICE and any(r.stem in heads or r.stem[2:] in heads for r in words[j].readings):
                    break  # مكتب الرابطة الوطنية …: the board of a body named after it, which is the ORG
                end = _designation_end(words, j)
                if not _designation_opens(words, j, end):
                    break  # لجنة التحكيم; لجنة التحقيق البرلمانية, whose adjective agrees with لجنة: a description
            elif head.label == "ORG" and stem == key_ar("وزارة"):
                end = portfolio_end_ar(words, j)
                if end == j:
                    end = _phrase(words, j)
            elif head.phrase and head.label != "PLACE":
                end = _phrase(words, j, coordinate=head.label == "ORG")
                last = words[end - 1] if end > j else None
                proper = last is not None and not last.norm.startswith("ال") and name_strength_ar(last) == "strong" \
                    and gazetteer_at_ar(words, end - 1, last.norm) is None  # جامعة لافال | الكندية
            else:
                end = _name_words(words, j, place=head.label == "PLACE")
                if stem in _NAMED_AFTER_PERSONS and (given_name_ar(words[j].norm) is not None or words[j].norm in NASAB_AR):
                    end = max(end, name_run_ar(words, j, titled=True) or j)  # ملعب الشاذلي زويتن, مركب بن جنات
                if end == j and head.phrase:  # a facility named by ordinary words: كنيسة الذكرى
                    end = _phrase(words, j)
                elif end == j and head.head in _PRINT_MEDIA:
                    end = _paper_title(words, j)  # صحيفة الشارع المغاربي | , جريدة الصباح
                    proper = True  # a title is a complete name: صحيفة الشروق | الجزائرية (rule 6)
                else:
                    # a name of common nouns makes a nisba after it part of it (مركز السينما العربية)
                    proper = not (end > j and words[end - 1].norm.startswith("ال") and name_strength_ar(words[end - 1]) == "weak")
            if end == j:
                break
            after, country = _trailing_demonyms(words, end, inside=not proper and head.label == "ORG")
            if head.label == "PLACE" and not country:
                entry = gazetteer_at_ar(words, j, words[j].norm)
                country = entry[1].country if entry is not None else ""
            if head.label == "ORG":
                after = _seat_end(words, first, after, court=stem == _COURT)
            elif head.inside and after < len(words) and words[after].space_before and words[after].norm in _INTERNATIONAL:
                after += 1  # مطار تونس قرطاج الدولي
            found.append(_candidate(words, start, first, after, head, "head", cue, country=country))
            break
    return found


def _facility_by_seat(words: Sequence[EntityWord], i: int, reading, head) -> Candidate | None:
    """A facility one of a series named by their seats: the definite head, الأولمبي or البلدي and ب + a
    listed place (الملعب الأولمبي برادس, الملعب البلدي بالمتلوي: every town has one, the seat makes it one
    facility, as rule 8 has it for bodies); rule ``head``."""
    k = i + 1
    if k + 1 >= len(words) or not words[k].space_before or words[k].norm not in _INTERNATIONAL \
            or not words[k + 1].space_before:
        return None
    seat = words[k + 1].reading("ب")
    got = gazetteer_at_ar(words, k + 1, seat.stem) if seat is not None else None
    if got is None or got[1].label != "PLACE":
        return None
    return _candidate(words, reading.start, i, got[0], head, "head", words[i].text[reading.start - words[i].start:],
                      country=got[1].country)


_MAX_HEAD_ADJECTIVES = 2


def _dual_heads() -> dict[str, str]:
    """The construct duals of the singular ORG heads (جمعيتا, جمعيتي; حزبا, حزبي) -> the head."""
    duals: dict[str, str] = {}
    for stem, head in heads_ar().items():
        if head.label != "ORG" or head.plural:
            continue
        base = stem[:-1] + "ت" if stem.endswith(("ة", "ه")) else stem
        for ending in ("ا", "ي"):
            duals.setdefault(key_ar(base + ending), stem)
    return duals


def _head_adjective(w: EntityWord, *, definite: bool) -> bool:
    """Whether a word after a type word is its adjective (الإذاعة الخاصة, الموقع الالكتروني, جمعية
    خيرية): definite like the head, no name, function word or word that ends a phrase."""
    if w.kind != "arabic" or not w.space_before or w.norm.startswith("ال") != definite or _stops(w):
        return False
    return bool(demonym_of(w)) or w.pos == "ADJ" or (not w.pos and w.norm.endswith(("ي", "يه", "ه")))


def _quoted_after_described_heads(words: Sequence[EntityWord]) -> list[Candidate]:
    """Quoted names after a type word that an adjective describes or that stands in the dual: the
    type word says what the quoted name is (rule ``quoted``; head and adjectives outside, rule 2):
    ``الموقع الالكتروني "وطن يغرد خارج السرب"``, ``الإذاعة الخاصة "الديوان أف أم"``, ``جمعية خيرية
    "الأمل"``, and each name after a dual, ``جمعيتا "فرحة للفنون" و"أهل الفن"``. The quotation mark
    may be written onto the word before it. A quotation that opens with a function word is speech."""
    heads = heads_ar()
    duals = _dual_heads()
    found: list[Candidate] = []
    for i, w in enumerate(words):
        if w.kind != "arabic":
            continue
        stem, dual = w.norm, False
        definite = stem.startswith("ال") and stem[2:] in heads
        head = heads.get(stem[2:] if definite else stem)
        if head is None and stem in duals:
            head, dual = heads[duals[stem]], True
        if head is None or head.label != "ORG" or head.plural:
            continue
        k = i + 1
        while not dual and k < len(words) and k - i <= _MAX_HEAD_ADJECTIVES and _head_adjective(words[k], definite=definite):
            k += 1
        if k == i + 1 and not dual:
            continue  # a bare head before a quotation: the rule of find_headed_names_ar
        while k < len(words):
            quoted = _quoted(words, k)
            if quoted is None or is_function_word_ar(words[quoted[0]].text):
                break
            first, last = quoted
            found.append(Candidate(words[first].start, words[last].end, first, last, head.label, "pattern", "quoted",
                                   plain_ar(" ".join(x.text for x in words[first : last + 1])), w.text, priority=2))
            k = last + 2
            if not dual or k + 1 >= len(words) or words[k].text != "و":
                break
            k += 1  # جمعيتا "X" و"Y": the second name of the dual
    return found


def _agreeing_nisba(head: str, words: Sequence[EntityWord], j: int) -> bool:
    """Whether the word after an indefinite type word in -a is an indefinite relative adjective in
    -iyya agreeing with it (قناة تلفزيونية, كتلة نيابية), which describes the head: what follows is no
    name. Not a given name or a listed name. (After a masculine head a word in -i is as often a
    foreign name: نادي تشلسي.)"""
    w = words[j]
    if w.norm.startswith("ال") or w.suffix or len(w.norm) < 5 or given_name_ar(w.norm) is not None \
            or gazetteer_at_ar(words, j, w.norm) is not None:
        return False
    if w.norm.endswith("ايه") or (w.norm.startswith("ت") and len(w.norm) == 5):
        return False  # verbal nouns, not adjectives: جمعية حماية …, جمعية تنمية …
    return head.endswith(("ة", "ه")) and w.norm.endswith("يه")
