"""Adjective or noun, from agreement with the word before (:func:`adjective_or_noun`).

A derived word is often both an adjective and a noun (مسؤول "responsible" / "official", جديد
"new" / "the new"). Two questions decide it: whether the word *can* be an adjective, and whether
it stands where an adjective stands.

**Can it be an adjective?** That is read from its use in news prose
(:mod:`helpers.morphology.adjective_use`: the share of its definite uses that follow a definite
word, at least :data:`ADJECTIVE_SHARE`), or, for a word not counted there, from the analyzer's
readings, including a nisba whose lemma is the word as written where context chose the noun it
derives from (حصان خشبي: خَشَبِيّ, not خَشَب). A feminine noun of its own that the analyzer chose (cited in ة: سَيَّارَة, كَمِّيَّة,
مُقَاطَعَة) is judged by its own feminine count only when that count is decisive
(:data:`HEAD_ADJECTIVE_SHARE`), else by the key it shares with its masculine: an undecided
feminine count mixes the noun with an adjective spelled alike (الطريق السيارة "the motorway",
0.59, against انفجار سيارة).

**Does it stand where an adjective stands?** An adjective follows its noun and agrees with it in
definiteness; a noun heads its phrase. So:

* right after a noun, adjective or name of the same definiteness (the article, a possessive
  enclitic or being a name makes a word definite), or a definite word right after a number, an
  adjective-capable word is an adjective (القوات المسلحة, عروض جديدة, ١١ الماضي) and any other
  a noun (نائب رئيس); a masculine singular nisba, cited in يّ, right after a common noun of its
  definiteness counts as adjective-capable whatever news prose does with its other forms (مؤتمر
  صحافي, الاضطهاد العنصري; not with an enclitic, a name reading or a name after it); but a
  definite noun right before a name that the analyzer reads only as a noun (not an elative or a
  class adjective) and news prose uses as an adjective less than :data:`TITLE_SHARE` of the time
  is a title in apposition to the name (الرئيس الدكتور عصام: الدكتور 0.74, counted where it
  follows the word it stands in apposition to; الجديد, 0.99, stays an adjective);
* a word without proclitics in the indefinite accusative right after a common noun in the
  indefinite accusative agrees with it, an adjective, whatever its use elsewhere (تعديلا طفيفا,
  عضوا مؤسسا): the tanwin closes the noun, so the word is not its genitive; not after an
  adjective, which may itself be adverbial (قائلا نظرا), nor the same word again (فصلا فصلا
  "chapter by chapter");
* but a word without the article right before a noun with the article or a name heads a
  construct, and is a noun, not an adjective of the word before it (وزير خارجية أوغندا, سير
  القطارات), unless it is in the indefinite accusative, an elative or a صفة مشبهة, whose construct
  with the noun that specifies it is an adjective's (وفد رفيع المستوى) unless the analyzer also
  has it as a verbal noun, whose construct is with its object (قرار خفض الإنتاج); nor after a word in the
  indefinite accusative, whose tanwin closes it, so that the next word is not its genitive but
  agrees with it (برجا متعدد الاستعمالات, ثانيا مغربي الأصل); nor when it is an adjective in ة
  whose lemma is masculine (the ة marks agreement), counted in news prose, right after a word in
  ة or ات (قطارات ذاتية الجر; not صيانة حاشية الطريق, which news prose does not count); read as a
  noun it stays the same word, its lemma and root kept (معظم مقالات الكتاب: مُقَال, not مِقَال);
* an adjective keeps its construct with the noun that specifies it also when the analyzer files
  it as a primitive noun or a participle (ظروف بالغة السوء, أمين عام الحزب, انتقادات شديدة
  اللهجة): right after the indefinite common noun it agrees with, not in ات, not a plural in
  construct, its gender not against the noun's, and news prose using its lemma as an adjective at
  least :data:`CONSTRUCT_ADJECTIVE_SHARE` of the time;
* likewise, after a preposition, a verb or و (not after a word of its own definiteness), a word
  before a plural with the article that it describes, news prose using its lemma as an adjective
  that often, is an adjective in construct (كبار المسؤولين, من مختلف الأحزاب), as UD tags it; not
  a word in ة or ات (حاملة الطائرات, مستحقات الشركة), nor one the analyzer reads as a name, nor
  before a singular (شقيق الضحية, مرتكب الهجوم: heads);
* a word joined by و to a common noun is a second noun (الحديد والصلب, للفلسطينيين
  والإسرائيليين), whatever its use elsewhere, unless it is an elative or one of
  :data:`CLASS_ADJECTIVES` (بين لحظة وأخرى), or an adjective in ة whose lemma is masculine right
  after a word in ة or ات, not heading a construct: its ة agrees, and it is a second adjective
  (بمصلحة الشركة والمشوهة لصورة تونس, مساكن فردية وجماعية; but الاقتصاد والمالية, a feminine noun
  of its own, and بحنكة ودبلوماسية متقنة, described by an adjective of its own); after an
  adjective the rules above apply (الدول العربية والإسلامية);
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
* a word with a preposition of its own (بالاتفاق), right after a quantifier of the closed-class
  table (كل, بعض, أي, نفس: its genitive, كل عام, بعض أعضاء) or in any other position heads its phrase
  and is a noun (قال مسؤول, مدير الشركة, من الفلسطينيين), except an elative of the pattern أفعل in
  its own form (لأول مرة, بأقل الأسعار; not للأواسط, بخير), an adjective before the plural it
  describes (لكبار المسؤولين, below), and a relative adjective (نسبة)
  standing for its noun: with the article, in the lemma's own form (masculine singular) and used
  as an adjective in news prose at least :data:`HEAD_ADJECTIVE_SHARE` of the time, it stays an
  adjective (من الضروري, الكتاب الورقي أو الإلكتروني), as UD tags "adjectives that exceptionally
  head a nominal phrase" (the UD v2 ``ADJ`` page: *the sick, the healthy*). A nisba marked
  feminine or plural that heads its phrase is a noun of its own, a field or the people
  (الخارجية "foreign affairs", الفلسطينيون "the Palestinians", الروس), as are participles,
  which UD leaves to each language and the kit to their use (المسؤول "the official").

Three other kinds of slot are stated in their own modules and applied here, in the order of
:func:`adjective_or_noun`: words next to a number (:mod:`helpers.morphology.numerals`),
predicates, accusatives and the word after غير (:mod:`helpers.morphology.predicate_slots`), and
رغم after a preposition (:mod:`helpers.morphology.function_words`). A word that changes class
keeps to the same word (:func:`helpers.morphology.context.switch_class`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import normalize_alef_ar

from helpers.morphology.adjective_use import adjective_share_ar
from helpers.morphology.base import WordAnalysis
from helpers.morphology.context import NOMINAL, definite, elative, host_ar, indefinite_accusative_ar, resembling_adjective, same_word, switch_class
from helpers.morphology.function_words import noun_after_preposition
from helpers.morphology.numerals import agreeing_one, counting_cardinal
from helpers.morphology.predicate_slots import circumstantial, impersonal_predicate, negated_by_ghayr, predicate_after_definite, predicate_slot

__all__ = ["ADJECTIVE_SHARE", "CLASS_ADJECTIVES", "CONSTRUCT_ADJECTIVE_SHARE", "HEAD_ADJECTIVE_SHARE", "TITLE_SHARE", "adjective_or_noun"]

#: The share of definite uses after a definite word from which a word counts as adjective-capable.
ADJECTIVE_SHARE = 0.5
#: The share of adjectival uses from which a derived adjective heading its phrase stays an adjective.
HEAD_ADJECTIVE_SHARE = 0.8
#: Lemmas (no diacritics) of ordinals, words of order and adjectives of quantity: adjectives
#: wherever they stand but next to a number (see the module notes).
CLASS_ADJECTIVES = frozenset(
    "ثاني ثان ثالث رابع خامس سادس سابع ثامن تاسع عاشر تالي تال أخير كثير قليل عديد".split()
)
#: The share of adjectival uses of its lemma from which a word heading a construct with a definite
#: noun is an adjective in construct with the noun it describes (كبار المسؤولين, كبير 0.99).
CONSTRUCT_ADJECTIVE_SHARE = 0.9
#: The share of adjectival uses below which a noun before a name is read as a title (الدكتور 0.74, not الجديد 0.99).
TITLE_SHARE = 0.9
_NISBA = "نسبة"
_QUANTIFIERS = frozenset("كل بعض أي نفس".split())


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

    >>> wazir = WordAnalysis("", "وَزِير", root="وزر", pos="اسم/اسم جامد", pos_coarse="NOUN")
    >>> khariji = WordAnalysis("", "خَارِجِيّ", root="خرج", pos="اسم/نسبة", pos_coarse="ADJ", proclitics=("ال",))
    >>> [a.pos_coarse for a in adjective_or_noun([wazir, khariji], [(wazir,), (khariji,)], ["وزير", "الخارجية"])]
    ['NOUN', 'NOUN']
    """
    out = list(readings)
    after = after_number or [False] * len(out)
    before = before_number or [False] * len(out)
    for i, reading in enumerate(readings):
        if i and reading.pos == "closed-class/ADP" and (noun := noun_after_preposition(reading, out[i - 1])) is not None:
            out[i] = noun  # على رغم: على الرغم without the article
            continue
        if agreeing_one(reading, out[i - 1] if i and not after[i] else None):
            out[i] = replace(reading, pos="closed-class/ADJ", pos_coarse="ADJ")  # طرف واحد, الموسم الواحد
            continue
        if reading.pos_coarse not in ("NOUN", "ADJ") or not options[i]:
            continue
        adjectival = _adjectival(forms[i], reading, options[i])
        is_definite = definite(reading)
        previous = out[i - 1] if i and not after[i] else None  # a number between: not adjacent
        following = out[i + 1] if i + 1 < len(out) else None
        nominal_before = previous is not None and previous.pos_coarse in NOMINAL
        by_class = dediac_ar(reading.lemma) in CLASS_ADJECTIVES
        if any(c in ("ب", "ل", "ك") for c in reading.proclitics) or (previous is not None and _quantifier(previous)):
            wanted = "ADJ" if by_class or _bare_elative(forms[i], reading, options[i]) or _nominalized_adjective(forms[i], reading, options[i]) or _before_described_plural(forms, i, reading, options[i], following) else "NOUN"
        elif negated_by_ghayr(previous, reading, options[i], adjectival=adjectival):
            wanted = "ADJ"  # الأسلحة غير التقليدية, من غير المستبعد: غير negates an adjective
        elif impersonal_predicate(forms[i], reading, options[i], previous, following=following, adjectival=adjectival):
            wanted = "ADJ"  # من المقرر أن, من الواضح أن: "it is X that"
        elif after[i] and is_definite:
            wanted = "ADJ" if adjectival else "NOUN"
        elif (before[i] and not is_definite) or after[i]:
            wanted = "NOUN"  # counted or dated: خمسين عاما, عام ١٩٩٩ (not العام المالي ٢٠٠٣)
        elif not is_definite and previous is not None and counting_cardinal(previous) and not elative(reading, options[i]):
            wanted = "NOUN"  # counted: أربعين جريحا, ألف جندي
        elif previous is not None and _agrees_in_accusative(forms, i, previous, reading):
            wanted = "ADJ"  # تعديلا طفيفا, استقبالا حافلا: tanwin closes the noun, the next word agrees
        elif (
            reading.proclitics[:1] == ("و",) and previous is not None and previous.pos_coarse == "NOUN" and not by_class and not elative(reading, options[i])
            and not (_agrees_in_feminine(forms, i, previous, reading) and not _heads_construct(following) and not _described(following, is_definite))
            and not _before_described_plural(forms, i, reading, options[i], following)
        ):  # fmt: skip
            wanted = "NOUN"  # الحديد والصلب: joined to a noun, a second noun
        elif nominal_before and definite(previous) == is_definite:  # type: ignore[arg-type]
            heads = (
                not is_definite and not indefinite_accusative_ar(forms[i], reading) and not elative(reading, options[i])
                and not (resembling_adjective(reading, options[i]) and not _verbal_noun(reading, options[i])) and _heads_construct(following)
                and not _adjective_in_construct(forms, i, previous, reading, following)  # type: ignore[arg-type]
                and not indefinite_accusative_ar(forms[i - 1], previous)  # type: ignore[arg-type]
                and not (_agrees_in_feminine(forms, i, previous, reading) and adjective_share_ar(host_ar(forms[i], reading)) is not None)  # type: ignore[arg-type]
            )  # fmt: skip
            nisba = _nisba_after_noun(forms[i], reading, options[i], previous, following)  # type: ignore[arg-type]
            wanted = "ADJ" if (adjectival or nisba) and not heads and not _title(forms[i], reading, options[i], following, options[i + 1] if i + 1 < len(out) else ()) else "NOUN"
            if adjectival and heads and reading.pos_coarse == "ADJ":  # the same word heading a construct: كل عام, معظم مقالات الكتاب
                out[i] = same_word(reading, options[i], "NOUN")
                continue
        elif circumstantial(forms[i], reading, options[i], opens_clause=i == 0, following=following):
            wanted = "ADJ"  # a clause opened by a participle in the accusative: ، مشيرا إلى
        elif adjectival and not is_definite and (indefinite_accusative_ar(forms[i], reading) or predicate_after_definite(previous, "" if _heads_construct(following) or _name_follows(following) else host_ar(forms[i], reading))):
            wanted = "ADJ"  # حاليا, كثيرا; الإصابات خطيرة, إن حالته خطيرة
        elif adjectival and not is_definite and predicate_slot(previous, forms[i]):
            wanted = "ADJ"  # a predicate: هي قادرة, أصبح ممكنا
        elif by_class or elative(reading, options[i]):
            wanted = "ADJ"  # الكثير من, في السابع من (ordinals, quantities), أكبر دولة (elatives)
        elif _nominalized_adjective(forms[i], reading, options[i]):
            wanted = "ADJ"  # an adjective heading its phrase: المصريين, الجديد (UD: still ADJ)
        elif _before_described_plural(forms, i, reading, options[i], following):
            wanted = "ADJ"  # كبار المسؤولين, مختلف الأطراف: in construct with the plural it describes
        else:
            wanted = "NOUN"
        if reading.pos_coarse != wanted:
            out[i] = switch_class(reading, options[i], wanted)
    return out


