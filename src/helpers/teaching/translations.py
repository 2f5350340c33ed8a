"""English translations of the kit's texts, aligned with the Arabic part by part.

A translation file ``data/translations/<name>.en.tsv`` has a ``#`` comment block (who wrote it,
the licence, that it is a translation), then the header ``part start end english`` and one row
per part of the text as :func:`helpers.text.structure.split_article_ar` splits it: ``headline``,
``dateline``, ``paragraph 1`` … ``paragraph n``, ``boilerplate``. ``start`` and ``end`` are the
part's code-point offsets into the text exactly as the kit analyses it: the case study as
:func:`helpers.text.load.read_text_ar` reads it, a comparison text as
:func:`helpers.compare.comparison_texts` returns it (its ``#`` header stripped).

:func:`read_translation` adds the Arabic of each part (sliced from the text by those offsets) and
checks that the file still matches the kit's current split, so a translation can never drift
silently away from the text it translates.

>>> available_translations()
['iraq_alyoum_kadhimi_dialogue_2021', 'wire_report', 'joint_communique', 'opposing_commentary']
>>> parts = read_translation("iraq_alyoum_kadhimi_dialogue_2021")
>>> row = parts.iloc[1]
>>> row["part"], int(row["start"]), int(row["end"]), row["arabic"]
('dateline', 99, 119, 'بغداد- العراق اليوم:')
"""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd

from helpers.compare.texts import COMPARISON_TEXTS, comparison_texts
from helpers.data import CASE_STUDY, case_study_path, data_path
from helpers.text.load import read_text_ar
from helpers.text.structure import split_article_ar

__all__ = [
    "TRANSLATION_FOLDER",
    "TRANSLATION_COLUMNS",
    "CASE_STUDY_NAME",
    "TRANSLATABLE_TEXTS",
    "TranslationError",
    "TranslationNotFoundError",
    "source_text_ar",
    "parts_table_ar",
    "translation_path",
    "available_translations",
    "read_translation",
    "translation_for_text_ar",
]

#: The folder of the translations, relative to the data folder.
TRANSLATION_FOLDER = "translations"
#: The columns of a translation file, in order.
TRANSLATION_COLUMNS = ("part", "start", "end", "english")
#: The name of the case study (its file name without ``.txt``).
CASE_STUDY_NAME = Path(CASE_STUDY).stem
#: The texts a translation can be written for: the case study, then the comparison texts.
TRANSLATABLE_TEXTS: tuple[str, ...] = (CASE_STUDY_NAME, *COMPARISON_TEXTS)


class TranslationError(ValueError):
    """A translation file is malformed or no longer matches the kit's split of its text."""


