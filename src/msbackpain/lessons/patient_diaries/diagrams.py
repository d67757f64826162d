"""The diary browser of notebook 08: choose a person and a diary variable; see their months as a
calendar heatmap and as a time series, with relapse days, heat waves and physiotherapy marked.

The classroom data in data/ are read once (checked against their schema by the loader). The
figure is drawn and laid out once; each update blits only its animated artists (see
:mod:`msbackpain.ui.interactive`). Variables have different scales, so the calendar and the time
series show each variable as a fraction of its scale's maximum on fixed axes, and only the tick
labels (:class:`_MovingTicks`) and the axis labels change with the variable.
"""

from __future__ import annotations

from functools import cache, lru_cache

import numpy as np
import pandas as pd
from matplotlib import colormaps
from matplotlib.lines import Line2D
from matplotlib.ticker import AutoLocator
from matplotlib.transforms import ScaledTranslation

from msbackpain.diaries import load_diary, load_patients
from msbackpain.diaries.dataset import DATA_DIR
from msbackpain.ui import style
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


class _MovingTicks:
    """Ticks of one axis that change on the blit path: the axis keeps its own tick at 0 (drawn
    with the background) and the others are animated copies of it (grid line, tick mark,
    label), placed by :meth:`show`. The axis's limits stay fixed, so nothing else is redrawn.

    The same class serves ``lessons/pain/diagrams.py``: it belongs in
    :mod:`msbackpain.ui`.
    """

    def __init__(self, axis, most: int):
        ax = axis.axes
        axis.set_ticks([0])
        tick = axis.get_major_ticks()[0]
        self.name, self.side = axis.axis_name, 2 if tick.label2.get_visible() else 1
        label = tick.label2 if self.side == 2 else tick.label1
        mark = tick.tick2line if self.side == 2 else tick.tick1line
        self.grid, self.marks = Line2D([], []), Line2D([], [])
        for line, model in ((self.grid, tick.gridline), (self.marks, mark)):
            line.update_from(model)
            ax.add_artist(line)
            line.set(clip_on=False, zorder=axis.get_zorder())
        where = getattr(ax, f"get_{self.name}axis_text{self.side}_transform")
        transform, va, ha = where(tick.get_pad() + tick.get_tick_padding())
        font, colour = label.get_fontproperties(), label.get_color()
        props = {"va": va, "ha": ha, "fontproperties": font, "color": colour, "visible": False}
        self.labels = [ax.text(0, 0, "", transform=transform, **props) for _ in range(most)]
        animate(self.grid, self.marks, *self.labels)

    def show(self, positions, texts) -> None:
        """Ticks at ``positions`` (data units of the axis) labelled ``texts``, besides 0."""
        p = np.asarray(positions, dtype=float)
        across = np.tile([0.0, 1.0, np.nan], p.size)
        edge = 0.0 if self.side == 1 else 1.0  # the axes' side that carries the ticks
        if self.name == "x":
            self.grid.set_data(np.repeat(p, 3), across)
            self.marks.set_data(p, np.full(p.size, edge))
        else:
            self.grid.set_data(across, np.repeat(p, 3))
            self.marks.set_data(np.full(p.size, edge), p)
        for i, label in enumerate(self.labels):
            label.set_visible(i < p.size)
            if i < p.size:
                label.set_position((p[i], edge) if self.name == "x" else (edge, p[i]))
                label.set_text(texts[i])


def _freeze_layout(figure) -> None:
    """Lay ``figure`` out now and keep that layout: a full redraw then never moves the axes."""
    if figure.get_layout_engine() is not None:
        figure.draw_without_rendering()
        figure.set_layout_engine("none")


