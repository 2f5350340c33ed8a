"""Persons: names after a title, after a given name, kunyas and names in brackets, by rule.

Arabic has no capital letters, so a name is found by what stands around it: a trigger points at
a name, and :func:`name_run_ar` (:mod:`~helpers.entities.name_runs`, where a name's units and
their limits are described) says where it ends. :func:`find_persons_ar` reads each word for every
trigger; the rule goes in the span's ``rule``:

* ``title``: after a title (``الرئيس السوري بشار الأسد``): :mod:`~helpers.entities.titled_names`;
* ``speaker``: after a verb of saying (``وأضاف بوعلي المباركي``), and ``apposition``: after another
  verb, a name set off before its title (``أدى سايمون كوليز، السفير``): :mod:`~helpers.entities.speakers`;
* ``kin`` and ``demonym``: after a kinship or family noun, a noun that describes a person or a
  demonym (``وزوجته مينتا``, ``الطفل ياسين``, ``البرازيلي دياغو أكوستا``):
  :mod:`~helpers.entities.kin_names`;
* ``given_name``, ``kunya``, ``named``, ``bracketed``, ``ben_family``: a given name and more (``فوزي عبد
  الرحمان``), أبو + a name, after يدعى / المدعو, a given name in brackets, بن + a given name alone:
  :mod:`~helpers.entities.given_names`.

Where no rule found a name, :mod:`helpers.entities.listed` reads the persons' names of a list
derived from the ANT news corpus. In a list separated by dashes (a team's line-up) where most
items are persons already found, :func:`find_dash_list_persons_ar` reads the other items of two to
four name words as persons too (rule ``list``).

>>> from helpers.entities.words import entity_words_ar
>>> t = "قال الرئيس السوري بشار الأسد إن شقيقه (حكيم) التقى فوزي عبد الرحمان."
>>> [(t[c.start:c.end], c.rule, c.cue, c.country) for c in find_persons_ar(entity_words_ar(t))]
[('بشار الأسد', 'title', 'الرئيس السوري', 'SYR'), ('بشار الأسد', 'given_name', '', ''), ('حكيم', 'bracketed', '', ''), ('فوزي عبد الرحمان', 'given_name', '', '')]

Several triggers may propose the same name; :func:`helpers.entities.find_entities_ar` keeps one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from helpers.entities.base import Candidate
from helpers.entities.clubs_media import _dash_lists
from helpers.entities.clues import demonym_of, gazetteer_at_ar, is_time_word_ar, is_title_word_ar, name_strength_ar
from helpers.entities.gazetteers import given_name_ar, heads_ar
from helpers.entities.given_names import _ben_family_person, _given_persons
from helpers.entities.kin_names import _kin_persons
from helpers.entities.name_runs import LINK_FIRSTS_AR, NASAB_AR, name_run_ar, trailing_country_ar
from helpers.entities.speakers import _speaker_person
from helpers.entities.titled_names import _title_person
from helpers.entities.words import EntityWord, is_function_word_ar, plain_ar

__all__ = ["find_persons_ar", "find_dash_list_persons_ar", "name_run_ar", "NASAB_AR", "LINK_FIRSTS_AR",
           "trailing_country_ar"]


def find_persons_ar(words: Sequence[EntityWord], spans: Mapping[int, Candidate] | None = None) -> list[Candidate]:
    """PERSON candidates among ``words`` (rules in the module docstring).

    Args:
        words: the tokens (:func:`helpers.entities.words.entity_words_ar`).
        spans: organization and place candidates by their first token, so that a title may
            skip one (``رئيس جمعية حماية البيئة X``).
    """
    spans = spans or {}
    found: list[Candidate] = []
    for i, w in enumerate(words):
        if w.kind != "arabic":
            continue
        titled = _title_person(words, i, spans)
        if titled is not None:
            found.append(titled)
        if i + 1 < len(words) and words[i + 1].space_before and words[i + 1].kind == "arabic":
            speaker = _speaker_person(words, i)
            if speaker is not None:
                found.append(speaker)
            found.extend(_kin_persons(words, i))
        found.extend(_given_persons(words, i))
        ben = _ben_family_person(words, i)
        if ben is not None:
            found.append(ben)
    return found


_MIN_LIST_ITEMS = 3
_MAX_LIST_NAME_WORDS = 4


def find_dash_list_persons_ar(words: Sequence[EntityWord], kept: Sequence[Candidate]) -> list[Candidate]:
    """The other persons of a list of persons separated by dashes (a line-up: ``سيف الدين الشرفي -
    أمين عباس - فادي العرفاوي - محمد أمين بن إسماعيل``; rule ``list``).

    The list has three items or more, at least two of them and at least half are persons already
    found (``kept``), each item whole. An item no candidate touches is a person when it has two to
    four words, each a name word (:func:`~helpers.entities.clues.name_strength_ar`) or a listed
    given name, none a function, time or title word, a type word, a demonym or the first word of a
    listed place or organization, and the first a given name or a strong name word (or a weak one
    before a strong one, as in a name run).

    >>> from helpers.entities.words import entity_words_ar
    >>> t = "التشكيلة: فوزي الطاهري - أمين عباس - عادل بن علي ."
    >>> words = entity_words_ar(t, morphology=False)
    >>> kept = [c for c in find_persons_ar(words) if c.rule == "given_name"]
    >>> [t[c.start:c.end] for c in find_dash_list_persons_ar(words, kept)]
    ['أمين عباس']
    """
    taken = {k for c in kept for k in range(c.first, c.last + 1)}
    persons = {(c.first, c.last) for c in kept if c.label == "PERSON"}
    found: list[Candidate] = []
    for items in _dash_lists(words, 0, len(words) - 1):
        named = sum(item in persons for item in items)
        if len(items) < _MIN_LIST_ITEMS or named < 2 or 2 * named < len(items):
            continue
        for first, last in items:
            if (first, last) in persons or any(k in taken for k in range(first, last + 1)) \
                    or not 2 <= last - first + 1 <= _MAX_LIST_NAME_WORDS or not _list_name(words, first, last):
                continue
            found.append(Candidate(words[first].start, words[last].end, first, last, "PERSON", "pattern", "list",
                                   plain_ar(" ".join(w.text for w in words[first : last + 1])), priority=1))
    return found


def _list_name(words: Sequence[EntityWord], first: int, last: int) -> bool:
    """Whether the words ``first`` to ``last`` can be a person's name on their own (see above)."""
    for k in range(first, last + 1):
        w = words[k]
        if w.kind not in ("arabic", "latin") or (k > first and not w.space_before):
            return False
        if w.kind == "latin":
            continue
        if is_function_word_ar(w.text) or is_time_word_ar(w.norm) or is_title_word_ar(w.norm) or w.norm in heads_ar() \
                or demonym_of(w) or gazetteer_at_ar(words, k, w.norm) is not None:
            return False
        if name_strength_ar(w) == "no" and given_name_ar(w.norm) is None and w.norm not in NASAB_AR:
            return False
    opening, second = words[first], words[first + 1]
    return opening.kind == "latin" or given_name_ar(opening.norm) is not None or name_strength_ar(opening) == "strong" \
        or (name_strength_ar(opening) == "weak" and name_strength_ar(second) == "strong")  # نادر القلعي
