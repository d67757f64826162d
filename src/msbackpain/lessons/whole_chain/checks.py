"""Self-checks for notebook 07 (the whole chain). Every expected answer is computed from the
model (:mod:`msbackpain.whole_chain`), never typed in."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from msbackpain import whole_chain
from msbackpain.ui.exercises import (
    Verdict,
    built_or_reference,
    check_function,
    check_number,
    check_set,
    is_unanswered,
    report,
)

#: Exercise 2 asks for a combination that lowers person B's mean back pain over the year (seed 0)
#: by more than this many points, i.e. below :data:`TARGET_PAIN`. A setting of the exercise.
TARGET_DROP = 1.5
TARGET_PERSON = "heat"


def target_pain() -> float:
    """Exercise 2's target: B's mean back pain without interventions minus TARGET_DROP,
    rounded to 2 decimals (computed from the model, seed 0)."""
    return round(whole_chain.simulate(TARGET_PERSON).mean() - TARGET_DROP, 2)


#: The target itself (computed once, when the checks are imported).
TARGET_PAIN = target_pain()


def cooling_change(who: str = "disuse") -> float:
    """Change in the person's mean back pain caused by full cooling (seed 0)."""
    return whole_chain.compare(who, whole_chain.FULL_DOSE["cooling"], seed=0).change()


def exercise_1(answer):
    """Change in person A's mean back pain when cooling is added (A has no heat sensitivity)."""
    expected = cooling_change("disuse")
    b_change = cooling_change("heat")
    hint = (
        "compare whole_chain.simulate('disuse', ['cooling']) with whole_chain.simulate('disuse') "
        "(same seed), or use whole_chain.compare('disuse', ['cooling']).change()."
    )
    if not is_unanswered(answer):
        try:
            if abs(float(answer) - b_change) < 1e-3:
                hint = "that is person B's change ('heat'); the question is about person A."
        except (TypeError, ValueError):
            pass
    return check_number(
        "Exercise 1",
        answer,
        expected,
        rel_tol=0,
        abs_tol=1e-6,
        explanation=(
            "Cooling acts on the heat node: it removes a fraction of the warming. Person A's "
            "heat sensitivity is 0, so their warming is 0 on every day, and a fraction of 0 is "
            "0: nothing downstream can change."
        ),
        hint=hint,
    )


def _names(answer) -> list[str] | None:
    if isinstance(answer, str) or not isinstance(answer, Iterable):
        return None
    return list(answer)


def exercise_2(answer):
    """A smallest set of full-dose interventions that brings B's mean pain below the target."""
    if is_unanswered(answer):
        return check_set("Exercise 2", answer, [])
    smallest = whole_chain.smallest_combinations(TARGET_PERSON, TARGET_PAIN)
    size = len(smallest[0])
    names = _names(answer)
    if names is None:
        return check_set("Exercise 2", answer, smallest[0], item_name="intervention name")
    unknown = sorted(set(names) - set(whole_chain.FULL_DOSE))
    if unknown:
        return report(
            Verdict(
                "Exercise 2",
                "wrong",
                f"Because these are not intervention names: {unknown}. Use names from "
                f"{list(whole_chain.FULL_DOSE)}.",
            )
        )
    mean = whole_chain.simulate(TARGET_PERSON, whole_chain.combination(names)).mean()
    if mean >= TARGET_PAIN:
        return report(
            Verdict(
                "Exercise 2",
                "wrong",
                f"Because with {sorted(set(names))} person B's mean pain is {mean:.2f}, not "
                f"below {TARGET_PAIN}. Hint: combine interventions that act at different "
                "links of the chain.",
            )
        )
    if len(set(names)) > size:
        return report(
            Verdict(
                "Exercise 2",
                "wrong",
                f"Because it works ({mean:.2f}) but is not the smallest: {size} interventions "
                "are enough. Drop the ones that do not act on B's links.",
            )
        )
    return report(
        Verdict(
            "Exercise 2",
            "right",
            f"Mean pain {mean:.2f}, below {TARGET_PAIN}. These interventions act at different "
            "links of the chain, so their effects add up; no single one is enough. (In this "
            "teaching model: a target here is not a treatment goal.)",
        )
    )


