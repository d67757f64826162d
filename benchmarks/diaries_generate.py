"""Benchmark: diary generation (without writing files), in rows (person-days) per second.

    python benchmarks/diaries_generate.py [--patients 10000] [--days 365] [--repeat 3]

Target: at least 2 million rows per second for 10,000 people × 365 days on the project machine.
"""

from __future__ import annotations

import argparse
import statistics
import time

from msbackpain.diaries import generate_cohort

TARGET_ROWS_PER_S = 2_000_000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--patients", type=int, default=10_000)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    generate_cohort(100, 30, 0)  # warm up imports and caches
    times = []
    for i in range(args.repeat):
        start = time.perf_counter()
        generate_cohort(args.patients, args.days, seed=i)
        times.append(time.perf_counter() - start)
    rows = args.patients * args.days
    best, median = min(times), statistics.median(times)
    print(f"{args.patients:,} people × {args.days} days = {rows:,} rows")
    print(
        f"median {median:.2f} s ({rows / median:,.0f} rows/s); best {best:.2f} s "
        f"({rows / best:,.0f} rows/s); target {TARGET_ROWS_PER_S:,} rows/s: "
        f"{'met' if rows / median >= TARGET_ROWS_PER_S else 'NOT met'}"
    )


if __name__ == "__main__":
    main()
