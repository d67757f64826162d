"""Self-checks for notebook 06 (pain); expected answers are computed from the models."""

from __future__ import annotations

import math

from msbackpain import fear_avoidance, lhermitte, medication, pain
from msbackpain.ui.exercises import (
    Verdict,
    _as_number,
    check_choice,
    check_number,
    is_unanswered,
    report,
)

#: Exercise 1: the day must hold this much sitting (upright or against a backrest), stay within
#: this length, and keep the model's discomfort below this level (9 on a 0–100 scale, the level
#: laboratory studies count as clinically relevant, Coenen et al. 2017).
SITTING_MIN = 480
MAX_PLAN_MIN = 600
PAIN_LIMIT = 0.9
SITTING_ACTIVITIES = ("sitting", "sitting_supported")


def exercise_1(plan):
    """A plan with 8 h of sitting (upright or against a backrest), at most 10 h long, whose
    discomfort never reaches 0.9."""
    name = "Exercise 1"
    if is_unanswered(plan) or (
        isinstance(plan, list | tuple) and any(is_unanswered(b) for b in plan)
    ):
        return report(
            Verdict(name, "unanswered", "Replace the ... with your plan and run the cell again.")
        )
    try:
        blocks = pain.validate_plan(plan)
    except (TypeError, ValueError) as err:
        return report(Verdict(name, "wrong", f"Because the plan is not valid: {err}."))
    sitting = sum(m for a, m in blocks if a in SITTING_ACTIVITIES)
    total = sum(m for _, m in blocks)
    if sitting != SITTING_MIN:
        return report(
            Verdict(
                name,
                "wrong",
                f"Because the plan has {sitting} min of sitting ('sitting' or "
                f"'sitting_supported'); it needs exactly {SITTING_MIN} min (8 hours). Hint: "
                "pain.with_breaks('sitting', 480, ...) keeps the sitting time fixed and adds the "
                "breaks.",
            )
        )
    if total > MAX_PLAN_MIN:
        return report(
            Verdict(
                name,
                "wrong",
                f"Because the plan lasts {total} min; keep it within {MAX_PLAN_MIN} min "
                "(8 hours of sitting plus at most 2 hours of breaks).",
            )
        )
    day = pain.simulate_day(blocks)
    if day.peak_pain >= PAIN_LIMIT:
        acts = {a for a, _ in blocks}
        if "sitting_supported" not in acts:
            hint = (
                " Hint: in the model a backrest ('sitting_supported') lowers the load of every "
                "minute of sitting; combine it with regular movement."
            )
        elif acts <= set(SITTING_ACTIVITIES):
            hint = " Hint: add breaks that end the hold, such as a short walk."
        else:
            hint = " Hint: shorter gaps between breaks, or more of the sitting against a backrest."
        return report(
            Verdict(
                name,
                "wrong",
                f"Because discomfort peaks at {day.peak_pain:.2f}, not below {PAIN_LIMIT:g}.{hint}",
            )
        )
    return report(
        Verdict(
            name,
            "right",
            f"Discomfort peaks at {day.peak_pain:.2f} (mean {day.mean_pain:.2f}) "
            f"over {total / 60:.1f} h. In the model it takes both less load (a backrest) and "
            "breaks that end the hold; a walk and a lie-down of the same length relieve the same "
            "here, and guidance for low back pain is to keep active.",
        )
    )


def expected_episodes(flexions: int = 50, peak_deg: float = 40.0, severity: float = 0.5) -> float:
    """Mean number of Lhermitte episodes: flexions × trigger probability (teaching model)."""
    return flexions * float(lhermitte.trigger_probability(peak_deg, severity))


def exercise_2(answer):
    """Expected episodes a day: 50 flexions to 40°, lesion severity 0.5."""
    expected = expected_episodes()
    if (
        not is_unanswered(answer)
        and (n := _as_number(answer)[0]) is not None
        and math.isclose(n, 50 * 0.5, rel_tol=0.02)
    ):
        hint = "that ignores the angle: the chance also depends on how far past 20° the neck bends."
    else:
        hint = "multiply the number of flexions by lhermitte.trigger_probability(40, 0.5)."
    return check_number(
        "Exercise 2",
        answer,
        expected,
        rel_tol=0.02,
        unit="episodes",
        explanation=(
            f"About {expected:.0f} episodes on a day inside a spell, on average: each flexion is "
            "a separate chance. Outside a spell, with severity 0 (no cervical lesion), or with "
            "no flexion past the threshold, the answer would be 0."
        ),
        hint=hint,
    )


def excess_rates() -> dict[str, float]:
    """Percentage points of people reporting each effect with the drug minus with placebo."""
    drug = medication.published_rates("interferon beta-1a")
    placebo = medication.published_rates("placebo")
    return {k: 100.0 * (drug[k] - placebo[k]) for k in drug}


def exercise_3(answer):
    """Which side effect has the largest excess rate over placebo?"""
    excess = excess_rates()
    expected = max(excess, key=excess.get)
    drug = medication.published_rates("interferon beta-1a")
    highest = max(drug, key=drug.get)
    hints = {
        highest: "That is the highest rate with the drug, but subtract the placebo rate first."
    }
    if highest == expected:
        hints = {}
    for effect in excess:
        if effect != expected and effect not in hints:
            hints[effect] = (
                f"Its excess is {excess[effect]:.0f} percentage points; compare all three."
            )
    return check_choice(
        "Exercise 3",
        answer,
        expected,
        list(excess),
        explanation=(
            f"{expected.capitalize()}: {excess[expected]:.0f} percentage points more than "
            "placebo. The placebo arm shows how many people report the same complaint without "
            "the drug, so only the difference can be put down to the drug."
        ),
        hints=hints,
    )


def smallest_exposure(catastrophising: float = 1.2) -> float:
    """Exposure x at which the loop gain c·a·(1 − x)·b falls to 1 (teaching model)."""
    g0 = float(fear_avoidance.loop_gain(catastrophising))
    return max(0.0, 1.0 - 1.0 / g0)


def exercise_4(answer):
    """Smallest exposure that brings the loop gain (c = 1.2) down to 1."""
    expected = smallest_exposure()
    return check_number(
        "Exercise 4",
        answer,
        expected,
        rel_tol=0,
        abs_tol=0.005,
        explanation=(
            f"x = 1 − 1/1.2 ≈ {expected:.3f}: any exposure above that makes G < 1, and the loop "
            "lets pain settle (just above it, very slowly). Exposure does not need to be total to "
            "break the loop; it needs to bring the gain below 1."
        ),
        hint="solve 1.2 × (1 − x) = 1 for x, or try values with fear_avoidance.loop_gain.",
    )
