"""Reference chains for the main actors of a text: names, titles, epithets and pronoun candidates.

:func:`reference_chains_ar` finds the mentions of each actor by rules a reader can check:

* **names**: given in ``actors``, or found (default) in two ways: the words right after a title
  (``رئيس مجلس الوزراء، مصطفى الكاظمي``, ``الرئيس بايدن``; see :func:`_name_after_title`), and
  words that recur at least :data:`FREQUENT_NAME_MIN_COUNT` times while being rare in general
  Arabic (``wordfreq`` Zipf below :data:`FREQUENT_NAME_MAX_ZIPF`), as names are. A found full
  name (given name + family name) also matches by its family name alone (``الكاظمي``) and by
  its given name alone (``سليم`` of ``سليم العطاونة``, unless two found actors share it).
  Proclitics (و ف ب ل ك) may be attached and stay out of the span (``لطلب حكومة الكاظمي``,
  ``وللكاظمي``).
* **no verbs as names**: a headline puts the verb right after the title (``وزير الخارجية يبحث
  في القاهرة ملف المياه``), so the name rule asks the embedded morphological analyser
  (farahidi, :mod:`helpers.morphology.farahidi_backend`, out of context, once per word type)
  for each candidate word's readings. A word all of whose readings are verbs (``يبحث``,
  ``يزور``) is never a name; a first word with a verb reading and no proper-noun reading
  (``بحث``, ``جو``) is a name only when a family name follows it (``جو بايدن``). A word the
  analyser does not know (most family names: ``الكاظمي``, ``العطاونة``) has no verb reading.
  A verb prefix alone proves nothing (``يوسف``, ``يزيد``, ``أحمد`` are names), and the
  in-context reading is not used: it costs a sentence-wide HMM run for one word.
* **family names** after a given name: a rare nisba (``الكاظمي``), a rare word with the
  article that the analyser does not know (``العطاونة``), or a rarer one that it can read as a
  proper noun (``السعدون``); an adjective (``المستقيل``) or a common noun (``الوفد``) is not. A
  family name ends the name.
* **titles** (:data:`TITLES_AR`, plus any given): a title directly followed by a name, or by a
  comma and a name, belongs to that name's actor and is learnt as the actor's title; a later
  title alone goes to the most recent actor that holds it.
* **epithets** (:data:`EPITHETS_AR`: ``الرجل``, ``الزعيم`` ...; and possessed titles such as
  ``رئيس وزرائه``, ``رئيس حكومتها``) go to the most recently mentioned actor if that mention lies
  within ``window`` sentences; otherwise they are dropped.
* **pronoun candidates**: an attached ``ـه`` (3rd person masculine singular; never the teh
  marbuta ``ة``) on a word whose stem is a commoner word than the whole (``وفريقه`` → فريق,
  ``مساعدته`` → مساعدة, ``معه`` → مع), offered to every actor mentioned within ``window``
  sentences before it. They are candidates, not resolutions: in the case study ``مساعدته`` and
  ``نجاحه`` refer to Iraq, not to its prime minister.

Confidence (a rank, not a probability): given name 1.0, found name 0.9, title next to a name
0.9, given title 0.8, remembered title 0.7, epithet 0.6, pronoun candidate 0.4 in the sentence
of the actor's latest mention and 0.2 further away.

>>> text = "وصل الوزير خالد العمراني إلى بغداد. وقال العمراني إن الرجل الذي استقبله كريم."
>>> [(m.text, m.chain, m.mention_type) for m in reference_chains_ar(text)]
[('الوزير', 'العمراني', 'title'), ('خالد العمراني', 'العمراني', 'name'), ('العمراني', 'العمراني', 'name'), ('الرجل', 'العمراني', 'epithet'), ('ه', 'العمراني', 'pronoun_candidate')]
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd

from helpers.data import data_path
from helpers.discourse.lexicon import read_lexicon_tsv
from helpers.discourse.words import (
    PhraseStarts,
    phrase_starts_ar,
    Word,
    has_conjunction_proclitic_ar,
    match_phrase_ar,
    phrase_words_ar,
    words_ar,
    zipf_ar,
)
from helpers.text.load import check_text_ar
from helpers.text.clitics import proclitic_chains_ar
from helpers.text.normalize import normalize_ar
from helpers.text.spans import Span, check_spans

__all__ = [
    "ChainMention",
    "ChainRecall",
    "MENTION_TYPES",
    "GOLD_MENTION_TYPES",
    "TITLES_AR",
    "EPITHETS_AR",
    "POSSESSED_TITLES_AR",
    "FREQUENT_NAME_MIN_COUNT",
    "FREQUENT_NAME_MAX_ZIPF",
    "reference_chains_ar",
    "read_gold_chain_ar",
    "chain_recall_ar",
]

#: The values of :attr:`ChainMention.mention_type` that :func:`reference_chains_ar` gives.
MENTION_TYPES = ("name", "title", "epithet", "pronoun_candidate")
#: The values a gold chain may use (``relative``: الذي/التي; ``zero``: a verb with no subject word).
GOLD_MENTION_TYPES = ("name", "title", "epithet", "pronoun", "relative", "zero")

#: Titles of office, longest first when matched. Standard spelling; hamza-less text matches.
TITLES_AR: tuple[str, ...] = (
    "رئيس مجلس الوزراء", "رئيس الوزراء", "رئيس الحكومة", "رئيس الجمهورية", "رئيس البرلمان",
    "رئيس مجلس النواب", "نائب رئيس الوزراء", "رئيس الإقليم", "رئيس الوزراء العراقي", "الرئيس",
    "وزير الخارجية", "وزير الدفاع", "وزير الداخلية", "وزير المالية", "وزير النفط", "الوزير",
    "الأمين العام", "السفير", "المبعوث", "الملك", "الأمير", "الشيخ", "السيد", "الدكتور", "النائب",
    "المتحدث باسم الحكومة", "الناطق باسم الحكومة", "القائد العام", "الجنرال", "المحافظ",
    "الرئيسة", "الوزيرة", "السفيرة", "النائبة", "الدكتورة", "الملكة", "الأميرة", "السيدة",
)
#: Epithets: descriptions that refer back to an actor already named.
EPITHETS_AR: tuple[str, ...] = ("الرجل", "الزعيم", "الضيف", "الزائر", "السياسي المخضرم", "المرأة")
#: Titles that refer back when their last word carries a pronoun (رئيس وزرائه 'its prime minister').
POSSESSED_TITLES_AR: tuple[str, ...] = ("رئيس وزراء", "رئيس حكومة", "وزير خارجية", "وزير دفاع", "رئيس", "زعيم", "قائد")

#: A word must recur this often to be taken as a name without a title.
FREQUENT_NAME_MIN_COUNT = 3
#: ... and be rarer than this in general Arabic (wordfreq Zipf units).
FREQUENT_NAME_MAX_ZIPF = 3.5
# A word after a title is no name when it is this common, unless a family name follows it.
_NAME_FIRST_MAX_ZIPF = 5.0
# A following name word (not a nisba) must be rarer than this.
_NAME_NEXT_MAX_ZIPF = 3.8
# A nisba (ال…ي) this common is an adjective (الأمريكي, العراقي), rarer ones are family names.
_NISBA_MAX_ZIPF = 4.5

# Conjunction and preposition proclitics, from the kit's inventory (helpers.text.clitics).
_PROCLITICS = proclitic_chains_ar(future=False, article=False)
# Second words of compound given names (عبد الله, حسام الدين): part of a name, never a name alone.
_NAME_LINKS = frozenset(normalize_ar(w) for w in ("الدين", "الله", "الرحمن", "الرحيم", "الكريم", "الأمير"))
_STOP = frozenset(normalize_ar(w) for w in (
    "الذي", "التي", "الذين", "في", "من", "إلى", "على", "عن", "مع", "أن", "إن", "قد", "لم", "لن", "لا", "ما",
    "هو", "هي", "هذا", "هذه", "ذلك", "تلك", "كان", "كانت", "بعد", "قبل", "عند", "أمس", "اليوم", "غداً", "الآن",
    "أيضاً", "نفسه", "ذاته", "وهو", "وهي", "ثم", "أو", "بل", "لكن", "حيث", "كما", "إذا", "عبر", "خلال", "منذ",
    "حتى", "بين", "لدى", "غير", "كل", "بعض", "أي", "أنه", "إنه", "الجديد", "السابق", "الحالي", "الأسبق",
))
_PREP_PRONOUNS = frozenset(normalize_ar(w) for w in (
    "له", "به", "عنه", "منه", "معه", "إليه", "عليه", "لديه", "فيه", "عنده", "بينه", "نفسه", "ذاته", "حوله",
))


@dataclass(frozen=True)
class ChainMention(Span):
    """A mention of an actor (label ``"mention"``).

    Attributes:
        chain: the actor's id: a key of ``actors``, or for a found actor the normalized family
            name (``الكاظمي``) or, without one, the whole normalized name (``حسام الدين``).
        mention_type: one of :data:`MENTION_TYPES` (a gold chain uses :data:`GOLD_MENTION_TYPES`).
        confidence: a rank from 0 to 1 (see the module docstring).
    """

    chain: str
    mention_type: str
    confidence: float


@dataclass
class _Actor:
    id: str
    names: list[tuple[str, ...]] = field(default_factory=list)
    titles: set[tuple[str, ...]] = field(default_factory=set)
    epithets: set[tuple[str, ...]] = field(default_factory=set)
    given: bool = False


def _is_nisba(w: Word) -> bool:
    return w.norm.startswith("ال") and w.norm.endswith("ي") and len(w.norm) >= 5


def _has_preposition(w: Word) -> bool:
    return w.plain[:1] in "لبك" and len(w.plain) >= 3 and zipf_ar(w.plain[1:]) > zipf_ar(w.plain)


@lru_cache(maxsize=16384)
def _readings(plain: str) -> frozenset[str]:
    """The coarse parts of speech farahidi gives ``plain`` out of context (empty if it does not know it).

    Morphology is the layer below discourse; it is imported here, on first use, so that importing
    the discourse helpers stays cheap. Without farahidi every word reads as unknown (no verb).

    >>> sorted(_readings("يبحث")), sorted(_readings("الكاظمي"))
    (['VERB'], [])
    """
    from helpers.morphology.backends import shared_cache
    from helpers.morphology.base import BackendUnavailable
    from helpers.morphology.farahidi_backend import FarahidiBackend

    try:  # through the shared cache: the morphology table has most words analysed, the disk cache the rest
        return frozenset(a.pos_coarse for a in shared_cache().analyses(FarahidiBackend(), plain))
    except BackendUnavailable:
        return frozenset()


def _only_verb(w: Word) -> bool:
    """Whether every reading of ``w`` is a verb (يبحث, يزور): never a name."""
    return _readings(w.plain) == {"VERB"}


def _verb_not_name(w: Word) -> bool:
    """Whether ``w`` reads as a verb and never as a proper noun (بحث, جو)."""
    readings = _readings(w.plain)
    return "VERB" in readings and "PROPN" not in readings


def _is_family_name(w: Word) -> bool:
    """Whether a word with the article is a family name: a rare nisba (الكاظمي), a rare word the
    analyser does not know (العطاونة), or a rarer one it can read as a proper noun (السعدون);
    not an adjective (المستقيل) nor a common noun (الوفد)."""
    if not w.norm.startswith("ال") or len(w.norm) < 4 or w.norm in _STOP or zipf_ar(w.plain) >= _NISBA_MAX_ZIPF:
        return False
    if _is_nisba(w):
        return True
    readings = _readings(w.plain)
    return not readings or ("PROPN" in readings and zipf_ar(w.plain) < _NAME_NEXT_MAX_ZIPF)


def _name_follows(w: Word | None, *, rare_word: bool) -> bool:
    """Whether ``w`` continues a name after its first word: a family name or a compound link
    (الدين), or with ``rare_word`` also a rare word that is not a verb (بايدن of جو بايدن)."""
    if w is None or not w.joined or w.norm in _STOP or _has_preposition(w) or has_conjunction_proclitic_ar(w.plain):
        return False
    if w.norm in _NAME_LINKS or _is_family_name(w):
        return True
    return rare_word and not w.norm.startswith("ال") and zipf_ar(w.plain) < _NAME_NEXT_MAX_ZIPF and "VERB" not in _readings(w.plain)


def _name_word(w: Word, *, first: bool, next_word: Word | None) -> bool:
    """Whether ``w`` can be part of a name after a title (see :func:`_name_after_title`)."""
    if w.norm in _STOP or len(w.norm) < 2 or _has_preposition(w) or has_conjunction_proclitic_ar(w.plain):
        return False
    if _is_nisba(w):
        return zipf_ar(w.plain) < _NISBA_MAX_ZIPF
    if w.norm.startswith("ال"):  # a definite word is an adjective (المعارض) unless a family name or a link
        return not first and (w.norm in _NAME_LINKS or _is_family_name(w))
    if first:
        if _verb_not_name(w) and not _name_follows(next_word, rare_word=True):
            return False  # a verb right after the title (وزير الخارجية يبحث): no name
        return zipf_ar(w.plain) < _NAME_FIRST_MAX_ZIPF or _name_follows(next_word, rare_word=False)
    return zipf_ar(w.plain) < _NAME_NEXT_MAX_ZIPF and not _only_verb(w)


def _name_after_title(text: str, words: Sequence[Word], j: int) -> tuple[int, int] | None:
    """Word range [j, k) of a name right after a title ending before word ``j``, or ``None``.

    Between title and name only whitespace or one comma may stand; up to two adjectives may
    come first: a common nisba (الأمريكي) or any other word with the article (المعارض). The name
    is one to three words: a first word that is not too common (Zipf below 5, unless a family
    name or a compound link such as الدين follows) and not a verb (see the module docstring),
    then rare words that are not only verbs, compound links or a family name (الكاظمي,
    العطاونة), which ends the name (:func:`_name_word`).
    """
    if j >= len(words):
        return None
    gap = text[words[j - 1].end : words[j].start]
    if gap.strip() not in ("", "،", ","):
        return None
    skipped = 0
    while (j < len(words) and skipped < 2 and words[j].norm.startswith("ال") and words[j].norm not in _STOP
           and not (_is_nisba(words[j]) and zipf_ar(words[j].plain) < _NISBA_MAX_ZIPF)):
        j += 1
        skipped += 1
    k = j
    while k < len(words) and k - j < 3:
        if k > j and not words[k].joined:
            break
        nxt = words[k + 1] if k + 1 < len(words) else None
        if not _name_word(words[k], first=k == j, next_word=nxt):
            break
        k += 1
        if k - 1 > j and words[k - 1].norm.startswith("ال") and words[k - 1].norm not in _NAME_LINKS:
            break  # a family name ends the name
    return (j, k) if k > j else None


def _match_any(words: Sequence[Word], i: int, phrases: Sequence[tuple[str, ...]], starts: PhraseStarts | None = None):
    """The longest of ``phrases`` matching at word ``i`` (the first of equals), with its phrase.

    ``starts`` (a :class:`PhraseStarts` of ``phrases``) skips the phrases that cannot match there.
    """
    best = None
    for k in (starts.candidates(words[i].norm) if starts is not None else range(len(phrases))):
        phrase = phrases[k]
        m = match_phrase_ar(words, i, phrase, proclitics=_PROCLITICS)
        if m is not None and (best is None or m.last > best[0].last):
            best = (m, phrase)
    return best


def _possessed_title(words: Sequence[Word], i: int) -> tuple[int, int, int] | None:
    """(start, end, last word) of a possessed title such as رئيس وزرائه at word ``i``, or ``None``."""
    titles = _possessed_titles()
    head_starts, headless = _possessed_title_starts()
    # the titles whose head can match at word i, and those without a head, in list order
    for k in sorted((*head_starts.candidates(words[i].norm), *headless)):
        title = titles[k]
        head, wanted = title[:-1], title[-1]
        if head:
            m = match_phrase_ar(words, i, head, proclitics=_PROCLITICS)
            if m is None or m.last + 1 >= len(words) or not words[m.last + 1].joined:
                continue
            last, start = words[m.last + 1], m.core_start
        else:
            last, start = words[i], words[i].start
        for suffix in ("ه", "ها", "هم", "هما"):
            if not last.plain.endswith(suffix) or len(last.plain) <= len(suffix) + 1:
                continue
            stem = last.norm[: -len(suffix)]
            if _stem_spells(stem, wanted):
                return start, last.end, last.index
            if not head and stem[:1] in "وفبلك" and _stem_spells(stem[1:], wanted):
                return last.offsets[1], last.end, last.index
    return None


@lru_cache(maxsize=1)
def _possessed_titles() -> tuple[tuple[str, ...], ...]:
    """:data:`POSSESSED_TITLES_AR` as normalized words, longest first."""
    return tuple(sorted((phrase_words_ar(t) for t in POSSESSED_TITLES_AR), key=len, reverse=True))


@lru_cache(maxsize=1)
def _possessed_title_starts() -> tuple[PhraseStarts, tuple[int, ...]]:
    """Which possessed titles' heads can match at a word, and the titles without a head."""
    titles = _possessed_titles()
    return (phrase_starts_ar(tuple(t[:-1] for t in titles), tuple(_PROCLITICS)),
            tuple(k for k, t in enumerate(titles) if len(t) == 1))


