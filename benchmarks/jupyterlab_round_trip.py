"""Benchmark (c): round trip of every control move in JupyterLab, against a floor; drag rates.

The same driver as the browser test ``tests/browser/test_browser.py``
(``tests/browser/lab_driver.py``): one JupyterLab server on a temporary copy of the notebooks,
Debian's Chromium through Playwright. For each notebook:

* run all cells, then move every control of every interactive diagram ``--repeat`` times (to a
  different value each time) and time each move in the page, from the DOM event that sends the
  new value to the new picture's ``src`` (see ``lab_driver``'s docstring);
* drag every slider that should follow a drag (from the diagram's defaults, in 10 steps 100 ms
  apart) and count the new pictures shown before the mouse is released: the frame rate;
* then, in the same run, the **floor** of that notebook's diagrams: a scratch notebook in the
  temporary folder with, for each diagram, a bare picture widget (``ipywidgets.HTML`` holding an
  ``<img>``) and a slider whose observer swaps in one of a few pictures of that diagram rendered
  beforehand (same size, same PNG encoding; no model, no drawing), moved and dragged the same
  way. Whatever a diagram takes above its floor is its own work (model, drawing, PNG, alt text).

Prints Markdown tables (per notebook: moves, median, p95, floor, ratio; per control: median,
p95, floor, ratio; per dragged slider: frames and frames per second, and the floor's) and
writes them with the raw times as JSON to ``--report-dir`` (default ``$MSBACKPAIN_REPORT_DIR``
or ``build/reports/``), as ``jupyterlab_round_trip_benchmark.{md,json}``. The issue's goal:
each control's median within 1.5× the floor. A diagram or quiz not shown once as it should is
reported (and the exit status is 1) without stopping the measurements.

    python benchmarks/jupyterlab_round_trip.py [--repeat N] [--notebooks-dir DIR]
        [--report-dir DIR] [NN ...]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from browser import lab_driver  # noqa: E402
from conftest import CHROMIUM_FLAGS  # noqa: E402

#: timed moves of each floor widget, per ``--repeat``
FLOOR_MOVES = 5


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("notebooks", nargs="*", help="two-digit numbers (default: all)")
    parser.add_argument("--repeat", type=int, default=3, help="moves of each control (default 3)")
    parser.add_argument(
        "--notebooks-dir",
        type=Path,
        default=ROOT / "notebooks",
        help="folder of the notebooks to open (default notebooks/; e.g. the --out of "
        "python -m tools.build execute)",
    )
    parser.add_argument("--report-dir", type=Path, default=None)
    args = parser.parse_args()
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        sys.exit("Chromium is not installed (Debian: apt-get install chromium)")
    notebooks = sorted(
        p.name
        for p in args.notebooks_dir.glob("*.ipynb")
        if not args.notebooks or p.name[:2] in args.notebooks
    )
    if not notebooks:
        sys.exit(f"no notebooks {args.notebooks or ''} in {args.notebooks_dir}")
    report = lab_driver.Report(args.report_dir, stem="jupyterlab_round_trip_benchmark")
    started = time.perf_counter()
    failed = 0
    with (
        tempfile.TemporaryDirectory(prefix="msbackpain-lab-") as home,
        lab_driver.LabServer(Path(home), args.notebooks_dir) as server,
        sync_playwright() as p,
    ):
        browser = p.chromium.launch(executable_path=chromium, headless=True, args=CHROMIUM_FLAGS)
        lab = lab_driver.LabPage(browser, server)
        try:
            for notebook in notebooks:
                failed += not measure(lab, server, report, notebook, args.repeat)
                print(f"({time.perf_counter() - started:.0f} s so far)", flush=True)
        finally:
            lab.close()
            browser.close()
    print()
    print(report.markdown())
    print(
        f"load average now: {os.getloadavg()[0]:.2f}; total {time.perf_counter() - started:.0f} s"
    )
    print(f"report: {report.markdown_path} and {report.json_path.name}")
    return 1 if failed else 0


def measure(lab, server, report, notebook: str, repeat: int) -> bool:
    """One notebook and its floor, in turn; returns whether both ran through."""
    ok = True
    run = lab_driver.NotebookRun(notebook)
    try:
        lab_driver.drive_notebook(lab, run, repeat=repeat, drags="all", strict=False)
    except Exception as error:  # noqa: BLE001 - report it, go on with the floor and the next
        ok = False
        print(f"{notebook}: FAILED: {error}", file=sys.stderr)
    finally:
        server.shutdown_kernels()
        report.add(run)
    for warning in run.warnings:
        ok = False
        print(f"{notebook}: PROBLEM: {warning}", file=sys.stderr)
    s = run.summary()
    print(
        f"{notebook}: {s['moves']} moves ({s['masked']} masked), median {s['median_ms']} ms, "
        f"p95 {s['p95_ms']} ms; {s['drags']} drags, {s['drag_fps_median']} fps (median)",
        flush=True,
    )
    keys = list(lab_driver.registered_diagrams(notebook))
    if not keys:
        return ok
    name = lab_driver.write_floor_notebook(server.home / "notebooks", notebook)
    floor = lab_driver.NotebookRun(name)
    try:
        lab_driver.drive_floor(lab, floor, keys, moves_each=FLOOR_MOVES * repeat)
    except Exception as error:  # noqa: BLE001
        ok = False
        print(f"{name}: FAILED: {error}", file=sys.stderr)
    finally:
        server.shutdown_kernels()
        report.add_floor(notebook, floor)
    f = floor.summary()
    print(
        f"  floor: {f['moves']} moves, median {f['median_ms']} ms, p95 {f['p95_ms']} ms, "
        f"{f['drag_fps_median']} fps (median)",
        flush=True,
    )
    return ok


if __name__ == "__main__":
    sys.exit(main())
