"""Where a name after a type word ends: the phrase readers the type-word rules share.

A type word (head, ``heads_ar.tsv``) says what kind of name follows it; the functions here say
how far that name reaches, for :mod:`helpers.entities.heads` and the rules split from it
(:mod:`~helpers.entities.bodies`, :mod:`~helpers.entities.ministries`,
:mod:`~helpers.entities.clubs_media`):

* a name in quotation marks (:data:`QUOTES_AR`) or round brackets, of at most six words;
* a run of proper-name words (``منطقة جمنة``, ``فريق بورت لويس``), a listed place taken whole
  and the compass adjectives after a place (``قبلي الجنوبية``); right after a place's head a rare
  word the analyser reads as و/ف + a word is the name (:data:`CONJUNCTION_NAME_MAX_ZIPF`:
  ``معتمدية فريانة``);
* a noun phrase of ordinary words (``وزارة الثقافة``, ``هيئة مكافحة الجريمة``), with its ل-phrases
  (``للشغل``, ``لكرة القدم``) and, for an institution, nouns coordinated by و (``معهد التغذية
  والأغذية العضوية``). The phrase stops at punctuation, a function word, a time word, a verb, a
  title, a given name (a person follows: ``رئيس جمعية X الطاهر الطاهري``; a given name that is
  also a common word only before a definite family name: ``نقابة أعوان البلديات`` | ``مراد
  الخياري``), a demonym and a word with و/ف or a preposition on it; at most five words;
* after the name: its demonyms (left out after a proper name and kept as the span's
  ``country``, part of a phrase of ordinary words) and its seat, ب + a listed place, which
  belongs only to a body of a series named by their seats (``المحكمة الابتدائية بسوسة``,
  ``الجمعية الرياضية بجربة``, ``نادي كرة القدم بالحمامات``; otherwise ``اتحاد الشغل`` | ``بالنفيضة``).

Names with a leading underscore are shared within the package, not part of its interface.

>>> from helpers.entities.words import entity_words_ar
>>> words = entity_words_ar("زار وفد هيئة مكافحة الجريمة في تونس.")
>>> end = _phrase(words, 3)
>>> " ".join(w.text for w in words[3:end])
'مكافحة الجريمة'
"""

from __future__ import annotations

from collections.abc import Sequence

from helpers.entities.base import Candidate
from helpers.entities.clues import (
    demonym_of,
    gazetteer_at_ar,
    is_time_word_ar,
    is_title_word_ar,
    name_strength_ar,
    starts_phrase_ar,
)
from helpers.entities.gazetteers import given_name_ar, Head, heads_ar, key_ar
from helpers.entities.words import EntityWord, is_function_word_ar, plain_ar, Reading

__all__ = ["CONJUNCTION_NAME_MAX_ZIPF", "QUOTES_AR"]

#: Opening quotation mark -> closing mark.
QUOTES_AR = {'"': '"', "«": "»", "“": "”", "'": "'"}
_COMPASS = frozenset(key_ar(w) for w in ("الجنوبية", "الشمالية", "الشرقية", "الغربية", "الوسطى", "الكبرى", "الجنوبي",
                                         "الشمالي", "الشرقي", "الغربي", "العليا", "السفلى", "القديمة", "الجديدة"))
_MAX_PHRASE = 5
# Definite words that start a new topic after و rather than continue a name.
_COORDINATION_STOPS = frozenset(key_ar(w) for w in (
    "الحكومة", "الدولة", "السلطات", "الشرطة", "المواطنين", "المجتمع", "الأحزاب", "المنظمات", "الجمعيات", "البلاد",
))
_MAX_QUOTED = 6
# Words that make a body one of a series named by their seats, so that ب + its town belongs to the
# name (rule 8 of the news gold's guidelines): المحكمة الابتدائية بسوسة, الاتحاد الجهوي للفلاحة
# بسوسة, الجمعية الرياضية بجربة, نادي كرة القدم بالحمامات. Without one the town is its own mention:
# اتحاد الشغل | بالنفيضة.
_SERIES = frozenset(key_ar(w) for w in (
    "الابتدائية", "الابتدائي", "الجهوي", "الجهوية", "المحلي", "المحلية", "الرياضي", "الرياضية", "البلدي", "البلدية",
    "مندوبية", "المندوبية",  # a regional commissariat is one of a series by what it is: مندوبية السياحة بطبرقة
    # schools of a kind, one in each town: المدرسة الإعدادية النموذجية بسوسة, المعهد الثانوي بقفصة
    "الإعدادية", "الإعدادي", "الثانوية", "الثانوي", "النموذجية", "النموذجي",
))
_SPORTS = frozenset(key_ar(w) for w in ("القدم", "اليد", "السلة", "الطائرة"))  # كرة القدم, كرة اليد ...
_BALL = key_ar("كرة")


