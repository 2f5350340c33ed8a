"""Exercise checks for notebook 00 (the tour): offsets, spans in a text the notebook has not shown, boilerplate.

Three exercises, each a step harder than the one before:

1. **concept check** (multiple choice): which expression gives a span's last character;
2. **value**: the offsets of the news agency's name in the dateline of the wire report, a text
   the notebook has not shown (``data/comparison/wire_report.txt``): an exact span, in offsets
   of the whole text;
3. **method**: a function that cuts every boilerplate span out of a text by its offsets, run on
   the case study and on texts the student has not seen (a report with no boilerplate, a news
   report with page furniture above and below it).

Expected values are computed with the kit's helpers from the texts, never copied from them.

>>> check_last_character(...)
✗ Not yet. No answer yet: replace the ... with your code.
   Hint 1 of 2: end is exclusive: it is the position one past the finding's last character.
>>> check_agency_span(_agency_span(None)[1]).ok
True
"""

from __future__ import annotations

import re
from numbers import Integral
from typing import Any

from helpers.exercises.choice import multiple_choice
from helpers.exercises.feedback import Feedback, correct, not_yet, unanswered
from helpers.exercises.method import Trial, run_trials, preview
from helpers.exercises.registry import exercise, hints_for
from helpers.exercises.texts import case_study_text, comparison_text, news_text
from helpers.text.spans import Span
from helpers.text.structure import split_article_ar

__all__ = ["hint", "LAST_CHARACTER", "check_last_character", "check_agency_span", "check_without_boilerplate",
           "boilerplate_trials"]

#: Show the next staged hint of an exercise of this notebook: ``hint("ex2")``.
hint = hints_for(__name__)


def _is_int(value: Any) -> bool:
    return isinstance(value, Integral) and not isinstance(value, bool)


# --- exercise 1: a span's last character (concept check) --------------------------------------

#: Exercise 1: the question and its options (show it in the notebook; answer with a letter).
LAST_CHARACTER = multiple_choice(
    "The kit reports a finding in a string text as a span (start, end). Which expression gives "
    "the finding's last character?",
    [
        ("text[end]",
         "end is exclusive: text[end] is the character just after the finding, often the space or "
         "the punctuation mark that follows it."),
        ("text[end - 1]",
         "end is one past the last character, so the last character stands at end - 1; "
         "text[start:end][-1] gives the same character."),
        ("text[start + end]",
         "start and end are both positions in the whole text, not a position and a length: their sum "
         "points far beyond the finding."),
        ("text[end - start]",
         "end - start is the finding's length. Used as a position it counts from the beginning of the "
         "whole text, not from the beginning of the finding."),
    ],
    answer="B",
)


@exercise(1, "A span's last character", hints=(
    "end is exclusive: it is the position one past the finding's last character.",
    "Section 5 sliced the phrase أمس الأربعاء twice, once up to 3 and once up to 4: at which position "
    "does the last letter of أمس stand, and what did the second slice add?",
))
def check_last_character(answer: Any) -> Feedback:
    """Check ``answer``, the letter of the expression that gives a span's last character.

    Args:
        answer: a letter (``"A"`` to ``"D"``); ``...`` if not answered yet.

    >>> check_last_character("a")
    ✗ Not yet. A is not it: end is exclusive: text[end] is the character just after the finding, often the space or the punctuation mark that follows it.
       Hint 1 of 2: end is exclusive: it is the position one past the finding's last character.
    """
    return LAST_CHARACTER.check(answer)


# --- exercise 2: the agency's name in the wire report's dateline (value, exact span) -----------


def _wire_report(text: str | None) -> str:
    return comparison_text("wire_report") if text is None else text


def _agency_span(text: str | None) -> tuple[Span, Span] | None:
    """The dateline and the name in brackets inside it (as a span of the whole text), or ``None``."""
    article = _wire_report(text)
    dateline = split_article_ar(article).dateline
    if dateline is None:
        return None
    m = re.search(r"\(\s*([^()]*?)\s*\)", dateline.text)
    if m is None:
        return None
    start, end = dateline.start + m.start(1), dateline.start + m.end(1)
    return dateline, Span(start, end, article[start:end], "agency")


def _as_pair(answer: Any) -> tuple[int, int] | None:
    if isinstance(answer, Span):
        return answer.start, answer.end
    if isinstance(answer, (tuple, list)) and len(answer) == 2 and all(_is_int(x) for x in answer):
        return int(answer[0]), int(answer[1])
    return None


