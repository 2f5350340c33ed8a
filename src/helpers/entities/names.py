"""Persons: names after a title, after a given name, kunyas and names in brackets, by rule.

Arabic has no capital letters, so a name is found by what stands around it. A **name** is a run
of name words (:func:`helpers.entities.clues.name_strength_ar`) of at most five units, where a
unit is one word or a fixed pair: عبد + a divine name (عبد الرحمان), a first part + الدين or
الله (عز الدين, نصر الله), بن / ابن / بنت / ولد / أبو + a name (بن علي), a foreign particle + a name
after the first unit (لو دريان, دي ميستورا), or two words joined by a hyphen (جان-ايف). A weak
word counts only before a strong one (بورت لويس, قائد السبسي), or, after a title and a given
name, when it is a noun or adjective that is not too common (وزيرة الصحة سميرة مرعي). A month name
right after a name word, with no year or relative word after it, is a family name (تيريزا ماي,
not ماي الماضي). The run stops at punctuation, a
function word, a time word, a title, a demonym (the nisba after a name is not part of it: it goes
to the span's ``country``), a verb, or a word with و/ف or a preposition written on it; a definite
family name (الطاهري) ends it unless بن follows; after two name units (or a title and one), a
word the analyser reads as و/ف + a verb is the family name when it is rare as a whole and the text
shows it is a name (:func:`helpers.entities.clues.verb_read_name_ar`: خوان سيباستيان فيرون, not ف +
يرون). After a title a foreign name the analyser reads as a verb (rare, not an imperfect or future
verb) opens a name if another name word follows (الباحث ليندي إلكينز تانتون; إل/أل written with
hamza is no article), and so does a first name it reads with a proclitic when a given name or a
rare name word follows (الفنانة التونسية لبنى نعمان: no ل + بنى; not بأبي سمير, ببني خلاد, whose
preposition is real). After a given name, an ordinary noun is the family name before the next
person of a list (يوسف فرج وكريم رفلة), and after a title and a given name before an indefinite
accusative, the sentence's object (الشاعر جابر مطير قصيدا). An ordinary word joins the name only before a
definite family name that is not itself a given name (الباجي قائد السبسي, but قيس سعيد | لجوء |
الحبيب الصيد: the definite given name opens another person).

Triggers (the rule goes in the span's ``rule``):

* ``title``: a title of ``titles_ar`` (``الرئيس``, ``وزير`` + a portfolio, ``رئيس`` + an organization
  or a definite noun, ``الأمينة العامة للحزب الجمهوري``), then demonyms and a few adjectives
  (``الرئيس السوري``, ``الفنانة القديرة``), an optional comma, then the name: ``الرئيس السوري بشار
  الأسد`` → بشار الأسد (the title goes to ``cue``, the demonym to ``country``). A bare title
  that takes a genitive (``رئيس``, ``منسق``, ``أستاذ``) skips up to three indefinite nouns in
  construct before it (``منسق مجمع التنسيقيات``) and up to two adjectives after it (``أستاذ
  القانون الدستوري أمين محفوظ``); with no definite genitive after them no name follows (``أستاذ
  مبرز في``); any other title skips في + an organization (``القيادي في جبهة الإنقاذ رضا X``);
* ``given_name``: a given name of ``given_names_ar`` and at least one more name unit (``فوزي عبد
  الرحمان``, ``سليمان أحمد جمال``); a given name that is also a common word (جمال, أمل) needs a
  strong word after it; a rare given name (Zipf below 4) is a person alone too (``هيلاري``), with
  a rare word before it (``فيفي عبدو``), but not as the first word of a longer quoted title
  (``"رامز تحت الأرض"``);
* ``kunya``: أبو + a name (``أبو براء العراقي``: after a kunya the nisba is part of the name);
* ``named``: after يدعى / المدعو / الملقب, quoted or not;
* ``kin``: after a kinship noun with its pronoun, a name of one word or more (``وزوجته مينتا``);
  after عائلة or أسرة without a pronoun, a rare name word or a given name and what follows it
  (``وقالت عائلة تيان``; not ``عائلة فقيرة``, ``عائلة تونسية``, ``عائلة الفقيد``; a definite word only
  if it is a rare nisba-shaped family name); after a definite noun that describes a person
  (``الطفل``, ``الشاب``, ``الشهيد``, ``التلميذة``...) a listed given name alone or with more name
  words (``الطفل ياسين``, not ``ياسين البالغ``);
* ``demonym``: after a definite demonym standing alone, a name of two units or more (``البرازيلي
  دياغو أكوستا``), the demonym going to ``country``;
* ``speaker``: after a verb of saying, a name of two units or more whose first is a proper-name
  word, not a given name (``وأضاف بوعلي المباركي``; a given name is the ``given_name`` rule's); a
  rare first word counts even where a proclitic can be read on it (بوعلي); or one rare name word
  (unknown to the analyser or a proper noun) right before a preposition, إن/أن or punctuation
  (``وأعلن ترودو في تغريدة``, not ``وقال مصدر في``, nor ل + a definite word, ``وأكد للشاهد في``); or a name of two or three name-like words
  placed before its title, with or without a comma (``أكدت حدة حزام رئيسة تحرير``: the title is the
  evidence, so weak words count; not a description opened by a common noun, ``وأكد عامل بسيط رئيس
  النقابة``, nor one with an adjective);
* ``bracketed``: a given name alone in brackets (``شقيقه (حكيم)``).

Where no rule found a name, :mod:`helpers.entities.listed` reads the persons' names of a list
derived from the ANT news corpus.

>>> from helpers.entities.words import entity_words_ar
>>> t = "قال الرئيس السوري بشار الأسد إن شقيقه (حكيم) التقى فوزي عبد الرحمان."
>>> [(t[c.start:c.end], c.rule, c.cue, c.country) for c in find_persons_ar(entity_words_ar(t))]
[('بشار الأسد', 'title', 'الرئيس السوري', 'SYR'), ('بشار الأسد', 'given_name', '', ''), ('حكيم', 'bracketed', '', ''), ('فوزي عبد الرحمان', 'given_name', '', '')]

Several triggers may propose the same name; :func:`helpers.entities.find_entities_ar` keeps one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from helpers.entities.base import Candidate
from helpers.entities.clues import (
    RARE_ZIPF,
    demonym_of,
    gazetteer_at_ar,
    is_time_word_ar,
    is_title_word_ar,
    name_strength_ar,
    plausible_reading_ar,
    starts_phrase_ar,
    title_at,
    verb_read_name_ar,
)
from helpers.entities.gazetteers import calendar_ar, given_name_ar, key_ar
from helpers.entities.heads import portfolio_end_ar
from helpers.entities.words import EntityWord, Reading, is_function_word_ar, plain_ar

__all__ = ["find_persons_ar", "name_run_ar", "NASAB_AR", "LINK_FIRSTS_AR", "trailing_country_ar"]

#: Words that join a name to the next one (بن علي, أبو مازن, آل ثاني).
NASAB_AR = frozenset(key_ar(w) for w in ("بن", "ابن", "بنت", "ولد", "أبو", "آل"))
#: Second words of compound given names -> the first words they join (عز الدين, نصر الله).
LINK_FIRSTS_AR = {
    key_ar("الدين"): frozenset(key_ar(w) for w in (
        "نور", "عز", "صلاح", "خير", "سيف", "علاء", "جمال", "بدر", "شمس", "نصر", "عماد", "حسام", "زين", "محي", "محيي",
        "تقي", "كمال", "بهاء", "شهاب", "نجم", "فخر", "ضياء", "سعد", "عصام", "نجم", "قطب", "معين", "شرف", "فخر")),
    key_ar("الله"): frozenset(key_ar(w) for w in (
        "عبد", "عطا", "نصر", "فتح", "جاب", "خير", "حسب", "ضيف", "رزق", "عوض", "جار", "فضل", "سعد", "حمد")),
}
_PARTICLES = frozenset(key_ar(w) for w in ("لو", "دي", "دو", "دا", "فان", "فون", "لا", "ديل", "سان", "ماك"))
_NAME_CUES = frozenset(key_ar(w) for w in ("يدعى", "تدعى", "المدعو", "المدعوة", "الملقب", "الملقبة", "المكنى", "المكنى"))
# Verbs of saying: the subject right after them is often a person named without a title (وأضاف بوعلي المباركي).
_SPEECH = frozenset(key_ar(w) for w in (
    "قال", "قالت", "أكد", "أكدت", "أضاف", "أضافت", "أوضح", "أوضحت", "صرح", "صرحت", "أفاد", "أفادت", "اعتبر", "اعتبرت",
    "أشار", "أشارت", "كشف", "كشفت", "شدد", "شددت", "بين", "بينت", "لاحظ", "لاحظت", "نفى", "نفت", "ذكر", "ذكرت",
    "أعلن", "أعلنت", "دعا", "دعت", "طالب", "طالبت", "يقول", "تقول", "جدد", "جددت", "انتقد", "انتقدت", "حذر", "حذرت",
    "أعرب", "أعربت", "وصف", "وصفت", "تابع", "تابعت", "أبرز", "أبرزت", "لفت", "لفتت", "اعترف", "اعترفت", "رأى", "رأت",
))
# After a verb of saying, a lone rare name word before these (or punctuation) is the speaker (وأعلن ترودو في).
_AFTER_LONE_SPEAKER = frozenset(key_ar(w) for w in ("في", "إن", "أن", "على", "خلال", "عن", "من", "لدى", "أمام"))
# ... or before punctuation that ends the phrase (not a quotation mark: أفاد موفد "الجوهرة أف أم").
_END_PUNCT = frozenset("،,.:؛;!؟?")
# Kinship nouns with an attached pronoun: a name after them is a person (وزوجته مينتا).
_KIN = frozenset(key_ar(w) for w in (
    "زوجته", "زوجها", "زوجتي", "ابنه", "ابنها", "ابنته", "ابنتها", "نجله", "نجلها", "شقيقه", "شقيقها", "شقيقته",
    "شقيقتها", "أخوه", "أخوها", "أخته", "أختها", "والده", "والدها", "والدته", "والدتها", "صديقه", "صديقها", "زميله",
    "زميلها", "زميلي",
))
# Family nouns without a pronoun: a rare name after them is the family's (وقالت عائلة تيان).
_FAMILY_NOUNS = frozenset(key_ar(w) for w in ("عائلة", "أسرة", "عائلات", "أسر"))
# Definite nouns that describe a person news names by a given name alone (الطفل ياسين, الشاب صبري).
_DESCRIBED = frozenset(key_ar(w) for w in (
    "الطفل", "الطفلة", "الشاب", "الشابة", "الفتى", "الفتاة", "الشهيد", "الشهيدة", "الفقيد", "الفقيدة", "الضحية",
    "التلميذ", "التلميذة", "الطالب", "الطالبة", "الرضيع", "الرضيعة", "السجين", "السجينة", "الكهل", "العجوز",
))
# Before a title, the first word of a name must be rarer than this (حدة of حدة حزام, 4.4; not
# عامل or شاب, 4.8-5.0, which open descriptions).
_BEFORE_TITLE_FIRST_MAX_ZIPF = 4.5
# Words that open a name after a real preposition (بأبي سمير, ببني خلاد): no misread first name.
# Compared as written: بني (Beni) is such a word, بنى of لبنى is not.
_NAME_PREFIXES = frozenset(("أبي", "ابي", "أبا", "ابا", "أبو", "ابو", "بني", "بنو", "بن", "ابن", "بنت", "آل", "عبد", "سيدي"))
# After a title, a word read with a proclitic but rarer than this may be a first name (لبنى, 3.6).
_MISREAD_FIRST_MAX_ZIPF = 4.0
# After a title, a word read as a verb but rarer than this opens a name if another name word
# follows (الباحث ليندي إلكينز تانتون; not الوالي سيطرح, an imperfect verb).
_TITLED_VERB_MAX_ZIPF = 3.0
# Definite words after a title or a name that describe, not name (الفنانة القديرة, الرئيس السابق).
_ADJECTIVES = frozenset(key_ar(w) for w in (
    "القدير", "القديرة", "السابق", "السابقة", "الأسبق", "الأسبقة", "الحالي", "الحالية", "الجديد", "الجديدة", "الراحل",
    "الراحلة", "المستقيل", "المستقيلة", "الشهير", "الشهيرة", "المعروف", "المعروفة", "الشاب", "الشابة", "المخضرم",
    "المكلف", "المكلفة", "المؤقت", "المؤقتة", "المنتهية", "المنتخب", "المنتخبة", "الأول", "الأولى", "الثاني", "الأخير",
    "الكبير", "الكبيرة", "المتهم", "المتهمة", "الموقوف", "الموقوفة", "الدولي", "الدولية", "المعتزل", "المقال", "الأسير",
    "العام", "العامة", "الرسمي", "الرسمية", "الخاص", "الخاصة", "المساعد", "المساعدة", "الأعلى", "التنفيذي", "التنفيذية",
))
# Titles that also name clubs when a definite nisba follows (النجم الساحلي), not a demonym (النجم البرازيلي X).
_CLUB_TITLES = frozenset(("النجم", "النجمة"))
_QUOTES = frozenset('"«»“”')
_MAX_UNITS = 5
# After a kinship noun a single word rarer than this is a name whatever the analyser reads it as.
_KIN_LONE_MAX_ZIPF = 2.5
# After a given name, a word the analyser reads as a verb but rarer than this is a family name
# (not an imperfect verb in ي: كان الأمير سلمان يشغل is a name and its predicate).
_VERB_FAMILY_MAX_ZIPF = 4.5
# A listed given name rarer than this (Zipf) is a person even alone (هيلاري, but not محمد).
_LONE_GIVEN_MAX_ZIPF = 4.0
_FAMILY_MAX_ZIPF = 5.0
# Beginnings of imperfect and future verbs (يشغل, تتكون, سيكون, ستعقد) that no rare "verb" after a
# given name is read as a family name with (حسان | تتكون من).
_IMPERFECT = ("ال", "ي", "تت", "سي", "ست")
# After a given name, a word rarer than this is its family name even if a proclitic can be read on
# it, when what the proclitic would leave is no common word either (حمزة لحمر, ريم لمتي).
_CLITIC_FAMILY_MAX_ZIPF = 2.5
_CLITIC_STEM_MAX_ZIPF = 4.0
_UNSEEN_ZIPF = 1.0
# After a title and a given name, an ordinary noun or adjective rarer than this is the family name
# (وزيرة الصحة سميرة مرعي).
_TITLED_FAMILY_MAX_ZIPF = 4.5
# Words after a month that make it a date (ماي الماضي), not a family name (تيريزا ماي).
_RELATIVE_TIME = frozenset(key_ar(w) for w in ("الماضي", "الجاري", "المقبل", "القادم", "الفارط", "المنقضي", "المنصرم"))


def _rare_with_clitic(w: EntityWord) -> bool:
    """Whether a word read with a proclitic is still a rare name word (see _CLITIC_FAMILY_MAX_ZIPF).

    Also a word never seen as a whole (Zipf below :data:`_UNSEEN_ZIPF`) whose only other readings
    put a preposition (ب, ل, ك) on an indefinite word: بلطيفة after حسان is a family name, not ب +
    لطيفة; a word with و or ف on it (وعلي) stays a new phrase.
    """
    if not (w.kind == "arabic" and not w.suffix and len(w.norm) >= 4
            and not w.norm.startswith(("وال", "بال", "فال", "كال", "لل"))):
        return False
    if w.zipf < _CLITIC_FAMILY_MAX_ZIPF and all(r.zipf < _CLITIC_STEM_MAX_ZIPF for r in w.readings[1:]):
        return True
    return w.zipf < _UNSEEN_ZIPF and all(r.proclitic in ("ب", "ل", "ك") for r in w.readings[1:])


_BEL_HONORIFICS = frozenset(key_ar(w) for w in ("الحاج", "الشيخ"))


def _bel_family(w: EntityWord) -> bool:
    """Whether a word is a Tunisian family name written بال + a given name or honorific (بالحاج, بالطيب, بالقاسم).

    Read so only right after a given name: after a verb the same letters are a preposition and a
    noun (تحتفل بالعيد).
    """
    if w.kind != "arabic" or w.suffix or not w.norm.startswith("بال") or len(w.norm) < 6:
        return False
    rest = w.norm[1:]
    return rest in _BEL_HONORIFICS or given_name_ar(rest) is not None or given_name_ar(rest[2:]) is False


def _foreign_surname(w: EntityWord) -> bool:
    """Whether a word after a name and a strong word may still belong to the name (قايد السبسي, كلود دوفور)."""
    return w.kind in ("arabic", "latin") and (w.known is False or w.pos == "PROPN" or w.zipf < 3.0)


def _joined(words: Sequence[EntityWord], k: int) -> bool:
    return k < len(words) and words[k].space_before and words[k].kind in ("arabic", "latin")


def _family_word(w: EntityWord, *, after_given: bool = True) -> bool:
    """Whether a definite word can be a family name after name words.

    After a given name any definite word that is not too common will do (بشار الأسد); after
    another name word only a rare one, an unknown one, a proper noun or a nisba-shaped one
    (الرئيس بايدن الوفد: the delegation is no family name).
    """
    if not (w.kind == "arabic" and w.norm.startswith("ال") and len(w.norm) >= 4 and w.norm not in _ADJECTIVES
            and not is_function_word_ar(w.text) and not is_time_word_ar(w.norm) and not is_title_word_ar(w.norm)
            and not demonym_of(w) and w.pos != "VERB" and w.zipf < _FAMILY_MAX_ZIPF):
        return False
    return after_given or w.zipf < 3.5 or w.known is False or w.pos == "PROPN" or w.norm.endswith("ي")


def _starts_phrase(w: EntityWord) -> bool:
    return starts_phrase_ar(w)


def _unit(words: Sequence[EntityWord], k: int, *, first: bool, kunya: bool = False,
          after_given: bool = True) -> tuple[int, str] | None:
    """A name unit at word ``k``: (index after it, its kind), or ``None``.

    Kinds: ``given`` (a given name, a compound such as عبد الرحمان, a nasab such as بن علي),
    ``strong`` (a rare or unknown word: a name that is not a given name), ``family`` (a definite
    family name), ``weak`` (an ordinary word).
    """
    w = words[k]
    if w.kind not in ("arabic", "latin"):
        return None
    norm = w.norm
    nxt = k + 1
    if nxt + 1 < len(words) and words[nxt].text in ("-", "\u2010") and not words[nxt].space_before \
            and not words[nxt + 1].space_before and words[nxt + 1].kind in ("arabic", "latin"):
        return nxt + 2, "strong"  # جان-ايف
    if _joined(words, nxt):
        link = words[nxt].norm
        if link in LINK_FIRSTS_AR and norm in LINK_FIRSTS_AR[link]:
            return nxt + 1, "given"  # عز الدين, نصر الله
        if norm == key_ar("عبد") and words[nxt].norm.startswith("ال"):
            return nxt + 1, "given"  # عبد الرحمان
        if norm in NASAB_AR and words[nxt].norm == key_ar("عبد") and _joined(words, nxt + 1) \
                and words[nxt + 1].norm.startswith("ال"):
            return nxt + 2, "strong"  # بن عبد العزيز: a complete nasab; only a rare word may follow
        if norm in NASAB_AR and (name_strength_ar(words[nxt]) != "no" or _family_word(words[nxt])):
            return nxt + 1, "given"  # بن علي
        if not first and norm in _PARTICLES and name_strength_ar(words[nxt]) in ("strong", "given"):
            return nxt + 1, "strong"  # لو دريان
    if gazetteer_at_ar(words, k, norm) is not None and given_name_ar(norm) is None:
        return None  # a listed place or organization is not part of a person's name (قوافل قفصة)
    if not first and norm.startswith("تت") and w.pos != "PROPN":
        return None  # حسان | تتواصل: an imperfect verb in تت-, even without the morphology table
    month = calendar_ar().get((norm,))
    if not first and month is not None and month.kind in ("month", "hijri_month") \
            and not (nxt < len(words) and (words[nxt].kind == "number" or words[nxt].norm in _RELATIVE_TIME)):
        return nxt, "strong"  # تيريزا ماي, الطاهر صفر: a month name right after a name, with no year, is a family name
    if not first and any(r.proclitic and gazetteer_at_ar(words, k, r.stem) is not None for r in w.readings[1:]):
        return None  # بصفاقس after a name: a place with its preposition
    if not first and _family_word(w, after_given=after_given):
        return nxt, "family"
    if kunya and not first and demonym_of(w):
        return nxt, "family"  # أبو براء العراقي
    strength = name_strength_ar(w)
    if not first and given_name_ar(norm) is not None and not is_function_word_ar(w.text):
        strength = "given"  # سليمان أحمد جمال: a common-word given name after a given name (not على, read علي)
    if (strength == "no" and not first and after_given and w.pos == "VERB" and not norm.startswith(_IMPERFECT)
            and not is_function_word_ar(w.text) and not is_time_word_ar(norm) and w.zipf < _VERB_FAMILY_MAX_ZIPF):
        strength = "strong"  # عمر بيبي, زين الدين زيدان: after a given name a rare "verb" is a family name
    if strength == "no":
        return None
    if first and w.norm.startswith("ال") and strength == "weak" and given_name_ar(norm) is None:
        return None  # a definite ordinary word does not open a name (الجهة المنظمة)
    return nxt, strength


def name_run_ar(words: Sequence[EntityWord], j: int, *, titled: bool = False, kunya: bool = False) -> int | None:
    """Index after the name starting at word ``j`` (rules in the module docstring), or ``None``.

    The first word is read as it stands (a trigger reads its proclitics). After the first unit,
    given names continue the name; a family name (الطاهري) or another name word (طاهري, دريان)
    ends it, unless بن follows; an ordinary word (قائد) only before a family name. ``titled``: a
    title stands before, so one strong word is a name (الرئيس بايدن). ``kunya``: the name
    follows أبو, so a demonym after it belongs to it.
    """
    if j >= len(words) or (not kunya and _starts_phrase(words[j])
                           and not (titled and (_rare_verb_name(words[j]) or _misread_first_name(words, j)))):
        return None
    if any(r.proclitic and r.stem.startswith("ال") for r in words[j].readings[1:]) and given_name_ar(words[j].norm) is None:
        return None  # للكنفديرالية, بالحزب: a definite word with a preposition opens no name
    if any(r.proclitic and is_title_word_ar(r.stem) for r in words[j].readings[1:]) and given_name_ar(words[j].norm) is None:
        return None  # بنظيره: a title with a preposition opens no name
    units: list[tuple[int, str]] = []  # (end, kind)
    promoted = verb_first = False
    k = j
    while k < len(words) and len(units) < _MAX_UNITS:
        if units and not _joined(words, k):
            break
        if units and _starts_phrase(words[k]):
            if units[-1][1] == "given" and _rare_with_clitic(words[k]):
                units.append((k + 1, "family"))  # حمزة لحمر, ريم لمتي
            elif given_name_ar(words[k - 1].norm) is not None and _bel_family(words[k]):
                units.append((k + 1, "family"))  # رضا بالحاج, سمير بالطيب
                if _joined(words, k + 1) and given_name_ar(words[k + 1].norm) is False:
                    units.append((k + 2, "family"))  # منذر بالحاج علي: a compound family name
            elif (len(units) >= 2 or titled) and units[-1][1] in ("given", "strong") and verb_read_name_ar(words, k):
                units.append((k + 1, "family"))  # خوان سيباستيان فيرون: not ف + يرون 'so they see'
            break
        got = _unit(words, k, first=not units, kunya=kunya, after_given=bool(units) and units[-1][1] == "given")
        if got is None and not units and titled and _rare_verb_name(words[k]):
            got, verb_first = (k + 1, "strong"), True  # الباحث ليندي إلكينز: a foreign name read as a verb
        if got is None:
            break
        if not units and titled and got == (k + 1, "weak") and given_name_ar(words[k].norm) is not None:
            got, promoted = (k + 1, "given"), True  # أستاذ القانون أمين محفوظ: after a title a listed given name, common word or not
        if units and got[1] == "weak":
            after = _unit(words, got[0], first=False) if _joined(words, got[0]) else None
            if after is not None and after[1] == "family" and given_name_ar(words[got[0]].norm) is None:
                # not when the definite word is a given name that opens the next person: قيس سعيد لجوء | الحبيب الصيد
                units.append(got)
                units.append(after)  # الباجي قائد السبسي
            elif (after is None and (len(units) == 1 or all(u[1] == "given" for u in units)) and units[0][1] in ("strong", "given")
                  and not words[k].norm.startswith("ال")
                  and (units[0][1] == "strong" or got[0] >= len(words) or words[got[0]].kind == "punct")):
                units.append(got)  # هيكتور كوبر; سليمان كشك - : a last name before punctuation
            elif (units == [(j + 1, "given")] and not words[k].norm.startswith("ال") and not words[k].norm.endswith("ا")
                  and words[k].pos in ("NOUN", "PROPN") and _coordinated_person(words, got[0])):
                units.append(got)  # يوسف فرج وكريم رفلة: a last name before the next person of a list
            elif (titled and not kunya and units == [(j + 1, "given")] and not words[k].norm.startswith("ال")
                  and not is_time_word_ar(words[k].norm) and words[k].pos in ("NOUN", "ADJ", "PROPN")
                  and words[k].zipf < _TITLED_FAMILY_MAX_ZIPF and not words[k].norm.endswith("ا")
                  and (after is None or _starts_phrase(words[got[0]]) or _accusative(words[got[0]]))):
                # وزيرة الصحة سميرة مرعي: after a title, a given name and a noun or adjective that is
                # not too common (not الأمير سلمان رئيسا: an accusative in ا is a predicate)
                units.append(got)
            break
        units.append(got)
        k = got[0]
        if len(units) > 1 and got[1] in ("family", "strong"):
            foreign = got[1] == "strong" or words[k - 1].plain.startswith(("إل", "أل"))  # إلكينز: no article
            if foreign and len(units) < 4 and _joined(words, k) and not _starts_phrase(words[k]) \
                    and _foreign_surname(words[k]):
                more = _unit(words, k, first=False, after_given=False)
                if more is not None and more[1] in ("family", "strong"):
                    units.append(more)  # الباجي قايد السبسي, جون كلود دوفور
                    k = more[0]
            elif got[1] == "strong" and len(units) < 4 and _joined(words, k) and verb_read_name_ar(words, k):
                units.append((k + 1, "family"))  # خوان سيباستيان فيرون: not ف + يرون 'so they see'
                k += 1
            if not (_joined(words, k) and words[k].norm in (key_ar("بن"), key_ar("ابن"))):
                break
    if not units:
        return None
    if units[0][1] == "weak" and (len(units) == 1 or units[1][1] == "weak"):
        return None
    if len(units) == 1 and (promoted or verb_first or not (titled or kunya)):
        return None  # (promoted: الوزير أمين العام, a common word alone after a title is no name)
    if verb_first and units[1][1] not in ("strong", "family"):
        return None  # a name opened by a "verb" goes on with a name word, not an ordinary one
    return units[-1][0]


def _misread_first_name(words: Sequence[EntityWord], j: int) -> bool:
    """Whether a word after a title that the analyser reads with a proclitic is a first name all the
    same: not too common as a whole, its stem indefinite, and a given name or a rare name word
    (not a definite one) right after it (الفنانة التونسية لبنى نعمان: لبنى is no ل + بنى)."""
    w = words[j]
    if not (w.kind == "arabic" and not w.suffix and len(w.norm) >= 4 and w.zipf < _MISREAD_FIRST_MAX_ZIPF
            and not is_function_word_ar(w.text) and not any(r.stem.startswith("ال") for r in w.readings)
            and _joined(words, j + 1)):
        return False
    if any(given_name_ar(r.stem) is not None or r.plain in _NAME_PREFIXES for r in w.readings[1:]):
        return False  # بأبي سمير, ببني خلاد, بفرحات حشاد: a real preposition before a name
    nxt = words[j + 1]
    return not _starts_phrase(nxt) and (name_strength_ar(nxt) == "given"
                                        or (name_strength_ar(nxt) == "strong" and not nxt.norm.startswith("ال")))


def _rare_verb_name(w: EntityWord) -> bool:
    """Whether a word read as a verb may open a name after a title (see :data:`_TITLED_VERB_MAX_ZIPF`)."""
    return (w.kind == "arabic" and w.pos == "VERB" and not w.suffix and len(w.norm) >= 4
            and w.zipf < _TITLED_VERB_MAX_ZIPF and not w.norm.startswith(_IMPERFECT + ("ت", "ن", "أ", "ا"))
            and not is_function_word_ar(w.text) and not is_time_word_ar(w.norm))


def _accusative(w: EntityWord) -> bool:
    """Whether a word is an indefinite accusative (قصيدا): an object after a name, never part of it."""
    return (w.kind == "arabic" and w.norm.endswith("ا") and not w.norm.startswith("ال") and len(w.norm) >= 4
            and given_name_ar(w.norm) is None and not is_function_word_ar(w.text))


def _coordinated_person(words: Sequence[EntityWord], k: int) -> bool:
    """Whether word ``k`` is و + a listed given name that is no common word, with another name word
    after it: the next person of a list (وكريم رفلة)."""
    if not _joined(words, k):
        return False
    conj = words[k].reading("و")
    return conj is not None and given_name_ar(conj.stem) is not None and _joined(words, k + 1) \
        and name_strength_ar(words[k + 1]) in ("strong", "given")


def _skip_after_title(words: Sequence[EntityWord], j: int, takes: str, spans: Mapping[int, Candidate]) -> tuple[int, str]:
    """Skip a title's portfolio or genitive, its demonyms and adjectives and a comma; (index, country)."""
    if takes == "portfolio" and j < len(words):
        best = portfolio_end_ar(words, j)
        if best == j and words[j].norm.startswith("ال") and words[j].kind == "arabic":
            best = j + 1  # a portfolio not listed
        j = best
    elif takes == "genitive" and j < len(words):
        if words[j].suffix:
            return len(words), ""  # رئيس وزرائه: a possessed title, no name follows
        for k in (j, j + 1):  # an organization or place, directly or after في
            span = spans.get(k)
            if span is not None and span.label in ("ORG", "PLACE") and (k == j or words[j].norm in ("في", "ب")):
                j = span.last + 1
                break
        else:
            k = j
            while k < len(words) and k - j < 3 and words[k].kind == "arabic" and words[k].space_before \
                    and not words[k].norm.startswith("ال") and not words[k].suffix \
                    and not is_function_word_ar(words[k].text) and given_name_ar(words[k].norm) is None:
                k += 1  # indefinite nouns in construct before the genitive: منسق مجمع التنسيقيات
            if k < len(words) and words[k].kind == "arabic" and any(r.stem.startswith("ال") for r in words[k].readings) \
                    and name_strength_ar(words[k]) != "strong":
                j = k + 1
                while j < len(words) and j - k <= 2 and _genitive_adjective(words[j]):
                    j += 1  # أستاذ القانون الدستوري أمين محفوظ: the genitive's adjectives
            elif k > j:
                return len(words), ""  # أستاذ مبرز في: a description with no definite genitive, no name
    elif j + 1 < len(words) and words[j].norm == key_ar("في"):
        span = spans.get(j + 1)
        if span is not None and span.label == "ORG":
            j = span.last + 1  # القيادي في جبهة الإنقاذ رضا بالحاج: a member of an organization
    country = ""
    skipped = 0
    while j < len(words) and skipped < 3 and words[j].space_before and words[j].kind == "arabic":
        place = demonym_of(words[j])
        if place:
            country = country or place
        elif words[j].norm not in _ADJECTIVES:
            break
        j += 1
        skipped += 1
    if j < len(words) and words[j].text in ("،", ","):
        j += 1
        if j < len(words) and given_name_ar(words[j].norm) is None and name_run_ar(words, j) is None:
            return len(words), country  # after a comma only a full name or a given name (not لاسيما)
    return j, country