class _Anchors:
    """The mentions epithets and pronouns may refer back to, ordered by start (ties: by arrival).

    :meth:`latest` answers "the last of them, in that order, ending at or before an offset" by
    bisection on the starts and a short step back (over the few mentions that straddle the
    offset), for all chains or some, instead of filtering every mention each time.
    """

    def __init__(self, mentions: Sequence[ChainMention]) -> None:
        self._all: list[tuple[int, int, ChainMention]] = []
        self._by_chain: dict[str, list[tuple[int, int, ChainMention]]] = {}
        self._count = 0
        for mm in mentions:
            self.add(mm)

    def add(self, mm: ChainMention) -> None:
        item = (mm.start, self._count, mm)
        self._count += 1
        insort(self._all, item, key=lambda x: (x[0], x[1]))
        insort(self._by_chain.setdefault(mm.chain, []), item, key=lambda x: (x[0], x[1]))

    @staticmethod
    def _last_ending_by(items: list[tuple[int, int, ChainMention]], offset: int) -> tuple[int, int, ChainMention] | None:
        k = bisect_right(items, offset, key=lambda x: x[0]) - 1  # later items start after offset
        while k >= 0:
            if items[k][2].end <= offset:
                return items[k]
            k -= 1
        return None

    def latest(self, offset: int, only: set[str] | None = None) -> ChainMention | None:
        if only is None:
            found = self._last_ending_by(self._all, offset)
            return found[2] if found else None
        best = None
        for chain in only:
            found = self._last_ending_by(self._by_chain.get(chain, []), offset)
            if found is not None and (best is None or found[:2] > best[:2]):
                best = found
        return best[2] if best else None


