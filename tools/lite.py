"""Build the browser-only JupyterLab (JupyterLite, Pyodide kernel): ``python3 run.py lite``.

    python -m tools.lite                    # into build/lite/
    python -m tools.lite --out DIR          # elsewhere (the website puts it in build/site/lite/)
    python -m tools.lite --serve            # build, then serve it at http://localhost:8000

The site holds every notebook (outputs cleared: JupyterLite shows committed multi-line outputs
with a stray "," at the start of each line, and a reader there runs the cells anyway; cell
metadata and tags kept), the glossary and the datasheet, in the same folders as in the
repository. Its root opens JupyterLab on ``notebooks/00_start_here.ipynb``.

The package's wheel (built from a clean copy of the checkout; it carries the classroom data and
the answer key) and the pure-Python wheels it needs that Pyodide does not build (ipywidgets,
jupyterlab-widgets and comm, at the lock's versions) are part of the site, indexed for ``%pip``
(``pypi/all.json``) and listed in the kernel's ``loadPyodideOptions.packages`` with Pyodide's own
numpy, pandas, matplotlib and scipy: the kernel installs them all as it starts, so the first cell
of a notebook runs without ``%pip``.

What needs a network:

* at run time, in the reader's browser, the first time only: Pyodide itself and its packages
  (numpy, pandas, matplotlib, scipy, IPython, ...) come from Pyodide's CDN (cdn.jsdelivr.net), as
  on every JupyterLite site; everything else comes from the site;
* at build time: PyPI, for the three extra wheels, only when they are not yet in
  ``build/wheelhouse/`` (kept between builds). ``jupyter lite build`` itself asks the network for
  nothing: it takes the app from jupyterlite-core's archive and the two JupyterLab extensions it
  needs (the Pyodide kernel and the widget manager) from this environment.

The build is reproducible: the same checkout gives the same files, byte for byte (every
timestamp is the last commit's, or ``$SOURCE_DATE_EPOCH``). It prints its size and time.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path, PurePosixPath

from run import LOCK, locked_versions
from tools import catalog

OUT = catalog.ROOT / "build" / "lite"
#: Wheels fetched from PyPI, kept between builds (a rebuild then needs no network).
WHEELHOUSE = catalog.ROOT / "build" / "wheelhouse"
OVERRIDES = catalog.ROOT / "binder" / "overrides.json"
KERNEL_PLUGIN = "@jupyterlite/pyodide-kernel-extension:kernel"
#: The JupyterLab extensions the site needs: the Pyodide kernel, and the widget manager that
#: renders ipywidgets. Nothing else of this environment goes in (jupytext's, say).
EXTENSIONS = ("@jupyterlite/pyodide-kernel-extension", "@jupyter-widgets/jupyterlab-manager")
#: JupyterLite's apps to ship: JupyterLab and its console (REPL). The others (Notebook 7's tree,
#: notebooks, edit, consoles) go, with the shared code only they use.
APPS = ("lab", "repl")
#: Pyodide's own builds of what the package imports (loaded from Pyodide's CDN by name).
PYODIDE_PACKAGES = ("numpy", "pandas", "matplotlib", "scipy", "ipython", "traitlets")
#: Pure-Python wheels the package needs that Pyodide does not build (versions from the lock).
EXTRA_WHEELS = ("ipywidgets", "jupyterlab-widgets", "comm")
#: Where the kernel's web worker lives in the site. Pyodide resolves a relative package URL
#: against the worker's address, so the site's root is this many folders up from it.
KERNEL_STATIC = "extensions/@jupyterlite/pyodide-kernel-extension/static"
WORKER_TO_ROOT = "../" * len(PurePosixPath(KERNEL_STATIC).parts)
#: The timestamp of every file of the build when git cannot tell the last commit's (1980-01-01,
#: the earliest a zip file holds).
EARLIEST = 315532800
#: Pages besides the notebooks, as in the repository.
PAGES = ("notebooks/glossary.md", "data/README.md")
#: The notebook the site's root opens.
START = "notebooks/00_start_here.ipynb"
#: What a copy of the checkout leaves out to build the wheel (as tests/setup/test_wheel.py).
NOT_FOR_THE_WHEEL = (
    ".*",
    "node_modules",
    "notebooks",
    "figures",
    "build",
    "*.egg-info",
    "__pycache__",
)


def locked_version(name: str) -> str:
    """The version of ``name`` pinned in requirements/lock.txt (read as run.py reads it)."""
    pins = locked_versions(LOCK.read_text(encoding="utf-8"))
    if name not in pins:
        raise ValueError(f"{name} is not pinned in {LOCK}")
    return pins[name][0][0]


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
        shutil.copyfile(catalog.ROOT / page, into / page)
    return into


@functools.cache
def source_date_epoch() -> str:
    """The timestamp every file of the build gets (the reproducible-builds convention):
    ``$SOURCE_DATE_EPOCH`` if set, else the time of the checkout's last commit (the file browser
    then shows the files as modified then), else :data:`EARLIEST`."""
    if "SOURCE_DATE_EPOCH" in os.environ:
        return os.environ["SOURCE_DATE_EPOCH"]
    git = ["git", "-C", str(catalog.ROOT), "log", "-1", "--format=%ct"]
    try:
        stamp = subprocess.run(git, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        stamp = ""
    return str(max(int(stamp or 0), EARLIEST))


def _reproducible_env() -> dict[str, str]:
    return {**os.environ, "SOURCE_DATE_EPOCH": source_date_epoch()}


def backend_is_installed() -> bool:
    """Whether this environment has the build backend ``pyproject.toml`` asks for."""
    from importlib.metadata import PackageNotFoundError, version

    from packaging.requirements import Requirement

    meta = tomllib.loads((catalog.ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    for text in meta["build-system"]["requires"]:
        requirement = Requirement(text)
        try:
            if version(requirement.name) not in requirement.specifier:
                return False
        except PackageNotFoundError:
            return False
    return True


def package_wheel(into: Path) -> Path:
    """The package's wheel, built from a copy of the checkout (nothing is written here, and no
    stale ``build/lib`` can slip into it), with fixed timestamps. With this environment's
    setuptools (offline) when it has one; otherwise pip fetches it."""
    with tempfile.TemporaryDirectory(prefix="msbackpain-wheel-") as tmp:
        tree = Path(tmp) / "tree"
        shutil.copytree(catalog.ROOT, tree, ignore=shutil.ignore_patterns(*NOT_FOR_THE_WHEEL))
        command = [sys.executable, "-m", "pip", "wheel", "--quiet", "--disable-pip-version-check"]
        command += ["--no-deps", "-w", str(into), "."]
        if backend_is_installed():  # offline and fast; otherwise pip fetches the backend
            command.insert(-3, "--no-build-isolation")
        subprocess.run(command, cwd=tree, check=True, env=_reproducible_env())
    (wheel,) = into.glob("msbackpain-*.whl")
    return wheel


def _key(name: str, version: str) -> tuple[str, str]:
    return re.sub(r"[-_.]+", "_", name).lower(), version


def _held(cache: Path) -> dict[tuple[str, str], Path]:
    """The wheels in ``cache`` by (normalized name, version), read from their file names."""
    return {_key(*wheel.name.split("-")[:2]): wheel for wheel in cache.glob("*.whl")}


def fetch_wheels(pins: list[str], into: Path, pip_args=(), cache: Path = WHEELHOUSE) -> list[Path]:
    """Copy the wheels of ``name==version`` pins into ``into``: from ``cache``, where pip
    downloads from PyPI only those it does not hold yet."""
    cache.mkdir(parents=True, exist_ok=True)
    held = _held(cache)
    wanted = {_key(*pin.split("==")): pin for pin in pins}
    missing = [pin for key, pin in wanted.items() if key not in held]
    if missing:
        command = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps"]
        command += ["--disable-pip-version-check", "--only-binary=:all:", *pip_args]
        subprocess.run([*command, "-d", str(cache), *missing], check=True, timeout=600)
        held = _held(cache)
    into.mkdir(parents=True, exist_ok=True)
    return [Path(shutil.copy2(held[key], into)) for key in wanted]


def build_wheels(into: Path) -> list[Path]:
    """The package's wheel and the extra wheels it needs, sorted by file name."""
    into.mkdir(parents=True)
    package_wheel(into)
    fetch_wheels([f"{name}=={locked_version(name)}" for name in EXTRA_WHEELS], into)
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
        },
    }