def _genitive_adjective(w: EntityWord) -> bool:
    """Whether a definite word after a title's genitive is its adjective (القانون الدستوري), not a name.

    A relative adjective in -ي/-ية or a word the analyser reads as an adjective, that is no
    demonym (the title's own, taken next), given name or family-name-like rare word.
    """
    if not (w.kind == "arabic" and w.space_before and w.norm.startswith("ال") and len(w.norm) >= 5) or demonym_of(w):
        return False
    if given_name_ar(w.norm) is not None or is_function_word_ar(w.text) or w.zipf < RARE_ZIPF:
        return False
    return w.pos == "ADJ" or (not w.pos and w.norm.endswith(("ي", "يه")))


def _person(words: Sequence[EntityWord], start: int, first: int, after: int, rule: str, *, cue: str = "",
            country: str = "") -> Candidate:
    head = words[first].text[max(0, start - words[first].start):]
    text = " ".join([head, *(w.text for w in words[first + 1 : after])])
    return Candidate(start, words[after - 1].end, first, after - 1, "PERSON", "pattern", rule,
                     plain_ar(text.replace(" - ", "-")), cue, country)


def trailing_country_ar(words: Sequence[EntityWord], after: int) -> str:
    """The country of a demonym right after a name (its ``country``), or ``""``."""
    return demonym_of(words[after]) if _joined(words, after) else ""


