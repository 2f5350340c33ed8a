"""A small Chrome DevTools Protocol driver for the browser tests: headless Chromium, kept offline.

:class:`Chromium` starts the system's Chromium with a new, empty profile and talks to it over one
WebSocket (``websocket-client``, already in the environment as a Jupyter dependency). It does only
what ``tests/test_browser.py`` needs, and every wait has a time limit that ends in a one-line
:class:`BrowserError`:

- refuse every request the browser makes that is not a local file (or, when asked, loopback),
  and record it: ``Fetch`` is enabled on the browser itself, so pages, frames and workers alike
  stop there first;
- open a page, load an address and wait for its ``load`` event;
- set the viewport, evaluate JavaScript and return its JSON value, wait for a CSS selector;
- close: ``Browser.close``, then kill Chromium's process group and reap every process of it, then
  remove the profile.

The driver has no thread of its own: Chromium's messages (requests waiting for a yes or no among
them) are handled only inside its calls. A test that waits for something else does so with
:meth:`Page.wait`, never ``time.sleep``, or the page stalls.

Chromium runs under a small Python parent that makes itself the "child subreaper" (Linux): the
helper processes Chromium leaves behind when it exits are handed to that parent, which kills and
reaps them, so closing leaves neither a running process nor a zombie.
"""

from __future__ import annotations

import ipaddress
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import websocket

# The flags the browser test has always used; the profile and the DevTools port are added per launch.
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
LOCAL_SCHEMES = {"file", "data", "about", "blob"}
LOOPBACK_SCHEMES = {"http", "https", "ws", "wss"}

# Runs as Chromium's parent: adopt orphaned descendants, stop the whole group on SIGTERM or when
# Chromium exits, reap everything, exit with Chromium's status. Its first line of output is
# Chromium's process id (which is also its process group).
_REAPER = r"""
import ctypes, os, signal, subprocess, sys
prctl = getattr(ctypes.CDLL(None), "prctl", None)
if prctl is not None:
    prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
browser, stopping = None, False
def stop(*_):
    global stopping
    stopping = True
    if browser is not None:
        try:
            os.killpg(browser.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
signal.signal(signal.SIGTERM, stop)
browser = subprocess.Popen(sys.argv[1:], process_group=0, stdin=subprocess.DEVNULL,
                           stdout=subprocess.DEVNULL, stderr=sys.stderr)
if stopping:
    stop()
print(browser.pid, flush=True)
code = browser.wait()
stop()
while True:
    try:
        os.wait()
    except ChildProcessError:
        break
sys.exit(code if code >= 0 else 128 - code)
"""


class BrowserError(RuntimeError):
    """Chromium could not do what was asked in time; the message is one line saying what."""


def find_chromium() -> str | None:
    """Return a Chromium executable: ``$KIT_CHROMIUM``, Debian's ``/usr/bin/chromium``, or one on PATH."""
    for candidate in (os.environ.get("KIT_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium"),
                      shutil.which("chromium-browser"), shutil.which("google-chrome")):
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


def is_allowed(url: str, *, loopback: bool = False) -> bool:
    """Say whether the browser may fetch ``url``: local schemes always, loopback only when asked.

    Args:
        url: the address a page asked for.
        loopback: also allow http(s) and ws(s) to 127.0.0.0/8, ``::1`` and ``localhost``.

    >>> is_allowed("file:///srv/page.html"), is_allowed("data:image/png;base64,AAAA")
    (True, True)
    >>> is_allowed("https://cdn.example.org/mathjax.js")
    False
    >>> is_allowed("http://127.0.0.1:8888/lab"), is_allowed("http://127.0.0.1:8888/lab", loopback=True)
    (False, True)
    >>> is_allowed("ws://[::1]:8888/api", loopback=True), is_allowed("http://localhost.example.com/", loopback=True)
    (True, False)
    """
    parts = urlsplit(url)
    if parts.scheme in LOCAL_SCHEMES:
        return True
    if not loopback or parts.scheme not in LOOPBACK_SCHEMES:
        return False
    host = (parts.hostname or "").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _one_line(text: str, limit: int = 300) -> str:
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


