"""Checks for notebook 03 (morphology).

Five exercises, from a concept to a method:

1. **concept check** (multiple choice): which of four words the notebook has not shown does not
   belong to the family of the root ح و ر (:data:`ROOT_FAMILY`);
2. **value**: the root the analyzer gives for تستضيفهم in the wire report
   (``comparison_text("wire_report")``), a text the notebook has not shown;
3. **value**: the wire report's most frequent lemma among the analysed tokens, with its count;
4. **method**: a function ``waw_proclitic_count(text)`` that analyses a text and counts the tokens
   carrying the proclitic و, run on the case study and on two news reports it has not seen;
5. **concept check** (multiple choice): what is wrong with reading coverage after repair as the
   share of words read correctly (:data:`REPAIR_CLAIM`).

Expected values are computed from the texts with the embedded analyzer, pinned
(``backend="farahidi"``), the way the notebook's solution cells do; nothing about a text is written
down here. Typical wrong answers (a lemma given for a root, a surface count given for a lemma
count, the unknown tokens counted as a lemma, the words that merely begin with و ...) are
recognised and answered with a hint.

>>> check_root(...)
✗ Not yet. No answer yet: replace the ... with your code.
   Hint 1 of 2: A root is the few consonants (three, sometimes four) a family of words shares; the pattern's letters and the clitics are not part of it.
>>> check_root("ضيف", word="تستضيفهم", text="القواعد التي تستضيفهم.")
✓ Correct. The root of تستضيفهم is ض ي ف. The pattern around the root makes the word: تَسْتَفْعِل here.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from numbers import Integral
from typing import Any

import pandas as pd

from helpers.exercises.choice import multiple_choice
from helpers.exercises.feedback import Feedback, correct, format_number, not_yet, unanswered
from helpers.exercises.method import Trial, run_trials
from helpers.exercises.registry import exercise, hints_for
from helpers.exercises.texts import case_study_text, comparison_text, news_text
from helpers.morphology import analyze_morphology_ar
from helpers.text.tokenize import tokenize_ar

__all__ = [
    "hint",
    "ROOT_FAMILY",
    "REPAIR_CLAIM",
    "ROOT_WORD",
    "check_root_family",
    "check_root",
    "check_top_lemma",
    "check_waw_proclitic_count",
    "check_repair_claim",
    "waw_proclitic_trials",
]

#: Show the next staged hint of an exercise of this notebook: ``hint("ex2")``.
hint = hints_for(__name__)


def _shown(value: Any) -> str:
    """An answer echoed in a message: a number as a person would write it, anything else as is."""
    return format_number(value, digits=4)

BACKEND = "farahidi"  # pinned: the answers must not depend on what else is installed
_DIACRITICS = re.compile("[\u064b-\u0652\u0670\u0640]")


def _wire_report() -> str:
    return comparison_text("wire_report")


@lru_cache(maxsize=8)
def _table(text: str) -> pd.DataFrame:
    return analyze_morphology_ar(text, backend=BACKEND, progress=False)


def _plain(value: str) -> str:
    """A form without diacritics, tatweel, spaces, dots or dashes (for lenient comparison)."""
    return re.sub(r"[\s.\-+]", "", _DIACRITICS.sub("", value))


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _ranked(series: pd.Series) -> list[tuple[str, int]]:
    """Value counts sorted by count (descending), then by value: ties always in the same order."""
    return sorted(Counter(series).items(), key=lambda item: (-item[1], item[0]))


# --- Exercise 1: one family, one stranger (concept check) -----------------------------------------

#: Exercise 1: the question and its options (the tests run the analyzer on every word).
ROOT_FAMILY = multiple_choice(
    "None of these words is in the article. Which one does NOT belong to the family of the root ح و ر "
    "(ḥ-w-r, 'turning, going back and forth'), the family of الحوار?",
    [
        ("محاور (maḥāwir, 'axes')",
         "It belongs: م and the long ā are the pattern's letters (مَفَاعِل, the plural of مِحْوَر 'axis' on "
         "مِفْعَل); ح, و and ر are left, in that order."),
        ("تحاورا (taḥāwarā, 'the two of them held a dialogue')",
         "It belongs: ت, the long ā and the final ا (the dual) are the pattern's and the ending's; ح, و and "
         "ر are left, in that order."),
        ("تحويل (taḥwīl, 'turning something into something else, transfer')",
         "Right: take away the pattern's ت and ي (تَفْعِيل) and ح, و, ل are left: the root ح و ل, the "
         "neighbour one letter away from ح و ر. Looking alike is not sharing a root."),
        ("الحوارية (al-ḥiwāriyya, 'the dialogic')",
         "It belongs: ال is a clitic, ـيّة the adjective ending, and حِوَار is on the pattern فِعَال; ح, و "
         "and ر are left."),
    ],
    answer="C",
)


@exercise(1, "One family, one stranger", hints=(
    "A root is the few consonants (three, sometimes four) a family of words shares, in the same order; the "
    "pattern adds letters around and between them, and clitics such as ال come on top.",
    "Section 1 pours ح و ر into patterns (فِعَال gives حِوَار, مِفْعَل gives مِحْوَر): take the clitics and the "
    "pattern's letters off each option, and look at the consonants that are left.",
))
def check_root_family(answer: Any) -> Feedback:
    """Check ``answer``, the letter of the word that does not share the root ح و ر.

    >>> check_root_family("A").message.startswith("A is not it: It belongs")
    True
    """
    return ROOT_FAMILY.check(answer)


# --- Exercise 2: the root of a word of the wire report -------------------------------------------

#: Exercise 2: the word of the wire report whose root the student gives ("the [bases that] host them").
ROOT_WORD = "تستضيفهم"


@exercise(2, 'The root of a word of the wire report', hints=(
    "A root is the few consonants (three, sometimes four) a family of words shares; the pattern's letters and the clitics are not part of it.",
    'Analyse the wire report the way section 0 analyses the article (the same backend); its table has a root column: read the row of the word.',
))
def check_root(answer: Any, *, word: str = ROOT_WORD, text: str | None = None) -> Feedback:
    """Check the root the analyzer gives for ``word`` (its first occurrence in the text).

    ``word`` is :data:`ROOT_WORD` and ``text`` the wire report unless given.

    Letters may be written together (``"حور"``), with dots or spaces (``"ح.و.ر"``, ``"ح و ر"``) or
    as a list of letters.

    >>> check_root("حور", word="الحوار", text="بدأ الحوار.")
    ✓ Correct. The root of الحوار is ح و ر. The pattern around the root makes the word: فِعَال here.
    >>> check_root("حِوَار", word="الحوار", text="بدأ الحوار.")
    ✗ Not yet. حِوَار is the lemma (the dictionary form), not the root.
       Hint: A root is only the consonants the related words share: take the "root" column, not "lemma".
    """
    if (empty := unanswered(answer)) is not None:
        return empty
    text = _wire_report() if text is None else text
    table = _table(text)
    rows = table[table["token"] == word]
    if rows.empty:
        raise ValueError(f"{word!r} is not a word token of the text")
    row = rows.iloc[0]
    expected = row["root"]
    if isinstance(answer, (list, tuple)) and all(isinstance(a, str) for a in answer):
        answer = "".join(answer)
    if not isinstance(answer, str):
        return not_yet(f"The answer should be the root as a string, such as \"كتب\", not {type(answer).__name__}.")
    given = _plain(answer)
    if not expected:
        if given == "":
            return correct(f"The analyzer gives {word} no root.")
        return not_yet(f"The analyzer gives {word} no root (it is unknown, a particle or a loanword).")
    if given == expected:
        return correct(f"The root of {word} is {' '.join(expected)}. The pattern around the root makes the word: {row['pattern']} here.")
    if given == _plain(row["lemma"]):
        return not_yet(f"{_shown(answer)} is the lemma (the dictionary form), not the root.",
                       hint='A root is only the consonants the related words share: take the "root" column, not "lemma".')
    if given in (_plain(word), _plain(row["normalized"])) or (given.startswith("ال") and given == _plain(word)):
        return not_yet(f"{_shown(answer)} is the word itself.", hint="The root is hidden inside it: three (sometimes four) consonants, without ال and without the pattern's letters.")
    if given == _plain(row["pattern"]):
        return not_yet(f"{_shown(answer)} is the pattern (wazn): the mould, with ف ع ل standing for the root's letters.",
                       hint="Put the word's own letters where the pattern has ف, ع and ل: those are the root.")
    if len(given) > len(expected) and all(letter in given for letter in expected):
        return not_yet(f"{_shown(answer)} still has letters that belong to the pattern or to a clitic.",
                       hint=f"Keep only the consonants the word family shares; the analyzer's root has {len(expected)} letters.")
    if len(given) == len(expected) and sum(a == b for a, b in zip(given, expected)) == len(expected) - 1:
        return not_yet(f"{_shown(answer)} is a different root, one letter away: it gives a different family of words.",
                       hint=f'Read the "root" column for {word} instead of guessing from the letters.')
    return not_yet(f"{_shown(answer)} is not the root of {word}.")


# --- Exercise 3: the most frequent lemma of the wire report -------------------------------------


@exercise(3, 'The most frequent lemma of the wire report', hints=(
    "A lemma is the dictionary form: it gathers a word's forms with clitics and endings. Tokens the analyzer does not know carry only a guessed lemma (the word itself) and do not count.",
    "Section 2 counts the lemma column of the article's analysed rows: do the same with the wire report's table, and answer its first entry as a pair (lemma, count).",
))
def check_top_lemma(answer: Any, *, text: str | None = None) -> Feedback:
    """Check ``(lemma, count)``: the lemma with the most word tokens among the *analysed* tokens.

    ``text`` is the wire report unless given.

    The lemma may be written with or without diacritics. On a tie, any of the tied lemmas is right.

    >>> check_top_lemma(("من", 3), text="جاء من بغداد ومن البصرة ومنها.")
    ✓ Correct. مِنْ has 3 tokens: as a lemma it gathers من، ومن، ومنها.
    >>> check_top_lemma(("من", 1), text="جاء من بغداد ومن البصرة ومنها.")
    ✗ Not yet. 1 is how often the written form من occurs, not its lemma.
       Hint: A lemma also counts its forms with clitics. Count the "lemma" column: table["lemma"].value_counts().
    """
    if (empty := unanswered(answer)) is not None:
        return empty
    text = _wire_report() if text is None else text
    table = _table(text)
    analysed = table[table["analyzed"]]
    ranked = _ranked(analysed["lemma"])
    best = ranked[0][1]
    winners = {lemma for lemma, n in ranked if n == best}
    by_plain = {}
    for lemma, n in ranked:
        by_plain.setdefault(_plain(lemma), (lemma, n))
    if _is_int(answer):
        if answer == best:
            return not_yet("That is the right count, but the exercise asks for a pair.", hint="Answer with a pair (lemma, count).")
        return not_yet("The exercise asks for a pair (lemma, count).")
    if isinstance(answer, str):
        if _plain(answer) in {_plain(w) for w in winners}:
            return not_yet("That is the right lemma, but the exercise asks for a pair.", hint="Answer with a pair (lemma, count).")
        return not_yet("The exercise asks for a pair (lemma, count).")
    if not (isinstance(answer, (tuple, list)) and len(answer) == 2 and isinstance(answer[0], str) and _is_int(answer[1])):
        return not_yet("The answer should be a pair: (a lemma as a string, a whole number).")
    lemma, count = answer
    plain = _plain(lemma)
    if plain == "":
        unknown = int((~table["analyzed"]).sum())
        if count == unknown:
            return not_yet(f"The empty lemma belongs to the {unknown} tokens the analyzer does not know.",
                           hint='Unknown tokens have lemma "": keep only table[table["analyzed"]] before counting.')
        return not_yet("The lemma is empty.")
    surface = Counter(table["token"])
    every_row = Counter(_plain(x) for x in table["lemma"])
    in_analysed = sum(1 for x in analysed["lemma"] if _plain(x) == plain)
    if count == every_row.get(plain) and count != in_analysed:
        said = (f"{lemma} is only the kit's guess for a word the analyzer does not know (analyzed is False on its {count} rows)."
                if in_analysed == 0 else f"{count} counts the rows of {lemma} that the kit only guessed, too.")
        return not_yet(said, hint='Guessed rows have analyzed == False: keep only table[table["analyzed"]] before counting.')
    matched = by_plain.get(plain)
    if matched and matched[0] in winners:
        if count == best:
            forms = "، ".join(sorted(set(analysed.loc[analysed["lemma"] == matched[0], "token"])))
            return correct(f"{matched[0]} has {best} tokens: as a lemma it gathers {forms}.")
        if count == surface.get(lemma, surface.get(plain)):
            return not_yet(f"{count} is how often the written form {lemma} occurs, not its lemma.",
                           hint='A lemma also counts its forms with clitics. Count the "lemma" column: table["lemma"].value_counts().')
        return not_yet(f"Right lemma, but it has another count than {count}.")
    if matched and count == matched[1]:
        return not_yet(f"{matched[0]} has {matched[1]} tokens, but another lemma has more.",
                       hint="Sort the counts: value_counts() puts the largest first.")
    if plain in surface and count == surface[plain]:
        return not_yet(f"{count} is how often the written form {lemma} occurs: that is a surface count.",
                       hint='Count the "lemma" column of the analysed rows, not the "token" column.')
    roots = Counter(analysed.loc[analysed["root"] != "", "root"])
    if plain in roots and count == roots[plain]:
        return not_yet(f"{lemma} is a root, not a lemma.", hint='Count the "lemma" column, not the "root" column.')
    if text != case_study_text() and _top_lemma_of(case_study_text()) == (plain, count):
        return not_yet(f"({lemma}, {count}) is the case study's most frequent lemma, not this text's.",
                       hint="Analyse the text the exercise names and count its lemmas.")
    if matched:
        return not_yet(f"{matched[0]} has {matched[1]} tokens, but another lemma has more.",
                       hint="Sort the counts: value_counts() puts the largest first.")
    return not_yet(f"{lemma} is not a lemma of the analysed tokens.")


def _top_lemma_of(text: str) -> tuple[str, int]:
    """The first of the most frequent lemmas of the analysed tokens, without diacritics, and its count."""
    table = _table(text)
    lemma, count = _ranked(table.loc[table["analyzed"], "lemma"])[0]
    return _plain(lemma), count


# --- Exercise 4: a function that counts the proclitic و (method) ----------------------------------


def _waw_count(text: str) -> int:
    """The kit's count: word tokens whose proclitics (joined with +) include و."""
    parts = _table(text)["proclitics"].str.split("+")
    return int(parts.apply(lambda p: "و" in p).sum())


