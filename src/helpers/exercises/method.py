"""Method checks: run the student's function on texts it has not seen, and compare with the kit.

A value exercise can be passed by typing a number from the screen; a method exercise cannot.
The student writes a function (``def without_boilerplate(text): ...``) and passes the function
itself to the check. The check runs it on a series of :class:`Trial` texts: usually the case
study first, then texts from ``data/`` that the notebook has not shown (a news report of
``data/news/``, a comparison text), and compares each result with what the kit's own
computation gives for the same text. The first text it fails on is named, with what the
function returned and what was expected (never the code that computes it), the way a tutor
would say "try it on this one".

It also recognises the commonest mistakes of a function: a body still ``...``, the value passed
instead of the function, an error raised on some text (with the line of the function that
raised it), ``None`` returned because ``return`` is missing, a function that reads the
notebook's ``text`` instead of its argument (it returns the case study's answer for every text),
and one that hands the whole job to a kit function the exercise asks the student to write.

>>> trials = [Trial("the short text", "بغداد اليوم"), Trial("a text it has not seen", "البصرة غداً", seen=False)]
>>> def first_word(text):
...     return text.split()[0]
>>> run_trials(first_word, trials=trials, expected=lambda t: t.split()[0], what="first word")
✓ Correct. Your function gives the kit's first word on all 2 texts: the short text, and 1 text it had not seen: a text it has not seen.
>>> def always_baghdad(text):
...     return "بغداد"
>>> print(run_trials(always_baghdad, trials=trials, expected=lambda t: t.split()[0], what="first word").message)
It is right on the short text, but on a text it has not seen it returned 'بغداد', the same as for the short text; the kit's first word there is 'البصرة'. Does your function read its argument, or a variable of the notebook?
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from helpers.exercises.feedback import Feedback, correct, format_number, not_yet, unanswered

__all__ = ["Trial", "run_trials", "preview"]


@dataclass(frozen=True)
class Trial:
    """One text a method check runs the student's function on.

    Attributes:
        name: how the feedback names it: ``"the case study"``, ``"news report dev_06 (data/news/)"``.
        text: the text passed to the function.
        seen: whether the notebook has shown this text (the case study); the others are what
            make the check a test of the method.
        args: what the function is called with, when it takes more than the text (a text and a
            word: ``(text, "القوات")``) or something else (two annotations); ``None`` calls it
            with ``text`` alone.
    """

    name: str
    text: str
    seen: bool = True
    args: tuple[Any, ...] | None = None

    @property
    def inputs(self) -> tuple[Any, ...]:
        """The arguments the function and the kit's computation are called with."""
        return (self.text,) if self.args is None else self.args


def preview(value: Any, *, width: int = 60) -> str:
    """Show ``value`` in a message: short reprs, long strings cut, numbers as a person writes them.

    >>> preview("نص قصير\\n")
    "'نص قصير⏎'"
    >>> preview("ب" * 100, width=10)
    "'ببببببببب…' (100 characters)"
    >>> preview([(1, 2), (5, 9)]), preview(0.123456), preview(None)
    ('[(1, 2), (5, 9)]', '0.123', 'None')
    """
    if isinstance(value, str):
        one_line = value.replace("\r\n", "⏎").replace("\n", "⏎").replace("\r", "⏎")
        if len(one_line) <= width:
            return repr(one_line)
        return repr(one_line[: width - 1] + "…") + f" ({len(value):,} characters)"
    if isinstance(value, float):
        return format_number(value)
    text = repr(value)
    return text if len(text) <= width else text[: width - 1] + "…"


def _kind(value: Any) -> str:
    if value is None:
        return "None"
    if isinstance(value, bool):
        return "a bool"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, (list, tuple)):
        return "a list or tuple"
    if isinstance(value, dict):
        return "a dict"
    return f"a {type(value).__name__}"


def _where_it_raised(function: Callable[..., Any], error: BaseException) -> str:
    """``" (line 3 of your function)"``, if the error was raised inside the student's function."""
    code = getattr(function, "__code__", None)
    if code is None:
        return ""
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename == code.co_filename
              and f.name == code.co_name]
    if not frames or frames[-1].lineno is None:
        return ""
    return f" (line {frames[-1].lineno - code.co_firstlineno + 1} of your function, counting the def line as 1)"


