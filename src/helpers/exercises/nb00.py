"""Exercise checks for notebook 00 (the tour): offsets of the dateline, paragraphs, boilerplate.

Each check compares the student's answer with what the helpers find in the text (by default the
case study, read with :func:`helpers.text.load.read_text_ar`), never with strings copied from the
article, and answers with :class:`~helpers.exercises.Feedback`: what is right, or what is wrong
and a hint.

>>> check_paragraph_count(...)
✗ Not yet. No answer yet: replace the ... with your code.
   Hint 1 of 2: A body paragraph is a block of the article's own prose. The headline, the dateline and the page's boilerplate are parts of other kinds.
>>> check_paragraph_count(len(_structure(None).paragraphs))
✓ Correct. The article has 6 body paragraphs: the headline, the dateline and the boilerplate are not counted.
"""

from __future__ import annotations

from numbers import Integral
from typing import Any

from helpers.exercises.feedback import Feedback, correct, not_yet, unanswered
from helpers.exercises.registry import exercise, hints_for
from helpers.exercises.texts import case_study_text
from helpers.text.spans import Span
from helpers.text.structure import ArticleStructure, split_article_ar, split_blocks_ar

__all__ = ["hint", "check_dateline", "check_paragraph_count", "check_without_boilerplate"]

#: Show the next staged hint of an exercise of this notebook: ``hint("ex2")``.
hint = hints_for(__name__)


_case_study = case_study_text


def _text(text: str | None) -> str:
    return _case_study() if text is None else text


def _structure(text: str | None) -> ArticleStructure:
    return split_article_ar(_text(text))


def _short(s: str, width: int = 40) -> str:
    """A one-line preview of ``s`` for a message (line breaks shown as ⏎)."""
    one_line = s.replace("\r\n", "⏎").replace("\n", "⏎").replace("\r", "⏎")
    return one_line if len(one_line) <= width else one_line[: width - 1] + "…"


def _describe(ch: str) -> str:
    """Name a character for a message: line breaks and spaces by name, others quoted."""
    names = {"\n": "the line break", "\r": "the carriage return", " ": "the space", "\t": "the tab"}
    return names.get(ch, repr(ch))


def _is_int(value: Any) -> bool:
    return isinstance(value, Integral) and not isinstance(value, bool)


def _role_of(structure: ArticleStructure, start: int, end: int) -> str | None:
    """The label of the part whose offsets are exactly ``start:end``, if any."""
    for span in structure.spans():
        if (span.start, span.end) == (start, end):
            return span.label
    return None


@exercise(1, "The dateline's offsets", hints=(
    'An offset is a position in the string, counted from 0. A span is (start, end), end one past its last character, so that text[start:end] gives the span back.',
    'Section 4 has found the dateline already: split_article_ar keeps it with its offsets. Test your pair with text[start:end].',
))
def check_dateline(answer: Any, text: str | None = None) -> Feedback:
    """Check ``answer``, the ``(start, end)`` offsets of the dateline (a :class:`Span` is accepted too).

    Args:
        answer: a pair of ints (or a Span); ``...`` if not answered yet.
        text: the article; ``None`` means the case study.

    >>> check_dateline((0, 5), "عنوان الخبر هنا\\n\\nبغداد- وكالات:\\n\\nنص الفقرة الأولى.")
    ✗ Not yet. text[0:5] is 'عنوان', which is not the dateline.
       Hint: The dateline is the short line after the headline: a place, a dash and the news source.
    """
    waiting = unanswered(answer)
    if waiting is not None:
        return waiting
    article = _text(text)
    expected = _structure(text).dateline
    if expected is None:
        return not_yet("This text has no dateline that split_article_ar can find.", hint="Use the case study.")
    if isinstance(answer, Span):
        answer = (answer.start, answer.end)
    if isinstance(answer, str):
        if answer.strip() == expected.text:
            return not_yet(
                "That is the dateline's text; the exercise asks for its offsets, two numbers.",
                hint="Give (start, end) such that text[start:end] is that text.",
            )
        return not_yet("The answer should be two numbers (start, end), not a string.")
    if not isinstance(answer, (tuple, list)) or len(answer) != 2 or not all(_is_int(x) for x in answer):
        return not_yet(f"The answer should be a pair of whole numbers (start, end), not {answer!r}.")
    start, end = (int(x) for x in answer)
    if (start, end) == (expected.start, expected.end):
        return correct(f"text[{start}:{end}] is {expected.text!r}: place and source, as in a wire report.")
    if start > end:
        return not_yet(
            f"Your start ({start}) comes after your end ({end}), so text[{start}:{end}] is empty.",
            hint="Offsets go (start, end) with start <= end; swap them.",
        )
    if not (0 <= start and end <= len(article)):
        return not_yet(
            f"The offsets {start}:{end} lie outside the text, which has {len(article)} characters.",
            hint="Offsets run from 0 to len(text).",
        )
    got = article[start:end]
    if start == expected.start and end == expected.end - 1:
        return not_yet(
            f"Your span ends one character too early: text[{start}:{end}] stops before the last character {expected.text[-1]!r}.",
            hint="Remember end is exclusive: it is the offset one past the last character, start + len(dateline).",
        )
    if start == expected.start and end < expected.end:
        return not_yet(
            f"Your span ends {expected.end - end} characters too early: text[{start}:{end}] is {got!r}.",
            hint="end is exclusive: end = start + len(dateline).",
        )
    if start == expected.start + 1 and end == expected.end:
        return not_yet(
            f"Your span starts one character too late: it misses the first character {expected.text[0]!r}.",
            hint="Offsets count from 0, and start is the offset of the first character itself.",
        )
    if start == expected.start - 1 and end == expected.end - 1:
        return not_yet(
            "Your span is shifted one character to the left: it starts too early and ends too early.",
            hint="start is the offset of the first character; end is one past the last.",
        )
    if start == expected.start and end == expected.end + 1:
        return not_yet(
            f"Your span ends one character too late: it also takes in {_describe(article[end - 1])} after the dateline.",
            hint="Remember end is exclusive: it is the offset one past the last character, start + len(dateline).",
        )
    if got.strip() == expected.text:
        return not_yet(
            f"Your span also takes in whitespace around the dateline ({_short(got)!r}).",
            hint="Trim it: the span should begin and end with a visible character.",
        )
    if expected.text in got:
        return not_yet(
            f"Your span contains the dateline but more besides: text[{start}:{end}] is {_short(got)!r}.",
            hint="end is exclusive; end = start + len(dateline).",
        )
    role = _role_of(_structure(text), start, end)
    if role is not None:
        return not_yet(
            f"text[{start}:{end}] is the {role}, not the dateline.",
            hint="The dateline is the short line after the headline: a place, a dash and the news source.",
        )
    return not_yet(
        f"text[{start}:{end}] is {_short(got)!r}, which is not the dateline.",
        hint="The dateline is the short line after the headline: a place, a dash and the news source.",
    )


