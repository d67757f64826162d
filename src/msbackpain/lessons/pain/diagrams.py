"""The interactive diagrams of notebook 06 (pain).

* ``day plan``: a day's main activity, its length and its breaks → disc load and discomfort over
  the day, against the same day without breaks (:mod:`msbackpain.pain`, a teaching model).
* ``fear-avoidance loop``: pain-related worry (the parameter ``catastrophising``), exposure and
  when exposure starts → pain week by week after an acute episode, and the long-run pain level
  against the loop gain (:mod:`msbackpain.fear_avoidance`, a teaching model).

Both figures are drawn once; afterwards only their animated artists change (``clear=False``:
each move blits them over the stored background).
"""

from __future__ import annotations

import html
import math
from functools import lru_cache

import numpy as np
from matplotlib.ticker import Locator

from msbackpain import fear_avoidance, pain
from msbackpain.ui import style
from msbackpain.ui.blit import LiveAxis
from msbackpain.ui.interactive import Interactive, animate, dropdown, register, slider, toggle

#: Main activities offered by the day-plan diagram: (label, activity key of pain.ACTIVITIES).
DAY_ACTIVITIES = [
    ("sitting upright, no backrest", "sitting"),
    ("sitting against a backrest", "sitting_supported"),
    ("slouched sitting", "sitting_slouched"),
    ("sitting bent forward", "sitting_flexed"),
    ("standing", "standing"),
    ("standing bent forward", "bending"),
]
_ACTIVITY_LABEL = dict((key, label) for label, key in DAY_ACTIVITIES)
#: The discomfort level drawn as a dotted line (the limit of the notebook's first exercise).
PAIN_LIMIT = 0.9
#: What a break can be: (label, activity key of pain.ACTIVITIES).
BREAK_ACTIVITIES = [("walk", "walking"), ("stand still", "standing"), ("lie down", "lying")]
_BREAK_WORD = {"walking": "walk", "standing": "stand-still", "lying": "lie-down"}


@lru_cache(maxsize=32)
def day_state(activity: str, hours: float, every_min: int, break_min: int, break_activity: str):
    """The plan, its simulated day and the same day without breaks (cached for one setting)."""
    total = int(round(60 * hours))
    plan = tuple(pain.with_breaks(activity, total, every_min, break_min, break_activity))
    return {
        "plan": plan,
        "day": pain.simulate_day(list(plan)),
        "no_breaks": pain.simulate_day([(activity, total)]),
    }


def _break_words(every_min, break_min, break_activity) -> str:
    if break_min == 0:
        return "no breaks"
    return f"a {break_min}-min {_BREAK_WORD[break_activity]} every {every_min} min"


def day_describe(activity, hours, every_min, break_min, break_activity) -> str:
    """The note above the day-plan diagram."""
    s = day_state(activity, hours, every_min, break_min, break_activity)
    day, ref = s["day"], s["no_breaks"]
    above = int(np.count_nonzero(day.pain > PAIN_LIMIT))
    breaks = _break_words(every_min, break_min, break_activity)
    plan = f"{hours:g} h of {_ACTIVITY_LABEL[activity]} with {breaks}"
    return (
        f"<p><b>Mean discomfort {day.mean_pain:.1f}, peak {day.peak_pain:.1f}</b> (same time "
        f"without breaks: mean {ref.mean_pain:.1f}, peak {ref.peak_pain:.1f}). Plan: "
        f"{html.escape(plan)}, {day.pain.size / 60:.1f} h in all; above {PAIN_LIMIT:g} for "
        f"{above} min. Teaching model of a discomfort signal, not damage: compare plans, do not "
        "read the numbers as a prediction.</p>"
    )


def day_alt(activity, hours, every_min, break_min, break_activity) -> str:
    """Alt text of the day-plan diagram."""
    s = day_state(activity, hours, every_min, break_min, break_activity)
    day, ref = s["day"], s["no_breaks"]
    return (
        f"Discomfort from 0 to 5 over {day.pain.size / 60:.1f} hours for {hours:g} h of "
        f"{_ACTIVITY_LABEL[activity]} with {_break_words(every_min, break_min, break_activity)}: "
        f"it rises over the day to a peak of {day.peak_pain:.1f} (mean {day.mean_pain:.1f}), "
        f"dipping at each break; a dashed grey curve without breaks rises smoothly to "
        f"{ref.peak_pain:.1f}. Shaded steps show the disc pressure of each block."
    )


def _hour_span(minutes: int) -> int:
    """The end (h) of the time axis for a plan of ``minutes``: rounded up to even hours."""
    return max(2, 2 * math.ceil(minutes / 120.0))


class _HourTicks(Locator):
    """Ticks of a plan's time axis (hours from 0): every 2 hours, every 4 beyond 10 hours."""

    def tick_values(self, vmin, vmax):
        return list(range(0, int(round(vmax)) + 1, 2 if vmax <= 10 else 4))


