"""Verb or noun, from the word before (:func:`verb_or_noun`).

An unvocalized form is often both a verb and a noun (وضع "he put" / "situation", نقل "he moved"
/ "transport", عقد, فتح, تم). Arabic syntax says which from the word before it:

* after a preposition written as a word (في, على, عن, إلى, من, بين ...), a word is the
  preposition's object, a noun (في وضع, على نقل); حتى and منذ, which also introduce clauses
  (حتى يعود, منذ بدأ), are not counted; so is the word after تمّ "was done" (تم رفعها, يتم
  تداولها), whose subject is a verbal noun;
* right after a finite verb other than كان and its sisters, a word read as a perfect verb that
  can be a verbal noun of the same root is that verbal noun, the verb's object (أعلن رفض
  الاقتراح, قرر بحث القضية): two perfect verbs do not follow each other without a conjunction,
  except after a copula (كان قد عقد, أصبح يعمل is an imperfect); with و or ف they do (انزلق
  وسقط), and the word keeps its verb;
* after a particle that only governs verbs (قد, لم, لن, سوف, كي, لكي, أنْ) or a conjunction
  of time that is followed by a clause (عندما, بعدما, كلما, طالما, حينما), a word is a verb;
* the noun or verb these cues want is looked for among the word's options, and, when they have
  none, among the analyses its corpus narrowed away, of the same root and clitics (قبل رفعها:
  the verbal noun رَفْع, the options holding only the verb رَفَعَ; بعد أن تنازل: the verb
  تَنَازَلَ); not after a preposition outside the closed-class table (ممن تزيد, من fused with
  مَنْ) nor after من, which may be the pronoun "who" (كل من تابعها);
* after the subject of أنّ, إنّ or a copula (a name, or a noun with the article and its
  adjectives with the article), a word read as a noun that can be a perfect verb of its own root
  and proclitics, followed by its object (a definite noun or a name), is that verb: the predicate
  is a clause whose verb follows its subject (أن البنك الدولي منح السلطة, كان المجلس التشريعي
  عقد جلسته); a predicate noun is more often followed by a preposition (أن الشيشان جزء من
  روسيا); not a word with a preposition attached;
* right after a relative pronoun (الذي, التي, الذين …, and ما, مما: :data:`RELATIVES`), a word
  that can be a verb of its own root, with the same clitics, is that verb: the pronoun opens its
  clause, and a noun right after it would need a clause of its own (التي شكلها المجلس, ما فعله
  الجيش; not the noun شكل "shape"); not an indefinite accusative (الذي غالبا ما: an adverb);
* right after a word that opens a clause, كما "as, also", حين "when, while" (في حين) or إنّ,
  أنّ, لكنّ carrying the pronoun ه, a word read as a noun that can be a perfect verb of its own
  root and proclitics is that verb (كما قتل جندي, في حين رفض البعض, أنه تعرض لعملية); not a
  word with the article, a pronoun or the tanwin alef;
* a word read as an imperfect verb that the analyzer also has as an elative of the same clitics
  (أعلى "higher" / أُعلي "I raise") is that elative where an elative stands: before من "than",
  before a noun with the article, right after an indefinite noun (سعر أعلى من, حد أدنى), or
  after a nominal or a verb and before a noun without the article or with a pronoun, the
  superlative's genitive (يمثل أعلى نسبة, سجلت أعلى مستوياتها; not after قد or الذي, which a
  verb follows: وقد أوضح تقرير, nor a copula: أصبح ضرورة).

Before these, من right before a verb may be the pronoun "who"
(:func:`helpers.morphology.function_words.who_before_verb`). A word that changes class keeps to
the same word (:func:`helpers.morphology.context.switch_class`: a verb made a noun is its verbal
noun first).
"""

from __future__ import annotations

from collections.abc import Sequence

from camel_tools.utils.dediac import dediac_ar

from helpers.morphology.base import WordAnalysis
from helpers.morphology.context import COPULAS, ELATIVE, INNA_SISTERS, NOMINAL, definite, indefinite_accusative_ar, switch_class
from helpers.morphology.function_words import who_before_verb

__all__ = ["RELATIVES", "verb_or_noun"]