def find_persons_ar(words: Sequence[EntityWord], spans: Mapping[int, Candidate] | None = None) -> list[Candidate]:
    """PERSON candidates among ``words`` (rules in the module docstring).

    Args:
        words: the tokens (:func:`helpers.entities.words.entity_words_ar`).
        spans: organization and place candidates by their first token, so that a title may
            skip one (``رئيس جمعية حماية البيئة X``).
    """
    spans = spans or {}
    found: list[Candidate] = []
    for i, w in enumerate(words):
        if w.kind != "arabic":
            continue
        title = title_at(words, i)
        if title is not None and title[1] in _CLUB_TITLES and title[0] < len(words) \
                and words[title[0]].norm.startswith("ال") and not demonym_of(words[title[0]]):
            title = None  # النجم الرادسي, النجم الساحلي: a club named like a star, not a star's name
        if title is not None:
            after_title, listed, _, takes = title
            j, country = _skip_after_title(words, after_title, takes, spans)
            if j < len(words) and words[j].kind in ("arabic", "latin"):
                end = name_run_ar(words, j, titled=True)
                if end is not None:
                    cue = plain_ar(" ".join([listed, *(x.text for x in words[after_title:j])])).strip(" ،,")
                    found.append(_person(words, words[j].start, j, end, "title", cue=cue,
                                         country=country or trailing_country_ar(words, end)))
        if i + 1 < len(words) and words[i + 1].space_before and words[i + 1].kind == "arabic":
            kin = w.stem in _KIN
            demonym = demonym_of(w) and w.norm.startswith("ال") and not w.readings[1:2] and (
                i == 0 or words[i - 1].kind != "arabic" or words[i - 1].pos == "VERB" or is_function_word_ar(words[i - 1].text))
            if w.stem in _SPEECH and w.pos in ("VERB", ""):
                end = _speaker_end(words, i + 1)
                if end is None:
                    end = _before_title_end(words, i + 1)
                if end is not None:
                    found.append(_person(words, words[i + 1].start, i + 1, end, "speaker"))
            if any(r.stem in _FAMILY_NOUNS and r.proclitic in ("", "و", "ف", "ل", "ب") for r in w.readings):
                end = _family_end(words, i + 1)
                if end is not None:
                    found.append(_person(words, words[i + 1].start, i + 1, end, "kin", cue=w.text))
            if w.norm in _DESCRIBED and not w.suffix and given_name_ar(words[i + 1].norm) is not None \
                    and not is_function_word_ar(words[i + 1].text) and not _starts_phrase(words[i + 1]):
                end = i + 2  # الطفل ياسين: a given name alone, or with more name words (not ياسين البالغ)
                while end < len(words) and end - i < 5 and _joined(words, end) and not _starts_phrase(words[end]) \
                        and name_strength_ar(words[end]) in ("strong", "given"):
                    end += 1
                found.append(_person(words, words[i + 1].start, i + 1, end, "kin", cue=w.text))
            if kin or demonym:
                end = name_run_ar(words, i + 1, titled=kin)
                nxt = words[i + 1]
                if end is None and kin and nxt.zipf < _KIN_LONE_MAX_ZIPF and not nxt.norm.startswith("ال") \
                        and not is_function_word_ar(nxt.text) and not nxt.suffix and len(nxt.norm) >= 3 \
                        and (i + 2 >= len(words) or words[i + 2].kind != "arabic" or words[i + 2].norm.startswith("و")):
                    end = i + 2  # وزوجته مينتا: a very rare word after a kinship noun, even one read as a verb
                if end is not None and (kin or end > i + 2 or name_strength_ar(words[i + 1]) == "given"):
                    found.append(_person(words, words[i + 1].start, i + 1, end, "kin" if kin else "demonym",
                                         cue=w.text, country=demonym_of(w) if demonym else ""))
        for reading in w.readings:
            stem = reading.stem
            if stem in _NAME_CUES and i + 1 < len(words):
                j = i + 1
                quoted = words[j].text in _QUOTES
                if quoted:
                    j += 1
                if j < len(words) and words[j].kind == "arabic":
                    end = name_run_ar(words, j, titled=True, kunya=words[j].norm == key_ar("أبو"))
                    if end is not None:
                        found.append(_person(words, words[j].start, j, end, "named"))
                continue
            if stem == key_ar("أبو") and reading.proclitic in ("", "و", "ف", "ل", "ب", "ول", "وب"):
                end = name_run_ar(words, i, titled=True, kunya=True)
                if end is not None and end > i + 1:
                    found.append(_person(words, reading.start, i, end, "kunya"))
                continue
            if not plausible_reading_ar(w, reading):
                continue  # كمية is no ك + مية: the whole word is the commoner reading
            given = given_name_ar(stem)
            nxt_norm = words[i + 1].norm if i + 1 < len(words) and words[i + 1].space_before else ""
            starts_compound = (stem == key_ar("عبد") and nxt_norm.startswith("ال")) or \
                (nxt_norm in LINK_FIRSTS_AR and stem in LINK_FIRSTS_AR[nxt_norm])
            if given is None and not starts_compound:
                continue
            before, after_w = (words[i - 1] if i else None), (words[i + 1] if i + 1 < len(words) else None)
            if (given is not None and before is not None and after_w is not None and before.text == "("
                    and after_w.text == ")" and not reading.proclitic):
                found.append(_person(words, reading.start, i, i + 1, "bracketed"))
                continue
            end = _run_from_reading(words, i, reading)
            first = i
            if end is None and given is False and reading.zipf < _LONE_GIVEN_MAX_ZIPF and not starts_compound:
                if before is not None and before.text in _QUOTES and after_w is not None and after_w.kind == "arabic" \
                        and after_w.space_before:
                    continue  # "رامز تحت الأرض": the first word of a quoted title
                end = i + 1  # a rare given name alone (هيلاري) names a person
                if (before is not None and not reading.proclitic and w.space_before and before.kind == "arabic"
                        and name_strength_ar(before) == "strong" and not before.norm.startswith("ال")
                        and not _starts_phrase(before) and title_at(words, i - 1) is None):
                    first = i - 1  # فيفي عبدو: a rare word before it is part of the name
            if end is None:
                continue
            if given is True and end == i + 1:
                continue
            nasab = i + 1 < len(words) and words[i + 1].norm in NASAB_AR
            if given is True and not starts_compound and not nasab \
                    and name_strength_ar(words[i + 1]) not in ("strong", "given") \
                    and not (words[i + 1].norm.endswith("ي") and _family_word(words[i + 1], after_given=False)) \
                    and not _bel_family(words[i + 1]):
                continue  # صادق البرلمان is a verb and its subject; صادق المنصوري a name (a nisba-shaped family name)
            found.append(_person(words, reading.start if first == i else words[first].start, first, end, "given_name",
                                 country=trailing_country_ar(words, end)))
            break
    return found


