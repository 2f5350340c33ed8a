"""Choices the neighbouring words decide: verb or noun, adjective or noun.

An unvocalized form is often both a verb and a noun (وضع "he put" / "situation", نقل "he moved"
/ "transport"), and a derived word both an adjective and a noun (مسؤول "responsible" /
"official"). The analyzer's in-context model chooses a *lemma*; these rules then choose the part
of speech from the syntax around the word, using only its options (the readings
:func:`helpers.morphology.readings.word_options` kept) and the neighbours' readings.

**Verb or noun** (:func:`verb_or_noun`):

* after a preposition written as a word (في, على, عن, إلى, من, بين ...), a word is the
  preposition's object, a noun (في وضع, على نقل); حتى and منذ, which also introduce clauses
  (حتى يعود, منذ بدأ), are not counted;
* right after a finite verb other than كان and its sisters, a word read as a perfect verb that
  can be a verbal noun of the same root is that verbal noun, the verb's object (أعلن رفض
  الاقتراح, قرر بحث القضية): two perfect verbs do not follow each other without a conjunction,
  except after a copula (كان قد عقد, أصبح يعمل is an imperfect);
* after a particle that only governs verbs (قد, لم, لن, سوف, كي, لكي, أنْ) or a conjunction
  of time that is followed by a clause (عندما, بعدما, كلما, طالما, حينما), a word is a verb;
* right after a relative pronoun (الذي, التي, الذين …, and ما, مما: :data:`RELATIVES`), a word
  that can be a verb of its own root, with the same clitics, is that verb: the pronoun opens its
  clause, and a noun right after it would need a clause of its own (التي شكلها المجلس, ما فعله
  الجيش; not the noun شكل "shape"); not an indefinite accusative (الذي غالبا ما: an adverb).
* من right before an imperfect verb that no analysis reads as a noun is the pronoun مَنْ "who"
  (هناك من يريد, كل من يتلاعب): a preposition takes a noun; not before a form in أ (من أهم:
  a first-person verb there is an elative the analyzer lacks), nor before a word without clitics
  that wordfreq's list has with the article, which no verb takes (لأكثر من يخت: اليخت, a noun
  the analyzer lacks, not the verb يَخُتّ);
* right after a word that opens a clause, كما "as, also", حين "when, while" (في حين) or إنّ,
  أنّ, لكنّ carrying the pronoun ه, a word read as a noun that can be a perfect verb of its own
  root and proclitics is that verb (كما قتل جندي, في حين رفض البعض, أنه تعرض لعملية); not a
  word with the article, a pronoun or the tanwin alef;
* a word read as an imperfect verb that the analyzer also has as an elative of the same clitics
  (أعلى "higher" / أُعلي "I raise") is that elative where an elative stands: before من "than",
  before a noun with the article, or right after an indefinite noun (سعر أعلى من, حد أدنى).

**Adjective or noun** (:func:`adjective_or_noun`). Whether a word *can* be an adjective is read
from its use in news prose (:mod:`helpers.morphology.adjective_use`: the share of its definite
uses that follow a definite word, at least :data:`ADJECTIVE_SHARE`), or, for a word not counted
there, from the analyzer's readings. A feminine noun of its own that the analyzer chose (cited
in ة: سَيَّارَة, كَمِّيَّة, مُقَاطَعَة) is judged by its own feminine count only when that count is
decisive (:data:`HEAD_ADJECTIVE_SHARE`), else by the key it shares with its masculine: an undecided
feminine count mixes the noun with an adjective spelled alike (الطريق السيارة "the motorway",
0.59, against انفجار سيارة). Then its position decides:

* right after a noun, adjective or name of the same definiteness (the article, a possessive
  enclitic or being a name makes a word definite), or a definite word right after a number, an
  adjective-capable word is an adjective (القوات المسلحة, عروض جديدة, ١١ الماضي) and any other
  a noun (نائب رئيس);
* but a word without the article right before a noun with the article or a name heads a
  construct, and is a noun, not an adjective of the word before it (وزير خارجية أوغندا, سير
  القطارات), unless it is in the indefinite accusative, an elative or a صفة مشبهة, whose construct
  with the noun that specifies it is an adjective's (وفد رفيع المستوى); nor after a word in the
  indefinite accusative, whose tanwin closes it, so that the next word is not its genitive but
  agrees with it (برجا متعدد الاستعمالات, ثانيا مغربي الأصل); nor when it is an adjective in ة
  whose lemma is masculine (the ة marks agreement), counted in news prose, right after a word in
  ة or ات (قطارات ذاتية الجر; not صيانة حاشية الطريق, which news prose does not count); read as a
  noun it stays the same word, its lemma and root kept (معظم مقالات الكتاب: مُقَال, not مِقَال);
* a word joined by و to a common noun is a second noun (الحديد والصلب, للفلسطينيين
  والإسرائيليين), whatever its use elsewhere, unless it is an elative or one of
  :data:`CLASS_ADJECTIVES` (بين لحظة وأخرى), or an adjective in ة whose lemma is masculine right
  after a word in ة or ات, not heading a construct: its ة agrees, and it is a second adjective
  (بمصلحة الشركة والمشوهة لصورة تونس, مساكن فردية وجماعية; but الاقتصاد والمالية, a feminine noun
  of its own, and بحنكة ودبلوماسية متقنة, described by an adjective of its own); after an
  adjective the rules above apply (الدول العربية والإسلامية);
* واحد "one" right after a common noun of the same definiteness describes it, an adjective (شهر
  واحد, الموسم الواحد), as Arabic grammar parses واحد after the counted noun; رغم, which the
  closed-class table reads as a preposition, is a noun after a preposition (على رغم: the noun of
  على الرغم);
* an indefinite word next to a number is a noun (خمسين عاما, عام ١٩٩٩), whatever precedes
  the number (the word before a number is not the word's neighbour: جنيه ١٩٩٤ عاما), and so is
  an indefinite word right after a cardinal written in letters, which counts it (أربعين جريحا,
  ألف جندي; not after واحد or اثنان, which follow their noun, and not an elative: أربعة
  آخرين);
* an adjective-capable word that is indefinite is also an adjective in the indefinite accusative
  (-an, written ا: مشيرا, حاليا, كثيرا: a circumstantial or adverbial accusative) and after a
  word with the article or a noun carrying a possessive (a predicate: الإصابات خطيرة, إن حالته
  خطيرة);
* an adjective-capable word that is indefinite is also an adjective right after a personal
  pronoun, the subject of a nominal sentence (هي قادرة), after إنّ or one of its sisters whose
  subject is the pronoun attached to it (إننا قريبون, أنه قادر, لكنه مستعد), or after كان or
  one of its sisters (:data:`COPULAS`: أصبح ممكنا, ليس جديدا): a predicate;
* a participle in the indefinite accusative that opens its clause (after a comma or at the
  start of a sentence) describes the subject of the clause before it, a circumstantial
  accusative, and is an adjective whatever its use elsewhere (، مشيرا إلى, ، مؤكدا أن: مشير is
  also "field marshal"); so is one right before إلى, أنْ or أنّ, the complement of a participle
  of saying or pointing, wherever it stands (وقال الوزير مشيرا إلى, مستبعدا أن يكون);
* in من الـX أن "it is X that", X is an adjective, the predicate of the clause that أنْ or أنّ
  opens (من المقرر أن, من الواضح أن, من المتوقع أن): with the article, in its lemma's own form,
  adjective-capable or a participle;
* after غير "non-, un-", an adjective-capable word or a participle is the adjective it negates,
  with or without the article (الأسلحة غير التقليدية, بطريقة غير قانونية, من غير المستبعد أن):
  غير takes it as its genitive, but the phrase is an adjective of the noun before it;
* an elative (أكثر, أكبر, and أول, آخر, which farahidi files as primitive nouns) stays an
  adjective, as UD tags it wherever it stands (أكبر دولة, على الأقل), however seldom news
  prose uses it after a noun;
* so do two closed classes of adjectives that news prose often uses without their noun
  (:data:`CLASS_ADJECTIVES`): the **ordinals** and words of order (الثاني … العاشر, التالي "the
  next", الأخير "the last, the latter": في السابع من أبريل, طلب الأخير, بالتالي), which UD tags
  ``ADJ`` (its ``NUM`` page: ordinal numerals are adjectives), and the **adjectives of quantity**
  كثير, قليل, عديد, which head a partitive with من or stand alone (الكثير من الدول, العديد من
  الفرص, إلا القليل) and are adjectives there as UD tags *many, few*; a word counted or dated by
  a number next to it stays a noun (ثانية "a second": ٣٠ ثانية);
* a word with a preposition of its own (بالاتفاق) or in any other position heads its phrase
  and is a noun (قال مسؤول, مدير الشركة, من الفلسطينيين), except a relative adjective (نسبة)
  standing for its noun: with the article, in the lemma's own form (masculine singular) and used
  as an adjective in news prose at least :data:`HEAD_ADJECTIVE_SHARE` of the time, it stays an
  adjective (من الضروري, الكتاب الورقي أو الإلكتروني), as UD tags "adjectives that exceptionally
  head a nominal phrase" (the UD v2 ``ADJ`` page: *the sick, the healthy*). A nisba marked
  feminine or plural that heads its phrase is a noun of its own, a field or the people
  (الخارجية "foreign affairs", الفلسطينيون "the Palestinians", الروس), as are participles,
  which UD leaves to each language and the kit to their use (المسؤول "the official").

A word that changes class takes the option with the same lemma and the new class if there is one,
else an option with the same root (a verb that becomes a noun: its verbal noun first, على طلب →
the مصدر طَلَب), else keeps its reading with the new coarse tag (farahidi
files جديد as a primitive noun; used after a noun it is tagged ADJ, its ``pos`` unchanged).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import replace

from camel_tools.utils.dediac import dediac_ar

from helpers.morphology.adjective_use import adjective_share_ar
from helpers.morphology.base import WordAnalysis
from helpers.morphology.lemmas import FEMININE_ELATIVES
from helpers.morphology.priors import word_frequency_ar

__all__ = [
    "ADJECTIVE_SHARE",
    "CLASS_ADJECTIVES",
    "COPULAS",
    "HEAD_ADJECTIVE_SHARE",
    "RELATIVES",
    "adjective_or_noun",
    "host_ar",
    "indefinite_accusative_ar",
    "verb_or_noun",
]

#: The share of definite uses after a definite word from which a word counts as adjective-capable.
ADJECTIVE_SHARE = 0.5

_NOMINAL = frozenset({"NOUN", "ADJ", "PROPN", "NUM"})
_OPEN_PREPOSITIONS = frozenset({"حتى", "منذ", "مذ"})
_MIN = "من"
_VERB_GOVERNORS = frozenset(
    "قد لم لن سوف كي لكي لئلا عندما بعدما كلما طالما حينما ريثما".split()
)
#: Relative pronouns (lemmas without diacritics) after which a word that can be a verb is one.
RELATIVES = frozenset({"الذي", "ما", "مما"})
#: كان and its sisters (lemmas without diacritics): the word after one is its predicate or subject.
COPULAS = frozenset("كان أصبح أمسى أضحى ظل بات صار ليس زال دام".split())
_PERSONAL_PRONOUNS = frozenset("هو أنت أنا نحن".split())
_INNA_SISTERS = frozenset("إن أن لكن لأن كأن".split())  # إنّ and its sisters, as lemmas without diacritics
#: The share of adjectival uses from which a derived adjective heading its phrase stays an adjective.
HEAD_ADJECTIVE_SHARE = 0.8
_NISBA = "نسبة"
_SUBJUNCTIVE_AN = "أَنْ"
_PERFECT = "ماض"
_CLAUSE_OPENERS = frozenset({"كما", "حين"})
_IMPERFECT = "مضارع"
_GHAYR = "غير"
_AGREEING_NUMBERS = frozenset("واحد واحدة اثنان اثنتان".split())
_ONE = "واحد"
_RAGHMA = "رغم"
_IMPERATIVE = "أمر"
_PREPOSITION_CLITICS = frozenset("بلك")
_ELATIVE = "اسم تفضيل"
_PARTICIPLES = ("اسم فاعل", "اسم مفعول")
_RESEMBLING = "صفة مشبهة"
_ELATIVE_LEMMAS = frozenset(unicodedata.normalize("NFC", lemma) for lemma in FEMININE_ELATIVES.values())
#: Lemmas (no diacritics) of ordinals, words of order and adjectives of quantity: adjectives
#: wherever they stand but next to a number (see the module notes).
CLASS_ADJECTIVES = frozenset(
    "ثاني ثان ثالث رابع خامس سادس سابع ثامن تاسع عاشر تالي تال أخير كثير قليل عديد".split()
)


def host_ar(form: str, reading: WordAnalysis) -> str:
    """The written word without its proclitics (the article kept) and enclitics.

    >>> host_ar("وبالحكومة", WordAnalysis("", "حكومة", proclitics=("و", "ب", "ال")))
    'الحكومة'
    >>> host_ar("حكومته", WordAnalysis("", "حكومة", enclitics=("ه",))), host_ar("للحكومة", WordAnalysis("", "حكومة", proclitics=("ل", "ال")))
    ('حكومة', 'الحكومة')
    """
    rest = form
    for clitic in reading.proclitics:
        if clitic == "ال":
            break
        if clitic == "ل" and rest.startswith("لل") and "ال" in reading.proclitics:
            rest = "ا" + rest[1:]  # للحكومة: ل + الحكومة, its alef dropped
        else:
            rest = rest[len(clitic) :] if rest.startswith(clitic) else rest
    for clitic in reversed(reading.enclitics):
        if rest.endswith(clitic) and len(rest) > len(clitic):
            rest = rest[: -len(clitic)]
    if reading.enclitics and rest.endswith("ت") and dediac_ar(reading.lemma).endswith("ة"):
        rest = rest[:-1] + "ة"
    return rest


def _definite(a: WordAnalysis) -> bool:
    return "ال" in a.proclitics or bool(a.enclitics) or a.pos_coarse == "PROPN"


def _switch(reading: WordAnalysis, options: Sequence[WordAnalysis], wanted: str | frozenset[str]) -> WordAnalysis:
    """The option of class ``wanted`` closest to ``reading`` (same lemma and root, then same root,
    then the first), else ``reading`` retagged (only for a single class). A lemma spelled alike
    from another root is not the same word: عَام "year" (عوم) is not عَامٍ "blind" (عمي)."""
    classes = {wanted} if isinstance(wanted, str) else wanted
    same = [a for a in options if a.pos_coarse in classes and a.proclitics == reading.proclitics and a.enclitics == reading.enclitics]
    if reading.pos_coarse == "VERB":  # a verb read as a noun is its verbal noun first (على طلب: طَلَب, مصدر)
        same.sort(key=lambda a: "مصدر" not in a.pos)
    same_lemma = [a for a in same if a.lemma == reading.lemma and a.root == reading.root]
    for choice in (same_lemma, [a for a in same if a.root and a.root == reading.root], same):
        if choice:
            return choice[0]
    return replace(reading, pos_coarse=wanted) if isinstance(wanted, str) else reading


def _same_word(reading: WordAnalysis, options: Sequence[WordAnalysis], wanted: str) -> WordAnalysis:
    """The option of class ``wanted`` with the reading's lemma and root, else the reading retagged:
    a word used another way stays the same word (مُقَال "article" read as a noun is not مِقَال)."""
    for a in options:
        if a.pos_coarse == wanted and a.lemma == reading.lemma and a.root == reading.root and a.proclitics == reading.proclitics and a.enclitics == reading.enclitics:
            return a
    return replace(reading, pos_coarse=wanted)


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
    """
    out = list(readings)
    for i in range(1, len(out)):
        reading, previous = out[i], out[i - 1]
        if not options[i]:
            continue
        lemma = dediac_ar(previous.lemma)
        if reading.pos_coarse == "VERB" and reading.pos.endswith(_IMPERFECT) and previous.pos == "closed-class/ADP" and not previous.enclitics:
            # مَنْ "who" before a verb that cannot be a noun; مِنْ "from" takes a noun (من تملكها, من أساور)
            first_person = forms is not None and host_ar(forms[i], reading).startswith(("أ", "ا"))  # من أهم: an elative the analyzer lacks
            # لأكثر من يخت: اليخت, a noun; a word with a clitic is left (كل من ستكشف: a future verb)
            takes_article = forms is not None and not reading.proclitics and _written_with_article(forms[i])
            if lemma == _MIN and not first_person and not takes_article and not any(a.pos_coarse in _NOMINAL for a in _candidates(options[i], analyses, i)):
                out[i - 1] = replace(previous, lemma="مَنْ", pos="closed-class/PRON", pos_coarse="PRON")  # هناك من يتصور: "who"
                continue
        after_preposition = previous.pos_coarse == "ADP" and not previous.enclitics and lemma not in _OPEN_PREPOSITIONS
        if after_preposition and reading.pos_coarse == "VERB":
            out[i] = _switch(reading, options[i], _NOMINAL)
        elif _after_verb(previous, lemma) and reading.pos.endswith(_PERFECT) and _has_masdar(reading, options[i]):
            out[i] = _switch(reading, options[i], _NOMINAL)  # قرر عقد اجتماع: a verbal noun, the object
        elif reading.pos_coarse in ("NOUN", "ADJ") and _relative(previous, lemma):
            if not (forms and indefinite_accusative_ar(forms[i], reading)):  # الذي غالبا ما: an adverb
                out[i] = _clause_verb(reading, _candidates(options[i], analyses, i))
        elif reading.pos_coarse == "VERB" and (elative := _elative_slot(reading, _candidates(options[i], analyses, i), previous, out[i + 1] if i + 1 < len(out) else None)):
            out[i] = elative  # أعلى من, حد أدنى: the elative, not "I raise"
        elif reading.pos_coarse in ("NOUN", "ADJ") and _opens_clause(previous, lemma) and (verb := _perfect_of_root(forms[i] if forms else "", reading, options[i])):
            out[i] = verb  # كما قتل جندي, في حين رفض البعض, أنه تعرض لعملية: a clause, its verb
        elif reading.pos_coarse != "VERB" and (lemma in _VERB_GOVERNORS or previous.lemma == _SUBJUNCTIVE_AN):
            if previous.pos_coarse in ("PART", "SCONJ") or previous.pos.startswith("closed-class"):
                switched = _switch(reading, options[i], frozenset({"VERB"}))
                out[i] = switched
    return out


