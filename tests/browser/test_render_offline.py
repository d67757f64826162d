"""Every committed notebook as a reader without a kernel sees it, in a real browser.

Each notebook is exported with nbconvert's HTMLExporter and its ``lab`` template (as nbviewer
does) and opened from disk in headless Chromium, with every non-``file://`` request blocked
(see ``tests/browser/pages.py``). The notebooks store no widget state, so the page holds no
widget at all: each output shows its plainer form. On that page

* every picture the notebook holds (a figure's, or an interactive diagram's default state)
  shows exactly once, in order, loaded, with its alt text and its caption right after it;
* every quiz shows exactly once, as its numbered question list with each answer folded away;
* nothing of a widget shows: no widget script or container, no ``VBox(...)`` text, no "Error
  displaying widget", no fallback sentence;
* the maths (MathJax 2, served locally) typesets without errors.
"""

from __future__ import annotations

import html
import re

import pytest
from browser import pages
from conftest import need_playwright

from msbackpain import chain
from msbackpain.ui.interactive import FALLBACK_TEXT
from msbackpain.ui.quiz import FALLBACK_TEXT as QUIZ_FALLBACK_TEXT
from tools import catalog

pytestmark = [pytest.mark.browser]
need_playwright()  # in CI a missing Playwright is an error, not a skip

VIEW_MIME = "application/vnd.jupyter.widget-view+json"
WIDGET_TEXTS = (
    "VBox(",
    "Error displaying widget",
    "Loading widget...",
    FALLBACK_TEXT,
    QUIZ_FALLBACK_TEXT,
)
#: A caption as ``display.caption_markdown`` writes it: "*Label: one sentence*".
CAPTION = re.compile(r"^\w[\w ]*: \S.{8,}$", re.S)
#: Characters that Markdown or MathJax would turn into something else than the same text.
MARKUP = re.compile(r"[$\\`\[\]_*<&]")

CHAIN_MAP_ALT = "Diagram of boxes and arrows"
CHAIN_MAP_CAPTION = "The whole causal chain from MS lesions to lower back pain"

# --- what the page shows, gathered in one call each -------------------------------------------

IMAGES_JS = """() => [...document.images].map(img => {
    const child = img.closest('.jp-OutputArea-child');
    let next = null;
    if (child) {
        const after = child.nextElementSibling;
        next = after && after.querySelector('.jp-RenderedMarkdown > p:first-child');
    } else {
        const block = img.closest('p') || img;
        next = block.nextElementSibling;
    }
    const em = next && next.children.length === 1 && next.firstElementChild.tagName === 'EM'
        && next.firstElementChild.innerText.trim() === next.innerText.trim();
    const cell = img.closest('.jp-Cell');
    return {cell: cell ? cell.id : null, alt: img.getAttribute('alt'),
            width: img.complete ? img.naturalWidth : 0,
            shown: img.getBoundingClientRect().width > 0,
            caption: next ? next.innerText.trim() : null, emphasised: !!em};
})"""

QUIZZES_JS = """() => [...document.querySelectorAll(
        '.jp-OutputArea-output[data-mime-type="text/markdown"]')]
    .filter(out => out.querySelector('details') !== null)
    .map(out => ({start: out.innerText.trim().slice(0, 40),
                  folded: out.querySelectorAll('details').length,
                  open: out.querySelectorAll('details[open]').length,
                  shown: out.getBoundingClientRect().height > 0}))"""

WIDGET_MARKUP_JS = """() => ({
    scripts: document.querySelectorAll('script[type^="application/vnd.jupyter.widget"]').length,
    containers: document.querySelectorAll('.jupyter-widgets, .widget-subarea').length})"""

