"""Method checks: the student's function runs on texts it has not seen, and the feedback names the
text it failed on, what it returned and what was expected, and the commonest mistakes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from helpers.exercises import attempts
from helpers.exercises.feedback import is_stub_function, unanswered
from helpers.exercises.method import Trial, run_trials

TRIALS = [
    Trial("the case study", "بغداد اليوم والأمس"),
    Trial("report A", "البصرة غداً", seen=False),
    Trial("report B", "الموصل", seen=False),
]


def first_word(text: str) -> str:
    return text.split()[0]


def _check(function: Any, **options: Any):
    return run_trials(function, trials=TRIALS, expected=first_word, what="first word", **options)


def test_right_function() -> None:
    feedback = _check(lambda text: text.split(" ")[0])
    assert feedback.ok
    assert "on all 3 texts: the case study, and 2 texts it had not seen: report A; report B" in feedback.message


def stub(text):
    """Return the first word."""
    ...  # your code


def stub_with_pass(text):
    pass


def returns_nothing(text):
    text.split()[0]


def reads_the_notebook(text):
    return "بغداد"


def last_word(text):
    return text.split()[-1]


def breaks_on_one_word(text):
    words = text.split()
    return words[0] if words[1] else ""


def calls_a_forbidden_helper(text):
    return first_word(text)


#: (function, what the message must contain, what the hint must contain or "" for no own hint)
WRONG: list[tuple[str, Any, str, str]] = [
    ("stub with ...", stub, "No answer yet: the body of stub() is still ...", ""),
    ("stub with pass", stub_with_pass, "No answer yet", ""),
    ("a value, not the function", "بغداد", "needs your function itself, but it got a string", "without brackets"),
    ("no return", returns_nothing, "On the case study your function returned None.", "return"),
    ("reads the notebook's text", reads_the_notebook,
     "It is right on the case study, but on report A it returned 'بغداد', the same as for the case study", "its parameter"),
    ("wrong on the first text", last_word, "On the case study your function returned 'والأمس'; the kit's first word is 'بغداد'.", ""),
    ("raises on an unseen text", breaks_on_one_word,
     "It is right on the case study and report A, but on report B your function raised IndexError: list index out of range (line 3 of your function", "empty"),
    ("a wrong kind of value", lambda text: text.split(), "returned a list or tuple", ""),
]


@pytest.mark.parametrize(("function", "says", "hint"), [(f, s, h) for _, f, s, h in WRONG], ids=[n for n, *_ in WRONG])
def test_wrong_functions(function: Any, says: str, hint: str) -> None:
    feedback = _check(function)
    assert not feedback.ok and says in feedback.message, feedback
    assert hint in feedback.mistake_hint, feedback


def test_forbidden_helper_is_sent_back_before_running() -> None:
    feedback = _check(calls_a_forbidden_helper, forbidden=("first_word",))
    assert not feedback.ok and "calls first_word" in feedback.message


def test_explain_adds_a_detail_and_a_hint() -> None:
    feedback = _check(last_word, explain=lambda got, want, text: ("It took the last word.", "Words are counted from the right?"))
    assert feedback.message.endswith("It took the last word.") and feedback.mistake_hint == "Words are counted from the right?"


def test_same_decides_what_is_right() -> None:
    assert _check(lambda text: text.split()[0] + " ", same=lambda got, want: got.strip() == want).ok


def test_needs_a_trial() -> None:
    with pytest.raises(ValueError, match="at least one trial"):
        run_trials(first_word, trials=[], expected=first_word, what="x")


def test_the_expected_code_is_never_shown() -> None:
    # The feedback shows values, never the kit's computation.
    feedback = _check(last_word)
    assert "split" not in feedback.message and "split" not in feedback.hint


@pytest.mark.parametrize(
    ("answer", "stub_"),
    [(stub, True), (stub_with_pass, True), (first_word, False), (returns_nothing, False), (len, False), (..., False),
     (lambda text: None, True)],
    ids=["ellipsis-body", "pass-body", "real", "no-return", "builtin", "ellipsis", "lambda-none"],
)
def test_is_stub_function(answer: Any, stub_: bool) -> None:
    assert is_stub_function(answer) is stub_
    assert (unanswered(answer) is not None) is (stub_ or answer is ...)


def test_a_stub_is_logged_as_a_placeholder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    log = tmp_path / "log.jsonl"
    monkeypatch.setenv(attempts.GRADE_LOG_ENV, str(log))
    from helpers.exercises import nb00

    nb00.check_without_boilerplate(stub)
    nb00.check_without_boilerplate(returns_nothing)
    rows = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert [(r["exercise"], r["placeholder"], r["ok"]) for r in rows] == [("nb00.ex3", True, False), ("nb00.ex3", False, False)]


def test_trials_with_arguments_pass_them_to_the_function_and_to_explain() -> None:
    # A trial's args replace (text,): a text and a word, or two annotations; explain gets them too.
    pairs = [Trial("a short pair", "", True, ([1, 0], [1, 0])), Trial("a pair it has not seen", "", False, ([1, 1, 0], [0, 1, 0]))]
    agree = lambda a, b: sum(x == y for x, y in zip(a, b)) / len(a)  # noqa: E731
    right = run_trials(agree, trials=pairs, expected=agree, what="agreement", unit="pair")
    assert right.ok and right.message.endswith("on all 2 pairs: a short pair, and 1 pair it had not seen: a pair it has not seen.")
    seen = []

    def explain(got: Any, want: Any, args: Any) -> tuple[str, str]:
        seen.append(args)
        return ("detail", "a hint")

    wrong = run_trials(lambda a, b: 0.5, trials=pairs, expected=agree, what="agreement", explain=explain)
    assert not wrong.ok and seen == [([1, 0], [1, 0])] and wrong.hint == "a hint"
    words = [Trial("a text", "في البيت", True, ("في البيت", "البيت"))]
    assert run_trials(lambda text, word: text.count(word), trials=words, expected=lambda t, w: 1, what="count").ok
