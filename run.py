#!/usr/bin/env python3
"""Set up everything and open the collection, or set up everything and run every test.

    python3 run.py lab      create .venv if needed, then open JupyterLab at 00_start_here
    python3 run.py test     create .venv if needed, then run every test (pytest)
    python3 run.py build    create .venv if needed, then rebuild and execute every notebook
    python3 run.py lint     create .venv if needed, then run ruff on the code and notebooks

Needs only Python 3.11 or newer. The environment lives in .venv/ next to this file and is
reinstalled only when pyproject.toml changes. Extra arguments go to JupyterLab or pytest,
e.g. ``python3 run.py lab --no-browser`` or ``python3 run.py test -k chain``.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".msbackpain-installed"
START_URL = "/lab/tree/notebooks/00_start_here.ipynb"


def say(message: str) -> None:
    print(f"[run.py] {message}", flush=True)


def run(*command, **kwargs) -> None:
    result = subprocess.run([str(c) for c in command], cwd=ROOT, **kwargs)
    if result.returncode != 0:
        raise SystemExit(
            f"[run.py] this step failed (exit {result.returncode}): "
            f"{' '.join(str(c) for c in command)}"
        )


def wanted_stamp() -> str:
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()


def ensure_environment() -> None:
    """Create .venv and install the package with its test extra, unless already up to date."""
    if sys.version_info < (3, 11):  # noqa: UP036 (this script must say so on older Pythons)
        found = sys.version.split()[0]
        raise SystemExit(f"[run.py] Python 3.11 or newer is needed; this is {found}")
    if STAMP.exists() and STAMP.read_text() == wanted_stamp() and PYTHON.exists():
        return
    if not PYTHON.exists():
        say(f"creating the environment in {VENV.relative_to(ROOT)}/")
        venv.EnvBuilder(with_pip=True).create(VENV)
    say("installing the package and its tools (a minute the first time)")
    try:  # uv installs the same packages much faster; pip is the fallback
        run(PYTHON, "-m", "pip", "install", "--quiet", "uv")
        run(PYTHON, "-m", "uv", "pip", "install", "--quiet", "--python", PYTHON, "-e", ".[test]")
    except SystemExit:
        say("uv did not work here; installing with pip instead")
        run(PYTHON, "-m", "pip", "install", "--quiet", "-e", ".[test]")
    STAMP.write_text(wanted_stamp())
    say("environment ready")


def hand_over(command: list[str]) -> int:
    """Run ``command`` in the repository; on POSIX it replaces this process, so Ctrl+C and
    signals reach JupyterLab or pytest directly and nothing is left running behind."""
    os.chdir(ROOT)
    if os.name == "posix":
        sys.stdout.flush()
        os.execv(command[0], command)
    return subprocess.call(command)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"lab", "test", "build", "lint"}:
        print(__doc__)
        return 2
    command, extra = argv[0], argv[1:]
    ensure_environment()
    if command == "lab":
        # Markdown files (the glossary, the instructor guide) open as formatted pages.
        run(PYTHON, "-m", "msbackpain.lab_settings", stdout=subprocess.DEVNULL)
        say("opening JupyterLab at notebooks/00_start_here.ipynb (stop it with Ctrl+C)")
        # Serve the whole repository (so data/ and figures/ are visible) and open 00 first.
        lab = [str(PYTHON), "-m", "jupyter", "lab", f"--ServerApp.root_dir={ROOT}"]
        return hand_over([*lab, f"--LabApp.default_url={START_URL}", *extra])
    if command == "build":
        return hand_over([str(PYTHON), "-m", "tools.build", "build", *extra])
    if command == "lint":
        checks = [
            [str(PYTHON), "-m", "ruff", "check", "."],
            [str(PYTHON), "-m", "ruff", "format", "--check", "."],
        ]
        return max(subprocess.call(c, cwd=ROOT) for c in checks)
    return hand_over([str(PYTHON), "-m", "pytest", *extra])


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except KeyboardInterrupt:
        sys.exit(130)