def _explain_waw(got: Any, want: int, text: str) -> tuple[str, str] | None:
    """What a wrong count says about the method that gave it."""
    if isinstance(got, bool) or not isinstance(got, (int, float)):
        return None
    table = _table(text)
    if got == sum(t.text.startswith("و") for t in tokenize_ar(text) if t.kind == "arabic"):
        return (f"{_shown(got)} is the number of word tokens that begin with the letter و.",
                'In some of them و is a letter of the stem, not the conjunction: count the rows whose "proclitics" contain و.')
    if got == int((table["proclitics"] == "و").sum()):
        return (f"{_shown(got)} counts only the tokens whose proclitics are exactly و.",
                "و often comes in a chain (و+ال, و+ب+ال): test whether و is one of the parts.")
    has_waw = table["proclitics"].str.split("+").apply(lambda p: "و" in p)
    if got == table.loc[has_waw, "token"].nunique():
        return (f"{_shown(got)} is the number of distinct words (types).", "Count every token, repeated words included.")
    if got == int(table["proclitics"].str.contains("و").sum()) and got != want:
        return (f"{_shown(got)} counts every token whose proclitics string contains the letter و anywhere.",
                "Split the string at + and compare whole parts.")
    if got == int((table["proclitics"] != "").sum()):
        return (f"{_shown(got)} is the number of tokens with any proclitic.", "Keep only those with و among their proclitics.")
    if isinstance(got, float) and got == want:
        return ("The count is right, but a float.", "Return a whole number: int(...).")
    return None


