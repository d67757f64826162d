"""The static figures of notebook 08: how people use the rating scale, physiotherapy week by
week around its start, and the reveal (each estimate with its interval beside the answer key).
Each function draws on given Axes and returns them."""

from __future__ import annotations

import numpy as np
import pandas as pd

from msbackpain.ui import style


def plot_ratings(ax, ratings: pd.Series):
    """Bars: the share of diary entries at each back-pain rating 0–10 (multiples of 5
    hatched, so that a preference for 0, 5 and 10 shows without colour)."""
    share = ratings.dropna().astype(int).value_counts(normalize=True)
    share = share.reindex(range(11), fill_value=0)
    round_ = share.index % 5 == 0
    colour = style.series_style(0)["color"]
    ax.bar(share.index[~round_], 100 * share[~round_], color=colour, edgecolor="black")
    ax.bar(
        share.index[round_],
        100 * share[round_],
        color="white",
        edgecolor="black",
        hatch="//",
        label="0, 5 and 10",
    )
    ax.set_xticks(range(11))
    ax.set_xlabel("back pain written in the diary (0–10)")
    ax.set_ylabel("share of entries (%)")
    ax.legend(frameon=False)
    return ax


def plot_event_study(ax, table: pd.DataFrame, wait_weeks: float, flare_weeks: float = 4.0):
    """Physiotherapy week by week around the referral: the estimate (circles, line) and its
    95% interval (band), relative to each person's weeks before the flare. The flare window
    before the referral is hatched, the typical wait for a first session (``wait_weeks``) is
    shaded grey with a dotted edge; both are left out of the fair comparison."""
    st = style.series_style(0)
    ax.axvspan(
        -flare_weeks,
        0,
        facecolor="white",
        edgecolor="#999999",
        hatch="//",
        label="flare before the referral (left out)",
    )
    ax.axvspan(
        0,
        wait_weeks,
        facecolor="#dddddd",
        edgecolor="#777777",
        linestyle=":",
        label="typical wait for a first session",
    )
    ax.fill_between(
        table["week"],
        table["low"],
        table["high"],
        color=st["color"],
        alpha=0.25,
        label="95% confidence interval",
    )
    line = {k: v for k, v in st.items() if k != "marker"}
    ax.plot(table["week"], table["estimate"], marker="o", label="estimate", **line)
    ax.axhline(0, color="black", lw=0.8)
    ax.set_xlabel("weeks since the referral for physiotherapy")
    ax.set_ylabel("change in back pain (points)")
    ax.legend(frameon=False, loc="upper right", fontsize="small")
    return ax


def plot_reveal(axes, table: pd.DataFrame):
    """One strip per analysis, each on its own scale (the units differ): the answer key's
    average effect (black diamond) with its spread across people (grey bar, ± 1 SD), and the
    analysis's estimate with its 95% interval (filled circle: fair analysis; open square: naive
    one). ``axes``: one Axes per row of ``table``, top to bottom. Returns the axes."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    fill = style.series_style(0)["color"]
    for ax, (_, row) in zip(axes, table.iterrows(), strict=True):
        effect, spread = row["effect"], row["spread_sd"]
        if np.isfinite(effect) and np.isfinite(spread):
            ax.barh(0, 2 * spread, left=effect - spread, height=0.7, color="#cccccc")
        if np.isfinite(effect):
            ax.plot(effect, 0, marker="D", color="black", ms=7, ls="none", zorder=3)
        naive = row["kind"] == "naive"
        ax.errorbar(
            row["estimate"],
            0,
            xerr=[[row["estimate"] - row["low"]], [row["high"] - row["estimate"]]],
            fmt="s" if naive else "o",
            mfc="white" if naive else fill,
            mec="black",
            color="black",
            capsize=3,
            ms=7,
            zorder=4,
        )
        values = [row["low"], row["high"], effect, effect - spread, effect + spread, 0.0]
        values = [v for v in values if np.isfinite(v)]
        pad = 0.1 * (max(values) - min(values) or 1.0)
        ax.set_xlim(min(values) - pad, max(values) + pad)
        ax.axvline(0, color="black", lw=0.6, ls=":")
        ax.set_yticks([])
        ax.set_ylim(-0.6, 0.6)
        ax.set_ylabel(
            f"{row['analysis']}\n({row['unit']})",
            rotation=0,
            ha="right",
            va="center",
            fontsize="x-small",
        )
        ax.tick_params(axis="x", labelsize="x-small")
    handles = [
        Line2D([], [], marker="D", color="black", ls="none", label="answer key: average effect"),
        Patch(color="#cccccc", label="answer key: spread across people (± 1 SD)"),
        Line2D(
            [], [], marker="o", mfc=fill, mec="black", color="black", label="fair analysis, 95% CI"
        ),
        Line2D(
            [],
            [],
            marker="s",
            mfc="white",
            mec="black",
            color="black",
            label="naive analysis, 95% CI",
        ),
    ]
    axes[0].legend(
        handles=handles,
        loc="lower center",
        bbox_to_anchor=(0.5, 1.05),
        ncol=2,
        frameon=False,
        fontsize="x-small",
    )
    return axes