MATH_JS = """() => {
    const frames = [...document.querySelectorAll('.MathJax_CHTML')];
    const bad = frames.filter(f => f.querySelector('.mjx-noError, .mjx-merror') !== null
        || /<merror|mathcolor="red"/.test(f.getAttribute('data-mathml') || ''));
    const leftovers = [...document.querySelectorAll('.jp-RenderedMarkdown')].map(el => {
        const copy = el.cloneNode(true);
        copy.querySelectorAll('code, pre, script, .MathJax_Preview, .MathJax_CHTML')
            .forEach(n => n.remove());
        return copy.textContent;
    }).filter(t => /\\$|\\\\[A-Za-z]+|[_^]\\{/.test(t)).map(t => t.trim().slice(0, 300));
    return {tex: MathJax.Hub.getAllJax().map(j => j.originalText),
            errors: bad.map(f => f.getAttribute('data-mathml') || f.innerText),
            processing: document.querySelectorAll('.MathJax_Error').length,
            leftovers: leftovers};
}"""

# --- what the notebook holds -------------------------------------------------------------------

MATH = re.compile(r"\$\$.+?\$\$|\$[^$]+?\$", re.S)
CODE = re.compile(r"```.*?```|`[^`\n]*`", re.S)
ALT = re.compile(r'\balt="([^"]*)"')


def _text(value) -> str:
    return "".join(value) if isinstance(value, list) else str(value)


def expected_math(nb: dict) -> list[str]:
    """The TeX expressions in the notebook's Markdown (cells and Markdown outputs)."""
    texts = ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown"]
    for cell in nb["cells"]:
        for out in cell.get("outputs", []):
            if "text/markdown" in out.get("data", {}):
                texts.append("".join(out["data"]["text/markdown"]))
    found = []
    for text in texts:
        text = CODE.sub("", text).replace(r"\$", "")
        found += [m.group(0).strip("$").strip() for m in MATH.finditer(text)]
    return found


def expected_pictures(nb: dict) -> list[dict]:
    """Every picture the notebook shows, in order: alt text, caption, and whether it is the
    default state of an interactive diagram (an output that also carries the widget)."""
    pictures = []
    for cell in nb["cells"]:
        outputs = cell.get("outputs", [])
        for k, out in enumerate(outputs):
            data = out.get("data", {})
            if "image/png" not in data:
                continue
            alt = ALT.search(_text(data.get("text/html", "")))
            after = outputs[k + 1].get("data", {}) if k + 1 < len(outputs) else {}
            pictures.append(
                {
                    "alt": html.unescape(alt.group(1)) if alt else None,
                    "caption": _text(after.get("text/markdown", "")).strip().strip("*"),
                    "diagram": VIEW_MIME in data,
                }
            )
    return pictures


def expected_quizzes(nb: dict) -> list[int]:
    """How many answers each quiz of the notebook folds away, in order."""
    return [
        _text(out["data"].get("text/markdown", "")).count("<details>")
        for cell in nb["cells"]
        for out in cell.get("outputs", [])
        if _text(out.get("data", {}).get("text/plain", "")) == QUIZ_FALLBACK_TEXT
    ]


def picture_problems(expected: list[dict], images: list[dict]) -> list[str]:
    """Each expected picture shows once, in order, loaded, with its alt text and caption."""
    problems = []
    if [i["alt"] for i in images] != [p["alt"] for p in expected]:
        problems.append(
            f"the page shows {len(images)} pictures, the notebook holds {len(expected)}: "
            f"{[(i['alt'] or '')[:40] for i in images]} != "
            f"{[(p['alt'] or '')[:40] for p in expected]}"
        )
    for img, want in zip(images, expected, strict=False):
        kind = "diagram" if want["diagram"] else "figure"
        where = f"{kind} picture in {img['cell']} ({(img['alt'] or '')[:50]!r})"
        if not (img["alt"] or "").strip():
            problems.append(f"{where} has no alt text")
        if img["width"] == 0 or not img["shown"]:
            problems.append(f"{where} did not load or is not shown")
        caption = img["caption"] or ""
        if not (CAPTION.match(caption) and img["emphasised"]):
            problems.append(f"{where} has no caption right after it (found {caption!r})")
        elif not MARKUP.search(want["caption"]) and caption != want["caption"]:
            problems.append(f"{where} has the caption {caption!r}, not {want['caption']!r}")
    return problems


