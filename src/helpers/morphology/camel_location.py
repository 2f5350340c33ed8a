"""Find CAMeL Tools' morphology database (and MLE model) on disk without importing ``camel_tools``.

``camel_tools`` is imported lazily, only inside
:class:`~helpers.morphology.camel_backend.CamelBackend`, and only after checking on disk that it
cannot reach the network: importing ``camel_tools.data`` (which
``camel_tools.morphology`` and ``camel_tools.disambig.mle`` import) loads
``$CAMELTOOLS_DATA/catalogue.json`` (default ``~/.camel_tools/catalogue.json``) and *downloads*
it when it is missing. So the backend first looks, like :func:`helpers.diagnostics.camel_data_status`,
for a catalogue camel-tools can parse and for the database file, and raises
:class:`~helpers.morphology.base.BackendUnavailable` with a one-line install hint otherwise.
(Importing ``camel_tools.data`` also creates an empty ``~/.camel_tools`` folder, even when
``CAMELTOOLS_DATA`` points elsewhere; nothing else is written.)

:func:`_locate` does that check for the backend: it returns where the database and model are, or
raises with :data:`INSTALL_HINT`.

>>> _is_dataset_name("calima-msa-r13"), _is_dataset_name("some/folder/morphology.db")
(True, False)
>>> _catalogue_problem({"version": "1.6", "packages": {}, "components": {}}) is None
True
>>> _catalogue_problem({"packages": {}})
"not in camel-tools' catalogue format (KeyError: 'version')"
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from helpers.diagnostics import camel_data_status
from helpers.morphology.base import BackendUnavailable

__all__ = ["INSTALL_HINT"]

#: What to do when CAMeL Tools or its data is missing (appended to every BackendUnavailable message).
INSTALL_HINT = (
    "optional full install: `pip install camel-tools` (brings torch and transformers), then "
    "`camel_data -i light`; or set CAMELTOOLS_DATA to a folder that already holds catalogue.json "
    "and data/morphology_db/<db>/morphology.db"
)


@dataclass(frozen=True)
class _Location:
    name: str
    db_path: Path
    mle_path: Path | None
    data_dir: Path
    notes: tuple[str, ...]


def _camel_tools_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("camel-tools")
    except PackageNotFoundError:  # pragma: no cover
        return "unknown"


def _catalogue_problem(content: Any) -> str | None:
    """Why camel-tools 1.6's Catalogue.load_catalogue would fail on this JSON, or None."""
    try:
        content["version"]
        for package in content["packages"].values():
            if str(package["package_type"]).upper() not in ("META", "HTTP"):
                return f"unknown package_type {package['package_type']!r}"
            package["private"]
            for entry in package.get("files") or ():
                entry["path"], entry["sha256"]
        for component in content["components"].values():
            component["default"]
            for dataset in component["datasets"].values():
                dataset["path"]
    except (KeyError, TypeError, AttributeError) as err:
        return f"not in camel-tools' catalogue format ({type(err).__name__}: {err})"
    return None


def _read_catalogue(path: Path) -> tuple[Any, str | None]:
    try:
        content = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        return None, f"unreadable ({type(err).__name__})"
    return content, _catalogue_problem(content)


def _is_dataset_name(db: str | os.PathLike[str]) -> bool:
    if not isinstance(db, str):
        return False
    return "/" not in db and os.sep not in db and not db.endswith(".db") and not Path(db).exists()


def _locate(db: str | os.PathLike[str] | None) -> _Location:
    if importlib.util.find_spec("camel_tools") is None:
        raise BackendUnavailable(f"camel-tools is not installed: {INSTALL_HINT}")
    status = camel_data_status()
    folder = Path(status["data_dir"])
    catalogue_path = Path(status["catalogue"])
    where = f"{folder} ({status['source']})"
    content, problem = _read_catalogue(catalogue_path) if catalogue_path.is_file() else (None, None)
    if problem:
        content = None
    camel_data_imported = "camel_tools.data" in sys.modules

    if db is not None and not _is_dataset_name(db):
        path = Path(db).expanduser()
        if path.is_dir():
            path = path / "morphology.db"
        if not path.is_file():
            raise FileNotFoundError(f"no CAMeL morphology database at {path}")
        if not camel_data_imported and content is None:
            what = f"catalogue.json is {problem}" if problem else "there is no catalogue.json"
            raise BackendUnavailable(
                f"{what} in {where}, so importing camel_tools.morphology would download one: {INSTALL_HINT}"
            )
        name = path.parent.name if path.name == "morphology.db" else path.stem
        notes = ("an MLE model is only used with a database chosen by name from the catalogue",)
        return _Location(name, path.resolve(), None, folder, notes)

    if content is None:
        if not folder.is_dir():
            reason = f"no CAMeL data folder at {where}"
        elif problem:
            reason = f"{catalogue_path} is {problem}"
        else:
            reason = f"no catalogue.json in {where}"
        raise BackendUnavailable(f"{reason}: {INSTALL_HINT}")
    components = content["components"]
    morphology = components.get("MorphologyDB") or {"default": None, "datasets": {}}
    name = db if db is not None else morphology["default"]
    datasets = morphology["datasets"]
    if name not in datasets:
        known = ", ".join(sorted(datasets)) or "none"
        raise BackendUnavailable(
            f"no morphology database {name!r} in {catalogue_path} (listed: {known}): {INSTALL_HINT}"
        )
    db_path = folder / "data" / datasets[name]["path"] / "morphology.db"
    if not db_path.is_file():
        raise BackendUnavailable(f"the CAMeL morphology database {name} is not installed in {where}: {INSTALL_HINT}")
    mle_dataset = (components.get("DisambigMLE") or {}).get("datasets", {}).get(name)
    mle_path = folder / "data" / mle_dataset["path"] / "model.json" if mle_dataset else None
    notes: tuple[str, ...] = ()
    if mle_path is None or not mle_path.is_file():
        notes = (f"the catalogue in {where} lists no installed MLE model for {name}",)
        mle_path = None
    return _Location(str(name), db_path, mle_path, folder, notes)
