"""The shipped data: the case study is byte-identical to its source, and every file is documented."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from helpers.data import CASE_STUDY, CASE_STUDY_SHA256, case_study_path, data_dir, data_path

# The seed file's fingerprint, written out here so that a change to the constant is caught too.
SEED_SHA256 = "587a35ac5397cecc90d4b3e05f55de62661ad220436a2570acd9e85a244c0a3b"


def test_case_study_is_byte_identical() -> None:
    assert hashlib.sha256(case_study_path().read_bytes()).hexdigest() == SEED_SHA256 == CASE_STUDY_SHA256


def test_case_study_keeps_its_noise() -> None:
    text = case_study_path().read_text(encoding="utf-8")
    for noise in ["الأدارة", "الـ 2500", '" وكاتيوشا "', "علق هنا"]:
        assert noise in text


def _data_files() -> list[str]:
    root = data_dir()
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file() and p.name != "README.md")


@pytest.mark.parametrize("relative", _data_files())
def test_every_data_file_is_described_in_the_readme(relative: str) -> None:
    readme = (data_dir() / "README.md").read_text(encoding="utf-8")
    assert f"`{relative}`" in readme, f"data/README.md does not describe {relative}"


def test_data_path_refuses_to_leave_the_data_folder() -> None:
    with pytest.raises(ValueError, match="relative to the data folder"):
        data_path("../pyproject.toml")


def test_data_dir_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / CASE_STUDY).write_text("نص", encoding="utf-8")
    monkeypatch.setenv("ADL_DATA", str(tmp_path))
    assert data_path(CASE_STUDY) == tmp_path / CASE_STUDY


def test_data_dir_override_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ADL_DATA", str(tmp_path / "nowhere"))
    with pytest.raises(FileNotFoundError, match="data folder not found"):
        data_dir()