def loop_contribution(who: str = "disuse") -> float:
    """Mean back pain with the loops minus with the avoidance → disuse edge removed (seed 0)."""
    intact = whole_chain.simulate(who).mean()
    broken = whole_chain.simulate(who, edges_off=[("avoidance", "disuse")]).mean()
    return intact - broken


def interventions_changing_lhermitte(who: str = "cervical") -> set[str]:
    """Interventions (full dose) that change the person's Lhermitte episodes at all (seed 0)."""
    base = whole_chain.simulate(who).nodes["lhermitte"].to_numpy()
    out = set()
    for name, dose in whole_chain.FULL_DOSE.items():
        episodes = whole_chain.simulate(who, dose).nodes["lhermitte"].to_numpy()
        if (episodes != base).any():
            out.add(name)
    return out


def exercise_3(answer):
    """Which interventions change person C's Lhermitte episodes?"""
    return check_set(
        "Exercise 3",
        answer,
        interventions_changing_lhermitte("cervical"),
        universe=whole_chain.FULL_DOSE,
        item_name="intervention name",
        explanation=(
            "None of them: Lhermitte's sign needs only a cervical lesion and neck flexion, and no "
            "intervention here acts on either node or on anything upstream of them. The back-pain "
            "interventions act on a different branch of the graph."
        ),
    )


# ------------------------------------------------------------------ build: a counterfactual effect
#: Daily pain of two runs, for build step 1's cases (settings of the exercise).
_DAILY_CASES = (
    ((4.0, 5.0, 6.0), (3.0, 5.0, 4.0)),
    ((2.0, 2.0), (2.0, 2.0)),
    ((1.0, 3.0, 5.0, 7.0), (1.5, 3.5, 5.5, 7.5)),
)
#: (person, intervention names, seed) of build steps 2 and 3 (settings of the exercise).
_RUN_CASES = (
    ("heat", ["cooling"], 0),
    ("disuse", ["cooling"], 0),
    ("cervical", ["anti_spasticity"], 0),
    ("disuse", ["training", "pacing"], 1),
)


def reference_effect(who, names, seed=0) -> float:
    """The collection's counterfactual effect: mean yearly pain with ``names`` (full dose)
    minus without, the same person on the same random days (``whole_chain.compare``)."""
    return whole_chain.compare(who, list(names), seed=seed).change()


def build_step_1(mean_change):
    """Step 1: the change between two runs' daily pain, mean(treated) − mean(baseline)."""
    cases = [((np.array(b), np.array(t)), float(np.mean(t) - np.mean(b))) for b, t in _DAILY_CASES]
    return check_function(
        "Build step 1",
        mean_change,
        cases,
        explanation=(
            "An effect is a difference of means over the same days: with the days matched, "
            "nothing but the change can make the two runs differ."
        ),
        hint="return np.mean(treated_daily) - np.mean(baseline_daily)",
    )


def build_step_2(yearly_pain):
    """Step 2: a person's mean evening pain over a simulated year with some interventions."""
    cases = [
        ((who, names, seed), whole_chain.simulate(who, names, seed=seed).mean())
        for who, names, seed in _RUN_CASES
    ]
    return check_function(
        "Build step 2",
        yearly_pain,
        cases,
        explanation="One simulated year, its daily pain averaged: the model's yearly pain.",
        hint="return whole_chain.simulate(who, names, seed=seed).mean()",
    )


def build_step_3(effect):
    """Step 3: the counterfactual effect of ``names``; returns the function the notebook uses."""
    cases = [
        ((who, names, seed), reference_effect(who, names, seed)) for who, names, seed in _RUN_CASES
    ]
    verdict = check_function(
        "Build step 3",
        effect,
        cases,
        explanation=(
            "Same person, same seed, so the same weather, relapses and daily chances: the "
            "difference of the two yearly means is caused by the interventions alone."
        ),
        hint="return yearly_pain(who, names, seed) - yearly_pain(who, [], seed)",
    )
    return built_or_reference(verdict, effect, reference_effect, "counterfactual effect")
