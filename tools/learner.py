"""Copies of the committed notebooks for teaching: without solutions, or as nbgrader sources.

Both commands read the committed notebooks in ``notebooks/`` (never the sources) and write into
another folder, under the same file names, so the navigation links keep working there::

    python -m tools.learner copy --out DIR [NN ...]      # learner copies, no solutions
    python -m tools.learner nbgrader --out DIR [NN ...]  # nbgrader source notebooks

``NN`` are notebook numbers or stems (default: all). Neither command writes into ``notebooks/``,
and both refuse a folder that is not empty unless ``--force`` is given (files of the same name
are then overwritten; nothing else in the folder is touched). Only the notebooks are written.

**copy** removes every hidden solution (the markdown cells tagged ``solution``, with nbconvert's
``TagRemovePreprocessor``). Every other
cell is kept as committed, outputs included, so a copy still reads well on nbviewer; the exercise
cells still hold ``...`` and their committed "not answered yet" verdict.

**nbgrader** writes nbgrader *source* notebooks (the ``source/`` side of an nbgrader course;
nbgrader itself is not a dependency of this project). The format:

* Each exercise cell (a code cell tagged ``exercise``) becomes an nbgrader *solution* cell. The
  line(s) holding the ``...`` placeholder are replaced by the answer lines of the solution, between
  a ``### BEGIN SOLUTION`` and a ``### END SOLUTION`` line. The instructions above the placeholder
  (comment lines) and the self-check call below it stay outside the markers, so the cell still
  checks itself. The answer lines are the solution's code minus the trailing lines it shares with
  the exercise cell (the self-check call). Cell metadata::

      {"nbgrader": {"grade": false, "grade_id": "<stem>-exercise-<n>", "locked": false,
                    "schema_version": 3, "solution": true, "task": false}}

  with ``n`` = 1, 2, ... in order of appearance in the notebook.
* The solution markdown cells are removed.
* Every other cell (markdown or code) is locked, read-only for the learner::

      {"nbgrader": {"grade": false, "grade_id": "<stem>-cell-<i>", "locked": true,
                    "schema_version": 3, "solution": false, "task": false}}

  with ``i`` the cell's index (from 0) in the exported notebook.
* All outputs, execution counts (nbconvert's ``ClearOutputPreprocessor``) and any saved widget
  state are cleared; tags and other metadata are kept. No cell is graded automatically
  (``grade: false``): the self-checks give feedback, they do not award points.

nbgrader's ``generate_assignment`` (release) step replaces each region between the markers by
its code stub (by default ``# YOUR CODE HERE`` / ``raise NotImplementedError()``; change it with
``c.ClearSolutions.code_stub``); the original cell had ``name = ...`` there. Executed as is, a
source notebook runs top to bottom with every self-check saying "right".
"""

from __future__ import annotations

import argparse
import copy as _copy
import re
import sys
from pathlib import Path

from tools import build, catalog

BEGIN = "### BEGIN SOLUTION"
END = "### END SOLUTION"
_PLACEHOLDER = re.compile(r"(?<![.\w])\.\.\.(?![.\w])")


# -- helpers ----------------------------------------------------------------------------------
def read_committed(stem: str):
    """The committed notebook ``notebooks/<stem>.ipynb``."""
    import nbformat

    path = catalog.NOTEBOOKS / f"{stem}.ipynb"
    if not path.exists():
        raise SystemExit(f"{path} does not exist: build it first (python -m tools.build)")
    return nbformat.read(path, as_version=4)


def _nbgrader_meta(grade_id: str, solution: bool) -> dict:
    return {
        "grade": False,
        "grade_id": grade_id,
        "locked": not solution,
        "schema_version": 3,
        "solution": solution,
        "task": False,
    }


# -- the two transformations ------------------------------------------------------------------
def without_solutions(nb):
    """A copy of ``nb`` without the solution cells; every other cell unchanged."""
    from nbconvert.preprocessors import TagRemovePreprocessor

    build.exercises(nb)  # refuse a notebook whose exercises and solutions do not pair up
    remove = TagRemovePreprocessor(remove_cell_tags={build.SOLUTION_TAG})
    learner, _ = remove.preprocess(_copy.deepcopy(nb), {})
    return learner


def _block_start(lines: list[str], i: int) -> int:
    """Where the placeholder's block starts: the line itself, or, when the placeholder sits in
    the body of a function stub (``def f(...):`` / ``    return ...``), the ``def`` line, so that
    the solution's own ``def`` replaces the stub's instead of nesting inside it."""
    indent = len(lines[i]) - len(lines[i].lstrip())
    for j in range(i - 1, -1, -1):
        line = lines[j]
        if line.strip() and len(line) - len(line.lstrip()) < indent:
            return j if line.lstrip().startswith("def ") else i
    return i


