"""Discourse connectives with PDTB-3 senses, from the kit's lexicon ``connectives_ar.tsv``.

:func:`find_connectives_ar` tags the explicit connectives of a text and gives each the kit's
sense, subtype and top-level class and its PDTB-3 sense at level 2 (the scheme is in
:mod:`helpers.discourse.lexicon` and in the lexicon's comment block). The policy:

* **Spans are the connective proper**, as in PDTB and the kit's news gold: a proclitic و/ف
  written on it and an attached pronoun stay outside (``ولكنها`` gives ``لكن``; the و is in
  :attr:`Connective.proclitic`, the whole written form in :attr:`Connective.written`).
* **Matching** is on normalized text (``اذا ما``, ``من اجل ان`` match), longest match first; a
  multiword form never crosses punctuation; entries ending in أن/إن/لكن/لأن/لكون take a pronoun.
* **What follows decides** (the lexicon's ``arg2``, tested by :class:`helpers.discourse.clauses.WordFacts`
  on the farahidi morphology table of the text): ``أو``, ``إلا``, ``حيث``, ``أي`` before a clause
  only (``أو حزب`` links words, not clauses); prepositions such as ``بسبب``, ``من أجل``, ``على إثر``,
  ``رغم`` only before a verbal noun with an argument of its own (``بسبب انقطاع الكهرباء``, not
  ``من أجل الحرية``); additive frames (``فضلاً عن``, ``إضافة إلى``, ``إلى جانب``) only before a
  clause or ``ذلك`` (``إلى جانب عدد من الوزراء`` is no connective); ``لو`` before a verb (not in
  ``جان-ايف لو دريان``); a resumptive ``ما``/``الأمر الذي``/``وهو ما`` before a causal verb
  (``، ما أدى إلى``); ``حتى`` before a verb: purpose before an imperfect, time before a perfect.
  An anaphoric form followed by a definite noun is a demonstrative (``بذلك القرار``).
* **Position**: ``clause_initial`` entries only where a sentence or clause begins.
* **Look-alikes**: the lexicon's ``not_after``/``not_before`` words; page furniture (dateline,
  boilerplate); a connective inside an organisation's name: after ``حزب``, ``حركة``, ``جمعية``,
  ``منظمة``, ``اتحاد`` ... (:data:`ORGANIZATION_NOUNS_AR`) followed only by definite or unknown
  words (``حزب التكتل الديمقراطي من أجل العمل``), or inside quotation marks right after one.
* **Paired forms** (``مع أن … لكن``, ``أما … ف``, ``إذا … ف``, ``لو … ل``) need both parts in one
  sentence; the span is the first part and :attr:`Connective.parts` holds all parts (``لو`` with
  two answers, ``لو … ل … ول``, has three). Without its second part the first is matched alone.
* **بل and إنما** after a negation (``لا لم لن ليس ما``) earlier in the sentence replace what was
  denied: alternative/substitution (``Expansion.Substitution``); without one بل adds a stronger
  point (addition/emphatic, ambiguous) and إنما reads as contrast (ambiguous).
* **The clitics** (``clitics=``; the kit's clitic policy, :mod:`helpers.text.clitics`, says when a
  first letter is a clitic at all):

  - ``"clause"`` (default): و and ف are connectives when they join **clauses**, not words, as in
    PDTB and the Leeds Arabic Discourse Treebank: at the start of a sentence; before a verb, a
    particle (لا لم لن قد), أن/إن or a pronoun subject (``وأن``, ``وهو``); after a comma when a
    verb follows in the clause; and before a preposition with a pronoun that opens a
    circumstantial clause (``وعليهما آثار``: ``Temporal.Synchronous``). و between nouns,
    adjectives or prepositional phrases is not tagged; nor is ``وذلك``. A ف that opens the main
    clause after a fronted phrase with no verb (``وبحسب الصحيفة، فإن``) relates nothing and is
    not tagged. A و before a subordinator or a preposition (``ولو``, ``وبما أن``, ``ومن أجل``) is
    tagged on its own when it links clauses; a و before a coordinator or adverbial (``ولكن``,
    ``ومع ذلك``) is part of the same link and is not.
  - ``"clause_initial"``: و/ف only where the word opens a sentence or clause (the kit's earlier
    policy); ``"all"``: every و/ف that reads as a proclitic; ``"none"``: no clitic connective.
  - ل is a purpose connective (``Contingency.Purpose``) before a subjunctive verb (``ليتم``; not
    after كان, the lām of denial) or before a verbal noun with its argument (``للمطالبة بحقوقهم``),
    unless the word before it selects the ل: a verb (``تخطط لـ``), a verbal noun (``دعوة لـ``) or
    an indefinite noun (``خطة لـ``, ``مستشعر لـ``). It follows every policy but ``"none"``.

  Clitic findings are always ``ambiguous``.

>>> [(c.text, c.sense, c.pdtb) for c in find_connectives_ar("لم ينجح الحوار بعد، لكنه لم يفشل، بل تأجل.")]
[('لكن', 'concession', 'Comparison.Concession'), ('بل', 'alternative', 'Expansion.Substitution')]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import pandas as pd

from helpers.discourse.clauses import WordFacts
from helpers.discourse.lexicon import PAIR_SEPARATOR, SENSE_CLASSES, connective_lexicon_ar
from helpers.discourse.words import PRONOUN_SUFFIXES, PhraseMatch, match_phrase_ar, phrase_words_ar, words_ar
from helpers.text.clitics import CONJUNCTIONS, clitic_readings_ar, has_conjunction_ar, split_clitics_ar, zipf_ar
from helpers.text.normalize import normalize_ar
from helpers.text.spans import Span
from helpers.text.structure import split_article_ar

__all__ = ["Connective", "CLITIC_POLICIES", "NEGATIONS_AR", "ORGANIZATION_NOUNS_AR", "find_connectives_ar"]

#: The values of ``clitics`` in :func:`find_connectives_ar`.
CLITIC_POLICIES = ("clause", "clause_initial", "all", "none")

#: Negation words (normalized) that make a later بل or إنما a substitution.
NEGATIONS_AR = frozenset({"لا", "لم", "لن", "ليس", "ليست", "ليسا", "ليسوا", "لست", "لسنا", "ما"})

#: Nouns that open an organisation's name (normalized): a connective word after one, inside
#: the name, is no connective (حزب التكتل الديمقراطي من أجل العمل).
ORGANIZATION_NOUNS_AR = frozenset(normalize_ar(w) for w in (
    "حزب حركة جمعية منظمة اتحاد هيئة جبهة تحالف ائتلاف تيار رابطة نقابة شبكة مؤسسة مركز منتدى مبادرة "
    "قائمة كتلة تكتل مجلس لجنة حملة جماعة برنامج مشروع صندوق".split()
))

# Entry-final words that take an attached pronoun (لكنها, لأنه, إلا أنهم), normalized.
_SUFFIX_HOSTS = ("ان", "لكن", "لان", "لكون")
# Prepositions with a pronoun that open a circumstantial (ḥāl) clause after و.
_HAL_OPENERS = frozenset(normalize_ar(w) for w in (
    "عليه عليها عليهما عليهم لديه لديها لديهم بحوزته بحوزتها بحوزتهم معه معها معهم بيده بيدها فيه فيها".split()
))
_ANAPHOR_ENDINGS = frozenset(normalize_ar(w) for w in ("ذلك", "هذا", "هذه", "تلك"))
_FRONTED_OK = frozenset({"subordinator", "preposition", "frame"})
# Entries ending in the subjunctive أنْ, which takes a verb and no pronoun.
_SUBJUNCTIVE_AN = frozenset({"قبل أن", "بعد أن", "إلى أن", "منذ أن", "من أجل أن", "شرط أن"})
# Institutions and offices whose names go on with a ل-phrase (الصندوق السعودي للتنمية, المنسق العام
# لاعتصام الكامور), normalized.
_INSTITUTIONS = frozenset(normalize_ar(w) for w in (
    "صندوق بنك مخبر مختبر معهد وكالة ديوان مكتب مدرسة جامعة كلية وزارة إدارة شركة مؤسسة اتحاد جمعية منظمة هيئة "
    "مركز مرصد مجلس لجنة نادي جائزة مهرجان مؤتمر منتدى برنامج خطة استراتيجية منسق أمين مدير رئيس ممثل سفير "
    "وزير ناطق متحدث نائب عضو قائد مستشار كأس بطولة دوري مسابقة".split()
))
# Words whose ل-complement is part of a frame, not a purpose: بالنسبة لـ.
_LAM_FRAMES = frozenset(normalize_ar(w) for w in (
    "بالنسبة نسبة بالإضافة إضافة وفقا طبقا تبعا نظرا استنادا تطبيقا استجابة خلافا تفاديا احتراما تقديرا".split()
))
_RELATIVES = frozenset(normalize_ar(w) for w in "الذي التي الذين اللذين اللتين اللاتي اللواتي".split())
# Verbs (lemmas, normalized) whose object takes ل: a ل-phrase after them is selected, not a purpose.
_LAM_VERBS = frozenset(normalize_ar(w) for w in (
    "استجاب تصدى تعرض خضع انضم سعى دعا تطرق لجأ اضطر قاد أهل مهد خطط استعد سمح انحاز تنكر امتثل رضخ تفرغ "
    "احتكم انتمى أساء أشار وجه قدم منح".split()
))
# Phrases that open a sentence before its main clause (normalized): attribution and topic.
_FRONTED_PHRASES = tuple(normalize_ar(p) for p in (
    "وفقا", "وفق", "بحسب", "حسب", "طبقا", "نقلا عن", "استنادا", "على لسان", "بالنسبة", "فيما يتعلق", "في ما يتعلق",
    "فيما يخص", "في ما يخص", "أما",
))


@dataclass(frozen=True)
class Connective(Span):
    """A discourse connective (label ``"connective"``).

    Attributes:
        connective: the lexicon entry (standard spelling; ``"مع أن … لكن"`` for a paired form).
        sense: one of :data:`helpers.discourse.lexicon.SENSE_CLASSES`.
        subtype: the sense's subtype (:data:`helpers.discourse.lexicon.SENSE_SUBTYPES`).
        sense_class: the top-level class (``Temporal``, ``Contingency``, ``Comparison``, ``Expansion``).
        pdtb: the PDTB-3 sense at level 2 (``Comparison.Concession``).
        kind: how this occurrence is written: ``single`` (one word, ``لاسيما``), ``multiword``
            (``لا سيما``), ``paired`` (both parts found) or ``clitic`` (و, ف or ل alone).
        ambiguous: whether the form often has another sense or no connective use (a clitic,
            an entry with ``other_senses``, بل without a negation).
        other_senses: the other readings listed in the lexicon (``"nonconnective"`` included).
        parts: ``(start, end)`` of each part: one for most forms, two or more for a paired form.
        proclitic: a و or ف written on the connective and left outside its span (``"و"`` of ولكن).
        written: ``(start, end)`` of the first part as written, proclitic and pronoun included.
    """

    connective: str
    sense: str
    subtype: str
    sense_class: str
    pdtb: str
    kind: str
    ambiguous: bool
    other_senses: tuple[str, ...] = ()
    parts: tuple[tuple[int, int], ...] = ()
    proclitic: str = ""
    written: tuple[int, int] = (0, 0)


@dataclass(frozen=True)
class _Form:
    order: int
    entry: str
    first: tuple[str, ...]
    second: tuple[str, ...]
    spelled: str
    sense: str
    subtype: str
    pdtb: str
    syntax: str
    arg2: str
    position: str
    other_senses: tuple[str, ...]
    not_after: frozenset[str]
    not_before: frozenset[str]


@lru_cache(maxsize=1)
def _compile() -> tuple[dict[str, list[_Form]], dict[str, pd.Series]]:
    lexicon = connective_lexicon_ar()
    index: dict[str, list[_Form]] = defaultdict(list)
    clitics: dict[str, pd.Series] = {}
    for order, row in enumerate(lexicon.itertuples(index=False)):
        if row.type == "clitic":
            clitics[row.connective] = row
            continue
        for spelling in (row.connective, *row.variants):
            first, _, second = spelling.partition(PAIR_SEPARATOR.strip())
            form = _Form(
                order, row.connective, phrase_words_ar(first), phrase_words_ar(second),
                normalize_ar(first.split()[0], alef=False, alef_maksura=False, teh_marbuta=False),
                row.sense, row.subtype, row.pdtb, row.syntax, row.arg2, row.position, tuple(row.other_senses),
                frozenset(normalize_ar(w) for w in row.not_after), frozenset(normalize_ar(w) for w in row.not_before),
            )
            index[form.first[0]].append(form)
    return dict(index), clitics


class _Detector:
    """One text: its words, their facts, and the state of the scan."""

    def __init__(self, text: str, morphology: pd.DataFrame | None) -> None:
        self.text = text
        self.words = words_ar(text)
        self.facts = WordFacts(text, self.words, morphology)
        self.quotes = _quote_spans(text)

    # -- small tests ------------------------------------------------------------------------------

    def sentence_initial(self, i: int) -> bool:
        return i == 0 or self.words[i - 1].sentence != self.words[i].sentence

    def bare(self, i: int) -> str:
        """Word ``i`` normalized, without a conjunction proclitic."""
        w = self.words[i]
        return normalize_ar(w.plain[1:]) if self.facts.has_conjunction(i) else w.norm

    def verb_later_in_clause(self, i: int) -> bool:
        """Whether a verb follows word ``i`` closely (three words), before any preposition: the
        predicate of a clause whose subject ``i`` begins (، والمدعي العام يحقق), not a verb inside
        a later phrase (، وإرجاء هذا الأمر إلى لجان تبدأ)."""
        clause = self.words[i].clause
        k = i + 1
        while k < len(self.words) and self.words[k].clause == clause and k <= i + 3 and self.words[k].joined:
            if self.facts.is_verb(k):
                return True
            if self.facts.pos(k) == "ADP" or self.words[k].norm in _RELATIVES:
                return False
            k += 1
        return False

    def lam_selected_by_verb(self, i: int) -> bool:
        """Whether the nearest verb before word ``i`` (eight words back, same sentence) takes ل as its own
        preposition (استجابت الإدارة … لطلب الحكومة)."""
        k = i - 1
        while k >= 0 and i - k <= 8 and self.words[k].sentence == self.words[i].sentence:
            if self.facts.is_verb(k):
                return self.facts.lemma(k) in _LAM_VERBS
            k -= 1
        return False

    def verb_earlier_in_sentence(self, i: int) -> bool:
        k = i - 1
        while k >= 0 and self.words[k].sentence == self.words[i].sentence:
            if self.facts.is_verb(k):
                return True
            k -= 1
        return False

    def fronted_phrase(self, i: int) -> bool:
        """Whether the sentence of word ``i`` opens with an attribution or topic phrase (وفقاً لـ,
        بحسب, بالنسبة لـ, فيما يتعلق بـ), after which a ف only opens the main clause."""
        k = i
        while k > 0 and self.words[k - 1].sentence == self.words[i].sentence:
            k -= 1
        opening = " ".join(self.bare(j) if j == k else self.words[j].norm for j in range(k, min(k + 3, i)))
        return any(opening.startswith(p) for p in _FRONTED_PHRASES)

    def negated_before(self, i: int) -> bool:
        j = i - 1
        while j >= 0 and self.words[j].sentence == self.words[i].sentence:
            norm = self.words[j].norm
            if norm in NEGATIONS_AR or (norm[:1] in "وف" and norm[1:] in NEGATIONS_AR):
                return True
            j -= 1
        return False

    def inside_name(self, i: int) -> bool:
        """Whether word ``i`` lies inside an organisation's name (see the module docstring)."""
        start = self.words[i].start
        for q_start, q_end in self.quotes:
            if q_start < start < q_end:
                k = i - 1
                while k >= 0 and self.words[k].start > q_start:
                    k -= 1
                if k >= 0 and self._organization(k) and not self.text[self.words[k].end:q_start].strip(" \u00a0"):
                    return True
        k = i - 1
        while k >= 0 and i - k <= 6 and self.words[k].clause == self.words[i].clause and self.words[k + 1].joined:
            if self._organization(k):
                return k < i - 1
            w = self.words[k]
            if not (w.norm.startswith("ال") or (self.facts.has_morphology and not self.facts.is_known(k))):
                return False
            k -= 1
        return False

    def _organization(self, k: int) -> bool:
        """Whether word ``k`` is an organisation noun that begins a name (indefinite: حزب, not الحزب)."""
        reading = split_clitics_ar(self.words[k].plain)
        return "ال" not in reading.proclitics and normalize_ar(reading.stem) in ORGANIZATION_NOUNS_AR

    # -- lexical connectives ----------------------------------------------------------------------

    def arg2_ok(self, form: _Form, m: PhraseMatch) -> bool:
        last = self.words[m.last]
        t = m.last if m.end < last.end else m.last + 1  # a one-letter last word is a proclitic on the next
        if t < len(self.words) and t > m.last and not self.words[t].joined:
            t = len(self.words)  # punctuation after the form: nothing follows it in its clause
        if (form.first[-1].endswith(tuple(_ANAPHOR_ENDINGS)) and t < len(self.words)
                and "ال" in split_clitics_ar(self.words[t].plain).proclitics):
            return False  # بذلك القرار: a demonstrative, not an anaphor
        if form.entry == "ذلك أن" and m.proclitic:
            return False  # وذلك لأن: a resumptive subject before لأن, which is the connective
        if form.entry == "ولو" and t < len(self.words) and (self.facts.is_verb(t) or self.words[t].norm in ("ان", "كان")):
            return False  # و + conditional لو, not concessive ولو
        if form.entry in _SUBJUNCTIVE_AN and m.core_end < m.end:
            return False  # أنْ of these takes a verb, never a pronoun: أشار إلى أنه is "that", not "until"
        if form.arg2 == "any":
            return True
        if t >= len(self.words):
            return False
        preposition = form.syntax in ("preposition", "frame")
        if preposition and self._that_or_anaphor(t):
            return True  # فضلاً عن أن, إضافة إلى ذلك, بسبب ذلك
        if form.arg2 == "clause":
            return not preposition and self.facts.opens_clause(t, anaphor=True)
        if form.arg2 == "nominal":
            # no finite verb can follow a preposition: a verb reading there is a verbal noun's
            return self.facts.is_event(t, after_preposition=preposition) or (not preposition and self.facts.opens_clause(t))
        if form.arg2 == "verb":
            return self.facts.is_verb(t) or self.words[t].norm in ("ان", "كان", "كانت", "يكن")
        return self.facts.is_causal_verb(t)  # "causal"

    def _that_or_anaphor(self, t: int) -> bool:
        norm = self.bare(t)
        return norm in _ANAPHOR_ENDINGS or norm in ("ان", "بان") or any(
            norm.startswith(p) and norm[len(p):] in PRONOUN_SUFFIXES for p in ("ان", "بان"))

    def allowed(self, m: PhraseMatch, form: _Form) -> bool:
        words = self.words
        first = words[m.first]
        if form.position == "clause_initial" and not (first.clause_initial or m.proclitic in CONJUNCTIONS):
            return False  # a و/ف written on the form opens a clause too: ومع ذلك
        if form.not_after and m.first > 0 and first.joined and words[m.first - 1].norm in form.not_after:
            return False
        nxt = m.last + 1
        if form.not_before and nxt < len(words) and words[nxt].joined and words[nxt].norm in form.not_before:
            return False
        return self.arg2_ok(form, m) and not self.inside_name(m.first)

    def second_part(self, after: int, form: _Form) -> tuple[list[PhraseMatch], int]:
        """Find a paired form's second part(s) after word ``after`` in the same sentence."""
        words = self.words
        sentence = words[after].sentence
        j = after + 1
        while j < len(words) and words[j].sentence == sentence:
            if len(form.second) == 1 and len(form.second[0]) == 1:  # a proclitic: ف of أما … ف, ل of لو … ل
                letter = form.second[0]
                if self._proclitic_part(j, letter):
                    found = [self._letter_match(j, letter)]
                    if letter == "ل":  # a second answer of the same لو: … ولما فعلوا
                        k = j + 1
                        while k < len(words) and words[k].sentence == sentence:
                            if words[k].norm[:2] == "ول" and self._proclitic_part(k, "ل", after_conjunction=True):
                                found.append(self._letter_match(k, "ل", offset=1))
                            k += 1
                    return found, j
            else:
                m = match_phrase_ar(words, j, form.second, suffix_hosts=_SUFFIX_HOSTS)
                if m is not None:
                    return [m], j
            j += 1
        return [], -1

    def _proclitic_part(self, j: int, letter: str, *, after_conjunction: bool = False) -> bool:
        w = self.words[j]
        plain = w.plain[1:] if after_conjunction else w.plain
        if not plain.startswith(letter) or len(plain) < 2:
            return False
        if letter in CONJUNCTIONS:
            return has_conjunction_ar(plain) and (self.facts.opens_clause(j) or self.facts.is_verb(j))
        # ل of an answer: before a perfect verb (لانطلق, لكانت) or the negation ما (لما وصلت)
        if self.facts.is_masdar_in_context(j) and not self.words[j].clause_initial:
            return False  # لنيل الحرية: a verbal noun after ل inside the condition, not the answer's verb
        perfect = (self.facts.is_verb(j) and not self.facts.is_imperfect(j)) or self.facts.has_perfect_reading(j)
        return perfect or normalize_ar(plain) == "لما"

    def _letter_match(self, j: int, letter: str, *, offset: int = 0) -> PhraseMatch:
        w = self.words[j]
        start, end = w.offsets[offset], w.offsets[offset] + 1
        return PhraseMatch(start, start, end, end, j, j, "")

    def candidates(self, i: int, index: dict[str, list[_Form]]) -> list[tuple[tuple, _Form, PhraseMatch, list[PhraseMatch]]]:
        w = self.words[i]
        keys = {w.norm}
        keys.update(w.norm[len(p):] for p in CONJUNCTIONS if w.norm.startswith(p) and len(w.norm) > 1)
        keys.update(k[: len(h)] for k in list(keys) for h in _SUFFIX_HOSTS if k.startswith(h))
        found = []
        for key in sorted(keys):
            for form in index.get(key, ()):
                m = match_phrase_ar(self.words, i, form.first, suffix_hosts=_SUFFIX_HOSTS)
                if m is None or not self.allowed(m, form):
                    continue
                seconds, j = ([], -1)
                if form.second:
                    seconds, j = self.second_part(m.last, form)
                    if not seconds:
                        continue
                exact = w.plain[len(m.proclitic):].startswith(form.spelled)
                # Prefer: a completed pair, more words, no proclitic, the exact hamza spelling,
                # the nearest second part, then lexicon order.
                score = (bool(seconds), len(form.first), m.proclitic == "", exact, -j, -form.order)
                found.append((score, form, m, seconds))
        return sorted(found, key=lambda c: c[0], reverse=True)

    # -- clitics ----------------------------------------------------------------------------------

    def conjunction_links(self, i: int, letter: str, policy: str) -> str | None:
        """The PDTB sense of the و/ف on word ``i`` (or of the word و/ف itself), or ``None``."""
        words, facts = self.words, self.facts
        standalone = words[i].norm == letter
        h = i + 1 if standalone else i
        if h >= len(words) or (standalone and not words[h].joined):
            return None
        if policy == "all":
            return "default"
        if policy == "clause_initial":
            return "default" if words[i].clause_initial else None
        if letter == "ف":
            if self.sentence_initial(i):
                return "default"
            if not self.verb_earlier_in_sentence(i) or self.fronted_phrase(i):
                return None  # the main clause after a fronted phrase: وبحسب الصحيفة، فإن
            return "default" if words[i].clause_initial or facts.opens_clause(h) else None
        bare = words[h].norm if standalone else self.bare(h)
        if bare in ("ذلك",) or bare in _RELATIVES:
            return None  # وذلك, والتي: a resumptive subject, a second modifier of a noun
        if self.sentence_initial(i):
            return "default"
        if facts.opens_clause(h):
            return "default"
        if bare in _HAL_OPENERS:
            return "Temporal.Synchronous"
        if words[i].clause_initial and self.verb_later_in_clause(h):
            return "default"
        return None

    def purpose_lam(self, i: int) -> int | None:
        """The offset of a purpose ل on word ``i`` (see the module docstring), or ``None``."""
        words, facts = self.words, self.facts
        w = words[i]
        pieces = split_clitics_ar(w.plain, enclitics=False).proclitics
        k = 1 if pieces[:1] in (("و",), ("ف",)) else 0
        if pieces[k:k + 1] != ("ل",) or (facts.has_morphology and facts.is_known(i) and "ل" not in facts.proclitics(i)):
            return None  # both the clitic policy and the reading in context must see a ل (not لمسته, ليون)
        if self.in_institution_name(i):
            return None  # الصندوق السعودي للتنمية, المخبر الوطني لمراقبة الأدوية
        if facts.is_imperfect(i):
            before = {words[j].norm for j in range(max(0, i - 5), i) if words[j].clause == w.clause}
            if before & {"كان", "كانت", "كانوا", "يكن", "تكن", "يكون"}:
                return None  # lām al-juḥūd: ما كان ليتحقق
            rest = w.plain[k + 1:]
            if zipf_ar(rest) < zipf_ar(w.plain[k:]):
                return None  # the whole is commoner than the verb it would hide: a word of its own (ليون)
            return w.offsets[k]
        if not facts.is_event(i, after_preposition=True) or self.lam_selected_by_verb(i):
            return None
        if not self.predicate_before(i):
            return None  # التشكيلة الأساسية للدوري: a ل-phrase inside a noun phrase, with no clause to serve
        p = i - 1
        if p >= 0 and w.joined and words[p].clause == w.clause:
            prev = self.bare(p)
            if prev in _LAM_FRAMES or (prev.endswith("ا") and facts.is_masdar(p)):
                return None  # بالنسبة لـ, تطبيقاً لـ, استجابةً لـ: the ل belongs to the frame
            if facts.is_masdar_in_context(p, original=True) or facts.is_participle(p):
                return None  # مساندتها لإيقاف, الخاضعة لسيطرة
            if facts.pos(p) in ("NOUN", "ADJ") and not facts.is_definite_or_named(p):
                return None  # خطة لتزويد, مستشعر للتحقق
        return w.offsets[k]

    def predicate_before(self, i: int) -> bool:
        """Whether a verb or a participle stands before word ``i`` in its sentence (ten words back)."""
        k = i - 1
        while k >= 0 and i - k <= 10 and self.words[k].sentence == self.words[i].sentence:
            if self.facts.is_verb(k) or self.facts.is_participle(k):
                return True
            k -= 1
        return False

    def in_institution_name(self, i: int) -> bool:
        """Whether word ``i`` follows an institution or office and the words of its name (المعهد
        العالي للعلوم, المديرة الجهوية للتجارة, وكالة تونس إفريقيا للأنباء, كأس القارات لكرة القدم)."""
        k = i - 1
        while k >= 0 and i - k <= 4 and self.words[k + 1].joined:
            stem = normalize_ar(split_clitics_ar(self.words[k].plain).stem)
            if stem in _INSTITUTIONS or stem.removesuffix("ه") in _INSTITUTIONS or stem in ORGANIZATION_NOUNS_AR:
                return True
            named = self.facts.pos(k) in ("ADJ", "PROPN") or not self.facts.is_known(k)
            if not (named or "ال" in self.facts.proclitics(k)):
                return False
            k -= 1
        return False


