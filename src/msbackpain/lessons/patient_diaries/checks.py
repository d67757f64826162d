"""Self-checks for notebook 08 (patient diaries): each compares the learner's estimate with the
ground truth of the classroom cohort (data/ground_truth.json), never with a typed-in number."""

from __future__ import annotations

import json
from functools import cache

from msbackpain.diaries.dataset import DATA_DIR
from msbackpain.ui.exercises import check_choice, check_number


@cache
def truth() -> dict:
    """The classroom cohort's ground truth."""
    return json.loads((DATA_DIR / "ground_truth.json").read_text(encoding="utf-8"))


def effect(name: str) -> float:
    return float(truth()["effects"][name]["value"])


def exercise_1(answer):
    """How many rows of diary_raw.csv are exact copies of an earlier row?"""
    expected = truth()["raw_export_problems"]["duplicated_days"]["rows"]
    return check_number(
        "Exercise 1",
        answer,
        expected,
        rel_tol=0,
        abs_tol=0,
        unit="rows",
        explanation="That is exactly how many days the export duplicated (ground_truth.json).",
        hint="read every column as text (dtype=str) and count raw.duplicated(); rows that differ "
        "only in their date format are not exact copies.",
    )


def exercise_2(answer):
    """Within-person slope of today's back pain on yesterday's hours of sitting."""
    expected = effect("sitting_yesterday_on_pain")
    return check_number(
        "Exercise 2",
        answer,
        expected,
        rel_tol=0,
        abs_tol=0.08,
        unit="points per hour",
        explanation=f"The true lag effect is {expected:g} pain points per hour of sitting the day "
        "before; your estimate from 60 people is within 0.08 of it.",
        hint="compare each person with themselves: subtract each person's mean from both columns "
        "before fitting the slope, and use yesterday's sitting, not today's.",
    )


def exercise_3(answer):
    """Change in back pain after starting physiotherapy, relative to a comparison group."""
    expected = effect("physio_on_pain")
    return check_number(
        "Exercise 3",
        answer,
        expected,
        rel_tol=0,
        abs_tol=0.5,
        unit="points",
        explanation=f"The true full effect is {expected:g} points; with about 30 starters an "
        "estimate within half a point is as close as one can expect.",
        hint="the answer is a change (after minus before), so it should be negative if "
        "physiotherapy helps; subtract the comparison group's mean on the same dates.",
    )


def exercise_4(answer):
    """Which column is the confounder behind 'more steps, less pain' between people?"""
    options = ["edss", "temperature_c", "physio_session", "medication_taken"]
    return check_choice(
        "Exercise 4",
        answer,
        "edss",
        options,
        explanation="Disability (EDSS) lowers usual walking and raises usual pain in the model; "
        "steps themselves have no effect on pain (steps_on_pain = 0 in ground_truth.json).",
        hints={
            "temperature_c": "everyone shares the weather, so it cannot make one person walk "
            "less than another all year.",
            "physio_session": "physiotherapy lowers pain but does not set how much people walk.",
            "medication_taken": "look for a column of patients.csv that differs between people.",
        },
    )


def exercise_5(answer):
    """Within-person slope of fatigue on °C above 20 °C, in heat-sensitive people."""
    expected = effect("heat_on_fatigue")
    return check_number(
        "Exercise 5",
        answer,
        expected,
        rel_tol=0,
        abs_tol=0.08,
        unit="points per °C",
        explanation=f"The true effect is {expected:g} fatigue points per °C above 20 °C in "
        "heat-sensitive people.",
        hint="use only the people whose hidden trait heat_sensitive is true; in everyone the "
        "slope is diluted by the people who are not heat-sensitive.",
    )
