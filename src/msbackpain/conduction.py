"""Conduction along a myelinated axon with a demyelinating lesion (notebook 01).

A chain of nodes of Ranvier, each with Hodgkin–Huxley squid kinetics (Hodgkin & Huxley 1952,
*J Physiol* 117:500, measured on the squid giant axon), coupled to its neighbours by an axial
conductance:

    C_i dV_i/dt = -I_ion,i + g_ax (V_{i-1} - 2 V_i + V_{i+1}) + I_stim,i
    I_ion = g_Na m^3 h (V - E_Na) + g_K n^4 (V - E_K) + g_L,i (V - E_L)

with g_Na 120, g_K 36, g_L 0.3 mS/cm^2 and E_Na 50, E_K -77, E_L -54.4 mV. The gating rates are
multiplied by phi = 3^((T - 6.3)/10). A demyelinating lesion multiplies C and g_L by a factor
``severity`` (f >= 1) on a run of nodes: losing myelin exposes more membrane, so there is more
capacitance to charge and more leak to lose current through. This lesion rule is our teaching
choice, in the spirit of the classic computer simulations of myelinated and demyelinated fibres
(Koles & Rasminsky 1972; Moore et al. 1978; Schauf & Davis 1974). The chain is stimulated at
node 0 and the ends are sealed (no axial current leaves the chain).

This is a teaching model on the squid's temperature scale, not a model of human axons: temperature
enters only as a change ``delta_T_C`` from the kinetics' reference temperature
:data:`REFERENCE_TEMPERATURE_C`, never as body temperature.

With the default geometry (30 nodes, g_ax 3, a 6-node lesion) this implementation gives block
temperatures of about 30.2, 15.7 and 5.5 degC (squid scale) for f = 1, 4 and 8, and latencies
from stimulus onset to the far end of 10.7, 14.6 and 20.1 ms at 0 degC (at 6.3 degC f = 8 is
already blocked). These are the model's own numbers (derived), not measurements; what they share
with the literature is the trend: the block temperature falls steeply as demyelination grows
(Schauf & Davis 1974). Lesioned nodes rest a few mV depolarised (larger leak towards E_L), which
partly inactivates their sodium channels: part of why they fail.

A two-pulse test of the same chain (:func:`refractory_period_ms`: strong stimulus, 6-node
lesion, reference temperature) gives a refractory period of transmission of 1.0x normal up to
f = 4.8 (there the stimulation site, not the lesion, sets the period), about 1.35x at f = 5,
1.9x at f = 6, 2.5x at f = 7 and 3.6x at the edge of block (f = 7.65). The 2–5x typical of
demyelinated central axons (Felts, Baker & Smith 1997) therefore appears in this model only just
before the chain blocks. :func:`refractory_factor` is the tabulated version used by notebook 02
and the whole-chain model.

Units: voltage mV, time ms, conductance mS/cm^2, capacitance uF/cm^2, current uA/cm^2.

Numerical method (our choice): Strang splitting. The axial coupling is linear with constant
coefficients, so it is advanced exactly by a precomputed matrix exponential over half steps; the
membrane step in between uses exponential (Rush–Larsen) updates for the gates, staggered half a step
from V as in Hines' method, and an exponential-Euler update of V with the conductances frozen at the
mid-step. The scheme is second order. Checked against dt -> 0 (dt = 0.003 ms): at the default
dt of 0.025 ms conduction times are within 0.2 % at or below the reference temperature, 0.6 % at
delta_T = +10 degC and 2 % at +18.7 degC; the block temperature of a healthy axon comes out 0.35
degC low, those of lesioned axons (f >= 4) within 0.02 degC.
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass
from numbers import Integral, Real

import numpy as np

# --- constants ------------------------------------------------------------------------------

#: Reference temperature of the Hodgkin–Huxley squid kinetics: the rates were measured on the
#: squid giant axon at 6.3 degC, where phi = 1. [measured: hodgkin1952]
REFERENCE_TEMPERATURE_C = 6.3
#: Temperature coefficient of the gating rates (rates x 3 per 10 degC), the factor Hodgkin &
#: Huxley used for the squid giant axon. [measured: hodgkin1952 | rate factor per 10 °C]
Q10 = 3.0
#: Maximal conductances of sodium, potassium and leak, measured by voltage clamp on the squid
#: giant axon (Hodgkin & Huxley 1952). [measured: hodgkin1952]
G_NA_MS_CM2 = 120.0
G_K_MS_CM2 = 36.0
G_L_MS_CM2 = 0.3
#: Reversal potentials of sodium, potassium and leak, squid giant axon (Hodgkin & Huxley 1952,
#: in the modern sign convention with rest near -65 mV; the leak value was fitted so that the
#: membrane rests there). [measured: hodgkin1952]
E_NA_MV = 50.0
E_K_MV = -77.0
E_L_MV = -54.4
#: Membrane capacitance, squid giant axon (Hodgkin & Huxley 1952). [measured: hodgkin1952]
C_M_UF_CM2 = 1.0

#: Number of nodes of the default axon: a teaching choice, long enough for the spike to travel
#: at a steady speed before and after a lesion in the middle. [assumption | count]
DEFAULT_N_NODES = 30
#: Axial coupling between neighbouring nodes: a teaching choice (the model has no internode
#: length or diameter), strong enough for a healthy chain to conduct well. [assumption]
DEFAULT_G_AXIAL_MS_CM2 = 3.0
#: Number of lesioned nodes of the default axon: a teaching choice, a lesion a few internodes
#: long. [assumption | count]
DEFAULT_LESION_LENGTH = 6

#: A node "has fired" when V first crosses this level upwards. An operational choice of the
#: model, not 0 mV, because near the heat-block temperature the HH spike still propagates with
#: its peak below 0 mV. [assumption]
SPIKE_THRESHOLD_MV = -30.0
#: Stimulus at node 0: 150 uA/cm^2 for 1 ms, a modelling choice strong enough to fire node 0
#: wherever a healthy axon can conduct (checked for g_ax 0.5 to 20, delta_T -10 to +30).
#: [assumption]
STIMULUS_UA_CM2 = 150.0
STIMULUS_DURATION_MS = 1.0
#: Time of the stimulus after the start of the run (ms). [setting]
STIMULUS_ONSET_MS = 1.0
#: Integration step (ms) and spacing of the returned voltage samples (ms). [setting]
DEFAULT_DT_MS = 0.025
DEFAULT_SAMPLE_MS = 0.1

#: Allowed ranges of the public parameters (severity, temperature change, nodes, coupling).
#: [setting]
SEVERITY_RANGE = (1.0, 50.0)
DELTA_T_RANGE_C = (-10.0, 30.0)
N_NODES_RANGE = (5, 200)
G_AXIAL_RANGE_MS_CM2 = (0.5, 20.0)

#: Myelinated fibres conduct at about 6 m/s per um of fibre diameter (about 60 m/s at 10 um),
#: an empirical rule from cat and rabbit peripheral nerves (Hursh 1939). [measured: hursh1939]
MYELINATED_M_S_PER_UM = 6.0
#: Unmyelinated fibres: v = k sqrt(d). The square-root scaling is the textbook rule; the constant
#: k = 1 m/s at 1 um is a teaching choice with no measurement behind it, so only the shape of
#: the curve is meant. [assumption]
UNMYELINATED_M_S_AT_1_UM = 1.0
#: Allowed fibre diameters (um). [setting]
DIAMETER_RANGE_UM = (0.0, 30.0)

# --- input checks ---------------------------------------------------------------------------


def _check_real(name, value, lo, hi, unit="", lo_open=False):
    """Return ``value`` as float if it is a finite real in [lo, hi] (or (lo, hi]); else raise."""
    u = f" {unit}" if unit else ""
    if isinstance(value, bool) or not isinstance(value, Real):
        raise TypeError(f"{name} must be a number between {lo} and {hi}{u} (got {value!r})")
    v = float(value)
    bad_lo = v <= lo if lo_open else v < lo
    if not math.isfinite(v) or bad_lo or v > hi:
        left = "above" if lo_open else "between"
        rng = f"{lo} and at most {hi}" if lo_open else f"{lo} and {hi}"
        raise ValueError(f"{name} must be {left} {rng}{u} (got {v!r})")
    return v


def _check_int(name, value, lo, hi):
    """Return ``value`` as int if it is an integer in [lo, hi]; else raise."""
    if isinstance(value, bool) or not isinstance(value, Integral):
        raise TypeError(f"{name} must be a whole number between {lo} and {hi} (got {value!r})")
    if not lo <= value <= hi:
        raise ValueError(f"{name} must be between {lo} and {hi} (got {value!r})")
    return int(value)


def _check_array(name, value, lo, hi, unit="", lo_open=False):
    """Return ``value`` as a float array if every element is finite and in range; else raise."""
    try:
        arr = np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        raise TypeError(f"{name} must be a number or an array of numbers (got {value!r})") from None
    u = f" {unit}" if unit else ""
    bad = ~np.isfinite(arr) | (arr <= lo if lo_open else arr < lo) | (arr > hi)
    if bad.any():
        first = float(arr[bad].flat[0])
        left = "above" if lo_open else "between"
        rng = f"{lo} and at most {hi}" if lo_open else f"{lo} and {hi}"
        raise ValueError(f"{name} must be {left} {rng}{u} (got {first!r})")
    return arr


def _check_lesion(n_nodes, lesion_length, lesion_start):
    """Validate the lesion geometry; return its first node (centred if ``lesion_start`` is None)."""
    lesion_length = _check_int("lesion_length", lesion_length, 0, n_nodes - 2)
    if lesion_start is None:
        return (n_nodes - lesion_length) // 2
    last = n_nodes - 1 - lesion_length
    if last < 1:
        return _check_int("lesion_start", lesion_start, 1, 1)
    return _check_int("lesion_start", lesion_start, 1, last)


# --- Hodgkin–Huxley kinetics ----------------------------------------------------------------


def _ratio(x, k):
    """x / (1 - exp(-x/k)), with its limit k at x = 0."""
    x = np.asarray(x, dtype=float)
    small = np.abs(x) < 1e-7
    safe = np.where(small, 1.0, x)
    return np.where(small, k, safe / -np.expm1(-safe / k))


def hh_rates(v_mV):
    """Hodgkin–Huxley opening/closing rates (1/ms) at 6.3 degC, resting potential near -65 mV.

    alpha_m = 0.1 (V+40)/(1 - e^{-(V+40)/10}),  beta_m = 4 e^{-(V+65)/18}
    alpha_h = 0.07 e^{-(V+65)/20},              beta_h = 1/(1 + e^{-(V+35)/10})
    alpha_n = 0.01 (V+55)/(1 - e^{-(V+55)/10}), beta_n = 0.125 e^{-(V+65)/80}

    Hodgkin & Huxley 1952, *J Physiol* 117:500 (squid giant axon). Returns the six arrays
    (alpha_m, beta_m, alpha_h, beta_h, alpha_n, beta_n).
    """
    v = np.asarray(v_mV, dtype=float)
    return (
        0.1 * _ratio(v + 40.0, 10.0),
        4.0 * np.exp(-(v + 65.0) / 18.0),
        0.07 * np.exp(-(v + 65.0) / 20.0),
        1.0 / (1.0 + np.exp(-(v + 35.0) / 10.0)),
        0.01 * _ratio(v + 55.0, 10.0),
        0.125 * np.exp(-(v + 65.0) / 80.0),
    )


def temperature_factor(delta_T_C):
    """Rate factor phi = Q10^(delta_T/10) = 3^((T - 6.3)/10) (Hodgkin & Huxley 1952), vectorised."""
    delta = _check_array("delta_T_C", delta_T_C, -100.0, 100.0, "degC")
    phi = Q10 ** (delta / 10.0)
    return float(phi) if phi.ndim == 0 else phi


# Gate look-up tables on a fine voltage grid (nearest-neighbour look-up; 0.01 mV spacing).
_V_MIN, _V_MAX, _DV = -120.0, 80.0, 0.01
_V_GRID = _V_MIN + _DV * np.arange(int(round((_V_MAX - _V_MIN) / _DV)) + 1)
_RATES = hh_rates(_V_GRID)
_SUM = np.stack([_RATES[0] + _RATES[1], _RATES[2] + _RATES[3], _RATES[4] + _RATES[5]])
_INF = np.stack([_RATES[0], _RATES[2], _RATES[4]]) / _SUM


def _gates_inf(v):
    """Steady-state (m, h, n) at voltage(s) v."""
    a_m, b_m, a_h, b_h, a_n, b_n = hh_rates(v)
    return a_m / (a_m + b_m), a_h / (a_h + b_h), a_n / (a_n + b_n)


def _steady_current(v, g_leak):
    """Ionic current (uA/cm^2) with every gate at its steady state."""
    m, h, n = _gates_inf(v)
    return (
        G_NA_MS_CM2 * m**3 * h * (v - E_NA_MV)
        + G_K_MS_CM2 * n**4 * (v - E_K_MV)
        + g_leak * (v - E_L_MV)
    )


def _laplacian(n):
    """Second-difference matrix with sealed ends."""
    lap = np.diag(np.full(n - 1, 1.0), 1) + np.diag(np.full(n - 1, 1.0), -1) - 2.0 * np.eye(n)
    lap[0, 0] = lap[-1, -1] = -1.0
    return lap


def _resting_state(g_leak, g_axial):
    """Resting potentials of the coupled chain: solve -I_ss(V) + g_ax L V = 0 by Newton."""
    lap = g_axial * _laplacian(g_leak.size)
    v = np.full(g_leak.size, -65.0)
    for _ in range(20):
        f = -_steady_current(v, g_leak) + lap @ v
        slope = (_steady_current(v + 1e-4, g_leak) - _steady_current(v - 1e-4, g_leak)) / 2e-4
        step = np.linalg.solve(lap - np.diag(slope), f)
        v = v - step
        if np.max(np.abs(step)) < 1e-9:
            break
    return v


def _coupling_propagator(cap, g_axial, tau_ms):
    """exp(tau C^-1 g_ax L): exact advance of the axial coupling over tau.

    Computed by scaling and squaring with a Taylor series (to machine precision: the scaled
    matrix has norm <= 1/2 and 18 terms are kept), with matrix products only. Not with
    ``np.linalg.eigh``: LAPACK's eigensolver starts OpenBLAS's worker threads, which on a busy
    machine spin and slow every later step of the simulation several times over.
    """
    a = (tau_ms * g_axial) * _laplacian(cap.size) / cap[:, None]
    norm = float(np.abs(a).sum(axis=1).max())
    squarings = max(0, math.ceil(math.log2(norm / 0.5))) if norm > 0.5 else 0
    a = a / 2.0**squarings
    result = np.eye(cap.size)
    term = np.eye(cap.size)
    for k in range(1, 19):
        term = term @ a / k
        result += term
    for _ in range(squarings):
        result = result @ result
    return result


# --- simulation -----------------------------------------------------------------------------


@dataclass(frozen=True)
class AxonResult:
    """Result of :func:`simulate_axon`. Arrays are read-only.

    ``voltage_mV`` is down-sampled to every ``sample_ms`` (rows match ``time_ms``); arrival
    times, peaks and the safety factor come from the full-resolution run (step ``dt_ms``).
    """

    time_ms: np.ndarray  #: sample times (ms), shape (n_samples,)
    voltage_mV: np.ndarray  #: membrane potential (mV), shape (n_samples, n_nodes)
    arrival_ms: np.ndarray  #: first upward crossing of SPIKE_THRESHOLD_MV per node; NaN if none
    conducted: bool  #: the spike reached the far end (last node)
    conduction_time_ms: float  #: arrival at the last node minus arrival at node 0; NaN if blocked
    rest_mV: np.ndarray  #: resting potential of each node before the stimulus (mV)
    peak_mV: np.ndarray  #: highest potential reached by each node (mV)
    node_safety_factor: np.ndarray  #: (peak - rest) / (threshold - rest) per node
    safety_factor: float  #: smallest node_safety_factor; >= 1 means every node fired
    severity: float
    lesion_start: int
    lesion_length: int
    delta_T_C: float
    n_nodes: int
    g_axial_mS_cm2: float
    temperature_factor: float  #: phi = 3^(delta_T/10)
    duration_ms: float
    dt_ms: float
    sample_ms: float

    @property
    def lesion_mask(self) -> np.ndarray:
        """Boolean array, True on lesioned nodes."""
        mask = np.zeros(self.n_nodes, dtype=bool)
        mask[self.lesion_start : self.lesion_start + self.lesion_length] = True
        return mask

    @property
    def latency_ms(self) -> float:
        """Stimulus onset to arrival at the last node (ms); NaN if blocked."""
        return float(self.arrival_ms[-1] - STIMULUS_ONSET_MS)


def _default_duration_ms(phi, n_nodes, g_axial):
    """Simulated time long enough for the spike to cross the chain (ms).

    max(30, n_nodes) ms, stretched by sqrt(3 / g_ax) for weaker coupling and by 1/sqrt(phi) below
    the reference temperature (slower kinetics): 30 ms for the default axon at or above 6.3 degC.
    """
    return max(30.0, float(n_nodes)) * math.sqrt(max(1.0, 3.0 / g_axial) / min(phi, 1.0))


def simulate_axon(
    severity=1.0,
    lesion_length=DEFAULT_LESION_LENGTH,
    lesion_start=None,
    delta_T_C=0.0,
    n_nodes=DEFAULT_N_NODES,
    g_axial_mS_cm2=DEFAULT_G_AXIAL_MS_CM2,
    duration_ms=None,
    dt_ms=DEFAULT_DT_MS,
    sample_ms=DEFAULT_SAMPLE_MS,
) -> AxonResult:
    """Simulate one spike travelling along a chain of Hodgkin–Huxley nodes past a lesion.

    Implements C_i dV_i/dt = -I_ion,i + g_ax (V_{i-1} - 2V_i + V_{i+1}) + I_stim with HH squid
    kinetics, rates scaled by phi = 3^(delta_T/10), and C and g_L multiplied by ``severity`` on
    nodes ``lesion_start`` .. ``lesion_start + lesion_length - 1`` (Hodgkin & Huxley 1952; the
    lesion rule is our teaching model, in the spirit of Koles & Rasminsky 1972 and Moore et al.
    1978). The chain starts at its true resting state (lesioned
    nodes rest a few mV depolarised because of their larger leak) and node 0 receives
    :data:`STIMULUS_UA_CM2` for :data:`STIMULUS_DURATION_MS` from :data:`STIMULUS_ONSET_MS`.

    Parameters
    ----------
    severity : lesion factor f on C and g_L, 1 (healthy) to 50.
    lesion_length : number of lesioned nodes, 0 to n_nodes - 2.
    lesion_start : first lesioned node, 1 to n_nodes - 1 - lesion_length (at least one healthy
        node at each end); default: centred.
    delta_T_C : temperature change from :data:`REFERENCE_TEMPERATURE_C` (degC, squid scale), -10
        to 30.
    n_nodes : number of nodes, 5 to 200.
    g_axial_mS_cm2 : axial coupling conductance between neighbouring nodes, 0.5 to 20.
    duration_ms : simulated time, 5 to 2000 ms; default max(30, n_nodes) ms, stretched by
        sqrt(3 / g_axial) for weak coupling and by 1/sqrt(phi) below the reference temperature
        (30 ms for the default axon at or above 6.3 degC). A warning is issued if a blocked spike
        may only have run out of time.
    dt_ms : integration step, 0.001 to 0.05 ms.
    sample_ms : spacing of the returned voltage samples (down-sampling for memory), >= dt_ms.

    Returns an :class:`AxonResult`. A node's arrival time is the first upward crossing of
    :data:`SPIKE_THRESHOLD_MV` (-30 mV), linearly interpolated between steps. ``conducted`` is True
    when the last node fired; ``conduction_time_ms`` is last-node minus node-0 arrival.

    Safety factor (our operational definition, teaching model): for each node,
    (peak depolarisation) / (depolarisation needed to reach the -30 mV spike threshold), both
    measured from the node's own resting potential. The axon's ``safety_factor`` is the smallest
    over the nodes, so it is >= 1 exactly when every node crossed the threshold. No measured
    normal value is used: the numbers are for comparing settings of this model.
    """
    severity = _check_real("severity", severity, *SEVERITY_RANGE)
    n_nodes = _check_int("n_nodes", n_nodes, *N_NODES_RANGE)
    lesion_start = _check_lesion(n_nodes, lesion_length, lesion_start)
    lesion_length = int(lesion_length)
    delta_T_C = _check_real("delta_T_C", delta_T_C, *DELTA_T_RANGE_C, "degC")
    g_axial = _check_real("g_axial_mS_cm2", g_axial_mS_cm2, *G_AXIAL_RANGE_MS_CM2, "mS/cm^2")
    dt_ms = _check_real("dt_ms", dt_ms, 0.001, 0.05, "ms")
    phi = temperature_factor(delta_T_C)
    if duration_ms is None:
        duration_ms = _default_duration_ms(phi, n_nodes, g_axial)
    duration_ms = _check_real("duration_ms", duration_ms, 5.0, 2000.0, "ms")
    sample_ms = _check_real("sample_ms", sample_ms, dt_ms, duration_ms, "ms")

    cap = np.full(n_nodes, C_M_UF_CM2)
    g_leak = np.full(n_nodes, G_L_MS_CM2)
    lesion = slice(lesion_start, lesion_start + lesion_length)
    cap[lesion] *= severity
    g_leak[lesion] *= severity

    rest = _resting_state(g_leak, g_axial)
    volt = _run_chain(cap, g_leak, rest, g_axial, phi, duration_ms, dt_ms)
    params = {
        "severity": severity,
        "lesion_start": lesion_start,
        "lesion_length": lesion_length,
        "delta_T_C": delta_T_C,
        "n_nodes": n_nodes,
        "g_axial_mS_cm2": g_axial,
        "temperature_factor": phi,
        "duration_ms": duration_ms,
        "dt_ms": dt_ms,
        "sample_ms": sample_ms,
    }
    return _package(volt, rest, params)


def _run_chain(cap, g_leak, rest, g_axial, phi, duration_ms, dt_ms, onsets_ms=(STIMULUS_ONSET_MS,)):
    """Integrate the chain; return V at every step, shape (n_steps + 1, n_nodes).

    Node 0 receives :data:`STIMULUS_UA_CM2` for :data:`STIMULUS_DURATION_MS` from each of
    ``onsets_ms`` (one pulse by default; two for the two-pulse test).
    """
    n_steps = int(round(duration_ms / dt_ms))
    decay = np.exp(-phi * dt_ms * _SUM)
    table = np.ascontiguousarray(np.concatenate([_INF * (1.0 - decay), decay]))  # (6, grid)
    half = _coupling_propagator(cap, g_axial, dt_ms / 2.0)
    g_le = g_leak * E_L_MV
    minus_dt_over_c = -dt_ms / cap
    stim_on = np.zeros(n_steps + 1, dtype=bool)
    for onset in onsets_ms:
        k_on = int(round(onset / dt_ms))
        stim_on[k_on : k_on + max(1, int(round(STIMULUS_DURATION_MS / dt_ms)))] = True
    inv_dv, offset = 1.0 / _DV, -_V_MIN / _DV + 0.5

    v = rest.copy()
    gates = np.stack(_gates_inf(v))
    out = np.empty((n_steps + 1, cap.size))
    out[0] = v
    for k in range(n_steps):
        idx = (v * inv_dv + offset).astype(np.intp)
        ad = table.take(idx, axis=1, mode="clip")
        gates = ad[:3] + ad[3:] * gates  # Rush–Larsen, gates staggered half a step
        m, h, n = gates
        n2 = n * n
        g_na = G_NA_MS_CM2 * (m * m * m * h)
        g_k = G_K_MS_CM2 * (n2 * n2)
        v = half @ v
        g_tot = g_na + g_k + g_leak
        drive = E_NA_MV * g_na + E_K_MV * g_k + g_le
        if stim_on[k]:
            drive[0] += STIMULUS_UA_CM2
        v_inf = drive / g_tot
        v = v_inf + (v - v_inf) * np.exp(g_tot * minus_dt_over_c)
        v = half @ v
        out[k + 1] = v
    return out


def _frozen(a):
    a = np.asarray(a)
    a.flags.writeable = False
    return a


def _package(volt, rest, params):
    """Arrival times, peaks, safety factors and the down-sampled record."""
    dt = params["dt_ms"]
    n = volt.shape[1]
    above = volt >= SPIKE_THRESHOLD_MV
    up = ~above[:-1] & above[1:]
    fired = up.any(axis=0)
    k = up.argmax(axis=0)
    cols = np.arange(n)
    v0, v1 = volt[k, cols], volt[k + 1, cols]
    frac = (SPIKE_THRESHOLD_MV - v0) / np.where(fired, v1 - v0, 1.0)
    arrival = np.where(fired, (k + frac) * dt, np.nan)
    peak = volt.max(axis=0)
    node_sf = (peak - rest) / (SPIKE_THRESHOLD_MV - rest)
    conducted = bool(fired[-1])
    if not conducted and fired.any():
        farthest = np.flatnonzero(fired)[-1]
        if arrival[farthest] > 0.8 * params["duration_ms"]:
            warnings.warn(
                f"the spike reached node {farthest} late in the {params['duration_ms']:g} ms "
                "window: it may be slow rather than blocked; pass a longer duration_ms",
                RuntimeWarning,
                stacklevel=3,
            )
    every = max(1, int(round(params["sample_ms"] / dt)))
    sampled = volt[::every].copy()
    time = np.round(np.arange(sampled.shape[0]) * (every * dt), 9)
    return AxonResult(
        time_ms=_frozen(time),
        voltage_mV=_frozen(sampled),
        arrival_ms=_frozen(arrival),
        conducted=conducted,
        conduction_time_ms=float(arrival[-1] - arrival[0]) if conducted else math.nan,
        rest_mV=_frozen(rest),
        peak_mV=_frozen(peak),
        node_safety_factor=_frozen(node_sf),
        safety_factor=float(node_sf.min()),
        **params,
    )


def simulate_until_settled(
    severity=1.0,
    lesion_length=DEFAULT_LESION_LENGTH,
    lesion_start=None,
    delta_T_C=0.0,
    n_nodes=DEFAULT_N_NODES,
    g_axial_mS_cm2=DEFAULT_G_AXIAL_MS_CM2,
    duration_ms=None,
) -> AxonResult:
    """:func:`simulate_axon`, with a longer window when the spike may only be slow.

    If the window (``duration_ms``, default as in :func:`simulate_axon`) ends while a spike is
    still on its way (:func:`simulate_axon` would warn that it "may be slow rather than
    blocked"), the run is repeated with a window three times as long (at most 2000 ms), so that a
    slow spike near block is not mistaken for a blocked one. Issues no warning. Used by
    :func:`block_delta_T_C` and the interactive diagram of notebook 01.
    """
    args = (severity, lesion_length, lesion_start, delta_T_C, n_nodes, g_axial_mS_cm2)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", RuntimeWarning)
        result = simulate_axon(*args, duration_ms=duration_ms)
    if not any("may be slow" in str(w.message) for w in caught):
        return result
    longer = min(2000.0, 3.0 * result.duration_ms)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        return simulate_axon(*args, duration_ms=longer)


# --- block temperature ----------------------------------------------------------------------


def block_delta_T_C(
    severity,
    lesion_length=DEFAULT_LESION_LENGTH,
    lesion_start=None,
    n_nodes=DEFAULT_N_NODES,
    g_axial_mS_cm2=DEFAULT_G_AXIAL_MS_CM2,
    tolerance_C=0.05,
) -> float:
    """Smallest temperature change (degC, squid scale) at which the spike no longer gets through.

    Bisection on delta_T_C over :data:`DELTA_T_RANGE_C` using :func:`simulate_axon` (``conducted``
    true below, false above), to within ``tolerance_C`` (0.01 to 5 degC). Assumes conduction fails
    once and for all as the temperature rises, which holds for this model. Returns ``-inf`` if the
    axon is blocked at every allowed temperature and ``+inf`` if it conducts at every one.

    Published behaviour it reproduces: the block temperature falls steeply as demyelination grows
    (Schauf & Davis 1974, *J Neurol Neurosurg Psychiatry* 37:152, a model study). The numbers are
    our model's (derived), not measurements. Takes about 0.2 s (a dozen simulations).
    """
    severity = _check_real("severity", severity, *SEVERITY_RANGE)
    tol = _check_real("tolerance_C", tolerance_C, 0.01, 5.0, "degC")
    lo, hi = DELTA_T_RANGE_C

    def conducts(delta):
        return simulate_until_settled(
            severity, lesion_length, lesion_start, delta, n_nodes, g_axial_mS_cm2
        ).conducted

    if not conducts(lo):
        return -math.inf
    if conducts(hi):
        return math.inf
    while hi - lo > tol:
        mid = 0.5 * (lo + hi)
        if conducts(mid):
            lo = mid
        else:
            hi = mid
    return 0.5 * (lo + hi)


#: Lesion severities (factor on C and g_L) at which the block tables below are computed.
#: [setting: | dimensionless]
BLOCK_TABLE_SEVERITY = np.array(
    [1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0]
)
#: Block temperature change (degC, squid scale) of the default axon (30 nodes, g_ax 3 mS/cm^2, a
#: centred 6-node lesion) at each of :data:`BLOCK_TABLE_SEVERITY`, computed by this model with
#: ``block_delta_T_C(f, tolerance_C=0.02)`` (a test re-checks it). [derived: hodgkin1952]
BLOCK_TABLE_DELTA_T_C = np.array(
    [23.86, 20.48, 17.51, 15.05, 12.94, 9.40, 6.46, 3.84, 1.47, -0.75, -2.86, -4.93, -6.96, -9.01]
)
BLOCK_TABLE_SEVERITY.flags.writeable = False
BLOCK_TABLE_DELTA_T_C.flags.writeable = False

#: Lesion lengths of :data:`BLOCK_TABLE_BY_LENGTH_DELTA_T_C`. [setting: | count]
BLOCK_TABLE_LENGTHS = np.arange(1, 13)
#: Block temperature change (degC, squid scale) of the default axon (30 nodes, g_ax 3 mS/cm^2, a
#: centred lesion) by lesion length (rows, :data:`BLOCK_TABLE_LENGTHS`) and severity (columns,
#: :data:`BLOCK_TABLE_SEVERITY`), computed by this model with ``block_delta_T_C(f,
#: lesion_length=L, tolerance_C=0.02)`` (a test re-checks some entries); the 6-node row is
#: :data:`BLOCK_TABLE_DELTA_T_C`. ``-inf``: blocked at every allowed temperature (from -10 degC).
#: [derived: hodgkin1952]
_BLOCK_BY_LENGTH = """
f:       1   1.5     2   2.5     3     4     5     6     7     8     9    10    11    12
 1 | 23.86 22.86 21.06 19.33 17.84 15.44 13.58 12.08 10.83  9.74  8.76  7.90  7.12  6.40
 2 | 23.86 21.96 19.64 17.65 15.93 13.10 10.79  8.84  7.12  5.58  4.17  2.86  1.63  0.46
 3 | 23.86 21.38 18.76 16.57 14.70 11.57  8.97  6.73  4.74  2.88  1.16 -0.46 -2.02 -3.54
 4 | 23.86 20.97 18.19 15.87 13.88 10.56  7.78  5.36  3.17  1.16 -0.75 -2.59 -4.37 -6.14
 5 | 23.86 20.67 17.78 15.38 13.33  9.87  6.98  4.46  2.16  0.01 -2.02 -3.99 -5.93 -7.84
 6 | 23.86 20.48 17.51 15.05 12.94  9.40  6.46  3.84  1.47 -0.75 -2.86 -4.93 -6.96 -9.01
 7 | 23.86 20.32 17.29 14.79 12.67  9.07  6.06  3.41  0.99 -1.28 -3.45 -5.58 -7.69 -9.81
 8 | 23.86 20.21 17.14 14.62 12.45  8.82  5.77  3.10  0.63 -1.67 -3.88 -6.04 -8.19  -inf
 9 | 23.86 20.11 17.02 14.48 12.29  8.64  5.58  2.86  0.38 -1.94 -4.19 -6.38 -8.56  -inf
10 | 23.86 20.03 16.92 14.37 12.18  8.51  5.42  2.69  0.19 -2.16 -4.40 -6.63 -8.84  -inf
11 | 23.86 19.97 16.85 14.29 12.08  8.39  5.28  2.55  0.05 -2.31 -4.60 -6.83 -9.05  -inf
12 | 23.86 19.93 16.79 14.21 12.00  8.29  5.19  2.43 -0.07 -2.45 -4.74 -6.96 -9.23  -inf
"""
BLOCK_TABLE_BY_LENGTH_DELTA_T_C = np.array(
    [[float(x) for x in row.split("|")[1].split()] for row in _BLOCK_BY_LENGTH.splitlines()[2:]]
)
BLOCK_TABLE_LENGTHS.flags.writeable = False
BLOCK_TABLE_BY_LENGTH_DELTA_T_C.flags.writeable = False


def _extend(f, xs, ys):
    """Piecewise-linear interpolation in (xs, ys), the last slope extended beyond xs[-1].

    ``-inf`` entries (blocked at every allowed temperature) count as the lowest allowed
    temperature change while interpolating; results at or below it are returned as ``-inf``.
    """
    lo = DELTA_T_RANGE_C[0]
    finite = np.isfinite(ys)
    y = np.where(finite, ys, lo)
    out = np.interp(f, xs, y)
    slope = (y[-1] - y[-2]) / (xs[-1] - xs[-2])
    out = np.where(f > xs[-1], y[-1] + slope * (f - xs[-1]), out)
    if not finite.all():
        out = np.where(out <= lo, -math.inf, out)
    return out


def block_delta_T_fast(severity, lesion_length=DEFAULT_LESION_LENGTH):
    """Block temperature change (degC) of the default axon, from the tabulated model (vectorised).

    Piecewise-linear interpolation in :data:`BLOCK_TABLE_SEVERITY` / :data:`BLOCK_TABLE_DELTA_T_C`
    (6-node lesion, the default) or, for another ``lesion_length`` (0 to 12 nodes, a whole
    number), in the matching row of :data:`BLOCK_TABLE_BY_LENGTH_DELTA_T_C` (derived from
    :func:`block_delta_T_C`, derived). A 0-node lesion is a healthy axon, whatever
    the severity. Beyond severity 12 the last slope is extended linearly (there the simulated
    axon blocks at every allowed temperature, and so does the extrapolation). ``-inf`` means
    blocked at every allowed temperature. Microseconds per call; for a slider or a day-by-day
    patient model.
    """
    f = _check_array("severity", severity, *SEVERITY_RANGE)
    length = _check_int("lesion_length", lesion_length, 0, int(BLOCK_TABLE_LENGTHS[-1]))
    if length == 0:
        out = np.full(f.shape, BLOCK_TABLE_DELTA_T_C[0])
    elif length == DEFAULT_LESION_LENGTH:
        out = _extend(f, BLOCK_TABLE_SEVERITY, BLOCK_TABLE_DELTA_T_C)
    else:
        row = BLOCK_TABLE_BY_LENGTH_DELTA_T_C[length - 1]
        out = _extend(f, BLOCK_TABLE_SEVERITY, row)
    return float(out) if out.ndim == 0 else out


def conduction_margin_C(severity, delta_T_C, lesion_length=DEFAULT_LESION_LENGTH):
    """Temperature margin (degC): block temperature change minus present change (vectorised).

    margin = dT_block(f) - delta_T; positive: conducts with that many degrees to spare; negative:
    blocked. A temperature form of the safety factor (a teaching summary of this model; the
    trend is Schauf & Davis 1974's). Uses :func:`block_delta_T_fast` (``lesion_length`` 0 to 12
    nodes, default 6).
    """
    d = _check_array("delta_T_C", delta_T_C, -50.0, 50.0, "degC")
    out = block_delta_T_fast(severity, lesion_length) - d
    return float(out) if np.ndim(out) == 0 else out


def block_probability(severity, delta_T_C, spread_C=1.0):
    """Probability that a fibre with this lesion blocks at this temperature (vectorised).

    p = 1 / (1 + exp(-(delta_T - dT_block(f)) / spread_C)). The logistic spread stands for the
    fibre-to-fibre scatter of block temperatures in a real lesion: a MODELLING ASSUMPTION (teaching
    model, not from the literature; spread_C 0.05 to 10 degC, default 1 degC). It is in the spirit
    of the observation that warming by as little as 0.5 degC can reversibly block demyelinated
    rat fibres already near their limit (Rasminsky 1973). Microseconds per call.
    """
    spread = _check_real("spread_C", spread_C, 0.05, 10.0, "degC")
    z = -conduction_margin_C(severity, delta_T_C) / spread
    out = 0.5 * (1.0 + np.tanh(0.5 * np.asarray(z)))  # logistic, overflow-free
    return float(out) if out.ndim == 0 else out


# --- refractory period of transmission (two-pulse test) -------------------------------------


def _second_spike_gets_through(
    severity, interval_ms, delta_T_C, lesion_length, n_nodes, g_axial, dt_ms
):
    """Two pulses ``interval_ms`` apart at node 0: does the second spike reach the last node?"""
    cap = np.full(n_nodes, C_M_UF_CM2)
    g_leak = np.full(n_nodes, G_L_MS_CM2)
    start = (n_nodes - lesion_length) // 2
    cap[start : start + lesion_length] *= severity
    g_leak[start : start + lesion_length] *= severity
    phi = temperature_factor(delta_T_C)
    rest = _resting_state(g_leak, g_axial)
    duration = 3.0 * _default_duration_ms(phi, n_nodes, g_axial) + interval_ms
    onsets = (STIMULUS_ONSET_MS, STIMULUS_ONSET_MS + interval_ms)
    volt = _run_chain(cap, g_leak, rest, g_axial, phi, duration, dt_ms, onsets)
    last = volt[:, -1] >= SPIKE_THRESHOLD_MV
    crossings = int(np.count_nonzero(~last[:-1] & last[1:]))
    return crossings >= 2, crossings >= 1


def refractory_period_ms(
    severity=1.0,
    delta_T_C=0.0,
    lesion_length=DEFAULT_LESION_LENGTH,
    n_nodes=DEFAULT_N_NODES,
    g_axial_mS_cm2=DEFAULT_G_AXIAL_MS_CM2,
    tolerance_ms=0.02,
    dt_ms=DEFAULT_DT_MS,
) -> float:
    """Refractory period of transmission of the node chain (ms), from two-pulse runs.

    Two stimuli (each :data:`STIMULUS_UA_CM2` for :data:`STIMULUS_DURATION_MS`, a strong
    stimulus) are given to node 0 a variable interval apart; the refractory period of
    transmission is the shortest interval at which the *second* spike still reaches the far end
    of the chain, past a centred lesion of ``lesion_length`` nodes with severity ``severity``
    (the measure Felts, Baker & Smith 1997 used on single demyelinated axons). Found by bisection
    on the interval (0.5 to 60 ms) to within ``tolerance_ms``. Returns ``nan`` if even a single
    spike is blocked. Our model's own number (derived, Hodgkin & Huxley 1952 kinetics on the
    squid scale), not a measurement; compare ratios (:func:`refractory_factor_exact`), not
    milliseconds. About 0.1–0.3 s.
    """
    severity = _check_real("severity", severity, *SEVERITY_RANGE)
    delta_T_C = _check_real("delta_T_C", delta_T_C, *DELTA_T_RANGE_C, "degC")
    n_nodes = _check_int("n_nodes", n_nodes, *N_NODES_RANGE)
    _check_lesion(n_nodes, lesion_length, None)
    g_axial = _check_real("g_axial_mS_cm2", g_axial_mS_cm2, *G_AXIAL_RANGE_MS_CM2, "mS/cm^2")
    tol = _check_real("tolerance_ms", tolerance_ms, 0.001, 5.0, "ms")
    dt_ms = _check_real("dt_ms", dt_ms, 0.001, 0.05, "ms")

    def through(interval):
        return _second_spike_gets_through(
            severity, interval, delta_T_C, int(lesion_length), n_nodes, g_axial, dt_ms
        )

    lo, hi = 0.5, 60.0
    second, first = through(hi)
    if not first:
        return math.nan
    if not second:
        return math.inf
    if through(lo)[0]:
        return lo
    while hi - lo > tol:
        mid = 0.5 * (lo + hi)
        if through(mid)[0]:
            hi = mid
        else:
            lo = mid
    return 0.5 * (lo + hi)


def refractory_factor_exact(severity, delta_T_C=0.0, tolerance_ms=0.02) -> float:
    """Refractory period of transmission at ``severity`` divided by the healthy chain's (x normal).

    Both from :func:`refractory_period_ms` with the default axon (30 nodes, g_ax 3, a centred
    6-node lesion, strong stimulus) at the same ``delta_T_C``. ``nan`` if the chain blocks.
    Slow (two bisections, about 0.5 s); :func:`refractory_factor` is the tabulated version.
    """
    normal = refractory_period_ms(1.0, delta_T_C, tolerance_ms=tolerance_ms)
    return refractory_period_ms(severity, delta_T_C, tolerance_ms=tolerance_ms) / normal


#: Lesion severities at which :data:`REFRACTORY_TABLE_FACTOR` is computed; the last one is the
#: most severe lesion that still conducts at the reference temperature (block near 7.66).
#: [setting: | dimensionless]
REFRACTORY_TABLE_SEVERITY = np.array(
    [1.0, 2.0, 3.0, 4.0, 4.5, 4.8, 4.9, 5.0, 5.25, 5.5, 5.75, 6.0, 6.5, 7.0, 7.25, 7.5, 7.6, 7.65]
)
#: Refractory period of transmission (x the healthy chain's, 5.76 ms on the squid scale) of the
#: default axon (30 nodes, g_ax 3 mS/cm^2, centred 6-node lesion, strong stimulus, delta_T 0) at
#: each of :data:`REFRACTORY_TABLE_SEVERITY`, computed by this model with
#: ``refractory_factor_exact(f, tolerance_ms=0.005)`` (two-pulse runs; a test re-checks some
#: entries). Up to f = 4.8 the stimulation site, not the lesion, sets the period (1.0x); the
#: lesion takes over between 4.8 and 4.9. [derived: hodgkin1952 | × normal]
REFRACTORY_TABLE_FACTOR = np.array(
    [
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
        1.0,
        1.26,
        1.347,
        1.498,
        1.633,
        1.763,
        1.893,
        2.184,
        2.539,
        2.774,
        3.103,
        3.333,
        3.589,
    ]
)
REFRACTORY_TABLE_SEVERITY.flags.writeable = False
REFRACTORY_TABLE_FACTOR.flags.writeable = False


def refractory_factor(severity):
    """Refractory period of transmission, x normal, of a lesion of severity f (vectorised).

    Piecewise-linear interpolation in :data:`REFRACTORY_TABLE_SEVERITY` /
    :data:`REFRACTORY_TABLE_FACTOR`, which come from two-pulse runs of this node chain
    (:func:`refractory_factor_exact`; derived, not measured): 1.0x up to f = 4.8, about 1.35x at
    f = 5, 1.9x at f = 6, 2.5x at f = 7 and 3.6x at the edge of block (f = 7.65, at the
    reference temperature). So the 2–5x that Felts, Baker & Smith (1997) measured in demyelinated
    central axons appears in this model only near block. Beyond the table (a lesion that blocks
    at the reference temperature but may conduct when cooler) the factor is held at its last
    value: whether such a fibre conducts at all is :func:`block_probability`'s business.
    ``severity`` 1 to 50. Microseconds per call; for the day-by-day whole-chain model.
    """
    f = _check_array("severity", severity, *SEVERITY_RANGE)
    out = np.interp(f, REFRACTORY_TABLE_SEVERITY, REFRACTORY_TABLE_FACTOR)
    return float(out) if out.ndim == 0 else out


# --- conduction velocity --------------------------------------------------------------------


def myelinated_velocity(diameter_um):
    """Conduction velocity (m/s) of a myelinated fibre: v = 6 m/s per um x diameter (vectorised).

    Hursh 1939, *Am J Physiol* 127:131 (cat and rabbit nerves): about 60 m/s at 10 um. The linear
    rule describes large myelinated fibres; do not extrapolate it to the thinnest fibres.
    ``diameter_um`` above 0 and at most 30 um.
    """
    d = _check_array("diameter_um", diameter_um, *DIAMETER_RANGE_UM, "um", lo_open=True)
    v = MYELINATED_M_S_PER_UM * d
    return float(v) if v.ndim == 0 else v


def unmyelinated_velocity(diameter_um):
    """Conduction velocity (m/s) of an unmyelinated fibre: v = k sqrt(diameter) (vectorised).

    The square-root scaling is the textbook rule from cable theory; the constant k = 1 m/s at
    1 um (:data:`UNMYELINATED_M_S_AT_1_UM`) is a teaching assumption, so only the curve's shape
    is meant.
    ``diameter_um`` above 0 and at most 30 um.
    """
    d = _check_array("diameter_um", diameter_um, *DIAMETER_RANGE_UM, "um", lo_open=True)
    v = UNMYELINATED_M_S_AT_1_UM * np.sqrt(d)
    return float(v) if v.ndim == 0 else v