def split_solution(exercise: str, solution: str) -> tuple[list[str], list[str], list[str]]:
    """(lines before the placeholder, answer lines, lines after the placeholder).

    The lines after the placeholder are the exercise cell's own (blank line and self-check
    call); the answer lines are the solution's lines minus the trailing lines it shares with the
    exercise cell, without trailing blank lines. Raises ValueError when the exercise cell holds no
    ``...`` placeholder or the solution adds no line of its own.
    """
    ex_lines = exercise.rstrip("\n").split("\n")
    sol_lines = solution.rstrip("\n").split("\n")
    marked = [i for i, line in enumerate(ex_lines) if _PLACEHOLDER.search(line)]
    if not marked:
        raise ValueError(f"exercise cell has no ... placeholder: {exercise!r}")
    start = _block_start(ex_lines, marked[0])
    before, after = ex_lines[:start], ex_lines[marked[-1] + 1 :]
    lead = 0
    while lead < min(len(before), len(sol_lines)) and before[lead] == sol_lines[lead]:
        lead += 1
    sol_lines = sol_lines[lead:]
    shared = 0
    while (
        shared < min(len(after), len(sol_lines))
        and after[len(after) - 1 - shared].rstrip()
        == sol_lines[len(sol_lines) - 1 - shared].rstrip()
    ):
        shared += 1
    answer = sol_lines[: len(sol_lines) - shared]
    while answer and not answer[-1].strip():
        answer.pop()
    if not answer:
        raise ValueError(f"the solution adds nothing to the exercise: {solution!r}")
    return before, answer, after


def nbgrader_source(nb, stem: str):
    """The nbgrader source notebook of ``nb`` (see the module docstring for the format)."""
    from nbconvert.preprocessors import ClearOutputPreprocessor

    marked = _copy.deepcopy(nb)
    for n, (index, code) in enumerate(build.exercises(marked), start=1):
        cell = marked.cells[index]
        before, answer, after = split_solution(cell.source, code)
        cell.source = "\n".join([*before, BEGIN, *answer, END, *after])
        cell.metadata["nbgrader"] = _nbgrader_meta(f"{stem}-exercise-{n}", solution=True)
    out = without_solutions(marked)
    ClearOutputPreprocessor().preprocess(out, {})
    out.metadata.pop("widgets", None)  # widget state of an older build, if any
    for i, cell in enumerate(out.cells):
        cell.metadata.setdefault("nbgrader", _nbgrader_meta(f"{stem}-cell-{i}", solution=False))
    return out


# -- writing ----------------------------------------------------------------------------------
def _prepare(out: Path, force: bool) -> Path:
    out = Path(out).resolve()
    if out == catalog.NOTEBOOKS.resolve() or catalog.NOTEBOOKS.resolve() in out.parents:
        raise SystemExit(f"refusing to write into {catalog.NOTEBOOKS}: choose another --out folder")
    if out.exists() and not out.is_dir():
        raise SystemExit(f"--out {out} is a file, not a folder")
    if out.is_dir() and any(out.iterdir()) and not force:
        raise SystemExit(
            f"--out {out} is not empty: choose an empty or new folder, "
            "or add --force to overwrite notebooks of the same name"
        )
    out.mkdir(parents=True, exist_ok=True)
    return out


def export(kind: str, stems: list[str], out: Path, force: bool = False) -> list[Path]:
    """Write the ``kind`` ('copy' or 'nbgrader') version of ``stems`` into ``out``."""
    notebooks = [(stem, read_committed(stem)) for stem in stems]
    out = _prepare(out, force)
    written = []
    for stem, nb in notebooks:
        new = without_solutions(nb) if kind == "copy" else nbgrader_source(nb, stem)
        path = out / f"{stem}.ipynb"
        build.write(new, path)
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.learner",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True)
    helps = {
        "copy": "learner copies of the committed notebooks, without the solutions",
        "nbgrader": "nbgrader source notebooks (solutions between BEGIN/END SOLUTION markers)",
    }
    for name, text in helps.items():
        p = sub.add_parser(name, help=text)
        p.add_argument("notebooks", nargs="*", help="numbers or stems (default: all)")
        p.add_argument("--out", required=True, type=Path, help="folder to write (empty or new)")
        p.add_argument("--force", action="store_true", help="allow a non-empty --out folder")
    args = parser.parse_args(argv)
    stems = build.resolve(args.notebooks)
    written = export(args.command, stems, args.out, args.force)
    for path in written:
        print(path)
    print(f"{len(written)} notebook(s) written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
