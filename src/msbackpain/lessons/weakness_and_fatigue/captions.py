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
