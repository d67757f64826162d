"""The observation model: how a true day becomes a diary entry (habits of diary keeping).

Each habit can be switched off (:data:`HABITS`) and is recorded in the ground truth:

* ``completion_decline``: the chance of filling in the diary falls over the study (completion
  falls over study days in pooled momentary-assessment data, Ono et al. 2019; the size here is
  assumed).
* ``missing_not_at_random``: entries are more often missing on bad (high-pain) days. A
  mechanism to teach, not the typical case: in Ono et al.'s pooled data, pain intensity did not
  predict completion.
* ``weekend_missing``: entries are more often missing at weekends (an assumption).
* ``digit_preference``: some 0–10 ratings near 0, 5 or 10 are written as 0, 5 or 10 (a
  simulation assumption).

Every habit's size is a teaching assumption; :data:`HABIT_SOURCES` names the studies behind
some of them.
"""

from __future__ import annotations

import numpy as np

#: Default habit settings: (value, unit, description). Every size is a teaching assumption.
HABITS = {
    "completion_decline": (
        1.2,
        "drop in the log-odds of filling in the diary per year of study",
        "completion falls over the study (as in pooled momentary-assessment data; size assumed)",
    ),
    "missing_not_at_random": (
        0.35,
        "drop in the log-odds of filling in the diary per back-pain point above the person's "
        "usual pain",
        "more missing entries on bad days: a possible mechanism, not the typical case (in "
        "pooled momentary-assessment data, pain intensity did not predict completion)",
    ),
    "weekend_missing": (
        0.4,
        "drop in the log-odds of filling in the diary on Saturday and Sunday",
        "weekday/weekend differences in completion (assumed)",
    ),
    "digit_preference": (
        0.25,
        "chance that a 0–10 rating within 1 point of 0, 5 or 10 is written as 0, 5 or 10",
        "digit preference (a simulation assumption)",
    ),
}

#: Studies that informed a habit (its size is still assumed).
HABIT_SOURCES = {
    "completion_decline": ("ono2019",),
    "missing_not_at_random": ("ono2019",),
}


def settings(habits=None) -> dict[str, float]:
    """Habit strengths: defaults, with ``habits`` ({name: value or False}) applied."""
    out = {k: v[0] for k, v in HABITS.items()}
    for name, value in (habits or {}).items():
        if name not in HABITS:
            raise ValueError(f"unknown diary habit {name!r}; known: {', '.join(HABITS)}")
        if value is True:
            continue
        out[name] = 0.0 if value is False else float(value)
    return out


def rating(latent, rng, digit_pref: float) -> np.ndarray:
    """A 0–10 whole-number rating of a latent score, with digit preference."""
    r = np.clip(np.rint(latent), 0, 10)
    if digit_pref > 0:
        nearest = np.rint(r / 5.0) * 5.0
        snap = (np.abs(r - nearest) <= 1) & (rng.random(r.shape) < digit_pref)
        r = np.where(snap, nearest, r)
    return r.astype(np.int64)


def completed(days_arr, c, rng, h) -> np.ndarray:
    """Which diary entries were filled in (people × days, bool)."""
    n, days = days_arr["pain"].shape
    base = np.log(c["completion_tendency"] / (1 - c["completion_tendency"]))
    t_years = np.arange(days) / 365.0
    weekend = days_arr["weekday"] >= 5
    logit = (
        base[:, None]
        - h["completion_decline"] * t_years[None, :]
        - h["weekend_missing"] * weekend[None, :]
        - h["missing_not_at_random"] * (days_arr["pain"] - days_arr["usual_pain"][:, None])
    )
    return rng.random((n, days)) < 1 / (1 + np.exp(-logit))
