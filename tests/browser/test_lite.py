"""The browser-only JupyterLab (``python3 run.py lite``), opened in headless Chromium with every
request that leaves the local server aborted and recorded.

What a JupyterLite site needs from the network at run time is Pyodide and its packages, from
Pyodide's CDN. Here Pyodide's core comes from npm (``tests/browser/package.json``) and the
pure-Python packages the kernel itself starts with (micropip, IPython and what they need, at the
versions in Pyodide's own lock) from PyPI, served by the test with Pyodide's lock pointing at
them. numpy, pandas, matplotlib and scipy cannot be had that way, so the site is built for this
test with them left out of the kernel's start-up list (the one difference from the published
build): the models are not run here. What is checked:

* the interface lists every notebook, the glossary and the datasheet, outputs cleared;
* the Pyodide kernel boots from the local core, with the package's wheel already installed (no
  ``%pip``) and carrying its classroom data;
* a quiz shows as a live form and answers a click (an ipywidgets round trip), all with no request
  leaving the site.
"""

from __future__ import annotations

import functools
import hashlib
import http.server
import json
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import quote

import pytest
from conftest import need_playwright

from tools import catalog, lite

pytestmark = [pytest.mark.browser, pytest.mark.slow]
need_playwright()  # in CI a missing Playwright is an error, not a skip

#: What the Pyodide kernel loads as it starts, beside the site's own wheels.
KERNEL_START = ("micropip", "ipython", "jedi", "traitlets", "packaging")
CORE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip")
#: Run in JupyterLite's console, one cell each: the package, its data, and a quiz form.
CELLS = (
    "import importlib.util, msbackpain",
    "print('data:', importlib.util.find_spec('msbackpain.data') is not None)",
    "from msbackpain.lessons.patient_diaries.quiz import QUIZ",
    "QUIZ.show()",
)
BOOT_TIMEOUT_MS = 180_000


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".mjs": "text/javascript",
    }

    def log_message(self, *args):  # no line per request in the test's output
        pass


def _name(text: str) -> str:
    return re.sub(r"[-_.]+", "-", text).lower()


def start_closure(packages: dict) -> list[str]:
    """The packages of Pyodide's lock that the kernel's start needs, dependencies included."""
    by_name = {_name(name): name for name in packages}
    needed, todo = set(), list(KERNEL_START)
    while todo:
        name = by_name[_name(todo.pop())]
        if name not in needed:
            needed.add(name)
            todo += packages[name]["depends"]
    return sorted(needed)


def local_pyodide(core: Path, into: Path) -> Path:
    """Pyodide's core from npm plus the kernel's start-up wheels from PyPI, the lock's checksums
    set to the files served (Pyodide builds its own copies of pure-Python wheels)."""
    into.mkdir()
    for name in CORE_FILES:
        shutil.copy2(core / name, into / name)
    lock = json.loads((core / "pyodide-lock.json").read_text(encoding="utf-8"))
    packages = lock["packages"]
    needed = start_closure(packages)
    python = lock["info"]["python"].rsplit(".", 1)[0]
    pins = [f"{name}=={packages[name]['version']}" for name in needed]
    fetch = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps"]
    fetch += ["--only-binary=:all:", "--python-version", python, "--implementation", "py"]
    subprocess.run([*fetch, "-d", str(into), *pins], check=True, timeout=600)
    for name in needed:
        wheel = into / packages[name]["file_name"]
        packages[name]["sha256"] = hashlib.sha256(wheel.read_bytes()).hexdigest()
    (into / "pyodide-lock.json").write_text(json.dumps(lock), encoding="utf-8")
    return into


@pytest.fixture(scope="module")
def served(tmp_path_factory, browser_js):
    """A local server with Pyodide and the JupyterLite site built to use it."""
    root = tmp_path_factory.mktemp("lite")
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Handler, directory=str(root))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}/"
    local_pyodide(browser_js["pyodide"], root / "pyodide")
    scientific = {"numpy", "pandas", "matplotlib", "scipy"}
    start = [p for p in lite.PYODIDE_PACKAGES if p not in scientific]
    lite.build(root / "site", pyodide_url=f"{base}pyodide/pyodide.mjs", pyodide_packages=start)
    yield base, root / "site"
    server.shutdown()