def _stops(w: EntityWord) -> bool:
    """Whether a word ends a name phrase of ordinary words (see the module docstring)."""
    return (w.kind != "arabic" or not w.space_before or w.suffix or is_function_word_ar(w.text) or is_time_word_ar(w.norm)
            or is_title_word_ar(w.norm) or given_name_ar(w.norm) is False or w.pos == "VERB")


def _person_follows(words: Sequence[EntityWord], k: int) -> bool:
    """Whether a given name (a common word too: مراد) and a family name stand at ``k``: a person, not
    the next word of an institution's name."""
    if given_name_ar(words[k].norm) is not True or k + 1 >= len(words) or not words[k + 1].space_before:
        return False
    family = words[k + 1]
    return family.kind == "arabic" and family.norm.startswith("ال") and len(family.norm) >= 5 \
        and name_strength_ar(family) == "strong" and not demonym_of(family)


def _new_phrase(w: EntityWord) -> bool:
    return starts_phrase_ar(w)


def _quoted(words: Sequence[EntityWord], j: int, *, brackets: bool = False) -> tuple[int, int] | None:
    """(first, last) word indexes inside quotation marks (or, with ``brackets``, round brackets)
    opening at token ``j``, or ``None``."""
    if j >= len(words) or words[j].text not in QUOTES_AR and not (brackets and words[j].text == "("):
        return None
    close = QUOTES_AR.get(words[j].text, ")")
    k = j + 1
    while k < len(words) and k - j <= _MAX_QUOTED + 1:
        if words[k].text == close and k > j + 1:
            inner = words[j + 1 : k]
            if all(w.kind in ("arabic", "latin", "number", "mixed") or w.text in ("-", ".") for w in inner):
                return j + 1, k - 1
            return None
        if words[k].text in ".!؟?\n":
            return None
        k += 1
    return None


def _name_words(words: Sequence[EntityWord], j: int, *, place: bool) -> int:
    """Index after a run of proper-name words from ``j`` (weak ones only before a strong one)."""
    k = j
    end = j
    while k < len(words) and k - j < 4:
        w = words[k]
        if k > j and (not w.space_before or _new_phrase(w)):
            break
        if k == j and _new_phrase(w) and not (place and _conjunction_misread(w)):
            break
        if k > j and w.readings and w.norm[:1] in ("و", "ف") and gazetteer_at_ar(words, k, w.norm) is None:
            break  # ودوز: the next name of a list
        if k > j and any(r.proclitic == "ب" and gazetteer_at_ar(words, k, r.stem) is not None for r in w.readings[1:]):
            break  # ملعب الطيب المهيري | بصفاقس: a place after the name is its own mention
        found = gazetteer_at_ar(words, k, w.norm)
        if found is not None and found[1].label == "PLACE":
            k = end = found[0]
            continue
        strength = name_strength_ar(w)
        if strength in ("strong", "given") and not (given_name_ar(w.norm) is False and k == j and not place):
            k = end = k + 1
            continue
        if strength == "weak" and not w.norm.startswith("ال"):
            k += 1
            continue
        break
    while place and end < len(words) and words[end].space_before and words[end].norm in _COMPASS and end > j:
        end += 1
    return end


#: Right after a place's head, a word read as و/ف + a word is the name when it is rarer than this
#: (Zipf) both as a whole and without the conjunction: معتمدية فريانة is no معتمدية ف + ريانة (a
#: conjunction cannot follow a head in construct), but دولة | وإعفاء is.
CONJUNCTION_NAME_MAX_ZIPF = 3.0


def _conjunction_misread(w: EntityWord) -> bool:
    """Whether the analyser's و/ف on a word right after a place's head is a misreading (see above)."""
    return (w.kind == "arabic" and not w.suffix and w.norm[:1] in ("و", "ف") and len(w.norm) >= 4
            and w.zipf < CONJUNCTION_NAME_MAX_ZIPF and not is_function_word_ar(w.text)
            and all(r.zipf < CONJUNCTION_NAME_MAX_ZIPF for r in w.readings[1:]))  # not دولة | وإعفاء


