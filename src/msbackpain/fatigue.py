"""Fatigue and endurance: how long a muscle can hold a fraction of its maximum.

Three-compartment model (Xia & Frey Law 2008, *J Biomech* 41:3046): motor units are active
(M_A), fatigued (M_F) or resting (M_R), as fractions of the pool (M_A + M_R + M_F = 1):

    dM_A/dt = C − F·M_A,   dM_F/dt = F·M_A − R·M_F,   dM_R/dt = −C + R·M_F,

with a controller C that tracks the target load TL (fraction of maximum) with gain L = 10 /s:
C = L·(TL − M_A) when M_A ≥ TL (relax) or when the resting pool can cover the gap
(M_R > TL − M_A); otherwise C = L·M_R (everything left is recruited).
The task fails when the residual capacity M_A + M_R falls below TL, i.e. when M_F > 1 − TL
(our own algebra), giving for a constant load the closed form

    ET = −(1/R)·ln(1 − R(1 − TL)/(F·TL)),   never failing when TL ≤ R/(F + R).

Empirical endurance curves (fraction f of maximum voluntary contraction, MVC):
Rohmert 1960, T(min) = −1.5 + 2.1/f − 0.6/f² + 0.1/f³ for 0.15 ≤ f ≤ 1 (the formula as later
sources give it); exponential form T = −ln(f)/(k·f), k = 0.96 /min, measured for isometric elbow
flexion in 30 young adults at 30–70% of MVC (*Ergonomics* 2018;61:806). Applying the elbow curve
below 30% or to back and hip muscles is an extrapolation: the trunk is more fatigue-resistant
than the elbow (Frey Law & Avin 2010).

Default F and R are the **trunk** pair that Frey-Law, Looft & Heitsman (2012) fitted to pooled
endurance data (10–90% of maximum) for each joint: F = 0.00755 /s, R = 0.00075 /s. With them the
model never fails below TL = R/(F + R) = 9.0% of maximum and holds half of maximum for about
140 s (both derived with the closed form above). The six per-joint pairs are in
:data:`JOINT_RATES_PER_S`; their no-limit loads run from 6.1% (hand/grip) to 9.3% (elbow), the
paper's "6 to 9%". A check against measurement: sustained static holds have an endurance limit
of about 7.9% of maximum over 60 min (Björkstén & Jonsson 1977); the model's 9.0% lies a little
above that measured limit (the model is a closed form fitted to holds of minutes, not an hour).
The trunk is among the more fatigue-resistant joints (Frey Law & Avin 2010), so curves measured
at the elbow overstate how fast the back tires.

The elbow fit is kept, with its scope: least squares on log endurance time
(:func:`fit_three_compartment`) to the exponential elbow curve at f = 0.20, ..., 0.90 gives
F = 0.01353 /s, R = 0.002572 /s (RMS log error 0.077, about 8%), :data:`ELBOW_FIT_RATES_PER_S`.
That curve was measured for elbow flexion in young adults at 30–70% of maximum only; the pair's
no-limit load of 16.0% is an artefact of extrapolating it below 30%, about twice the measured
sustained-hold limit. Fitted to Rohmert's curve instead, R runs to the lower edge of the search
range (R → 0) and the RMS log error stays at 0.20: the closed form cannot bend like Rohmert's
cubic.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from scipy.optimize import least_squares

from msbackpain.validation import check_range as _check_range

#: Controller gain L of the three-compartment model: the model paper's value, large enough that
#: the active share follows the target closely; endurance hardly depends on it.
#: [assumption: xia2008]
CONTROLLER_GAIN_PER_S = 10.0
#: Exponential endurance-curve constant k (mean; SD 0.29 /min), measured for isometric elbow
#: flexion in 30 young adults at 30–70% of maximum; used here beyond that range and for the back,
#: an extrapolation. [measured: ergonomics2018]
EXPONENTIAL_K_PER_MIN = 0.96
#: Lower end of the load range of Rohmert's endurance curve; below it the curve says only that
#: a hold lasts very long. [measured: rohmert1960 | fraction of MVC]
ROHMERT_MIN_FRACTION = 0.15
#: Fit grid used for the defaults: 0.20, 0.25, ..., 0.90 of MVC (our choice). [setting]
FIT_FRACTIONS = np.round(np.arange(0.20, 0.901, 0.05), 2)
#: Fatigue rate F and recovery rate R (per second) for each joint, fitted by Frey-Law, Looft &
#: Heitsman 2012 to pooled endurance times at 10–90% of maximum (Table 1 of the author
#: manuscript); ``(F, R)``. R/(F + R), the load held with no time limit, is 6.1–9.3%.
#: [measured: freylaw2012 | 1/s]
JOINT_RATES_PER_S = {
    "ankle": (0.00589, 0.00058),
    "knee": (0.0150, 0.00149),
    "trunk": (0.00755, 0.00075),
    "shoulder": (0.0182, 0.00168),
    "elbow": (0.00912, 0.00094),
    "hand/grip": (0.0098, 0.00064),
}
#: Default fatigue rate F: the trunk pair of Frey-Law et al. 2012, for the back muscles of the
#: collection. [measured: freylaw2012]
FATIGUE_RATE_PER_S = JOINT_RATES_PER_S["trunk"][0]
#: Default recovery rate R: the trunk pair of Frey-Law et al. 2012; with F it gives a no-limit
#: load R/(F + R) of 9.0%, near the measured sustained-hold limit of 7.9% over an hour
#: (Björkstén & Jonsson 1977). [measured: freylaw2012]
RECOVERY_RATE_PER_S = JOINT_RATES_PER_S["trunk"][1]
#: Elbow-fitted pair (F, R), fitted by us (:func:`fit_three_compartment`) to the exponential
#: endurance curve of elbow flexion, measured in young adults at 30–70% of maximum only. Below
#: 30% and for other joints it is an extrapolation: its no-limit load of 16.0% is about twice the
#: measured sustained-hold limit. Kept to show the fit and its scope.
#: [derived: ergonomics2018, xia2008 | 1/s]
ELBOW_FIT_RATES_PER_S = (0.01353, 0.002572)
#: Measured endurance limit of a sustained static hold over 60 min (Björkstén & Jonsson 1977;
#: 14.0% for intermittent holds), the check for the model's no-limit load.
#: [measured: bjorksten1977 | fraction of MVC]
SUSTAINED_HOLD_LIMIT = 0.079

ENDURANCE_MODELS = ("three_compartment", "rohmert", "exponential")


# --------------------------------------------------------------------------- validation
def _rate(name, value):
    return float(_check_range(name, value, 1e-7, 10.0, "per second"))


def joint_rates(joint: str) -> tuple[float, float]:
    """``(F, R)`` per second for a joint of :data:`JOINT_RATES_PER_S` (Frey-Law et al. 2012), or
    ``"elbow fit"`` for :data:`ELBOW_FIT_RATES_PER_S` (our fit to the elbow curve, 30–70%)."""
    if joint == "elbow fit":
        return ELBOW_FIT_RATES_PER_S
    if joint not in JOINT_RATES_PER_S:
        names = ", ".join([*JOINT_RATES_PER_S, "elbow fit"])
        raise ValueError(f"joint must be one of {names} (got {joint!r})")
    return JOINT_RATES_PER_S[joint]


def _rates(fatigue_rate_per_s, recovery_rate_per_s, joint):
    """Checked (F, R): the joint's pair when ``joint`` is given (then F and R must be defaults)."""
    if joint is not None:
        if (fatigue_rate_per_s, recovery_rate_per_s) != (FATIGUE_RATE_PER_S, RECOVERY_RATE_PER_S):
            raise ValueError(
                "give either joint or fatigue_rate_per_s/recovery_rate_per_s, not both"
            )
        fatigue_rate_per_s, recovery_rate_per_s = joint_rates(joint)
    return (
        _rate("fatigue_rate_per_s", fatigue_rate_per_s),
        _rate("recovery_rate_per_s", recovery_rate_per_s),
    )


