"""Self-checks for notebook 05 (posture, gait and balance); answers are computed from the models."""

from __future__ import annotations

import math

import numpy as np

from msbackpain import balance, gait, spine
from msbackpain.ui.exercises import (
    _as_number,
    built_or_reference,
    check_function,
    check_number,
    is_unanswered,
)


def _close(answer, value: float, rel: float = 0.03) -> bool:
    """True if ``answer`` is a number within ``rel`` of ``value`` (for targeted hints)."""
    if is_unanswered(answer):
        return False
    number, _ = _as_number(answer)
    return number is not None and math.isclose(number, value, rel_tol=rel)


def safety_margin_ms() -> float:
    """Critical delay minus the MS postural latency, in milliseconds."""
    return 1000.0 * (balance.critical_delay() - balance.MS_DELAY_S)


def exercise_1(answer):
    """How many milliseconds more delay the MS setting can take before upright stance is lost."""
    expected = safety_margin_ms()
    if _close(answer, expected / 1000.0):
        hint = "that looks like seconds; give the margin in milliseconds (multiply by 1000)."
    elif _close(answer, 250.0 - 1000.0 * balance.MS_DELAY_S, rel=0.02):
        hint = "use the model's critical delay, balance.critical_delay(), not the rounded 0.25 s."
    elif _close(answer, 1000.0 * balance.critical_delay(), rel=0.02):
        hint = "that is the critical delay itself; subtract the MS delay (161 ms) from it."
    else:
        hint = "compute balance.critical_delay() (in seconds), subtract balance.MS_DELAY_S, × 1000."
    return check_number(
        "Exercise 1",
        answer,
        expected,
        rel_tol=0,
        abs_tol=1.0,
        unit="ms",
        explanation=(
            f"The margin is about {expected:.0f} ms, in this model only: with the teaching gains "
            "and the latencies used as loop delays. A person two standard deviations above the "
            "MS mean (161 + 2 × 31 ≈ 223 ms) is much closer to the edge, and with loop delays in "
            "the range fitted to healthy standing (150–200 ms, plus the 59 ms MS difference) "
            "the margin can vanish."
        ),
        hint=hint,
    )


def crossing_angle_deg(body_mass_kg: float = 70.0, load_kg: float = 10.0) -> float:
    """Smallest trunk flexion (degrees) at which compression reaches the NIOSH 3.4 kN line."""
    angles = np.linspace(0.0, 90.0, 90001)
    comp = spine.l5s1_load(body_mass_kg, angles, load_kg).compression_N
    above = comp >= spine.NIOSH_COMPRESSION_CRITERION_N
    return float(angles[np.argmax(above)]) if above.any() else math.inf


def exercise_2(answer):
    """Trunk angle at which a 70 kg person holding 10 kg passes the 3.4 kN criterion."""
    expected = crossing_angle_deg(70.0, 10.0)
    if _close(answer, crossing_angle_deg(70.0, 20.0), rel=0.03):
        hint = "that is the angle for a 20 kg load; use load_kg=10."
    elif _close(answer, 45.0, rel=0.001):
        hint = "45° is already past the line; look for the first angle where it is crossed."
    else:
        hint = (
            "make angles = np.linspace(0, 90, 9001), compute spine.l5s1_load(70, angles, 10)"
            ".compression_N, and take the first angle where it is ≥ 3400 N."
        )
    return check_number(
        "Exercise 5",
        answer,
        expected,
        rel_tol=0,
        abs_tol=0.3,
        unit="degrees",
        explanation=(
            f"At about {expected:.1f}° the 10 kg load takes the compression past 3.4 kN: a "
            "moderate forward lean with a shopping bag already reaches the NIOSH criterion in "
            "this static model."
        ),
        hint=hint,
    )


def model_ratio() -> float:
    """Static model: compression at 45° over compression upright (70 kg, no load)."""
    c = spine.l5s1_load(70.0, [45.0, 0.0]).compression_N
    return float(c[0] / c[1])


