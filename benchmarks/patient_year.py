"""Benchmark: run time of the whole-chain patient model (msbackpain.whole_chain).

Prints the median and 95th percentile of: one person for one year (what a slider triggers), a
counterfactual pair (the same year without and with interventions), and a cohort of 100 people
stepped together (what the diary generator needs).

    python benchmarks/patient_year.py [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import time

from msbackpain import whole_chain


def timed(function, repeat: int) -> list[float]:
    function()  # warm the caches (tables are computed once per process)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return times


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    everything = whole_chain.Interventions(
        cooling=0.5, training=0.5, anti_spasticity=0.5, seating=0.5, pacing=0.5, dmd=True
    )
    cases = {
        "one person, one year": lambda: whole_chain.simulate("heat", everything, seed=1),
        "counterfactual pair, one year": lambda: whole_chain.compare("heat", everything, seed=1),
        "100 people, one year (per person)": lambda: whole_chain.simulate_many(
            list(whole_chain.PEOPLE.values()) * 33 + [whole_chain.PEOPLE["heat"]],
            everything,
            list(range(100)),
        ),
    }
    print(f"{'case':36s} {'median':>9s} {'p95':>9s}")
    for name, function in cases.items():
        repeat = args.repeat if "100" not in name else max(3, args.repeat // 10)
        times = timed(function, repeat)
        scale = 100 if "per person" in name else 1
        median, high = statistics.median(times) / scale, p95(times) / scale
        print(f"{name:36s} {median * 1000:7.2f}ms {high * 1000:7.2f}ms")


if __name__ == "__main__":
    main()