#: Relative pronouns (lemmas without diacritics) after which a word that can be a verb is one.
RELATIVES = frozenset({"الذي", "ما", "مما"})
_OPEN_PREPOSITIONS = frozenset({"حتى", "منذ", "مذ"})
_VERB_GOVERNORS = frozenset(
    "قد لم لن سوف كي لكي لئلا عندما بعدما كلما طالما حينما ريثما".split()
)
_SUBJUNCTIVE_AN = "أَنْ"
_TAMMA = "تم"
_MIN = "من"
_CLAUSE_OPENERS = frozenset({"كما", "حين"})
_PERFECT = "ماض"
_IMPERFECT = "مضارع"
_IMPERATIVE = "أمر"
_PREPOSITION_CLITICS = frozenset("بلك")


def verb_or_noun(
    readings: list[WordAnalysis],
    options: Sequence[Sequence[WordAnalysis]],
    *,
    analyses: Sequence[Sequence[WordAnalysis]] | None = None,
    forms: Sequence[str] | None = None,
) -> list[WordAnalysis]:
    """Apply the verb-or-noun cues of the module notes; other readings are kept.

    Args:
        readings: one reading per word of a stretch (in context).
        options: each word's options (empty for a closed-class word).
        analyses: each word's analyses by the analyzer, before its corpus narrowed them to one
            lemma (شكلها: the noun شَكْل, nine times in ten); a verb after a relative pronoun is
            looked for there too.
        forms: the words as analysed (an indefinite accusative after a relative is no verb:
            الذي غالبا ما).

    >>> fi = WordAnalysis("", "فِي", pos="closed-class/ADP", pos_coarse="ADP")
    >>> verb = WordAnalysis("", "وَضَعَ", root="وضع", pos="فعل/ماض", pos_coarse="VERB")
    >>> noun = WordAnalysis("", "وَضْع", root="وضع", pos="اسم/مصدر أصلي", pos_coarse="NOUN")
    >>> verb_or_noun([fi, verb], [(), (verb, noun)])[1].pos_coarse
    'NOUN'
    """
    out = list(readings)
    for i in range(1, len(out)):
        reading, previous = out[i], out[i - 1]
        if not options[i]:
            continue
        lemma = dediac_ar(previous.lemma)
        if previous.pos == "closed-class/ADP":
            who = who_before_verb(previous, reading, form=forms[i] if forms is not None else None, options=options[i], analyses=None if analyses is None else analyses[i])
            if who is not None:
                out[i - 1] = who
                continue
        after_preposition = previous.pos_coarse == "ADP" and not previous.enclitics and lemma not in _OPEN_PREPOSITIONS
        if after_preposition and reading.pos_coarse == "VERB" and not previous.pos.startswith("closed-class"):
            out[i] = switch_class(reading, options[i], NOMINAL)  # not looked for further: ممن تزيد, a fused من + مَنْ
        elif after_preposition and reading.pos_coarse == "VERB" and lemma == _MIN:
            out[i] = switch_class(reading, options[i], NOMINAL)  # not looked for further: كل من تابعها, من "who"
        elif (after_preposition or lemma == _TAMMA and previous.pos_coarse == "VERB") and reading.pos_coarse == "VERB":
            out[i] = _as_noun(reading, options[i], _candidates(options[i], analyses, i))  # قبل رفعها, تم رفعها
        elif _after_verb(previous, lemma) and reading.pos.endswith(_PERFECT) and reading.proclitics[:1] not in (("و",), ("ف",)) and _has_masdar(reading, _candidates(options[i], analyses, i)):
            out[i] = _as_noun(reading, options[i], _candidates(options[i], analyses, i))  # قرر عقد اجتماع: a verbal noun, the object
        elif reading.pos_coarse in ("NOUN", "ADJ") and _relative(previous, lemma):
            if not (forms and indefinite_accusative_ar(forms[i], reading)):  # الذي غالبا ما: an adverb
                out[i] = _clause_verb(reading, _candidates(options[i], analyses, i))
        elif reading.pos_coarse == "VERB" and (elative := _elative_slot(reading, _candidates(options[i], analyses, i), previous, out[i + 1] if i + 1 < len(out) else None)):
            out[i] = elative  # أعلى من, حد أدنى: the elative, not "I raise"
        elif reading.pos_coarse in ("NOUN", "ADJ") and not _PREPOSITION_CLITICS & set(reading.proclitics) and _after_subject(out, i) and _object_follows(out, i) and (verb := _perfect_of_root(forms[i] if forms else "", reading, _candidates(options[i], analyses, i))):
            out[i] = verb  # أن البنك الدولي منح السلطة, كان المجلس عقد جلسته: the verb after its subject
        elif reading.pos_coarse in ("NOUN", "ADJ") and _opens_clause(previous, lemma) and (verb := _perfect_of_root(forms[i] if forms else "", reading, options[i])):
            out[i] = verb  # كما قتل جندي, في حين رفض البعض, أنه تعرض لعملية: a clause, its verb
        elif reading.pos_coarse != "VERB" and (lemma in _VERB_GOVERNORS or previous.lemma == _SUBJUNCTIVE_AN):
            if previous.pos_coarse in ("PART", "SCONJ") or previous.pos.startswith("closed-class"):
                out[i] = _as_verb(reading, options[i], _candidates(options[i], analyses, i))  # قد وضع, بعد أن تنازل
    return out


