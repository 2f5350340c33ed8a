"""The faster farahidi analyzer gives exactly farahidi's analyses."""

from __future__ import annotations

import farahidi
import pytest

from helpers.morphology.farahidi_fast import FastFarahidiAnalyzer

WORDS = (
    "الحوار المحورية مفاوضات استجابت وتحقق القوات للبلاد بالحوار سيكتبونها مباحثاتهما الإدارة ملمين "
    "وزير الوزير لندن كما لكن بعد فقط يقام نقل وعد فوزا أولئك عليها لأنه والمستشفيات بغداد الكاظمي ال"
).split()


@pytest.fixture(scope="module")
def analyzers() -> tuple[farahidi.Analyzer, FastFarahidiAnalyzer]:
    return farahidi.Analyzer(), FastFarahidiAnalyzer()


@pytest.mark.parametrize("word", WORDS)
def test_same_analyses(analyzers: tuple[farahidi.Analyzer, FastFarahidiAnalyzer], word: str) -> None:
    plain, fast = analyzers
    assert sorted(map(repr, fast.analyze(word))) == sorted(map(repr, plain.analyze(word)))