def _written_with_article(host: str) -> bool:
    """Whether wordfreq's list has the word with the article, as no verb is written (اليخت: a noun
    the analyzer lacks, not the verb يَخُتّ)."""
    return not host.startswith("ال") and word_frequency_ar("ال" + host) > 0


def _opens_clause(previous: WordAnalysis, lemma: str) -> bool:
    """Whether ``previous`` opens a clause whose first word may be its verb: كما "as, also", حين
    "when, while" (في حين), or إنّ, أنّ, لكنّ carrying their subject as the pronoun ه (أنه, لكنه),
    with which a perfect verb without ending agrees (not كأنهم دمى: dolls, not a verb in the
    singular)."""
    if lemma in _CLAUSE_OPENERS and not previous.enclitics and not previous.proclitics[-1:] == ("ال",):
        return True
    return previous.enclitics[-1:] == ("ه",) and previous.pos.startswith("closed-class") and lemma in _INNA_SISTERS


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
    stands: before من "than" (أعلى من), before a definite noun (a superlative: أعلى مستوى) or right
    after an indefinite noun (حد أدنى); else ``None``."""
    if not reading.pos.endswith(_IMPERFECT):
        return None
    elatives = [
        a for a in candidates
        if a.pos.endswith(_ELATIVE) and a.proclitics == reading.proclitics and a.enclitics == reading.enclitics
    ]  # fmt: skip
    if not elatives:
        return None
    before_than = following is not None and (dediac_ar(following.lemma) == "من" or (following.pos_coarse == "NOUN" and following.proclitics == ("ال",)))
    if before_than or (previous.pos_coarse == "NOUN" and not _definite(previous)):
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
    """A finite verb other than a copula (:data:`COPULAS`: كان قد عقد)."""
    return previous.pos_coarse == "VERB" and lemma not in COPULAS


def _has_masdar(reading: WordAnalysis, options: Sequence[WordAnalysis]) -> bool:
    """Whether the word can be a verbal noun of the verb's root, with the same clitics."""
    return any(
        "مصدر" in a.pos and a.root == reading.root and a.proclitics == reading.proclitics and a.enclitics == reading.enclitics
        for a in options
    )