def _as_noun(reading: WordAnalysis, options: Sequence[WordAnalysis], candidates: Sequence[WordAnalysis]) -> WordAnalysis:
    """The word read as a noun (:func:`~helpers.morphology.context.switch_class`); when its options
    have none, the verbal noun or other noun of its root and clitics among the analyses its corpus
    narrowed away (قبل رفعها: رَفْع, the options having only the verb رَفَعَ)."""
    switched = switch_class(reading, options, NOMINAL)
    if switched.pos_coarse in NOMINAL:
        return switched
    nouns = [a for a in candidates if a.pos_coarse in NOMINAL and a.root and a.root == reading.root and a.proclitics == reading.proclitics and a.enclitics == reading.enclitics]
    nouns.sort(key=lambda a: "مصدر" not in a.pos)
    return nouns[0] if nouns else switched


def _as_verb(reading: WordAnalysis, options: Sequence[WordAnalysis], candidates: Sequence[WordAnalysis]) -> WordAnalysis:
    """The word read as a verb (:func:`~helpers.morphology.context.switch_class`); when its options
    have none, a verb of its root and clitics among the analyses its corpus narrowed away, not an
    imperative (بعد أن تنازل: تَنَازَلَ, the options having only the verbal noun تَنَازُل)."""
    switched = switch_class(reading, options, frozenset({"VERB"}))
    if switched.pos_coarse == "VERB":
        return switched
    verbs = [
        a for a in candidates
        if a.pos_coarse == "VERB" and not a.pos.endswith(_IMPERATIVE) and a.root and a.root == reading.root
        and a.proclitics == reading.proclitics and a.enclitics == reading.enclitics
    ]  # fmt: skip
    return verbs[0] if verbs else switched


def _after_subject(out: Sequence[WordAnalysis], i: int) -> bool:
    """Whether word ``i`` follows the subject of أنّ, إنّ or a copula: a name, or a noun with the
    article and the adjectives with the article that describe it, right after the particle or
    the copula (أن البنك الدولي, كان المجلس التشريعي)."""
    j = i - 1
    while j > 0 and out[j].pos_coarse == "ADJ" and out[j].proclitics[-1:] == ("ال",):
        j -= 1
    head = out[j]
    if j < 1 or not (head.pos_coarse == "PROPN" or (head.pos_coarse == "NOUN" and head.proclitics[-1:] == ("ال",))):
        return False
    opener = out[j - 1]
    lemma = dediac_ar(opener.lemma)
    if opener.pos.startswith("closed-class") and not opener.enclitics:
        return lemma in ("أن", "إن") and opener.lemma != _SUBJUNCTIVE_AN
    return opener.pos_coarse == "VERB" and lemma in COPULAS


def _object_follows(out: Sequence[WordAnalysis], i: int) -> bool:
    """Whether the next word is a definite noun or a name, the verb's object (منح السلطة, عقد
    جلسته); a predicate noun is more often followed by a preposition (أن الشيشان جزء من روسيا)."""
    following = out[i + 1] if i + 1 < len(out) else None
    return following is not None and following.pos_coarse in ("NOUN", "PROPN") and definite(following) and not following.pos.startswith("closed-class")


def _opens_clause(previous: WordAnalysis, lemma: str) -> bool:
    """Whether ``previous`` opens a clause whose first word may be its verb: كما "as, also", حين
    "when, while" (في حين), or إنّ, أنّ, لكنّ carrying their subject as the pronoun ه (أنه, لكنه),
    with which a perfect verb without ending agrees (not كأنهم دمى: dolls, not a verb in the
    singular)."""
    if lemma in _CLAUSE_OPENERS and not previous.enclitics and not previous.proclitics[-1:] == ("ال",):
        return True
    return previous.enclitics[-1:] == ("ه",) and previous.pos.startswith("closed-class") and lemma in INNA_SISTERS