@exercise(2, "The agency's name in the wire report", hints=(
    "An offset counts from the first character of the whole text, not from the start of the part you "
    "are looking at; and a span ends one past its last character.",
    "split_article_ar gives the wire report's dateline with its own start offset (section 4); find the "
    "name inside the dateline, then add the dateline's start to both of its positions.",
))
def check_agency_span(answer: Any, text: str | None = None) -> Feedback:
    """Check ``answer``, the ``(start, end)`` of the agency's name in the dateline, brackets left out.

    Args:
        answer: a pair of ints (or a :class:`~helpers.text.spans.Span`); ``...`` if not answered yet.
        text: the report; ``None`` means the wire report of ``data/comparison/``.

    >>> t = "عنوان الخبر هنا\\n\\nالموصل (وكالة الأنباء) -\\n\\nافتتح المعرض أبوابه اليوم."
    >>> check_agency_span((8, 21), t)
    ✗ Not yet. (8, 21) are the name's positions inside the dateline string, counted from the dateline's own first character.
       Hint: Offsets count from the start of the whole report: the dateline itself starts at 17.
    >>> check_agency_span((25, 38), t)
    ✓ Correct. text[25:38] is 'وكالة الأنباء': the outlet of the wire report, in offsets of the whole report.
    """
    waiting = unanswered(answer)
    if waiting is not None:
        return waiting
    article = _wire_report(text)
    found = _agency_span(text)
    if found is None:
        return not_yet("This text has no dateline with a name in brackets.", hint="Use the wire report.")
    dateline, agency = found
    if isinstance(answer, str):
        if answer.strip() == agency.text:
            return not_yet("That is the name itself; the exercise asks for its offsets, two whole numbers.",
                           hint="Give (start, end) such that slicing the report from start to end gives the name.")
        return not_yet("The answer should be two whole numbers (start, end), not a string.")
    pair = _as_pair(answer)
    if pair is None:
        return not_yet(f"The answer should be a pair of whole numbers (start, end), not {preview(answer, width=40)}.")
    start, end = pair
    if pair == (agency.start, agency.end):
        return correct(f"text[{start}:{end}] is {agency.text!r}: the outlet of the wire report, in offsets of the whole report.")
    relative = (agency.start - dateline.start, agency.end - dateline.start)
    if pair == relative:
        return not_yet(
            f"({start}, {end}) are the name's positions inside the dateline string, counted from the dateline's own first character.",
            hint=f"Offsets count from the start of the whole report: the dateline itself starts at {dateline.start}.",
        )
    if start > end:
        return not_yet(f"Your start ({start}) comes after your end ({end}).", hint="Offsets go (start, end) with start <= end.")
    if not (0 <= start and end <= len(article)):
        return not_yet(f"The offsets {start}:{end} lie outside the report, which has {len(article):,} characters.")
    if (start, end) == (dateline.start, dateline.end):
        return not_yet("That is the whole dateline: the place, the agency and the dash. The exercise asks for the agency's name only.")
    case = split_article_ar(case_study_text()).dateline
    if text is None and case is not None and (start, end) == (case.start, case.end):
        return not_yet("Those are the offsets of the case study's dateline; the exercise is about the wire report.",
                       hint="Load the wire report first and work on that string.")
    got = article[start:end]
    if start == agency.start and end == agency.end - 1:
        return not_yet(f"Your span ends one character too early: it stops before the last letter {agency.text[-1]!r}.",
                       hint="end is exclusive: it is one past the last character, start + the length of the name.")
    if start == agency.start and end == agency.end + 1:
        return not_yet(f"Your span ends one character too late: it takes in {article[end - 1]!r} after the name.",
                       hint="end is exclusive: it is one past the last character, start + the length of the name.")
    if (start, end) in ((agency.start + 1, agency.end), (agency.start + 1, agency.end + 1)):
        return not_yet(f"Your span starts one character too late: it misses the first letter {agency.text[0]!r}.",
                       hint="start is the offset of the first character itself.")
    if (start, end) in ((agency.start - 1, agency.end), (agency.start - 1, agency.end - 1)):
        return not_yet(f"Your span starts one character too early: it takes in {article[start]!r} before the name.",
                       hint="start is the offset of the name's first letter.")
    if got.strip("() ") == agency.text and got != agency.text:
        return not_yet(f"Your span {got!r} takes in the brackets or the spaces around the name.",
                       hint="The name begins after the opening bracket and ends before the closing one.")
    if agency.text in got:
        return not_yet(f"text[{start}:{end}] contains the name but more besides: {preview(got, width=50)}.")
    return not_yet(f"text[{start}:{end}] of the wire report is {preview(got, width=50)}, which is not the agency's name.")