def _nisba_after_noun(form: str, reading: WordAnalysis, options: Sequence[WordAnalysis], previous: WordAnalysis, following: WordAnalysis | None) -> bool:
    """Whether a masculine singular nisba right after a common noun of its definiteness agrees
    with it, whatever news prose does with its other forms (مؤتمر صحافي, المجلس التنسيقي: the
    share of صحافي is a plural's, للصحافيين "for journalists"): the word as written is its lemma,
    cited in يّ, or a nisba reading the analyzer lists spells it (سعر تفضيلي, where context chose
    تَفْضِيل). Not a feminine in ية, often a noun of its own (تنفيذ عملية "an operation"), nor a
    word with an enclitic, one the analyzer also reads as a name (بحق حنفي) or one right before a
    name, in apposition to it (أشهرها الصحافي رضا هلال)."""
    if previous.pos_coarse != "NOUN" or previous.pos.startswith("closed-class") or reading.enclitics:
        return False
    if any(a.pos_coarse == "PROPN" for a in (reading, *options)) or (following is not None and following.pos_coarse == "PROPN"):
        return False
    host = host_ar(form, reading)
    bare = host[2:] if host.startswith("ال") else host
    if not bare.endswith("ي") or len(bare) < 4:
        return False
    return any(a.lemma.endswith("يّ") and dediac_ar(a.lemma) == bare for a in (reading, *options))


