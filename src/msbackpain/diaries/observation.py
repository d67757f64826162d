"""The observation layer: how a person's simulated day becomes a diary entry.

The whole-chain model says what happens to a person (evening back pain 0–10, muscle fatigue 0–1,
spasticity in N·m, steps, sitting hours, Lhermitte episodes). A diary records it the way people
record things:

* **Ratings 0–10** are written as whole numbers from a latent score
  ``offset + scale × true value + noise``: each person has their own offset and use of the scale
  (rating habits), and the day-to-day noise is autocorrelated (AR(1)). Some people prefer 0, 5 and
  10 (digit preference). The scale has a floor at 0: a person with no pain cannot rate below it.
* **Back pain** = the model's evening back pain, plus part of the treatment-related aches felt in
  the back (an observation assumption: :data:`SIDE_EFFECT_BACK_SHARE`).
* **Fatigue** = the person's usual (central) fatigue, which the chain does not model, + the
  chain's muscle fatigue on a 0–10 scale (× 10) + the fatigue of side-effect days.
* **Spasticity** = the reflex torque (N·m) on a 0–10 scale, 10 (1 − exp(−torque / scale)).
* **Missing entries**: whether a day's entry is filled in falls over the study and is lower in
  younger people (Ono et al. 2019), with a person's own diary-keeping tendency; pain does NOT
  change it by default (in Ono et al.'s pooled data pain intensity did not predict completion);
  the switch ``missing_not_at_random`` turns a pain-dependent mechanism on, for teaching.
* **Steps** come from a pedometer and do not go missing with the diary; the device is sometimes
  not worn (its own missing days) and counts with a person-level calibration error.
* **Sitting** is self-reported, rounded to the half hour, with a person-level bias; it goes
  missing with the diary. **Lhermitte episodes** are counted in the diary.

Every size is a teaching assumption (:data:`HABITS`); the random draws of this layer come from
their own stream, so counterfactual runs of the model share them.
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
    "younger_missing": (
        0.02,
        "drop in the log-odds of filling in the diary per year of age below 46",
        "younger people fill in fewer entries (as in pooled momentary-assessment data; size "
        "assumed)",
    ),
    "weekend_missing": (
        0.3,
        "drop in the log-odds of filling in the diary on Saturday and Sunday",
        "weekday/weekend differences in completion (assumed)",
    ),
    "missing_not_at_random": (
        0.0,
        "drop in the log-odds of filling in the diary per back-pain point above the person's "
        "usual pain (0 = off)",
        "a teaching switch: more missing entries on bad days (off by default: in pooled "
        "momentary-assessment data, pain intensity did not predict completion)",
    ),
    "digit_preference": (
        0.2,
        "average chance that a 0–10 rating within 1 point of 0, 5 or 10 is written as 0, 5 or 10",
        "digit preference, stronger in some people than in others (assumed)",
    ),
    "person_offsets": (
        0.6,
        "SD of a person's own offset on every 0–10 rating (points)",
        "people use the scale differently (rating habits; assumed)",
    ),
    "rating_noise": (
        0.9,
        "SD of the day-to-day noise of a 0–10 rating (points)",
        "day-to-day variation of ratings that no modelled cause explains (assumed)",
    ),
}

#: Studies that informed a habit (its size is still assumed).
HABIT_SOURCES = {
    "completion_decline": ("ono2019",),
    "younger_missing": ("ono2019",),
    "missing_not_at_random": ("ono2019",),
}

#: Day-to-day autocorrelation of the rating noise (AR(1)). [assumption | dimensionless]
NOISE_PERSISTENCE = 0.4
#: SD of a person's use of the scale (log of the multiplier on the true value). [assumption |
#: SD of log]
SCALE_LOG_SD = 0.15
#: Share of the treatment-related aches a person counts as back pain. [assumption | fraction]
SIDE_EFFECT_BACK_SHARE = 0.5
#: Torque that gives 63% of the 0–10 spasticity scale: 10 (1 − exp(−torque / this)); chosen so
#: that about four in five people of a general cohort rate some spasticity on an average day
#: (84% of people with MS report some spasticity, Rizzo et al. 2004). [assumption: rizzo2004 |
#: N·m]
SPASTICITY_SCALE_NM = 5.0
#: Usual (central) fatigue: level at EDSS 0, rise per EDSS point and spread between people.
#: [assumption | points (0–10)]
USUAL_FATIGUE_AT_EDSS_0 = 1.0
#: Rise of usual fatigue per EDSS point. [assumption | points per EDSS point]
USUAL_FATIGUE_PER_EDSS = 0.3
#: Spread of usual fatigue between people. [assumption | points (0–10)]
USUAL_FATIGUE_SD = 1.2
#: Mean diary-keeping tendency at the start (share of entries filled in) and its spread between
#: people (SD on the log-odds scale): completion averaged 85% in pooled momentary-assessment data.
#: [assumption: ono2019 | fraction]
COMPLETION_START = 0.9
#: Spread of diary-keeping between people. [assumption | SD of log-odds]
COMPLETION_LOG_ODDS_SD = 0.9
#: Pedometer: mean share of days the device is not worn (varies by person). [assumption |
#: fraction of days]
DEVICE_OFF_SHARE = 0.06
#: Pedometer calibration error between people (SD of the multiplier). [assumption | fraction]
DEVICE_CALIBRATION_SD = 0.05
#: Self-reported sitting: SD of a person's bias and of the day's reporting error.
#: [assumption | h]
SITTING_REPORT_BIAS_SD_H = 0.7
#: SD of the day's error in reported sitting. [assumption | h]
SITTING_REPORT_NOISE_SD_H = 0.5


def settings(habits=None) -> dict[str, float]:
    """Habit strengths: defaults, with ``habits`` ({name: value or False}) applied."""
    out = {k: v[0] for k, v in HABITS.items()}
    for name, value in (habits or {}).items():
        if name not in HABITS:
            raise ValueError(f"unknown diary habit {name!r}; known: {', '.join(HABITS)}")
        if value is True:
            if out[name] == 0:
                out[name] = 0.35 if name == "missing_not_at_random" else out[name]
            continue
        out[name] = 0.0 if value is False else float(value)
    return out


def _ar1(shocks: np.ndarray, rho: float) -> np.ndarray:
    out = np.empty_like(shocks)
    prev = shocks[:, 0] / np.sqrt(1.0 - rho**2)
    for t in range(shocks.shape[1]):
        prev = rho * prev + shocks[:, t] if t else prev
        out[:, t] = prev
    return out


def draws(n: int, days: int, rng: np.random.Generator, edss, age) -> dict[str, np.ndarray]:
    """Every random number of the observation layer (its own stream): person habits and daily
    noise, drawn before and independently of the model."""
    unit = np.sqrt(1.0 - NOISE_PERSISTENCE**2)
    d = {
        "offset": rng.normal(0.0, 1.0, (3, n)),
        "scale": rng.lognormal(0.0, SCALE_LOG_SD, (3, n)),
        "digit_tendency": rng.beta(2.0, 8.0, n) / 0.2,  # mean 1, × the habit's strength
        "noise": np.stack(
            [_ar1(rng.normal(0.0, unit, (n, days)), NOISE_PERSISTENCE) for _ in "pfs"]
        ),
        "digit_u": rng.random((3, n, days)),
        "usual_fatigue": np.clip(
            USUAL_FATIGUE_AT_EDSS_0
            + USUAL_FATIGUE_PER_EDSS * edss
            + rng.normal(0, USUAL_FATIGUE_SD, n),
            0.0,
            8.0,
        ),
        "keeping": np.log(COMPLETION_START / (1 - COMPLETION_START))
        + rng.normal(0.0, COMPLETION_LOG_ODDS_SD, n),
        "entry_u": rng.random((n, days)),
        "device_off_share": rng.beta(1.0, 1.0 / DEVICE_OFF_SHARE - 1.0, n),
        "device_u": rng.random((n, days)),
        "device_gain": 1.0 + rng.normal(0.0, DEVICE_CALIBRATION_SD, n),
        "sitting_bias": rng.normal(-0.3, SITTING_REPORT_BIAS_SD_H, n),
        "sitting_noise": rng.normal(0.0, SITTING_REPORT_NOISE_SD_H, (n, days)),
        "age": np.asarray(age, dtype=float),
    }
    return d


def _rating(true, k, obs, h):
    """Whole-number 0–10 rating of a true value on the 0–10 scale (rating habits)."""
    latent = (
        h["person_offsets"] * obs["offset"][k][:, None]
        + obs["scale"][k][:, None] * true
        + h["rating_noise"] * obs["noise"][k]
    )
    r = np.clip(np.rint(latent), 0, 10)
    p = np.clip(h["digit_preference"] * obs["digit_tendency"], 0.0, 1.0)[:, None]
    nearest = np.rint(r / 5.0) * 5.0
    snap = (np.abs(r - nearest) <= 1) & (obs["digit_u"][k] < p)
    return np.where(snap, nearest, r).astype(np.int64)


def true_scores(out: dict, side: dict, obs: dict) -> dict[str, np.ndarray]:
    """The true values on the diary's 0–10 scales (before rating habits)."""
    return {
        "back_pain": np.clip(out["back_pain"] + SIDE_EFFECT_BACK_SHARE * side["back"], 0, 10),
        "fatigue": np.clip(
            obs["usual_fatigue"][:, None] + 10.0 * out["muscle_fatigue"] + side["fatigue"], 0, 10
        ),
        "spasticity": 10.0
        * (1.0 - np.exp(-np.maximum(out["spasticity"], 0) / SPASTICITY_SCALE_NM)),
    }


