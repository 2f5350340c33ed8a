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
* ``given_name``, ``kunya``, ``named``, ``bracketed``: a given name and more (``فوزي عبد
  الرحمان``), أبو + a name, after يدعى / المدعو, a given name in brackets:
  :mod:`~helpers.entities.given_names`.

Where no rule found a name, :mod:`helpers.entities.listed` reads the persons' names of a list
derived from the ANT news corpus.

>>> from helpers.entities.words import entity_words_ar
>>> t = "قال الرئيس السوري بشار الأسد إن شقيقه (حكيم) التقى فوزي عبد الرحمان."
>>> [(t[c.start:c.end], c.rule, c.cue, c.country) for c in find_persons_ar(entity_words_ar(t))]
[('بشار الأسد', 'title', 'الرئيس السوري', 'SYR'), ('بشار الأسد', 'given_name', '', ''), ('حكيم', 'bracketed', '', ''), ('فوزي عبد الرحمان', 'given_name', '', '')]

Several triggers may propose the same name; :func:`helpers.entities.find_entities_ar` keeps one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from helpers.entities.base import Candidate
from helpers.entities.given_names import _given_persons
from helpers.entities.kin_names import _kin_persons
from helpers.entities.name_runs import LINK_FIRSTS_AR, NASAB_AR, name_run_ar, trailing_country_ar
from helpers.entities.speakers import _speaker_person
from helpers.entities.titled_names import _title_person
from helpers.entities.words import EntityWord

__all__ = ["find_persons_ar", "name_run_ar", "NASAB_AR", "LINK_FIRSTS_AR", "trailing_country_ar"]


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
    return found