def _bare_elative(form: str, reading: WordAnalysis, options: Sequence[WordAnalysis]) -> bool:
    """Whether a word is an elative of the pattern أفعل in its own form (masculine singular: لأول
    مرة, بأقل الأسعار, لأكثر من): with a preposition or after a quantifier it stays an adjective,
    as it does elsewhere; not a plural or feminine used as a noun of its own (للأواسط "the
    under-20s", لأقارب "relatives"), nor خير, شر (بخير "well")."""
    host = host_ar(form, reading)
    bare = host[2:] if host.startswith("ال") else host
    lemma = dediac_ar(reading.lemma)
    return lemma.startswith(("أ", "آ")) and normalize_alef_ar(bare) == normalize_alef_ar(lemma) and elative(reading, options)


def _verbal_noun(reading: WordAnalysis, options: Sequence[WordAnalysis]) -> bool:
    """Whether the word can be a verbal noun of its lemma (خَفْض "cutting"): before a definite noun
    it is then the verbal noun with its object (قرار خفض الإنتاج), not a صفة مشبهة with the noun
    that specifies it."""
    return any("مصدر" in a.pos and a.lemma == reading.lemma for a in (reading, *options))


def _name_follows(following: WordAnalysis | None) -> bool:
    """Whether the next word is read as a name, guessed, or has the article (غازي عبدالرزاق علية
    البريقي: a word in ة between names is one of them, not a predicate)."""
    return following is not None and (following.pos_coarse == "PROPN" or following.pos == "guess" or following.proclitics[-1:] == ("ال",))


