"""The build: navigation, contents, solutions, naming the cell that failed, the figure audit."""

from __future__ import annotations

import json

import nbformat
import pytest

from tools import build, catalog, check


def test_navigation_links_neighbours_and_contents():
    stems = [p.stem for p in catalog.existing()]
    nav = build.navigation_markdown(stems[0])
    assert "[Contents](00_start_here.ipynb#contents)" in nav
    assert "←" not in nav  # the first notebook has no previous one
    if len(stems) > 1:
        assert f"({stems[1]}.ipynb)" in nav and "→" in nav
        last = build.navigation_markdown(stems[-1])
        assert f"({stems[-2]}.ipynb)" in last and "→" not in last


def test_contents_lists_every_planned_notebook():
    table = build.contents_markdown()
    for plan in catalog.LESSONS:
        assert f"| {plan.number} |" in table
    assert "[" + catalog.title_of("00_start_here") + "](00_start_here.ipynb)" in table


def test_built_notebook_has_navigation_disclaimer_and_one_h1():
    nb = build.from_source("00_start_here")
    assert build.NAV_TAG in nb.cells[0].metadata["tags"]
    assert build.NAV_TAG in nb.cells[-1].metadata["tags"]
    assert "not medical advice" in nb.cells[-2].source
    h1 = [
        c
        for c in nb.cells
        if c.cell_type == "markdown"
        for line in c.source.splitlines()
        if line.startswith("# ")
    ]
    assert len(h1) == 1


def _exercise_notebook(solution_source: str):
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell("answer = ...", metadata={"tags": ["exercise"]}),
        nbformat.v4.new_markdown_cell(solution_source, metadata={"tags": ["solution"]}),
    ]
    return nb


def test_solutions_are_found_and_inserted():
    nb = _exercise_notebook(
        "<details><summary>S</summary>\n\n```python\nanswer = 3\n```\n</details>"
    )
    assert build.exercises(nb) == [(0, "answer = 3\n")]
    assert build.with_solutions(nb).cells[0].source == "answer = 3\n"
    assert nb.cells[0].source == "answer = ..."  # the original is untouched


@pytest.mark.parametrize(
    "source, message",
    [
        ("no code here <details></details>", "exactly one"),
        ("```python\na = 1\n```", "<details>"),
    ],
)
def test_malformed_solutions_are_named(source, message):
    with pytest.raises(ValueError, match=message):
        build.exercises(_exercise_notebook(source))


def test_exercise_without_solution():
    nb = _exercise_notebook("x")
    nb.cells[1].metadata["tags"] = []
    with pytest.raises(ValueError, match="no solution cell"):
        build.exercises(nb)


@pytest.mark.slow
def test_failing_cell_is_named(tmp_path):
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("x = 1"), nbformat.v4.new_code_cell("# compute\n1 / 0")]
    with pytest.raises(Exception, match="ZeroDivisionError"):
        build.execute(nb, cwd=tmp_path)
    described = build.failing_cell(nb)
    assert "cell 1 (code cell 2)" in described and "'# compute'" in described
    assert "ZeroDivisionError" in described


def _flaky(monkeypatch, ran_cells=0, fails=1):
    """Stand in for nbclient's client: its kernel fails ``fails`` times, after ``ran_cells``."""
    import nbclient

    class Client:
        starts = 0

        def __init__(self, nb, **options):
            self.code_cells_executed = ran_cells

        def execute(self, env=None):
            Client.starts += 1
            if Client.starts <= fails:
                raise RuntimeError("Kernel didn't respond in 180 seconds")

    monkeypatch.setattr(nbclient, "NotebookClient", Client)
    return Client


@pytest.mark.slow  # calls build.execute (with a stand-in client)
def test_a_kernel_that_did_not_start_is_started_once_more(monkeypatch):
    client = _flaky(monkeypatch, fails=1)
    build.execute(nbformat.v4.new_notebook())
    assert client.starts == 2
    client = _flaky(monkeypatch, fails=2)
    with pytest.raises(RuntimeError, match="didn't respond"):
        build.execute(nbformat.v4.new_notebook())
    assert client.starts == 2


@pytest.mark.slow  # calls build.execute (with a stand-in client)
def test_a_kernel_that_fails_after_running_cells_is_not_retried(monkeypatch):
    client = _flaky(monkeypatch, ran_cells=3, fails=1)
    with pytest.raises(RuntimeError, match="didn't respond"):
        build.execute(nbformat.v4.new_notebook())
    assert client.starts == 1


def test_resolve_names():
    assert build.resolve(["00"]) == ["00_start_here"]
    assert build.resolve([]) == [p.stem for p in catalog.existing()] + list(catalog.PAGES)
    with pytest.raises(SystemExit, match="no notebook source matches '42'"):
        build.resolve(["42"])


def _small_notebook():
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell(
            'import time\nprint("a", end="", flush=True)\ntime.sleep(0.5)\nprint("b")'
        ),
        nbformat.v4.new_code_cell(
            "from matplotlib.figure import Figure\n"
            "from msbackpain.ui.display import show_figure\n"
            "fig = Figure()\n"
            'fig.subplots().plot([0, 1], label="up")\n'
            'show_figure(fig, "A line.", "A line going up.")'
        ),
        nbformat.v4.new_code_cell('sorted(n for n in globals() if not n.startswith("_"))'),
    ]
    return nb


@pytest.mark.slow
def test_the_figure_audit_leaves_no_trace_in_the_notebook(tmp_path):
    """With ``--audit`` the kernel records every figure shown, and the notebook is the same:
    execution counts 1..n, no output added, no name added to the notebook's namespace."""
    plain = build.execute(_small_notebook(), cwd=tmp_path)
    audit = tmp_path / "audit" / "small.jsonl"
    audited = build.execute(_small_notebook(), cwd=tmp_path, audit=audit)
    for nb in (plain, audited):
        assert [c.execution_count for c in nb.cells] == [1, 2, 3]
    assert check.text_outputs(audited) == check.text_outputs(plain)
    assert [len(c.outputs) for c in audited.cells] == [len(c.outputs) for c in plain.cells]
    assert "figure_audit" not in audited.cells[2].outputs[0].data["text/plain"]
    (record,) = [json.loads(line) for line in audit.read_text().splitlines()]
    assert record["caption"] == "A line."
    assert record["axes"][0]["lines"][0]["label"] == "up"
    # stream chunks are joined: the kernel sent "a" and "b\n" separately
    assert [(o.name, o.text) for o in plain.cells[0].outputs] == [("stdout", "ab\n")]
