"""What a single token says about names: the tests the person, organization and place rules share.

:func:`name_strength_ar` grades a token as part of a proper name:

* ``"given"``: a listed given name that is not also a common word (محمد, فوزي), or عبد written
  together with a divine name (عبدالله, عبدربه);
* ``"strong"``: a Latin word, a word the morphology does not know at all, a rare word (Zipf below
  :data:`RARE_ZIPF` in general Arabic: ``الطاهري``, ``دريان``), or one it reads as a proper noun
  (``PROPN``) that is not common (the embedded analyser also calls النادي a proper noun);
* ``"weak"``: an ordinary word that may still stand in a name (``جمال``, ``قائد`` of قائد السبسي,
  ``بورت`` of بورت لويس): a given name that is also a common word, or a word not too common
  (Zipf below :data:`COMMON_ZIPF`) and not read as a verb. The rules accept a weak word only
  where a stronger one follows;
* ``"no"``: punctuation, numbers, words with an attached pronoun (وزرائه), function words, time
  words (months, weekdays, اليوم, أمس),
  titles (also with و/ف: ومواطنه), type words (وزارة, منطقة), demonyms (السوري), words the morphology reads as verbs, and
  very common words.

Frequency and the morphology are hints, not proof: a family name can be common (الأسد), a foreign
name can look like a verb (بورت). The rules combine them with the context (a title, a given
name, a type word before the name) so that no single hint decides.

>>> from helpers.entities.words import entity_words_ar
>>> [name_strength_ar(w) for w in entity_words_ar("قال فوزي الطاهري أمس في تونس جمال")]
['no', 'given', 'strong', 'no', 'no', 'no', 'weak']
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from helpers.entities.gazetteers import (
    GazetteerEntry,
    calendar_ar,
    demonym_ar,
    gazetteer_phrases_ar,
    given_name_ar,
    heads_ar,
    key_ar,
    person_names_ar,
    title_phrases_ar,
)
from helpers.entities.words import EntityWord, Reading, is_function_word_ar

__all__ = [
    "RARE_ZIPF",
    "COMMON_ZIPF",
    "TIME_WORDS_AR",
    "name_strength_ar",
    "is_time_word_ar",
    "is_title_word_ar",
    "demonym_of",
    "title_at",
    "gazetteer_at_ar",
    "starts_phrase_ar",
    "plausible_reading_ar",
    "verb_read_name_ar",
]

#: A word rarer than this (wordfreq Zipf) is a strong name word.
RARE_ZIPF = 3.0
#: A word more common than this is no name word, unless listed or read as a proper noun.
COMMON_ZIPF = 5.0
#: Deictic and part-of-day words that never start or continue a name.
TIME_WORDS_AR = frozenset(key_ar(w) for w in (
    "اليوم", "أمس", "غدا", "غداً", "الآن", "صباح", "مساء", "صباحا", "مساءا", "عشية", "ليلة", "فجر", "ظهر", "يوم", "شهر",
    "سنة", "عام", "العام", "الساعة", "الليلة", "البارحة", "حاليا", "مؤخرا", "أيضا", "فقط",
))


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    return frozenset(words[0] for words in title_phrases_ar())


@lru_cache(maxsize=1)
def _titles_by_first() -> dict[str, tuple[tuple[tuple[str, ...], tuple[str, str, str]], ...]]:
    """First title word -> the (words, title) pairs starting with it, in the titles' order."""
    by_first: dict[str, list[tuple[tuple[str, ...], tuple[str, str, str]]]] = {}
    for phrase, title in title_phrases_ar().items():
        by_first.setdefault(phrase[0], []).append((phrase, title))
    return {first: tuple(pairs) for first, pairs in by_first.items()}


def is_time_word_ar(norm: str) -> bool:
    """Whether a normalized word is a month, weekday or deictic time word."""
    return norm in TIME_WORDS_AR or (norm,) in calendar_ar()


def is_title_word_ar(norm: str) -> bool:
    """Whether a normalized word starts a title of ``titles_ar`` (الرئيس, وزير, الشيخ)."""
    return norm in _title_words()


def demonym_of(w: EntityWord) -> str:
    """The country (or region) a demonym token points to (``السوري`` → ``SYR``), or ``""``."""
    return demonym_ar(w.norm) if w.kind == "arabic" else ""


def name_strength_ar(w: EntityWord) -> str:
    """Grade a token as part of a name: ``"given"``, ``"strong"``, ``"weak"`` or ``"no"`` (module docstring)."""
    if w.kind == "latin":
        return "strong"
    if w.kind != "arabic" or len(w.norm) < 2 or (w.suffix and given_name_ar(w.norm) is None):
        return "no"
    if is_function_word_ar(w.text) or is_time_word_ar(w.norm) or is_title_word_ar(w.norm) or is_title_word_ar(w.stem) \
            or w.norm in heads_ar():
        return "no"
    if demonym_of(w):
        return "no"
    given = given_name_ar(w.norm)
    if given is False or _joined_compound(w.norm):
        return "given"
    if w.pos == "VERB" and w.known and given is None:
        return "no"  # ارتأى after قاضي التحقيق: the morphology reads a verb
    zipf = w.zipf
    if w.known is False or zipf < RARE_ZIPF or (w.pos == "PROPN" and zipf < COMMON_ZIPF):
        return "strong"
    if given is True or (zipf < COMMON_ZIPF and w.pos != "VERB"):
        return "weak"
    return "no"


