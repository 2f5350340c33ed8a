"""Bodies named by a designation: committees, and a definite type word with its adjectives.

Two shapes of an organization's name where the words after the type word are ordinary ones,
so that agreement and a few look-alike lists decide whether they name a body or describe one:

* **head + designation** (``follows=designation``, the committee لجنة; :func:`_designation_end`,
  :func:`_designation_opens`): a definite phrase of two words or more, or of three or more opened
  by a noun in construct (``لجنة شؤون التونسيين بالخارج``, ``لجنة تسيير البرنامج الوطني لتهيئة
  المناطق``; not ``لجنة تنظيم المقابلة``), with its ل-phrase of remit and بالخارج, coordinated
  nouns included (``لجنة الحقوق والحريات والعلاقات الخارجية``, ``لجنة التشريع العام``, ``لجنة
  النظام الداخلي``; up to eight words), or a listed body with a ل-phrase of remit (``لجنة الأمم
  المتحدة للتغير المناخي``), not one word (``لجنة التحكيم``), not a feminine adjective of function
  that describes the committee (``لجنة التحقيق البرلمانية``), stopping at a participle that
  attaches it to a body (``لجنة التأديب`` | التابعة); the designation does not recur without its
  head (الشؤون الاجتماعية is a portfolio too);
* **definite head + nisba** (``definite_name=yes``; :func:`_definite_nisba`): ``الحزب الجمهوري``,
  ``النادي الإفريقي``, ``الخطوط التركية``, with more adjectives and an optional ل-phrase (``الاتحاد
  العام التونسي للشغل``; a definite ل-word takes only its adjectives after it, ``للسكك الحديدية``,
  not the object of a verb, ``للاتصالات | الانطلاق``; a coordinated noun of the ل-phrase keeps its
  own adjective: ``للفلاحة والصيد البحري``, and so does a plural, ``للنساء الديمقراطيات``; a noun in
  construct with a listed place ends there, ``الاتحاد العام لطلبة تونس``; a chain of two nouns in
  construct with a definite one is a ل-phrase too, ``الاتحاد الوطني لنقابات قوات الأمن التونسي``,
  but not after a type word, لحركة X; ``لكرة القدم`` is complete, ``الجامعة التونسية لكرة القدم`` |
  وديع الجريء, with an adjective of the body after it, ``الرابطة الوطنية لكرة القدم المحترفة``);
  rule ``definite_nisba``. A participle ending like a nisba is none (``اللجنة المعنية``), and
  after اللجنة the first word must be an adjective (``اللجنة`` | الجهات المعنية, its verb's
  object). An adjective the head takes as an activity or a thing is no body (``الحركة الجوية``
  'air traffic', ``التيار الكهربائي``, ``الخطوط الهاتفية``), nor are adjectives of function alone
  (``الكتلة النيابية``). A listed organization after ل makes the body one of its units, not
  marked (``اللجنة المركزية لحركة النهضة``: the party is the ORG), except after a head that names
  a body only with its ل-phrase (``الإدارة العامة للحرس الوطني``). Not when the ل-phrase is a bare
  type word (``المجلس الوطني للحزب`` is a body of a party already named). Heads with
  ``follows=lam`` (إدارة, فرقة) name a body only so, and only with the ل-phrase (``الإدارة العامة
  للديوانة``, ``الفرقة المركزية لمكافحة الإرهاب``, ``القطب القضائي لمكافحة الإرهاب``; not ``إدارة
  الأزمة``, not ``الإدارة الأمريكية``, not ``القطب الشمالي``).

>>> from helpers.entities.words import entity_words_ar
>>> words = entity_words_ar("أكد الاتحاد العام التونسي للشغل أن لجنة التشريع العام اجتمعت.")
>>> c = _definite_nisba(words, 1, words[1].readings[0], heads_ar()["اتحاد"])
>>> (c.canonical, c.rule)
('الاتحاد العام التونسي للشغل', 'definite_nisba')
>>> " ".join(w.text for w in words[7:_designation_end(words, 7)])
'التشريع العام'
"""