class Chromium:
    """Headless Chromium with a new profile, refusing what is not local; use it as a context manager.

    Args:
        executable: the Chromium to run (see :func:`find_chromium`).
        allow_loopback: also let pages reach servers on loopback (a local JupyterLab).
        timeout: seconds any single step may take unless the step says otherwise.
    """

    def __init__(self, executable: str, *, allow_loopback: bool = False, timeout: float = 30.0) -> None:
        self.allow_loopback = allow_loopback
        self.timeout = timeout
        self.refused: list[str] = []  # every request refused, "<resource type> <url>", in order
        self._pages: dict[str, Page] = {}  # by session id
        self._next_id = 0
        self._responses: dict[int, dict] = {}
        self._awaited: set[int] = set()
        self._ws: websocket.WebSocket | None = None
        self._closed = False
        self.folder = Path(tempfile.mkdtemp(prefix="adl-chromium-"))
        self.profile = self.folder / "profile"
        self.profile.mkdir()  # a new, empty user data dir
        self._log = self.folder / "chromium.log"
        try:
            with self._log.open("wb") as log:
                self._reaper = subprocess.Popen(
                    [sys.executable, "-I", "-c", _REAPER, executable, *FLAGS, f"--user-data-dir={self.profile}",
                     "--remote-debugging-port=0", "about:blank"],
                    stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=log, start_new_session=True, text=True,
                )
            self.pid = self._read_pid()
            self._connect(self._devtools_address())
            self._call("Fetch.enable", {"patterns": [{"urlPattern": "*", "requestStage": "Request"}]})
        except BaseException:
            self.close()
            raise

    @property
    def returncode(self) -> int | None:
        """Chromium's exit status once :meth:`close` has reaped it (``None`` while it runs)."""
        return self._reaper.returncode

    def __enter__(self) -> Chromium:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- start --------------------------------------------------------------------------------

    def _log_tail(self) -> str:
        try:
            lines = [line for line in self._log.read_text(errors="replace").splitlines() if line.strip()]
        except OSError:
            return "no log"
        return _one_line(lines[-1]) if lines else "nothing in its log"

    def _read_pid(self) -> int:
        ready, _, _ = select.select([self._reaper.stdout], [], [], self.timeout)
        line = self._reaper.stdout.readline() if ready else ""
        if not line.strip().isdigit():
            raise BrowserError(f"Chromium did not start: {self._log_tail()}")
        return int(line)

    def _devtools_address(self) -> str:
        port_file = self.profile / "DevToolsActivePort"  # Chromium writes its port and path here
        deadline = time.monotonic() + self.timeout
        while True:
            if port_file.exists():
                lines = port_file.read_text().splitlines()
                if len(lines) >= 2 and lines[0].isdigit() and lines[1].startswith("/devtools/browser/"):
                    return f"ws://127.0.0.1:{lines[0]}{lines[1]}"
            if self._reaper.poll() is not None:
                raise BrowserError(f"Chromium exited at start (status {self._reaper.returncode}): {self._log_tail()}")
            if time.monotonic() > deadline:
                raise BrowserError(f"Chromium opened no DevTools port within {self.timeout:g} s: {self._log_tail()}")
            time.sleep(0.05)

    def _connect(self, address: str) -> None:
        # Never through a proxy, whatever the environment says: the browser is on loopback.
        self._ws = websocket.create_connection(address, timeout=self.timeout, suppress_origin=True,
                                               http_no_proxy=["127.0.0.1"])

    # --- the protocol -------------------------------------------------------------------------

    def _send(self, method: str, params: dict | None = None, session: str | None = None) -> int:
        if self._ws is None or not self._ws.connected:
            raise BrowserError(f"Chromium is not connected (sending {method}): {self._log_tail()}")
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        self._ws.send(json.dumps(message))
        return self._next_id

    def _call(self, method: str, params: dict | None = None, session: str | None = None, *,
              timeout: float | None = None, what: str = "") -> dict:
        """Send one command and return its result, handling events while waiting."""
        call_id = self._send(method, params, session)
        self._awaited.add(call_id)
        try:
            self._pump_until(lambda: call_id in self._responses, timeout, what or method)
        finally:
            self._awaited.discard(call_id)
        response = self._responses.pop(call_id)
        if "error" in response:
            raise BrowserError(f"{method} failed: {_one_line(response['error'].get('message', response['error']))}")
        return response.get("result", {})

    def _pump_until(self, done, timeout: float | None, what: str) -> None:
        """Handle messages until ``done()`` is true; fail in one line after ``timeout`` seconds."""
        limit = self.timeout if timeout is None else timeout
        deadline = time.monotonic() + limit
        while not done():
            left = deadline - time.monotonic()
            if left <= 0:
                raise BrowserError(f"Chromium: {what} took longer than {limit:g} s")
            self._pump(left)

    def _pump(self, seconds: float) -> None:
        """Handle the messages that arrive within ``seconds`` (at least one if any arrives)."""
        if self._ws is None or not self._ws.connected:
            raise BrowserError(f"Chromium closed the DevTools connection: {self._log_tail()}")
        ready, _, _ = select.select([self._ws.sock], [], [], max(seconds, 0))
        if not ready:
            return
        try:
            raw = self._ws.recv()
        except (websocket.WebSocketException, OSError) as error:
            raise BrowserError(f"Chromium closed the DevTools connection ({_one_line(error)}): {self._log_tail()}") from None
        if not raw:
            raise BrowserError(f"Chromium closed the DevTools connection: {self._log_tail()}")
        self._handle(json.loads(raw))

    def _handle(self, message: dict) -> None:
        if "id" in message:
            if message["id"] in self._awaited:
                self._responses[message["id"]] = message
            return  # the answer to a command sent without waiting (continue or fail a request)
        method, params = message.get("method"), message.get("params", {})
        page = self._pages.get(message.get("sessionId", ""))
        if method == "Fetch.requestPaused":
            url = params["request"]["url"]
            if is_allowed(url, loopback=self.allow_loopback):
                self._send("Fetch.continueRequest", {"requestId": params["requestId"]})
            else:
                self._refuse(f"{params.get('resourceType', 'Other')} {url}")
                self._send("Fetch.failRequest", {"requestId": params["requestId"], "errorReason": "BlockedByClient"})
        elif method == "Network.webSocketCreated" and page is not None:
            # Fetch never sees WebSockets: they cannot be stopped here, but they are reported.
            if not is_allowed(params["url"], loopback=self.allow_loopback):
                self._refuse(f"WebSocket {params['url']}")
        elif method == "Page.lifecycleEvent" and page is not None:
            page._lifecycle.add((params["frameId"], params["loaderId"], params["name"]))
        elif method == "Inspector.targetCrashed" and page is not None:
            page._gone = "crashed"
        elif method == "Target.detachedFromTarget" and params.get("sessionId") in self._pages:
            self._pages[params["sessionId"]]._gone = "was closed"

    def _refuse(self, request: str) -> None:
        self.refused.append(request)
        for page in self._pages.values():  # the tests use one page at a time, so this is exact
            page.refused.append(request)

    # --- pages and closing --------------------------------------------------------------------

    def new_page(self, *, width: int = 1280, height: int = 800) -> Page:
        """Open a blank page with a ``width`` × ``height`` viewport."""
        target = self._call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self._call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        page = Page(self, target, session)
        self._pages[session] = page
        for method, params in [("Page.enable", {}), ("Page.setLifecycleEventsEnabled", {"enabled": True}),
                               ("Network.enable", {}), ("Inspector.enable", {})]:
            self._call(method, params, session)
        page.set_viewport(width, height)
        return page

    def close(self) -> None:
        """Close Chromium, kill and reap what is left of it, and remove its profile; safe to repeat."""
        if self._closed:
            return
        self._closed = True
        asked = False
        try:
            if self._ws is not None and self._ws.connected:
                asked = True
                self._call("Browser.close", timeout=10)
        except (BrowserError, websocket.WebSocketException, OSError):
            pass  # the connection closing before the answer arrives is the usual way it ends
        finally:
            if self._ws is not None:
                self._ws.close()
        reaper = getattr(self, "_reaper", None)
        if reaper is not None:
            try:
                reaper.wait(timeout=15 if asked else 0.1)
            except subprocess.TimeoutExpired:
                reaper.terminate()  # the reaper kills Chromium's group, reaps it and exits
                try:
                    reaper.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    os.killpg(reaper.pid, signal.SIGKILL)
                    if hasattr(self, "pid"):
                        _kill_group(self.pid)
                    reaper.wait()
            reaper.stdout.close()
        shutil.rmtree(self.folder)


