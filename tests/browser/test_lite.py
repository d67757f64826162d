"""The browser-only JupyterLab (``python3 run.py lite``), opened in headless Chromium with every
request that leaves the test's local server aborted and recorded.

A published JupyterLite site takes Pyodide and its packages from Pyodide's CDN. Here Pyodide's
core comes from npm (``tests/browser/package.json``, at the version jupyterlite-pyodide-kernel
expects) and the pure-Python packages the kernel itself starts with (micropip, IPython, jedi and
what they need, at the versions of Pyodide's own lock) from PyPI, served by the test with
Pyodide's lock pointing at them. numpy, pandas, matplotlib and scipy cannot be had that way (npm
holds only Pyodide's core, PyPI no WebAssembly builds of them), so the site is built for this
test with them left out of the kernel's start-up list; that is the one difference from the
published build (checked below), and no cell that needs them runs here: no notebook's setup cell,
no model. What is checked, with no request leaving the site:

* the site's root opens JupyterLab on 00_start_here.ipynb, its file browser listing every
  notebook and the glossary; the notebooks are stored with their outputs cleared;
* the Pyodide kernel boots from the local core and runs 00's first code cell (the Colab-only
  cell, which does nothing here) as it is;
* the package's wheel is installed as the kernel starts (no ``%pip``): a cell imports the
  package's pure-Python parts and reads its classroom data and answer key, byte for byte the
  repository's files;
* a quiz shows as a live form and answers every click (ipywidgets, from the site's own wheel,
  round trips through the kernel).
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import threading
import tomllib
from pathlib import Path

import pytest
from browser import lab_driver
from conftest import QuietHandler, need_playwright

from tools import catalog, lite

pytestmark = [pytest.mark.browser, pytest.mark.slow]
need_playwright()  # in CI a missing Playwright is an error, not a skip

START = "00_start_here.ipynb"
KERNEL_IDLE = "Python (Pyodide) | Idle"
#: Besides the site's own wheels, what the Pyodide kernel loads as it starts: micropip (its
#: package manager), jedi (completion) and the start-up list of the test's build.
SCIENTIFIC = ("numpy", "pandas", "matplotlib", "scipy")
TEST_START = tuple(p for p in lite.PYODIDE_PACKAGES if p not in SCIENTIFIC)
KERNEL_START = ("micropip", "jedi", *TEST_START)
CORE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip")
#: The files the package carries as data, and where they are in the repository.
DATA = {
    **{("msbackpain.data", p.name): p for p in (catalog.ROOT / "data").glob("*.csv")},
    ("msbackpain.data", "datapackage.json"): catalog.ROOT / "data" / "datapackage.json",
    ("msbackpain.answer_key", "answer_key.json"): (
        catalog.ROOT / "instructor" / "answers" / "answer_key.json"
    ),
}
#: The one quiz that imports no numpy or pandas (pure Python and ipywidgets): 08's.
QUIZ_OF = "08_patient_diaries.ipynb"
#: Typed into a new cell of 00: the package's version, the digests of its data files, whether
#: numpy was needed, and that quiz.
PROBE = f"""import hashlib, importlib.metadata, importlib.resources, json, sys
from msbackpain.lessons.patient_diaries.quiz import QUIZ
def digest(package, name):
    data = importlib.resources.files(package).joinpath(name).read_bytes()
    return hashlib.sha256(data).hexdigest()
print("probe:" + json.dumps({{"version": importlib.metadata.version("msbackpain"),
    "data": [digest(*key) for key in {sorted(DATA)!r}], "numpy": "numpy" in sys.modules}}))
