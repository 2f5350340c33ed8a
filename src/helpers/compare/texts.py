"""The comparison texts of ``data/comparison/``: three constructed texts about one event.

Each file opens with a header block: lines starting with ``#`` of the form ``# key: value``
(``status``, ``register``, ``event``, ``source``, ``facts``, ``licence``; English, then `` / ``
and Arabic), then a blank line, then the text itself (headline, dateline, paragraphs).
:func:`load_comparison_text` returns the text **without the header**: every offset a helper
reports for it points into that returned body, not into the file. :func:`comparison_header`
returns the header as a dict.

The texts are written for the kit (see ``data/comparison/README.md``); none is a real publication.

>>> sorted(comparison_texts())
['joint_communique', 'opposing_commentary', 'wire_report']
>>> load_comparison_text("wire_report")[:24]
'العراق والولايات المتحدة'
"""

from __future__ import annotations

from helpers.data import data_path
from helpers.text.load import TextInputError, check_text_ar, read_text_ar, split_header

__all__ = ["COMPARISON_FOLDER", "COMPARISON_TEXTS", "split_header", "load_comparison_text", "comparison_header",
           "comparison_texts"]

#: The folder of the comparison texts, relative to the data folder.
COMPARISON_FOLDER = "comparison"

#: The texts, by name (file ``data/comparison/<name>.txt``), in the order tables show them.
COMPARISON_TEXTS: tuple[str, ...] = ("wire_report", "joint_communique", "opposing_commentary")


def _raw(name: str) -> str:
    if not isinstance(name, str) or name not in COMPARISON_TEXTS:
        raise TextInputError(f"no comparison text named {name!r}; choose from {', '.join(COMPARISON_TEXTS)}")
    return read_text_ar(data_path(COMPARISON_FOLDER, f"{name}.txt"))


def load_comparison_text(name: str) -> str:
    """Return the body of a comparison text, header stripped (offsets point into this string).

    Args:
        name: one of :data:`COMPARISON_TEXTS`.

    Raises:
        TextInputError: for an unknown name or an unusable file.

    >>> body = load_comparison_text("joint_communique")
    >>> body.startswith("#"), body.splitlines()[0]
    (False, 'بيان مشترك بشأن الجولة الثالثة من الحوار الاستراتيجي بين جمهورية العراق والولايات المتحدة الأمريكية')
    >>> load_comparison_text("editorial")
    Traceback (most recent call last):
    ...
    helpers.text.load.TextInputError: no comparison text named 'editorial'; choose from wire_report, joint_communique, opposing_commentary
    """
    _, body = split_header(_raw(name))
    return check_text_ar(body, name=f"{name} (body)")


def comparison_header(name: str) -> dict[str, str]:
    """Return a comparison text's header as ``{key: value}`` (lines ``# key: value``).

    The first line, which names the kit, is stored under ``"title"``.

    >>> header = comparison_header("opposing_commentary")
    >>> header["licence"], header["status"].startswith("NOT a real publication")
    ('CC BY-SA 4.0', True)
    """
    header, _ = split_header(_raw(name))
    out: dict[str, str] = {}
    for k, line in enumerate(header):
        content = line.lstrip("#").strip()
        key, sep, value = content.partition(":")
        if k == 0:
            out["title"] = content
        elif sep and key.strip().isidentifier():
            out[key.strip()] = value.strip()
    return out


def comparison_texts() -> dict[str, str]:
    """Return every comparison text by name, bodies only, in the order of :data:`COMPARISON_TEXTS`.

    >>> list(comparison_texts()) == list(COMPARISON_TEXTS)
    True
    """
    return {name: load_comparison_text(name) for name in COMPARISON_TEXTS}