def extension_dirs() -> list[Path]:
    """The installed folders of :data:`EXTENSIONS` (from jupyterlite-pyodide-kernel and
    jupyterlab-widgets, in this environment)."""
    root = Path(sys.prefix) / "share" / "jupyter" / "labextensions"
    folders = [root / name for name in EXTENSIONS]
    missing = [str(f) for f in folders if not (f / "package.json").exists()]
    if missing:
        raise FileNotFoundError(f"JupyterLab extensions not installed: {missing}")
    return folders


def lite_build_command(work: Path, contents: Path, out: Path, wheels: list[Path]) -> list[str]:
    """``jupyter lite build`` with the site's contents, extensions, wheels and settings."""
    command = [sys.executable, "-m", "jupyter", "lite", "build", "--lite-dir", str(work)]
    command += ["--contents", str(contents), "--output-dir", str(out), "--force"]
    command += ["--source-date-epoch", source_date_epoch()]
    # smaller: no source maps; only JupyterLab and its console, without the others' shared code
    command += ["--no-sourcemaps", "--no-unused-shared-packages"]
    command += [f"--apps={app}" for app in APPS]
    # only the extensions the site needs, whatever else this environment holds
    command += ["--ignore-sys-prefix"]
    command += [f"--LiteBuildConfig.federated_extensions={d}" for d in extension_dirs()]
    command += ["--settings-overrides", str(OVERRIDES)]
    for wheel in wheels:
        command += ["--piplite-wheels", str(wheel)]
    return command


