"""Disrupted signalling: spike trains through a demyelinating lesion (notebook 02).

Four consequences of demyelination for the messages a fibre carries:

1. **Prolonged refractory period of transmission.** Demyelinated central axons (recorded one at a
   time in the rat spinal cord) keep conducting, but their refractory period of transmission is
   typically 2–5x normal, up to 34x (Felts, Baker & Smith 1997, *J Neurosci* 17:7267). Rule used
   here: a spike arriving less than the refractory period after the last *delivered* spike is
   blocked. The factor is an input: notebook 02 illustrates Felts' measured factors, and the
   whole-chain model takes it from the node chain of :mod:`msbackpain.conduction`
   (:func:`msbackpain.conduction.refractory_factor`: two-pulse runs give 1.0x normal up to
   lesion severity 4.8 and 2x and more only close to block).
2. **Frequency-dependent block.** With that rule, the fraction of spikes delivered falls as the
   firing rate rises; demyelinated fibres fail at much lower impulse frequencies than normal ones
   (Schauf & Davis 1974, *J Neurol Neurosurg Psychiatry* 37:152, a model study).
3. **Temporal dispersion.** Fibres in a bundle are damaged to different degrees, so a volley that
   leaves together arrives smeared out in time, and the summed response is lower and wider.
4. **Slower sensory feedback.** In ten people with MS selected for imbalance, automatic postural
   responses (onset latencies of the leg muscles' EMG after the platform moved) came at
   161 +- 31 ms vs 102 +- 21 ms in matched controls, correlated with spinal somatosensory
   conduction (r = 0.73; Cameron, Horak et al. 2008, *Somatosens Mot Res* 25:113). Using these
   latencies as the delay of a feedback loop is our assumption.

Times are in ms, rates in Hz, distances in mm or m (in the parameter names), velocities in m/s.
The normal refractory period (1 ms) is a teaching assumption.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from msbackpain.conduction import _check_array, _check_int, _check_real, myelinated_velocity

# --- constants ------------------------------------------------------------------------------

#: Refractory period of transmission of a healthy fibre. A round teaching value: the model needs a
#: normal value to turn Felts' factors into times, and no measured one is used. [assumption]
NORMAL_REFRACTORY_MS = 1.0
#: Typical prolongation of the refractory period of transmission in demyelinated central axons,
#: and the largest seen: single axons in the rat spinal cord (Felts, Baker & Smith 1997).
#: [measured: felts1997 | × normal]
TYPICAL_REFRACTORY_FACTOR_RANGE = (2.0, 5.0)
MAX_REFRACTORY_FACTOR = 34.0

#: Automatic postural response latency, mean and SD, of 10 matched controls and of 10 people
#: with MS selected for imbalance: onset of the leg muscles' EMG after a backward platform
#: translation (Cameron, Horak et al. 2008). [measured: cameron2008]
CONTROL_LATENCY_MS = 102.0
CONTROL_LATENCY_SD_MS = 21.0
MS_LATENCY_MS = 161.0
MS_LATENCY_SD_MS = 31.0

#: Afferent path of the postural feedback loop, foot to brain in a standing adult: a round
#: teaching value, not measured. [assumption]
AFFERENT_PATH_M = 1.5
#: Healthy afferent velocity: Hursh's rule for a 10 um myelinated fibre, a diameter chosen as
#: typical of large sensory fibres (the diameter is the assumption). [assumption: hursh1939]
HEALTHY_AFFERENT_VELOCITY_M_S = myelinated_velocity(10.0)
#: Everything in the loop except afferent conduction (central processing, efferent conduction,
#: muscle), calibrated so that the healthy loop gives the control mean, 102 ms. Worked out from
#: the published mean and the two assumptions above. [derived: cameron2008, hursh1939]
FIXED_LOOP_DELAY_MS = CONTROL_LATENCY_MS - 1000.0 * AFFERENT_PATH_M / HEALTHY_AFFERENT_VELOCITY_M_S
#: The afferent slowing (x healthy conduction time) that gives the MS mean, 161 ms: a
#: calibration to two published means, not a measured slowing.
#: [derived: cameron2008, hursh1939 | × healthy conduction time]
MS_CONDUCTION_SLOWING = (MS_LATENCY_MS - FIXED_LOOP_DELAY_MS) / (
    CONTROL_LATENCY_MS - FIXED_LOOP_DELAY_MS
)

#: Ranges accepted by the functions below: firing rate (Hz) and refractory factor. [setting]
RATE_RANGE_HZ = (0.0, 1000.0)
REFRACTORY_FACTOR_RANGE = (1.0, 50.0)

# --- spike trains ---------------------------------------------------------------------------


def _rng(seed):
    if isinstance(seed, np.random.Generator):
        return seed
    if isinstance(seed, bool) or not isinstance(seed, int | np.integer):
        raise TypeError(f"seed must be an int or a numpy Generator (got {seed!r})")
    return np.random.default_rng(int(seed))


def poisson_train(rate_hz, duration_ms, seed=0) -> np.ndarray:
    """Spike times (ms, sorted) of a homogeneous Poisson train over [0, duration_ms).

    Count ~ Poisson(rate x duration), times uniform given the count: the textbook construction
    (no refractoriness of the sender). ``seed``: int or ``numpy.random.Generator``.
    rate_hz 0 to 1000; duration_ms above 0 and at most 600 000.
    """
    rate = _check_real("rate_hz", rate_hz, *RATE_RANGE_HZ, "Hz")
    dur = _check_real("duration_ms", duration_ms, 0.0, 600_000.0, "ms", lo_open=True)
    rng = _rng(seed)
    n = rng.poisson(rate * dur / 1000.0)
    return np.sort(rng.uniform(0.0, dur, n))


def regular_train(rate_hz, duration_ms, start_ms=0.0) -> np.ndarray:
    """Spike times (ms) of a perfectly regular train: start_ms + k x (1000 / rate_hz) < duration_ms.

    rate_hz above 0 and at most 1000; duration_ms above 0 and at most 600 000; start_ms >= 0.
    """
    rate = _check_real("rate_hz", rate_hz, 0.0, RATE_RANGE_HZ[1], "Hz", lo_open=True)
    dur = _check_real("duration_ms", duration_ms, 0.0, 600_000.0, "ms", lo_open=True)
    start = _check_real("start_ms", start_ms, 0.0, dur, "ms")
    return np.arange(start, dur, 1000.0 / rate)


def _check_times(spike_times_ms):
    t = np.asarray(spike_times_ms, dtype=float) if np.size(spike_times_ms) else np.zeros(0)
    if t.ndim != 1:
        raise ValueError(f"spike_times_ms must be a 1-D array of times (got shape {t.shape})")
    if not np.all(np.isfinite(t)):
        raise ValueError("spike_times_ms must contain only finite times in ms (got NaN or inf)")
    if np.any(np.diff(t) < 0):
        raise ValueError("spike_times_ms must be sorted in increasing order (got unsorted times)")
    return t


def delivered_mask(spike_times_ms, refractory_ms) -> np.ndarray:
    """Which input spikes get through a fibre with the given refractory period (boolean array).

    Rule (after Felts, Baker & Smith 1997, as a teaching model): spike k is delivered if
    t_k - t_last >= refractory_ms, where t_last is the last *delivered* spike; blocked spikes do
    not restart the refractory period (a non-paralysable dead time). ``spike_times_ms`` sorted,
    finite; refractory_ms above 0 and at most 200.
    """
    t = _check_times(spike_times_ms)
    tau = _check_real("refractory_ms", refractory_ms, 0.0, 200.0, "ms", lo_open=True)
    keep = np.zeros(t.size, dtype=bool)
    last = -math.inf
    for k, tk in enumerate(t.tolist()):
        if tk - last >= tau:
            keep[k] = True
            last = tk
    return keep


def delivered_fraction(
    rate_hz, refractory_factor, train="poisson", normal_refractory_ms=NORMAL_REFRACTORY_MS
):
    """Fraction of spikes delivered at a given firing rate, closed form (vectorised, microseconds).

    With refractory period tau = refractory_factor x normal_refractory_ms and rate r (per ms):

    * ``"poisson"`` input: fraction = 1 / (1 + r tau) (dead-time counter formula, from the rule of
      :func:`delivered_mask`);
    * ``"regular"`` input with interval T = 1/r: every m-th spike passes, m = max(1, ceil(tau/T)),
      fraction = 1/m.

    Refractory factor 1 (healthy) to 50; 2–5 typical, up to 34, in demyelinated axons (Felts,
    Baker & Smith 1997). Frequency-dependent block (Schauf & Davis 1974) follows.
    rate_hz 0 to 1000 (fraction 1 at rate 0).
    """
    rate = _check_array("rate_hz", rate_hz, *RATE_RANGE_HZ, "Hz")
    factor = _check_array("refractory_factor", refractory_factor, *REFRACTORY_FACTOR_RANGE)
    tau0 = _check_real("normal_refractory_ms", normal_refractory_ms, 0.0, 10.0, "ms", lo_open=True)
    x = rate / 1000.0 * factor * tau0  # tau / T
    if train == "poisson":
        out = 1.0 / (1.0 + x)
    elif train == "regular":
        out = 1.0 / np.maximum(1.0, np.ceil(x - 1e-9))
    else:
        raise ValueError(f"train must be 'poisson' or 'regular' (got {train!r})")
    return float(out) if out.ndim == 0 else out


def delivered_fraction_curve(
    rates_hz, refractory_ms, duration_ms=2000.0, train="poisson", seed=0
) -> np.ndarray:
    """Simulated delivered fraction at each rate: generate a train, apply :func:`delivered_mask`.

    The Monte-Carlo counterpart of :func:`delivered_fraction` (same rule; Felts, Baker & Smith
    1997). One train of ``duration_ms`` per rate; ``seed`` int or Generator. NaN where a train
    happens to have no spikes.
    """
    rates = _check_array("rates_hz", rates_hz, *RATE_RANGE_HZ, "Hz")
    if train not in ("poisson", "regular"):
        raise ValueError(f"train must be 'poisson' or 'regular' (got {train!r})")
    rng = _rng(seed)
    out = np.full(rates.shape, np.nan)
    for i, r in enumerate(rates.ravel().tolist()):
        if r == 0:
            continue
        if train == "poisson":
            t = poisson_train(r, duration_ms, rng)
        else:
            t = regular_train(r, duration_ms)
        if t.size:
            out.flat[i] = delivered_mask(t, refractory_ms).mean()
    return out


# --- temporal dispersion --------------------------------------------------------------------


def bundle_velocities(
    n_fibres=100, damaged_fraction=0.5, max_slowing=3.0, diameter_range_um=(8.0, 12.0), seed=0
) -> np.ndarray:
    """Conduction velocities (m/s) of a bundle of myelinated fibres, some slowed by damage.

    Diameters uniform in ``diameter_range_um`` (um), healthy velocity 6 m/s per um (Hursh 1939).
    A random ``damaged_fraction`` of fibres is slowed by a factor drawn
    uniformly from [1, max_slowing]: velocity / slowing. The distributions are MODELLING
    ASSUMPTIONS (teaching model). n_fibres 1 to 10 000; damaged_fraction 0 to 1; max_slowing 1
    to 20.
    """
    n = _check_int("n_fibres", n_fibres, 1, 10_000)
    p = _check_real("damaged_fraction", damaged_fraction, 0.0, 1.0)
    s_max = _check_real("max_slowing", max_slowing, 1.0, 20.0)
    d = _check_array("diameter_range_um", diameter_range_um, 0.0, 30.0, "um", lo_open=True)
    if d.shape != (2,) or d[0] > d[1]:
        raise ValueError(f"diameter_range_um must be (low, high) with low <= high (got {d})")
    rng = _rng(seed)
    v = myelinated_velocity(rng.uniform(d[0], d[1], n))
    slowing = np.where(rng.random(n) < p, rng.uniform(1.0, s_max, n), 1.0)
    return v / slowing


@dataclass(frozen=True)
class Volley:
    """Result of :func:`dispersed_volley`. Times in ms."""

    velocity_m_s: np.ndarray  #: per fibre
    arrival_ms: np.ndarray  #: per fibre: distance / velocity; NaN for blocked fibres
    time_ms: np.ndarray  #: time grid of the compound response
    compound: np.ndarray  #: summed response (units: one fibre's peak = 1)
    spread_ms: float  #: standard deviation of the arrival times of delivered fibres
    peak: float  #: highest value of the compound response
    distance_mm: float


def dispersed_volley(
    velocity_m_s, distance_mm=500.0, blocked=None, unit_width_ms=0.5, dt_ms=0.05, t_max_ms=None
) -> Volley:
    """A volley launched at t = 0 in every fibre, as it arrives ``distance_mm`` away.

    Fibre i arrives at a_i = distance / v_i (its own conduction velocity); the compound
    response is sum_i exp(-(t - a_i)^2 / (2 w^2)) with w = ``unit_width_ms``: each fibre adds a
    unit bump (a MODELLING ASSUMPTION for the shape; teaching model). Fibres marked in
    ``blocked`` (boolean per fibre) contribute nothing. distance_mm above 0 and at most 2000
    (default 500 mm, an assumption); unit_width_ms 0.05 to 10.
    """
    v = _check_array("velocity_m_s", velocity_m_s, 0.0, 200.0, "m/s", lo_open=True)
    if v.ndim != 1 or v.size == 0:
        raise ValueError(f"velocity_m_s must be a non-empty 1-D array (got shape {v.shape})")
    dist = _check_real("distance_mm", distance_mm, 0.0, 2000.0, "mm", lo_open=True)
    w = _check_real("unit_width_ms", unit_width_ms, 0.05, 10.0, "ms")
    dt = _check_real("dt_ms", dt_ms, 0.001, 1.0, "ms")
    gone = np.zeros(v.size, dtype=bool) if blocked is None else np.asarray(blocked, dtype=bool)
    if gone.shape != v.shape:
        raise ValueError(f"blocked must have one entry per fibre ({v.size}) (got {gone.shape})")
    arrival = np.where(gone, np.nan, dist / v)  # mm / (m/s) = ms
    ok = arrival[~gone]
    if t_max_ms is None:
        t_max_ms = (ok.max() if ok.size else dist / v.max()) + 5.0 * w
    t_max = _check_real("t_max_ms", t_max_ms, dt, 100_000.0, "ms")
    t = np.arange(0.0, t_max + dt / 2, dt)
    z = (t[None, :] - ok[:, None]) / w
    compound = np.exp(-0.5 * z * z).sum(axis=0)
    return Volley(
        velocity_m_s=v,
        arrival_ms=arrival,
        time_ms=t,
        compound=compound,
        spread_ms=float(ok.std()) if ok.size else math.nan,
        peak=float(compound.max()) if compound.size else 0.0,
        distance_mm=dist,
    )


# --- sensory feedback delay -----------------------------------------------------------------


def feedback_latency_ms(
    conduction_slowing=1.0,
    afferent_path_m=AFFERENT_PATH_M,
    healthy_velocity_m_s=HEALTHY_AFFERENT_VELOCITY_M_S,
    fixed_delay_ms=None,
):
    """Latency (ms) of a postural feedback loop whose afferent conduction is slowed (vectorised).

    latency = fixed_delay + 1000 x afferent_path_m / (healthy_velocity / conduction_slowing).
    Calibrated (DERIVED) so that slowing 1 gives the control mean 102 ms and slowing
    :data:`MS_CONDUCTION_SLOWING` (about 3.4) the MS mean 161 ms (Cameron, Horak et al. 2008,
    *Somatosens Mot Res* 25:113: EMG onset latencies of postural responses in ten people with MS
    selected for imbalance; using them as a loop delay is an assumption). The path length (1.5 m)
    is an assumption and the healthy velocity is Hursh's rule at 10 um; ``fixed_delay_ms`` defaults
    to :data:`FIXED_LOOP_DELAY_MS`, recomputed from the control mean when the path or velocity is
    changed. A whole-path slowing of ~3.4x is a calibration, not a measurement: in reality part of
    the extra delay may be central. conduction_slowing 1 to 20.
    """
    s = _check_array("conduction_slowing", conduction_slowing, 1.0, 20.0)
    path = _check_real("afferent_path_m", afferent_path_m, 0.0, 3.0, "m", lo_open=True)
    v = _check_real("healthy_velocity_m_s", healthy_velocity_m_s, 0.0, 200.0, "m/s", lo_open=True)
    healthy_ms = 1000.0 * path / v
    if fixed_delay_ms is None:
        fixed_delay_ms = CONTROL_LATENCY_MS - healthy_ms
    fixed = _check_real("fixed_delay_ms", fixed_delay_ms, 0.0, 1000.0, "ms")
    out = fixed + healthy_ms * s
    return float(out) if out.ndim == 0 else out


def slowing_for_latency(latency_ms):
    """Inverse of :func:`feedback_latency_ms` at the default calibration (vectorised).

    slowing = (latency - FIXED_LOOP_DELAY_MS) / (102 ms - FIXED_LOOP_DELAY_MS); latency_ms from
    102 to 500 ms (a loop faster than the control mean would need slowing < 1).
    """
    lat = _check_array("latency_ms", latency_ms, CONTROL_LATENCY_MS, 500.0, "ms")
    out = (lat - FIXED_LOOP_DELAY_MS) / (CONTROL_LATENCY_MS - FIXED_LOOP_DELAY_MS)
    return float(out) if out.ndim == 0 else out