def _stem_spells(stem: str, wanted: str) -> bool:
    """Whether a normalized stem before a pronoun spells ``wanted`` (وزرائ → وزراء, حكومت → حكومه)."""
    return stem == wanted or (stem[-1:] in ("ئ", "ؤ") and stem[:-1] + "ء" == wanted) or (stem[-1:] == "ت" and stem[:-1] + "ه" == wanted)


def _pronoun_word(w: Word) -> bool:
    """Whether ``w`` ends in the attached pronoun ـه (see the module docstring)."""
    plain = w.plain
    if not plain.endswith("ه") or len(plain) < 2:
        return False
    bare = plain[1:] if plain[:1] in "وف" and has_conjunction_proclitic_ar(plain) else plain
    if normalize_ar(bare) in _PREP_PRONOUNS or normalize_ar(plain) in _PREP_PRONOUNS:
        return True
    if len(plain) < 3:
        return False
    whole = max(zipf_ar(plain), zipf_ar(bare))
    for word in {plain, bare, plain[1:] if plain[:1] in "بلك" else plain}:
        stem = word[:-1]
        forms = {stem}
        if stem.endswith("ت"):
            forms.add(stem[:-1] + "ة")
        if stem.endswith(("ئ", "ؤ")):
            forms.add(stem[:-1] + "ء")
        if any(zipf_ar(f) >= 3.0 and zipf_ar(f) > whole for f in forms):
            return True
    return False


