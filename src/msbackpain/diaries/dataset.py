"""Write the whole data set to a folder: patients.csv, diary.csv, diary_raw.csv,
ground_truth.json, datapackage.json and README.md (the datasheet). Byte-for-byte reproducible.

The classroom data in data/ are :data:`CLASSROOM` (regenerate with
``python -m msbackpain.diaries --patients 60 --days 180 --seed 2025 --out data --force``).
"""

from __future__ import annotations

import os
from pathlib import Path

from msbackpain.diaries import datasheet, files, schema
from msbackpain.diaries.generate import VERSION, generate_cohort
from msbackpain.diaries.raw_export import PROBLEMS, raw_export

#: The classroom data folder of the project (data/ at the top of the repository).
DATA_DIR = Path(__file__).resolve().parents[3] / "data"

CLASSROOM = {"n_patients": 60, "n_days": 180, "seed": 2025}
FILES = (
    "patients.csv",
    "diary.csv",
    "diary_raw.csv",
    "ground_truth.json",
    "datapackage.json",
    "README.md",
)


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


def write_dataset(out, n_patients, n_days, seed, *, force=False, progress=None) -> dict:
    """Generate and write every file; returns the ground truth."""
    out = check_folder(out, force)
    c = generate_cohort(n_patients, n_days, seed)
    raw, counts = raw_export(c.diary, seed)
    truth = dict(c.truth)
    truth["raw_export_problems"] = {
        k: {"rows": counts[k], "what": v[1]} for k, v in PROBLEMS.items()
    }
    files.write_csv(c.patients, out / "patients.csv")
    files.write_csv(c.diary, out / "diary.csv", progress=progress)
    (out / "diary_raw.csv").write_text(files.csv_text(raw), encoding="utf-8", newline="\n")
    files.write_json(truth, out / "ground_truth.json")
    files.write_json(schema.datapackage(VERSION), out / "datapackage.json")
    text = datasheet.render(c, truth, command=_command(n_patients, n_days, seed))
    (out / "README.md").write_text(text, encoding="utf-8", newline="\n")
    return truth


def _command(n, d, s):
    return f"python -m msbackpain.diaries --patients {n} --days {d} --seed {s} --out data --force"