def quiz_problems(expected: list[int], quizzes: list[dict]) -> list[str]:
    """Each quiz shows once: its question list, every answer folded (closed)."""
    problems = []
    if [q["folded"] for q in quizzes] != expected:
        problems.append(
            f"the page shows quizzes folding {[q['folded'] for q in quizzes]} answers, the "
            f"notebook holds quizzes of {expected}"
        )
    for quiz in quizzes:
        if not quiz["start"].startswith("Question 1.") or not quiz["shown"]:
            problems.append(f"a quiz does not show its questions: {quiz['start']!r}")
        if quiz["open"]:
            problems.append(f"a quiz shows {quiz['open']} answers unfolded")
    return problems


# --- the tests ---------------------------------------------------------------------------------


@pytest.fixture(params=pages.STEMS)
def stem(request):
    return request.param


def test_every_diagram_and_quiz_shows_once_without_a_kernel(browser, browser_js, stem):
    nb = pages.notebook(stem)
    shown = pages.rendered(browser, browser_js, stem)
    page = shown.page
    problems = []

    # the network: only what we expect was asked for, and nothing on disk is missing
    if set(shown.blocked) != pages.EXPECTED_BLOCKED:
        problems.append(
            f"requests beyond file://: {sorted(set(shown.blocked))}, expected exactly "
            f"{sorted(pages.EXPECTED_BLOCKED)}"
        )
    if shown.failed:
        problems.append(f"files the page could not load: {shown.failed}")

    # nothing of a widget
    markup = page.evaluate(WIDGET_MARKUP_JS)
    if markup["scripts"] or markup["containers"]:
        problems.append(f"the page holds widget markup: {markup}")
    text = page.locator("body").inner_text()
    problems += [f"the page shows {t!r}" for t in WIDGET_TEXTS if t in text]

    # every picture (figures and diagrams) once, with alt text and caption; every quiz once
    pictures = expected_pictures(nb)
    if stem not in catalog.PAGES and not any(p["diagram"] for p in pictures):
        problems.append("no output carries both a diagram's widget and its picture")
    problems += picture_problems(pictures, page.evaluate(IMAGES_JS))
    problems += quiz_problems(expected_quizzes(nb), page.evaluate(QUIZZES_JS))

    # maths: every expression typeset, without errors, and no TeX left as text
    math = page.evaluate(MATH_JS)
    expected = expected_math(nb)
    if sorted(math["tex"]) != sorted(expected):
        problems.append(f"MathJax typeset {math['tex']}, the Markdown has {expected}")
    problems += [f"MathJax error in {e[:200]}" for e in math["errors"]]
    if math["processing"]:
        problems.append(f"{math['processing']} MathJax processing errors")
    problems += [f"TeX left as text: {t!r}" for t in math["leftovers"]]

    problems += [f"script error: {e}" for e in shown.errors]
    assert not problems, f"{stem}:\n  " + "\n  ".join(problems)


def test_start_here_shows_the_chain_map_with_its_caption(browser, browser_js):
    """00's chain map: the picture loads at full size, with its alt text and caption."""
    page = pages.rendered(browser, browser_js, "00_start_here").page
    images = [i for i in page.evaluate(IMAGES_JS) if i["alt"].startswith(CHAIN_MAP_ALT)]
    assert len(images) == 1, f"{len(images)} pictures whose alt text starts {CHAIN_MAP_ALT!r}"
    chain_map = images[0]
    assert chain_map["width"] > 600, "the chain-map picture did not load at full size"
    assert chain_map["shown"], "the chain-map picture is not shown"
    assert chain_map["caption"].startswith(f"Figure: {CHAIN_MAP_CAPTION}")


LINKS_JS = """() => [...document.querySelectorAll('a[href]')].map(a => {
    const href = a.getAttribute('href');
    const inPage = href.startsWith('#');
    return {href: href, text: a.innerText.trim().slice(0, 40),
            resolves: inPage ? document.getElementById(decodeURIComponent(href.slice(1))) !== null
                             : null};
})"""

GRADE_WORDS = ("solid", "dashed", "dotted")


