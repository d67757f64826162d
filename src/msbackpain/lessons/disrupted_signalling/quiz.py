"""Quiz of notebook 02 (disrupted signalling): refractory loss, dispersion and a calibrated loop.

Facts from the notebook (Felts, Baker & Smith 1997; Schauf & Davis 1974; Cameron et al. 2008),
each cited where a question relies on it. Every number in a question or an answer is computed
here with the notebook's own model functions, so it cannot drift from what the notebook shows.
"""

from __future__ import annotations

from msbackpain import signalling as sg
from msbackpain.ui.quiz import Choice, MultipleChoice, Numeric, Quiz

#: Question 1: a regular train at this rate into a fibre with this refractory factor.
RATE_HZ = 30.0
FACTOR = 5.0
INTERVAL_MS = 1000.0 / RATE_HZ
TAU_MS = FACTOR * sg.NORMAL_REFRACTORY_MS
REGULAR_LOST_PCT = 100 * (1 - float(sg.delivered_fraction(RATE_HZ, FACTOR, train="regular")))
POISSON_LOST_PCT = 100 * (1 - float(sg.delivered_fraction(RATE_HZ, FACTOR, train="poisson")))
HALVING_FROM_HZ = 1000.0 / TAU_MS

#: The numeric question: the loop latency with conduction slowed by this factor.
SLOWING = 2.0
LATENCY_AT_SLOWING_MS = float(sg.feedback_latency_ms(SLOWING))
HEALTHY_CONDUCTION_MS = 1000.0 * sg.AFFERENT_PATH_M / sg.HEALTHY_AFFERENT_VELOCITY_M_S

