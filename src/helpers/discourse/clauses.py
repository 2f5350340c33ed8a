"""What opens a clause, and what is an event: the word-level tests the connective detector needs.

A connective relates two clauses, or a clause and an event named by a verbal noun. Whether a
word such as و, ل, أو or بسبب is a connective therefore depends on what follows it. This module
answers those questions for the words of :func:`helpers.discourse.words.words_ar`, using the
morphology table of the text (:func:`helpers.morphology.analyze_morphology_ar`, farahidi, one
reading per word chosen in context) and a few closed word lists:

* :meth:`WordFacts.opens_clause`: the word starts a clause: a verb, a particle that precedes a verb
  or a predicate (``لا لم لن قد لقد ليس سوف``), the complementizer أن/إن (also with a pronoun:
  ``أنه``), an independent pronoun (``هو``, ``هي``), a question word, or, with ``anaphor=True``,
  the anaphor ``ذلك``/``هذا`` standing for a proposition;
* :meth:`WordFacts.is_event`: the word is a verbal noun (مصدر) in context or out of context, with
  an argument of its own: an attached pronoun (``صموده``) or a following noun or prepositional
  phrase (``انقطاع الكهرباء``, ``المطالبة بحقوقهم``); not a bare or coordinated noun (``من أجل الحرية
  والكرامة``);
* :meth:`WordFacts.is_causal_verb`: a verb of causing (``أدى``, ``تسبب``, ``دفع``, ``جعل``, ``أسفر``).

Without farahidi (not installed) the tests fall back on the word lists alone: fewer clauses and
no verbal nouns are recognised, so fewer connectives are found, never more.

>>> from helpers.discourse.words import words_ar
>>> text = "تأجلت المباراة بسبب انقطاع الكهرباء، وقال المدرب إنه راض."
>>> facts = WordFacts(text, words_ar(text))
>>> [w.text for i, w in enumerate(facts.words) if facts.opens_clause(i)]
['تأجلت', 'وقال', 'إنه']
>>> [w.text for i, w in enumerate(facts.words) if facts.is_event(i)]
['المباراة', 'انقطاع']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import pandas as pd

from helpers.discourse.words import Word
from helpers.text.clitics import clitic_readings_ar, has_conjunction_ar, split_clitics_ar
from helpers.text.normalize import normalize_ar
from helpers.text.stopwords import STOPWORDS_AR

__all__ = ["WordFacts", "CLAUSE_PARTICLES_AR", "PRONOUNS_AR", "ANAPHORS_AR", "CAUSAL_VERBS_AR", "morphology_for_ar"]


@lru_cache(maxsize=65536)
def _normalized(word: str) -> str:
    return normalize_ar(word)


def _norms(words: str) -> frozenset[str]:
    return frozenset(normalize_ar(w) for w in words.split())


#: Particles that stand before a verb or a predicate, so a clause starts with them.
CLAUSE_PARTICLES_AR = _norms("لا لم لن قد لقد ليس ليست ليسوا سوف ما إن أن إنه أنه إنها أنها إنهم أنهم إننا أننا بأن "
                             "كان كانت كانوا يكون تكون لماذا كيف أين متى هل ماذا")
#: Independent pronouns: a clause with a pronoun subject (وهو اختصار لـ …).
PRONOUNS_AR = _norms("هو هي هم هما هن نحن أنا أنت أنتم")
#: Anaphors that stand for a proposition after an additive frame (إضافة إلى ذلك).
ANAPHORS_AR = _norms("ذلك هذا هذه تلك")
# Verbs of causing, in the perfect and imperfect, 3rd person (normalized).
_CAUSAL_STEMS = ("أدى أدت يؤدي تؤدي أديا أدوا تسبب تسببت يتسبب تتسبب سبب سببت يسبب دفع دفعت يدفع تدفع جعل جعلت "
                 "يجعل تجعل أسفر أسفرت يسفر تسفر أثار أثارت يثير تثير أجبر أجبرت يجبر تجبر اضطر اضطرت يضطر تضطر "
                 "خلف خلفت يخلف تخلف أفضى أفضت يفضي تفضي ساهم ساهمت يساهم تساهم أسهم أسهمت يسهم تسهم انعكس "
                 "انعكست ينعكس تنعكس أدخل أدخلت يدخل تدخل")
#: Verbs of causing (normalized), which make a resumptive ما or الأمر الذي a result connective.
CAUSAL_VERBS_AR = _norms(_CAUSAL_STEMS)
# Nouns with a verbal-noun reading that name no event in news prose (لأول مرة, لمدة).
_NOT_EVENTS = _norms("أول آخر مرة مدة فترة ثلة عدة")
# Prepositions that open an argument of a verbal noun (المطالبة بحقوقهم, الاتصال بالفنانة).
_PREPOSITIONS = _norms("في على عن من إلى مع ب ل حول ضد لدى بين نحو تجاه")


@lru_cache(maxsize=8)
def morphology_for_ar(text: str) -> pd.DataFrame | None:
    """The farahidi morphology table of ``text`` (cached), or ``None`` if farahidi cannot run here.

    The analyser is pinned (not CAMeL even when installed) so that connectives are the same on
    every machine, as in the ``analyze`` command.
    """
    from helpers.morphology import BackendUnavailable, analyze_morphology_ar

    try:
        return analyze_morphology_ar(text, backend="farahidi", progress=False)
    except BackendUnavailable:
        return None


@lru_cache(maxsize=65536)
def _out_of_context(plain: str) -> tuple[str, ...]:
    """farahidi's part-of-speech tags for ``plain`` out of context (empty if it cannot run)."""
    from helpers.morphology import BackendUnavailable
    from helpers.morphology.backends import shared_cache
    from helpers.morphology.farahidi_backend import FarahidiBackend

    try:  # through the shared cache: the morphology table has most words analysed, the disk cache the rest
        return tuple(sorted({a.pos for a in shared_cache().analyses(FarahidiBackend(), plain)}))
    except BackendUnavailable:
        return ()


