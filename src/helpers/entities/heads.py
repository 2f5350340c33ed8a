"""Organizations, places and events named after a type word (``heads_ar.tsv``), by rule.

A type word (head) before a name tells what the name is, so the name itself needs no list:

* **head + quoted name**: the name in quotation marks or round brackets, head outside (``مجلة
  "شبيغل"`` → شبيغل, ``تنظيم "الدولة الإسلامية"`` → الدولة الإسلامية, ``موقع (فوكس)`` → فوكس);
  rule ``quoted``;
* **head + a known name**: a place or organization of the gazetteers (``تنظيم داعش``, ``دولة
  الكويت``, ``جماعة بوكو حرام``); rule ``head``;
* **head + phrase** (heads with ``follows=phrase``): a noun phrase of ordinary words is the name
  (``وزارة الثقافة``, ``وزارة الأوقاف والشؤون الإسلامية``, ``هيئة مكافحة الجريمة``, ``جمعية حماية
  واحات جمنة``, ``الاتحاد العام التونسي للشغل`` with its ل-phrase); for a ministry a portfolio of
  ``portfolios_ar`` is tried first. The phrase stops at punctuation, a function word, a time word,
  a verb, a title, a given name (a person follows: ``رئيس جمعية X الطاهر الطاهري``; a given name
  that is also a common word only before a definite family name: ``نقابة أعوان البلديات`` |
  ``مراد الخياري``) and a word with و/ف or a preposition on it; at most five words;
* **head + a listed town or country** names a body after its town (``اتحاد بن قردان``, ``جامعة
  تونس``); after حزب a definite word that is no demonym, no listed name and no stop word belongs
  to the party's name too (``حزب تونس الإرادة``); rule ``head``;
* **head + name** (``follows=name``): only proper-name words (``منطقة جمنة``, ``فريق بورت لويس``,
  ``مطار ماهربورغ``); right after a place's head a rare word the analyser reads as و/ف + a word
  is the name, since no conjunction follows a head in construct (``معتمدية فريانة``, ``بجهة
  فرنانة``); after a newspaper's type word (صحيفة, جريدة, يومية, أسبوعية) also a title of
  ordinary definite words: a noun that is no adjective of the head (not المذكورة) and the
  adjectives after it, a nisba closing it (``صحيفة الشارع المغاربي`` | الحوار, ``صحيفة الشرق
  الأوسط``, ``جريدة الصباح``), a country's demonym left out (``صحيفة الشروق`` | الجزائرية);
* **head + designation** (``follows=designation``, the committee لجنة): a definite phrase of two
  words or more, or of three or more opened by a noun in construct (``لجنة شؤون التونسيين
  بالخارج``, ``لجنة تسيير البرنامج الوطني لتهيئة المناطق``; not ``لجنة تنظيم المقابلة``), with its
  ل-phrase of remit and بالخارج, coordinated nouns included (``لجنة الحقوق والحريات والعلاقات الخارجية``, ``لجنة
  التشريع العام``, ``لجنة النظام الداخلي``; up to eight words), or a listed body with a ل-phrase of
  remit (``لجنة الأمم المتحدة للتغير المناخي``), not one word (``لجنة التحكيم``), not a feminine
  adjective of function that describes the committee (``لجنة التحقيق البرلمانية``), stopping at a
  participle that attaches it to a body (``لجنة التأديب`` | التابعة); the designation does not
  recur without its head (الشؤون الاجتماعية is a portfolio too);
* **definite head + nisba** (``definite_name=yes``): ``الحزب الجمهوري``, ``النادي الإفريقي``,
  ``الخطوط التركية``, with more adjectives and an optional ل-phrase (``الاتحاد العام التونسي
  للشغل``; a definite ل-word takes only its adjectives after it, ``للسكك الحديدية``, not the
  object of a verb, ``للاتصالات | الانطلاق``; a coordinated noun of the ل-phrase keeps its own adjective: ``للفلاحة والصيد
  البحري``, and so does a plural, ``للنساء الديمقراطيات``; a noun in construct with a listed place
  ends there, ``الاتحاد العام لطلبة تونس``; a chain of two nouns in construct with a definite one is
  a ل-phrase too, ``الاتحاد الوطني لنقابات قوات الأمن التونسي``, but not after a type word, لحركة X; ``لكرة القدم`` is complete, ``الجامعة التونسية لكرة
  القدم`` | وديع الجريء, with an adjective of the body after it, ``الرابطة الوطنية لكرة القدم
  المحترفة``); rule ``definite_nisba``. A participle ending like a nisba is none
  (``اللجنة المعنية``), and after اللجنة the first word must be an adjective (``اللجنة`` | الجهات
  المعنية, its verb's object). A listed organization after ل makes the body one of its units, not
  marked (``اللجنة المركزية لحركة النهضة``: the party is the ORG), except after a head that names a
  body only with its ل-phrase (``الإدارة العامة للحرس الوطني``). Not when the ل-phrase is a bare type word (``المجلس الوطني
  للحزب`` is a body of a party already named). Heads with ``follows=lam`` (إدارة, فرقة) name a
  body only so, and only with the ل-phrase (``الإدارة العامة للديوانة``, ``الفرقة المركزية لمكافحة
  الإرهاب``, ``القطب القضائي لمكافحة الإرهاب``; not ``إدارة الأزمة``, not ``الإدارة الأمريكية``,
  not ``القطب الشمالي``);
* **clubs named by their town** (no head): a town + ``الرياضية`` (``جندوبة الرياضية``) and
  ``الملعب`` + a nisba (``الملعب الصفاقسي``; not ``الملعب الأولمبي``, a stadium), and a proper name +
  يونايتد (``زيسكو يونايتد``) or سيتي (``كمبالا سيتي``, ``ليستر سيتي``; not a city listed with it,
  ``مكسيكو سيتي``); rule ``club``;
* **plural head + list** (``مدينتي قبلي ودوز``): each name its own PLACE, the head outside; rule
  ``head_list``; so are ministries after وزارات or وزارتي, each portfolio its own ORG (``وزارات
  الداخلية والخارجية والمرأة والأسرة والطفولة``: a و + definite noun that opens no portfolio
  joins the one before), not found again alone;
* **a ministry by its portfolio** (الخارجية, الداخلية, الدفاع) and its state's demonym
  (``الخارجية القطرية``), not an adjective of a definite noun (السياسة الخارجية الأمريكية) nor after
  a title (وزير الخارجية القطري); the site of a listed body names the body (``موقع`` | ``وكالة
  الأنباء القطرية``);
* **a quoted source** (no head): a short name in quotation marks right after a source cue
  (``بحسب "الشروق"``, ``نقلا عن "X"``, ``في تصريح لـ"X"``, ``في حوار مع "X"``) is a media
  organization; rule ``quoted_source``.

Whether the head is inside the span comes from the file (``ولاية صفاقس`` inside, ``بمنطقة جمنة``
outside), except that a quoted name never takes its head. A demonym right after a proper name
is left out and kept as the span's ``country`` (``جماعة بوكو حرام النيجيرية``); after a phrase of
ordinary words it belongs to the name (``وزارة الخارجية الأمريكية``). Compass adjectives after a
place (``قبلي الجنوبية``) belong to it, and so does ``الدولي`` after a facility (``مطار تونس قرطاج
الدولي``). The seat (ب + a listed place) belongs to a body that is one of a series named by their
seats: a court (``المحكمة الابتدائية بسوسة``), a body named with a word such as الجهوي or الرياضية
(``الاتحاد الجهوي للفلاحة بسوسة``, ``الجمعية الرياضية بجربة``) and a sports club (``نادي كرة القدم
بالحمامات``); otherwise the town is its own mention (``اتحاد الشغل`` | ``بالنفيضة``). EVENT heads (مهرجان, كأس, أيام قرطاج) produce candidates that are never output but keep
a place inside them from being marked.

>>> from helpers.entities.words import entity_words_ar
>>> t = 'أعلنت وزارة الثقافة أن تنظيم بوكو حرام النيجيري ومجلة "شبيغل" في منطقة جمنة.'
>>> [(t[c.start:c.end], c.label, c.rule, c.country) for c in find_headed_names_ar(entity_words_ar(t))]
[('وزارة الثقافة', 'ORG', 'head', ''), ('تنظيم بوكو حرام', 'ORG', 'head', 'NGA'), ('شبيغل', 'ORG', 'quoted', ''), ('جمنة', 'PLACE', 'head', '')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from helpers.entities.base import Candidate
from helpers.entities.clues import (
    demonym_of,
    gazetteer_at_ar,
    is_time_word_ar,
    is_title_word_ar,
    name_strength_ar,
    starts_phrase_ar,
)
from helpers.entities.gazetteers import Head, given_name_ar, heads_ar, key_ar, portfolio_phrases_ar
from helpers.entities.words import EntityWord, Reading, is_function_word_ar, plain_ar

__all__ = ["find_headed_names_ar", "QUOTES_AR"]

#: Opening quotation mark -> closing mark.
QUOTES_AR = {'"': '"', "«": "»", "“": "”", "'": "'"}
_COMPASS = frozenset(key_ar(w) for w in ("الجنوبية", "الشمالية", "الشرقية", "الغربية", "الوسطى", "الكبرى", "الجنوبي",
                                         "الشمالي", "الشرقي", "الغربي", "العليا", "السفلى", "القديمة", "الجديدة"))
_COURT = key_ar("محكمة")
# Adjectives that say what a body does, not which one it is (الهيئة السياسية, الكتلة النيابية).
_FUNCTIONAL = frozenset(key_ar(w) for w in (
    "السياسي", "السياسية", "النيابي", "النيابية", "الإداري", "الإدارية", "التنفيذي", "التنفيذية", "الجهوي",
    "الجهوية", "المحلي", "المحلية", "التنظيمي", "التنظيمية", "الانتخابي", "الانتخابية", "التأديبي", "التأديبية",
    "القضائي", "القضائية", "الأمني", "الأمنية", "الفني", "الفنية", "المالي", "المالية", "الداخلي", "الداخلية",
    "الخارجي", "الخارجية", "الرسمي", "الرسمية", "الحكومي", "الحكومية", "البرلماني", "البرلمانية", "الأولى", "الثانية",
))
_MAX_PHRASE = 5
# Adjectives of rank that, like a nisba, make a definite head a name when a ل-phrase follows
# (الهيئة العليا لتطوير الرياض, الهيئة المستقلة للانتخابات).
_RANKS = frozenset(key_ar(w) for w in ("العليا", "الأعلى", "المستقلة", "المستقل", "العامة", "العام"))
# Definite words that start a new topic after و rather than continue a name.
_COORDINATION_STOPS = frozenset(key_ar(w) for w in (
    "الحكومة", "الدولة", "السلطات", "الشرطة", "المواطنين", "المجتمع", "الأحزاب", "المنظمات", "الجمعيات", "البلاد",
))
_MAX_QUOTED = 6
# Words that make a body one of a series named by their seats, so that ب + its town belongs to the
# name (rule 8 of the news gold's guidelines): المحكمة الابتدائية بسوسة, الاتحاد الجهوي للفلاحة
# بسوسة, الجمعية الرياضية بجربة, نادي كرة القدم بالحمامات. Without one the town is its own mention:
# اتحاد الشغل | بالنفيضة.
_SERIES = frozenset(key_ar(w) for w in (
    "الابتدائية", "الابتدائي", "الجهوي", "الجهوية", "المحلي", "المحلية", "الرياضي", "الرياضية", "البلدي", "البلدية",
))
_SPORTS = frozenset(key_ar(w) for w in ("القدم", "اليد", "السلة", "الطائرة"))  # كرة القدم, كرة اليد ...
_BALL = key_ar("كرة")
# After a facility's name, "international" is part of its official name (مطار تونس قرطاج الدولي).
_INTERNATIONAL = frozenset(key_ar(w) for w in ("الدولي", "الدولية"))
# Adjectives after الملعب that make it a stadium (a place), not a club named by its town's nisba.
_STADIUMS = frozenset(key_ar(w) for w in (
    "الأولمبي", "البلدي", "الرئيسي", "الوطني", "الدولي", "الجديد", "المعشب", "الاصطناعي", "الرياضي", "الفرعي",
))
_CLUB_ADJECTIVES = frozenset(key_ar(w) for w in ("الرياضي", "الرياضية"))
# Type words of newspapers, whose titles are ordinary definite words (صحيفة الشروق, جريدة الصباح);
# not مجلة, which is also a legal code in Tunisia (مجلة الأحوال الشخصية).
_PRINT_MEDIA = frozenset(("صحيفة", "جريدة", "يومية", "أسبوعية"))
_MAX_TITLE = 3
# The adjectives a title goes on with: a nisba (المغاربي) or an elative (الأوسط), normalized.
_ELATIVE_OR_NISBA = re.compile(r"ال(?:\w{3,}ي|ا\w\w[^ي])")


# Participles that attach a committee to a body or a task (لجنة التأديب | التابعة للجامعة).
_ATTACHED = frozenset(key_ar(w) for w in ("التابعة", "التابع", "المكلفة", "المكلف", "المختصة", "المختص", "المعنية",
                                          "المعني", "المنبثقة", "المشرفة", "المنعقدة", "المتعهدة"))
# Adjectives that make a definite head an activity or a thing, not a body: حركة is also 'traffic'
# and 'a reshuffle' (الحركة الجوية, الحركة القضائية), unlike الحركة الدستورية, a party; تيار 'current';
# خطوط 'lines' (الخطوط الهاتفية, الخطوط الأمامية), unlike الخطوط الجوية القطرية.
_NON_BODY_NISBAS = {key_ar("حركة"): frozenset(key_ar(w) for w in (
    "الجوية", "المرورية", "البحرية", "التجارية", "الاحتجاجية", "السياحية", "القضائية", "الاقتصادية", "الدبلوماسية",
    "الديبلوماسية", "الجزئية", "السنوية", "العادية", "الاستثنائية", "الإدارية", "المالية", "الملاحية", "الحدودية",
)), key_ar("تيار"): frozenset(key_ar(w) for w in ("الكهربائي", "الكهربائية")),  # التيار الكهربائي 'electric current'
    key_ar("خطوط"): frozenset(key_ar(w) for w in ("الهاتفية", "الكهربائية", "الأمامية", "الحمراء", "العريضة", "الدفاعية"))}
# Words ending like a nisba that are participles (اللجنة المعنية 'the committee concerned').
_NOT_NISBA = frozenset(key_ar(w) for w in ("المعنية", "المعني", "المعنيين", "المعنيون"))
# A parliamentary committee's designation may be long (لجنة الصناعة والطاقة والموارد الطبيعية والبنية
# الأساسية والبيئة).
_MAX_DESIGNATION = 8
_ABROAD = key_ar("بالخارج")
_SITE = key_ar("موقع")
_UNITED = key_ar("يونايتد")
_CITY = key_ar("سيتي")
_OFFICE = key_ar("مكتب")
_PARTY = key_ar("حزب")
# After a committee's first word, "general" is an adjective, not the year (لجنة التشريع العام).
_GENERAL = frozenset(key_ar(w) for w in ("العام", "العامة"))


def _designation_end(words: Sequence[EntityWord], j: int) -> int:
    """Index after a designation of definite words at ``j`` (a committee's: الحقوق والحريات والعلاقات
    الخارجية, التشريع العام), coordinated nouns joined by و included, and a ل-phrase (لتهيئة المناطق);
    ``j`` if it does not open with a definite word or with a noun in construct with one (تسيير
    البرنامج, شؤون التونسيين: then three words at least, see :func:`_designation_opens`). It stops
    at any other word: an indefinite one (لجنة التحكيم | منح), a place after the name (| بمجلس نواب
    الشعب), a demonym; بالخارج 'abroad' belongs to it (لجنة شؤون التونسيين بالخارج)."""
    k = j + 2 if _construct_chain(words, j) else j
    while k < len(words) and k - j < _MAX_DESIGNATION:
        w = words[k]
        if k > j and not w.space_before:
            break
        if w.norm.startswith("ال") and (not _stops(w) or k > j and w.norm in _GENERAL) and not demonym_of(w) \
                and not (k > j and _new_phrase(w)) and w.kind == "arabic" and w.norm not in _ATTACHED:
            k += 1
        elif k > j and _coordinated(words, k):
            k += 1
        elif k > j and w.norm == _ABROAD:
            k += 1
        elif k > j and _lam_phrase(words, k) and any(r.proclitic == "ل" for r in w.readings[1:]) \
                and not any(r.proclitic == "ل" and gazetteer_at_ar(words, k, r.stem) for r in w.readings[1:]):
            k += 1  # لجنة تسيير البرنامج الوطني لتهيئة المناطق: the remit; not a listed body after ل
            if k < len(words) and words[k].space_before and _listed_place(words, k) is not None:
                k = _listed_place(words, k)  # اللجنة الاقتصادية والاجتماعية لغربي آسيا
        else:
            break
    return k


def _designation_opens(words: Sequence[EntityWord], j: int, end: int) -> bool:
    """Whether the words ``j`` to ``end`` make a designation: two words or more opened by a definite one,
    three or more opened by a noun in construct (لجنة تسيير البرنامج الوطني; not لجنة تنظيم
    المقابلة), and not only a feminine adjective of function that describes the committee."""
    if end - j < (3 if not words[j].norm.startswith("ال") else 2):
        return False
    return not all(words[m].norm in _FUNCTIONAL and words[m].norm.endswith(("ه", "ة")) for m in range(j + 1, end))


def _paper_title(words: Sequence[EntityWord], j: int) -> int:
    """Index after a newspaper's title of ordinary definite words at ``j`` (الشارع المغاربي, الصباح),
    ``j`` if none.

    The first word is a definite noun that does not agree with the head as its adjective (a
    feminine الجزائرية, المذكورة, المقربة describes the paper), no demonym, function word or verb;
    adjectives may follow (a nisba, which closes the title, or an elative: الشرق الأوسط), a
    region's nisba among them, up to three words; a country's demonym after the title is left out
    (rule 6 of the guidelines: صحيفة الشروق | الجزائرية), and so is a noun (the verb's object:
    صحيفة الشارع المغاربي | الحوار).
    """
    first = words[j]
    if (first.kind != "arabic" or not first.norm.startswith("ال") or len(first.norm) < 4 or first.norm.endswith(("ه", "ة"))
            or demonym_of(first) or is_function_word_ar(first.text) or first.pos == "VERB" or first.suffix):
        return j
    k = j + 1
    while k < len(words) and k - j < _MAX_TITLE and words[k].space_before and words[k].kind == "arabic" \
            and words[k].norm.startswith("ال") and not _country_demonym(words[k]) and not _stops(words[k]) \
            and not _new_phrase(words[k]) and _ELATIVE_OR_NISBA.fullmatch(words[k].norm):
        k += 1  # an adjective of the title, a region's nisba among them (الشرق الأوسط, الشارع المغاربي)
        if words[k - 1].norm.endswith("ي"):
            break  # a nisba closes the title: الشارع المغاربي | الحوار (the verb's object)
    return k


def _country_demonym(w: EntityWord) -> bool:
    """Whether a word is the demonym of a country (الجزائرية), not of a region (المغاربي, العربي)."""
    return bool(demonym_of(w)) and not demonym_of(w).startswith("region:")


def _stops(w: EntityWord) -> bool:
    """Whether a word ends a name phrase of ordinary words (see the module docstring)."""
    return (w.kind != "arabic" or not w.space_before or w.suffix or is_function_word_ar(w.text) or is_time_word_ar(w.norm)
            or is_title_word_ar(w.norm) or given_name_ar(w.norm) is False or w.pos == "VERB")


def _person_follows(words: Sequence[EntityWord], k: int) -> bool:
    """Whether a given name (a common word too: مراد) and a family name stand at ``k``: a person, not
    the next word of an institution's name."""
    if given_name_ar(words[k].norm) is not True or k + 1 >= len(words) or not words[k + 1].space_before:
        return False
    family = words[k + 1]
    return family.kind == "arabic" and family.norm.startswith("ال") and len(family.norm) >= 5 \
        and name_strength_ar(family) == "strong" and not demonym_of(family)


