"""Multiple-choice concept checks: options shown with letters, the answer a letter.

A concept check asks *why* or *which*, not *how many*: each option is a statement a student
might believe, and each wrong option carries its own explanation of what is wrong with it. The
student sees the question and the options (a notebook cell shows the :class:`MultipleChoice`
object), answers with a letter, and the check says why that option is right or, for a wrong
one, what that particular option gets wrong. The exercise's staged hints (the idea, then where
to look) come from the registry, as for every other check.

>>> q = multiple_choice(
...     "Which slice gives the first three characters of s?",
...     [("s[0:3]", "Yes: end is exclusive, so 0:3 covers offsets 0, 1 and 2."),
...      ("s[1:3]", "Offsets count from 0: s[1:3] starts at the second character."),
...      ("s[0:2]", "end is exclusive: s[0:2] stops before offset 2, two characters.")],
...     answer="A")
>>> print(q)
Which slice gives the first three characters of s?
  A. s[0:3]
  B. s[1:3]
  C. s[0:2]
Answer with one letter, such as "A".
>>> q.check("a")
✓ Correct. A. Yes: end is exclusive, so 0:3 covers offsets 0, 1 and 2.
>>> q.check("C")
✗ Not yet. C is not it: end is exclusive: s[0:2] stops before offset 2, two characters.
>>> q.check("s[1:3]")
✗ Not yet. B is not it: Offsets count from 0: s[1:3] starts at the second character.
>>> q.check("E")
✗ Not yet. There is no option E: answer with one of the letters A, B, C.
"""

from __future__ import annotations

import html
import re
import string
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from helpers.display.html import bidi_html
from helpers.exercises.feedback import Feedback, correct, not_yet, unanswered

__all__ = ["Choice", "MultipleChoice", "multiple_choice"]


@dataclass(frozen=True)
class Choice:
    """One option of a multiple-choice question.

    Attributes:
        letter: ``"A"``, ``"B"``, ... (given by the position of the option).
        text: the statement the student reads.
        why: for the right option, why it is right; for a wrong one, what it gets wrong.
    """

    letter: str
    text: str
    why: str


@dataclass(frozen=True)
class MultipleChoice:
    """A question with lettered options, exactly one of them right.

    Build it with :func:`multiple_choice`. Shown in a notebook, it is the question and its
    options; :meth:`check` answers a letter (or the text of an option) like a tutor.
    """

    question: str
    choices: tuple[Choice, ...]
    answer: str

    @property
    def letters(self) -> tuple[str, ...]:
        """The options' letters, in order."""
        return tuple(c.letter for c in self.choices)

    def choice(self, letter: str) -> Choice:
        """The option with this letter."""
        return next(c for c in self.choices if c.letter == letter)

    def __str__(self) -> str:
        lines = [self.question, *(f"  {c.letter}. {c.text}" for c in self.choices)]
        return "\n".join(lines) + f'\nAnswer with one letter, such as "{self.letters[0]}".'

    __repr__ = __str__

    def _repr_html_(self) -> str:
        items = "".join(f'<li style="list-style:none"><strong>{c.letter}.</strong> {bidi_html(c.text)}</li>'
                        for c in self.choices)
        return (f'<div class="adl-question" dir="ltr"><p>{bidi_html(self.question)}</p>'
                f'<ul style="padding-left:1em">{items}</ul>'
                f'<p><em>Answer with one letter, such as {html.escape(repr(self.letters[0]))}.</em></p></div>')

    def _letter_of(self, answer: str) -> str | list[str] | None:
        """The letter the student meant, a list if several were given, ``None`` if none."""
        text = answer.strip()
        for c in self.choices:  # the text of an option, copied
            if text == c.text.strip():
                return c.letter
        bare = re.sub(r"[\s().:\-\]\[\"']", "", text).upper()
        if len(bare) == 1 and bare in string.ascii_uppercase:
            return bare
        several = re.findall(r"(?<![A-Za-z])[A-Za-z](?![A-Za-z])", text)
        if len(several) > 1 and re.fullmatch(r"[\sA-Za-z,;/&+]+|[\sA-Za-z,;/&+]*(?:and|or)[\sA-Za-z,;/&+]*", text):
            return [s.upper() for s in several]
        return None

    def check(self, answer: Any) -> Feedback:
        """Check ``answer``: one letter (any case, ``"(b)"`` is fine), or an option's text."""
        waiting = unanswered(answer)
        if waiting is not None:
            return waiting
        listed = ", ".join(self.letters)
        if isinstance(answer, (list, tuple, set)):
            return not_yet(f"Choose one option, not {len(answer)}: exactly one of {listed} is right.")
        if isinstance(answer, bool) or not isinstance(answer, str):
            if isinstance(answer, int) and not isinstance(answer, bool) and 0 <= answer <= len(self.choices):
                return not_yet(f"Answer with the option's letter in quotes, such as \"{self.letters[0]}\", not a number.")
            return not_yet(f"Answer with one letter in quotes, one of {listed}.")
        letter = self._letter_of(answer)
        if isinstance(letter, list):
            return not_yet(f"Choose one option, not {len(letter)}: exactly one of {listed} is right.")
        if letter is None:
            return not_yet(f"{answer!r} is not one of the letters {listed}.")
        if letter not in self.letters:
            return not_yet(f"There is no option {letter}: answer with one of the letters {listed}.")
        chosen = self.choice(letter)
        if letter == self.answer:
            return correct(f"{letter}. {chosen.why}")
        return not_yet(f"{letter} is not it: {chosen.why}")


def multiple_choice(question: str, options: Sequence[tuple[str, str]], *, answer: str) -> MultipleChoice:
    """Build a :class:`MultipleChoice`: ``options`` are ``(text, why)`` pairs, lettered A, B, ...

    Args:
        question: the question, one or two sentences.
        options: two to six ``(text, why)`` pairs; ``why`` says why the option is right, or
            what a student who chose it has misunderstood.
        answer: the letter of the right option.

    Raises:
        ValueError: with fewer than two or more than six options, an option without its
            explanation, two options with the same text, or an answer that is not a letter of
            an option.
    """
    if not 2 <= len(options) <= 6:
        raise ValueError(f"a multiple-choice question needs 2 to 6 options, not {len(options)}")
    choices = tuple(Choice(string.ascii_uppercase[i], text, why) for i, (text, why) in enumerate(options))
    if any(not c.text.strip() or not c.why.strip() for c in choices):
        raise ValueError("every option needs its text and its explanation")
    if len({c.text.strip() for c in choices}) != len(choices):
        raise ValueError("two options have the same text")
    if answer not in {c.letter for c in choices}:
        raise ValueError(f"the answer {answer!r} is not the letter of an option")
    return MultipleChoice(question, choices, answer)