@exercise(2, 'Count the paragraphs', hints=(
    "A body paragraph is a block of the article's own prose. The headline, the dateline and the page's boilerplate are parts of other kinds.",
    'The parts table of section 4 gives every block its label; count only the blocks labelled paragraph.',
))
def check_paragraph_count(answer: Any, text: str | None = None) -> Feedback:
    """Check ``answer``, the number of body paragraphs that :func:`split_article_ar` finds.

    Args:
        answer: an int; ``...`` if not answered yet.
        text: the article; ``None`` means the case study.

    >>> check_paragraph_count(2, "عنوان الخبر هنا\\n\\nنص الفقرة الأولى.\\n\\nالفقرة الثانية.")
    ✓ Correct. The article has 2 body paragraphs: the headline, the dateline and the boilerplate are not counted.
    """
    waiting = unanswered(answer)
    if waiting is not None:
        return waiting
    article = _text(text)
    structure = _structure(text)
    expected = len(structure.paragraphs)
    if isinstance(answer, (list, tuple)):
        return not_yet(f"You gave a {type(answer).__name__} of {len(answer)} items, not a number.", hint="Count it with len(...).")
    if isinstance(answer, str):
        return not_yet(f"You gave the string {answer!r}, not a number.", hint="Give an int, e.g. len(structure.paragraphs), without quotes.")
    if not _is_int(answer):
        return not_yet(f"A count is a whole number, not {answer!r}.")
    if answer == expected:
        return correct(
            f"The article has {expected} body paragraphs: the headline, the dateline and the boilerplate are not counted."
        )
    blocks = len(split_blocks_ar(article))
    lines = article.splitlines()
    others = {
        "headline": structure.headline is not None,
        "dateline": structure.dateline is not None,
        "boilerplate": len(structure.boilerplate),
    }
    if answer == blocks and blocks != expected:
        return not_yet(
            f"{answer} is the number of all blocks: it includes the headline, the dateline and the boilerplate.",
            hint="Only the body counts: len(split_article_ar(text).paragraphs).",
        )
    if answer == len(lines) and len(lines) != expected:
        return not_yet(
            f"{answer} is the number of lines, blank lines included.",
            hint="Paragraphs are separated by blank lines; let split_article_ar find them.",
        )
    if answer == blocks - others["boilerplate"] and answer != expected:
        return not_yet(
            f"{answer} includes the headline and the dateline.",
            hint="They are parts of their own: structure.headline and structure.dateline.",
        )
    if answer == expected + others["boilerplate"] and others["boilerplate"]:
        return not_yet(
            f"{answer} includes the boilerplate at the end of the page, which is not part of the article.",
            hint="Boilerplate is in structure.boilerplate, not in structure.paragraphs.",
        )
    if answer < 0:
        return not_yet("A count cannot be negative.")
    direction = "few" if answer < expected else "many"
    return not_yet(f"{answer} is too {direction}.")


