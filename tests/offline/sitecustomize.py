"""Refuse every network connection beyond loopback, in every Python process of a test run.

``./kit test`` puts this folder on ``PYTHONPATH`` and sets ``ADL_OFFLINE=1``, so pytest, the
notebook kernels nbval starts and the JupyterLab server all load it at start-up. Connections to
127.0.0.0/8, ::1, ``localhost`` and Unix sockets work; anything else raises :class:`OfflineError`.
``tests/test_offline.py`` proves it, in this process and in a child process.
"""

from __future__ import annotations

import ipaddress
import os
import socket

_LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", ""}


class OfflineError(ConnectionRefusedError):
    """Raised instead of reaching the network during a test run."""


def _is_loopback(host: object) -> bool:
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if not isinstance(host, str):
        return False
    name = host.split("%", 1)[0].strip("[]").lower()
    if name in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def _check(address: object) -> None:
    if isinstance(address, (str, bytes)):  # a Unix socket path
        return
    if isinstance(address, tuple) and address and _is_loopback(address[0]):
        return
    raise OfflineError(f"network access is blocked during tests (tried {address!r}); only loopback is allowed")


def install() -> None:
    """Patch :mod:`socket` so that only loopback and Unix sockets can be reached."""
    if getattr(socket, "_adl_offline", False):
        return
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex
    real_sendto = socket.socket.sendto
    real_getaddrinfo = socket.getaddrinfo

    def connect(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            _check(address)
        return real_connect(self, address)

    def connect_ex(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            _check(address)
        return real_connect_ex(self, address)

    def sendto(self, data, *args):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            _check(args[-1])
        return real_sendto(self, data, *args)

    def getaddrinfo(host, *args, **kwargs):
        if host is not None and not _is_loopback(host):
            raise OfflineError(f"network access is blocked during tests (tried to resolve {host!r})")
        return real_getaddrinfo(host, *args, **kwargs)

    socket.socket.connect = connect
    socket.socket.connect_ex = connect_ex
    socket.socket.sendto = sendto
    socket.getaddrinfo = getaddrinfo
    socket.create_connection.__globals__["getaddrinfo"] = getaddrinfo
    socket._adl_offline = True


if os.environ.get("ADL_OFFLINE") == "1":
    install()
