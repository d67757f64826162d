"""Static figures of notebook 04 (compensation and spasticity): each takes its axes and draws
one picture from the teaching models of :mod:`msbackpain.compensation` and
:mod:`msbackpain.spasticity`. The interactive diagrams are in :mod:`.diagrams`.
"""

from __future__ import annotations

import numpy as np

from msbackpain import compensation, spasticity
from msbackpain.lessons.compensation_and_spasticity.diagrams import PARTS
from msbackpain.ui import style

#: Back-extensor strength (fraction of full) along the x axis of the compensation figures.
STRENGTHS = np.linspace(1.0, 0.1, 91)


def _strength_axis(ax) -> None:
    ax.set_xlim(100, 10)
    ax.set_xlabel("back extensor strength (% of full)")


def _threshold_line(ax) -> None:
    threshold = 100 * compensation.sustainable_fraction("lumbar")
    ax.axhline(threshold, color=style.LIMIT, linestyle="--", linewidth=1.2)
    ax.annotate(
        f"no failure below {threshold:.1f}% (trunk pair)",
        (98, threshold),
        xytext=(0, 3),
        textcoords="offset points",
        fontsize="small",
    )


def plot_strategy_mix(ax_moment, ax_cost, moment_Nm: float = 55.0, share=None):
    """The change of strategy as the back extensors weaken, and what it costs elsewhere.

    Left: where the ``moment_Nm`` at L5/S1 goes (stacked: active back extensors, hip hinge,
    arms, passive tissue; :func:`msbackpain.compensation.strategy_mix` with its default rule);
    right: the costs, each as a percentage: hip extensors' load, the arms' push (% of their
    maximum) and the lumbar flexion into the passive range (% of the way to full flexion).
    ``share``: the sharing rule (default the collection's; notebook 04 passes the learner's).
    Returns both axes.
    """
    mix = compensation.strategy_mix(moment_Nm, STRENGTHS, share=share)
    parts = {
        "active": mix.active_lumbar_Nm,
        "hinge": mix.hinge_Nm,
        "arms": mix.arm_Nm,
        "passive": mix.passive_Nm,
    }
    looks = {
        "active": (style.AFFECTED, ""),
        "hinge": (style.OKABE_ITO["sky_blue"], "//"),
        "arms": (style.SERIES_COLORS[2], ".."),
        "passive": (style.SERIES_COLORS[3], "xx"),
    }
    bottom = np.zeros_like(STRENGTHS)
    for key, label in PARTS:
        color, hatch = looks[key]
        ax_moment.fill_between(
            100 * STRENGTHS,
            bottom,
            bottom + parts[key],
            facecolor=color,
            hatch=hatch,
            edgecolor="black",
            linewidth=0.5,
            label=label,
        )
        bottom = bottom + parts[key]
    _strength_axis(ax_moment)
    ax_moment.set_ylim(0, 1.45 * moment_Nm)
    ax_moment.set_ylabel("moment at L5/S1 (N·m)")
    ax_moment.set_title(f"who carries the {moment_Nm:.0f} N·m", fontsize="medium")
    ax_moment.legend(loc="upper right", fontsize="small", ncol=2)
    costs = (
        ("back extensors' load", mix.lumbar_relative_load),
        ("hip extensors' load", mix.hip_relative_load),
        ("arms' push (% of max)", mix.arm_relative_load),
        ("flexion into the passive range", mix.passive_strain),
    )
    for j, (label, value) in enumerate(costs):
        look = style.series_style(j)
        ax_cost.plot(
            100 * STRENGTHS,
            100 * value,
            color=look["color"],
            linestyle=look["linestyle"],
            marker=look["marker"],
            markevery=10,
            label=label,
        )
    _threshold_line(ax_cost)
    _strength_axis(ax_cost)
    ax_cost.set_ylim(0, 100)
    ax_cost.set_ylabel("% (see legend)")
    ax_cost.set_title("what the change costs elsewhere", fontsize="medium")
    ax_cost.legend(loc="upper left", fontsize="small")
    return ax_moment, ax_cost


def plot_drug_effects(ax, params: spasticity.StretchReflex | None = None):
    """Resistance at the test speed (% of no drug), maximal strength (unchanged, as measured)
    and function (100% minus the small functional loss, an interpretation) against drug effect,
    with the Modified Ashworth grade written in each band where it holds.

    Teaching assumptions of :mod:`msbackpain.spasticity`. Returns ``ax``.
    """
    d = np.round(np.linspace(0.0, 1.0, 101), 2)
    t = spasticity.drug_effects(d, params)
    resistance = 100 * t["peak_torque_Nm"] / t["peak_torque_Nm"][0]
    lines = (
        ("resistance at 90 deg/s (% of no drug)", resistance),
        ("maximal (isometric) strength (%)", 100 * t["isometric_strength_fraction"]),
        ("function (%, interpretation)", 100 * (1 - t["functional_weakness"])),
    )
    colors = (style.AFFECTED, style.HEALTHY, style.SERIES_COLORS[2])
    for j, ((label, y), color) in enumerate(zip(lines, colors, strict=True)):
        look = style.series_style(j)
        ax.plot(
            100 * d,
            y,
            color=color,
            linestyle=look["linestyle"],
            marker=look["marker"],
            markevery=10,
            label=label,
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
    ax.set_ylim(0, 110)
    ax.set_xlabel("drug effect (% of the full effect; not a dose)")
    ax.set_ylabel("% of the value without the drug")
    ax.legend(loc="center left", fontsize="small")
    return ax
