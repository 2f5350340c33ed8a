"""Persons named right after a verb of saying, with no title: ``وأضاف بوعلي المباركي`` (rule ``speaker``).

The subject of قال, أكد, أضاف ... is often a person the article names without a title. After a
verb of saying:

* a name of two units or more whose first is a proper-name word, not a given name (``وأضاف
  بوعلي المباركي``; a given name is the ``given_name`` rule's); a rare first word counts even
  where a proclitic can be read on it (بوعلي);
* or one rare name word (unknown to the analyser or a proper noun) right before a preposition,
  إن/أن or punctuation (``وأعلن ترودو في تغريدة``, not ``وقال مصدر في``, nor ل + a definite
  word, ``وأكد للشاهد في``);
* or a name of two or three name-like words placed before its title, with or without a comma
  (``أكدت حدة حزام رئيسة تحرير``: the title is the evidence, so weak words count; not a
  description opened by a common noun, ``وأكد عامل بسيط رئيس النقابة``, nor one with an adjective).

>>> from helpers.entities.words import entity_words_ar
>>> t = "وأضاف بوعلي المباركي أن الوضع صعب."
>>> c = _speaker_person(entity_words_ar(t), 0)
>>> (t[c.start:c.end], c.rule)
('بوعلي المباركي', 'speaker')
"""

from __future__ import annotations

from collections.abc import Sequence

from helpers.entities.base import Candidate
from helpers.entities.clues import RARE_ZIPF, gazetteer_at_ar, is_time_word_ar, name_strength_ar, title_at
from helpers.entities.gazetteers import given_name_ar, key_ar
from helpers.entities.name_runs import _family_word, _joined, name_run_ar, _person, _starts_phrase
from helpers.entities.words import EntityWord

__all__: list[str] = []

# Verbs of saying: the subject right after them is often a person named without a title (وأضاف بوعلي المباركي).
_SPEECH = frozenset(key_ar(w) for w in (
    "قال", "قالت", "أكد", "أكدت", "أضاف", "أضافت", "أوضح", "أوضحت", "صرح", "صرحت", "أفاد", "أفادت", "اعتبر", "اعتبرت",
    "أشار", "أشارت", "كشف", "كشفت", "شدد", "شددت", "بين", "بينت", "لاحظ", "لاحظت", "نفى", "نفت", "ذكر", "ذكرت",
    "أعلن", "أعلنت", "دعا", "دعت", "طالب", "طالبت", "يقول", "تقول", "جدد", "جددت", "انتقد", "انتقدت", "حذر", "حذرت",
    "أعرب", "أعربت", "وصف", "وصفت", "تابع", "تابعت", "أبرز", "أبرزت", "لفت", "لفتت", "اعترف", "اعترفت", "رأى", "رأت",
))
# After a verb of saying, a lone rare name word before these (or punctuation) is the speaker (وأعلن ترودو في).
_AFTER_LONE_SPEAKER = frozenset(key_ar(w) for w in ("في", "إن", "أن", "على", "خلال", "عن", "من", "لدى", "أمام"))
# ... or before punctuation that ends the phrase (not a quotation mark: أفاد موفد "الجوهرة أف أم").
_END_PUNCT = frozenset("،,.:؛;!؟?")
# Between a verb of saying and its subject: أيضا, كذلك (time words too: وأكد اليوم الأحد …).
_ALSO = frozenset(key_ar(w) for w in ("أيضا", "ايضا", "كذلك", "بدوره", "بدورها"))
# Before a title, the first word of a name must be rarer than this (حدة of حدة حزام, 4.4; not
# عامل or شاب, 4.8-5.0, which open descriptions).
_BEFORE_TITLE_FIRST_MAX_ZIPF = 4.5


