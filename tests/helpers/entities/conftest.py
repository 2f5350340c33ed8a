"""Shared set-up of the named-entity tests: the layer's spans, with the embedded morphology and without."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from helpers.entities import find_entities_ar


@pytest.fixture(params=[True, False], ids=["farahidi", "no-morphology"])
def entity_spans(request: pytest.FixtureRequest) -> Callable[[str], list[tuple[str, str]]]:
    """A function giving the layer's spans of a text as (text, label), once with the embedded
    morphology and once without any (the test runs for each)."""
    morphology = None if request.param else False
    return lambda text: [(e.text, e.label) for e in find_entities_ar(text, morphology=morphology)]
