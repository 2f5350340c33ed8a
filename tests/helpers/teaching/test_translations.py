"""Tests for helpers.teaching.translations: every part of every text translated, offsets current."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from helpers.data import data_dir
from helpers.text.structure import split_article_ar
from helpers.teaching.translations import (
    TRANSLATABLE_TEXTS,
    TRANSLATION_COLUMNS,
    TranslationError,
    TranslationNotFoundError,
    available_translations,
    parts_table_ar,
    read_translation,
    source_text_ar,
    translation_path,
)

# (name, number of parts, parts in order)
PARTS = [
    pytest.param("iraq_alyoum_kadhimi_dialogue_2021", 9,
                 ["headline", "dateline", *(f"paragraph {i}" for i in range(1, 7)), "boilerplate"], id="case-study"),
    pytest.param("wire_report", 9, ["headline", "dateline", *(f"paragraph {i}" for i in range(1, 8))], id="wire"),
    pytest.param("joint_communique", 10, ["headline", *(f"paragraph {i}" for i in range(1, 10))], id="communique"),
    pytest.param("opposing_commentary", 7, ["headline", *(f"paragraph {i}" for i in range(1, 7))], id="commentary"),
]


def test_every_translatable_text_has_a_translation() -> None:
    assert available_translations() == list(TRANSLATABLE_TEXTS)


@pytest.mark.parametrize("name, n_parts, parts", PARTS)
def test_one_row_per_part_of_the_kit_split(name: str, n_parts: int, parts: list[str]) -> None:
    frame = read_translation(name)
    assert list(frame.columns) == ["part", "start", "end", "arabic", "english"]
    assert len(frame) == n_parts
    assert frame["part"].to_list() == parts


@pytest.mark.parametrize("name", TRANSLATABLE_TEXTS)
def test_offsets_match_the_kit_split_of_the_text_as_analysed(name: str) -> None:
    text = source_text_ar(name)
    spans = split_article_ar(text).spans()
    frame = read_translation(name)
    assert [(int(s), int(e)) for s, e in zip(frame["start"], frame["end"])] == [(s.start, s.end) for s in spans]
    assert frame["arabic"].to_list() == [text[s.start:s.end] for s in spans]


@pytest.mark.parametrize("name", TRANSLATABLE_TEXTS)
def test_every_part_has_an_english_translation(name: str) -> None:
    for row in read_translation(name).itertuples():
        assert row.english.strip(), f"{name} {row.part}: no english"
        assert "\t" not in row.english and "#" not in row.english


@pytest.mark.parametrize("name", TRANSLATABLE_TEXTS)
def test_numbers_of_each_arabic_part_appear_in_its_english(name: str) -> None:
    # A shifted or swapped row would lose its years, figures and dates.
    for row in read_translation(name).itertuples():
        arabic = set(re.findall(r"\d+", row.arabic))
        english = set(re.findall(r"\d+", row.english.replace(",", "")))
        assert arabic <= english, f"{name} {row.part}: {sorted(arabic - english)} missing from the english"


@pytest.mark.parametrize("name", TRANSLATABLE_TEXTS)
def test_english_length_is_in_proportion_to_the_arabic(name: str) -> None:
    # English runs 1.1 to 1.6 times the Arabic in characters here; a row holding the wrong
    # paragraph, or half of one, falls outside 1.0 to 2.0. Translator's notes are not counted.
    for row in read_translation(name).itertuples():
        if len(row.arabic) < 100:
            continue
        english = re.sub(r"\[[^\]]*\]", "", row.english)
        assert 1.0 <= len(english) / len(row.arabic) <= 2.0, f"{name} {row.part}"


@pytest.mark.parametrize("name", TRANSLATABLE_TEXTS)
def test_header_says_teaching_aid_translator_licence_and_translation(name: str) -> None:
    lines = translation_path(name).read_text(encoding="utf-8").splitlines()
    header = "\n".join(line for line in lines if line.startswith("#"))
    for phrase in ["Arabic Discourse Lab", "teaching aid", "Translator: Arabic Discourse Lab contributors",
                   "Licence: CC BY-SA 4.0", "This is a TRANSLATION, not the original"]:
        assert phrase in header, f"{name}: header lacks {phrase!r}"
    first_data = next(line for line in lines if not line.startswith("#"))
    assert first_data.split("\t") == list(TRANSLATION_COLUMNS)


# (name, part, words the english must contain): the places the brief and the lessons rely on
CONTENT = [
    pytest.param("iraq_alyoum_kadhimi_dialogue_2021", "boilerplate", ["Comment here", "scraped", "not part of the article"],
                 id="trailer-labelled"),
    pytest.param("iraq_alyoum_kadhimi_dialogue_2021", "paragraph 6", ["ستنهي", "ستنتهي"], id="typo-noted"),
    pytest.param("iraq_alyoum_kadhimi_dialogue_2021", "paragraph 2", ["2,500", "single sentence"], id="long-sentence-noted"),
    pytest.param("iraq_alyoum_kadhimi_dialogue_2021", "headline", ["triumphs", "Katyusha"], id="headline"),
    pytest.param("wire_report", "dateline", ["Educational Agency", "fictional"], id="fictional-agency"),
    pytest.param("joint_communique", "paragraph 9", ["Issued in Baghdad and Washington"], id="closing-formula"),
    pytest.param("opposing_commentary", "paragraph 6", ["So until when?"], id="closing-question"),
]


@pytest.mark.parametrize("name, part, words", CONTENT)
def test_content_of_key_parts(name: str, part: str, words: list[str]) -> None:
    frame = read_translation(name)
    english = frame.loc[frame["part"] == part, "english"].item()
    for word in words:
        assert word in english


# (text, expected parts)
TABLES = [
    pytest.param("نص قصير بلا عنوان.", ["paragraph 1"], id="plain"),
    pytest.param("العنوان\n\nالفقرة.\n\nاقرأ أيضاً: خبر\n\nشارك المقال", ["headline", "paragraph 1", "boilerplate 1",
                                                                 "boilerplate 2"], id="two-boilerplate-blocks"),
    pytest.param("القاهرة (رويترز) - قالت الحكومة إن الأسعار سترتفع.\n\nوأضافت أن الخطة جاهزة.",
                 ["dateline", "paragraph 1", "paragraph 2"], id="inline-dateline"),
]


@pytest.mark.parametrize("text, parts", TABLES)
def test_parts_table_labels_and_slices(text: str, parts: list[str]) -> None:
    table = parts_table_ar(text)
    assert table["part"].to_list() == parts
    assert all(text[s:e] == a for s, e, a in zip(table["start"], table["end"], table["arabic"]))


@pytest.mark.parametrize("call", [read_translation, source_text_ar, translation_path], ids=lambda f: f.__name__)
def test_unknown_name_is_a_one_line_key_error(call) -> None:
    with pytest.raises(KeyError) as info:
        call("editorial")
    assert isinstance(info.value, TranslationNotFoundError)
    assert str(info.value).startswith("no text named 'editorial'; choose from iraq_alyoum_kadhimi_dialogue_2021")
    assert "\n" not in str(info.value)


@pytest.fixture
def data_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for folder in ("articles", "comparison", "translations"):
        shutil.copytree(data_dir() / folder, tmp_path / folder)
    monkeypatch.setenv("ADL_DATA", str(tmp_path))
    return tmp_path


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# (file edit: old, new; message expected)
BROKEN = [
    pytest.param("paragraph 3\t1265\t1455\t", "paragraph 3\t1265\t1456\t",
                 "out of date: row 5 is paragraph 3 1265–1456, but the kit splits the text into paragraph 3 1265–1455",
                 id="shifted-offset"),
    pytest.param("paragraph 3\t1265\t1455\t", "paragraph 3\t1265\tx\t", "row 5: end 'x' is not an offset", id="bad-offset"),
    pytest.param("part\tstart\tend\tenglish", "part\tstart\tend\ttext", "expected columns part, start, end, english",
                 id="bad-header"),
    pytest.param("Comment here [scraped web-page trailer (boilerplate), not part of the article]", " ",
                 "row 9 (boilerplate): the english is empty", id="empty-english"),
]


@pytest.mark.parametrize("old, new, message", BROKEN)
def test_broken_file_is_a_one_line_error(data_copy: Path, old: str, new: str, message: str) -> None:
    path = data_copy / "translations" / "iraq_alyoum_kadhimi_dialogue_2021.en.tsv"
    _edit(path, old, new)
    with pytest.raises(TranslationError, match=re.escape(message)) as info:
        read_translation("iraq_alyoum_kadhimi_dialogue_2021")
    assert "\n" not in str(info.value)


def test_missing_row_is_reported(data_copy: Path) -> None:
    path = data_copy / "translations" / "wire_report.en.tsv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(lines[:-1]), encoding="utf-8")
    with pytest.raises(TranslationError, match="row 9 is nothing, but the kit splits the text into paragraph 7"):
        read_translation("wire_report")


def test_text_changed_under_the_translation_is_reported(data_copy: Path) -> None:
    # One more paragraph in the comparison text: the translation no longer covers it.
    path = data_copy / "comparison" / "opposing_commentary.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\n\nفقرة أضيفت بعد الترجمة.\n", encoding="utf-8")
    with pytest.raises(TranslationError, match="row 8 is nothing, but the kit splits the text into paragraph 7"):
        read_translation("opposing_commentary")


def test_missing_file_is_not_found(data_copy: Path) -> None:
    (data_copy / "translations" / "joint_communique.en.tsv").unlink()
    assert "joint_communique" not in available_translations()
    with pytest.raises(TranslationNotFoundError, match="no English translation of 'joint_communique'"):
        read_translation("joint_communique")
