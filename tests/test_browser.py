"""Real-browser tests in Debian's Chromium, driven by Playwright.

* JupyterLab: open 00, run all cells, change the chain map's selection, see the picture change.
* No kernel: render 00 to HTML with nbconvert (nbviewer's renderer) and see the chain-map image.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest
from conftest import CHROMIUM_FLAGS

from msbackpain.diagrams import start_here as chain_map

pytestmark = [pytest.mark.browser, pytest.mark.slow]

playwright_api = pytest.importorskip("playwright.sync_api")
CHAIN_MAP_ALT = "Diagram of boxes and arrows"


@pytest.fixture(scope="module")
def browser(chromium):
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium, headless=True, args=CHROMIUM_FLAGS)
        yield b
        b.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def lab(tmp_path_factory, root):
    """A JupyterLab server on a copy of the notebooks (so nothing committed is touched)."""
    home = tmp_path_factory.mktemp("lab")
    (home / "notebooks").mkdir()
    for notebook in (root / "notebooks").glob("*.ipynb"):
        shutil.copy(notebook, home / "notebooks")
    settings = home / "settings"
    for plugin, values in {
        "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
            "fetchNews": "false",
            "checkForUpdates": False,
        },
        "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    }.items():
        path = settings / plugin
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values))
    port, token = _free_port(), secrets.token_hex(16)
    log = open(home / "server.log", "w")
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "jupyter",
            "lab",
            "--no-browser",
            "--ip=127.0.0.1",
            f"--port={port}",
            "--ServerApp.port_retries=0",
            f"--IdentityProvider.token={token}",
            f"--ServerApp.root_dir={home}",
            "--ServerApp.allow_root=True",
            "--LabApp.news_url=None",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "JUPYTERLAB_SETTINGS_DIR": str(settings)},
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2)
            break
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                pytest.fail("JupyterLab did not start: " + (home / "server.log").read_text())
            time.sleep(0.3)
    yield base, token
    server.terminate()
    try:
        server.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.kill()
    log.close()


def test_jupyterlab_runs_00_and_the_chain_map_responds(browser, lab):
    base, token = lab
    expect = playwright_api.expect
    expect.set_options(timeout=120_000)
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{base}/lab/tree/notebooks/00_start_here.ipynb?token={token}")
    expect(page.locator("#jp-main-statusbar")).to_contain_text("Python 3 (ipykernel) | Idle")
    page.locator(".lm-MenuBar-itemLabel:text-is('Run')").click()
    page.locator(".lm-Menu-itemLabel:text-is('Run All Cells')").click()
    menu = page.locator(".widget-dropdown select").first
    expect(menu).to_be_visible()
    picture = page.locator(".widget-html img").first
    expect(picture).to_be_visible()
    assert picture.get_attribute("alt").startswith(CHAIN_MAP_ALT)
    before = picture.get_attribute("src")
    started = time.perf_counter()
    menu.select_option(label="Muscle weakness")
    expect(picture).not_to_have_attribute("src", before)
    round_trip = time.perf_counter() - started
    expect(picture).to_have_attribute("alt", chain_map.alt_text("weakness", "direct"))
    expect(page.locator(".widget-html").filter(has_text="Atrophy").first).to_be_visible()
    after_menu = picture.get_attribute("src")
    page.locator(".widget-toggle-button:has-text('all upstream and downstream')").click()
    expect(picture).not_to_have_attribute("src", after_menu)
    # every cell ran, and nothing went to stderr or raised
    expect(page.locator(".jp-Notebook .jp-InputPrompt").last).not_to_contain_text("[*]")
    assert page.locator("[data-mime-type='application/vnd.jupyter.stderr']").count() == 0
    assert not errors, errors
    print(f"chain map round trip in JupyterLab: {round_trip * 1000:.0f} ms")
    page.close()


def test_offline_html_render_shows_the_chain_map(browser, root, tmp_path):
    from nbconvert import HTMLExporter

    body, _ = HTMLExporter(template_name="lab").from_filename(
        str(root / "notebooks" / "00_start_here.ipynb")
    )
    page_file = tmp_path / "00_start_here.html"
    page_file.write_text(body, encoding="utf-8")
    page = browser.new_page(viewport={"width": 1200, "height": 1600})
    page.goto(page_file.as_uri())
    image = page.locator(f"img[alt^='{CHAIN_MAP_ALT}']").first
    image.scroll_into_view_if_needed()
    playwright_api.expect(image).to_be_visible()
    width = image.evaluate("img => img.complete ? img.naturalWidth : 0")
    assert width > 600, "the chain-map picture did not load"
    page_text = page.locator("body").inner_text()
    assert "The whole causal chain from MS lesions to lower back pain" in page_text
    for broken in ("VBox(children", "Error displaying widget"):
        assert broken not in page_text
    images = page.locator("img")
    for i in range(images.count()):
        assert images.nth(i).get_attribute("alt"), f"image {i} has no alt text"
    page.close()