def _lam_phrase(words: Sequence[EntityWord], k: int) -> bool:
    """Whether word ``k`` is ل + a definite noun (للشغل) or ل + a noun in construct (لكرة القدم)."""
    w = words[k]
    for r in w.readings:
        if r.proclitic != "ل":
            continue
        if r.stem.startswith("ال") and len(r.stem) > 3:
            return True
        if k + 1 < len(words) and words[k + 1].space_before and words[k + 1].norm.startswith("ال") \
                and not _stops(words[k + 1]) and r.zipf >= 3.0:
            return True
        if k + 1 < len(words) and words[k + 1].space_before and r.zipf >= 3.0 and not r.stem.startswith("ال") \
                and _listed_place(words, k + 1) is not None:
            return True  # لطلبة تونس: ل + a noun in construct with a listed place
        if _construct_chain(words, k + 1) and r.zipf >= 3.0 and not r.stem.startswith("ال") and r.stem not in heads_ar():
            return True  # لنقابات قوات الأمن: ل + a noun + a noun in construct with a definite one (not لحركة X, a body)
    return False


def _construct_chain(words: Sequence[EntityWord], k: int) -> bool:
    """Whether an indefinite noun at ``k`` stands in construct with a definite word after it (قوات الأمن)."""
    return (k + 1 < len(words) and words[k].space_before and words[k + 1].space_before and words[k].kind == "arabic"
            and not words[k].norm.startswith("ال") and not _stops(words[k]) and not _new_phrase(words[k])
            and not demonym_of(words[k]) and words[k].zipf >= 3.0
            and words[k + 1].norm.startswith("ال") and not _stops(words[k + 1]))


def _listed_place(words: Sequence[EntityWord], k: int) -> int | None:
    """Index after a listed place (a country or city of the gazetteers) at ``k``, or ``None``."""
    got = gazetteer_at_ar(words, k, words[k].norm)
    return got[0] if got is not None and got[1].label == "PLACE" else None


def _coordinated(words: Sequence[EntityWord], k: int, *, bare: bool = False) -> bool:
    """Whether word ``k`` is (و +) a definite common noun that continues an institution's name.

    Not a listed name, a type word, a demonym or a word that stops a phrase: وزارة الشؤون الدينية
    والأوقاف, معهد التغذية والأغذية العضوية, but not هيئة الانتخابات والحكومة (a body of its own).
    """
    w = words[k]
    stems = [w.norm] if bare else [r.stem for r in w.readings[1:] if r.proclitic == "و"]
    for stem in stems:
        if (stem.startswith("ال") and len(stem) >= 5 and not _stops(w) and not demonym_of(w)
                and stem[2:] not in heads_ar() and gazetteer_at_ar(words, k, stem) is None
                and stem not in _COORDINATION_STOPS):
            return True
    return False


def _phrase(words: Sequence[EntityWord], j: int, *, coordinate: bool = False, lams: bool = True) -> int:
    """Index after a name phrase of ordinary words from ``j`` (see the module docstring).

    The phrase ends with a definite word or a proper-name word: trailing indefinite words are
    descriptions (مجلس وطني طارئ is no name). ``coordinate``: a definite noun joined by و to the
    phrase's last definite word continues it (an institution's name: معهد التغذية والأغذية
    العضوية). A weak word after a proper-name word, right before punctuation, ends a foreign
    name (شركة جيت بلو،). ``lams=False``: stop at a ل-phrase (the phrase after a definite head's
    ل-word: المجلس الأعلى لتنظيم الإعلام | لمحاسبة المؤسسات).
    """
    k = j
    end = j
    while k < len(words) and k - j < _MAX_PHRASE:
        w = words[k]
        if coordinate and k > j and end == k and w.norm == "و" and k + 1 < len(words) \
                and words[k + 1].space_before and _coordinated(words, k + 1, bare=True):
            k += 2  # كلية علوم الزراعة و التغذية: the و written apart
            end = k
            continue
        if _stops(w) or demonym_of(w):
            break
        if k > j and _person_follows(words, k):
            break  # نقابة أعوان البلديات | مراد الخياري: a given name and a family name after the name
        if not lams and k > j and _lam_phrase(words, k):
            break  # the ل-phrase of a definite head's name takes one ل-word: لتنظيم الإعلام | لمحاسبة
        if k > j and any("ب" in r.proclitic and (r.stem.startswith("ال") or gazetteer_at_ar(words, k, r.stem))
                         for r in w.readings[1:]):
            break  # a place after the name is its own mention: اتحاد الشغل | بالنفيضة
        if k > j and _new_phrase(w):
            if _lam_phrase(words, k):  # للشغل, لكرة القدم
                k += 1
                continue
            if coordinate and end == k and _coordinated(words, k):  # معهد التغذية والأغذية العضوية
                k += 1
                end = k
                continue
            break
        if k == j and _new_phrase(w):
            break
        k += 1
        if w.norm.startswith("ال") or any(r.stem.startswith("ال") for r in w.readings[1:] if r.proclitic == "ل") \
                or name_strength_ar(w) in ("strong", "given") or gazetteer_at_ar(words, w.index, w.norm) is not None:
            end = k
        elif (end == k - 1 and k - 1 > j and name_strength_ar(words[k - 2]) == "strong"
              and not words[k - 2].norm.startswith("ال") and not w.norm.startswith("ال") and name_strength_ar(w) == "weak"
              and (k >= len(words) or words[k].kind == "punct")):
            end = k  # شركة جيت بلو،: the last word of a foreign name before punctuation
    return end


