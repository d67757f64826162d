"""Quiz of notebook 06 (pain): the mechanisms, not the numbers.

Model numbers quoted below are computed here by the notebook's own models (pain,
fear_avoidance), so they cannot drift from what the notebook prints; side-effect rates come from
``medication.published_rates`` (one trial, cited in the question that uses them). Nothing
here is advice about any medicine or treatment: one wrong option says so explicitly, because
reading a side-effect table as advice is a misconception worth naming.
"""

from __future__ import annotations

from msbackpain import fear_avoidance, lhermitte, medication, pain
from msbackpain.ui.quiz import Choice, MultipleChoice, Numeric, Quiz

#: Day model: 8 hours of upright sitting without breaks and with a 5-minute walk every 30 min.
_STATIC = pain.simulate_day([("sitting", 480)])
STATIC_MEAN, STATIC_PEAK = _STATIC.mean_pain, _STATIC.peak_pain
WALKS_MEAN = pain.simulate_day(pain.with_breaks("sitting", 480, 30, 5, "walking")).mean_pain

#: Lhermitte's sign: probability with a visible cervical lesion (Bayes, derived).
P_SIGN_WITH, P_SIGN_WITHOUT = (100 * float(p) for p in lhermitte.p_sign_given_lesion([True, False]))

#: Published headache rates with interferon beta-1a and with placebo (one trial).
HEADACHE_DRUG_PCT = 100 * medication.published_rates("interferon beta-1a")["headache"]
HEADACHE_PLACEBO_PCT = 100 * medication.published_rates("placebo")["headache"]
HEADACHE_EXCESS_PCT = HEADACHE_DRUG_PCT - HEADACHE_PLACEBO_PCT

#: Fear-avoidance model: long-run pain with gain 1.2 (the notebook's default).
LEVEL_AT_1_2 = float(fear_avoidance.chronic_level(1.2))

#: The numeric question: catastrophising 1.5, a = b = 1, exposure 0.2.
CATASTROPHISING, EXPOSURE = 1.5, 0.2
GAIN = float(fear_avoidance.loop_gain(catastrophising=CATASTROPHISING, exposure=EXPOSURE))
LEVEL_WITH_EXPOSURE = float(fear_avoidance.chronic_level(GAIN))
LEVEL_WITHOUT_EXPOSURE = float(
    fear_avoidance.chronic_level(fear_avoidance.loop_gain(catastrophising=CATASTROPHISING))
)
EXPOSURE_TO_SETTLE = 1 - 1 / CATASTROPHISING