QUIZ.show()"""
#: JavaScript errors a page may raise. None: the site needs nothing from the network, so no
#: request is blocked, and nothing fails for want of one.
ALLOWED_ERRORS: tuple[str, ...] = ()
BOOT_TIMEOUT_MS = 120_000
BROWSER_PACKAGE = catalog.ROOT / "tests" / "browser" / "package.json"
VERSION = tomllib.loads((catalog.ROOT / "pyproject.toml").read_text())["project"]["version"]


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
    """Pyodide's core from npm plus the kernel's start-up wheels from PyPI (through
    ``build/wheelhouse/``), the lock's checksums set to the files served (Pyodide builds its own
    copies of pure-Python wheels)."""
    into.mkdir()
    for name in CORE_FILES:
        shutil.copy2(core / name, into / name)
    lock = json.loads((core / "pyodide-lock.json").read_text(encoding="utf-8"))
    packages = lock["packages"]
    needed = start_closure(packages)
    python = lock["info"]["python"].rsplit(".", 1)[0]
    pins = [f"{name}=={packages[name]['version']}" for name in needed]
    lite.fetch_wheels(pins, into, pip_args=["--python-version", python, "--implementation", "py"])
    for name in needed:
        wheel = into / packages[name]["file_name"]
        packages[name]["sha256"] = hashlib.sha256(wheel.read_bytes()).hexdigest()
    (into / "pyodide-lock.json").write_text(json.dumps(lock), encoding="utf-8")
    return into


@pytest.fixture(scope="module")
def served(tmp_path_factory, browser_js):
    """A local server with Pyodide and the JupyterLite site built to use it."""
    root = tmp_path_factory.mktemp("lite")
    server = lite.server(root, port=0, handler=QuietHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}/"
    local_pyodide(browser_js["pyodide"], root / "pyodide")
    lite.build(root / "site", pyodide_url=f"{base}pyodide/pyodide.mjs", pyodide_packages=TEST_START)
    yield base, root / "site"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def landed(browser, served):
    """The site's root opened in a page that may ask only the local server for anything, and
    left when 00's kernel is idle. The page keeps what it asked elsewhere (``blocked``), what the
    server did not have (``missing``), its JavaScript errors (``errors``) and the addresses it
    went to (``visited``)."""
    from playwright.sync_api import expect

    base, _ = served
    page = browser.new_page(viewport={"width": 1300, "height": 900})
    page.blocked, page.missing, page.errors, page.visited = [], [], [], []

    def route(request_route):
        if request_route.request.url.startswith(base):
            request_route.continue_()
        else:
            page.blocked.append(request_route.request.url)
            request_route.abort()

    page.route("**/*", route)
    page.on("response", lambda r: r.status >= 400 and page.missing.append(f"{r.status} {r.url}"))
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.on("framenavigated", lambda frame: page.visited.append(frame.url))
    page.goto(f"{base}site/")
    expect(page.locator(".jp-NotebookPanel")).to_have_count(1, timeout=60_000)
    status = page.locator("#jp-main-statusbar")
    expect(status).to_contain_text(KERNEL_IDLE, timeout=BOOT_TIMEOUT_MS)
    yield page
    page.close()


def network_problems(page) -> list[str]:
    """Requests beyond the site, files it lacked, and JavaScript errors not allowed."""
    problems = [f"asked the network for {url}" for url in page.blocked]
    problems += [f"the site lacks {response}" for response in page.missing]
    problems += [f"page error: {e}" for e in page.errors if not e.startswith(ALLOWED_ERRORS)]
    return problems


def test_the_published_build_loads_the_scientific_packages_and_every_wheel(tmp_path):
    """The one difference of the test's build is named: the published start-up list holds
    Pyodide's numpy, pandas, matplotlib and scipy, and every wheel of the site."""
    wheels = [tmp_path / "msbackpain-0.1.0-py3-none-any.whl", tmp_path / "comm-1-py3-none-any.whl"]
    config = lite.lite_config(wheels, None, lite.PYODIDE_PACKAGES)["jupyter-config-data"]
    kernel = config["litePluginSettings"][lite.KERNEL_PLUGIN]
    packages = kernel["loadPyodideOptions"]["packages"]
    assert set(SCIENTIFIC) <= set(packages)
    assert [p for p in packages if p not in SCIENTIFIC] == [
        *TEST_START,
        *(f"{lite.WORKER_TO_ROOT}pypi/{w.name}" for w in wheels),
    ]
    assert "pyodideUrl" not in kernel, "the published build takes Pyodide from its CDN"


