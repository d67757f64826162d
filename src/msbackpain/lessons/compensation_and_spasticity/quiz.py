"""Quiz of notebook 04 (compensation and spasticity): the mechanisms, not the numbers.

Facts cite their sources by key (the collection's reference list); every number in a question
or an answer is computed here by the notebook's own models, so it cannot drift from what the
notebook shows. No question asks for, or hints at, a treatment choice.
"""

from __future__ import annotations

from msbackpain import compensation, spasticity
from msbackpain.ui.quiz import Choice, MultipleChoice, Numeric, Quiz

#: The running example: the L5/S1 moment of a moderate forward lean (N·m), a setting.
MOMENT_NM = 55.0
#: The numeric question: back extensors 25% weaker, posture unchanged.
STRENGTH = 0.75
_full = compensation.strategy_mix(MOMENT_NM, 1.0)
_weak = compensation.strategy_mix(MOMENT_NM, STRENGTH)
HEALTHY_LOAD_PCT = 100 * float(_full.lumbar_relative_load)
WEAK_LOAD_PCT = 100 * float(_weak.lumbar_relative_load_unchanged)
LEFT_CAPACITY_NM = float(compensation.lumbar_capacity_Nm(STRENGTH))
FULL_CAPACITY_NM = float(compensation.lumbar_capacity_Nm(1.0))
HIP_LOAD_PCT = 100 * float(compensation.two_joint_loads(MOMENT_NM, STRENGTH).hip_relative_load)
FUNCTIONAL_LOSS_PCT = 100 * float(spasticity.functional_weakness(1.0))

