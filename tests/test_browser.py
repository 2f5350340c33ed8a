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
the contrast, does both. Neither asks for anything beyond loopback.

Pages written here prove the checks can fail: a remote request is refused and reported, and an
overflowing block, Arabic laid out left to right and raw TeX are each caught.

Chromium is the system's (Debian's ``chromium`` package; ``.ci/run`` installs it), driven over the
DevTools protocol by ``tests/cdp.py``. Without Chromium the tests skip with a message saying so;
``KIT_CHROMIUM`` names another executable.
"""

from __future__ import annotations

import importlib.util
import os
import socket
from pathlib import Path

import pytest
from cdp import BrowserError, Chromium, find_chromium

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
SIZES = [(1280, 800), (1200, 800)]

pytestmark = pytest.mark.browser

CHROMIUM = find_chromium()
if CHROMIUM is None:
    pytest.skip("no Chromium here: install Debian's chromium package (apt-get install chromium; .ci/run does) "
                "or set KIT_CHROMIUM to a Chromium executable", allow_module_level=True)


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
def browser():
    """Chromium for exported pages: only local files (file:, data:, blob:, about:) may load."""
    with Chromium(CHROMIUM) as chromium:
        yield chromium


@pytest.fixture(scope="module")
def lab_browser():
    """Chromium for JupyterLab: servers on loopback may be reached as well, nothing beyond."""
    with Chromium(CHROMIUM, allow_loopback=True) as chromium:
        yield chromium


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
    try:
        page.goto(exports[name].as_uri())
        for width, height in SIZES:
            page.set_viewport(width, height)
            page.wait(0.1)
            found = page.evaluate(f"({CHECKS})()")
            at = f"{name} at {width}×{height}"
            assert not found["overflow"], f"{at}: content overflows its box:\n" + "\n".join(found["overflow"][:20])
            assert not found["rtl"], f"{at}: Arabic laid out left to right:\n" + "\n".join(found["rtl"][:20])
            assert not found["rawTex"], f"{at}: TeX not turned into MathML:\n" + "\n".join(found["rawTex"][:10])
            if found["arabicShown"]:
                assert found["rtlShown"] == found["arabicShown"]
    finally:
        page.close()
    assert not page.refused, f"{name}: the page requested {page.refused}"


def test_formulas_become_mathml(browser, exports: dict[str, Path]) -> None:
    page = browser.new_page()
    try:
        page.goto(exports["04_words_in_use.ipynb"].as_uri())
        assert page.evaluate(f"({CHECKS})()")["math"] >= 20
        # Chromium lays MathML out itself: a fraction is taller than a line of text.
        assert page.evaluate("Math.max(...[...document.querySelectorAll('mfrac')].map(e => e.getBoundingClientRect().height))") > 20
    finally:
        page.close()


# --- the checks can fail: pages written to break them ----------------------------------------

# A page asks for a local image (which must load), and for images, a stylesheet and data from
# elsewhere, from the page and from a worker; the loopback address has nothing listening.
REQUESTING_PAGE = """<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="https://fonts.example.org/naskh.css"></head><body>
<img id="local" src="dot.svg"><img src="http://192.0.2.1/logo.png"><img src="http://127.0.0.1:{port}/logo.png">
<script>
const worker = new Worker(URL.createObjectURL(new Blob(
  ["fetch('http://198.51.100.7/words.json').then(() => postMessage(1), () => postMessage(0))"])));
window.settled = Promise.allSettled([fetch('https://cdn.example.com/mathjax.js'),
                                     new Promise(done => { worker.onmessage = done; })]);
