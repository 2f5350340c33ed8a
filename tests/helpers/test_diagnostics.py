"""Environment checks: offline, without importing camel_tools.data, creating nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers.diagnostics import PACKAGES, camel_data_status, environment_report, package_versions

CATALOGUE = {
    "version": "1.6.0",
    "packages": {},
    "components": {
        "MorphologyDB": {
            "default": "calima-msa-r13",
            "datasets": {"calima-msa-r13": {"path": "morphology_db/calima-msa-r13"}},
        }
    },
}


def _install(folder: Path, *, catalogue: object | None, db: bool) -> None:
    if catalogue is not None:
        text = catalogue if isinstance(catalogue, str) else json.dumps(catalogue)
        (folder / "catalogue.json").write_text(text, encoding="utf-8")
    if db:
        db_dir = folder / "data" / "morphology_db" / "calima-msa-r13"
        db_dir.mkdir(parents=True)
        (db_dir / "morphology.db").write_text("###ORDER###\n", encoding="utf-8")


LAYOUTS = [
    # name, catalogue.json content, morphology.db present, ready, catalogue_present, hint contains
    ("empty folder", None, False, False, False, "camel_data -i light"),
    ("catalogue only", CATALOGUE, False, False, True, "camel_data -i light"),
    ("database only", None, True, True, False, "catalogue.json is missing"),
    ("complete", CATALOGUE, True, True, True, "can analyse words offline"),
    ("broken catalogue", "{not json", True, True, True, "can analyse words offline"),
]


@pytest.mark.parametrize(
    ("name", "catalogue", "db", "ready", "has_catalogue", "hint"), LAYOUTS, ids=[row[0] for row in LAYOUTS]
)
def test_camel_data_status(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    catalogue: object | None,
    db: bool,
    ready: bool,
    has_catalogue: bool,
    hint: str,
) -> None:
    _install(tmp_path, catalogue=catalogue, db=db)
    monkeypatch.setenv("CAMELTOOLS_DATA", str(tmp_path))
    status = camel_data_status()
    assert status["data_dir"] == str(tmp_path)
    assert status["source"] == "$CAMELTOOLS_DATA"
    assert status["ready"] is ready and status["morphology_db_present"] is ready
    assert status["catalogue_present"] is has_catalogue
    assert status["installed_dbs"] == (["calima-msa-r13"] if db else [])
    assert hint in status["hint"] and "\n" not in status["hint"]
    assert status["problems"] == (["catalogue.json is unreadable (JSONDecodeError)"] if name == "broken catalogue" else [])


def test_catalogue_decides_the_database_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    catalogue = {"components": {"MorphologyDB": {"default": "other", "datasets": {"other": {"path": "dbs/other"}}}}}
    _install(tmp_path, catalogue=catalogue, db=False)
    monkeypatch.setenv("CAMELTOOLS_DATA", str(tmp_path))
    status = camel_data_status()
    assert status["morphology_db"] == "other"
    assert status["morphology_db_path"] == str(tmp_path / "data" / "dbs" / "other" / "morphology.db")


def test_missing_folder_is_reported_not_created(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "not here"
    monkeypatch.setenv("CAMELTOOLS_DATA", str(folder))
    status = camel_data_status()
    assert status["data_dir_exists"] is False and status["ready"] is False
    assert str(folder) in status["hint"]
    assert not folder.exists()


def test_default_folder_is_under_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CAMELTOOLS_DATA", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("USERPROFILE", str(tmp_path))
    status = camel_data_status()
    assert status["source"] == "default"
    assert Path(status["data_dir"]).parent == tmp_path
    assert not Path(status["data_dir"]).exists()


def test_package_versions() -> None:
    frame = package_versions()
    assert list(frame.columns) == ["package", "version"]
    assert frame["package"].tolist() == ["python", *PACKAGES]
    assert frame.set_index("package").loc["python", "version"] == ".".join(map(str, sys.version_info[:3]))
    assert (frame["version"] != "").all()


def test_environment_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CAMELTOOLS_DATA", str(tmp_path))
    report = environment_report()
    assert list(report.columns) == ["check", "status", "detail"]
    assert set(report["status"]) <= {"ok", "problem", "optional"}
    by_check = report.set_index("check")
    assert by_check.loc["Arabic font", "status"] == "ok"
    assert by_check.loc["kit data folder", "status"] == "ok"
    assert by_check.loc["CAMeL data", "status"] == "optional"
    assert by_check.loc["matplotlib", "status"] == "ok"
    assert not report["detail"].str.contains("\n").any()


def test_environment_report_names_a_missing_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ADL_DATA", str(tmp_path / "nowhere"))
    row = environment_report().set_index("check").loc["kit data folder"]
    assert row["status"] == "problem" and "data folder not found" in row["detail"]


def test_camel_tools_is_never_imported(tmp_path: Path) -> None:
    # A fresh interpreter: pytest's own process may already have imported camel_tools elsewhere.
    code = (
        "import sys\n"
        "from helpers.diagnostics import camel_data_status, environment_report\n"
        "camel_data_status(); environment_report()\n"
        "loaded = sorted(m for m in sys.modules if m.startswith('camel_tools'))\n"
        "print(loaded)\n"
    )
    env = {**os.environ, "CAMELTOOLS_DATA": str(tmp_path / "camel"), "HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
    assert not (tmp_path / "camel").exists() and not (tmp_path / ".camel_tools").exists()
