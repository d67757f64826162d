"""Benchmark (b): update time of every interactive diagram (model + drawing + PNG render).

For each diagram registered in ``msbackpain.ui.interactive.REGISTRY``, every control is moved
through its values (each menu option, five points along each slider); each move is timed as the
callback does it. The floor is re-rendering the same figure to PNG with no model or drawing work.

    python benchmarks/interactive_updates.py [--repeat N] [NN ...]
"""

from __future__ import annotations

import argparse
import os
import statistics

# One BLAS thread, as in the notebook kernels: threaded BLAS stalls on a busy 2-core machine.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from msbackpain import lessons
from msbackpain.ui import interactive


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def bench(name: str, repeat: int) -> tuple[list[float], list[float]]:
    diagram = interactive.REGISTRY[name]()
    updates, floors = [], []
    for _ in range(repeat):
        for control_name, control in diagram.controls.items():
            for value in interactive.moves(control):
                updates.append(diagram.update(**{control_name: value}).total_s)
                floors.append(diagram.render_only())
            diagram.reset()
    return updates, floors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("notebooks", nargs="*", help="two-digit numbers (default: all)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    lessons.load_all()
    names = [
        n for n in interactive.REGISTRY if not args.notebooks or n.split(":")[0] in args.notebooks
    ]
    print(f"{'diagram':44s} {'moves':>5s} {'median':>9s} {'p95':>9s} {'render':>9s} {'ratio':>6s}")
    for name in names:
        updates, floors = bench(name, args.repeat)
        median, floor = statistics.median(updates), statistics.median(floors)
        print(
            f"{name:44s} {len(updates):5d} {median * 1000:7.1f}ms {p95(updates) * 1000:7.1f}ms "
            f"{floor * 1000:7.1f}ms {median / floor:6.2f}"
        )


if __name__ == "__main__":
    main()
