"""The committed notebooks as a reader without a kernel sees them, opened in headless Chromium.

Shared by ``tests/browser/test_render_offline.py`` and ``tests/browser/test_accessibility.py``.
A notebook is exported with nbconvert's HTMLExporter and its ``lab`` template (what nbviewer
uses) into one folder per session, next to a local copy of MathJax 2 (installed by the
``browser_js`` fixture from ``tests/browser/package.json``).

The notebooks store no widget state, so the exporter leaves every widget view out and writes the
plainer form each output carries: a diagram's picture (an ``<img>`` with alt text), a quiz's
folded question list. No widget renderer is linked. The template still links require.js from a
CDN; every request that is not ``file://`` is aborted and recorded.
"""

from __future__ import annotations

import atexit
import json
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

#: What a page asks the network for: nbconvert's ``require_js_url``, which the ``lab`` template
#: always links. Nothing else may be requested: no widget renderer, no fonts, no analytics, no
#: mermaid (loaded only for mermaid diagrams, which the notebooks do not have).
EXPECTED_BLOCKED = {"https://cdnjs.cloudflare.com/ajax/libs/require.js/2.1.10/require.min.js"}

# Wait conditions, evaluated in the page. nbconvert's MathJax configuration queues one typeset of
# the page; a callback queued after it runs when that typeset is done.
MARK_TYPESET_DONE = """() => { window.__typesetDone = false;
    MathJax.Hub.Queue(() => { window.__typesetDone = true; }); }"""


@dataclass
class Rendered:
    """One notebook's page, opened and settled."""

    stem: str
    page: object  # playwright Page
    path: Path
    blocked: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    settled: bool = False


class Site:
    """A folder with the exported pages and the MathJax they load, made once per session."""

    def __init__(self, js: dict[str, Path]):
        self.dir = Path(tempfile.mkdtemp(prefix="offline-render-"))
        atexit.register(shutil.rmtree, self.dir, ignore_errors=True)
        # MathJax 2 is ~3000 files; a link serves them just as well as a copy
        (self.dir / "mathjax").symlink_to(js["mathjax"].resolve(), target_is_directory=True)
        self._exported: dict[str, Path] = {}

    def export(self, stem: str) -> Path:
        """The HTML page of ``notebooks/<stem>.ipynb`` (exported once per session)."""
        if stem not in self._exported:
            from nbconvert import HTMLExporter

            exporter = HTMLExporter(
                template_name="lab", mathjax_url=f"mathjax/MathJax.js?config={MATHJAX_CONFIG}"
            )
            body, _ = exporter.from_filename(str(ROOT / "notebooks" / f"{stem}.ipynb"))
            path = self.dir / f"{stem}.html"
            path.write_text(body, encoding="utf-8")
            self._exported[stem] = path
        return self._exported[stem]


_SITE: Site | None = None


def site(js: dict[str, Path]) -> Site:
    global _SITE
    if _SITE is None:
        _SITE = Site(js)
    return _SITE


def notebook(stem: str) -> dict:
    return json.loads((ROOT / "notebooks" / f"{stem}.ipynb").read_text(encoding="utf-8"))


_OPEN: dict[tuple[int, str], Rendered] = {}
#: Pages loading ahead of the one a test asks for: on two cores, Chromium renders the next ones
#: while the test reads the current one.
AHEAD = 2


def rendered(browser, js: dict[str, Path], stem: str) -> Rendered:
    """The notebook's page, settled; opened once per browser (its pages close with it), shared.

    Tests only read the page (axe adds its script), so sharing it between the render tests and
    the accessibility tests saves opening every page twice. Asking for one page starts loading
    the next ones.
    """
    page = _start(browser, js, stem)
    following = STEMS[STEMS.index(stem) + 1 :][:AHEAD] if stem in STEMS else []
    for ahead in following:
        _start(browser, js, ahead)
    if not page.settled:
        _settle(page)
    return page


def _start(browser, js: dict[str, Path], stem: str) -> Rendered:
    key = (id(browser), stem)
    if key not in _OPEN or _OPEN[key].page.is_closed():
        _OPEN[key] = start_page(browser, js, stem)
    return _OPEN[key]


def start_page(browser, js: dict[str, Path], stem: str) -> Rendered:
    """Export a notebook and start loading its page, with every non-file request blocked."""
    path = site(js).export(stem)
    page = browser.new_page(viewport={"width": 1280, "height": 1000})
    page.set_default_timeout(30_000)
    rendered = Rendered(stem, page, path)

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
    """Wait until the page has loaded, MathJax is done and every image is decoded."""
    page = rendered.page
    page.wait_for_load_state("load")
    page.wait_for_function("() => window.MathJax !== undefined && MathJax.isReady === true")
    page.evaluate(MARK_TYPESET_DONE)
    page.wait_for_function("() => window.__typesetDone === true")
    # images in the page are data: URLs; wait until every one is decoded
    page.wait_for_function("() => [...document.images].every(img => img.complete)", polling=100)
    rendered.settled = True
