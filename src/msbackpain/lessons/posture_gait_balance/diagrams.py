"""The interactive diagrams of notebook 05 (posture, gait and balance).

* ``sway``: loop delay, co-contraction and feedback gain → a 30-second sway trace (does the
  body stay up?) and sway SD against delay, from :mod:`msbackpain.balance`.
* ``spinal load``: trunk angle, body mass and carried load → a stick figure and the L5/S1
  compression against the NIOSH limits, from :mod:`msbackpain.spine`.

Both figures are drawn once; a move of a control updates the animated artists in place and
blits them over the stored background (see :mod:`msbackpain.ui.interactive`). The static figures
of the notebook are in :mod:`.figures`.
"""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np
from matplotlib.patches import Circle, Rectangle

from msbackpain import balance, spine
from msbackpain.ui import style
from msbackpain.ui.interactive import Interactive, animate, register, slider

#: Sway trace: seconds simulated and the fixed angle range shown (degrees).
SWAY_DURATION_S = 30.0
SWAY_YLIM_DEG = 2.5
#: Every how many 5-ms samples the traces are drawn (20 ms: smooth to the eye, 4× cheaper).
TRACE_STEP = 4
#: Delays (s) at which the sway-SD curve is computed, and its fixed axis range.
SD_DELAYS_S = np.linspace(0.0, 0.3, 61)
SD_YLIM_DEG = 1.2


def sway_params(cocontraction_pct: float, gain: float) -> balance.BalanceParams:
    """Model parameters for the sway diagram's controls (co-contraction in % of maximum)."""
    return balance.BalanceParams(kp_factor=gain, cocontraction=cocontraction_pct / 100.0)


@lru_cache(maxsize=32)
def sway_state(delay_ms: float, cocontraction_pct: float, gain: float) -> dict:
    """What the sway diagram shows for one setting (cached: draw, describe and alt share it)."""
    params = sway_params(cocontraction_pct, gain)
    run = balance.simulate_sway(delay_ms / 1000.0, SWAY_DURATION_S, params=params)
    return {
        "params": params,
        "run": run,
        "critical_ms": 1000.0 * balance.critical_delay(params),
    }


@lru_cache(maxsize=32)
def sd_curve(cocontraction_pct: float, gain: float) -> np.ndarray:
    """Sway SD (degrees, NaN past the critical delay) at :data:`SD_DELAYS_S` (cached)."""
    sd = balance.sway_sd_vs_delay(SD_DELAYS_S, params=sway_params(cocontraction_pct, gain))
    return np.where(np.isfinite(sd), sd, np.nan)


def _sway_words(delay_ms, cocontraction_pct, gain) -> tuple[str, str]:
    s = sway_state(delay_ms, cocontraction_pct, gain)
    run, tc = s["run"], s["critical_ms"]
    if run.fell:
        outcome = f"falls (has to step) after {run.fall_time_s:.1f} s"
    else:
        outcome = f"stays up; sway SD {run.sd_angle_deg:.2f}°"
    crit = f"{tc:.0f} ms" if math.isfinite(tc) else "none (no delay topples it)"
    if tc == 0:
        crit = "0 ms (unstable even without delay)"
    load = f"{100 * run.mean_activation:.0f}%"
    return outcome, f"critical delay {crit}; ankle muscles at {load} of an assumed maximum"


def sway_describe(delay_ms, cocontraction_pct, gain) -> str:
    """The note above the sway diagram."""
    outcome, rest = _sway_words(delay_ms, cocontraction_pct, gain)
    return f"<p><b>Delay {delay_ms:.0f} ms: the body {outcome}.</b> {rest}.</p>"


def sway_alt(delay_ms, cocontraction_pct, gain) -> str:
    """Alt text of the sway diagram for the current settings."""
    outcome, rest = _sway_words(delay_ms, cocontraction_pct, gain)
    return (
        f"Left: 30 seconds of simulated sway angle with a {delay_ms:.0f} ms feedback delay, "
        f"co-contraction {cocontraction_pct:.0f}% and feedback gain {gain:.1f} times m g h; the "
        f"body {outcome}, compared with a thin grey trace for a 102 ms delay. Right: sway SD "
        f"rising steeply with delay towards the critical delay; {rest}."
    )