def _speaker_end(words: Sequence[EntityWord], j: int) -> int | None:
    """Index after the speaker's name at ``j`` after a verb of saying (``speaker``), or None: two units or
    more, or one rare name word before a preposition, إن/أن or punctuation."""
    first = words[j]
    if first.kind != "arabic" or first.norm.startswith("ال") or given_name_ar(first.norm) is not None \
            or name_strength_ar(first) != "strong" or gazetteer_at_ar(words, j, first.norm) is not None \
            or any(r.proclitic and r.stem.startswith("ال") for r in first.readings[1:]):
        return None  # وأكد للشاهد: ل + a definite word is no speaker's name
    end = name_run_ar(words, j)
    if end is None and first.zipf < RARE_ZIPF and _joined(words, j + 1) and not _starts_phrase(words[j + 1]) \
            and _family_word(words[j + 1], after_given=False):
        end = j + 2  # بوعلي المباركي: a rare word the analyser reads with a proclitic, then a family name
    if end is None and (first.known is False or first.pos == "PROPN" or first.zipf < RARE_ZIPF) and not first.suffix and len(first.norm) >= 4 and j + 1 < len(words) \
            and (words[j + 1].text in _END_PUNCT or words[j + 1].norm in _AFTER_LONE_SPEAKER):
        return j + 1  # وأعلن ترودو في تغريدة: one rare name word, then a preposition or punctuation
    return end if end is not None and end >= j + 2 else None


def _before_title_end(words: Sequence[EntityWord], j: int, *, comma: bool = False) -> int | None:
    """After a verb of saying, a name of two or three words placed before its title (أكدت حدة حزام
    رئيسة تحرير صحيفة الفجر, or with a comma before the title), or None.

    The words are name-like (weak words count: the title after them is the evidence), without
    a proclitic or a pronoun, the first indefinite, none a place, a title or a type word.
    """
    if words[j].zipf >= _BEFORE_TITLE_FIRST_MAX_ZIPF and given_name_ar(words[j].norm) is None:
        return None  # وأكد عامل بسيط رئيس النقابة: a common noun opens a description, not a name
    k = j
    while k < len(words) and k - j < 3 and words[k].kind == "arabic" and (k == j or words[k].space_before):
        w = words[k]
        if w.suffix or name_strength_ar(w) == "no" or gazetteer_at_ar(words, k, w.norm) is not None or w.pos == "ADJ" \
                or (k == j and w.norm.startswith("ال")) or (k > j and _starts_phrase(w)) or title_at(words, k) is not None:
            break
        k += 1
    if k - j < 2 or k >= len(words):
        return None
    at = k + 1 if words[k].text in ("،", ",") and k + 1 < len(words) else k
    if comma and at == k:
        return None  # after a verb other than one of saying, only a name set off by a comma
    return k if title_at(words, at) is not None and words[at].kind == "arabic" else None


def _speaker_person(words: Sequence[EntityWord], i: int) -> Candidate | None:
    """The person named right after a verb of saying at word ``i`` (rule ``speaker``), or ``None``;
    a time word or أيضا/كذلك may stand between them (``وأكد اليوم الأحد نزار عياد``).

    After any other verb, a name placed before its title with a comma between them is the verb's
    subject (``أدى سايمون كوليز، السفير البريطاني``; rule ``apposition``): the title is the evidence.
    The word after ``i`` is an Arabic word joined to it (the caller checks).
    """
    w = words[i]
    if w.stem in _SPEECH and w.pos in ("VERB", ""):
        j = i + 1
        while j < i + 3 and j + 1 < len(words) and words[j + 1].space_before \
                and (is_time_word_ar(words[j].norm) or words[j].norm in _ALSO):
            j += 1  # وأكد اليوم الأحد …, وأضاف أيضا …
        end = _speaker_end(words, j)
        if end is None:
            end = _before_title_end(words, j)
        if end is not None:
            return _person(words, words[j].start, j, end, "speaker")
    elif w.pos == "VERB" and not w.suffix:
        end = _before_title_end(words, i + 1, comma=True)
        if end is not None:
            return _person(words, words[i + 1].start, i + 1, end, "apposition")
    return None
