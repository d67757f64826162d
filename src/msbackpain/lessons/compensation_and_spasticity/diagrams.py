"""Interactive diagrams of notebook 04 (compensation and spasticity), and its static figures.

* ``04:compensation``: which extensor group is weak, how much, the moment to hold and the
  endurance curve → each group's share of the moment and how long each can hold it
  (:mod:`msbackpain.compensation`, a teaching model);
* ``04:spasticity``: stretch velocity, static reflex threshold and drug effect → resistance
  against velocity and through the range, and the Modified Ashworth grade in words
  (:mod:`msbackpain.spasticity`, a teaching model).

As in notebook 03, one pure function per diagram (:func:`compensation_numbers`,
:func:`spasticity_numbers`) gives the numbers that the picture, the note and the alt text share,
and the figures are drawn once and updated in place.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from matplotlib.ticker import FixedLocator, FuncFormatter, NullLocator

from msbackpain import compensation, fatigue, spasticity
from msbackpain.ui import style
from msbackpain.ui.fast_redraw import first_or_freeze
from msbackpain.ui.interactive import Interactive, dropdown, register, slider

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


def _minutes(value: float) -> str:
    """Endurance in words; NaN means a muscle with no capacity left ('lost')."""
    return "lost" if np.isnan(value) else fatigue.endurance_words(value, cap_min=CAP_MIN)


def _bar_length(value: float) -> float:
    if np.isnan(value):
        return _FLOOR_MIN
    if not np.isfinite(value):
        return CAP_MIN
    return float(np.clip(value, _FLOOR_MIN, CAP_MIN))


def _short(name: str) -> str:
    return name.replace("lumbar ", "")


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
    endurance from :mod:`msbackpain.fatigue` (SCIENCE.md §3).
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
        f"With the {_short(muscle)} {weakness:.0f}% weaker, the other four groups take over "
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
        f"hatched bars with the {_short(muscle)} {weakness:.0f}% weaker. Left, the moment each "
        f"group carries out of {moment:.0f} N·m: the {_short(muscle)}'s share falls from "
        f"{h.share_Nm[j]:.1f} to {w.share_Nm[j]:.1f} N·m and every other bar grows. Right, "
        f"endurance time on a log scale: {_minutes(h.endurance_min[0])} when healthy and "
        f"{_minutes(w.endurance_min[0])} with the weakness, the same for every group."
    )


@register("04", "compensation")
def make_compensation() -> Interactive:
    """Load shares and endurance of five extensor groups when one of them weakens."""
    art: dict = {}
    y = np.arange(len(MUSCLES))
    h = 0.38

    def first_draw(ax_s, ax_e):
        for ax in (ax_s, ax_e):
            left = _FLOOR_MIN if ax is ax_e else 0.0
            art[(ax is ax_e, "h")] = ax.barh(
                y - h / 2,
                np.ones(y.size),
                left=left,
                height=h,
                color=style.HEALTHY,
                edgecolor="black",
                label="all groups healthy",
            )
            art[(ax is ax_e, "w")] = ax.barh(
                y + h / 2,
                np.ones(y.size),
                left=left,
                height=h,
                color=style.AFFECTED,
                edgecolor="black",
                hatch="//",
                label="one group weakened",
            )
            art[(ax is ax_e, "labels")] = [
                ax.text(0, yy, "", va="center", fontsize="small")
                for yy in np.r_[y - h / 2, y + h / 2]
            ]
            ax.set_yticks(y, [_short(m) for m in MUSCLES])
            ax.set_ylim(len(MUSCLES) - 0.4, -0.6)
        ax_s.set_xlabel("moment carried (N·m)")
        art["title_s"] = ax_s.set_title("", fontsize="medium")
        handles, labels = ax_s.get_legend_handles_labels()
        art["legend"] = ax_s.figure.legend(
            handles, labels, loc="outside lower center", ncol=2, fontsize="small"
        )
        ax_e.set_xscale("log")
        ax_e.xaxis.set_major_locator(FixedLocator((0.1, 1, 10, 100)))
        ax_e.xaxis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{v:g}"))
        ax_e.xaxis.set_minor_locator(NullLocator())
        ax_e.set_xlim(_FLOOR_MIN, 30 * CAP_MIN)
        ax_e.set_xlabel("endurance time (min)")
        ax_e.set_yticks(y, [""] * len(MUSCLES))
        art["title_e"] = ax_e.set_title("", fontsize="medium")

    def draw(axes, muscle, weakness, moment, model):
        ax_s, ax_e = axes
        if first_or_freeze(art, ax_s.figure):
            first_draw(ax_s, ax_e)
        n = compensation_numbers(muscle, weakness, moment, model)
        top = max(n.healthy.share_Nm.max(), n.weak.share_Nm.max())
        ax_s.set_xlim(0, 1.35 * top)
        for key, result in (("h", n.healthy), ("w", n.weak)):
            for bar, value in zip(art[(False, key)], result.share_Nm, strict=True):
                bar.set_width(value)
            for bar, value in zip(art[(True, key)], result.endurance_min, strict=True):
                bar.set_width(_bar_length(value) - _FLOOR_MIN)
        k = len(MUSCLES)
        for i, text in enumerate(art[(False, "labels")]):
            result = n.healthy if i < k else n.weak
            share, rel = result.share_Nm[i % k], result.relative_load[i % k]
            text.set_position((share + 0.01 * top, text.get_position()[1]))
            text.set_text(f"{share:.1f}" if np.isfinite(rel) else "lost")
        for i, text in enumerate(art[(True, "labels")]):
            result = n.healthy if i < k else n.weak
            value = result.endurance_min[i % k]
            text.set_position((_bar_length(value) * 1.15, text.get_position()[1]))
            text.set_text(_minutes(value))
        art["legend"].get_texts()[1].set_text(f"{_short(muscle)} {weakness:.0f}% weaker")
        art["title_e"].set_text(f"how long each can hold it\n({_MODEL_WORDS[model]})")
        art["title_s"].set_text(
            f"who carries the load: every group at\n{100 * n.healthy.relative_load[0]:.1f}% "
            f"(healthy) → {100 * n.weak.relative_load[0]:.1f}% of its maximum"
        )

    return Interactive(
        draw,
        {
            "muscle": dropdown(
                "weakened group", [(_short(m), m) for m in MUSCLES], "lumbar erector spinae"
            ),
            "weakness": slider("its weakness", "% of its maximum lost", 0, 90, 5, 60),
            "moment": slider("moment to hold", "N·m", 20, 150, 5, 55),
            "model": dropdown("endurance curve", ENDURANCE_OPTIONS, "three_compartment"),
        },
        caption=(
            "When the erector spinae lose 60% of their strength, the other extensor groups take "
            "over part of its load, every group works at a higher share of its maximum, and a "
            "hold with no time limit becomes one of about 13 minutes."
        ),
        alt=_compensation_alt,
        describe=_compensation_describe,
        figsize=(10.5, 4.4),
        ncols=2,
        clear=False,
    )


def plot_helpers_vs_weakness(
    ax_load,
    ax_time,
    moment_Nm: float = 55.0,
    muscle: str = "lumbar erector spinae",
    helper_fraction: float = compensation.HELPER_FRACTION,
):
    """Helpers' load (% of maximum) and endurance (min, log) as one group weakens from 0 to 90%.

    Left: M/(Σc − w·c_j) with the ``helper_fraction`` line and the fitted model's no-failure
    threshold; right: endurance by the three curves of :mod:`msbackpain.fatigue`, each with its
    own colour, line style and marker. Teaching model (module :mod:`msbackpain.compensation`).
    """
    w = np.linspace(0.0, 0.9, 91)
    rel = compensation.helper_relative_load(w, moment_Nm, muscle)
    ax_load.plot(100 * w, 100 * rel, color=style.AFFECTED, marker="o", markevery=10)
    ax_load.axhline(100 * helper_fraction, color=style.LIMIT, linestyle=":", linewidth=1.5)
    ax_load.annotate(
        f"{100 * helper_fraction:.0f}% of maximum",
        (88, 100 * helper_fraction),
        xytext=(0, -4),
        textcoords="offset points",
        ha="right",
        va="top",
        fontsize="small",
    )
    threshold = 100 * fatigue.fatigue_threshold_load()
    ax_load.axhline(threshold, color=style.LIMIT, linestyle="--", linewidth=1.2)
    ax_load.annotate(
        f"no failure below {threshold:.0f}% (fitted model)",
        (2, threshold),
        xytext=(0, 3),
        textcoords="offset points",
        fontsize="small",
    )
    ax_load.set_xlim(0, 90)
    ax_load.set_xlabel(f"weakness of the {_short(muscle)} (%)")
    ax_load.set_ylabel("load of every group (% of its max)")
    ax_load.set_title(f"holding {moment_Nm:.0f} N·m", fontsize="medium")
    for j, (label, model) in enumerate(ENDURANCE_OPTIONS):
        t = compensation.endurance_per_muscle_min(rel, model)
        s = style.series_style(j)
        ax_time.plot(
            100 * w,
            np.where(np.isfinite(t), t, np.nan),
            color=s["color"],
            linestyle=s["linestyle"],
            marker=s["marker"],
            markevery=10,
            label=label,
        )
    ax_time.set_yscale("log")
    ax_time.yaxis.set_major_locator(FixedLocator((1, 3, 10, 30, 100, 300)))
    ax_time.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{v:g}"))
    ax_time.yaxis.set_minor_locator(NullLocator())
    ax_time.set_ylim(1, 300)
    ax_time.set_xlim(0, 90)
    ax_time.set_xlabel(f"weakness of the {_short(muscle)} (%)")
    ax_time.set_ylabel("endurance time (min)")
    ax_time.set_title("how long the hold lasts", fontsize="medium")
    ax_time.legend(loc="upper right", fontsize="small")
    return ax_load, ax_time


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
        f"{n.strength_pct:.0f}% (teaching assumptions).</p>"
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


@register("04", "spasticity")
def make_spasticity() -> Interactive:
    """Stretch resistance against velocity and through the range, with the Ashworth grade."""
    art: dict = {}

    def first_draw(ax_v, ax_a):
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
        art["threshold_text"] = ax_v.text(
            0, 0.97, "", transform=ax_v.get_xaxis_transform(), fontsize="small", va="top"
        )
        ax_v.set_xlim(0, 300)
        ax_v.set_xlabel("stretch velocity (deg/s)")
        ax_v.set_ylabel("resistance at end of range (N·m)")
        ax_v.set_title("resistance grows with speed", fontsize="medium")

        (art["range"],) = ax_a.plot([], [], color=style.AFFECTED, marker="o", markevery=10)
        (art["range_passive"],) = ax_a.plot([], [], color=style.HEALTHY, linestyle=":")
        handles, labels = ax_v.get_legend_handles_labels()
        ax_v.figure.legend(handles, labels, loc="outside lower center", ncol=3, fontsize="small")
        art["catch"] = ax_a.axvline(0, color=style.LIMIT, linestyle="-.", linewidth=1.2)
        art["catch_text"] = ax_a.text(
            0,
            0.97,
            "",
            transform=ax_a.get_xaxis_transform(),
            fontsize="small",
            va="top",
            ha="right",
        )
        art["range_title"] = ax_a.set_title("", fontsize="medium")
        ax_a.set_xlim(0, spasticity.SPASTIC.range_of_motion_deg)
        ax_a.set_xlabel("joint angle through the range (deg)")
        ax_a.set_ylabel("resistance (N·m)")

    def draw(axes, velocity, threshold, drug):
        ax_v, ax_a = axes
        if first_or_freeze(art, ax_v.figure):
            first_draw(ax_v, ax_a)
        p = _params(threshold)
        n = spasticity_numbers(velocity, threshold, drug)
        res = spasticity.stretch_resistance(_VELOCITIES, None, p, drug)
        art["total"].set_data(_VELOCITIES, res.total)
        art["reflex"].set_data(_VELOCITIES, res.reflex)
        art["passive"].set_data(_VELOCITIES, res.passive)
        w_th = n.threshold_velocity_deg_s
        art["threshold"].set_visible(w_th <= 300)
        art["threshold_text"].set_visible(w_th <= 300)
        art["threshold"].set_xdata([w_th, w_th])
        art["threshold_text"].set_position((w_th + 4, 0.97))
        art["threshold_text"].set_text(f"reflex joins in\nabove {w_th:.0f} deg/s")
        art["now"].set_xdata([velocity, velocity])
        art["dot"].set_data([velocity], [n.peak_torque_Nm])
        ax_v.set_ylim(0, max(15.0, 1.1 * float(res.total.max())))

        along = spasticity.stretch_resistance(velocity, _ANGLES, p, drug)
        art["range"].set_data(_ANGLES, along.total)
        art["range_passive"].set_data(_ANGLES, along.passive)
        has_catch = np.isfinite(n.catch_angle_deg)
        art["catch"].set_visible(has_catch)
        art["catch_text"].set_visible(has_catch)
        if has_catch:
            art["catch"].set_xdata([n.catch_angle_deg] * 2)
            art["catch_text"].set_position((n.catch_angle_deg - 1, 0.97))
            art["catch_text"].set_text(f"catch at\n{n.catch_angle_deg:.0f}°")
        art["range_title"].set_text(f"one stretch at {velocity:.0f} deg/s")
        ax_a.set_ylim(0, max(15.0, 1.1 * float(along.total.max())))

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


def plot_drug_tradeoff(ax, params: spasticity.StretchReflex | None = None):
    """Resistance at the test speed (% of no drug) and voluntary strength (%) against drug
    effect, with the Modified Ashworth grade written in each band where it holds.

    Teaching assumptions of :mod:`msbackpain.spasticity` (SCIENCE.md §5, §10). Returns ``ax``.
    """
    d = np.round(np.linspace(0.0, 1.0, 101), 2)
    t = spasticity.drug_tradeoff(d, params)
    resistance = 100 * t["peak_torque_Nm"] / t["peak_torque_Nm"][0]
    ax.plot(
        100 * d,
        resistance,
        color=style.AFFECTED,
        marker="o",
        markevery=10,
        label="resistance at 90 deg/s (% of no drug)",
    )
    ax.plot(
        100 * d,
        100 * t["strength_fraction"],
        color=style.HEALTHY,
        linestyle="--",
        marker="s",
        markevery=10,
        label="voluntary strength (%)",
    )
    grades = t["grade"]
    edges = [0, *[i for i in range(1, d.size) if grades[i] != grades[i - 1]], d.size]
    for k, (a, b) in enumerate(zip(edges[:-1], edges[1:], strict=True)):
        lo, hi = 100 * d[a], 100 * d[min(b, d.size - 1)]
        if k % 2:
            ax.axvspan(lo, hi, color=style.STAGE_COLORS["context"], alpha=0.25)
        ax.text(
            (lo + hi) / 2, 8, f"Ashworth {grades[a]}", ha="center", fontsize="small", weight="bold"
        )
        if a > 0:
            ax.axvline(lo, color=style.LIMIT, linestyle=":", linewidth=1.2)
    ax.set_xlim(0, 100)
    ax.set_ylim(0, 105)
    ax.set_xlabel("drug effect (% of the full effect; not a dose)")
    ax.set_ylabel("% of the value without the drug")
    ax.legend(loc="center left", fontsize="small")
    return ax
