"""Orthographic repair before morphological analysis: hamza/alef, alef maksura, teh marbuta.

Real texts drop hamzas (الى, ان, اخلاء, اصبحت) and misplace them (الأدارة, وأستمرار), and an
analyzer that looks words up in a lexicon does not recognise them, or worse, recognises another
word (farahidi reads الأدارة as أَدَّارَة, an intensive noun of the root ءدر). This module proposes
standard spellings and keeps those the analyzer recognises.

**Candidates** (:func:`repair_candidates_ar`), in two tiers, most plausible first:

1. the suggestions of :func:`helpers.text.orthography.suggest_hamza_ar` (rules for hamzat al-waṣl and
   function words, then word frequencies), in its order;
2. systematic edits: the alef at the start of the stem, after each possible proclitic chain
   (و ف ب ل ك س ال ...), written as each of ا أ إ آ; a final ي as ى or ى as ي; a final ه as ة
   or ة as ه; and a hamza edit combined with an ending edit (الي → إلى). An edit is kept only
   if the edited word is *more common* than the written one in ``wordfreq``'s Arabic list (the
   lexicon :mod:`helpers.text.orthography` uses), and the tier is sorted by that frequency. This is
   what keeps names and solid spellings alone: farahidi would read ألكاظمي as a question
   particle plus a word, but nobody writes ألكاظمي, while الكاظمي is common.

A bare word of fewer than three letters gets no hamza edit in tier 2 (ال, ان, اي are too
ambiguous; the orthography module's function-word rules handle ان and اي).

**Choice** (:func:`choose_repair_ar`):

* a word the analyzer does **not** recognise: the first tier with a recognised candidate wins.
  If that tier has several, the context decides when the backend can score context (farahidi's
  lemma bigrams, :meth:`~helpers.morphology.farahidi_backend.FarahidiBackend.context_score`) and
  the best score is positive and at least twice the runner-up's (``على ان`` → ``على أن``,
  ``قال ان`` → ``قال إن``); lemmas all candidates share are left out of the scores. Otherwise
  the tier's order decides. A word with no recognised candidate is left alone and reported as unknown: proper
  nouns and loanwords the lexicon lacks (الكاظمي, كاتيوشا) are not guessed;
* a word the analyzer **does** recognise is repaired only when the orthography module flags it
  with exactly **one** suggestion and the analyzer recognises that suggestion too (الأدارة →
  الإدارة, أخر → آخر, إجل → أجل). Several suggestions mean the written form may be right
  (الامام: الإمام or الأمام), so nothing is changed. farahidi does not recognise الى, so it is
  repaired as an unknown word (to إلى, the only suggestion).

Every repair says what it changed (:attr:`Repair.kind`) and how it was chosen
(:attr:`Repair.method`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from helpers.morphology.backends import AnalysisCache, resolve_backend, shared_cache
from helpers.morphology.base import MorphologyBackend, WordAnalysis
from helpers.text.normalize import normalize_ar
from helpers.text.orthography import suggest_hamza_ar
from wordfreq import zipf_frequency

__all__ = ["Repair", "REPAIR_KINDS", "REPAIR_METHODS", "analysis_form_ar", "repair_candidates_ar", "choose_repair_ar", "repair_kind_ar"]

#: What a repair changed (several joined by "+", e.g. "hamza+alef_maksura").
REPAIR_KINDS = ("hamza", "alef_maksura", "teh_marbuta")

#: How a repair was chosen.
REPAIR_METHODS = (
    "orthography",  # the orthography module's suggestion (its rules and word frequencies)
    "lexicon",  # the first systematic edit the analyzer recognises
    "context",  # the neighbouring words decided between recognised candidates
)

_ALEFS = "اأإآ"
# Replacement order for each written alef: the likeliest intended spelling first.
_ALEF_ORDER = {"ا": "أإآ", "أ": "اإآ", "إ": "أاآ", "آ": "أاإ"}
_END_SWAPS = {"ي": "ى", "ى": "ي", "ه": "ة", "ة": "ه"}
# Proclitic chains before a stem, longest first (the article's alef is dropped after ل: لل).
_PREFIXES = tuple(
    sorted(
        {
            c + p + a
            for c in ("", "و", "ف")
            for p in ("", "ب", "ل", "ك", "س")
            for a in ("", "ال")
            if not (p == "س" and a)
        }
        | {c + "لل" for c in ("", "و", "ف")},
        key=lambda s: (-len(s), s),
    )
)
_CONTEXT_MARGIN = 2.0


@dataclass(frozen=True)
class Repair:
    """A repaired spelling chosen for one word.

    Attributes:
        written: the word as analysed before repair (dediacritized).
        repaired: the spelling analysed instead.
        kind: what changed, from :data:`REPAIR_KINDS` (joined by "+").
        method: how it was chosen, from :data:`REPAIR_METHODS`.
        alternatives: the other recognised candidates of the winning tier ("" if none).
    """

    written: str
    repaired: str
    kind: str
    method: str
    alternatives: tuple[str, ...] = ()


@lru_cache(maxsize=200_000)
def analysis_form_ar(token: str) -> str:
    """Return the form of a token that is analysed: NFKC, no tatweel, no diacritics.

    Hamzas, alef maksura and teh marbuta are kept: they are what repair works on.

    >>> analysis_form_ar("رسمياً"), analysis_form_ar("اللذيّن"), analysis_form_ar("الـ")
    ('رسميا', 'اللذين', 'ال')
    """
    return normalize_ar(token, alef=False, alef_maksura=False, teh_marbuta=False)


def repair_kind_ar(written: str, repaired: str) -> str:
    """Say what a repair changed, from :data:`REPAIR_KINDS` (several joined by "+").

    >>> repair_kind_ar("اخلاء", "إخلاء"), repair_kind_ar("الي", "إلى"), repair_kind_ar("الاداره", "الإدارة")
    ('hamza', 'hamza+alef_maksura', 'hamza+teh_marbuta')
    """
    kinds = []
    if len(written) == len(repaired):
        changed = [i for i, (a, b) in enumerate(zip(written, repaired)) if a != b]
    else:
        changed = [0]
    if any(i < len(written) - 1 or written[i] in _ALEFS for i in changed):
        kinds.append("hamza")
    if written[-1:] + repaired[-1:] in ("يى", "ىي"):
        kinds.append("alef_maksura")
    if written[-1:] + repaired[-1:] in ("هة", "ةه"):
        kinds.append("teh_marbuta")
    return "+".join(kinds) or "hamza"


def _hamza_edits(word: str) -> list[str]:
    out = []
    for prefix in _PREFIXES:
        p = len(prefix)
        if not word.startswith(prefix) or p >= len(word) or word[p] not in _ALEFS:
            continue
        if len(word) - p < (3 if not prefix else 2):
            continue
        out += [word[:p] + alef + word[p + 1 :] for alef in _ALEF_ORDER[word[p]]]
    return out


def _end_edits(word: str) -> list[str]:
    if len(word) < 2 or word[-1] not in _END_SWAPS:
        return []
    return [word[:-1] + _END_SWAPS[word[-1]]]


@lru_cache(maxsize=100_000)
def _tiers(word: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    form = analysis_form_ar(word)
    orthography = tuple(dict.fromkeys(analysis_form_ar(s) for s in suggest_hamza_ar(form) if analysis_form_ar(s) != form))
    hamza = _hamza_edits(form)
    edits = hamza + _end_edits(form) + [e for h in hamza for e in _end_edits(h)]
    written = zipf_frequency(form, "ar")
    common = {c: zipf_frequency(c, "ar") for c in dict.fromkeys(edits) if c != form and c not in orthography}
    systematic = sorted((c for c, z in common.items() if z > written), key=lambda c: -common[c])
    return orthography, tuple(systematic)


def repair_candidates_ar(word: str) -> tuple[str, ...]:
    """Return candidate standard spellings of ``word``, most plausible first (see the module notes).

    The word's diacritics and tatweel are dropped first; the word itself is never a candidate.

    >>> repair_candidates_ar("الأدارة"), repair_candidates_ar("اصبحت")
    (('الإدارة', 'الادارة', 'الاداره', 'الإداره'), ('أصبحت',))
    >>> repair_candidates_ar("الي"), repair_candidates_ar("فى"), repair_candidates_ar("الاداره")
    (('إلى', 'الى'), ('في',), ('الإدارة', 'الادارة'))
    >>> repair_candidates_ar("الكاظمي"), repair_candidates_ar("لاسيما")
    ((), ())
    """
    return tuple(c for tier in _tiers(word) for c in tier)


def choose_repair_ar(
    word: str,
    *,
    backend: str | MorphologyBackend = "farahidi",
    left: str | None = None,
    right: str | None = None,
    cache: AnalysisCache | None = None,
) -> Repair | None:
    """Choose the spelling to analyse instead of ``word``, or ``None`` to keep it (see the module notes).

    Args:
        word: one Arabic word (diacritics and tatweel are ignored).
        backend: the backend (or its name) whose lexicon decides what is recognised.
        left, right: the neighbouring words in the same sentence, for context; ``None`` at edges.
        cache: where analyses are looked up (default: :func:`~helpers.morphology.backends.shared_cache`).

    >>> choose_repair_ar("اخلاء")
    Repair(written='اخلاء', repaired='إخلاء', kind='hamza', method='orthography', alternatives=())
    >>> choose_repair_ar("ان", left="على", right="مرحلة").repaired
    'أن'
    >>> choose_repair_ar("الكاظمي") is None, choose_repair_ar("الإدارة") is None
    (True, True)
    """
    backend = resolve_backend(backend)
    cache = shared_cache() if cache is None else cache

    def analyses(form: str | None) -> tuple[WordAnalysis, ...]:
        return cache.analyses(backend, form) if form else ()

    form = analysis_form_ar(word)
    tiers = _tiers(form)
    if analyses(form):
        suggestions = tiers[0]
        if len(suggestions) == 1 and analyses(suggestions[0]):
            return Repair(form, suggestions[0], repair_kind_ar(form, suggestions[0]), "orthography")
        return None
    scorer = _context_scorer(backend, analyses(left), analyses(right))
    for level, tier in enumerate(tiers):
        recognised = [c for c in tier if analyses(c)]
        if not recognised:
            continue
        chosen, method = recognised[0], "orthography" if level == 0 else "lexicon"
        if len(recognised) > 1 and scorer is not None:
            # Lemmas every candidate can have (farahidi reads both أن and إن as the verb أَنَّ)
            # say nothing about which spelling is meant: score only the distinctive ones.
            shared = set.intersection(*({a.lemma for a in analyses(c)} for c in recognised))
            distinctive = {c: [a for a in analyses(c) if a.lemma not in shared] for c in recognised}
            scores = sorted(((scorer(distinctive[c]), -i, c) for i, c in enumerate(recognised)), reverse=True)
            (best, _, winner), (second, _, _) = scores[0], scores[1]
            if best > 0 and best >= _CONTEXT_MARGIN * second:
                chosen, method = winner, "context"
        others = tuple(c for c in recognised if c != chosen)
        return Repair(form, chosen, repair_kind_ar(form, chosen), method, others)
    return None


def _context_scorer(
    backend: MorphologyBackend, left: Sequence[WordAnalysis], right: Sequence[WordAnalysis]
) -> Callable[[Sequence[WordAnalysis]], float] | None:
    """A function scoring a candidate's analyses in context, if the backend can (and has context)."""
    score = getattr(backend, "context_score", None)
    if score is None or not (left or right):
        return None
    return lambda found: float(score(left, found, right))
