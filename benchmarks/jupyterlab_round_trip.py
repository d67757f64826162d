"""Benchmark (c): round trip of every control move in JupyterLab, control moved -> new picture.

The same driver as the browser test ``tests/browser/test_browser.py``
(``tests/browser/lab_driver.py``): one JupyterLab server on a temporary copy of ``notebooks/``,
Debian's Chromium through Playwright; for each notebook, run all cells, then move every control
of every interactive diagram ``--repeat`` times (to a different value each time) and time each
move in the page, from the DOM event that sends the new value to the new picture's ``src`` (see
``lab_driver``'s docstring). Prints a Markdown table (per notebook: moves, median, p95, slowest
control) and writes it with the raw times as JSON to ``--report-dir`` (default
``$MSBACKPAIN_REPORT_DIR`` or ``build/reports/``), as
``jupyterlab_round_trip_benchmark.{md,json}``.

    python benchmarks/jupyterlab_round_trip.py [--repeat N] [--report-dir DIR] [NN ...]
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("notebooks", nargs="*", help="two-digit numbers (default: all)")
    parser.add_argument("--repeat", type=int, default=3, help="moves of each control (default 3)")
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
        for p in (ROOT / "notebooks").glob("*.ipynb")
        if not args.notebooks or p.name[:2] in args.notebooks
    )
    report = lab_driver.Report(args.report_dir, stem="jupyterlab_round_trip_benchmark")
    started = time.perf_counter()
    failed = 0
    with (
        tempfile.TemporaryDirectory(prefix="msbackpain-lab-") as home,
        lab_driver.LabServer(Path(home)) as server,
        sync_playwright() as p,
    ):
        browser = p.chromium.launch(executable_path=chromium, headless=True, args=CHROMIUM_FLAGS)
        lab = lab_driver.LabPage(browser, server)
        try:
            for notebook in notebooks:
                run = lab_driver.NotebookRun(notebook)
                try:
                    lab_driver.drive_notebook(lab, run, repeat=args.repeat)
                except Exception as error:  # noqa: BLE001 - report it, go on with the next
                    failed += 1
                    print(f"{notebook}: FAILED: {error}", file=sys.stderr)
                finally:
                    server.shutdown_kernels()
                    report.add(run)
                s = run.summary()
                print(
                    f"{notebook}: {s['moves']} moves ({s['masked']} masked), "
                    f"median {s['median_ms']} ms, "
                    f"p95 {s['p95_ms']} ms ({time.perf_counter() - started:.0f} s so far)",
                    flush=True,
                )
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


if __name__ == "__main__":
    sys.exit(main())
