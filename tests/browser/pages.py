"""The committed notebooks as a reader without a kernel sees them, opened in headless Chromium.

Shared by ``tests/browser/test_render_offline.py`` and ``tests/browser/test_accessibility.py``.
A notebook is exported with nbconvert's HTMLExporter and its ``lab`` template (what nbviewer
uses) into one folder per session, next to local copies of the JavaScript the page would fetch
from CDNs (installed by the ``browser_js`` fixture from ``tests/browser/package.json``):

* ``"plain"``: MathJax served locally, everything else as nbconvert writes it. The widget renderer
  and require.js are CDN URLs that the tests block, so this is the page of a reader whose
  browser cannot fetch them (or of GitHub, which never runs them): the saved widget state does
  not render and only ordinary outputs show.
* ``"widgets"``: html-manager's ``dist`` and require.js copied next to the HTML (as unpkg lays
  them out) and the exporter pointed at them, so the saved widget state renders, as on nbviewer.

Every request that is not ``file://`` is aborted and recorded.
"""

from __future__ import annotations

import atexit
import json
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
STEMS = [p.stem for p in NOTEBOOKS]

#: nbconvert's default MathJax URL asks for MathJax 2 with this configuration; the local copy is
#: loaded with the same one.
MATHJAX_CONFIG = "TeX-AMS_CHTML-full,Safe"
#: Where the widget renderer sits relative to the page: unpkg's layout of the npm package. The
#: renderer's CSS finds its icon font by this path.
RENDERER = "@jupyter-widgets/html-manager/dist/embed-amd.js"

#: What a plain page asks the network for (both are nbconvert's defaults: ``require_js_url`` and
#: the widget renderer on unpkg). Nothing else may be requested: no fonts, no analytics, no
#: mermaid (loaded only for mermaid diagrams, which the notebooks do not have).
EXPECTED_BLOCKED_PLAIN = {
    "https://cdnjs.cloudflare.com/ajax/libs/require.js/2.1.10/require.min.js",
    "https://unpkg.com/@jupyter-widgets/html-manager@*/dist/embed-amd.js",
}
#: html-manager's CSS lists its icon font (Font Awesome, for the Reset button) at two paths; the
#: first is one folder too high, where the npm package has no such file, and the browser falls
#: back to the second, which loads. Only these requests may fail.
HARMLESS_MISSING = re.compile(r"/@jupyter-widgets/[0-9a-f]{20}\.(woff2?|ttf|eot|svg)$")

# Wait conditions, evaluated in the page. nbconvert's MathJax configuration queues one typeset of
# the page; a callback queued after it runs when that typeset is done.
MARK_TYPESET_DONE = """() => { window.__typesetDone = false;
    MathJax.Hub.Queue(() => { window.__typesetDone = true; }); }"""
#: Every widget view has been replaced by something (the widget, or an error message).
WIDGETS_SETTLED = """() => [...document.querySelectorAll(
        'script[type="application/vnd.jupyter.widget-view+json"]')]
    .every(view => view.parentElement.querySelector(':scope > :not(script)') !== null)"""


@dataclass
class Rendered:
    """One notebook's page, opened and settled."""

    stem: str
    variant: str
    page: object  # playwright Page
    path: Path
    blocked: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    settled: bool = False


class Site:
    """A folder with the exported pages and the JavaScript they load, made once per session."""

    def __init__(self, js: dict[str, Path]):
        self.dir = Path(tempfile.mkdtemp(prefix="offline-render-"))
        atexit.register(shutil.rmtree, self.dir, ignore_errors=True)
        renderer = self.dir / RENDERER
        shutil.copytree(js["html_manager"], renderer.parent, ignore=shutil.ignore_patterns("*.map"))
        shutil.copy(js["require_js"], self.dir / "require.js")
        # MathJax 2 is ~3000 files; a link serves them just as well as a copy
        (self.dir / "mathjax").symlink_to(js["mathjax"].resolve(), target_is_directory=True)
        self._exported: dict[tuple[str, str], Path] = {}

    def export(self, stem: str, variant: str) -> Path:
        """The HTML page of ``notebooks/<stem>.ipynb`` (exported once per session)."""
        key = (stem, variant)
        if key not in self._exported:
            from nbconvert import HTMLExporter

            options = {
                "template_name": "lab",
                "mathjax_url": f"mathjax/MathJax.js?config={MATHJAX_CONFIG}",
            }
            if variant == "widgets":
                options |= {"widget_renderer_url": RENDERER, "require_js_url": "require.js"}
            body, _ = HTMLExporter(**options).from_filename(
                str(ROOT / "notebooks" / f"{stem}.ipynb")
            )
            path = self.dir / f"{stem}.{variant}.html"
            path.write_text(body, encoding="utf-8")
            self._exported[key] = path
        return self._exported[key]


