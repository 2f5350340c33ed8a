"""Find the kit's data files from anywhere, independent of the working folder.

Notebooks run in ``notebooks/``, tests in the repository root, researchers anywhere else: all of
them reach data through :func:`data_path`. Set ``ADL_DATA`` to use another data folder.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["CASE_STUDY", "CASE_STUDY_SHA256", "data_dir", "data_path", "case_study_path"]

#: The case-study article, relative to the data folder (see ``data/README.md``).
CASE_STUDY = "articles/iraq_alyoum_kadhimi_dialogue_2021.txt"
#: The SHA-256 fingerprint of the case study's bytes (UTF-8): a text is the case study when its
#: UTF-8 encoding has this fingerprint, whatever file it was read from.
CASE_STUDY_SHA256 = "587a35ac5397cecc90d4b3e05f55de62661ad220436a2570acd9e85a244c0a3b"

_ENV_VAR = "ADL_DATA"


def data_dir() -> Path:
    """Return the data folder: ``$ADL_DATA`` if set, else the kit's own ``data/``.

    Raises:
        FileNotFoundError: if the folder does not exist.

    >>> data_dir().name
    'data'
    """
    override = os.environ.get(_ENV_VAR)
    folder = Path(override) if override else Path(__file__).resolve().parents[2] / "data"
    if not folder.is_dir():
        where = f"${_ENV_VAR}={override}" if override else str(folder)
        raise FileNotFoundError(f"data folder not found: {where} (set {_ENV_VAR} to the kit's data/ folder)")
    return folder


def data_path(*parts: str, must_exist: bool = True) -> Path:
    """Return the path of a file or folder inside the data folder.

    Args:
        *parts: path components below ``data/``, e.g. ``"articles", "x.txt"`` or ``"articles/x.txt"``.
        must_exist: raise if the path does not exist (default ``True``).

    Raises:
        FileNotFoundError: with a one-line message naming the missing path.

    >>> data_path(CASE_STUDY).suffix
    '.txt'
    >>> data_path("no/such/file.txt")
    Traceback (most recent call last):
    ...
    FileNotFoundError: no such data file: no/such/file.txt (looked in the kit's data folder)
    """
    relative = Path(*parts)
    if relative.is_absolute() or ".." in relative.parts:
        raise ValueError(f"data paths are relative to the data folder: {relative}")
    path = data_dir() / relative
    if must_exist and not path.exists():
        raise FileNotFoundError(f"no such data file: {relative.as_posix()} (looked in the kit's data folder)")
    return path


def case_study_path() -> Path:
    """Return the path of the case-study article.

    >>> case_study_path().name
    'iraq_alyoum_kadhimi_dialogue_2021.txt'
    """
    return data_path(CASE_STUDY)