def _new_phrase(w: EntityWord) -> bool:
    return starts_phrase_ar(w)


def _quoted(words: Sequence[EntityWord], j: int, *, brackets: bool = False) -> tuple[int, int] | None:
    """(first, last) word indexes inside quotation marks (or, with ``brackets``, round brackets)
    opening at token ``j``, or ``None``."""
    if j >= len(words) or words[j].text not in QUOTES_AR and not (brackets and words[j].text == "("):
        return None
    close = QUOTES_AR.get(words[j].text, ")")
    k = j + 1
    while k < len(words) and k - j <= _MAX_QUOTED + 1:
        if words[k].text == close and k > j + 1:
            inner = words[j + 1 : k]
            if all(w.kind in ("arabic", "latin", "number", "mixed") or w.text in ("-", ".") for w in inner):
                return j + 1, k - 1
            return None
        if words[k].text in ".!؟?\n":
            return None
        k += 1
    return None


def _name_words(words: Sequence[EntityWord], j: int, *, place: bool) -> int:
    """Index after a run of proper-name words from ``j`` (weak ones only before a strong one)."""
    k = j
    end = j
    while k < len(words) and k - j < 4:
        w = words[k]
        if k > j and (not w.space_before or _new_phrase(w)):
            break
        if k == j and _new_phrase(w) and not (place and _conjunction_misread(w)):
            break
        if k > j and w.readings and w.norm[:1] in ("و", "ف") and gazetteer_at_ar(words, k, w.norm) is None:
            break  # ودوز: the next name of a list
        if k > j and any(r.proclitic == "ب" and gazetteer_at_ar(words, k, r.stem) is not None for r in w.readings[1:]):
            break  # ملعب الطيب المهيري | بصفاقس: a place after the name is its own mention
        found = gazetteer_at_ar(words, k, w.norm)
        if found is not None and found[1].label == "PLACE":
            k = end = found[0]
            continue
        strength = name_strength_ar(w)
        if strength in ("strong", "given") and not (given_name_ar(w.norm) is False and k == j and not place):
            k = end = k + 1
            continue
        if strength == "weak" and not w.norm.startswith("ال"):
            k += 1
            continue
        break
    while place and end < len(words) and words[end].space_before and words[end].norm in _COMPASS and end > j:
        end += 1
    return end


