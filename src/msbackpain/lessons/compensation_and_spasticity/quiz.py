"""Quiz of notebook 04 (compensation and spasticity): the mechanisms, not the numbers.

Facts cite their sources by key (the collection's reference list); the numeric answer is
computed here by the notebook's own sharing model, so it cannot drift from what the notebook
shows. No question asks for, or hints at, a treatment choice.
"""

from __future__ import annotations

from msbackpain import compensation, fatigue, spasticity
from msbackpain.ui.quiz import Choice, MultipleChoice, Numeric, Quiz

#: The numeric question: the multifidus half as strong while the trunk holds 55 N·m.
MOMENT_NM = 55.0
WEAK_GROUP = "multifidus"
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
            "The notebook's sharing model lets the gluteus maximus and the hamstrings take over "
            "part of the extensor moment at the lowest lumbar joint (L5/S1). In real anatomy, "
            "what carries that lumbar moment?",
            choices=(
                Choice(
                    "All five groups of the model, each in proportion to its capacity.",
                    why=(
                        "That is the model's sharing rule, not anatomy: the model lumps trunk and "
                        "hip muscles as if they acted about one joint, which is wrong and is kept "
                        "only until the model is corrected."
                    ),
                ),
                Choice(
                    "Only structures that cross L5/S1: the erector spinae and multifidus, a "
                    "little of the quadratus lumborum, and passive tissues such as fascia, "
                    "ligaments and discs.",
                    correct=True,
                    why=(
                        "A muscle can only produce a moment about a joint it crosses. The gluteus "
                        "maximus and hamstrings extend the hip; with weak back extensors people "
                        "rather change strategy (hip hinging, arm support, bracing)."
                    ),
                ),
                Choice(
                    "Mainly the gluteus maximus, because it is one of the largest muscles of "
                    "the body.",
                    why=(
                        "Size does not matter if the muscle does not cross the joint: the "
                        "gluteus maximus acts about the hip, not the lumbar spine."
                    ),
                ),
                Choice(
                    "Only the erector spinae; the other muscles and tissues play no part.",
                    why=(
                        "The multifidus also crosses L5/S1, the quadratus lumborum adds a little, "
                        "and passive tissues carry part of the moment, more so in deep flexion."
                    ),
                ),
            ),
            explanation=(
                "Section 1 ('Who takes over when one group weakens?') says next to the "
                "capacities that lumping hip and trunk extensors is wrong anatomy, kept until the "
                "model is corrected, and that the hip groups' shares are arithmetic, not anatomy."
            ),
        ),
        MultipleChoice(
            "With every group healthy, the fitted fatigue model says the 55 N·m hold, at 14.5% "
            "of maximum, has no time limit. What should you make of that?",
            choices=(
                Choice(
                    "It is an artefact of the fitted model: measured sustained holds are limited "
                    "above about 8% of maximum, and with the published trunk rates the hold "
                    "lasts about 20 minutes.",
                    correct=True,
                    why=(
                        "Our fit to an elbow curve lets the model hold 16% indefinitely; the "
                        "measurements [@bjorksten1977] and the published per-joint fits "
                        "[@freylaw2012] put that limit near 6–9%."
                    ),
                ),
                Choice(
                    "It is a measured fact: healthy back muscles can hold 14.5% of their maximum "
                    "for as long as needed.",
                    why=(
                        "No measurement shows that: sustained static holds over an hour were "
                        "limited to about 7.9% of maximum [@bjorksten1977]."
                    ),
                ),
                Choice(
                    "It holds because the fitted model was fitted to Rohmert's curve, which has "
                    "no limit below 15%.",
                    why=(
                        "It was fitted to the exponential (elbow) curve; the fit to Rohmert's "
                        "curve failed (notebook 03), and Rohmert's curve simply ends at 15%."
                    ),
                ),
                Choice(
                    "It applies to people with MS, because all three endurance curves were "
                    "measured in people with MS.",
                    why=(
                        "None of them comes from people with MS: they are general endurance "
                        "curves, and the exponential one comes from elbow measurements."
                    ),
                ),
            ),
            explanation=(
                "Section 1 compares the endurance curves and the published trunk pair for the "
                "55 N·m hold; notebook 03 shows why the fitted model's no-limit load is too high. "
                "The curves agree on the direction, not on the minutes."
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
                "Section 2 ('Spasticity: resistance that grows with speed') describes Feldman's "
                "threshold model [@levin1994] and its interactive diagram shows the resistance "
                "against velocity; exercise 3 computes a threshold velocity."
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
                "The subsection 'The Modified Ashworth Scale, in words' gives the grades "
                "[@bohannon1987] and explains that 2 is not 'twice' 1."
            ),
        ),
        MultipleChoice(
            "In the teaching model, the full drug effect lowers the Ashworth grade, yet the "
            "55 N·m hold goes from no time limit to "
            f"about {ON_DRUG_ENDURANCE_MIN:.0f} minutes. What does that result rest on?",
            choices=(
                Choice(
                    "On the model's assumed loss of voluntary strength, which a cross-over trial "
                    "that measured strength did not find.",
                    correct=True,
                    why=(
                        f"The model keeps {FULL_DRUG_STRENGTH_PCT:.0f}% of strength at full "
                        "effect, echoing the weakness reported as a common side effect "
                        "[@bass1988]; but isometric strength did not change on either drug in 16 "
                        "people [@crossover1988]. The result is a 'what if', and its 'no time "
                        "limit' start is an artefact of the fitted fatigue model."
                    ),
                ),
                Choice(
                    "On measurements showing that these drugs cut maximal strength by a quarter.",
                    why=(
                        "No such measurement exists in the notebook's sources: the one trial "
                        "that measured strength found no change [@crossover1988]."
                    ),
                ),
                Choice(
                    "On the spasticity having held the trunk up, so that without it the muscles "
                    "must carry more.",
                    why=(
                        "In the model the hold uses only voluntary strength; the reflex plays no "
                        "part in it. (That stiffness may hide weakness is an interpretation, not "
                        "an established finding.)"
                    ),
                ),
                Choice(
                    "On the drug raising the moment the back has to hold.",
                    why="The moment is set by the posture (55 N·m) and does not change.",
                ),
            ),
            explanation=(
                "Section 3 ('The drug trade-off') computes this and flags the strength loss as "
                "unsupported. It is a reason to understand trade-offs, not advice about any "
                "medicine: such decisions belong to each person and their care team."
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
                f"{HEALTHY_SHARE_PCT:.1f}% with all groups healthy. In the fitted model this is "
                f"still below its no-failure load of {NO_FAILURE_PCT:.1f}%, but that load is an "
                "artefact of the fit; with measured limits the hold is limited either way "
                "(section 1, exercise 2)."
            ),
        ),
    ),
)
