"""Check the environment for notebook 00: package versions, an Arabic font, CAMeL data, kit data.

Nothing here uses the network, and ``camel_tools`` is never imported: importing
``camel_tools.data`` (or ``camel_tools.morphology``, which imports it) creates ``~/.camel_tools``
and downloads the data catalogue if it is missing. Instead, :func:`camel_data_status` looks
where camel-tools 1.6 looks (``$CAMELTOOLS_DATA``, else ``~/.camel_tools``; on Windows
``~/AppData/Roaming/camel_tools``) and only reads files that are already there.
"""

from __future__ import annotations

import json
import os
import platform
import re
import sys
from importlib import metadata
from pathlib import Path
from typing import Any

import pandas as pd

__all__ = ["PACKAGES", "MORPHOLOGY_DB", "package_versions", "camel_data_status", "environment_report"]

#: Distributions reported by :func:`package_versions`, after Python itself.
PACKAGES = ("camel-tools", "farahidi", "wordfreq", "pandas", "matplotlib", "jupyterlab", "nbval")

#: The morphology database camel-tools uses by default.
MORPHOLOGY_DB = "calima-msa-r13"

_CAMEL_ENV = "CAMELTOOLS_DATA"
_INSTALL_HINT = (
    "optional: for CAMeL's morphological analyzer, from the kit's folder run "
    "`.venv/bin/python -m pip install torch transformers` then `.venv/bin/camel_data -i light` "
    "(README, 'The full CAMeL Tools install'; needs the network once; the databases go to {folder}); "
    "the kit works without it"
)


def package_versions() -> pd.DataFrame:
    """Return a table of Python's version and the kit's main packages' (``"not installed"`` if absent).

    >>> frame = package_versions()
    >>> list(frame.columns), frame["package"].tolist()[:3]
    (['package', 'version'], ['python', 'camel-tools', 'farahidi'])
    """
    rows = [{"package": "python", "version": platform.python_version()}]
    for name in PACKAGES:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "not installed"
        rows.append({"package": name, "version": version})
    return pd.DataFrame(rows, columns=["package", "version"])


def _camel_data_dir() -> tuple[Path, str]:
    override = os.environ.get(_CAMEL_ENV)
    if override is not None:
        return Path(override).expanduser().absolute(), f"${_CAMEL_ENV}"
    if sys.platform == "win32":
        return Path.home() / "AppData" / "Roaming" / "camel_tools", "default"
    return Path.home() / ".camel_tools", "default"


def _read_json(path: Path) -> tuple[Any, str | None]:
    try:
        return json.loads(path.read_text(encoding="utf-8")), None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        return None, f"{path.name} is unreadable ({type(err).__name__})"