def _speaker_end(words: Sequence[EntityWord], j: int) -> int | None:
    """Index after the speaker's name at ``j`` after a verb of saying (``speaker``), or None: two units or
    more, or one rare name word before a preposition, إن/أن or punctuation."""
    first = words[j]
    if first.kind != "arabic" or first.norm.startswith("ال") or given_name_ar(first.norm) is not None \
            or name_strength_ar(first) != "strong" or gazetteer_at_ar(words, j, first.norm) is not None \
            or any(r.proclitic and r.stem.startswith("ال") for r in first.readings[1:]):
        return None  # وأكد للشاهد: ل + a definite word is no speaker's name
    end = name_run_ar(words, j)
    if end is None and first.zipf < RARE_ZIPF and _joined(words, j + 1) and not _starts_phrase(words[j + 1]) \
            and _family_word(words[j + 1], after_given=False):
        end = j + 2  # بوعلي المباركي: a rare word the analyser reads with a proclitic, then a family name
    if end is None and (first.known is False or first.pos == "PROPN" or first.zipf < RARE_ZIPF) and not first.suffix and len(first.norm) >= 4 and j + 1 < len(words) \
            and (words[j + 1].text in _END_PUNCT or words[j + 1].norm in _AFTER_LONE_SPEAKER):
        return j + 1  # وأعلن ترودو في تغريدة: one rare name word, then a preposition or punctuation
    return end if end is not None and end >= j + 2 else None


