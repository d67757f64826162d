"""Build the browser-only JupyterLab (JupyterLite, Pyodide kernel): ``python3 run.py lite``.

    python -m tools.lite                    # into build/lite/
    python -m tools.lite --out DIR          # elsewhere (the website puts it in build/site/lite/)
    python -m tools.lite --serve            # build, then serve it at http://localhost:8000

The site holds the notebooks (outputs cleared: JupyterLite shows committed multi-line outputs with
a stray "," at the start of each line, and a reader there runs the cells anyway), the glossary and
the datasheet, in the same folders as in the repository. The package's wheel (which carries the
classroom data and the answer key) and the pure-Python wheels it needs beyond Pyodide's own
packages (ipywidgets and its two helpers, at the lock's versions) are part of the site, and the
Pyodide kernel loads them with numpy, pandas, matplotlib and scipy as it starts, so the first
cell of a notebook runs without ``%pip``.

What needs a network, the first time only: Pyodide itself and its scientific packages come from
Pyodide's CDN (jsdelivr), as on every JupyterLite site. Building needs none but PyPI (for the
three ipywidgets wheels, which pip takes from its cache when it has them).
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from tools import catalog

OUT = catalog.ROOT / "build" / "lite"
LOCK = catalog.ROOT / "requirements" / "lock.txt"
OVERRIDES = catalog.ROOT / "binder" / "overrides.json"
KERNEL_PLUGIN = "@jupyterlite/pyodide-kernel-extension:kernel"
#: Pyodide's own builds of what the package imports (loaded from Pyodide's CDN by name).
PYODIDE_PACKAGES = ("numpy", "pandas", "matplotlib", "scipy", "ipython", "traitlets")
#: Pure-Python wheels the package needs that Pyodide does not build (versions from the lock).
EXTRA_WHEELS = ("ipywidgets", "jupyterlab-widgets", "comm")
#: From the kernel's worker script (extensions/<scope>/<name>/static/) up to the site's root.
WORKER_TO_ROOT = "../../../../"
#: A fixed timestamp for every file of the build (1980-01-01, the earliest a zip file holds).
ZIP_EPOCH = "315532800"
#: Pages besides the notebooks, as in the repository.
PAGES = ("notebooks/glossary.md", "data/README.md")


def locked_version(name: str) -> str:
    """The version of ``name`` pinned in requirements/lock.txt."""
    for line in LOCK.read_text(encoding="utf-8").splitlines():
        if line.startswith(f"{name}=="):
            return line.split("==", 1)[1].split()[0].rstrip(" \\;")
    raise ValueError(f"{name} is not pinned in {LOCK}")


def cleared(path: Path) -> dict:
    """A notebook without outputs or execution counts (metadata and tags kept)."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            cell["outputs"], cell["execution_count"] = [], None
    return nb


def stage_contents(into: Path) -> Path:
    """The files a reader sees: notebooks (cleared), the glossary and the datasheet."""
    (into / "notebooks").mkdir(parents=True)
    for stem in catalog.notebook_stems():
        nb = cleared(catalog.NOTEBOOKS / f"{stem}.ipynb")
        target = into / "notebooks" / f"{stem}.ipynb"
        target.write_text(json.dumps(nb, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for page in PAGES:
        (into / page).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(catalog.ROOT / page, into / page)
    return into


def build_wheels(into: Path) -> list[Path]:
    """The package's wheel, built from the checkout, and the extra wheels from PyPI."""
    into.mkdir(parents=True)
    pip = [sys.executable, "-m", "pip"]
    quiet = ["--quiet", "--disable-pip-version-check"]
    own = [*pip, "wheel", *quiet, "--no-deps", "--no-build-isolation", "-w", str(into), "."]
    subprocess.run(own, cwd=catalog.ROOT, check=True)
    pins = [f"{name}=={locked_version(name)}" for name in EXTRA_WHEELS]
    fetch = [*pip, "download", *quiet, "--no-deps", "--only-binary=:all:", "-d", str(into)]
    subprocess.run([*fetch, *pins], check=True)
    return sorted(into.glob("*.whl"))


def lite_config(wheels: list[Path], pyodide_url: str | None, pyodide_packages) -> dict:
    """jupyter-lite.json: the kernel loads Pyodide's packages and our wheels as it starts
    (from ``pyodide_url``, a pyodide.mjs, if given; otherwise from Pyodide's CDN)."""
    urls = [f"{WORKER_TO_ROOT}pypi/{wheel.name}" for wheel in wheels]
    kernel = {"loadPyodideOptions": {"packages": [*pyodide_packages, *urls]}}
    if pyodide_url:
        kernel["pyodideUrl"] = pyodide_url
    return {
        "jupyter-lite-schema-version": 0,
        "jupyter-config-data": {
            "appName": "Lower back pain in MS (JupyterLite)",
            "litePluginSettings": {KERNEL_PLUGIN: kernel},
            # jupytext's JupyterLab extension comes along from the build's environment; it
            # needs a server JupyterLite does not have, and fails to start there
            "disabledExtensions": ["jupyterlab-jupytext"],
        },
    }


def build(out: Path, pyodide_url: str | None = None, pyodide_packages=PYODIDE_PACKAGES) -> Path:
    """Stage the contents and the wheels, then run ``jupyter lite build`` into ``out``.

    ``pyodide_url`` and ``pyodide_packages`` exist for the offline browser test, which serves
    Pyodide's core itself and has none of its scientific packages."""
    work = out.parent / f"{out.name}-source"
    if work.exists():
        shutil.rmtree(work)
    contents = stage_contents(work / "files")
    wheels = build_wheels(work / "wheels")
    config = lite_config(wheels, pyodide_url, pyodide_packages)
    (work / "jupyter-lite.json").write_text(json.dumps(config, indent=2))
    command = [sys.executable, "-m", "jupyter", "lite", "build", "--lite-dir", str(work)]
    command += ["--contents", str(contents), "--output-dir", str(out), "--force"]
    command += ["--no-sourcemaps", "--no-unused-shared-packages"]
    command += ["--settings-overrides", str(OVERRIDES)]
    for wheel in wheels:
        command += ["--piplite-wheels", str(wheel)]
    if out.exists():
        shutil.rmtree(out)
    subprocess.run(
        command, check=True, cwd=work, env={**os.environ, "SOURCE_DATE_EPOCH": ZIP_EPOCH}
    )
    return out


def serve(folder: Path, port: int = 8000) -> None:
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    handler.extensions_map = {**handler.func.extensions_map, ".wasm": "application/wasm"}
    with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as server:
        print(f"serving {folder} at http://localhost:{port}/ (Ctrl+C stops it)")
        server.serve_forever()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python3 run.py lite", description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=OUT, help="output folder (build/lite/)")
    parser.add_argument("--serve", action="store_true", help="serve it at localhost:8000")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    out = build(args.out.resolve())
    files = [p for p in out.rglob("*") if p.is_file()]
    megabytes = sum(p.stat().st_size for p in files) / 1e6
    seconds = time.perf_counter() - start
    print(f"lite: {out} ({len(files)} files, {megabytes:.1f} MB) in {seconds:.1f} s")
    if args.serve:
        try:
            serve(out)
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