@register("05", "sway")
def make_sway() -> Interactive:
    """Feedback delay, co-contraction and feedback gain → sway trace and sway SD vs delay."""
    drawn: dict = {}

    def first_draw(axes):
        ax_t, ax_sd = axes
        ref = balance.simulate_sway(balance.CONTROL_DELAY_S, SWAY_DURATION_S)
        ax_t.plot(
            ref.time_s[::TRACE_STEP],
            ref.angle_deg[::TRACE_STEP],
            color="0.6",
            lw=1.0,
            ls="-",
            label="102 ms, relaxed",
        )
        (drawn["trace"],) = ax_t.plot([], [], color=style.AFFECTED, lw=1.4, label="your setting")
        (drawn["fall"],) = ax_t.plot([], [], marker="X", ms=14, color=style.AFFECTED, ls="none")
        drawn["fall_text"] = ax_t.text(
            0.5,
            0.95,
            "",
            transform=ax_t.transAxes,
            ha="center",
            va="top",
            fontsize=12,
            bbox={"fc": "white", "ec": style.AFFECTED},
        )
        ax_t.set_xlim(0, SWAY_DURATION_S)
        ax_t.set_ylim(-SWAY_YLIM_DEG, SWAY_YLIM_DEG)
        ax_t.set_xticks([0, 10, 20, 30])  # few tick labels: text is most of the drawing time
        ax_t.set_yticks([-2, -1, 0, 1, 2])
        ax_t.set_xlabel("time (s)")
        ax_t.set_ylabel("sway angle (degrees)")
        ax_t.text(
            0.01,
            0.02,
            "thin grey: 102 ms, relaxed; thick orange: your setting",
            transform=ax_t.transAxes,
            fontsize=10,
        )
        base = balance.sway_sd_vs_delay(SD_DELAYS_S)
        ax_sd.plot(1000 * SD_DELAYS_S, base, color="0.6", lw=1.2, ls="--", label="relaxed")
        (drawn["curve"],) = ax_sd.plot(
            [], [], color=style.AFFECTED, ls="-", lw=2.2, label="your setting"
        )
        drawn["crit"] = ax_sd.axvline(0, color=style.LIMIT, ls=":", lw=1.5)
        (drawn["now"],) = ax_sd.plot([], [], marker="o", ms=10, color=style.AFFECTED, ls="none")
        for ms, name in ((102, "control 102 ms"), (161, "MS 161 ms")):
            ax_sd.axvline(ms, color="0.5", lw=0.8, ls="-")
            ax_sd.text(ms, 0.03, f"{name} ", rotation=90, va="bottom", ha="right", fontsize=10)
        drawn["crit_text"] = ax_sd.text(
            0, 0.62, "", rotation=90, va="bottom", ha="right", fontsize=10
        )
        ax_sd.set_xlim(0, 300)
        ax_sd.set_ylim(0, SD_YLIM_DEG)
        ax_sd.set_xticks([0, 100, 200, 300])
        ax_sd.set_yticks([0, 0.4, 0.8, 1.2])
        ax_sd.set_xlabel("feedback delay (ms)")
        ax_sd.set_ylabel("sway SD (degrees)")
        ax_sd.text(
            0.02,
            0.97,
            "dashed grey: relaxed\nsolid orange: your setting",
            transform=ax_sd.transAxes,
            va="top",
            fontsize=10,
        )
        animate(*drawn.values())

    def draw(axes, delay_ms, cocontraction_pct, gain):
        if not drawn:
            first_draw(axes)
        s = sway_state(delay_ms, cocontraction_pct, gain)
        run = s["run"]
        shown = np.clip(run.angle_deg[::TRACE_STEP], -9.0, 9.0)
        drawn["trace"].set_data(run.time_s[::TRACE_STEP], shown)
        if run.fell:
            k = int(np.flatnonzero(np.isfinite(run.angle_deg))[-1])
            y = float(np.clip(run.angle_deg[k], -SWAY_YLIM_DEG, SWAY_YLIM_DEG))
            drawn["fall"].set_data([run.time_s[k]], [y])
            drawn["fall_text"].set_text(f"falls at {run.fall_time_s:.1f} s")
        else:
            drawn["fall"].set_data([], [])
            drawn["fall_text"].set_text("")
        drawn["curve"].set_data(1000 * SD_DELAYS_S, sd_curve(cocontraction_pct, gain))
        tc = s["critical_ms"]
        drawn["crit"].set_xdata([min(tc, 1e4)] * 2 if math.isfinite(tc) else [1e4] * 2)
        drawn["crit_text"].set_position((min(tc, 1e4) if math.isfinite(tc) else 1e4, 0.62))
        drawn["crit_text"].set_text("critical delay " if 0 < tc <= 300 else "")
        now = float(balance.sway_sd_vs_delay([delay_ms / 1000.0], params=s["params"])[0])
        drawn["now"].set_data([delay_ms], [min(now, SD_YLIM_DEG * 0.98)])

    return Interactive(
        draw,
        {
            "delay_ms": slider("feedback delay", "ms", 0, 300, 1, 161, integer=True),
            "cocontraction_pct": slider("co-contraction", "% of max", 0, 40, 5, 0, integer=True),
            "gain": slider("feedback gain", "× m·g·h", 1.1, 2.0, 0.1, 1.3),
        },
        caption=(
            "Simulated quiet standing with the MS feedback delay (161 ms): the sway trace "
            "against a 102 ms control, and sway SD against delay up to the critical delay."
        ),
        alt=sway_alt,
        describe=sway_describe,
        figsize=(10, 4.2),
        ncols=2,
        clear=False,
    )


