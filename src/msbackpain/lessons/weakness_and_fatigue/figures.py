"""The static figures of notebook 03: the motor-unit pool, simulated force, kinds of damage and the
endurance curves. Each function draws on a given Axes and returns it; the numbers come from
:mod:`msbackpain.motor` and :mod:`msbackpain.fatigue`."""

from __future__ import annotations

import numpy as np

from msbackpain import motor
from msbackpain.ui import style

#: Efforts (fraction of maximal drive) at which force–effort curves are drawn.
EFFORT = np.linspace(0.0, 1.0, 101)


def _spread(values, gap: float) -> np.ndarray:
    """Positions near ``values`` that are at least ``gap`` apart (order kept), for labels."""
    order = np.argsort(values)
    out = np.asarray(values, dtype=float)[order].copy()
    for k in range(1, out.size):
        out[k] = max(out[k], out[k - 1] + gap)
    result = np.empty_like(out)
    result[order] = out
    return result


def _label_end(ax, x, y, text, color):
    ax.annotate(
        text,
        (x[-1], y[-1]),
        xytext=(4, 0),
        textcoords="offset points",
        color=color,
        va="center",
        fontsize="small",
    )


# ============================================================================ the motor-unit pool
def plot_unit_properties(ax, pool: motor.MotorPool | None = None):
    """Threshold, twitch amplitude and contraction time vs recruitment rank (relative to unit 1).

    Log y axis; three series with distinct colour, line style, marker and direct labels.
    Fuglevand et al. 1993 (:mod:`msbackpain.motor`). Returns ``ax``.
    """
    p = motor.DEFAULT_POOL if pool is None else pool
    rank = np.arange(1, p.n_units + 1)
    series = (
        ("recruitment threshold", p.recruitment_threshold),
        ("twitch amplitude", p.twitch_amplitude),
        ("contraction time", p.contraction_time_s),
    )
    for j, (name, values) in enumerate(series):
        s = style.series_style(j)
        rel = values / values[0]
        ax.plot(rank, rel, markevery=max(1, p.n_units // 8), label=name, **s)
        _label_end(ax, rank, rel, name, s["color"])
    style.plain_log_axis(ax, "y", (0.3, 1, 3, 10, 30, 100))
    ax.set_xlabel("unit rank (1 = first recruited)")
    ax.set_ylabel("value relative to unit 1 (ratio)")
    ax.set_xlim(0, p.n_units * 1.45)
    return ax


def plot_firing_rates(
    ax, units=(1, 30, 60, 90, 120), pool: motor.MotorPool | None = None, n_points: int = 201
):
    """Firing rate (Hz) vs effort for selected units (1-based), with recruitment thresholds.

    Each unit gets its own colour, line style and marker and a direct label; a marker at the
    minimum rate shows where it is recruited (RTE_i/E_max). Fuglevand et al. 1993
    (:func:`msbackpain.motor.firing_rates_hz`). Returns ``ax``.
    """
    p = motor.DEFAULT_POOL if pool is None else pool
    units = [int(u) for u in units]
    for u in units:
        if not 1 <= u <= p.n_units:
            raise ValueError(f"units must be between 1 and {p.n_units} (got {u})")
    effort = np.linspace(0.0, 1.0, n_points)
    rates = motor.firing_rates_hz(effort, p)
    x = 100 * effort
    ends = _spread(rates[-1, [u - 1 for u in units]], 0.06 * p.peak_rate_hz.max())
    for j, u in enumerate(units):
        s = style.series_style(j)
        r = np.where(rates[:, u - 1] > 0, rates[:, u - 1], np.nan)
        ax.plot(x, r, color=s["color"], linestyle=s["linestyle"], label=f"unit {u}")
        thr = 100 * p.recruitment_threshold[u - 1] / p.max_excitation
        ax.plot([thr], [p.min_rate_hz], marker=s["marker"], color=s["color"], linestyle="none")
        ax.annotate(
            f"unit {u}",
            (x[-1], ends[j]),
            xytext=(4, 0),
            textcoords="offset points",
            color=s["color"],
            va="center",
            fontsize="small",
        )
    ax.set_xlabel("effort (% of maximal drive)")
    ax.set_ylabel("firing rate (Hz)")
    ax.set_xlim(0, 115)
    ax.set_ylim(0, max(p.peak_rate_hz.max(), ends.max()) + 3)
    ax.set_title("recruitment (markers) and rate coding", fontsize="medium")
    return ax


# ============================================================================ kinds of damage
#: Damage cases of :func:`plot_damage_cases`: (label, spike failure, units lost, loss pattern).
DAMAGE_CASES = (
    ("healthy", 0.0, 0.0, "largest"),
    ("10% of spikes fail", 0.1, 0.0, "largest"),
    ("30% of spikes fail", 0.3, 0.0, "largest"),
    ("50% of spikes fail", 0.5, 0.0, "largest"),
    ("largest 20% of units lost", 0.0, 0.2, "largest"),
)


def plot_damage_cases(ax, cases=DAMAGE_CASES, target_fraction: float | None = 0.3):
    """Force (% of healthy maximum) against effort for several kinds of damage, one line each.

    Each case is (label, spike failure fraction, units lost fraction, loss pattern); each line
    has its own colour, line style and marker and a label at its end. Optional dotted target
    line. Model: :func:`msbackpain.motor.steady_force` (Fuglevand et al. 1993; damage is a
    teaching model). Returns ``ax``.
    """
    x = 100 * EFFORT
    ends = []
    for j, (label, phi, lost, pattern) in enumerate(cases):
        alive = motor.units_lost_mask(lost, pattern, seed=0)
        force = 100 * motor.steady_force(EFFORT, phi, alive)
        s = style.series_style(j)
        ax.plot(
            x,
            force,
            color=s["color"],
            linestyle=s["linestyle"],
            marker=s["marker"],
            markevery=10,
            label=label,
        )
        ends.append((force[-1], label, s["color"]))
    positions = _spread(np.array([e[0] for e in ends]), 7.0)
    for (_, label, color), y in zip(ends, positions, strict=True):
        ax.annotate(
            label,
            (x[-1], y),
            xytext=(5, 0),
            textcoords="offset points",
            color=color,
            va="center",
            fontsize="small",
        )
    if target_fraction is not None:
        ax.axhline(100 * target_fraction, color=style.LIMIT, linestyle=":", linewidth=1.5)
        ax.annotate(
            f"target {100 * target_fraction:.0f}%",
            (2, 100 * target_fraction),
            xytext=(0, 3),
            textcoords="offset points",
            fontsize="small",
        )
    ax.set_xlim(0, 140)
    ax.set_xticks(np.arange(0, 101, 20))
    ax.set_ylim(0, 105)
    ax.set_xlabel("effort (% of maximal drive)")
    ax.set_ylabel("force (% of healthy maximum)")
    return ax
