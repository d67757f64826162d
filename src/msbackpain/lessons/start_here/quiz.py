"""Quiz of notebook 00 (start here): what kind of pain, how loops work, how to read the map.

Facts from the notebook, each cited where a question relies on it (Foley et al. 2013; Massot et
al. 2021; Truini et al. 2013; the chain graph in :mod:`msbackpain.chain`, whose
edges the map questions describe). The numeric answer is computed here from the notebook's own
prevalence table, so it cannot drift from what the notebook shows.
"""

from __future__ import annotations

from msbackpain import prevalence
from msbackpain.ui.quiz import Choice, MultipleChoice, Numeric, Quiz

_PAIN = prevalence.pain_prevalence().set_index("pain_type")
_BACK = _PAIN.loc["back pain"]
_NEURO = _PAIN.loc["neuropathic extremity pain"]

#: The numeric question: expected number with back pain in a group of this size.
GROUP_SIZE = 50
EXPECTED_WITH_BACK_PAIN = GROUP_SIZE * float(_BACK["prevalence_pct"]) / 100
_LOW = GROUP_SIZE * float(_BACK["ci_low_pct"]) / 100
_HIGH = GROUP_SIZE * float(_BACK["ci_high_pct"]) / 100


def _pct(value) -> str:
    return f"{float(value):g}%"