def _family_end(words: Sequence[EntityWord], j: int) -> int | None:
    """Index after a family's name at ``j`` after عائلة or أسرة, or None.

    A rare or unknown word, or a given name, that is no place, no demonym and has no proclitic
    (عائلة تيان, عائلة محمد الطرابلسي); a definite word only when it is a rare nisba-shaped
    family name (عائلة الطرابلسي), not a description (عائلة الفقيد, عائلة تونسية).
    """
    w = words[j]
    if w.kind != "arabic" or w.suffix or _starts_phrase(w) or gazetteer_at_ar(words, j, w.norm) is not None:
        return None
    if w.norm.startswith("ال"):
        return j + 1 if _family_word(w, after_given=False) and w.norm.endswith("ي") and w.zipf < RARE_ZIPF else None
    if name_strength_ar(w) not in ("strong", "given"):
        return None
    end = name_run_ar(words, j, titled=True)
    return end if end is not None else (j + 1 if name_strength_ar(w) == "strong" else None)


def _before_title_end(words: Sequence[EntityWord], j: int) -> int | None:
    """After a verb of saying, a name of two or three words placed before its title (أكدت حدة حزام
    رئيسة تحرير صحيفة الفجر, or with a comma before the title), or None.

    The words are name-like (weak words count: the title after them is the evidence), without
    a proclitic or a pronoun, the first indefinite, none a place, a title or a type word.
    """
    if words[j].zipf >= _BEFORE_TITLE_FIRST_MAX_ZIPF and given_name_ar(words[j].norm) is None:
        return None  # وأكد عامل بسيط رئيس النقابة: a common noun opens a description, not a name
    k = j
    while k < len(words) and k - j < 3 and words[k].kind == "arabic" and (k == j or words[k].space_before):
        w = words[k]
        if w.suffix or name_strength_ar(w) == "no" or gazetteer_at_ar(words, k, w.norm) is not None or w.pos == "ADJ" \
                or (k == j and w.norm.startswith("ال")) or (k > j and _starts_phrase(w)) or title_at(words, k) is not None:
            break
        k += 1
    if k - j < 2 or k >= len(words):
        return None
    at = k + 1 if words[k].text in ("،", ",") and k + 1 < len(words) else k
    return k if title_at(words, at) is not None and words[at].kind == "arabic" else None


def _run_from_reading(words: Sequence[EntityWord], i: int, reading: Reading) -> int | None:
    """A name run whose first word is read without its proclitic (وفوزي → فوزي)."""
    if not reading.proclitic:
        return name_run_ar(words, i)
    first = words[i]
    rest = first.text[reading.start - first.start:]
    stripped = replace(first, start=reading.start, text=rest, norm=reading.stem, plain=reading.plain,
                       readings=(Reading(reading.start, reading.stem, "", reading.plain),))
    return name_run_ar([*words[:i], stripped, *words[i + 1:]], i)
