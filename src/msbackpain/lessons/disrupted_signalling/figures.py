"""The static figures of notebook 02: spike rasters, frequency-dependent block, a dispersed
volley, and the feedback loop's latency. Each function draws on a given Axes and returns it; the
numbers come from :mod:`msbackpain.signalling`."""

from __future__ import annotations

import numpy as np

from msbackpain import signalling as sg
from msbackpain.ui import style


def plot_delivered_fraction(
    ax, rates_hz=None, refractory_factors=(1.0, 5.0, 34.0), train="poisson"
):
    """Delivered fraction against firing rate (Hz), one curve per refractory factor.

    Closed form :func:`msbackpain.signalling.delivered_fraction`. The band 8–35 Hz marks the
    motor-unit firing rates of the Fuglevand model (Fuglevand, Winter & Patla 1993). Returns
    ``ax``.
    """
    rates = np.linspace(0.0, 200.0, 201) if rates_hz is None else np.asarray(rates_hz, float)
    ax.axvspan(8.0, 35.0, color=style.STAGE_COLORS["context"], alpha=0.35, lw=0)
    ax.text(21.5, 0.03, "motor-unit\nrates", ha="center", fontsize=10)
    for i, factor in enumerate(refractory_factors):
        st = style.series_style(i)
        y = sg.delivered_fraction(rates, factor, train=train)
        name = "healthy" if factor == 1 else "damaged"
        # The healthy curve is drawn wide underneath and the damaged ones narrow on top, so a
        # curve that coincides with another stays visible (also in greyscale).
        healthy = factor == 1
        ax.plot(
            rates,
            y,
            color=st["color"],
            linestyle=st["linestyle"],
            linewidth=6.0 if healthy else 2.0,
            alpha=0.45 if healthy else 1.0,
            zorder=2 if healthy else 3 + i,
            label=f"{name}: refractory × {factor:g}",
        )
        # the healthy label sits above its line, so it stays readable where a damaged line
        # coincides with it
        va = "bottom" if healthy else "top"
        ax.text(rates[-1], y[-1], f" ×{factor:g}", color=st["color"], va=va, fontsize=10)
    ax.set_ylim(0.0, 1.3)  # headroom for the legend
    ax.set_yticks(np.linspace(0.0, 1.0, 6))
    ax.set_xlabel("firing rate (Hz)")
    ax.set_ylabel("fraction of spikes delivered")
    normal = sg.NORMAL_REFRACTORY_MS
    ax.set_title(f"{train} input, normal refractory period {normal:g} ms (assumed)")
    ax.legend(loc="upper right", fontsize=10)
    return ax


def plot_dispersed_volley(ax, volleys, labels=None):
    """Compound responses of one or more :class:`msbackpain.signalling.Volley` results.

    Each volley has its own colour, line style and marker; below the curves one row of markers
    per volley shows the fibres' arrival times. Returns ``ax``.
    """
    if isinstance(volleys, sg.Volley):
        volleys = [volleys]
    if labels is None:
        labels = [f"bundle {i + 1}" for i in range(len(volleys))]
    if len(labels) != len(volleys):
        raise ValueError(
            f"labels must have one entry per volley ({len(volleys)}) (got {len(labels)})"
        )
    top = max((vol.peak for vol in volleys), default=1.0)
    for i, (vol, lab) in enumerate(zip(volleys, labels, strict=True)):
        st = style.series_style(i)
        ax.plot(
            vol.time_ms,
            vol.compound,
            color=st["color"],
            linestyle=st["linestyle"],
            label=f"{lab}: spread {vol.spread_ms:.1f} ms",
        )
        a = vol.arrival_ms[np.isfinite(vol.arrival_ms)]
        y = -(0.08 + 0.08 * i) * top
        ax.plot(
            a,
            np.full(a.size, y),
            marker=st["marker"],
            linestyle="none",
            ms=4,
            color=st["color"],
            alpha=0.6,
        )
    ax.set_xlabel("time after the volley left (ms)")
    ax.set_ylabel("summed response (fibres)")
    ax.legend(loc="upper right", fontsize=10)
    return ax


def plot_feedback_latency(ax, slowing=None):
    """Postural response latency (ms) against afferent conduction slowing, with Cameron's groups.

    The line is :func:`msbackpain.signalling.feedback_latency_ms` (calibrated; DERIVED).
    Horizontal bands show the published mean ± SD of controls (102 ± 21 ms) and of people with
    MS (161 ± 31 ms) (Cameron, Horak et al. 2008); dashed lines mark the slowing that gives each
    mean. ``slowing``: increasing values from 1 to 20 (default 1 to 6). Returns ``ax``.
    """
    s = np.linspace(1.0, 6.0, 101) if slowing is None else np.asarray(slowing, dtype=float)
    latency = sg.feedback_latency_ms(s)  # validates the slowing
    groups = [
        ("controls", sg.CONTROL_LATENCY_MS, sg.CONTROL_LATENCY_SD_MS, style.HEALTHY, "//", ":"),
        ("people with MS", sg.MS_LATENCY_MS, sg.MS_LATENCY_SD_MS, style.AFFECTED, "\\\\", "-."),
    ]
    # each group has its own hatch and line style, so the groups differ in greyscale too
    for name, mean, sd, colour, hatch, dashes in groups:
        ax.axhspan(
            mean - sd, mean + sd, facecolor="none", edgecolor=colour, hatch=hatch, alpha=0.4, lw=0
        )
        ax.axhline(mean, color=colour, linestyle=dashes, linewidth=1.5)
        ax.text(
            float(s[-1]),
            mean + 2.0,
            f"{name}: {mean:g} ± {sd:g} ms",
            ha="right",
            va="bottom",
            color=colour,
            fontsize=11,
        )
        x = sg.slowing_for_latency(mean)
        ax.plot([x, x], [0, mean], color=colour, linestyle=dashes, linewidth=1.2)
    ax.plot(s, latency, color=style.LIMIT, label="model (calibrated)")
    ax.set_xlabel("slowing of afferent conduction (× healthy conduction time)")
    ax.set_ylabel("postural response latency (ms)")
    ax.set_xlim(float(s[0]), float(s[-1]))
    ax.set_ylim(60.0, float(latency[-1]) + 20.0)
    ax.legend(loc="upper left", fontsize=11)
    return ax
