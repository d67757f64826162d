"""The test tiers: `python3 run.py test --fast` (-m "not slow and not browser") executes no
notebook and drives no browser; the markers that make this so are checked on every test."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
#: fixtures that execute notebooks (tests/conftest.py's `fresh`, test_learner's `executed`)
EXECUTING_FIXTURES = {"fresh", "executed"}
#: fixtures that start or need a browser (tests/conftest.py)
BROWSER_FIXTURES = {"browser", "chromium", "browser_js", "round_trip_report"}
#: calls that execute a notebook in a kernel
EXECUTING_CALLS = re.compile(
    r"\brun_offline\(|\bbuild\.execute\(|NotebookClient\(|ExecutePreprocessor\(|jupyter.*nbconvert"
)


@pytest.fixture(scope="module")
def collected(root, tmp_path_factory) -> list[dict]:
    """Every test of the suite as pytest collects it, with markers, fixtures and source."""
    report = tmp_path_factory.mktemp("tiers") / "collected.json"
    env = {
        **os.environ,
        "MSBACKPAIN_TIER_REPORT": str(report),
        "PYTHONPATH": os.pathsep.join(filter(None, [str(HERE), os.environ.get("PYTHONPATH")])),
    }
    command = [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "tier_report"]
    command += ["-p", "no:cacheprovider", "--continue-on-collection-errors", "tests"]
    subprocess.run(command, cwd=root, env=env, capture_output=True, timeout=600)
    items = json.loads(report.read_text(encoding="utf-8"))
    assert len(items) > 100, "the suite was not collected"
    return items


def _offenders(items, needs: str, why) -> list[str]:
    return [i["id"] for i in items if why(i) and needs not in i["marks"]]


def test_every_browser_test_is_marked_browser(collected):
    wrong = _offenders(collected, "browser", lambda i: i["id"].startswith("tests/browser/"))
    wrong += _offenders(collected, "browser", lambda i: BROWSER_FIXTURES & set(i["fixtures"]))
    assert not wrong, f"mark these @pytest.mark.browser: {wrong}"


def test_every_test_that_executes_notebooks_is_marked_slow(collected):
    def executes(item):
        return EXECUTING_FIXTURES & set(item["fixtures"]) or EXECUTING_CALLS.search(item["source"])

    wrong = _offenders(collected, "slow", executes)
    assert not wrong, f"mark these @pytest.mark.slow: {wrong}"


def test_the_fast_tier_covers_every_layer(collected):
    fast = [i["id"] for i in collected if not {"slow", "browser"} & set(i["marks"])]
    layers = {i.split("/")[1] for i in fast}
    assert {"models", "lessons", "notebooks", "setup"} <= layers
