"""Tests for helpers.rhetoric.actors and the actors of helpers.rhetoric.ideology: a text's actors and
camps come from the text, the case study's lexicon only when passed."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.data import case_study_path, data_path
from helpers.rhetoric.actors import CAMP_COLUMNS, MENTION_COLUMNS, WE, actor_camps_ar, text_actor_mentions_ar
from helpers.rhetoric.ideology import CASE_STUDY_CAMPS, actor_mentions_ar, find_us_them_ar, load_actors_ar
from helpers.text.load import read_text_ar

# A Tunisian article of the ANT corpus (Jawhara FM; data/news/, development half).
TUNISIAN = read_text_ar(data_path("news/dev_05_JA-politic-415-20160505.txt"))
CASE_STUDY = read_text_ar(case_study_path())
# Written for these tests.
SYRIAN = "قال الرئيس السوري بشار الأسد إن الشعب السوري صامد بشجاعة وبطولة. وأضاف الأسد أن تركيا فشلت فشلاً ذريعاً."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(SYRIAN, [("بشار الأسد", "بشار الأسد", "person"), ("الشعب السوري", "الشعب السوري", "group"),
                              ("الأسد", "بشار الأسد", "person"), ("تركيا", "تركيا", "place")], id="names-and-groups"),
        pytest.param("نحن لا نطلب شيئاً.", [("نحن", WE, "we")], id="we"),
        pytest.param("التقى الوفد بالحكومة العراقية.", [("الحكومة العراقية", "الحكومة العراقية", "group")],
                     id="group-without-its-proclitic"),
        pytest.param("قال الرئيس التونسي إن البرلمان مجتمع.", [], id="title-and-generic-noun-are-no-actors"),
    ],
)
def test_text_actor_mentions(text: str, expected: list[tuple[str, str, str]]) -> None:
    mentions = text_actor_mentions_ar(text, morphology=False)
    assert list(mentions.columns) == MENTION_COLUMNS
    assert [tuple(r) for r in mentions[["text", "group", "kind"]].values.tolist()] == expected
    for row in mentions.itertuples():
        assert text[row.start : row.end] == row.text


def test_we_from_the_morphology_table() -> None:
    text = "إن بلادنا لن تركع، وحكومتنا عاجزة فاشلة."
    mentions = text_actor_mentions_ar(text)
    assert mentions[["text", "group", "kind"]].values.tolist() == [["بلادنا", "بلادنا", "we"], ["حكومتنا", "حكومتنا", "we"]]
    # what the text calls its own is "us", even when it is attacked
    camps = actor_camps_ar(text, mentions).set_index("group")
    assert camps.loc["حكومتنا", ["negative", "camp"]].tolist() == [2, "us"]


def test_camps_from_the_text() -> None:
    camps = actor_camps_ar(SYRIAN, text_actor_mentions_ar(SYRIAN, morphology=False)).set_index("group")
    assert list(camps.reset_index().columns) == CAMP_COLUMNS
    assert camps.loc["الشعب السوري", "camp"] == "us"
    assert camps.loc["تركيا", "camp"] == "them"
    assert camps.loc["بشار الأسد", "camp"] == ""  # no evaluation of his own
    we = actor_camps_ar("نحن هنا.", text_actor_mentions_ar("نحن هنا.", morphology=False))
    assert we[["group", "we", "camp"]].values.tolist() == [[WE, 1, "us"]]


def test_distancing_attribution_counts_against() -> None:
    text = "زعمت الحكومة الإسرائيلية أن الهجوم فشل. وادعت الحكومة الإسرائيلية أنها انتصرت."
    camps = actor_camps_ar(text, text_actor_mentions_ar(text, morphology=False)).set_index("group")
    assert camps.loc["الحكومة الإسرائيلية", "distancing"] == 2


def test_a_tunisian_parliament_is_not_iraqi() -> None:
    start = TUNISIAN.index("البرلمان")
    mentions = actor_mentions_ar(TUNISIAN)
    assert "iraqi_parliament" not in set(mentions.group)
    assert not ((mentions.start <= start) & (mentions.end > start)).any()
    assert not set(mentions.group) & set(load_actors_ar().group)
    # passed on purpose, the case study's lexicon does apply (and says so in the group)
    lexicon = actor_mentions_ar(TUNISIAN, actors=load_actors_ar(), camps=CASE_STUDY_CAMPS)
    row = lexicon[(lexicon.start <= start) & (lexicon.end > start)].iloc[0]
    assert (row["group"], row["kind"], row["camp"]) == ("iraqi_parliament", "lexicon", "us")


def test_actor_sets_differ_by_text() -> None:
    tunisian = set(actor_mentions_ar(TUNISIAN).group)
    case = set(actor_mentions_ar(CASE_STUDY).group)
    assert {"آفاق تونس", "فوزي عبد الرحمان"} <= tunisian
    assert {"مصطفى الكاظمي", "العراق", "بايدن"} <= case
    assert not tunisian & case


def test_a_lexicon_replaces_the_texts_own_actors() -> None:
    lexicon = pd.DataFrame({"entry": ["بشار الأسد", "الأسد"], "group": ["syrian_government"] * 2})
    mentions = actor_mentions_ar(SYRIAN, actors=lexicon, camps={"them": {"syrian_government"}}, morphology=False)
    assert mentions[["text", "group", "kind", "camp"]].values.tolist() == [
        ["بشار الأسد", "syrian_government", "lexicon", "them"], ["الأسد", "syrian_government", "lexicon", "them"]]
    with pytest.raises(ValueError, match="entry"):
        actor_mentions_ar(SYRIAN, actors=pd.DataFrame({"name": ["x"]}), morphology=False)


def test_case_study_square_with_and_without_its_lexicon() -> None:
    own = find_us_them_ar(CASE_STUDY)
    lexicon = find_us_them_ar(CASE_STUDY, actors=load_actors_ar(), camps=CASE_STUDY_CAMPS)
    assert own and lexicon
    assert any("iraqi_government" in d.explanation for d in lexicon)
    assert not any("iraqi_government" in d.explanation for d in own)
    assert any("مصطفى الكاظمي" in d.explanation for d in own)
    with pytest.raises(ValueError, match="threshold"):
        actor_camps_ar(SYRIAN, text_actor_mentions_ar(SYRIAN, morphology=False), threshold=0)


def test_bi_al_barlaman_in_a_tunisian_sentence() -> None:
    # written for this test: "the deputies met in parliament with the Tunisian government yesterday"
    text = "اجتمع النواب بالبرلمان مع الحكومة التونسية أمس، وقال رئيس حركة النهضة راشد الغنوشي إن الجلسة ناجحة."
    mentions = actor_mentions_ar(text)
    start = text.index("بالبرلمان")
    assert not ((mentions.start <= start + 1) & (mentions.end > start + 1)).any()
    assert {"الحكومة التونسية", "حركة النهضة", "راشد الغنوشي"} <= set(mentions.group)
    assert not set(mentions.group) & set(load_actors_ar().group)
