"""The kit's dependency lists agree: pyproject.toml, environment.yml and the pinned constraints."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# Conda-only entries: the interpreter, pip itself, and camel-tools' declared neural dependencies.
CONDA_ONLY = {"python", "pip", "pytorch-cpu", "transformers"}
_REQ = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(.*?)\s*$")


def _split(requirement: str) -> tuple[str, str]:
    name, spec = _REQ.match(requirement).groups()
    return name.lower().replace("_", "-"), spec.replace(" ", "")


def _pyproject() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    reqs = project["dependencies"] + [r for group in project["optional-dependencies"].values() for r in group]
    return dict(_split(r) for r in reqs)


def _environment() -> dict[str, str]:
    entries: dict[str, str] = {}
    for line in (ROOT / "environment.yml").read_text(encoding="utf-8").splitlines():
        m = re.match(r"^\s*-\s+(.+?)\s*$", line)
        if not m or m.group(1) in {"conda-forge", "nodefaults"} or m.group(1).startswith("--"):
            continue
        if m.group(1).endswith(":"):
            continue
        name, spec = _split(m.group(1))
        entries[name] = spec
    return entries


def _pins() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "requirements/constraints.txt").read_text(encoding="utf-8").splitlines():
        m = re.match(r"^([A-Za-z0-9._-]+)==([^\s;]+)", line)
        if m:
            pins[m.group(1).lower()] = m.group(2)
    return pins


def test_same_packages_in_pyproject_and_environment_yml() -> None:
    env = set(_environment()) - CONDA_ONLY
    assert env == set(_pyproject()), "pyproject.toml and environment.yml list different packages"


@pytest.mark.parametrize("name", sorted(_pyproject()))
def test_each_environment_spec_agrees(name: str) -> None:
    py_spec, env_spec = _pyproject()[name], _environment()[name]
    if env_spec.startswith("=="):
        assert env_spec[2:] == _pins()[name], f"{name}: environment.yml pins {env_spec}, constraints.txt pins {_pins()[name]}"
    else:
        assert env_spec == py_spec, f"{name}: environment.yml says {env_spec!r}, pyproject.toml says {py_spec!r}"


@pytest.mark.parametrize("name", sorted(_pyproject()))
def test_every_dependency_is_pinned(name: str) -> None:
    assert name in _pins(), f"{name} is not pinned in requirements/constraints.txt (run ./kit pin)"


def test_no_torch_or_transformers_in_pins() -> None:
    pins = _pins()
    assert "torch" not in pins and "transformers" not in pins


@pytest.mark.parametrize("path", ["requirements/constraints.txt", "environment.yml", "pyproject.toml"])
def test_no_download_addresses_or_machine_paths(path: str) -> None:
    text = (ROOT / path).read_text(encoding="utf-8")
    assert not re.search(r"https?://", text), f"{path} records a download address"
    assert not re.search(r"/(?:root|home|work|tmp)/", text), f"{path} records a machine path"


def test_torch_is_not_installed() -> None:
    import importlib.util

    assert importlib.util.find_spec("torch") is None, "torch got into the environment: check requirements/overrides.txt"