#: Right after a place's head, a word read as و/ف + a word is the name when it is rarer than this
#: (Zipf) both as a whole and without the conjunction: معتمدية فريانة is no معتمدية ف + ريانة (a
#: conjunction cannot follow a head in construct), but دولة | وإعفاء is.
CONJUNCTION_NAME_MAX_ZIPF = 3.0


def _conjunction_misread(w: EntityWord) -> bool:
    """Whether the analyser's و/ف on a word right after a place's head is a misreading (see above)."""
    return (w.kind == "arabic" and not w.suffix and w.norm[:1] in ("و", "ف") and len(w.norm) >= 4
            and w.zipf < CONJUNCTION_NAME_MAX_ZIPF and not is_function_word_ar(w.text)
            and all(r.zipf < CONJUNCTION_NAME_MAX_ZIPF for r in w.readings[1:]))  # not دولة | وإعفاء


def _lam_phrase(words: Sequence[EntityWord], k: int) -> bool:
    """Whether word ``k`` is ل + a definite noun (للشغل) or ل + a noun in construct (لكرة القدم)."""
    w = words[k]
    for r in w.readings:
        if r.proclitic != "ل":
            continue
        if r.stem.startswith("ال") and len(r.stem) > 3:
            return True
        if k + 1 < len(words) and words[k + 1].space_before and words[k + 1].norm.startswith("ال") \
                and not _stops(words[k + 1]) and r.zipf >= 3.0:
            return True
        if k + 1 < len(words) and words[k + 1].space_before and r.zipf >= 3.0 and not r.stem.startswith("ال") \
                and _listed_place(words, k + 1) is not None:
            return True  # لطلبة تونس: ل + a noun in construct with a listed place
        if _construct_chain(words, k + 1) and r.zipf >= 3.0 and not r.stem.startswith("ال") and r.stem not in heads_ar():
            return True  # لنقابات قوات الأمن: ل + a noun + a noun in construct with a definite one (not لحركة X, a body)
    return False


