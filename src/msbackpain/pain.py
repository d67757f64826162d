"""Musculoskeletal back pain over a day from tissue load, muscle fatigue and recovery.

Teaching model, not from the literature. Its inputs are measurements (the in-vivo disc pressures
of Wilke et al. 1999, one 70 kg man); its structure and all its time constants and weights are
modelling assumptions, chosen so the model shows the kind of behaviour expected of nociceptive
pain secondary to posture and motor problems (a class of pain in MS in Truini et al. 2013) on a
0–10 scale, not fitted to any data.

A day is a plan: a list of (activity, minutes) blocks. Each activity loads the lumbar disc with
the pressure Wilke et al. measured in the matching posture (:data:`ACTIVITIES`). Per minute:

    e(t)  = max(p(t) − p_rest, 0)                       (load above lying, MPa)
    dS/dt = e(t) − S / τ_S                               (tissue strain, MPa·h; τ_S shorter lying)
    dΦ/dt = α (1 − Φ) − β Φ,  α = s p / (p_stand τ_F),  β = (1 − s) / τ_R   (muscle fatigue 0–1)
    pain  = 10 (1 − exp(−k (S / S_ref + w_F Φ)))          (0–10)

with s the fraction of time the posture is held statically. More load or longer static blocks
raise S and Φ; breaks (walking, lying) let Φ recover within minutes and S over hours; a night
lying down clears most of S. ``k`` ("sensitivity") scales how much pain the same load gives.

What the model's words do not mean: S ("tissue strain") is a running total of disc pressure
above rest, a model quantity, not a measured strain of any tissue and not damage; a disc pressure
is not tissue strain either. Known disagreements with measurements and guidance: Wilke et al.
measured walking, but this model does not use their value (walking gets the relaxed-standing
pressure, an assumption); the pressure in the disc *rises* during a night lying down (0.10 to
0.24 MPa in Wilke's volunteer, as the disc takes up water), while the model lets its strain
drain away overnight (a teaching assumption); and breaks lying down beat walking breaks in this
model, which contradicts low back pain guidance to stay active (NICE 2016): an artefact of these
assumptions, not a finding.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from msbackpain.spine import WILKE_1999_MPA

#: Minutes in a day. [setting]
MINUTES_PER_DAY = 24 * 60
#: Reference pressure with no extra load: lying prone, 0.10 MPa, measured in one 70 kg man
#: (Wilke et al. 1999). Using it as the model's zero-load level is an assumption.
#: [measured: wilke1999]
P_REST_MPA = WILKE_1999_MPA["lying prone"]
#: Relaxed standing, 0.50 MPa, measured in one 70 kg man (Wilke et al. 1999); scales the muscle
#: demand. [measured: wilke1999]
P_STAND_MPA = WILKE_1999_MPA["relaxed standing"]

#: Activities: (disc pressure MPa, Wilke 1999 posture it is taken from, static fraction s).
#: The pressures were measured in one 70 kg man (Wilke et al. 1999), except walking: Wilke et al.
#: measured walking too, but this model does not use their value; walking is given the
#: relaxed-standing pressure (a model assumption). The static fractions are assumptions.
ACTIVITIES = {
    "lying": (WILKE_1999_MPA["lying prone"], "lying prone", 0.0),
    "sleeping": (WILKE_1999_MPA["lying prone"], "lying prone", 0.0),
    "sitting": (WILKE_1999_MPA["sitting unsupported"], "sitting unsupported", 1.0),
    "sitting_slouched": (
        WILKE_1999_MPA["relaxed slouched sitting"],
        "relaxed slouched sitting",
        1.0,
    ),
    "sitting_flexed": (
        WILKE_1999_MPA["sitting maximally flexed"],
        "sitting maximally flexed",
        1.0,
    ),
    "standing": (WILKE_1999_MPA["relaxed standing"], "relaxed standing", 1.0),
    "walking": (WILKE_1999_MPA["relaxed standing"], "assumption: as relaxed standing", 0.2),
    "bending": (WILKE_1999_MPA["standing flexed forward"], "standing flexed forward", 1.0),
    "lifting": (
        WILKE_1999_MPA["lifting 20 kg with bent knees"],
        "lifting 20 kg with bent knees",
        1.0,
    ),
    "lifting_round_back": (
        WILKE_1999_MPA["lifting 20 kg with a round back"],
        "lifting 20 kg with a round back",
        1.0,
    ),
}
#: Activities that count as rest (faster recovery of tissue strain).
REST_ACTIVITIES = frozenset({"lying", "sleeping"})

#: Time constant of the strain store while upright: a teaching choice so that strain builds
#: over a working day; not fitted to anyone. [assumption]
TAU_STRAIN_UPRIGHT_H = 4.0
#: Time constant of the strain store while lying: a teaching choice so that a night clears most
#: of a day's strain. In-vivo disc pressure instead rises overnight (Wilke et al. 1999), so this
#: recovery rule is not a description of the disc. [assumption: wilke1999 | h]
TAU_STRAIN_REST_H = 1.5
#: Time constant of muscle fatigue in a held posture at the standing pressure: a teaching
#: choice (fatigue builds over about an hour). [assumption]
TAU_FATIGUE_H = 1.0
#: Time constant of muscle recovery during movement: a teaching choice (minutes). [assumption]
TAU_FATIGUE_RECOVERY_H = 10.0 / 60.0
#: Reference amount of strain that sets the pain scale: a teaching choice. [assumption]
STRAIN_REF_MPA_H = 4.0
#: Weight of muscle fatigue against strain in the pain drive: a teaching choice.
#: [assumption | dimensionless]
FATIGUE_WEIGHT = 0.4
#: Walking cadence used to turn a step count into walking time: a round typical value.
#: [assumption]
CADENCE_STEPS_PER_MIN = 100.0


def validate_plan(plan) -> list[tuple[str, int]]:
    """Check a day's plan and return it as a list of (activity, minutes) tuples.

    A plan is a sequence of (activity, minutes) pairs; activity one of :data:`ACTIVITIES`,
    minutes a whole number ≥ 0, the total at most 24 h (1440 min). Raises ValueError or
    TypeError with a message naming the block, the allowed values and what was received.
    """
    if isinstance(plan, (str, bytes)) or not hasattr(plan, "__iter__"):
        raise TypeError(f"plan must be a list of (activity, minutes) tuples (got {plan!r})")
    out = []
    for i, block in enumerate(plan):
        if not isinstance(block, (tuple, list)) or len(block) != 2:
            raise TypeError(f"plan block {i} must be an (activity, minutes) pair (got {block!r})")
        act, minutes = block
        if act not in ACTIVITIES:
            known = ", ".join(ACTIVITIES)
            raise ValueError(f"plan block {i}: unknown activity {act!r}; known: {known}")
        if isinstance(minutes, bool) or not isinstance(minutes, (int, np.integer, float)):
            raise TypeError(f"plan block {i}: minutes must be a number (got {minutes!r})")
        if not np.isfinite(minutes) or minutes < 0 or minutes != int(minutes):
            raise ValueError(
                f"plan block {i}: minutes must be a whole number ≥ 0 (got {minutes!r} for {act!r})"
            )
        out.append((str(act), int(minutes)))
    total = sum(m for _, m in out)
    if total > MINUTES_PER_DAY:
        raise ValueError(
            f"plan total must be at most 1440 minutes (24 h) (got {total} min = {total / 60:.1f} h)"
        )
    if total == 0:
        raise ValueError("plan must contain at least one minute (got a total of 0 minutes)")
    return out


@dataclass(frozen=True)
class DayResult:
    """Per-minute output of :func:`simulate_day`; arrays have one entry per minute.

    ``pressure_MPa`` load (disc pressure of the activity), ``strain_MPa_h`` tissue strain S,
    ``fatigue`` muscle fatigue Φ (0–1), ``pain`` 0–10; ``final_state`` = (S, Φ) at the end.
    """

    minute: np.ndarray
    activity: np.ndarray
    pressure_MPa: np.ndarray
    strain_MPa_h: np.ndarray
    fatigue: np.ndarray
    pain: np.ndarray
    final_state: tuple[float, float]

    @property
    def mean_pain(self) -> float:
        """Mean pain over the plan (0–10)."""
        return float(self.pain.mean())

    @property
    def peak_pain(self) -> float:
        """Highest pain over the plan (0–10)."""
        return float(self.pain.max())


def _check_float(name: str, value, low: float, high: float) -> float:
    try:
        v = float(value)
    except (TypeError, ValueError):
        raise TypeError(f"{name} must be a number (got {value!r})") from None
    if not (low <= v <= high):
        raise ValueError(f"{name} must be between {low:g} and {high:g} (got {value!r})")
    return v


def pain_from_state(strain_MPa_h, fatigue, sensitivity=1.0):
    """Pain 0–10 from tissue strain S (MPa·h) and fatigue Φ (0–1), teaching model.

    pain = 10 (1 − exp(−k (S / S_ref + w_F Φ))), S_ref = 4 MPa·h, w_F = 0.4 (assumptions),
    k = ``sensitivity``. Vectorised.
    """
    s = np.asarray(strain_MPa_h, dtype=float)
    f = np.asarray(fatigue, dtype=float)
    drive = sensitivity * (s / STRAIN_REF_MPA_H + FATIGUE_WEIGHT * f)
    return 10.0 * (1.0 - np.exp(-np.maximum(drive, 0.0)))


def _block(s0, f0, p, static, rest, n):
    """Closed-form strain and fatigue at the end of each of n minutes of constant activity."""
    t_h = np.arange(1, n + 1) / 60.0
    e = max(p - P_REST_MPA, 0.0)
    tau = TAU_STRAIN_REST_H if rest else TAU_STRAIN_UPRIGHT_H
    s_eq = e * tau
    strain = s_eq + (s0 - s_eq) * np.exp(-t_h / tau)
    alpha = static * (p / P_STAND_MPA) / TAU_FATIGUE_H
    beta = (1.0 - static) / TAU_FATIGUE_RECOVERY_H
    k = alpha + beta
    f_eq = alpha / k if k > 0 else f0
    fatigue = f_eq + (f0 - f_eq) * np.exp(-k * t_h)
    return strain, fatigue


def simulate_day(plan, *, sensitivity: float = 1.0, initial_state=(0.0, 0.0)) -> DayResult:
    """Load, tissue strain, fatigue and pain (0–10) per minute for a day's plan.

    Implements the teaching model of the module docstring (assumptions throughout; disc
    pressures from Wilke et al. 1999, one 70 kg man). ``plan``: list of (activity, minutes)
    (see :func:`validate_plan`). ``sensitivity`` k (0–5) scales pain for the same load.
    ``initial_state`` = (S, Φ) carried from a previous day (e.g. ``previous.final_state``).
    Each block is solved in closed form, so a day costs well under a millisecond.
    """
    blocks = validate_plan(plan)
    k = _check_float("sensitivity", sensitivity, 0, 5)
    if not isinstance(initial_state, (tuple, list)) or len(initial_state) != 2:
        raise TypeError(f"initial_state must be a (strain, fatigue) pair (got {initial_state!r})")
    s0 = _check_float("initial_state strain", initial_state[0], 0, 100)
    f0 = _check_float("initial_state fatigue", initial_state[1], 0, 1)
    strains, fatigues, pressures, acts = [], [], [], []
    for act, n in blocks:
        if n == 0:
            continue
        p, _, static = ACTIVITIES[act]
        st, fa = _block(s0, f0, p, static, act in REST_ACTIVITIES, n)
        strains.append(st)
        fatigues.append(fa)
        pressures.append(np.full(n, p))
        acts.append(np.full(n, act, dtype=object))
        s0, f0 = float(st[-1]), float(fa[-1])
    strain = np.concatenate(strains)
    fatigue = np.concatenate(fatigues)
    return DayResult(
        minute=np.arange(strain.size),
        activity=np.concatenate(acts),
        pressure_MPa=np.concatenate(pressures),
        strain_MPa_h=strain,
        fatigue=fatigue,
        pain=pain_from_state(strain, fatigue, k),
        final_state=(s0, f0),
    )


def with_breaks(
    activity: str,
    total_minutes: int,
    every_minutes: int,
    break_minutes: int,
    break_activity: str = "walking",
) -> list[tuple[str, int]]:
    """A plan of ``total_minutes`` of ``activity`` interrupted every ``every_minutes`` by a break.

    The break (``break_minutes`` of ``break_activity``) is *added*, so the time spent on the
    activity stays the same. Returns a plan for :func:`simulate_day` (validated).
    """
    total = int(_check_float("total_minutes", total_minutes, 1, MINUTES_PER_DAY))
    every = int(_check_float("every_minutes", every_minutes, 1, MINUTES_PER_DAY))
    brk = int(_check_float("break_minutes", break_minutes, 0, 240))
    plan, done = [], 0
    while done < total:
        n = min(every, total - done)
        plan.append((activity, n))
        done += n
        if done < total and brk > 0:
            plan.append((break_activity, brk))
    return validate_plan(plan)


def daily_dose(
    sitting_hours,
    standing_hours=0.0,
    steps=0.0,
    bending_hours=0.0,
    cadence_steps_per_min: float = CADENCE_STEPS_PER_MIN,
) -> dict:
    """Day-resolution load summary for many people at once (vectorised; for a diary model).

    Walking time = steps / cadence (100 steps/min, assumption). Returns a dict of arrays:
    ``upright_hours``; ``dose_MPa_h`` = Σ (p − p_rest) × hours with Wilke et al. 1999 pressures
    (sitting unsupported 0.46, standing 0.50, standing flexed 1.10 MPa; walking as standing,
    assumption); ``mean_pressure_MPa`` (time-weighted); ``static_fraction`` (time-weighted s).
    """

    def arr(name, v, hi):
        a = np.asarray(v, dtype=float)
        bad = ~np.isfinite(a) | (a < 0) | (a > hi)
        if np.any(bad):
            raise ValueError(
                f"{name} must be between 0 and {hi:g} (got {a.ravel()[bad.ravel()][0]:g})"
            )
        return a

    sit = arr("sitting_hours", sitting_hours, 24)
    stand = arr("standing_hours", standing_hours, 24)
    walk = (
        arr("steps", steps, 200_000)
        / _check_float("cadence_steps_per_min", cadence_steps_per_min, 20, 200)
        / 60.0
    )
    bend = arr("bending_hours", bending_hours, 24)
    hours = sit + stand + walk + bend
    if np.any(hours > 24):
        raise ValueError(
            f"sitting + standing + walking + bending hours must be at most 24 "
            f"(got {float(np.max(hours)):.1f})"
        )
    parts = [(sit, "sitting"), (stand, "standing"), (walk, "walking"), (bend, "bending")]
    dose = sum(h * (ACTIVITIES[a][0] - P_REST_MPA) for h, a in parts)
    press = sum(h * ACTIVITIES[a][0] for h, a in parts)
    stat = sum(h * ACTIVITIES[a][2] for h, a in parts)
    safe = np.where(hours > 0, hours, 1.0)
    return {
        "upright_hours": hours,
        "dose_MPa_h": dose,
        "mean_pressure_MPa": np.where(hours > 0, press / safe, P_REST_MPA),
        "static_fraction": np.where(hours > 0, stat / safe, 0.0),
    }


def daily_pain_update(
    strain_morning_MPa_h,
    upright_hours,
    mean_pressure_MPa,
    static_fraction,
    sleep_hours=8.0,
    sensitivity=1.0,
) -> dict:
    """One day of the pain model in closed form, vectorised over people (for a diary model).

    Approximates the day as one upright block of ``upright_hours`` at ``mean_pressure_MPa``
    with static fraction ``static_fraction``, then lying for the rest of 24 h (``sleep_hours``
    of it asleep; all lying counts as rest). Uses the same equations and assumptions as
    :func:`simulate_day`, so a day that really is one block gives the same evening pain.
    Fatigue starts each morning at 0 (recovered overnight). Returns a dict of arrays:
    ``evening_pain`` (0–10, end of the upright block), ``evening_strain_MPa_h``,
    ``evening_fatigue``, ``next_strain_MPa_h`` (the next morning's S).
    """
    s0 = np.asarray(strain_morning_MPa_h, dtype=float)
    t = np.asarray(upright_hours, dtype=float)
    p = np.asarray(mean_pressure_MPa, dtype=float)
    st = np.asarray(static_fraction, dtype=float)
    sl = np.asarray(sleep_hours, dtype=float)
    for name, a, lo, hi in [
        ("strain_morning_MPa_h", s0, 0, 100),
        ("upright_hours", t, 0, 24),
        ("mean_pressure_MPa", p, 0, 5),
        ("static_fraction", st, 0, 1),
        ("sleep_hours", sl, 0, 24),
    ]:
        bad = ~np.isfinite(a) | (a < lo) | (a > hi)
        if np.any(bad):
            raise ValueError(
                f"{name} must be between {lo:g} and {hi:g} (got {a.ravel()[bad.ravel()][0]:g})"
            )
    if np.any(t + sl > 24):
        raise ValueError(
            f"upright_hours + sleep_hours must be at most 24 (got {float(np.max(t + sl)):.1f})"
        )
    k = (
        _check_float("sensitivity", sensitivity, 0, 5)
        if np.ndim(sensitivity) == 0
        else (np.asarray(sensitivity, dtype=float))
    )
    e = np.maximum(p - P_REST_MPA, 0.0)
    decay = np.exp(-t / TAU_STRAIN_UPRIGHT_H)
    s_eve = s0 * decay + e * TAU_STRAIN_UPRIGHT_H * (1 - decay)
    alpha = st * (p / P_STAND_MPA) / TAU_FATIGUE_H
    beta = (1 - st) / TAU_FATIGUE_RECOVERY_H
    kk = alpha + beta
    f_eve = np.where(kk > 0, alpha / np.where(kk > 0, kk, 1.0) * (1 - np.exp(-kk * t)), 0.0)
    s_next = s_eve * np.exp(-(24.0 - t) / TAU_STRAIN_REST_H)
    return {
        "evening_pain": pain_from_state(s_eve, f_eve, k),
        "evening_strain_MPa_h": s_eve,
        "evening_fatigue": f_eve,
        "next_strain_MPa_h": s_next,
    }
