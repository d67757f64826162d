"""Self-checks for notebook 04 (compensation and spasticity).

Every expected answer is computed from the models, so a check cannot disagree with them.
"""

from __future__ import annotations

import math

import numpy as np

from msbackpain import compensation, spasticity
from msbackpain.ui.exercises import (
    Verdict,
    _as_number,
    check_choice,
    check_number,
    is_unanswered,
    report,
)

#: The moment of the compensation exercises (N·m): the notebook's example, an assumption.
MOMENT_NM = 55.0


def expected_1() -> float:
    """Weakness (%) of the erector spinae at which every group passes 15% of its maximum."""
    return 100 * float(
        compensation.weakness_for_helper_fraction(MOMENT_NM, compensation.HELPER_FRACTION)
    )


def exercise_1(answer):
    """At what weakness of the erector spinae do the helpers pass 15% of their maximum?"""
    expected = expected_1()
    if not is_unanswered(answer):
        value, _ = _as_number(answer)
        if (
            value is not None
            and 0 < value < 1
            and math.isclose(100 * value, expected, rel_tol=0.03)
        ):
            return report(
                Verdict(
                    "Exercise 1",
                    "wrong",
                    f"Because {value:g} looks like a fraction; the answer is asked in percent "
                    "(multiply by 100).",
                )
            )
    return check_number(
        "Exercise 1",
        answer,
        expected,
        rel_tol=0.03,
        unit="%",
        explanation=(
            f"About {expected:.1f}%: the total capacity must fall from 380 to 55/0.15 ≈ 367 N·m, "
            "a loss of about 13 N·m, which is 11% of the erector spinae's 120 N·m. A small "
            "weakness is enough, because every group was already close to 15%."
        ),
        hint=(
            "solve 55 / (380 − w·120) = 0.15 for w, or use "
            "compensation.weakness_for_helper_fraction(55, 0.15) and multiply by 100."
        ),
    )


def expected_2() -> str:
    """The group whose 50% weakness shortens everyone's endurance most (largest capacity)."""
    times = {
        m: float(compensation.compensation(MOMENT_NM, 0.5, m).endurance_min[0])
        for m in compensation.DEFAULT_CAPACITIES_NM
    }
    return min(times, key=times.get)


def exercise_2(answer):
    """Which group, if it lost half its strength, would shorten the hold the most?"""
    names = list(compensation.DEFAULT_CAPACITIES_NM)
    return check_choice(
        "Exercise 2",
        answer,
        expected_2(),
        names,
        explanation=(
            "The lumbar erector spinae: it has the largest capacity (120 N·m), so losing half "
            "of it removes the most from the total that all groups share."
        ),
        hints={
            "quadratus lumborum": (
                "it is the smallest group: losing half of 20 N·m hardly changes the total."
            ),
            "multifidus": "compare the capacities: which loss of 50% removes the most N·m?",
            "gluteus maximus": (
                "close, but its capacity (110 N·m) is a little smaller than another group's."
            ),
            "hamstrings": "compare the capacities: which loss of 50% removes the most N·m?",
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
    strength = 100 * float(spasticity.strength_factor(expected))
    return check_number(
        "Exercise 4",
        answer,
        expected,
        abs_tol=0.0101,
        rel_tol=0,
        explanation=(
            f"A drug effect of about {expected:.2f} moves the grade from 1+ to 1; voluntary "
            f"strength is then {strength:.1f}% in this teaching model. In the model lowering the "
            "grade costs strength, by an assumption that measured strength does not support."
        ),
        hint=(
            "loop over np.round(np.arange(0, 1.0001, 0.01), 2) and stop at the first d with "
            "spasticity.ashworth_grade(drug_effect=d).grade != '1+'. Give d as a fraction "
            "(0 to 1), not in percent."
        ),
    )
