"""The build: navigation, contents, solutions, and naming the cell that failed."""

from __future__ import annotations

import nbformat
import pytest

from tools import build, catalog


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


def test_resolve_names():
    assert build.resolve(["00"]) == ["00_start_here"]
    assert build.resolve([]) == [p.stem for p in catalog.existing()]
    with pytest.raises(SystemExit, match="no notebook source matches '42'"):
        build.resolve(["42"])


def test_stream_chunks_are_joined():
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell(
            "print(1)",
            outputs=[
                nbformat.v4.new_output("stream", name="stdout", text="a"),
                nbformat.v4.new_output("stream", name="stdout", text="b\n"),
                nbformat.v4.new_output("stream", name="stderr", text="w\n"),
                nbformat.v4.new_output("stream", name="stdout", text="c\n"),
            ],
        )
    ]
    out = build.coalesce_streams(nb).cells[0].outputs
    assert [(o.name, o.text) for o in out] == [
        ("stdout", "ab\n"),
        ("stderr", "w\n"),
        ("stdout", "c\n"),
    ]