QUIZ = Quiz(
    notebook="04",
    questions=(
        MultipleChoice(
            "A person's back extensors become weaker, and they lean over a sink exactly as "
            "before. In the notebook's two-joint model, what happens to the load of the gluteus "
            "maximus and the hamstrings?",
            choices=(
                Choice(
                    "It stays the same: they hold the hip moment of the leaning body, and they "
                    "cannot carry any of the moment at L5/S1.",
                    correct=True,
                    why=(
                        "A muscle can only produce a moment about a joint it crosses. The "
                        "gluteus maximus and the hamstrings extend the hip; the moment at L5/S1 "
                        "stays on the back extensors and passive tissue, so the weaker back "
                        f"extensors work harder (in the example {HIP_LOAD_PCT:.1f}% for the hip "
                        "extensors either way)."
                    ),
                ),
                Choice(
                    "It rises: the big hip muscles take over part of the lumbar moment that the "
                    "back can no longer carry.",
                    why=(
                        "That would need the hip muscles to cross L5/S1, which they do not. Hip "
                        "muscles work more only if the person changes the task, for example by "
                        "bending the hips and knees (the hip hinge)."
                    ),
                ),
                Choice(
                    "It falls, because a weaker back lets the trunk lean less.",
                    why=(
                        "The posture is unchanged in the question, so the moment at the hip is "
                        "unchanged too."
                    ),
                ),
            ),
            explanation=(
                "Section 1 ('Two joints') shows the back extensors' load rising as they weaken "
                "while the hip extensors' line stays flat."
            ),
        ),
        MultipleChoice(
            "Which pairing of a strategy with where it moves the load is right?",
            choices=(
                Choice(
                    "Leaning on passive tissue: less effort for the back muscles, but more "
                    "lumbar flexion and more strain on ligaments, fascia and discs.",
                    correct=True,
                    why=(
                        "Near full flexion the back muscles fall silent and the passive tissue "
                        "carries the moment (flexion–relaxation); tired back muscles fall silent "
                        "earlier [@descarreaux2008]."
                    ),
                ),
                Choice(
                    "Hip hinge: the lumbar moment simply disappears, and nothing else works "
                    "harder.",
                    why=(
                        "Keeping the trunk more upright lowers the lumbar moment, but the hips "
                        "(and knees) bend more and their extensors work harder."
                    ),
                ),
                Choice(
                    "Arm support: the load moves to the hip extensors.",
                    why=(
                        "Hands on the thighs or a table move part of the load to the arms and "
                        "shoulders, which tire quickly."
                    ),
                ),
                Choice(
                    "Bracing: lower spinal compression and less effort.",
                    why=(
                        "Co-contraction stiffens the trunk, but the back extensors must also "
                        "overcome the abdominal muscles' pull, so effort, fatigue and "
                        "compression rise."
                    ),
                ),
            ),
            explanation=(
                "Section 2 ('A change of strategy') and its diagram show each strategy with the "
                "load and fatigue it moves elsewhere."
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
                "Section 3 ('Spasticity: resistance that grows with speed') describes Feldman's "
                "threshold model [@levin1994] and its interactive diagram shows the resistance "
                "against velocity; exercise 2 computes a threshold velocity."
            ),
        ),
        MultipleChoice(
            "People taking baclofen often report weakness. What did a cross-over trial that "
            "measured strength find, and how does the notebook's model use it?",
            choices=(
                Choice(
                    "Measured isometric strength did not change; the model leaves maximal "
                    f"strength unchanged and assumes only a small loss of function (at most "
                    f"{FUNCTIONAL_LOSS_PCT:.0f}%), as an interpretation.",
                    correct=True,
                    why=(
                        "In 16 people with MS isometric strength did not change on either drug, "
                        "though weakness and falls were reported [@crossover1988]; weakness was "
                        "the most common side effect of baclofen in a larger comparison "
                        "[@bass1988]. Why people feel weaker is not settled."
                    ),
                ),
                Choice(
                    "Strength fell by about a quarter, so the back muscles tire much sooner.",
                    why=(
                        "No measurement in the notebook's sources shows such a loss: the trial "
                        "that measured strength found no change [@crossover1988]."
                    ),
                ),
                Choice(
                    "Nobody reports weakness on these drugs, so the model ignores it.",
                    why=(
                        "Weakness is commonly reported [@bass1988]; the model keeps it as a "
                        "small loss of function."
                    ),
                ),
            ),
            explanation=(
                "Section 4 ('The drug: less spasticity, strength unchanged') gives the evidence. "
                "It is not advice about any medicine: such decisions belong to each person and "
                "their care team."
            ),
        ),
        MultipleChoice(
            "What does the notebook say about stopping an anti-spasticity drug suddenly?",
            choices=(
                Choice(
                    "Never stop suddenly without medical advice: spasticity can rebound, and "
                    "with a pump (intrathecal baclofen) sudden withdrawal can be dangerous.",
                    correct=True,
                    why=(
                        "About half of the people in a trial had a temporary rise in spasticity "
                        "when either drug was stopped suddenly [@stien1987]; sudden withdrawal "
                        "from a baclofen pump can be life-threatening [@mohammed2004]."
                    ),
                ),
                Choice(
                    "It is harmless, because the drug only lowers spasticity.",
                    why=(
                        "Stopping suddenly can make spasticity rebound [@stien1987], and with a "
                        "pump it can be dangerous [@mohammed2004]."
                    ),
                ),
                Choice(
                    "It restores the strength that the drug took away.",
                    why=(
                        "Measured maximal strength did not change on the drugs [@crossover1988]; "
                        "stopping suddenly risks a rebound of spasticity, not a gain."
                    ),
                ),
            ),
            explanation=(
                "Section 4 says it in plain words: never stop suddenly without medical advice."
            ),
        ),
        Numeric(
            f"Use the two-joint model: the back extensors are {100 * (1 - STRENGTH):.0f}% weaker "
            f"and the person holds {MOMENT_NM:.0f} N·m at L5/S1 without changing anything. At "
            "what share of their remaining maximum, in percent, do the back extensors work?",
            answer=WEAK_LOAD_PCT,
            tolerance=0.2,
            unit="%",
            hint=(
                "Divide the moment by the maximum that is left: "
                "compensation.lumbar_capacity_Nm(0.75)."
            ),
            explanation=(
                f"{MOMENT_NM:.0f} N·m over the {LEFT_CAPACITY_NM:.0f} N·m left of "
                f"{FULL_CAPACITY_NM:.0f} N·m: up from {HEALTHY_LOAD_PCT:.1f}% at full strength. "
                "The hip extensors cannot share it; only a change of strategy can move part of "
                "it elsewhere (section 2)."
            ),
        ),
    ),
)