from __future__ import annotations

from collections.abc import Sequence

from helpers.entities.base import Candidate
from helpers.entities.clues import demonym_of, gazetteer_at_ar
from helpers.entities.gazetteers import Head, heads_ar, key_ar
from helpers.entities.head_phrases import (
    _BALL,
    _SPORTS,
    _candidate,
    _construct_chain,
    _coordinated,
    _lam_phrase,
    _listed_place,
    _names_follow,
    _new_phrase,
    _noun_adjective,
    _phrase,
    _seat_end,
    _stops,
)
from helpers.entities.words import EntityWord, Reading

__all__: list[str] = []

# Adjectives that say what a body does, not which one it is (الهيئة السياسية, الكتلة النيابية).
_FUNCTIONAL = frozenset(key_ar(w) for w in (
    "السياسي", "السياسية", "النيابي", "النيابية", "الإداري", "الإدارية", "التنفيذي", "التنفيذية", "الجهوي",
    "الجهوية", "المحلي", "المحلية", "التنظيمي", "التنظيمية", "الانتخابي", "الانتخابية", "التأديبي", "التأديبية",
    "القضائي", "القضائية", "الأمني", "الأمنية", "الفني", "الفنية", "المالي", "المالية", "الداخلي", "الداخلية",
    "الخارجي", "الخارجية", "الرسمي", "الرسمية", "الحكومي", "الحكومية", "البرلماني", "البرلمانية", "الأولى", "الثانية",
))
# Adjectives of rank that, like a nisba, make a definite head a name when a ل-phrase follows
# (الهيئة العليا لتطوير الرياض, الهيئة المستقلة للانتخابات).
_RANKS = frozenset(key_ar(w) for w in ("العليا", "الأعلى", "المستقلة", "المستقل", "العامة", "العام"))
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
# A school is named by the definite head and its nisba only with a seat or a ل-phrase (المدرسة الإعدادية
# بجلمة, المدرسة الوطنية للمهندسين; المدرسة التونسية is the country's schooling), and so is an institute
# whose adjectives say only what kind of school it is (المعهد الثانوي بقفصة; not المعهد الرشيدي).
_SCHOOL = key_ar("مدرسة")
_INSTITUTE = key_ar("معهد")
_SCHOOL_KINDS = frozenset(key_ar(w) for w in (
    "الابتدائية", "الابتدائي", "الإعدادية", "الإعدادي", "الثانوية", "الثانوي", "النموذجية", "النموذجي", "التقنية",
    "التقني", "العمومية", "العمومي", "الخاصة", "الخاص"))
# Words ending like a nisba that are participles (اللجنة المعنية 'the committee concerned').
_NOT_NISBA = frozenset(key_ar(w) for w in ("المعنية", "المعني", "المعنيين", "المعنيون"))
# A parliamentary committee's designation may be long (لجنة الصناعة والطاقة والموارد الطبيعية والبنية
# الأساسية والبيئة).
_MAX_DESIGNATION = 8
_ABROAD = key_ar("بالخارج")
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
    seat = _seat_end(words, i, k, court=head.head == "محكمة")  # المحكمة الابتدائية بسوسة, الجمعية الرياضية بجربة
    if seat == k and not lam and (key_ar(head.head) == _SCHOOL or key_ar(head.head) == _INSTITUTE and all(
            words[m].norm in _SCHOOL_KINDS for m in range(i + 1, k))):
        return None  # المدرسة الابتدائية, المدرسة التونسية, المعهد الثانوي: a kind of school, not one
    k = seat
    return _candidate(words, reading.start, i, k, head, "definite_nisba", words[i].text[reading.start - words[i].start:],
                      country=country if not country.startswith("region:") else "", label="ORG")