def _adjectival(form: str, reading: WordAnalysis, options: Sequence[WordAnalysis]) -> bool:
    host = host_ar(form, reading)
    share = adjective_share_ar(host)
    if share is not None and ADJECTIVE_SHARE <= share < HEAD_ADJECTIVE_SHARE and _feminine_noun(reading):
        share = adjective_share_ar(host, feminine=False)  # الطريق السيارة: an undecided count mixes in a homograph
    if share is None:  # a broken plural counts as its singular (أعضاء: عضو)
        share = adjective_share_ar(dediac_ar(reading.lemma))
    if share is not None:
        return share >= ADJECTIVE_SHARE
    return reading.pos_coarse == "ADJ" or any(a.pos_coarse == "ADJ" and a.lemma == reading.lemma for a in options)


def _feminine_noun(reading: WordAnalysis) -> bool:
    """Whether the reading is a feminine noun of its own, cited in ة (سَيَّارَة, كَمِّيَّة, مُقَاطَعَة)."""
    return reading.pos_coarse == "NOUN" and dediac_ar(reading.lemma).endswith("ة")


def _nominalized_adjective(form: str, reading: WordAnalysis, options: Sequence[WordAnalysis]) -> bool:
    """Whether a word heading its phrase is a relative adjective standing for its noun: the
    analyzer has its lemma as a nisba, it has the article, it is the lemma's own form (masculine
    singular: not الخارجية, الفلسطينيون, الروس), and news prose uses it as an adjective at least
    :data:`HEAD_ADJECTIVE_SHARE` of the time."""
    host = host_ar(form, reading)
    if "ال" not in reading.proclitics or host[2:] != dediac_ar(reading.lemma):
        return False
    share = adjective_share_ar(host)
    if share is None or share < HEAD_ADJECTIVE_SHARE:
        return False
    return any(a.pos_coarse == "ADJ" and a.lemma == reading.lemma and a.pos.endswith(_NISBA) for a in (reading, *options))