# --- exercise 3: a function that cuts out the boilerplate (method) ------------------------------


def _cut(text: str) -> str:
    """The kit's result: ``text`` with every boilerplate span cut out, all else as it was."""
    kept, pos = [], 0
    for span in split_article_ar(text).boilerplate:
        kept.append(text[pos : span.start])
        pos = span.end
    kept.append(text[pos:])
    return "".join(kept)


def boilerplate_trials() -> list[Trial]:
    """The texts exercise 3 runs the student's function on: the case study, then two it has not seen.

    >>> [(t.name.split(",")[0], t.seen, len(split_article_ar(t.text).boilerplate)) for t in boilerplate_trials()]
    [('the case study', True, 1), ('the wire report of data/comparison/ (no boilerplate)', False, 0), ('news report dev_03 of data/news/', False, 3)]
    """
    page = ("شارك هذا الخبر\n\n" + news_text("dev_03").rstrip("\n")
            + "\n\nاقرأ أيضاً: أخبار ذات صلة\n\nعلق هنا\n")
    return [
        Trial("the case study", case_study_text()),
        Trial("the wire report of data/comparison/ (no boilerplate)", comparison_text("wire_report"), seen=False),
        Trial("news report dev_03 of data/news/, as a web page shows it (a share line above, two lines of "
              "page furniture below)", page, seen=False),
    ]


def _same_text(got: Any, want: Any) -> bool:
    return isinstance(got, str) and (got == want or got.strip() == want.strip())


def _explain_cut(got: str, want: str, text: str) -> tuple[str, str] | None:
    if not isinstance(got, str):
        return None
    if got.strip() == text.strip():
        return "Nothing was cut.", ""
    spans = split_article_ar(text).boilerplate
    if spans and got.strip() in ("".join(s.text for s in spans), *(s.text for s in spans)):
        return "It kept the boilerplate and dropped the article.", "Keep what lies outside the boilerplate spans, not what lies inside them."
    left = [s for s in spans if s.text in got and s.text not in want]
    if left:
        return (f"{len(left)} of its {len(spans)} boilerplate spans {'is' if len(left) == 1 else 'are'} still there "
                f"({', '.join(repr(s.text) for s in left)}).",
                "A text may have no boilerplate, one span or several, at its end or at its start: cut every one of them.")
    g, w = got.strip(), want.strip()
    if w.startswith(g):
        return f"Your text stops {len(w) - len(g):,} characters too early: it cut away some of the article as well.", ""
    first = next((i for i, (a, b) in enumerate(zip(g, w)) if a != b), min(len(g), len(w)))
    return (f"They first differ at character {first:,} (after trimming the ends): yours has {preview(g[first:], width=20)}, "
            f"the kit's {preview(w[first:], width=20)}.",
            "Cut by offsets only: no replace(), no normalization, so that every other character stays exactly as it was.")


@exercise(3, "A function that cuts out the boilerplate", hints=(
    "Cutting by offsets keeps every other character as it was: keep what lies before each boilerplate "
    "span and after it. A text can have no boilerplate at all, or several spans.",
    "split_article_ar gives every boilerplate span (section 4), in text order; walk through them and "
    "keep the pieces of text between them, from the start of the text to its end.",
))
def check_without_boilerplate(answer: Any) -> Feedback:
    """Check ``answer``, a function ``f(text) -> str`` that returns ``text`` with its boilerplate cut out.

    The function is run on the case study and on two texts the notebook has not shown
    (:func:`boilerplate_trials`); each result must be the text with every boilerplate span cut
    out by its offsets and every other character kept (whitespace at the two ends may be kept or
    stripped).

    Args:
        answer: the student's function; ``...`` (or a function whose body is still ``...``)
            if not answered yet.

    >>> def first_span_only(text):
    ...     b = split_article_ar(text).boilerplate[0]
    ...     return text[: b.start] + text[b.end :]
    >>> print(check_without_boilerplate(first_span_only).message)  # doctest: +ELLIPSIS
    It is right on the case study, but on the wire report of data/comparison/ (no boilerplate) your function raised IndexError: tuple index out of range (line 2 of your function...).
    """
    return run_trials(answer, trials=boilerplate_trials(), expected=_cut, what="text without its boilerplate",
                        same=_same_text, explain=_explain_cut)