def _title(form: str, reading: WordAnalysis, options: Sequence[WordAnalysis], following: WordAnalysis | None, following_options: Sequence[WordAnalysis]) -> bool:
    """Whether a definite word right before a name (a word read as one, or that the analyzer also
    lists as one, without proclitics) is a title in apposition to it (الرئيس الدكتور عصام, أمير
    قطر الشيخ حمد): a noun the analyzer has no adjective reading of, not an elative nor
    a class adjective, which news prose uses as an adjective less than :data:`TITLE_SHARE` of the
    time (a title follows the word it is in apposition to, and is counted there: الدكتور 0.74)."""
    if following is None or "ال" not in reading.proclitics or following.proclitics:
        return False
    if following.pos_coarse != "PROPN" and not any(a.pos_coarse == "PROPN" for a in following_options):
        return False
    if any(a.pos_coarse == "ADJ" for a in (reading, *options)) or elative(reading, options) or dediac_ar(reading.lemma) in CLASS_ADJECTIVES:
        return False
    share = adjective_share_ar(host_ar(form, reading))
    return share is None or share < TITLE_SHARE


def _quantifier(a: WordAnalysis) -> bool:
    """Whether a word is a quantifier of the closed-class table (كل, بعض, أي, نفس), whose next word
    is its genitive, heading a phrase of its own (كل عام, بعض المسؤولين), not an adjective of it."""
    return a.pos.startswith("closed-class") and a.pos_coarse in ("NOUN", "DET") and dediac_ar(a.lemma) in _QUANTIFIERS