def camel_data_status() -> dict[str, Any]:
    """Report where CAMeL Tools data would be and whether the morphology database is there.

    Reads only local files; creates nothing; never imports ``camel_tools``.

    Returns:
        A dict with ``data_dir`` (str), ``source`` (``"$CAMELTOOLS_DATA"`` or ``"default"``),
        ``data_dir_exists``, ``catalogue`` (path of ``catalogue.json``), ``catalogue_present``,
        ``morphology_db`` (the default database's name), ``morphology_db_path``,
        ``morphology_db_present``, ``installed_dbs`` (names of the morphology databases found),
        ``problems`` (list of one-line strings), ``ready`` (the default database is present) and
        ``hint`` (one line of English on what to do).

    >>> status = camel_data_status()
    >>> status["morphology_db"], status["source"] in ("$CAMELTOOLS_DATA", "default")
    ('calima-msa-r13', True)
    >>> status["ready"] or status["hint"].startswith("optional: for CAMeL's morphological analyzer, from the kit's folder run")
    True
    """
    folder, source = _camel_data_dir()
    catalogue = folder / "catalogue.json"
    problems: list[str] = []
    db_name, db_relative = MORPHOLOGY_DB, Path("morphology_db", MORPHOLOGY_DB)
    if catalogue.is_file():
        # camel-tools resolves a dataset as <data dir>/data/<path from the catalogue>.
        content, problem = _read_json(catalogue)
        if problem:
            problems.append(problem)
        else:
            try:
                component = content["components"]["MorphologyDB"]
                db_name = component["default"]
                db_relative = Path(component["datasets"][db_name]["path"])
            except (KeyError, TypeError):
                problems.append("catalogue.json has no MorphologyDB entry")
    db_path = folder / "data" / db_relative / "morphology.db"
    db_root = folder / "data" / "morphology_db"
    installed = sorted(p.parent.name for p in db_root.glob("*/morphology.db")) if db_root.is_dir() else []
    ready = db_path.is_file()
    if ready and not catalogue.is_file():
        hint = (
            f"{db_name} is present but catalogue.json is missing: importing camel_tools.morphology "
            "would try to download it; run `.venv/bin/camel_data -i light` from the kit's folder once while online"
        )
    elif ready:
        hint = f"{db_name} is installed: camel_tools.morphology can analyse words offline"
    else:
        hint = _INSTALL_HINT.format(folder=folder)
    return {
        "data_dir": str(folder),
        "source": source,
        "data_dir_exists": folder.is_dir(),
        "catalogue": str(catalogue),
        "catalogue_present": catalogue.is_file(),
        "morphology_db": db_name,
        "morphology_db_path": str(db_path),
        "morphology_db_present": ready,
        "installed_dbs": installed,
        "problems": problems,
        "ready": ready,
        "hint": hint,
    }


def _version_tuple(version: str) -> tuple[int, ...]:
    parts = []
    for piece in version.split(".")[:3]:
        digits = re.match(r"\d+", piece)
        if digits is None:
            break
        parts.append(int(digits.group()))
    return tuple(parts)


def environment_report() -> pd.DataFrame:
    """Return one row per check: ``check``, ``status`` (``ok``, ``problem`` or ``optional``), ``detail``.

    Covers the package versions, matplotlib's Arabic shaping (3.11 or newer), an installed font
    with Arabic glyphs, the optional CAMeL data and the kit's data folder.

    >>> report = environment_report()
    >>> list(report.columns)
    ['check', 'status', 'detail']
    >>> report.set_index("check").loc["kit data folder", "status"]
    'ok'
    """
    rows: list[tuple[str, str, str]] = []
    for package, version in package_versions().itertuples(index=False):
        if version == "not installed":
            rows.append((package, "problem", "not installed: run ./kit setup"))
        elif package == "matplotlib" and _version_tuple(version) < (3, 11):
            rows.append((package, "problem", f"{version}: Arabic labels need matplotlib 3.11 or newer to join letters"))
        else:
            rows.append((package, "ok", version))

    try:
        from helpers.display.plotting import arabic_font_name

        font = arabic_font_name()
    except Exception as err:  # an Arabic font problem must not hide the other checks
        rows.append(("Arabic font", "problem", str(err).splitlines()[0] if str(err) else type(err).__name__))
    else:
        detail = font
        if font == "DejaVu Sans":
            detail += " (basic Arabic; install Noto Naskh Arabic for nicer figures)"
        rows.append(("Arabic font", "ok", detail))

    camel = camel_data_status()
    camel_detail = camel["hint"] if not camel["problems"] else f"{camel['hint']} ({'; '.join(camel['problems'])})"
    rows.append(("CAMeL data", "ok" if camel["ready"] and camel["catalogue_present"] else "optional", camel_detail))

    try:
        from helpers.data import case_study_path, data_dir

        folder = data_dir()
        case_study_path()
    except (FileNotFoundError, ValueError) as err:
        rows.append(("kit data folder", "problem", str(err)))
    else:
        rows.append(("kit data folder", "ok", str(folder)))
    return pd.DataFrame(rows, columns=["check", "status", "detail"])