#: Colour and line style of the trunk in each compression zone (NIOSH guideline values). One
#: neutral colour, only the line style changes: load is mechanics, not damage, so no warning red.
ZONE_STYLE = {
    "below 3.4 kN": (style.HEALTHY, "-"),
    "3.4–6.4 kN": (style.HEALTHY, "--"),
    "above 6.4 kN": (style.HEALTHY, ":"),
}


class StickFigure:
    """A side-view stick figure on ``ax`` that is re-posed in place.

    Created once, then :meth:`update` moves the trunk, head, arm and load and rewrites the text
    box without creating new artists; :attr:`moving` lists the artists that an update changes
    (and those drawn over them), for :func:`~msbackpain.ui.interactive.animate`. The trunk's
    colour *and* line style show the compression zone (below 3.4 kN, 3.4–6.4 kN, above 6.4 kN;
    Waters et al. 1993 and NIOSH 1981); the text box states the moment, muscle force and
    compression from :func:`msbackpain.spine.l5s1_load`.
    """

    HIP = (0.0, 0.9)
    ARM_LENGTH_M = 0.62
    NECK_M = 0.12

    def __init__(self, ax, trunk_flexion_deg: float = 0.0, load_kg: float = 0.0, body_mass_kg=70.0):
        self.ax = ax
        ink = style.OKABE_ITO["black"]
        hip = self.HIP
        ax.plot([0.0, 0.0, 0.12], [0.9, 0.0, 0.0], color=ink, lw=3, ls="-", solid_capstyle="round")
        (self.trunk,) = ax.plot([], [], lw=6, solid_capstyle="round")
        (self.neck,) = ax.plot([], [], color=ink, lw=3, ls="-", solid_capstyle="round")
        self.head = Circle(hip, 0.1, fc="white", ec=ink, lw=2)
        ax.add_patch(self.head)
        (self.arm,) = ax.plot([], [], color=ink, lw=2.5, ls="-")
        (self.shoulder,) = ax.plot([], [], marker="o", ms=8, color=ink, ls="none")
        (self.com,) = ax.plot([], [], marker="o", ms=9, color=ink, mfc="white", ls="none")
        (joint,) = ax.plot(*hip, marker="s", ms=9, color=ink, ls="none")
        ax.annotate("L5/S1", hip, xytext=(-0.32, 0.82), arrowprops={"arrowstyle": "->"})
        self.box = Rectangle((0.0, 0.0), 0.16, 0.14, fc="0.8", ec=ink)
        ax.add_patch(self.box)
        self.box_label = ax.text(0.0, 0.0, "", ha="center", va="center")
        ax.plot([-0.5, 1.6], [0, 0], color="0.5", lw=1, ls="-")
        self.text = ax.text(
            0.98,
            0.98,
            "",
            transform=ax.transAxes,
            ha="right",
            va="top",
            bbox={"fc": "white", "ec": ink, "lw": 2},
        )
        #: What :meth:`update` changes, and the joint marker, which lies on the trunk.
        self.moving = (
            self.trunk,
            self.neck,
            self.head,
            self.arm,
            self.shoulder,
            self.com,
            joint,
            self.box,
            self.box_label,
            self.text,
            self.text.get_bbox_patch(),
        )
        ax.set_xlim(-0.5, 1.6)
        ax.set_ylim(-0.05, 2.3)
        ax.set_aspect("equal")
        ax.set_xlabel("forward distance (m)")
        ax.set_ylabel("height (m)")
        self.update(trunk_flexion_deg, load_kg, body_mass_kg)

    def update(
        self, trunk_flexion_deg: float, load_kg: float = 0.0, body_mass_kg=70.0
    ) -> spine.SpineLoad:
        """Re-pose the figure for a new trunk angle, load and body mass; returns the load."""
        res = spine.l5s1_load(body_mass_kg, trunk_flexion_deg, load_kg)
        comp = float(res.compression_N)
        zone = str(spine.compression_zone(comp))
        color, ls = ZONE_STYLE[zone]
        th = np.radians(float(trunk_flexion_deg))
        axis = np.array([np.sin(th), np.cos(th)])
        hip = np.array(self.HIP)
        shoulder = hip + spine.SHOULDER_DISTANCE_M * axis
        drop = np.sqrt(self.ARM_LENGTH_M**2 - spine.LOAD_REACH_M**2)
        hand = shoulder + np.array([spine.LOAD_REACH_M, -drop])
        self.trunk.set_data(*np.c_[hip, shoulder])
        self.trunk.set_color(color)
        self.trunk.set_linestyle(ls)
        # The arm hangs from the shoulder joint (a dot on the trunk); a neck carries the head
        # above it, so the arm never seems to hang from the head.
        neck_top = hip + (spine.SHOULDER_DISTANCE_M + self.NECK_M) * axis
        self.neck.set_data(*np.c_[shoulder, neck_top])
        self.head.set_center(tuple(neck_top + 0.1 * axis))
        self.arm.set_data(*np.c_[shoulder, hand])
        self.shoulder.set_data(*np.c_[shoulder])
        self.com.set_data(*np.c_[hip + spine.HAT_COM_DISTANCE_M * axis])
        loaded = float(load_kg) > 0
        self.box.set_visible(loaded)
        self.box_label.set_visible(loaded)
        self.box.set_xy((hand[0] - 0.08, hand[1] - 0.14))
        self.box_label.set_position((hand[0], hand[1] - 0.07))
        self.box_label.set_text(f"{float(load_kg):g} kg")
        self.text.set_text(
            f"trunk {float(trunk_flexion_deg):.0f}°, load {float(load_kg):g} kg\n"
            f"moment {float(res.moment_Nm):.0f} N·m\n"
            f"back muscles {float(res.muscle_force_N) / 1000:.2f} kN\n"
            f"compression {comp / 1000:.2f} kN ({zone})"
        )
        frame = self.text.get_bbox_patch()
        frame.set_edgecolor(color)
        frame.set_linestyle(ls)
        return res