# The verbal-noun patterns of the derived verb forms (normalized, . for a radical): they name
# an event whatever the analyser's context reading (انحباس, احتجاج, تعزيز, تعاون, إصدار, مطالبة).
_MASDAR_PATTERNS = re.compile(
    r"^(?:ان..ا.|ا.[تطد].ا.|است..ا.|ت..ي.|ت..يه|ت.ا..|ا..ا.|م.ا..ه)$"
)


def _out_of_context_masdar(plain: str) -> bool:
    """Whether ``plain`` reads as a verbal noun out of context: by farahidi, or by the pattern of a
    derived form's verbal noun."""
    if normalize_ar(plain).endswith("يه"):
        return False  # -iyya abstract nouns (وضعية) name states
    return bool(_MASDAR_PATTERNS.match(normalize_ar(plain))) or any(
        pos.startswith("اسم/مصدر") and "صناعي" not in pos for pos in _out_of_context(plain))


class WordFacts:
    """Morphology and word-list facts about the words of one text.

    Args:
        text: the text, exactly as loaded.
        words: its words (:func:`helpers.discourse.words.words_ar`).
        morphology: its morphology table; ``None`` computes it with farahidi (see
            :func:`morphology_for_ar`); an empty table means "no morphology".
    """

    def __init__(self, text: str, words: Sequence[Word], morphology: pd.DataFrame | None = None) -> None:
        self.text = text
        self.words = list(words)
        table = morphology_for_ar(text) if morphology is None else morphology
        self._rows: dict[int, tuple[str, str, str, bool, str]] = {}
        self._lemmas: dict[int, str] = {}
        if table is not None and len(table):
            for column in ("start", "pos", "pos_coarse", "proclitics", "enclitics"):
                if column not in table.columns:
                    raise ValueError(f"morphology table has no {column!r} column (use helpers.morphology.analyze_morphology_ar)")
            analyzed = table["analyzed"].tolist() if "analyzed" in table.columns else [True] * len(table)
            columns = (table[c].tolist() for c in ("start", "pos", "pos_coarse", "proclitics", "enclitics"))
            for start, pos, coarse, proclitics, enclitics, known in zip(*columns, analyzed):
                self._rows.setdefault(int(start), (str(pos), str(coarse), str(enclitics), bool(known), str(proclitics)))
            if "lemma" in table.columns:
                for start, lemma in zip(table["start"].tolist(), table["lemma"].tolist()):
                    self._lemmas.setdefault(int(start), _normalized(str(lemma)))
        self.has_morphology = bool(self._rows)

    # -- one word ---------------------------------------------------------------------------------

    def pos(self, i: int) -> str:
        """The coarse part of speech of word ``i`` in context (``""`` if unknown)."""
        row = self._rows.get(self.words[i].start)
        return row[1] if row else ""

    def lemma(self, i: int) -> str:
        """The normalized lemma of word ``i`` in context (``""`` if unknown)."""
        return self._lemmas.get(self.words[i].start, "")

    def is_known(self, i: int) -> bool:
        """Whether the analyser knows word ``i`` (an unknown word is most often a name)."""
        row = self._rows.get(self.words[i].start)
        return bool(row and row[3])

    def is_verb(self, i: int) -> bool:
        """Whether word ``i`` is a verb in context."""
        return self.pos(i) == "VERB"

    def is_imperfect(self, i: int) -> bool:
        """Whether word ``i`` is an imperfect (present-tense) verb in context."""
        row = self._rows.get(self.words[i].start)
        return bool(row and row[1] == "VERB" and "مضارع" in row[0])

    def has_conjunction(self, i: int) -> bool:
        """Whether word ``i`` begins with the conjunction و or ف: by the kit's clitic policy, or by
        the in-context analysis for و (``وشن`` "and launched", which the policy keeps whole as a
        common word of two letters after و)."""
        w = self.words[i]
        return has_conjunction_ar(w.plain) or (len(w.plain) == 3 and w.plain[:1] == "و" and self.proclitics(i)[:1] == ("و",))

    def _bare(self, i: int) -> str:
        """Word ``i`` normalized, without a conjunction proclitic."""
        w = self.words[i]
        return normalize_ar(w.plain[1:]) if self.has_conjunction(i) else w.norm

    def opens_clause(self, i: int, *, anaphor: bool = False) -> bool:
        """Whether word ``i`` starts a clause (see the module docstring); a proclitic و/ف is allowed."""
        if i >= len(self.words):
            return False
        norm = self.words[i].norm
        bare = self._bare(i)
        if bare == "لا" and i + 1 < len(self.words) and self.words[i + 1].norm.startswith("ال"):
            return False  # ولا القطاع العام: "nor" before a definite noun joins words
        if self.is_verb(i) or norm in CLAUSE_PARTICLES_AR or bare in CLAUSE_PARTICLES_AR:
            return True
        if norm in PRONOUNS_AR or bare in PRONOUNS_AR:
            return True
        if any(norm.startswith(p) and norm[len(p):] in ("ه", "ها", "هم", "هما", "نا", "ني") for p in ("ان", "لان", "بان")):
            return True
        return anaphor and (norm in ANAPHORS_AR or bare in ANAPHORS_AR)

    def is_causal_verb(self, i: int) -> bool:
        """Whether word ``i`` is a verb of causing (an attached pronoun allowed: دفعهم)."""
        if i >= len(self.words):
            return False
        plain = self.words[i].plain
        return any(normalize_ar(r.stem) in CAUSAL_VERBS_AR for r in clitic_readings_ar(plain, first_person=True))

    def proclitics(self, i: int) -> tuple[str, ...]:
        """The proclitics of word ``i``: in context when the morphology table knows the word,
        else by the kit's clitic policy."""
        row = self._rows.get(self.words[i].start)
        if row is not None and row[3]:
            return tuple(p for p in row[4].split("+") if p)
        return split_clitics_ar(self.words[i].plain).proclitics

    def has_perfect_reading(self, i: int) -> bool:
        """Whether word ``i`` can be read as a perfect (past) verb out of context (لتوقف after لولا)."""
        return any(pos.startswith("فعل") and "ماض" in pos for pos in _out_of_context(self.words[i].plain))

    def is_participle(self, i: int) -> bool:
        """Whether word ``i`` is an active or passive participle in context (it selects its preposition)."""
        row = self._rows.get(self.words[i].start)
        return bool(row and ("اسم فاعل" in row[0] or "اسم مفعول" in row[0]))

    def is_masdar_in_context(self, i: int, *, original: bool = False) -> bool:
        """Whether word ``i`` is a verbal noun in its context reading (``original``: a plain verbal
        noun, مصدر أصلي, not a place-and-time مصدر ميمي such as المقر)."""
        row = self._rows.get(self.words[i].start)
        return bool(row and row[0].startswith("اسم/") and ("مصدر أصلي" if original else "مصدر") in row[0])

    def is_masdar(self, i: int, *, after_preposition: bool = False) -> bool:
        """Whether word ``i`` is a verbal noun of an event.

        Yes when its context reading is a verbal noun (not an -iyya abstract noun, مصدر صناعي, nor
        a noun of place, مصدر ميمي: المقر, مخزن), or when its stem has the pattern of a derived
        form's verbal noun (``انحباس``, ``تعزيز``). ``after_preposition``: the word follows a
        preposition, where no finite verb can stand, so a verb reading in context is taken as the
        analyser's mistake and an out-of-context verbal-noun reading counts. Function words and a
        few nouns that name no event (``عدة``, ``أول``, ``مدة``) are never verbal nouns.
        """
        row = self._rows.get(self.words[i].start)
        if row is None:
            return False
        pos, coarse = row[0], row[1]
        stems = {r.stem for r in clitic_readings_ar(self.words[i].plain)}
        if any(normalize_ar(stem) in STOPWORDS_AR | _NOT_EVENTS for stem in stems):
            return False
        if "مصدر صناعي" in pos or "مصدر ميمي" in pos:
            return False
        if pos.startswith("اسم/مصدر"):
            return True
        if any(_MASDAR_PATTERNS.match(normalize_ar(stem)) for stem in stems if not normalize_ar(stem).endswith("يه")):
            return True
        return after_preposition and coarse == "VERB" and any(_out_of_context_masdar(s) for s in sorted(stems) if len(s) >= 3)

    def has_argument(self, i: int) -> bool:
        """Whether the noun at ``i`` has an argument: an attached pronoun, or a noun or
        prepositional phrase right after it (not after a conjunction, a number or punctuation). An
        indefinite verbal noun may take a genitive noun (``لقاء الفنانة``, ``إصدار صكوك``); a definite
        one only a prepositional phrase (``المطالبة بحقوقهم``), since a noun after it is an adjective
        (``التعليم العام``)."""
        w = self.words[i]
        row = self._rows.get(w.start)
        if row is not None and row[3]:
            if row[2]:
                return True
        elif split_clitics_ar(w.plain).enclitic:
            return True
        j = i + 1
        if j >= len(self.words) or not self.words[j].joined:
            return False
        nxt = self.words[j]
        if nxt.norm in _PREPOSITIONS or normalize_ar(split_clitics_ar(nxt.plain).stem) in _PREPOSITIONS:
            return True
        proclitics = self.proclitics(j)
        if proclitics[:1] in (("و",), ("ف",)):
            return False
        if "ب" in proclitics or "ل" in proclitics:
            return True
        definite = "ال" in self.proclitics(i)
        if definite:
            return False  # a definite verbal noun takes its argument with a preposition (المطالبة بحقوقهم);
            # a noun after it is an adjective (التعليم العام, التكوين المهني)
        return self.pos(j) in ("NOUN", "PROPN", "PRON", "NUM") or "ال" in proclitics or (self.has_morphology and not self.is_known(j))

    def is_event(self, i: int, *, after_preposition: bool = False) -> bool:
        """Whether word ``i`` names an event: a verbal noun with an argument of its own."""
        return i < len(self.words) and self.is_masdar(i, after_preposition=after_preposition) and self.has_argument(i)

    def is_definite_or_named(self, i: int) -> bool:
        """Whether word ``i`` ends a complete noun phrase: definite, with a pronoun, a name, or the
        second noun of a construct (``شهر جوان``, ``ثورة شعوب``)."""
        w = self.words[i]
        if w.norm.startswith("ال") or w.norm.startswith("لل") or w.norm[1:3] == "ال" or "ال" in self.proclitics(i):
            return True
        if i > 0 and w.joined and self.pos(i - 1) in ("NOUN", "ADV") and "ال" not in self.proclitics(i - 1):
            return True
        row = self._rows.get(w.start)
        if row and row[2]:
            return True
        return self.pos(i) == "PROPN" or (self.has_morphology and not self.is_known(i))
