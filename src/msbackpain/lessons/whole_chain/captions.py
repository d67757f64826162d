"""What a reader gets with each static figure of notebook 07: its caption and its alt text."""

from __future__ import annotations

from msbackpain.ui.display import FigureText

TEXTS = {
    "year": FigureText(
        caption=(
            "Weekly evening back pain of the three simulated people over one year, each with "
            "their main driver (dashed) and the start of a relapse (triangle)."
        ),
        alt=(
            "Three stacked panels, January to December. A: pain stays almost flat all year, "
            "apart from a bump after the relapse, while the dashed disuse line stays high. B: "
            "pain rises after the relapse in spring and again through the summer, when the "
            "dashed heat line rises. C: pain is flat apart from the relapse; the dashed "
            "spasticity line is high all year and peaks with the relapse."
        ),
    ),
    "intervention-effects": FigureText(
        caption=(
            "Change in each simulated person's mean back pain over a year caused by each "
            "intervention at full dose (counterfactuals, averaged over five simulated years). "
            "Seating uses the disc pressure of relaxed slouched sitting [@wilke1999] as an "
            "assumed seat; the drug's rise in pain comes from an assumed strength penalty that "
            "measured strength does not support [@crossover1988]."
        ),
        alt=(
            "Grouped horizontal bars, one group per intervention, one bar per person. Seating "
            "lowers pain for all three by similar amounts. Cooling lowers pain only for B. "
            "Training and pacing lower pain mainly for A. The anti-spasticity drug raises pain "
            "for A and B and lowers it slightly for C. The disease-modifying drug shows no "
            "change in these five years."
        ),
    ),
    "dose-response": FigureText(
        caption=(
            "Mean back pain in the model against the anti-spasticity drug's effect for person A "
            "(weakness) and person C (strong spasticity). The rise for A rests on an assumed "
            "strength penalty that measured strength does not support [@crossover1988]."
        ),
        alt=(
            "Two lines against drug effect from 0 to 1. Person A's pain rises steadily with the "
            "drug effect. Person C's pain falls very slightly. The legend gives each person's "
            "spasticity without and with the full effect."
        ),
    ),
    "loops": FigureText(
        caption=(
            "Mean back pain of each simulated person with the loops intact, with the fear loop "
            "broken and with all loops broken."
        ),
        alt=(
            "Grouped bars for A, B and C. For A, pain falls a little when the fear loop is "
            "broken and a little more when all loops are broken. For B and C the three bars are "
            "almost equal."
        ),
    ),
}
