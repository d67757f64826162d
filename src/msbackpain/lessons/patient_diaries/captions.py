"""What a reader gets with each static figure of notebook 08: its caption and its alt text
(those that depend on the data are functions of what the figure shows)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from msbackpain.ui.display import FigureText

TEXTS = {
    "completion": FigureText(
        caption="Share of diary entries filled in, by week of the study.",
        alt=(
            "Line chart of the percentage of entries filled in against study week, on a scale "
            "from 0 to 100%."
        ),
    ),
    "ratings": FigureText(
        caption=(
            "How often each back-pain rating from 0 to 10 was written in the diary; the round "
            "ratings 0, 5 and 10 are hatched."
        ),
        alt=(
            "Bar chart of the share of diary entries at each back-pain rating from 0 to 10; the "
            "bars at 0, 5 and 10 are white with diagonal hatching, the others filled."
        ),
    ),
}


def steps_and_pain(n_people: int) -> FigureText:
    """Each person's mean steps against mean back pain, given how many people are plotted."""
    return FigureText(
        caption=(
            "Each simulated person's mean daily steps against mean back pain, coloured by EDSS."
        ),
        alt=(
            f"Scatter plot of {n_people} points, one per person: mean steps per day in thousands "
            "across, mean back pain down the side, each point coloured by the person's EDSS."
        ),
    )


def event_study_text(table: pd.DataFrame) -> tuple[str, str]:
    """Caption and alt text of the physiotherapy event study (from its table)."""
    lowest = table.loc[table["estimate"].idxmin()]
    around = table[table["week"].between(-4, 1)]
    peak = around.loc[around["estimate"].idxmax()]
    caption = (
        "Back pain of the people who started physiotherapy, week by week around their "
        "referral, relative to people not in physiotherapy on the same dates and to their own "
        "weeks before the flare."
    )
    alt = (
        f"Line with circles and a shaded 95% band over weeks {int(table['week'].min())} to "
        f"{int(table['week'].max())} since the referral. Around the referral it peaks in week "
        f"{int(peak['week'])} ({peak['estimate']:+.2f} points); it is lowest in week "
        f"{int(lowest['week'])} ({lowest['estimate']:+.2f} points). A hatched band marks the "
        "flare before the referral, a grey band the typical wait for a first session."
    )
    return caption, alt


def reveal_text(table: pd.DataFrame) -> tuple[str, str]:
    """Caption and alt text of the reveal figure (from the comparison table)."""
    covered = int((table["verdict"] == "covers the effect").sum())
    keyed = int(np.isfinite(table["effect"]).sum())
    naive_missed = table[(table["kind"] == "naive") & table["verdict"].str.startswith("misses")]
    caption = (
        "Each analysis of the notebook with its 95% confidence interval, beside the answer "
        "key's average effect and its spread across people."
    )
    alt = (
        f"{len(table)} strips, one per analysis, each on its own scale. Filled circles with "
        "horizontal lines are the fair analyses, open squares the naive ones; black diamonds "
        f"are the answer key's effects, grey bars their spread across people. {covered} of the "
        f"{keyed} intervals with an answer cover it; {len(naive_missed)} of the naive analyses "
        "miss it."
    )
    return caption, alt
