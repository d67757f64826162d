"""The static figures of notebook 07: a year of three simulated people, the effect of each
intervention, the loops, and the anti-spasticity drug's dose-response. Each function draws on
given Axes and returns them; the numbers come from :mod:`msbackpain.whole_chain`."""

from __future__ import annotations

import numpy as np

from msbackpain import chain, whole_chain
from msbackpain.ui import style

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
#: First day (0 = 1 January) of each month, for the month ticks.
MONTH_STARTS = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


def weekly(values: np.ndarray) -> np.ndarray:
    """Means of whole weeks of daily ``values`` (a trailing part-week is left out)."""
    n = values.size // 7
    return values[: 7 * n].reshape(n, 7).mean(axis=1)


#: The node that drives each example person's pain most (shown next to their pain).
DRIVERS = {"disuse": "disuse", "heat": "heat", "cervical": "spasticity"}


def plot_year(axes, results: dict):
    """One row per person: weekly back pain (0–10, solid) and, dashed on the same 0–10 axis,
    the person's main driver placed on its map scale (0 = bottom, 10 = top of the scale).
    Relapse onsets are marked with triangles. ``results`` maps a key of PEOPLE to a result."""
    weeks = np.arange(52) * 7 + 3.5
    for i, (ax, (key, result)) in enumerate(zip(axes, results.items(), strict=True)):
        st = style.series_style(i)
        ax.plot(
            weeks,
            weekly(result.pain.to_numpy()),
            color=st["color"],
            lw=2.4,
            label="back pain (0–10)",
        )
        driver = DRIVERS[key]
        low, high = whole_chain.MAP_SCALE[driver]
        scaled = 10 * np.clip((result.nodes[driver].to_numpy() - low) / (high - low), 0, 1)
        unit = whole_chain.NODE_UNITS[driver][0]
        ax.plot(
            weeks,
            weekly(scaled),
            color="#555555",
            ls="--",
            lw=1.6,
            label=f"{chain.node(driver).label.lower()}: {unit}, {low:g}–{high:g} drawn as 0–10",
        )
        onsets = np.flatnonzero(result.drivers["relapse_onset"].to_numpy())
        if onsets.size:
            ax.plot(
                onsets,
                np.full(onsets.size, 9.3),
                "v",
                color="black",
                ms=8,
                ls="none",
                label="relapse starts",
            )
        ax.set_ylim(0, 10)
        ax.set_xlim(0, 365)
        ax.set_ylabel("0–10")
        ax.set_title(result.person.label, loc="left", fontsize=12)
        ax.legend(loc="lower right", fontsize=9, frameon=True, framealpha=0.9, ncol=3)
    for ax in axes:
        ax.set_xticks(MONTH_STARTS)
        ax.set_xticklabels([])
    axes[-1].set_xticklabels(MONTHS)
    return axes


def plot_intervention_effects(ax, effects: dict):
    """Grouped horizontal bars: change in mean back pain per intervention, one bar per person.

    ``effects`` maps a person key to a table from :func:`whole_chain.intervention_effects`. Each
    person has its own colour and hatch; values are printed at the bar ends."""
    names = list(whole_chain.FULL_DOSE)
    y = np.arange(len(names))
    height = 0.8 / len(effects)
    hatches = ["", "//", ".."]
    for i, (key, table) in enumerate(effects.items()):
        change = table.set_index("intervention").loc[names, "change"].to_numpy()
        pos = y - 0.4 + height * (i + 0.5)
        ax.barh(
            pos,
            change,
            height,
            color=style.series_style(i)["color"],
            edgecolor="black",
            hatch=hatches[i % 3],
            label=whole_chain.PEOPLE[key].label,
        )
        for p, c in zip(pos, change, strict=True):
            ax.text(
                c + (0.02 if c >= 0 else -0.02),
                p,
                f"{c:+.2f}",
                va="center",
                ha="left" if c >= 0 else "right",
                fontsize=9,
            )
    ax.axvline(0, color="black", lw=1)
    ax.set_yticks(y)
    ax.set_yticklabels([whole_chain.INTERVENTIONS[n].label for n in names])
    ax.invert_yaxis()
    ax.set_xlabel("change in mean evening back pain over the year (points on 0–10)")
    low = min(t["change"].min() for t in effects.values())
    high = max(t["change"].max() for t in effects.values())
    ax.set_xlim(min(low, 0) - 0.35, max(high, 0) + 0.35)
    ax.legend(loc="upper center", bbox_to_anchor=(0.4, -0.14), fontsize=9, ncol=2, frameon=False)
    return ax


def plot_loops(ax, table):
    """Mean back pain per person with the loops intact and with each loop broken (bars).

    ``table``: DataFrame indexed by person key with one column per condition."""
    keys = list(table.index)
    x = np.arange(len(keys))
    width = 0.8 / len(table.columns)
    hatches = ["", "//", "xx", ".."]
    for j, column in enumerate(table.columns):
        values = table[column].to_numpy()
        pos = x - 0.4 + width * (j + 0.5)
        ax.bar(
            pos,
            values,
            width,
            color=style.series_style(j)["color"],
            edgecolor="black",
            hatch=hatches[j % 4],
            label=column,
        )
        for p, v in zip(pos, values, strict=True):
            ax.text(p, v + 0.05, f"{v:.2f}", ha="center", va="bottom", fontsize=9)
    ax.set_xticks(x)
    ax.set_xticklabels([whole_chain.PEOPLE[k].label.split(":")[0] for k in keys])
    ax.set_ylabel("mean evening back pain (0–10)")
    ax.set_ylim(0, max(5.0, float(table.to_numpy().max()) + 1.0))
    ax.legend(loc="upper right", fontsize=9, ncol=2)
    return ax


def plot_dose_response(ax, doses, pains: dict, spasticity: dict):
    """Mean back pain against the anti-spasticity drug's effect (0–1), one line per person;
    each line is labelled with the person and the change in spasticity at full effect."""
    for i, (key, values) in enumerate(pains.items()):
        st = style.series_style(i)
        ax.plot(
            doses,
            values,
            color=st["color"],
            ls=st["linestyle"],
            marker=st["marker"],
            label=f"{whole_chain.PEOPLE[key].label.split(':')[0]} (spasticity "
            f"{spasticity[key][0]:.1f} → {spasticity[key][-1]:.1f} N·m)",
        )
    ax.set_xlabel("anti-spasticity drug effect d (0 = none, 1 = full)")
    ax.set_ylabel("mean evening back pain (0–10)")
    ax.legend(loc="best", fontsize=10)
    return ax
