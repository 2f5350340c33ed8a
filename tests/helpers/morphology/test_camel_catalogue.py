"""The catalogue writer: a catalogue.json naming one database (no camel_tools import)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers.morphology.camel_catalogue import write_camel_catalogue


def test_catalogue_writer(tmp_path: Path) -> None:
    path = write_camel_catalogue(tmp_path, "morphology_db/adl-mini", mle_relative_path="disambig_mle/adl-mini")
    content = json.loads(path.read_text(encoding="utf-8"))
    assert content["version"] and content["packages"] == {}
    assert content["components"]["DisambigMLE"] == {
        "default": "adl-mini",
        "datasets": {"adl-mini": {"path": "disambig_mle/adl-mini"}},
    }
    # the same content again is fine; a different one is refused unless asked
    write_camel_catalogue(tmp_path, "morphology_db/adl-mini", mle_relative_path="disambig_mle/adl-mini")
    with pytest.raises(FileExistsError, match="exists and differs"):
        write_camel_catalogue(tmp_path, "morphology_db/other")
    write_camel_catalogue(tmp_path, "morphology_db/other", name="mine", overwrite=True)
    assert json.loads(path.read_text(encoding="utf-8"))["components"]["MorphologyDB"]["default"] == "mine"
    for bad in ("/abs/path", "../outside", ""):
        with pytest.raises(ValueError, match="must be a path below"):
            write_camel_catalogue(tmp_path / "x", bad)
