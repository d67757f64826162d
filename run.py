#!/usr/bin/env python3
"""Set up everything and open the collection, or set up everything and run every test.

    python3 run.py lab            create .venv if needed, then open JupyterLab at 00_start_here
    python3 run.py test           create .venv if needed, then run every test (pytest)
    python3 run.py test --fast    the same without executing notebooks or driving a browser,
                                  on every CPU (add -n 0 for one process)
    python3 run.py test --latest  the tests with the newest versions pyproject.toml allows,
                                  installed into .venv-latest/ (finds drift on purpose)
    python3 run.py build          rebuild and execute every notebook
    python3 run.py site           build the course website from the committed notebooks into
                                  build/site/ (no execution; open build/site/index.html)
    python3 run.py lite           build the browser-only JupyterLab (JupyterLite) into build/lite/
                                  (python3 run.py lite --serve: and serve it at localhost:8000)
    python3 run.py lint           the checks before a commit (.pre-commit-config.yaml) on every file
    python3 run.py lock           update requirements/lock.txt after a change to pyproject.toml
                                  (``lock --upgrade``: move every pin to the newest allowed)

Needs only Python 3.11 or newer. The environment lives in .venv/ next to this file; it holds
exactly the versions in requirements/lock.txt and is reinstalled whenever that file or
pyproject.toml changes. Extra arguments go to JupyterLab or pytest, e.g.
``python3 run.py lab --no-browser`` or ``python3 run.py test -k chain``.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
LATEST = ROOT / ".venv-latest"
LOCK = ROOT / "requirements" / "lock.txt"
STAMP_NAME = ".msbackpain-installed"
START_URL = "/lab/tree/notebooks/00_start_here.ipynb"
#: our JupyterLab default settings (Markdown files open as formatted pages); JupyterLab merges
#: every file in <app dir>/settings/overrides.d/ under the user's own overrides.json
OVERRIDES = ROOT / "binder" / "overrides.json"
OVERRIDES_NAME = "msbackpain.json"
#: the fast tier: no notebook is executed and no browser is driven; its tests are spread over
#: every CPU (pytest-xdist; a later ``-n 0`` runs them in one process, e.g. to debug)
FAST = ["-m", "not slow and not browser", "-n", "auto"]
LOCK_COMMAND = [
    *("pip", "compile", "pyproject.toml", "--all-extras", "--universal"),
    *("--fork-strategy", "fewest", "--python-version", "3.11", "--generate-hashes"),
    *("--custom-compile-command", "python3 run.py lock", "--quiet", "-o", str(LOCK)),
]


def say(message: str) -> None:
    print(f"[run.py] {message}", flush=True)


def python_in(env: Path) -> Path:
    return env / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


PYTHON = python_in(VENV)


def run(*command, **kwargs) -> None:
    result = subprocess.run([str(c) for c in command], cwd=ROOT, **kwargs)
    if result.returncode != 0:
        raise SystemExit(
            f"[run.py] this step failed (exit {result.returncode}): "
            f"{' '.join(str(c) for c in command)}"
        )


def locked_versions(text: str) -> dict[str, list[tuple[str, str]]]:
    """``{name: [(version, environment marker or ""), ...]}`` of a lock file's pins."""
    pins: dict[str, list[tuple[str, str]]] = {}
    for line in text.splitlines():
        found = re.match(r"([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)\s*(?:;([^\\]*))?", line)
        if found:
            name = re.sub(r"[-_.]+", "-", found[1]).lower()
            pins.setdefault(name, []).append((found[2], (found[3] or "").strip()))
    return pins


def wanted_stamp() -> str:
    """What the installed environment was made from: pyproject.toml and the lock."""
    digest = hashlib.sha256()
    for path in (ROOT / "pyproject.toml", LOCK):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def check_python() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 (this script must say so on older Pythons)
        found = sys.version.split()[0]
        raise SystemExit(f"[run.py] Python 3.11 or newer is needed; this is {found}")


def create(env: Path) -> Path:
    python = python_in(env)
    if not python.exists():
        say(f"creating the environment in {env.relative_to(ROOT)}/")
        venv.EnvBuilder(with_pip=True).create(env)
    return python


def install_locked(python: Path) -> None:
    """The lock's exact versions (their hashes checked), then this package without its deps."""
    (uv_version, _), *_ = locked_versions(LOCK.read_text(encoding="utf-8"))["uv"]
    quiet = ("--quiet", "--disable-pip-version-check")
    try:  # uv installs the same packages much faster; pip is the fallback
        run(python, "-m", "pip", "install", *quiet, f"uv=={uv_version}")
        uv = (python, "-m", "uv", "pip", "install", "--quiet", "--python", python)
        run(*uv, "-r", LOCK)
        run(*uv, "--no-deps", "-e", ".")
    except SystemExit:
        say("uv did not work here; installing with pip instead")
        run(python, "-m", "pip", "install", *quiet, "-r", LOCK)
        run(python, "-m", "pip", "install", *quiet, "--no-deps", "-e", ".")


def ensure_environment() -> None:
    """Create .venv and install the lock into it, unless it already matches."""
    check_python()
    stamp = VENV / STAMP_NAME
    if stamp.exists() and stamp.read_text() == wanted_stamp() and PYTHON.exists():
        return
    create(VENV)
    say(f"installing the locked versions ({LOCK.relative_to(ROOT)}; a minute the first time)")
    install_locked(PYTHON)
    stamp.write_text(wanted_stamp())
    say("environment ready")