def _actors_from(actors: Mapping[str, Sequence[str]]) -> list[_Actor]:
    if not isinstance(actors, Mapping):
        raise ValueError(f"actors must map an actor id to its names, not {type(actors).__name__}")
    titles = {phrase_words_ar(t) for t in TITLES_AR}
    epithets = {phrase_words_ar(t) for t in EPITHETS_AR}
    found = []
    for actor_id, forms in actors.items():
        if not isinstance(actor_id, str) or not actor_id or isinstance(forms, str) or not forms:
            raise ValueError(f"actors[{actor_id!r}] must be a non-empty list of names, titles or epithets")
        actor = _Actor(actor_id, given=True)
        for form in forms:
            words = phrase_words_ar(form) if isinstance(form, str) else ()
            if not words:
                raise ValueError(f"actors[{actor_id!r}] has an empty or non-text form: {form!r}")
            if words in titles:
                actor.titles.add(words)
            elif words in epithets:
                actor.epithets.add(words)
            else:
                actor.names.append(words)
        found.append(actor)
    return found


def _detect_actors(text: str, words: Sequence[Word], title_matches: list) -> list[_Actor]:
    actors: dict[str, _Actor] = {}
    given_names: dict[tuple[str, ...], set[str]] = {}  # given name -> the actors whose full name starts with it
    for m, title in title_matches:
        span = _name_after_title(text, words, m.last + 1)
        if span is None:
            continue
        name = tuple(w.norm for w in words[span[0] : span[1]])
        last = words[span[1] - 1]
        # the last word alone is a name too when it is a family name (rare, or a rare nisba)
        surname = len(name) > 1 and name[-1] not in _NAME_LINKS and zipf_ar(last.plain) < _NISBA_MAX_ZIPF
        actor_id = name[-1] if surname or len(name) == 1 else " ".join(name)
        actor = actors.setdefault(actor_id, _Actor(actor_id))
        for form in (name, name[-1:]) if surname else (name,):
            if form not in actor.names:
                actor.names.append(form)
        if surname:  # the given name alone (سليم of سليم العطاونة; حسام الدين of حسام الدين يوسف)
            given = name[:2] if len(name) > 2 and name[1] in _NAME_LINKS else name[:1]
            if len(given) < len(name) and not _verb_not_name(words[span[0]]):
                given_names.setdefault(given, set()).add(actor_id)
    for given, owners in sorted(given_names.items()):
        others = [a for a in actors.values() if a.id not in owners and given in a.names]
        if len(owners) == 1 and not others:  # a given name two actors share stays out
            actor = actors[next(iter(owners))]
            if given not in actor.names:
                actor.names.append(given)
    counts: Counter[str] = Counter()
    spelled: dict[str, str] = {}
    for w in words:
        norm, plain = w.norm, w.plain
        for p in ("وال", "فال", "بال", "كال", "لل", "و", "ف", "ب"):
            if norm.startswith(p) and len(norm) - len(p) >= 3 and zipf_ar(plain[len(p):]) >= zipf_ar(plain):
                norm, plain = ("ال" + norm[len(p):], "ال" + plain[len(p):]) if p.endswith("ال") or p == "لل" else (norm[len(p):], plain[len(p):])
                break
        if len(norm) >= 4 and norm not in _STOP:
            counts[norm] += 1
            spelled.setdefault(norm, plain)
    for norm, n in sorted(counts.items()):
        if n >= FREQUENT_NAME_MIN_COUNT and zipf_ar(spelled[norm]) < FREQUENT_NAME_MAX_ZIPF and _readings(spelled[norm]) != {"VERB"}:
            actor = actors.setdefault(norm, _Actor(norm))
            if (norm,) not in actor.names:
                actor.names.append((norm,))
    return [actors[k] for k in sorted(actors)]