# --------------------------------------------------------------------------- closed forms
def fatigue_threshold_load(
    fatigue_rate_per_s: float = FATIGUE_RATE_PER_S,
    recovery_rate_per_s: float = RECOVERY_RATE_PER_S,
    joint: str | None = None,
) -> float:
    """Largest constant load that never fails: TL* = R/(F + R) (our algebra on Xia & Frey Law's
    model). With the default trunk pair (Frey-Law et al. 2012) this is 9.0%, near the measured
    sustained-hold limit of 7.9% over an hour (Björkstén & Jonsson 1977); with the elbow fit
    (``joint="elbow fit"``) 16.0%. ``joint``: a key of :data:`JOINT_RATES_PER_S` or "elbow fit"
    instead of F and R."""
    f, r = _rates(fatigue_rate_per_s, recovery_rate_per_s, joint)
    return r / (f + r)


def three_compartment_endurance_s(
    target_load,
    fatigue_rate_per_s: float = FATIGUE_RATE_PER_S,
    recovery_rate_per_s: float = RECOVERY_RATE_PER_S,
    joint: str | None = None,
) -> np.ndarray:
    """Closed-form endurance time (s) of the three-compartment model at a constant load.

    ET = −(1/R)·ln(1 − R(1 − TL)/(F·TL)); np.inf when TL ≤ R/(F + R) (our algebra on the model
    of Xia & Frey Law 2008). Assumes M_A holds exactly TL until failure.
    ``target_load``: fraction of maximum, 0–1, any shape. Default F, R: the trunk pair of
    Frey-Law et al. 2012 (about 140 s at half of maximum); ``joint`` picks another pair.
    """
    tl = _check_range("target_load", target_load, 0.0, 1.0, "(fraction of maximum)")
    f, r = _rates(fatigue_rate_per_s, recovery_rate_per_s, joint)
    return _et_s(tl, f, r)


