"""Estimates a researcher can make from the diary tables (used by notebook 08, its checks and
the tests that compare them with the ground truth). Plain pandas, vectorised."""

from __future__ import annotations

import numpy as np
import pandas as pd

from msbackpain import whole_chain


def within(df: pd.DataFrame, cols, by="patient_id") -> pd.DataFrame:
    """Columns minus each person's own mean (the "within-person" view)."""
    g = df.groupby(by, observed=True)[list(cols)]
    return df[list(cols)].astype(float) - g.transform("mean").astype(float)


def slope(y, x) -> float:
    """Least-squares slope of y on x (both already centred)."""
    y = np.asarray(y, dtype=float)
    x = np.asarray(x, dtype=float)
    return float((x * y).sum() / (x * x).sum())


def with_yesterday(diary: pd.DataFrame, cols) -> pd.DataFrame:
    """The diary with each column's value from the same person's previous day
    (``<col>_yesterday``; empty when the day before is not in the diary)."""
    d = diary.sort_values(["patient_id", "date"]).copy()
    same = d["patient_id"].eq(d["patient_id"].shift()) & (
        d["date"] - d["date"].shift() == pd.Timedelta(days=1)
    )
    for c in cols:
        d[f"{c}_yesterday"] = d[c].shift().where(same)
    return d


def heat_on_fatigue(diary: pd.DataFrame, people=None) -> float:
    """Within-person slope of fatigue on °C above the comfort temperature (optionally only in
    ``people``, a list of patient ids)."""
    d = diary if people is None else diary[diary["patient_id"].isin(people)]
    d = d.dropna(subset=["fatigue"]).copy()
    d["heat_c"] = np.maximum(d["temperature_c"] - whole_chain.COMFORT_TEMPERATURE_C, 0.0)
    w = within(d, ["fatigue", "heat_c"])
    return slope(w["fatigue"], w["heat_c"])


def sitting_on_pain(diary: pd.DataFrame) -> float:
    """Within-person slope of today's back pain on yesterday's hours of sitting."""
    d = with_yesterday(diary, ["sitting_hours"]).dropna(
        subset=["back_pain", "sitting_hours_yesterday"]
    )
    w = within(d, ["back_pain", "sitting_hours_yesterday"])
    return slope(w["back_pain"], w["sitting_hours_yesterday"])


def steps_and_pain(diary: pd.DataFrame) -> dict[str, float]:
    """Between people (person means) and within people: pain points per 1000 steps."""
    d = diary.dropna(subset=["back_pain", "steps"])
    means = d.groupby("patient_id", observed=True)[["back_pain", "steps"]].mean().astype(float)
    m = means - means.mean()
    w = within(d, ["back_pain", "steps"])
    return {
        "between": 1000 * slope(m["back_pain"], m["steps"]),
        "within": 1000 * slope(w["back_pain"], w["steps"]),
    }


def physio_before_after(
    diary: pd.DataFrame, patients: pd.DataFrame, before_days=28, after_from=42, after_days=28
) -> dict[str, float]:
    """Change in back pain with physiotherapy three ways: ``between_groups`` (in the last weeks,
    people on physiotherapy minus people who never started: confounded by indication), naive
    before/after (starters only, after − before) and with a comparison group (each day's pain
    minus the non-starters' mean on the
    same date: a difference in differences)."""
    start = patients.set_index(patients["patient_id"].astype(str))["physio_start"]
    d = diary.dropna(subset=["back_pain"]).copy()
    pid = d["patient_id"].astype(str)
    d["start"] = pid.map(start).to_numpy()
    d["since"] = (d["date"] - d["start"]).dt.days
    control = d[d["start"].isna()].groupby("date")["back_pain"].mean().astype(float)
    d["relative"] = d["back_pain"].astype(float) - d["date"].map(control).to_numpy()
    s = d[d["start"].notna()]
    before = s[(s["since"] < 0) & (s["since"] >= -before_days)]
    after = s[(s["since"] >= after_from) & (s["since"] < after_from + after_days)]
    b = before.groupby("patient_id", observed=True)[["back_pain", "relative"]].mean()
    a = after.groupby("patient_id", observed=True)[["back_pain", "relative"]].mean()
    both = b.merge(a, left_index=True, right_index=True, suffixes=("_before", "_after")).astype(
        float
    )
    last = d[d["date"] > d["date"].max() - pd.Timedelta(days=after_days)]
    on = last["start"].notna() & (last["since"] >= after_from)
    off = last["start"].isna()
    return {
        "between_groups": float(
            last.loc[on, "back_pain"].astype(float).mean()
            - last.loc[off, "back_pain"].astype(float).mean()
        ),
        "naive": float((both["back_pain_after"] - both["back_pain_before"]).mean()),
        "with_comparison": float((both["relative_after"] - both["relative_before"]).mean()),
        "people": int(len(both)),
    }


def completion_by_week(diary: pd.DataFrame) -> pd.Series:
    """Share of diary entries filled in, by study week."""
    week = (diary["study_day"] - 1) // 7 + 1
    return diary["back_pain"].notna().groupby(week.rename("week")).mean().astype(float)


def pain_before_missing(diary: pd.DataFrame) -> dict[str, float]:
    """Mean back pain on the day before an entry that was filled in vs one that was missing."""
    d = with_yesterday(diary, ["back_pain"])
    d = d.dropna(subset=["back_pain_yesterday"])
    missing = d["back_pain"].isna()
    return {
        "before_filled": float(d.loc[~missing, "back_pain_yesterday"].astype(float).mean()),
        "before_missing": float(d.loc[missing, "back_pain_yesterday"].astype(float).mean()),
    }
