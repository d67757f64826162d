"""Interactive diagrams of notebook 03 (weakness, fatigue and disuse), and the loop drawing.

Two diagrams, each a thin layer over the models in :mod:`msbackpain.motor`,
:mod:`msbackpain.fatigue` and :mod:`msbackpain.disuse`:

* ``03:force and effort``: spike failure, lost motor units and a target force → force–effort
  curves of a healthy and an affected muscle, the effort each needs, and how long each can hold
  the target (three-compartment model at the target's share of *that muscle's own* maximum);
* ``03:disuse``: weeks of reduced activity → strength and muscle size, then recovery.

The numbers behind each picture come from one pure function (:func:`force_effort_numbers`,
:func:`disuse_numbers`) that the note above the picture, the alt text
and the tests share. Every figure is drawn once; afterwards a move of a control only updates the
animated artists (:func:`~msbackpain.ui.interactive.animate`) in place, and they are blitted over
the stored background; labels and legends keep their pictures (:mod:`msbackpain.ui.blit`).
The notebook's static figures are in :mod:`.figures`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from msbackpain import disuse, fatigue, motor
from msbackpain.lessons.weakness_and_fatigue.figures import EFFORT
from msbackpain.ui import style
from msbackpain.ui.blit import kept_legend, kept_text
from msbackpain.ui.interactive import Interactive, animate, dropdown, register, slider

#: Loss patterns offered in the menu: (label, value of motor.units_lost_mask's pattern).
LOSS_OPTIONS = [
    ("the largest (last recruited)", "largest"),
    ("random units", "random"),
    ("the smallest (first recruited)", "smallest"),
]

_LOADS = np.linspace(0.01, 1.0, 200)
_ENDURANCE_TICKS = (0.1, 0.3, 1, 3, 10, 30, 100)
_ENDURANCE_LIMITS = (0.05, 200.0)


def _minutes(value: float) -> str:
    """An endurance time in words: 'no limit', 'cannot hold', '45 s' or '3.8 min'."""
    return fatigue.endurance_words(value)


def _visible_endurance(value: float) -> float:
    """Where to put an endurance marker on the log axis (no limit: at the top edge)."""
    if not np.isfinite(value):
        return 0.8 * _ENDURANCE_LIMITS[1]
    return float(np.clip(value, _ENDURANCE_LIMITS[0], _ENDURANCE_LIMITS[1]))


# ============================================================================ force and effort
@dataclass(frozen=True)
class ForceEffort:
    """Numbers of the force-and-effort diagram (percentages; endurance in minutes).

    ``affected_max_pct``: the affected muscle's maximum (% of the healthy maximum);
    ``effort_healthy_pct`` / ``effort_affected_pct``: effort needed for the target (NaN: out of
    reach); ``relative_load_healthy_pct`` / ``relative_load_affected_pct``: the target as a share
    of each muscle's own maximum; ``endurance_healthy_min`` / ``endurance_affected_min``:
    three-compartment endurance at that share (inf: no limit; 0: cannot hold).
    """

    spike_failure_pct: float
    units_lost_pct: float
    loss_pattern: str
    target_pct: float
    affected_max_pct: float
    effort_healthy_pct: float
    effort_affected_pct: float
    relative_load_healthy_pct: float
    relative_load_affected_pct: float
    endurance_healthy_min: float
    endurance_affected_min: float


@lru_cache(maxsize=64)
def _affected_curve(spike_failure_pct: float, units_lost_pct: float, loss_pattern: str):
    alive = motor.units_lost_mask(units_lost_pct / 100, loss_pattern, seed=0)
    force = 100 * motor.steady_force(EFFORT, spike_failure_pct / 100, alive)
    return alive, force


@lru_cache(maxsize=64)
def force_effort_numbers(
    spike_failure_pct: float = 30.0,
    units_lost_pct: float = 0.0,
    loss_pattern: str = "largest",
    target_pct: float = 30.0,
) -> ForceEffort:
    """Effort and endurance of a healthy and an affected muscle for one target force.

    Force from :func:`msbackpain.motor.steady_force` (Fuglevand et al. 1993; damage is a teaching
    model); random unit loss uses seed 0. The target is held at target/maximum of each muscle,
    and endurance is the three-compartment closed form with the trunk rates of Frey-Law et al.
    2012 (the defaults of :mod:`msbackpain.fatigue`) at that share: a teaching assumption that
    an affected muscle tires like a healthy one at the same share of its own maximum.
    """
    alive, _ = _affected_curve(spike_failure_pct, units_lost_pct, loss_pattern)
    phi, target = spike_failure_pct / 100, target_pct / 100
    affected_max = float(motor.steady_force(1.0, phi, alive))
    need_h = float(motor.effort_for_force(target))
    need_a = float(motor.effort_for_force(target, phi, alive))
    rel_h = target
    rel_a = target / affected_max if affected_max > 0 else np.inf

    def endurance(rel):
        if rel > 1:
            return 0.0
        return float(fatigue.endurance_time_min(rel))

    return ForceEffort(
        spike_failure_pct,
        units_lost_pct,
        loss_pattern,
        target_pct,
        100 * affected_max,
        100 * need_h,
        100 * need_a,
        100 * rel_h,
        100 * rel_a,
        endurance(rel_h),
        endurance(rel_a),
    )


def _damage_words(n: ForceEffort) -> str:
    lost = dict((v, k) for k, v in LOSS_OPTIONS)[n.loss_pattern]
    units = (
        f"{n.units_lost_pct:.0f}% of units lost ({lost})"
        if n.units_lost_pct
        else (
            f"no units lost, so the choice \u201c{lost}\u201d changes nothing "
            "until the units-lost slider is above 0%"
        )
    )
    return f"{n.spike_failure_pct:.0f}% of spikes fail, {units}"


def _force_effort_describe(spike_failure, units_lost, loss_pattern, target):
    n = force_effort_numbers(spike_failure, units_lost, loss_pattern, target)
    if np.isnan(n.effort_affected_pct):
        affected = (
            f"its maximum is {n.affected_max_pct:.1f}% of the healthy maximum, so it "
            f"<b>cannot produce {n.target_pct:.0f}%</b> at all"
        )
    else:
        affected = (
            f"maximum {n.affected_max_pct:.1f}% of healthy; the same force is "
            f"{n.relative_load_affected_pct:.0f}% of <i>its own</i> maximum, needs "
            f"<b>{n.effort_affected_pct:.1f}% effort</b> and can be held for "
            f"<b>{_minutes(n.endurance_affected_min)}</b>"
        )
    return (
        f"<p>Target force {n.target_pct:.0f}% of the healthy maximum.<br>"
        f"Healthy muscle: needs <b>{n.effort_healthy_pct:.1f}% effort</b>, held for "
        f"<b>{_minutes(n.endurance_healthy_min)}</b>.<br>"
        f"Affected muscle ({_damage_words(n)}): {affected}.</p>"
    )


def _force_effort_alt(spike_failure, units_lost, loss_pattern, target):
    n = force_effort_numbers(spike_failure, units_lost, loss_pattern, target)
    threshold = 100 * fatigue.fatigue_threshold_load()
    if np.isnan(n.effort_affected_pct):
        need = "the affected curve never reaches it"
        hold = "the affected muscle cannot hold it"
    else:
        need = f"the affected one {n.effort_affected_pct:.0f}%"
        hold = (
            f"the affected muscle at {n.relative_load_affected_pct:.0f}% of its own maximum "
            f"holds it {_minutes(n.endurance_affected_min)}"
        )
    return (
        "Two panels. Left: force against effort, both in percent. The healthy curve rises in an "
        "S shape to 100%; the affected curve (dashed) rises more slowly and levels off at "
        f"{n.affected_max_pct:.0f}%. A dotted line marks the target of {n.target_pct:.0f}%: the "
        f"healthy muscle needs {n.effort_healthy_pct:.0f}% effort, {need}. Right: endurance "
        "time on a log scale falls steeply as the load rises, with no limit below about "
        f"{threshold:.0f}%; "
        f"the healthy muscle holds the target {_minutes(n.endurance_healthy_min)}, {hold}."
    )


@register("03", "force and effort")
def make_force_and_effort() -> Interactive:
    """Force–effort curves and endurance for a healthy and an affected muscle."""
    healthy = 100 * motor.steady_force(EFFORT)
    curve = 100 * _LOADS
    endurance = fatigue.endurance_time_min(_LOADS)
    endurance = np.where(np.isfinite(endurance), endurance, np.nan)
    threshold = 100 * fatigue.fatigue_threshold_load()
    art: dict = {}

    def first_draw(ax_f, ax_e):
        x = 100 * EFFORT
        ax_f.plot(x, healthy, color=style.HEALTHY, marker="o", markevery=10, label="healthy muscle")
        (art["affected"],) = ax_f.plot(
            x,
            healthy,
            color=style.AFFECTED,
            linestyle="--",
            marker="s",
            markevery=10,
            label="affected muscle",
        )
        art["target"] = ax_f.axhline(30, color=style.LIMIT, linestyle=":", label="target force")
        for key, color, marker in (("h", style.HEALTHY, "o"), ("a", style.AFFECTED, "s")):
            (art[f"drop_{key}"],) = ax_f.plot([], [], color=color, linewidth=1.2, linestyle="-")
            (art[f"need_{key}"],) = ax_f.plot(
                [], [], color=color, marker=marker, markersize=11, linestyle="none"
            )
            art[f"need_text_{key}"] = kept_text(
                ax_f, 0, 0, "", color=color, fontsize="small", ha="left", va="bottom"
            )
        art["reach"] = kept_text(
            ax_f, 98, 0, "", color=style.AFFECTED, fontsize="small", ha="right", va="bottom"
        )
        ax_f.set_xlim(0, 105)
        ax_f.set_ylim(0, 105)
        ax_f.set_xlabel("effort (% of maximal drive)")
        ax_f.set_ylabel("force (% of healthy maximum)")
        ax_f.set_title("force against effort", fontsize="medium")
        kept_legend(ax_f, loc="upper left", fontsize="small")

        ax_e.plot(curve, endurance, color=style.LIMIT, linewidth=1.8, label="model (trunk rates)")
        ax_e.axvline(threshold, color=style.LIMIT, linestyle=":", linewidth=1.2)
        ax_e.text(
            threshold + 1.5,
            0.07,
            f"never fails\nbelow {threshold:.0f}%",
            fontsize="small",
            va="bottom",
        )
        for key, color, marker, name in (
            ("h", style.HEALTHY, "o", "healthy"),
            ("a", style.AFFECTED, "s", "affected"),
        ):
            (art[f"end_{key}"],) = ax_e.plot(
                [], [], color=color, marker=marker, markersize=11, linestyle="none", label=name
            )
            art[f"end_text_{key}"] = kept_text(
                ax_e, 0, 1, "", color=color, fontsize="small", ha="left", va="bottom"
            )
        style.plain_log_axis(ax_e, "y", _ENDURANCE_TICKS)
        ax_e.set_ylim(*_ENDURANCE_LIMITS)
        ax_e.set_xlim(0, 100)
        ax_e.set_xlabel("load held (% of that muscle's own maximum)")
        ax_e.set_ylabel("endurance time (min)")
        ax_e.set_title(
            "muscle fatigability: how long the target\ncan be held (three-compartment model)",
            fontsize="medium",
        )
        animate(*art.values())

    def draw(axes, spike_failure, units_lost, loss_pattern, target):
        ax_f, ax_e = axes
        if not art:
            first_draw(ax_f, ax_e)
        n = force_effort_numbers(spike_failure, units_lost, loss_pattern, target)
        art["affected"].set_ydata(_affected_curve(spike_failure, units_lost, loss_pattern)[1])
        art["target"].set_ydata([target, target])
        for key, need in (("h", n.effort_healthy_pct), ("a", n.effort_affected_pct)):
            ok = np.isfinite(need)
            art[f"drop_{key}"].set_data([need, need] if ok else [], [0, target] if ok else [])
            art[f"need_{key}"].set_data([need] if ok else [], [target] if ok else [])
            label = art[f"need_text_{key}"]
            label.set_text(f"{need:.0f}%" if ok else "")
            label.set_position((need + 1, 2 if key == "h" else 8))
        art["reach"].set_text("" if np.isfinite(n.effort_affected_pct) else "target out of reach")
        art["reach"].set_position((98, min(target, 95) + 1.5))
        for key, rel, minutes in (
            ("h", n.relative_load_healthy_pct, n.endurance_healthy_min),
            ("a", n.relative_load_affected_pct, n.endurance_affected_min),
        ):
            ok = rel <= 100
            y = _visible_endurance(minutes)
            art[f"end_{key}"].set_data([rel] if ok else [], [y] if ok else [])
            text = art[f"end_text_{key}"]
            text.set_text(_minutes(minutes) if ok else "")
            # healthy label above right of its marker, affected below left: both off the curve
            right = rel < 75 if key == "h" else rel < 30
            text.set_horizontalalignment("left" if right else "right")
            text.set_position((rel + (2 if right else -2), y * (1.3 if key == "h" else 0.45)))

    return Interactive(
        draw,
        {
            "spike_failure": slider("spikes that fail", "%", 0, 60, 5, 30),
            "units_lost": slider("motor units lost", "%", 0, 50, 5, 0),
            "loss_pattern": dropdown("units lost are", LOSS_OPTIONS, value="largest"),
            "target": slider("target force", "% of healthy maximum", 5, 90, 5, 30),
        },
        caption=(
            "A muscle that loses 30% of its spikes needs more effort for the same force, and "
            "holds that force for a shorter time because it is a larger share of its reduced "
            "maximum."
        ),
        alt=_force_effort_alt,
        describe=_force_effort_describe,
        figsize=(9.6, 4.0),
        ncols=2,
        clear=False,
    )


# ============================================================================ disuse
#: Length of the disuse diagram's time axis (days): up to 8 weeks of rest, then recovery.
DISUSE_WINDOW_DAYS = 112


@dataclass(frozen=True)
class DisuseNumbers:
    """Numbers of the disuse diagram: strength and size (% of baseline) at the end of the
    reduced-activity period and at the end of the window (day 112); thigh (knee extensors, the
    calibration) and, for comparison, the back extensors' strength at the end of the period."""

    rest_days: int
    activity_pct: float
    strength_end_pct: float
    size_end_pct: float
    strength_final_pct: float
    size_final_pct: float
    back_strength_end_pct: float