def test_the_local_pyodide_is_the_one_the_kernel_expects(browser_js):
    from jupyterlite_pyodide_kernel.constants import PYODIDE_VERSION

    installed = json.loads((browser_js["pyodide"] / "package.json").read_text())["version"]
    wanted = json.loads(BROWSER_PACKAGE.read_text())["dependencies"]["pyodide"]
    assert installed == wanted == PYODIDE_VERSION


def test_the_site_holds_every_notebook_cleared_every_wheel_and_two_extensions(served):
    _, site = served
    for stem in catalog.notebook_stems():
        nb = json.loads((site / "files" / "notebooks" / f"{stem}.ipynb").read_text())
        source = json.loads((catalog.NOTEBOOKS / f"{stem}.ipynb").read_text())
        code = [c for c in nb["cells"] if c["cell_type"] == "code"]
        assert code and all(c["outputs"] == [] for c in code), stem
        assert [c["metadata"] for c in nb["cells"]] == [c["metadata"] for c in source["cells"]]
    assert (site / "files" / "notebooks" / "glossary.md").exists()
    assert (site / "files" / "data" / "README.md").exists()
    index = json.loads((site / "pypi" / "all.json").read_text())
    assert {"msbackpain", "ipywidgets", "jupyterlab-widgets", "comm"} <= set(index)
    config = json.loads((site / "jupyter-lite.json").read_text())["jupyter-config-data"]
    assert {e["name"] for e in config["federated_extensions"]} == set(lite.EXTENSIONS)


def test_the_root_opens_start_here_and_lists_every_notebook(served, landed):
    base, _ = served
    page = landed
    opened = f"lab/index.html?path=notebooks/{START}"
    assert f"{base}site/{opened}" in page.visited, page.visited
    # the website links every notebook the same way
    assert catalog.lite_url(f"notebooks/{START}").endswith(f"/{opened}")
    tabs = page.locator(".lm-DockPanel-tabBar .lm-TabBar-tab.lm-mod-current").all_inner_texts()
    assert [tab.strip() for tab in tabs] == [START], f"open and in front: {tabs}"
    listing = page.locator(".jp-DirListing-content .jp-DirListing-itemText")
    shown = set(listing.all_inner_texts())
    expected = {f"{stem}.ipynb" for stem in catalog.notebook_stems()} | {"glossary.md"}
    assert expected <= shown, f"not listed: {sorted(expected - shown)}"
    assert not network_problems(page), network_problems(page)


def _output(cell) -> str:
    return cell.locator(".jp-OutputArea").inner_text()


def test_the_kernel_runs_00_with_the_package_installed_and_its_quiz_answers(landed):
    from playwright.sync_api import expect

    page = landed
    status = page.locator("#jp-main-statusbar")
    code_cells = page.locator(".jp-Notebook .jp-CodeCell")
    first = code_cells.first
    # 00's first code cell, as it is: only on Colab does it do anything
    first.locator(".cm-content").click()
    page.keyboard.press("Shift+Enter")
    expect(first.locator(".jp-InputPrompt")).to_contain_text("[1]", timeout=60_000)
    assert _output(first).strip() == "", _output(first)
    # a new cell above the next one: the package, its data, and the quiz
    page.keyboard.press("Escape")
    page.keyboard.press("a")
    page.keyboard.press("Enter")
    page.keyboard.insert_text(PROBE)
    page.keyboard.press("Shift+Enter")
    probe = code_cells.nth(1)
    expect(probe.locator(".jp-InputPrompt")).to_contain_text("[2]", timeout=60_000)
    expect(status).to_contain_text(KERNEL_IDLE, timeout=60_000)
    printed = re.search(r"probe:(\{.*\})", _output(probe))
    assert printed, _output(probe)[-2000:]
    seen = json.loads(printed.group(1))
    expected = [hashlib.sha256(DATA[key].read_bytes()).hexdigest() for key in sorted(DATA)]
    assert seen["version"] == VERSION
    assert seen["data"] == expected, "the wheel's data differ from the repository's"
    assert seen["numpy"] is False
    assert lab_driver.answer_quiz(page, QUIZ_OF) > 0
    stderr = page.locator(".jp-Notebook [data-mime-type='application/vnd.jupyter.stderr']")
    assert stderr.count() == 0, stderr.all_inner_texts()
    assert not network_problems(page), network_problems(page)
