"""Persons named by who they are to someone: kin, family, a noun that describes them, a demonym.

* ``kin``: after a kinship noun with its pronoun, a name of one word or more (``وزوجته مينتا``;
  a very rare word even if the analyser reads it as a verb); after عائلة or أسرة without a
  pronoun, a rare name word or a given name and what follows it (``وقالت عائلة تيان``; not
  ``عائلة فقيرة``, ``عائلة تونسية``, ``عائلة الفقيد``; a definite word only if it is a rare
  nisba-shaped family name); after a definite noun that describes a person (``الطفل``, ``الشاب``,
  ``الشهيد``, ``التلميذة``...) a listed given name alone or with more name words (``الطفل ياسين``,
  not ``ياسين البالغ``);
* ``demonym``: after a definite demonym standing alone, a name of two units or more (``البرازيلي
  دياغو أكوستا``), the demonym going to the span's ``country``.

>>> from helpers.entities.words import entity_words_ar
>>> t = "البرازيلي دياغو أكوستا سجل هدفا، وزوجته مينتا في الملعب مع الطفل ياسين."
>>> words = entity_words_ar(t)
>>> [(t[c.start:c.end], c.rule, c.country) for i in range(len(words)) for c in _kin_persons(words, i)]
[('دياغو أكوستا', 'demonym', 'BRA'), ('مينتا', 'kin', ''), ('ياسين', 'kin', '')]
"""

from __future__ import annotations

from collections.abc import Sequence

from helpers.entities.base import Candidate
from helpers.entities.clues import RARE_ZIPF, demonym_of, gazetteer_at_ar, name_strength_ar
from helpers.entities.gazetteers import given_name_ar, key_ar
from helpers.entities.name_runs import _family_word, _joined, name_run_ar, _person, _starts_phrase
from helpers.entities.words import EntityWord, is_function_word_ar

__all__: list[str] = []

# Kinship nouns with an attached pronoun: a name after them is a person (وزوجته مينتا).
_KIN = frozenset(key_ar(w) for w in (
    "زوجته", "زوجها", "زوجتي", "ابنه", "ابنها", "ابنته", "ابنتها", "نجله", "نجلها", "شقيقه", "شقيقها", "شقيقته",
    "شقيقتها", "أخوه", "أخوها", "أخته", "أختها", "والده", "والدها", "والدته", "والدتها", "صديقه", "صديقها", "زميله",
    "زميلها", "زميلي",
))
# Family nouns without a pronoun: a rare name after them is the family's (وقالت عائلة تيان).
_FAMILY_NOUNS = frozenset(key_ar(w) for w in ("عائلة", "أسرة", "عائلات", "أسر"))
# Definite nouns that describe a person news names by a given name alone (الطفل ياسين, الشاب صبري).
_DESCRIBED = frozenset(key_ar(w) for w in (
    "الطفل", "الطفلة", "الشاب", "الشابة", "الفتى", "الفتاة", "الشهيد", "الشهيدة", "الفقيد", "الفقيدة", "الضحية",
    "التلميذ", "التلميذة", "الطالب", "الطالبة", "الرضيع", "الرضيعة", "السجين", "السجينة", "الكهل", "العجوز",
))
# After a kinship noun a single word rarer than this is a name whatever the analyser reads it as.
_KIN_LONE_MAX_ZIPF = 2.5


def _family_end(words: Sequence[EntityWord], j: int) -> int | None:
    """Index after a family's name at ``j`` after عائلة or أسرة, or None.

    A rare or unknown word, or a given name, that is no place, no demonym and has no proclitic
    (عائلة تيان, عائلة محمد الطرابلسي); a definite word only when it is a rare nisba-shaped
    family name (عائلة الطرابلسي), not a description (عائلة الفقيد, عائلة تونسية).
    """
    w = words[j]
    if w.kind != "arabic" or w.suffix or _starts_phrase(w) or gazetteer_at_ar(words, j, w.norm) is not None:
        return None
    if w.norm.startswith("ال"):
        return j + 1 if _family_word(w, after_given=False) and w.norm.endswith("ي") and w.zipf < RARE_ZIPF else None
    if name_strength_ar(w) not in ("strong", "given"):
        return None
    end = name_run_ar(words, j, titled=True)
    return end if end is not None else (j + 1 if name_strength_ar(w) == "strong" else None)


def _kin_persons(words: Sequence[EntityWord], i: int) -> list[Candidate]:
    """The persons named after a family noun, a kinship noun, a noun that describes a person or a
    demonym at word ``i`` (rules ``kin`` and ``demonym``); the word after ``i`` is an Arabic word
    joined to it (the caller checks)."""
    w = words[i]
    found: list[Candidate] = []
    kin = w.stem in _KIN
    demonym = demonym_of(w) and w.norm.startswith("ال") and not w.readings[1:2] and (
        i == 0 or words[i - 1].kind != "arabic" or words[i - 1].pos == "VERB" or is_function_word_ar(words[i - 1].text))
    if any(r.stem in _FAMILY_NOUNS and r.proclitic in ("", "و", "ف", "ل", "ب") for r in w.readings):
        end = _family_end(words, i + 1)
        if end is not None:
            found.append(_person(words, words[i + 1].start, i + 1, end, "kin", cue=w.text))
    if w.norm in _DESCRIBED and not w.suffix and given_name_ar(words[i + 1].norm) is not None \
            and not is_function_word_ar(words[i + 1].text) and not _starts_phrase(words[i + 1]):
        end = i + 2  # الطفل ياسين: a given name alone, or with more name words (not ياسين البالغ)
        while end < len(words) and end - i < 5 and _joined(words, end) and not _starts_phrase(words[end]) \
                and name_strength_ar(words[end]) in ("strong", "given"):
            end += 1
        found.append(_person(words, words[i + 1].start, i + 1, end, "kin", cue=w.text))
    if kin or demonym:
        end = name_run_ar(words, i + 1, titled=kin)
        nxt = words[i + 1]
        if end is None and kin and nxt.zipf < _KIN_LONE_MAX_ZIPF and not nxt.norm.startswith("ال") \
                and not is_function_word_ar(nxt.text) and not nxt.suffix and len(nxt.norm) >= 3 \
                and (i + 2 >= len(words) or words[i + 2].kind != "arabic" or words[i + 2].norm.startswith("و")):
            end = i + 2  # وزوجته مينتا: a very rare word after a kinship noun, even one read as a verb
        if end is not None and (kin or end > i + 2 or name_strength_ar(words[i + 1]) == "given"):
            found.append(_person(words, words[i + 1].start, i + 1, end, "kin" if kin else "demonym",
                                 cue=w.text, country=demonym_of(w) if demonym else ""))
    return found
