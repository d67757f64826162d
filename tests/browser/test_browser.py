"""Real-browser tests in Debian's Chromium, driven by Playwright.

* JupyterLab, for every notebook: clear the outputs and run all cells; then each registered
  diagram shows once (its live widget, no static copy of its picture) and so does the quiz (its
  form, not its folded answers); every control of every interactive diagram moves at least once
  and its picture changes with the right alt text and no error; one slider of each diagram is
  dragged with the mouse and its picture follows the handle (new pictures before the release);
  the quiz form answers. Each round trip (control moved -> new picture shown) and each drag's
  frame rate go into a report (``tests/browser/lab_driver.py``; the report's directory is
  ``$MSBACKPAIN_REPORT_DIR``, by default ``build/reports/``).

The notebooks come from ``notebooks/``, or from ``$MSBACKPAIN_LAB_NOTEBOOKS`` (a folder of
built notebooks, e.g. ``python -m tools.build execute --out DIR``).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from browser import lab_driver
from conftest import need_playwright

from tools import catalog

pytestmark = [pytest.mark.browser, pytest.mark.slow]

need_playwright()
FOLDER = Path(
    os.environ.get("MSBACKPAIN_LAB_NOTEBOOKS") or Path(__file__).resolve().parents[2] / "notebooks"
)
#: The lessons (pages such as the evidence page have no controls to move).
NOTEBOOKS = sorted(p.name for p in FOLDER.glob("*.ipynb") if p.stem not in catalog.PAGES)
#: new pictures a dragged slider must show before the mouse is released
MIN_PICTURES_WHILE_DRAGGING = 2


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """One JupyterLab server, for every notebook, on a copy of them (nothing committed is
    touched)."""
    with lab_driver.LabServer(tmp_path_factory.mktemp("lab"), FOLDER) as server:
        yield server


def test_notebooks_found():
    assert NOTEBOOKS, f"no notebooks in {FOLDER}"


@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_every_diagram_shows_once_and_follows_its_controls_in_jupyterlab(
    lab, lab_page, round_trip_report, notebook
):
    """Run all cells in JupyterLab; each diagram and the quiz show once; every control of every
    registered diagram of this notebook changes its picture, with the right alt text, and
    nothing goes wrong; a dragged slider's picture follows the handle while it moves."""
    run = lab_driver.NotebookRun(notebook)
    try:
        lab_driver.drive_notebook(lab_page, run, drags="one")
    finally:
        kernels = lab.shutdown_kernels()  # one notebook's kernel at a time: memory stays low
        round_trip_report.add(run)
    assert kernels == 1, f"{kernels} kernels ran for {notebook}"
    assert run.moves, f"{notebook}: no control was moved"
    assert len(run.moves) == run.controls
    assert run.quiz_answers >= 4, f"{notebook}: the quiz form was not answered"
    if run.continuous_sliders:
        assert run.drags, f"{notebook}: no slider could be dragged ({run.undragged})"
    for drag in run.drags:
        assert drag.distinct >= MIN_PICTURES_WHILE_DRAGGING, (
            f"{drag.name(notebook)}: {drag.distinct} new picture(s) while the handle moved for "
            f"{drag.drag_ms:.0f} ms ({drag.frames_after} more after the release, the last "
            f"{drag.settle_ms:.0f} ms after it; the twin shows {drag.expected_pictures} along "
            "the same path): the picture does not follow the dragged slider"
        )
    s = run.summary()
    drags = ", ".join(f"{d.name(notebook)} {d.fps:.1f} fps ({d.frames} frames)" for d in run.drags)
    print(
        f"\n{notebook}: {s['moves']} moves, median {s['median_ms']} ms, p95 {s['p95_ms']} ms, "
        f"slowest {s['slowest']}, open {s['open_s']} s, run all {s['run_all_s']} s, "
        f"total {s['total_s']} s; dragged: {drags or 'none'}"
    )
