"""The README's first command serves notebook 00 in JupyterLab (checked over HTTP)."""

from __future__ import annotations

import json
import secrets
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from browser.lab_driver import free_port

pytestmark = pytest.mark.slow


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def test_run_py_lab_serves_00_start_here(root):
    port, token = free_port(), secrets.token_hex(8)
    server = subprocess.Popen(
        [
            sys.executable,
            "run.py",
            "lab",
            "--no-browser",
            f"--port={port}",
            "--ServerApp.port_retries=0",
            f"--IdentityProvider.token={token}",
            "--ServerApp.allow_root=True",
        ],
        cwd=root,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 300  # may include creating .venv on a new machine
        while True:
            try:
                urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2)
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"run.py lab did not serve: {server.stdout.read()}")
                time.sleep(0.5)
        opener = urllib.request.build_opener(_NoRedirect)
        with pytest.raises(urllib.error.HTTPError) as redirect:
            opener.open(f"{base}/?token={token}", timeout=10)
        assert redirect.value.headers["Location"].startswith(
            "/lab/tree/notebooks/00_start_here.ipynb"
        )
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
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