class TranslationNotFoundError(KeyError):
    """No text or no translation file of that name; the message is one line."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


def _check_name(name: str) -> None:
    if not isinstance(name, str) or name not in TRANSLATABLE_TEXTS:
        raise TranslationNotFoundError(f"no text named {name!r}; choose from {', '.join(TRANSLATABLE_TEXTS)}")


def source_text_ar(name: str) -> str:
    """Return the Arabic text a translation translates, exactly as the kit analyses it.

    Args:
        name: one of :data:`TRANSLATABLE_TEXTS`.

    Raises:
        TranslationNotFoundError: for an unknown name.

    >>> source_text_ar("wire_report").startswith("العراق والولايات المتحدة")
    True
    >>> source_text_ar("editorial")
    Traceback (most recent call last):
    ...
    helpers.teaching.translations.TranslationNotFoundError: no text named 'editorial'; choose from iraq_alyoum_kadhimi_dialogue_2021, wire_report, joint_communique, opposing_commentary
    """
    _check_name(name)
    if name == CASE_STUDY_NAME:
        return read_text_ar(case_study_path())
    return comparison_texts()[name]


def parts_table_ar(text: str) -> pd.DataFrame:
    """Return the parts of ``text`` as the kit splits it, labelled as translation files label them.

    Works on any Arabic text: it is the table a translator fills in (add an ``english`` column).

    Args:
        text: the text, exactly as analysed.

    Returns:
        Columns ``part`` (``headline``, ``dateline``, ``paragraph 1`` … ``paragraph n``,
        ``boilerplate``; ``boilerplate 1``, ``boilerplate 2`` … when there are several), ``start``,
        ``end`` and ``arabic`` (``text[start:end]``), in text order.

    >>> parts_table_ar("عنوان الخبر\\n\\nالفقرة الأولى.\\n\\nالفقرة الثانية.\\n\\nعلق هنا")
                part  start  end           arabic
    0       headline      0   11      عنوان الخبر
    1    paragraph 1     13   27   الفقرة الأولى.
    2    paragraph 2     29   44  الفقرة الثانية.
    3    boilerplate     46   53          علق هنا
    """
    spans = split_article_ar(text).spans()
    n_boilerplate = sum(s.label == "boilerplate" for s in spans)
    counters = {"paragraph": 0, "boilerplate": 0}
    rows = []
    for span in spans:
        part = span.label
        if span.label == "paragraph" or (span.label == "boilerplate" and n_boilerplate > 1):
            counters[span.label] += 1
            part = f"{span.label} {counters[span.label]}"
        rows.append({"part": part, "start": span.start, "end": span.end, "arabic": text[span.start:span.end]})
    return pd.DataFrame(rows, columns=["part", "start", "end", "arabic"])


def translation_path(name: str) -> Path:
    """Return the path of the English translation of ``name`` (which must exist).

    Raises:
        TranslationNotFoundError: for an unknown name, or a text without a translation file.

    >>> translation_path("joint_communique").name
    'joint_communique.en.tsv'
    """
    _check_name(name)
    try:
        return data_path(TRANSLATION_FOLDER, f"{name}.en.tsv")
    except FileNotFoundError:
        raise TranslationNotFoundError(f"no English translation of {name!r} in data/{TRANSLATION_FOLDER}/") from None


def available_translations() -> list[str]:
    """Return the names of the texts that have an English translation, case study first.

    >>> "wire_report" in available_translations()
    True
    """
    folder = data_path(TRANSLATION_FOLDER, must_exist=False)
    return [name for name in TRANSLATABLE_TEXTS if (folder / f"{name}.en.tsv").is_file()]


def _read_file(name: str) -> pd.DataFrame:
    path = translation_path(name)
    try:
        frame = pd.read_csv(path, sep="\t", comment="#", dtype=str, keep_default_na=False,
                            quoting=csv.QUOTE_NONE, encoding="utf-8")
    except (ValueError, pd.errors.ParserError) as err:
        first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise TranslationError(f"{path.name}: cannot read it: {first}") from None
    if tuple(frame.columns) != TRANSLATION_COLUMNS:
        raise TranslationError(f"{path.name}: expected columns {', '.join(TRANSLATION_COLUMNS)}, "
                               f"got {', '.join(map(str, frame.columns))}")
    for column in ("start", "end"):
        bad = frame.index[~frame[column].str.fullmatch(r"\d+")]
        if len(bad):
            raise TranslationError(f"{path.name} row {bad[0] + 1}: {column} {frame.at[bad[0], column]!r} is not an offset")
        frame[column] = frame[column].astype(int)
    empty = frame.index[frame["english"].str.strip() == ""]
    if len(empty):
        raise TranslationError(f"{path.name} row {empty[0] + 1} ({frame.at[empty[0], 'part']}): the english is empty")
    return frame


def read_translation(name: str) -> pd.DataFrame:
    """Read the English translation of a text, with the Arabic of each part beside it.

    Args:
        name: one of :func:`available_translations`.

    Returns:
        Columns ``part``, ``start``, ``end``, ``arabic`` (the text's ``[start:end]``) and
        ``english``, one row per part in text order.

    Raises:
        TranslationNotFoundError: for an unknown name or a text without a translation.
        TranslationError: if the file is malformed, or its parts and offsets differ from the kit's
            current split of the text (the message names the first part that differs).

    >>> wire = read_translation("wire_report")
    >>> list(wire.columns), len(wire)
    (['part', 'start', 'end', 'arabic', 'english'], 9)
    >>> wire.loc[1, "english"]
    'BAGHDAD (Educational Agency) – [a fictional agency]'
    """
    frame = _read_file(name)
    kit = parts_table_ar(source_text_ar(name))
    file_parts = list(zip(frame["part"], frame["start"], frame["end"]))
    kit_parts = list(zip(kit["part"], kit["start"], kit["end"]))
    if file_parts != kit_parts:
        for i in range(max(len(file_parts), len(kit_parts))):
            have = file_parts[i] if i < len(file_parts) else None
            want = kit_parts[i] if i < len(kit_parts) else None
            if have != want:
                shown = lambda p: "nothing" if p is None else f"{p[0]} {p[1]}–{p[2]}"  # noqa: E731
                raise TranslationError(f"{name}.en.tsv is out of date: row {i + 1} is {shown(have)}, "
                                       f"but the kit splits the text into {shown(want)} there")
    frame.insert(3, "arabic", kit["arabic"].to_list())
    return frame


def translation_for_text_ar(text: str) -> pd.DataFrame:
    """Return the English of ``text`` part by part, for any text: the kit's translation if it has one.

    A notebook that may read any text calls this instead of :func:`read_translation`: for one of
    :data:`TRANSLATABLE_TEXTS` (recognised by its content, exactly as the kit analyses it) it returns
    that text's translation; for any other text, its parts (:func:`parts_table_ar`) with a blank
    ``english`` column, the table a translator would fill in. Never a machine translation.

    Args:
        text: the text, exactly as analysed.

    Returns:
        Columns ``part``, ``start``, ``end``, ``arabic`` and ``english``, in text order.

    >>> wire = translation_for_text_ar(source_text_ar("wire_report"))
    >>> wire.loc[1, "english"]
    'BAGHDAD (Educational Agency) – [a fictional agency]'
    >>> translation_for_text_ar("عنوان\\n\\nفقرة لم يترجمها أحد.")[["part", "arabic", "english"]]
              part                 arabic english
    0     headline                  عنوان
    1  paragraph 1  فقرة لم يترجمها أحد.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    for name in available_translations():
        if source_text_ar(name) == text:
            return read_translation(name)
    table = parts_table_ar(text)
    table["english"] = ""
    return table
