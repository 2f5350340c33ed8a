"""Dates and times: calendar names from ``calendar_ar.tsv`` with numbers, by rule.

A date is one of these, read left to right from a word (a proclitic و/ب/ل/ف may sit on the first):

* a **weekday**, optionally headed by يوم and followed by a date or a relative word: ``الأحد``, ``يوم
  الاحد 9 أفريل 2017``, ``يوم الثلاثاء الفارط``; يوم also heads a date in figures (``يوم 13-12-2016``);
* a **day and month**: a day number (1-31) or an ordinal day (``الثامن``, ``التاسع عشر``) joined by
  من (and شهر: ``الخامس عشر من شهر مارس``; an ordinal right after a definite noun is its adjective,
  ``النصف الثاني من شهر نوفمبر``), the month (any of the four series, or a Hijri month), then an optional year and a relative
  word (``الماضي``, ``الجاري``, ``المقبل``, ``الفارط``): ``22 جانفي 1952``, ``الثامن من جانفي الماضي``;
  a range that shares its month is one date (``من 15 إلى 20 نوفمبر`` → ``15 إلى 20 نوفمبر``), and so is
  a range whose first day borrows its year (``من 05 فيفري إلى غاية يوم 11 فيفري 2017``), and so are
  days coordinated by و or أو before their month (``يومي 8 و9 مارس`` → ``8 و9 مارس``, ``8 أو9 أو10
  سبتمبر``; canonical the days joined by commas); a day of a month named by anaphora counts (``26
  من الشهر ذاته``); a day written onto و (``و3 مارس الجاري``) starts after the و;
* a **month** with an optional head شهر, year and relative word (``شهر جوان``, ``أكتوبر 2016``; a
  year after its head, with or without من, too: ``جانفي العام 2015``, ``ديسمبر من سنة 2016``); a
  month name that is also a common word (مارس, آب, صفر, رجب) only with a day, a year, شهر or a
  relative word (``مارس المقبل``);
* a **year**: after سنة / عام (``عام 2014``, head inside), or a four-digit number from 1800 to 2099
  after a time preposition (في, منذ, خلال, حتى, قبل, بعد, مطلع, نهاية, أفق ...) or before punctuation,
  and not before a counted noun (``2000 شخص``; a preposition or other function word after it is
  none: ``قبل نهاية 2014 في``, ``منذ 1998 أنها``);
  after a dual head (``عامي 2013 و2014``: two years, the head outside), and as the second year of a
  pair or a range (``2014 - 2017``, ``من 2011 إلى 2016``, ``و2014`` written onto و, which then
  starts after the و); ``م``, ``هـ``, ``ميلادي`` after it belong to it;
* a **decade** (``الثمانينات``, ``التسعينيات``) and a **holiday** (``عيد الفطر``, ``المولد النبوي``),
  and a named observance day: اليوم العالمي, الدولي or الوطني with its ل-phrase (``اليوم العالمي
  للمستهلك``, ``اليوم العالمي لحقوق الإنسان``), or يوم with one or two definite nouns before
  العالمي, الدولي or الوطني (``يوم الصحة العالمي``; no weekday: يوم الجمعة); canonical the phrase as
  normalized;
* a **clock time**: ``الساعة`` with a number (``الساعة 6``, ``الساعة 12:30``) or an hour word
  (``الساعة الخامسة``), an optional fraction (``والنصف``) and part of the day (``صباحا``, ``مساء``);
  a bare ``6:30`` too.
* a **date in figures** the tokenizer keeps as one token: ``12/04/2017``, ``12.04.2017``,
  ``2017-04-12``; a range of days before a month ``15-20 نوفمبر`` (the first day borrows the
  month). The years of a span (``2016-2020``) are two dates: each is complete.

Deictic words are not dates (``اليوم``, ``أمس``, ``الشهر الجاري``): before a weekday they stay
outside (``اليوم الأحد`` → ``الأحد``). The canonical value is ISO 8601 where it can be:
``2016-01-18``, ``--11-18`` (no year), ``2016-11``, ``---26`` (a day of a month named elsewhere),
``T17:00``; a weekday or holiday alone gives its English name, a range ``--11-15/--11-20``.

>>> from helpers.entities.words import entity_words_ar
>>> [(c.canonical, c.rule) for c in find_dates_ar(entity_words_ar("اليوم الإثنين 18 جانفي 2016 على الساعة الخامسة مساء"))]
[('2016-01-18', 'weekday'), ('T17:00', 'time')]
"""