def installed_versions(python: Path) -> dict[str, str]:
    script = (
        "import importlib.metadata as m, json, re; print(json.dumps({re.sub(r'[-_.]+', '-', "
        "d.metadata['Name']).lower(): d.version for d in m.distributions()}))"
    )
    found = subprocess.run([python, "-c", script], capture_output=True, text=True, check=True)
    return json.loads(found.stdout)


def ensure_latest() -> Path:
    """.venv-latest/ with the newest versions that pyproject.toml allows, resolved afresh."""
    python = create(LATEST)
    say("installing the newest allowed versions into .venv-latest/ (not the lock)")
    newest = ("--upgrade", "-e", ".[test]")
    try:
        run(PYTHON, "-m", "uv", "pip", "install", "--quiet", "--python", python, *newest)
    except SystemExit:
        say("uv did not work here; installing with pip instead")
        pip = (python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check")
        run(*pip, "--upgrade-strategy", "eager", *newest)
    locked, latest = installed_versions(PYTHON), installed_versions(python)
    pins = locked_versions(LOCK.read_text(encoding="utf-8"))
    newer = [
        f"{name} {version} (lock: {locked.get(name)})"
        for name, version in sorted(latest.items())
        if name in pins and version != locked.get(name)
    ]
    say("differs from the lock: " + (", ".join(newer) if newer else "nothing"))
    return python


def running_as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def lab_command(extra: list[str], as_root: bool) -> list[str]:
    """JupyterLab serving the whole repository (so data/ and figures/ are visible) at 00."""
    command = [str(PYTHON), "-m", "jupyter", "lab", f"--ServerApp.root_dir={ROOT}"]
    command.append(f"--LabApp.default_url={START_URL}")
    if as_root:
        command.append("--allow-root")
    return [*command, *extra]


def install_overrides(app_dir: Path) -> Path:
    """Copy our JupyterLab defaults into ``app_dir``'s settings (where JupyterLab reads them)."""
    target = app_dir / "settings" / "overrides.d" / OVERRIDES_NAME
    if not target.exists() or target.read_bytes() != OVERRIDES.read_bytes():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(OVERRIDES, target)
    return target


def lab_app_dir() -> Path:
    """JupyterLab's application directory in .venv (as JupyterLab itself works it out)."""
    script = "from jupyterlab.commands import get_app_dir; print(get_app_dir())"
    found = subprocess.run([PYTHON, "-c", script], capture_output=True, text=True, check=True)
    return Path(found.stdout.strip())


def test_command(python: Path, extra: list[str]) -> list[str]:
    """pytest with ``extra``; ``--fast`` becomes the options of the fast tier."""
    tier = FAST if "--fast" in extra else []
    return [str(python), "-m", "pytest", *tier, *(a for a in extra if a != "--fast")]


def hand_over(command: list[str]) -> int:
    """Run ``command`` in the repository; on POSIX it replaces this process, so Ctrl+C and
    signals reach JupyterLab or pytest directly and nothing is left running behind."""
    os.chdir(ROOT)
    if os.name == "posix":
        sys.stdout.flush()
        os.execv(command[0], command)
    return subprocess.call(command)


def lab(extra: list[str]) -> int:
    # Markdown files (the glossary, the instructor guide) open as formatted pages.
    install_overrides(lab_app_dir())
    as_root = running_as_root()
    if as_root:
        say(
            "running as root (as in Docker images, classroom servers and CI): passing "
            "--allow-root, because JupyterLab refuses to start as root without it"
        )
    say("opening JupyterLab at notebooks/00_start_here.ipynb (stop it with Ctrl+C)")
    return hand_over(lab_command(extra, as_root))


def lint(extra: list[str]) -> int:
    """Every hook of .pre-commit-config.yaml over every file, with .venv's tools on PATH."""
    bin_dir = str(PYTHON.parent)
    os.environ["PATH"] = os.pathsep.join([bin_dir, os.environ.get("PATH", "")])
    checks = ["run", "--all-files", "--show-diff-on-failure", "--color=never"]
    return hand_over([str(PYTHON), "-m", "pre_commit", *checks, *extra])


def main(argv: list[str]) -> int:
    commands = {"lab", "test", "build", "site", "lite", "lint", "lock"}
    if not argv or argv[0] not in commands:
        print(__doc__)
        return 2
    command, extra = argv[0], argv[1:]
    ensure_environment()
    if command == "lab":
        return lab(extra)
    if command == "build":
        return hand_over([str(PYTHON), "-m", "tools.build", "build", *extra])
    if command in ("site", "lite"):
        return hand_over([str(PYTHON), "-m", f"tools.{command}", *extra])
    if command == "lint":
        return lint(extra)
    if command == "lock":
        run(PYTHON, "-m", "uv", *LOCK_COMMAND, *extra)
        say(f"{LOCK.relative_to(ROOT)} written. Pin binder/environment.yml to the same versions:")
        say("tests/setup/test_environment.py names any that differ (python3 run.py test --fast)")
        return 0
    if "--latest" in extra:
        extra = [a for a in extra if a != "--latest"]
        return hand_over(test_command(ensure_latest(), extra))
    return hand_over(test_command(PYTHON, extra))


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except KeyboardInterrupt:
        sys.exit(130)
