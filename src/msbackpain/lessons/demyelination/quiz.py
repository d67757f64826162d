"""Quiz of notebook 01 (demyelination): why a lesion slows or blocks a spike, and why heat matters.

Facts from the notebook (the lesion rule of the teaching model, Hodgkin & Huxley kinetics,
Schauf & Davis 1974, Rasminsky 1973, Uhthoff's phenomenon), each cited where a question relies
on it. The numeric answer is computed here with the notebook's own block-temperature table, so it
cannot drift from what the notebook shows.
"""

from __future__ import annotations

from msbackpain import conduction as cd
from msbackpain.ui.quiz import Choice, MultipleChoice, Numeric, Quiz

#: The numeric question: the block temperature change of a severity-6, 6-node lesion.
QUIZ_SEVERITY = 6.0
BLOCK_DELTA_T_SEVERITY_6 = float(cd.block_delta_T_fast(QUIZ_SEVERITY))
#: For comparison: the severity-4 fibre of the notebook's exercises.
BLOCK_DELTA_T_SEVERITY_4 = float(cd.block_delta_T_fast(4.0))

QUIZ = Quiz(
    notebook="01",
    questions=(
        MultipleChoice(
            "In the notebook's model, why does the spike slow down inside the lesion?",
            choices=(
                Choice(
                    "The lesion removes sodium channels, so each node there makes a smaller spike.",
                    why=(
                        "The model leaves the sodium and potassium channels as they are: the "
                        "lesion multiplies only the capacitance and the leak."
                    ),
                ),
                Choice(
                    "The spike has a longer distance to travel through the lesion.",
                    why=(
                        "The lesion changes the membrane, not the distance: the nodes stay where "
                        "they are, the spike just takes longer to get from one to the next."
                    ),
                ),
                Choice(
                    "The lesioned nodes have more membrane to charge and lose more current "
                    "through leak, so the current from their neighbours takes longer to lift "
                    "them to threshold.",
                    correct=True,
                    why=(
                        "A lesion multiplies the capacitance C and the leak conductance g_L by "
                        "the severity f: the same current charges a larger capacitance more "
                        "slowly, and the extra leak drains part of it away."
                    ),
                ),
                Choice(
                    "Without myelin the fibre follows the square-root rule of unmyelinated fibres.",
                    why=(
                        "That rule (section 1) describes fibres that never had myelin and "
                        "regenerate the spike everywhere. The model fibre keeps its nodes; only "
                        "some of them get harder to charge."
                    ),
                ),
            ),
            explanation=(
                "Section 2 ('A model fibre: a chain of nodes') states the lesion rule; the "
                "voltage traces there show the spike rising later and more slowly inside the "
                "lesion, and the space-time pictures of section 3 show its stripe getting "
                "steeper in the lesion."
            ),
        ),
        MultipleChoice(
            "The same warming blocks the fibre with a severity-4 lesion but not the healthy "
            "fibre. Why?",
            choices=(
                Choice(
                    "Warming makes each spike briefer, so it pushes less charge into the next "
                    "node: a healthy node has charge to spare, a node in the lesion does not.",
                    correct=True,
                    why=(
                        "Warming speeds up every gate: sodium channels close again sooner and "
                        "potassium channels open sooner. Only a fibre with little margin fails."
                    ),
                ),
                Choice(
                    "Heat destroys more myelin, so the lesion grows.",
                    why=(
                        "The block is reversible: cooling the fibre restores conduction, and in "
                        "the model the lesion itself does not change with temperature."
                    ),
                ),
                Choice(
                    "Warm nerve fibres conduct more slowly, and the damaged fibre is slow already.",
                    why=(
                        "Warming speeds the gates up, and the warmed healthy fibre conducts "
                        "faster, not slower. The trouble is the briefer spike, not slower travel."
                    ),
                ),
            ),
            explanation=(
                "Section 4 ('Heat: Uhthoff's phenomenon') compares the two fibres at "
                "ΔT = +10 °C, and the block-temperature curve shows that the more damaged a "
                "fibre is, the less warming it can take."
            ),
        ),
        MultipleChoice(
            "As the fibre with a severity-4 lesion is warmed, its safety factor sinks only "
            "gradually and then drops straight to 0 when it blocks. What does this tell you "
            "about the safety factor in this model?",
            choices=(
                Choice(
                    "The fibre is safe as long as its safety factor is above the normal value "
                    "for a human fibre.",
                    why=(
                        "The model has no measured normal value for a human fibre to compare "
                        "with; its numbers are only for comparing settings with each other."
                    ),
                ),
                Choice(
                    "A safety factor of 0 means the fibre has been destroyed.",
                    why=(
                        "0 means that in this run the spike never reached some nodes. Cool the "
                        "fibre and it conducts again: nothing has been destroyed."
                    ),
                ),
                Choice(
                    "It falls smoothly towards 1 just before block, so it predicts block well.",
                    why=(
                        "The tables show the opposite: it stays above 1 and then jumps to 0, "
                        "because every node beyond the failure never depolarises at all."
                    ),
                ),
                Choice(
                    "It says whether the fibre conducts more than how close it is to failing; "
                    "the temperature margin is a better measure of its reserve.",
                    correct=True,
                    why=(
                        "The temperature margin, how many degrees warmer the fibre could get "
                        "before it blocks, shrinks smoothly as the fibre approaches block."
                    ),
                ),
            ),
            explanation=(
                "The safety factor compares the current a node gets with the current it needs "
                "to fire. Section 3 ('The safety factor') prints it for rising severity and "
                "warming, and the interactive diagram shows it next to the temperature margin."
            ),
        ),
        MultipleChoice(
            "In the model, the fibre with a severity-4 lesion blocks when warmed by about "
            f"+{BLOCK_DELTA_T_SEVERITY_4:.1f} °C. What does this tell you about a person with "
            "MS?",
            choices=(
                Choice(
                    "That a person with such a lesion can warm up by "
                    f"{BLOCK_DELTA_T_SEVERITY_4:.0f} °C before symptoms appear.",
                    why=(
                        "The model's temperatures are changes from 6.3 °C on the squid's scale, "
                        "where its kinetics were measured, not human body temperatures."
                    ),
                ),
                Choice(
                    "Nothing about exact degrees: it shows a direction. The more damaged a "
                    "fibre, the smaller its temperature margin, so a warming that a healthy "
                    "fibre ignores can silence a damaged one.",
                    correct=True,
                    why=(
                        "The pattern, a block temperature that falls steeply with damage, is "
                        "what Schauf and Davis found [-@schauf1974] and what carries over; the "
                        "degrees do not."
                    ),
                ),
                Choice(
                    "That the model is useless, because real damaged fibres can block with "
                    "less than a degree of warming.",
                    why=(
                        "A model can get the degrees wrong and the pattern right. The model too "
                        "has fibres with a margin of about one degree, like the rat "
                        "fibres that blocked with 0.5 °C [@rasminsky1973]."
                    ),
                ),
            ),
            explanation=(
                "Section 2 explains why temperatures are a change ΔT on the squid's scale, and "
                "'What the model's degrees mean' shows that even the healthy model fibre blocks "
                "at about 30 °C on that scale, while human fibres work at body temperature: "
                "trust the model's directions, not its degrees."
            ),
        ),
        Numeric(
            "Use the model's table of block temperatures (cd.block_delta_T_fast): how much "
            f"warming ΔT, in °C, can a fibre with a severity-{QUIZ_SEVERITY:g}, 6-node lesion "
            "take before it blocks?",
            answer=BLOCK_DELTA_T_SEVERITY_6,
            tolerance=0.5,
            unit="°C",
            explanation=(
                f"The table gives a block temperature change of about "
                f"+{BLOCK_DELTA_T_SEVERITY_6:.1f} °C, against "
                f"+{BLOCK_DELTA_T_SEVERITY_4:.1f} °C for the severity-4 fibre: more damage, "
                "less margin. It is also why this fibre no longer conducts at +12 °C in "
                "Exercise 1."
            ),
            hint=f"Call cd.block_delta_T_fast({QUIZ_SEVERITY:g}) in a code cell.",
        ),
    ),
)