#: The root page's own redirect (to JupyterLab with nothing open), as jupyterlite-core writes it.
ROOT_REDIRECT = "await import('./config-utils.js');"
#: Ours: to JupyterLab with the first notebook open. The page keeps its configuration block,
#: which every page of the site reads.
START_REDIRECT = (
    "const here = window.location.pathname.replace(/(\\/|\\/index\\.html)?$/, '/');\n"
    f"      window.location.replace(`${{here}}lab/index.html?path={START}`);"
)


def open_at_start(out: Path) -> None:
    """Make the site's root open JupyterLab on :data:`START`."""
    index = out / "index.html"
    text = index.read_text(encoding="utf-8")
    if ROOT_REDIRECT not in text:
        raise ValueError(f"{index} no longer holds {ROOT_REDIRECT!r}: update tools/lite.py")
    index.write_text(text.replace(ROOT_REDIRECT, START_REDIRECT), encoding="utf-8")


def check_worker_place(out: Path) -> None:
    """The wheels' URLs count on the kernel's worker sitting in :data:`KERNEL_STATIC`."""
    if not list((out / KERNEL_STATIC).glob("*.worker.*.js")):
        raise FileNotFoundError(f"no Pyodide kernel worker in {out / KERNEL_STATIC}")


def build(out: Path, pyodide_url: str | None = None, pyodide_packages=PYODIDE_PACKAGES) -> Path:
    """Stage the contents and the wheels, then run ``jupyter lite build`` into ``out``.

    ``pyodide_url`` and ``pyodide_packages`` exist for the offline browser test, which serves
    Pyodide's core itself and has none of its scientific packages."""
    work = out.parent / f"{out.name}-source"
    shutil.rmtree(work, ignore_errors=True)
    contents = stage_contents(work / "files")
    wheels = build_wheels(work / "wheels")
    config = lite_config(wheels, pyodide_url, pyodide_packages)
    (work / "jupyter-lite.json").write_text(json.dumps(config, indent=2) + "\n")
    shutil.rmtree(out, ignore_errors=True)
    command = lite_build_command(work, contents, out, wheels)
    subprocess.run(command, check=True, cwd=work, env=_reproducible_env())
    check_worker_place(out)
    open_at_start(out)
    return out


def size(out: Path) -> tuple[int, float]:
    """Number of files and megabytes (10^6 bytes) of a folder."""
    files = [p for p in out.rglob("*") if p.is_file()]
    return len(files), sum(p.stat().st_size for p in files) / 1e6


class Handler(http.server.SimpleHTTPRequestHandler):
    """The standard library's file server, with the types a JupyterLite site needs stated
    (some systems' tables lack .wasm or .mjs, or give .js as text/plain)."""

    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".json": "application/json",
    }


def server(folder: Path, port: int = 8000, handler=Handler) -> http.server.ThreadingHTTPServer:
    """A threaded HTTP server for ``folder`` on 127.0.0.1 (``port`` 0: any free one)."""
    bound = functools.partial(handler, directory=str(folder))
    return http.server.ThreadingHTTPServer(("127.0.0.1", port), bound)


def serve(folder: Path, port: int = 8000) -> None:
    """Serve ``folder`` at http://localhost:``port``/ until interrupted."""
    with server(folder, port) as httpd:
        print(f"serving {folder} at http://localhost:{port}/ (Ctrl+C stops it)")
        httpd.serve_forever()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python3 run.py lite", description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=OUT, help="output folder (build/lite/)")
    parser.add_argument("--serve", action="store_true", help="serve it at localhost:8000")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    out = build(args.out.resolve())
    files, megabytes = size(out)
    seconds = time.perf_counter() - start
    print(f"lite: {out}: {files} files, {megabytes:.1f} MB, built in {seconds:.1f} s")
    if args.serve:
        try:
            serve(out)
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
