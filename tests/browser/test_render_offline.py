"""Every committed notebook as a reader without a kernel sees it, in a real browser.

Each notebook is exported with nbconvert's HTMLExporter and its ``lab`` template (as nbviewer
does) and opened from disk in headless Chromium, with every non-``file://`` request blocked
(see ``tests/browser/pages.py``). Two variants:

* plain: the widget renderer cannot be fetched, as for a reader offline or on GitHub. Every
  interactive diagram must still show its static picture, with alt text and a caption; no widget
  may show its text form; the maths (MathJax 2, served locally) must typeset without errors.
* widgets: the renderer is served locally, as nbviewer serves it from a CDN. The saved widget
  state must render: every diagram's controls and its picture, and no "Error displaying widget".
"""

from __future__ import annotations

import re

import pytest
from browser import pages
from conftest import need_playwright

from msbackpain.ui.interactive import FALLBACK_TEXT

pytestmark = [pytest.mark.browser]
need_playwright()  # in CI a missing Playwright is an error, not a skip

WIDGET_TEXT_FORMS = ("VBox(children", "Error displaying widget", "Loading widget...")
VIEW_MIME = "application/vnd.jupyter.widget-view+json"
STATE_MIME = "application/vnd.jupyter.widget-state+json"
#: A caption as ``display.caption_markdown`` writes it: "*Label: one sentence*".
CAPTION = re.compile(r"^\w[\w ]*: \S.{8,}$", re.S)

#: CSS class that html-manager gives each kind of widget, to count them in the page.
WIDGET_CLASS = {
    "VBoxModel": "widget-vbox",
    "HBoxModel": "widget-hbox",
    "FloatSliderModel": "widget-slider",
    "IntSliderModel": "widget-slider",
    "FloatLogSliderModel": "widget-slider",
    "SelectionSliderModel": "widget-slider",
    "DropdownModel": "widget-dropdown",
    "ToggleButtonsModel": "widget-toggle-buttons",
    "ToggleButtonModel": "widget-toggle-button",
    "CheckboxModel": "widget-checkbox",
    "RadioButtonsModel": "widget-radio",
    "ButtonModel": "widget-button",
    "HTMLModel": "widget-html",
    "TextModel": "widget-text",
}
CONTROLS = {"widget-slider", "widget-dropdown", "widget-toggle-buttons", "widget-checkbox"}

CHAIN_MAP_ALT = "Diagram of boxes and arrows"
CHAIN_MAP_CAPTION = "The whole causal chain from MS lesions to lower back pain"

# --- what the page shows, gathered in one call each -------------------------------------------

IMAGES_JS = """() => [...document.images].map(img => {
    const widget = img.closest('.widget-subarea') !== null;
    const child = img.closest('.jp-OutputArea-child');
    let next = null;
    if (!widget && child) {
        const after = child.nextElementSibling;
        next = after && after.querySelector('.jp-RenderedMarkdown > p:first-child');
    } else if (!widget) {
        const block = img.closest('p') || img;
        next = block.nextElementSibling;
    }
    const em = next && next.children.length === 1 && next.firstElementChild.tagName === 'EM'
        && next.firstElementChild.innerText.trim() === next.innerText.trim();
    const cell = img.closest('.jp-Cell');
    return {cell: cell ? cell.id : null, alt: img.getAttribute('alt'), widget: widget,
            width: img.complete ? img.naturalWidth : 0,
            shown: img.getBoundingClientRect().width > 0,
            caption: next ? next.innerText.trim() : null, emphasised: !!em};
})"""

VIEWS_JS = """() => [...document.querySelectorAll(
        'script[type="application/vnd.jupyter.widget-view+json"]')].map(script => {
    const output = script.parentElement;
    const child = output.closest('.jp-OutputArea-child');
    const after = [];
    for (let s = child.nextElementSibling; s; s = s.nextElementSibling) {
        const img = s.querySelector('img');
        after.push({text: s.innerText.trim(),
                    img: img && {alt: img.getAttribute('alt'),
                                 width: img.complete ? img.naturalWidth : 0}});
    }
    const area = output.querySelector(':scope > .widget-subarea');
    const counts = {};
    if (area) {
        for (const el of area.querySelectorAll('[class*="widget-"]')) {
            for (const c of el.classList) counts[c] = (counts[c] || 0) + 1;
        }
    }
    const live = area ? [...area.querySelectorAll('.widget-html img')] : [];
    return {model: JSON.parse(script.textContent).model_id, text: output.innerText.trim(),
            rendered: area !== null, counts: counts, after: after,
            height: area ? area.getBoundingClientRect().height : 0,
            live: live.map(img => ({alt: img.getAttribute('alt'),
                                    width: img.complete ? img.naturalWidth : 0}))};
})"""

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


def interactive_views(nb: dict) -> set[str]:
    """Model ids of the widget views that ``Interactive.show`` wrote (their text fallback)."""
    ids = set()
    for cell in nb["cells"]:
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            if VIEW_MIME in data and "".join(data.get("text/plain", "")) == FALLBACK_TEXT:
                ids.add(data[VIEW_MIME]["model_id"])
    return ids


def saved_widget_counts(nb: dict, model_id: str) -> dict[str, int]:
    """How many widgets of each CSS class the saved state puts in the view ``model_id``."""
    state = nb["metadata"]["widgets"][STATE_MIME]["state"]
    counts: dict[str, int] = {}

    def walk(mid: str) -> None:
        model = state[mid]
        name = model["model_name"]
        assert name in WIDGET_CLASS, f"add {name}'s CSS class to WIDGET_CLASS in this test"
        counts[WIDGET_CLASS[name]] = counts.get(WIDGET_CLASS[name], 0) + 1
        for ref in model["state"].get("children", []):
            walk(ref.removeprefix("IPY_MODEL_"))

    walk(model_id)
    return counts