def _construct_chain(words: Sequence[EntityWord], k: int) -> bool:
    """Whether an indefinite noun at ``k`` stands in construct with a definite word after it (قوات الأمن)."""
    return (k + 1 < len(words) and words[k].space_before and words[k + 1].space_before and words[k].kind == "arabic"
            and not words[k].norm.startswith("ال") and not _stops(words[k]) and not _new_phrase(words[k])
            and not demonym_of(words[k]) and words[k].zipf >= 3.0
            and words[k + 1].norm.startswith("ال") and not _stops(words[k + 1]))


def _listed_place(words: Sequence[EntityWord], k: int) -> int | None:
    """Index after a listed place (a country or city of the gazetteers) at ``k``, or ``None``."""
    got = gazetteer_at_ar(words, k, words[k].norm)
    return got[0] if got is not None and got[1].label == "PLACE" else None


def _coordinated(words: Sequence[EntityWord], k: int, *, bare: bool = False) -> bool:
    """Whether word ``k`` is (و +) a definite common noun that continues an institution's name.

    Not a listed name, a type word, a demonym or a word that stops a phrase: وزارة الشؤون الدينية
    والأوقاف, معهد التغذية والأغذية العضوية, but not هيئة الانتخابات والحكومة (a body of its own).
    """
    w = words[k]
    stems = [w.norm] if bare else [r.stem for r in w.readings[1:] if r.proclitic == "و"]
    for stem in stems:
        if (stem.startswith("ال") and len(stem) >= 5 and not _stops(w) and not demonym_of(w)
                and stem[2:] not in heads_ar() and gazetteer_at_ar(words, k, stem) is None
                and stem not in _COORDINATION_STOPS):
            return True
    return False


