"""Quiz of notebook 07 (the whole chain): counterfactuals, who an intervention helps, what a
sensitivity panel and a validation table show, rare events.

The numeric answer is computed by the whole-chain model (:mod:`msbackpain.whole_chain`), never
typed in.
"""

from __future__ import annotations

from msbackpain import whole_chain
from msbackpain.ui.quiz import Choice, MultipleChoice, Numeric, Quiz
from msbackpain.whole_chain import uncertainty


def cooling_change_in_july() -> float:
    """Change in person B's mean back pain in July caused by full cooling (seed 0)."""
    return whole_chain.compare("heat", ["cooling"], seed=0).change(months=7)


def cooling_change_over_the_year() -> float:
    """Change in person B's mean back pain over the year caused by full cooling (seed 0)."""
    return whole_chain.compare("heat", ["cooling"], seed=0).change()


def dmd_typical_change() -> float:
    """Change in person B's yearly pain with the disease-modifying drug in a typical simulated
    year (the median over the years of :mod:`msbackpain.whole_chain.uncertainty`)."""
    table = uncertainty.day_intervals().set_index(["person", "intervention"])
    return float(table.loc[("heat", "dmd"), "change"])


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
            "Seating and breaks from sitting (in the model: a seat with a backrest for part of "
            "the sitting time, and less static sitting) change the yearly back pain of A, B and "
            "C by about the same amount, while cooling changes B's and C's and leaves A's "
            "exactly as it was. What explains the difference?",
            choices=(
                Choice(
                    "Seating is simply a stronger intervention than cooling.",
                    why="Strength is not the point: what matters is *where* in the chain an "
                    "intervention acts and whether that link is active in the person. However "
                    "strong cooling were, it could not change A's pain.",
                ),
                Choice(
                    "A has much less back pain than B, so A has less to gain.",
                    why="A's yearly pain is not far from B's; A gains exactly nothing from "
                    "cooling, however much pain A has.",
                ),
                Choice(
                    "Seating acts on the lumbar load at the end of the chain, which every "
                    "person's back pain passes through; cooling acts on heat, a link that is "
                    "only active in a heat-sensitive person.",
                    correct=True,
                    why="An intervention can only act through a link that is active in that "
                    "person. (How large the seating effect is rests on assumptions about seats "
                    "that the sensitivity panel examines.)",
                ),
            ),
            explanation="Interventions at the end of the chain act on everyone; interventions at "
            "a person's own driver act on that person, often only in some months. See 'What "
            "each intervention changes, and for whom' and Exercise 1.",
        ),
        MultipleChoice(
            "In the sensitivity panel, one assumption's bar crosses the zero line in the panel "
            f"of a conclusion (say, '{uncertainty.default_conclusions()[0].text}'). What does "
            "that tell you?",
            choices=(
                Choice(
                    "That the model has a bug.",
                    why="The model runs as written; the panel asks what the conclusion rests "
                    "on, not whether the code is right.",
                ),
                Choice(
                    "That this one assumption, moved within the range a reader might reasonably "
                    "give it, is enough to turn the conclusion round: the conclusion rests on "
                    "it.",
                    correct=True,
                    why="So the conclusion is only as good as that assumption. The useful "
                    "question becomes: which measurement would pin it down?",
                ),
                Choice(
                    "That a trial measured the assumption and found it wrong.",
                    why="The ranges are not trial results: they are where a reader might "
                    "reasonably put numbers that nobody has measured.",
                ),
                Choice(
                    "That seating should be preferred to training, or the other way round.",
                    why="Nothing in a teaching model says what anyone should choose; the panel "
                    "shows that even the model's own ranking depends on a guess.",
                ),
            ),
            explanation="A wide range or a flipping bar is not a flaw to hide: it says where the "
            "model is guessing. See 'The sensitivity panel: which assumption changes which "
            "conclusion'.",
        ),
        MultipleChoice(
            f"In a typical simulated year, the disease-modifying drug changes B's mean back pain "
            f"by {dmd_typical_change():+.2f} points. Which conclusion is right?",
            choices=(
                Choice(
                    "The drug does nothing in this model.",
                    why="Over many simulated years it prevents some relapses, and in the few "
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
            "many-year comparison in 'What each intervention changes, and for whom'.",
        ),
        MultipleChoice(
            "In the validation table, the model's training effect on pain passes: it lies inside "
            "the band around the exercise trials' estimate. What does that row tell you?",
            choices=(
                Choice(
                    "That the model has proved that training lowers pain in MS.",
                    why="A model cannot prove what a trial found; and here one assumption of the "
                    "model was set so that it lands near the trials, so agreement is by "
                    "construction.",
                ),
                Choice(
                    "That the model does not contradict that finding, which is all a passing row "
                    "can say; a failing row, kept as a known gap, says where the model must not "
                    "be trusted.",
                    correct=True,
                    why="Passing rows say the model does not teach the opposite of these "
                    "findings (sometimes only their direction); the known gaps are as important "
                    "to read as the passes.",
                ),
                Choice(
                    "That every other number in the model is right too.",
                    why="Each row checks one target. Most wiring assumptions are checked by no "
                    "row at all: that is what the sensitivity panel is for.",
                ),
            ),
            explanation="A validation table is a list of findings the model must not contradict, "
            "each with its source and the model's own value. See 'Checking the model against "
            "published numbers'.",
        ),
        Numeric(
            "Use a counterfactual (`whole_chain.compare`, seed 0): by how many points does full "
            "cooling change person B's mean back pain in **July** (`months=7`)? Give the "
            "change with its sign (negative = less pain).",
            answer=cooling_change_in_july(),
            tolerance=0.02,
            unit="points",
            explanation=(
                "`whole_chain.compare('heat', ['cooling'], seed=0).change(months=7)`. In the "
                "hottest month cooling removes more pain than its yearly average "
                f"({cooling_change_over_the_year():+.2f} points) suggests: it only works on warm "
                "days."
            ),
            hint="Use whole_chain.compare('heat', ['cooling'], seed=0).change(months=7).",
        ),
    ),
)
