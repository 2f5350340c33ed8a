"""Arabic clitics: one inventory and one splitting policy for the whole kit.

Arabic writes conjunctions, prepositions, the future particle and the article joined to the next
word, and object or possessive pronouns joined to the end. Every helper that strips clitics
(lexicon matching, the discourse layer, concordances, lexical diversity) uses this module.

**The inventory** (normalized spelling, which leaves these letters unchanged):

======================  =====================================================================
conjunctions            ``و`` *wa-* "and", ``ف`` *fa-* "so, then" (:data:`CONJUNCTIONS`)
prepositions            ``ب`` *bi-* "with, by", ``ل`` *li-* "for, to", ``ك`` *ka-* "like" (:data:`PREPOSITIONS`)
future                  ``س`` *sa-* "will", only before an imperfect verb prefix ي ت ن ا (:data:`FUTURE`)
article                 ``ال`` *al-* "the" (:data:`ARTICLE`)
pronoun enclitics       ``ه ها هما هم هن ك كما كم كن ي ني نا`` (:data:`ENCLITICS`)
======================  =====================================================================

**Allowed sequences.** At most one conjunction, then either a preposition or the future ``س``,
then (not after ``س``) the article: ``و``, ``فب``, ``وس``, ``بال``, ``وكال``. The preposition ``ل``
before the article drops the article's alef: ``لل`` is ل + ال (``للبلاد``, ``وللحكومة``). A word
with the article takes no pronoun enclitic (``الكتابه`` is not ال + كتاب + ه). :data:`PROCLITIC_CHAINS`
lists every allowed sequence as written.

**The splitting policy** (:func:`clitic_split_allowed_ar`), applied to each clitic from the
outside in (conjunction, preposition or future, article, then the enclitic):

1. *Grammar*: the clitic must be allowed at that place (above), and at least two letters must
   remain (``فن`` is no ف + ن), or before an enclitic the preposition ب or ل alone (``له`` =
   ل + ه). A common word (:data:`COMMON_WORD_ZIPF`) keeps a one-letter proclitic before two
   letters unless they are a function word (``وهو``, ``فقد`` split; ``وجد``, ``بحر``, ``بدا``
   "seemed" do not; the rare ``وفخ`` "and a trap" does). A definite stem takes no enclitic
   (``الأمني`` is no الأم + ني).
2. *Function words stay whole*: a word listed in :data:`helpers.text.stopwords.STOPWORDS_AR`
   (``لكن``, ``كما``, ``بعد``, ``فقط``, ``بين``, ``هناك``) is never split, with two exceptions: a
   conjunction may come off a listed word when what remains is listed too (``ولكن`` = و + لكن,
   ``فإن`` = ف + إن, ``وهو`` = و + هو; ``كما`` stays whole although ``ما`` is listed, because ك is no
   conjunction), and a pronoun may come off a listed preposition (``فيها``, ``عليه``, ``له``) or a
   listed particle whose rest is listed (``أنه`` = أن + ه; ``هناك`` is a demonstrative and stays).
   The letters ال of ``الله``, ``اللهم`` and ``الآن`` are no article.
3. *A frequent word stays whole*: a clitic comes off only when what remains is not much rarer in
   general Arabic (``wordfreq`` Zipf) than the whole word: ``Zipf(word) - Zipf(rest)`` must be at
   most the clitic's margin (:data:`SPLIT_MARGINS`, :data:`ARTICLE_MARGIN`,
   :data:`ENCLITIC_MARGIN`). ``وقال`` splits (قال is commoner), ``وزير``, ``لندن``, ``وضع``,
   ``فريق``, ``فكرة`` do not (زير, ندن, ضع, ريق are far rarer than the words they would be cut
   from, and ف + كرة "so a ball" would be far rarer than فكرة "idea"); two unknown words
   (``وكاتيوشا`` and ``كاتيوشا``) do not block a split.
4. *First person* (``ي``, ``ني``) is split only on request (``first_person=True``): in news prose a
   final ي is mostly the nisba suffix (``عسكري``, ``وطني``), and ني mostly a nisba after ن
   (``الأمني``, ``الفني``), not "my" or "me".

**Numbers written in digits** take the conjunctions and prepositions only, and always split:
``و18`` is و + 18, ``بـ3`` ب + 3, ``وب12.18`` و + ب + 12.18 (:func:`number_clitics_ar`; the chains
are :data:`NUMBER_PROCLITIC_CHAINS`). Grammar alone decides, since a number is no word whose
frequency could be weighed; the article and the future ``س`` never come before digits, and
:func:`helpers.text.tokenize.tokenize_ar` cuts any other letters from digits (``الـ10``, ``17جوان``).

:func:`clitic_readings_ar` gives every reading the policy allows (for matchers, which keep the one
whose stem is an entry); :func:`split_clitics_ar` gives the fullest one (for segmenters).
:func:`match_clitics_ar` asks the reverse question: is this token that word plus clitics?

>>> split_clitics_ar("وبالحوار").pieces
('و', 'ب', 'ال', 'حوار')
>>> [split_clitics_ar(w).pieces for w in ("وزير", "كما", "ولكنه", "للبلاد")]
[('وزير',), ('كما',), ('و', 'لكن', 'ه'), ('ل', 'ال', 'بلاد')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import wordfreq

from helpers.text.normalize import normalize_ar
from helpers.text.stopwords import STOPWORDS_AR, stopwords_frame_ar

__all__ = [
    "CONJUNCTIONS",
    "PREPOSITIONS",
    "FUTURE",
    "ARTICLE",
    "IMPERFECT_PREFIXES",
    "ENCLITICS",
    "PROCLITIC_CHAINS",
    "NUMBER_PROCLITIC_CHAINS",
    "number_clitics_ar",
    "PRONOUN_ENCLITICS",
    "proclitic_chains_ar",
    "SPLIT_MARGINS",
    "ARTICLE_MARGIN",
    "ENCLITIC_MARGIN",
    "COMMON_WORD_ZIPF",
    "CliticReading",
    "zipf_ar",
    "clitic_split_allowed_ar",
    "clitic_readings_ar",
    "split_clitics_ar",
    "has_conjunction_ar",
    "match_clitics_ar",
    "segment_clitics_ar",
    "split_clitic_string_ar",
]

#: Conjunction proclitics.
CONJUNCTIONS: tuple[str, ...] = ("و", "ف")
#: Preposition proclitics.
PREPOSITIONS: tuple[str, ...] = ("ب", "ل", "ك")
#: The future proclitic (before an imperfect verb only).
FUTURE = "س"
#: The definite article.
ARTICLE = "ال"
#: The prefixes of an imperfect verb, which the future ``س`` must precede.
IMPERFECT_PREFIXES: tuple[str, ...] = ("ي", "ت", "ن", "ا")
#: Pronoun enclitics, longest first (normalized; ``ه`` is never the teh marbuta ``ة``).
ENCLITICS: tuple[str, ...] = ("هما", "كما", "هم", "هن", "ها", "كم", "كن", "ني", "نا", "ه", "ك", "ي")
#: The enclitics the policy splits by default (no first person, rule 4), longest first.
PRONOUN_ENCLITICS: tuple[str, ...] = tuple(e for e in ENCLITICS if e not in ("ي", "ني"))
#: Rule 3 of the policy: a clitic comes off only when ``Zipf(word) - Zipf(rest)`` is at most this
#: margin. The margins follow how often each clitic is written on a word: و, ب and ل are common,
#: so a word may be several times commoner than its rest (وأضاف, بسبب, لمدة); ف and ك are rarer,
#: so a word much commoner than its rest is its own word (فكرة, كبار). They were set on the
#: development split of UD Arabic-PADT (used to measure only; it is not shipped).
SPLIT_MARGINS: dict[str, float] = {"و": 0.75, "ب": 0.75, "ل": 1.0, "س": 0.75, "ف": 0.0, "ك": -0.5}
#: A word at least this common (Zipf) is not cut into a one-letter proclitic and a two-letter
#: stem (``وجد``, ``بحر``, ``بدا`` stay whole; ``وفخ`` "and a trap" is rare and splits).
COMMON_WORD_ZIPF = 3.0
#: The same margin for the article ال: a definite form is often commoner than the bare noun.
ARTICLE_MARGIN = 2.0
#: The same margin for a pronoun enclitic (the stem read with ة for ت: حكومته → حكومة).
ENCLITIC_MARGIN = 0.5
# First-person enclitics, split only on request (rule 4).
_FIRST_PERSON = frozenset({"ي", "ني"})
# Words whose first letters are no article (rule 2), normalized.
_NOT_ARTICLE = frozenset({"الله", "اللهم", "الان"})
# One-letter prepositions that host a pronoun: له = ل + ه, بها = ب + ها.
_PRONOUN_HOSTS = frozenset({"ب", "ل"})
_MIN_STEM = 2


def proclitic_chains_ar(
    *, conjunctions: bool = True, prepositions: bool = True, future: bool = True, article: bool = True
) -> tuple[str, ...]:
    """The allowed proclitic sequences as written, longest first, from the chosen kinds.

    >>> proclitic_chains_ar(future=False, article=False)
    ('فب', 'فك', 'فل', 'وب', 'وك', 'ول', 'ب', 'ف', 'ك', 'ل', 'و')
    """
    chains = set()
    for conj in ("", *(CONJUNCTIONS if conjunctions else ())):
        for middle in ("", *(PREPOSITIONS if prepositions else ()), *((FUTURE,) if future else ())):
            for art in ("", *((ARTICLE,) if article else ())):
                if middle == FUTURE and art:
                    continue
                chains.add((conj + middle + art).replace("لال", "لل"))
    chains.discard("")
    return tuple(sorted(chains, key=lambda s: (-len(s), s)))


#: Every allowed proclitic sequence as written, longest first (``ولل`` is و + ل + ال).
PROCLITIC_CHAINS: tuple[str, ...] = proclitic_chains_ar()


#: The proclitic sequences a number written in digits may take, longest first: a conjunction,
#: a preposition, or both (``و18``, ``ب5``, ``وب12.18``); no article, no future ``س``.
NUMBER_PROCLITIC_CHAINS: tuple[str, ...] = proclitic_chains_ar(future=False, article=False)
# A number in digits of any script, with the separators tokenize_ar keeps inside one (3.5, 103,7,
# ٣٫٥, 6:30, 18/11/2016, 2016-2017) and the letter ر that some agencies write for the decimal point
# (5ر4 "4.5").
_NUMBER_IN_DIGITS = re.compile(r"\d+(?:[.,\u066b\u066c:/\u2013\u0631-]\d+)*")


@dataclass(frozen=True)
class CliticReading:
    """One way to read a word as proclitics + stem + enclitic.

    Attributes:
        proclitics: the proclitics, outermost first (``("و", "ل", "ال")`` for ``وللحكومة``).
        stem: what remains, letters as given (a ``ت`` before an enclitic stays ``ت``).
        enclitic: the pronoun enclitic, or ``""``.
        prefix: the proclitics as written (``"ولل"``: ل + ال drops the alef).
    """

    proclitics: tuple[str, ...]
    stem: str
    enclitic: str = ""

    @property
    def prefix(self) -> str:
        return "".join(self.proclitics).replace("لال", "لل")

    @property
    def pieces(self) -> tuple[str, ...]:
        """Proclitics, stem and enclitic in order, as separate strings."""
        return (*self.proclitics, self.stem) + ((self.enclitic,) if self.enclitic else ())

    @property
    def definite(self) -> bool:
        return ARTICLE in self.proclitics

    @property
    def size(self) -> int:
        """How many clitics were split off."""
        return len(self.proclitics) + bool(self.enclitic)


@lru_cache(maxsize=65536)
def _plain(word: str) -> str:
    # Letters as written: only diacritics, tatweel and presentation forms go. Clitic letters are
    # the same in every spelling, and wordfreq knows hamza spellings better than bare alefs.
    return normalize_ar(word, alef=False, alef_maksura=False, teh_marbuta=False)


@lru_cache(maxsize=65536)
def zipf_ar(word: str) -> float:
    """Return the Zipf frequency of an Arabic word in ``wordfreq`` (0.0 if unknown).

    >>> zipf_ar("أن") > zipf_ar("الكاظمي") > zipf_ar("وكاتيوشا")
    True
    """
    return wordfreq.zipf_frequency(word, "ar")


def _listed(word: str) -> bool:
    return normalize_ar(word) in STOPWORDS_AR


# The stopword list's category of each listed word (normalized), for rule 2.
_CATEGORIES: dict[str, str] = dict(zip(stopwords_frame_ar()["normalized"], stopwords_frame_ar()["category"]))


@lru_cache(maxsize=65536)
def clitic_split_allowed_ar(word: str, rest: str, *, clitic: str = "و") -> bool:
    """Whether ``word`` may be read as ``clitic`` + ``rest`` (rules 2 and 3 of the policy).

    Grammar (rule 1) is the caller's: this function only weighs the two words. ``clitic`` is the
    piece that comes off (a proclitic, the article, or an enclitic when ``rest`` is the front).

    >>> [clitic_split_allowed_ar(w, r) for w, r in [("وقال", "قال"), ("وزير", "زير"), ("وكاتيوشا", "كاتيوشا")]]
    [True, False, True]
    >>> clitic_split_allowed_ar("كما", "ما", clitic="ك"), clitic_split_allowed_ar("ولكن", "لكن")
    (False, True)
    """
    word, rest = _plain(word), _plain(rest)
    enclitic = clitic in ENCLITICS and word.endswith(clitic) and not word.startswith(clitic)
    category = _CATEGORIES.get(normalize_ar(word))
    if enclitic:
        if category is not None and category != "preposition+pronoun" and not (
                category in ("particle", "conjunction") and len(rest) >= _MIN_STEM and _listed(rest)):
            return False
        if rest in _PRONOUN_HOSTS or category == "preposition+pronoun":
            return True
        if len(rest) < _MIN_STEM:
            return False
        margin = ENCLITIC_MARGIN
    else:
        if len(rest) < _MIN_STEM:
            return False
        if len(rest) == _MIN_STEM and clitic != ARTICLE and not _listed(rest) and zipf_ar(word) >= COMMON_WORD_ZIPF:
            return False
        if category is not None and not (clitic in CONJUNCTIONS and _listed(rest)):
            return False
        if clitic == ARTICLE and normalize_ar(word) in _NOT_ARTICLE:
            return False
        margin = ARTICLE_MARGIN if clitic == ARTICLE else SPLIT_MARGINS.get(clitic, 0.0)
    return zipf_ar(rest) >= zipf_ar(word) - margin


def _stem_for_frequency(stem: str, enclitic: str) -> str:
    # Before a pronoun, teh marbuta is written ت: حكومته is حكومة + ه. Compare with whichever
    # spelling is commoner (حكومة for حكومته, أصدرت for أصدرتها).
    if enclitic and stem.endswith("ت") and len(stem) >= 3:
        feminine = stem[:-1] + "ة"
        return feminine if zipf_ar(feminine) > zipf_ar(stem) else stem
    return stem


def number_clitics_ar(word: str) -> CliticReading | None:
    """Read ``word`` as proclitics + a number written in digits, or ``None`` if it is no such word.

    Tatweel and diacritics after a proclitic are ignored (``بـ3``); the number keeps its separators.

    >>> number_clitics_ar("و18").pieces, number_clitics_ar("بـ3").pieces, number_clitics_ar("وب12.18").pieces
    (('و', '18'), ('ب', '3'), ('و', 'ب', '12.18'))
    >>> number_clitics_ar("2016"), number_clitics_ar("الـ10"), number_clitics_ar("س17"), number_clitics_ar("وزير")
    (None, None, None, None)
    """
    if not isinstance(word, str):
        raise TypeError(f"word must be a str, not {type(word).__name__}")
    return _number_reading(_plain(word.strip()))


@lru_cache(maxsize=4096)
def _number_reading(word: str) -> CliticReading | None:
    for chain in NUMBER_PROCLITIC_CHAINS:
        if word.startswith(chain) and _NUMBER_IN_DIGITS.fullmatch(word, len(chain)):
            return CliticReading(tuple(chain), word[len(chain):])
    return None


@lru_cache(maxsize=65536)
def _readings(word: str, enclitics: bool, first_person: bool, guard: bool) -> tuple[CliticReading, ...]:
    found: list[CliticReading] = [CliticReading((), word)]
    if any(c.isdigit() for c in word):  # و18: grammar alone decides; الـ10, كوفيد19 stay whole (module notes)
        number = _number_reading(word)
        return (found[0], number) if number is not None else tuple(found)
    # proclitics, outside in: every allowed chain that the word starts with
    fronts: list[tuple[tuple[str, ...], str]] = [((), word)]
    for conj in CONJUNCTIONS:
        if word.startswith(conj) and (not guard or clitic_split_allowed_ar(word, word[1:], clitic=conj)):
            fronts.append(((conj,), word[1:]))
    for pieces, rest in list(fronts):
        for middle in (*PREPOSITIONS, FUTURE):
            if not rest.startswith(middle) or len(rest) - 1 < _MIN_STEM:
                continue
            after = rest[1:]
            if middle == FUTURE and not after.startswith(IMPERFECT_PREFIXES):
                continue
            if middle == "ل" and rest.startswith("لل") and len(rest) - 2 >= _MIN_STEM:
                # ل + ال with the alef dropped; the article's own guard is on the restored form
                restored = ARTICLE + rest[2:]
                if not guard or (clitic_split_allowed_ar(rest, restored, clitic="ل")
                                 and clitic_split_allowed_ar(restored, rest[2:], clitic=ARTICLE)):
                    fronts.append(((*pieces, "ل", ARTICLE), rest[2:]))
            if not guard or clitic_split_allowed_ar(rest, after, clitic=middle):
                fronts.append(((*pieces, middle), after))
    for pieces, rest in list(fronts):
        if (pieces and pieces[-1] in (FUTURE, ARTICLE)) or not rest.startswith(ARTICLE):
            continue
        if len(rest) - 2 >= _MIN_STEM and (not guard or clitic_split_allowed_ar(rest, rest[2:], clitic=ARTICLE)):
            fronts.append(((*pieces, ARTICLE), rest[2:]))
    pronouns = [e for e in ENCLITICS if first_person or e not in _FIRST_PERSON] if enclitics else []
    for pieces, rest in fronts:
        if pieces:
            found.append(CliticReading(pieces, rest))
        if ARTICLE in pieces:
            continue
        for enclitic in pronouns:
            stem = rest[: -len(enclitic)]
            if not rest.endswith(enclitic) or (len(stem) < _MIN_STEM and not (stem in _PRONOUN_HOSTS and not pieces)):
                continue
            if stem.startswith(ARTICLE) and len(stem) >= 4:  # a definite noun takes no pronoun
                continue
            if guard and not clitic_split_allowed_ar(rest, _stem_for_frequency(stem, enclitic), clitic=enclitic):
                continue
            found.append(CliticReading(pieces, stem, enclitic))
    unique = {(r.proclitics, r.stem, r.enclitic): r for r in found}
    return tuple(sorted(unique.values(), key=lambda r: (r.size, -len(r.proclitics), r.enclitic)))


def clitic_readings_ar(
    word: str, *, enclitics: bool = True, first_person: bool = False, guard: bool = True
) -> tuple[CliticReading, ...]:
    """Every reading of ``word`` as proclitics + stem + enclitic that the policy allows.

    Args:
        word: one word; diacritics and tatweel are ignored, letters are kept as written.
        enclitics: also split pronoun enclitics.
        first_person: also split the first-person ``ي`` (off by default: rule 4).
        guard: apply rules 2 and 3 (function words and frequent words stay whole); ``False``
            gives every grammatical reading.

    Returns:
        Readings with the fewest clitics first; the word itself (no clitic) is always first.

    >>> [r.pieces for r in clitic_readings_ar("وبحكومته")]
    [('وبحكومته',), ('و', 'بحكومته'), ('وبحكومت', 'ه'), ('و', 'ب', 'حكومته'), ('و', 'بحكومت', 'ه'), ('و', 'ب', 'حكومت', 'ه')]
    >>> [r.pieces for r in clitic_readings_ar("بعد")], len(clitic_readings_ar("بعد", guard=False))
    ([('بعد',)], 2)
    """
    if not isinstance(word, str):
        raise TypeError(f"word must be a str, not {type(word).__name__}")
    return _readings(_plain(word.strip()), enclitics, first_person, guard)


def split_clitics_ar(word: str, *, enclitics: bool = True, first_person: bool = False) -> CliticReading:
    """Split ``word`` as far as the policy allows: the reading with the most clitics.

    Among readings with as many clitics, more proclitics win (``وبه`` is و + ب + ه, not و + به).

    >>> r = split_clitics_ar("وسيستكملونها")
    >>> r.proclitics, r.stem, r.enclitic
    (('و', 'س'), 'يستكملون', 'ها')
    >>> split_clitics_ar("لندن").pieces, split_clitics_ar("فقط").pieces
    (('لندن',), ('فقط',))
    """
    return clitic_readings_ar(word, enclitics=enclitics, first_person=first_person)[-1]


@lru_cache(maxsize=65536)
def has_conjunction_ar(word: str) -> bool:
    """Whether ``word`` starts with the conjunction و or ف under the policy.

    >>> [has_conjunction_ar(w) for w in ["وفريقه", "فإن", "وضع", "فقط", "وطني", "في", "ولكن", "و18", "ب5"]]
    [True, True, False, False, False, False, True, True, False]
    """
    plain = _plain(word)
    if any(c.isdigit() for c in plain):  # و18, و2016: a number after the conjunction
        number = _number_reading(plain)
        return number is not None and number.proclitics[0] in CONJUNCTIONS
    return plain[:1] in CONJUNCTIONS and clitic_split_allowed_ar(plain, plain[1:], clitic=plain[0])


def _form(s: str) -> str:
    # Normalized, but teh marbuta kept: it must stay distinct from the enclitic ه.
    return normalize_ar(s, teh_marbuta=False)


@lru_cache(maxsize=65536)
def match_clitics_ar(token: str, word: str) -> tuple[str, str] | None:
    """Say whether ``token`` is ``word`` with clitics of the inventory attached, and which.

    This is the query-driven question (a concordance for one word): grammar alone decides, since
    the caller names the word; rules 2 and 3 of the policy do not apply, and the first-person ``ي``
    is allowed. Both are normalized first (diacritics, tatweel, hamza and alef maksura spellings
    do not matter); teh marbuta is kept apart from ه, and a word ending in ة also matches with it
    written ت before a pronoun (``حكومته`` = حكومة + ه). Inflection is not matched: ``كاتيوشات``
    (a plural) and ``حربة`` are not ``كاتيوشا`` and ``حرب``. Real ambiguity remains: ``حربي`` is both
    "my war" and "military" and matches ``حرب``.

    Args:
        token: a word token as written.
        word: the word searched for.

    Returns:
        ``(proclitics, enclitic)`` in normalized spelling (``("و", "")``, ``("لل", "ه")``;
        ``("", "")`` for an exact match), or ``None`` if ``token`` is not ``word`` plus clitics.

    >>> match_clitics_ar("وكاتيوشا", "كاتيوشا"), match_clitics_ar("كاتيوشات", "كاتيوشا")
    (('و', ''), None)
    >>> match_clitics_ar("الكاتيوشا", "كاتيوشا"), match_clitics_ar("للبلاد", "البلاد")
    (('ال', ''), ('ل', ''))
    >>> match_clitics_ar("حكومته", "حكومة"), match_clitics_ar("حربة", "حرب")
    (('', 'ه'), None)
    """
    t, w = _form(token), _form(word)
    if not w:
        return None
    found = _match(t, w)
    if found is None and w.endswith("ه") and len(w) > 2:  # a query typed with ه for ة
        found = _match(t, w[:-1] + "ة")
    return found


def _match(t: str, w: str) -> tuple[str, str] | None:
    if t == w:
        return ("", "")
    for reading in _readings(t, True, True, False):
        stem = reading.stem
        if reading.enclitic and w.endswith("ة") and stem == w[:-1] + "ت":
            stem = w
        if stem == w:
            return (reading.prefix, reading.enclitic)
        # a word with the article inside ل + ال, written لل: البلاد in للبلاد, وللبلاد
        if reading.proclitics[-2:] == ("ل", ARTICLE) and ARTICLE + stem == w:
            return (reading.prefix[:-1], reading.enclitic)
    return None


def split_clitic_string_ar(value: str) -> list[str]:
    """Split a morphology table's ``proclitics``/``enclitics`` cell (``"و+ال"``) into clitics.

    >>> split_clitic_string_ar("و+ال"), split_clitic_string_ar("")
    (['و', 'ال'], [])
    """
    if not isinstance(value, str):
        return []
    return [piece for piece in value.split("+") if piece]


@lru_cache(maxsize=65536)
def segment_clitics_ar(word: str) -> list[str]:
    """Split one word into clitics and stem with the policy, without a dictionary.

    The pieces of :func:`split_clitics_ar`, each normalized as :func:`normalize_ar` gives it, so
    words that differ only in spelling count as one type. Used for lexical diversity when no
    morphology table is given; errors remain in both directions (a rare name may lose a first
    letter that looks like a clitic), so pass a morphology table for dictionary-based segmentation.

    >>> segment_clitics_ar("مباحثاتهما"), segment_clitics_ar("للبلاد"), segment_clitics_ar("بايدن")
    (['مباحثات', 'هما'], ['ل', 'ال', 'بلاد'], ['بايدن'])
    """
    if not _plain(word):
        return []
    reading = split_clitics_ar(word)
    return [normalize_ar(p) for p in reading.pieces]