def waw_proclitic_trials() -> list[Trial]:
    """The texts exercise 4 runs the student's function on: the case study, then two news reports.

    >>> [(t.name[:18], t.seen) for t in waw_proclitic_trials()]
    [('the case study', True), ('news report dev_02', False), ('news report dev_04', False)]
    """
    return [
        Trial("the case study", case_study_text()),
        Trial("news report dev_02 of data/news/ (Tunisian politics)", news_text("dev_02"), seen=False),
        Trial("news report dev_04 of data/news/ (international news)", news_text("dev_04"), seen=False),
    ]


@exercise(4, 'A function that counts the conjunction و', hints=(
    'A proclitic is a short word written joined to the next. The conjunction و comes alone or in a chain such as و+ال; a و of the stem is not a proclitic.',
    "Inside the function, analyse the text it receives as section 0 does; the proclitics column (section 3) joins a token's proclitics with +, and a token counts when و is one of them.",
))
def check_waw_proclitic_count(answer: Any) -> Feedback:
    """Check ``answer``, a function ``f(text) -> int``: the word tokens whose analysis has the proclitic و.

    The function is run on the texts of :func:`waw_proclitic_trials` and compared with the
    analyzer's proclitics column (``backend="farahidi"``), و alone or in a chain such as و+ال.

    >>> def starts_with_waw(text):
    ...     return sum(t.text.startswith("و") for t in tokenize_ar(text) if t.kind == "arabic")
    >>> print(check_waw_proclitic_count(starts_with_waw).hint)
    In some of them و is a letter of the stem, not the conjunction: count the rows whose "proclitics" contain و.
    """
    return run_trials(answer, trials=waw_proclitic_trials(), expected=_waw_count,
                      what="number of tokens with the proclitic و", same=_same_count, explain=_explain_waw)


