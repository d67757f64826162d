"""Self-checks for notebook 05 (posture, gait and balance); answers are computed from the models."""

from __future__ import annotations

import math

import numpy as np

from msbackpain import balance, gait, spine
from msbackpain.ui.exercises import _as_number, check_number, is_unanswered


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
        "Exercise 2",
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


def exercise_3(answer):
    """The model's flexed/upright compression ratio (to compare with Wilke's pressure ratio)."""
    expected = model_ratio()
    if _close(answer, wilke_ratio(), rel=0.03):
        hint = "that is the measured (Wilke) ratio; compute the model's ratio with l5s1_load."
    elif _close(answer, 1.0 / expected, rel=0.03):
        hint = "you divided the other way round: 45° over upright."
    else:
        hint = "divide l5s1_load(70, 45).compression_N by l5s1_load(70, 0).compression_N."
    return check_number(
        "Exercise 3",
        answer,
        expected,
        rel_tol=0.01,
        explanation=(
            f"The model's ratio is about {expected:.1f}, more than twice the measured "
            f"{wilke_ratio():.1f}: with no muscle co-activation the model's upright spine "
            "carries only the trunk's weight, so it underestimates the upright load."
        ),
        hint=hint,
    )


def side_muscle_force_N(capacity: float = 0.6, body_mass_kg: float = 70.0) -> float:
    """One-sided lumbar muscle force (N) at the lean that weak hip abductors need."""
    lean = float(gait.lean_needed_deg(capacity))
    return float(gait.single_leg_stance(body_mass_kg, lean).lateral_muscle_force_N)


def exercise_4(answer):
    """One-sided lumbar muscle force when the hip abductors manage 60% of the upright moment."""
    expected = side_muscle_force_N(0.6)
    if _close(answer, side_muscle_force_N(0.5), rel=0.03):
        hint = "that is the force for abductors at 50%; use a capacity of 0.6."
    elif _close(answer, float(gait.lean_needed_deg(0.6)), rel=0.03):
        hint = "that is the lean in degrees; now put it into gait.single_leg_stance."
    elif _close(answer, expected / 1000.0, rel=0.03):
        hint = "give the force in newtons, not kilonewtons."
    else:
        hint = (
            "lean = gait.lean_needed_deg(0.6); then "
            "gait.single_leg_stance(70, lean).lateral_muscle_force_N."
        )
    return check_number(
        "Exercise 4",
        answer,
        expected,
        rel_tol=0.02,
        unit="N",
        explanation=(
            f"About {expected:.0f} N on one side of the lower back at every step on that leg: "
            "less than with abductors at 50%, but still a one-sided load, repeated at every "
            "step on that leg."
        ),
        hint=hint,
    )
