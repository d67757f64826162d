"""Self-checks for notebook 04 (compensation and spasticity).

Every expected answer is computed from the models, so a check cannot disagree with them.
"""

from __future__ import annotations

import numpy as np

from msbackpain import compensation, spasticity, spine
from msbackpain.ui.exercises import (
    built_or_reference,
    check_function,
    check_number,
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


def expected_3() -> float:
    """Reflex threshold velocity (deg/s) at the end of the range for λ* = 110 deg."""
    params = spasticity.StretchReflex(static_threshold_deg=110.0)
    return float(spasticity.velocity_threshold_deg_s(None, params))


def exercise_3(answer):
    """Velocity above which the reflex resists at the end of the range, with λ* = 110 deg."""
    expected = expected_3()
    return check_number(
        "Exercise 1",
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


# ------------------------------------------------------------------ build: the sharing rule
#: Demands (N·m), strengths and arm support of the build steps' test cases: settings.
_BUILD_1_CASES = ((55.0, 0.6), (55.0, 1.0), (100.0, 0.3))
_BUILD_2_CASES = ((55.0, 1.0), (55.0, 0.0), (200.0, 1.0))


def build_step_1(function):
    """Step 1: the moment moved off the back extensors, demand × (1 − strength)."""
    cases = [(args, float(compensation.excess_moment_Nm(*args))) for args in _BUILD_1_CASES]
    return check_function(
        "Build step 1",
        function,
        cases,
        rel_tol=1e-6,
        abs_tol=1e-6,
        explanation=(
            "Keeping the effort at demand/C with a maximum of C·s leaves demand·s on the back "
            "muscles, so demand·(1 − s) must go elsewhere: 22 N·m for 55 N·m at 60% strength."
        ),
        hint="return demand_Nm * (1 - back_strength).",
    )


def build_step_2(function):
    """Step 2: what each helper can take: [hip hinge, arm support, passive tissue]."""
    cases = [
        (args, [float(c) for c in compensation.helper_capacities_Nm(*args)])
        for args in _BUILD_2_CASES
    ]
    return check_function(
        "Build step 2",
        function,
        cases,
        rel_tol=1e-6,
        abs_tol=1e-6,
        explanation=(
            "The hinge can take 30% of the demand, the arms 50% when something to lean on is "
            "at hand, and the passive tissue the whole demand up to 100 N·m (all assumptions)."
        ),
        hint=(
            "return [compensation.HINGE_MAX_FRACTION * demand_Nm, "
            "compensation.ARM_MAX_FRACTION * arm_support * demand_Nm, "
            "np.minimum(demand_Nm, compensation.PASSIVE_MAX_NM)]."
        ),
    )


def _share_cases() -> list:
    caps = compensation.helper_capacities_Nm(55.0, 1.0)
    arrays = [np.array([16.5, 30.0]), np.array([0.0, 50.0]), np.array([55.0, 100.0])]
    cases = [(22.0, caps), (200.0, caps), (np.array([5.0, 150.0]), arrays)]
    return [
        (
            (excess, caps),
            [np.asarray(p, dtype=float) for p in compensation.share_in_proportion(excess, caps)],
        )
        for excess, caps in cases
    ]


def build_step_3(function):
    """Step 3: the sharing rule. Checks it, then returns the rule the notebook uses from here
    on: the learner's once it is right, else :func:`msbackpain.compensation.share_in_proportion`.
    """
    verdict = check_function(
        "Build step 3",
        function,
        _share_cases(),
        rel_tol=1e-6,
        abs_tol=1e-6,
        explanation=(
            "Each helper takes the same fraction of what it can take, min(excess, total)/total, "
            "so all are equally far from their limits; what they cannot take stays on the back."
        ),
        hint=(
            "total = sum(capacities_Nm); moved = np.minimum(excess_Nm, total); return "
            "[c * moved / total for c in capacities_Nm] (np.minimum, not min, so that arrays "
            "work too)."
        ),
    )
    return built_or_reference(verdict, function, compensation.share_in_proportion, "sharing rule")
