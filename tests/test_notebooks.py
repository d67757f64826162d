"""The committed notebooks: executed in order, current, offline-safe, and every solution passes.

The fresh executions here run with no network at all: inside a new network namespace that has
only a loopback interface (``unshare --net``; CI runs as root, so this always works there). Where
that is not allowed, a site hook refuses every connection that is not to this machine instead.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap

import pytest
from conftest import IN_CI

from msbackpain import catalog, nbcheck, pipeline
from msbackpain.exercises import STRICT_ENV

STEMS = [p.stem for p in catalog.existing()]

GUARD = textwrap.dedent("""
    import socket
    _connect = socket.socket.connect
    def _local_only(self, address):
        host = address[0] if isinstance(address, tuple) else address
        if isinstance(host, str) and not (host.startswith("127.") or host in ("::1", "localhost")
                                          or host.startswith("/")):
            raise OSError(f"network access is not allowed while executing notebooks: {address}")
        return _connect(self, address)
    socket.socket.connect = _local_only
""")


def _netns_works() -> bool:
    if not (shutil.which("unshare") and shutil.which("ip")):
        return False
    probe = subprocess.run(
        ["unshare", "--net", "sh", "-c", "ip link set lo up"], capture_output=True
    )
    return probe.returncode == 0


def run_offline(args: list[str], tmp_path) -> subprocess.CompletedProcess:
    """Run ``python -m msbackpain.pipeline ARGS`` with no network access."""
    command = [sys.executable, "-m", "msbackpain.pipeline", *args]
    guard = tmp_path / "guard"
    guard.mkdir(exist_ok=True)
    (guard / "sitecustomize.py").write_text(GUARD)
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(guard), *filter(None, [os.environ.get("PYTHONPATH")])]),
    }
    if _netns_works():
        command = ["unshare", "--net", "sh", "-c", 'ip link set lo up && exec "$@"', "sh", *command]
    elif IN_CI:
        pytest.fail("CI must execute the notebooks in a network namespace (unshare --net)")
    return subprocess.run(
        command, capture_output=True, text=True, env=env, cwd=catalog.ROOT, timeout=1800
    )


@pytest.fixture(scope="module")
def fresh(tmp_path_factory):
    """Every notebook executed from source, offline, in its own fresh kernel."""
    out = tmp_path_factory.mktemp("fresh")
    result = run_offline(["execute", "--out", str(out)], out)
    assert result.returncode == 0, result.stdout + result.stderr
    return out


def test_there_are_notebooks():
    assert "00_start_here" in STEMS


@pytest.mark.parametrize("stem", STEMS)
def test_committed_notebook_passes_static_checks(stem):
    assert nbcheck.check_static(stem) == []


@pytest.mark.slow
@pytest.mark.parametrize("stem", STEMS)
def test_committed_outputs_equal_a_fresh_offline_run(fresh, stem):
    committed = catalog.notebook_json(stem)
    new = json.loads((fresh / f"{stem}.ipynb").read_text(encoding="utf-8"))
    assert nbcheck.check_fresh(stem, committed, new) == []


@pytest.mark.slow
def test_every_solution_passes_its_self_check(tmp_path):
    result = run_offline(["execute", "--with-solutions", "--out", str(tmp_path)], tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    for stem in STEMS:
        nb = json.loads((tmp_path / f"{stem}.ipynb").read_text(encoding="utf-8"))
        verdicts = [  # one text per exercise cell, however its output arrived
            "".join("".join(o["text"]) for o in c["outputs"] if o["output_type"] == "stream")
            for c in nb["cells"]
            if "exercise" in c["metadata"].get("tags", [])
        ]
        assert verdicts and all(": right." in v for v in verdicts), (stem, verdicts)


@pytest.mark.parametrize("stem", STEMS)
def test_exercises_are_unanswered_and_say_so(stem):
    nb = catalog.notebook_json(stem)
    exercise_cells = [c for c in nb["cells"] if "exercise" in c["metadata"].get("tags", [])]
    assert len(exercise_cells) >= 3, "each notebook has at least three exercises"
    for cell in exercise_cells:
        assert "..." in "".join(cell["source"])
        text = "".join("".join(o.get("text", "")) for o in cell["outputs"])
        assert "not answered yet" in text, text
        kinds = [o["output_type"] for o in cell["outputs"]]
        assert kinds == ["stream"], f"the verdict is printed once, not echoed: {kinds}"
    assert os.environ.get(STRICT_ENV) != "1"


@pytest.mark.parametrize("stem", STEMS)
def test_rhythm_of_every_notebook(stem):
    nb = catalog.notebook_json(stem)
    markdown = ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown"]
    text = "\n".join(markdown)
    h1 = [line for m in markdown for line in m.splitlines() if line.startswith("# ")]
    assert len(h1) == 1, f"exactly one H1 title (found {h1})"
    for heading in ("## Key points", "## What's next", "## References"):
        assert heading in text, f"missing section {heading!r}"
    assert "**Time:**" in text and "**Prerequisites:**" in text
    assert "What you will learn" in text
    assert "not medical advice" in markdown[-2]
    assert markdown[0].startswith(pipeline.navigation_markdown(stem))
    assert markdown[-1] == pipeline.navigation_markdown(stem)