QUIZ = Quiz(
    notebook="00",
    questions=(
        MultipleChoice(
            "MS damages nerves in the brain and spinal cord, not the back. According to the "
            "classification of pain by mechanism in this notebook, where does most back pain in "
            "MS come from?",
            choices=(
                Choice(
                    "From the MS lesions themselves: damaged nerve fibres in the spinal cord "
                    "send false pain signals.",
                    why=(
                        "That describes neuropathic pain, the kind behind Lhermitte's sign and "
                        "trigeminal neuralgia. Most back pain in MS is classed differently."
                    ),
                ),
                Choice(
                    "From the muscles, joints and discs of the lower back, which work in new "
                    "ways because of weakness, stiffness and a changed posture.",
                    correct=True,
                    why=(
                        "This is nociceptive (musculoskeletal) pain, at the end of the chain "
                        "from nerve to muscle to posture. How much it hurts also depends on "
                        "sleep, mood, fatigue and how sensitive the nervous system has become."
                    ),
                ),
                Choice(
                    "From the medicines used for MS.",
                    why=(
                        "Treatment-related pain is real (for example the flu-like aches of "
                        "interferon beta), but it is its own, separate class, not the usual "
                        "source of back pain."
                    ),
                ),
                Choice(
                    "It is 'all in the mind': there is no physical cause.",
                    why=(
                        "The collection follows a physical path from nerve to muscle to load. "
                        "Worry and fear of movement do matter, but as part of a loop that "
                        "changes how much people move, and so their muscles and the load."
                    ),
                ),
            ),
            explanation=(
                "Truini and colleagues [-@truini2013] sort pain in MS by its mechanism: "
                "neuropathic (from damaged nerves), nociceptive (from muscles, joints and discs) "
                "and "
                "treatment-related. The section 'How common is pain in MS?' explains why back "
                "pain is mostly the second kind."
            ),
        ),
        MultipleChoice(
            "Why can back pain keep going even when the nerve damage that started the chain "
            "does not get any worse?",
            choices=(
                Choice(
                    "Pain itself strips myelin from nerve fibres, so the nerve damage grows.",
                    why=(
                        "No arrow on the map leads from pain back to demyelination: the loops "
                        "come back into the chain at muscle weakness, not at the nerve."
                    ),
                ),
                Choice(
                    "Back pain spreads upwards and causes new MS lesions.",
                    why=(
                        "New lesions come from new inflammation (relapses); nothing on the map "
                        "leads from back pain to a relapse or a lesion."
                    ),
                ),
                Choice(
                    "Pain and exhaustion lead to moving less; unused muscles shrink and "
                    "weaken, which adds to the load on the back.",
                    correct=True,
                    why=(
                        "This is the disuse loop: back pain, avoiding movement, disuse, "
                        "atrophy, weakness, and on through compensation and posture to back "
                        "pain again. Fear of movement feeds the same loop."
                    ),
                ),
                Choice(
                    "Once pain has started, the chain can only run one way and nothing about "
                    "it can change.",
                    why=(
                        "A loop keeps pain going only as long as every one of its arrows works; "
                        "each arrow is a place where the loop can be weakened. Later notebooks "
                        "look at where."
                    ),
                ),
            ),
            explanation=(
                "A feedback loop is a path of causes that comes back to where it started. The "
                "section 'The same graph as data' lists the three loops the collection names: "
                "disuse, overcompensation and fear-avoidance; Exercise 2 finds every step that "
                "lies on a loop with back pain."
            ),
        ),
        MultipleChoice(
            "Someone's legs become less stiff on an anti-spasticity drug, but their weakness "
            "becomes more noticeable. How does the chain map account for this?",
            choices=(
                Choice(
                    "The drug has two arrows: it lowers spasticity, and it is one of the direct "
                    "causes of muscle weakness.",
                    correct=True,
                    why=(
                        "People often report weakness as a side effect [@bass1988], though in a "
                        "small cross-over trial measured muscle strength did not change "
                        "[@crossover1988]: the weakness shows in everyday function. Less "
                        "stiffness may also unmask weakness that the stiffness was hiding (an "
                        "interpretation)."
                    ),
                ),
                Choice(
                    "The drug causes new demyelination, which weakens the muscles.",
                    why=(
                        "The drug has no arrow to demyelination. Its link to weakness is "
                        "direct, as a side effect."
                    ),
                ),
                Choice(
                    "It cannot: less stiffness always means more strength.",
                    why=(
                        "Stiffness (spasticity) and weakness are separate steps on the map, and "
                        "the same drug pushes them in opposite directions."
                    ),
                ),
            ),
            explanation=(
                "Choose 'Anti-spasticity drug' in the interactive chain map: its effects are "
                "Spasticity (a dashed arrow with a bar, meaning less) and Muscle weakness, one "
                "of the three direct causes counted in Exercise 1. This is about how the "
                "mechanisms connect, not advice about any medicine."
            ),
        ),
        MultipleChoice(
            f"Back pain is given as {_pct(_BACK['prevalence_pct'])} (95% confidence interval "
            f"{_pct(_BACK['ci_low_pct'])} to {_pct(_BACK['ci_high_pct'])}) and neuropathic "
            f"extremity pain as {_pct(_NEURO['prevalence_pct'])} "
            f"({_pct(_NEURO['ci_low_pct'])} to {_pct(_NEURO['ci_high_pct'])}). What does the "
            "much wider interval of neuropathic extremity pain tell you?",
            choices=(
                Choice(
                    "That neuropathic extremity pain is clearly more common than back pain.",
                    why=(
                        "The two intervals overlap a lot, so these numbers alone do not show "
                        "which is more common. The width of an interval is about certainty, "
                        "not about size."
                    ),
                ),
                Choice(
                    f"That {_pct(_NEURO['ci_high_pct'])} of people with MS certainly have it.",
                    why=(
                        "The upper end of the interval is the top of a plausible range, not a "
                        f"certain value; the lower end is {_pct(_NEURO['ci_low_pct'])}."
                    ),
                ),
                Choice(
                    "That the estimate is wrong and should be ignored.",
                    why=(
                        "A wide interval is a reason for caution, not for ignoring the "
                        "estimate: it still says this kind of pain affects a real share of "
                        "people with MS, somewhere in that range."
                    ),
                ),
                Choice(
                    "That its estimate is less certain, because the studies behind it "
                    "disagreed more.",
                    correct=True,
                    why=(
                        "Different definitions and different groups of people gave very "
                        "different values, so the true value could plausibly lie anywhere in a "
                        "wide range."
                    ),
                ),
            ),
            explanation=(
                "A 95% confidence interval is the range that, given how much the studies "
                "varied, plausibly contains the true value. The figure in 'How common is pain "
                "in MS?' shows the intervals of the pooled estimates [@foley2013]; Exercise 3 "
                "finds the widest."
            ),
        ),
        Numeric(
            "Use the pooled prevalence of 'back pain' from the notebook's table [@foley2013]: "
            f"in a group of {GROUP_SIZE} people with MS, about how many would you expect to "
            "report back pain?",
            answer=EXPECTED_WITH_BACK_PAIN,
            tolerance=1.0,
            unit="people",
            explanation=(
                f"{_pct(_BACK['prevalence_pct'])} of {GROUP_SIZE} is "
                f"{EXPECTED_WITH_BACK_PAIN:g}. The confidence interval matters here too: with "
                f"its ends, {_pct(_BACK['ci_low_pct'])} and {_pct(_BACK['ci_high_pct'])}, the "
                f"expected number runs from {_LOW:g} to {_HIGH:g}, and a real group also varies "
                "by chance. What is counted matters even more: asked about low back pain "
                f"specifically, 41.6–52.4% report it [@massot2021], about {GROUP_SIZE * 0.416:.0f} "
                f"to {GROUP_SIZE * 0.524:.0f} of the {GROUP_SIZE}."
            ),
            hint="Multiply the group size by the percentage and divide by 100.",
        ),
    ),
)
