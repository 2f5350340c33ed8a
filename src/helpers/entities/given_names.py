"""Persons whose name opens with a given name, a kunya, or a cue such as يدعى.

Read on every proclitic reading of a word (وفوزي → فوزي):

* ``given_name``: a given name of ``given_names_ar`` and at least one more name unit (``فوزي عبد
  الرحمان``, ``سليمان أحمد جمال``); a given name that is also a common word (جمال, أمل) needs a
  strong word after it; a rare given name (Zipf below 4) is a person alone too (``هيلاري``), with
  a rare word before it (``فيفي عبدو``), but not as the first word of a longer quoted title
  (``"رامز تحت الأرض"``);
* ``kunya``: أبو + a name (``أبو براء العراقي``: after a kunya the nisba is part of the name);
* ``named``: after يدعى / المدعو / الملقب, quoted or not;
* ``bracketed``: a given name alone in brackets (``شقيقه (حكيم)``).

A given name alone is a person also before an age in brackets (``ورفيقته سارة (16 عاما)``, rule
``given_name``): only persons are given their age so.

* ``ben_family``: بن + a listed given name, where no name stands before بن, is a family name that
  names a person alone (``رفض بن عثمان الالتحاق``, ``ووجه بن منصور لومه``), as North African news
  calls people; not a listed place (``بن عروس``), not after a name word or a compound given name
  (``منصور بن عثمان`` is the given-name rule's, ``سيف الله بن حسين``), not before another given
  name (``بن أمين عمر``); such a name is not looked for again as a recurrence, which would cut it
  out of a longer name (``جوهر بن حسن``).

>>> from helpers.entities.words import entity_words_ar
>>> t = "التقى فوزي عبد الرحمان، وشقيقه (حكيم)."
>>> words = entity_words_ar(t)
>>> [(t[c.start:c.end], c.rule) for i in range(len(words)) for c in _given_persons(words, i)]
[('فوزي عبد الرحمان', 'given_name'), ('حكيم', 'bracketed')]
"""

from __future__ import annotations

from collections.abc import Sequence

from helpers.entities.base import Candidate
from helpers.entities.clues import gazetteer_at_ar, name_strength_ar, plausible_reading_ar, title_at
from helpers.entities.gazetteers import given_name_ar, key_ar
from helpers.entities.name_runs import (
    LINK_FIRSTS_AR,
    NASAB_AR,
    _bel_family,
    _family_word,
    name_run_ar,
    _person,
    _run_from_reading,
    _starts_phrase,
    trailing_country_ar,
)
from helpers.entities.words import EntityWord, is_function_word_ar

__all__: list[str] = []

_NAME_CUES = frozenset(key_ar(w) for w in ("يدعى", "تدعى", "المدعو", "المدعوة", "الملقب", "الملقبة", "المكنى", "المكنى"))
_QUOTES = frozenset('"«»“”')
# A listed given name rarer than this (Zipf) is a person even alone (هيلاري, but not محمد).
_LONE_GIVEN_MAX_ZIPF = 4.0


