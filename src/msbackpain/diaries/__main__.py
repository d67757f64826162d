"""Command line: python -m msbackpain.diaries --patients N --days D --seed S --out DIR [--force]"""

from __future__ import annotations

import argparse
import sys
import time

from msbackpain.diaries.dataset import write_dataset
from msbackpain.diaries.generate import MAX_DAYS, MAX_PATIENTS


def _bar(stream):
    start = time.perf_counter()

    def progress(done, total):
        width = 30
        k = int(width * done / max(total, 1))
        rate = done / max(time.perf_counter() - start, 1e-9)
        stream.write(
            f"\rwriting diary.csv [{'#' * k}{'.' * (width - k)}] {done:,}/{total:,} rows"
            f" ({rate:,.0f} rows/s)"
        )
        if done >= total:
            stream.write("\n")
        stream.flush()

    return progress


def main(argv=None) -> int:
    p = argparse.ArgumentParser(
        prog="python -m msbackpain.diaries",
        description="Generate simulated MS patient diaries (teaching data, not patient data).",
    )
    p.add_argument("--patients", type=int, required=True, help="number of people")
    p.add_argument("--days", type=int, required=True, help="diary days per person")
    p.add_argument("--seed", type=int, default=2025, help="random seed (default 2025)")
    p.add_argument("--out", required=True, help="output folder (must be empty unless --force)")
    p.add_argument("--force", action="store_true", help="overwrite a non-empty folder")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    a = p.parse_args(argv)
    if not 1 <= a.patients <= MAX_PATIENTS:
        p.error(f"--patients must be between 1 and {MAX_PATIENTS:,} (got {a.patients})")
    if not 2 <= a.days <= MAX_DAYS:
        p.error(f"--days must be between 2 and {MAX_DAYS} (got {a.days})")
    if a.seed < 0:
        p.error(f"--seed must be 0 or more (got {a.seed})")
    big = a.patients * a.days >= 200_000 and not a.quiet
    try:
        write_dataset(
            a.out,
            a.patients,
            a.days,
            a.seed,
            force=a.force,
            progress=_bar(sys.stderr) if big else None,
        )
    except ValueError as err:
        p.error(str(err))
    print(f"wrote {a.patients} people × {a.days} days to {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