def reference_chains_ar(
    text: str, *, actors: Mapping[str, Sequence[str]] | None = None, window: int = 2
) -> list[ChainMention]:
    """Find the mentions of the main actors of a text (rules in the module docstring).

    Args:
        text: an Arabic text, exactly as loaded.
        actors: actor id -> names, titles and epithets in any spelling (``{"kadhimi":
            ["مصطفى الكاظمي", "الكاظمي", "رئيس مجلس الوزراء"]}``). A form listed in
            :data:`TITLES_AR` counts as a title, one in :data:`EPITHETS_AR` as an epithet, any
            other as a name. ``None`` finds actors by rule.
        window: how many sentences back an epithet or pronoun may look for its actor.

    Returns:
        Mentions sorted by offset (then chain), labelled ``"mention"``.

    Raises:
        TextInputError: if the text is empty or has no Arabic letter.
        ValueError: if ``actors`` is malformed or ``window`` is negative.

    >>> ms = reference_chains_ar("زار السيد كريم بغداد، ثم عاد الرجل إلى بيته.", actors={"karim": ["كريم"]})
    >>> [(m.text, m.mention_type, m.confidence) for m in ms]
    [('السيد', 'title', 0.9), ('كريم', 'name', 1.0), ('الرجل', 'epithet', 0.6), ('ه', 'pronoun_candidate', 0.4)]
    """
    check_text_ar(text)
    if not isinstance(window, int) or window < 0:
        raise ValueError(f"window must be a non-negative int, not {window!r}")
    words = words_ar(text)
    chosen = _actors_from(actors) if actors is not None else []
    title_phrases = sorted({phrase_words_ar(t) for t in TITLES_AR} | {t for a in chosen for t in a.titles}, key=len, reverse=True)
    title_starts = phrase_starts_ar(tuple(title_phrases), tuple(_PROCLITICS))

    # 1. titles, longest first
    used: set[int] = set()
    title_matches = []
    i = 0
    while i < len(words):
        best = _match_any(words, i, title_phrases, title_starts)
        if best is None:
            i += 1
            continue
        title_matches.append(best)
        used.update(range(best[0].first, best[0].last + 1))
        i = best[0].last + 1
    if actors is None:
        chosen = _detect_actors(text, words, title_matches)
    by_id = {a.id: a for a in chosen}

    # 2. names
    name_forms = sorted(((form, a.id) for a in chosen for form in a.names), key=lambda f: (-len(f[0]), f[1]))
    name_starts = PhraseStarts([form for form, _ in name_forms], proclitics=_PROCLITICS)
    mentions: list[ChainMention] = []
    name_at: dict[int, tuple[str, int]] = {}  # first word -> (actor, mention index)
    i = 0
    while i < len(words):
        hit = None
        if i not in used:
            for k in name_starts.candidates(words[i].norm):
                form, actor_id = name_forms[k]
                m = match_phrase_ar(words, i, form, proclitics=_PROCLITICS)
                if m is not None and not any(k in used for k in range(m.first, m.last + 1)):
                    hit = (m, actor_id)
                    break
        if hit is None:
            i += 1
            continue
        m, actor_id = hit
        confidence = 1.0 if by_id[actor_id].given else 0.9
        name_at[i] = (actor_id, len(mentions))
        mentions.append(ChainMention(m.core_start, m.end, text[m.core_start : m.end], "mention", actor_id, "name", confidence))
        used.update(range(m.first, m.last + 1))
        i = m.last + 1

    # 3. titles: next to a name, given, or remembered. Each chain's mentions so far, ordered by
    # (start, position in ``mentions``), give its latest mention before a title by bisection.
    chain_mentions: dict[str, list[tuple[int, int]]] = {}
    for pos, mm in enumerate(mentions):
        insort(chain_mentions.setdefault(mm.chain, []), (mm.start, pos))

    def latest_mention(chains: set[str], before: int) -> ChainMention | None:
        best: tuple[int, int] | None = None  # (start, position): the greatest start, then the first
        for chain in chains:
            items = chain_mentions.get(chain, [])
            k = bisect_left(items, (before,))  # items[:k] start before ``before``
            if k == 0:
                continue
            first = items[bisect_left(items, (items[k - 1][0],))]
            if best is None or first[0] > best[0] or (first[0] == best[0] and first[1] < best[1]):
                best = first
        return mentions[best[1]] if best is not None else None

    for m, title in title_matches:
        owner, confidence = None, 0.0
        after = _name_after_title(text, words, m.last + 1) if m.last + 1 < len(words) else None
        j = after[0] if after is not None else m.last + 1
        gap = text[words[j - 1].end : words[j].start].strip() if j < len(words) else "?"
        if j in name_at and (after is not None or gap in ("", "،", ",")):
            owner, confidence = name_at[j][0], 0.9
            by_id[owner].titles.add(title)
        else:
            holders = [a for a in chosen if title in a.titles]
            given = [a for a in holders if a.given]
            if given:
                owner, confidence = given[0].id, 0.8
            elif holders:
                earlier = latest_mention({a.id for a in holders}, m.start)
                if earlier is not None:
                    owner, confidence = earlier.chain, 0.7
        if owner is not None:
            mentions.append(ChainMention(m.core_start, m.end, text[m.core_start : m.end], "mention", owner, "title", confidence))
            insort(chain_mentions.setdefault(owner, []), (m.core_start, len(mentions) - 1))

    # 4. epithets and possessed titles: the most recent actor within the window
    epithet_phrases = sorted({phrase_words_ar(e) for e in EPITHETS_AR} | {e for a in chosen for e in a.epithets}, key=len, reverse=True)
    epithet_starts = phrase_starts_ar(tuple(epithet_phrases), tuple(_PROCLITICS))
    anchors = _Anchors(mentions)
    starts = [w.start for w in words]

    def sentence_at(offset: int) -> int:
        return words[max(bisect_right(starts, offset) - 1, 0)].sentence

    def latest_before(offset: int, sentence: int, only: set[str] | None = None) -> ChainMention | None:
        before = anchors.latest(offset, only)
        if before is None:
            return None
        return before if sentence - sentence_at(before.start) <= window else None

    i = 0
    while i < len(words):
        if i in used:
            i += 1
            continue
        w = words[i]
        found = _match_any(words, i, epithet_phrases, epithet_starts)
        span = (found[0].core_start, found[0].end, found[0].last) if found else _possessed_title(words, i)
        if span is None:
            i += 1
            continue
        start, end, last = span
        givers = {a.id for a in chosen if found and found[1] in a.epithets}
        anchor = latest_before(start, w.sentence, givers or None)
        if anchor is not None:
            mentions.append(ChainMention(start, end, text[start:end], "mention", anchor.chain, "epithet", 0.6))
            anchors.add(mentions[-1])
        used.update(range(i, last + 1))
        i = last + 1

    # 5. pronoun candidates
    for w in words:
        if w.index in used or not _pronoun_word(w):
            continue
        start = w.offsets[-1]
        for actor in chosen:
            anchor = latest_before(w.start, w.sentence, {actor.id})
            if anchor is None:
                continue
            confidence = 0.4 if sentence_at(anchor.start) == w.sentence else 0.2
            mentions.append(ChainMention(start, w.end, text[start : w.end], "mention", actor.id, "pronoun_candidate", confidence))
    check_spans(text, mentions)
    return sorted(mentions, key=lambda mm: (mm.start, mm.end, mm.chain))


