"""The course website (``python3 run.py site``), built from the committed notebooks and opened in
headless Chromium with every request that leaves the local server aborted and recorded.

* Every page loads from the site alone: no request leaves it, none fails, no script error.
* Every image has alt text; axe-core finds nothing serious or critical on any page.
* Each notebook page shows every picture of its notebook once (diagrams as their picture, not as
  an empty widget) and every quiz once, folded; MathJax (served by the site) typesets the maths.
* The search page finds a glossary term; the glossary's title is plain text in the sidebar.
* Launch buttons (Binder, Colab, JupyterLite) point where ``tools.catalog`` says.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from browser.test_accessibility import axe_findings, failing
from browser.test_render_offline import expected_pictures, expected_quizzes
from conftest import QuietHandler, need_playwright

from tools import catalog, lite
from tools import site as website

pytestmark = [pytest.mark.browser, pytest.mark.slow]
need_playwright()  # in CI a missing Playwright is an error, not a skip

GLOSSARY_TERM = "internode"
#: Waits until MathJax (if the page loads it) has typeset the page.
MATH_DONE = "async () => { if (window.MathJax && MathJax.startup) await MathJax.startup.promise; }"
PAGE_JS = """() => ({
    images: [...document.images].map(i => ({alt: (i.getAttribute('alt') || '').trim(),
                                            src: i.getAttribute('src').slice(0, 80),
                                            loaded: i.complete && i.naturalWidth > 0})),
    pictures: [...document.querySelectorAll('.cell_output img')].map(i => i.getAttribute('alt')),
    quizzes: [...document.querySelectorAll('.cell_output')]
        .filter(o => o.querySelector('details') !== null)
        .map(o => ({folded: o.querySelectorAll('details').length,
                    open: o.querySelectorAll('details[open]').length})),
    widgets: document.querySelectorAll(
        'script[type^="application/vnd.jupyter.widget"], .jupyter-widgets').length,
    math: document.querySelectorAll('mjx-container').length,
    mathErrors: document.querySelectorAll('mjx-merror').length,
    launch: [...document.querySelectorAll('.dropdown-launch-buttons a')].map(a => a.href),
    text: document.body.innerText,
})"""


class Served:
    """The built site on a local port, and what each page asked for while it loaded."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.server = lite.server(folder, port=0, handler=QuietHandler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.base = f"http://127.0.0.1:{self.server.server_port}/"

    def pages(self) -> list[str]:
        """Every HTML page of the site (Sphinx's own index pages included)."""
        found = sorted(p.relative_to(self.folder).as_posix() for p in self.folder.rglob("*.html"))
        return [p for p in found if not p.startswith("_")]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("site") / "site"
    command = [sys.executable, "-m", "tools.site", "--out", str(out)]
    built = subprocess.run(command, cwd=catalog.ROOT, capture_output=True, text=True)
    assert built.returncode == 0, f"the site did not build:\n{built.stdout}\n{built.stderr}"
    print(built.stdout.strip().splitlines()[-2])  # its size and build time
    served = Served(out)
    yield served
    served.server.shutdown()


@pytest.fixture(scope="module")
def opened(site, browser, browser_js):
    """Every page, opened once: its findings, its requests and its script errors."""
    page = browser.new_page(viewport={"width": 1300, "height": 900})
    state = {"blocked": [], "failed": [], "errors": []}

    def route(request_route):
        url = request_route.request.url
        if url.startswith(site.base):
            request_route.continue_()
        else:
            state["blocked"].append(url)
            request_route.abort()

    page.route("**/*", route)
    page.on("pageerror", lambda error: state["errors"].append(str(error)))
    page.on("requestfailed", lambda r: state["failed"].append(r.url))
    page.on("response", lambda r: state["failed"].extend([r.url] if r.status >= 400 else []))
    results = {}
    for name in site.pages():
        for key in state:
            state[key] = []
        page.goto(site.base + name)
        page.wait_for_load_state("networkidle")
        page.evaluate(MATH_DONE)
        results[name] = {
            **page.evaluate(PAGE_JS),
            "axe": failing(axe_findings(page, browser_js["axe"])),
            **{key: list(value) for key, value in state.items()},
        }
    yield results
    page.close()


