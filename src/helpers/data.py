"""Find the kit's data files from anywhere, independent of the working folder.

Notebooks run in ``notebooks/``, tests in the repository root, researchers anywhere else: all of
them reach data through :func:`data_path`. Set ``ADL_DATA`` to use another data folder.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path

__all__ = ["CASE_STUDY", "CASE_STUDY_SHA256", "data_dir", "data_path", "case_study_path", "read_tsv_rows"]

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


def read_tsv_rows(name: str, columns: Sequence[str]) -> Iterator[tuple[int, list[str]]]:
    """Yield ``(line number, fields)`` for each data row of the kit's tab-separated file ``name``.

    Blank lines and lines starting with ``#`` are skipped; the first other line must be the header
    ``columns``. Checking each row's fields is left to the caller, which knows what they mean.

    Raises:
        ValueError: the header is not ``columns`` (the message names the file and the line).

    >>> rows = list(read_tsv_rows("lexicons/stopwords_ar.tsv", ["word", "category", "gloss"]))
    >>> rows[0][1][0] != "word" and all(len(fields) == 3 for _, fields in rows)
    True
    """
    header = False
    for number, line in enumerate(data_path(name).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if not header:
            if fields != list(columns):
                raise ValueError(f"{name} line {number}: expected the header {'<TAB>'.join(columns)}")
            header = True
            continue
        yield number, fields