@lru_cache(maxsize=64)
def _disuse_course(rest_days: int, activity_pct: float, muscle: str = "knee"):
    schedule = np.concatenate(
        [np.full(rest_days, activity_pct / 100), np.ones(DISUSE_WINDOW_DAYS - rest_days)]
    )
    return disuse.simulate_disuse(schedule, muscle=muscle)


@lru_cache(maxsize=64)
def disuse_numbers(rest_days: int = 28, activity_pct: float = 0.0) -> DisuseNumbers:
    """Strength and size after ``rest_days`` at ``activity_pct`` % of habitual activity, then full
    activity to day 112 (teaching model calibrated to bed rest, :mod:`msbackpain.disuse`)."""
    c = _disuse_course(int(rest_days), float(activity_pct))
    back = _disuse_course(int(rest_days), float(activity_pct), "back")
    k = int(rest_days)
    return DisuseNumbers(
        k,
        activity_pct,
        100 * c.strength_fraction[k],
        100 * c.size_fraction[k],
        100 * c.strength_fraction[-1],
        100 * c.size_fraction[-1],
        100 * back.strength_fraction[k],
    )


def _disuse_describe(rest_days, activity):
    n = disuse_numbers(rest_days, activity)
    if rest_days == 0:
        return "<p>No reduced activity: strength and size stay at baseline.</p>"
    return (
        f"<p>After {n.rest_days} days at {n.activity_pct:.0f}% of habitual activity: thigh "
        f"strength <b>{n.strength_end_pct:.1f}%</b> and muscle size <b>{n.size_end_pct:.1f}%</b> "
        f"of baseline (back extensors, which lose less: strength {n.back_strength_end_pct:.1f}%). "
        f"Back at full activity, by week 16 thigh strength is {n.strength_final_pct:.1f}% "
        f"and size {n.size_final_pct:.1f}% (teaching model; the recovery rate is an "
        "assumption).</p>"
    )