def _same_count(got: Any, want: Any) -> bool:
    """A whole number (a numpy integer too) equal to the kit's count; 36.0 is not a count."""
    return isinstance(got, Integral) and not isinstance(got, bool) and got == want


# --- Exercise 5: what coverage after repair says (concept check) ----------------------------------

#: Exercise 5: the question and its options.
REPAIR_CLAIM = multiple_choice(
    "A researcher analyses a forum post typed without hamzas, first with repair=False, then with "
    "repair=True, and writes: 'Coverage rose from 70% to 90%, so the analyzer now reads 90% of the "
    "words correctly.' What is wrong with that conclusion?",
    [
        ("Nothing: a repaired word is analysed in its standard spelling, so its reading is right.",
         "A repair picks a real word that fits the letters, not always the word the writer meant: in "
         "section 5 الامام became الإمام 'the imam' where الأمام 'the front' was meant. Recognised is not "
         "read right."),
        ("Coverage counts the tokens the analyzer recognises, not the tokens it reads right; and a repair "
         "can choose a real word that does not fit the context.",
         "Yes: 90% is the share of tokens that have some analysis. Whether each reading is right (the "
         "repair, the lemma, the part of speech) has to be checked by hand, on a random sample."),
        ("Repair rewrites the text, so the two figures are measured on two different texts.",
         "The text is not changed: every token keeps its written form and its offsets; the repair column "
         "only records the spelling that was analysed in its place."),
        ("Repair only removes wrong hamzas, so it cannot help a text typed without them.",
         "It adds missing hamzas too: الى → إلى and اخلاء → إخلاء in section 5 are words typed without one."),
    ],
    answer="B",
)


@exercise(5, "What coverage after repair says", hints=(
    "Coverage is the share of word tokens the analyzer recognises at all; ask whether recognising a word "
    "is the same as reading it the way the writer meant.",
    "Section 5 shows what repair changes (the repair column; the token and its offsets stay) and one repair "
    "that chose the wrong word; section 4 shows readings checked by hand.",
))
def check_repair_claim(answer: Any) -> Feedback:
    """Check ``answer``, the letter of what is wrong with reading coverage as accuracy.

    >>> check_repair_claim("C").message.startswith("C is not it: The text is not changed")
    True
    """
    return REPAIR_CLAIM.check(answer)
