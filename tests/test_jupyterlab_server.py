"""A real JupyterLab server starts on loopback, serves the notebooks through its REST API, and stops."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "adl-test-token"

pytestmark = pytest.mark.server


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> tuple[int, bytes]:
    request = urllib.request.Request(url, headers={"Authorization": f"token {TOKEN}"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status, response.read()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    home = tmp_path_factory.mktemp("jupyter")
    port = _free_port()
    env = {
        **os.environ,
        "JUPYTER_CONFIG_DIR": str(home / "config"),
        "JUPYTER_RUNTIME_DIR": str(home / "runtime"),
        "JUPYTER_DATA_DIR": str(home / "data"),
    }
    cmd = [
        sys.executable, "-m", "jupyterlab", "--no-browser",
        f"--ServerApp.port={port}", "--ServerApp.port_retries=0", "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.token={TOKEN}", f"--ServerApp.root_dir={ROOT / 'notebooks'}",
        "--ServerApp.allow_root=True",  # CI runs as root
    ]
    log = (home / "server.log").open("wb")
    proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                if _get(f"{base}/api/status")[0] == 200:
                    break
            except (urllib.error.URLError, ConnectionError):
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                log.flush()
                pytest.fail("JupyterLab did not start:\n" + (home / "server.log").read_text(errors="replace")[-3000:])
            time.sleep(0.5)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        log.close()
    assert proc.returncode is not None


def test_contents_api_lists_every_notebook(server: str) -> None:
    status, body = _get(f"{server}/api/contents")
    assert status == 200
    listed = {item["name"] for item in json.loads(body)["content"] if item["type"] == "notebook"}
    expected = {p.name for p in (ROOT / "notebooks").glob("*.ipynb")}
    assert expected and listed == expected


def test_a_notebook_is_served_with_its_cells(server: str) -> None:
    first = sorted((ROOT / "notebooks").glob("*.ipynb"))[0].name
    status, body = _get(f"{server}/api/contents/{first}?content=1")
    model = json.loads(body)
    assert status == 200 and model["type"] == "notebook"
    assert model["content"]["cells"][0]["cell_type"] == "markdown"


def test_the_lab_page_is_served(server: str) -> None:
    status, body = _get(f"{server}/lab")
    assert status == 200 and b"JupyterLab" in body


def test_requests_without_the_token_are_refused(server: str) -> None:
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(f"{server}/api/contents", timeout=10)
    assert info.value.code == 403