def _disuse_alt(rest_days, activity):
    n = disuse_numbers(rest_days, activity)
    data = (
        " Open markers show the measured bed-rest losses at days 5 and 10."
        if activity == 0 and rest_days >= 10
        else ""
    )
    return (
        "Thigh strength (solid line) and muscle size (dashed line) in percent of baseline over 16 "
        f"weeks. A shaded band marks {n.rest_days} days at {n.activity_pct:.0f}% of habitual "
        f"activity: strength falls fast at first, to {n.strength_end_pct:.0f}%, size more "
        f"slowly, to {n.size_end_pct:.0f}%; afterwards both recover gradually.{data}"
    )


@register("03", "disuse")
def make_disuse() -> Interactive:
    """Strength and size over weeks of reduced activity and recovery."""
    art: dict = {}
    data_days = np.array(sorted(disuse.BED_REST_POINTS), dtype=float)
    data_strength = [100 - disuse.BED_REST_POINTS[int(d)][1] for d in data_days]
    data_size = [100 - disuse.BED_REST_POINTS[int(d)][0] for d in data_days]

    def first_draw(ax):
        art["band"] = ax.axvspan(
            0, 1, color=style.STAGE_COLORS["context"], alpha=0.35, label="reduced activity"
        )
        (art["strength"],) = ax.plot(
            [], [], color=style.AFFECTED, marker="o", markevery=14, label="strength (thigh)"
        )
        (art["size"],) = ax.plot(
            [],
            [],
            color=style.HEALTHY,
            linestyle="--",
            marker="s",
            markevery=14,
            label="muscle size (cross-section)",
        )
        (art["data_s"],) = ax.plot(
            data_days / 7,
            data_strength,
            linestyle="none",
            marker="o",
            markersize=10,
            markerfacecolor="none",
            color=style.LIMIT,
            label="bed rest, measured",
        )
        (art["data_c"],) = ax.plot(
            data_days / 7,
            data_size,
            linestyle="none",
            marker="s",
            markersize=10,
            markerfacecolor="none",
            color=style.LIMIT,
        )
        art["label"] = kept_text(ax, 0, 0, "", fontsize="small", color=style.AFFECTED, va="top")
        ax.set_xlim(0, DISUSE_WINDOW_DAYS / 7)
        ax.set_ylim(75, 101.5)
        ax.set_xticks(np.arange(0, 17, 2))
        ax.set_xlabel("time (weeks)")
        ax.set_ylabel("% of baseline")
        kept_legend(ax, loc="lower right", fontsize="small", ncol=2)
        # the band and the curves start on the left spine, which a full drawing puts over them
        animate(*art.values(), ax.spines["left"])

    def draw(ax, rest_days, activity):
        if not art:
            first_draw(ax)
        c = _disuse_course(int(rest_days), float(activity))
        weeks = c.day / 7
        art["strength"].set_data(weeks, 100 * c.strength_fraction)
        art["size"].set_data(weeks, 100 * c.size_fraction)
        w = rest_days / 7
        art["band"].set_width(w)
        show = activity == 0 and rest_days >= 10
        art["data_s"].set_visible(show)
        art["data_c"].set_visible(show)
        n = disuse_numbers(rest_days, activity)
        art["label"].set_text(f"{n.strength_end_pct:.1f}%" if rest_days else "")
        art["label"].set_position((w + 0.15, n.strength_end_pct - 0.4))

    return Interactive(
        draw,
        {
            "rest_days": slider("days of reduced activity", "days", 0, 56, 7, 28, integer=True),
            "activity": slider("activity in that time", "% of habitual", 0, 100, 10, 0),
        },
        caption=(
            "Four weeks of strict bed rest in the teaching model (thigh muscles): strength falls "
            "fast in the first days and faster than muscle size, then both recover slowly at "
            "full activity."
        ),
        alt=_disuse_alt,
        describe=_disuse_describe,
        figsize=(8.5, 3.9),
        clear=False,
    )