# ---------------------------------------------------------------- gold chains and recall

_GOLD_COLUMNS = ("chain", "start", "end", "text", "mention_type", "note")


def read_gold_chain_ar(path: str | Path, *, text: str | None = None) -> list[ChainMention]:
    """Read a gold chain TSV (columns ``chain start end text mention_type note``).

    Args:
        path: a file, or a name inside ``data/annotations/`` (``"chain_kadhimi.tsv"``).
        text: the annotated text; if given, every row's offsets are checked against it.

    Raises:
        ValueError: one line naming the bad row (schema, type, or offsets that do not match).

    >>> gold = read_gold_chain_ar("chain_kadhimi.tsv")
    >>> gold[0].text, gold[0].mention_type
    ('الكاظمي', 'name')
    """
    p = Path(path)
    if not p.exists():
        p = data_path("annotations", str(path))
    frame = read_lexicon_tsv(p, _GOLD_COLUMNS)
    mentions = []
    for row in frame.itertuples(index=False):
        if row.mention_type not in GOLD_MENTION_TYPES:
            raise ValueError(f"{p.name}: mention_type {row.mention_type!r} is not one of {', '.join(GOLD_MENTION_TYPES)}")
        try:
            start, end = int(row.start), int(row.end)
        except ValueError:
            raise ValueError(f"{p.name}: offsets must be integers, not {row.start!r}:{row.end!r}") from None
        mentions.append(ChainMention(start, end, row.text, "mention", row.chain, row.mention_type, 1.0))
    if text is not None:
        check_spans(text, mentions)
    return sorted(mentions, key=lambda m: (m.start, m.end))


