"""Self-checks for notebook 08 (patient diaries).

Each check recomputes the analysis the exercise asks for on the classroom data, with the
collection's estimators (:mod:`msbackpain.diaries.estimates`), and compares the learner's number
with it. A wrong answer that matches a known mistake (forgetting to compare people with
themselves, using today's sitting instead of yesterday's, leaving the flare window in) is named
as that mistake. The answer key stays hidden until the reveal.
"""

from __future__ import annotations

import math
from functools import cache

import numpy as np
import pandas as pd

from msbackpain.diaries import estimates as est
from msbackpain.diaries.dataset import DATA_DIR
from msbackpain.lessons.patient_diaries import analyses
from msbackpain.lessons.patient_diaries.diagrams import classroom
from msbackpain.ui.exercises import check_choice, check_number, is_unanswered

#: How close an answer must be to the check's own computation (the same analysis can differ in
#: the last digits with the order of operations; a different analysis differs by more).
ABS_TOL = 0.01


@cache
def n_duplicates() -> int:
    """Rows of the raw export that repeat an earlier row exactly."""
    raw = pd.read_csv(DATA_DIR / "diary_raw.csv", dtype=str, keep_default_na=False)
    return int(raw.duplicated().sum())


def _pooled_slope(df, y, x) -> float:
    d = df.dropna(subset=[y, x])
    return est.slope(
        d[y].astype(float) - d[y].astype(float).mean(),
        d[x].astype(float) - d[x].astype(float).mean(),
    )


@cache
def _mistakes_ex2() -> dict[str, float]:
    _, diary = classroom()
    lagged = est.with_yesterday(diary, ["sitting_hours"])
    d = lagged.dropna(subset=["back_pain", "sitting_hours"])
    w = est.within(d, ["back_pain", "sitting_hours"])
    pooled = _pooled_slope(lagged, "back_pain", "sitting_hours_yesterday")
    today = est.slope(w["back_pain"], w["sitting_hours"])
    return {
        "you fitted the slope across all days without subtracting each person's own means "
        "first, so differences between people count as if they were effects of sitting": pooled,
        "you used today's sitting; the question is about yesterday's "
        "(sitting_hours_yesterday)": today,
    }


def _diagnose(exercise, answer, expected, mistakes, unit, explanation, hint):
    """check_number, but a wrong answer close to a known mistake is told which mistake."""
    if not is_unanswered(answer) and isinstance(answer, int | float | np.floating):
        for why, value in mistakes.items():
            if math.isclose(float(answer), value, abs_tol=ABS_TOL) and not math.isclose(
                value, expected, abs_tol=ABS_TOL
            ):
                hint = f"{why}."
                break
    return check_number(
        exercise,
        answer,
        expected,
        rel_tol=0,
        abs_tol=ABS_TOL,
        unit=unit,
        explanation=explanation,
        hint=hint,
    )


def exercise_1(answer):
    """How many rows of diary_raw.csv are exact copies of an earlier row?"""
    return check_number(
        "Exercise 1",
        answer,
        n_duplicates(),
        rel_tol=0,
        abs_tol=0,
        unit="rows",
        explanation="Each of them is a day the app exported twice; drop them before anything else.",
        hint="read every column as text (dtype=str, keep_default_na=False) and count "
        "raw.duplicated(); rows that differ only in their date format are not exact copies.",
    )


def exercise_2(answer):
    """Within-person slope of today's back pain on yesterday's hours of sitting."""
    row = analyses.one("sitting yesterday → pain: within people")
    return _diagnose(
        "Exercise 2",
        answer,
        float(row["estimate"]),
        _mistakes_ex2(),
        "points per hour",
        f"That is the within-person slope. Its 95% confidence interval is {row['low']:.2f} to "
        f"{row['high']:.2f}: the data are compatible with any lag effect in that range.",
        "subtract each person's mean from both columns (groupby('patient_id')"
        ".transform('mean')), drop rows where either is missing first, then "
        "slope = sum(x*y) / sum(x*x).",
    )


@cache
def _mistakes_ex3() -> dict[str, float]:
    patients, diary = classroom()
    grid = est.panel(diary, patients)
    naive = est.physio_naive(grid)
    with_flare = est.physio_fair(grid, exclude=0)
    return {
        "that is the naive before/after change, with no comparison on the same dates": naive.value,
        "the flare is still in: leave out the 28 days before each referral, and everything "
        "after it, from the comparison days, and take the 'before' days from days −84 to −29 "
        "of the referral": with_flare.value,
    }


def exercise_3(answer):
    """Change in back pain after starting physiotherapy, by difference in differences."""
    row = analyses.one("physiotherapy: against people not in it")
    return _diagnose(
        "Exercise 3",
        answer,
        float(row["estimate"]),
        _mistakes_ex3(),
        "points",
        f"That is the difference in differences (95% CI {row['low']:.2f} to {row['high']:.2f}). "
        "est.physio_fair gives the same number with its interval.",
        "follow the steps (a)–(d) in the cell; the 'before' days are days −84 to −29 from the "
        "referral (the 8 weeks before the flare), and the 'after' days are every day from the "
        "start on.",
    )


def exercise_4(answer):
    """Which column is the confounder behind 'more steps, less pain' between people?"""
    options = ["edss", "temperature_c", "physio_session", "side_effect"]
    return check_choice(
        "Exercise 4",
        answer,
        "edss",
        options,
        explanation="Disability (EDSS) differs between people, lowers how much they walk and "
        "raises their usual pain, so it links the two across people.",
        hints={
            "temperature_c": "everyone in the cohort shares the weather, so it cannot make one "
            "person walk less than another all year.",
            "physio_session": "it changes from day to day within a person; look for a column of "
            "patients.csv that differs between people.",
            "side_effect": "it changes from day to day within a person; look for a column of "
            "patients.csv that differs between people.",
        },
    )


@cache
def lhermitte_shares() -> est.Estimate:
    """Share of people with any Lhermitte episode, cervical lesion minus none, with its CI."""
    patients, diary = classroom()
    people = analyses.person_table(patients, diary)
    return est.group_difference(people, "any_lhermitte", "has_cervical_lesion", "proportion")


def exercise_5(answer):
    """Difference in the share of people with any Lhermitte episode: cervical lesion or not."""
    e = lhermitte_shares()
    row = {"low": e.low, "high": e.high, "people": e.people}
    return check_number(
        "Exercise 5",
        answer,
        e.value,
        rel_tol=0,
        abs_tol=ABS_TOL,
        unit="(a difference in proportions)",
        explanation=f"Its 95% confidence interval is {row['low']:.2f} to {row['high']:.2f}, "
        f"from {int(row['people'])} people: with few people in each group, a proportion is "
        "uncertain.",
        hint="one row per person: any_lhermitte is 1 if the person wrote down at least one "
        "episode; the mean of any_lhermitte among people with a cervical lesion minus among "
        "people without one.",
    )
