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


# --- the configuration ./kit lab adds (tools/jupyter) ----------------------------------------

STORED = json.loads((ROOT / "tools" / "jupyter" / "notebook_metadata.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def kit_server(tmp_path_factory: pytest.TempPathFactory):
    """A server started the way ./kit lab starts it, on a scratch copy of one notebook."""
    home = tmp_path_factory.mktemp("kitlab")
    root = home / "notebooks"
    root.mkdir()
    (root / "nb.ipynb").write_bytes((ROOT / "notebooks" / "00_tour.ipynb").read_bytes())
    port = _free_port()
    env = {
        **os.environ,
        "JUPYTER_CONFIG_DIR": str(home / "config"),
        "JUPYTER_RUNTIME_DIR": str(home / "runtime"),
        "JUPYTER_DATA_DIR": str(home / "data"),
        "JUPYTER_CONFIG_PATH": str(ROOT / "tools" / "jupyter"),  # as ./kit lab sets them
        "JUPYTER_PATH": str(ROOT / "tools" / "jupyter"),
    }
    cmd = [
        sys.executable, "-m", "jupyterlab", "--no-browser",
        f"--ServerApp.port={port}", "--ServerApp.port_retries=0", "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.token={TOKEN}", f"--ServerApp.root_dir={root}", "--ServerApp.allow_root=True",
    ]
    log_path = home / "server.log"
    log = log_path.open("wb")
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
                pytest.fail("JupyterLab did not start:\n" + log_path.read_text(errors="replace")[-3000:])
            time.sleep(0.5)
        yield base, root, log_path
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        log.close()


def _send(method: str, url: str, body: dict | None = None) -> tuple[int, dict]:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method,
                                     headers={"Authorization": f"token {TOKEN}", "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        raw = response.read()
        return response.status, json.loads(raw) if raw else {}


def test_saving_keeps_notebook_metadata_clean(kit_server) -> None:
    base, root, _ = kit_server
    _, model = _get(f"{base}/api/contents/nb.ipynb?content=1")
    content = json.loads(model)["content"]
    # What JupyterLab would save after a kernel reported its exact Python version, plus a stray field.
    content["metadata"]["language_info"] = {**STORED["language_info"], "version": "3.11.7"}
    content["metadata"]["widgets"] = {"state": {}}
    content["cells"][1]["metadata"]["execution"] = {"iopub.execute_input": "2026-01-01T00:00:00Z"}
    status, _ = _send("PUT", f"{base}/api/contents/nb.ipynb", {"type": "notebook", "format": "json", "content": content})
    assert status == 200
    saved = json.loads((root / "nb.ipynb").read_text(encoding="utf-8"))
    assert saved["metadata"] == STORED
    assert "execution" not in saved["cells"][1]["metadata"]


def test_news_and_update_checks_are_off(kit_server) -> None:
    base, _, _ = kit_server
    _, body = _get(f"{base}/lab/api/settings/@jupyterlab/apputils-extension:notification")
    # The overrides become the schema's defaults (the user's own settings still win).
    defaults = {k: v["default"] for k, v in json.loads(body)["schema"]["properties"].items()}
    assert defaults["fetchNews"] == "false" and defaults["checkForUpdates"] is False


def _kernel_log(base: str, log_path: Path) -> str:
    """Start a kernel through the REST API, give it time to boot, stop it; return the server log."""
    status, kernel = _send("POST", f"{base}/api/kernels", {"name": "python3"})
    assert status == 201
    try:
        deadline = time.monotonic() + 60
        while "Kernel started: " + kernel["id"] not in log_path.read_text(errors="replace"):
            assert time.monotonic() < deadline, "the kernel did not start"
            time.sleep(0.5)
        time.sleep(5)  # ipykernel warns while it opens its sockets, right after it starts
        assert _send("GET", f"{base}/api/kernels/{kernel['id']}")[0] == 200
        return log_path.read_text(errors="replace")
    finally:
        _send("DELETE", f"{base}/api/kernels/{kernel['id']}")


def test_kernels_start_without_the_tcp_warning(kit_server) -> None:
    base, _, log_path = kit_server
    log = _kernel_log(base, log_path)
    assert "without encryption" not in log, "the kernel warns that it runs over TCP without encryption"
    assert "Overriding existing pre_save_hook" not in log


def test_kit_kernel_language_info_matches_the_notebooks() -> None:
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.manager import KernelManager

    specs = KernelSpecManager(kernel_dirs=[str(ROOT / "tools" / "jupyter" / "kernels")])
    manager = KernelManager(kernel_name="python3", kernel_spec_manager=specs, transport_encryption="auto")
    manager.start_kernel()
    try:
        client = manager.client()
        client.start_channels()
        client.wait_for_ready(timeout=60)
        reply = client.kernel_info(reply=True, timeout=30)
        assert reply["content"]["language_info"] == STORED["language_info"]
        # The notebook folder, not the kernel's own folder, is where imports are found.
        client.execute("import sys, pathlib; print(any(pathlib.Path(p or '.').resolve().name == 'python3' for p in sys.path))")
        outputs = []
        while True:
            msg = client.get_iopub_msg(timeout=30)
            if msg["msg_type"] == "stream":
                outputs.append(msg["content"]["text"].strip())
            if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle" and outputs:
                break
        assert outputs == ["False"]
        client.stop_channels()
    finally:
        manager.shutdown_kernel(now=True)