def _predicate_slot(previous: WordAnalysis | None, form: str = "") -> bool:
    """Whether a word right after ``previous`` is a predicate: after a personal pronoun (a
    nominal sentence's subject), after إنّ or a sister carrying its subject as a pronoun (إننا,
    أنه, لكنه; a word in ة does not agree with ه, the masculine: أنه سابقة) or after a copula
    (:data:`COPULAS`)."""
    if previous is None:
        return False
    lemma = dediac_ar(previous.lemma)
    if previous.enclitics and previous.pos_coarse in ("SCONJ", "CCONJ", "PART") and lemma in _INNA_SISTERS:
        return not (previous.enclitics[-1] == "ه" and form.endswith("ة"))  # أنه سابقة: no agreement, a noun
    if previous.pos_coarse == "PRON":
        return lemma in _PERSONAL_PRONOUNS
    return previous.pos_coarse in ("VERB", "AUX") and lemma in COPULAS


def _preposition(a: WordAnalysis) -> bool:
    """A preposition written as a word (في, وعلى), without a pronoun of its own."""
    return a.pos_coarse == "ADP" and not a.enclitics and not set(a.proclitics) - {"و", "ف"}


def _agreeing_one(reading: WordAnalysis, previous: WordAnalysis | None) -> bool:
    """Whether a word is واحد "one" right after a common noun of the same definiteness, which it
    describes (شهر واحد, الموسم الواحد)."""
    if previous is None or reading.pos != "closed-class/NUM" or dediac_ar(reading.lemma) != _ONE:
        return False
    return previous.pos_coarse == "NOUN" and _definite(previous) == _definite(reading)