def _perfect_of_root(form: str, reading: WordAnalysis, options: Sequence[WordAnalysis]) -> WordAnalysis | None:
    """The perfect verb of the reading's root and clitics, if the word can be one and is neither
    definite nor an indefinite accusative; else ``None``."""
    if "ال" in reading.proclitics or reading.enclitics or (form and indefinite_accusative_ar(form, reading)):
        return None
    return next(
        (a for a in options if a.pos.endswith(_PERFECT) and a.root == reading.root and a.proclitics == reading.proclitics and not a.enclitics),
        None,
    )


def _elative_slot(reading: WordAnalysis, candidates: Sequence[WordAnalysis], previous: WordAnalysis, following: WordAnalysis | None) -> WordAnalysis | None:
    """The elative a word read as an imperfect verb stands for, if the analyzer has one of the same
    clitics (أعلى: أَعْلَى "higher" / أُعْلِي "I raise") and the word stands where an elative
    stands: before من "than" (أعلى من), before a noun with the article, or after a nominal or a
    verb before a noun without it (superlatives: سجلت أعلى مستوياتها, يمثل أعلى نسبة), or right
    after an indefinite noun (حد أدنى); else ``None``."""
    if not reading.pos.endswith(_IMPERFECT):
        return None
    elatives = [
        a for a in candidates
        if a.pos.endswith(ELATIVE) and a.proclitics == reading.proclitics and a.enclitics == reading.enclitics
    ]  # fmt: skip
    if not elatives:
        return None
    if following is not None and (dediac_ar(following.lemma) == "من" or (following.pos_coarse == "NOUN" and following.proclitics == ("ال",))):
        return elatives[0]
    if following is not None and following.pos_coarse == "NOUN" and not following.proclitics and previous.pos_coarse in (*NOMINAL, "VERB") and dediac_ar(reading.lemma) not in COPULAS:
        return elatives[0]  # سجلت أعلى مستوياتها, يمثل أعلى نسبة: not after قد or الذي, which a verb follows
    if previous.pos_coarse == "NOUN" and not definite(previous):
        return elatives[0]
    return None


def _candidates(options: Sequence[WordAnalysis], analyses: Sequence[Sequence[WordAnalysis]] | None, i: int) -> tuple[WordAnalysis, ...]:
    return tuple(options) if analyses is None else (*options, *analyses[i])


def _relative(previous: WordAnalysis, lemma: str) -> bool:
    """A relative pronoun of :data:`RELATIVES` (مما is filed as a subordinator), without a pronoun of its own."""
    return previous.pos_coarse in ("PRON", "SCONJ") and lemma in RELATIVES and not previous.enclitics


def _clause_verb(reading: WordAnalysis, candidates: Sequence[WordAnalysis]) -> WordAnalysis:
    """The verb of the reading's own root and clitics among ``candidates`` (التي شكلها: شَكَّلَ),
    one spelled as the reading's lemma first; not an imperative, which opens no relative clause,
    nor one read with a preposition (الذي لحقهم: not ل + حَقَّ; a preposition does not precede a
    verb). The reading is kept when there is none (روسيا: no root)."""
    verbs = [
        a for a in candidates
        if a.pos_coarse == "VERB" and not a.pos.endswith(_IMPERATIVE) and a.root == reading.root
        and a.proclitics == reading.proclitics and a.enclitics == reading.enclitics and not _PREPOSITION_CLITICS & set(a.proclitics)
    ]  # fmt: skip
    bare = dediac_ar(reading.lemma)
    return next((a for a in verbs if dediac_ar(a.lemma) == bare), verbs[0] if verbs else reading)


def _after_verb(previous: WordAnalysis, lemma: str) -> bool:
    """A finite verb other than a copula (:data:`~helpers.morphology.context.COPULAS`: كان قد عقد)."""
    return previous.pos_coarse == "VERB" and lemma not in COPULAS


def _has_masdar(reading: WordAnalysis, options: Sequence[WordAnalysis]) -> bool:
    """Whether the word can be a verbal noun of the verb's root, with the same clitics."""
    return any(
        "مصدر" in a.pos and a.root == reading.root and a.proclitics == reading.proclitics and a.enclitics == reading.enclitics
        for a in options
    )
