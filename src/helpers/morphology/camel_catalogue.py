"""Write a ``catalogue.json`` that points CAMeL Tools to a database written by the kit.

With it in ``$CAMELTOOLS_DATA``, importing ``camel_tools.data`` reads this catalogue instead of
downloading the official one, so ``camel_tools.morphology`` can run on a database written by
:func:`helpers.morphology.camel_db.write_camel_db` (in the tests, and in notebook 03).
"""

from __future__ import annotations

import json
import os
from pathlib import Path, PurePosixPath

__all__ = ["write_camel_catalogue"]


def _relative(path: str | os.PathLike[str], what: str) -> str:
    relative = PurePosixPath(Path(path).as_posix())
    if relative.is_absolute() or ".." in relative.parts or not relative.parts:
        raise ValueError(f"{what} must be a path below <data dir>/data, like 'morphology_db/adl-mini': {path}")
    return relative.as_posix()


def write_camel_catalogue(
    data_dir: str | os.PathLike[str],
    db_relative_path: str | os.PathLike[str],
    *,
    name: str | None = None,
    mle_relative_path: str | os.PathLike[str] | None = None,
    overwrite: bool = False,
) -> Path:
    """Write ``<data_dir>/catalogue.json`` listing one morphology database (and optionally an MLE model).

    With this file in ``$CAMELTOOLS_DATA``, importing ``camel_tools.data`` reads it instead of
    downloading the official catalogue. CAMeL Tools resolves a dataset as
    ``<data_dir>/data/<path>``; a morphology database is the file ``morphology.db`` in that folder,
    an MLE model the file ``model.json``. No packages are listed, so ``camel_data -i`` has
    nothing to install from it.

    Args:
        data_dir: the CAMeL data folder (what ``CAMELTOOLS_DATA`` will point to).
        db_relative_path: the database's folder below ``<data_dir>/data``, e.g. ``"morphology_db/adl-mini"``.
        name: the dataset name (default: the folder's name); it becomes the default MorphologyDB.
        mle_relative_path: folder (below ``<data_dir>/data``) holding an MLE ``model.json`` to list
            as the ``DisambigMLE`` dataset of the same name.
        overwrite: replace an existing, different catalogue.json (never done silently: it may be
            a real CAMeL installation's).

    Returns:
        The path of catalogue.json.

    Raises:
        FileExistsError: if a different catalogue.json is there and ``overwrite`` is false.

    >>> import json, tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     written = write_camel_catalogue(folder, "morphology_db/adl-mini")
    ...     content = json.loads(written.read_text(encoding="utf-8"))
    >>> content["components"]["MorphologyDB"]
    {'default': 'adl-mini', 'datasets': {'adl-mini': {'path': 'morphology_db/adl-mini'}}}
    """
    db_path = _relative(db_relative_path, "db_relative_path")
    dataset = name or PurePosixPath(db_path).name
    components: dict[str, object] = {
        "MorphologyDB": {"default": dataset, "datasets": {dataset: {"path": db_path}}},
    }
    if mle_relative_path is not None:
        mle_path = _relative(mle_relative_path, "mle_relative_path")
        components["DisambigMLE"] = {"default": dataset, "datasets": {dataset: {"path": mle_path}}}
    content = {"version": "1.6", "packages": {}, "components": components}
    text = json.dumps(content, ensure_ascii=False, indent=2) + "\n"

    target = Path(data_dir) / "catalogue.json"
    if target.exists() and not overwrite:
        try:
            same = json.loads(target.read_text(encoding="utf-8")) == content
        except (OSError, UnicodeDecodeError, json.JSONDecodeError):
            same = False
        if not same:
            raise FileExistsError(f"{target} exists and differs (pass overwrite=True to replace it)")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return target
