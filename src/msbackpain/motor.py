"""Weakness from a motor-unit pool: how lost spikes and lost units reduce force.

The pool follows Fuglevand, Winter & Patla 1993, *J Neurophysiol* 70:2470 (the structure as
published; the equations as later reimplementations write them):

* 120 motor units; recruitment threshold of unit i (i = 1..n): RTE_i = exp(a·i), a = ln(RR)/n,
  RR = 30 (so the last threshold equals RR and the first is exp(a) ≈ 1.03).
* Firing rate: FR_i = g_e (E − RTE_i) + MFR once E ≥ RTE_i, capped at the peak rate PFR_i;
  MFR = 8 Hz, g_e = 1 Hz per excitation unit; PFR_i = PFR_1 − PFRD·RTE_i/RTE_n, with PFR_1 = 35 Hz
  and PFRD = 10 Hz, so the peak rate falls from about 35 Hz (first unit) to 25 Hz (last).
* Twitch amplitude P_i = exp(b·i), b = ln(RP)/n, RP = 100.
* Contraction time T_i = T_L (1/P_i)^(ln RT / ln RP), T_L = 90 ms, RT = 3.
* Twitch shape f(t) = P_i (t/T_i) e^(1 − t/T_i); twitches sum, and a gain corrects for fusion when
  the normalised rate x = T_i/ISI exceeds 0.4:
  g(x) = [(1 − exp(−2x³))/x] / [(1 − exp(−2·0.4³))/0.4] for x > 0.4, else 1.

Excitation E runs from 0 to E_max = RTE_n + (PFR_n − MFR)/g_e (= 47 with the defaults), the
excitation at which the last unit reaches its peak rate; *effort* is E/E_max (0–1).

Steady state: a unit firing regularly at rate r produces a mean force g(x)·P·T·e·r = e·P·g(x)·x,
because one twitch integrates to P·T·e. Forces are given as a fraction of the healthy pool's
maximum (all units at their peak rate, no damage).

Damage (a teaching model of this collection, derived from the pool): a fraction of spikes fails
to arrive
(the delivered fraction scales each unit's effective rate; the fusion gain is evaluated at the
effective rate, a mean-field simplification) and whole units are lost (the largest, the
smallest or random ones).

The pool's numbers are Fuglevand and colleagues' settings for a human hand muscle (the first
dorsal interosseous), not measurements of the back muscles this collection applies them to.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from msbackpain.validation import as_float_array as _as_array
from msbackpain.validation import check_range as _check_range

#: Number of motor units: about the number estimated for a human hand muscle (first dorsal
#: interosseous), as Fuglevand et al. set it; back muscles have many more.
#: [measured: fuglevand1993 | count]
N_UNITS = 120
#: Range of recruitment thresholds RR (last / first): the model paper's setting for a hand muscle,
#: kept as a teaching choice. [assumption: fuglevand1993 | ratio]
RECRUITMENT_RANGE = 30.0
#: Range of twitch amplitudes RP (largest / smallest), about a hundred-fold, as in recordings of
#: human hand-muscle motor units reported by the model paper. [measured: fuglevand1993 | ratio]
TWITCH_RANGE = 100.0
#: Range of contraction times RT (longest / shortest), from the same hand-muscle recordings.
#: [measured: fuglevand1993 | ratio]
CONTRACTION_TIME_RANGE = 3.0
#: Longest contraction time T_L (90 ms), from the same hand-muscle recordings.
#: [measured: fuglevand1993]
LONGEST_CONTRACTION_TIME_S = 0.090
#: Minimum (recruitment) firing rate MFR, typical of human motor units at recruitment.
#: [measured: fuglevand1993]
MIN_RATE_HZ = 8.0
#: Peak firing rate PFR_1 of the first unit (35 Hz), as in human hand-muscle recordings reported
#: by the model paper. [measured: fuglevand1993]
FIRST_PEAK_RATE_HZ = 35.0
#: Drop of the peak rate across the pool PFRD (35 → 25 Hz): later units reach lower peak rates.
#: [measured: fuglevand1993]
PEAK_RATE_DROP_HZ = 10.0
#: Excitation-to-rate gain g_e (Hz per excitation unit): the model paper's setting; the
#: excitation has no physical unit, so this is a modelling choice. [assumption: fuglevand1993]
EXCITATION_GAIN_HZ = 1.0
#: Normalised rate T/ISI above which twitches fuse and the gain applies: part of the model
#: paper's twitch-summation rule, kept as published. [assumption: fuglevand1993 | dimensionless]
FUSION_KNEE = 0.4

LOSS_PATTERNS = ("largest", "smallest", "random")


# --------------------------------------------------------------------------- validation
def _check_positive(name, value, unit=""):
    arr = _as_array(name, value)
    if arr.ndim or not (np.isfinite(arr) and arr > 0):
        unit = f" {unit}" if unit else ""
        raise ValueError(f"{name} must be a positive finite number{unit} (got {value!r})")
    return float(arr)


# --------------------------------------------------------------------------- the pool
@dataclass(frozen=True)
class MotorPool:
    """Properties of each unit in a Fuglevand-type pool (arrays have one entry per unit).

    Attributes: ``recruitment_threshold`` (RTE_i, excitation units), ``peak_rate_hz`` (PFR_i),
    ``twitch_amplitude`` (P_i, arbitrary force units), ``contraction_time_s`` (T_i),
    ``min_rate_hz`` (MFR), ``excitation_gain_hz`` (g_e) and ``max_excitation`` (E_max).
    """

    recruitment_threshold: np.ndarray
    peak_rate_hz: np.ndarray
    twitch_amplitude: np.ndarray
    contraction_time_s: np.ndarray
    min_rate_hz: float
    excitation_gain_hz: float
    max_excitation: float

    @property
    def n_units(self) -> int:
        """Number of units in the pool."""
        return int(self.recruitment_threshold.size)


def motor_pool(
    n_units: int = N_UNITS,
    recruitment_range: float = RECRUITMENT_RANGE,
    twitch_range: float = TWITCH_RANGE,
    contraction_time_range: float = CONTRACTION_TIME_RANGE,
    longest_contraction_time_s: float = LONGEST_CONTRACTION_TIME_S,
    min_rate_hz: float = MIN_RATE_HZ,
    first_peak_rate_hz: float = FIRST_PEAK_RATE_HZ,
    peak_rate_drop_hz: float = PEAK_RATE_DROP_HZ,
    excitation_gain_hz: float = EXCITATION_GAIN_HZ,
) -> MotorPool:
    """Build a motor-unit pool after Fuglevand, Winter & Patla 1993.

    RTE_i = exp(a·i), a = ln(RR)/n; P_i = exp(b·i), b = ln(RP)/n;
    T_i = T_L (1/P_i)^(ln RT / ln RP); PFR_i = PFR_1 − PFRD·RTE_i/RTE_n;
    E_max = RTE_n + (PFR_n − MFR)/g_e. Units are numbered i = 1..n in recruitment order.
    Defaults: n = 120, RR = 30, RP = 100, RT = 3, T_L = 90 ms, MFR = 8 Hz, PFR 35 → 25 Hz,
    g_e = 1 (the model paper's settings for a human hand muscle).
    """
    if isinstance(n_units, bool) or not isinstance(n_units, (int, np.integer)):
        raise TypeError(f"n_units must be an integer (got {n_units!r})")
    if not 2 <= n_units <= 2000:
        raise ValueError(f"n_units must be between 2 and 2000 (got {n_units})")
    rr = float(_check_range("recruitment_range", recruitment_range, 1.0001, 1e4))
    rp = float(_check_range("twitch_range", twitch_range, 1.0001, 1e5))
    rt = float(_check_range("contraction_time_range", contraction_time_range, 1.0, 100.0))
    tl = float(_check_range("longest_contraction_time_s", longest_contraction_time_s, 1e-3, 1, "s"))
    mfr = float(_check_range("min_rate_hz", min_rate_hz, 0.5, 100.0, "Hz"))
    pfr1 = float(_check_range("first_peak_rate_hz", first_peak_rate_hz, mfr, 200.0, "Hz"))
    drop = float(_check_range("peak_rate_drop_hz", peak_rate_drop_hz, 0.0, pfr1 - mfr, "Hz"))
    ge = float(_check_range("excitation_gain_hz", excitation_gain_hz, 0.01, 100.0, "Hz"))

    i = np.arange(1, n_units + 1, dtype=float)
    rte = np.exp(np.log(rr) / n_units * i)
    amplitude = np.exp(np.log(rp) / n_units * i)
    ct = tl * (1.0 / amplitude) ** (np.log(rt) / np.log(rp))
    pfr = pfr1 - drop * rte / rte[-1]
    e_max = rte[-1] + (pfr[-1] - mfr) / ge
    return MotorPool(rte, pfr, amplitude, ct, mfr, ge, float(e_max))


#: The pool built from the constants above (one entry per unit; see :class:`MotorPool`).
#: [derived: fuglevand1993 | per-unit thresholds, Hz, force units, s]
DEFAULT_POOL = motor_pool()


def _pool(pool):
    if pool is None:
        return DEFAULT_POOL
    if not isinstance(pool, MotorPool):
        raise TypeError(f"pool must be a MotorPool from motor_pool() (got {type(pool).__name__})")
    return pool


# --------------------------------------------------------------------------- rates and force
def firing_rates_hz(effort, pool: MotorPool | None = None) -> np.ndarray:
    """Firing rate of every unit (Hz) at an effort E/E_max (0–1), vectorised over effort.

    FR_i = min(g_e (E − RTE_i) + MFR, PFR_i) if E ≥ RTE_i, else 0 (Fuglevand et al. 1993).
    Returns an array of shape ``effort.shape + (n_units,)``.
    """
    p = _pool(pool)
    return _rates(_check_range("effort", effort, 0.0, 1.0, "(fraction of maximal excitation)"), p)


def _rates(effort, p):
    """:func:`firing_rates_hz` for an effort array already checked."""
    excitation = effort[..., None] * p.max_excitation
    rate = p.excitation_gain_hz * (excitation - p.recruitment_threshold) + p.min_rate_hz
    rate = np.minimum(rate, p.peak_rate_hz)
    return np.where(excitation >= p.recruitment_threshold, rate, 0.0)


def fusion_gain(normalised_rate) -> np.ndarray:
    """Fuglevand's gain for partly fused twitches at normalised rate x = T/ISI.

    g(x) = 1 for x ≤ 0.4, else [(1 − exp(−2x³))/x] / [(1 − exp(−2·0.4³))/0.4]. The mean force
    of a regular train, e·P·g(x)·x, therefore rises linearly up to x = 0.4 and then saturates at
    0.4/(1 − exp(−0.128)) ≈ 3.33 times e·P.
    """
    x = _check_range("normalised_rate", normalised_rate, 0.0, np.inf)
    return _gain(x)


def _gain(x):
    knee = (1.0 - np.exp(-2.0 * FUSION_KNEE**3)) / FUSION_KNEE
    safe = np.maximum(x, FUSION_KNEE)
    fused = (1.0 - np.exp(-2.0 * safe**3)) / safe / knee
    return np.where(x > FUSION_KNEE, fused, 1.0)


def _unit_mean_force(rate_hz, p):
    """Mean force of each unit firing regularly at ``rate_hz``: e·P·g(x)·x, x = T·rate."""
    x = rate_hz * p.contraction_time_s
    return np.e * p.twitch_amplitude * _gain(x) * x


def _failure(spike_failure_fraction, rates=None):
    """Failure fraction as an array; a callable is evaluated at the firing rates (Hz)."""
    if callable(spike_failure_fraction):
        if rates is None:
            raise TypeError("spike_failure_fraction must be a number or an array here")
        spike_failure_fraction = spike_failure_fraction(rates)
    return _check_range("spike_failure_fraction", spike_failure_fraction, 0.0, 1.0, "(fraction)")


def _alive(alive, p):
    if alive is None:
        return np.ones(p.n_units, dtype=bool)
    arr = np.asarray(alive)
    if arr.shape != (p.n_units,) or arr.dtype != bool:
        raise ValueError(
            f"alive must be a boolean array with one entry per unit, shape ({p.n_units},) "
            f"(got dtype {arr.dtype}, shape {arr.shape})"
        )
    return arr


def healthy_max_force(pool: MotorPool | None = None) -> float:
    """Maximum steady force of the undamaged pool: Σ e·P_i·g(x_i)·x_i at x_i = T_i·PFR_i.

    In the pool's force units (P_1 ≈ 1). Fuglevand et al. 1993.
    """
    p = _pool(pool)
    return float(_unit_mean_force(p.peak_rate_hz, p).sum())


def steady_force(
    effort,
    spike_failure_fraction=0.0,
    alive=None,
    pool: MotorPool | None = None,
) -> np.ndarray:
    """Steady (time-averaged) force as a fraction of the healthy maximum, vectorised over effort.

    F(E) = Σ_alive e·P_i·g(x_i)·x_i / F_max,healthy with x_i = T_i·(1 − φ_i)·FR_i(E): a fraction
    φ of spikes fails, so the delivered rate is (1 − φ)·FR and the fusion gain g is evaluated at the
    delivered rate (mean-field teaching simplification of this collection). Rates from
    Fuglevand et al. 1993.

    ``effort``: E/E_max, 0–1 (any shape). ``spike_failure_fraction``: 0–1, a scalar or an array
    broadcastable to ``effort.shape + (n_units,)``, or a callable mapping the firing rates (Hz,
    shape ``effort.shape + (n_units,)``) to failure fractions, e.g. a rate-dependent block from
    link 2: ``lambda r: 1 - signalling.delivered_fraction(r, 4, "regular")``.
    ``alive``: boolean mask of surviving units (see :func:`units_lost_mask`); None = all alive.
    """
    p = _pool(pool)
    e = _check_range("effort", effort, 0.0, 1.0, "(fraction of maximal excitation)")
    return _steady(e, spike_failure_fraction, _alive(alive, p), p, healthy_max_force(p))


def _steady(effort, spike_failure_fraction, alive, p, healthy_max):
    """:func:`steady_force` for inputs already checked (``alive`` a mask, ``healthy_max`` the
    healthy pool's maximum): the inner loop of :func:`effort_for_force`."""
    rates = _rates(effort, p)
    delivered = (1.0 - _failure(spike_failure_fraction, rates)) * rates
    forces = _unit_mean_force(delivered, p) * alive
    return forces.sum(axis=-1) / healthy_max


def units_lost_mask(
    units_lost_fraction: float,
    pattern: str = "largest",
    pool: MotorPool | None = None,
    seed: int | np.random.Generator | None = 0,
) -> np.ndarray:
    """Boolean mask of surviving units after losing a fraction of the pool (teaching model).

    k = round(fraction·n) units are removed: ``"largest"`` removes the k highest-threshold units
    (which have the largest twitches), ``"smallest"`` the k lowest-threshold ones, ``"random"`` k
    units chosen with ``seed`` (an int or a numpy Generator). A teaching model of this collection.
    """
    p = _pool(pool)
    frac = float(_check_range("units_lost_fraction", units_lost_fraction, 0.0, 1.0, "(fraction)"))
    if pattern not in LOSS_PATTERNS:
        raise ValueError(f"pattern must be one of {', '.join(LOSS_PATTERNS)} (got {pattern!r})")
    n = p.n_units
    k = int(round(frac * n))
    alive = np.ones(n, dtype=bool)
    if k == 0:
        return alive
    if pattern == "largest":
        alive[n - k :] = False
    elif pattern == "smallest":
        alive[:k] = False
    else:
        rng = np.random.default_rng(seed)
        alive[rng.choice(n, size=k, replace=False)] = False
    return alive


def max_force_fraction(
    spike_failure_fraction=0.0,
    units_lost_fraction=0.0,
    loss_pattern: str = "largest",
    pool: MotorPool | None = None,
) -> np.ndarray:
    """Maximum force (effort 1) as a fraction of the healthy maximum; broadcasts both inputs.

    Every unit fires at its peak rate PFR_i times (1 − φ); the lost units are the top ranks
    (``"largest"``), the bottom ranks (``"smallest"``), or, for ``"random"``, the *expected*
    maximum when each unit is lost with probability equal to the fraction. A fractional number of
    lost units is interpolated linearly between whole units so that the result is smooth.
    Fuglevand et al. 1993; the damage is a teaching model of this collection.
    Cheap: meant for sliders and the day-resolution patient model.
    """
    p = _pool(pool)
    phi = _failure(spike_failure_fraction)
    lost = _check_range("units_lost_fraction", units_lost_fraction, 0.0, 1.0, "(fraction)")
    if loss_pattern not in LOSS_PATTERNS:
        raise ValueError(
            f"loss_pattern must be one of {', '.join(LOSS_PATTERNS)} (got {loss_pattern!r})"
        )
    phi, lost = np.broadcast_arrays(phi, lost)
    forces = _unit_mean_force((1.0 - phi[..., None]) * p.peak_rate_hz, p)
    total = forces.sum(axis=-1)
    if loss_pattern == "random":
        return (1.0 - lost) * total / healthy_max_force(p)
    if loss_pattern == "largest":
        forces = forces[..., ::-1]
    # cumulative force of the lost units, interpolated for fractional unit counts
    removed = np.concatenate([np.zeros(forces.shape[:-1] + (1,)), forces.cumsum(axis=-1)], axis=-1)
    k = lost * p.n_units
    k0 = np.minimum(np.floor(k).astype(int), p.n_units - 1)
    w = k - k0
    lo = np.take_along_axis(removed, k0[..., None], axis=-1)[..., 0]
    hi = np.take_along_axis(removed, (k0 + 1)[..., None], axis=-1)[..., 0]
    return (total - (lo + w * (hi - lo))) / healthy_max_force(p)


def effort_for_force(
    target_fraction,
    spike_failure_fraction=0.0,
    alive=None,
    pool: MotorPool | None = None,
) -> np.ndarray:
    """Smallest effort (E/E_max) that produces a target force, or NaN when it cannot be reached.

    Finds the smallest E with F(E) ≥ target for the steady force F of :func:`steady_force` by
    bisection (F is non-decreasing in E; each recruitment adds a small step), vectorised over
    ``target_fraction`` (fraction of the healthy maximum, 0–1). NaN flags a target above the
    damaged pool's maximum (its force at effort 1).
    ``spike_failure_fraction`` and ``alive`` as in :func:`steady_force`; with a rate-dependent
    (callable) failure the force need not rise monotonically, and the result is then one effort
    at which the target is crossed. Model: Fuglevand et al. 1993.

    The bisection is kept on purpose rather than ``scipy.optimize.brentq``: it handles every
    target in one pass (50 targets: about 3 ms, against 34 ms for one brentq per target; a
    single target takes 0.9 ms against 0.3 ms), and it returns the effort just *above* a
    recruitment step, where F jumps, as the definition asks.
    """
    p = _pool(pool)
    target = _check_range("target_fraction", target_fraction, 0.0, 1.0, "(fraction of maximum)")
    phi = (
        spike_failure_fraction
        if callable(spike_failure_fraction)
        else _failure(spike_failure_fraction)
    )
    mask = _alive(alive, p)
    healthy_max = healthy_max_force(p)
    fmax = _steady(np.asarray(1.0), phi, mask, p, healthy_max)
    lo = np.zeros(target.shape)
    hi = np.ones(target.shape)
    for _ in range(40):  # a vectorised bisection: all targets at once
        mid = 0.5 * (lo + hi)
        enough = _steady(mid, phi, mask, p, healthy_max) >= target
        hi = np.where(enough, mid, hi)
        lo = np.where(enough, lo, mid)
    out = np.where(target <= 0.0, 0.0, hi)
    return np.where(target <= fmax + 1e-12, out, np.nan)


# --------------------------------------------------------------------------- time domain
@dataclass(frozen=True)
class ForceTrace:
    """Result of :func:`simulate_force`.

    ``time_s`` (samples), ``force_fraction`` (instantaneous force / healthy steady maximum),
    ``spike_times_s`` (one array of delivered spike times per unit) and ``steady_fraction``
    (the steady-state prediction of :func:`steady_force` at the mean effort).
    """

    time_s: np.ndarray
    force_fraction: np.ndarray
    spike_times_s: tuple
    steady_fraction: float


def simulate_force(
    effort,
    duration_s: float = 2.0,
    dt_s: float = 0.001,
    spike_failure_fraction: float = 0.0,
    alive=None,
    isi_cv: float = 0.0,
    seed: int | np.random.Generator | None = 0,
    pool: MotorPool | None = None,
) -> ForceTrace:
    """Force over time from the pool's spike trains (twitch summation with Fuglevand's gain).

    Each unit fires when its accumulated phase ∫FR_i dt crosses the next threshold (1 per spike,
    jittered by ``isi_cv`` × a normal deviate: a teaching stand-in for Fuglevand's ISI
    variability); each spike is lost with probability ``spike_failure_fraction``; each delivered
    spike adds a twitch g(T_i/ISI)·P_i (t/T_i) e^(1 − t/T_i), where ISI is the interval since the
    previous delivered spike (first spike: gain 1). Fuglevand et al. 1993.
    ``effort`` is a scalar or one value per time step (length duration_s/dt_s).
    """
    p = _pool(pool)
    duration = float(_check_range("duration_s", duration_s, 0.05, 60.0, "s"))
    dt = float(_check_range("dt_s", dt_s, 1e-4, 0.005, "s"))
    n = int(round(duration / dt))
    e = _check_range("effort", effort, 0.0, 1.0, "(fraction of maximal excitation)")
    if e.ndim == 0:
        e = np.full(n, float(e))
    elif e.shape != (n,):
        raise ValueError(f"effort must be a scalar or have one value per step, {n} (got {e.shape})")
    phi = float(_failure(spike_failure_fraction))
    cv = float(_check_range("isi_cv", isi_cv, 0.0, 0.5))
    mask = _alive(alive, p)
    rng = np.random.default_rng(seed)

    rates = firing_rates_hz(e, p).T  # (units, samples)
    phase = np.cumsum(rates * dt, axis=1)
    t = np.arange(n) * dt
    impulses = np.zeros((p.n_units, n))
    spike_times = []
    for i in range(p.n_units):
        n_max = int(phase[i, -1]) + 2
        if not mask[i] or phase[i, -1] <= 0.0:
            spike_times.append(np.empty(0))
            continue
        steps = np.clip(1.0 + cv * rng.standard_normal(n_max), 0.2, None)
        thresholds = rng.uniform(0.0, 1.0) + np.concatenate([[0.0], np.cumsum(steps[:-1])])
        idx = np.searchsorted(phase[i], thresholds)
        idx = idx[idx < n]
        idx = idx[rng.uniform(size=idx.size) >= phi]
        isi = np.diff(idx) * dt
        gain = np.concatenate([[1.0], _gain(p.contraction_time_s[i] / np.maximum(isi, dt))])
        np.add.at(impulses[i], idx, p.twitch_amplitude[i] * gain[: idx.size])
        spike_times.append(t[idx])

    k_len = int(np.ceil(6 * p.contraction_time_s.max() / dt))
    tk = np.arange(k_len) * dt / p.contraction_time_s[:, None]
    kernel = tk * np.exp(1.0 - tk)
    nfft = int(2 ** np.ceil(np.log2(n + k_len)))
    spectrum = (np.fft.rfft(impulses, nfft) * np.fft.rfft(kernel, nfft)).sum(axis=0)
    force = np.fft.irfft(spectrum, nfft)[:n] / healthy_max_force(p)
    steady = float(steady_force(float(e.mean()), phi, mask, p))
    return ForceTrace(t, force, tuple(spike_times), steady)
