"""Multiple-choice concept checks: options shown with letters, one letter accepted, and for every
wrong option its own explanation of what is wrong."""

from __future__ import annotations

from typing import Any

import pytest

from helpers.exercises.choice import MultipleChoice, multiple_choice

QUESTION = multiple_choice(
    "Which slice gives the first three characters of s?",
    [("s[0:3]", "Right: end is exclusive."),
     ("s[1:3]", "Offsets count from 0."),
     ("s[0:2]", "That is two characters.")],
    answer="A",
)

RIGHT: list[tuple[str, Any]] = [
    ("letter", "A"),
    ("lower case", "a"),
    ("in brackets", "(a)"),
    ("with a full stop and spaces", " A. "),
    ("the option's text", "s[0:3]"),
]

#: (answer, what the message must contain)
WRONG: list[tuple[str, Any, str]] = [
    ("option B", "B", "B is not it: Offsets count from 0."),
    ("option C, lower case", "c", "C is not it: That is two characters."),
    ("the text of option B", "s[1:3]", "B is not it: Offsets count from 0."),
    ("no such option", "E", "There is no option E"),
    ("two letters", "A, B", "Choose one option, not 2"),
    ("two letters with and", "A and C", "Choose one option, not 2"),
    ("a list of letters", ["A", "B"], "Choose one option, not 2"),
    ("a number", 1, "not a number"),
    ("a bool", True, "one letter in quotes"),
    ("a word", "first", "is not one of the letters A, B, C"),
    ("an empty string", "", "is not one of the letters"),
]


@pytest.mark.parametrize("answer", [a for _, a in RIGHT], ids=[n for n, _ in RIGHT])
def test_right(answer: Any) -> None:
    feedback = QUESTION.check(answer)
    assert feedback.ok and feedback.message == "A. Right: end is exclusive.", feedback


@pytest.mark.parametrize(("answer", "says"), [(a, s) for _, a, s in WRONG], ids=[n for n, _, _ in WRONG])
def test_wrong(answer: Any, says: str) -> None:
    feedback = QUESTION.check(answer)
    assert not feedback.ok and says in feedback.message, feedback


@pytest.mark.parametrize("placeholder", [..., None], ids=["ellipsis", "none"])
def test_unanswered(placeholder: Any) -> None:
    assert QUESTION.check(placeholder).message.startswith("No answer yet")


def test_every_wrong_option_explains_itself() -> None:
    messages = {c.letter: QUESTION.check(c.letter).message for c in QUESTION.choices}
    assert len(set(messages.values())) == len(QUESTION.choices)
    for choice in QUESTION.choices:
        assert choice.why in messages[choice.letter]


def test_shown_with_letters() -> None:
    text = str(QUESTION)
    assert text.splitlines()[1:4] == ["  A. s[0:3]", "  B. s[1:3]", "  C. s[0:2]"]
    html = QUESTION._repr_html_()
    assert "<strong>A.</strong>" in html and "<strong>C.</strong>" in html


def test_html_escapes_and_isolates_arabic() -> None:
    q = multiple_choice("Which <b>word</b>?", [("الى", "Not standard."), ("إلى", "Standard.")], answer="B")
    html = q._repr_html_()
    assert "<b>" not in html and "&lt;b&gt;" in html
    assert 'dir="rtl"' in html


@pytest.mark.parametrize(
    ("options", "answer", "error"),
    [
        pytest.param([("only", "one")], "A", "2 to 6 options", id="one-option"),
        pytest.param([(str(i), "x") for i in range(7)], "A", "2 to 6 options", id="seven-options"),
        pytest.param([("a", "x"), ("b", " ")], "A", "its text and its explanation", id="no-explanation"),
        pytest.param([("a", "x"), ("a", "y")], "A", "same text", id="duplicate"),
        pytest.param([("a", "x"), ("b", "y")], "C", "not the letter of an option", id="bad-answer"),
    ],
)
def test_bad_questions(options: list[tuple[str, str]], answer: str, error: str) -> None:
    with pytest.raises(ValueError, match=error):
        multiple_choice("Q?", options, answer=answer)


def test_is_a_frozen_record() -> None:
    assert isinstance(QUESTION, MultipleChoice) and QUESTION.letters == ("A", "B", "C")
    with pytest.raises(AttributeError):
        QUESTION.answer = "B"  # type: ignore[misc]
