"""Static figures of notebook 04 (compensation and spasticity): each takes its axes and draws
one picture from the teaching models of :mod:`msbackpain.compensation` and
:mod:`msbackpain.spasticity`. The interactive diagrams are in :mod:`.diagrams`.
"""

from __future__ import annotations

import numpy as np

from msbackpain import compensation, fatigue, spasticity
from msbackpain.lessons.compensation_and_spasticity.diagrams import ENDURANCE_OPTIONS, short_name
from msbackpain.ui import style


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
    ax_load.set_xlabel(f"weakness of the {short_name(muscle)} (%)")
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
    style.plain_log_axis(ax_time, "y", (1, 3, 10, 30, 100, 300))
    ax_time.set_ylim(1, 300)
    ax_time.set_xlim(0, 90)
    ax_time.set_xlabel(f"weakness of the {short_name(muscle)} (%)")
    ax_time.set_ylabel("endurance time (min)")
    ax_time.set_title("how long the hold lasts", fontsize="medium")
    ax_time.legend(loc="upper right", fontsize="small")
    return ax_load, ax_time


def plot_drug_tradeoff(ax, params: spasticity.StretchReflex | None = None):
    """Resistance at the test speed (% of no drug) and voluntary strength (%) against drug
    effect, with the Modified Ashworth grade written in each band where it holds.

    Teaching assumptions of :mod:`msbackpain.spasticity`. Returns ``ax``.
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
