"""Tests for helpers.entities.titled_names: persons named after a title (rule ``title``).

The texts are written for these tests (names of public figures, invented sentences) unless marked.
"""

from __future__ import annotations

import pytest

from helpers.entities.names import find_persons_ar
from helpers.entities.words import entity_words_ar


def persons(text: str) -> set[tuple[str, str]]:
    # with the embedded morphology: a word it does not know (بايدن) is a strong name word
    return {(text[c.start : c.end], c.rule) for c in find_persons_ar(entity_words_ar(text, morphology=None))}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("قال الرئيس السوري بشار الأسد إن", ("بشار الأسد", "title"), id="title-demonym-name"),
        pytest.param("حذر وزير الدفاع الفرنسي جان-ايف لو دريان من", ("جان-ايف لو دريان", "title"), id="portfolio-hyphen-particle"),
        pytest.param("أدار رئيس مجلس الوزراء، مصطفى الكاظمي، الجولة", ("مصطفى الكاظمي", "title"), id="comma-after-title"),
        pytest.param("استقبل الرئيس بايدن الوفد", ("بايدن", "title"), id="one-unknown-word"),
        pytest.param("بإدارة الحكم الجيبوتي سليمان أحمد جمال.", ("سليمان أحمد جمال", "title"), id="three-given-names"),
        pytest.param("التقى الأمير فيصل بن عبد العزيز الوفد", ("فيصل بن عبد العزيز", "title"), id="nasab-with-compound"),
        pytest.param("قال الرئيس الباجي قايد السبسي إن", ("الباجي قايد السبسي", "title"), id="two-unknown-words-after-a-given-name"),
        pytest.param("وسجل النجم البرتغالي كريستيانو رونالدو هدفين", ("كريستيانو رونالدو", "title"), id="star-title"),
        pytest.param("وقال مخرج المسلسل سامي الفهري إن", ("سامي الفهري", "title"), id="bare-construct-director"),
        pytest.param("وواجه اللاعب ومواطنه ليونيل ميسي الحارس", ("ليونيل ميسي", "title"), id="compatriot-with-conjunction"),
        pytest.param("التقى الوزير بنظيره الإيطالي أنجلينو ألفانو في", ("أنجلينو ألفانو", "title"), id="counterpart-demonym"),
        pytest.param("وقال أستاذ القانون الدستوري أمين محفوظ إن", ("أمين محفوظ", "title"),
                     id="genitive-adjective-then-common-word-given-name"),
    ],
)
def test_persons_after_a_title(text: str, expected: tuple[str, str]) -> None:
    assert expected in persons(text)