def _heads_construct(following: WordAnalysis | None) -> bool:
    """Whether a word without the article before ``following`` heads a construct: the next word is a
    noun or a name with the article or a name (وزير خارجية أوغندا, ممثل النيابة)."""
    if following is None:
        return False
    if following.pos.startswith("closed-class") or following.proclitics not in ((), ("ال",)):
        return False
    return (following.pos_coarse == "NOUN" and bool(following.proclitics)) or following.pos_coarse == "PROPN"


def _agreement_ending(form: str, reading: WordAnalysis) -> bool:
    """Whether the word's ة marks agreement: a feminine singular whose lemma is masculine (المشوهة:
    مُشَوَّه; جماعية: جَمَاعِيّ), not a feminine noun of its own (المالية: مَالِيَّة)."""
    return host_ar(form, reading).endswith("ة") and not dediac_ar(reading.lemma).endswith("ة") and reading.pos_coarse == "ADJ"


def _agrees_in_feminine(forms: Sequence[str], i: int, previous: WordAnalysis, reading: WordAnalysis) -> bool:
    """Whether an adjective in ة follows a word marked feminine by ة or ات, agreeing with it
    (قطارات ذاتية الجر): its construct with the next word is an adjective's."""
    return _agreement_ending(forms[i], reading) and host_ar(forms[i - 1], previous).endswith(("ة", "ات"))


