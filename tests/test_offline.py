"""The suite runs with the network off: prove it, in this process and in a child process."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import urllib.error
import urllib.request

import pytest

# Documentation addresses (TEST-NET-3, RFC 5737) and a real public name: none may be reached.
BLOCKED = [("203.0.113.7", 80), ("2001:db8::1", 443), ("pypi.org", 443)]


@pytest.mark.parametrize(("host", "port"), BLOCKED)
def test_connections_beyond_loopback_are_refused(host: str, port: int) -> None:
    with pytest.raises(ConnectionRefusedError, match="network access is blocked"):
        socket.create_connection((host, port), timeout=2)


def test_urllib_cannot_fetch() -> None:
    with pytest.raises((urllib.error.URLError, ConnectionRefusedError)) as info:
        urllib.request.urlopen("http://example.com/", timeout=2)
    assert "network access is blocked" in str(info.value)


def test_loopback_still_works() -> None:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        with socket.create_connection(server.getsockname(), timeout=2):
            conn, _ = server.accept()
            conn.close()


def test_child_processes_are_offline_too() -> None:
    # Notebook kernels and the JupyterLab server are child processes: they inherit the guard.
    code = (
        "import socket\n"
        "try:\n"
        "    socket.create_connection(('203.0.113.7', 80), timeout=2)\n"
        "except ConnectionRefusedError as e:\n"
        "    print('blocked' if 'network access is blocked' in str(e) else 'other:' + str(e))\n"
        "else:\n"
        "    print('connected')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=os.environ.copy(), check=True)
    assert out.stdout.strip() == "blocked"
