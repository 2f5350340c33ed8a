"""Tests for helpers.discourse.clauses: what opens a clause, what names an event (sentences written for these tests)."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.discourse.clauses import WordFacts
from helpers.discourse.words import words_ar


def facts_for(text: str) -> WordFacts:
    return WordFacts(text, words_ar(text))


def index_of(facts: WordFacts, word: str) -> int:
    return next(i for i, w in enumerate(facts.words) if w.text == word)


# (text, word, opens a clause)
OPENS = [
    pytest.param("وصل الوفد وبدأ الحوار.", "وبدأ", True, id="verb-after-wa"),
    pytest.param("أكد أن المخاطر قائمة وأن الوضع صعب.", "وأن", True, id="anna"),
    pytest.param("أعلن عن القنبلة وهي الأكبر.", "وهي", True, id="pronoun"),
    pytest.param("قال إنه لن يعود.", "إنه", True, id="inna-with-pronoun"),
    pytest.param("وعد ولم يف بوعده.", "ولم", True, id="particle"),
    pytest.param("زار الوزير سوريا والعراق.", "والعراق", False, id="noun"),
    pytest.param("الوضع سلبي ومهدد.", "ومهدد", False, id="adjective"),
    pytest.param("لا تنضوي تحت القطاع الخاص ولا القطاع العام.", "ولا", False, id="la-before-a-definite-noun"),
]


@pytest.mark.parametrize("text, word, expected", OPENS)
def test_opens_clause(text: str, word: str, expected: bool) -> None:
    facts = facts_for(text)
    assert facts.opens_clause(index_of(facts, word)) is expected


def test_anaphor_only_on_request() -> None:
    facts = facts_for("إضافة إلى ذلك ارتفعت الضرائب.")
    k = index_of(facts, "ذلك")
    assert not facts.opens_clause(k) and facts.opens_clause(k, anaphor=True)


# (text, word, names an event: a verbal noun with an argument of its own)
EVENTS = [
    pytest.param("تأجلت المباراة بسبب انقطاع الكهرباء.", "انقطاع", True, id="verbal-noun-with-genitive"),
    pytest.param("تضررت المحاصيل جراء انحباس الأمطار.", "انحباس", True, id="derived-form-pattern"),
    pytest.param("تجمعوا للمطالبة بحقوقهم.", "للمطالبة", True, id="definite-with-prepositional-phrase"),
    pytest.param("تعافى الاقتصاد بفضل صموده.", "صموده", True, id="verbal-noun-with-pronoun"),
    pytest.param("خرجوا من أجل الحرية والكرامة.", "الحرية", False, id="abstract-noun-coordinated"),
    pytest.param("يوجه نصف الناجحين للتعليم العام.", "للتعليم", False, id="definite-noun-and-adjective"),
    pytest.param("بقي هناك لعدة أشهر.", "لعدة", False, id="quantifier"),
    pytest.param("تجاهل السلطات لوضعية المختطفين.", "لوضعية", False, id="iyya-abstract-noun"),
]


@pytest.mark.parametrize("text, word, expected", EVENTS)
def test_is_event(text: str, word: str, expected: bool) -> None:
    facts = facts_for(text)
    assert facts.is_event(index_of(facts, word)) is expected


@pytest.mark.parametrize("word, expected", [("أدى", True), ("دفعهم", True), ("تسببت", True), ("قال", False), ("ذهب", False)])
def test_causal_verbs(word: str, expected: bool) -> None:
    facts = facts_for(f"ارتفعت الأسعار، ما {word} إلى الغضب.")
    assert facts.is_causal_verb(index_of(facts, word)) is expected


def test_without_morphology_fewer_facts_never_more() -> None:
    text = "وصل الوفد وبدأ الحوار."
    bare = WordFacts(text, words_ar(text), morphology=pd.DataFrame())
    assert not bare.has_morphology
    assert not bare.is_verb(2) and not bare.is_masdar(3)


def test_bad_morphology_table() -> None:
    with pytest.raises(ValueError, match="no 'pos' column"):
        WordFacts("نص", words_ar("نص"), morphology=pd.DataFrame({"start": [0]}))
