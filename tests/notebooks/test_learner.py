"""Learner copies without solutions, and the nbgrader export (tools.learner)."""

from __future__ import annotations

import json
import re
from concurrent.futures import ThreadPoolExecutor

import nbformat
import pytest

from msbackpain.ui.exercises import STRICT_ENV
from tools import build, catalog, learner

STEMS = [p.stem for p in catalog.existing()]


def _committed_bytes() -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(catalog.NOTEBOOKS.iterdir())}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """Both exports of every notebook, written by the command line; committed bytes around it."""
    before = _committed_bytes()
    root = tmp_path_factory.mktemp("learner")
    for kind in ("copy", "nbgrader"):
        assert learner.main([kind, "--out", str(root / kind)]) == 0
    return root, before, _committed_bytes()


def _read(path):
    return nbformat.read(path, as_version=4)


def _exercise_texts(nb) -> list[str]:
    return [
        "".join(o.get("text", "") for o in c.outputs)
        for c in nb.cells
        if build.EXERCISE_TAG in c.metadata.get("tags", [])
    ]


def _answers(stem: str) -> list[str]:
    """The answer part of every solution of the committed notebook ``stem``."""
    nb = learner.read_committed(stem)
    return [
        "\n".join(learner.split_solution(nb.cells[i].source, code)[1])
        for i, code in build.exercises(nb)
    ]


def test_only_the_notebooks_are_written_under_the_same_names(exported):
    """Every notebook, the evidence page included (the lessons link to it)."""
    root, before, after = exported
    names = sorted(f"{stem}.ipynb" for stem in catalog.notebook_stems())
    for kind in ("copy", "nbgrader"):
        assert sorted(p.name for p in (root / kind).iterdir()) == names
    assert after == before, "the committed notebooks must not change"


@pytest.mark.parametrize("stem", STEMS)
def test_copy_holds_no_solution_and_keeps_every_other_cell(exported, stem):
    root, _, _ = exported
    committed = json.loads((catalog.NOTEBOOKS / f"{stem}.ipynb").read_text(encoding="utf-8"))
    copy = json.loads((root / "copy" / f"{stem}.ipynb").read_text(encoding="utf-8"))
    kept = [c for c in committed["cells"] if "solution" not in c["metadata"].get("tags", [])]
    assert len(kept) < len(committed["cells"])
    assert copy["cells"] == kept, "every other cell, outputs included, is unchanged"
    assert copy["metadata"] == committed["metadata"]
    for cell in copy["cells"]:
        assert "solution" not in cell["metadata"].get("tags", [])
        source = "".join(cell["source"])
        assert not ("<details>" in source and "```python" in source), source
    text = "\n".join("".join(c["source"]) for c in copy["cells"])
    for answer in _answers(stem):
        assert answer not in text, answer


def test_split_solution_keeps_instructions_and_check_outside():
    exercise = "# instructions\nx = ...\n\ncheck.exercise_1(x)"
    solution = "y = 2\nx = y + 1\n\ncheck.exercise_1(x)\n"
    before, answer, after = learner.split_solution(exercise, solution)
    assert before == ["# instructions"]
    assert answer == ["y = 2", "x = y + 1"]
    assert after == ["", "check.exercise_1(x)"]
    with pytest.raises(ValueError, match="placeholder"):
        learner.split_solution("x = 1\ncheck(x)", solution)
    with pytest.raises(ValueError, match="nothing"):
        learner.split_solution(exercise, "check.exercise_1(x)\n")


def test_split_solution_replaces_a_function_stub_whole():
    exercise = "# write f\ndef f(x):\n    return ...\n\n\nrule = check.build_step_3(f)"
    solution = (
        "# write f\ndef f(x):\n    y = 2 * x\n    return y\n\n\nrule = check.build_step_3(f)\n"
    )
    before, answer, after = learner.split_solution(exercise, solution)
    assert before == ["# write f"]
    assert answer == ["def f(x):", "    y = 2 * x", "    return y"]
    assert after == ["", "", "rule = check.build_step_3(f)"]
    cell = "\n".join([*before, learner.BEGIN, *answer, learner.END, *after])
    compile(cell, "cell", "exec")  # one def, not a def nested in the stub's


