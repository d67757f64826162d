"""The models learners build, run in JupyterLab in Debian's Chromium (Playwright).

For every notebook with cells tagged ``build`` (the guided steps in which a learner writes a
model the rest of the notebook then uses): write a copy of the notebook whose build cells hold
the solution from the cell right below them (as ``tools/build.py``'s ``with_solutions`` does for
every exercise), open it in JupyterLab, clear its outputs and run all cells, then read what each
build cell printed: its self-check must say "right", the last step must say that the notebook
now uses the learner's function ("From here on, the notebook uses your ..."), and nothing may go
wrong anywhere in the notebook run on the learner's model.

Run it for some notebooks with ``-k``, e.g. ``pytest -m browser tests/browser/test_learner_models.py
-k "01_ or 02_"``.
"""

from __future__ import annotations

import copy
import os
from pathlib import Path

import nbformat
import pytest
from browser import lab_driver
from conftest import need_playwright

from tools import build, catalog

pytestmark = [pytest.mark.browser, pytest.mark.slow]

need_playwright()
FOLDER = Path(
    os.environ.get("MSBACKPAIN_LAB_NOTEBOOKS") or Path(__file__).resolve().parents[2] / "notebooks"
)
BUILD_TAG = "build"
USES_YOURS = "From here on, the notebook uses your"


def build_cells(nb) -> list[int]:
    """Indexes (among all cells) of the cells tagged ``build``."""
    return [i for i, c in enumerate(nb.cells) if BUILD_TAG in c.get("metadata", {}).get("tags", [])]


def with_built_models(nb):
    """A copy of ``nb`` whose build cells hold their solutions (the other exercises stay open)."""
    solved = build.with_solutions(nb)
    out = copy.deepcopy(nb)
    for index in build_cells(nb):
        out.cells[index].source = solved.cells[index].source
    return out


def code_position(nb, index: int) -> int:
    """The position of cell ``index`` among the notebook's code cells (the DOM's order)."""
    return sum(1 for c in nb.cells[:index] if c.cell_type == "code")


NOTEBOOKS = sorted(
    p.name
    for p in FOLDER.glob("*.ipynb")
    if p.stem not in catalog.PAGES and build_cells(nbformat.read(p, as_version=4))
)


@pytest.fixture(scope="module")
def built_folder(tmp_path_factory):
    """The notebooks with build cells, their build steps solved, in a folder of their own."""
    folder = tmp_path_factory.mktemp("built")
    for name in NOTEBOOKS:
        nb = nbformat.read(FOLDER / name, as_version=4)
        nbformat.write(with_built_models(nb), folder / name)
    return folder


@pytest.fixture(scope="module")
def lab(tmp_path_factory, built_folder):
    with lab_driver.LabServer(tmp_path_factory.mktemp("lab"), built_folder) as server:
        yield server


def test_some_notebooks_have_build_cells():
    assert NOTEBOOKS, f"no notebook in {FOLDER} has cells tagged {BUILD_TAG!r}"


def test_the_copy_holds_the_solutions():
    for name in NOTEBOOKS:
        nb = nbformat.read(FOLDER / name, as_version=4)
        built = with_built_models(nb)
        for index in build_cells(nb):
            assert built.cells[index].source != nb.cells[index].source, (name, index)


@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_each_build_step_is_right_and_the_notebook_uses_the_learners_model(lab, lab_page, notebook):
    nb = nbformat.read(FOLDER / notebook, as_version=4)
    steps = build_cells(nb)
    run = lab_driver.NotebookRun(notebook)
    try:
        page = lab_driver._run_all(lab_page, run, timeout_s=300)
        lab_driver._checker(lab_page, page, notebook)("after Run All with the built models")
        cells = page.locator(".jp-Notebook .jp-CodeCell")
        printed = [
            cells.nth(code_position(nb, index)).locator(".jp-OutputArea").inner_text()
            for index in steps
        ]
        lab_page.close_notebook()
    except Exception:
        lab_page.discard()
        raise
    finally:
        lab.shutdown_kernels()
    for number, text in enumerate(printed, start=1):
        assert ": right." in text, f"{notebook}, build step {number} printed: {text!r}"
        assert "not yet" not in text and "not answered" not in text, (notebook, number, text)
    assert USES_YOURS in printed[-1], (
        f"{notebook}: the last build step does not say the notebook now uses the learner's "
        f"model: {printed[-1]!r}"
    )
