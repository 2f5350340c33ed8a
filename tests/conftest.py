"""Shared test set-up: the whole suite runs offline (see tests/offline/sitecustomize.py)."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
OFFLINE_DIR = ROOT / "tests" / "offline"


def _load_guard():
    spec = importlib.util.spec_from_file_location("adl_offline_guard", OFFLINE_DIR / "sitecustomize.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pytest_configure(config: pytest.Config) -> None:
    # `./kit test` already loaded the guard through PYTHONPATH; a bare `pytest` gets it here,
    # and child processes (kernels, servers) get it through the environment set below.
    os.environ["ADL_OFFLINE"] = "1"
    paths = os.environ.get("PYTHONPATH", "").split(os.pathsep)
    if str(OFFLINE_DIR) not in paths:
        os.environ["PYTHONPATH"] = os.pathsep.join([str(OFFLINE_DIR), *filter(None, paths)])
    os.environ.setdefault("MPLBACKEND", "Agg")
    # The persistent morphology cache goes to a folder of this run (kernels inherit it), never
    # to the user's cache; tests that need their own store make one in tmp_path.
    if "ADL_CACHE" not in os.environ:
        import tempfile

        os.environ["ADL_CACHE"] = tempfile.mkdtemp(prefix="adl-test-cache-")
    _load_guard().install()


@pytest.hookimpl(trylast=True)  # after -k and -m have deselected what will not run
def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config, items: list[pytest.Item]) -> None:
    # tests/test_any_text.py runs notebooks on other texts in subprocesses: start the runs its selected
    # tests need now, in the background, and run those tests last, so the runs overlap the rest.
    late = [item for item in items if item.path.name == "test_any_text.py"]
    if not late or config.option.collectonly:
        return
    items[:] = [item for item in items if item.path.name != "test_any_text.py"] + late
    jobs = [(item.callspec.params["notebook"], item.callspec.params["text"]) for item in late
            if hasattr(item, "callspec") and {"notebook", "text"} <= set(item.callspec.params)]
    late[0].module.start_runs(jobs)


def pytest_sessionfinish(session: pytest.Session) -> None:
    # An interrupted session does not wait for runs that have not started.
    module = sys.modules.get("test_any_text")
    if module is not None:
        module.cancel_pending_runs()


# Property tests: the same examples on every run and no per-example time limit, so a slow or busy
# machine cannot turn a passing suite into a failing one.
from hypothesis import settings  # noqa: E402

settings.register_profile("kit", derandomize=True, deadline=None, print_blob=True)
settings.load_profile("kit")