def _et_s(tl, f, r):
    with np.errstate(divide="ignore", invalid="ignore"):
        arg = 1.0 - r * (1.0 - tl) / (f * tl)
        et = -np.log(np.where(arg > 0, arg, 1.0)) / r
    return np.where(arg > 0, et, np.inf)


def rohmert_endurance_min(fraction) -> np.ndarray:
    """Rohmert's endurance curve (min): T = −1.5 + 2.1/f − 0.6/f² + 0.1/f³ (Rohmert 1960).

    Rohmert 1960, valid for 0.15 ≤ f ≤ 1 (about 1.1 min at f = 0.5). Below 0.15 the source says
    only that the contraction can be held "for very long": returned as np.inf (our reading).
    ``fraction``: fraction of maximum voluntary contraction, 0–1, any shape.
    """
    f = _check_range("fraction", fraction, 0.0, 1.0, "(fraction of maximum)")
    safe = np.maximum(f, ROHMERT_MIN_FRACTION)
    t = -1.5 + 2.1 / safe - 0.6 / safe**2 + 0.1 / safe**3
    return np.where(f >= ROHMERT_MIN_FRACTION, t, np.inf)


def exponential_endurance_min(fraction, k_per_min: float = EXPONENTIAL_K_PER_MIN) -> np.ndarray:
    """Exponential endurance curve (min): T = −ln(f)/(k·f), k = 0.96 /min.

    *Ergonomics* 2018;61:806: isometric elbow flexion, 30 young adults, measured at 30–70% of
    maximum; outside that range, and for other joints, it is an extrapolation. T(1) = 0 and
    T → ∞ as f → 0 (np.inf at f = 0).
    """
    f = _check_range("fraction", fraction, 0.0, 1.0, "(fraction of maximum)")
    k = float(_check_range("k_per_min", k_per_min, 1e-3, 100.0, "per minute"))
    with np.errstate(divide="ignore", invalid="ignore"):
        t = -np.log(f) / (k * f) + 0.0
    return np.where(f > 0, t, np.inf)


def endurance_time_min(
    fraction,
    model: str = "three_compartment",
    fatigue_rate_per_s: float = FATIGUE_RATE_PER_S,
    recovery_rate_per_s: float = RECOVERY_RATE_PER_S,
    joint: str | None = None,
) -> np.ndarray:
    """Endurance time (min) at a held fraction of maximum, by one of three models; vectorised.

    ``"three_compartment"``: closed form ET/60 (Xia & Frey Law 2008; default F, R the trunk pair
    of Frey-Law et al. 2012, ``joint`` picks another pair or "elbow fit"),
    ``"rohmert"``: :func:`rohmert_endurance_min`, ``"exponential"``:
    :func:`exponential_endurance_min`. np.inf means no endurance limit in that model.
    Cheap: for sliders and the day-resolution patient model.
    """
    if model not in ENDURANCE_MODELS:
        raise ValueError(f"model must be one of {', '.join(ENDURANCE_MODELS)} (got {model!r})")
    if model == "rohmert":
        return rohmert_endurance_min(fraction)
    if model == "exponential":
        return exponential_endurance_min(fraction)
    return (
        three_compartment_endurance_s(fraction, fatigue_rate_per_s, recovery_rate_per_s, joint)
        / 60.0
    )


