"""Interactive diagrams of notebook 04 (compensation and spasticity).

* ``04:compensation``: which extensor group is weak, how much, the moment to hold and the
  endurance curve → each group's share of the moment and how long each can hold it
  (:mod:`msbackpain.compensation`, a teaching model);
* ``04:spasticity``: stretch velocity, static reflex threshold and drug effect → resistance
  against velocity and through the range, and the Modified Ashworth grade in words
  (:mod:`msbackpain.spasticity`, a teaching model).

One pure function per diagram (:func:`compensation_numbers`, :func:`spasticity_numbers`) gives
the numbers that the picture, the note and the alt text share. Each figure is drawn once; a move
of a control updates the animated artists in place and blits them (see
:mod:`msbackpain.ui.interactive`). Both diagrams rescale an axis to their data (the moment
carried, the resistance) on that fast path too: the data are drawn as a share of the axis's
scale on fixed limits, and a :class:`~msbackpain.ui.blit.LiveAxis` draws its ticks. The static
figures are in :mod:`.figures`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from matplotlib.patches import Patch
from matplotlib.ticker import AutoLocator

from msbackpain import compensation, fatigue, spasticity
from msbackpain.ui import style
from msbackpain.ui.blit import LiveAxis, kept_legend, kept_text
from msbackpain.ui.interactive import Interactive, animate, dropdown, register, slider

MUSCLES = tuple(compensation.DEFAULT_CAPACITIES_NM)
ENDURANCE_OPTIONS = [
    ("three-compartment model (fitted)", "three_compartment"),
    ("Rohmert 1960", "rohmert"),
    ("exponential curve", "exponential"),
]
_MODEL_WORDS = {value: label for label, value in ENDURANCE_OPTIONS}
#: Endurance bars: no-limit bars are drawn to this length (min) and labelled "no limit".
CAP_MIN = 100.0
_FLOOR_MIN = 0.1


def short_name(name: str) -> str:
    """A muscle group's name without "lumbar " (for tick labels and notes)."""
    return name.replace("lumbar ", "")


def _minutes(value: float) -> str:
    """Endurance in words; NaN means a muscle with no capacity left ('lost')."""
    return "lost" if np.isnan(value) else fatigue.endurance_words(value, cap_min=CAP_MIN)


def _bar_length(value: float) -> float:
    if np.isnan(value):
        return _FLOOR_MIN
    if not np.isfinite(value):
        return CAP_MIN
    return float(np.clip(value, _FLOOR_MIN, CAP_MIN))


# ============================================================================ compensation
@dataclass(frozen=True)
class CompensationNumbers:
    """Both states of the compensation diagram: ``healthy`` and ``weak`` are
    :class:`msbackpain.compensation.CompensationResult`; ``model`` is the endurance curve."""

    healthy: compensation.CompensationResult
    weak: compensation.CompensationResult
    model: str


@lru_cache(maxsize=128)
def compensation_numbers(
    muscle: str = "lumbar erector spinae",
    weakness_pct: float = 60.0,
    moment_Nm: float = 55.0,
    model: str = "three_compartment",
) -> CompensationNumbers:
    """Shares, relative loads and endurance with no weakness and with one group weakened.

    Teaching model of :mod:`msbackpain.compensation` (default capacities are assumptions);
    endurance from :mod:`msbackpain.fatigue`.
    """
    healthy = compensation.compensation(moment_Nm, 0.0, muscle, endurance_model=model)
    weak = compensation.compensation(moment_Nm, weakness_pct / 100, muscle, endurance_model=model)
    return CompensationNumbers(healthy, weak, model)


def _compensation_describe(muscle, weakness, moment, model):
    n = compensation_numbers(muscle, weakness, moment, model)
    h, w = n.healthy, n.weak
    j = MUSCLES.index(muscle)
    others = [k for k in range(len(MUSCLES)) if k != j]
    gain = w.share_Nm[others].sum() - h.share_Nm[others].sum()
    return (
        f"<p>Holding {moment:.0f} N·m. With every group healthy, each works at "
        f"<b>{100 * h.relative_load[0]:.1f}%</b> of its own maximum "
        f"(endurance: {_minutes(h.endurance_min[0])}).<br>"
        f"With the {short_name(muscle)} {weakness:.0f}% weaker, the other four groups take over "
        f"{gain:.1f} N·m between them, and every group now works at "
        f"<b>{100 * w.relative_load[0]:.1f}%</b> of its maximum: endurance "
        f"<b>{_minutes(w.endurance_min[0])}</b> by the {_MODEL_WORDS[model]}.</p>"
    )


