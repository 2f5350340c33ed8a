"""Every notebook's offline HTML export, rendered in headless Chromium, reads right and stays offline.

For each notebook (exported with ``tools/export_html.py``) and two window sizes (1280×800, a
laptop with JupyterLab's file browser open leaves about that much; and 1200 px), the page must:

- request nothing beyond the file itself (no CDN script, font or image);
- show every formula as MathML (no raw TeX left in the prose);
- let nothing overflow its box: no horizontal page scroll, and no block whose content is wider
  than the block unless the block scrolls (KWIC contexts, clipped on purpose, excepted);
- lay Arabic out right to left wherever the kit's display helpers show it: every text holding an
  Arabic word in their HTML has ``direction: rtl`` (in a table, a legend or feedback box of
  English, the Arabic run is isolated in a right-to-left ``<bdi>``).

And in JupyterLab itself: notebook 00 opened with ``./kit lab``'s settings (``tools/jupyter``) and
its kernel idle, the notebook is not marked changed and no news pop-up shows; plain JupyterLab,
the contrast, does both.

Chromium is the system's (Debian's ``chromium`` package; ``.ci/run`` installs it), driven by
Playwright, which downloads no browser when given the executable. Without Chromium the tests
skip with a message saying so; ``KIT_CHROMIUM`` names another executable.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
SIZES = [(1280, 800), (1200, 800)]
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.browser


def _chromium() -> str | None:
    for candidate in (os.environ.get("KIT_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium"),
                      shutil.which("chromium-browser"), shutil.which("google-chrome")):
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


CHROMIUM = _chromium()
if CHROMIUM is None:
    pytest.skip("no Chromium here: install Debian's chromium package (apt-get install chromium; .ci/run does) "
                "or set KIT_CHROMIUM to a Chromium executable", allow_module_level=True)
playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (./kit setup installs it)")


def _export_tool():
    spec = importlib.util.spec_from_file_location("export_html", ROOT / "tools" / "export_html.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("html")
    tool = _export_tool()
    return {p.name: tool.export_html(p, folder / f"{p.stem}.html") for p in NOTEBOOKS}


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory):
    profile = tmp_path_factory.mktemp("chromium-profile")  # a new, empty user data dir
    with playwright_api.sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, headless=True, args=FLAGS, viewport={"width": 1280, "height": 800},
        )
        try:
            yield context
        finally:
            context.close()


# Runs in the page: everything that can be checked without looking.
CHECKS = r"""
() => {
  const arabicWord = /[\u0620-\u064A\u0671-\u06D3]{2,}/;
  const say = (el) => {
    const cell = el.closest('.jp-Cell');
    const where = cell ? `cell ${[...document.querySelectorAll('.jp-Cell')].indexOf(cell)}` : 'page';
    const cls = (el.getAttribute('class') || '').split(' ')[0];
    return `${where}: <${el.tagName.toLowerCase()}${cls ? ' class=' + cls : ''}> "${el.textContent.trim().slice(0, 50)}"`;
  };
  const out = {overflow: [], rtl: [], rtlShown: 0, arabicShown: 0, rawTex: [], math: document.querySelectorAll('math').length};
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth + 1) out.overflow.push(`page is ${root.scrollWidth}px wide in a ${root.clientWidth}px window`);
  const blocks = document.querySelectorAll('.jp-OutputArea-output, .jp-OutputArea-output *, .jp-RenderedMarkdown, .jp-RenderedMarkdown *');
  for (const el of blocks) {
    const cs = getComputedStyle(el);
    if (cs.display === 'none' || cs.display === 'contents' || cs.display.startsWith('inline') || cs.display.startsWith('table-')) continue;
    if (['auto', 'scroll'].includes(cs.overflowX)) continue;        // it scrolls: nothing is lost
    if (el.closest('.adl-kwic td')) continue;                       // KWIC contexts are clipped on purpose
    if (el.scrollWidth > el.clientWidth + 1) out.overflow.push(`${say(el)} needs ${el.scrollWidth}px, has ${el.clientWidth}px`);
  }
  // Arabic in the kit's HTML outputs (everything its display helpers and feedback render).
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!arabicWord.test(node.textContent) || !el.closest('.jp-OutputArea-output')) continue;
    if (el.closest('pre, code, .dataframe, svg')) continue;         // printed text, code, pandas' own tables, figures
    out.arabicShown += 1;
    if (getComputedStyle(el).direction === 'rtl') out.rtlShown += 1;
    else out.rtl.push(say(el));
  }
  for (const el of document.querySelectorAll('.jp-RenderedMarkdown p, .jp-RenderedMarkdown li')) {
    if (/(^|[^\\$])\$[^$\s][^$]*\$|\\frac|\\log/.test(el.textContent)) out.rawTex.push(say(el));
  }
  return out;
}
"""


@pytest.mark.parametrize("name", [p.name for p in NOTEBOOKS])
def test_export_renders_offline_right_to_left_without_overflow(browser, exports: dict[str, Path], name: str) -> None:
    page = browser.new_page()
    remote: list[str] = []

    def refuse(route) -> None:
        url = route.request.url
        if url.startswith(("file:", "data:", "about:", "blob:")):
            route.continue_()
        else:
            remote.append(url)
            route.abort()

    page.route("**/*", refuse)
    try:
        page.goto(exports[name].as_uri(), wait_until="load")
        for width, height in SIZES:
            page.set_viewport_size({"width": width, "height": height})
            page.wait_for_timeout(100)
            found = page.evaluate(CHECKS)
            at = f"{name} at {width}×{height}"
            assert not found["overflow"], f"{at}: content overflows its box:\n" + "\n".join(found["overflow"][:20])
            assert not found["rtl"], f"{at}: Arabic laid out left to right:\n" + "\n".join(found["rtl"][:20])
            assert not found["rawTex"], f"{at}: TeX not turned into MathML:\n" + "\n".join(found["rawTex"][:10])
            if found["arabicShown"]:
                assert found["rtlShown"] == found["arabicShown"]
    finally:
        page.close()
    assert not remote, f"{name}: the page requested {remote}"


def test_formulas_become_mathml(browser, exports: dict[str, Path]) -> None:
    page = browser.new_page()
    try:
        page.goto(exports["04_words_in_use.ipynb"].as_uri(), wait_until="load")
        assert page.evaluate(CHECKS)["math"] >= 20
        # Chromium lays MathML out itself: a fraction is taller than a line of text.
        assert page.evaluate("() => Math.max(...[...document.querySelectorAll('mfrac')].map(e => e.getBoundingClientRect().height))") > 20
    finally:
        page.close()


# --- JupyterLab itself: a notebook opened with ./kit lab's settings stays unchanged -------------


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _lab(tmp_path: Path, kit_settings: bool):
    """Start JupyterLab on a copy of notebook 00, plainly or as ./kit lab does; return (url, process)."""
    import subprocess
    import sys
    import time
    import urllib.request

    root = tmp_path / "notebooks"
    root.mkdir()
    (root / "00_tour.ipynb").write_bytes((ROOT / "notebooks" / "00_tour.ipynb").read_bytes())
    env = {**os.environ, "JUPYTER_CONFIG_DIR": str(tmp_path / "config"), "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime"),
           "JUPYTER_DATA_DIR": str(tmp_path / "data")}
    if kit_settings:
        env["JUPYTER_CONFIG_PATH"] = env["JUPYTER_PATH"] = str(ROOT / "tools" / "jupyter")
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--no-browser", f"--ServerApp.port={port}", "--ServerApp.port_retries=0",
         "--ServerApp.ip=127.0.0.1", "--IdentityProvider.token=adl", f"--ServerApp.root_dir={root}", "--ServerApp.allow_root=True"],
        env=env, stdout=(tmp_path / "server.log").open("wb"), stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while True:
        try:
            urllib.request.urlopen(f"{base}/api/status?token=adl", timeout=2)
            return base, process
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail("JupyterLab did not start: " + (tmp_path / "server.log").read_text(errors="replace")[-2000:])
            time.sleep(0.5)


def _open_and_settle(browser, base: str) -> dict:
    """Open notebook 00 in JupyterLab, wait until its kernel is idle, and report what the page shows."""
    import json
    import time
    import urllib.request

    page = browser.new_page()
    try:
        page.goto(f"{base}/lab/tree/00_tour.ipynb?token=adl", wait_until="load")
        page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=90_000)
        deadline = time.monotonic() + 90
        while True:
            with urllib.request.urlopen(f"{base}/api/kernels?token=adl", timeout=10) as response:
                kernels = json.loads(response.read())
            if kernels and all(k["execution_state"] == "idle" and k["connections"] for k in kernels):
                break
            assert time.monotonic() < deadline, f"the kernel did not become idle: {kernels}"
            time.sleep(0.5)
        page.wait_for_timeout(3000)  # the kernel's language_info reaches the notebook model
        return page.evaluate("""() => ({
            dirty: document.querySelectorAll('.lm-TabBar-tab.jp-mod-dirty').length,
            toasts: [...document.querySelectorAll('.Toastify__toast')].map(e => e.textContent),
        })""")
    finally:
        page.close()


@pytest.mark.parametrize("kit_settings", [False, True], ids=["plain JupyterLab", "./kit lab settings"])
def test_opening_a_notebook_changes_nothing_with_kit_settings(browser, tmp_path: Path, kit_settings: bool) -> None:
    base, process = _lab(tmp_path, kit_settings)
    try:
        shown = _open_and_settle(browser, base)
    finally:
        process.terminate()
        process.wait(timeout=30)
    if kit_settings:
        assert shown == {"dirty": 0, "toasts": []}, shown
    else:  # the contrast that shows the check can fail: plain JupyterLab marks it changed and asks about news
        assert shown["dirty"] == 1 and any("news" in t for t in shown["toasts"]), shown
