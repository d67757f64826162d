"""Shared fixtures: paths, CI, offline notebook runs, and the browser tests' tools."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tools import lite

ROOT = Path(__file__).resolve().parents[1]
IN_CI = bool(os.environ.get("CI"))


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def chromium() -> str:
    """Path to Chromium. Skips without it locally; in CI a missing browser is a failure."""
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path:
        return path
    message = "Chromium is not installed (Debian: apt-get install chromium)"
    if IN_CI:
        pytest.fail(f"{message}: the browser tests must run in CI")
    pytest.skip(message)


CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
]


def need_playwright():
    """Playwright's sync API; skipped without it locally, but in CI its absence is an error."""
    if IN_CI:
        import playwright.sync_api

        return playwright.sync_api
    return pytest.importorskip("playwright.sync_api")


@pytest.fixture(scope="session")
def browser(chromium):
    """One headless Debian Chromium for the whole session, driven by Playwright."""
    playwright_api = need_playwright()
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium, headless=True, args=CHROMIUM_FLAGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def lab_page(browser, lab):
    """One JupyterLab page for all the notebooks of a test module (JupyterLab boots once); the
    module gives the ``lab`` server (tests/browser/lab_driver.py) it runs on."""
    from browser import lab_driver

    page = lab_driver.LabPage(browser, lab)
    yield page
    page.close()


BROWSER_JS = ROOT / "tests" / "browser"


@pytest.fixture(scope="session")
def browser_js() -> dict[str, Path]:
    """The JavaScript the offline browser tests serve from disk, installed from tests/browser.

    Runs ``npm ci`` there when ``node_modules`` is missing or older than ``package-lock.json``.
    Returns the paths of the MathJax 2 folder, ``axe.min.js`` and Pyodide's core. Skips without
    npm locally; in CI a missing npm or a failed install fails.
    """
    modules = BROWSER_JS / "node_modules"
    lock = BROWSER_JS / "package-lock.json"
    installed = modules / ".package-lock.json"  # npm writes this on every install
    if not installed.exists() or installed.stat().st_mtime < lock.stat().st_mtime:
        npm = shutil.which("npm")
        problem = None
        if npm is None:
            problem = "npm is not installed (Debian: apt-get install npm)"
        else:
            result = subprocess.run(
                [npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund"],
                cwd=BROWSER_JS,
                capture_output=True,
                text=True,
                timeout=900,
            )
            if result.returncode != 0:
                problem = f"npm ci in {BROWSER_JS} failed:\n{result.stdout}\n{result.stderr}"
        if problem:
            if IN_CI:
                pytest.fail(f"{problem}: the offline browser tests must run in CI")
            pytest.skip(problem)
    paths = {
        "mathjax": modules / "mathjax",
        "axe": modules / "axe-core" / "axe.min.js",
        "pyodide": modules / "pyodide",
    }
    missing = [str(p) for p in paths.values() if not p.exists()]
    assert not missing, f"npm ci did not install {missing}"
    return paths


#: the JupyterLab round-trip report of tests/browser/test_browser.py, for the terminal summary
ROUND_TRIP_REPORT = pytest.StashKey[object]()


@pytest.fixture(scope="session")
def round_trip_report(request):
    """Round trips of every control move in JupyterLab (tests/browser/lab_driver.py), written to
    $MSBACKPAIN_REPORT_DIR (default build/reports/) after every notebook, failed ones too."""
    import lab_driver

    report = lab_driver.Report()
    request.config.stash[ROUND_TRIP_REPORT] = report
    return report


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    """Print the round-trip table so that CI logs show it."""
    report = config.stash.get(ROUND_TRIP_REPORT, None)
    if report is None or not report.runs:
        return
    terminalreporter.write_sep("=", "JupyterLab round trips")
    for line in report.markdown().splitlines():
        terminalreporter.write_line(line)
    terminalreporter.write_line(f"report: {report.markdown_path} and {report.json_path.name}")


# -- executing the notebooks with no network ---------------------------------------------------
GUARD = textwrap.dedent("""
    import socket
    _connect = socket.socket.connect
    def _local_only(self, address):
        host = address[0] if isinstance(address, tuple) else address
        if isinstance(host, str) and not (host.startswith("127.") or host in ("::1", "localhost")
                                          or host.startswith("/")):
            raise OSError(f"network access is not allowed while executing notebooks: {address}")
        return _connect(self, address)
    socket.socket.connect = _local_only
""")


def _netns_works() -> bool:
    if not (shutil.which("unshare") and shutil.which("ip")):
        return False
    probe = subprocess.run(
        ["unshare", "--net", "sh", "-c", "ip link set lo up"], capture_output=True
    )
    return probe.returncode == 0


def run_offline(args: list[str], tmp_path) -> subprocess.CompletedProcess:
    """Run ``python -m tools.build ARGS`` with no network access.

    Inside a new network namespace that has only a loopback interface (``unshare --net``; CI
    runs as root, so this always works there). Where that is not allowed, a site hook refuses
    every connection that is not to this machine instead.
    """
    command = [sys.executable, "-m", "tools.build", *args]
    guard = tmp_path / "guard"
    guard.mkdir(exist_ok=True)
    (guard / "sitecustomize.py").write_text(GUARD)
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(guard), *filter(None, [os.environ.get("PYTHONPATH")])]),
    }
    if _netns_works():
        command = ["unshare", "--net", "sh", "-c", 'ip link set lo up && exec "$@"', "sh", *command]
    elif IN_CI:
        pytest.fail("CI must execute the notebooks in a network namespace (unshare --net)")
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, timeout=1800)


@pytest.fixture(scope="session")
def fresh(tmp_path_factory) -> Path:
    """Every notebook executed once from source, offline, each in its own fresh kernel.

    The executed notebooks are in the returned folder; ``audit/<stem>.jsonl`` beside them
    records the line styles of every figure they showed (``tests/figure_audit.py``, for the
    greyscale test).
    """
    out = tmp_path_factory.mktemp("fresh")
    result = run_offline(["execute", "--out", str(out), "--audit", str(out / "audit")], out)
    assert result.returncode == 0, result.stdout + result.stderr
    return out


class QuietHandler(lite.Handler):
    """The JupyterLite build's file server (its MIME types stated), with no line per request in
    a test's output: the browser tests serve built sites with it (``lite.server``)."""

    def log_message(self, *args):
        pass
