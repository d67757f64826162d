"""Benchmark: update time of every interactive diagram, beside the floor measured in the same run.

For each diagram registered in ``msbackpain.ui.interactive.REGISTRY``, every control is moved
through its values (each menu option, five points along each slider) ``--repeat`` times; each move
is timed as the widget's callback does it (model, drawing, PNG encoding, HTML). The **floor** is
encoding that diagram's canvas to PNG with no drawing at all (``Interactive.encode``): what any
update must pay. ``blit %`` is the share of moves that drew only the animated artists.

    python benchmarks/interactive_updates.py [--repeat N] [NN ...]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

# One BLAS thread, as in the notebook kernels: threaded BLAS stalls on a busy 2-core machine.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from msbackpain import lessons  # noqa: E402
from msbackpain.ui import interactive  # noqa: E402


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def bench(name: str, repeat: int) -> dict:
    """Times (s) of every move of ``name`` and of the floor, and how the moves were drawn."""
    diagram = interactive.REGISTRY[name]()
    updates, floors = [], []
    blits, draws = diagram.blits, diagram.full_draws
    for _ in range(repeat):
        for control_name, control in diagram.controls.items():
            for value in interactive.moves(control):
                t0 = time.perf_counter()
                diagram.update(**{control_name: value})
                t1 = time.perf_counter()
                diagram.encode()
                floors.append(time.perf_counter() - t1)
                updates.append(t1 - t0)
            diagram.reset()
    moved = (diagram.blits - blits) + (diagram.full_draws - draws)
    return {
        "updates": updates,
        "floors": floors,
        "blit_share": (diagram.blits - blits) / moved if moved else 0.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("notebooks", nargs="*", help="two-digit numbers (default: all)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    lessons.load_all()
    names = [
        n for n in interactive.REGISTRY if not args.notebooks or n.split(":")[0] in args.notebooks
    ]
    header = f"| {'diagram':34s} | moves | median ms | p95 ms | floor ms | × floor | blit % |"
    print(header)
    print("|" + "|".join("-" * (len(c)) for c in header.split("|")[1:-1]) + "|")
    ratios = []
    for name in names:
        r = bench(name, args.repeat)
        median, floor = statistics.median(r["updates"]), statistics.median(r["floors"])
        ratios.append(median / floor)
        print(
            f"| {name:34s} | {len(r['updates']):5d} | {median * 1000:9.1f} | "
            f"{p95(r['updates']) * 1000:6.1f} | {floor * 1000:8.1f} | {median / floor:7.2f} | "
            f"{100 * r['blit_share']:6.0f} |"
        )
    worst, typical = max(ratios), statistics.median(ratios)
    print(f"\nworst diagram: {worst:.2f}× its floor; median diagram {typical:.2f}×")


if __name__ == "__main__":
    main()
