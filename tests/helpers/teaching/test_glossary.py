"""Tests for helpers.teaching.glossary: complete rows, unique terms, real sources, true notebook lists."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import nbformat
import pytest

from helpers.data import data_dir
from helpers.teaching import glossary as glossary_module
from helpers.teaching.glossary import (
    GLOSSARY_COLUMNS,
    GLOSSARY_FIELDS,
    GlossaryError,
    TermNotFoundError,
    gloss_ar,
    glossary_entry_ar,
    read_glossary,
)
from helpers.text.normalize import normalize_ar

ROOT = Path(__file__).resolve().parents[3]
ROWS = read_glossary().to_dict("records")
REFERENCES = (ROOT / "lessons" / "references.md").read_text(encoding="utf-8")


def _ids(row: dict[str, str]) -> str:
    return row["transliteration"]


@pytest.mark.parametrize("row", ROWS, ids=_ids)
def test_every_row_has_every_field(row: dict[str, str]) -> None:
    assert list(row) == list(GLOSSARY_COLUMNS)
    for column, value in row.items():
        assert value.strip() == value and value, f"{row['term_ar']}: {column} is empty or padded"
    assert row["field"] in GLOSSARY_FIELDS


def test_no_duplicate_terms_even_after_normalization() -> None:
    terms = [row["term_ar"] for row in ROWS]
    assert len(terms) == len(set(terms))
    normalized = [normalize_ar(t) for t in terms]
    assert len(normalized) == len(set(normalized))


@pytest.mark.parametrize("source", sorted({row["source"] for row in ROWS}))
def test_every_source_is_in_the_references(source: str) -> None:
    assert f"**{source}**" in REFERENCES, f"lessons/references.md has no entry **{source}**"


# The notebooks' transliteration: a i u ā ī ū, underdots, ʿ and ʾ, digraphs; no e, o, c, p, v, x,
# no ALA-LC ʻ ʼ or ASCII apostrophe, no Buckwalter symbols; a g only in gh.
@pytest.mark.parametrize("row", ROWS, ids=_ids)
def test_transliteration_follows_the_scheme(row: dict[str, str]) -> None:
    translit = row["transliteration"]
    assert re.fullmatch(r"[abdfghijklmnqrstuwyzāīūḥṣḍṭẓʿʾ -]+", translit), translit
    assert not re.search(r"g(?!h)", translit), translit
    assert not translit.startswith(("ʾ", "-")), "initial hamza is not written"


def _documents() -> dict[str, str]:
    docs = {}
    for path in sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")):
        docs[path.name[:2]] = "\n".join(cell.source for cell in nbformat.read(path, 4).cells)
    for path in sorted((ROOT / "lessons").glob("[0-9][0-9]_*.md")):
        docs[path.name[:2]] = docs.get(path.name[:2], "") + "\n" + path.read_text(encoding="utf-8")
    return docs


DOCUMENTS = _documents()


def _forms(row: dict[str, str]) -> list[str]:
    pieces = [p.strip() for p in re.split(r"[;,/()]| or ", row["english"]) if len(p.strip()) >= 3]
    return [row["term_ar"], row["transliteration"], *pieces]


def _used(form: str, document: str) -> bool:
    if re.search(r"[\u0600-\u06ff]", form):  # an Arabic word, with or without the article
        return re.search(r"(?<![\u0621-\u064a])(?:ال)?" + re.escape(form) + r"(?![\u0621-\u064a])", document) is not None
    return re.search(r"(?<!\w)" + re.escape(form) + r"(?:s|es)?(?!\w)", document, re.IGNORECASE) is not None


@pytest.mark.parametrize("row", [r for r in ROWS if r["notebooks"] != "-"], ids=_ids)
def test_listed_notebooks_exist_and_use_the_term(row: dict[str, str]) -> None:
    listed = row["notebooks"].split(",")
    assert listed == sorted(set(listed))
    for nn in listed:
        assert nn in DOCUMENTS, f"no notebook {nn}"
        assert any(_used(form, DOCUMENTS[nn]) for form in _forms(row)), f"{row['term_ar']} is not used in {nn}"


REQUIRED = """همزة همزة_الوصل همزة_القطع ألف_مقصورة تاء_مربوطة تطويل كشيدة تشكيل حركات شدة تنوين سكون
جذر وزن لاصقة سابقة لاحقة ضمير_متصل الدقة الاستدعاء التشتت الكلمات_المفتاحية التلازم_اللفظي
استعارة استعارة_تصريحية استعارة_مكنية تشبيه_بليغ كناية مجاز_مرسل علاقة العلاقة_السببية العلاقة_المسببية
العلاقة_الجزئية العلاقة_الكلية اعتبار_ما_كان اعتبار_ما_يكون العلاقة_المحلية العلاقة_الحالية العلاقة_الآلية
طباق طباق_الإيجاب طباق_السلب مقابلة جناس سجع تكرار إطناب تلطيف تعريض مبالغة الالتفات
رابط أداة_ربط إسناد نسبة_القول الإشاريات""".split()


@pytest.mark.parametrize("term", [t.replace("_", " ") for t in REQUIRED])
def test_required_term_is_present(term: str) -> None:
    assert term in {row["term_ar"] for row in ROWS}


# (query, english): as written, vocalized, with the article, without it, with other hamza forms
GLOSSES = [
    ("طباق", "antithesis"),
    ("الطِّباق", "antithesis"),
    ("استعاره", "metaphor"),
    ("الالتفات", "shift of person (of address)"),
    ("التفات", "shift of person (of address)"),
    ("همزه الوصل", "connective hamza (elidable alef)"),
    ("تـطويل", "tatweel (kashida)"),
    ("مجاز مرسل", "non-metaphorical trope (metonymy, synecdoche)"),
    ("  جذر ", "root"),
]


@pytest.mark.parametrize("query, english", GLOSSES)
def test_gloss_ar(query: str, english: str) -> None:
    assert gloss_ar(query) == english


@pytest.mark.parametrize("query, message", [
    ("استعارة تمثيلية", "no glossary entry for 'استعارة تمثيلية' in data/glossary/glossary_ar.tsv; nearest: "),
    ("metaphor", "no glossary entry for 'metaphor'"),
    ("", "give a term in Arabic, not ''"),
    (None, "give a term in Arabic, not None"),
])
def test_unknown_term_is_a_one_line_key_error(query: object, message: str) -> None:
    with pytest.raises(KeyError) as info:
        gloss_ar(query)  # type: ignore[arg-type]
    assert isinstance(info.value, TermNotFoundError)
    assert str(info.value).startswith(message)
    assert "\n" not in str(info.value)


def test_entry_is_a_whole_row() -> None:
    entry = glossary_entry_ar("الإشاريات")
    assert list(entry) == list(GLOSSARY_COLUMNS)
    assert entry["source"] == "Levinson 1983"


@pytest.fixture
def glossary_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    shutil.copytree(data_dir() / "glossary", tmp_path / "glossary")
    monkeypatch.setenv("ADL_DATA", str(tmp_path))
    glossary_module._glossary.cache_clear()
    glossary_module._keys.cache_clear()
    yield tmp_path / "glossary" / "glossary_ar.tsv"
    glossary_module._glossary.cache_clear()
    glossary_module._keys.cache_clear()


# (old, new, message): one edit that breaks the file
BROKEN = [
    pytest.param("\tbalagha\t", "\tpoetics\t", "field 'poetics' is not one of script", id="bad-field"),
    pytest.param("\tHabash 2010\t01,03\n", "\tHabash 2010\t1,3\n", "notebooks '1,3' is not", id="bad-notebooks"),
    pytest.param("\tsajʿ\trhymed prose\t", "\tsajʿ\t\t", "row 86 (سجع): empty english", id="empty-english"),
    pytest.param("حرف\tḥarf", "همزة\tḥarf", "row 2: 'همزة' duplicates row 1", id="duplicate-term"),
    pytest.param("\tnotebooks\n", "\tnotebook\n", "expected columns term_ar, transliteration", id="bad-header"),
]


@pytest.mark.parametrize("old, new, message", BROKEN)
def test_broken_glossary_is_a_one_line_error(glossary_copy: Path, old: str, new: str, message: str) -> None:
    text = glossary_copy.read_text(encoding="utf-8")
    assert old in text
    glossary_copy.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(GlossaryError, match=re.escape(message)) as info:
        read_glossary()
    assert "\n" not in str(info.value)


# The lessons' reading lists cite the same bibliography as the glossary's sources.
LESSONS = sorted((ROOT / "lessons").glob("[0-9][0-9]_*.md"))


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda p: p.stem)
def test_lesson_ends_with_a_reading_list_from_the_references(lesson: Path) -> None:
    text = lesson.read_text(encoding="utf-8")
    head, sep, reading = text.partition("\n## Reading list\n")
    assert sep, f"{lesson.name} has no reading list"
    assert "\n## " not in reading, "the reading list is the last section"
    items = [line for line in reading.splitlines() if line.startswith("- ")]
    assert 3 <= len(items) <= 6
    for item in items:
        assert re.match(r"- \*\*[^*]+\*\*: \S", item), item
    for short in re.findall(r"\*\*([^*]+)\*\*", reading):
        assert f"**{short}**" in REFERENCES, f"{lesson.name}: {short} is not in lessons/references.md"