def _animated_label(axis):
    """An animated copy of the (vertical) ``axis``'s label where the layout placed it, held at
    the same distance from the axes in points, so that it stays in place if the figure is laid
    out again at another size (a slide). The label itself turns transparent (it keeps its place
    in the layout), and the copy's words can change."""
    text, ax = axis.label, axis.axes
    figure = ax.get_figure(root=True)
    side = 0.0 if axis.get_label_position() == "left" else 1.0
    edge = ax.get_window_extent().x0 if side == 0.0 else ax.get_window_extent().x1
    shift = ScaledTranslation(
        (text.get_position()[0] - edge) / figure.dpi, 0, figure.dpi_scale_trans
    )
    copy = ax.text(side, text.get_position()[1], text.get_text(), transform=ax.transAxes + shift)
    copy.update_from(text)  # font, colour, alignment and rotation, and the transform: set again
    copy.set(transform=ax.transAxes + shift, rotation_mode=text.get_rotation_mode(), clip_on=False)
    text.set_color("none")
    return animate(copy)


def _tick_values(axis, low: float, high: float) -> list[float]:
    """The ticks matplotlib would choose on ``axis`` between ``low`` and ``high``, except 0."""
    locator = AutoLocator()
    locator.set_axis(axis)
    return [float(v) for v in locator.tick_values(low, high) if low <= v <= high and v != 0]


def _tick_text(value: float) -> str:
    return f"{value:g}".replace("-", "\N{MINUS SIGN}")


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
        """Draw the default state on its own scale and lay the figure out, as a full redraw
        would; then keep that layout and turn to fixed axes (fractions of the scale)."""
        ax_cal, ax_ts = axes
        _, _, vmax = VARIABLES[variable]
        axis_label, divisor = axis_scale(variable)
        top = vmax / divisor
        grid, monday = calendar_grid(s["date"], s["value"] / divisor)
        x = pd.DatetimeIndex(s["date"])
        cmap = colormaps["viridis"].with_extremes(bad="#eeeeee")
        im = ax_cal.imshow(
            np.ma.masked_invalid(grid),
            aspect="auto",
            cmap=cmap,
            vmin=0,
            vmax=top,
            interpolation="nearest",
        )
        cbar = ax_cal.figure.colorbar(im, ax=ax_cal, pad=0.01, label=axis_label)
        ax_cal.set_yticks(range(7), ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])
        weeks = np.arange(0, grid.shape[1], 4)
        ax_cal.set_xticks(weeks, [f"{monday + pd.Timedelta(weeks=int(w)):%d %b}" for w in weeks])
        ax_cal.set_title(_title(pid, variable))
        ax_cal.grid(False)  # grid lines through the middle of the day squares only blur them
        st = style.series_style(0)
        (art["line"],) = ax_ts.plot(x, s["value"] / divisor, color=st["color"], lw=1.2, marker=".")
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
        ax_ts.set_ylim(SERIES_LIMITS[0] * top, SERIES_LIMITS[1] * top)
        ax_ts.legend(loc="upper left", ncols=3, fontsize=9, frameon=False)
        ax_ts.set_xlabel("date")
        ax_ts.set_ylabel(axis_label)
        _freeze_layout(ax_cal.figure)
        # From here on: fixed axes, and animated artists for everything a variable changes.
        art["cbar_label"] = _animated_label(cbar.ax.yaxis)
        art["ts_label"] = _animated_label(ax_ts.yaxis)
        im.set_clim(0, 1)
        ax_ts.set_ylim(*SERIES_LIMITS)
        art["cbar_ticks"] = _MovingTicks(cbar.ax.yaxis, most=12)
        art["ts_ticks"] = _MovingTicks(ax_ts.yaxis, most=12)
        art["im"], art["cbar"], art["title"] = im, cbar, ax_cal.title
        animate(im, art["title"], art["line"], *(art[key] for key, *_ in marks))

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
        top = vmax / divisor
        for ticks, axis, (low, high) in (
            (art["cbar_ticks"], art["cbar"].ax.yaxis, (0, top)),
            (art["ts_ticks"], axes[1].yaxis, (SERIES_LIMITS[0] * top, SERIES_LIMITS[1] * top)),
        ):
            values = _tick_values(axis, low, high)
            ticks.show([v / top for v in values], [_tick_text(v) for v in values])
        art["cbar_label"].set_text(axis_label)
        art["ts_label"].set_text(axis_label)

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