def _trailing_demonyms(words: Sequence[EntityWord], k: int, *, inside: bool) -> tuple[int, str]:
    """After a name: (index after the demonyms that belong to it, the country of the first one)."""
    country = ""
    if k < len(words) and words[k].space_before and demonym_of(words[k]):
        country = demonym_of(words[k])
        if inside:
            while k < len(words) and words[k].space_before and demonym_of(words[k]):
                k += 1
    return k, country if not country.startswith("region:") else ""


def _span_text(words: Sequence[EntityWord], start: int, first: int, after: int) -> str:
    """The words of a span as written, the first one without its proclitic."""
    head = words[first].text[max(0, start - words[first].start):]
    return " ".join([head, *(w.text for w in words[first + 1 : after])])


def _candidate(words: Sequence[EntityWord], start: int, first: int, after: int, head: Head, rule: str, cue: str,
               *, country: str = "", canonical: str | None = None, label: str | None = None) -> Candidate:
    text = _span_text(words, start, first, after) if canonical is None else canonical
    return Candidate(start, words[after - 1].end, first, after - 1, label or head.label, "pattern", rule,
                     plain_ar(text), cue, country, priority=2)


def _seat_end(words: Sequence[EntityWord], first: int, after: int, *, court: bool = False) -> int:
    """Index after the seat (ب + a listed place) that belongs to a body's name ending before ``after``.

    Only a court or a body named with a word of :data:`_SERIES` or a sport (نادي كرة القدم) takes
    its seat; ``after`` itself if there is none.
    """
    norms = [w.norm for w in words[first:after]]
    if not (court or any(n in _SERIES for n in norms) or (len(norms) >= 2 and norms[-2] == key_ar("كرة")
                                                        and norms[-1] in _SPORTS)):
        return after
    if after < len(words) and words[after].space_before:
        seat = words[after].reading("ب")
        if seat is not None:
            got = gazetteer_at_ar(words, after, seat.stem)
            if got is not None and got[1].label == "PLACE":
                return got[0]
    return after


def _noun_adjective(w: EntityWord) -> bool:
    """Whether a word is a definite nisba adjective that is no demonym (البحري, التقليدية)."""
    return (w.kind == "arabic" and w.norm.startswith("ال") and w.norm.endswith(("ي", "يه", "يات")) and len(w.norm) >= 5
            and not demonym_of(w) and not _stops(w) and not _new_phrase(w))


def _names_follow(words: Sequence[EntityWord], k: int) -> bool:
    """Whether a name (a listed one or a proper-name word) stands at ``k``: لحركة نداء تونس, not لتنظيم الإعلام."""
    if k >= len(words) or not words[k].space_before or words[k].kind != "arabic":
        return False
    return gazetteer_at_ar(words, k, words[k].norm) is not None or name_strength_ar(words[k]) in ("strong", "given")


def _strip(w: EntityWord, reading: Reading) -> EntityWord:
    """The word read without a proclitic (for a name written with و in a list)."""
    from dataclasses import replace

    rest = w.text[reading.start - w.start:]
    return replace(w, start=reading.start, text=rest, norm=reading.stem, plain=plain_ar(rest),
                   readings=(Reading(reading.start, reading.stem, "", reading.plain),))