def spinal_state(trunk_deg: float, body_mass_kg: float, load_kg: float) -> dict:
    """Load at L5/S1 for the spinal-load diagram's controls."""
    res = spine.l5s1_load(body_mass_kg, trunk_deg, load_kg)
    comp = float(res.compression_N)
    return {
        "moment_Nm": float(res.moment_Nm),
        "muscle_N": float(res.muscle_force_N),
        "compression_N": comp,
        "zone": str(spine.compression_zone(comp)),
    }


def spinal_describe(trunk_deg, body_mass_kg, load_kg) -> str:
    """The note above the spinal-load diagram."""
    s = spinal_state(trunk_deg, body_mass_kg, load_kg)
    return (
        f"<p><b>Compression {s['compression_N'] / 1000:.2f} kN ({s['zone']}).</b> "
        f"Moment at L5/S1 {s['moment_Nm']:.0f} N·m; the back muscles pull "
        f"{s['muscle_N'] / 1000:.2f} kN to hold it. NIOSH criterion 3.4 kN, maximum "
        "permissible 6.4 kN.</p>"
    )


def spinal_alt(trunk_deg, body_mass_kg, load_kg) -> str:
    """Alt text of the spinal-load diagram for the current settings."""
    s = spinal_state(trunk_deg, body_mass_kg, load_kg)
    return (
        f"Left: side-view stick figure of a {body_mass_kg:.0f} kg person bending the trunk "
        f"{trunk_deg:.0f} degrees forward, holding {load_kg:g} kg; L5/S1 compression "
        f"{s['compression_N'] / 1000:.2f} kN ({s['zone']}). Right: compression against trunk "
        "angle from 0 to 90 degrees, rising steeply then flattening near 80 degrees, for empty "
        "hands (dashed) and with the load (solid), with the 3.4 and 6.4 kN NIOSH lines and a "
        "star at the current posture."
    )


