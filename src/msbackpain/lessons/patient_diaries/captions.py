"""What a reader gets with each static figure of notebook 08: its caption and its alt text."""

from __future__ import annotations

from msbackpain.ui.display import FigureText

TEXTS = {
    "completion": FigureText(
        caption=(
            "Share of diary entries filled in, by week of the study: completion falls over time."
        ),
        alt=(
            "Line chart of the percentage of entries filled in against study week: it starts "
            "near the top of the scale and drifts down over the weeks."
        ),
    ),
    "monthly": FigureText(
        caption="Monthly mean outdoor temperature and mean fatigue of the cohort.",
        alt=(
            "Two lines by month: temperature rises from spring to a summer peak; mean fatigue, "
            "on its own axis from 0 to 10, rises a little with it."
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
            f"Scatter plot of {n_people} points: people with fewer steps tend to have more pain; "
            "the points with few steps and high pain are mostly coloured for a high EDSS."
        ),
    )