def _complement_follows(following: WordAnalysis | None) -> bool:
    """Whether the next word is أنّ, أنْ or إلى, opening the complement a participle of saying or
    pointing takes (مشيرا إلى, مؤكدا أن)."""
    return following is not None and following.pos.startswith("closed-class") and dediac_ar(following.lemma) in ("أن", "إلى")


def _described(following: WordAnalysis | None, definite: bool) -> bool:
    """Whether the next word is an adjective of the same definiteness, without a conjunction,
    describing the word as a noun (بحنكة ودبلوماسية متقنة)."""
    return following is not None and following.pos_coarse == "ADJ" and not following.proclitics[:1] == ("و",) and _definite(following) == definite


def _cardinal(a: WordAnalysis) -> bool:
    """Whether a word is a cardinal number written in letters that counts the word after it
    (خمسة, أربعين, ألف, مليون; not واحد and اثنان, which follow their noun, nor a definite one)."""
    return a.pos_coarse == "NUM" and not _definite(a) and dediac_ar(a.lemma) not in _AGREEING_NUMBERS


def _impersonal_predicate(
    form: str,
    reading: WordAnalysis,
    options: Sequence[WordAnalysis],
    previous: WordAnalysis | None,
    *,
    following: WordAnalysis | None,
) -> bool:
    """Whether a word is X in من الـX أن "it is X that" (من المقرر أن, من الواضح أن): after من,
    with the article, in the lemma's own form (masculine singular: not من الركاب أن), adjective-capable
    or a participle, and followed by أنْ or أنّ."""
    if previous is None or following is None or previous.pos_coarse != "ADP" or dediac_ar(previous.lemma) != "من":
        return False
    if dediac_ar(following.lemma) != "أن" or "ال" not in reading.proclitics or reading.enclitics:
        return False
    if host_ar(form, reading)[2:] != dediac_ar(reading.lemma):
        return False
    return _adjectival(form, reading, options) or _participle(reading, options)