</script></body></html>"""
REMOTE = {"https://fonts.example.org/naskh.css", "http://192.0.2.1/logo.png", "https://cdn.example.com/mathjax.js",
          "http://198.51.100.7/words.json"}


@pytest.mark.parametrize("which", ["browser", "lab_browser"])
def test_a_request_beyond_the_file_is_refused_and_reported(request, tmp_path: Path, which: str) -> None:
    chromium: Chromium = request.getfixturevalue(which)
    port = _free_port()
    (tmp_path / "dot.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>')
    (tmp_path / "page.html").write_text(REQUESTING_PAGE.replace("{port}", str(port)), encoding="utf-8")
    page = chromium.new_page()
    try:
        page.goto((tmp_path / "page.html").as_uri())
        local_width = page.evaluate("window.settled.then(() => document.getElementById('local').naturalWidth)")
    finally:
        page.close()
    loopback = {f"http://127.0.0.1:{port}/logo.png"}
    refused = {entry.split(" ", 1)[1] for entry in page.refused}
    assert refused == (REMOTE if which == "lab_browser" else REMOTE | loopback), page.refused
    assert local_width == 10, "the local image was not let through"


def _cell(html: str) -> str:
    return f'<div class="jp-Cell"><div class="jp-OutputArea-output">{html}</div></div>'


GOOD = (_cell('<div style="width: 300px; overflow-x: auto"><div style="width: 900px">a wide table that scrolls</div></div>')
        + _cell('<div dir="rtl">السلام عليكم</div>')
        + '<div class="jp-RenderedMarkdown"><p>the ratio <math><mfrac><mi>a</mi><mi>b</mi></mfrac></math> grows</p></div>')
FAULTS = [
    ("block overflows", _cell('<div style="width: 300px"><div style="width: 900px">a wide table</div></div>'),
     "overflow", "cell 2: <div> \"a wide table\" needs 900px, has 300px"),
    ("page too wide", '<div class="jp-RenderedMarkdown"><p style="width: 1500px">a long line</p></div>',
     "overflow", "page is 1508px wide in a 1280px window"),
    ("Arabic left to right", _cell("<div>السلام عليكم</div>"), "rtl", "السلام عليكم"),
    ("TeX left", '<div class="jp-RenderedMarkdown"><p>the ratio $a/b$ grows</p></div>', "rawTex", "$a/b$"),
]


@pytest.mark.parametrize(("html", "key", "says"), [f[1:] for f in FAULTS], ids=[f[0] for f in FAULTS])
def test_the_checks_catch_a_broken_page(browser, tmp_path: Path, html: str, key: str, says: str) -> None:
    found = {}
    for name, body in [("good", GOOD), ("broken", GOOD + html)]:
        (tmp_path / f"{name}.html").write_text(f'<!doctype html><meta charset="utf-8"><body>{body}</body>', encoding="utf-8")
        page = browser.new_page()
        try:
            page.goto((tmp_path / f"{name}.html").as_uri())
            found[name] = page.evaluate(f"({CHECKS})()")
        finally:
            page.close()
    good, broken = found["good"], found["broken"]
    assert (good["overflow"], good["rtl"], good["rawTex"], good["rtlShown"]) == ([], [], [], 1), good
    assert any(says in line for line in broken[key]), broken


def test_closing_leaves_no_process_and_no_profile(tmp_path: Path) -> None:
    chromium = Chromium(CHROMIUM)
    page = chromium.new_page()
    (tmp_path / "page.html").write_text("<p>hello</p>")
    page.goto((tmp_path / "page.html").as_uri())
    assert page.evaluate("document.querySelector('p').textContent") == "hello"
    assert chromium.profile.is_dir() and chromium.returncode is None
    chromium.close()
    assert chromium.returncode == 0, "Chromium did not exit cleanly on Browser.close"
    with pytest.raises(ProcessLookupError):  # no process of Chromium's group left, running or zombie
        os.killpg(chromium.pid, 0)
    assert not chromium.folder.exists(), "the profile folder was left behind"


WAITS = [
    ("selector", lambda page: page.wait_for_selector(".jp-Notebook", timeout=0.5),
     r"no element matched '\.jp-Notebook' within 0\.5 s on file:"),
    ("promise", lambda page: page.evaluate("new Promise(() => {})", timeout=0.5),
     r"JavaScript on file:.* took longer than 0\.5 s"),
    ("script error", lambda page: page.evaluate("undefinedName.length"), r"JavaScript failed on file:.*ReferenceError"),
    ("missing file", lambda page: page.goto(page.url.replace("page.html", "missing.html")), r"could not load file:.*NOT_FOUND"),
]


@pytest.mark.parametrize(("act", "says"), [w[1:] for w in WAITS], ids=[w[0] for w in WAITS])
def test_a_failed_wait_says_what_in_one_line(browser, tmp_path: Path, act, says: str) -> None:
    (tmp_path / "page.html").write_text("<p>nothing else</p>")
    page = browser.new_page()
    try:
        page.goto((tmp_path / "page.html").as_uri())
        with pytest.raises(BrowserError, match=says) as failure:
            act(page)
        assert "\n" not in str(failure.value)
        assert page.evaluate("1 + 1") == 2  # the page still answers afterwards
    finally:
        page.close()


# --- JupyterLab itself: a notebook opened with ./kit lab's settings stays unchanged -------------


def _free_port() -> int:
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


def _open_and_settle(browser: Chromium, base: str) -> tuple[dict, list[str]]:
    """Open notebook 00 in JupyterLab, wait until its kernel is idle, and report what the page shows and requested."""
    import json
    import time
    import urllib.error
    import urllib.request

    page = browser.new_page()
    try:
        page.goto(f"{base}/lab/tree/00_tour.ipynb?token=adl")
        page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=90)
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(f"{base}/api/kernels?token=adl", timeout=10) as response:
                    kernels = json.loads(response.read())
            except urllib.error.HTTPError as error:
                # jupyter_server answers 500 when the list is asked for while a kernel is still starting
                # (its last_activity not yet set): the kernel is not ready yet, so ask again.
                if error.code < 500:
                    raise
                kernels = []
            if kernels and all(k["execution_state"] == "idle" and k["connections"] for k in kernels):
                break
            assert time.monotonic() < deadline, f"the kernel did not become idle: {kernels}"
            page.wait(0.5)  # not time.sleep: the page's requests are answered only while the driver waits
        page.wait(3)  # the kernel's language_info reaches the notebook model
        shown = page.evaluate("""({
            dirty: document.querySelectorAll('.lm-TabBar-tab.jp-mod-dirty').length,
            toasts: [...document.querySelectorAll('.Toastify__toast')].map(e => e.textContent),
        })""")
    finally:
        page.close()
    return shown, page.refused


@pytest.mark.parametrize("kit_settings", [False, True], ids=["plain JupyterLab", "./kit lab settings"])
def test_opening_a_notebook_changes_nothing_with_kit_settings(lab_browser, tmp_path: Path, kit_settings: bool) -> None:
    base, process = _lab(tmp_path, kit_settings)
    try:
        shown, refused = _open_and_settle(lab_browser, base)
    finally:
        process.terminate()
        process.wait(timeout=30)
    assert not refused, f"JupyterLab asked for more than loopback: {refused}"
    if kit_settings:
        assert shown == {"dirty": 0, "toasts": []}, shown
    else:  # the contrast that shows the check can fail: plain JupyterLab marks it changed and asks about news
        assert shown["dirty"] == 1 and any("news" in t for t in shown["toasts"]), shown
