"""The on-disk morphology cache: keys, versions, switching off, and several processes at once."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pandas as pd
import pytest

from helpers.morphology import AnalysisCache, analyze_morphology_ar
from helpers.morphology.base import WordAnalysis
from helpers.morphology.store import MORPHOLOGY_VERSION, MorphologyStore, cache_folder, default_store

BOOK = (WordAnalysis("كِتَاب", "كِتَاب", root="كتب", pattern="فِعَال", pos="اسم/اسم جامد", pos_coarse="NOUN", proclitics=("ال",)),)


def test_round_trip_keeps_every_field(tmp_path: Path) -> None:
    store = MorphologyStore(tmp_path)
    store.put("farahidi", "0.1", "الكتاب", BOOK)
    store.put("farahidi", "0.1", "الكاظمي", ())
    store.flush()
    again = MorphologyStore(tmp_path)
    assert again.get("farahidi", "0.1", "الكتاب") == BOOK
    assert again.get("farahidi", "0.1", "الكاظمي") == ()  # "no analysis" is stored too
    assert again.get("farahidi", "0.1", "قلم") is None
    assert len(again) == 2


@pytest.mark.parametrize(("backend", "version"), [("farahidi", "0.2"), ("camel:calima-msa-r13", "0.1")])
def test_other_backend_or_version_misses(tmp_path: Path, backend: str, version: str) -> None:
    store = MorphologyStore(tmp_path)
    store.put("farahidi", "0.1", "الكتاب", BOOK)
    store.flush()
    assert store.get(backend, version, "الكتاب") is None
    assert MORPHOLOGY_VERSION in store.namespace("farahidi", "0.1")


@pytest.mark.parametrize("value", ["off", "OFF", "0", "none", "false", ""])
def test_adl_cache_turns_the_store_off(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("ADL_CACHE", value)
    assert cache_folder() is None and default_store() is None


def test_adl_cache_names_the_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("ADL_CACHE", str(tmp_path / "here"))
    assert cache_folder() == tmp_path / "here"
    monkeypatch.delenv("ADL_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_folder() == tmp_path / "xdg" / "arabic-discourse-lab"


def test_unusable_folder_turns_off_with_a_warning(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    store = MorphologyStore(blocker)
    with pytest.warns(UserWarning, match="morphology cache turned off"):
        assert store.get("farahidi", "0.1", "كتاب") is None
    assert not store.enabled
    store.put("farahidi", "0.1", "كتاب", BOOK)  # ignored, no error
    store.flush()


def test_table_is_the_same_from_the_store(tmp_path: Path) -> None:
    text = "قال الوزير إن المفاوضات مع الإدارة الجديدة مستمرة، وأكد أن الحكومة لن تقبل بأي اتفاق."
    first_cache = AnalysisCache(store=MorphologyStore(tmp_path))
    first = analyze_morphology_ar(text, cache=first_cache)
    assert first_cache.analysed > 0
    second_cache = AnalysisCache(store=MorphologyStore(tmp_path))
    second = analyze_morphology_ar(text, cache=second_cache)
    pd.testing.assert_frame_equal(first, second)
    assert second_cache.analysed == 0, "a second process finds every type on disk"


WORKER = textwrap.dedent(
    """
    import sys
    from helpers.morphology import AnalysisCache, analyze_morphology_ar
    from helpers.morphology.store import MorphologyStore
    words = sys.argv[2].split()
    cache = AnalysisCache(store=MorphologyStore(sys.argv[1], batch_size=3))
    table = analyze_morphology_ar(" ".join(words), cache=cache)
    print("|".join(table["lemma"]))
    """
)


def test_several_processes_share_one_store(tmp_path: Path) -> None:
    # Three workers write overlapping vocabularies at the same time, in small batches.
    texts = [
        "الحكومة الجديدة تعلن خطة للإصلاح الاقتصادي والمالي",
        "الحكومة تعلن موازنة جديدة للتعليم والصحة",
        "وزير المالية يعلن خطة الإصلاح والموازنة",
    ]
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    workers = [
        subprocess.Popen([sys.executable, "-c", WORKER, str(tmp_path), text], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        for text in texts
    ]
    outputs = [w.communicate(timeout=300) for w in workers]
    assert all(w.returncode == 0 for w in workers), [err[-500:] for _, err in outputs]
    store = MorphologyStore(tmp_path)
    words = {w for text in texts for w in text.split()}
    assert all(store.get("farahidi", _farahidi_version(), w) is not None for w in words)
    # Each worker's table equals the table computed afresh without any store.
    for text, (out, _) in zip(texts, outputs):
        fresh = analyze_morphology_ar(text, cache=AnalysisCache())
        assert out.strip() == "|".join(fresh["lemma"])


def _farahidi_version() -> str:
    from helpers.morphology.farahidi_backend import farahidi_version

    return farahidi_version()