def static_picture(view: dict) -> tuple[int, dict] | None:
    """The first picture among the outputs after a widget view: (its position, the image)."""
    for i, out in enumerate(view["after"]):
        if out["img"]:
            return i, out["img"]
    return None


# --- the tests ---------------------------------------------------------------------------------


@pytest.fixture(params=pages.STEMS)
def stem(request):
    return request.param


def test_without_the_widget_renderer(browser, browser_js, stem):
    nb = pages.notebook(stem)
    shown = pages.rendered(browser, browser_js, stem, "plain")
    page = shown.page
    problems = []

    # the network: only what we expect was asked for, and nothing on disk is missing
    if set(shown.blocked) != pages.EXPECTED_BLOCKED_PLAIN:
        problems.append(
            f"requests beyond file://: {sorted(set(shown.blocked))}, expected exactly "
            f"{sorted(pages.EXPECTED_BLOCKED_PLAIN)}"
        )
    if shown.failed:
        problems.append(f"files the page could not load: {shown.failed}")

    # no widget shows its text form
    text = page.locator("body").inner_text()
    problems += [f"the page shows {t!r}" for t in WIDGET_TEXT_FORMS if t in text]

    # every interactive diagram: a blank widget, then its static picture (loaded) and a caption
    interactive = interactive_views(nb)
    views = page.evaluate(VIEWS_JS)
    assert {v["model"] for v in views} >= interactive
    for view in views:
        if view["text"] or view["rendered"]:
            problems.append(f"widget {view['model']} shows something without its renderer")
        if not view["after"]:
            problems.append(f"widget {view['model']} has no ordinary output after it")
        if view["model"] not in interactive:
            continue
        found = static_picture(view)
        if found is None:
            problems.append(f"interactive diagram {view['model']} has no static picture")
            continue
        i, img = found
        if img["width"] == 0:
            problems.append(f"the static picture of {img['alt']!r} did not load")
        caption = view["after"][i + 1]["text"] if i + 1 < len(view["after"]) else ""
        if not CAPTION.match(caption):
            problems.append(f"no caption after the static picture of {img['alt']!r}")

    # every image: loaded, alt text, and a caption right after it (an emphasised Markdown line)
    images = page.evaluate(IMAGES_JS)
    assert images, "no images at all"
    for img in images:
        where = f"image in {img['cell']} ({(img['alt'] or '')[:50]!r})"
        if not (img["alt"] or "").strip():
            problems.append(f"{where} has no alt text")
        if img["width"] == 0 or not img["shown"]:
            problems.append(f"{where} did not load or is not shown")
        if not (img["caption"] and CAPTION.match(img["caption"]) and img["emphasised"]):
            problems.append(f"{where} has no caption right after it (found {img['caption']!r})")

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
    assert not problems, f"{stem} (plain page):\n  " + "\n  ".join(problems)


def test_with_the_widget_renderer(browser, browser_js, stem):
    nb = pages.notebook(stem)
    shown = pages.rendered(browser, browser_js, stem, "widgets")
    page = shown.page
    problems = []

    if shown.blocked:
        problems.append(f"requests beyond file://: {shown.blocked}")
    missing = [url for url in shown.failed if not pages.HARMLESS_MISSING.search(url)]
    if missing:
        problems.append(f"files the page could not load: {missing}")
    text = page.locator("body").inner_text()
    problems += [f"the page shows {t!r}" for t in WIDGET_TEXT_FORMS if t in text]

    interactive = interactive_views(nb)
    views = page.evaluate(VIEWS_JS)
    assert len(views) == pages.widget_views(stem)
    for view in views:
        model = view["model"]
        if not view["rendered"]:
            problems.append(f"widget {model} did not render: {view['text'][:200]!r}")
            continue
        saved = saved_widget_counts(nb, model)
        shown_counts = {c: view["counts"].get(c, 0) for c in saved}
        if shown_counts != saved:
            problems.append(f"widget {model} shows {shown_counts}, its saved state has {saved}")
        if model not in interactive:
            continue
        if not CONTROLS & {c for c, n in view["counts"].items() if n}:
            problems.append(f"interactive diagram {model} shows no controls")
        if view["height"] < 100:
            problems.append(f"interactive diagram {model} is only {view['height']} px high")
        if not view["live"] or any(img["width"] == 0 for img in view["live"]):
            problems.append(f"interactive diagram {model} shows no picture")
            continue
        found = static_picture(view)
        live_alt = view["live"][-1]["alt"]
        if found is None or found[1]["alt"] != live_alt:
            problems.append(
                f"the live picture of {model} ({live_alt!r}) is not the default state that its "
                f"static picture shows ({found and found[1]['alt']!r})"
            )

    problems += [f"script error: {e}" for e in shown.errors]
    assert not problems, f"{stem} (page with widgets):\n  " + "\n  ".join(problems)


def test_start_here_shows_the_chain_map_with_its_caption(browser, browser_js):
    """00's chain map: the static picture loads at full size, with its alt text and caption."""
    page = pages.rendered(browser, browser_js, "00_start_here", "plain").page
    images = [i for i in page.evaluate(IMAGES_JS) if i["alt"].startswith(CHAIN_MAP_ALT)]
    assert images, f"no picture whose alt text starts {CHAIN_MAP_ALT!r}"
    chain_map = images[0]
    assert chain_map["width"] > 600, "the chain-map picture did not load at full size"
    assert chain_map["shown"], "the chain-map picture is not shown"
    assert chain_map["caption"].startswith(f"Figure: {CHAIN_MAP_CAPTION}")
