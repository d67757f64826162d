"""Quiz of notebook 08 (patient diaries): missing entries, within-person comparisons,
comparison groups and confounders.

The numeric answer is computed from the diary generator's own effect size and comfort
temperature (:data:`msbackpain.diaries.daily.EFFECTS`), never typed in.
"""

from __future__ import annotations

from msbackpain import whole_chain
from msbackpain.diaries.daily import EFFECTS
from msbackpain.ui.quiz import Choice, MultipleChoice, Numeric, Quiz

#: The two days of the numeric question (outdoor temperature, °C).
HOT_DAY_C = 28.0
MILD_DAY_C = 18.0
COMFORT = whole_chain.COMFORT_TEMPERATURE_C


def heat_fatigue_difference(hot: float = HOT_DAY_C, mild: float = MILD_DAY_C) -> float:
    """Extra fatigue (points) of a heat-sensitive person on the hot day compared with the mild
    day, according to the diary generator's heat → fatigue effect."""
    per_c = EFFECTS["heat_on_fatigue"][0]
    return per_c * (max(hot - COMFORT, 0.0) - max(mild - COMFORT, 0.0))


QUIZ = Quiz(
    notebook="08",
    questions=(
        MultipleChoice(
            "In these simulated diaries, entries go missing more often after painful days. What "
            "does that do to the mean back pain of the entries that *were* filled in?",
            choices=(
                Choice(
                    "Nothing, as long as there are thousands of entries left.",
                    why="More data make an estimate less noisy, but they do not remove a bias: "
                    "the missing days are not a random sample of days.",
                ),
                Choice(
                    "It makes the mean too low, because the bad days are the ones most often "
                    "left out.",
                    correct=True,
                    why="The chance of a gap depends on the very thing being measured (missing "
                    "not at random).",
                ),
                Choice(
                    "It makes the mean too high, because people write down only the days that "
                    "hurt.",
                    why="The direction is the other way round here: the days before a missing "
                    "entry were *more* painful, so the painful days are the ones missing.",
                ),
                Choice(
                    "It makes the mean less precise, but not wrong on average.",
                    why="That would be true only if entries were missing at random, which the "
                    "comparison of the days before a gap shows they are not.",
                ),
            ),
            explanation="The notebook compares the pain on the day before a missing entry with "
            "the day before a filled-in one. The generator was built this way to show the "
            "mechanism; in real diaries it has to be checked, not assumed: in pooled data from "
            "momentary-assessment studies of chronic pain, pain intensity did not predict "
            "completion [@ono2019]. See 'Missing entries, and why they may not be random'.",
        ),
        MultipleChoice(
            "To estimate how yesterday's sitting changes today's pain, the notebook first "
            "subtracts each person's own mean from both columns. Why?",
            choices=(
                Choice(
                    "So that each person is compared with themselves: differences between "
                    "people (disability, habits, usual pain) can no longer pose as an effect of "
                    "sitting.",
                    correct=True,
                    why="People who sit a lot differ from people who sit little in many ways; "
                    "a within-person comparison removes everything that stays the same for a "
                    "person.",
                ),
                Choice(
                    "To fill in the missing entries with each person's mean.",
                    why="Subtracting a mean does not fill gaps; rows with a missing value are "
                    "dropped before the comparison.",
                ),
                Choice(
                    "Because a 0–10 scale has to be centred before it can be correlated.",
                    why="A correlation does not need centred data; centring *per person* is "
                    "what changes the question being asked.",
                ),
            ),
            explanation="This is a within-person comparison, the tool for day-to-day effects. "
            "See 'Sitting today, pain tomorrow' and Exercise 2.",
        ),
        MultipleChoice(
            "Comparing people in physiotherapy with people who never started gives a change of "
            "almost zero, although in the data physiotherapy lowers pain. Why?",
            choices=(
                Choice(
                    "Physiotherapy takes weeks to work, so the groups were compared too early.",
                    why="The delay explains why the before/after window is weeks 7–10, but the "
                    "group comparison covers the whole study.",
                ),
                Choice(
                    "Too few people started physiotherapy to see anything.",
                    why="About half the cohort started; the problem is not the number of people "
                    "but who they were.",
                ),
                Choice(
                    "People with more pain were more likely to start physiotherapy, so the two "
                    "groups differed before anyone was treated (confounding by indication).",
                    correct=True,
                    why="The starters' mean pain over the study is higher than the others', "
                    "even though physiotherapy lowered it.",
                ),
            ),
            explanation="When pain leads to treatment, a comparison between the treated and the "
            "untreated mixes the treatment's effect with the reason for it. See "
            "'Physiotherapy: before and after'.",
        ),
        MultipleChoice(
            "The before/after change in the people who started physiotherapy is already large. "
            "What does a comparison group add?",
            choices=(
                Choice(
                    "It measures what changed for everybody over the same weeks (for example "
                    "the season: heat makes heat-sensitive people tired, and tiredness adds to "
                    "back pain), so that this shared change can be subtracted.",
                    correct=True,
                    why="A before/after change contains the treatment's effect plus everything "
                    "else that changed over those weeks; the comparison group measures the "
                    "second part.",
                ),
                Choice(
                    "It doubles the number of people, so the estimate is more precise.",
                    why="Precision is not the point: without the comparison group the "
                    "estimate can be biased, however many people there are.",
                ),
                Choice(
                    "It removes the people with missing entries.",
                    why="The comparison group has gaps too; its job is to measure the change "
                    "shared by everybody on the same dates.",
                ),
            ),
            explanation="Before/after with a comparison group is a difference in differences. "
            "The reveal table shows how much the shared seasonal change mattered in this cohort. "
            "See Exercise 3.",
        ),
        MultipleChoice(
            "Between people, more steps go with less back pain, yet in the model steps have no "
            "effect on pain at all. Where does the link come from?",
            choices=(
                Choice(
                    "Walking protects the back, and the model's true value must be wrong.",
                    why="The true value is known exactly (0 in ground_truth.json): whatever the "
                    "data show here, it is not an effect of walking.",
                ),
                Choice(
                    "From disability (EDSS), which lowers walking and raises pain (a "
                    "confounder), and from painful days making people walk less the next day "
                    "(reverse causation).",
                    correct=True,
                    why="Colour the scatter by EDSS and the pattern gives itself away; within "
                    "people the link is much weaker and runs from pain to steps.",
                ),
                Choice(
                    "From digit preference: people round their pain to 0, 5 or 10.",
                    why="Rounding adds noise to the ratings but cannot make pain and steps move "
                    "together.",
                ),
                Choice(
                    "It is chance: with only 60 people, any correlation can appear.",
                    why="The link is systematic, and the notebook names the variable behind it.",
                ),
            ),
            explanation="A correlation between people can come from a confounder or from "
            "reverse causation. See 'A correlation that is not causation' and Exercise 4.",
        ),
        Numeric(
            "Use the true heat → fatigue effect of the data (`truth['effects']"
            f"['heat_on_fatigue']`: fatigue points per °C of outdoor temperature above {COMFORT:g} "
            "°C, in "
            f"heat-sensitive people only). How many more fatigue points does a heat-sensitive "
            f"person have on a {HOT_DAY_C:g} °C day than on a day of {MILD_DAY_C:g} °C, all else "
            "equal?",
            answer=heat_fatigue_difference(),
            tolerance=0.05,
            unit="points",
            explanation=f"Only the degrees above {COMFORT:g} °C count: {HOT_DAY_C - COMFORT:g} °C "
            "on the hot day "
            f"and none on the mild day, so the difference is "
            f"{EFFECTS['heat_on_fatigue'][0]:g} × {HOT_DAY_C - COMFORT:g}. A person who is not "
            "heat-sensitive gains nothing, which is why the slope in everyone is diluted.",
            hint=f"Only degrees above {COMFORT:g} °C count; a cooler day adds nothing.",
        ),
    ),
)
