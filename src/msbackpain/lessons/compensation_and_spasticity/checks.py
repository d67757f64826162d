"""Self-checks for notebook 04 (compensation and spasticity).

Every expected answer is computed from the models, so a check cannot disagree with them.
"""

from __future__ import annotations

import math

import numpy as np

from msbackpain import compensation, spasticity, spine
from msbackpain.ui.exercises import (
    Verdict,
    _as_number,
    check_choice,
    check_number,
    is_unanswered,
    report,
)

#: The moment of the compensation exercises (N·m): the notebook's example, a setting.
MOMENT_NM = 55.0
#: Back-extensor strength left in exercise 1 (40% weaker): an illustration.
STRENGTH = 0.6
#: The strategies of exercise 2, as the learner may name them.
STRATEGIES = ["hip hinge", "arm support", "passive tissue", "bracing"]


def expected_1() -> float:
    """Back extensors' load (% of their remaining maximum) holding 55 N·m when 40% weaker and
    the person changes nothing."""
    return 100 * float(
        compensation.strategy_mix(MOMENT_NM, STRENGTH).lumbar_relative_load_unchanged
    )


def exercise_1(answer):
    """At what share of their maximum do the 40% weaker back extensors hold 55 N·m?"""
    expected = expected_1()
    healthy = 100 * float(compensation.strategy_mix(MOMENT_NM, 1.0).lumbar_relative_load)
    capacity = float(compensation.lumbar_capacity_Nm(STRENGTH))
    if not is_unanswered(answer):
        value, _ = _as_number(answer)
        if (
            value is not None
            and 0 < value < 1
            and math.isclose(100 * value, expected, rel_tol=0.02)
        ):
            return report(
                Verdict(
                    "Exercise 1",
                    "wrong",
                    f"Because {value:g} looks like a fraction; the answer is asked in percent "
                    "(multiply by 100).",
                )
            )
        if value is not None and math.isclose(value, healthy, rel_tol=0.02):
            return report(
                Verdict(
                    "Exercise 1",
                    "wrong",
                    f"Because {value:g}% is the full-strength back's load: divide by the "
                    "maximum that is left after the weakness.",
                )
            )
    return check_number(
        "Exercise 1",
        answer,
        expected,
        rel_tol=0.02,
        unit="%",
        explanation=(
            f"About {expected:.1f}%: {MOMENT_NM:.0f} N·m over the {capacity:.0f} N·m the back "
            f"extensors can still produce, up from {healthy:.1f}% at full strength. The hip "
            "extensors cannot help at L5/S1, so the whole lumbar moment stays on the back "
            "extensors unless the person changes how they do the task."
        ),
        hint=(
            "the load is the moment divided by the maximum that is left: "
            "compensation.lumbar_capacity_Nm(0.6) gives that maximum in N·m; or read "
            "lumbar_relative_load_unchanged from compensation.strategy_mix(55, 0.6)."
        ),
    )


def expected_2() -> str:
    """The strategy that raises L5/S1 compression (the largest change in the model)."""
    mix = compensation.strategy_mix(MOMENT_NM, STRENGTH)
    braced = compensation.strategy_mix(MOMENT_NM, STRENGTH, bracing=1.0)
    lever = spine.ERECTOR_LEVER_ARM_M
    changes = {
        "hip hinge": -float(mix.hinge_Nm) / lever,
        "arm support": -float(mix.arm_Nm) / lever,
        "passive tissue": 0.0,  # the tissue pulls at about the muscles' lever arm (model)
        "bracing": float(braced.compression_change_N - mix.compression_change_N),
    }
    return max(changes, key=changes.get)


def exercise_2(answer):
    """Which strategy raises the compression at L5/S1 instead of lowering it?"""
    return check_choice(
        "Exercise 2",
        answer,
        expected_2(),
        STRATEGIES,
        explanation=(
            "Bracing: the abdominal muscles pull the trunk forward while the back extensors "
            "pull it back, so both forces press the vertebrae together. It stiffens the trunk, "
            "but the back muscles work harder and the compression rises."
        ),
        hints={
            "hip hinge": (
                "the hinge keeps the trunk more upright, so the back muscles pull less and the "
                "compression falls (the hips and knees work more instead)."
            ),
            "arm support": (
                "the arms take part of the moment, so the back muscles pull less and the "
                "compression falls (the arms and shoulders carry the force)."
            ),
            "passive tissue": (
                "the tissue pulls at about the muscles' lever arm in this model, so the "
                "compression stays about the same; the price is more flexion and tissue strain."
            ),
        },
    )


def expected_3() -> float:
    """Reflex threshold velocity (deg/s) at the end of the range for λ* = 110 deg."""
    params = spasticity.StretchReflex(static_threshold_deg=110.0)
    return float(spasticity.velocity_threshold_deg_s(None, params))


def exercise_3(answer):
    """Velocity above which the reflex resists at the end of the range, with λ* = 110 deg."""
    expected = expected_3()
    return check_number(
        "Exercise 3",
        answer,
        expected,
        rel_tol=0.01,
        unit="deg/s",
        explanation=(
            f"{expected:.0f} deg/s, twice the default 40 deg/s: a higher static threshold means "
            "the stretch must be faster before the reflex joins in, so the muscle behaves as "
            "less spastic."
        ),
        hint=(
            "ω_th = (λ* − θ)/μ with θ = 90° (the end of the range) and μ = 0.25 s; or "
            "spasticity.velocity_threshold_deg_s(params=spasticity.StretchReflex("
            "static_threshold_deg=110))."
        ),
    )


#: The drug effects to try in exercise 4: 0, 0.01, ..., 1.
DRUG_GRID = np.round(np.arange(0.0, 1.0001, 0.01), 2)


def expected_4() -> float:
    """Smallest drug effect on a 0.01 grid at which the default grade drops below 1+."""
    start = spasticity.ashworth_grade_index(spasticity.ashworth_grade().grade)
    for d in DRUG_GRID:
        if spasticity.ashworth_grade_index(
            spasticity.ashworth_grade(drug_effect=float(d)).grade
        ) < (start):
            return float(d)
    return float("nan")


def exercise_4(answer):
    """Smallest drug effect that lowers the default model's Ashworth grade."""
    expected = expected_4()
    loss = 100 * float(spasticity.functional_weakness(expected))
    return check_number(
        "Exercise 4",
        answer,
        expected,
        abs_tol=0.0101,
        rel_tol=0,
        explanation=(
            f"A drug effect of about {expected:.2f} moves the grade from 1+ to 1. Maximal "
            "strength is unchanged in the model, as measured in a cross-over trial; the small "
            f"loss of function it assumes at this effect, {loss:.1f}%, is an interpretation of "
            "the weakness people report."
        ),
        hint=(
            "loop over np.round(np.arange(0, 1.0001, 0.01), 2) and stop at the first d with "
            "spasticity.ashworth_grade(drug_effect=d).grade != '1+'. Give d as a fraction "
            "(0 to 1), not in percent."
        ),
    )
