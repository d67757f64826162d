"""Benchmark: diary generation with the whole-chain model, beside a floor measured in the same run.

    python benchmarks/diaries_generate.py [--patients 10000] [--days 365] [--repeat 2]
                                          [--big 100000] [--setting clinic]

Prints, for the same number of people and days:

* **whole chain**: the diary tables (patients and diary, 15 diary columns) of
  :func:`msbackpain.diaries.generate.iter_tables`, chunk by chunk: the cohort (with the
  screening diaries of the back-pain setting), treatments, the whole-chain model
  (:func:`msbackpain.whole_chain.simulate_arrays`; run twice for people who start
  physiotherapy), the observation layer and the DataFrames, without writing files;
* **model alone**: :func:`msbackpain.whole_chain.simulate_arrays` on the same number of people
  and days, nothing else (the ceiling of any generator built on the model);
* **floor**: a minimal vectorised diary generator with the same columns and the same chunking:
  a seasonal temperature with AR(1) weather, person effects, AR(1) daily noise for three
  ratings, a few covariates (steps, sitting, temperature), missing days and the same DataFrame
  construction. Written to be fast, not slowed down: it is the cost of "a diary" without a
  model.

Rows per second count the diary rows actually produced (the whole-chain study has dropout). The
goal of the issue: at least half the floor's rows per second. Also printed: one simulated
person-year and a 100-person cohort-year of the generator, and the peak memory (maximum
resident set size of a child process) for ``--big`` people written in chunks to CSV (to
os.devnull, so the disk is not measured).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time

import numpy as np
import pandas as pd
from scipy.signal import lfilter

from msbackpain import whole_chain as wc
from msbackpain.diaries import cohort, files, study
from msbackpain.diaries.generate import iter_tables
from msbackpain.diaries.study import CHUNK_PEOPLE


def whole_chain_rows(n, days, seed, setting) -> int:
    rows = 0
    for _patients, diary in iter_tables(n, days, seed, setting=setting):
        rows += len(diary)
    return rows


def model_only_rows(n, days, seed) -> int:
    """The whole-chain model alone (simulate_arrays) on general-clinic people, chunk by chunk:
    the ceiling of any generator built on it."""
    rng = np.random.default_rng(seed)
    temp = 10 + 9.5 * np.cos(2 * np.pi * (np.arange(days) - 145) / 365.25)
    rows = 0
    for lo in range(0, n, CHUNK_PEOPLE):
        m = min(CHUNK_PEOPLE, n - lo)
        people = cohort.draw_people(m, rng)
        inputs = wc.daily_inputs(people["traits"], np.tile(temp, (m, 1)), rng)
        out = wc.simulate_arrays(people["traits"], inputs, {}, nodes=study.NODES)
        rows += out["back_pain"].size
    return rows


def _ar1(shocks, rho):
    return lfilter([1.0], [1.0, -rho], shocks, axis=1)


def _floor_chunk(m, days, rng, temp, dates, first_id):
    person = rng.normal(0.0, 1.0, (m, 3))
    ratings = []
    for j in range(3):
        latent = (
            3.0
            + 1.2 * person[:, j : j + 1]
            + 0.05 * np.maximum(temp - 20.0, 0.0)[None, :]
            + _ar1(rng.normal(0.0, 0.8, (m, days)), 0.4)
        )
        ratings.append(np.clip(np.rint(latent), 0, 10).astype(np.int64))
    steps = np.rint(5000.0 * np.exp(rng.normal(0.0, 0.4, (m, 1)) + rng.normal(0, 0.3, (m, days))))
    sitting = np.round(np.clip(7.0 + rng.normal(0, 1.0, (m, days)), 0, 16) * 2) / 2
    miss = rng.random((m, days)) < 0.15 + 0.1 * np.arange(days)[None, :] / 365.0
    no_steps = rng.random((m, days)) < 0.06
    ids = np.array([f"P{first_id + i + 1:04d}" for i in range(m)])
    flat = miss.ravel()

    def nint(a, mask):
        return pd.arrays.IntegerArray(np.asarray(a, np.int64).ravel(), mask.ravel().copy())

    return pd.DataFrame(
        {
            "patient_id": np.repeat(ids, days),
            "date": np.tile(dates, m),
            "study_day": np.tile(np.arange(1, days + 1), m),
            "back_pain": nint(ratings[0], miss),
            "fatigue": nint(ratings[1], miss),
            "spasticity": nint(ratings[2], miss),
            "steps": nint(steps, no_steps),
            "sitting_hours": pd.arrays.FloatingArray(sitting.ravel(), flat.copy()),
            "temperature_c": np.tile(temp, m),
            "heat_wave": np.tile(temp >= 23.0, m),
            "lhermitte_episodes": nint(rng.poisson(0.05, (m, days)), miss),
            "relapse": (rng.random((m, days)) < 0.01).ravel(),
            "physio_session": (rng.random((m, days)) < 0.03).ravel(),
            "medication_taken": nint(rng.integers(0, 3, (m, days)), miss),
            "side_effect": pd.arrays.BooleanArray(
                (rng.random((m, days)) < 0.05).ravel(), flat.copy()
            ),
        }
    )


def floor_rows(n, days, seed) -> int:
    rng = np.random.default_rng(seed)
    dates = pd.date_range("2025-03-01", periods=days, freq="D").values
    doy = np.arange(days)
    temp = 10 + 9.5 * np.cos(2 * np.pi * (doy + 60 - 205) / 365.25)
    temp = np.round(temp + _ar1(rng.normal(0, 1.8, (1, days)), 0.8)[0], 1)
    rows = 0
    for lo in range(0, n, CHUNK_PEOPLE):
        m = min(CHUNK_PEOPLE, n - lo)
        rows += len(_floor_chunk(m, days, rng, temp, dates, lo))
    return rows


def timed(fn, repeat):
    fn()  # warm up (imports, tables)
    times, rows = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        rows = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), rows


def big_child(n, days, setting) -> None:
    """Stream n people to CSV (os.devnull) chunk by chunk; print the peak RSS in MB."""
    with open(os.devnull, "w") as sink:
        for k, (_p, d) in enumerate(iter_tables(n, days, 1, setting=setting)):
            sink.write(files.format_table(d).to_csv(index=False, header=k == 0))
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"{peak_kb / 1024:.0f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--patients", type=int, default=10_000)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--big", type=int, default=100_000, help="people for the memory run")
    parser.add_argument("--setting", default="clinic")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        big_child(args.big, args.days, args.setting)
        return
    n, days = args.patients, args.days
    t_wc, rows_wc = timed(lambda: whole_chain_rows(n, days, 7, args.setting), args.repeat)
    t_fl, rows_fl = timed(lambda: floor_rows(n, days, 7), args.repeat)
    t_mo, rows_mo = timed(lambda: model_only_rows(n, days, 7), 1)
    rate_wc, rate_fl = rows_wc / t_wc, rows_fl / t_fl
    print(f"{n:,} people × {days} days (setting {args.setting}), median of {args.repeat}")
    print("| generator | rows | seconds | rows/s |\n|---|---|---|---|")
    print(f"| whole chain + observation | {rows_wc:,} | {t_wc:.1f} | {rate_wc:,.0f} |")
    print(f"| floor (minimal vectorised diary) | {rows_fl:,} | {t_fl:.1f} | {rate_fl:,.0f} |")
    rate_mo = rows_mo / t_mo
    print(f"| whole-chain model alone (ceiling) | {rows_mo:,} | {t_mo:.1f} | {rate_mo:,.0f} |")
    ratio = rate_wc / rate_fl
    verdict = "met" if ratio >= 0.5 else "NOT met"
    print(
        f"ratio whole chain / floor: {ratio:.2f} (goal ≥ 0.5: {verdict}); model alone / floor: "
        f"{rate_mo / rate_fl:.2f}"
    )
    t1, _ = timed(lambda: whole_chain_rows(1, 365, 3, args.setting), 5)
    t100, _ = timed(lambda: whole_chain_rows(100, 365, 3, args.setting), 3)
    print(f"one simulated person-year: {t1 * 1000:.0f} ms; 100-person cohort-year: {t100:.2f} s")
    if args.big:
        start = time.perf_counter()
        cmd = [
            sys.executable,
            __file__,
            "--child",
            "--big",
            str(args.big),
            "--days",
            str(days),
            "--setting",
            args.setting,
        ]
        mb = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.strip()
        took = time.perf_counter() - start
        print(
            f"peak memory (max RSS) streaming {args.big:,} people × {days} days to CSV in chunks "
            f"of {CHUNK_PEOPLE}: {mb} MB ({took:.0f} s)"
        )


if __name__ == "__main__":
    main()
