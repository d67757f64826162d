"""generate_cohort: the cohort, their true days, their diaries and the ground truth."""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
import pandas as pd

from msbackpain.diaries import cohort, daily, observation
from msbackpain.evidence.grades import ASSUMPTION

VERSION = "1.0.0"
MAX_PATIENTS = 1_000_000
MAX_DAYS = 3650


class Cohort(NamedTuple):
    """What :func:`generate_cohort` returns: ``patients``, ``diary`` (tables) and ``truth``."""

    patients: pd.DataFrame
    diary: pd.DataFrame
    truth: dict


def _whole(name, value, low, high):
    if isinstance(value, bool) or not isinstance(value, int | np.integer):
        raise TypeError(f"{name} must be a whole number (got {value!r})")
    if not low <= value <= high:
        raise ValueError(f"{name} must be between {low:,} and {high:,} (got {value})")
    return int(value)


def _r(x, nd=4):
    return [round(float(v), nd) for v in np.asarray(x, dtype=float)]


def generate_cohort(
    n_patients: int,
    n_days: int,
    seed: int,
    start_date: str = "2025-03-01",
    *,
    habits=None,
) -> Cohort:
    """Simulate ``n_patients`` people keeping a diary for ``n_days`` days (vectorised).

    ``habits``: switch the diary habits of :data:`observation.HABITS` off (``False``) or set
    their strength, e.g. ``{"digit_preference": False}``. Same arguments → the same data.
    """
    n = _whole("n_patients", n_patients, 1, MAX_PATIENTS)
    days = _whole("n_days", n_days, 2, MAX_DAYS)
    seed = _whole("seed", seed, 0, 2**63 - 1)
    try:
        start = pd.Timestamp(start_date).normalize()
    except (TypeError, ValueError):
        raise ValueError(
            f"start_date must be a date like '2025-03-01' (got {start_date!r})"
        ) from None
    h = observation.settings(habits)
    c, true, done, pain, fatigue, spast = simulate_arrays(n, days, seed, start, h)
    dates = pd.date_range(start, periods=days, freq="D")
    ids = [f"P{i + 1:04d}" for i in range(n)]
    miss = ~done.ravel()

    def nint(a):
        return pd.arrays.IntegerArray(np.asarray(a, dtype=np.int64).ravel(), miss.copy())

    def nbool(a):
        return pd.arrays.BooleanArray(np.asarray(a, dtype=bool).ravel(), miss.copy())

    sitting = true["sitting"].ravel()
    diary = pd.DataFrame(
        {
            "patient_id": pd.Categorical.from_codes(np.repeat(np.arange(n), days), ids),
            "date": np.tile(dates.values, n),
            "study_day": np.tile(np.arange(1, days + 1), n),
            "back_pain": nint(pain),
            "fatigue": nint(fatigue),
            "spasticity": nint(spast),
            "steps": nint(true["steps"]),
            "sitting_hours": pd.arrays.FloatingArray(sitting, miss.copy()),
            "temperature_c": np.tile(true["temperature"], n),
            "heat_wave": np.tile(true["heat_wave"], n),
            "lhermitte_episodes": nint(true["lhermitte"]),
            "relapse": true["relapse_day"].ravel(),
            "physio_session": true["physio_session"].ravel(),
            "medication_taken": nint(true["medication_taken"]),
            "side_effect": nbool(true["side_effect"]),
        },
        copy=False,
    )
    patients = cohort.patients_table(c, true["physio_start"], start)
    truth = _truth(c, true, h, ids, dates, seed, n, days, habits)
    return Cohort(patients, diary, truth)


def simulate_arrays(n, days, seed, start, h):
    """The arrays behind a cohort: traits, true days, which entries were filled in, ratings."""
    rng = np.random.default_rng(seed)
    c = cohort.make_cohort(n, rng, days)
    true = daily.simulate_days(c, rng, days, start.weekday(), start.day_of_year - 1)
    done = observation.completed(true, c, rng, h)
    dp = h["digit_preference"]
    pain = observation.rating(true["pain"], rng, dp)
    fatigue = observation.rating(true["fatigue"], rng, dp)
    spast = observation.rating(true["spasticity"], rng, dp)
    return c, true, done, pain, fatigue, spast


def _truth(c, true, h, ids, dates, seed, n, days, habits):
    onset_p, onset_d = np.nonzero(true["relapse_onset"])
    ps = true["physio_start"]
    d = np.datetime_as_string(dates.values, unit="D")
    return {
        "generator": "msbackpain.diaries.generate_cohort",
        "generator_version": VERSION,
        "seed": seed,
        "n_patients": n,
        "n_days": days,
        "start_date": str(d[0]),
        "warning": "Simulated data for teaching. Not patient data; not for clinical use.",
        "graph": {
            "nodes": sorted({x for edge in daily.GRAPH_EDGES for x in edge}),
            "edges": [{"cause": a, "effect": b} for a, b in daily.GRAPH_EDGES],
        },
        "effects": {
            k: {
                "value": v,
                "unit": u,
                "meaning": m,
                "grade": ASSUMPTION,
                "sources": list(daily.EFFECT_SOURCES.get(k, ())),
            }
            for k, (v, u, m) in daily.EFFECTS.items()
        },
        "confounders": {
            "steps_and_back_pain": "EDSS (disability) lowers usual steps and raises usual pain; "
            "steps have no causal effect on pain in this model",
            "physiotherapy_and_back_pain": "people with more usual pain are more likely to start "
            "physiotherapy, and the season (heat → fatigue → pain) changes pain over the study",
        },
        "habits": {
            k: {
                "value": h[k],
                "unit": u,
                "meaning": m,
                "on": h[k] != 0,
                "grade": ASSUMPTION,
                "sources": list(observation.HABIT_SOURCES.get(k, ())),
            }
            for k, (_, u, m) in observation.HABITS.items()
        },
        "cohort_assumptions": {
            k: {
                "value": list(v) if isinstance(v, tuple) else v,
                "grade": grade,
                "sources": list(keys),
                "note": note,
            }
            for k, (v, grade, keys, note) in cohort.COHORT_ASSUMPTIONS.items()
        },
        "hidden_traits": {
            "patient_id": ids,
            "heat_sensitive": c["heat_sensitive"].tolist(),
            "fear_avoidance": _r(c["fear_avoidance"], 3),
            "baseline_strength": _r(c["baseline_strength"], 3),
            "relapse_rate_per_year": _r(c["relapse_rate"], 3),
            "cervical_lesion_severity": _r(c["cervical_severity"], 4),
            "diary_completion_tendency": _r(c["completion_tendency"], 3),
            "usual_back_pain": _r(true["usual_pain"], 3),
            "usual_fatigue": _r(true["usual_fatigue"], 3),
            "usual_sitting_hours": _r(true["habit_sitting"], 3),
            "usual_steps": [int(v) for v in np.rint(true["habit_steps"])],
            "physio_start": [str(d[s]) if s >= 0 else None for s in ps.tolist()],
        },
        "relapse_onsets": {
            "patient_id": [ids[i] for i in onset_p.tolist()],
            "date": [str(d[j]) for j in onset_d.tolist()],
        },
    }
