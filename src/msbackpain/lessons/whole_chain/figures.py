"""The static figures of notebook 07: a year of three simulated people, the effect of each
intervention with its intervals, the sensitivity panel and the anti-spasticity
drug's dose-response. Each function draws on
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


#: Fills of the sensitivity panel's bars: an assumption at the low and at the high end of its range.
LOW_FILL, HIGH_FILL = "#bbbbbb", "#5b8db8"

#: The node that drives each example person's pain most (shown next to their pain).
DRIVERS = {"disuse": "disuse", "heat": "heat", "cervical": "spasticity"}


def plot_year(axes, results: dict):
    """Small multiples, one row per person: weekly back pain (0–10) on the left, the person's main
    driver on its own axis and in its own unit on the right (never on the pain scale), sharing
    the time axis. Relapse onsets are marked with triangles in both panels. ``axes`` is a
    (people × 2) array of Axes; ``results`` maps a key of PEOPLE to a result. Returns ``axes``."""
    weeks = np.arange(52) * 7 + 3.5
    for i, (row, (key, result)) in enumerate(zip(axes, results.items(), strict=True)):
        ax_pain, ax_driver = row
        st = style.series_style(i)
        driver = DRIVERS[key]
        ax_pain.plot(
            weeks, weekly(result.pain.to_numpy()), color=st["color"], ls=st["linestyle"], lw=2
        )
        ax_driver.plot(
            weeks, weekly(result.nodes[driver].to_numpy()), color="#555555", ls="--", lw=1.6
        )
        low, high = whole_chain.MAP_SCALE[driver]
        top = max(high, 1.05 * float(result.nodes[driver].max()))
        ax_pain.set_ylim(0, 10)
        ax_driver.set_ylim(low, top)
        ax_pain.set_ylabel("back pain (0–10)", fontsize=9)
        ax_driver.set_ylabel(_wrap(whole_chain.NODE_UNITS[driver][0]), fontsize=9)
        ax_pain.set_title(result.person.label, loc="left", fontsize=11)
        ax_driver.set_title(
            f"main driver: {chain.node(driver).label.lower()}", loc="left", fontsize=11
        )
        onsets = np.flatnonzero(result.drivers["relapse_onset"].to_numpy())
        for ax in row:
            if onsets.size:
                bottom, ceiling = ax.get_ylim()
                ax.plot(
                    onsets,
                    np.full(onsets.size, bottom + 0.93 * (ceiling - bottom)),
                    "v",
                    color="black",
                    ms=7,
                    ls="none",
                    label="relapse starts",
                )
            ax.set_xlim(0, 365)
            ax.set_xticks(MONTH_STARTS)
            ax.set_xticklabels(MONTHS if i == len(axes) - 1 else [], fontsize=8)
    handles = [h for h in axes[0][0].get_lines() if h.get_label() == "relapse starts"]
    if handles:
        axes[0][1].legend(handles=handles[:1], loc="upper right", fontsize=9, framealpha=0.9)
    return axes


def _wrap(text: str, width: int = 24) -> str:
    import textwrap

    return "\n".join(textwrap.wrap(text, width))


def plot_effect_intervals(ax, table):
    """Grouped horizontal bars: the change in each person's yearly back pain caused by each
    intervention, with two intervals on every bar.

    ``table``: :func:`msbackpain.whole_chain.uncertainty.effect_intervals` (columns person,
    intervention, change, days_low, days_high, params_low, params_high). The bar is the typical
    yearly change with the model's assumptions; the thick line the middle of the simulated years
    (random days); the thin line with end ticks the middle of the samples of plausible
    assumptions. Each person has its own colour and hatch. Returns the Axes."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    names = list(whole_chain.FULL_DOSE)
    people = list(dict.fromkeys(table["person"]))
    rows = table.set_index(["person", "intervention"])
    y = np.arange(len(names))
    height = 0.8 / len(people)
    hatches = ["", "//", ".."]
    handles = []
    for i, key in enumerate(people):
        sub = rows.loc[key].loc[names]
        pos = y - 0.4 + height * (i + 0.5)
        colour = style.series_style(i)["color"]
        ax.barh(pos, sub["change"], height, color=colour, edgecolor="black", hatch=hatches[i % 3])
        handles.append(
            Patch(
                facecolor=colour,
                edgecolor="black",
                hatch=hatches[i % 3],
                label=whole_chain.PEOPLE[key].label,
            )
        )
        for p, (_n, r) in zip(pos, sub.iterrows(), strict=True):
            ax.plot(
                [r["params_low"], r["params_high"]],
                [p, p],
                color="black",
                ls="-",
                lw=1.0,
                marker="|",
                ms=7,
            )
            ax.plot([r["days_low"], r["days_high"]], [p, p], color="black", ls="-", lw=3.2)
            right = max(r["params_high"], r["change"], 0.0)
            ax.text(right + 0.03, p, f"{r['change']:+.2f}", va="center", ha="left", fontsize=8)
    handles += [
        Line2D([], [], color="black", ls="-", lw=3.2, label="middle 90% of simulated years"),
        Line2D(
            [],
            [],
            color="black",
            ls="-",
            lw=1.0,
            marker="|",
            ms=7,
            label="middle 90% over plausible assumptions",
        ),
    ]
    ax.axvline(0, color="black", lw=1)
    ax.set_yticks(y)
    ax.set_yticklabels([whole_chain.INTERVENTIONS[n].label for n in names])
    ax.invert_yaxis()
    ax.set_xlabel("change in mean evening back pain over a year (points on 0–10)")
    low = float(min(table["params_low"].min(), table["change"].min(), 0.0))
    high = float(max(table["params_high"].max(), table["change"].max(), 0.0))
    ax.set_xlim(low - 0.15, high + 0.35)
    ax.legend(
        handles=handles,
        loc="upper center",
        bbox_to_anchor=(0.4, -0.14),
        fontsize=9,
        ncol=2,
        frameon=False,
    )
    return ax


