"""Quiet standing as an inverted pendulum balanced by delayed feedback.

The body is a rigid inverted pendulum that pivots at the ankles, the structure of Peterka's model
of human postural control (Peterka 2002, *J Neurophysiol* 88:1097, fitted there to sway
recordings in healthy adults). The nervous system pushes back with a corrective ankle torque
proportional to the sway angle and the sway velocity it *sensed* a loop delay τ ago; a small
random torque keeps the body moving. A person can also stiffen the ankle by co-contracting
opposing muscles: that stiffness acts at once (no delay), but the muscles have to work all the
time.

    I θ''(t) = m g h sin θ(t) − K_p θ(t − τ) − K_d θ'(t − τ) − K_i θ(t) − B_i θ'(t) + n(t)

with I = m h² (a point mass at the centre-of-mass height h). The feedback structure is
Peterka's; the gains used here (K_p = 1.3 m g h, K_d = 0.35 m g h·s) are teaching choices, not
fitted to anyone. Our own derivation (:func:`critical_delay`) gives a body that sways more as the
delay grows and falls once the delay passes 0.237 s *with these gains*. The critical delay is a
property of the gains as much as of the body: other gains move it (:func:`critical_delay_grid`),
and no delayed PD gains at all can hold the body once the delay passes sqrt(2 I / (m g h)),
about 0.43 s for this body (:func:`max_stable_delay`, derived).

Loop delays: Cameron, Horak and colleagues (2008, *Somatosens Mot Res* 25:113) measured the EMG
onset latencies of automatic postural responses to a moving platform in ten people with MS
selected for imbalance and ten matched controls: 161 ± 31 ms against 102 ± 21 ms. Those are
response *latencies*, not loop delays; using them as the model's loop delay is an assumption.
Feedback models of healthy standing fitted to sway recordings need loop delays of about
150–200 ms (as summarised by Maurer & Peterka 2005), longer than the control latency. If the
healthy loop delay lies in that range and MS adds the measured 59 ms, the MS loop delay is about
209–259 ms, on both sides of the teaching gains' critical delay. In human data, quiet standing
did not behave like a delayed linear controller close to its critical delay (Milton et al. 2009,
*Chaos* 19:026110); only stick balancing on the fingertip did. So this model cannot say whether
people with MS stand close to a critical delay: that depends on the delay and gains assumed.

Every number below carries its evidence in its ``#:`` tag; "assumption" marks a modelling
choice, not a literature value.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

#: Gravitational acceleration, a physical constant. [setting]
G = 9.81
#: Body mass of the model person: a typical adult, chosen for teaching (the same 70 kg as the
#: spine model). [assumption]
BODY_MASS_KG = 70.0
#: Height of the centre of mass above the ankle: a typical adult value, chosen for teaching; the
#: model treats the body as a point mass there. [assumption]
COM_HEIGHT_M = 0.9
#: Proportional feedback gain K_p as a multiple of m·g·h. The feedback structure is Peterka's;
#: the value is a teaching choice (just above the 1 needed to stand), not fitted to anyone.
#: [assumption: peterka2002 | multiple of m·g·h]
KP_FACTOR = 1.3
#: Derivative feedback gain K_d as a multiple of m·g·h. Peterka's structure; the value is a
#: teaching choice, not fitted to anyone. [assumption: peterka2002 | multiple of m·g·h, in s]
KD_FACTOR_S = 0.35
#: Loop delay of the control model person: the EMG onset latency of automatic postural
#: responses, 102 ± 21 ms, measured in ten healthy controls (Cameron, Horak et al. 2008). Using a
#: response latency as the loop delay is an assumption. [assumption: cameron2008 | s]
CONTROL_DELAY_S = 0.102
#: Loop delay of the model person with MS: the EMG onset latency of automatic postural
#: responses, 161 ± 31 ms, measured in ten people with MS selected for imbalance (Cameron, Horak
#: et al. 2008). Using a response latency as the loop delay is an assumption.
#: [assumption: cameron2008 | s]
MS_DELAY_S = 0.161
#: Loop delay of healthy quiet standing in feedback models fitted to sway recordings: about
#: 150–200 ms, as Maurer & Peterka (2005) summarise earlier fits of mainly-feedback models
#: (Peterka 2002). Not measured in people with MS. [measured: maurer2005, peterka2002 | s]
HEALTHY_LOOP_DELAY_RANGE_S = (0.150, 0.200)
#: Extra postural-response latency of the people with MS in Cameron, Horak et al. (2008):
#: 161 − 102 ms. Adding it one for one to a loop delay is an assumption.
#: [derived: cameron2008 | s]
MS_EXTRA_DELAY_S = round(MS_DELAY_S - CONTROL_DELAY_S, 3)
#: Intensity of the white-noise disturbance torque, i.e. the standard deviation of the noise
#: torque averaged over one second. Chosen so that sway with the control delay is a few tenths
#: of a degree; not fitted to data, so sway amplitudes are only comparable with each other.
#: [assumption | N·m·√s]
NOISE_NM = 1.0
#: The body "falls" (has to step) when it leans past this angle: a round teaching value.
#: [assumption]
FALL_ANGLE_DEG = 8.0
#: Maximum ankle torque used to express muscle load as a fraction of maximum: an order of
#: magnitude for the plantarflexors, not a literature value. [assumption]
MAX_TORQUE_NM = 150.0
#: Ankle stiffness gained per N·m of tonic co-contraction torque: a teaching choice that makes
#: 20% co-contraction clearly steadying; not measured. [assumption | N·m/rad per N·m]
STIFFNESS_PER_TORQUE_PER_RAD = 3.0
#: Intrinsic damping that comes with co-contraction stiffness, B_i = this × K_i: a teaching
#: choice, not measured. [assumption]
INTRINSIC_DAMPING_S = 0.1


def _check(name: str, value: float, low: float, high: float, unit: str = "") -> float:
    """Return value as float, or raise ValueError naming the parameter, range and value."""
    try:
        v = float(value)
    except (TypeError, ValueError):
        raise TypeError(f"{name} must be a number (got {value!r})") from None
    if not (low <= v <= high):
        u = f" {unit}" if unit else ""
        raise ValueError(f"{name} must be between {low:g} and {high:g}{u} (got {value!r})")
    return v


@dataclass(frozen=True)
class BalanceParams:
    """Body and controller parameters of the inverted-pendulum model (Peterka's structure).

    Gains are multiples of m·g·h, the gravitational "toppling" stiffness. ``cocontraction`` is
    the tonic torque held by *each* of the two opposing ankle muscle groups, as a fraction of
    ``max_torque_Nm`` (assumption); it gives a delay-free stiffness
    K_i = STIFFNESS_PER_TORQUE_PER_RAD · 2 · cocontraction · max_torque_Nm and damping
    B_i = INTRINSIC_DAMPING_S · K_i (teaching model, not from the literature).
    """

    body_mass_kg: float = BODY_MASS_KG
    com_height_m: float = COM_HEIGHT_M
    kp_factor: float = KP_FACTOR
    kd_factor_s: float = KD_FACTOR_S
    cocontraction: float = 0.0
    max_torque_Nm: float = MAX_TORQUE_NM

    def __post_init__(self):
        _check("body_mass_kg", self.body_mass_kg, 20, 250, "kg")
        _check("com_height_m", self.com_height_m, 0.3, 1.5, "m")
        _check("kp_factor", self.kp_factor, 0, 10)
        _check("kd_factor_s", self.kd_factor_s, 0, 5, "s")
        _check("cocontraction", self.cocontraction, 0, 0.5)
        _check("max_torque_Nm", self.max_torque_Nm, 10, 1000, "N·m")

    @property
    def mgh(self) -> float:
        """Gravitational toppling stiffness m·g·h (N·m/rad)."""
        return self.body_mass_kg * G * self.com_height_m

    @property
    def inertia(self) -> float:
        """Moment of inertia about the ankle, I = m·h² (kg·m²), point-mass assumption."""
        return self.body_mass_kg * self.com_height_m**2

    @property
    def kp(self) -> float:
        """Delayed proportional gain K_p (N·m/rad)."""
        return self.kp_factor * self.mgh

    @property
    def kd(self) -> float:
        """Delayed derivative gain K_d (N·m·s/rad)."""
        return self.kd_factor_s * self.mgh

    @property
    def tonic_torque_Nm(self) -> float:
        """Tonic co-contraction torque in each muscle group (N·m), assumption."""
        return self.cocontraction * self.max_torque_Nm

    @property
    def k_intrinsic(self) -> float:
        """Delay-free co-contraction stiffness K_i (N·m/rad), teaching assumption."""
        return STIFFNESS_PER_TORQUE_PER_RAD * 2.0 * self.tonic_torque_Nm

    @property
    def b_intrinsic(self) -> float:
        """Delay-free co-contraction damping B_i (N·m·s/rad), teaching assumption."""
        return INTRINSIC_DAMPING_S * self.k_intrinsic


@dataclass(frozen=True)
class SwayResult:
    """One simulated standing trial.

    Arrays are sampled every ``dt_s``; after a fall they hold NaN. ``sd_angle_deg`` and
    ``sd_com_cm`` are over the samples before any fall. ``mean_activation`` is the mean muscle
    torque (feedback plus tonic co-contraction) as a fraction of ``params.max_torque_Nm``.
    """

    time_s: np.ndarray
    angle_deg: np.ndarray
    com_cm: np.ndarray
    sd_angle_deg: float
    sd_com_cm: float
    fell: bool
    fall_time_s: float
    mean_muscle_torque_Nm: float
    mean_activation: float
    delay_s: float
    fall_angle_deg: float
    params: BalanceParams


def simulate_sway(
    delay_s: float = CONTROL_DELAY_S,
    duration_s: float = 30.0,
    *,
    params: BalanceParams | None = None,
    noise_Nm: float = NOISE_NM,
    fall_angle_deg: float = FALL_ANGLE_DEG,
    initial_angle_deg: float = 0.0,
    dt_s: float = 0.005,
    seed: int | np.random.Generator | None = 0,
) -> SwayResult:
    """Simulate quiet standing: inverted pendulum with delayed PD feedback and noise.

    Integrates  I θ'' = m g h sin θ − K_p θ(t−τ) − K_d θ'(t−τ) − K_i θ − B_i θ' + n(t)
    with a semi-implicit Euler step of ``dt_s`` (feedback structure of Peterka 2002; the gains
    are teaching choices). n(t) is Gaussian white noise of intensity ``noise_Nm`` (N·m·√s;
    assumption), drawn from ``seed``. The body falls when |θ| exceeds ``fall_angle_deg``
    (assumption, default 8°); the simulation then stops. Before t = τ the feedback sees the
    body held still at its initial angle.

    Muscle load (teaching assumption): the muscle torque is |K_p θ(t−τ) + K_d θ'(t−τ) + K_i θ
    + B_i θ'| plus the tonic co-contraction torque; ``mean_activation`` divides its mean by
    ``params.max_torque_Nm``. Feed it to an endurance model (:mod:`msbackpain.fatigue`).

    Parameters: ``delay_s`` loop delay, 0–1 s (the defaults 102 ms control and 161 ms MS are the
    postural response latencies of Cameron, Horak et al. 2008, used as loop delays: an
    assumption); ``duration_s`` 1–600 s; ``initial_angle_deg`` a starting lean.
    """
    p = params if params is not None else BalanceParams()
    delay = _check("delay_s", delay_s, 0, 1, "s")
    dur = _check("duration_s", duration_s, 1, 600, "s")
    q = _check("noise_Nm", noise_Nm, 0, 100, "N·m·√s")
    fall_deg = _check("fall_angle_deg", fall_angle_deg, 0.5, 60, "degrees")
    th0 = _check("initial_angle_deg", initial_angle_deg, -fall_deg, fall_deg, "degrees")
    dt = _check("dt_s", dt_s, 1e-4, 0.02, "s")
    rng = seed if isinstance(seed, np.random.Generator) else np.random.default_rng(seed)

    n = int(round(dur / dt))
    d = int(round(delay / dt))
    a, kp, kd, ki, bi = p.mgh, p.kp, p.kd, p.k_intrinsic, p.b_intrinsic
    c = dt / p.inertia
    limit = math.radians(fall_deg)
    noise = (rng.standard_normal(n) * (q / math.sqrt(dt))).tolist()
    th = [math.radians(th0)] * (n + 1)
    om = [0.0] * (n + 1)
    hist0 = kp * th[0]  # before t = 0 the body was held still at θ0
    x, v, sin, tsum = th[0], 0.0, math.sin, 0.0
    fell_at = -1
    for k in range(n):
        j = k - d
        u = kp * th[j] + kd * om[j] if j >= 0 else hist0
        u += ki * x + bi * v
        tsum += abs(u)
        v += c * (a * sin(x) - u + noise[k])
        x += dt * v
        th[k + 1] = x
        om[k + 1] = v
        if abs(x) > limit:
            fell_at = k + 1
            break
    return _sway_result(th, fell_at, n, dt, tsum, delay, fall_deg, p)


def _sway_result(th, fell_at, n, dt, tsum, delay, fall_deg, p) -> SwayResult:
    """Pack the integrator's output into a :class:`SwayResult`."""
    angle = np.degrees(np.asarray(th, dtype=float))
    steps = fell_at if fell_at > 0 else n
    if fell_at > 0:
        angle[fell_at + 1 :] = np.nan
    valid = angle[: steps + 1]
    com = 100.0 * p.com_height_m * np.sin(np.radians(angle))
    mean_torque = tsum / max(steps, 1) + p.tonic_torque_Nm
    return SwayResult(
        time_s=np.arange(n + 1) * dt,
        angle_deg=angle,
        com_cm=com,
        sd_angle_deg=float(np.std(valid)),
        sd_com_cm=float(np.std(com[: steps + 1])),
        fell=fell_at > 0,
        fall_time_s=fell_at * dt if fell_at > 0 else math.nan,
        mean_muscle_torque_Nm=float(mean_torque),
        mean_activation=float(mean_torque / p.max_torque_Nm),
        delay_s=delay,
        fall_angle_deg=fall_deg,
        params=p,
    )


def critical_delay(params: BalanceParams | None = None) -> float:
    """Smallest loop delay (s) at which upright stance loses stability (linear analysis).

    Linearising sin θ ≈ θ, the characteristic equation is
    I s² + B_i s + K_i − m g h + (K_p + K_d s) e^(−s τ) = 0. Stability is lost when a root
    crosses the imaginary axis, s = iω: the moduli give
    I² ω⁴ + (2 I c + B_i² − K_d²) ω² + c² − K_p² = 0 with c = m g h − K_i, and the phases give
    the delay τ = arg[(K_p + i ω K_d) / (I ω² + c − i ω B_i)] / ω (taken in [0, 2π/ω)).
    Returns 0 if stance is not stable even without delay (K_p + K_i ≤ m g h, or no damping)
    and inf if no delay destabilises it. *Derived* for the default setting: 0.237 s.
    """
    p = params if params is not None else BalanceParams()
    a, inertia = p.mgh, p.inertia
    kp, kd, ki, bi = p.kp, p.kd, p.k_intrinsic, p.b_intrinsic
    c = a - ki
    if kp + ki <= a or kd + bi <= 0:
        return 0.0  # not (strictly) stable even without delay
    coeffs = [inertia**2, 2 * inertia * c + bi**2 - kd**2, c**2 - kp**2]
    taus = []
    for x in np.roots(coeffs):
        if abs(x.imag) > 1e-9 or x.real <= 0:
            continue
        w = math.sqrt(x.real)
        phase = np.angle((kp + 1j * w * kd) / (inertia * w**2 + c - 1j * w * bi))
        taus.append((phase % (2 * math.pi)) / w)
    return min(taus) if taus else math.inf


def sway_sd_vs_delay(
    delays_s,
    *,
    params: BalanceParams | None = None,
    noise_Nm: float = NOISE_NM,
) -> np.ndarray:
    """Standard deviation of sway angle (degrees) vs loop delay, linearised model, no simulation.

    For the linearised model driven by white noise of intensity q (``noise_Nm``), the sway
    variance is  σ² = (q² / π) ∫₀^∞ |H(iω)|² dω  with
    H(iω) = 1 / (−I ω² + i ω B_i + K_i − m g h + (K_p + i ω K_d) e^(−i ω τ)).
    Vectorised over ``delays_s``; returns inf at and beyond :func:`critical_delay`.
    Model: Peterka's structure with teaching gains; the integral is our derivation.
    """
    p = params if params is not None else BalanceParams()
    q = _check("noise_Nm", noise_Nm, 0, 100, "N·m·√s")
    tau = np.atleast_1d(np.asarray(delays_s, dtype=float))
    if tau.size == 0 or not np.all(np.isfinite(tau)) or tau.min() < 0 or tau.max() > 1:
        raise ValueError(f"delays_s must be finite and between 0 and 1 s (got {delays_s!r})")
    tc = critical_delay(p)
    w_max = 200.0
    w = np.concatenate([np.linspace(0.0, 20.0, 1001)[:-1], np.geomspace(20.0, w_max, 200)])
    e = np.exp(-1j * np.outer(tau, w))
    den = -p.inertia * w**2 + 1j * w * p.b_intrinsic + p.k_intrinsic - p.mgh
    den = den + (p.kp + 1j * w * p.kd) * e
    h2 = 1.0 / np.abs(den) ** 2
    integral = np.trapezoid(h2, w, axis=1) + 1.0 / (3.0 * p.inertia**2 * w_max**3)
    sd = np.degrees(q * np.sqrt(integral / math.pi))
    sd[tau >= tc] = np.inf
    return sd


def critical_delay_grid(
    kp_factors, kd_factors_s, params: BalanceParams | None = None
) -> np.ndarray:
    """Critical delay (s) for every pair of feedback gains (rows: K_p, columns: K_d).

    ``kp_factors`` and ``kd_factors_s`` are multiples of m·g·h (K_d in seconds); the other
    settings (body, co-contraction) come from ``params`` (default :class:`BalanceParams`).
    Uses :func:`critical_delay` (linear analysis, derived). Shows that the critical delay is a
    property of the chosen gains, not of the body alone.
    """
    base = params if params is not None else BalanceParams()
    kps = np.atleast_1d(np.asarray(kp_factors, dtype=float))
    kds = np.atleast_1d(np.asarray(kd_factors_s, dtype=float))
    out = np.empty((kps.size, kds.size))
    for i, kp in enumerate(kps.tolist()):
        for j, kd in enumerate(kds.tolist()):
            p = BalanceParams(
                base.body_mass_kg, base.com_height_m, kp, kd, base.cocontraction, base.max_torque_Nm
            )
            out[i, j] = critical_delay(p)
    return out


def max_stable_delay(params: BalanceParams | None = None) -> float:
    """Longest loop delay (s) that *any* delayed PD gains can stabilise: sqrt(2 I / (m g h − K_i)).

    The classical limit for an inverted pendulum I θ'' = c θ − K_p θ(t−τ) − K_d θ'(t−τ) with
    c = m g h − K_i (our derivation from the characteristic equation, checked against a grid of
    gains with :func:`critical_delay_grid`; it ignores the co-contraction damping B_i). It is
    approached only as K_p falls towards c, where stance has almost no stiffness to spare and
    sways widely. Returns inf if co-contraction alone holds the body (K_i ≥ m g h).
    About 0.43 s for the default body (h = 0.9 m): sqrt(2 h / g).
    """
    p = params if params is not None else BalanceParams()
    c = p.mgh - p.k_intrinsic
    if c <= 0:
        return math.inf
    return math.sqrt(2.0 * p.inertia / c)