from __future__ import annotations

import re

from collections.abc import Sequence
from functools import lru_cache

from helpers.entities.base import Candidate
from helpers.entities.clues import is_time_word_ar
from helpers.entities.gazetteers import CalendarName, calendar_ar, key_ar
from helpers.entities.words import EntityWord, is_function_word_ar

__all__ = ["find_dates_ar", "ORDINAL_DAYS_AR", "HOUR_WORDS_AR"]

_UNITS = ("", "الحادي", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع")
_ORDINALS = ("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر")


def _ordinal_days() -> dict[str, int]:
    days = {form: k + 1 for k, form in enumerate(_ORDINALS)}
    days["الواحد"] = 1
    for unit in range(1, 10):
        days[f"{_UNITS[unit]} عشر"] = 10 + unit
    for tens, word in ((20, "العشرين"), (30, "الثلاثين")):
        days[word] = tens
        for unit in range(1, 10 if tens == 20 else 2):
            days[f"{_UNITS[unit]} و{word}"] = tens + unit
    return days


#: Ordinal day phrases (``الثامن``, ``التاسع عشر``, ``الحادي والعشرين``) -> day of the month.
ORDINAL_DAYS_AR: dict[str, int] = _ordinal_days()
#: Hour words after الساعة -> the hour (``الخامسة`` -> 5).
HOUR_WORDS_AR: dict[str, int] = {
    "الواحدة": 1, "الثانية": 2, "الثالثة": 3, "الرابعة": 4, "الخامسة": 5, "السادسة": 6, "السابعة": 7,
    "الثامنة": 8, "التاسعة": 9, "العاشرة": 10, "الحادية عشرة": 11, "الثانية عشرة": 12,
    "منتصف النهار": 12, "منتصف الليل": 0,
}
_FRACTIONS = {"والنصف": 30, "والربع": 15, "والثلث": 20}
_PERIODS = {"صباحا": "am", "صباح": "am", "فجرا": "am", "ظهرا": "noon", "مساء": "pm", "مساءا": "pm", "عصرا": "pm",
            "ليلا": "night", "بعد الزوال": "pm", "بعد الظهر": "pm", "بعد الظهيرة": "pm"}
_PERIODS = {key_ar(k): v for k, v in _PERIODS.items()}
_RELATIVE = frozenset(key_ar(w) for w in ("الماضي", "الفارط", "المنصرم", "المنقضي", "الجاري", "الحالي", "المقبل", "القادم"))
_SAME_MONTH = frozenset(key_ar(w) for w in ("ذاته", "نفسه", "الجاري", "الماضي", "المقبل", "الحالي", "القادم", "الفارط"))
_YEAR_SUFFIX = frozenset(key_ar(w) for w in ("م", "هـ", "ه", "ميلادي", "للميلاد", "هجري", "للهجرة"))
_YEAR_HEADS = frozenset(key_ar(w) for w in ("سنة", "عام", "العام", "السنة"))
_OF = key_ar("من")
_RANGE = frozenset(key_ar(w) for w in ("إلى", "الى", "حتى", "و"))
_COORDINATORS = frozenset(key_ar(w) for w in ("و", "أو"))
# Dual heads shared by two years (عامي 2013 و2014): outside the spans, which are the years.
_DUAL_YEAR_HEADS = frozenset(key_ar(w) for w in ("عامي", "سنتي", "العامين", "السنتين"))
_YEAR_CONTEXT = frozenset(key_ar(w) for w in (
    "في", "منذ", "خلال", "حتى", "قبل", "بعد", "من", "إلى", "مطلع", "أواخر", "أوائل", "بداية", "نهاية", "موسم",
    "عام", "سنة", "ربيع", "صيف", "خريف", "شتاء", "منتصف", "أفق", "آفاق",
))
_DECADES = {key_ar(w): v for w, v in (("العشرين", 1920), ("الثلاثين", 1930), ("الأربعين", 1940), ("الخمسين", 1950),
                                       ("الستين", 1960), ("السبعين", 1970), ("الثمانين", 1980), ("التسعين", 1990))}


@lru_cache(maxsize=1)
def _ordinal_phrases() -> dict[tuple[str, ...], int]:
    return {tuple(key_ar(form).split()): day for form, day in ORDINAL_DAYS_AR.items()}


@lru_cache(maxsize=1)
def _hour_phrases() -> dict[tuple[str, ...], int]:
    return {tuple(key_ar(form).split()): hour for form, hour in HOUR_WORDS_AR.items()}


def _clock(w: EntityWord) -> tuple[int, int] | None:
    """Hour and minute of a token the tokenizer keeps whole (``12:30``), else None."""
    hour, colon, minute = w.text.partition(":")
    if w.kind != "number" or not colon or not hour.isdigit() or not minute.isdigit() or len(minute) != 2:
        return None
    return int(hour), int(minute)


_NUMERIC_DATE = re.compile(r"(\d{1,4})([-/.])(\d{1,2})\2(\d{1,4})")
_NUMERIC_PAIR = re.compile(r"(\d{1,4})[-/](\d{1,4})")


def _numeric_date(w: EntityWord) -> tuple[str, str] | None:
    """A date the tokenizer keeps in one token: ``12/04/2017``, ``2017-04-12``.

    Returns (canonical, rule) or None. Day-month-year and year-month-day orders are read.
    """
    if w.kind != "number":
        return None
    m = _NUMERIC_DATE.fullmatch(w.text)
    if m:
        a, b, c = int(m[1]), int(m[3]), int(m[4])
        day, month, year = (c, b, a) if len(m[1]) == 4 else (a, b, c) if len(m[4]) == 4 else (None, None, None)
        if year is not None and 1800 <= year <= 2099 and 1 <= month <= 12 and 1 <= day <= 31:
            return _iso(year, month, day), "date"
        return None
    return None


def _day_range(w: EntityWord) -> tuple[int, int] | None:
    """A range of days in one token (``15-20``), else None."""
    m = _NUMERIC_PAIR.fullmatch(w.text) if w.kind == "number" else None
    if m and len(m[1]) <= 2 and len(m[2]) <= 2 and 1 <= int(m[1]) < int(m[2]) <= 31:
        return int(m[1]), int(m[2])
    return None


_LINKED = re.compile(r"(و|أو|او)(\d{1,4})")


def _digits(w: EntityWord) -> str:
    """The digits of a number token, or of a number written onto و or أو (``و9``, ``أو10``, ``و2014``)."""
    if w.kind == "number":
        return w.text
    m = _LINKED.fullmatch(w.text) if w.kind == "mixed" else None
    return m[2] if m else ""


def _link_length(w: EntityWord) -> int:
    """How many letters of و/أو stand before the digits of ``w`` (0 for a plain number)."""
    return len(w.text) - len(_digits(w)) if _digits(w) else 0


def _number(w: EntityWord) -> int | None:
    digits = _digits(w)
    return int(digits) if digits.isdigit() else None


# table id -> (the table, its phrases by first word, longest first): built once per table.
_INDEXES: dict[int, tuple[dict, dict[str, list[tuple[tuple[str, ...], object]]]]] = {}


def _by_first_word(table: dict[tuple[str, ...], object]) -> dict[str, list[tuple[tuple[str, ...], object]]]:
    """The phrases of ``table`` grouped by their first word, longest first (a table's phrases are distinct)."""
    kept = _INDEXES.get(id(table))
    if kept is None or kept[0] is not table:
        index: dict[str, list[tuple[tuple[str, ...], object]]] = {}
        for phrase, value in table.items():
            index.setdefault(phrase[0], []).append((phrase, value))
        for entries in index.values():
            entries.sort(key=lambda entry: -len(entry[0]))
        kept = _INDEXES[id(table)] = (table, index)
    return kept[1]


class _Reader:
    """Matches calendar phrases and numbers over the tokens."""

    def __init__(self, words: Sequence[EntityWord]) -> None:
        self.words = words

    def norm(self, j: int) -> str:
        return self.words[j].norm if 0 <= j < len(self.words) else ""

    def joined(self, j: int) -> bool:
        return 0 <= j < len(self.words) and self.words[j].space_before

    def phrase(self, j: int, table: dict[tuple[str, ...], object], first: str | None = None) -> tuple[object, int] | None:
        """The longest phrase of ``table`` at ``j`` (``first``: the first word's form to use)."""
        for phrase, value in _by_first_word(table).get(first if first is not None else self.norm(j), ()):
            if j + len(phrase) > len(self.words):
                continue
            if all(self.joined(j + k) and self.norm(j + k) == phrase[k] for k in range(1, len(phrase))):
                return value, j + len(phrase)
        return None

    def month(self, j: int, first: str | None = None) -> tuple[CalendarName, int] | None:
        found = self.phrase(j, calendar_ar(), first)
        if found is None or found[0].kind not in ("month", "hijri_month"):
            return None
        return found  # type: ignore[return-value]

    def year(self, j: int) -> int | None:
        n = _number(self.words[j]) if 0 <= j < len(self.words) else None
        return n if n is not None and 1000 <= n <= 2100 and len(_digits(self.words[j])) == 4 else None

    def day(self, j: int) -> int | None:
        n = _number(self.words[j]) if 0 <= j < len(self.words) else None
        return n if n is not None and 1 <= n <= 31 and len(_digits(self.words[j])) <= 2 else None

    def linked_day(self, j: int) -> int | None:
        """A day at ``j`` written onto و or أو (``و9``, ``أو10``), or after a separate و or أو: the
        index after it, or None."""
        if not self.joined(j):
            return None
        if _link_length(self.words[j]) and self.day(j) is not None:
            return j + 1
        if self.norm(j) in _COORDINATORS and self.joined(j + 1) and self.words[j + 1].kind == "number" \
                and self.day(j + 1) is not None:
            return j + 2
        return None


def _iso(year: int | None, month: int | None, day: int | None) -> str:
    if month is None:
        return f"{year:04d}" if year else ""
    if day is None:
        return f"{year:04d}-{month:02d}" if year else f"--{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def _after_year(r: _Reader, j: int) -> int:
    """Index after a year's suffix (م, هـ, ميلادي) and a relative word, if any."""
    if r.joined(j) and r.norm(j) in _YEAR_SUFFIX:
        j += 1
    return j


def _after_relative(r: _Reader, j: int) -> int:
    return j + 1 if r.joined(j) and r.norm(j) in _RELATIVE else j


def _month_tail(r: _Reader, j: int) -> tuple[int, int | None]:
    """After a month: an optional year (and its suffix) and relative word; (index after, year)."""
    year = r.year(j) if r.joined(j) else None
    if year is not None:
        return _after_relative(r, _after_year(r, j + 1)), year
    # a year after its head, with or without من: جانفي العام 2015, ديسمبر من سنة 2016
    k = j + 1 if r.joined(j) and r.norm(j) == _OF else j
    if r.joined(k) and r.norm(k) in _YEAR_HEADS and r.joined(k + 1) and r.year(k + 1) is not None:
        return _after_year(r, k + 2), r.year(k + 1)
    return _after_relative(r, j), None


def _day_month(r: _Reader, j: int, first: str | None = None) -> tuple[int, str] | None:
    """A day and month starting at ``j``: (index after, canonical)."""
    day = r.day(j) if first is None else None
    k = j + 1
    ordinal = False
    days = _day_range(r.words[j]) if first is None and j < len(r.words) else None
    if days is not None:  # 15-20 نوفمبر, the range in one token
        month = r.month(k) if r.joined(k) else None
        if month is None:
            return None
        after, year = _month_tail(r, month[1])
        return after, f"{_iso(year, month[0].value, days[0])}/{_iso(year, month[0].value, days[1])}"
    if day is None:
        found = r.phrase(j, _ordinal_phrases(), first)
        if found is None:
            return None
        before = r.words[j - 1] if j > 0 and first is None else None
        if before is not None and before.space_before and before.kind == "arabic" and before.norm.startswith("ال") \
                and not is_function_word_ar(before.text):
            return None  # النصف الثاني من شهر نوفمبر, الأسبوع الأول من فيفري: the ordinal is a noun's adjective
        day, k = found  # type: ignore[assignment]
        ordinal = True
    # a range sharing its month: 15 إلى 20 نوفمبر
    if not ordinal and r.joined(k) and r.norm(k) in _RANGE and r.day(k + 1) is not None and r.joined(k + 1):
        end_day = r.day(k + 1)
        month = r.month(k + 2) if r.joined(k + 2) else None
        if month is not None:
            after, year = _month_tail(r, month[1])
            m = month[0].value
            return after, f"{_iso(year, m, day)}/{_iso(year, m, end_day)}"
    # coordinated days sharing their month: 8 و9 مارس, 8 أو9 أو10 سبتمبر (one span: all but the last
    # borrow the month)
    if not ordinal:
        days_k, more = k, [day]
        while (nxt := r.linked_day(days_k)) is not None and len(more) < 6:
            more.append(r.day(nxt - 1))
            days_k = nxt
        month = r.month(days_k) if len(more) > 1 and r.joined(days_k) else None
        if month is not None:
            after, year = _month_tail(r, month[1])
            m = month[0].value
            return after, ",".join(_iso(year, m, d) for d in more)
    has_min = r.joined(k) and r.norm(k) == "من"
    if has_min:
        k += 1
    elif ordinal:
        return None
    if r.joined(k) and r.norm(k) == "الشهر" and r.joined(k + 1) and r.norm(k + 1) in _SAME_MONTH and has_min:
        return k + 2, f"---{day:02d}"
    if has_min and r.joined(k) and r.norm(k) == "شهر" and r.month(k + 1) is not None:
        k += 1  # الخامس عشر من شهر مارس
    month = r.month(k) if r.joined(k) else None
    if month is None:
        return None
    after, year = _month_tail(r, month[1])
    if month[0].kind == "hijri_month":
        return after, f"{day} {month[0].english}" + (f" {year}" if year else "")
    return after, _iso(year, month[0].value, day)


def _time(r: _Reader, j: int) -> tuple[int, str] | None:
    """A clock time at ``j`` (after الساعة, or a bare H:MM)."""
    hour = _number(r.words[j]) if j < len(r.words) else None
    minute = 0
    k = j + 1
    clock = _clock(r.words[j]) if j < len(r.words) else None
    if clock is not None:
        hour, minute = clock
    elif hour is not None:
        if k + 1 < len(r.words) and r.words[k].text == ":" and not r.words[k].space_before \
                and not r.words[k + 1].space_before and _number(r.words[k + 1]) is not None:
            minute = _number(r.words[k + 1]) or 0
            k += 2
    else:
        found = r.phrase(j, _hour_phrases())
        if found is None:
            return None
        hour, k = found  # type: ignore[assignment]
        if r.joined(k) and r.norm(k) in _FRACTIONS:
            minute = _FRACTIONS[r.norm(k)]
            k += 1
    if hour is None or not 0 <= hour <= 24 or not 0 <= minute < 60:
        return None
    period = _PERIODS.get(r.norm(k)) if r.joined(k) else None
    if period is None and r.joined(k) and r.joined(k + 1):
        period = _PERIODS.get(f"{r.norm(k)} {r.norm(k + 1)}")
        k += 1 if period is not None else 0
    if period is not None:
        k += 1
        if period in ("pm", "night") and hour < 12 and not (period == "night" and hour < 5):
            hour += 12
    return k, f"T{hour:02d}:{minute:02d}"


# Words after a year that are no counted noun (قبل نهاية 2014 في اطار), unless a percentage follows.
_NOT_COUNTED = frozenset(key_ar(w) for w in ("في", "على", "إلى", "الى", "عن", "مع", "بين", "خلال", "منذ", "حيث", "ثم", "قد", "لدى", "بعد", "قبل"))
_PERCENT = frozenset(key_ar(w) for w in ("المائة", "المئة", "المائه"))


def _year_alone(r: _Reader, j: int, first: str | None) -> bool:
    """Whether a bare four-digit number at ``j`` reads as a year (see the module docstring)."""
    year = r.year(j)
    if year is None or not 1800 <= year <= 2099:
        return False
    before = r.words[j - 1] if j > 0 else None
    context = before is not None and (before.norm in _YEAR_CONTEXT | _DUAL_YEAR_HEADS
                                      or any(rd.stem in _YEAR_CONTEXT for rd in before.readings))
    # the second year of a pair or a range: 2013 و2014, 2006 و 2008, 2014 - 2017, 2011 إلى 2016
    linked = (_link_length(r.words[j]) > 0 and r.year(j - 1) is not None) or (
        before is not None and (before.text in ("-", "–") or before.norm in _RANGE) and r.year(j - 2) is not None)
    if _link_length(r.words[j]) and not linked:
        return False  # و2014 after anything but a year is a count (و2000 دينار) or a name's part
    nxt = r.words[j + 1] if j + 1 < len(r.words) else None
    ends = nxt is None or nxt.kind in ("punct", "symbol") or not nxt.space_before and nxt.kind != "arabic"
    counted = nxt is not None and nxt.kind == "arabic" and nxt.norm not in _YEAR_SUFFIX | _RELATIVE \
        and not nxt.norm.startswith(("و", "ال")) and nxt.space_before \
        and not ((nxt.norm in _NOT_COUNTED or is_function_word_ar(nxt.text)) and r.norm(j + 2) not in _PERCENT)
    # 2000 شخص, not في 2012 الأمير, 2014 في اطار, منذ 1998 أنها: a function word is counted by no number
    return linked or ((context or ends) and not counted)  # سنتي 2016 و2017 شريطة: a pair's second year


_DAY_OF = frozenset(key_ar(w) for w in ("العالمي", "الدولي", "الوطني"))


def _observance(r: _Reader, i: int, word: str) -> int | None:
    """Index after a named observance day (اليوم العالمي للمستهلك, اليوم الوطني للباس التقليدي,
    اليوم العالمي لحقوق الإنسان), or None: اليوم + العالمي/الدولي/الوطني + a ل-phrase; or يوم + one
    or two definite nouns + العالمي/الدولي/الوطني (يوم الصحة العالمي, يوم المرأة العالمي)."""
    if word == key_ar("يوم"):
        return _day_of_noun(r, i)
    if word != key_ar("اليوم") or not (r.joined(i + 1) and r.norm(i + 1) in _DAY_OF and r.joined(i + 2)):
        return None
    lams = [rd for rd in r.words[i + 2].readings if rd.proclitic == "ل" and len(rd.stem) >= 3]
    if not lams:
        return None
    k = i + 3
    if not any(rd.stem.startswith("ال") for rd in lams) and r.joined(k) and r.norm(k).startswith("ال") \
            and not is_function_word_ar(r.words[k].text):
        k += 1  # لحقوق الإنسان: a construct's genitive (not للتضامن إلى)
    while r.joined(k) and r.norm(k).startswith("ال") and r.norm(k).endswith(("ي", "يه")) and k - i < 6 \
            and not is_function_word_ar(r.words[k].text):
        k += 1  # للباس التقليدي: its adjectives
    return k


def _day_of_noun(r: _Reader, i: int) -> int | None:
    """Index after يوم + one or two definite nouns + العالمي/الدولي/الوطني (يوم الصحة العالمي), or None.

    The nouns are no weekday, month or other time word (يوم الجمعة), no adjective in -ي (يوم
    الانتخابي) and no function word."""
    k = i + 1
    while k - i <= 2 and r.joined(k) and r.words[k].kind == "arabic" and r.norm(k).startswith("ال") \
            and r.norm(k) not in _DAY_OF and not r.norm(k).endswith(("ي", "يه")) and not is_time_word_ar(r.norm(k)) \
            and (r.norm(k),) not in calendar_ar() and not is_function_word_ar(r.words[k].text):
        k += 1
    return k + 1 if k > i + 1 and r.joined(k) and r.norm(k) in _DAY_OF else None


def _date_at(r: _Reader, i: int, first: str | None) -> tuple[int, str, str] | None:
    """The longest date starting at word ``i``: (index after, canonical, rule)."""
    word = first if first is not None else r.norm(i)
    day_of = _observance(r, i, word)
    if day_of is not None:
        return day_of, " ".join([word, *(r.norm(k) for k in range(i + 1, day_of))]), "holiday"
    start_head = word == "يوم"
    j = i + 1 if start_head else i
    first_j = None if start_head else first
    # weekday, optionally followed by a date
    cal = r.phrase(j, calendar_ar(), first_j) if (not start_head or r.joined(j)) else None
    if cal is not None and cal[0].kind == "weekday":
        k = cal[1]
        if r.joined(k):
            dm = _day_month(r, k)
            if dm is not None:
                return dm[0], dm[1], "weekday"
        return _after_relative(r, k), cal[0].english, "weekday"  # يوم الثلاثاء الفارط
    if start_head:
        if r.joined(j):
            dm = _day_month(r, j)
            if dm is not None:
                return dm[0], dm[1], "date"
            numeric = _numeric_date(r.words[j])
            if numeric is not None:
                return _after_year(r, j + 1), numeric[0], numeric[1]  # يوم 13-12-2016: the head inside, as with a month
        return None
    dm = _day_month(r, i, first)
    if dm is not None:
        return dm[0], dm[1], "date"
    if cal is not None and cal[0].kind == "holiday":
        return cal[1], cal[0].english, "holiday"
    if word == "شهر" and r.joined(i + 1):
        month = r.month(i + 1)
        if month is not None:
            after, year = _month_tail(r, month[1])
            return after, _iso(year, month[0].value, None) if month[0].kind == "month" else month[0].english, "month"
    month = r.month(i, first)
    if month is not None:
        after, year = _month_tail(r, month[1])
        if month[0].ambiguous and year is None and after == month[1]:
            return None  # مارس 'he practised'; مارس المقبل is the month
        if month[0].kind == "hijri_month":
            return after, month[0].english + (f" {year}" if year else ""), "month"
        return after, _iso(year, month[0].value, None), "month"
    if word in _YEAR_HEADS and r.joined(i + 1) and r.year(i + 1) is not None:
        return _after_relative(r, _after_year(r, i + 2)), str(r.year(i + 1)), "year"
    numeric = _numeric_date(r.words[i]) if first is None else None
    if numeric is not None:
        return _after_year(r, i + 1), numeric[0], numeric[1]
    if first is None and _year_alone(r, i, first):
        return _after_year(r, i + 1), str(r.year(i)), "year"
    if word == key_ar("الساعة") and r.joined(i + 1):
        t = _time(r, i + 1)
        if t is not None:
            return t[0], t[1], "time"
    if first is None and (_clock(r.words[i]) is not None or r.words[i].kind == "number" and i + 2 < len(r.words)
                          and r.words[i + 1].text == ":" and not r.words[i + 1].space_before
                          and not r.words[i + 2].space_before):
        t = _time(r, i)
        if t is not None:
            return t[0], t[1], "time"
    for stem, year in _DECADES.items():
        for suffix in ("ات", "يات"):
            if word == stem + suffix:
                return i + 1, f"{year}s", "decade"
    return None


def find_dates_ar(words: Sequence[EntityWord]) -> list[Candidate]:
    """Dates and times among ``words`` (rules in the module docstring), as DATE candidates.

    >>> from helpers.entities.words import entity_words_ar
    >>> t = "وصل يوم 18 نوفمبر ويبقى من 15 إلى 20 نوفمبر الجاري، لا في 2000 شخص بل في 26 من الشهر ذاته."
    >>> [(t[c.start:c.end], c.canonical) for c in find_dates_ar(entity_words_ar(t))]
    [('يوم 18 نوفمبر', '--11-18'), ('15 إلى 20 نوفمبر الجاري', '--11-15/--11-20'), ('26 من الشهر ذاته', '---26')]
    """
    r = _Reader(words)
    found: list[Candidate] = []
    i = 0
    while i < len(words):
        w = words[i]
        best = None
        if w.kind in ("arabic", "number", "mixed"):
            options = [(None, w.start + _link_length(w))] + [(rd.stem, rd.start) for rd in w.readings if rd.proclitic]
            for first, start in options:
                got = _date_at(r, i, first)
                if got is not None and (best is None or got[0] > best[0][0]):
                    best = (got, start)
        if best is None:
            i += 1
            continue
        (after, canonical, rule), start = best
        found.append(Candidate(start, words[after - 1].end, i, after - 1, "DATE", "pattern", rule, canonical))
        i = after
    return _borrowed_years(words, found)


_RANGE_LINKS = frozenset(key_ar(w) for w in ("إلى", "الى", "حتى", "غاية"))
_DAY_NO_YEAR = re.compile(r"--(\d\d)-(\d\d)")
_DAY_WITH_YEAR = re.compile(r"(\d{4})-\d\d-\d\d")


def _borrowed_years(words: Sequence[EntityWord], found: list[Candidate]) -> list[Candidate]:
    """Join a day without a year to the day with a year that ends its range (one span, guideline):
    ``من 05 فيفري إلى غاية يوم 11 فيفري 2017`` → ``05 فيفري إلى غاية يوم 11 فيفري 2017``."""
    out: list[Candidate] = []
    for c in found:
        prev = out[-1] if out else None
        if prev is not None and _DAY_NO_YEAR.fullmatch(prev.canonical) and (year := _DAY_WITH_YEAR.fullmatch(c.canonical)):
            between = words[prev.last + 1 : c.first]
            if between and all(w.space_before and w.norm in _RANGE_LINKS for w in between) and words[c.first].space_before:
                out[-1] = Candidate(prev.start, c.end, prev.first, c.last, "DATE", "pattern", "date",
                                    f"{year.group(1)}{prev.canonical[1:]}/{c.canonical}")
                continue
        out.append(c)
    return out