def _word_index(words: Sequence, offset: int) -> int:
    return next((k for k in range(len(words) - 1, -1, -1) if words[k].start <= offset), 0)


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of quotation-mark pairs (« », “ ”, straight " paired in order within a line)."""
    spans: list[tuple[int, int]] = []
    for opener, closer in (("«", "»"), ("“", "”")):
        start = text.find(opener)
        while start >= 0:
            end = text.find(closer, start + 1)
            if end < 0:
                break
            spans.append((start, end))
            start = text.find(opener, end + 1)
    for line_start, line in _lines(text):
        marks = [line_start + k for k, c in enumerate(line) if c == '"']
        spans.extend(zip(marks[::2], marks[1::2]))
    return sorted(spans)


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def find_connectives_ar(
    text: str,
    *,
    clitics: Literal["clause", "clause_initial", "all", "none"] = "clause",
    morphology: pd.DataFrame | None = None,
) -> list[Connective]:
    """Tag the discourse connectives of a text with their senses.

    Args:
        text: an Arabic text, exactly as loaded.
        clitics: when to tag the clitics و and ف: ``"clause"`` (default: when they join
            clauses), ``"clause_initial"``, ``"all"`` or ``"none"`` (see the module docstring).
        morphology: the text's morphology table (:func:`helpers.morphology.analyze_morphology_ar`);
            ``None`` computes it with farahidi.

    Returns:
        Connectives sorted by offset, labelled ``"connective"``.

    Raises:
        TextInputError: if the text is empty or has no Arabic letter.
        ValueError: if ``clitics`` is not one of :data:`CLITIC_POLICIES`.

    >>> [(c.text, c.connective, c.pdtb) for c in find_connectives_ar("سنوقع اذا ما توفرت الإرادة، من اجل ان نبدأ.")]
    [('اذا ما', 'إذا ما', 'Contingency.Condition'), ('من اجل ان', 'من أجل أن', 'Contingency.Purpose')]
    >>> c = find_connectives_ar("مع أن العدد قليل، لكن الأثر كبير.")[0]
    >>> c.connective, c.kind, c.parts
    ('مع أن … لكن', 'paired', ((0, 5), (18, 21)))
    >>> [(c.text, c.pdtb) for c in find_connectives_ar("وصل الوفد بعد الظهر وبدأ الحوار، وعززت الشرطة جاهزيتها لتأمين المكان.")]
    [('و', 'Expansion.Conjunction'), ('و', 'Expansion.Conjunction'), ('ل', 'Contingency.Purpose')]
    """
    if clitics not in CLITIC_POLICIES:
        raise ValueError(f"clitics must be one of {', '.join(CLITIC_POLICIES)}, not {clitics!r}")
    detector = _Detector(text, morphology)
    words = detector.words
    structure = split_article_ar(text)
    furniture = [s for s in (structure.dateline, *structure.boilerplate) if s is not None]
    index, clitic_rows = _compile()
    consumed = {w.index for w in words if any(s.start <= w.start < s.end for s in furniture)}
    found: list[Connective] = []

    def clitic(start: int, end: int, letter: str, pdtb: str | None = None) -> None:
        row = clitic_rows[letter]
        sense, subtype = row.sense, row.subtype
        if pdtb == "Temporal.Synchronous":
            sense, subtype = "temporal", "synchronous"
        found.append(Connective(start, end, text[start:end], "connective", row.connective, sense, subtype,
                                SENSE_CLASSES[sense], pdtb or row.pdtb, "clitic", True, tuple(row.other_senses),
                                ((start, end),), "", (start, end)))

    for i, w in enumerate(words):
        if i in consumed:
            continue
        candidates = detector.candidates(i, index)
        if candidates:
            _, form, m, seconds = candidates[0]
            consumed.update(range(m.first, m.last + 1))
            sense, subtype, pdtb, other = form.sense, form.subtype, form.pdtb, form.other_senses
            ambiguous = bool(other)
            if form.entry in ("بل", "إنما"):
                if detector.negated_before(m.first):
                    ambiguous, other = False, ()
                elif form.entry == "بل":
                    sense, subtype, pdtb, other, ambiguous = "addition", "emphatic", "Expansion.Conjunction", ("alternative",), True
                else:
                    sense, subtype, pdtb, other, ambiguous = "contrast", "opposition", "Comparison.Contrast", ("alternative",), True
            if form.entry == "في الوقت نفسه" and any(c.sense == "concession" and words[m.first].clause == words[_word_index(words, c.start)].clause
                                                        for c in found[-2:]):
                sense, subtype, pdtb, other = "concession", "expectation", "Comparison.Concession", ("temporal",)
            if form.entry == "حتى":
                t = m.last + 1
                if detector.facts.is_imperfect(t):
                    sense, subtype, pdtb, other = "purpose", "goal", "Contingency.Purpose", ("temporal",)
            parts = ((m.core_start, m.core_end),)
            for second in seconds:
                consumed.update(range(second.first, second.last + 1))
                parts += ((second.core_start, second.core_end),)
            kind = "paired" if seconds else ("multiword" if len(form.first) > 1 else "single")
            proclitic = normalize_ar(text[m.start:m.core_start]) if m.core_start > m.start else ""
            found.append(Connective(m.core_start, m.core_end, text[m.core_start:m.core_end], "connective", form.entry,
                                    sense, subtype, SENSE_CLASSES[sense], pdtb, kind, ambiguous, other, parts,
                                    proclitic, (m.start, m.end)))
            if proclitic in clitic_rows and form.syntax in _FRONTED_OK and clitics != "none":
                # و/ف before a subordinator or a preposition links its own clauses: ولو, وبما أن
                linked = (detector.sentence_initial(i) or form.syntax == "subordinator"
                          or (w.clause_initial and detector.verb_later_in_clause(m.last)))
                if clitics == "all" or (clitics == "clause_initial" and w.clause_initial) or (clitics == "clause" and linked):
                    clitic(m.start, m.core_start, proclitic)
            if len(seconds) > 1 and clitics != "none":  # ولما: the و between two answers of one لو
                for second in seconds[1:]:
                    answer = words[second.first]
                    clitic(answer.start, answer.offsets[1], "و")
            continue
        if clitics == "none":
            continue
        letter = w.norm[:1]
        if letter in clitic_rows and (w.norm == letter or detector.facts.has_conjunction(i)):
            sense = detector.conjunction_links(i, letter, clitics)
            if sense is not None:
                end = w.end if w.norm == letter else w.offsets[1]
                clitic(w.start, end, letter, None if sense == "default" else sense)
        offset = detector.purpose_lam(i)
        if offset is not None and not detector.inside_name(i):
            clitic(offset, offset + 1, "ل")
    return sorted(found, key=lambda c: (c.start, c.end))
