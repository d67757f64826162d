"""Static figures of notebook 05 (posture, gait and balance): each takes an ``ax`` and draws
one picture from the models of :mod:`msbackpain.balance`, :mod:`msbackpain.spine` and
:mod:`msbackpain.gait`. The interactive diagrams are in :mod:`.diagrams`.
"""

from __future__ import annotations

import math

import numpy as np

from msbackpain import balance, gait, spine
from msbackpain.ui import style


# ============================================================================ balance
def plot_sway(ax, results, labels=None):
    """Sway traces (CoM displacement, cm, vs time, s) of one or more
    :class:`msbackpain.balance.SwayResult`.

    Each trace gets its own colour and line style and a direct label with its SD; a fall is
    marked with an ✕ and its time. Returns ``ax``.
    """
    if isinstance(results, balance.SwayResult):
        results = [results]
    if labels is None:
        labels = [f"delay {1000 * r.delay_s:.0f} ms" for r in results]
    if len(labels) != len(results):
        raise ValueError(
            f"labels must have one entry per result ({len(results)}), got {len(labels)}"
        )
    for i, (r, lab) in enumerate(zip(results, labels, strict=True)):
        st = style.series_style(i)
        text = f"{lab}: SD {r.sd_com_cm:.2f} cm" + (
            f", falls at {r.fall_time_s:.1f} s" if r.fell else ""
        )
        ax.plot(
            r.time_s, r.com_cm, color=st["color"], linestyle=st["linestyle"], lw=1.4, label=text
        )
        if r.fell:
            k = int(np.flatnonzero(np.isfinite(r.com_cm))[-1])
            ax.plot(r.time_s[k], r.com_cm[k], marker="X", ms=11, color=st["color"], ls="none")
    ax.set_xlabel("time (s)")
    ax.set_ylabel("centre-of-mass displacement (cm)")
    ax.axhline(0, color=style.LIMIT, lw=0.8)
    ax.legend(loc="upper left")
    return ax


def plot_sd_vs_delay(
    ax,
    delays_s=None,
    *,
    params=None,
    noise_Nm=balance.NOISE_NM,
    mark_delays=True,
    show_fitted_range=True,
):
    """Sway SD (degrees) vs loop delay (ms), with the critical delay and the measured delays.

    Uses :func:`msbackpain.balance.sway_sd_vs_delay` (linearised) and
    :func:`msbackpain.balance.critical_delay`; marks the control (102 ms) and MS (161 ms)
    postural response latencies of Cameron, Horak et al. 2008, used as loop delays, and (if
    ``show_fitted_range``) shades the 150–200 ms loop delays of feedback models fitted to healthy
    standing (:data:`msbackpain.balance.HEALTHY_LOOP_DELAY_RANGE_S`, Maurer & Peterka 2005).
    Returns ``ax``.
    """
    p = params if params is not None else balance.BalanceParams()
    tc = balance.critical_delay(p)
    if delays_s is None:
        top = min(tc * 0.985, 0.6) if math.isfinite(tc) else 0.6
        delays_s = np.linspace(0.0, top, 60)
    delays_s = np.asarray(delays_s, dtype=float)
    sd = balance.sway_sd_vs_delay(delays_s, params=p, noise_Nm=noise_Nm)
    ax.plot(1000 * delays_s, sd, color=style.HEALTHY, ls="-", label="sway SD (linearised model)")
    if show_fitted_range:
        lo, hi = (1000 * d for d in balance.HEALTHY_LOOP_DELAY_RANGE_S)
        ax.axvspan(lo, hi, fc="0.88", hatch="..", ec="0.65", lw=0, zorder=0)
        ax.text(
            (lo + hi) / 2,
            0.02,
            "fitted healthy\nloop delays",
            ha="center",
            va="bottom",
            fontsize=10,
            transform=ax.get_xaxis_transform(),
        )
    if math.isfinite(tc) and tc > 0:
        ax.axvline(1000 * tc, color=style.LIMIT, ls="--", lw=1.5)
        ax.text(
            1000 * tc,
            0.55,
            f"critical delay \n{1000 * tc:.0f} ms: falls ",
            va="top",
            ha="right",
            transform=ax.get_xaxis_transform(),
            bbox={"fc": "white", "ec": "none", "alpha": 0.8},
        )
    if mark_delays:
        marks = [
            ("control 102 ms", balance.CONTROL_DELAY_S, style.HEALTHY, "o"),
            ("MS 161 ms", balance.MS_DELAY_S, style.AFFECTED, "s"),
        ]
        for lab, dly, col, mk in marks:
            if dly < tc:
                y = float(balance.sway_sd_vs_delay([dly], params=p, noise_Nm=noise_Nm)[0])
                ax.plot(1000 * dly, y, marker=mk, color=col, ms=9, ls="none", label=lab)
    finite = sd[np.isfinite(sd)]
    if finite.size:
        ax.set_ylim(0, float(finite.max()) * 1.05)
    ax.set_xlabel("feedback loop delay (ms)")
    ax.set_ylabel("sway SD (degrees)")
    ax.legend(loc="upper left")
    return ax


