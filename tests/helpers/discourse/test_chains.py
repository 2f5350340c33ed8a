"""Tests for helpers.discourse.chains: reference chains, the gold chain and recall."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.data import case_study_path
from helpers.discourse.chains import (
    GOLD_MENTION_TYPES,
    ChainMention,
    chain_recall_ar,
    read_gold_chain_ar,
    reference_chains_ar,
)
from helpers.text.load import TextInputError, read_text_ar
from helpers.text.spans import check_spans

from discourse_texts import MINISTER_AR, NEWS_AR


def mentions(text: str, **options) -> list[tuple[str, str, str]]:
    return [(m.text, m.chain, m.mention_type) for m in reference_chains_ar(text, **options)]


def test_default_chain_on_a_text_written_for_the_tests() -> None:
    assert mentions(MINISTER_AR) == [
        ("وزير الخارجية", "الراشدي", "title"),
        ("أحمد الراشدي", "الراشدي", "name"),
        ("الراشدي", "الراشدي", "name"),
        ("ه", "الراشدي", "pronoun_candidate"),  # زيارته
        ("الرجل", "الراشدي", "epithet"),
        ("ه", "الراشدي", "pronoun_candidate"),  # بلاده
        ("الراشدي", "الراشدي", "name"),
        ("ه", "الراشدي", "pronoun_candidate"),  # استقبله (its subject is the prime minister: a candidate only)
    ]


def test_given_actors_and_confidences() -> None:
    found = reference_chains_ar(MINISTER_AR, actors={"rashidi": ["الراشدي", "أحمد الراشدي", "وزير الخارجية"]})
    ranks = {(m.text, m.mention_type): m.confidence for m in found}
    assert {m.chain for m in found} == {"rashidi"}
    assert ranks[("أحمد الراشدي", "name")] == 1.0
    assert ranks[("وزير الخارجية", "title")] == 0.9
    assert ranks[("الرجل", "epithet")] == 0.6
    assert sorted({m.confidence for m in found if m.mention_type == "pronoun_candidate"}) == [0.4]


# (text, actors, expected (text, type) pairs)
CASES = [
    pytest.param("وقال الرئيس بايدن إن الحوار مستمر. وأكد بايدن دعمه.", None,
                 [("الرئيس", "title"), ("بايدن", "name"), ("بايدن", "name"), ("ه", "pronoun_candidate")], id="title-then-name"),
    pytest.param("جاء الرجل إلى السوق.", None, [], id="epithet-without-actor"),
    pytest.param("التقى الكاظمي الوفد. وبعد أسبوع من الصمت الطويل قال وزير. ثم تكلم آخر. ثم غادر ثالث. ثم بدا الرجل متعباً.",
                 {"k": ["الكاظمي"]}, [("الكاظمي", "name")], id="epithet-beyond-window"),
    pytest.param("زار للكاظمي ووالكاظمي.", {"k": ["الكاظمي"]}, [("لكاظمي", "name")], id="lil-article-proclitic"),
    pytest.param("وصل الرئيس الأمريكي جو بايدن. ثم تحدث بايدن.", None,
                 [("الرئيس", "title"), ("جو بايدن", "name"), ("بايدن", "name")], id="adjective-between-title-and-name"),
    pytest.param("قال لجهود رئيس وزرائه الكبير كريم.", {"k": ["كريم"]}, [("كريم", "name")], id="possessed-title-before-actor"),
    pytest.param("وصل كريم. وأشاد رئيس حكومته بالاتفاق.", {"k": ["كريم"]}, [("كريم", "name"), ("رئيس حكومته", "epithet")], id="possessed-title"),
]


@pytest.mark.parametrize("text, actors, expected", CASES)
def test_chain_cases(text: str, actors, expected: list) -> None:
    found = reference_chains_ar(text, actors=actors)
    check_spans(text, found)
    assert [(m.text, m.mention_type) for m in found] == expected


def test_no_pronoun_candidate_for_teh_marbuta_or_stem_he() -> None:
    # وجه, شبه, الله, مياه and كلمة end in ه/ة without a pronoun
    text = "قال كريم: وجه شبه الله مياه كلمة."
    found = reference_chains_ar(text, actors={"k": ["كريم"]})
    assert [m.mention_type for m in found] == ["name"]


@pytest.mark.parametrize(
    "actors, message",
    [
        pytest.param("الكاظمي", "actors must map", id="string"),
        pytest.param({"k": "الكاظمي"}, "non-empty list", id="string-forms"),
        pytest.param({"k": [""]}, "empty or non-text form", id="empty-form"),
    ],
)
def test_bad_actors(actors, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        reference_chains_ar("نص عربي قصير", actors=actors)


def test_bad_window_and_text() -> None:
    with pytest.raises(ValueError, match="window"):
        reference_chains_ar("نص عربي", window=-1)
    with pytest.raises(TextInputError):
        reference_chains_ar("")


def test_gold_chain_offsets_match_the_case_study() -> None:
    text = read_text_ar(case_study_path())
    gold = read_gold_chain_ar("chain_kadhimi.tsv", text=text)  # raises if an offset is off
    assert len(gold) == 20
    assert {m.mention_type for m in gold} <= set(GOLD_MENTION_TYPES)
    assert {m.chain for m in gold} == {"kadhimi"}
    assert all(text[m.start : m.end] == m.text for m in gold)


# (actors, chain compared)
RECALL = [
    pytest.param(None, "الكاظمي", id="default"),
    pytest.param({"kadhimi": ["مصطفى الكاظمي", "الكاظمي", "رئيس مجلس الوزراء"]}, "kadhimi", id="given"),
]


@pytest.mark.parametrize("actors, chain", RECALL)
def test_recall_against_the_gold_chain(actors, chain: str) -> None:
    text = read_text_ar(case_study_path())
    gold = read_gold_chain_ar("chain_kadhimi.tsv", text=text)
    result = chain_recall_ar(reference_chains_ar(text, actors=actors), gold)
    print(f"\nrecall of the Kadhimi chain ({chain}):\n{result.to_frame().to_string(index=False)}")
    assert result.chain == chain
    assert (result.matched, result.gold) == (13, 20)
    assert result.recall == pytest.approx(0.65)
    # every explicit mention is found; relative pronouns and zero subjects are out of reach
    assert result.by_type == {"name": (8, 8), "title": (1, 1), "epithet": (2, 2), "zero": (0, 6), "pronoun": (2, 2), "relative": (0, 1)}
    assert {m.mention_type for m in result.missed} == {"zero", "relative"}


def test_recall_rules() -> None:
    gold = [ChainMention(0, 3, "abc", "mention", "g", "name", 1.0), ChainMention(4, 5, "d", "mention", "g", "pronoun", 1.0)]
    found = [ChainMention(0, 3, "abc", "mention", "x", "name", 0.9), ChainMention(1, 2, "b", "mention", "y", "name", 0.9),
             ChainMention(2, 5, "c d", "mention", "y", "name", 0.9)]
    # y overlaps both gold mentions, x only one: y is chosen; each found mention counts once
    result = chain_recall_ar(found, gold)
    assert (result.chain, result.matched) == ("y", 2)
    assert chain_recall_ar(found, gold, chain="x").matched == 1
    with pytest.raises(ValueError, match="empty"):
        chain_recall_ar(found, [])


def test_bad_gold_file(tmp_path: Path) -> None:
    path = tmp_path / "gold.tsv"
    path.write_text("chain\tstart\tend\ttext\tmention_type\tnote\nk\t0\t3\tنصص\tname\t-\n", encoding="utf-8")
    with pytest.raises(ValueError, match="but the text there is"):
        read_gold_chain_ar(path, text="نص عربي")
    path.write_text("chain\tstart\tend\ttext\tmention_type\tnote\nk\t0\t2\tنص\tcoref\t-\n", encoding="utf-8")
    with pytest.raises(ValueError, match="mention_type 'coref'"):
        read_gold_chain_ar(path)


def test_news_text_not_written_for_the_helper() -> None:
    found = reference_chains_ar(NEWS_AR)
    check_spans(NEWS_AR, found)
    assert mentions(NEWS_AR) == [
        ("الدكتورة", "المنياوي", "title"),
        ("سعاد المنياوي", "المنياوي", "name"),
        ("المنياوي", "المنياوي", "name"),
        ("النائب", "حسام الدين", "title"),
        ("حسام الدين", "حسام الدين", "name"),
        ("المنياوي", "المنياوي", "name"),
    ]


def names_and_titles(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.chain, m.mention_type) for m in reference_chains_ar(text) if m.mention_type != "pronoun_candidate"]


# A verb right after a title is no name (text, expected names and titles).
VERB_AFTER_TITLE = [
    pytest.param("وزير الخارجية يبحث في القاهرة ملف المياه. ويبحث الوفد غداً ملف الحدود.", [], id="imperfect-verb-headline"),
    pytest.param("الرئيس يزور بغداد غداً، ثم يزور عمّان.", [], id="imperfect-verb-twice"),
    pytest.param("وزير الخارجية بحث مع نظيره ملف المياه.", [], id="perfect-verb-also-a-noun"),
    # must keep working: names that a verb prefix or a verb reading does not make verbs
    pytest.param("وصل الوزير يوسف الزعبي إلى عمّان. وأكد الزعبي أن الحوار مستمر.",
                 [("الوزير", "الزعبي", "title"), ("يوسف الزعبي", "الزعبي", "name"), ("الزعبي", "الزعبي", "name")],
                 id="ya-prefix-name"),
    pytest.param("وصل الرئيس الأمريكي جو بايدن. ثم تحدث بايدن.",
                 [("الرئيس", "بايدن", "title"), ("جو بايدن", "بايدن", "name"), ("بايدن", "بايدن", "name")],
                 id="verb-reading-before-family-name"),
    pytest.param("وقال الرئيس بايدن إن الحوار مستمر.", [("الرئيس", "بايدن", "title"), ("بايدن", "بايدن", "name")],
                 id="one-word-name"),
]


@pytest.mark.parametrize("text, expected", VERB_AFTER_TITLE)
def test_no_verb_as_a_name(text: str, expected: list) -> None:
    assert names_and_titles(text) == expected


# Full names with a family name, with or without the article or a nisba; later mentions by either part.
FAMILY_NAMES = [
    pytest.param("وزير الخارجية، سليم العطاونة، وصل إلى بغداد. وقال العطاونة إن الزيارة مهمة. وأضاف سليم أن الحوار مستمر.",
                 [("وزير الخارجية", "العطاونه", "title"), ("سليم العطاونة", "العطاونه", "name"),
                  ("العطاونة", "العطاونه", "name"), ("سليم", "العطاونه", "name")], id="article-family-name-not-nisba"),
    pytest.param("استقبل الرئيس أحمد السعدون الوفد. وقال أحمد إن اللقاء مثمر.",
                 [("الرئيس", "السعدون", "title"), ("أحمد السعدون", "السعدون", "name"), ("أحمد", "السعدون", "name")],
                 id="family-name-ends-the-name"),
    pytest.param("وقال رئيس الوزراء، مصطفى الكاظمي، إن الحوار مستمر. وأكد الكاظمي ذلك. وقال مصطفى إن الوضع آمن.",
                 [("رئيس الوزراء", "الكاظمي", "title"), ("مصطفى الكاظمي", "الكاظمي", "name"),
                  ("الكاظمي", "الكاظمي", "name"), ("مصطفى", "الكاظمي", "name")], id="nisba-family-name"),
    pytest.param("وصل المبعوث كريم فالنتي إلى تونس. وقال فالنتي إن المحادثات بدأت.",
                 [("المبعوث", "فالنتي", "title"), ("كريم فالنتي", "فالنتي", "name"), ("فالنتي", "فالنتي", "name")],
                 id="family-name-without-article"),
    # must not match: an adjective with the article is no family name; a shared given name stays out
    pytest.param("قال الوزير سليم المستقيل إن القرار خاطئ. ثم غادر سليم القاعة.",
                 [("الوزير", "سليم", "title"), ("سليم", "سليم", "name"), ("سليم", "سليم", "name")], id="adjective-not-family-name"),
    pytest.param("التقى السفير سليم العطاونة بالوزير سليم الزعبي. وقال سليم إن اللقاء مثمر.",
                 [("السفير", "العطاونه", "title"), ("سليم العطاونة", "العطاونه", "name"),
                  ("الوزير", "الزعبي", "title"), ("سليم الزعبي", "الزعبي", "name")], id="shared-given-name"),
]


@pytest.mark.parametrize("text, expected", FAMILY_NAMES)
def test_family_names(text: str, expected: list) -> None:
    found = reference_chains_ar(text)
    check_spans(text, found)
    assert names_and_titles(text) == expected
