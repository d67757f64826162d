"""What a reader gets with each static figure of notebook 03: its caption and its alt text.

Where a text quotes numbers that the notebook computes, it is a function of those numbers."""

from __future__ import annotations

from msbackpain.ui.display import FigureText


def unit_pool(threshold_ratio: float, twitch_ratio: float) -> FigureText:
    """The pool's properties and firing rates, given the last/first threshold and twitch ratios."""
    return FigureText(
        caption=(
            "The Fuglevand motor-unit pool: thresholds and twitch sizes grow exponentially with "
            "recruitment rank, and each unit's firing rate rises with effort up to its peak."
        ),
        alt=(
            "Two panels. Left, log scale against unit rank 1 to 120: recruitment threshold rises "
            f"to about {threshold_ratio:.0f} times unit 1, twitch amplitude to about "
            f"{twitch_ratio:.0f} times, and contraction time falls to about a third. Right: "
            "firing rate against effort for units 1, 30, 60, 90 and 120; each starts at 8 Hz "
            "when recruited, later units are recruited at higher effort, and rates level off "
            "between 35 and 25 Hz."
        ),
    )


def force_traces(healthy_pct: float, affected_pct: float) -> FigureText:
    """The two simulated force traces, given their steady levels (% of the healthy maximum)."""
    return FigureText(
        caption=(
            "Force of the simulated pool over one second at 30% effort: summed twitches ripple "
            "around a steady level, which is lower when 30% of the spikes fail."
        ),
        alt=(
            "Two force traces against time over one second. Both rise over the first few tenths "
            "of a second and then ripple slightly around a dotted steady level: about "
            f"{healthy_pct:.1f}% of the healthy maximum for the healthy nerve (solid line) and "
            f"about {affected_pct:.1f}% when 30% of the spikes fail (dashed line)."
        ),
    )


def endurance_fits(threshold_pct: float) -> FigureText:
    """The two fits of the endurance curve, given the no-failure load of the exponential fit."""
    return FigureText(
        caption=(
            "Endurance time against load: the three-compartment model fitted to the exponential "
            "(elbow) curve follows it closely where the curve was measured, 30–70% of maximum, "
            "but below that it holds loads with no time limit that measured holds cannot; no "
            "fit can follow Rohmert's curve."
        ),
        alt=(
            "Two panels, endurance time on a log scale from 0.05 to 100 minutes against load "
            "from 0 to 100%. Both show Rohmert's curve (solid) and the exponential curve "
            "(dashed) falling steeply with load; they cross near 65%. Left: a shaded band from "
            "30% to 70% marks where the elbow curve was measured. The fitted model "
            "line (dash-dot) runs through the open circles taken from the exponential curve "
            f"between 20% and 90%, and has no limit left of a dotted line at {threshold_pct:.0f}%."
            " Right: the model fitted to the open circles of Rohmert's curve runs above them at "
            "low loads and below them at the highest loads, and its no-failure line has moved "
            "to zero."
        ),
    )


TEXTS = {
    "damage-cases": FigureText(
        caption=(
            "Force against effort for a healthy pool and four kinds of damage: every damaged "
            "pool needs more effort for a 30% force, and losing the largest units lowers the top "
            "most."
        ),
        alt=(
            "Five S-shaped curves of force against effort. The healthy curve reaches 100% at "
            "full effort; with 10%, 30% and 50% of spikes failing the curves rise more slowly "
            "and level off near 91%, 67% and 38%; with the largest 20% of units lost the curve "
            "follows the healthy one up to about 40% effort and then levels off near 46%. A "
            "dotted line marks a target of 30% force."
        ),
    ),
    "disuse-loop": FigureText(
        caption=(
            "The disuse loop on the causal map: back pain leads to avoiding movement, disuse and "
            "atrophy, which add to weakness and, through compensation and posture, to back pain."
        ),
        alt=(
            "The chain map with most boxes faded. Eight boxes have thick outlines and are joined "
            "by thick orange arrows in a ring: muscle weakness, compensation, posture change and "
            "lumbar load along the middle row to lower back pain on the right, then down to "
            "avoiding movement and leftwards along the bottom row through disuse and atrophy "
            "back up to muscle weakness."
        ),
    ),
}