@register("06", "day plan")
def make_day_plan() -> Interactive:
    """A day's activity, length and breaks → disc load and pain over the day.

    Plans differ in length, so the time axis is fixed from 0 to 1 (the end of the plan, rounded
    up to even hours) and a :class:`~msbackpain.ui.blit.LiveAxis` draws its hours.
    """
    drawn: dict = {}

    def first_draw(ax, right):
        load_ax = ax.twinx()
        load_ax.set_ylim(0, 2.5)
        load_ax.set_yticks([0, 1, 2])  # few tick labels: text is most of the drawing time
        load_ax.set_ylabel("disc pressure (MPa)")
        load_ax.grid(False)
        drawn["load"] = load_ax.stairs(
            [0.0], [0.0, 1.0], fill=True, color=style.STAGE_COLORS["posture"], alpha=0.18, lw=0
        )
        (drawn["ref"],) = ax.plot([], [], color="0.45", ls="--", lw=1.6)
        (drawn["pain"],) = ax.plot([], [], color=style.AFFECTED, ls="-", lw=2.4)
        animate(drawn["load"], drawn["ref"], drawn["pain"])
        ax.set_xlim(0, 1)  # the time axis: 1 is the end of the plan
        drawn["time"] = LiveAxis(ax.xaxis, right, _HourTicks())
        ax.axhline(PAIN_LIMIT, color=style.LIMIT, ls=":", lw=1.3)
        label_x = ax.get_yaxis_transform()  # x: fraction of the axis, y: pain
        ax.text(0.01, PAIN_LIMIT, f"{PAIN_LIMIT:g}", va="bottom", fontsize=11, transform=label_x)
        ax.set_ylim(0, 5)
        ax.set_yticks([0, 1, 2, 3, 4, 5])
        ax.set_xlabel("time since the start of the plan (hours)")
        ax.set_ylabel("discomfort (0–10, teaching model)")
        ax.text(
            0.01,
            0.97,
            "dashed grey: no breaks\nsolid orange: your plan\nshaded: disc pressure",
            transform=ax.transAxes,
            va="top",
            fontsize=10,
        )
        ax.set_zorder(load_ax.get_zorder() + 1)
        ax.patch.set_visible(False)

    def draw(ax, activity, hours, every_min, break_min, break_activity):
        s = day_state(activity, hours, every_min, break_min, break_activity)
        day, ref = s["day"], s["no_breaks"]
        right = _hour_span(day.pain.size)
        if not drawn:
            first_draw(ax, right)
        x = np.arange(day.pain.size + 1) / (60.0 * right)  # fraction of the time axis
        drawn["pain"].set_data(x[1:], day.pain)
        drawn["ref"].set_data(x[1 : ref.pain.size + 1], ref.pain)
        drawn["load"].set_data(day.pressure_MPa, x)
        drawn["time"].set_scale(right)

    return Interactive(
        draw,
        {
            "activity": dropdown("main activity", DAY_ACTIVITIES, value="sitting"),
            "hours": slider("time on it", "hours", 1, 9, 0.5, 8),
            "every_min": slider("a break every", "min", 15, 120, 15, 30, integer=True),
            "break_min": slider("break length (0 = none)", "min", 0, 15, 1, 5, integer=True),
            "break_activity": toggle("break", BREAK_ACTIVITIES, value="walking"),
        },
        caption=(
            "Teaching model: back discomfort over an 8-hour sitting day with a 5-minute walk "
            "every 30 minutes, against the same sitting without breaks; shading shows disc "
            "pressure."
        ),
        alt=day_alt,
        describe=day_describe,
        figsize=(9, 4.2),
        clear=False,
    )


WEEKS = 52
GAINS = np.linspace(0.0, 3.0, 121)


@lru_cache(maxsize=32)
def loop_state(catastrophising: float, exposure: float, start_week: int) -> dict:
    """The simulated year and the loop gain for one setting (cached)."""
    run = fear_avoidance.simulate_loop(
        WEEKS, catastrophising=catastrophising, exposure=exposure, exposure_from_week=start_week
    )
    gain = float(fear_avoidance.loop_gain(catastrophising, exposure=exposure))
    level = float(fear_avoidance.chronic_level(gain, catastrophising=catastrophising))
    return {"run": run, "gain": gain, "level": level}


def _loop_words(catastrophising, exposure, start_week) -> tuple[str, str]:
    s = loop_state(catastrophising, exposure, start_week)
    g = s["gain"]
    formula = (
        f"G = c·a·(1 − x)·b = {catastrophising:.1f} × {fear_avoidance.AVOIDANCE:g} × "
        f"(1 − {exposure:.2f}) × {fear_avoidance.DISUSE_TO_PAIN:g} = {g:.2f}"
    )
    if g > 1:
        verdict = f"above 1: the loop holds pain at about {s['level']:.1f} in the long run"
    else:
        verdict = "at or below 1: pain settles back towards 0 after the episode"
    return formula, f"{verdict}; week {WEEKS}: pain {s['run'].pain[-1]:.1f}"


