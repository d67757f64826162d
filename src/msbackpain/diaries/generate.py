"""generate_cohort: the study's people and diaries as tables (what a study team hands over).

The tables come from :func:`msbackpain.diaries.study.simulate_study` (the whole-chain model
observed day by day); the true effects are computed separately, by counterfactual runs, in
:mod:`msbackpain.diaries.answers`, and never stored with the data.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
import pandas as pd

from msbackpain.diaries import cohort, drugs, observation, study

VERSION = "2.0.0"
#: Largest cohort and longest diary the generator accepts. [setting | people]
MAX_PATIENTS = 1_000_000
#: Longest diary (days per person). [setting | days]
MAX_DAYS = 3650


class Cohort(NamedTuple):
    """What :func:`generate_cohort` returns: ``patients``, ``diary`` (tables) and ``truth``
    (generator settings only: no effect sizes)."""

    patients: pd.DataFrame
    diary: pd.DataFrame
    truth: dict


def _whole(name, value, low, high):
    if isinstance(value, bool) or not isinstance(value, int | np.integer):
        raise TypeError(f"{name} must be a whole number (got {value!r})")
    if not low <= value <= high:
        raise ValueError(f"{name} must be between {low:,} and {high:,} (got {value})")
    return int(value)


def check_arguments(n_patients, n_days, seed, start_date, setting, habits):
    """Validated arguments (ValueError/TypeError with a clear message)."""
    n = _whole("n_patients", n_patients, 1, MAX_PATIENTS)
    days = _whole("n_days", n_days, 2, MAX_DAYS)
    seed = _whole("seed", seed, 0, 2**63 - 1)
    try:
        start = pd.Timestamp(start_date).normalize()
    except (TypeError, ValueError):
        raise ValueError(
            f"start_date must be a date like '2025-03-01' (got {start_date!r})"
        ) from None
    setting = study.setting_name(setting)
    observation.settings(habits)
    return n, days, seed, start, setting


def _dates(cal, idx):
    return np.where(idx >= 0, cal.dates.values[np.maximum(idx, 0)], np.datetime64("NaT"))


def patients_table(cal, res: study.ChunkResult) -> pd.DataFrame:
    """The patients table of one chunk (what a clinic record would hold)."""
    p = res.plan
    c = p.people
    first = study.SCREENING_DAYS + p.enrol
    left = np.where(p.stay < p.days, first + p.stay - 1, -1)  # last diary day of early leavers
    start = np.where((p.physio["start"] >= 0) & (p.physio["start"] < p.stay), p.physio["start"], -1)
    referral = np.where(p.physio["referral"] >= 0, p.physio["referral"], -1)
    ids = [f"P{p.first + i + 1:04d}" for i in range(p.n)]
    return pd.DataFrame(
        {
            "patient_id": ids,
            "sex": np.where(c["female"], "female", "male"),
            "age": c["age"],
            "age_at_diagnosis": c["age_at_diagnosis"],
            "years_since_diagnosis": c["years_since_diagnosis"],
            "ms_course": np.array(cohort.COURSES)[c["course"]],
            "edss": c["edss"],
            "walking": np.array(cohort.WALKING_LABELS)[c["walking"]],
            "cervical_lesion": c["traits"]["cervical_lesion"] > 0,
            "reports_heat_sensitivity": c["reports_heat_sensitivity"],
            "dmd": np.array(drugs.DRUG_NAMES)[p.drug],
            "anti_spasticity_drug": np.array(cohort.ANTI_SPASTICITY_DRUGS)[c["anti_spasticity"]],
            "enrolled": _dates(cal, first),
            "left_study": _dates(cal, left),
            "physio_referral": _dates(cal, np.where(referral >= 0, first + referral, -1)),
            "physio_start": _dates(cal, np.where(start >= 0, first + start, -1)),
        }
    )


def diary_table(cal, res: study.ChunkResult) -> pd.DataFrame:
    """The diary of one chunk: one row per person per day while enrolled."""
    p, r, out = res.plan, res.rec, res.out
    enrolled = p.enrolled
    rows_p, rows_t = np.nonzero(enrolled)
    first = study.SCREENING_DAYS + p.enrol
    cal_idx = first[rows_p] + rows_t
    miss = ~r["filled"][rows_p, rows_t]
    onset = np.diff(out["relapse"], axis=1, prepend=0.0) > 0.5
    flag = np.zeros_like(onset)
    for lag in range(min(study.RELAPSE_FLAG_DAYS, p.days)):
        flag[:, lag:] |= onset[:, : p.days - lag]

    def pick(a):
        return np.asarray(a)[rows_p, rows_t]

    def nint(a, mask):
        return pd.arrays.IntegerArray(pick(a).astype(np.int64), mask.copy())

    ids = np.array([f"P{p.first + i + 1:04d}" for i in range(p.n)])
    no_steps = ~r["worn"][rows_p, rows_t]
    return pd.DataFrame(
        {
            "patient_id": ids[rows_p],
            "date": cal.dates.values[cal_idx],
            "study_day": rows_t + 1,
            "back_pain": nint(r["back_pain"], miss),
            "fatigue": nint(r["fatigue"], miss),
            "spasticity": nint(r["spasticity"], miss),
            "steps": nint(r["steps"], no_steps),
            "sitting_hours": pd.arrays.FloatingArray(pick(r["sitting_hours"]), miss.copy()),
            "temperature_c": cal.temperature[cal_idx],
            "heat_wave": cal.heat_wave[cal_idx],
            "lhermitte_episodes": nint(r["lhermitte_episodes"], miss),
            "relapse": pick(flag),
            "physio_session": pick(p.physio["session"]),
            "medication_taken": nint(p.side["doses"] + p.anti_doses, miss),
            "side_effect": pd.arrays.BooleanArray(pick(p.side["any"]), miss.copy()),
        }
    )


def truth_settings(n, days, seed, start, setting, habits) -> dict:
    """Generator settings (no effect sizes): enough to regenerate the data."""
    return {
        "generator": "msbackpain.diaries.generate_cohort",
        "generator_version": VERSION,
        "seed": seed,
        "n_patients": n,
        "n_days": days,
        "start_date": str(start.date()),
        "setting": setting,
        "selection": study.SETTINGS[setting],
        "habits": {k: v for k, v in observation.settings(habits).items()},
        "warning": "Simulated data for teaching. Not patient data; not for clinical use.",
    }


def iter_tables(n_patients, n_days, seed, start_date="2025-03-01", *, setting=None, habits=None):
    """(patients, diary) tables chunk by chunk (bounded memory for big cohorts)."""
    setting = study.DEFAULT_SETTING if setting is None else setting
    n, days, seed, start, setting = check_arguments(
        n_patients, n_days, seed, start_date, setting, habits
    )
    for cal, res in study.iter_study(
        n, days, seed, start_date=start, setting=setting, habits=habits
    ):
        yield patients_table(cal, res), diary_table(cal, res)


def generate_cohort(
    n_patients: int,
    n_days: int,
    seed: int,
    start_date: str = "2025-03-01",
    *,
    setting: str = study.DEFAULT_SETTING,
    habits=None,
) -> Cohort:
    """Simulate ``n_patients`` people keeping a diary for up to ``n_days`` days each.

    ``setting``: ``"clinic"`` (default: people of an MS clinic selected for back pain by a
    screening diary) or ``"general"`` (a general MS clinic). ``habits``: switch diary habits of
    :data:`observation.HABITS` off (``False``) or set their strength. Same arguments → the same
    data. The true effects are not in the result: see :mod:`msbackpain.diaries.answers`.
    """
    n, days, seed, start, setting = check_arguments(
        n_patients, n_days, seed, start_date, setting, habits
    )
    parts = list(iter_tables(n, days, seed, start, setting=setting, habits=habits))
    patients = pd.concat([p for p, _ in parts], ignore_index=True)
    diary = pd.concat([d for _, d in parts], ignore_index=True)
    diary["patient_id"] = pd.Categorical(diary["patient_id"], categories=patients["patient_id"])
    return Cohort(patients, diary, truth_settings(n, days, seed, start, setting, habits))