def _compensation_alt(muscle, weakness, moment, model):
    n = compensation_numbers(muscle, weakness, moment, model)
    h, w = n.healthy, n.weak
    j = MUSCLES.index(muscle)
    return (
        "Two bar charts with one pair of bars per muscle group (erector spinae, multifidus, "
        "quadratus lumborum, gluteus maximus, hamstrings): plain bars with every group healthy, "
        f"hatched bars with the {short_name(muscle)} {weakness:.0f}% weaker. Left, the moment "
        f"each group carries out of {moment:.0f} N·m: the {short_name(muscle)}'s share falls from "
        f"{h.share_Nm[j]:.1f} to {w.share_Nm[j]:.1f} N·m and every other bar grows. Right, "
        f"endurance time on a log scale: {_minutes(h.endurance_min[0])} when healthy and "
        f"{_minutes(w.endurance_min[0])} with the weakness, the same for every group."
    )


_Y = np.arange(len(MUSCLES))
_BAR_HEIGHT = 0.38


def _compensation_panel(ax, left: float) -> dict:
    """Paired horizontal bars (healthy plain, weakened hatched) and their value labels."""
    art = {}
    for key, offset, look in (
        ("h", -1, {"color": style.HEALTHY, "label": "all groups healthy"}),
        ("w", 1, {"color": style.AFFECTED, "hatch": "//", "label": "one group weakened"}),
    ):
        art[key] = ax.barh(
            _Y + offset * _BAR_HEIGHT / 2,
            np.ones(_Y.size),
            left=left,
            height=_BAR_HEIGHT,
            edgecolor="black",
            **look,
        )
        animate(*art[key])
    art["labels"] = [
        kept_text(ax, 0, yy, "", va="center", fontsize="small")
        for yy in np.r_[_Y - _BAR_HEIGHT / 2, _Y + _BAR_HEIGHT / 2]
    ]
    ax.set_ylim(len(MUSCLES) - 0.4, -0.6)
    return art


class _ClearOfTheEnd(AutoLocator):
    """Matplotlib's usual ticks, but none in the last 5% of the axis: the label of a tick at the
    very end of the moment axis would run into the next panel's labels."""

    def tick_values(self, vmin, vmax):
        return [t for t in super().tick_values(vmin, vmax) if t <= vmin + 0.95 * (vmax - vmin)]


def _compensation_first_draw(ax_s, ax_e, scale: float) -> dict:
    art = {"shares": _compensation_panel(ax_s, 0.0), "times": _compensation_panel(ax_e, _FLOOR_MIN)}
    ax_s.set_yticks(_Y, [short_name(m) for m in MUSCLES])
    ax_s.set_xlim(0, 1)  # the moment as a share of the axis's scale
    ax_s.set_xlabel("moment carried (N·m)")
    art["moment_axis"] = LiveAxis(ax_s.xaxis, scale, _ClearOfTheEnd())
    style.plain_log_axis(ax_e, "x", (0.1, 1, 10, 100))
    ax_e.set_xlim(_FLOOR_MIN, 30 * CAP_MIN)
    ax_e.set_xlabel("endurance time (min)")
    ax_e.set_yticks(_Y, [""] * len(MUSCLES))
    for ax in (ax_s, ax_e):
        ax.set_title("", fontsize="medium")
        animate(ax.title)
    art["legend"] = _legend(ax_s)
    return art


def _legend(ax_s):
    """The legend under both panels, which names the weakened group: animated, so drawn by the
    left Axes (a figure's legend cannot be animated). A figure legend with the same entries
    makes room for it in the layout, unseen (a slide laid out again still leaves that room)."""
    handles, labels = ax_s.get_legend_handles_labels()
    look = {"ncol": 2, "fontsize": "small"}
    placeholder = ax_s.figure.legend(handles, labels, loc="outside lower center", **look)
    for part in placeholder.findobj():
        part.set_alpha(0.0)
        if isinstance(part, Patch):
            part.set_hatchcolor("none")  # a hatch ignores alpha
    figure_box = {"bbox_to_anchor": (0, 0, 1, 1), "bbox_transform": ax_s.figure.transFigure}
    legend = kept_legend(ax_s, handles, labels, loc="lower center", **figure_box, **look)
    legend.set_in_layout(False)
    return legend