def _phrase(words: Sequence[EntityWord], j: int, *, coordinate: bool = False, lams: bool = True) -> int:
    """Index after a name phrase of ordinary words from ``j`` (see the module docstring).

    The phrase ends with a definite word or a proper-name word: trailing indefinite words are
    descriptions (مجلس وطني طارئ is no name). ``coordinate``: a definite noun joined by و to the
    phrase's last definite word continues it (an institution's name: معهد التغذية والأغذية
    العضوية). A weak word after a proper-name word, right before punctuation, ends a foreign
    name (شركة جيت بلو،). ``lams=False``: stop at a ل-phrase (the phrase after a definite head's
    ل-word: المجلس الأعلى لتنظيم الإعلام | لمحاسبة المؤسسات).
    """
    k = j
    end = j
    while k < len(words) and k - j < _MAX_PHRASE:
        w = words[k]
        if coordinate and k > j and end == k and w.norm == "و" and k + 1 < len(words) \
                and words[k + 1].space_before and _coordinated(words, k + 1, bare=True):
            k += 2  # كلية علوم الزراعة و التغذية: the و written apart
            end = k
            continue
        if _stops(w) or demonym_of(w):
            break
        if k > j and _person_follows(words, k):
            break  # نقابة أعوان البلديات | مراد الخياري: a given name and a family name after the name
        if not lams and k > j and _lam_phrase(words, k):
            break  # the ل-phrase of a definite head's name takes one ل-word: لتنظيم الإعلام | لمحاسبة
        if k > j and any("ب" in r.proclitic and (r.stem.startswith("ال") or gazetteer_at_ar(words, k, r.stem))
                         for r in w.readings[1:]):
            break  # a place after the name is its own mention: اتحاد الشغل | بالنفيضة
        if k > j and _new_phrase(w):
            if _lam_phrase(words, k):  # للشغل, لكرة القدم
                k += 1
                continue
            if coordinate and end == k and _coordinated(words, k):  # معهد التغذية والأغذية العضوية
                k += 1
                end = k
                continue
            break
        if k == j and _new_phrase(w):
            break
        k += 1
        if w.norm.startswith("ال") or any(r.stem.startswith("ال") for r in w.readings[1:] if r.proclitic == "ل") \
                or name_strength_ar(w) in ("strong", "given") or gazetteer_at_ar(words, w.index, w.norm) is not None:
            end = k
        elif (end == k - 1 and k - 1 > j and name_strength_ar(words[k - 2]) == "strong"
              and not words[k - 2].norm.startswith("ال") and not w.norm.startswith("ال") and name_strength_ar(w) == "weak"
              and (k >= len(words) or words[k].kind == "punct")):
            end = k  # شركة جيت بلو،: the last word of a foreign name before punctuation
    return end


def portfolio_end_ar(words: Sequence[EntityWord], j: int) -> int:
    """Index after a ministry's portfolio at ``j`` (``portfolios_ar``), with further portfolios joined
    by و (الفلاحة والموارد المائية والصيد البحري); ``j`` if none."""
    best = j
    for phrase in portfolio_phrases_ar():
        n = len(phrase)
        if j + n <= len(words) and all(words[j + m].norm == phrase[m] and words[j + m].space_before for m in range(n)):
            best = max(best, j + n)
    if best == j:
        return j
    k = best
    while k < len(words) and words[k].space_before and words[k].kind == "arabic":
        conj = words[k].reading("و")
        if conj is None or not conj.stem.startswith("ال") or is_function_word_ar(words[k].text):
            break
        k += 1
        while k < len(words) and words[k].space_before and words[k].norm.startswith("ال") and not _stops(words[k]) \
                and not demonym_of(words[k]):
            k += 1
        best = k
    return best


def _trailing_demonyms(words: Sequence[EntityWord], k: int, *, inside: bool) -> tuple[int, str]:
    """After a name: (index after the demonyms that belong to it, the country of the first one)."""
    country = ""
    if k < len(words) and words[k].space_before and demonym_of(words[k]):
        country = demonym_of(words[k])
        if inside:
            while k < len(words) and words[k].space_before and demonym_of(words[k]):
                k += 1
    return k, country if not country.startswith("region:") else ""


def _span_text(words: Sequence[EntityWord], start: int, first: int, after: int) -> str:
    """The words of a span as written, the first one without its proclitic."""
    head = words[first].text[max(0, start - words[first].start):]
    return " ".join([head, *(w.text for w in words[first + 1 : after])])


def _candidate(words: Sequence[EntityWord], start: int, first: int, after: int, head: Head, rule: str, cue: str,
               *, country: str = "", canonical: str | None = None, label: str | None = None) -> Candidate:
    text = _span_text(words, start, first, after) if canonical is None else canonical
    return Candidate(start, words[after - 1].end, first, after - 1, label or head.label, "pattern", rule,
                     plain_ar(text), cue, country, priority=2)


def _definite_nisba(words: Sequence[EntityWord], i: int, reading: Reading, head: Head) -> Candidate | None:
    """ال + head + adjectives (one a nisba) + an optional ل-phrase: الاتحاد العام التونسي للشغل."""
    k = i + 1
    last_nisba = None
    country = ""
    feminine = reading.stem.endswith("ه")  # normalized ة
    if i + 1 < len(words) and words[i + 1].norm in _NON_BODY_NISBAS.get(key_ar(head.head), ()):
        return None  # الحركة الجوية 'air traffic', الحركة القضائية 'the judges' reshuffle'
    while k < len(words) and k - i <= 3 and words[k].space_before and words[k].kind == "arabic" \
            and words[k].norm.startswith("ال") and (not _stops(words[k]) or words[k].norm in _RANKS) \
            and not _new_phrase(words[k]):
        if demonym_of(words[k]):
            country = country or demonym_of(words[k])
        if feminine and words[k].plain.endswith("ي") and words[k].norm not in _RANKS:
            break  # الجبهة الوطنية | اليميني, اللجنة | التمهيدي: a masculine adjective agrees with another noun
        if words[k].norm.endswith(("ي", "يه")) and len(words[k].norm) >= 5 and words[k].norm not in _NOT_NISBA \
                or words[k].norm in _RANKS:
            last_nisba = k
        elif k == i + 1 and head.designation:
            return None  # اللجنة | الجهات المعنية: a noun after the head starts the clause's object
        k += 1
    if last_nisba is None:
        return None
    if head.lam and not (last_nisba + 1 < len(words) and words[last_nisba + 1].space_before
                         and _lam_phrase(words, last_nisba + 1)):
        return None  # الإدارة الأمريكية, الفرقة الموسيقية: no ل-phrase, no name
    if all(words[m].norm in _RANKS for m in range(i + 1, last_nisba + 1)) and not (
            last_nisba + 1 < len(words) and words[last_nisba + 1].space_before and _lam_phrase(words, last_nisba + 1)):
        return None  # الهيئة العليا alone names no body; الهيئة العليا لتطوير الرياض does
    if last_nisba + 1 < k:  # adjectives after the last nisba describe the body, not name it
        k = last_nisba + 1
    if k < len(words) and words[k].space_before and any(
            r.proclitic.endswith("ل") and (r.stem[2:] in heads_ar() or r.stem in heads_ar() and _names_follow(words, k + 1))
            and not (head.lam and gazetteer_at_ar(words, k, r.stem) is not None)
            for r in words[k].readings[1:]):
        return None  # الهيئة السياسية لحركة نداء تونس: a body of an organization named after it (not الإدارة العامة للحرس الوطني)
    lam = k < len(words) and words[k].space_before and _lam_phrase(words, k)
    listed = next((got for r in words[k].readings[1:] if r.proclitic == "ل"
                   for got in [gazetteer_at_ar(words, k, r.stem)] if got is not None), None) if lam else None
    if listed is not None and listed[1].label == "ORG" and not head.lam:
        return None  # اللجنة المركزية لحركة النهضة: a body of an organization named after it, which is the ORG
    if not lam and not country and all(words[m].norm in _FUNCTIONAL for m in range(i + 1, k)):
        return None  # الكتلة النيابية: a description
    if listed is not None:
        k = listed[0]  # للحرس الوطني: the ل-phrase is a listed name, and ends with it (| خليفة الشيباني)
    elif lam:
        nxt = k + 1
        if any(r.proclitic == "ل" and r.stem.startswith("ال") for r in words[k].readings[1:]):
            k = nxt  # a definite ل-word (للاتصالات) is complete: only its adjectives follow (not | الانطلاق)
            while k < len(words) and words[k].space_before and _noun_adjective(words[k]):
                k += 1  # للسكك الحديدية
        elif any(r.proclitic == "ل" and r.stem == _BALL for r in words[k].readings[1:]) \
                and nxt < len(words) and words[nxt].norm in _SPORTS:
            k = nxt + 1  # لكرة القدم is complete (| وديع الجريء, the federation's president after it)
            while k < len(words) and words[k].space_before and words[k].norm.startswith("ال") and not _stops(words[k]) \
                    and not demonym_of(words[k]) and (_noun_adjective(words[k]) or words[k].norm.endswith("ه")):
                k += 1  # الرابطة الوطنية لكرة القدم المحترفة: an adjective of the body after it
        elif nxt < len(words) and not words[nxt].norm.startswith("ال") and _listed_place(words, nxt) is not None:
            k = _listed_place(words, nxt)  # الاتحاد العام لطلبة تونس: the place ends the construct
        elif _construct_chain(words, nxt):
            k = max(_phrase(words, nxt + 1, lams=False), nxt + 1)  # الاتحاد الوطني لنقابات قوات الأمن
        else:
            k = max(_phrase(words, nxt, lams=False), nxt) if nxt < len(words) and words[nxt].norm.startswith("ال") else nxt
        # the ل-word and the definite words after it (لتنظيم الإعلام), not a new phrase (للقضاء | بإعفاء)
        while k < len(words) and words[k].space_before and _coordinated(words, k):
            k += 1  # للكهرباء والغاز: a coordinated noun of the ل-phrase
            while k < len(words) and words[k].space_before and _noun_adjective(words[k]):
                k += 1  # للفلاحة والصيد البحري: the coordinated noun's own adjective
        if k < len(words) and words[k].space_before and demonym_of(words[k]):
            country = country or demonym_of(words[k])
            k += 1  # الشركة الوطنية للسكك الحديدية التونسية: the nisba of the whole name
    k = _seat_end(words, i, k, court=head.head == "محكمة")  # المحكمة الابتدائية بسوسة, الجمعية الرياضية بجربة
    return _candidate(words, reading.start, i, k, head, "definite_nisba", words[i].text[reading.start - words[i].start:],
                      country=country if not country.startswith("region:") else "", label="ORG")


