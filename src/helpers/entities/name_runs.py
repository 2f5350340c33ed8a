"""What a person's name is: name units and the run of them that makes a name.

Arabic has no capital letters, so a name is found by what stands around it (the triggers of
:mod:`helpers.entities.names`); this module says where the name itself begins and ends once a
trigger points at it (:func:`name_run_ar`). A **name** is a run
of name words (:func:`helpers.entities.clues.name_strength_ar`) of at most five units, where a
unit is one word or a fixed pair: عبد + a divine name (عبد الرحمان), a first part + الدين or
الله (عز الدين, نصر الله: :data:`LINK_FIRSTS_AR`), بن / ابن / بنت / ولد / أبو + a name (بن علي:
:data:`NASAB_AR`), a foreign particle + a name
after the first unit (لو دريان, دي ميستورا), or two words joined by a hyphen (جان-ايف). A weak
word counts only before a strong one (بورت لويس, قائد السبسي), or, after a title and a given
name, when it is a noun or adjective that is not too common (وزيرة الصحة سميرة مرعي). A month name
right after a name word, with no year or relative word after it, is a family name (تيريزا ماي,
not ماي الماضي). The run stops at punctuation, a
function word, a time word, a title, a demonym (the nisba after a name is not part of it: it goes
to the span's ``country``, :func:`trailing_country_ar`), a verb, or a word with و/ف or a preposition written on it; a definite
family name (الطاهري) ends it unless بن follows, or آل + a name, the family, which closes it
(سلمان بن عبد العزيز آل سعود); a word in بال- never seen whole, after a name word, is a family
name (نجيم بالضياف; not ب + a noun, بالقرار); after two name units (or a title and one), a
word the analyser reads as و/ف + a verb is the family name when it is rare as a whole and the text
shows it is a name (:func:`helpers.entities.clues.verb_read_name_ar`: خوان سيباستيان فيرون, not ف +
يرون). After a title a foreign name the analyser reads as a verb (rare, not an imperfect or future
verb) opens a name if another name word follows (الباحث ليندي إلكينز تانتون; إل/أل written with
hamza is no article), and closes a foreign first name after a title when punctuation follows it
(الدكتورة مارغريت تشان،: a verb after a name would go on with its object), and so does a first name it reads with a proclitic when a given name or a
rare name word follows (الفنانة التونسية لبنى نعمان: no ل + بنى; not بأبي سمير, ببني خلاد, whose
preposition is real). After a given name, an ordinary noun is the family name before the next
person of a list (يوسف فرج وكريم رفلة), and after a title and a given name before an indefinite
accusative, the sentence's object (الشاعر جابر مطير قصيدا). An ordinary word joins the name only before a
definite family name that is not itself a given name (الباجي قائد السبسي, but قيس سعيد | لجوء |
الحبيب الصيد: the definite given name opens another person).

Names with a leading underscore are shared within the package, not part of its interface.

>>> from helpers.entities.words import entity_words_ar
>>> words = entity_words_ar("التقى الرئيس الباجي قائد السبسي بنظيره في تونس.")
>>> end = name_run_ar(words, 2, titled=True)
>>> " ".join(w.text for w in words[2:end])
'الباجي قائد السبسي'
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from helpers.entities.base import Candidate
from helpers.entities.clues import (
    RARE_ZIPF,
    demonym_of,
    gazetteer_at_ar,
    is_time_word_ar,
    is_title_word_ar,
    name_strength_ar,
    starts_phrase_ar,
    verb_read_name_ar,
)
from helpers.entities.gazetteers import calendar_ar, given_name_ar, key_ar
from helpers.entities.words import EntityWord, is_function_word_ar, plain_ar, Reading

__all__ = ["LINK_FIRSTS_AR", "NASAB_AR", "name_run_ar", "trailing_country_ar"]

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
_FAMILY_OF = key_ar("آل")  # آل ثاني, آل سعود: the family (house) a name ends with
_PARTICLES = frozenset(key_ar(w) for w in ("لو", "دي", "دو", "دا", "فان", "فون", "لا", "ديل", "سان", "ماك"))
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
_MAX_UNITS = 5
# After a given name, a word the analyser reads as a verb but rarer than this is a family name
# (not an imperfect verb in ي: كان الأمير سلمان يشغل is a name and its predicate).
_VERB_FAMILY_MAX_ZIPF = 4.5
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


def _unseen_bel_family(w: EntityWord) -> bool:
    """Whether a word in بال- after a name word is a family name written with بال (بالضياف): the word
    is never seen whole in general Arabic (Zipf below :data:`_UNSEEN_ZIPF`) and ال + the rest is rare
    too (below :data:`~helpers.entities.clues.RARE_ZIPF`); ب + a noun is common (بالقرار, بالتنسيق)."""
    if w.kind != "arabic" or w.suffix or not w.norm.startswith("بال") or len(w.norm) < 6 or w.zipf >= _UNSEEN_ZIPF:
        return False
    rest = w.reading("ب")
    return rest is not None and rest.zipf < RARE_ZIPF and not is_function_word_ar(w.text)


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
            elif units[-1][1] in ("given", "strong") and _unseen_bel_family(words[k]):
                units.append((k + 1, "family"))  # نجيم بالضياف: no ب + الضياف, a word never seen whole
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
        if got is None and titled and units == [(k, "strong")] and _clause_final_verb_name(words, k):
            got = (k + 1, "strong")  # الدكتورة مارغريت تشان،: a family name read as a verb, ending the clause
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
            if _joined(words, k) and words[k].norm == _FAMILY_OF and _joined(words, k + 1) and len(units) < _MAX_UNITS \
                    and words[k + 1].kind == "arabic" and not _starts_phrase(words[k + 1]) \
                    and name_strength_ar(words[k + 1]) in ("strong", "given"):
                units.append((k + 2, "family"))  # سلمان بن عبد العزيز آل سعود: آل + the family closes the name
                k += 2
                break
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


# After a title and a foreign first name, a word the analyser reads as a verb but rarer than this
# is the family name when the clause ends after it (الدكتورة مارغريت تشان،).
_CLAUSE_FINAL_VERB_MAX_ZIPF = 4.0
_CLAUSE_ENDS = frozenset(("،", ",", ".", ":", "؛", ";", "(", "؟", "?", "!"))


def _clause_final_verb_name(words: Sequence[EntityWord], k: int) -> bool:
    """Whether a word read as a verb right after a title and a strong first name is its family name:
    not too common, no suffix, no proclitic the analyser reads on it, and punctuation (or the end
    of the text) after it. A verb after a name goes on with its subject or object, it does not end
    the clause: الرئيس ماكرون | يزور, but الدكتورة مارغريت تشان، المديرة."""
    w = words[k]
    if not (w.kind == "arabic" and w.pos == "VERB" and not w.suffix and not w.clitic and len(w.norm) >= 3
            and w.zipf < _CLAUSE_FINAL_VERB_MAX_ZIPF and not w.norm.startswith(("ي", "سي", "ست"))
            and not is_function_word_ar(w.text) and not is_time_word_ar(w.norm)):
        return False
    return k + 1 >= len(words) or words[k + 1].text in _CLAUSE_ENDS


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


def _person(words: Sequence[EntityWord], start: int, first: int, after: int, rule: str, *, cue: str = "",
            country: str = "") -> Candidate:
    head = words[first].text[max(0, start - words[first].start):]
    text = " ".join([head, *(w.text for w in words[first + 1 : after])])
    return Candidate(start, words[after - 1].end, first, after - 1, "PERSON", "pattern", rule,
                     plain_ar(text.replace(" - ", "-")), cue, country)


def trailing_country_ar(words: Sequence[EntityWord], after: int) -> str:
    """The country of a demonym right after a name (its ``country``), or ``""``."""
    return demonym_of(words[after]) if _joined(words, after) else ""


def _run_from_reading(words: Sequence[EntityWord], i: int, reading: Reading) -> int | None:
    """A name run whose first word is read without its proclitic (وفوزي → فوزي)."""
    if not reading.proclitic:
        return name_run_ar(words, i)
    first = words[i]
    rest = first.text[reading.start - first.start:]
    stripped = replace(first, start=reading.start, text=rest, norm=reading.stem, plain=reading.plain,
                       readings=(Reading(reading.start, reading.stem, "", reading.plain),))
    return name_run_ar([*words[:i], stripped, *words[i + 1:]], i)