def plot_sensitivity(axes, table, conclusions):
    """The sensitivity panel: one Axes per conclusion (a tornado chart).

    ``table``: :func:`msbackpain.whole_chain.uncertainty.sensitivity`; ``conclusions``: the
    conclusion names to draw, one per Axes. For each assumption, a bar runs from the
    conclusion's margin with the model's values to its margin at the low end (hatched) and at the
    high end (plain) of the assumption's range; the conclusion holds right of zero and flips
    left of it. The assumptions are in the same order in every panel, the one that moves any
    conclusion most at the top. Returns the Axes."""
    from matplotlib.patches import Patch

    sub = table[table["conclusion"].isin(conclusions)]
    swing = (sub[["margin_low", "margin_high"]].sub(sub["margin"], axis=0)).abs().max(axis=1)
    order = list(
        sub.assign(swing=swing)
        .groupby("assumption", sort=False)["swing"]
        .max()
        .sort_values(ascending=False)
        .index
    )
    labels = table.drop_duplicates("assumption").set_index("assumption")["label"]
    y = np.arange(len(order))
    for ax, name in zip(axes, conclusions, strict=True):
        rows = table[table["conclusion"] == name].set_index("assumption").loc[order]
        m0 = float(rows["margin"].iloc[0])
        ends = (("margin_low", "//", LOW_FILL), ("margin_high", "", HIGH_FILL))
        for column, hatch, fill in ends:
            ax.barh(
                y,
                rows[column] - m0,
                0.6,
                left=m0,
                color=fill,
                edgecolor="black",
                hatch=hatch,
            )
        ax.axvline(0, color="black", ls="-", lw=1.5)
        ax.axvline(m0, color="black", lw=1, ls="--")
        ax.set_ylim(len(order) - 0.5, -0.5)
        ax.set_title(_wrap(str(rows["statement"].iloc[0]), 48), loc="left", fontsize=10)
        ax.set_xlabel("margin (points): it holds right of 0", fontsize=9)
        span = max(np.abs(rows[["margin_low", "margin_high"]].to_numpy()).max(), abs(m0))
        ax.set_xlim(min(-0.1, -span * 1.05), max(0.1, span * 1.05))
    axes[0].set_yticks(y)
    axes[0].set_yticklabels([labels[a] for a in order], fontsize=8)
    axes[0].legend(
        handles=[
            Patch(facecolor=LOW_FILL, edgecolor="black", hatch="//", label="assumption at low end"),
            Patch(facecolor=HIGH_FILL, edgecolor="black", label="assumption at high end"),
        ],
        loc="upper center",
        bbox_to_anchor=(0.5, -0.07),
        fontsize=9,
        ncol=2,
        frameon=False,
    )
    return axes


def plot_dose_response(ax, doses, pains: dict, spasticity: dict, pains_high=None, high_label=""):
    """Mean back pain against the anti-spasticity drug's effect (0–1), one line per person;
    each line is labelled with the person and the change in spasticity at full effect.
    ``pains_high`` (optional, same keys): the same with a larger functional weakness
    (``high_label``), drawn as a thinner line with hollow markers."""
    for i, (key, values) in enumerate(pains.items()):
        st = style.series_style(i)
        short = whole_chain.PEOPLE[key].label.split(":")[0]
        ax.plot(
            doses,
            values,
            color=st["color"],
            ls=st["linestyle"],
            marker=st["marker"],
            label=f"{short} (spasticity {spasticity[key][0]:.1f} → {spasticity[key][-1]:.1f} N·m)",
        )
        if pains_high is not None:
            ax.plot(
                doses,
                pains_high[key],
                color=st["color"],
                ls=st["linestyle"],
                lw=1.2,
                marker=st["marker"],
                markerfacecolor="white",
                label=f"{short}, functional weakness {high_label}",
            )
    ax.set_xlabel("anti-spasticity drug effect d (0 = none, 1 = the model's full effect)")
    ax.set_ylabel("mean evening back pain (0–10)")
    ax.legend(loc="best", fontsize=9)
    return ax
