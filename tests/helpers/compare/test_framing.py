"""Tests for helpers.compare.framing: actor mentions, agent verbs and nearby evaluation."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.compare.framing import FRAMING_COLUMNS, FRAMING_ROLES, comparison_actors_ar, framing_summary_ar, framing_table_ar
from helpers.compare.texts import comparison_texts
from helpers.data import case_study_path, data_path
from helpers.rhetoric.ideology import load_actors_ar
from helpers.text.load import read_text_ar

# (text, mention, role, verb)
ROLES = [
    pytest.param("وقال البيان إن الاتفاق جاهز.", "البيان", "agent (VS)", "وقال", id="verb-subject"),
    pytest.param("الحكومة العراقية جددت التزامها.", "الحكومة العراقية", "agent (SV)", "جددت", id="subject-verb"),
    pytest.param("وأكد الوزير أن الحكومة العراقية جددت التزامها.", "الحكومة العراقية", "agent (SV)", "جددت", id="after-an"),
    pytest.param("وتحولت مهمة القوات الأمريكية إلى التدريب.", "القوات الأمريكية", "genitive", "وتحولت", id="idafa-via-head"),
    pytest.param("التقى الوفد بالحكومة العراقية أمس.", "بالحكومة العراقية", "oblique", "", id="prepositional-proclitic"),
    pytest.param("وصل الوفد إلى واشنطن أمس.", "واشنطن", "oblique", "", id="preposition-before"),
    pytest.param("الحكومة التي تدعم الاتفاق مرتاحة.", "الحكومة", "other", "", id="relative-verb-skipped"),
]


@pytest.mark.parametrize("text, mention, role, verb", ROLES)
def test_roles(text: str, mention: str, role: str, verb: str) -> None:
    # the role rules, read with the comparison texts' domain lexicon of actors
    table = framing_table_ar({"t": text}, actors=comparison_actors_ar())
    row = table[table.mention == mention].iloc[0]
    assert (row["role"], row["verb"]) == (role, verb)
    if verb:
        assert text[row["verb_start"] : row["verb_end"]] == verb


def test_evaluation_goes_to_the_nearest_mention_with_negation() -> None:
    text = "نجحت الحكومة بحكمة. وفشلت واشنطن فشلاً ذريعاً ولم تكن مفيدة."
    table = framing_table_ar({"t": text}, actors=comparison_actors_ar())
    gov = table[table.mention == "الحكومة"].iloc[0]
    us = table[table.mention == "واشنطن"].iloc[0]
    assert (gov["positive"], gov["negative"]) == (2, 0)
    assert (us["positive"], us["negative"], us["negated"]) == (0, 3, 1)


def test_columns_offsets_and_roles() -> None:
    texts = comparison_texts()
    table = framing_table_ar(texts)
    assert list(table.columns) == FRAMING_COLUMNS
    assert set(table.role) <= set(FRAMING_ROLES)
    for row in table.itertuples():
        assert texts[row.text][row.start : row.end] == row.mention
    # the dateline's بغداد is page furniture, not an actor
    wire = texts["wire_report"]
    assert not ((table.text == "wire_report") & (table.start == wire.index("بغداد"))).any()


def test_framing_differences_of_the_comparison_texts() -> None:
    table = framing_table_ar(comparison_texts(), actors=comparison_actors_ar())
    summary = framing_summary_ar(table).set_index(["text", "group"])
    # the wire report lets the joint statement speak; the communiqué speaks as "we"; the commentary
    # names the forces most and evaluates the Iraqi government negatively
    assert summary.loc[("wire_report", "joint_statement"), "as_agent"] >= 3
    assert ("joint_communique", "joint_statement") not in summary.index
    assert summary.loc[("joint_communique", "iraqi_forces"), "positive"] >= 2
    assert summary.loc[("opposing_commentary", "iraqi_government"), "negative"] >= 1
    forces = table[table.group == "us_forces"].groupby("text").size()
    assert forces["opposing_commentary"] >= forces["joint_communique"] + 3
    assert {"مستشارين", "مدربين"} <= set(table[table.text == "opposing_commentary"].mention)
    we = table[table.group == "speaker_we"]
    assert set(we.text) == {"joint_communique", "opposing_commentary"}


def test_summary_sorting_and_columns() -> None:
    table = framing_table_ar({"b": "وقال البيان إن الحكومة العراقية جددت التزامها.", "a": "وصل الوفد إلى واشنطن وبغداد."})
    summary = framing_summary_ar(table)
    assert list(dict.fromkeys(summary.text)) == ["b", "a"]
    with pytest.raises(ValueError, match="framing lacks"):
        framing_summary_ar(pd.DataFrame({"text": []}))


def test_custom_actors_and_no_mentions() -> None:
    actors = pd.DataFrame({"entry": ["الوفد"], "group": ["delegation"]})
    table = framing_table_ar({"t": "وصل الوفد أمس."}, actors=actors)
    assert table[["mention", "group", "camp", "role", "verb"]].values.tolist() == [["الوفد", "delegation", "", "agent (VS)", "وصل"]]
    assert framing_table_ar({"t": "هطل المطر أمس."}).empty


def test_gazetteer_has_no_duplicate_entries() -> None:
    actors = comparison_actors_ar()
    assert not actors.entry.duplicated().any()
    assert {"entry", "group", "kind", "gloss", "note"} == set(actors.columns)


def test_runs_on_the_case_study() -> None:
    table = framing_table_ar({"case_study": read_text_ar(case_study_path())}, actors=comparison_actors_ar())
    kadhimi = table[table.mention.str.contains("الكاظمي")]
    assert len(kadhimi) >= 3
    assert (kadhimi.verb != "").any()


# A Tunisian article (ANT corpus, Jawhara FM; from data/news/) and texts written for these tests.
TUNISIAN = read_text_ar(data_path("news/dev_05_JA-politic-415-20160505.txt"))


def test_actors_come_from_each_text() -> None:
    texts = {"tunisian": TUNISIAN, "case_study": read_text_ar(case_study_path())}
    table = framing_table_ar(texts)
    groups = {name: set(table[table.text == name].group) for name in texts}
    # the case study's lexicon is not applied: no Iraqi group in the Tunisian article
    assert not groups["tunisian"] & set(load_actors_ar().group)
    assert "iraqi_parliament" not in set(table.group)
    # each text has its own actors
    assert {"آفاق تونس", "فوزي عبد الرحمان"} <= groups["tunisian"]
    assert "مصطفى الكاظمي" in groups["case_study"] and "مصطفى الكاظمي" not in groups["tunisian"]
    assert groups["tunisian"] != groups["case_study"]
    for row in table.itertuples():
        assert texts[row.text][row.start : row.end] == row.mention


def test_parliament_of_a_tunisian_article_is_not_iraqi() -> None:
    start = TUNISIAN.index("البرلمان")
    table = framing_table_ar({"t": TUNISIAN})
    assert not ((table.start <= start) & (table.end > start)).any()
    # only a lexicon passed on purpose makes it Iraqi
    table = framing_table_ar({"t": TUNISIAN}, actors=comparison_actors_ar())
    row = table[(table.start <= start) & (table.end > start)].iloc[0]
    assert row["group"] == "iraqi_parliament"