@register("05", "spinal load")
def make_spinal_load() -> Interactive:
    """Trunk angle, body mass and load → stick figure and compression vs angle with limits."""
    drawn: dict = {}
    angles = np.linspace(0.0, 90.0, 91)

    def first_draw(axes):
        ax_fig, ax_c = axes
        drawn["figure"] = StickFigure(ax_fig)
        animate(*drawn["figure"].moving)
        ax_fig.set_axis_off()  # the picture needs no metre scale; saves rendering time
        (drawn["bare"],) = ax_c.plot([], [], color="0.55", ls="--", lw=1.5)
        (drawn["loaded"],) = ax_c.plot([], [], color=style.HEALTHY, ls="-")
        drawn["bare_label"] = ax_c.text(0, 0, "empty hands", va="top", ha="right", fontsize=11)
        drawn["loaded_label"] = ax_c.text(
            0, 0, "", va="bottom", ha="right", fontsize=11, color=style.HEALTHY
        )
        for value, name, ls in [
            (spine.NIOSH_COMPRESSION_CRITERION_N, "NIOSH criterion 3.4 kN", "--"),
            (spine.NIOSH_MAX_PERMISSIBLE_N, "NIOSH maximum 6.4 kN", ":"),
        ]:
            ax_c.axhline(value / 1000, color=style.LIMIT, ls=ls, lw=1.5)
            # animated, so that the curves stay below the labels as in a full drawing
            drawn[name] = ax_c.text(2, value / 1000, name, va="bottom", ha="left", fontsize=11)
        (drawn["now"],) = ax_c.plot(
            [], [], marker="*", ms=18, color=style.OKABE_ITO["black"], ls="none"
        )
        ax_c.set_xlim(0, 90)
        ax_c.set_ylim(0, 9)
        ax_c.set_xticks([0, 30, 60, 90])  # few tick labels: text is most of the drawing time
        ax_c.set_yticks([0, 2, 4, 6, 8])
        ax_c.set_xlabel("trunk flexion (degrees)")
        ax_c.set_ylabel("L5/S1 compression (kN)")
        animate(*(a for key, a in drawn.items() if key != "figure"))

    def draw(axes, trunk_deg, body_mass_kg, load_kg):
        if not drawn:
            first_draw(axes)
        drawn["figure"].update(trunk_deg, load_kg, body_mass_kg)
        bare = spine.l5s1_load(body_mass_kg, angles).compression_N / 1000
        loaded = spine.l5s1_load(body_mass_kg, angles, load_kg).compression_N / 1000
        drawn["bare"].set_data(angles, bare)
        drawn["loaded"].set_data(angles, loaded)
        drawn["bare_label"].set_position((89, bare[-1] - 0.1))
        drawn["loaded_label"].set_position((89, loaded[-1] + 0.1))
        drawn["loaded"].set_visible(load_kg > 0)
        drawn["loaded_label"].set_text(f"with {load_kg:g} kg" if load_kg > 0 else "")
        now = float(spine.l5s1_load(body_mass_kg, trunk_deg, load_kg).compression_N) / 1000
        drawn["now"].set_data([trunk_deg], [now])

    return Interactive(
        draw,
        {
            "trunk_deg": slider("trunk flexion", "degrees", 0, 90, 5, 45, integer=True),
            "body_mass_kg": slider("body mass", "kg", 40, 120, 5, 70, integer=True),
            "load_kg": slider("load in the hands", "kg", 0, 25, 1, 0, integer=True),
        },
        caption=(
            "A 70 kg person bending 45° forward with empty hands: the static L5/S1 model's "
            "moment, back-muscle force and compression against the NIOSH limits."
        ),
        alt=spinal_alt,
        describe=spinal_describe,
        figsize=(10, 4.6),
        ncols=2,
        gridspec_kw={"width_ratios": [1.0, 1.15]},
        clear=False,
    )
