"""Musculoskeletal back discomfort over a day from held postures, muscle fatigue and relief.

Teaching model, not from the literature. Its inputs are measurements (the in-vivo disc pressures
of Wilke et al. 1999, one 70 kg man); its structure and its time constants and weights are
modelling assumptions, chosen so the model shows the kind of behaviour seen in laboratory studies
of healthy people who hold one posture for a long time, on a 0–10 scale. Its output is the
model's *discomfort signal*: not a measure of damage. How much load a back carries goes only
weakly with back pain (Swain et al. 2020; Saraceni et al. 2020), and spines adapt to load.

A day is a plan: a list of (activity, minutes) blocks. Each activity loads the lumbar disc with
the pressure Wilke et al. measured in the matching posture (:data:`ACTIVITIES`). Per minute, with
s the fraction of time the posture is *held* (static: 1 for sitting or standing still, 0 for
walking or lying):

    e(t)  = s · max(p(t) − p_rest, 0)                   (held load above lying, MPa)
    dS/dt = e(t) − S (s / τ_hold + (1 − s) / τ_relief)  (strain of holding, MPa·h)
    dΦ/dt = α (1 − Φ) − β Φ,  α = s p / (p_stand τ_F),  β = (1 − s) / τ_R   (muscle fatigue 0–1)
    pain  = 10 (1 − exp(−k (S / S_ref + w_F Φ)))         (0–10)

Only the held part of the load builds strain, and moving or lying down lets it fade within about
an hour: the model's version of the laboratory finding that holding one posture brings on
discomfort in many symptom-free people (Coenen et al. 2017) and that breaking it up relieves it a
little (De Carvalho & Callaghan 2023; sit-stand desks, Agarwal et al. 2018). Calibrated so that
71 minutes of standing still gives about 0.9 out of 10, the level Coenen et al. report as
reached on average after about 71 minutes, and an 8-hour desk day gives mild discomfort, not
moderate pain. ``k`` ("sensitivity") scales how much discomfort the same load gives.

What the model's words do not mean: S ("strain of holding") is a model quantity, not a measured
strain of any tissue and not damage; a disc pressure is not tissue strain either. Known gaps:
walking's pressure is an assumption (Wilke et al. measured walking, but we found no readable
value); changing between two held postures (sitting ↔ standing) brings no relief in the model,
although sit-stand desks lower discomfort a little in trials; the model has no term for the
wider benefits of staying active (low back pain guidance, NICE 2016; Dahm et al. 2010) or for
the harm of long bed rest. Overnight, the pressure in the disc *rises* (0.10 to 0.24 MPa in
Wilke's volunteer, as the disc takes up water): the model draws that rise, and separately lets
the strain of holding fade while lying, an assumption about discomfort, not about the disc.
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
#: Disc pressure while walking: Wilke et al. measured walking, but no value could be read, so the
#: model gives walking the relaxed-standing pressure. It hardly matters here: walking is not a held
#: posture (static fraction 0), so it builds no strain. [assumption: wilke1999]
WALKING_MPA = P_STAND_MPA
#: Sitting leaning back against a backrest: half of the relaxed-standing pressure. Nachemson (1981)
#: reports reclined, supported sitting 50–80% below standing; we take the smallest reduction. Not
#: Wilke's 0.30 MPa, which is slouched ("nonchalant") sitting without a backrest.
#: [assumption: nachemson1981, wilke1999]
SUPPORTED_SITTING_MPA = 0.5 * P_STAND_MPA
#: Disc pressure at the start and at the end of a night lying down, measured in one man: it rises
#: as the disc takes up water (Wilke et al. 1999). [measured: wilke1999]
NIGHT_START_MPA = WILKE_1999_MPA["lying prone"]
NIGHT_END_MPA = 0.24
#: Length of that overnight rise, about 7 h of sleep in Wilke's volunteer; the model draws it as a
#: straight line (the shape is an assumption). [measured: wilke1999 | h]
NIGHT_RISE_H = 7.0

#: Activities: (disc pressure MPa, posture it is taken from, static fraction s). Pressures measured
#: in one 70 kg man (Wilke et al. 1999) except walking and supported sitting (assumptions, see
#: WALKING_MPA and SUPPORTED_SITTING_MPA); "sleeping" starts at lying prone and rises overnight.
#: The static fractions are assumptions: 1 for a posture held still, 0 for walking and lying.
ACTIVITIES = {
    "lying": (WILKE_1999_MPA["lying prone"], "lying prone", 0.0),
    "sleeping": (NIGHT_START_MPA, "lying prone, rising overnight to 0.24 MPa", 0.0),
    "sitting": (WILKE_1999_MPA["sitting unsupported"], "sitting unsupported", 1.0),
    "sitting_supported": (
        SUPPORTED_SITTING_MPA,
        "assumption: half of relaxed standing (Nachemson 1981)",
        1.0,
    ),
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
    "walking": (WALKING_MPA, "assumption: as relaxed standing", 0.0),
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
#: Activities lying down (no held load; their pressure is drawn, not counted).
REST_ACTIVITIES = frozenset({"lying", "sleeping"})

#: Time constant of the strain of holding while a posture is held: a teaching choice so that
#: discomfort builds over hours of sitting or standing still; not fitted to anyone. [assumption]
TAU_STRAIN_UPRIGHT_H = 4.0
#: Time constant with which the strain of holding fades while moving or lying: a teaching choice
#: (relief within about an hour), in line with laboratory discomfort that settles after a session
#: and eases briefly after a walking break (De Carvalho & Callaghan 2023). Not a description of
#: the disc, whose pressure rises overnight (Wilke et al. 1999).
#: [assumption: decarvalho2023, wilke1999 | h]
TAU_STRAIN_REST_H = 1.0
#: Time constant of muscle fatigue in a held posture at the standing pressure: a teaching
#: choice (fatigue builds over about an hour). [assumption]
TAU_FATIGUE_H = 1.0
#: Time constant of muscle recovery during movement: a teaching choice (minutes). [assumption]
TAU_FATIGUE_RECOVERY_H = 10.0 / 60.0
#: Reference amount of strain that sets the pain scale: calibrated so that 71 min of standing
#: still gives about 0.9/10, the clinically relevant level that symptom-free people reach on
#: average after about 71 min of standing in laboratory studies (Coenen et al. 2017).
#: [assumption: coenen2017]
STRAIN_REF_MPA_H = 8.0
#: Weight of muscle fatigue against strain in the pain drive: a teaching choice, set with
#: STRAIN_REF_MPA_H. [assumption: coenen2017 | dimensionless]
FATIGUE_WEIGHT = 0.06
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

    ``pressure_MPa`` load (disc pressure of the activity), ``strain_MPa_h`` strain of holding S,
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
    """Discomfort 0–10 from the strain of holding S (MPa·h) and fatigue Φ (0–1), teaching model.

    pain = 10 (1 − exp(−k (S / S_ref + w_F Φ))), S_ref = 8 MPa·h, w_F = 0.06 (assumptions,
    calibrated on Coenen et al. 2017), k = ``sensitivity``. Vectorised.
    """
    s = np.asarray(strain_MPa_h, dtype=float)
    f = np.asarray(fatigue, dtype=float)
    drive = sensitivity * (s / STRAIN_REF_MPA_H + FATIGUE_WEIGHT * f)
    return 10.0 * (1.0 - np.exp(-np.maximum(drive, 0.0)))


def strain_rates(pressure_MPa, static_fraction):
    """Drive e (MPa) and fade rate r (1/h) of the strain of holding, dS/dt = e − r S. Vectorised.

    e = s · max(p − p_rest, 0); r = s / τ_hold + (1 − s) / τ_relief (module docstring).
    """
    p = np.asarray(pressure_MPa, dtype=float)
    st = np.asarray(static_fraction, dtype=float)
    drive = st * np.maximum(p - P_REST_MPA, 0.0)
    rate = st / TAU_STRAIN_UPRIGHT_H + (1.0 - st) / TAU_STRAIN_REST_H
    return drive, rate


def fatigue_rates(pressure_MPa, static_fraction):
    """Build-up rate α and recovery rate β (1/h) of fatigue, dΦ/dt = α (1 − Φ) − β Φ. Vectorised.

    α = s · (p / p_stand) / τ_fatigue; β = (1 − s) / τ_recovery (module docstring).
    """
    p = np.asarray(pressure_MPa, dtype=float)
    st = np.asarray(static_fraction, dtype=float)
    return st * (p / P_STAND_MPA) / TAU_FATIGUE_H, (1.0 - st) / TAU_FATIGUE_RECOVERY_H


def night_pressure(minutes) -> np.ndarray:
    """Disc pressure (MPa) after ``minutes`` of a night lying down: 0.10 rising to 0.24 MPa over
    7 h, then flat (measured end points, Wilke et al. 1999; straight line assumed)."""
    t_h = np.asarray(minutes, dtype=float) / 60.0
    frac = np.clip(t_h / NIGHT_RISE_H, 0.0, 1.0)
    return NIGHT_START_MPA + (NIGHT_END_MPA - NIGHT_START_MPA) * frac


def _block(s0, f0, p, static, n):
    """Closed-form strain and fatigue at the end of each of n minutes of constant activity."""
    t_h = np.arange(1, n + 1) / 60.0
    e, r = strain_rates(p, static)
    e, r = float(e), float(r)
    s_eq = e / r
    strain = s_eq + (s0 - s_eq) * np.exp(-r * t_h)
    alpha, beta = fatigue_rates(p, static)
    k = alpha + beta
    f_eq = alpha / k if k > 0 else f0
    fatigue = f_eq + (f0 - f_eq) * np.exp(-k * t_h)
    return strain, fatigue


def simulate_day(plan, *, sensitivity: float = 1.0, initial_state=(0.0, 0.0)) -> DayResult:
    """Load, strain of holding, fatigue and discomfort (0–10) per minute for a day's plan.

    Implements the teaching model of the module docstring (assumptions throughout; disc
    pressures from Wilke et al. 1999, one 70 kg man). A "sleeping" block draws the overnight
    pressure rise (:func:`night_pressure`); like all lying, it builds no strain. ``plan``: list
    of (activity, minutes) (see :func:`validate_plan`). ``sensitivity`` k (0–5) scales pain for
    the same load.
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
        st, fa = _block(s0, f0, p, static, n)
        strains.append(st)
        fatigues.append(fa)
        pressures.append(night_pressure(np.arange(n)) if act == "sleeping" else np.full(n, p))
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
    supported_sitting_hours=0.0,
) -> dict:
    """Day-resolution load summary for many people at once (vectorised; for a diary model).

    Walking time = steps / cadence (100 steps/min, assumption). Returns a dict of arrays:
    ``upright_hours``; ``dose_MPa_h`` = Σ (p − p_rest) × hours with Wilke et al. 1999 pressures
    (sitting unsupported 0.46, standing 0.50, standing flexed 1.10 MPa; walking 0.50 and sitting
    against a backrest 0.25, assumptions); ``mean_pressure_MPa`` (time-weighted);
    ``static_fraction`` (time-weighted s: 1 for the held postures, 0 for walking).
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
    supported = arr("supported_sitting_hours", supported_sitting_hours, 24)
    hours = sit + stand + walk + bend + supported
    if np.any(hours > 24):
        raise ValueError(
            f"sitting + standing + walking + bending hours must be at most 24 "
            f"(got {float(np.max(hours)):.1f})"
        )
    parts = [
        (sit, "sitting"),
        (stand, "standing"),
        (walk, "walking"),
        (bend, "bending"),
        (supported, "sitting_supported"),
    ]
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
    with static fraction ``static_fraction`` (held load s·(p − p_rest), fade rate
    s/τ_hold + (1 − s)/τ_relief), then lying for the rest of 24 h (``sleep_hours`` of it asleep;
    lying builds no strain and lets it fade with τ_relief, an assumption about discomfort, not
    about the disc). Uses the same equations and assumptions as :func:`simulate_day`, so a day
    that really is one block gives the same evening pain. Evening strain is linear in the
    morning strain and in (p − p_rest) for a given static fraction.
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
    e, r = strain_rates(p, st)
    decay = np.exp(-r * t)
    s_eve = s0 * decay + e / r * (1 - decay)
    alpha, beta = fatigue_rates(p, st)
    kk = alpha + beta
    f_eve = np.where(kk > 0, alpha / np.where(kk > 0, kk, 1.0) * (1 - np.exp(-kk * t)), 0.0)
    s_next = s_eve * np.exp(-(24.0 - t) / TAU_STRAIN_REST_H)
    return {
        "evening_pain": pain_from_state(s_eve, f_eve, k),
        "evening_strain_MPa_h": s_eve,
        "evening_fatigue": f_eve,
        "next_strain_MPa_h": s_next,
    }