def _adjectival(form: str, reading: WordAnalysis, options: Sequence[WordAnalysis]) -> bool:
    """Whether the word can be an adjective (the module notes): by its use in news prose, else by
    the analyzer's readings: an adjective reading of the chosen lemma, or one whose lemma is the
    word as written (the nisba خَشَبِيّ, where context chose the noun خَشَب)."""
    host = host_ar(form, reading)
    share = adjective_share_ar(host)
    if share is not None and ADJECTIVE_SHARE <= share < HEAD_ADJECTIVE_SHARE and _feminine_noun(reading):
        share = adjective_share_ar(host, feminine=False)  # الطريق السيارة: an undecided count mixes in a homograph
    if share is None:  # a broken plural counts as its singular (أعضاء: عضو)
        share = adjective_share_ar(dediac_ar(reading.lemma))
    if share is not None:
        return share >= ADJECTIVE_SHARE
    bare = host[2:] if host.startswith("ال") else host
    # خشبي: the nisba خَشَبِيّ spells the word; the noun خَشَب chosen in context does not
    return reading.pos_coarse == "ADJ" or any(a.pos_coarse == "ADJ" and (a.lemma == reading.lemma or (a.pos.endswith(_NISBA) and dediac_ar(a.lemma) == bare)) for a in options)


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


def _adjective_in_construct(forms: Sequence[str], i: int, previous: WordAnalysis, reading: WordAnalysis, following: WordAnalysis | None) -> bool:
    """Whether a word without the article or an enclitic, right after the indefinite noun it
    agrees with and right before a common noun with the article, is an adjective in construct
    with the noun that specifies it (ظروف بالغة السوء, مواطن قطري الجنسية, أمين عام الحزب): news
    prose uses its lemma as an adjective at least :data:`CONSTRUCT_ADJECTIVE_SHARE` of the time,
    it is not a plural in ات (nouns take it: مجمل مستحقات الشركة) nor a plural in construct, its
    ن dropped (حصول فلسطينيي المدينة), nor written in ى (محلات سكنى العناصر: سُكْنَى, not the nisba), and its gender agrees with the noun before (not بمقر بلدية
    الجهة: بلدية after a masculine singular). The noun before is read as one: after an adjective
    the word may itself be a name's (خاتمي شقيق الرئيس)."""
    if following is None or "ال" in reading.proclitics or reading.enclitics or previous.pos_coarse != "NOUN":
        return False
    if following.pos_coarse not in ("NOUN", "ADJ") or following.proclitics != ("ال",) or following.pos.startswith("closed-class"):
        return False
    host = host_ar(forms[i], reading)
    if host.endswith(("ات", "ى")) or (host.endswith(("ي", "و")) and host[:-1] == dediac_ar(reading.lemma)) or not _agrees_in_gender(host, host_ar(forms[i - 1], previous), previous):
        return False
    share = adjective_share_ar(dediac_ar(reading.lemma))
    return share is not None and share >= CONSTRUCT_ADJECTIVE_SHARE