def plot_strategies(
    ax,
    strategies,
    delays_s=None,
    *,
    noise_Nm=balance.NOISE_NM,
    mark_delay_s=balance.MS_DELAY_S,
    ylim_deg=1.2,
):
    """Sway SD (degrees) vs loop delay (ms) for several named
    :class:`msbackpain.balance.BalanceParams`.

    ``strategies`` maps a label to parameters (e.g. relaxed, reacting harder, co-contracting).
    Each curve (linearised, :func:`msbackpain.balance.sway_sd_vs_delay`) gets its own colour,
    line style and marker, ends at its own critical delay (marked on the axis with the same
    marker) and is labelled with it; the y axis shows 0 to ``ylim_deg``. ``mark_delay_s`` draws
    a vertical line (default the MS latency, 161 ms, Cameron, Horak et al. 2008). Returns ``ax``.
    """
    if delays_s is None:
        delays_s = np.linspace(0.0, 0.3, 121)
    delays_s = np.asarray(delays_s, dtype=float)
    for i, (label, p) in enumerate(dict(strategies).items()):
        st = style.series_style(i)
        tc = balance.critical_delay(p)
        sd = balance.sway_sd_vs_delay(delays_s, params=p, noise_Nm=noise_Nm)
        sd = np.where(np.isfinite(sd), sd, np.nan)
        crit = f"{1000 * tc:.0f} ms" if math.isfinite(tc) else "none"
        ax.plot(
            1000 * delays_s,
            sd,
            color=st["color"],
            ls=st["linestyle"],
            marker=st["marker"],
            markevery=12,
            label=f"{label} (critical delay {crit})",
        )
        if math.isfinite(tc) and tc <= delays_s.max():
            ax.plot(
                1000 * tc,
                0,
                marker=st["marker"],
                color=st["color"],
                ms=11,
                ls="none",
                clip_on=False,
            )
    if mark_delay_s:
        ax.axvline(1000 * mark_delay_s, color=style.LIMIT, ls=":", lw=1.5)
        ax.text(
            1000 * mark_delay_s,
            0.5,
            f" {1000 * mark_delay_s:.0f} ms",
            va="center",
            transform=ax.get_xaxis_transform(),
            fontsize=11,
        )
    ax.set_xlim(0, 1000 * delays_s.max())
    ax.set_ylim(0, float(ylim_deg))
    ax.set_xlabel("feedback loop delay (ms)")
    ax.set_ylabel("sway SD (degrees)")
    ax.legend(loc="upper left", fontsize=11)
    return ax


# ============================================================================ spine
def plot_compression_vs_angle(ax, body_mass_kg=70.0, loads_kg=(0.0, 10.0, 20.0), current=None):
    """Compression (kN) vs trunk flexion (0–90°) for several loads, with the NIOSH limits.

    Limit lines are drawn in black with their own line styles and direct labels. ``current``
    = (angle_deg, load_kg) adds a marker for the present posture. Returns ``ax``.
    """
    angles = np.linspace(0.0, 90.0, 91)
    for i, load in enumerate(loads_kg):
        c = spine.l5s1_load(body_mass_kg, angles, load).compression_N / 1000
        st = style.series_style(i)
        ax.plot(angles, c, color=st["color"], ls=st["linestyle"], label=f"load {load:g} kg")
        ax.plot(angles[::15], c[::15], color=st["color"], marker=st["marker"], ls="none")
    for value, name, ls in [
        (spine.NIOSH_COMPRESSION_CRITERION_N, "NIOSH criterion 3.4 kN", "--"),
        (spine.NIOSH_MAX_PERMISSIBLE_N, "NIOSH maximum 6.4 kN", ":"),
    ]:
        ax.axhline(value / 1000, color=style.LIMIT, ls=ls, lw=1.5)
        ax.text(89, value / 1000, name, va="bottom", ha="right", fontsize=11)
    if current is not None:
        ang, load = current
        c = float(spine.l5s1_load(body_mass_kg, ang, load).compression_N) / 1000
        ax.plot(
            ang,
            c,
            marker="*",
            ms=16,
            color=style.OKABE_ITO["black"],
            ls="none",
            label="you are here",
        )
    ax.set_xlabel("trunk flexion (degrees)")
    ax.set_ylabel("L5/S1 compression (kN)")
    ax.set_xlim(0, 90)
    ax.set_ylim(bottom=0)
    ax.legend(loc="upper left")
    return ax