def _whitespace_changes(answer: str, expected: str) -> list[str]:
    """Say how ``answer`` differs from ``expected`` in whitespace at its ends (they match stripped).

    >>> _whitespace_changes("نص", "نص\\n\\n")
    ['removed 2 whitespace characters at the end']
    >>> _whitespace_changes(" نص", "نص")
    ['added 1 whitespace character at the start']
    """
    notes = []
    ends = {
        "start": (len(answer) - len(answer.lstrip()), len(expected) - len(expected.lstrip())),
        "end": (len(answer) - len(answer.rstrip()), len(expected) - len(expected.rstrip())),
    }
    for where, (got, want) in ends.items():
        if got != want:
            n = abs(got - want)
            verb = "removed" if got < want else "added"
            notes.append(f"{verb} {n} whitespace character{'s' if n != 1 else ''} at the {where}")
    return notes


@exercise(3, 'Cut out the boilerplate', hints=(
    "Cutting by offsets keeps every other character exactly as it was: keep what lies before the boilerplate's start and after its end.",
    "The boilerplate's span is one of the parts of section 4 (label boilerplate); slicing the text with its two offsets gives the two pieces to keep.",
))
def check_without_boilerplate(answer: Any, text: str | None = None) -> Feedback:
    """Check ``answer``, the article with its boilerplate cut out by offsets.

    The expected text is the original with every boilerplate span removed; whitespace left over
    at the start or end is accepted either way (kept or stripped), and the message says how much
    was removed or added there. Nothing else may change. (An answer made with
    ``text.replace(boilerplate, "")`` gives the same string and cannot be told apart.)

    Args:
        answer: a str; ``...`` if not answered yet.
        text: the article; ``None`` means the case study.

    >>> check_without_boilerplate("نص الفقرة.\\n\\n", "نص الفقرة.\\n\\nعلق هنا")
    ✓ Correct. The boilerplate (1 span, 7 characters) is gone and every other character is as it was.
    >>> check_without_boilerplate("نص الفقرة.", "نص الفقرة.\\n\\nعلق هنا")
    ✓ Correct. The boilerplate (1 span, 7 characters) is gone and every other character is as it was, though you also removed 2 whitespace characters at the end.
    """
    waiting = unanswered(answer)
    if waiting is not None:
        return waiting
    article = _text(text)
    boilerplate = _structure(text).boilerplate
    if not isinstance(answer, str):
        return not_yet(f"The answer should be a string (str), not {type(answer).__name__}.")
    if not boilerplate:
        return not_yet("This text has no boilerplate that split_article_ar can find.", hint="Use the case study.")
    kept, pos = [], 0
    for span in boilerplate:
        kept.append(article[pos : span.start])
        pos = span.end
    kept.append(article[pos:])
    expected = "".join(kept)
    removed = sum(s.end - s.start for s in boilerplate)
    if answer == expected or answer.strip() == expected.strip():
        spans = f"{len(boilerplate)} span{'s' if len(boilerplate) != 1 else ''}"
        done = f"The boilerplate ({spans}, {removed} characters) is gone and every other character is as it was"
        notes = _whitespace_changes(answer, expected)
        return correct(done + (", though you also " + " and ".join(notes) if notes else "") + ".")
    if answer.strip() == article.strip():
        return not_yet("This is the whole article: nothing was cut.")
    left = [s.text for s in boilerplate if s.text in answer and s.text not in expected]
    if left:
        return not_yet(
            f"The boilerplate {_short(left[0])!r} is still there.",
        )
    got, want = answer.strip(), expected.strip()
    # Compare without trimming the answer's end, so a kept space does not count as missing.
    head = answer.lstrip()
    if want.startswith(head) or want.startswith(got):
        lost = want[len(head) :] if want.startswith(head) else want[len(got) :]
        many = len(lost) != 1
        return not_yet(
            f"You cut too much: the last {len(lost)} character{'s' if many else ''} of the article "
            f"({_short(lost)!r}) {'are' if many else 'is'} missing.",
            hint="Cut exactly at the boilerplate's start offset: text[:b.start] keeps everything before it.",
        )
    if got.startswith(want):
        return not_yet(
            f"You kept {len(got) - len(want)} characters too many: {_short(got[len(want):])!r}.",
            hint="Cut at the boilerplate's start offset, b.start, and drop everything up to b.end.",
        )
    first = next((i for i, (a, b) in enumerate(zip(got, want)) if a != b), min(len(got), len(want)))
    return not_yet(
        f"Your text differs from the original at character {first} ({_short(got[first:], 20)!r} instead of "
        f"{_short(want[first:], 20)!r}).",
        hint="Use only slicing with the offsets: no replace(), no normalization, so every other character stays as it was.",
    )