@dataclass(frozen=True)
class ChainRecall:
    """How many gold mentions a found chain covers.

    Attributes:
        chain: the found chain compared.
        gold: the number of gold mentions; matched: how many a found mention overlaps.
        recall: ``matched / gold``.
        by_type: gold mention type -> ``(matched, gold)``.
        missed: the gold mentions not found.
    """

    chain: str
    gold: int
    matched: int
    recall: float
    by_type: dict[str, tuple[int, int]]
    missed: tuple[ChainMention, ...]

    def to_frame(self) -> pd.DataFrame:
        """One row per gold mention type plus ``all``: ``mention_type``, ``gold``, ``matched``, ``recall``."""
        rows = [{"mention_type": t, "gold": g, "matched": m, "recall": round(m / g, 3) if g else 0.0}
                for t, (m, g) in self.by_type.items()]
        rows.append({"mention_type": "all", "gold": self.gold, "matched": self.matched, "recall": round(self.recall, 3)})
        return pd.DataFrame(rows, columns=["mention_type", "gold", "matched", "recall"])


def chain_recall_ar(found: Sequence[ChainMention], gold: Sequence[ChainMention], *, chain: str | None = None) -> ChainRecall:
    """Compare found mentions with a gold chain: a gold mention counts if a found one overlaps it.

    Each found mention is used for at most one gold mention.

    Args:
        found: mentions from :func:`reference_chains_ar`.
        gold: a gold chain (:func:`read_gold_chain_ar`).
        chain: which found chain to compare; ``None`` takes the one overlapping most gold
            mentions (ties: the smaller id).

    Raises:
        ValueError: if ``gold`` is empty.

    >>> gold = [ChainMention(0, 3, "كري", "mention", "k", "name", 1.0), ChainMention(5, 6, "ه", "mention", "k", "pronoun", 1.0)]
    >>> r = chain_recall_ar([ChainMention(0, 4, "كريم", "mention", "كريم", "name", 0.9)], gold)
    >>> r.chain, r.matched, r.recall, r.by_type
    ('كريم', 1, 0.5, {'name': (1, 1), 'pronoun': (0, 1)})
    """
    if not gold:
        raise ValueError("the gold chain is empty")

    def overlaps(a: Span, b: Span) -> bool:
        return a.start < b.end and b.start < a.end

    if chain is None:
        scores = Counter(f.chain for f in found for g in gold if overlaps(f, g))
        chain = min(scores, key=lambda c: (-scores[c], c)) if scores else ""
    pool = sorted((f for f in found if f.chain == chain), key=lambda f: (f.start, f.end))
    taken: set[int] = set()
    by_type: dict[str, list[int]] = {}
    missed = []
    for g in sorted(gold, key=lambda m: (m.start, m.end)):
        counts = by_type.setdefault(g.mention_type, [0, 0])
        counts[1] += 1
        hit = next((k for k, f in enumerate(pool) if k not in taken and overlaps(f, g)), None)
        if hit is None:
            missed.append(g)
        else:
            taken.add(hit)
            counts[0] += 1
    matched = len(gold) - len(missed)
    return ChainRecall(chain, len(gold), matched, matched / len(gold), {t: (m, n) for t, (m, n) in by_type.items()}, tuple(missed))