def observe(out: dict, side: dict, obs: dict, h: dict) -> dict[str, np.ndarray]:
    """The diary as the person would write it on every day (ratings, counts, reported sitting),
    whether the entry was filled in (``filled``) and whether the pedometer was worn (``worn``)."""
    true = true_scores(out, side, obs)
    n, days = true["back_pain"].shape
    rec = {
        k: _rating(true[k], j, obs, h) for j, k in enumerate(("back_pain", "fatigue", "spasticity"))
    }
    t_years = np.arange(days) / 365.0
    weekday = obs.get("weekday", np.zeros(days, np.int64))
    usual_pain = true["back_pain"].mean(axis=1, keepdims=True)
    logit = (
        obs["keeping"][:, None]
        - h["completion_decline"] * t_years[None, :]
        - h["younger_missing"] * np.maximum(46.0 - obs["age"], 0.0)[:, None]
        - h["weekend_missing"] * (weekday >= 5)
        - h["missing_not_at_random"] * (true["back_pain"] - usual_pain)
    )
    rec["filled"] = obs["entry_u"] < 1.0 / (1.0 + np.exp(-logit))
    rec["worn"] = obs["device_u"] >= obs["device_off_share"][:, None]
    rec["steps"] = np.rint(out["steps"] * obs["device_gain"][:, None]).astype(np.int64)
    sit = out["sitting_hours"] + obs["sitting_bias"][:, None] + obs["sitting_noise"]
    rec["sitting_hours"] = np.clip(np.round(sit * 2) / 2, 0.0, 24.0)
    rec["lhermitte_episodes"] = np.rint(out["lhermitte"]).astype(np.int64)
    rec["true"] = true
    return rec