# --------------------------------------------------------------------------- fitting
@dataclass(frozen=True)
class FatigueFit:
    """Result of :func:`fit_three_compartment`.

    ``fatigue_rate_per_s`` (F), ``recovery_rate_per_s`` (R), ``fractions`` and ``endurance_min``
    (the data fitted), ``predicted_min`` (closed form at the fit), ``log_residuals``
    (ln predicted − ln data), ``rms_log_error``, ``threshold_load`` (R/(F + R)) and
    ``at_bound`` (True when a parameter ended on the edge of the search range).
    """

    fatigue_rate_per_s: float
    recovery_rate_per_s: float
    fractions: np.ndarray
    endurance_min: np.ndarray
    predicted_min: np.ndarray
    log_residuals: np.ndarray
    rms_log_error: float
    threshold_load: float
    at_bound: bool


def fit_three_compartment(
    fractions,
    endurance_min,
    fatigue_range_per_s=(1e-4, 1.0),
    recovery_range_per_s=(1e-6, 1.0),
) -> FatigueFit:
    """Fit F and R of the closed-form endurance time to an endurance curve (least squares on ln T).

    Minimises Σ [ln(ET(f_j; F, R)/60) − ln T_j]² over ln F and ln R within the search ranges
    (per second) with ``scipy.optimize.least_squares`` (trust-region reflective, with bounds).
    A pair for which some load never fails (R/F ≥ f/(1 − f) at the lowest load f) has no finite
    endurance there; the residual is continued past that edge so that it keeps growing, which
    steers the search back. Model: Xia & Frey Law 2008 closed form.
    ``fractions`` in (0, 1), ``endurance_min`` > 0 (minutes).
    """
    f = _check_range("fractions", fractions, 1e-3, 0.999, "(fraction of maximum)")
    t = _check_range("endurance_min", endurance_min, 1e-4, 1e5, "min")
    if f.ndim != 1 or f.shape != t.shape or f.size < 2:
        raise ValueError(
            "fractions and endurance_min must be 1-D arrays of the same length, at least 2 "
            f"(got shapes {f.shape} and {t.shape})"
        )
    lower, upper = [], []
    for name, rng in (
        ("fatigue_range_per_s", fatigue_range_per_s),
        ("recovery_range_per_s", recovery_range_per_s),
    ):
        lo, hi = (float(v) for v in _check_range(name, rng, 1e-9, 100.0, "per second"))
        if not lo < hi:
            raise ValueError(f"{name} must be (low, high) with low < high (got {rng!r})")
        lower.append(np.log(lo))
        upper.append(np.log(hi))
    # ET = -ln(1 - rho*g)/R with rho = R/F and g = (1 - f)/f: finite only while rho*g < 1
    g = (1.0 - f) / f
    log_rho_max = -np.log(g.max())
    if lower[1] - upper[0] >= log_rho_max:
        raise ValueError(
            "no (F, R) pair in the search ranges gives a finite endurance at every load"
        )
    log_t = np.log(60.0 * t)  # seconds

    def residuals(x):
        return _log_endurance_s(x[0], x[1], g) - log_t

    start = _fit_start(g, log_t, log_rho_max, np.array(lower), np.array(upper))
    result = least_squares(
        residuals, start, bounds=(lower, upper), x_scale="jac", xtol=1e-12, ftol=1e-12, gtol=1e-12
    )
    fit_f, fit_r = (float(v) for v in np.exp(result.x))
    pred = _et_s(f, fit_f, fit_r) / 60.0
    res = np.log(pred) - np.log(t)
    at_bound = bool(np.any(np.minimum(result.x - lower, upper - result.x) < 1e-3))
    return FatigueFit(
        fit_f,
        fit_r,
        f,
        t,
        pred,
        res,
        float(np.sqrt(np.mean(res**2))),
        fit_r / (fit_f + fit_r),
        at_bound,
    )


