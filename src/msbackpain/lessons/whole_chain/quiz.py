"""Quiz of notebook 07 (the whole chain): counterfactuals, who an intervention helps, loops.

The numeric answer is computed by the whole-chain model (:mod:`msbackpain.whole_chain`), never
typed in.
"""

from __future__ import annotations

from msbackpain import whole_chain
from msbackpain.ui.quiz import Choice, MultipleChoice, Numeric, Quiz


def cooling_change_in_july() -> float:
    """Change in person B's mean back pain in July caused by full cooling (seed 0)."""
    return whole_chain.compare("heat", ["cooling"], seed=0).change(months=7)


QUIZ = Quiz(
    notebook="07",
    questions=(
        MultipleChoice(
            "The notebook runs person B's year twice, once without and once with cooling, with "
            "the same seed. Why does the difference between the two runs tell you what cooling "
            "*causes*?",
            choices=(
                Choice(
                    "Because averaging the two runs removes the random ups and downs.",
                    why="Averaging makes an estimate less noisy, but it does not make a "
                    "comparison fair: two years with different weather would still differ for "
                    "reasons other than cooling.",
                ),
                Choice(
                    "Because the weather, the relapses and the daily ups and downs are the same "
                    "in both runs, so the only thing that differs is the cooling.",
                    correct=True,
                    why="Every random draw is made from the seed before any intervention is "
                    "applied, so both runs share the same days; the notebook checks that with no "
                    "intervention the two runs are identical (largest difference 0).",
                ),
                Choice(
                    "Because a simulation has no randomness at all.",
                    why="The simulation is full of chance events (weather, relapses, activity); "
                    "the seed fixes them, it does not remove them.",
                ),
                Choice(
                    "Because cooling is applied before the random draws are made.",
                    why="It is the other way round: the draws are made first, then the "
                    "intervention is applied, so the intervention cannot change which days the "
                    "person lives.",
                ),
            ),
            explanation="A counterfactual is the same person on the same days with one thing "
            "changed. For a real person we only ever see one of the two years. See "
            "'Counterfactuals: the same days, with one thing changed'.",
        ),
        MultipleChoice(
            "Seating and breaks from sitting (in the model: the disc pressure of sitting lowered "
            "to the value Wilke and colleagues [-@wilke1999] measured in relaxed slouched sitting) "
            "lower the yearly back pain of A, B and C by about the same amount, while cooling "
            "helps only B. What explains the difference?",
            choices=(
                Choice(
                    "Seating is simply a stronger intervention than cooling.",
                    why="Strength is not the point: cooling lowers B's pain in July by more "
                    "than seating does over the year. What matters is *where* in the chain an "
                    "intervention acts and whether that link is active in the person.",
                ),
                Choice(
                    "B has much more back pain than A and C, so B has more to gain.",
                    why="B's yearly pain is only a little higher than A's and C's; A gains "
                    "exactly nothing from cooling, however much pain A has.",
                ),
                Choice(
                    "Seating acts on the lumbar load at the end of the chain, which every "
                    "person's back pain passes through; cooling acts on heat, a link that is "
                    "only active in a heat-sensitive person such as B.",
                    correct=True,
                    why="An intervention can only help through a link that is active in that "
                    "person.",
                ),
            ),
            explanation="Interventions at the end of the chain help everyone a little; "
            "interventions at a person's own driver help that person, often only in some months. "
            "See 'Which intervention helps whom, and why' and Exercise 1.",
        ),
        MultipleChoice(
            "In the model, the anti-spasticity drug lowers everyone's spasticity, yet it "
            "*raises* person A's back pain. Why does the model do this?",
            choices=(
                Choice(
                    "It makes A's muscles more spastic.",
                    why="The drug lowers spasticity in all three people; the harm comes from a "
                    "second effect, not from the one it is given for.",
                ),
                Choice(
                    "In this model the drug also takes away some strength; A's pain is driven "
                    "by weakness, so the strength lost costs more than the stiffness removed "
                    "gains.",
                    correct=True,
                    why="That is the model's mechanism, but its strength penalty is an "
                    "assumption that measurements do not support: weakness is reported as a "
                    "side effect [@bass1988], yet in a cross-over study of 16 people with MS "
                    "measured isometric strength did not change [@crossover1988].",
                ),
                Choice(
                    "It causes flu-like aches on the days after each dose.",
                    why="That is the disease-modifying drug (interferon-like side effects), a "
                    "different drug acting on a different branch of the graph.",
                ),
                Choice(
                    "It is bad luck in one simulated year.",
                    why="The table averages five simulated years, and the dose-response curve "
                    "rises steadily with the drug's effect: it is the mechanism, not chance.",
                ),
            ),
            explanation="In the model, the same drug lowers C's pain a little (strong "
            "spasticity) and raises A's, a trade-off between two effects. Because the strength "
            "penalty is unsupported, this says nothing about the drug in real people. See 'The "
            "anti-spasticity drug: a trade-off in the model'.",
        ),
        MultipleChoice(
            "Over five simulated years the disease-modifying drug changes B's mean back pain by "
            "0.00 points. Which conclusion is right?",
            choices=(
                Choice(
                    "The drug does nothing in this model.",
                    why="Over 40 simulated years it prevents some relapses, and in the few "
                    "years in which it prevented one, back pain fell by much more than the "
                    "average suggests.",
                ),
                Choice(
                    "It acts on rare events (relapses), so it changes pain only in the few years "
                    "in which a relapse would have happened; its benefit shows over many years "
                    "and many people.",
                    correct=True,
                    why="That is why trials of such drugs count relapses over years and many "
                    "people, not one person's pain in one year.",
                ),
                Choice(
                    "Its benefit is cancelled by its side effects.",
                    why="In the table the side effects are switched off; with them on, they add "
                    "treatment-related pain, a separate kind of pain from the back pain shown.",
                ),
            ),
            explanation="Ask 'averaged over what?' whenever you read an effect size. See the "
            "40-year comparison in 'Which intervention helps whom, and why'.",
        ),
        MultipleChoice(
            "With A's gains, the stand-alone fear-avoidance loop of notebook 06 has a loop gain "
            "above 1 (pain would keep growing), yet in the whole chain A's pain settles. Why?",
            choices=(
                Choice(
                    "The whole chain has no arrow from fear to avoidance.",
                    why="It has one: removing it lowers A's yearly pain, as the table of the "
                    "loops section shows.",
                ),
                Choice(
                    "A loop gain above 1 never makes a loop grow.",
                    why="In the stand-alone model of notebook 06 it does; the question is why "
                    "the whole chain behaves differently.",
                ),
                Choice(
                    "In the whole chain the path back to pain runs through slow, levelling-off "
                    "atrophy and then through compensation and posture; each step passes on "
                    "only part of the change, so the loop settles.",
                    correct=True,
                    why="In notebook 06 disuse turns into pain directly; here it has to pass "
                    "through the bed-rest model of atrophy of notebook 03.",
                ),
            ),
            explanation="Which picture is closer to real people is an open question: the "
            "atrophy model is calibrated on healthy people in bed rest. See 'Loops: where they "
            "amplify, and where breaking them helps'.",
        ),
        Numeric(
            "Use a counterfactual (`whole_chain.compare`, seed 0): by how many points does full "
            "cooling change person B's mean back pain in **July** (`months=7`)? Give the "
            "change with its sign (negative = less pain).",
            answer=cooling_change_in_july(),
            tolerance=0.1,
            unit="points",
            explanation=(
                "`whole_chain.compare('heat', ['cooling'], seed=0).change(months=7)`. In the "
                "hottest month cooling removes far more pain than its yearly average (about a "
                "third of a point) suggests: it only works on warm days."
            ),
            hint="Use whole_chain.compare('heat', ['cooling'], seed=0).change(months=7).",
        ),
    ),
)
