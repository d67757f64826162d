"""How common each kind of pain is in MS: pooled prevalences from a meta-analysis.

Source: Foley PL, Vesterinen HM, Laird BJ, et al. Prevalence and natural history of pain in adults
with multiple sclerosis: systematic review and meta-analysis. *Pain* 2013;154(5):632–642.
doi:10.1016/j.pain.2012.12.002 (SCIENCE.md §8; the 95% confidence intervals were checked against
the abstract).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from msbackpain.ui import style

CITATION = (
    "Foley PL et al. Prevalence and natural history of pain in adults with multiple "
    "sclerosis: systematic review and meta-analysis. Pain 2013;154:632-642. "
    "doi:10.1016/j.pain.2012.12.002"
)

# pain type, pooled prevalence %, lower and upper 95% CI %, mechanism class (Truini et al. 2013)
_ROWS = (
    ("any pain", 63.0, 55.0, 70.0, "all"),
    ("headache", 43.0, 33.0, 52.0, "other"),
    ("neuropathic extremity pain", 26.0, 7.0, 53.0, "neuropathic"),
    ("back pain", 20.0, 13.0, 28.0, "musculoskeletal"),
    ("Lhermitte's sign", 16.0, 10.0, 25.0, "neuropathic"),
    ("painful spasms", 15.0, 8.5, 23.0, "mixed"),
    ("trigeminal neuralgia", 3.8, 2.0, 6.0, "neuropathic"),
)


def pain_prevalence() -> pd.DataFrame:
    """Pooled prevalence (%) of pain types in MS with 95% confidence intervals (Foley 2013).

    Columns: ``pain_type``, ``prevalence_pct``, ``ci_low_pct``, ``ci_high_pct``, ``mechanism``
    (a broad class after Truini et al. 2013, *J Neurol* 260:351; 'mixed' and 'other' are our
    grouping for the chart). ``df.attrs["citation"]`` holds the source.
    """
    df = pd.DataFrame(
        _ROWS, columns=["pain_type", "prevalence_pct", "ci_low_pct", "ci_high_pct", "mechanism"]
    )
    df.attrs["citation"] = CITATION
    return df


_HATCH = {"all": "", "musculoskeletal": "//", "neuropathic": "..", "mixed": "xx", "other": "--"}
_COLOUR = {
    "all": "#555555",
    "musculoskeletal": style.STAGE_COLORS["pain"],
    "neuropathic": style.STAGE_COLORS["signalling"],
    "mixed": style.OKABE_ITO["orange"],
    "other": "#999999",
}


def plot_prevalence(ax, df: pd.DataFrame | None = None, highlight: str = "back pain"):
    """Horizontal bars of prevalence with 95% CI whiskers; ``highlight`` gets a bold label.

    Colour and hatch both code the mechanism class, so the chart reads in greyscale.
    """
    df = pain_prevalence() if df is None else df
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