def _elative(reading: WordAnalysis, options: Sequence[WordAnalysis]) -> bool:
    """Whether the word is an elative: so labelled by the analyzer, or one the analyzer files as a
    primitive noun (أَوَّل, آخَر: the masculines of :data:`~helpers.morphology.lemmas.FEMININE_ELATIVES`),
    or cited in its feminine (أُخْرَى)."""
    if unicodedata.normalize("NFC", reading.lemma) in _ELATIVE_LEMMAS or dediac_ar(reading.lemma) in FEMININE_ELATIVES:
        return True
    return any(a.pos.endswith(_ELATIVE) and a.lemma == reading.lemma for a in (reading, *options))


def _resembling_adjective(reading: WordAnalysis, options: Sequence[WordAnalysis]) -> bool:
    """Whether the word can be a صفة مشبهة of its lemma (ضعيف, طويل, رفيع)."""
    return any(a.pos.endswith(_RESEMBLING) and a.lemma == reading.lemma for a in (reading, *options))


def _participle(reading: WordAnalysis, options: Sequence[WordAnalysis]) -> bool:
    """Whether the word can be an active or passive participle of its lemma."""
    return any(a.pos.endswith(_PARTICIPLES) and a.lemma == reading.lemma for a in (reading, *options))


def indefinite_accusative_ar(form: str, reading: WordAnalysis) -> bool:
    """Whether a word is an indefinite accusative written with the tanwin alef (مشيرا, حاليا).

    >>> indefinite_accusative_ar("مشيرا", WordAnalysis("", "مُشِير")), indefinite_accusative_ar("دنيا", WordAnalysis("", "دُنْيَا"))
    (True, False)
    """
    return (
        form.endswith("ا")
        and not reading.enclitics
        and "ال" not in reading.proclitics
        and not dediac_ar(reading.lemma).endswith(("ا", "ى", "اء"))
    )


