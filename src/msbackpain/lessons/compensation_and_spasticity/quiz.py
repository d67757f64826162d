"""Quiz of notebook 04 (compensation and spasticity): the mechanisms, not the numbers.

Facts from the notebook and SCIENCE.md §3, §5 and §10; the numeric answer is computed here by the
notebook's own sharing model, so it cannot drift from what the notebook shows. No question asks
for, or hints at, a treatment choice.
"""

from __future__ import annotations

from msbackpain import compensation, fatigue, spasticity
from msbackpain.ui.quiz import Choice, MultipleChoice, Numeric, Quiz

#: The numeric question: the gluteus maximus half as strong while the trunk holds 55 N·m.
MOMENT_NM = 55.0
WEAK_GROUP = "gluteus maximus"
WEAKNESS = 0.5
_result = compensation.compensation(MOMENT_NM, WEAKNESS, WEAK_GROUP)
SHARE_OF_MAX_PCT = 100 * float(_result.relative_load[0])
HEALTHY_SHARE_PCT = 100 * float(compensation.compensation(MOMENT_NM).relative_load[0])
TOTAL_CAPACITY_NM = sum(compensation.DEFAULT_CAPACITIES_NM.values())
LEFT_CAPACITY_NM = float(_result.capacity_Nm.sum())
NO_FAILURE_PCT = 100 * float(fatigue.fatigue_threshold_load())
FULL_DRUG_STRENGTH_PCT = 100 * float(spasticity.strength_factor(1.0))
_on_drug = compensation.compensation(
    MOMENT_NM,
    capacities_Nm={
        name: c * FULL_DRUG_STRENGTH_PCT / 100
        for name, c in compensation.DEFAULT_CAPACITIES_NM.items()
    },
)
ON_DRUG_ENDURANCE_MIN = float(_on_drug.endurance_min[0])

