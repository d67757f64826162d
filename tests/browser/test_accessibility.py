"""Accessibility of every committed notebook as rendered without a kernel, in a real browser.

* axe-core (served from ``tests/browser/node_modules``) runs on each page as nbconvert's HTML
  exporter renders it (as on nbviewer): Markdown, code, every figure and every diagram's picture
  with its caption, every quiz as its folded question list (the notebooks store no widget state,
  so no widget is rendered). Any violation of impact "serious" or "critical" fails, except the
  few listed in ``NOT_OURS``, which come from nbconvert's template, not from us.
* Our own rules: one H1 per notebook, no skipped heading levels, link texts that say where they
  go, and alt text on every image.

The pages are the ones ``tests/browser/test_render_offline.py`` opens
(``tests/browser/pages.py``); in one session each is opened once.
"""

from __future__ import annotations

import re

import pytest
from browser import pages
from conftest import need_playwright

pytestmark = [pytest.mark.browser]
need_playwright()  # in CI a missing Playwright is an error, not a skip

FAILING_IMPACTS = ("serious", "critical")

#: Violations that are not ours: (axe rule, CSS selector of the part of the page, why). Each
#: drops only that rule's findings on elements inside that selector; everything else still fails.
NOT_OURS = [
    (
        "color-contrast",
        ".jp-InputPrompt, .jp-OutputPrompt",
        "the 'In [n]:' / 'Out[n]:' prompts of nbconvert's lab template are JupyterLab's light "
        "grey (#b0b0b0 on white, 2.2:1); nothing in a notebook sets them",
    ),
    (
        "color-contrast",
        ".jp-InputArea-editor .highlight",
        "syntax colours in code cells come from JupyterLab's theme in nbconvert's template "
        "(numbers #008800, 'in' #aa22ff, comments #408080 on #f5f5f5: 4.2-4.4:1, just under 4.5)",
    ),
    (
        "link-in-text-block",
        ".jp-RenderedMarkdown",
        "JupyterLab's stylesheet (in nbconvert's template, and in JupyterLab itself) takes the "
        "underline off links in rendered Markdown, and Markdown cannot style its own links",
    ),
]

AXE_JS = """async (notOurs) => {
    const results = await axe.run(document, {resultTypes: ['violations']});
    const kept = [], dropped = {};
    for (const v of results.violations) {
        for (const node of v.nodes) {
            const impact = node.impact || v.impact;
            const el = node.target.length === 1 ? document.querySelector(node.target[0]) : null;
            const rule = notOurs.find(([id, sel]) => id === v.id && el && el.closest(sel));
            if (rule) {
                const key = v.id + ' in ' + rule[1];
                dropped[key] = (dropped[key] || 0) + 1;
                continue;
            }
            kept.push({id: v.id, impact: impact, target: node.target, help: v.help,
                       helpUrl: v.helpUrl, html: node.html.slice(0, 200),
                       summary: (node.failureSummary || '').slice(0, 400)});
        }
    }
    return {kept: kept, dropped: dropped};
}"""

STRUCTURE_JS = """() => {
    // a folded <details> block renders no innerText: its links still need words
    const text = el => (el.innerText || el.textContent).replace(/\\u00b6/g, '').trim();
    return {
        h1: document.querySelectorAll('h1').length,
        headings: [...document.querySelectorAll(
                '.jp-RenderedMarkdown :is(h1, h2, h3, h4, h5, h6)')]
            .map(h => ({level: Number(h.tagName[1]), text: text(h)})),
        // nbconvert adds a permalink (a.anchor-link, text "¶") to every heading: not ours
        links: [...document.querySelectorAll('a[href]')]
            .filter(a => !a.classList.contains('anchor-link'))
            .map(a => ({href: a.getAttribute('href'),
                        text: (text(a) || a.getAttribute('aria-label')
                               || [...a.querySelectorAll('img')].map(i => i.alt).join(' ')
                               || '').trim()})),
        images: [...document.images].map(img => ({
            alt: img.getAttribute('alt'),
            cell: img.closest('.jp-Cell') ? img.closest('.jp-Cell').id : null})),
    };
}"""

VAGUE_LINK_TEXT = {
    "here",
    "click here",
    "click",
    "link",
    "this link",
    "this",
    "this page",
    "page",
    "more",
    "read more",
    "see more",
    "learn more",
    "website",
    "url",
}
BARE_URL = re.compile(r"^(https?://|www\.)\S+$", re.I)
VAGUE_ALT = re.compile(r"^(image|img|figure|fig|plot|chart|graph|picture|diagram)?\s*\d*$", re.I)
FILE_NAME = re.compile(r"\.(png|jpe?g|gif|svg|webp)$", re.I)


