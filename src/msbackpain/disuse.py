"""Disuse: muscle size and strength over days of reduced activity, and their recovery.

Calibration data (Marusic et al. 2021, *J Appl Physiol* 131:194, a systematic review of bed
rest in healthy adults): strength and cross-sectional area (CSA) fall roughly logarithmically,
fastest early; single studies in its table give quadriceps CSA −2.2% and knee-extension strength
−8.6% after 5 days, −3.6% and −14.5% after 10 days; its pooled model (318 adults) gives a
strength/CSA loss ratio of ~4.2 at day 5, ~2.4 at day 14 and ~1.9 after day 35. Single studies
scatter around that pooled curve. A NASA 70-day bed-rest soleus figure (about −0.33% CSA per day)
is used only as a rough check. Long-term points: after 90 days of head-down bed rest the
untreated control group of Muir, Judex, Qin & Rubin 2011 (13 adults) lost about 26% of
knee-extension strength and about 12% of back-extension strength (our percentages from their
table of group means: 109 → 81 and 249 → 218 ft-lb, concentric at 60°/s). Back extensors lose
less than the knee: the back curve is the knee curve times the ratio 12.4/25.7 = 0.48
(``muscle="back"``; that the back follows the same time course, and that its size scales like
its strength, are assumptions).

The disuse loop that this model feeds is a **plausible, contested** mechanism, not an
established one: in low back pain a one-year cohort of 124 people found activity falling only in
a subgroup and no signs of physical deconditioning after onset (Bousema et al. 2007), and the
fear-avoidance model that predicts it has mixed support (Leeuw et al. 2007).

Teaching model (our own form, calibrated to those figures). Loss L(t), in % of baseline, under
strict bed rest:  L(t) = A·ln(1 + t/τ), separately for CSA and strength. The same curve solves
the autonomous equation dL/dt = (A/τ)·exp(−L/A), which lets activity change from day to day:

    dL/dt = u·(A/τ)·exp(−L/(u·A)) − (1 − u)·L/τ_rec,   u = 1 − activity,

* activity 0 = strict bed rest (the calibration), 1 = habitual activity (no loss);
* **assumption**: partial activity scales the loss curve by u (at constant u and without
  recovery, L = u·A·ln(1 + t/τ));
* **assumption**: activity drives exponential recovery of the deficit with time constant
  τ_rec = 14 days at full activity, scaled by the activity level; at constant partial activity
  loss and recovery balance, so the loss levels off.

Calibration (:func:`calibrate_bed_rest`, least squares on log loss with SciPy's
``least_squares``). Fitted only to the first two weeks (``long_term=False``), the curves would
give 16.6% strength loss at 90 days against the 26% measured: they level off too early. So the
90-day point is a target too. CSA: the 5- and 10-day losses and the CSA loss implied at day 90 by
the knee's 25.7% and the late ratio 1.9 (13.5%): A = 6.404%, τ = 12.62 days. Strength: the 5-,
10- and 90-day strength losses and the strengths implied by the ratios at days 14 and 35
(2.4 × CSA(14), 1.9 × CSA(35)): A = 5.343%, τ = 1.205 days. Single studies scatter around the
pooled curve (the 10-day study lost more strength than the pooled ratios imply), so no smooth
curve meets every target: strength misses the 5-day point by +0.2, the 10-day point by −2.6 and
the 90-day point by −2.6 percentage points (23.1% against 25.7%; back 11.1% against 12.4%); the
ratio falls 4.1 → 2.8 → 2.1 at days 5, 14, 35 (pooled: 4.2, 2.4, 1.9). The model's CSA loss
averages 0.37%/day over the first 10 days (NASA soleus: 0.33%/day) and 0.17%/day over 70 days.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.optimize import least_squares

from msbackpain.validation import check_range as _check_range

#: Bed-rest points: day -> (quadriceps CSA loss, knee-extension strength loss), single studies
#: of healthy adults in Marusic et al.'s table (5 days: 10 people; 10 days: 11 people).
#: [measured: marusic2021 | % of baseline]
BED_REST_POINTS = {5: (2.2, 8.6), 10: (3.6, 14.5)}
#: Strength/CSA loss ratios from Marusic et al.'s pooled model of 318 healthy adults in bed rest;
#: day 35 stands for "after 35" (day 5 is 4.2 there, rounded to 4 here).
#: [measured: marusic2021 | dimensionless]
STRENGTH_CSA_RATIOS = {5: 4.0, 14: 2.4, 35: 1.9}
#: Strength loss after 90 days of head-down bed rest, untreated controls (13 adults), concentric
#: extension at 60°/s: knee and back, our percentages from the group means of Muir et al.'s
#: table (109 → 81 and 249 → 218 ft-lb). [measured: muir2011 | % of baseline]
LONG_BED_REST_DAY = 90
LONG_BED_REST_STRENGTH_LOSS_PCT = {"knee": 25.7, "back": 12.4}
#: Back-extensor loss as a fraction of knee-extensor loss (12.4/25.7): the back curve is the knee
#: curve times this (same time course for the back: an assumption). [derived: muir2011 |
#: dimensionless]
BACK_TO_KNEE_LOSS_RATIO = round(12.4 / 25.7, 3)
#: Muscles the curves are given for: the calibrated knee extensors and the back extensors.
MUSCLES = ("knee", "back")
#: Soleus CSA loss rate in a NASA 70-day bed-rest study, a rough check only: the study is not in
#: the collection's reference list, and the model does not use the number. [assumption]
NASA_SOLEUS_LOSS_PCT_PER_DAY = 0.33

#: Calibrated CSA curve (knee extensors): amplitude A and time constant τ (fit of
#: :func:`calibrate_bed_rest`, including the day-90 size loss implied by the 90-day strength
#: loss and the late ratio). [derived: marusic2021, muir2011]
CSA_AMPLITUDE_PCT = 6.404
CSA_TIME_CONSTANT_DAYS = 12.62
#: Calibrated strength curve (knee extensors): amplitude A and time constant τ (fit of
#: :func:`calibrate_bed_rest`, including the 90-day point); back extensors lose
#: BACK_TO_KNEE_LOSS_RATIO times as much. [derived: marusic2021, muir2011]
STRENGTH_AMPLITUDE_PCT = 5.343
STRENGTH_TIME_CONSTANT_DAYS = 1.205
#: Recovery time constant at full activity: a teaching assumption (no data on recovery at
#: partial activity; a few weeks is a plausible order of magnitude). [assumption]
RECOVERY_TIME_DAYS = 14.0
#: Internal integration step: our numerical choice. [setting]
STEP_DAYS = 0.25
#: Longest course the functions accept (ten years). [setting]
MAX_DAYS = 3650.0


# --------------------------------------------------------------------------- validation
def _activity(value):
    return _check_range("activity", value, 0.0, 1.0, "(0 = bed rest, 1 = habitual activity)")


def muscle_loss_factor(muscle: str) -> float:
    """Loss of ``muscle`` relative to the calibrated knee extensors: 1 for "knee",
    :data:`BACK_TO_KNEE_LOSS_RATIO` for "back" (Muir et al. 2011, 90 days of bed rest)."""
    if muscle not in MUSCLES:
        raise ValueError(f"muscle must be one of {', '.join(MUSCLES)} (got {muscle!r})")
    return 1.0 if muscle == "knee" else BACK_TO_KNEE_LOSS_RATIO


# --------------------------------------------------------------------------- calibration
def _fit_log_curve(days, loss_pct, weights):
    """Best A, τ of L = A·ln(1 + t/τ) by weighted least squares on ln L.

    ``scipy.optimize.least_squares`` over (ln A, ln τ), τ between 0.001 and 10 000 days, from
    τ = 1 day and the A that fits best for it (for a fixed τ, ln A is a weighted mean).
    """
    log_y = np.log(loss_pct)
    root_w = np.sqrt(weights / weights.sum())

    def residuals(x):
        return root_w * (x[0] + np.log(np.log1p(days / np.exp(x[1]))) - log_y)

    start_log_a = float(np.sum(root_w**2 * (log_y - np.log(np.log1p(days)))))
    result = least_squares(
        residuals,
        [start_log_a, 0.0],
        bounds=([-np.inf, np.log(1e-3)], [np.inf, np.log(1e4)]),
        xtol=1e-12,
        ftol=1e-12,
        gtol=1e-12,
    )
    log_a, log_tau = result.x
    return float(np.exp(log_a)), float(np.exp(log_tau))


def _log_curve(days, amplitude, tau):
    return amplitude * np.log1p(np.asarray(days, dtype=float) / tau)


@dataclass(frozen=True)
class DisuseCalibration:
    """Result of :func:`calibrate_bed_rest`.

    Fitted curves (``csa_amplitude_pct``, ``csa_time_constant_days``, ``strength_amplitude_pct``,
    ``strength_time_constant_days``); the targets as parallel arrays ``target_day``,
    ``target_quantity`` ("csa" or "strength"), ``target_source`` ("measured" or "ratio"),
    ``target_loss_pct``, ``model_loss_pct``, ``residual_pct`` (model − target, percentage points);
    and the ratio check ``ratio_day``, ``ratio_literature``, ``ratio_model``.
    """

    csa_amplitude_pct: float
    csa_time_constant_days: float
    strength_amplitude_pct: float
    strength_time_constant_days: float
    target_day: np.ndarray
    target_quantity: tuple
    target_source: tuple
    target_loss_pct: np.ndarray
    model_loss_pct: np.ndarray
    residual_pct: np.ndarray
    ratio_day: np.ndarray
    ratio_literature: np.ndarray
    ratio_model: np.ndarray


def calibrate_bed_rest(ratio_weight: float = 1.0, long_term: bool = True) -> DisuseCalibration:
    """Fit the bed-rest curves L = A·ln(1 + t/τ) to Marusic et al. 2021 and Muir et al. 2011.

    CSA: the 5- and 10-day CSA losses and, with ``long_term``, the day-90 CSA loss implied by the
    90-day knee-strength loss and the late ratio (25.7/1.9). Strength: the 5- and 10-day strength
    losses, with ``long_term`` the 90-day knee-strength loss (Muir et al. 2011), plus the
    strengths implied by the day-14 and day-35 ratios (ratio × fitted CSA loss), weighted by
    ``ratio_weight`` (0–10; 0 ignores the ratio-implied targets). Least squares on ln(loss) over
    ln A and ln τ (``scipy.optimize.least_squares``, τ from 0.001 to 10 000 days).
    ``long_term=False`` gives the fit to the first two weeks only, which levels off too early.
    """
    weight = float(_check_range("ratio_weight", ratio_weight, 0.0, 10.0))
    days = np.array(sorted(BED_REST_POINTS), dtype=float)
    csa = np.array([BED_REST_POINTS[d][0] for d in sorted(BED_REST_POINTS)])
    strength = np.array([BED_REST_POINTS[d][1] for d in sorted(BED_REST_POINTS)])
    late_ratio = STRENGTH_CSA_RATIOS[max(STRENGTH_CSA_RATIOS)]
    knee_90 = LONG_BED_REST_STRENGTH_LOSS_PCT["knee"]
    long_day = np.array([float(LONG_BED_REST_DAY)] if long_term else [])
    long_csa = np.array([knee_90 / late_ratio] if long_term else [])
    long_strength = np.array([knee_90] if long_term else [])

    c_days = np.concatenate([days, long_day])
    c_targets = np.concatenate([csa, long_csa])
    c_weights = np.concatenate([np.ones(days.size), np.full(long_day.size, weight)])
    keep = c_weights > 0
    a_c, tau_c = _fit_log_curve(c_days[keep], c_targets[keep], c_weights[keep])

    ratio_days = np.array(
        [d for d in sorted(STRENGTH_CSA_RATIOS) if d not in BED_REST_POINTS], dtype=float
    )
    implied = np.array([STRENGTH_CSA_RATIOS[int(d)] for d in ratio_days]) * _log_curve(
        ratio_days, a_c, tau_c
    )
    measured_days = np.concatenate([days, long_day])
    measured = np.concatenate([strength, long_strength])
    s_days = np.concatenate([measured_days, ratio_days])
    s_targets = np.concatenate([measured, implied])
    s_weights = np.concatenate([np.ones(measured_days.size), np.full(ratio_days.size, weight)])
    keep = s_weights > 0
    a_s, tau_s = _fit_log_curve(s_days[keep], s_targets[keep], s_weights[keep])

    t_day = np.concatenate([c_days, measured_days, ratio_days])
    t_qty = ("csa",) * c_days.size + ("strength",) * (measured_days.size + ratio_days.size)
    t_src = (
        ("measured",) * days.size
        + ("ratio",) * long_day.size
        + ("measured",) * measured_days.size
        + ("ratio",) * ratio_days.size
    )
    t_target = np.concatenate([c_targets, measured, implied])
    model = np.concatenate(
        [
            _log_curve(c_days, a_c, tau_c),
            _log_curve(measured_days, a_s, tau_s),
            _log_curve(ratio_days, a_s, tau_s),
        ]
    )
    r_day = np.array(sorted(STRENGTH_CSA_RATIOS), dtype=float)
    r_lit = np.array([STRENGTH_CSA_RATIOS[int(d)] for d in r_day])
    r_model = _log_curve(r_day, a_s, tau_s) / _log_curve(r_day, a_c, tau_c)
    return DisuseCalibration(
        a_c,
        tau_c,
        a_s,
        tau_s,
        t_day,
        t_qty,
        t_src,
        t_target,
        model,
        model - t_target,
        r_day,
        r_lit,
        r_model,
    )


# --------------------------------------------------------------------------- dynamics
_AMPLITUDE = np.array([CSA_AMPLITUDE_PCT, STRENGTH_AMPLITUDE_PCT])
_TAU = np.array([CSA_TIME_CONSTANT_DAYS, STRENGTH_TIME_CONSTANT_DAYS])


class _Stepper:
    """Strang-split step of length ``dt`` for losses of shape (2, ...) (CSA, strength).

    Half recovery, the exact log-law loss L <- uA·ln(exp(L/(uA)) + dt/τ), half recovery.
    """

    def __init__(self, u, dt, recovery_days, factor=1.0):
        extra = (1,) * max(np.ndim(u), np.ndim(dt))
        self.scale = np.maximum(factor * u * _AMPLITUDE.reshape((2,) + extra), 1e-300)
        self.log_dt = np.log(dt) - np.log(_TAU).reshape((2,) + extra)
        self.half = np.exp(-(1.0 - u) * 0.5 * dt / recovery_days)
        self.losing = u > 0

    def __call__(self, loss):
        loss = loss * self.half
        grown = self.scale * np.logaddexp(loss / self.scale, self.log_dt)
        return np.where(self.losing, grown, loss) * self.half


def disuse_step(
    csa_loss_pct,
    strength_loss_pct,
    activity,
    dt_days: float = 1.0,
    recovery_time_days: float = RECOVERY_TIME_DAYS,
    muscle: str = "knee",
):
    """Advance CSA and strength losses (% of baseline) by ``dt_days`` at a given activity (0–1).

    Integrates dL/dt = u·(A/τ)·exp(−L/(u·A)) − (1 − u)·L/τ_rec, u = 1 − activity, for CSA and
    strength (teaching model calibrated to Marusic et al. 2021; the activity scaling
    and the recovery are labelled assumptions, see the module docstring). The log-law part is
    solved exactly and the recovery split around it (Strang), with sub-steps of at most 0.25 day.
    Vectorised: the inputs broadcast. ``muscle``: "knee" (the calibration) or "back" (back
    extensors: the knee loss times :data:`BACK_TO_KNEE_LOSS_RATIO`, Muir et al. 2011).
    Returns ``(csa_loss_pct, strength_loss_pct)``.
    """
    factor = muscle_loss_factor(muscle)
    csa = _check_range("csa_loss_pct", csa_loss_pct, 0.0, 100.0, "%")
    strength = _check_range("strength_loss_pct", strength_loss_pct, 0.0, 100.0, "%")
    u = 1.0 - _activity(activity)
    dt = float(_check_range("dt_days", dt_days, 0.0, 365.0, "days"))
    rec = float(_check_range("recovery_time_days", recovery_time_days, 0.1, 3650.0, "days"))
    csa, strength, u = np.broadcast_arrays(csa, strength, u)
    loss = np.stack([csa, strength]).astype(float)
    if dt > 0.0:
        n = max(1, int(np.ceil(dt / STEP_DAYS)))
        step = _Stepper(u, dt / n, rec, factor)
        for _ in range(n):
            loss = step(loss)
    loss = np.minimum(loss, 100.0)
    return loss[0], loss[1]


def _losses_at(days, activity, recovery_time_days, muscle="knee"):
    """CSA and strength loss (%) after ``days`` of constant ``activity`` from baseline.

    The course depends only on the activity level, so it is integrated once per distinct level
    on a 0.25-day grid and read off at each requested day (plus one exact partial step).
    """
    factor = muscle_loss_factor(muscle)
    d = _check_range("days", days, 0.0, MAX_DAYS, "days")
    act = _activity(activity)
    rec = float(_check_range("recovery_time_days", recovery_time_days, 0.1, 3650.0, "days"))
    d, act = np.broadcast_arrays(d, act)
    shape = d.shape
    d = d.ravel()
    levels, which = np.unique(act.ravel(), return_inverse=True)
    u = 1.0 - levels
    k = np.floor(d / STEP_DAYS).astype(int)
    rest = d - k * STEP_DAYS
    n_steps = int(k.max()) if d.size else 0
    history = np.empty((n_steps + 1, 2, levels.size))
    loss = np.zeros((2, levels.size))
    history[0] = loss
    step = _Stepper(u, STEP_DAYS, rec, factor)
    for i in range(1, n_steps + 1):
        loss = step(loss)
        history[i] = loss
    at_k = history[k, :, which].T  # (2, n)
    final = _Stepper(u[which], np.maximum(rest, 1e-12), rec, factor)(at_k)
    loss = np.minimum(np.where(rest > 0, final, at_k), 100.0)
    return loss[0].reshape(shape), loss[1].reshape(shape)


def strength_after_disuse(
    days, activity=0.0, recovery_time_days: float = RECOVERY_TIME_DAYS, muscle: str = "knee"
):
    """Strength (fraction of baseline) after ``days`` at a constant activity level; vectorised.

    1 − L_strength/100 from the teaching model in the module docstring, calibrated to bed rest
    (Marusic et al. 2021; Muir et al. 2011 at 90 days). ``days`` 0–3650, ``activity`` 0 (bed
    rest) to 1 (habitual); they broadcast. ``muscle``: "knee" or "back" (loses
    :data:`BACK_TO_KNEE_LOSS_RATIO` times as much). Cheap: for sliders and the day-resolution
    patient model.
    """
    return 1.0 - _losses_at(days, activity, recovery_time_days, muscle)[1] / 100.0


def size_after_disuse(
    days, activity=0.0, recovery_time_days: float = RECOVERY_TIME_DAYS, muscle: str = "knee"
):
    """Muscle cross-sectional area (fraction of baseline) after ``days`` at constant activity.

    1 − L_CSA/100, teaching model calibrated as :func:`strength_after_disuse`.
    """
    return 1.0 - _losses_at(days, activity, recovery_time_days, muscle)[0] / 100.0


@dataclass(frozen=True)
class DisuseCourse:
    """Result of :func:`simulate_disuse`: ``day`` (0..n), ``activity`` (per day, the value used
    for the day that starts there; last entry repeated), ``size_fraction`` and
    ``strength_fraction`` (fractions of baseline)."""

    day: np.ndarray
    activity: np.ndarray
    size_fraction: np.ndarray
    strength_fraction: np.ndarray


def simulate_disuse(
    activity_by_day,
    initial_size_fraction: float = 1.0,
    initial_strength_fraction: float = 1.0,
    recovery_time_days: float = RECOVERY_TIME_DAYS,
    muscle: str = "knee",
) -> DisuseCourse:
    """Size and strength day by day for a schedule of daily activity levels (0–1).

    Applies :func:`disuse_step` once per day (teaching model calibrated to bed rest; the
    partial-activity scaling and recovery are assumptions). ``activity_by_day``: 1-D, one value
    per day (at most 3650 days). ``muscle``: "knee" or "back" (as :func:`disuse_step`).
    """
    factor = muscle_loss_factor(muscle)
    act = _activity(activity_by_day)
    if act.ndim != 1 or not 1 <= act.size <= int(MAX_DAYS):
        raise ValueError(
            f"activity_by_day must be a 1-D array of 1 to {int(MAX_DAYS)} daily values "
            f"(got shape {act.shape})"
        )
    size0 = float(_check_range("initial_size_fraction", initial_size_fraction, 0.0, 1.0))
    str0 = float(_check_range("initial_strength_fraction", initial_strength_fraction, 0.0, 1.0))
    rec = float(_check_range("recovery_time_days", recovery_time_days, 0.1, 3650.0, "days"))
    loss = np.empty((act.size + 1, 2))
    loss[0] = 100 * (1 - size0), 100 * (1 - str0)
    n_sub = int(np.ceil(1.0 / STEP_DAYS))
    steppers = {}
    for i, a in enumerate(act.tolist()):
        step = steppers.get(a)
        if step is None:
            step = steppers[a] = _Stepper(np.asarray(1.0 - a), 1.0 / n_sub, rec, factor)
        current = loss[i]
        for _ in range(n_sub):
            current = step(current)
        loss[i + 1] = np.minimum(current, 100.0)
    day = np.arange(act.size + 1, dtype=float)
    return DisuseCourse(day, np.append(act, act[-1]), 1 - loss[:, 0] / 100, 1 - loss[:, 1] / 100)