def _one_line(text: str, width: int = 160) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _listed(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _plural(unit: str) -> str:
    """``"text"`` → ``"texts"``; ``"set of documents"`` → ``"sets of documents"``."""
    head, _, rest = unit.partition(" ")
    return f"{head}s {rest}".rstrip()


def _named(trials: Sequence[Trial], unit: str = "text") -> str:
    seen = [t.name for t in trials if t.seen]
    unseen = [t.name for t in trials if not t.seen]
    if not unseen:
        return ", ".join(seen)
    others = f"{len(unseen)} {unit if len(unseen) == 1 else _plural(unit)} it had not seen: {'; '.join(unseen)}"
    return f"{', '.join(seen)}, and {others}" if seen else others


def run_trials(
    function: Any,
    *,
    trials: Sequence[Trial],
    expected: Callable[[str], Any],
    what: str,
    same: Callable[[Any, Any], bool] | None = None,
    explain: Callable[[Any, Any, Any], tuple[str, str] | None] | None = None,
    show: Callable[[Any], str] = preview,
    forbidden: Sequence[str] = (),
    unit: str = "text",
    allowed: str = "the steps the section has shown, written yourself",
) -> Feedback:
    """Run ``function`` on every trial text and compare it with the kit's ``expected`` result.

    Args:
        function: what the student passed: their function (or ``...`` if not answered yet).
        trials: the texts, in order; the first failure is the one reported.
        expected: the kit's own computation, ``expected(text)`` (``expected(*trial.args)`` for a
            trial with ``args``).
        what: what the function computes, for messages ("text without its boilerplate").
        same: whether a result is right, ``same(result, expected_result)``; ``==`` by default.
        explain: ``explain(result, expected_result, text)`` (the trial's ``args`` for a trial
            that has them, instead of ``text``) says how a wrong result differs,
            as ``(detail for the message, hint)``; either may be empty, and ``None`` means it
            has nothing to say. The detail is added to the message; a hint replaces the
            exercise's staged hint.
        show: how values are written in messages (:func:`preview` by default).
        forbidden: names of functions that would do the whole job (``normalize_ar``): a function
            that uses one of them is sent back before it is run.
        unit: what a trial is called in the closing message, ``"text"`` or, say, ``"pair"``.
        allowed: what the hint says the function may use, when it calls a ``forbidden`` one.

    Returns:
        :class:`~helpers.exercises.Feedback`: accepted when the function is right on every text.
    """
    waiting = unanswered(function)
    if waiting is not None:
        return waiting
    if not callable(function):
        return not_yet(
            f"The check needs your function itself, but it got {_kind(function)} ({preview(function, width=40)}).",
            hint="Pass the function's name without brackets: check_…(my_function), not check_…(my_function(text)).",
        )
    called = sorted(set(forbidden) & _names_used(function))
    if called:
        return not_yet(
            f"Your function calls {', '.join(called)}, which does the whole job; the exercise is to write the method yourself.",
            hint=f"Use only what the exercise allows: {allowed}.",
        )
    equal = same or (lambda a, b: a == b)
    if not trials:
        raise ValueError("a method check needs at least one trial text")
    results: list[tuple[Trial, Any, Any]] = []
    for trial in trials:
        want = expected(*trial.inputs)
        try:
            got = function(*trial.inputs)
        except Exception as error:  # the student's code: any error is feedback, not a crash
            before = f"It is right on {_listed([r[0].name for r in results])}, but on" if results else "On"
            return not_yet(
                f"{before} {trial.name} your function raised {type(error).__name__}: "
                f"{_one_line(error)}{_where_it_raised(function, error)}.",
                hint=_error_hint(error),
            )
        if equal(got, want):
            results.append((trial, got, want))
            continue
        before = f"It is right on {_listed([r[0].name for r in results])}, but on" if results else "On"
        if got is None:
            return not_yet(f"{before} {trial.name} your function returned None.",
                           hint="A function gives back only what follows return: does yours end with a return line?")
        first = results[0] if results else None
        if first is not None and equal(got, first[1]) and not equal(want, first[2]):
            return not_yet(
                f"{before} {trial.name} it returned {show(got)}, the same as for {first[0].name}; "
                f"the kit's {what} there is {show(want)}. Does your function read its argument, or a variable of the notebook?",
                hint="Inside the function, use only its parameters, never the notebook's own variables.",
            )
        said = explain(got, want, trial.text if trial.args is None else trial.args) if explain else None
        if said is None and _kind(got) != _kind(want):
            return not_yet(f"{before} {trial.name} your function returned {_kind(got)} ({show(got)}); "
                           f"the {what} is {_kind(want)}.")
        detail, hint = said or ("", "")
        message = f"{before} {trial.name} your function returned {show(got)}; the kit's {what} is {show(want)}."
        return not_yet(message + (f" {detail}" if detail else ""), hint=hint)
    return correct(f"Your function gives the kit's {what} on all {len(trials)} {_plural(unit)}: {_named(trials, unit)}.")


def _names_used(function: Callable[..., Any]) -> set[str]:
    """The global and attribute names the function's code (and the code nested in it) uses."""
    code = getattr(function, "__code__", None)
    names: set[str] = set()
    stack = [code] if code is not None else []
    while stack:
        current = stack.pop()
        names.update(current.co_names)
        stack.extend(c for c in current.co_consts if hasattr(c, "co_names"))
    return names


def _error_hint(error: Exception) -> str:
    if isinstance(error, IndexError):
        return "An index past the end of a list or string: does your function handle a text where the list it reads is empty?"
    if isinstance(error, (AttributeError, TypeError)) and "NoneType" in str(error):
        return "Something your function used was None: a part the text does not have? Test for None before using it."
    if isinstance(error, NameError):
        return "A name your function uses is not defined: did you run the cell that defines or imports it?"
    return ""