def axe_findings(page, axe_js) -> dict:
    """Run axe-core in ``page``; return the findings we keep and the counts of those dropped."""
    if not page.evaluate("() => typeof axe !== 'undefined'"):
        page.add_script_tag(path=str(axe_js))
    return page.evaluate(AXE_JS, [[rule, selector] for rule, selector, _ in NOT_OURS])


def failing(findings: dict) -> list[str]:
    return [
        f"{f['id']} ({f['impact']}) at {' '.join(f['target'])}: {f['help']} [{f['helpUrl']}]\n"
        f"      {f['html']}\n      {f['summary']}"
        for f in findings["kept"]
        if f["impact"] in FAILING_IMPACTS
    ]


def structure_problems(structure: dict) -> list[str]:
    """Our own rules on headings, link texts and alt text."""
    problems = []
    if structure["h1"] != 1:
        problems.append(f"{structure['h1']} H1 headings (a notebook has exactly one, its title)")
    previous = 0
    for heading in structure["headings"]:
        if heading["level"] > previous + 1:
            problems.append(
                f"heading level skipped: h{previous or '-'} -> h{heading['level']} at "
                f"{heading['text']!r}"
            )
        previous = heading["level"]
    for link in structure["links"]:
        words = link["text"].lower().strip(" .:!→←")
        if not words:
            problems.append(f"link to {link['href']} has no text")
        elif words in VAGUE_LINK_TEXT:
            problems.append(f"link text {link['text']!r} does not say where {link['href']} goes")
        elif BARE_URL.match(link["text"]):
            problems.append(f"link text is a bare URL: {link['text']!r}")
    for img in structure["images"]:
        alt = (img["alt"] or "").strip()
        if not alt or VAGUE_ALT.match(alt) or FILE_NAME.search(alt):
            problems.append(f"image in {img['cell']} has no useful alt text ({img['alt']!r})")
    return problems


@pytest.fixture(params=pages.STEMS)
def stem(request):
    return request.param


def test_axe_finds_nothing_serious(browser, browser_js, stem):
    page = pages.rendered(browser, browser_js, stem).page
    findings = axe_findings(page, browser_js["axe"])
    problems = failing(findings)
    assert not problems, (
        f"{stem}: {len(problems)} serious or critical accessibility violations:\n  "
        + "\n  ".join(problems)
    )
    print(f"{stem}: not ours, left out: {findings['dropped']}")


def test_headings_links_and_alt_text(browser, browser_js, stem):
    page = pages.rendered(browser, browser_js, stem).page
    structure = page.evaluate(STRUCTURE_JS)
    assert structure["headings"], "no headings found"
    problems = structure_problems(structure)
    assert not problems, f"{stem}:\n  " + "\n  ".join(problems)


# --- the checks themselves can fail -----------------------------------------------------------

BAD_PAGE = """<!DOCTYPE html><html lang="en"><head><title>bad</title></head><body><main>
<div class="jp-RenderedMarkdown"><h1>Title</h1><h3>Skipped a level</h3>
<p>Read the notes <a href="notes.html">here</a> or at
<a href="https://example.org/x">https://example.org/x</a>.</p></div>
<div class="jp-RenderedMarkdown"><h1>Second title</h1></div>
<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="plot.png">
<p style="color:#bbbbbb">Pale text that nobody chose for us.</p>
<div class="jp-InputPrompt" style="color:#bbbbbb">In [1]:</div>
</main></body></html>"""


def test_the_checks_catch_a_bad_page(browser, browser_js):
    page = browser.new_page()
    try:
        page.set_content(BAD_PAGE)
        findings = axe_findings(page, browser_js["axe"])
        found = {f["id"] for f in findings["kept"] if f["impact"] in FAILING_IMPACTS}
        assert {"image-alt", "color-contrast"} <= found, findings
        # the pale prompt is template chrome: dropped, while the pale paragraph is kept
        assert findings["dropped"] == {"color-contrast in .jp-InputPrompt, .jp-OutputPrompt": 1}
        problems = "\n".join(structure_problems(page.evaluate(STRUCTURE_JS)))
        for expected in (
            "2 H1 headings",
            "h1 -> h3",
            "'here' does not say",
            "bare URL",
            "no useful alt text (None)",
            "no useful alt text ('plot.png')",
        ):
            assert expected in problems, problems
    finally:
        page.close()
