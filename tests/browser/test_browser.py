"""Real-browser tests in Debian's Chromium, driven by Playwright.

* JupyterLab, for every notebook: run all cells, then move every control of every interactive
  diagram at least once and see its picture change with no error; each round trip (control moved
  -> new picture shown) goes into a benchmark report (``tests/browser/lab_driver.py``; the report's
  directory is ``$MSBACKPAIN_REPORT_DIR``, by default ``build/reports/``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from browser import lab_driver
from conftest import need_playwright

pytestmark = [pytest.mark.browser, pytest.mark.slow]

need_playwright()
NOTEBOOKS = sorted(
    p.name for p in (Path(__file__).resolve().parents[2] / "notebooks").glob("*.ipynb")
)


@pytest.fixture(scope="module")
def lab(tmp_path_factory, root):
    """One JupyterLab server, for every notebook, on a copy of them (nothing committed is
    touched)."""
    with lab_driver.LabServer(tmp_path_factory.mktemp("lab"), root / "notebooks") as server:
        yield server


@pytest.fixture(scope="module")
def lab_page(browser, lab):
    """One JupyterLab page for every notebook (JupyterLab boots once)."""
    page = lab_driver.LabPage(browser, lab)
    yield page
    page.close()


@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_every_control_of_every_diagram_responds_in_jupyterlab(
    lab, lab_page, round_trip_report, notebook
):
    """Run all cells in JupyterLab, then move every control of every registered diagram of this
    notebook: its picture changes, with the right alt text, and nothing goes wrong."""
    run = lab_driver.NotebookRun(notebook)
    try:
        lab_driver.drive_notebook(lab_page, run)
    finally:
        kernels = lab.shutdown_kernels()  # one notebook's kernel at a time: memory stays low
        round_trip_report.add(run)
    assert kernels == 1, f"{kernels} kernels ran for {notebook}"
    assert run.moves, f"{notebook}: no control was moved"
    assert len(run.moves) == run.controls
    assert run.quiz_answers >= 4, f"{notebook}: the quiz form was not answered"
    s = run.summary()
    print(
        f"\n{notebook}: {s['moves']} moves, median {s['median_ms']} ms, p95 {s['p95_ms']} ms, "
        f"slowest {s['slowest']}, open {s['open_s']} s, run all {s['run_all_s']} s, "
        f"total {s['total_s']} s"
    )
