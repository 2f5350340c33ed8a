"""The CAMeL-format database writer's own checks (no camel_tools import; the analyzer reading what it
writes is tested in test_camel_backend.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.morphology.camel_db import camel_db_key, derive_camel_pattern, write_camel_db
from helpers.morphology.camel_db_entries import DEFAULT_TABLE_AB, EXAMPLE_STEMS, CamelStem


@pytest.mark.parametrize(
    ("diac", "root", "expected"),
    [("حِوَار", "حور", "1ِ2َا3"), ("مِحْوَر", "ح.و.ر", "مِ1ْ2َ3"), ("جَوْل", "جول", "1َ2ْ3"),
     ("مُفَاوَض", "فوض", "مُ1َا2َ3"), ("اِتِّفَاق", "وفق", None), ("حِوَار", "", None)],
)  # fmt: skip
def test_derive_camel_pattern(diac: str, root: str, expected: str | None) -> None:
    assert derive_camel_pattern(diac, root) == expected


@pytest.mark.parametrize(
    ("diac", "key"), [("جَوْلَة", "جوله"), ("أَمْرِيكِيّ", "امريكي"), ("إِلَى", "الي"), ("ال#", "ال"), ("", "")]
)
def test_camel_db_key(diac: str, key: str) -> None:
    assert camel_db_key(diac) == key


def test_written_sections_and_lines(tmp_path: Path) -> None:
    text = write_camel_db(tmp_path / "sub" / "morphology.db").read_text(encoding="utf-8")
    headers = [line for line in text.splitlines() if line.startswith("###")]
    assert headers == ["###DEFINES###", "###DEFAULTS###", "###ORDER###", "###TOKENIZATIONS###",
                       "###STEMBACKOFF###", "###PREFIXES###", "###SUFFIXES###", "###STEMS###",
                       "###TABLE AB###", "###TABLE BC###", "###TABLE AC###"]  # fmt: skip
    lines = text.splitlines()
    assert "STEMBACKOFF PROP NOAN-PROP" in lines
    assert "P-Al N" in lines and "P-Al NP" not in lines and "P-Al S-hmA" not in lines
    prefixes = lines[lines.index("###PREFIXES###") + 1 : lines.index("###SUFFIXES###")]
    assert sorted(line.split("\t")[0] for line in prefixes) == sorted(["", "و", "ال", "وال", "ب", "بال"])
    suffixes = lines[lines.index("###SUFFIXES###") + 1 : lines.index("###STEMS###")]
    assert sorted(line.split("\t")[0] for line in suffixes) == sorted(["", "ه", "ات", "هما"])
    stems = lines[lines.index("###STEMS###") + 1 : lines.index("###TABLE AB###")]
    assert len(stems) == len(EXAMPLE_STEMS) + 1 and all(len(line.split("\t")) == 3 for line in stems)
    assert write_camel_db(tmp_path / "again.db").read_text(encoding="utf-8") == text  # deterministic


BAD_STEMS = [
    (CamelStem("حِوَار", "حِوَار", "nounish", "N"), "unknown CAMeL part of speech"),
    (CamelStem("حِوَار", "حِوَار_1", "noun", "N"), "must not contain '_' or '-'"),
    (CamelStem("حِوَار", "حِوَار", "noun", "N", root="hwr"), "must be Arabic letters"),
    (CamelStem("اِتِّفَاق", "اِتِّفَاق", "noun", "N", root="وفق"), "pass pattern= explicitly"),
    (CamelStem("حِوَار", "حِوَار", "noun", "N", gloss="a\tb"), "contains whitespace"),
    (CamelStem("حِوَار", "حِوَار", "noun", "N", features={"gen": "x"}), "gen value 'x' is not one of"),
    (CamelStem("حِوَار", "حِوَار", "noun", "N", features={"mood": "i"}), "unknown features ['mood']"),
    (CamelStem("حِوَار", "حِوَار", "noun", "V"), "never mentions the stem categories V"),
]


@pytest.mark.parametrize(("stem", "message"), BAD_STEMS, ids=[m for _, m in BAD_STEMS])
def test_writer_rejects_what_camel_would_misread(tmp_path: Path, stem: CamelStem, message: str) -> None:
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace("[", r"\[").replace("]", r"\]")):
        write_camel_db(tmp_path / "morphology.db", [stem])
    assert not (tmp_path / "morphology.db").exists()


def test_writer_table_checks(tmp_path: Path) -> None:
    without_wa = [pair for pair in DEFAULT_TABLE_AB if pair[0] != "P-wa"]
    with pytest.raises(ValueError, match="table AB must list every prefix category"):
        write_camel_db(tmp_path / "morphology.db", table_ab=without_wa)
    with pytest.raises(ValueError, match="at least one stem"):
        write_camel_db(tmp_path / "morphology.db", [])
