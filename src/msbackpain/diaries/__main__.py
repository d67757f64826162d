"""Command line: python -m msbackpain.diaries --patients N --days D --seed S --out DIR [--force]

Writes the students' data folder DIR and the answer key beside it (instructor/answers/ for the
project's data/, otherwise DIR_answers, or --answers). ``--student ID --out DIR`` writes one
student's own cohort (seed derived from the ID) to DIR/data and its answer key to DIR/answers.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from msbackpain.diaries.dataset import CLASSROOM, student_seed, write_dataset
from msbackpain.diaries.generate import MAX_DAYS, MAX_PATIENTS
from msbackpain.diaries.study import ALIASES, DEFAULT_SETTING, SETTINGS


def _bar(stream):
    start = time.perf_counter()

    def progress(done, total):
        width = 30
        k = int(width * done / max(total, 1))
        rate = done / max(time.perf_counter() - start, 1e-9)
        stream.write(
            f"\rsimulating [{'#' * k}{'.' * (width - k)}] {done:,}/{total:,} people"
            f" ({rate:,.0f} people/s)"
        )
        if done >= total:
            stream.write("\n")
        stream.flush()

    return progress


def _parser():
    p = argparse.ArgumentParser(
        prog="python -m msbackpain.diaries",
        description="Generate simulated MS patient diaries (teaching data, not patient data) "
        "and their answer key (kept apart from the data).",
    )
    p.add_argument("--patients", type=int, default=CLASSROOM["n_patients"], help="people")
    p.add_argument("--days", type=int, default=CLASSROOM["n_days"], help="diary days per person")
    p.add_argument("--seed", type=int, default=CLASSROOM["seed"], help="random seed")
    p.add_argument(
        "--setting",
        default=DEFAULT_SETTING,
        choices=sorted(set(SETTINGS) | set(ALIASES)),
        help="who is in the cohort (default: %(default)s)",
    )
    p.add_argument("--out", required=True, help="output folder (must be empty unless --force)")
    p.add_argument("--answers", help="folder for the answer key (default: beside the data)")
    p.add_argument("--no-answers", action="store_true", help="write the data only")
    p.add_argument("--student", help="a student's ID: their own cohort in OUT/data, OUT/answers")
    p.add_argument("--secret", default="", help="instructor's secret mixed into student seeds")
    p.add_argument("--force", action="store_true", help="overwrite a non-empty folder")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    return p


def main(argv=None) -> int:
    p = _parser()
    a = p.parse_args(argv)
    if not 1 <= a.patients <= MAX_PATIENTS:
        p.error(f"--patients must be between 1 and {MAX_PATIENTS:,} (got {a.patients})")
    if not 2 <= a.days <= MAX_DAYS:
        p.error(f"--days must be between 2 and {MAX_DAYS} (got {a.days})")
    if a.seed < 0:
        p.error(f"--seed must be 0 or more (got {a.seed})")
    out, answers, seed, command = Path(a.out), a.answers, a.seed, None
    if a.student is not None:
        try:
            seed = student_seed(a.student, a.secret)
        except ValueError as err:
            p.error(str(err))
        out, answers = out / "data", answers or out / "answers"
        command = (
            f"python -m msbackpain.diaries --student {a.student.strip()} --patients "
            f"{a.patients} --days {a.days} --out DIR (with the instructor's secret)"
        )
    big = a.patients * a.days >= 200_000 and not a.quiet
    try:
        write_dataset(
            out,
            a.patients,
            a.days,
            seed,
            force=a.force,
            progress=_bar(sys.stderr) if big else None,
            setting=a.setting,
            answers_dir=answers,
            with_answers=not a.no_answers,
            command=command,
        )
    except ValueError as err:
        p.error(str(err))
    print(f"wrote {a.patients} people × up to {a.days} days to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