@pytest.fixture()
def page(browser, served):
    """A page that may ask only the local server for anything; what else it asked is kept."""
    base, _ = served
    page = browser.new_page(viewport={"width": 1300, "height": 900})
    page.blocked, page.errors = [], []

    def route(request_route):
        if request_route.request.url.startswith(base):
            request_route.continue_()
        else:
            page.blocked.append(request_route.request.url)
            request_route.abort()

    page.route("**/*", route)
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    yield page
    page.close()


def test_the_published_build_loads_the_scientific_packages_and_every_wheel(tmp_path):
    """The one difference of the test's build is named: the published start-up list holds
    Pyodide's numpy, pandas, matplotlib and scipy, and every wheel of the site."""
    wheels = [tmp_path / "msbackpain-0.1.0-py3-none-any.whl", tmp_path / "comm-1-py3-none-any.whl"]
    config = lite.lite_config(wheels, None, lite.PYODIDE_PACKAGES)["jupyter-config-data"]
    kernel = config["litePluginSettings"][lite.KERNEL_PLUGIN]
    packages = kernel["loadPyodideOptions"]["packages"]
    assert {"numpy", "pandas", "matplotlib", "scipy"} <= set(packages)
    assert [p for p in packages if p.endswith(".whl")] == [
        f"{lite.WORKER_TO_ROOT}pypi/{w.name}" for w in wheels
    ]
    assert "pyodideUrl" not in kernel, "the published build takes Pyodide from its CDN"


def test_the_site_holds_every_notebook_cleared_and_every_wheel(served):
    _, site = served
    for stem in catalog.notebook_stems():
        nb = json.loads((site / "files" / "notebooks" / f"{stem}.ipynb").read_text())
        code = [c for c in nb["cells"] if c["cell_type"] == "code"]
        assert code and all(c["outputs"] == [] for c in code), stem
    assert (site / "files" / "notebooks" / "glossary.md").exists()
    assert (site / "files" / "data" / "README.md").exists()
    index = json.loads((site / "pypi" / "all.json").read_text())
    assert {"msbackpain", "ipywidgets", "jupyterlab-widgets", "comm"} <= set(index)


def test_the_interface_lists_every_notebook(served, page):
    base, _ = served
    page.goto(f"{base}site/lab/index.html")
    listing = ".jp-DirListing-content .jp-DirListing-itemText"
    page.wait_for_selector(f"{listing} >> text=notebooks", timeout=60_000)
    page.dblclick(f"{listing} >> text=notebooks")
    page.wait_for_selector(f"{listing} >> text=00_start_here.ipynb", timeout=30_000)
    shown = set(page.locator(listing).all_inner_texts())
    expected = {f"{stem}.ipynb" for stem in catalog.notebook_stems()} | {"glossary.md"}
    assert expected <= shown, f"not listed: {sorted(expected - shown)}"
    assert page.blocked == [] and page.errors == []


def test_the_kernel_boots_with_the_package_installed_and_a_quiz_answers(served, page):
    base, _ = served
    code = "&".join(f"code={quote(cell)}" for cell in CELLS)
    page.goto(f"{base}site/repl/index.html?kernel=python&{code}")
    page.wait_for_selector(".msb-quiz", timeout=BOOT_TIMEOUT_MS)
    console = page.locator(".jp-CodeConsole").inner_text()
    assert "data: True" in console, console[-2000:]
    first = page.locator(".msb-quiz .widget-toggle-buttons").first
    first.get_by_role("button", name="(a)").click()
    feedback = page.locator(".msb-quiz [role='status']").first
    feedback.wait_for(timeout=30_000)
    assert feedback.inner_text().startswith("✔"), feedback.inner_text()
    assert "Right so far: 1 of" in page.locator(".msb-quiz").inner_text()
    assert page.blocked == [], f"asked the network for {page.blocked}"
    assert page.errors == [], page.errors
