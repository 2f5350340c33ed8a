"""The prepared fact-versus-framing check: the record's answer passes, the article's does not."""

from __future__ import annotations

import pytest

from helpers.exercises.fact_framing import check_round_leader, read_claims_ar

ANSWERS = [
    # (answer, accepted, words the message or hint must contain)
    pytest.param("فؤاد حسين", True, "framing", id="name-arabic"),
    pytest.param("فواد حسين", True, "Fuad Hussein", id="name-hamza-less"),
    pytest.param("Fuad Hussein", True, "Fuad Hussein", id="name-english"),
    pytest.param(" fouad hussein ", True, "Fuad Hussein", id="transliteration"),
    pytest.param("وزير الخارجية", True, "foreign ministers", id="office"),
    pytest.param("الكاظمي", False, "what the article says", id="the-article-claim"),
    pytest.param("Mustafa al-Kadhimi", False, "what the article says", id="the-article-claim-english"),
    pytest.param("بلينكن", False, "US delegation", id="the-us-side"),
    pytest.param("Biden", False, "head of government", id="the-president"),
    pytest.param("قاسم الأعرجي", False, "does not name", id="someone-else"),
    pytest.param(42, False, "a person's name", id="not-a-string"),
    pytest.param(..., False, "No answer yet", id="unanswered"),
]


@pytest.mark.parametrize(("answer", "accepted", "words"), ANSWERS)
def test_round_leader(answer, accepted: bool, words: str) -> None:
    feedback = check_round_leader(answer)
    assert feedback.ok is accepted
    assert words in f"{feedback.message} {feedback.hint}", feedback
    if not accepted:
        assert feedback.hint


def test_claims_point_into_the_article_and_cite_sources() -> None:
    claims = read_claims_ar()
    assert list(claims["id"]) == [f"k{i}" for i in range(1, len(claims) + 1)]
    assert set(claims["verdict"]) <= {"consistent", "framing", "overstated"}
    assert all(s.split() and set(s.split()) <= {"S1", "S2", "S3"} for s in claims["sources"])
    assert "أدار" in claims.set_index("id").loc["k2", "text"]


def test_offsets_are_checked() -> None:
    with pytest.raises(ValueError, match="does not match"):
        read_claims_ar(text="نص آخر لا يحوي المقال.")


def test_a_claim_without_an_answer() -> None:
    with pytest.raises(ValueError, match="no answer"):
        check_round_leader("فؤاد حسين", claim="k1")