def _kill_group(pgid: int) -> None:
    try:
        os.killpg(pgid, signal.SIGKILL)
    except ProcessLookupError:
        pass


class Page:
    """One browser tab. ``refused`` lists the requests refused while it was open."""

    def __init__(self, browser: Chromium, target: str, session: str) -> None:
        self._browser = browser
        self._target = target
        self._session = session
        self._lifecycle: set[tuple[str, str, str]] = set()
        self._gone = ""
        self.url = "about:blank"
        self.refused: list[str] = []

    def _call(self, method: str, params: dict | None = None, *, timeout: float | None = None, what: str = "") -> dict:
        if self._gone:
            raise BrowserError(f"the page at {self.url} {self._gone}")
        return self._browser._call(method, params, self._session, timeout=timeout, what=what)

    def goto(self, url: str, *, timeout: float = 60.0) -> None:
        """Load ``url`` and wait for its ``load`` event."""
        self.url = url
        result = self._call("Page.navigate", {"url": url}, timeout=timeout, what=f"opening {url}")
        if result.get("errorText"):
            raise BrowserError(f"could not load {url}: {result['errorText']}")
        if "loaderId" not in result:  # a move within the same document: nothing more to load
            return
        wanted = (result["frameId"], result["loaderId"], "load")
        self._browser._pump_until(lambda: wanted in self._lifecycle or bool(self._gone), timeout, f"loading {url}")
        if self._gone:
            raise BrowserError(f"the page at {url} {self._gone}")

    def set_viewport(self, width: int, height: int) -> None:
        """Lay the page out in a ``width`` × ``height`` window (CSS pixels, scale 1)."""
        self._call("Emulation.setDeviceMetricsOverride",
                   {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})

    def evaluate(self, expression: str, *, timeout: float | None = None) -> Any:
        """Run a JavaScript expression (awaiting a promise) and return its value as JSON data."""
        result = self._call("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True},
                            timeout=timeout, what=f"JavaScript on {self.url}")
        if "exceptionDetails" in result:
            details = result["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details.get("text", "")
            raise BrowserError(f"JavaScript failed on {self.url}: {_one_line(text.splitlines()[0] if text else text)}")
        return result["result"].get("value")

    def wait(self, seconds: float) -> None:
        """Let ``seconds`` pass while the browser keeps being served (requests answered)."""
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            self._browser._pump(left)

    def wait_for_selector(self, selector: str, *, timeout: float = 30.0) -> None:
        """Wait until an element matches the CSS ``selector``."""
        deadline = time.monotonic() + timeout
        test = f"document.querySelector({json.dumps(selector)}) !== null"
        while not self.evaluate(test, timeout=max(deadline - time.monotonic(), 1)):
            if time.monotonic() > deadline:
                raise BrowserError(f"no element matched {selector!r} within {timeout:g} s on {self.url}")
            self.wait(0.1)

    def close(self) -> None:
        """Close the tab."""
        self._browser._pages.pop(self._session, None)
        if not self._gone:
            self._browser._call("Target.closeTarget", {"targetId": self._target})
