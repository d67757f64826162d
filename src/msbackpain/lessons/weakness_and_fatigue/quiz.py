"""Quiz of notebook 03 (weakness, fatigue and disuse): the mechanisms, not the numbers.

Facts cite their sources by key (the collection's reference list); the numeric answer is
computed here by the notebook's own disuse model, so it cannot drift from what the notebook shows.
"""

from __future__ import annotations

from msbackpain import disuse, fatigue
from msbackpain.ui.quiz import Choice, MultipleChoice, Numeric, Quiz

#: The numeric question: strength after two weeks at a quarter of usual activity.
DISUSE_DAYS = 14
DISUSE_ACTIVITY = 0.25
STRENGTH_LEFT_PCT = 100 * float(disuse.strength_after_disuse(DISUSE_DAYS, DISUSE_ACTIVITY))
BED_REST_LEFT_PCT = 100 * float(disuse.strength_after_disuse(DISUSE_DAYS, 0.0))
#: The no-limit load of the default (trunk) fatigue model and of the elbow fit, in percent.
TRUNK_NO_LIMIT_PCT = 100 * fatigue.fatigue_threshold_load()
ELBOW_NO_LIMIT_PCT = 100 * fatigue.fatigue_threshold_load(joint="elbow fit")

QUIZ = Quiz(
    notebook="03",
    questions=(
        MultipleChoice(
            "In the motor-unit pool model, losing the largest 20% of the motor units costs far "
            "more force than losing a random 20%. Why?",
            choices=(
                Choice(
                    "Because the largest units are recruited first, so they are always working.",
                    why=(
                        "This turns the size principle round: small units are recruited first "
                        "and the largest last, only at high effort."
                    ),
                ),
                Choice(
                    "Because twitch size grows exponentially with recruitment rank, so the few "
                    "largest units carry most of the maximum force.",
                    correct=True,
                    why=(
                        "Twitch amplitudes span about a hundred-fold range in the pool "
                        "[@fuglevand1993], and the top fifth of the units holds over half of the "
                        "pool's force."
                    ),
                ),
                Choice(
                    "Because losing units also makes spikes fail in the units that are left.",
                    why=(
                        "In the model the two kinds of damage are separate: units can be lost "
                        "with no spike failing at all, as in this comparison."
                    ),
                ),
                Choice(
                    "It does not: any 20% of the units is 20% of the force; the difference is "
                    "random noise.",
                    why=(
                        "Units are not equal. Losing a random fifth leaves 80% of the force, "
                        "losing the largest fifth leaves under half, and losing the smallest "
                        "fifth costs almost nothing."
                    ),
                ),
            ),
            explanation=(
                "Section 2 ('Weakness: spikes that fail and units that are lost') compares the "
                "loss patterns; the figure of the pool in section 1 shows the exponential twitch "
                "sizes."
            ),
        ),
        MultipleChoice(
            "A posture needs the same force from a healthy muscle and from a muscle weakened by "
            "failing spikes. In the notebook's model, why does the weakened muscle give up "
            "sooner?",
            choices=(
                Choice(
                    "Its motor units tire at a higher rate F, because MS changes the muscle "
                    "fibres themselves.",
                    why=(
                        "The notebook assumes the opposite on purpose: the affected muscle tires "
                        "like a healthy one at the same share of its own maximum."
                    ),
                ),
                Choice(
                    "The same force is a larger share of its reduced maximum, and endurance "
                    "time falls steeply as that share grows.",
                    correct=True,
                    why=(
                        "A modest loss of maximum force moves the task up the endurance curve, "
                        "where a small rise in share costs a lot of time."
                    ),
                ),
                Choice(
                    "Failing spikes use up the muscle's energy, so it runs out sooner.",
                    why=(
                        "Spikes that fail never reach the muscle; the model has no energy store. "
                        "The muscle is weaker, not more wasteful."
                    ),
                ),
            ),
            explanation=(
                "Section 4 ('The same task, more effort, less time') and its diagram combine the "
                "motor-unit pool with the muscle-fatigability model (trunk rates; not a model of "
                "MS fatigue, the symptom); exercise 3 works one case "
                "through."
            ),
        ),
        MultipleChoice(
            "With the published trunk rates, the three-compartment model holds a load below "
            f"about {TRUNK_NO_LIMIT_PCT:.0f}% of maximum with no time limit; measured sustained "
            "holds over an hour were limited near 8% [@bjorksten1977]. What makes a no-limit "
            "load possible in the model at all?",
            choices=(
                Choice(
                    "At such low loads no motor units are active, so none can tire.",
                    why=(
                        "The active share stays at the target load all the time; some units "
                        "are always working and tiring."
                    ),
                ),
                Choice(
                    "Tired units recover fast enough that the tired share never grows large "
                    "enough to leave too few units for the load.",
                    correct=True,
                    why=(
                        "Below R/(F + R) recovery keeps pace with tiring, so the fatigued share "
                        "settles below 1 − TL and the task never fails. In the published pairs R "
                        "is about a tenth of F [@freylaw2012]; fitted to an elbow curve measured "
                        "only at 30–70%, R came out a fifth of F and the limit "
                        f"{ELBOW_NO_LIMIT_PCT:.0f}%, too high."
                    ),
                ),
                Choice(
                    f"The fatigue rate F becomes zero below {TRUNK_NO_LIMIT_PCT:.0f}% of maximum.",
                    why="F is one constant for every load; only the balance with R changes.",
                ),
                Choice(
                    "It is copied from the exponential curve, which also has no limit at low "
                    "loads.",
                    why=(
                        "The exponential curve has no such threshold: it always gives a finite "
                        "time. The threshold comes from the model's own recovery."
                    ),
                ),
            ),
            explanation=(
                "Section 3 ('How long can a posture be held?') derives the threshold R/(F + R), "
                "compares the published per-joint pairs and the measured sustained-hold limit, "
                "and shows why a fit to the elbow curve gives too high a threshold; in the model "
                "a load below the threshold is held without a time limit."
            ),
        ),
        MultipleChoice(
            "In the bed-rest studies pooled by Marusic and colleagues [-@marusic2021], what "
            "happens to strength compared with muscle size?",
            choices=(
                Choice(
                    "They fall in proportion: a muscle that is 4% smaller is 4% weaker.",
                    why=(
                        "Strength falls faster than size: the ratio of the two losses is about 4 "
                        "at day 5, so size alone understates the loss of strength."
                    ),
                ),
                Choice(
                    "Strength falls faster than size, most of all in the first days.",
                    correct=True,
                    why=(
                        "The ratio of strength loss to size loss is about 4 at day 5 and falls "
                        "to about 2.4 at day 14 and 1.9 after day 35."
                    ),
                ),
                Choice(
                    "Size falls first, and strength only follows after a few weeks.",
                    why=("Both fall fastest in the first days; strength leads, it does not lag."),
                ),
            ),
            explanation=(
                "Section 5 ('Disuse: a few weeks of moving less') lists the bed-rest figures; "
                "the table there shows our disuse model against them, and why single studies "
                "scatter around the pooled curve."
            ),
        ),
        MultipleChoice(
            "Why does the notebook draw disuse as a feedback loop rather than as the end of the "
            "chain?",
            choices=(
                Choice(
                    "Because disuse is caused directly by MS lesions, in a loop inside the brain.",
                    why=(
                        "In the causal graph disuse comes from avoiding movement, which comes "
                        "from back pain, not from lesions directly."
                    ),
                ),
                Choice(
                    "Because the loss of strength from disuse adds to weakness, which through "
                    "compensation, posture and lumbar load leads back to pain and to moving "
                    "even less.",
                    correct=True,
                    why=(
                        "In the model each turn round the loop adds a little weakness, and "
                        "weakness makes the next turn easier. It is a plausible but contested "
                        "mechanism, not an established one: in low back pain a one-year cohort "
                        "found no signs of physical deconditioning [@bousema2007]."
                    ),
                ),
                Choice(
                    "Because strength lost by disuse can never come back.",
                    why=(
                        "The teaching model assumes recovery at full activity (a time constant "
                        "of 14 days); a loop is about causes feeding back, not permanence."
                    ),
                ),
            ),
            explanation=(
                "'The disuse loop' at the end of section 5 draws the loop on the causal map of "
                "notebook 00; breaking any link weakens it in the model."
            ),
        ),
        Numeric(
            f"Use the disuse teaching model: someone moves at a quarter of their usual activity "
            f"(activity {DISUSE_ACTIVITY}) for {DISUSE_DAYS} days. What is their strength at the "
            f"end, in percent of baseline? (disuse.strength_after_disuse(days, activity) returns "
            f"a fraction.)",
            answer=STRENGTH_LEFT_PCT,
            tolerance=0.3,
            unit="%",
            hint=(
                "Activity 0 is strict bed rest and 1 is usual activity; multiply the fraction "
                "by 100."
            ),
            explanation=(
                f"A loss of {100 - STRENGTH_LEFT_PCT:.1f}% in two weeks, against "
                f"{100 - BED_REST_LEFT_PCT:.1f}% for the same days of strict bed rest in the "
                "model (thigh muscles). That rests on the model's assumption that partial "
                "activity scales the loss down; the bed-rest data only describe activity 0 "
                "(section 5)."
            ),
        ),
    ),
)