#: Where the fitter's residual leaves the closed form (1 − R·g/F below this) and goes on in a
#: straight line: numerical choice.
_EDGE = 1e-9


def _log_endurance_s(log_f, log_r, g):
    """ln ET (s) of the closed form at loads with g = (1 − TL)/TL, for the fitter.

    ET = −ln(1 − x)/R with x = (R/F)·g. Past x = 1 − _EDGE (no failure) −ln(1 − x) is continued
    by its tangent, so that the residual stays finite, smooth and rising (a C¹ extension).
    """
    x = np.exp(log_r - log_f) * g
    edge = 1.0 - _EDGE
    inside = np.minimum(x, edge)
    depletion = np.where(x < edge, -np.log1p(-inside), -np.log(_EDGE) + (x - edge) / _EDGE)
    return np.log(depletion) - log_r


def _fit_start(g, log_t, log_rho_max, lower, upper):
    """A starting point inside the bounds: R/F at half its largest allowed value, and the F that
    fits best for that ratio (ln ET is −ln F plus a term of R/F alone, so ln F is a mean)."""
    log_rho = log_rho_max + np.log(0.5)
    shape = np.log(-np.log1p(-np.exp(log_rho) * g)) - log_rho  # ln ET + ln F
    log_f = np.clip(np.mean(shape - log_t), lower[0], upper[0])
    log_r = np.clip(log_rho + log_f, lower[1], upper[1])
    return np.array([log_f, log_r])


def endurance_curve_targets(curve: str = "exponential", fractions=None):
    """Fit targets (fractions, endurance in min) sampled from a published endurance curve.

    ``curve``: ``"exponential"`` (k = 0.96 /min) or ``"rohmert"`` (Rohmert 1960); default
    fractions 0.20, 0.25, ..., 0.90 (our choice). Returns ``(fractions, endurance_min)``.
    """
    f = FIT_FRACTIONS if fractions is None else _check_range("fractions", fractions, 0.15, 0.999)
    if curve == "exponential":
        return f, exponential_endurance_min(f)
    if curve == "rohmert":
        return f, rohmert_endurance_min(f)
    raise ValueError(f"curve must be one of exponential, rohmert (got {curve!r})")


# --------------------------------------------------------------------------- simulation
@dataclass(frozen=True)
class ThreeCompartmentResult:
    """Result of :func:`simulate_three_compartment` (fractions of the motor-unit pool over time).

    ``time_s``, ``target_load``, ``active`` (M_A), ``fatigued`` (M_F), ``resting`` (M_R),
    ``failure_time_s`` (first time M_A + M_R < TL, linearly interpolated; NaN if never) and
    ``failed``.
    """

    time_s: np.ndarray
    target_load: np.ndarray
    active: np.ndarray
    fatigued: np.ndarray
    resting: np.ndarray
    failure_time_s: float
    failed: bool


def _expm2(a, b, c, d, t):
    """exp(M t) for the 2×2 matrix M = [[a, b], [c, d]] (Cayley–Hamilton), as a 4-tuple."""
    s = 0.5 * (a + d)
    q2 = s * s - (a * d - b * c)
    if q2 > 1e-14:
        q = np.sqrt(q2)
        c0, c1 = np.cosh(q * t), np.sinh(q * t) / q
    elif q2 < -1e-14:
        q = np.sqrt(-q2)
        c0, c1 = np.cos(q * t), np.sin(q * t) / q
    else:
        c0, c1 = 1.0, t
    e = np.exp(s * t)
    return (e * (c0 + c1 * (a - s)), e * c1 * b, e * c1 * c, e * (c0 + c1 * (d - s)))


def _equilibrium(a, b, c, d, u):
    """x* solving M x* + (u, 0) = 0 for M = [[a, b], [c, d]]."""
    det = a * d - b * c
    return (-d * u / det, c * u / det)