def _seat_end(words: Sequence[EntityWord], first: int, after: int, *, court: bool = False) -> int:
    """Index after the seat (ب + a listed place) that belongs to a body's name ending before ``after``.

    Only a court or a body named with a word of :data:`_SERIES` or a sport (نادي كرة القدم) takes
    its seat; ``after`` itself if there is none.
    """
    norms = [w.norm for w in words[first:after]]
    if not (court or any(n in _SERIES for n in norms) or (len(norms) >= 2 and norms[-2] == key_ar("كرة")
                                                        and norms[-1] in _SPORTS)):
        return after
    if after < len(words) and words[after].space_before:
        seat = words[after].reading("ب")
        if seat is not None:
            got = gazetteer_at_ar(words, after, seat.stem)
            if got is not None and got[1].label == "PLACE":
                return got[0]
    return after


def _town_clubs(words: Sequence[EntityWord]) -> list[Candidate]:
    """Clubs named by their town: a town + الرياضية (جندوبة الرياضية) and الملعب + a nisba
    (الملعب الصفاقسي, not الملعب الأولمبي, a stadium), and a proper name + يونايتد (زيسكو يونايتد) or
    + سيتي (كمبالا سيتي; not a city listed with it, مكسيكو سيتي); rule ``club``."""
    found = []
    for i, w in enumerate(words):
        if w.kind != "arabic" or i + 1 >= len(words) or not words[i + 1].space_before:
            continue
        nxt = words[i + 1]
        if nxt.norm == _UNITED and not w.norm.startswith("ال") and (name_strength_ar(w) == "strong"
                                                                    or gazetteer_at_ar(words, i, w.norm) is not None):
            found.append(Candidate(w.start, nxt.end, i, i + 1, "ORG", "pattern", "club", plain_ar(f"{w.text} {nxt.text}"),
                                   priority=2))
            continue  # زيسكو يونايتد, ريفرز يونايتد: a name + "United" is a club
        if nxt.norm == _CITY and not w.norm.startswith("ال") and (name_strength_ar(w) == "strong"
                                                                  or gazetteer_at_ar(words, i, w.norm) is not None):
            listed = gazetteer_at_ar(words, i, w.norm)
            if listed is None or listed[0] == i + 1:  # not مكسيكو سيتي, a city listed with it
                found.append(Candidate(w.start, nxt.end, i, i + 1, "ORG", "pattern", "club", plain_ar(f"{w.text} {nxt.text}"),
                                       priority=2))
                continue  # كمبالا سيتي, ليستر سيتي: a name + "City" is a club
        for reading in w.readings:
            if reading.stem == key_ar("الملعب"):
                if nxt.kind == "arabic" and nxt.norm.startswith("ال") and nxt.norm.endswith("ي") and len(nxt.norm) >= 5 \
                        and nxt.norm not in _STADIUMS and not _stops(nxt):
                    end = _seat_end(words, i, i + 2, court=True)
                    found.append(Candidate(reading.start, words[end - 1].end, i, end - 1, "ORG", "pattern", "club",
                                           plain_ar(_span_text(words, reading.start, i, end)), priority=2))
                break
            got = gazetteer_at_ar(words, i, reading.stem)
            if got is None or got[1].label != "PLACE" or got[1].type not in ("city", "capital"):
                continue
            after = got[0]
            if after < len(words) and words[after].space_before and words[after].norm in _CLUB_ADJECTIVES:
                found.append(Candidate(reading.start, words[after].end, i, after, "ORG", "pattern", "club",
                                       plain_ar(_span_text(words, reading.start, i, after + 1)), priority=2))
            break
    return found


def _noun_adjective(w: EntityWord) -> bool:
    """Whether a word is a definite nisba adjective that is no demonym (البحري, التقليدية)."""
    return (w.kind == "arabic" and w.norm.startswith("ال") and w.norm.endswith(("ي", "يه", "يات")) and len(w.norm) >= 5
            and not demonym_of(w) and not _stops(w) and not _new_phrase(w))


