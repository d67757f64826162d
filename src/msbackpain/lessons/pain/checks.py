"""Self-checks for notebook 06 (pain); expected answers are computed from the models."""

from __future__ import annotations

import math

from msbackpain import fear_avoidance, lhermitte, medication
from msbackpain.ui.exercises import (
    _as_number,
    built_or_reference,
    check_function,
    check_number,
    is_unanswered,
)

#: Exercise 1: the day must hold this much sitting (upright or against a backrest), stay within
#: this length, and keep the model's discomfort below this level (9 on a 0–100 scale, the level
#: laboratory studies count as clinically relevant, Coenen et al. 2017).
SITTING_MIN = 480
MAX_PLAN_MIN = 600
PAIN_LIMIT = 0.9
SITTING_ACTIVITIES = ("sitting", "sitting_supported")


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
        "Exercise 1",
        answer,
        expected,
        rel_tol=0.02,
        unit="episodes",
        explanation=(
            f"About {expected:.0f} episodes on a day inside a spell, on average, in this model of "
            "a person who has the sign and bends the neck often: not what anyone with MS should "
            "expect. Each flexion is a separate chance. Outside a spell, with severity 0 (no "
            "cervical lesion), or with no flexion past the threshold, the answer would be 0."
        ),
        hint=hint,
    )


def excess_rates() -> dict[str, float]:
    """Percentage points of people reporting each effect with the drug minus with placebo."""
    drug = medication.published_rates("interferon beta-1a")
    placebo = medication.published_rates("placebo")
    return {k: 100.0 * (drug[k] - placebo[k]) for k in drug}


def smallest_exposure(catastrophising: float = 1.2) -> float:
    """Exposure x at which the loop gain c·a·(1 − x)·b falls to 1 (teaching model)."""
    g0 = float(fear_avoidance.loop_gain(catastrophising))
    return max(0.0, 1.0 - 1.0 / g0)


def exercise_4(answer):
    """Smallest exposure that brings the loop gain (c = 1.2) down to 1."""
    expected = smallest_exposure()
    return check_number(
        "Exercise 2",
        answer,
        expected,
        rel_tol=0,
        abs_tol=0.005,
        explanation=(
            f"x = 1 − 1/1.2 ≈ {expected:.3f}: any exposure above that makes G < 1, and the loop "
            "lets pain settle (just above it, very slowly). Exposure does not need to be total to "
            "break the loop; it needs to bring the gain below 1."
        ),
        hint="solve 1.2 × (1 − x) = 1 for x, or try values with your loop_gain.",
    )


#: Build steps: (c, a, x, b) and a small pain, the cases the learner's functions must match.
_LINKS = [(1.2, 1.0, 0.0, 1.0), (0.8, 1.0, 0.0, 1.0), (1.5, 1.0, 0.2, 1.0), (1.2, 0.5, 0.5, 2.0)]


def _trip(pain_now, c, a, x, b):
    """The collection's answer to build step 1: a small pain after one trip round the loop."""
    return b * (a * (1.0 - x) * (c * pain_now))


def build_step_1(one_trip):
    """Step 1: a small pain after one trip round the loop, link by link (linear links)."""
    cases = [((0.1, *links), _trip(0.1, *links)) for links in _LINKS]
    return check_function(
        "Build step 1",
        one_trip,
        cases,
        explanation=(
            "Fear is c × pain, avoidance a × (1 − x) × fear, and disuse settles at the avoidance "
            "level, which brings back b × disuse of pain: each link multiplies."
        ),
        hint="fear = c * pain; avoid = a * (1 - x) * fear; return b * avoid",
    )


def build_step_2(fades):
    """Step 2: does a small pain die away? (True when one trip makes it smaller: G < 1)."""
    cases = [((g,), g < 1) for g in (0.5, 0.8, 0.99, 1.2, 1.5, 2.0)]
    return check_function(
        "Build step 2",
        fades,
        cases,
        explanation=(
            "A trip multiplies a small pain by G, so n trips multiply it by Gⁿ: it shrinks to "
            "nothing when G < 1 and grows (until the 0–10 ceiling bends it) when G > 1."
        ),
        hint="return gain < 1",
    )


def build_step_3(loop_gain, reference=fear_avoidance.loop_gain):
    """Step 3: the loop gain G = c · a · (1 − x) · b; returns the function the notebook uses."""
    cases = [((c, a, b, x), c * a * (1 - x) * b) for c, a, x, b in _LINKS]
    verdict = check_function(
        "Build step 3",
        loop_gain,
        cases,
        explanation="Your gain is the product of the link gains, as in the collection's model.",
        hint="return worry * avoidance * (1 - exposure) * disuse_to_pain",
    )
    return built_or_reference(verdict, loop_gain, reference, "loop gain")


def fades_reference(gain) -> bool:
    """Whether a small pain dies away with loop gain ``gain`` (G < 1), for the figure's legend."""
    return float(gain) < 1
