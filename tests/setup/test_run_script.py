"""run.py: the README's first command serves notebook 00 in JupyterLab (checked over HTTP, as
root where the tests run as root), and the pieces behind its commands."""

from __future__ import annotations

import importlib.util
import json
import os
import secrets
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from browser.lab_driver import free_port
from conftest import ROOT


def _load_run_py():
    spec = importlib.util.spec_from_file_location("run_py", ROOT / "run.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


run_py = _load_run_py()


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def _wait_until_served(server, base: str, token: str, log) -> None:
    deadline = time.monotonic() + 300  # may include creating .venv on a new machine
    while True:
        try:
            urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2)
            return
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"run.py lab did not serve:\n{log.read_text()}")
            time.sleep(0.5)


@pytest.mark.slow
def test_run_py_lab_serves_00_start_here(root, tmp_path):
    """Exactly the README's command (no --allow-root of our own: as root, run.py must add it)."""
    port, token = free_port(), secrets.token_hex(8)
    log = tmp_path / "lab.log"
    command = ["run.py", "lab", "--no-browser", f"--port={port}", "--ServerApp.port_retries=0"]
    with log.open("w") as out:
        server = subprocess.Popen(
            [sys.executable, *command, f"--IdentityProvider.token={token}"],
            cwd=root,
            stdout=out,
            stderr=subprocess.STDOUT,
            text=True,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_served(server, base, token, log)
        opener = urllib.request.build_opener(_NoRedirect)
        with pytest.raises(urllib.error.HTTPError) as redirect:
            opener.open(f"{base}/?token={token}", timeout=10)
        assert redirect.value.headers["Location"].startswith(run_py.START_URL)
        with urllib.request.urlopen(f"{base}{run_py.START_URL}?token={token}", timeout=10) as page:
            assert page.status == 200 and "JupyterLab" in page.read().decode()
        with urllib.request.urlopen(
            f"{base}/api/contents/notebooks/00_start_here.ipynb?token={token}", timeout=10
        ) as reply:
            model = json.load(reply)
        assert model["type"] == "notebook"
        assert model["content"]["cells"][1]["source"].startswith("# Start here")
        plugin = "@jupyterlab/docmanager-extension:plugin"
        with urllib.request.urlopen(f"{base}/lab/api/settings/{plugin}?token={token}") as reply:
            settings = json.load(reply)
        # the glossary and the instructor guide open as formatted pages, not as source text
        viewers = settings["schema"]["properties"]["defaultViewers"]["default"]
        assert viewers["markdown"] == "Markdown Preview"
        if run_py.running_as_root():
            assert "passing --allow-root" in log.read_text()
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()


def test_allow_root_only_as_root():
    assert "--allow-root" in run_py.lab_command([], as_root=True)
    assert "--allow-root" not in run_py.lab_command([], as_root=False)
    assert run_py.lab_command(["--no-browser"], as_root=False)[-1] == "--no-browser"
    expected = hasattr(os, "geteuid") and os.geteuid() == 0
    assert run_py.running_as_root() is expected


def test_fast_tier_is_a_marker_expression():
    fast = run_py.test_command(run_py.PYTHON, ["--fast", "-k", "chain"])
    expected = ["-m", "pytest", "-m", "not slow and not browser", "-n", "auto", "-k", "chain"]
    assert fast[1:] == expected
    assert run_py.test_command(run_py.PYTHON, [])[1:] == ["-m", "pytest"]


def test_overrides_are_copied_where_jupyterlab_reads_them(tmp_path):
    target = run_py.install_overrides(tmp_path)
    assert target == tmp_path / "settings" / "overrides.d" / "msbackpain.json"
    assert target.read_bytes() == (ROOT / "binder" / "overrides.json").read_bytes()
    user = tmp_path / "settings" / "overrides.json"  # the user's own file is never touched
    assert not user.exists()


def test_lock_pins_are_read_with_their_markers():
    text = (
        "# header\nnumpy==2.4.6 \\\n    --hash=sha256:ab\n"
        "scipy==1.17.1 ; python_full_version < '3.14' \\\n"
        "Ruamel.Yaml==0.19.1\n    # via msbackpain\n"
    )
    assert run_py.locked_versions(text) == {
        "numpy": [("2.4.6", "")],
        "scipy": [("1.17.1", "python_full_version < '3.14'")],
        "ruamel-yaml": [("0.19.1", "")],
    }


def test_a_changed_lock_or_pyproject_reinstalls(tmp_path, monkeypatch):
    for name in ("pyproject.toml", "requirements/lock.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_bytes((ROOT / name).read_bytes())
    monkeypatch.setattr(run_py, "ROOT", tmp_path)
    monkeypatch.setattr(run_py, "LOCK", tmp_path / "requirements" / "lock.txt")
    before = run_py.wanted_stamp()
    for name in ("pyproject.toml", "requirements/lock.txt"):
        with (tmp_path / name).open("a") as f:
            f.write("\n# changed\n")
        assert run_py.wanted_stamp() != before
        before = run_py.wanted_stamp()