QUIZ = Quiz(
    notebook="06",
    questions=(
        MultipleChoice(
            "A person with MS feels a brief electric shock running down the back when they bend "
            "the head forward. Sorted by mechanism, which kind of pain is this?",
            choices=(
                Choice(
                    "Nociceptive musculoskeletal pain, because it is felt in the back.",
                    why=(
                        "Where a pain is felt does not say what produces it. No load on muscles "
                        "or discs is involved, and the day plan of section 1 does not change it."
                    ),
                ),
                Choice(
                    "Treatment-induced pain, a side effect of a medicine.",
                    why=(
                        "Nothing in the story involves a medicine; the shock comes with the "
                        "bend of the neck itself."
                    ),
                ),
                Choice(
                    "Neuropathic pain: stretched fibres that have lost their myelin in the neck "
                    "part of the spinal cord fire impulses of their own.",
                    correct=True,
                    why=(
                        "This is Lhermitte's sign, a neuropathic pain from ectopic impulses: they "
                        "start in the middle of damaged fibres, not at a pain sensor."
                    ),
                ),
                Choice(
                    "Fear-avoidance pain, because the person has learnt to fear bending.",
                    why=(
                        "The fear-avoidance loop is not a fourth mechanism but a behaviour that "
                        "can keep any pain going over weeks; this shock comes with each bend."
                    ),
                ),
            ),
            explanation=(
                "'Three kinds of pain' sorts the pains of MS by what produces them "
                "[@truini2013]; section 2 ('Neuropathic pain: Lhermitte's sign') explains this one."
            ),
        ),
        MultipleChoice(
            "In the day model, adding a 5-minute walk every 30 minutes to 8 hours of upright "
            f"sitting lowers the day's mean discomfort from {STATIC_MEAN:.1f} to {WALKS_MEAN:.1f}. "
            "Why, in the model?",
            choices=(
                Choice(
                    "Walking is not a held posture: during each walk the strain of holding fades "
                    "and the tired muscles recover, so the next stretch of sitting starts lower.",
                    correct=True,
                    why=(
                        "Only held load builds the model's strain, and moving lets it fade. "
                        "Laboratory studies see the same direction: a walking break eases "
                        "sitting-induced discomfort, if only briefly [@decarvalho2023]."
                    ),
                ),
                Choice(
                    "A walk unloads the disc down to the lying-down pressure.",
                    why=(
                        "The model gives walking the pressure of relaxed standing (an assumption); "
                        "what relieves is that the posture is no longer held."
                    ),
                ),
                Choice(
                    "The walks shorten the time spent sitting.",
                    why="The breaks are added: both days hold exactly 8 hours of sitting.",
                ),
                Choice(
                    "Sitting damages the back, and walking repairs the damage.",
                    why=(
                        "The model's output is a discomfort signal, not damage: how much load a "
                        "back carries goes only weakly with back pain [@swain2020]. A healthy desk "
                        f"day peaks at {STATIC_PEAK:.1f} out of 10 in the model."
                    ),
                ),
            ),
            explanation=(
                "Section 1 ('Musculoskeletal pain: a day of holding postures, moving and "
                "resting'): the figure of three desk days and Exercise 1. The model is a teaching "
                "model calibrated on laboratory discomfort [@coenen2017], not fitted to anyone's "
                "pain."
            ),
        ),
        MultipleChoice(
            "Lhermitte's sign goes with demyelinated patches in the neck part (cervical part) of "
            "the spinal cord, rather than lower down the cord or in the brain. Why the neck?",
            choices=(
                Choice(
                    "Because the shock is felt in the neck.",
                    why=(
                        "It is felt down the back and into the limbs: the brain places an "
                        "impulse in the body part the fibre serves, not where along the fibre it "
                        "started."
                    ),
                ),
                Choice(
                    "Because bending the neck forward stretches mainly the cervical cord, and "
                    "demyelinated fibres fire when they are stretched.",
                    correct=True,
                    why=(
                        "A patch in the neck is stretched at every forward bend; a patch lower "
                        "down or in the brain is not stretched by this movement."
                    ),
                ),
                Choice(
                    "Because any demyelinated fibre fires when the neck bends, and the neck "
                    "simply holds the most of them.",
                    why=(
                        "Only stretched fibres fire, and bending the neck stretches mainly the "
                        "cervical cord, not fibres elsewhere."
                    ),
                ),
            ),
            explanation=(
                "Section 2 ('Neuropathic pain: Lhermitte's sign'), the paragraphs on why bending "
                "the neck triggers it and why a lesion in the neck. The link is strong but not "
                "all-or-none: in one study, 17 of 18 people with the sign had a cervical lesion "
                "on MRI, and so did 13 of 25 who had never had it [@alaraji2005]; by Bayes' rule "
                f"the sign has a probability of about {P_SIGN_WITH:.0f}% with a visible lesion "
                f"and {P_SIGN_WITHOUT:.0f}% without."
            ),
        ),
        MultipleChoice(
            f"In one placebo-controlled trial [@andersen2004], {HEADACHE_DRUG_PCT:.0f}% of "
            f"people reported headache on a low weekly dose of interferon beta-1a and "
            f"{HEADACHE_PLACEBO_PCT:.0f}% on placebo. What do these two numbers tell you?",
            choices=(
                Choice(
                    f"{HEADACHE_DRUG_PCT:.0f}% of the people on the medicine got headaches "
                    "caused by it.",
                    why=(
                        "That ignores the placebo group: headaches are common anyway, and "
                        f"{HEADACHE_PLACEBO_PCT:.0f}% reported them on a dummy treatment. Only "
                        "the excess over placebo can be put down to the medicine."
                    ),
                ),
                Choice(
                    "Whether a particular person should take this medicine.",
                    why=(
                        "Published rates describe groups in one trial; they say nothing about "
                        "whether anyone should take, change or stop a medicine. Those decisions "
                        "belong with the person and their treating team."
                    ),
                ),
                Choice(
                    f"About {HEADACHE_EXCESS_PCT:.0f} more people in every 100 reported "
                    "headache on the medicine than on placebo: that excess is what the "
                    "medicine adds.",
                    correct=True,
                    why=(
                        "The placebo group shows how often people report the complaint without "
                        "the medicine; the difference in percentage points is the part the "
                        "medicine adds."
                    ),
                ),
                Choice(
                    f"The placebo itself gave headaches to {HEADACHE_PLACEBO_PCT:.0f}% of "
                    "people, so the two treatments are about equally bad.",
                    why=(
                        "The placebo group is the background: it shows how many people report "
                        "headaches without the medicine, because headaches are common anyway. "
                        "The comparison is there to show the difference between the groups, "
                        "which is the medicine's part."
                    ),
                ),
            ),
            explanation=(
                "Section 3 ('Treatment-related pain: medication side effects') works out the "
                "excess for headache (16 points). The notebook describes published "
                "rates and is not advice about any medicine."
            ),
        ),
        MultipleChoice(
            "In the fear-avoidance model, the same 2-week acute episode fades away with a loop "
            "gain of 0.8 but leaves lasting pain with a gain of 1.2. Why?",
            choices=(
                Choice(
                    "With gain 1.2 the acute episode was more painful.",
                    why=(
                        "The episode is the same in every run (pain 6 for 2 weeks); only how "
                        "strongly fear and avoidance answer pain differs."
                    ),
                ),
                Choice(
                    "Above a gain of 1, pain keeps growing until it reaches 10.",
                    why=(
                        "The 0–10 ceiling bends the growth into a steady level below 10: about "
                        f"{LEVEL_AT_1_2:.1f} for a gain of 1.2."
                    ),
                ),
                Choice(
                    "The tissues were damaged more with the higher gain, and damage takes "
                    "longer to heal.",
                    why=(
                        "The model has no tissue damage at all: the loop alone holds the pain. "
                        "That is the point of a loop that keeps itself going."
                    ),
                ),
                Choice(
                    "Each trip round pain → fear → avoidance → disuse → pain returns more pain "
                    "than went in when the gain is above 1, so pain grows until the model's "
                    "ceiling holds it at a steady level.",
                    correct=True,
                    why=(
                        "With a gain below 1 each trip returns less, and the pain dies away; "
                        "above 1, each trip returns more."
                    ),
                ),
            ),
            explanation=(
                "Section 4 ('The fear-avoidance loop'): the figure with gains 0.8, 1.2 and 1.5, "
                "and the interactive loop-gain diagram. The loop is Vlaeyen and Linton's "
                "[@vlaeyen2000]; the equations are a teaching model."
            ),
        ),
        Numeric(
            f"In the fear-avoidance model with pain-related worry c = {CATASTROPHISING:g}, "
            f"a = b = 1 and exposure x = {EXPOSURE:g}, what long-run pain level (0–10) does the "
            "model predict? Use `fear_avoidance.loop_gain` and `fear_avoidance.chronic_level`.",
            answer=LEVEL_WITH_EXPOSURE,
            tolerance=0.05,
            unit="",
            hint=(
                "First compute the gain G = c · a · (1 − x) · b with fear_avoidance.loop_gain("
                "catastrophising=..., exposure=...), then pass it to "
                "fear_avoidance.chronic_level."
            ),
            explanation=(
                f"The gain is {GAIN:.1f}, so the loop still holds pain, at about "
                f"{LEVEL_WITH_EXPOSURE:.1f}; without exposure (gain {CATASTROPHISING:g}) it "
                f"would be about {LEVEL_WITHOUT_EXPOSURE:.1f}. In the model the pain can settle "
                f"only once exposure brings the gain to 1 or below (x of at least about "
                f"{EXPOSURE_TO_SETTLE:.2f} here). Section 4 and Exercise 2; exposure here is a "
                "number in a teaching model, not a programme for anyone."
            ),
        ),
    ),
)
