"""The diary browser of notebook 08: choose a person and a diary variable; see their months as a
calendar heatmap and as a time series, with relapse days, heat waves and physiotherapy marked.

The classroom data in data/ are read once (checked against their schema by the loader). The
figure is drawn and laid out once; each update blits only its animated artists (see
:mod:`msbackpain.ui.interactive`). Variables have different scales, so the calendar and the time
series show each variable as a fraction of its scale's maximum on fixed axes, and only the ticks
and the axis labels change with the variable (:class:`~msbackpain.ui.blit.LiveAxis`).
"""

from __future__ import annotations

from functools import cache, lru_cache

import numpy as np
import pandas as pd
from matplotlib import colormaps

from msbackpain.diaries import load_diary, load_patients
from msbackpain.diaries.dataset import DATA_DIR
from msbackpain.ui import style
from msbackpain.ui.blit import LiveAxis
from msbackpain.ui.interactive import Interactive, animate, dropdown, register

#: Variable → (label, unit, colour-scale maximum).
VARIABLES = {
    "back_pain": ("back pain", "0–10", 10),
    "fatigue": ("fatigue", "0–10", 10),
    "spasticity": ("spasticity", "0–10", 10),
    "steps": ("steps", "steps/day", 15000),
    "sitting_hours": ("sitting", "h", 16),
    "lhermitte_episodes": ("Lhermitte episodes", "per day", 5),
}
#: Variables whose axes count in thousands (label, divisor), so that every variable's tick
#: labels have at most two digits and fit the layout fixed at the first drawing.
AXIS_THOUSANDS = {"steps": ("steps (thousands/day)", 1000)}
#: Where the marks sit below a series, as fractions of its scale: relapse, heat wave, physio.
MARK_LEVELS = (-0.08, -0.16, -0.24)
#: The time series' value axis, as fractions of the scale (room for the marks and the legend).
SERIES_LIMITS = (-0.288, 1.25)


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


@lru_cache(maxsize=64)
def person_series(pid: str, variable: str) -> dict:
    """One person's days: dates, values (NaN = not filled in) and the marks (cached: the note,
    the alt text and the picture of one setting all read it; do not change the arrays)."""
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


def axis_scale(variable: str) -> tuple[str, float]:
    """The axis label of ``variable`` and the divisor of its values on the axes."""
    label, unit, _ = VARIABLES[variable]
    return AXIS_THOUSANDS.get(variable, (f"{label} ({unit})", 1))


def _title(pid: str, variable: str) -> str:
    return f"{pid}: {VARIABLES[variable][0]}, one square per day (grey: not filled in)"


@register("08", "diary browser")
def make_diary_browser() -> Interactive:
    """Diary browser: a person menu and a variable menu."""
    patients, diary = classroom()
    ids = list(patients["patient_id"].astype(str))
    art: dict = {}

    def first_draw(axes, s, pid, variable):
        """Make the artists (``draw`` sets their data) on fixed axes, where each variable shows
        as a fraction of its scale's maximum; live axes show the scale's ticks and labels."""
        ax_cal, ax_ts = axes
        axis_label, divisor = axis_scale(variable)
        grid, monday = calendar_grid(s["date"], s["value"])
        x = pd.DatetimeIndex(s["date"])
        cmap = colormaps["viridis"].with_extremes(bad="#eeeeee")
        art["im"] = ax_cal.imshow(
            np.ma.masked_invalid(grid),
            aspect="auto",
            cmap=cmap,
            vmin=0,
            vmax=1,
            interpolation="nearest",
        )
        cbar = ax_cal.figure.colorbar(art["im"], ax=ax_cal, pad=0.01, label=axis_label)
        ax_cal.set_yticks(range(7), ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])
        weeks = np.arange(0, grid.shape[1], 4)
        ax_cal.set_xticks(weeks, [f"{monday + pd.Timedelta(weeks=int(w)):%d %b}" for w in weeks])
        art["title"] = ax_cal.set_title(_title(pid, variable))
        ax_cal.grid(False)  # grid lines through the middle of the day squares only blur them
        st = style.series_style(0)
        (art["line"],) = ax_ts.plot(x, s["value"], color=st["color"], lw=1.2, marker=".")
        marks = (
            ("relapse", "s", style.AFFECTED, "relapse day"),
            ("heat", "^", style.OKABE_ITO["orange"], "heat-wave day"),
            ("physio", "|", style.HEALTHY, "physiotherapy session"),
        )
        for key, marker, colour, label in marks:
            size = {"ms": 10} if marker == "|" else {}
            (art[key],) = ax_ts.plot(
                [], [], ls="none", marker=marker, color=colour, label=label, **size
            )
        ax_ts.set_xlim(x[0], x[-1])
        ax_ts.set_ylim(*SERIES_LIMITS)
        ax_ts.legend(loc="upper left", ncols=3, fontsize=9, frameon=False)
        ax_ts.set_xlabel("date")
        ax_ts.set_ylabel(axis_label)
        top = VARIABLES[variable][2] / divisor  # the axes show fractions of the scale's top
        art["cbar_axis"] = LiveAxis(cbar.ax.yaxis, top)
        art["ts_axis"] = LiveAxis(ax_ts.yaxis, top)
        animate(art["im"], art["title"], art["line"], *(art[key] for key, *_ in marks))

    def draw(axes, pid: str, variable: str) -> None:
        s = person_series(pid, variable)
        if not art:
            first_draw(axes, s, pid, variable)
        vmax = VARIABLES[variable][2]
        axis_label, divisor = axis_scale(variable)
        grid, _ = calendar_grid(s["date"], s["value"])
        art["im"].set_data(np.ma.masked_invalid(grid / vmax))
        art["title"].set_text(_title(pid, variable))
        x = pd.DatetimeIndex(s["date"])
        art["line"].set_data(x, s["value"] / vmax)
        for key, flag, level in zip(
            ("relapse", "heat", "physio"),
            ("relapse", "heat_wave", "physio"),
            MARK_LEVELS,
            strict=True,
        ):
            art[key].set_data(x, _masked(s[flag], np.full(len(x), level)))
        for live in (art["cbar_axis"], art["ts_axis"]):
            live.set_scale(vmax / divisor)
            live.set_label(axis_label)

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
