"""Benchmark (a): executing the whole collection, each notebook in a fresh kernel.

The floor is the same number of fresh kernels running only each notebook's setup cell (its first
code cell after the one for Colab only: imports and style), so the ratio shows what the
notebooks' own work costs on top of starting Python and importing the libraries.

    python benchmarks/execute_notebooks.py [NN ...]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import nbformat

# tools/ sits at the top of the repository and is not installed with the package
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from tools import build  # noqa: E402


def setup_only(nb):
    """A copy of ``nb`` that holds only its setup cell (the first code cell after the one that
    acts on Google Colab only)."""
    code = (c for c in nb.cells if c.cell_type == "code")
    first = next(c for c in code if build.COLAB_TAG not in c.metadata.get("tags", []))
    copy = nbformat.v4.new_notebook(metadata=nb.metadata)
    copy.cells = [first]
    return copy


def timed(nb) -> float:
    start = time.perf_counter()
    build.execute(nb)
    return time.perf_counter() - start


def main(names: list[str]) -> None:
    stems = build.resolve(names)
    rows = []
    for stem in stems:
        nb = build.from_source(stem)
        floor = timed(setup_only(nb))
        full = timed(nb)
        rows.append((stem, full, floor))
        print(
            f"{stem:34s} full {full:6.2f} s   setup only {floor:6.2f} s   "
            f"ratio {full / floor:5.2f}",
            flush=True,
        )
    total, total_floor = sum(r[1] for r in rows), sum(r[2] for r in rows)
    print(
        f"{'whole collection':34s} full {total:6.2f} s   setup only {total_floor:6.2f} s   "
        f"ratio {total / total_floor:5.2f}"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