# ============================================================================ gait
def plot_lean_tradeoff(ax, body_mass_kg=70.0, lean_now_deg=None):
    """Hip-abductor moment and L5/S1 lateral bending moment (N·m) vs trunk lean (0–30°).

    Two curves with different colours, line styles and markers, each labelled; the
    full-compensation lean is marked; ``lean_now_deg`` adds a vertical marker. Returns ``ax``.
    """
    lean = np.linspace(0.0, 30.0, 61)
    res = gait.single_leg_stance(body_mass_kg, lean)
    s0, s1 = style.series_style(0), style.series_style(1)
    ax.plot(
        lean,
        res.hip_abductor_moment_Nm,
        color=s0["color"],
        ls=s0["linestyle"],
        marker=s0["marker"],
        markevery=10,
        label="hip abductors (stance leg)",
    )
    ax.plot(
        lean,
        res.lumbar_lateral_moment_Nm,
        color=s1["color"],
        ls=s1["linestyle"],
        marker=s1["marker"],
        markevery=10,
        label="lumbar side-bending at L5/S1",
    )
    full = float(gait.lean_needed_deg(0.0))
    ax.axvline(full, color=style.LIMIT, ls=":", lw=1.5)
    ax.text(
        full,
        0.02,
        f"weight over \nthe hip ({full:.0f}°) ",
        transform=ax.get_xaxis_transform(),
        va="bottom",
        ha="right",
        fontsize=11,
    )
    if lean_now_deg is not None:
        now = gait.single_leg_stance(body_mass_kg, lean_now_deg)
        ax.axvline(float(lean_now_deg), color="0.4", ls="--", lw=1)
        ax.plot(
            [lean_now_deg] * 2,
            [now.hip_abductor_moment_Nm, now.lumbar_lateral_moment_Nm],
            "*",
            ms=14,
            color=style.OKABE_ITO["black"],
            label="current lean",
        )
    ax.axhline(0, color=style.LIMIT, lw=0.8)
    ax.set_xlabel("trunk lean towards the stance leg (degrees)")
    ax.set_ylabel("moment (N·m)")
    ax.legend(loc="upper center", framealpha=0.95)
    return ax


def plot_frontal_figure(ax, lean_deg: float = 0.0, body_mass_kg=70.0):
    """Front-view stick figure standing on the left leg (viewer's left), trunk leaning.

    The trunk's line style changes when the lean loads L5/S1 more than standing upright, and a
    text box gives the hip-abductor and lumbar muscle forces. Returns ``ax``.
    """
    res = gait.single_leg_stance(body_mass_kg, lean_deg)
    phi = np.radians(float(lean_deg))
    ink = style.OKABE_ITO["black"]
    w = gait.HIP_WIDTH_M
    stance_hip, swing_hip = np.array([-w / 2, 0.9]), np.array([w / 2, 0.9])
    l5 = np.array([0.0, 0.95])
    shoulder_mid = l5 + 0.5 * np.array([-np.sin(phi), np.cos(phi)])
    perp = 0.2 * np.array([np.cos(phi), np.sin(phi)])
    head = l5 + 0.63 * np.array([-np.sin(phi), np.cos(phi)])
    leaning = abs(float(lean_deg)) > 1.0
    trunk_color = style.HEALTHY  # neutral: the line style, not a warning colour, shows the lean
    ax.plot([stance_hip[0], stance_hip[0]], [0.9, 0.0], color=ink, lw=3, ls="-")
    ax.plot([swing_hip[0], swing_hip[0] + 0.03], [0.9, 0.12], color=ink, lw=3, ls="--")
    ax.plot([stance_hip[0], swing_hip[0]], [0.9, 0.9], color=ink, lw=4, ls="-")
    ax.plot(*np.c_[l5, shoulder_mid], color=trunk_color, lw=6, ls="-" if not leaning else "--")
    ax.plot(*np.c_[shoulder_mid - perp, shoulder_mid + perp], color=ink, lw=3, ls="-")
    ax.plot(*head, marker="o", ms=26, mfc="white", mec=ink, mew=2, ls="none")
    ax.plot(*l5, marker="s", ms=9, color=ink, ls="none")
    ax.annotate("L5/S1", l5, xytext=(0.25, 1.05), arrowprops={"arrowstyle": "->"})
    ax.plot([-0.6, 0.9], [0, 0], color="0.5", lw=1, ls="-")
    ax.text(-0.48, 0.05, "stance leg", fontsize=11)
    text = (
        f"lean {float(lean_deg):.0f}°\n"
        f"hip abductors {float(res.hip_abductor_force_N) / 1000:.2f} kN\n"
        f"side-bending muscles {float(res.lateral_muscle_force_N) / 1000:.2f} kN\n"
        f"L5/S1 compression {float(res.compression_N) / 1000:.2f} kN"
    )
    ax.text(
        0.98,
        0.98,
        text,
        transform=ax.transAxes,
        ha="right",
        va="top",
        fontsize=11,
        bbox={"fc": "white", "ec": trunk_color, "lw": 2},
    )
    ax.set_xlim(-0.6, 1.3)
    ax.set_ylim(-0.05, 2.3)
    ax.set_aspect("equal")
    ax.set_xlabel("sideways position (m)")
    ax.set_ylabel("height (m)")
    return ax
