"""helpers.analyze: figure tables become JSON-safe records."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from helpers.analyze import _records

# (name, column, JSON-safe values expected)
COLUMNS = [
    ("numpy floats, NaN and infinity", pd.Series([1.5, np.nan, np.inf]), [1.5, None, None]),
    ("numpy ints", pd.Series(np.array([1, 2, 3], dtype="int64")), [1, 2, 3]),
    ("numpy bools", pd.Series([True, False, True]), [True, False, True]),
    ("nullable floats", pd.array([1.5, None, 2.0], dtype="Float64"), [1.5, None, 2.0]),
    ("nullable ints", pd.array([1, None, 3], dtype="Int64"), [1, None, 3]),
    ("nullable strings", pd.array(["أمس", None, "x"], dtype="string"), ["أمس", None, "x"]),
    ("objects holding numpy scalars", pd.Series([np.int64(4), np.float64(0.5), "ب"], dtype=object), [4, 0.5, "ب"]),
]


@pytest.mark.parametrize(("name", "column", "expected"), COLUMNS, ids=[c[0] for c in COLUMNS])
def test_records_are_json_safe(name: str, column: object, expected: list) -> None:
    records = _records(pd.DataFrame({"value": column, "n": [0, 1, 2]}))
    assert [r["value"] for r in records] == expected
    assert all(type(r["value"]) in (int, float, bool, str, type(None)) for r in records)
    json.dumps(records, allow_nan=False)


def test_records_keep_order_and_cut_rows() -> None:
    frame = pd.DataFrame({"b": [1, 2, 3], "a": ["x", "y", "z"]})
    assert _records(frame, rows=2) == [{"b": 1, "a": "x"}, {"b": 2, "a": "y"}]
    assert _records(frame.iloc[:, :0]) == [{}, {}, {}]
