"""The committed notebooks: executed in order, current, offline-safe, and every solution passes.

The fresh executions here run with no network at all: inside a new network namespace that has
only a loopback interface (``unshare --net``; CI runs as root, so this always works there). Where
that is not allowed, a site hook refuses every connection that is not to this machine instead.
"""

from __future__ import annotations

import json
import os

import pytest
from conftest import run_offline

from msbackpain.ui.exercises import STRICT_ENV
from tools import build, catalog, check

STEMS = [p.stem for p in catalog.existing()]


def test_there_are_notebooks():
    assert "00_start_here" in STEMS


@pytest.mark.parametrize("stem", STEMS)
def test_committed_notebook_passes_static_checks(stem):
    assert check.check_static(stem) == []


@pytest.mark.slow
@pytest.mark.parametrize("stem", STEMS)
def test_committed_outputs_equal_a_fresh_offline_run(fresh, stem):
    committed = catalog.notebook_json(stem)
    new = json.loads((fresh / f"{stem}.ipynb").read_text(encoding="utf-8"))
    assert check.check_fresh(stem, committed, new) == []


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
    assert "**Time:**" in text and "**Prerequisites**" in text
    assert "What you will learn" in text
    assert "not medical advice" in markdown[-2]
    assert markdown[0].startswith(build.navigation_markdown(stem))
    assert markdown[-1] == build.navigation_markdown(stem)
    # Plain language first: the paragraph under the title comes before any equation or code.
    title_cell = next(m for m in markdown if any(line.startswith("# ") for line in m.splitlines()))
    after_title = title_cell.split("\n# ", 1)[-1].split("\n", 1)[1].strip()
    opening = after_title.split("\n\n", 1)[0]
    assert len(opening.split()) >= 40, f"the opening paragraph is too short: {opening!r}"
    for sign in ("$", "`", "\\(", "="):
        assert sign not in opening, f"the opening paragraph holds {sign!r}: plain words first"
    assert "## Quiz" in text