def wilke_ratio() -> float:
    """Wilke et al. 1999: standing flexed forward over relaxed standing (disc pressure)."""
    w = spine.WILKE_1999_MPA
    return w["standing flexed forward"] / w["relaxed standing"]


def side_muscle_force_N(capacity: float = 0.6, body_mass_kg: float = 70.0) -> float:
    """One-sided lumbar muscle force (N) at the lean that weak hip abductors need."""
    lean = float(gait.lean_needed_deg(capacity))
    return float(gait.single_leg_stance(body_mass_kg, lean).lateral_muscle_force_N)


# ============================================================ build the L5/S1 model (3 steps)
_BUILD_CASES = [(70.0, 45.0, 0.0), (70.0, 0.0, 10.0), (55.0, 30.0, 20.0), (90.0, 80.0, 5.0)]


def build_step_1(function):
    """Step 1: the moment of the trunk's weight about L5/S1, m_HAT g d sin θ."""
    cases = [((m, th), float(spine.trunk_moment_Nm(m, th))) for m, th, _ in _BUILD_CASES]
    return check_function(
        "Build step 1",
        function,
        cases,
        rel_tol=1e-6,
        abs_tol=1e-6,
        explanation=(
            "The trunk's weight (0.678 × body mass × g) acts d = 0.31 m up the trunk; leaning by "
            "θ moves it d sin θ in front of L5/S1: about "
            f"{float(spine.trunk_moment_Nm(70, 45)):.0f} N·m for 70 kg at 45°."
        ),
        hint=(
            "return spine.HAT_MASS_FRACTION * body_mass_kg * spine.G * spine.HAT_COM_DISTANCE_M "
            "* np.sin(np.radians(trunk_deg)) (np.sin takes radians)."
        ),
    )


def build_step_2(function):
    """Step 2: add the held load's moment, m_load g (s sin θ + a)."""
    cases = [(args, float(spine.l5s1_moment_Nm(*args))) for args in _BUILD_CASES]
    return check_function(
        "Build step 2",
        function,
        cases,
        rel_tol=1e-6,
        abs_tol=1e-6,
        explanation=(
            "The load hangs from the shoulders (s = 0.45 m up the trunk) and a = 0.25 m further "
            "forward, so even upright it has a lever arm: 10 kg held upright adds about "
            f"{float(spine.l5s1_moment_Nm(70, 0, 10)):.0f} N·m."
        ),
        hint=(
            "return trunk_moment(body_mass_kg, trunk_deg) + load_kg * spine.G * "
            "(spine.SHOULDER_DISTANCE_M * np.sin(np.radians(trunk_deg)) + spine.LOAD_REACH_M)."
        ),
    )


def build_step_3(function):
    """Step 3: the compression, M / r + (m_HAT + m_load) g cos θ. Checks it, then returns the
    function the notebook uses from here on: the learner's once it is right, else
    :func:`msbackpain.spine.l5s1_compression_N`.
    """
    cases = [(args, float(spine.l5s1_compression_N(*args))) for args in _BUILD_CASES]
    verdict = check_function(
        "Build step 3",
        function,
        cases,
        rel_tol=1e-6,
        abs_tol=1e-6,
        explanation=(
            "The back muscles pull M / r with r = 5 cm, twenty times the moment in newtons, and "
            "the weight along the spine adds (m_HAT + m_load) g cos θ: about "
            f"{float(spine.l5s1_compression_N(70, 45)) / 1000:.2f} kN for 70 kg at 45°."
        ),
        hint=(
            "theta = np.radians(trunk_deg); muscle = moment_at_l5s1(body_mass_kg, trunk_deg, "
            "load_kg) / spine.ERECTOR_LEVER_ARM_M; return muscle + (spine.HAT_MASS_FRACTION * "
            "body_mass_kg + load_kg) * spine.G * np.cos(theta)."
        ),
    )
    return built_or_reference(
        verdict, function, spine.l5s1_compression_N, "L5/S1 compression model"
    )