def test_the_site_has_a_page_for_every_notebook_and_the_guide(site):
    pages = set(site.pages())
    expected = {f"notebooks/{stem}.html" for stem in catalog.notebook_stems()}
    expected |= {"index.html", "search.html", "notebooks/glossary.html", "data/README.html"}
    expected |= {f"instructor/{p.stem}.html" for p in website.GUIDE.glob("*.md")}
    assert expected <= pages, f"missing pages: {sorted(expected - pages)}"


def test_every_page_loads_from_the_site_alone(opened):
    problems = []
    for name, found in opened.items():
        problems += [f"{name}: asked the network for {url}" for url in found["blocked"]]
        problems += [f"{name}: could not load {url}" for url in found["failed"]]
        problems += [f"{name}: script error {error}" for error in found["errors"]]
        problems += [
            f"{name}: image did not load: {i['src']}" for i in found["images"] if not i["loaded"]
        ]
    assert not problems, "\n".join(problems)


def test_every_image_has_alt_text_and_axe_finds_nothing_serious(opened):
    problems = []
    for name, found in opened.items():
        problems += [
            f"{name}: image without alt text: {i['src']}" for i in found["images"] if not i["alt"]
        ]
        problems += [f"{name}: {finding}" for finding in found["axe"]]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("stem", catalog.notebook_stems())
def test_each_diagram_and_quiz_shows_once(opened, stem):
    nb = json.loads((catalog.NOTEBOOKS / f"{stem}.ipynb").read_text(encoding="utf-8"))
    found = opened[f"notebooks/{stem}.html"]
    assert found["pictures"] == [p["alt"] for p in expected_pictures(nb)]
    assert [q["folded"] for q in found["quizzes"]] == expected_quizzes(nb)
    assert not any(q["open"] for q in found["quizzes"]), "a quiz shows its answers unfolded"
    assert found["widgets"] == 0, "a widget view is on the page (it cannot render there)"
    assert "google.colab" not in found["text"], "the cell for Colab only is on the page"
    assert found["mathErrors"] == 0


def test_mathjax_from_the_site_typesets_the_maths(opened):
    typeset = {name: found["math"] for name, found in opened.items() if found["math"]}
    assert "notebooks/01_demyelination.html" in typeset, f"no maths typeset: {typeset}"


def test_launch_buttons_come_from_the_repository_address(opened):
    filename = "03_weakness_and_fatigue.ipynb"
    launch = opened[f"notebooks/{filename.replace('.ipynb', '.html')}"]["launch"]
    assert catalog.binder_url(filename) in launch
    assert catalog.colab_url(filename) in launch
    assert catalog.lite_url(f"notebooks/{filename}") in launch


def test_search_finds_a_glossary_term(site, browser):
    page = browser.new_page()
    try:
        page.goto(f"{site.base}search.html?q={GLOSSARY_TERM}")
        page.wait_for_selector("#search-results .search-summary", timeout=20000)
        page.wait_for_function(
            "() => !/Searching|Preparing/.test("
            "document.querySelector('#search-results .search-summary').innerText)"
        )
        hits = page.eval_on_selector_all(
            "#search-results a", "links => links.map(a => a.getAttribute('href'))"
        )
        titles = page.eval_on_selector_all(
            ".bd-sidebar-primary a", "links => links.map(a => a.innerText.trim())"
        )
    finally:
        page.close()
    assert any("notebooks/glossary.html" in (h or "") for h in hits), hits
    assert "Glossary" in titles, f"the glossary's sidebar title is not plain: {titles}"
