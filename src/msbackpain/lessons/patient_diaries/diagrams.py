"""The diary browser of notebook 08: choose a person and a diary variable; see their months as a
calendar heatmap and as a time series, with relapse days, heat waves and physiotherapy marked.

The classroom data in data/ are read once (checked against their schema by the loader); each
update only changes the data of artists drawn on the first call.
"""

from __future__ import annotations

from functools import cache

import numpy as np
import pandas as pd
from matplotlib import colormaps

from msbackpain.diaries import load_diary, load_patients
from msbackpain.diaries.dataset import DATA_DIR
from msbackpain.ui import style
from msbackpain.ui.interactive import Interactive, dropdown, register

#: Variable → (label, unit, colour-scale maximum).
VARIABLES = {
    "back_pain": ("back pain", "0–10", 10),
    "fatigue": ("fatigue", "0–10", 10),
    "spasticity": ("spasticity", "0–10", 10),
    "steps": ("steps", "steps/day", 15000),
    "sitting_hours": ("sitting", "h", 16),
    "lhermitte_episodes": ("Lhermitte episodes", "per day", 5),
}


@cache
def classroom() -> tuple[pd.DataFrame, pd.DataFrame]:
    """The classroom cohort (patients, diary), loaded and checked once."""
    return load_patients(DATA_DIR / "patients.csv"), load_diary(DATA_DIR / "diary.csv")


def calendar_grid(dates: pd.Series, values) -> tuple[np.ndarray, pd.Timestamp]:
    """A weekday (rows, Monday on top) × week (columns) grid of values; NaN where missing."""
    dates = pd.DatetimeIndex(dates)
    first_monday = dates[0] - pd.Timedelta(days=dates[0].day_of_week)
    offset = (dates - first_monday).days.to_numpy()
    grid = np.full((7, offset.max() // 7 + 1), np.nan)
    grid[offset % 7, offset // 7] = np.asarray(values, dtype=float)
    return grid, first_monday


def person_series(pid: str, variable: str) -> dict:
    """One person's days: dates, values (NaN = not filled in) and the marks."""
    patients, diary = classroom()
    d = diary[diary["patient_id"] == pid]
    if d.empty:
        raise ValueError(f"no person {pid!r} in the classroom diary")
    if variable not in VARIABLES:
        raise ValueError(f"variable must be one of {', '.join(VARIABLES)} (got {variable!r})")
    return {
        "date": d["date"].to_numpy(),
        "value": d[variable].astype("Float64").to_numpy(dtype=float, na_value=np.nan),
        "relapse": d["relapse"].to_numpy(),
        "heat_wave": d["heat_wave"].to_numpy(),
        "physio": d["physio_session"].to_numpy(),
        "row": patients[patients["patient_id"] == pid].iloc[0],
    }


def _masked(flag, y):
    return np.where(flag, y, np.nan)


def describe(pid: str, variable: str) -> str:
    s = person_series(pid, variable)
    r = s["row"]
    label, unit, _ = VARIABLES[variable]
    filled = np.isfinite(s["value"])
    mean = np.nanmean(s["value"]) if filled.any() else float("nan")
    start = (
        "no physiotherapy"
        if pd.isna(r["physio_start"])
        else (f"physiotherapy from {pd.Timestamp(r['physio_start']):%d %b %Y}")
    )
    return (
        f"<p><b>{pid}</b>: {r['sex']}, {r['age']} years, {r['ms_course']}, EDSS {r['edss']:g}, "
        f"{start}. {label}: mean {mean:.1f} {unit} on the {filled.sum()} of {len(filled)} days "
        f"filled in; {int(s['relapse'].sum())} relapse days.</p>"
    )


def alt_text(pid: str, variable: str) -> str:
    s = person_series(pid, variable)
    label, unit, _ = VARIABLES[variable]
    return (
        f"Top: a calendar of {pid}'s {label} ({unit}), one square per day, weeks left to right, "
        f"Monday at the top, blank squares for days not filled in. Bottom: the same values as a "
        f"line over {len(s['value'])} days, with relapse days, heat-wave days and physiotherapy "
        f"sessions marked along the bottom."
    )


@register("08", "diary browser")
def make_diary_browser() -> Interactive:
    """Diary browser: a person menu and a variable menu."""
    patients, diary = classroom()
    ids = list(patients["patient_id"].astype(str))
    art: dict = {}

    def draw(axes, pid: str, variable: str) -> None:
        ax_cal, ax_ts = axes
        s = person_series(pid, variable)
        label, unit, vmax = VARIABLES[variable]
        grid, monday = calendar_grid(s["date"], s["value"])
        x = pd.DatetimeIndex(s["date"])
        if not art:
            cmap = colormaps["viridis"].with_extremes(bad="#eeeeee")
            art["im"] = ax_cal.imshow(
                np.ma.masked_invalid(grid),
                aspect="auto",
                cmap=cmap,
                vmin=0,
                vmax=vmax,
                interpolation="nearest",
            )
            art["cbar"] = ax_cal.figure.colorbar(art["im"], ax=ax_cal, pad=0.01)
            ax_cal.set_yticks(range(7), ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])
            weeks = np.arange(0, grid.shape[1], 4)
            ax_cal.set_xticks(
                weeks, [f"{monday + pd.Timedelta(weeks=int(w)):%d %b}" for w in weeks]
            )
            st = style.series_style(0)
            (art["line"],) = ax_ts.plot(x, s["value"], color=st["color"], lw=1.2, marker=".")
            (art["relapse"],) = ax_ts.plot(
                x, s["value"], ls="none", marker="s", color=style.AFFECTED, label="relapse day"
            )
            (art["heat"],) = ax_ts.plot(
                x,
                s["value"],
                ls="none",
                marker="^",
                color=style.OKABE_ITO["orange"],
                label="heat-wave day",
            )
            (art["physio"],) = ax_ts.plot(
                x,
                s["value"],
                ls="none",
                marker="|",
                ms=10,
                color=style.HEALTHY,
                label="physiotherapy session",
            )
            ax_ts.set_xlim(x[0], x[-1])
            ax_ts.legend(loc="upper left", ncols=3, fontsize=9, frameon=False)
            ax_ts.set_xlabel("date")
        art["im"].set_data(np.ma.masked_invalid(grid))
        art["im"].set_clim(0, vmax)
        art["cbar"].set_label(f"{label} ({unit})")
        ax_cal.set_title(f"{pid}: {label}, one square per day (grey: not filled in)")
        art["line"].set_data(x, s["value"])
        base = -0.08 * vmax
        ones = np.ones(len(x))
        art["relapse"].set_data(x, _masked(s["relapse"], base * ones))
        art["heat"].set_data(x, _masked(s["heat_wave"], 2 * base * ones))
        art["physio"].set_data(x, _masked(s["physio"], 3 * base * ones))
        ax_ts.set_ylim(3.6 * base, 1.25 * vmax)
        ax_ts.set_ylabel(f"{label} ({unit})")

    return Interactive(
        draw,
        {
            "pid": dropdown("person", ids, value=ids[0]),
            "variable": dropdown(
                "diary variable", [(v[0], k) for k, v in VARIABLES.items()], value="back_pain"
            ),
        },
        caption=(
            "One simulated person's diary as a calendar (top) and a time series (bottom), with "
            "relapse days, heat waves and physiotherapy sessions marked."
        ),
        alt=alt_text,
        describe=describe,
        figsize=(9, 4.8),
        nrows=2,
        clear=False,
    )
