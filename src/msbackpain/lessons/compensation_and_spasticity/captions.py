"""Captions and alt texts of notebook 04's figures, by figure id."""

from __future__ import annotations

from msbackpain.ui.display import FigureText

TEXTS = {
    "helpers-vs-weakness": FigureText(
        caption=(
            "Holding 55 N·m while the erector spinae weaken: every group's load climbs past 15% "
            "of its maximum, and in the fitted model the hold shortens from unlimited (an "
            "artefact of that fit [@bjorksten1977]) to a few minutes."
        ),
        alt=(
            "Two panels against the erector spinae's weakness from 0 to 90%. Left: the load of "
            "every group rises from 14.5% along a curve that steepens, to about 20% at 90% "
            "weakness, crossing a dotted line at 15% early on and a dashed line at 16%, the "
            "fitted model's no-failure load, a little later. Right, endurance on a log scale: "
            "the exponential curve starts near 14 minutes and falls slowly; the fitted model and "
            "Rohmert's curve start off the top (no limit) and fall steeply once their limits are "
            "passed."
        ),
    ),
    "overcompensation-loop": FigureText(
        caption=(
            "The overcompensation loop on the causal map: weakness leads to compensation, "
            "overloaded helper muscles and fatigue, then to moving less, disuse, atrophy and "
            "more weakness."
        ),
        alt=(
            "The chain map with most boxes faded. Seven boxes have thick outlines and are joined "
            "by thick orange arrows in a ring: muscle weakness to compensation, up to helper "
            "muscles overloaded and across to muscle fatigue, down to avoiding movement on the "
            "bottom row, then left through disuse and atrophy and back up to muscle weakness."
        ),
    ),
    "drug-tradeoff": FigureText(
        caption=(
            "The trade-off in the teaching model: a stronger drug effect lowers the resistance "
            "to a fast stretch and the Ashworth grade, and, by an assumption that measured "
            "strength does not support [@crossover1988], lowers voluntary strength too."
        ),
        alt=(
            "Two falling straight lines against drug effect from 0 to 100%. Resistance at 90 "
            "deg/s, as a percentage of its value without the drug, falls from 100% to about "
            "57%; voluntary strength falls from 100% to 75%. A dotted vertical line a little "
            "past the middle separates a left band labelled Ashworth 1+ from a shaded right band "
            "labelled Ashworth 1."
        ),
    ),
}