def _names_follow(words: Sequence[EntityWord], k: int) -> bool:
    """Whether a name (a listed one or a proper-name word) stands at ``k``: لحركة نداء تونس, not لتنظيم الإعلام."""
    if k >= len(words) or not words[k].space_before or words[k].kind != "arabic":
        return False
    return gazetteer_at_ar(words, k, words[k].norm) is not None or name_strength_ar(words[k]) in ("strong", "given")


_SOURCE_CUES = frozenset(key_ar(w) for w in ("بحسب", "حسب", "وفق", "وفقا", "وفقاً"))
_SOURCE_PREPOSITIONS = {key_ar("عن"): frozenset({key_ar("نقلا"), key_ar("نقلاً")}),
                        key_ar("ل"): frozenset(key_ar(w) for w in ("تصريح", "تصريحات", "حديث", "حوار", "مراسل", "مراسلة")),
                        key_ar("مع"): frozenset(key_ar(w) for w in ("حوار", "مقابلة", "لقاء", "اتصال"))}


def _quoted_sources(words: Sequence[EntityWord]) -> list[Candidate]:
    """A name in quotation marks after a source cue (بحسب "الشروق", في تصريح لـ"الجوهرة"): a media ORG."""
    found = []
    for j, w in enumerate(words):
        if w.text not in QUOTES_AR or j == 0:
            continue
        span = _quoted(words, j)
        if span is None:
            continue
        first, last = span
        if last - first > 3 or any(x.kind != "arabic" or is_function_word_ar(x.text) or x.pos == "VERB"
                                   for x in words[first : last + 1]):
            continue
        if gazetteer_at_ar(words, first, words[first].norm) is not None:
            continue  # a listed name is found as listed
        before = words[j - 1]
        stems = {r.stem for r in before.readings} | {before.norm}
        cue = bool(stems & _SOURCE_CUES)
        for particle, heads in _SOURCE_PREPOSITIONS.items():
            if particle in stems or before.norm.rstrip("ـ") == particle:
                cue = cue or (j >= 2 and bool({r.stem for r in words[j - 2].readings} & heads))
            if before.readings and before.readings[-1].proclitic.endswith(particle) and before.norm == particle:
                cue = True
        if cue:
            found.append(Candidate(words[first].start, words[last].end, first, last, "ORG", "pattern", "quoted_source",
                                   plain_ar(" ".join(x.text for x in words[first : last + 1])), before.text, priority=2))
    return found


# The plural and dual of وزارة, shared by a list of portfolios (وزارات الداخلية والخارجية والصحة).
_MINISTRIES = frozenset(key_ar(w) for w in ("وزارات", "وزارتي", "وزارتا"))
# Portfolios that name their ministry alone when a state's demonym follows (الخارجية القطرية).
_METONYMIC_PORTFOLIOS = frozenset(key_ar(w) for w in ("الخارجية", "الداخلية", "الدفاع"))


def _portfolio_at(words: Sequence[EntityWord], k: int, stem: str) -> int:
    """Index after the longest portfolio (``portfolios_ar``) whose first word at ``k`` reads ``stem``; ``k`` if none."""
    best = k
    for phrase in portfolio_phrases_ar():
        n = len(phrase)
        if phrase[0] == stem and k + n <= len(words) and n > best - k \
                and all(words[k + m].space_before and words[k + m].norm == phrase[m] for m in range(1, n)):
            best = k + n
    return best


def _ministry_lists(words: Sequence[EntityWord]) -> list[Candidate]:
    """Ministries named by their portfolios after a shared plural or dual (وزارات الشؤون الاجتماعية
    والداخلية والخارجية والصحة والمرأة والأسرة والطفولة): each portfolio its own ORG, the head outside,
    a و + definite word that opens no portfolio joined to the one before (والأسرة والطفولة); rule ``head_list``."""
    found = []
    for i, w in enumerate(words):
        reading = next((r for r in w.readings if r.stem in _MINISTRIES), None)
        if reading is None:
            continue
        k = i + 1
        while k < len(words) and words[k].space_before and words[k].kind == "arabic":
            conj = words[k].reading("و") if k > i + 1 else None
            if k > i + 1 and conj is None:
                break
            stem, start = (conj.stem, conj.start) if conj is not None else (words[k].norm, words[k].start)
            end = _portfolio_at(words, k, stem)
            if end == k:
                break
            while end < len(words) and words[end].space_before:
                more = words[end].reading("و")
                if more is None or not more.stem.startswith("ال") or _portfolio_at(words, end, more.stem) > end \
                        or _stops(words[end]):
                    break
                end += 1
                while end < len(words) and words[end].space_before and _noun_adjective(words[end]):
                    end += 1  # والصيد البحري: the joined noun's adjective
            text = words[k].text[start - words[k].start:] + "".join(" " + x.text for x in words[k + 1 : end])
            found.append(Candidate(start, words[end - 1].end, k, end - 1, "ORG", "pattern", "head_list", plain_ar(text),
                                   w.text[reading.start - w.start:], priority=2))
            k = end
    return found


def _ministries_by_portfolio(words: Sequence[EntityWord]) -> list[Candidate]:
    """A ministry named by its portfolio and its state's demonym (الخارجية القطرية, الداخلية التونسية),
    not as an adjective of a definite noun (السياسة الخارجية الأمريكية) nor after a title (وزير
    الخارجية القطري, a role); rule ``head``."""
    found = []
    for i, w in enumerate(words):
        reading = next((r for r in w.readings if r.stem in _METONYMIC_PORTFOLIOS), None)
        if reading is None or i + 1 >= len(words) or not words[i + 1].space_before:
            continue
        country = demonym_of(words[i + 1])
        if not country or country.startswith("region:"):
            continue
        before = words[i - 1] if i > 0 else None
        if before is not None and before.kind == "arabic" and w.space_before and not reading.proclitic and (
                before.norm.startswith("ال") and not is_function_word_ar(before.text) or is_title_word_ar(before.norm)
                or any(r.stem in heads_ar() or r.stem in _MINISTRIES for r in before.readings)):
            continue
        text = w.text[reading.start - w.start:] + " " + words[i + 1].text
        found.append(Candidate(reading.start, words[i + 1].end, i, i + 1, "ORG", "pattern", "head", plain_ar(text),
                               country=country, priority=2))
    return found