def _given_persons(words: Sequence[EntityWord], i: int) -> list[Candidate]:
    """The persons whose name opens at word ``i``, read with each of its proclitics: after يدعى or
    المدعو (``named``), a kunya (``kunya``), a given name in brackets (``bracketed``) or a given
    name and more name units (``given_name``; at most one)."""
    w = words[i]
    found: list[Candidate] = []
    for reading in w.readings:
        stem = reading.stem
        if stem in _NAME_CUES and i + 1 < len(words):
            j = i + 1
            quoted = words[j].text in _QUOTES
            if quoted:
                j += 1
            if j < len(words) and words[j].kind == "arabic":
                end = name_run_ar(words, j, titled=True, kunya=words[j].norm == key_ar("أبو"))
                if end is not None:
                    found.append(_person(words, words[j].start, j, end, "named"))
            continue
        if stem == key_ar("أبو") and reading.proclitic in ("", "و", "ف", "ل", "ب", "ول", "وب"):
            end = name_run_ar(words, i, titled=True, kunya=True)
            if end is not None and end > i + 1:
                found.append(_person(words, reading.start, i, end, "kunya"))
            continue
        if not plausible_reading_ar(w, reading):
            continue  # كمية is no ك + مية: the whole word is the commoner reading
        given = given_name_ar(stem)
        nxt_norm = words[i + 1].norm if i + 1 < len(words) and words[i + 1].space_before else ""
        starts_compound = (stem == key_ar("عبد") and nxt_norm.startswith("ال")) or \
            (nxt_norm in LINK_FIRSTS_AR and stem in LINK_FIRSTS_AR[nxt_norm])
        if given is None and not starts_compound:
            continue
        before, after_w = (words[i - 1] if i else None), (words[i + 1] if i + 1 < len(words) else None)
        if (given is not None and before is not None and after_w is not None and before.text == "("
                and after_w.text == ")" and not reading.proclitic):
            found.append(_person(words, reading.start, i, i + 1, "bracketed"))
            continue
        end = _run_from_reading(words, i, reading)
        first = i
        if end is None and not starts_compound and _age_follows(words, i + 1):
            end = i + 1  # ورفيقته سارة (16 عاما): a given name alone before an age in brackets
        if end is None and given is False and reading.zipf < _LONE_GIVEN_MAX_ZIPF and not starts_compound:
            if before is not None and before.text in _QUOTES and after_w is not None and after_w.kind == "arabic" \
                    and after_w.space_before:
                continue  # "رامز تحت الأرض": the first word of a quoted title
            end = i + 1  # a rare given name alone (هيلاري) names a person
            if (before is not None and not reading.proclitic and w.space_before and before.kind == "arabic"
                    and name_strength_ar(before) == "strong" and not before.norm.startswith("ال")
                    and not _starts_phrase(before) and title_at(words, i - 1) is None):
                first = i - 1  # فيفي عبدو: a rare word before it is part of the name
        if end is None:
            continue
        if given is True and end == i + 1:
            continue
        nasab = i + 1 < len(words) and words[i + 1].norm in NASAB_AR
        if given is True and not starts_compound and not nasab \
                and name_strength_ar(words[i + 1]) not in ("strong", "given") \
                and not (words[i + 1].norm.endswith("ي") and _family_word(words[i + 1], after_given=False)) \
                and not _bel_family(words[i + 1]):
            continue  # صادق البرلمان is a verb and its subject; صادق المنصوري a name (a nisba-shaped family name)
        found.append(_person(words, reading.start if first == i else words[first].start, first, end, "given_name",
                             country=trailing_country_ar(words, end)))
        break
    return found


_AGE_WORDS = frozenset(key_ar(w) for w in ("عاما", "عام", "سنة", "سنوات", "عاماً", "سنه"))


def _age_follows(words: Sequence[EntityWord], k: int) -> bool:
    """Whether an age in brackets starts at word ``k``: ``(16 عاما)``, ``(33 سنة)``."""
    return k + 3 < len(words) and words[k].text == "(" and words[k + 1].kind == "number" \
        and words[k + 2].norm in _AGE_WORDS and words[k + 3].text == ")"


_OPENING = frozenset('("«“')
# The second words of compound given names (سيف الله, نور الدين): بن after them continues the name.
_COMPOUND_ENDS = frozenset(LINK_FIRSTS_AR)


def _ben_family_person(words: Sequence[EntityWord], i: int) -> Candidate | None:
    """The person named by بن + a given name at word ``i`` with no name before it (rule ``ben_family``).

    >>> from helpers.entities.words import entity_words_ar
    >>> t = "وقال بن عثمان إن الفريق جاهز."
    >>> c = _ben_family_person(entity_words_ar(t), 1)
    >>> (t[c.start:c.end], c.rule)
    ('بن عثمان', 'ben_family')
    """
    if words[i].text != "بن" or i + 1 >= len(words) or not (words[i + 1].space_before and words[i + 1].kind == "arabic"):
        return None
    nxt = words[i + 1]
    if given_name_ar(nxt.norm) is None or nxt.readings[1:2] and nxt.readings[0].stem != nxt.norm \
            or is_function_word_ar(nxt.text) or gazetteer_at_ar(words, i, words[i].norm) is not None:
        return None
    if i > 0:
        before = words[i - 1]
        if not words[i].space_before and before.kind == "punct" and before.text not in _OPENING:
            return None  # خالد;بن سليمان: one name the source broke with a stray sign
        if words[i].space_before and before.kind == "arabic" and (before.norm in _COMPOUND_ENDS or (
                not is_function_word_ar(before.text) and before.pos != "VERB"
                and (name_strength_ar(before) != "no" or given_name_ar(before.norm) is not None))):
            return None  # منصور بن عثمان, سيف الله بن حسين: after a name word بن continues that name
    end = i + 2
    if nxt.norm == key_ar("عبد") and end < len(words) and words[end].space_before and words[end].norm.startswith("ال"):
        end += 1  # بن عبد الله
    elif end < len(words) and words[end].space_before and words[end].kind == "arabic" \
            and given_name_ar(words[end].norm) is not None:
        return None  # بن أمين عمر: a given name after the name, which of them is the family's is unclear
    return _person(words, words[i].start, i, end, "ben_family")