@pytest.mark.parametrize("stem", STEMS)
def test_nbgrader_metadata_and_markers(exported, stem):
    root, _, _ = exported
    nb = _read(root / "nbgrader" / f"{stem}.ipynb")
    n_solutions = 0
    for i, cell in enumerate(nb.cells):
        meta = cell.metadata["nbgrader"]
        assert "solution" not in cell.metadata.get("tags", [])
        if build.EXERCISE_TAG in cell.metadata.get("tags", []):
            n_solutions += 1
            assert meta == {
                "grade": False,
                "grade_id": f"{stem}-exercise-{n_solutions}",
                "locked": False,
                "schema_version": 3,
                "solution": True,
                "task": False,
            }
            lines = cell.source.split("\n")
            begin, end = lines.index(learner.BEGIN), lines.index(learner.END)
            assert begin < end - 1
            assert not any("..." == w for ln in lines[begin:end] for w in ln.split())
            calls = re.compile(r"^(\w+ = )?check\.")  # the self-check, or a built model's step 3
            assert any(calls.match(ln) for ln in lines[end + 1 :]), cell.source
        else:
            assert meta == {
                "grade": False,
                "grade_id": f"{stem}-cell-{i}",
                "locked": True,
                "schema_version": 3,
                "solution": False,
                "task": False,
            }
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None
    assert n_solutions == len(_answers(stem)) >= 3
    ids = [c.metadata["nbgrader"]["grade_id"] for c in nb.cells]
    assert len(set(ids)) == len(ids)
    assert "widgets" not in nb.metadata


def test_a_non_empty_out_is_refused_and_notebooks_unchanged(tmp_path, capsys):
    before = _committed_bytes()
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    for kind in ("copy", "nbgrader"):
        with pytest.raises(SystemExit, match="not empty.*--force"):
            learner.main([kind, "--out", str(tmp_path), "00"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]
    with pytest.raises(SystemExit, match="refusing to write into"):
        learner.main(["copy", "--out", str(catalog.NOTEBOOKS), "--force", "00"])
    assert learner.main(["copy", "--out", str(tmp_path), "--force", "00"]) == 0
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert (tmp_path / f"{STEMS[0]}.ipynb").exists()
    assert _committed_bytes() == before


@pytest.fixture(scope="module")
def executed(exported):
    """Every export executed once in a fresh kernel, two kernels at a time: {(kind, stem): nb}."""
    root, _, _ = exported
    strict = {"copy": "0", "nbgrader": "1"}
    jobs = [(kind, stem) for stem in STEMS for kind in ("copy", "nbgrader")]

    def run(job):
        kind, stem = job
        nb = _read(root / kind / f"{stem}.ipynb")
        try:
            build.execute(nb, env={STRICT_ENV: strict[kind]}, cwd=root / kind)
        except Exception as error:  # report the cell, let the test of this notebook fail
            return f"{type(error).__name__} ({str(error)[:200]}) in {build.failing_cell(nb)}"
        return nb

    with ThreadPoolExecutor(max_workers=2) as pool:
        return dict(zip(jobs, pool.map(run, jobs), strict=True))


@pytest.mark.slow
@pytest.mark.parametrize("stem", STEMS)
def test_copy_runs_top_to_bottom_unanswered(executed, stem):
    nb = executed["copy", stem]
    assert not isinstance(nb, str), nb
    texts = _exercise_texts(nb)
    assert len(texts) >= 3
    assert all("not answered yet" in t for t in texts), texts


@pytest.mark.slow
@pytest.mark.parametrize("stem", STEMS)
def test_nbgrader_source_runs_with_every_check_right(executed, stem):
    nb = executed["nbgrader", stem]
    assert not isinstance(nb, str), nb
    texts = _exercise_texts(nb)
    assert len(texts) >= 3
    assert all(": right." in t for t in texts), texts
