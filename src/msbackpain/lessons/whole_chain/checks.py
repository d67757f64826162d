"""Self-checks for notebook 07 (the whole chain). Every expected answer is computed from the
model (:mod:`msbackpain.whole_chain`), never typed in."""

from __future__ import annotations

from collections.abc import Iterable

from msbackpain import whole_chain
from msbackpain.ui.exercises import Verdict, check_number, check_set, is_unanswered, report

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


def exercise_3(answer):
    """How many points of person A's mean back pain the disuse and fear loops add."""
    expected = loop_contribution("disuse")
    return check_number(
        "Exercise 3",
        answer,
        expected,
        rel_tol=0.02,
        abs_tol=0.005,
        explanation=(
            "Removing the avoidance → disuse edge breaks the disuse, overcompensation and "
            "fear-avoidance loops at once, because all three pass through it; the difference is "
            "what the loops add on top of the rest of the chain."
        ),
        hint=(
            "subtract the mean pain with edges_off=[('avoidance', 'disuse')] from the mean "
            "pain with the loops intact (intact minus broken: a positive number)."
        ),
    )


def interventions_changing_lhermitte(who: str = "cervical") -> set[str]:
    """Interventions (full dose) that change the person's Lhermitte episodes at all (seed 0)."""
    base = whole_chain.simulate(who).nodes["lhermitte"].to_numpy()
    out = set()
    for name, dose in whole_chain.FULL_DOSE.items():
        episodes = whole_chain.simulate(who, dose).nodes["lhermitte"].to_numpy()
        if (episodes != base).any():
            out.add(name)
    return out


def exercise_4(answer):
    """Which interventions change person C's Lhermitte episodes?"""
    return check_set(
        "Exercise 4",
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
