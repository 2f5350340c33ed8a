"""How often a word is used as an adjective, estimated from unannotated news text.

Whether a word is an adjective is a fact about its use, and the analyzer's labels are a poor guide
to it: farahidi files جديد, أول, أخير as primitive nouns and مسؤول, مستثمر as participles.
Arabic syntax gives two cues that need no annotation, both about *definite* words (with the
article):

* **after a definite word**, a definite word is almost always an adjective agreeing with it
  (الحكومة الجديدة, الشهر الماضي): a noun that follows a noun is its genitive, and the first noun
  of a construct state takes no article (وزير الخارجية);
* **after a preposition** (في الحكومة, بالحكومة, للحكومة), a definite word is the head of a noun
  phrase: a noun, or an adjective used as one (للفلسطينيين).

:func:`count_adjective_use_ar` counts both per word; the share of the first among the two,
:func:`adjective_share_ar`, is near 1 for adjectives (جديد 0.99, رسمي 1.0, عربي 0.98, جنوبي 1.0),
low for nouns (وزير 0.10, حكومة 0.09, رئيس 0.18) and in between for words used both ways
(مشارك 0.36, قائم 0.58). Other positions (after a verb, a name, at the start of a clause) say
nothing either way and are not counted.

Inflected forms share one key (:func:`adjective_key_ar`: the word without the article and
without one ending of gender or number: ة ات ون ين ان تان تين), so الجديدة, الجديد and
الجديدين count for جديد. Feminine forms are also counted apart, under their singular in ة
(:func:`feminine_key_ar`: المرتفعة and المرتفعتين count for مرتفعة), and a feminine singular
or dual is judged by that count when it has one: its masculine may be a noun of its own, which
the shared key mixes in (مرتفع "height" against the adjective مرتفعة, عديد in العديد من against
عديدة "numerous", واقع "reality" against واقعة "situated"). Plurals in ات are left with the
shared key: nouns take that ending too (المرتفعات "the heights"). ``feminine=False`` asks for
the shared key alone (:mod:`helpers.morphology.adjective_noun` does, for a feminine noun of its own whose
feminine count is undecided: السيارة).

The shipped table, ``data/lexicons/adjective_use_ar.tsv``, was counted over the ANT news corpus
v1.1 (``data/corpora/``; Apache-2.0) leaving out every article the kit annotates (the files under
``data/news/`` and the list ``data/news/annotated_articles.tsv``, with any archive copy of their
text), by ``tools/build_adjective_use.py``; nothing annotated was used. Keys counted fewer than
:data:`MIN_COUNT` times in the two positions together are not listed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from helpers.data import read_tsv_rows
from helpers.morphology.closed_class import closed_class_readings_ar, is_closed_class_ar
from helpers.morphology.repair import analysis_form_ar
from helpers.text.tokenize import tokenize_ar

__all__ = [
    "ADJECTIVE_USE_FILE",
    "MIN_COUNT",
    "adjective_key_ar",
    "adjective_share_ar",
    "count_adjective_use_ar",
    "feminine_key_ar",
]

ADJECTIVE_USE_FILE = "lexicons/adjective_use_ar.tsv"
#: Fewest counted uses (after a definite word or after a preposition) for a key to be listed.
MIN_COUNT = 5
_ENDINGS = ("تين", "تان", "ات", "ون", "ين", "ان", "ة")
_FEMININE_ENDINGS = ("تين", "تان", "ة")
_DEFINITE_PREFIXES = ("ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وبال", "فبال", "وكال")
_PREPOSED = ("بال", "كال", "وبال", "فبال", "وكال", "فكال", "لل", "ولل", "فلل")
_COLUMNS = ["key", "after_definite", "after_preposition"]


def adjective_key_ar(host: str) -> str:
    """The key a word's forms share: no article, no ending of gender or number, no tanwin alef.

    ``host`` is the word without proclitics other than the article and without enclitics.

    >>> [adjective_key_ar(w) for w in ["الجديدة", "جديدين", "الجديد", "كثيرا", "العربيات", "سنة"]]
    ['جديد', 'جديد', 'جديد', 'كثير', 'عربي', 'سنة']
    """
    word = host[2:] if host.startswith("ال") else host
    if word.endswith("ا") and len(word) >= 4 and not word.endswith(("اا", "ىا")):
        word = word[:-1]  # the tanwin alef of the indefinite accusative (كثيرا)
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def feminine_key_ar(host: str) -> str | None:
    """The key of a feminine singular or dual, its singular in ة; ``None`` for another word.

    It never equals an :func:`adjective_key_ar` key, which keeps ة only after fewer than three
    letters, so both kinds of key live in one table.

    >>> [feminine_key_ar(w) for w in ["المرتفعة", "مرتفعتان", "العربيتين", "المرتفعات", "المرتفع", "سنة"]]
    ['مرتفعة', 'مرتفعة', 'عربية', None, None, None]
    """
    word = host[2:] if host.startswith("ال") else host
    for ending in _FEMININE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)] + "ة"
    return None


def _definite_word(form: str) -> bool:
    return form.startswith(_DEFINITE_PREFIXES) and len(form) >= 5 and not is_closed_class_ar(form)


def _preposition_word(form: str) -> bool:
    readings = closed_class_readings_ar(form)
    return bool(readings) and readings[0].pos_coarse == "ADP" and not readings[0].enclitics and not readings[0].proclitics


def _after_attached_preposition(form: str) -> str | None:
    """The definite word inside a word with an attached preposition (بالحكومة, للحكومة), or None."""
    for prefix in _PREPOSED:
        if form.startswith(prefix) and len(form) - len(prefix) >= 3:
            return "ال" + form[len(prefix) :]
    return None


def count_adjective_use_ar(texts: Iterable[str]) -> tuple[Counter[str], Counter[str]]:
    """Count, per key, definite uses right after a definite word and right after a preposition.

    Punctuation, numbers and other non-Arabic tokens break the sequence; function words are
    not counted.

    >>> after_definite, after_preposition = count_adjective_use_ar(["قالت الحكومة الجديدة إن الحكومة في الأزمة الجديدة للحكومة."])
    >>> after_definite["جديد"], after_preposition["جديد"], after_definite["حكوم"], after_preposition["حكوم"]
    (2, 0, 0, 1)
    >>> after_definite["جديدة"], after_preposition["حكومة"]
    (2, 1)
    """
    after_definite: Counter[str] = Counter()
    after_preposition: Counter[str] = Counter()
    for text in texts:
        previous = ""
        for token in tokenize_ar(text):
            if token.kind != "arabic":
                previous = ""
                continue
            form = analysis_form_ar(token.text)
            if len(form) >= 5 and not is_closed_class_ar(form):
                inner = _after_attached_preposition(form)
                counter = None
                if inner is not None:
                    counter, form_counted = after_preposition, inner
                elif form.startswith("ال") and previous:
                    if _definite_word(previous):
                        counter, form_counted = after_definite, form
                    elif _preposition_word(previous):
                        counter, form_counted = after_preposition, form
                if counter is not None:
                    counter[adjective_key_ar(form_counted)] += 1
                    feminine = feminine_key_ar(form_counted)
                    if feminine is not None:
                        counter[feminine] += 1
            previous = form
    return after_definite, after_preposition


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[int, int]]:
    out: dict[str, tuple[int, int]] = {}
    for number, fields in read_tsv_rows(ADJECTIVE_USE_FILE, _COLUMNS):
        if len(fields) != 3 or not fields[1].isdigit() or not fields[2].isdigit():
            raise ValueError(f"{ADJECTIVE_USE_FILE} line {number}: expected a key and two counts")
        out[fields[0]] = (int(fields[1]), int(fields[2]))
    return out


@lru_cache(maxsize=1 << 16)
def adjective_share_ar(host: str, *, feminine: bool = True) -> float | None:
    """The share of a word's counted uses that follow a definite word, or ``None`` if unlisted.

    ``host`` is the word without proclitics other than the article and without enclitics.

    A feminine word is judged by its own count (:func:`feminine_key_ar`) when it has one and
    ``feminine`` is true, else by the key it shares with its masculine.

    >>> adjective_share_ar("الجديدة") > 0.9, adjective_share_ar("وزير") < 0.2, adjective_share_ar("قثقثقث")
    (True, True, None)
    """
    table = _table()
    key = feminine_key_ar(host) if feminine else None
    found = table.get(key) if key is not None else None
    found = found or table.get(adjective_key_ar(host))
    return found[0] / (found[0] + found[1]) if found else None