def _update_bars(art: dict, results, values, length, label) -> None:
    """Set the bar lengths and value labels of one panel from the healthy and weak results."""
    k = len(MUSCLES)
    for key, result in zip(("h", "w"), results, strict=True):
        for bar, value in zip(art[key], values(result), strict=True):
            bar.set_width(length(value))
    for i, text in enumerate(art["labels"]):
        result = results[i // k]
        x, words = label(result, i % k)
        text.set_position((x, text.get_position()[1]))
        text.set_text(words)


@register("04", "compensation")
def make_compensation() -> Interactive:
    """Load shares and endurance of five extensor groups when one of them weakens."""
    art: dict = {}

    def draw(axes, muscle, weakness, moment, model):
        ax_s, ax_e = axes
        n = compensation_numbers(muscle, weakness, moment, model)
        results = (n.healthy, n.weak)
        top = max(n.healthy.share_Nm.max(), n.weak.share_Nm.max())
        scale = 1.35 * top  # N·m at the right end of the moment axis
        if not art:
            art.update(_compensation_first_draw(ax_s, ax_e, scale))
        art["moment_axis"].set_scale(scale)

        def share_label(result, k):
            share, rel = result.share_Nm[k], result.relative_load[k]
            return (share + 0.01 * top) / scale, f"{share:.1f}" if np.isfinite(rel) else "lost"

        def time_label(result, k):
            value = result.endurance_min[k]
            return _bar_length(value) * 1.15, _minutes(value)

        _update_bars(art["shares"], results, lambda r: r.share_Nm, lambda v: v / scale, share_label)
        _update_bars(
            art["times"],
            results,
            lambda r: r.endurance_min,
            lambda v: _bar_length(v) - _FLOOR_MIN,
            time_label,
        )
        art["legend"].get_texts()[1].set_text(f"{short_name(muscle)} {weakness:.0f}% weaker")
        ax_e.title.set_text(f"how long each can hold it\n({_MODEL_WORDS[model]})")
        ax_s.title.set_text(
            f"who carries the load: every group at\n{100 * n.healthy.relative_load[0]:.1f}% "
            f"(healthy) → {100 * n.weak.relative_load[0]:.1f}% of its maximum"
        )

    return Interactive(
        draw,
        {
            "muscle": dropdown(
                "weakened group", [(short_name(m), m) for m in MUSCLES], "lumbar erector spinae"
            ),
            "weakness": slider("its weakness", "% of its maximum lost", 0, 90, 5, 60),
            "moment": slider("moment to hold", "N·m", 20, 150, 5, 55),
            "model": dropdown("endurance curve", ENDURANCE_OPTIONS, "three_compartment"),
        },
        caption=(
            "When the erector spinae lose 60% of their strength, the other extensor groups of "
            "the model take over part of its load, every group works at a higher share of its "
            "maximum, and in the fitted model a hold with no time limit (an artefact of that "
            "fit) becomes one of about 13 minutes."
        ),
        alt=_compensation_alt,
        describe=_compensation_describe,
        figsize=(10.5, 4.4),
        ncols=2,
        clear=False,
    )


# ============================================================================ spasticity
_VELOCITIES = np.linspace(0.0, 300.0, 151)
_ANGLES = np.linspace(0.0, spasticity.SPASTIC.range_of_motion_deg, 91)


@dataclass(frozen=True)
class SpasticityNumbers:
    """Numbers of the spasticity diagram: the reflex threshold velocity at the end of the range
    (deg/s), the peak resistance at the chosen velocity and the catch angle there (deg; NaN: no
    catch), and the Ashworth assessment and strength (%) at the assumed test speed."""

    velocity_deg_s: float
    static_threshold_deg: float
    drug_effect: float
    threshold_velocity_deg_s: float
    peak_torque_Nm: float
    reflex_torque_Nm: float
    catch_angle_deg: float
    grade: spasticity.AshworthAssessment
    strength_pct: float


@lru_cache(maxsize=16)
def _params(static_threshold_deg: float) -> spasticity.StretchReflex:
    return spasticity.StretchReflex(static_threshold_deg=static_threshold_deg)


@lru_cache(maxsize=256)
def spasticity_numbers(
    velocity_deg_s: float = 90.0, static_threshold_deg: float = 100.0, drug_effect: float = 0.0
) -> SpasticityNumbers:
    """Resistance, catch and Ashworth grade for the teaching model of :mod:`msbackpain.spasticity`
    with a given static reflex threshold λ* and drug effect (other parameters: defaults)."""
    p = _params(static_threshold_deg)
    res = spasticity.stretch_resistance(velocity_deg_s, None, p, drug_effect)
    gain = p.reflex_gain_Nm_per_deg * float(spasticity.reflex_gain_factor(drug_effect))
    catch = float(spasticity.threshold_angle_deg(velocity_deg_s, p))
    catch += spasticity.CATCH_TORQUE_NM / gain if gain > 0 else np.inf
    catch = max(catch, 0.0) if catch < p.range_of_motion_deg else float("nan")
    return SpasticityNumbers(
        velocity_deg_s,
        static_threshold_deg,
        drug_effect,
        float(spasticity.velocity_threshold_deg_s(None, p)),
        float(res.total),
        float(res.reflex),
        catch,
        spasticity.ashworth_grade(p, drug_effect),
        100 * float(spasticity.strength_factor(drug_effect)),
    )


def _spasticity_describe(velocity, threshold, drug):
    n = spasticity_numbers(velocity, threshold, drug)
    g = n.grade
    catch = (
        f"the reflex catch is felt at {n.catch_angle_deg:.0f}° of the 90° range"
        if np.isfinite(n.catch_angle_deg)
        else "no reflex catch is felt within the range"
    )
    return (
        f"<p>Stretched at {velocity:.0f} deg/s: peak resistance <b>{n.peak_torque_Nm:.1f} N·m"
        f"</b> ({n.reflex_torque_Nm:.1f} N·m of it from the reflex); {catch}. The reflex joins "
        f"in at the end of the range above {n.threshold_velocity_deg_s:.0f} deg/s.<br>"
        f"At the assumed test speed of 90 deg/s the model gives Modified Ashworth grade "
        f"<b>{g.grade}</b>: {g.description}. Voluntary strength with this drug effect: "
        f"{n.strength_pct:.0f}% (a teaching assumption that measured strength does not "
        "support).</p>"
    )


def _spasticity_alt(velocity, threshold, drug):
    n = spasticity_numbers(velocity, threshold, drug)
    return (
        "Two panels. Left: resistance torque against stretch velocity from 0 to 300 deg/s; the "
        "passive part rises slowly, the reflex part is zero up to a threshold velocity of "
        f"{n.threshold_velocity_deg_s:.0f} deg/s and then rises steeply; a vertical line marks "
        f"the chosen {velocity:.0f} deg/s, where the total is {n.peak_torque_Nm:.1f} N·m. "
        "Right: resistance through the range of 0 to 90 degrees at that velocity, flat and low "
        "until the reflex catch"
        + (
            f" at {n.catch_angle_deg:.0f} degrees, then rising steeply."
            if np.isfinite(n.catch_angle_deg)
            else ", which does not happen within the range."
        )
        + f" Modified Ashworth grade at 90 deg/s: {n.grade.grade}."
    )


def _velocity_panel(ax_v) -> dict:
    art = {}
    (art["total"],) = ax_v.plot(
        [], [], color=style.AFFECTED, marker="o", markevery=15, label="total resistance"
    )
    (art["reflex"],) = ax_v.plot(
        [],
        [],
        color=style.SERIES_COLORS[3],
        linestyle="--",
        marker="s",
        markevery=15,
        label="reflex part",
    )
    (art["passive"],) = ax_v.plot(
        [], [], color=style.HEALTHY, linestyle=":", label="passive part (= healthy)"
    )
    art["threshold"] = ax_v.axvline(0, color=style.LIMIT, linestyle="-.", linewidth=1.2)
    art["now"] = ax_v.axvline(90, color=style.LIMIT, linestyle=":", linewidth=1.5)
    (art["dot"],) = ax_v.plot(
        [], [], color=style.AFFECTED, marker="o", markersize=11, linestyle="none"
    )
    art["threshold_text"] = kept_text(
        ax_v, 0, 0.97, "", transform=ax_v.get_xaxis_transform(), fontsize="small", va="top"
    )
    ax_v.set_xlim(0, 300)
    ax_v.set_ylim(0, 1)  # the resistance as a share of the axis's scale
    ax_v.set_xlabel("stretch velocity (deg/s)")
    ax_v.set_ylabel("resistance at end of range (N·m)")
    ax_v.set_title("resistance grows with speed", fontsize="medium")
    return art


def _range_panel(ax_a) -> dict:
    art = {}
    (art["range"],) = ax_a.plot([], [], color=style.AFFECTED, marker="o", markevery=10)
    (art["range_passive"],) = ax_a.plot([], [], color=style.HEALTHY, linestyle=":")
    art["catch"] = ax_a.axvline(0, color=style.LIMIT, linestyle="-.", linewidth=1.2)
    art["catch_text"] = kept_text(
        ax_a,
        0,
        0.97,
        "",
        transform=ax_a.get_xaxis_transform(),
        fontsize="small",
        va="top",
        ha="right",
    )
    ax_a.set_title("", fontsize="medium")
    art["range_title"] = ax_a.title
    ax_a.set_xlim(0, spasticity.SPASTIC.range_of_motion_deg)
    ax_a.set_ylim(0, 1)
    ax_a.set_xlabel("joint angle through the range (deg)")
    ax_a.set_ylabel("resistance (N·m)")
    return art


def _spasticity_first_draw(ax_v, ax_a, scales) -> dict:
    art = {**_velocity_panel(ax_v), **_range_panel(ax_a)}
    animate(*art.values())
    art["v_axis"] = LiveAxis(ax_v.yaxis, scales[0])
    art["a_axis"] = LiveAxis(ax_a.yaxis, scales[1])
    handles, labels = ax_v.get_legend_handles_labels()
    ax_v.figure.legend(handles, labels, loc="outside lower center", ncol=3, fontsize="small")
    return art


def _resistance_scale(torque_Nm) -> float:
    """The top of a resistance axis (N·m): 15, or room above the highest point."""
    return max(15.0, 1.1 * float(np.max(torque_Nm)))


def _update_velocity_panel(art, res, velocity, n) -> None:
    """``res``: the resistance over :data:`_VELOCITIES` (drawn as a share of the axis's scale)."""
    scale = art["v_axis"].scale
    art["total"].set_data(_VELOCITIES, res.total / scale)
    art["reflex"].set_data(_VELOCITIES, res.reflex / scale)
    art["passive"].set_data(_VELOCITIES, res.passive / scale)
    w_th = n.threshold_velocity_deg_s
    art["threshold"].set_visible(w_th <= 300)
    art["threshold_text"].set_visible(w_th <= 300)
    art["threshold"].set_xdata([w_th, w_th])
    art["threshold_text"].set_position((w_th + 4, 0.97))
    art["threshold_text"].set_text(f"reflex joins in\nabove {w_th:.0f} deg/s")
    art["now"].set_xdata([velocity, velocity])
    art["dot"].set_data([velocity], [n.peak_torque_Nm / scale])


def _update_range_panel(art, along, velocity, n) -> None:
    """``along``: the resistance over :data:`_ANGLES` at ``velocity``."""
    scale = art["a_axis"].scale
    art["range"].set_data(_ANGLES, along.total / scale)
    art["range_passive"].set_data(_ANGLES, along.passive / scale)
    has_catch = bool(np.isfinite(n.catch_angle_deg))
    art["catch"].set_visible(has_catch)
    art["catch_text"].set_visible(has_catch)
    if has_catch:
        art["catch"].set_xdata([n.catch_angle_deg] * 2)
        art["catch_text"].set_position((n.catch_angle_deg - 1, 0.97))
        art["catch_text"].set_text(f"catch at\n{n.catch_angle_deg:.0f}°")
    art["range_title"].set_text(f"one stretch at {velocity:.0f} deg/s")


@register("04", "spasticity")
def make_spasticity() -> Interactive:
    """Stretch resistance against velocity and through the range, with the Ashworth grade."""
    art: dict = {}

    def draw(axes, velocity, threshold, drug):
        n = spasticity_numbers(velocity, threshold, drug)
        res = spasticity.stretch_resistance(_VELOCITIES, None, _params(threshold), drug)
        along = spasticity.stretch_resistance(velocity, _ANGLES, _params(threshold), drug)
        scales = (_resistance_scale(res.total), _resistance_scale(along.total))
        if not art:
            art.update(_spasticity_first_draw(*axes, scales))
        art["v_axis"].set_scale(scales[0])
        art["a_axis"].set_scale(scales[1])
        _update_velocity_panel(art, res, velocity, n)
        _update_range_panel(art, along, velocity, n)

    return Interactive(
        draw,
        {
            "velocity": slider("stretch velocity", "deg/s", 0, 300, 10, 90),
            "threshold": slider("static reflex threshold λ*", "deg", 60, 200, 5, 100),
            "drug": slider("anti-spasticity drug effect", "0 = none, 1 = full", 0, 1, 0.1, 0),
        },
        caption=(
            "In the teaching model of spasticity the stretch reflex adds resistance only above a "
            "threshold velocity, and at 90 deg/s a catch is felt near the end of the range "
            "(Modified Ashworth grade 1+)."
        ),
        alt=_spasticity_alt,
        describe=_spasticity_describe,
        figsize=(10.5, 4.5),
        ncols=2,
        clear=False,
    )