def gazetteer_at_ar(words: Sequence[EntityWord], i: int, stem: str) -> tuple[int, GazetteerEntry] | None:
    """The longest gazetteer name at word ``i`` whose first word reads ``stem``: (index after, entry)."""
    for phrase, entry in gazetteer_phrases_ar().get(stem, ()):
        n = len(phrase)
        if i + n <= len(words) and all(words[i + k].space_before and words[i + k].norm == phrase[k] for k in range(1, n)):
            return i + n, entry
    return None


def starts_phrase_ar(w: EntityWord) -> bool:
    """Whether و/ف or a preposition is written on a word (والجزائري, لأيام, لمباراتين): a new phrase.

    Read from the morphology table when it knows the word as an ordinary word (not a proper
    noun), else from frequency: a reading without the proclitic is a clearly commoner word.
    """
    if given_name_ar(w.norm) is not None:
        return False
    if w.known and w.pos not in ("PROPN", "X", ""):
        return w.clitic  # the analyser knows the word: trust its segmentation (كشك is no ك + شك)
    return any(r.proclitic and r.zipf >= max(w.zipf + 0.5, 4.0) for r in w.readings[1:] if len(r.stem) >= 3)


def plausible_reading_ar(w: EntityWord, reading: Reading) -> bool:
    """Whether reading ``w`` as ``reading`` (a proclitic + a name) is plausible.

    Not when a reading that strips less (كمية rather than ك + مية, وكمية rather than وك + مية) is
    a commoner word than the name.
    """
    if not reading.proclitic:
        return True
    shorter = [r.zipf for r in w.readings if len(r.proclitic) < len(reading.proclitic)]
    best = max(shorter, default=0.0)
    return not (best >= 3.0 and best > reading.zipf + 0.5)


def _joined_compound(norm: str) -> bool:
    """عبدالله, عبدربه: عبد written together with the divine name."""
    return norm.startswith("عبد") and len(norm) >= 6 and norm[3:5] in ("ال", "رب")


def title_at(words: Sequence[EntityWord], i: int) -> tuple[int, str, str, str] | None:
    """The longest title starting at word ``i`` (a proclitic allowed): (index after, title as listed, kind, takes)."""
    best = None
    titles = _titles_by_first()
    for reading in words[i].readings:
        for phrase, (title, kind, takes) in titles.get(reading.stem, ()):
            if i + len(phrase) > len(words):
                continue
            if all(words[i + k].space_before and words[i + k].norm == phrase[k] for k in range(1, len(phrase))):
                if best is None or len(phrase) > best[0] - i:
                    best = (i + len(phrase), title, kind, takes)
    return best


#: A word read as و/ف + a verb is a name only if the whole word is rarer than this (Zipf): فيرون
#: (3.2), not ويرى (4.0) or فيقول (4.5).
VERB_NAME_MAX_ZIPF = 3.8
# Prepositions after which a word stands as a noun: a verb with ف or و on it does not follow them.
_NOUN_AFTER = frozenset(key_ar(w) for w in ("من", "بين", "مع", "عن", "إلى", "الى", "على", "ضد", "لدى", "قرب", "أمام"))
_SENTENCE_END = frozenset(".،,:؛;!؟?)")


@lru_cache(maxsize=1)
def _listed_last_words() -> frozenset[str]:
    return frozenset(words[-1] for rows in person_names_ar().values() for words, _ in rows if len(words) >= 2)


def verb_read_name_ar(words: Sequence[EntityWord], k: int) -> bool:
    """Whether a word the analyser reads as و/ف + a verb may still be a family name after a name.

    فيرون is ف + يرون 'so they see' to the analyser, and the family name of خوان سيباستيان فيرون.
    The whole word must be rarer than :data:`VERB_NAME_MAX_ZIPF` and carry no suffix, and one of
    these must show it is a name: it ends the sentence or clause (a verb with ف would begin one),
    the same word stands elsewhere in the text right after a preposition (بالقرب من فيرون), or it
    is the last word of a name of the corpus list. The caller asks this only right after name
    words.
    """
    w = words[k]
    if not (w.kind == "arabic" and not w.suffix and len(w.norm) >= 4 and w.pos == "VERB"
            and any(r.proclitic in ("و", "ف") for r in w.readings[1:]) and w.zipf < VERB_NAME_MAX_ZIPF
            and not is_function_word_ar(w.text) and given_name_ar(w.norm) is None):
        return False
    if k + 1 >= len(words) or words[k + 1].text in _SENTENCE_END or w.norm in _listed_last_words():
        return True
    return any(x.norm == w.norm and n > 0 and words[n - 1].norm in _NOUN_AFTER for n, x in enumerate(words) if n != k)
