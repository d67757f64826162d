"""Notebook 00's figure: how common each kind of pain is in MS (Foley et al. 2013)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from msbackpain import prevalence
from msbackpain.ui import style

_HATCH = {"all": "", "musculoskeletal": "//", "neuropathic": "..", "mixed": "xx", "other": "--"}
_COLOUR = {
    "all": "#555555",
    "musculoskeletal": style.STAGE_COLORS["pain"],
    "neuropathic": style.STAGE_COLORS["signalling"],
    "mixed": style.OKABE_ITO["orange"],
    "other": "#999999",
}


def plot_prevalence(ax, df: pd.DataFrame | None = None, highlight: str = "back pain"):
    """Horizontal bars of prevalence (%) with 95% CI whiskers; ``highlight`` gets a bold label.

    ``df`` defaults to :func:`msbackpain.prevalence.pain_prevalence` (Foley et al. 2013). Colour
    and hatch both code the mechanism class, so the chart reads in greyscale. Returns ``ax``.
    """
    df = prevalence.pain_prevalence() if df is None else df
    y = np.arange(len(df))[::-1]
    for yi, row in zip(y, df.itertuples(), strict=True):
        ax.barh(
            yi,
            row.prevalence_pct,
            color=_COLOUR[row.mechanism],
            alpha=0.85,
            hatch=_HATCH[row.mechanism],
            edgecolor="#333333",
            label=row.mechanism,
        )
        xerr = [[row.prevalence_pct - row.ci_low_pct], [row.ci_high_pct - row.prevalence_pct]]
        for colour, width in (("#FFFFFF", 4.0), ("#000000", 1.6)):  # black on a white halo
            ax.errorbar(
                row.prevalence_pct,
                yi,
                xerr=xerr,
                fmt="none",
                ecolor=colour,
                capsize=5,
                lw=width,
                capthick=width,
            )
        ax.text(row.ci_high_pct + 1.5, yi, f"{row.prevalence_pct:g}%", va="center", fontsize=11)
    ax.set_yticks(y, df["pain_type"])
    for tick in ax.get_yticklabels():
        if tick.get_text() == highlight:
            tick.set_fontweight("bold")
    ax.set_xlim(0, 85)
    ax.set_xlabel("people with MS who have it (%), with 95% confidence interval")
    handles, labels = ax.get_legend_handles_labels()
    unique = dict(zip(labels, handles, strict=True))
    ax.legend(unique.values(), unique.keys(), title="kind of pain", loc="lower right")
    ax.grid(axis="y", visible=False)
    return ax
