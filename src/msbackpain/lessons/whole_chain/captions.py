"""What a reader gets with each static figure of notebook 07: its caption and its alt text.

Figures whose text restates model numbers get it from functions that compute them
(:func:`effects_text`, :func:`sensitivity_text`); the others are fixed (:data:`TEXTS`).
"""

from __future__ import annotations

from msbackpain import whole_chain
from msbackpain.ui.display import FigureText
from msbackpain.whole_chain import uncertainty

TEXTS = {
    "year": FigureText(
        caption=(
            "Weekly evening back pain of the three simulated people over one year (left panels, "
            "0–10), each beside their main driver in its own panel and unit (right panels), with "
            "the start of a relapse (triangle)."
        ),
        alt=(
            "Six panels in three rows, one row per person, January to December. Left panels: "
            "back pain on a 0 to 10 axis, nearly flat all year for all three, a little above 4 "
            "for A and B (B slightly higher in summer) and about 5 for C. Right panels: A's "
            "missing training stimulus stays high all year; B's core body warming is zero until "
            "May and peaks at about 0.6 °C in July; C's reflex torque jumps from about 12 to "
            "about 19 N·m at the relapse in late April and stays above 15 N·m for the rest of "
            "the year."
        ),
    ),
    "dose-response": FigureText(
        caption=(
            "In this teaching model, under its assumptions: mean back pain against the "
            "anti-spasticity drug's effect for person A (little spasticity) and person C (strong "
            "spasticity), with the model's small functional weakness (filled markers) and with "
            "the top of its plausible range (hollow markers) [@bass1988; @crossover1988]."
        ),
        alt=(
            "Lines of mean back pain against drug effect from 0 to 1. With the model's functional "
            "weakness, person C's pain falls clearly as the effect grows and person A's falls "
            "slightly. With the functional weakness at the top of its range, both lines lie "
            "higher at full effect: C's still falls, A's stays flat or rises very slightly."
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


def _short(key: str) -> str:
    return whole_chain.PEOPLE[key].label.split(":")[0]


def effects_text(table=None) -> FigureText:
    """Caption and alt text of the bar chart of intervention effects with their intervals."""
    if table is None:
        table = uncertainty.effect_intervals()
    rows = table.set_index(["person", "intervention"])
    caption = (
        "In this teaching model, under these assumptions: change in each simulated person's mean "
        "evening back pain over a year caused by each intervention at full model dose "
        f"(bars: the typical year of {uncertainty.N_YEARS} simulated years; thick lines: the "
        f"middle 90% of those years; thin lines: the middle 90% of {uncertainty.N_DRAWS} "
        "versions of the model with its assumptions moved within plausible ranges)."
    )
    parts = []
    for name in whole_chain.FULL_DOSE:
        label = whole_chain.INTERVENTIONS[name].label
        values = ", ".join(
            f"{_short(p)} {rows.loc[(p, name), 'change']:+.2f} "
            f"({rows.loc[(p, name), 'params_low']:+.2f} to "
            f"{rows.loc[(p, name), 'params_high']:+.2f})"
            for p in whole_chain.PEOPLE
        )
        parts.append(f"{label}: {values}")
    alt = (
        "Grouped horizontal bars, one group per intervention, one bar per person, each bar with "
        "a thick line (range over simulated years) and a thin line with end ticks (range over "
        "plausible assumptions). Changes in points, with the range over assumptions in "
        "brackets: " + "; ".join(parts) + "."
    )
    return FigureText(caption=caption, alt=alt)


def sensitivity_text(table, conclusions) -> FigureText:
    """Caption and alt text of the sensitivity panel (one tornado chart per conclusion)."""
    caption = (
        "Which assumption changes which conclusion, in this teaching model: for each conclusion, "
        "its margin (points of pain, positive while it holds) when one assumption at a time is "
        "moved to the low end (hatched) or the high end (plain) of its plausible range; the "
        "dashed line is the margin with the model's values."
    )
    parts = []
    for c in conclusions:
        sub = table[table["conclusion"] == c.name]
        turned = sub[sub["flips"]]
        if turned.empty:
            what = "no single assumption turns it round"
        else:
            what = "it turns round when " + "; or when ".join(
                f"{r['label']} moves from {r['value']:.3g} to about {r['flip_at']:.3g}"
                for _, r in turned.iterrows()
            )
        margin = float(sub["margin"].iloc[0])
        parts.append(f"'{c.text}' (margin {margin:+.2f} points): {what}")
    alt = (
        f"{len(conclusions)} panels of horizontal bars, one row per assumption. "
        + ". ".join(parts)
        + "."
    )
    return FigureText(caption=caption, alt=alt)