def link_problems(links: list[dict]) -> list[str]:
    """In-page links point at an element; links to files point at files of the collection."""
    problems = []
    for link in links:
        href = link["href"]
        if link["resolves"] is False:
            problems.append(f"{href!r} ({link['text']!r}) points at no element of the page")
        elif link["resolves"] is None and not re.match(r"^(https?:|mailto:)", href):
            target = href.partition("#")[0]
            if not (catalog.NOTEBOOKS / target).exists():
                problems.append(f"{href!r} points at no file next to the notebooks")
    return problems


def test_evidence_page_lists_every_link_with_its_grade(browser, browser_js):
    """The evidence page without a kernel: every link resolves, the map's alt text and the
    counts explain the grades, and the table has one row per link of the chain."""
    page = pages.rendered(browser, browser_js, "evidence").page
    problems = link_problems(page.evaluate(LINKS_JS))
    images = page.evaluate(IMAGES_JS)
    if len(images) != 1 or not all(w in images[0]["alt"] for w in GRADE_WORDS):
        problems.append(f"the map's alt text does not describe the grades: {images}")
    text = page.locator("body").inner_text()
    for heading in ("evidence grade", "measured", "derived", "assumption"):
        if heading not in text:
            problems.append(f"the page does not say {heading!r}")
    rows = page.evaluate("() => [...document.querySelectorAll('table')].map(t => t.rows.length)")
    if len(chain.EDGES) + 1 not in rows:
        problems.append(f"no table with a row per link ({len(chain.EDGES)}): {rows}")
    assert not problems, "\n".join(problems)


def test_start_here_chain_map_explains_the_grades_and_its_links_resolve(browser, browser_js):
    page = pages.rendered(browser, browser_js, "00_start_here").page
    problems = link_problems(page.evaluate(LINKS_JS))
    chain_map = next(i for i in page.evaluate(IMAGES_JS) if i["alt"].startswith(CHAIN_MAP_ALT))
    alt = chain_map["alt"]
    problems += [f"the alt text does not say {w!r}" for w in GRADE_WORDS if w not in alt]
    if "solid, dashed or dotted" not in chain_map["caption"]:
        problems.append(f"the caption does not explain the line styles: {chain_map['caption']!r}")
    assert not problems, "\n".join(problems)


def test_link_checks_can_fail():
    assert link_problems([{"href": "#ref-foley2013", "text": "x", "resolves": True}]) == []
    assert link_problems([{"href": "#nowhere", "text": "x", "resolves": False}])
    assert link_problems([{"href": "no_such.ipynb", "text": "x", "resolves": None}])
    assert link_problems([{"href": "https://doi.org/10.1/x", "text": "x", "resolves": None}]) == []


# --- the checks themselves can fail -----------------------------------------------------------

GOOD = {"alt": "A line.", "caption": "Figure: A line going up.", "diagram": True}
SHOWN = {
    "cell": "c",
    "alt": "A line.",
    "width": 10,
    "shown": True,
    "caption": "Figure: A line going up.",
    "emphasised": True,
}


@pytest.mark.parametrize(
    "images, message",
    [
        ([SHOWN, SHOWN], "shows 2 pictures"),
        ([], "shows 0 pictures"),
        ([{**SHOWN, "width": 0}], "did not load"),
        ([{**SHOWN, "caption": None}], "no caption"),
        ([{**SHOWN, "emphasised": False}], "no caption"),
        ([{**SHOWN, "caption": "Figure: Another line here."}], "has the caption"),
        ([{**SHOWN, "alt": ""}], "no alt text"),
    ],
)
def test_picture_checks_fail_on_a_bad_page(images, message):
    assert picture_problems([GOOD], [SHOWN]) == []
    assert any(message in p for p in picture_problems([GOOD], images))


def test_quiz_checks_fail_on_a_bad_page():
    quiz = {"start": "Question 1. Why?", "folded": 5, "open": 0, "shown": True}
    assert quiz_problems([5], [quiz]) == []
    assert quiz_problems([5], [quiz, quiz])  # shown twice
    assert quiz_problems([5], [])  # not shown
    assert quiz_problems([5], [{**quiz, "open": 1}])
    assert quiz_problems([5], [{**quiz, "start": "Interactive quiz"}])