def loop_describe(catastrophising, exposure, start_week) -> str:
    """The note above the fear-avoidance diagram."""
    formula, verdict = _loop_words(catastrophising, exposure, start_week)
    when = f" from week {start_week}" if exposure > 0 and start_week > 0 else ""
    return f"<p><b>Loop gain {formula}</b>{when}: {verdict}.</p>"


def loop_alt(catastrophising, exposure, start_week) -> str:
    """Alt text of the fear-avoidance diagram."""
    formula, verdict = _loop_words(catastrophising, exposure, start_week)
    return (
        f"Left: pain per week over a year after a 2-week acute episode at pain 6, with "
        f"pain-related worry {catastrophising:.1f} and exposure {exposure:.2f} from week "
        f"{start_week}; {verdict}. Right: long-run pain against loop gain, zero up to a gain of "
        f"1 and rising beyond it; a star marks the current {formula}."
    )


@register("06", "fear-avoidance loop")
def make_fear_avoidance_loop() -> Interactive:
    """Catastrophising, exposure and its start → weekly pain and the long-run level vs gain."""
    drawn: dict = {}

    def first_draw(axes):
        ax_w, ax_g = axes
        base = loop_state(fear_avoidance.CATASTROPHISING, 0.0, 0)["run"]
        ax_w.axvspan(0, 1, color="0.85", zorder=0)
        ax_w.text(1.3, 9.5, "acute episode", va="top", fontsize=11)
        ax_w.plot(base.week, base.pain, color="0.45", ls="--", lw=1.6)
        (drawn["pain"],) = ax_w.plot([], [], color=style.AFFECTED, ls="-", lw=2.4, marker="o", ms=4)
        drawn["start"] = ax_w.axvline(0, color=style.HEALTHY, ls=":", lw=1.5)
        ax_w.set_xlim(0, WEEKS)
        ax_w.set_ylim(0, 10)
        ax_w.set_xticks([0, 10, 20, 30, 40, 50])  # few tick labels: text costs most
        ax_w.set_yticks([0, 2, 4, 6, 8, 10])
        ax_w.set_xlabel("week")
        ax_w.set_ylabel("pain (0–10, teaching model)")
        ax_w.text(
            0.98,
            0.97,
            "dashed grey: c 1.2, no exposure\nsolid orange: your setting",
            transform=ax_w.transAxes,
            ha="right",
            va="top",
            fontsize=10,
        )
        ax_g.plot(GAINS, fear_avoidance.chronic_level(GAINS), color=style.HEALTHY, ls="-", lw=2.2)
        ax_g.axvline(1.0, color=style.LIMIT, ls=":", lw=1.5)
        ax_g.text(0.95, 9.5, "G = 1", ha="right", va="top", fontsize=11)
        (drawn["star"],) = ax_g.plot(
            [], [], marker="*", ms=18, color=style.AFFECTED, ls="none", clip_on=False
        )
        animate(drawn["pain"], drawn["start"], drawn["star"])
        ax_g.set_xlim(0, 3)
        ax_g.set_ylim(0, 10)
        ax_g.set_xticks([0, 1, 2, 3])
        ax_g.set_yticks([0, 5, 10])
        ax_g.set_xlabel("loop gain G")
        ax_g.set_ylabel("long-run pain (0–10)")

    def draw(axes, catastrophising, exposure, start_week):
        if not drawn:
            first_draw(axes)
        s = loop_state(catastrophising, exposure, start_week)
        run = s["run"]
        drawn["pain"].set_data(run.week, run.pain)
        x = start_week if exposure > 0 else -10
        drawn["start"].set_xdata([x, x])
        drawn["star"].set_data([min(s["gain"], 3.0)], [s["level"]])

    return Interactive(
        draw,
        {
            "catastrophising": slider(
                "pain-related worry c", "fear per unit pain", 0.4, 2.0, 0.1, 1.2
            ),
            "exposure": slider("exposure x", "0 = none, 1 = full", 0, 1, 0.05, 0.0),
            "start_week": slider("exposure starts in week", "", 0, 40, 2, 0, integer=True),
        },
        caption=(
            "Teaching model of the fear-avoidance loop: with loop gain 1.2 pain returns after an "
            "acute episode and stays at a chronic level (left), as the long-run curve predicts "
            "(right)."
        ),
        alt=loop_alt,
        describe=loop_describe,
        figsize=(10, 4.2),
        ncols=2,
        gridspec_kw={"width_ratios": [1.5, 1.0]},
        clear=False,
    )
