"""Write the students' data folder and the instructor's answer key, byte for byte reproducibly.

The data folder holds what a study team would hand a student: patients.csv, diary.csv,
diary_raw.csv, datapackage.json and README.md (the datasheet). The answer key (true effects by
counterfactual simulation, hidden traits) goes to a separate folder: instructor/answers/ for the
classroom data, ``<out>_answers`` beside any other folder, ``DIR/answers`` for a student
(``--student``). Big cohorts are written chunk by chunk of people (bounded memory).

The classroom data in data/ are :data:`CLASSROOM` (regenerate with
``python -m msbackpain.diaries --patients 120 --days 365 --seed 2025 --out data --force``;
120 people for a year rather than 60 for 180 days, so that relapses, physiotherapy starts (with
weeks before and after) and anti-spasticity users are numerous enough to estimate with intervals).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import numpy as np
import pandas as pd

from msbackpain.diaries import answers, datasheet, files, schema
from msbackpain.diaries.generate import VERSION, check_arguments, iter_tables, truth_settings
from msbackpain.diaries.raw_export import PROBLEMS, raw_export

#: The classroom data folder (data/ in the repository; ``msbackpain.data`` when installed).
DATA_DIR = answers.CLASSROOM_DATA_DIR

#: The classroom data set (people, diary days, seed). [setting]
CLASSROOM = {"n_patients": 120, "n_days": 365, "seed": 2025}
FILES = ("patients.csv", "diary.csv", "diary_raw.csv", "datapackage.json", "README.md")
#: Files an earlier generator version wrote into the data folder (answers): removed on --force.
STALE = ("ground_truth.json", "answer_key.json")


def student_seed(student_id: str, secret: str = "") -> int:
    """A student's own seed, derived from their identifier and an optional instructor's secret
    (same ID and secret, same cohort; without the secret a student cannot rebuild the key)."""
    sid = str(student_id).strip()
    if not sid:
        raise ValueError("--student needs a non-empty identifier")
    digest = hashlib.sha256(f"msbackpain-diaries-student:{secret}:{sid}".encode()).digest()
    return int.from_bytes(digest[:8], "big") >> 1


def check_folder(out, force: bool) -> Path:
    """The output folder, created if needed; refuse a non-empty one unless ``force``."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise ValueError(f"--out {out} is a file, not a folder")
    if out.exists() and any(out.iterdir()) and not force:
        raise ValueError(
            f"--out {out} is not empty; choose an empty folder or add --force to overwrite"
        )
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise ValueError(f"cannot create the folder {out}: {err.strerror}") from None
    if not os.access(out, os.W_OK | os.X_OK):
        raise ValueError(f"cannot write to the folder {out} (permission denied)")
    return out


class _Stats:
    """Summary numbers of the diary for the datasheet, accumulated chunk by chunk."""

    def __init__(self):
        self.rows = self.filled = self.first = self.first_n = self.last = self.last_n = 0
        self.steps_sum = self.steps_n = 0.0
        self.sessions = 0
        self.problems = dict.fromkeys(PROBLEMS, 0)
        self.t_min, self.t_max = np.inf, -np.inf
        self.first_date = self.last_date = None

    def add(self, d: pd.DataFrame, days: int, counts: dict):
        filled = d["back_pain"].notna().to_numpy()
        day = d["study_day"].to_numpy()
        self.rows += len(d)
        self.filled += int(filled.sum())
        self.first += int(filled[day <= 30].sum())
        self.first_n += int((day <= 30).sum())
        self.last += int(filled[day > days - 30].sum())
        self.last_n += int((day > days - 30).sum())
        steps = d["steps"].dropna().to_numpy(dtype=float)
        self.steps_sum += steps.sum()
        self.steps_n += steps.size
        self.sessions += int(d["physio_session"].sum())
        t = d["temperature_c"].to_numpy()
        self.t_min, self.t_max = min(self.t_min, t.min()), max(self.t_max, t.max())
        dates = d["date"]
        lo, hi = dates.min(), dates.max()
        self.first_date = lo if self.first_date is None else min(self.first_date, lo)
        self.last_date = hi if self.last_date is None else max(self.last_date, hi)
        for k, v in counts.items():
            self.problems[k] += v


def write_data(
    out, n_patients, n_days, seed, *, setting=None, habits=None, progress=None, command=None
):
    """Write the data files into ``out`` (an existing folder); returns the generator settings."""
    out = Path(out)
    n, days, seed, start, setting = check_arguments(
        n_patients, n_days, seed, "2025-03-01", setting or "clinic", habits
    )
    stats = _Stats()
    patients = []
    done = 0
    with (
        open(out / "diary.csv", "w", encoding="utf-8", newline="\n") as fd,
        open(out / "diary_raw.csv", "w", encoding="utf-8", newline="\n") as fr,
    ):
        for k, (p, d) in enumerate(iter_tables(n, days, seed, setting=setting, habits=habits)):
            patients.append(p)
            raw, counts = raw_export(d, seed, part=k)
            stats.add(d, days, counts)
            fd.write(files.format_table(d).to_csv(index=False, header=k == 0, lineterminator="\n"))
            fr.write(raw.to_csv(index=False, header=k == 0, lineterminator="\n"))
            done += len(p)
            if progress:
                progress(done, n)
    patients = pd.concat(patients, ignore_index=True)
    files.write_csv(patients, out / "patients.csv")
    files.write_json(schema.datapackage(VERSION), out / "datapackage.json")
    settings = truth_settings(n, days, seed, start, setting, habits)
    command = command or _command(n, days, seed, setting)
    text = datasheet.render(patients, stats, settings, command=command)
    (out / "README.md").write_text(text, encoding="utf-8", newline="\n")
    return settings


def write_answers(answers_dir, n_patients, n_days, seed, *, setting=None, habits=None) -> dict:
    """Compute and write the answer key (answer_key.json) into ``answers_dir``."""
    d = Path(answers_dir)
    d.mkdir(parents=True, exist_ok=True)
    key = answers.answer_key(n_patients, n_days, seed, setting=setting, habits=habits)
    files.write_json(key, d / answers.ANSWER_FILE)
    return key


def write_dataset(
    out,
    n_patients,
    n_days,
    seed,
    *,
    force=False,
    progress=None,
    setting=None,
    habits=None,
    answers_dir=None,
    with_answers=True,
    command=None,
) -> dict:
    """Generate and write the data folder and (``with_answers``) the answer key beside it."""
    out = check_folder(out, force)
    for name in STALE:
        (out / name).unlink(missing_ok=True)
    settings = write_data(
        out,
        n_patients,
        n_days,
        seed,
        setting=setting,
        habits=habits,
        progress=progress,
        command=command,
    )
    if with_answers:
        target = Path(answers_dir) if answers_dir is not None else answers.answers_dir_for(out)
        write_answers(target, n_patients, n_days, seed, setting=setting, habits=habits)
    return settings


def _command(n, d, s, setting):
    extra = "" if setting == "clinic" else f" --setting {setting}"
    return (
        f"python -m msbackpain.diaries --patients {n} --days {d} --seed {s}{extra} --out data "
        "--force"
    )