QUIZ = Quiz(
    notebook="04",
    questions=(
        MultipleChoice(
            "In the sharing model, the lumbar erector spinae become 60% weaker while the trunk "
            "holds the same 55 N·m. What happens to the healthy gluteus maximus?",
            choices=(
                Choice(
                    "Nothing: it is healthy, so its load and its endurance stay the same.",
                    why=(
                        "The moment still has to be held. The weak group carries less, so the "
                        "healthy groups must carry more."
                    ),
                ),
                Choice(
                    "It works at a higher share of its own maximum, because the same moment is "
                    "now divided by a smaller total capacity.",
                    correct=True,
                    why=(
                        "Every group works at M/Σc; weakening any group lowers Σc, so every "
                        "group's share of its maximum rises and every hold gets shorter."
                    ),
                ),
                Choice(
                    "It takes over all of the erector spinae's lost share by itself, because it "
                    "is the next-largest group.",
                    why=(
                        "The sharing rule spreads the extra load over all the groups in "
                        "proportion to their capacity, not onto one of them."
                    ),
                ),
                Choice(
                    "It becomes weaker too, because MS weakens all muscles together.",
                    why=(
                        "In this model only one group is weakened; the others are healthy and "
                        "are loaded more, not weakened."
                    ),
                ),
            ),
            explanation=(
                "Section 1 ('Who takes over when one group weakens?') shows the table for 55 N·m "
                "and the interactive diagram 'which muscles take over'."
            ),
        ),
        MultipleChoice(
            "With every group healthy, the 55 N·m hold has no time limit in the fitted fatigue "
            "model and by Rohmert's curve, but lasts only minutes by the exponential curve. "
            "Why do the curves disagree so much here?",
            choices=(
                Choice(
                    "Two of the curves have a load below which a hold never fails, and the "
                    "load is just below it; the exponential curve has no such limit.",
                    correct=True,
                    why=(
                        "Near a threshold a small difference between models becomes the "
                        "difference between 'unlimited' and 'a few minutes'."
                    ),
                ),
                Choice(
                    "The fitted three-compartment model was fitted to Rohmert's curve, so those "
                    "two must agree.",
                    why=(
                        "It was fitted to the exponential curve; the fit to Rohmert's curve "
                        "failed (notebook 03)."
                    ),
                ),
                Choice(
                    "The curves were measured in people with MS at different stages.",
                    why=(
                        "None of them comes from people with MS: they are general endurance "
                        "curves, and the exponential one comes from elbow measurements."
                    ),
                ),
            ),
            explanation=(
                "Section 1 compares the three curves in a table and in the figure 'holding "
                "55 N·m while the erector spinae weaken'; the curves agree on the direction, not "
                "on the minutes."
            ),
        ),
        MultipleChoice(
            "An examiner moves a relaxed spastic leg slowly and it feels loose; moved fast, it "
            "catches. How does the notebook's spasticity model explain this?",
            choices=(
                Choice(
                    "The reflex switches on past a threshold angle that comes earlier the "
                    "faster the stretch, so a slow stretch ends before the reflex joins in.",
                    correct=True,
                    why=(
                        "λ(ω) = λ* − μ·ω: above the threshold velocity the reflex adds "
                        "resistance within the range, and more the faster the stretch."
                    ),
                ),
                Choice(
                    "The person tightens the muscle on purpose when the movement is fast.",
                    why=(
                        "Spasticity is a reflex: the limb is relaxed and the resistance is not "
                        "voluntary."
                    ),
                ),
                Choice(
                    "The passive stiffness of the tissues doubles at high speed.",
                    why=(
                        "The passive spring part does not depend on speed in the model, and the "
                        "small viscous part grows only in proportion to speed; the large rise "
                        "comes from the reflex."
                    ),
                ),
            ),
            explanation=(
                "Section 2 ('Spasticity: resistance that grows with speed') and its interactive "
                "diagram show the resistance against velocity; exercise 3 computes a threshold "
                "velocity."
            ),
        ),
        MultipleChoice(
            "A muscle's Modified Ashworth grade goes from 1 to 2. What can you conclude?",
            choices=(
                Choice(
                    "It is twice as spastic as before.",
                    why=(
                        "The scale is ordinal: it puts muscles in order, but the distances "
                        "between grades are not equal amounts."
                    ),
                ),
                Choice(
                    "The examiner felt more resistance, described in the scale's words, but "
                    "not by how much in numbers.",
                    correct=True,
                    why=(
                        "The grades are described in words (a catch, resistance through part "
                        "or most of the range, ...) and only order muscles from less to more "
                        "spastic."
                    ),
                ),
                Choice(
                    "The resistance measured in N·m has doubled.",
                    why=(
                        "The scale is graded by hand, not measured in N·m; the torque limits in "
                        "the notebook are our own teaching assumptions for the model."
                    ),
                ),
            ),
            explanation=(
                "The subsection 'The Modified Ashworth Scale, in words' gives the grades and "
                "explains that 2 is not 'twice' 1."
            ),
        ),
        MultipleChoice(
            "In the teaching model, the full drug effect lowers the Ashworth grade, yet the "
            "55 N·m hold goes from no time limit to "
            f"about {ON_DRUG_ENDURANCE_MIN:.0f} minutes. Why?",
            choices=(
                Choice(
                    "The spasticity had been holding the trunk up, and without it the muscles "
                    "must carry more.",
                    why=(
                        "In the model the hold uses only voluntary strength; the reflex plays no "
                        "part in it. (That stiffness may hide weakness is an interpretation, not "
                        "an established finding.)"
                    ),
                ),
                Choice(
                    "The drug raises the moment the back has to hold.",
                    why="The moment is set by the posture (55 N·m) and does not change.",
                ),
                Choice(
                    "The model's drug also lowers voluntary strength, so every group works at a "
                    "higher share of its smaller maximum and passes the no-failure load.",
                    correct=True,
                    why=(
                        f"At full effect strength is {FULL_DRUG_STRENGTH_PCT:.0f}% of normal, a "
                        "teaching assumption echoing the weakness reported as a common side "
                        "effect."
                    ),
                ),
            ),
            explanation=(
                "Section 3 ('The drug trade-off') computes this. It is a reason to understand "
                "trade-offs, not advice about any medicine: such decisions belong to each person "
                "and their care team."
            ),
        ),
        Numeric(
            f"Use the sharing model (compensation.compensation): the trunk holds "
            f"{MOMENT_NM:.0f} N·m and the {WEAK_GROUP} is {100 * WEAKNESS:.0f}% weaker, the "
            f"other groups healthy. At what share of its own maximum, in percent, does every "
            f"group then work?",
            answer=SHARE_OF_MAX_PCT,
            tolerance=0.2,
            unit="%",
            hint=(
                "Every group works at M/Σc: the moment divided by the total capacity that is left."
            ),
            explanation=(
                f"{MOMENT_NM:.0f} N·m shared by the {LEFT_CAPACITY_NM:.0f} N·m of capacity "
                f"left out of {TOTAL_CAPACITY_NM:.0f} N·m: up from "
                f"{HEALTHY_SHARE_PCT:.1f}% with all groups healthy, past the fitted model's "
                f"no-failure load of {NO_FAILURE_PCT:.1f}%, so the hold is no longer "
                "unlimited (section 1, exercise 2)."
            ),
        ),
    ),
)