def find_headed_names_ar(words: Sequence[EntityWord]) -> list[Candidate]:
    """ORG, PLACE and EVENT candidates named after a type word (rules in the module docstring)."""
    heads = heads_ar()
    found: list[Candidate] = [*_quoted_sources(words), *_town_clubs(words), *_ministry_lists(words),
                              *_ministries_by_portfolio(words)]
    for i, w in enumerate(words):
        if w.kind != "arabic":
            continue
        for reading in w.readings:
            stem = reading.stem
            definite = stem.startswith("ال") and stem[2:] in heads
            head = heads.get(stem[2:] if definite else stem)
            if head is None:
                continue
            cue = w.text[reading.start - w.start:]
            listed = gazetteer_at_ar(words, i, stem)
            if listed is not None and listed[0] > i + 1:
                break  # a listed name begins with the type word (مجلس نواب الشعب): the gazetteer has it
            if definite:
                if head.definite_name and head.label == "ORG":
                    c = _definite_nisba(words, i, reading, head)
                    if c is not None:
                        found.append(c)
                break
            if head.lam:
                break  # إدارة الأزمة: only the definite head with a ل-phrase names a body
            j = i + 1
            quoted = _quoted(words, j, brackets=True) if j < len(words) and words[j].space_before else None
            if quoted is not None:
                first, last = quoted
                label = head.label if head.label != "EVENT" else "EVENT"
                if label == "EVENT":
                    found.append(_candidate(words, reading.start, i, last + 2, head, "quoted", cue))
                else:
                    found.append(Candidate(words[first].start, words[last].end, first, last, label, "pattern", "quoted",
                                           plain_ar(" ".join(x.text for x in words[first:last + 1])), cue, priority=2))
                break
            if j >= len(words) or not words[j].space_before or words[j].kind != "arabic":
                break
            start = reading.start if head.inside else words[j].start
            first = i if head.inside else j
            if head.plural:
                k = j
                while k < len(words):
                    end = _name_words(words, k, place=True) if k == j else None
                    if end is None:
                        conj = words[k].reading("و")
                        if conj is None or not words[k].space_before:
                            break
                        alone = [*words[:k], _strip(words[k], conj), *words[k + 1:]]
                        end = _name_words(alone, k, place=True)
                        if end == k:
                            break
                        found.append(Candidate(conj.start, words[end - 1].end, k, end - 1, head.label, "pattern",
                                               "head_list", plain_ar(words[k].text[conj.start - words[k].start:]),
                                               cue, priority=2))
                        k = end
                        continue
                    if end == k:
                        break
                    found.append(_candidate(words, words[k].start, k, end, head, "head_list", cue))
                    k = end
                break
            known = gazetteer_at_ar(words, j, words[j].norm)
            if head.place and (known is None or known[1].label != "PLACE"):
                break  # شمال ليبيا, not وسط دخان كثيف
            if head.town:
                if known is not None and known[1].label == "PLACE" and known[1].type in ("city", "capital") \
                        and known[1].source == "places_ar":
                    found.append(_candidate(words, start, first, known[0], head, "head", cue, country=known[1].country))
                break  # مستقبل قابس is a club, مستقبل تونس the country's future
            if known is not None and head.label == "ORG" and known[1].label == "PLACE" and head.phrase \
                    and stem != key_ar("وزارة"):
                after = known[0]
                if stem == _PARTY and after < len(words) and words[after].norm.startswith("ال") \
                        and len(words[after].norm) >= 5 and not _stops(words[after]) and not demonym_of(words[after]) \
                        and gazetteer_at_ar(words, after, words[after].norm) is None:
                    after += 1  # حزب تونس الإرادة: a party named by its country and a definite noun
                found.append(_candidate(words, start, first, after, head, "head", cue, country=known[1].country))
                break  # اتحاد بن قردان, جامعة تونس: a body named after its town
            if known is not None and head.label == "ORG" and known[1].label == "ORG" and stem == _SITE:
                found.append(_candidate(words, words[j].start, j, known[0], head, "head", cue, country=known[1].country,
                                        canonical=known[1].canonical))
                break  # موقع وكالة الأنباء القطرية: the site of a listed body names the body
            if known is not None and head.label != "PLACE" and (known[1].label == head.label or head.label == "EVENT"):
                after, entry = known
                _, country = _trailing_demonyms(words, after, inside=False)
                canonical = entry.canonical
                if head.designation and after < len(words) and words[after].space_before \
                        and any(r.proclitic == "ل" and r.stem.startswith("ال") for r in words[after].readings[1:]):
                    after += 1  # لجنة الأمم المتحدة للتغير المناخي: the committee's remit is part of its name
                    while after < len(words) and words[after].space_before and _noun_adjective(words[after]):
                        after += 1
                    canonical = None
                found.append(_candidate(words, start, first, after, head, "head", cue, country=country or entry.country,
                                        canonical=canonical))
                break
            proper = False
            if head.designation:
                if stem == _OFFICE and any(r.stem in heads or r.stem[2:] in heads for r in words[j].readings):
                    break  # مكتب الرابطة الوطنية …: the board of a body named after it, which is the ORG
                end = _designation_end(words, j)
                if not _designation_opens(words, j, end):
                    break  # لجنة التحكيم; لجنة التحقيق البرلمانية, whose adjective agrees with لجنة: a description
            elif head.label == "ORG" and stem == key_ar("وزارة"):
                end = portfolio_end_ar(words, j)
                if end == j:
                    end = _phrase(words, j)
            elif head.phrase and head.label != "PLACE":
                end = _phrase(words, j, coordinate=head.label == "ORG")
                last = words[end - 1] if end > j else None
                proper = last is not None and not last.norm.startswith("ال") and name_strength_ar(last) == "strong" \
                    and gazetteer_at_ar(words, end - 1, last.norm) is None  # جامعة لافال | الكندية
            else:
                end = _name_words(words, j, place=head.label == "PLACE")
                if end == j and head.phrase:  # a facility named by ordinary words: كنيسة الذكرى
                    end = _phrase(words, j)
                elif end == j and head.head in _PRINT_MEDIA:
                    end = _paper_title(words, j)  # صحيفة الشارع المغاربي | , جريدة الصباح
                    proper = True  # a title is a complete name: صحيفة الشروق | الجزائرية (rule 6)
                else:
                    # a name of common nouns makes a nisba after it part of it (مركز السينما العربية)
                    proper = not (end > j and words[end - 1].norm.startswith("ال") and name_strength_ar(words[end - 1]) == "weak")
            if end == j:
                break
            after, country = _trailing_demonyms(words, end, inside=not proper and head.label == "ORG")
            if head.label == "PLACE" and not country:
                entry = gazetteer_at_ar(words, j, words[j].norm)
                country = entry[1].country if entry is not None else ""
            if head.label == "ORG":
                after = _seat_end(words, first, after, court=stem == _COURT)
            elif head.inside and after < len(words) and words[after].space_before and words[after].norm in _INTERNATIONAL:
                after += 1  # مطار تونس قرطاج الدولي
            found.append(_candidate(words, start, first, after, head, "head", cue, country=country))
            break
    return found


def _strip(w: EntityWord, reading: Reading) -> EntityWord:
    """The word read without a proclitic (for a name written with و in a list)."""
    from dataclasses import replace

    rest = w.text[reading.start - w.start:]
    return replace(w, start=reading.start, text=rest, norm=reading.stem, plain=plain_ar(rest),
                   readings=(Reading(reading.start, reading.stem, "", reading.plain),))
