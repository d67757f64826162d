"""Self-checks for notebook 03 (weakness, fatigue and disuse).

Every expected answer is computed from the models, so a check cannot disagree with them.
"""

from __future__ import annotations

import math

from msbackpain import disuse, fatigue, motor
from msbackpain.ui.exercises import Verdict, _as_number, check_number, is_unanswered, report


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


def exercise_2(answer):
    """Fit F and R to the exponential endurance curve with k = 1.25 per minute; give F."""
    expected = expected_2()
    hint = (
        "compute minutes = fatigue.exponential_endurance_min(fatigue.FIT_FRACTIONS, "
        "k_per_min=1.25) and pass both to fatigue.fit_three_compartment; F is its "
        "fatigue_rate_per_s."
    )
    if not is_unanswered(answer):
        value, _ = _as_number(answer)
        elbow_f = fatigue.ELBOW_FIT_RATES_PER_S[0]
        if value is not None and math.isclose(value, elbow_f, rel_tol=0.02):
            return report(
                Verdict(
                    "Exercise 2",
                    "wrong",
                    "Because that is the F fitted for k = 0.96 per minute (the elbow fit). Hint: "
                    + hint,
                )
            )
        if value is not None and math.isclose(value, fatigue.FATIGUE_RATE_PER_S, rel_tol=0.02):
            return report(
                Verdict(
                    "Exercise 2",
                    "wrong",
                    "Because that is the published trunk F, the default, not a fit. Hint: " + hint,
                )
            )
    return check_number(
        "Exercise 2",
        answer,
        expected,
        rel_tol=0.03,
        unit="per s",
        explanation=(
            f"F ≈ {expected:.4f} per second, 1.25/0.96 times the elbow fit's F: a larger k "
            "divides every endurance time by the same factor, so F and R both scale and the "
            "threshold R/(F + R) does not move."
        ),
        hint=hint,
    )


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


def exercise_4(answer):
    """Strength after three weeks of moving half as much."""
    expected = expected_4()
    return _looks_like_fraction("Exercise 4", answer, expected) or check_number(
        "Exercise 4",
        answer,
        expected,
        abs_tol=0.3,
        rel_tol=0,
        unit="%",
        explanation=(
            f"About {expected:.1f}% of baseline (thigh muscles). The bed-rest data only cover "
            "activity 0; that half the activity gives half the loss is our assumption."
        ),
        hint=(
            "disuse.strength_after_disuse(21, 0.5) is a fraction of baseline; multiply by 100. "
            "Activity 0.5 means half of the usual activity, not 50 days."
        ),
    )
