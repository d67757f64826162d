"""Self-checks for notebook 03 (weakness, fatigue and disuse).

Every expected answer is computed from the models, so a check cannot disagree with them.
"""

from __future__ import annotations

import math

from msbackpain import disuse, fatigue, motor
from msbackpain.ui.exercises import (
    Verdict,
    _as_number,
    built_or_reference,
    check_function,
    check_number,
    is_unanswered,
    report,
)


def _looks_like_fraction(exercise: str, answer, expected_pct: float) -> Verdict | None:
    """A 'not yet' verdict when a percentage was given as a fraction (0.58 for 58%)."""
    if is_unanswered(answer):
        return None
    value, _problem = _as_number(answer)
    if (
        value is not None
        and 0 < value <= 1
        and math.isclose(100 * value, expected_pct, rel_tol=0.02)
    ):
        return report(
            Verdict(
                exercise,
                "wrong",
                f"Because {value:g} looks like a fraction; the answer is asked in percent "
                "(multiply by 100).",
            )
        )
    return None


def expected_1() -> float:
    """Effort (%) for 30% of the healthy maximum, 30% spike failure, largest 20% of units lost."""
    alive = motor.units_lost_mask(0.2, "largest")
    return 100 * float(motor.effort_for_force(0.30, 0.3, alive))


def exercise_1(answer):
    """Effort needed for a target force with damage (spikes fail and the largest units lost)."""
    expected = expected_1()
    healthy = 100 * float(motor.effort_for_force(0.30))
    return _looks_like_fraction("Exercise 1", answer, expected) or check_number(
        "Exercise 1",
        answer,
        expected,
        rel_tol=0.02,
        unit="%",
        explanation=(
            f"About {expected:.1f}% effort, against {healthy:.1f}% for the healthy muscle: "
            "without its "
            "largest units the pool must be driven much harder for the same force."
        ),
        hint=(
            "use alive = motor.units_lost_mask(0.2, 'largest') and "
            "motor.effort_for_force(0.30, 0.3, alive), then multiply by 100."
        ),
    )


def expected_2() -> float:
    """Fitted F (per s) for the exponential endurance curve with k = 1.25 per minute."""
    fractions = fatigue.FIT_FRACTIONS
    minutes = fatigue.exponential_endurance_min(fractions, k_per_min=1.25)
    return fatigue.fit_three_compartment(fractions, minutes).fatigue_rate_per_s


def _ex3_share() -> float:
    return 0.20 / float(motor.max_force_fraction(0.3))


def expected_3() -> float:
    """Endurance (s) of a muscle with 30% spike failure holding 20% of the healthy maximum."""
    return float(fatigue.three_compartment_endurance_s(_ex3_share()))


def exercise_3(answer):
    """How long can the affected muscle hold 20% of the healthy maximum?"""
    expected = expected_3()
    healthy = float(fatigue.three_compartment_endurance_s(0.20))
    if not is_unanswered(answer):
        value, _ = _as_number(answer)
        if value is not None and math.isclose(value, healthy, rel_tol=0.03):
            return report(
                Verdict(
                    "Exercise 3",
                    "wrong",
                    "Because that is the healthy muscle's endurance at 20%. Hint: for the "
                    "affected muscle 20% of the healthy maximum is a larger share of its own "
                    "maximum: divide 0.20 by motor.max_force_fraction(0.3) first.",
                )
            )
        if value is not None and math.isclose(value, expected / 60, rel_tol=0.03):
            return report(
                Verdict(
                    "Exercise 3",
                    "wrong",
                    "Because that looks like minutes; the answer is asked in seconds.",
                )
            )
    return check_number(
        "Exercise 3",
        answer,
        expected,
        rel_tol=0.03,
        unit="s",
        explanation=(
            f"About {expected:.0f} s, against {healthy:.0f} s for the healthy muscle (trunk "
            f"rates): the same posture is about {100 * _ex3_share():.0f}% of the weakened "
            "muscle's maximum."
        ),
        hint=(
            "share = 0.20 / motor.max_force_fraction(0.3); then "
            "fatigue.three_compartment_endurance_s(share) gives seconds."
        ),
    )


def expected_4() -> float:
    """Strength (% of baseline) after 21 days at half the habitual activity."""
    return 100 * float(disuse.strength_after_disuse(21, 0.5))


# The learner-built model: the three-compartment endurance time, in three steps.
_PAIRS = [
    (fatigue.FATIGUE_RATE_PER_S, fatigue.RECOVERY_RATE_PER_S),
    fatigue.JOINT_RATES_PER_S["knee"],
    fatigue.JOINT_RATES_PER_S["elbow"],
]


def build_step_1(no_limit_load):
    """Step 1: the largest load held with no time limit, R / (F + R)."""
    cases = [((f, r), r / (f + r)) for f, r in _PAIRS]
    return check_function(
        "Build step 1",
        no_limit_load,
        cases,
        explanation="At R / (F + R) recovery keeps pace with tiring, so the hold never fails.",
        hint="return R / (F + R).",
    )


def build_step_2(endurance_above):
    """Step 2: the endurance time (s) of a load above the no-limit load."""
    cases = [
        ((load, f, r), float(fatigue.three_compartment_endurance_s(load, f, r)))
        for load in (0.2, 0.5, 0.9)
        for f, r in _PAIRS
    ]
    return check_function(
        "Build step 2",
        endurance_above,
        cases,
        explanation="ET = −(1/R)·ln(1 − R(1 − TL)/(F·TL)), in seconds.",
        hint="return -(1 / R) * math.log(1 - R * (1 - load) / (F * load)).",
        rel_tol=1e-6,
    )


def build_step_3(endurance_s, reference=fatigue.three_compartment_endurance_s):
    """Step 3: endurance for any load (math.inf at or below the no-limit load); returns the
    function the rest of the notebook uses."""
    cases = [
        ((load, f, r), float(fatigue.three_compartment_endurance_s(load, f, r)))
        for load in (0.05, 0.09, 0.3, 0.7)
        for f, r in _PAIRS
    ]
    verdict = check_function(
        "Build step 3",
        endurance_s,
        cases,
        explanation="Your endurance time agrees with the collection's at every load, "
        "infinite at or below the no-limit load.",
        hint="if load <= no_limit_load(F, R): return math.inf; else return endurance_above(...).",
    )
    return built_or_reference(verdict, endurance_s, reference, "endurance-time model")