QUIZ = Quiz(
    notebook="02",
    questions=(
        MultipleChoice(
            f"A damaged fibre whose refractory period is {FACTOR:g} times normal "
            f"({TAU_MS:g} ms, the top of the typical range in demyelinated axons [@felts1997]) "
            f"carries a perfectly regular train at {RATE_HZ:g} Hz. According to the model, what "
            "share of the spikes is lost?",
            choices=(
                Choice(
                    f"{REGULAR_LOST_PCT:.0f}%: the interval between spikes, about "
                    f"{INTERVAL_MS:.0f} ms, is longer than the {TAU_MS:g} ms refractory period.",
                    correct=True,
                    why=(
                        "A regular train loses spikes only when its interval is shorter than "
                        "the refractory period, and here every interval is far longer."
                    ),
                ),
                Choice(
                    f"One in {FACTOR:g}, because the refractory period is {FACTOR:g} times normal.",
                    why=(
                        "The factor sets how long the fibre needs to recover, not the share of "
                        "spikes lost; the share depends on how the intervals compare with the "
                        "refractory period."
                    ),
                ),
                Choice(
                    "Every second spike, because a damaged fibre halves the rate it passes on.",
                    why=(
                        "Halving needs intervals shorter than the refractory period: for a "
                        f"{TAU_MS:g} ms period that means rates above {HALVING_FROM_HZ:g} Hz, "
                        "far above motor-unit rates."
                    ),
                ),
                Choice(
                    f"About {POISSON_LOST_PCT:.0f}%, from the formula 1/(1 + rτ).",
                    why=(
                        "That formula is for irregular (Poisson) trains, whose intervals are "
                        "sometimes short by chance. A regular train has no short intervals."
                    ),
                ),
            ),
            explanation=(
                "The refractory-period rule of section 1 keeps a spike if at least one "
                "refractory period has passed since the last delivered spike. Section 2 "
                "('Frequency-dependent block') shows the regular-train curve for 5 times "
                "normal staying at 1 across the whole range of rates plotted."
            ),
        ),
        MultipleChoice(
            "Why does an irregular (Poisson) train lose spikes even at average rates far too "
            "low for a regular train to lose any?",
            choices=(
                Choice(
                    "Irregular trains secretly fire faster on average than regular trains set to "
                    "the same rate.",
                    why=(
                        "Both have the same average rate; what differs is how much the "
                        "intervals between spikes vary."
                    ),
                ),
                Choice(
                    "Each lost spike restarts the refractory clock, so losses snowball.",
                    why=(
                        "In the model a lost spike does not restart the clock: only a delivered "
                        "spike does."
                    ),
                ),
                Choice(
                    "The fibre tires of irregular firing.",
                    why=(
                        "Nothing in the model tires: the rule only compares each interval with "
                        "the refractory period."
                    ),
                ),
                Choice(
                    "Its intervals vary, so now and then a spike follows the last delivered "
                    "one within the refractory period, and that spike is lost.",
                    correct=True,
                    why=(
                        "Random timing produces some short intervals at any average rate, so "
                        "the fraction delivered, 1/(1 + rτ), is below 1 at every rate."
                    ),
                ),
            ),
            explanation=(
                "Section 2 compares the two kinds of train: with typical damage a regular train "
                "loses nothing at motor-unit rates, an irregular one loses spikes at every rate. "
                "How much a damaged fibre loses depends on how irregular the firing is as much "
                "as on its rate: the frequency-dependent block of demyelinated fibres "
                "[@schauf1974]."
            ),
        ),
        MultipleChoice(
            "In the bundle model, 80% of the fibres are slowed, each by a different amount, but "
            "every fibre still conducts. What happens to the summed response at the far end?",
            choices=(
                Choice(
                    "It keeps the same shape and only arrives later.",
                    why=(
                        "That would happen if every fibre were slowed by the same factor. "
                        "Slowing by different amounts spreads the arrivals apart."
                    ),
                ),
                Choice(
                    "It is smaller because fewer fibres arrive.",
                    why=(
                        "Every fibre arrives, each adding the same bump. The peak is lower "
                        "because the bumps no longer pile up at the same moment, not because "
                        "spikes are lost."
                    ),
                ),
                Choice(
                    "It is lower and wider: the same arrivals, spread over a longer time.",
                    correct=True,
                    why=(
                        "This is temporal dispersion: fibres slowed by different amounts arrive "
                        "at different times, so their bumps spread out instead of adding up."
                    ),
                ),
                Choice(
                    "It is higher and narrower, because the slowed fibres catch up with the "
                    "others.",
                    why=(
                        "A slowed fibre never catches up: it arrives later the longer the path. "
                        "The spread grows, it does not shrink."
                    ),
                ),
            ),
            explanation=(
                "Section 3 ('Temporal dispersion') sends one volley through 200 fibres with 0%, "
                "30% and 80% damaged: the more damage, the lower and wider the response, as "
                "with evoked potentials recorded in the clinic."
            ),
        ),
        MultipleChoice(
            "The loop model needs conduction slowed about "
            f"{sg.MS_CONDUCTION_SLOWING:.1f} times over the whole sensory path to match the MS "
            f"mean of {sg.MS_LATENCY_MS:g} ms. What is the most careful conclusion?",
            choices=(
                Choice(
                    f"Sensory fibres in MS conduct {sg.MS_CONDUCTION_SLOWING:.1f} times more "
                    "slowly: the model has measured it.",
                    why=(
                        "The model was calibrated to two averages, so the factor is what the "
                        "model needs, not a measurement. It also depends on the assumed path "
                        "length and healthy velocity (Exercise 4)."
                    ),
                ),
                Choice(
                    "It is probably too much: it assumes all the extra delay comes from slower "
                    "conduction, while part of the real delay is likely central.",
                    correct=True,
                    why=(
                        "The model lumps processing in the spinal cord and brain into a fixed "
                        "delay that does not change with MS, so conduction has to explain all of "
                        "the extra delay."
                    ),
                ),
                Choice(
                    "The delay has nothing to do with conduction.",
                    why=(
                        "In the data the delay went with spinal sensory conduction time "
                        "(r = 0.73) [@cameron2008]. The model cannot say how much of the delay is "
                        "conduction, but it does not rule conduction out."
                    ),
                ),
                Choice(
                    "The model also reproduces the spread of latencies between people.",
                    why=(
                        "The model is a single line: everyone with the same slowing gets the "
                        "same latency, so it produces neither the scatter nor the correlation."
                    ),
                ),
            ),
            explanation=(
                "Section 4 ('Slower sensory feedback') calibrates the loop to the means of 10 "
                "people with MS selected for imbalance and their controls [@cameron2008], "
                "treating muscle onset latencies as loop delays (an assumption), and lists what "
                "the calibration can and cannot tell you; Exercises 3 and 4 repeat the "
                "calibration by hand."
            ),
        ),
        Numeric(
            "Use the calibrated loop model (sg.feedback_latency_ms): what would the postural "
            f"response latency be, in ms, if sensory conduction were slowed {SLOWING:g}-fold "
            "over the whole path?",
            answer=LATENCY_AT_SLOWING_MS,
            tolerance=2.0,
            unit="ms",
            explanation=(
                f"The fixed delay of {sg.FIXED_LOOP_DELAY_MS:g} ms plus "
                f"{HEALTHY_CONDUCTION_MS:g} ms of conduction times {SLOWING:g} gives "
                f"{LATENCY_AT_SLOWING_MS:g} ms: between the control mean of "
                f"{sg.CONTROL_LATENCY_MS:g} ms and the MS mean of {sg.MS_LATENCY_MS:g} ms."
            ),
            hint=(
                "Latency = fixed delay + healthy conduction time × slowing; the fixed delay is "
                "the one you found in Exercise 3."
            ),
        ),
    ),
)