_SITE: Site | None = None


def site(js: dict[str, Path]) -> Site:
    global _SITE
    if _SITE is None:
        _SITE = Site(js)
    return _SITE


def notebook(stem: str) -> dict:
    return json.loads((ROOT / "notebooks" / f"{stem}.ipynb").read_text(encoding="utf-8"))


def widget_views(stem: str) -> int:
    """How many outputs of the notebook are widget views (one per interactive diagram)."""
    return sum(
        "application/vnd.jupyter.widget-view+json" in out.get("data", {})
        for cell in notebook(stem)["cells"]
        for out in cell.get("outputs", [])
    )


_OPEN: dict[tuple[int, str, str], Rendered] = {}
#: Pages loading ahead of the one a test asks for: on two cores, Chromium renders the next ones
#: while the test reads the current one.
AHEAD = 2


def rendered(browser, js: dict[str, Path], stem: str, variant: str) -> Rendered:
    """The notebook's page, settled; opened once per browser (its pages close with it), shared.

    Tests only read the page (axe adds its script), so sharing it between the render tests and
    the accessibility tests saves opening every page twice. Asking for one page starts loading
    the next one of the same variant.
    """
    page = _start(browser, js, stem, variant)
    following = STEMS[STEMS.index(stem) + 1 :][:AHEAD] if stem in STEMS else []
    for ahead in following:
        _start(browser, js, ahead, variant)
    if not page.settled:
        _settle(page)
    return page


def _start(browser, js: dict[str, Path], stem: str, variant: str) -> Rendered:
    key = (id(browser), stem, variant)
    if key not in _OPEN or _OPEN[key].page.is_closed():
        _OPEN[key] = start_page(browser, js, stem, variant)
    return _OPEN[key]


def start_page(browser, js: dict[str, Path], stem: str, variant: str) -> Rendered:
    """Export a notebook and start loading its page, with every non-file request blocked."""
    path = site(js).export(stem, variant)
    page = browser.new_page(viewport={"width": 1280, "height": 1000})
    page.set_default_timeout(30_000)
    rendered = Rendered(stem, variant, page, path)

    def block(route):
        rendered.blocked.append(route.request.url)
        route.abort()

    page.route(lambda url: not url.startswith("file:"), block)
    page.on(
        "requestfailed",
        lambda r: None if not r.url.startswith("file:") else rendered.failed.append(r.url),
    )
    page.on("pageerror", lambda e: rendered.errors.append(str(e)))
    page.goto(path.as_uri(), wait_until="commit")
    return rendered


def _settle(rendered: Rendered) -> None:
    """Wait until the page has loaded, MathJax is done and (``"widgets"``) every widget shows."""
    page = rendered.page
    page.wait_for_load_state("load")
    page.wait_for_function("() => window.MathJax !== undefined && MathJax.isReady === true")
    page.evaluate(MARK_TYPESET_DONE)
    page.wait_for_function("() => window.__typesetDone === true")
    if rendered.variant == "widgets":
        try:
            page.wait_for_function(WIDGETS_SETTLED, timeout=20_000)
        except Exception as error:  # Playwright's TimeoutError: let the tests say which widget
            rendered.errors.append(f"widgets still not rendered after 20 s: {error}")
    # images in the page are data: URLs; wait until every one is decoded
    page.wait_for_function("() => [...document.images].every(img => img.complete)", polling=100)
    rendered.settled = True