def simulate_three_compartment(
    target_load,
    duration_s: float | None = None,
    dt_s: float = 0.5,
    fatigue_rate_per_s: float = FATIGUE_RATE_PER_S,
    recovery_rate_per_s: float = RECOVERY_RATE_PER_S,
    controller_gain_per_s: float = CONTROLLER_GAIN_PER_S,
) -> ThreeCompartmentResult:
    """Integrate the three-compartment fatigue model for a constant or time-varying target load.

    Equations and controller as in the module docstring (Xia & Frey Law 2008),
    starting fully rested (M_R = 1). Within each step the controller branch is linear, so the
    step is taken exactly with a 2×2 matrix exponential (our numerical choice; branch switches are
    resolved to one step). This is not left to ``scipy.integrate.solve_ivp``: a general solver
    would only approximate these exact steps (and, with the stiff controller, take as many), and
    task failure is not the end of the run: the course after it is part of the result.
    ``target_load``: fraction of maximum, a scalar (then ``duration_s`` is the length; default
    1.5 × the closed-form endurance, 60–3600 s, or 600 s if it never fails) or one value per step
    of ``dt_s`` seconds.
    """
    f = _rate("fatigue_rate_per_s", fatigue_rate_per_s)
    r = _rate("recovery_rate_per_s", recovery_rate_per_s)
    gain = float(_check_range("controller_gain_per_s", controller_gain_per_s, 0.1, 100.0, "per s"))
    dt = float(_check_range("dt_s", dt_s, 1e-3, 5.0, "s"))
    tl = _check_range("target_load", target_load, 0.0, 1.0, "(fraction of maximum)")
    if tl.ndim == 0:
        if duration_s is None:
            et = float(_et_s(tl, f, r))
            duration_s = min(max(1.5 * et, 60.0), 3600.0) if np.isfinite(et) else 600.0
        duration = float(_check_range("duration_s", duration_s, dt, 86400.0, "s"))
        tl = np.full(int(round(duration / dt)), float(tl))
    elif tl.ndim != 1 or tl.size < 1:
        raise ValueError(f"target_load must be a scalar or a 1-D array (got shape {tl.shape})")
    elif tl.size > 200_000:
        raise ValueError(f"target_load must have at most 200000 steps (got {tl.size})")

    # branch "track": M_A' = L·TL − (L+F)·M_A ; M_F' = F·M_A − R·M_F
    ta, tb, tc, td = -(gain + f), 0.0, f, -r
    # branch "limited": M_A' = L·(1 − M_A − M_F) − F·M_A
    la, lb, lc, ld = -(gain + f), -gain, f, -r
    p_track = _expm2(ta, tb, tc, td, dt)
    p_lim = _expm2(la, lb, lc, ld, dt)
    v_track = _equilibrium(ta, tb, tc, td, gain)  # scaled by TL below
    v_lim = _equilibrium(la, lb, lc, ld, gain)

    n = tl.size
    ma = np.empty(n + 1)
    mf = np.empty(n + 1)
    a_, f_ = 0.0, 0.0
    ma[0], mf[0] = a_, f_
    loads = tl.tolist()
    for k in range(n):
        load = loads[k]
        rest = 1.0 - a_ - f_
        if a_ < load and rest <= load - a_:
            p, xa, xf = p_lim, v_lim[0], v_lim[1]
        else:
            p, xa, xf = p_track, v_track[0] * load, v_track[1] * load
        da, df = a_ - xa, f_ - xf
        a_ = xa + p[0] * da + p[1] * df
        f_ = xf + p[2] * da + p[3] * df
        ma[k + 1], mf[k + 1] = a_, f_
    time = np.arange(n + 1) * dt
    load_t = np.concatenate([tl[:1], tl])
    margin = (1.0 - mf) - load_t  # residual capacity M_A + M_R minus the target
    below = np.flatnonzero((margin < 0) & (load_t > 0))
    if below.size:
        k = int(below[0])
        m0, m1 = margin[k - 1], margin[k]
        fail = float(time[k - 1] + dt * m0 / (m0 - m1)) if k > 0 else 0.0
    else:
        fail = float("nan")
    return ThreeCompartmentResult(time, load_t, ma, mf, 1.0 - ma - mf, fail, bool(below.size))


def endurance_words(minutes: float, cap_min: float = math.inf) -> str:
    """An endurance time in words for a note or a label: 'no limit' (infinite, or longer than
    ``cap_min``), 'cannot hold' (zero), '45 s' under a minute, otherwise '3.8 min'."""
    if not np.isfinite(minutes) or minutes > cap_min:
        return "no limit"
    if minutes <= 0:
        return "cannot hold"
    if minutes < 1:
        return f"{60 * minutes:.0f} s"
    return f"{minutes:.1f} min"