def adjective_or_noun(
    readings: list[WordAnalysis],
    options: Sequence[Sequence[WordAnalysis]],
    forms: Sequence[str],
    *,
    after_number: Sequence[bool] | None = None,
    before_number: Sequence[bool] | None = None,
) -> list[WordAnalysis]:
    """Apply the adjective-or-noun rules of the module notes to each NOUN or ADJ reading.

    Args:
        readings: one reading per word of a stretch (in context).
        options: each word's options (empty for a closed-class word: its reading is kept).
        forms: the words as analysed (no diacritics).
        after_number: whether a number (written in digits) directly precedes each word.
        before_number: whether one directly follows it.
    """
    out = list(readings)
    after = after_number or [False] * len(out)
    before = before_number or [False] * len(out)
    for i, reading in enumerate(readings):
        if i and reading.pos == "closed-class/ADP" and dediac_ar(reading.lemma) == _RAGHMA and _preposition(out[i - 1]):
            out[i] = replace(reading, pos="closed-class/NOUN", pos_coarse="NOUN")  # على رغم: على الرغم without the article
            continue
        if _agreeing_one(reading, out[i - 1] if i and not after[i] else None):
            out[i] = replace(reading, pos="closed-class/ADJ", pos_coarse="ADJ")  # طرف واحد, الموسم الواحد
            continue
        if reading.pos_coarse not in ("NOUN", "ADJ") or not options[i]:
            continue
        adjectival = _adjectival(forms[i], reading, options[i])
        definite = _definite(reading)
        previous = out[i - 1] if i and not after[i] else None  # a number between: not adjacent
        following = out[i + 1] if i + 1 < len(out) else None
        nominal_before = previous is not None and previous.pos_coarse in _NOMINAL
        by_class = dediac_ar(reading.lemma) in CLASS_ADJECTIVES
        if any(c in ("ب", "ل", "ك") for c in reading.proclitics):
            wanted = "ADJ" if by_class or _nominalized_adjective(forms[i], reading, options[i]) else "NOUN"
        elif previous is not None and dediac_ar(previous.lemma) == _GHAYR and (adjectival or _participle(reading, options[i])):
            wanted = "ADJ"  # الأسلحة غير التقليدية, من غير المستبعد: غير negates an adjective
        elif _impersonal_predicate(forms[i], reading, options[i], previous, following=out[i + 1] if i + 1 < len(out) else None):
            wanted = "ADJ"  # من المقرر أن, من الواضح أن: "it is X that"
        elif after[i] and definite:
            wanted = "ADJ" if adjectival else "NOUN"
        elif (before[i] and not definite) or after[i]:
            wanted = "NOUN"  # counted or dated: خمسين عاما, عام ١٩٩٩ (not العام المالي ٢٠٠٣)
        elif not definite and previous is not None and _cardinal(previous) and not _elative(reading, options[i]):
            wanted = "NOUN"  # counted: أربعين جريحا, ألف جندي
        elif (
            reading.proclitics[:1] == ("و",) and previous is not None and previous.pos_coarse == "NOUN" and not by_class and not _elative(reading, options[i])
            and not (_agrees_in_feminine(forms, i, previous, reading) and not _heads_construct(following) and not _described(following, definite))
        ):  # fmt: skip
            wanted = "NOUN"  # الحديد والصلب: joined to a noun, a second noun
        elif nominal_before and _definite(previous) == definite:  # type: ignore[arg-type]
            heads = (
                not definite and not indefinite_accusative_ar(forms[i], reading) and not _elative(reading, options[i])
                and not _resembling_adjective(reading, options[i]) and _heads_construct(following)
                and not indefinite_accusative_ar(forms[i - 1], previous)  # type: ignore[arg-type]
                and not (_agrees_in_feminine(forms, i, previous, reading) and adjective_share_ar(host_ar(forms[i], reading)) is not None)  # type: ignore[arg-type]
            )  # fmt: skip
            wanted = "ADJ" if adjectival and not heads else "NOUN"
            if adjectival and heads and reading.pos_coarse == "ADJ":  # the same word heading a construct: كل عام, معظم مقالات الكتاب
                out[i] = _same_word(reading, options[i], "NOUN")
                continue
        elif (i == 0 or _complement_follows(following)) and indefinite_accusative_ar(forms[i], reading) and _participle(reading, options[i]):
            wanted = "ADJ"  # a clause opened by a participle in the accusative: ، مشيرا إلى
        elif adjectival and not definite and (indefinite_accusative_ar(forms[i], reading) or (nominal_before and ("ال" in previous.proclitics or (previous.enclitics and previous.pos_coarse == "NOUN")))):  # type: ignore[union-attr]
            wanted = "ADJ"
        elif adjectival and not definite and _predicate_slot(previous, forms[i]):
            wanted = "ADJ"  # a predicate: هي قادرة, أصبح ممكنا
        elif by_class or _elative(reading, options[i]):
            wanted = "ADJ"  # الكثير من, في السابع من (ordinals, quantities), أكبر دولة (elatives)
        elif _nominalized_adjective(forms[i], reading, options[i]):
            wanted = "ADJ"  # an adjective heading its phrase: المصريين, الجديد (UD: still ADJ)
        else:
            wanted = "NOUN"
        if reading.pos_coarse != wanted:
            out[i] = _switch(reading, options[i], wanted)
    return out