def _before_described_plural(forms: Sequence[str], i: int, reading: WordAnalysis, options: Sequence[WordAnalysis], following: WordAnalysis | None) -> bool:
    """Whether a word without the article or an enclitic, right before a plural with the article,
    is an adjective in construct with the plural it describes (كبار المسؤولين "the senior
    officials", مختلف الأطراف "the various parties"): news prose uses its lemma as an adjective at
    least :data:`CONSTRUCT_ADJECTIVE_SHARE` of the time, it ends neither in ات nor in ة nor has a
    lemma in ة (a noun of its own: مستحقات الشركة, حاملة الطائرات, مقدمة الدول, مهام الوزارات)
    and the analyzer has no name reading of it (مراد الشابي). Before a singular the word heads a
    construct of its own (شقيق الشهيد, مرتكب الهجوم)."""
    if following is None or "ال" in reading.proclitics or reading.enclitics or host_ar(forms[i], reading).endswith(("ات", "ة")):
        return False
    if following.pos_coarse not in ("NOUN", "ADJ") or following.proclitics != ("ال",) or following.pos.startswith("closed-class"):
        return False
    if not _plural(host_ar(forms[i + 1], following), following) or any(a.pos_coarse == "PROPN" for a in (reading, *options)):
        return False
    if dediac_ar(reading.lemma).endswith("ة"):
        return False  # في مهام الوزارات: the plural of a feminine noun of its own (مَهَمَّة)
    share = adjective_share_ar(dediac_ar(reading.lemma))
    return share is not None and share >= CONSTRUCT_ADJECTIVE_SHARE


def _plural(host: str, a: WordAnalysis) -> bool:
    """Whether a word with the article is a plural: a sound plural (ون ين ات) or a broken one,
    written otherwise than its lemma and not as a feminine, a dual or a nisba (المسؤولين, الضباط,
    الأطراف; not السلامي, where the analyzer chose the noun سَلَام)."""
    host = host[2:] if host.startswith("ال") else host
    lemma = dediac_ar(a.lemma)
    if host.endswith(("ون", "ين", "ات")):
        return True
    return host not in (lemma, lemma + "ة") and not host.endswith(("ة", "ي", "ان", "تين"))


def _agrees_in_gender(host: str, previous_host: str, previous: WordAnalysis) -> bool:
    """Whether a word may agree in gender with the word before: a feminine singular in ة does not
    follow a masculine singular (its lemma as written: مقر), nor a masculine a feminine singular in ة."""
    bare = previous_host[2:] if previous_host.startswith("ال") else previous_host
    if host.endswith("ة"):
        return bare.endswith(("ة", "ات")) or bare != dediac_ar(previous.lemma)
    return not bare.endswith("ة")


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


def _agrees_in_accusative(forms: Sequence[str], i: int, previous: WordAnalysis, reading: WordAnalysis) -> bool:
    """Whether a word without proclitics in the indefinite accusative follows a common noun in the
    indefinite accusative (تعديلا طفيفا, برنامجا طموحا): the tanwin closes the noun, so the word is
    not its genitive but agrees with it. Not after an adjective, which may itself be adverbial
    (قائلا نظرا, رسميا رئيسا)."""
    if reading.proclitics or previous.pos_coarse != "NOUN" or previous.pos.startswith("closed-class") or forms[i] == forms[i - 1]:
        return False  # فصلا فصلا "chapter by chapter": a word does not describe itself (دينارا و18 دينارا has و18 between)
    return indefinite_accusative_ar(forms[i], reading) and indefinite_accusative_ar(forms[i - 1], previous)


def _described(following: WordAnalysis | None, is_definite: bool) -> bool:
    """Whether the next word is an adjective of the same definiteness, without a conjunction,
    describing the word as a noun (بحنكة ودبلوماسية متقنة)."""
    return following is not None and following.pos_coarse == "ADJ" and not following.proclitics[:1] == ("و",) and definite(following) == is_definite
