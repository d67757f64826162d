"""Load on the lumbar spine: a static L5/S1 model and measured disc pressures (SCIENCE.md §7).

The static model treats the head, arms and trunk (HAT) as one mass leaning forward by the trunk
flexion angle θ and pivoting at the L5/S1 disc. The back (erector spinae) muscles hold it with a
short fixed lever arm, so they must pull many times the weight they hold, and that pull squeezes
the disc:

    M = m_HAT g d sin θ + m_load g (s sin θ + a)         (moment at L5/S1, N·m)
    F_muscle = |M| / r                                    (erector spinae force, N)
    C = F_muscle + (m_HAT + m_load) g cos θ               (compression along the spine, N)

m_HAT = 0.678 × body mass (Winter's tables [s]); r = 5 cm, the conventional erector spinae lever
arm [s]. The HAT centre-of-mass distance d and the load's position (s along the trunk to the
shoulders, plus a reach a in front of it) are modelling assumptions: d = 0.31 m was *chosen* so
that 70 kg at 45° without load gives the SCIENCE.md §7 derived values (≈100 N·m, ≈2.4 kN).

Limits: NIOSH compression criterion 3.4 kN (Waters et al. 1993 [v]); maximum permissible limit
6.4 kN (NIOSH 1981 [s]). Measured intradiscal pressures: Wilke et al. 1999, *Spine* 24:755 [v].

Known disagreement: the static model has no muscle co-activation, so upright standing gives just
the HAT weight (≈0.47 kN for 70 kg), and its flexed/upright compression ratio at 45° (≈5) is
much larger than Wilke's measured pressure ratio for standing flexed vs relaxed standing (2.2).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from matplotlib.patches import Circle, Rectangle

from msbackpain.ui import style

G = 9.81
#: Head-arms-trunk mass as a fraction of body mass (Winter's anthropometric tables [s], §7).
HAT_MASS_FRACTION = 0.678
#: Conventional fixed erector spinae lever arm at L5/S1 (m) [s], SCIENCE.md §7.
ERECTOR_LEVER_ARM_M = 0.05
#: Assumption: distance from L5/S1 to the HAT centre of mass (m). Chosen so that 70 kg at 45°
#: flexion gives ≈100 N·m and ≈2.4 kN (the SCIENCE.md §7 derived values); not measured.
HAT_COM_DISTANCE_M = 0.31
#: Assumption: distance along the trunk from L5/S1 to the shoulders (m).
SHOULDER_DISTANCE_M = 0.45
#: Assumption: horizontal distance of a held load in front of the shoulders (m).
LOAD_REACH_M = 0.25
#: NIOSH compression criterion at L5/S1 (N): Waters et al. 1993 (revised NIOSH equation) [v].
NIOSH_COMPRESSION_CRITERION_N = 3400.0
#: NIOSH maximum permissible limit (N): NIOSH 1981 Work Practices Guide [s].
NIOSH_MAX_PERMISSIBLE_N = 6400.0

#: Wilke et al. 1999 in-vivo L4–L5 disc pressures (MPa), one 70 kg subject [v], SCIENCE.md §7.
WILKE_1999_MPA = {
    "lying prone": 0.10,
    "relaxed slouched sitting": 0.30,
    "sitting unsupported": 0.46,
    "relaxed standing": 0.50,
    "sitting maximally flexed": 0.83,
    "standing flexed forward": 1.10,
    "lifting 20 kg close to the body": 1.10,
    "lifting 20 kg with bent knees": 1.70,
    "lifting 20 kg with a round back": 2.30,
}
WILKE_CITATION = (
    "Wilke H-J, Neef P, Caimi M, Hoogland T, Claes LE. New in vivo measurements of pressures in "
    "the intervertebral disc in daily life. Spine 1999;24(8):755-762. L4-L5, one 70 kg subject."
)


def _as_array(name: str, value, low: float, high: float, unit: str) -> np.ndarray:
    """Float array of ``value``; ValueError naming the parameter, range and value if outside."""
    try:
        arr = np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        raise TypeError(f"{name} must be a number or an array of numbers (got {value!r})") from None
    bad = ~np.isfinite(arr) | (arr < low) | (arr > high)
    if np.any(bad):
        got = arr.ravel()[np.flatnonzero(bad.ravel())[0]]
        raise ValueError(f"{name} must be between {low:g} and {high:g} {unit} (got {got:g})")
    return arr


@dataclass(frozen=True)
class SpineLoad:
    """Result of :func:`l5s1_load` (arrays broadcast from the inputs).

    ``moment_Nm`` flexion moment at L5/S1; ``muscle_force_N`` back-muscle force;
    ``compression_N`` force along the spine; ``shear_N`` weight component across the disc.
    """

    trunk_flexion_deg: np.ndarray
    moment_Nm: np.ndarray
    muscle_force_N: np.ndarray
    compression_N: np.ndarray
    shear_N: np.ndarray

    def as_dict(self) -> dict:
        """The fields as a plain dict."""
        return dict(self.__dict__)


def l5s1_load(
    body_mass_kg,
    trunk_flexion_deg,
    load_kg=0.0,
    *,
    com_distance_m: float = HAT_COM_DISTANCE_M,
    shoulder_distance_m: float = SHOULDER_DISTANCE_M,
    load_reach_m: float = LOAD_REACH_M,
    lever_arm_m: float = ERECTOR_LEVER_ARM_M,
    hat_fraction: float = HAT_MASS_FRACTION,
) -> SpineLoad:
    """Static L5/S1 moment, back-muscle force and compression (SCIENCE.md §7).

    M = m_HAT g d sin θ + m_L g (s sin θ + a);  F = |M| / r;  C = F + (m_HAT + m_L) g cos θ;
    shear = (m_HAT + m_L) g sin θ.  m_HAT = ``hat_fraction`` × body mass (0.678, Winter [s]);
    r = ``lever_arm_m`` (5 cm [s]); d = ``com_distance_m`` (0.31 m, assumption chosen to give the
    §7 derived values: 70 kg at 45° → ≈100 N·m, ≈2.4 kN); s = ``shoulder_distance_m`` (0.45 m,
    assumption) and a = ``load_reach_m`` (0.25 m, assumption) place a load held in the hands.

    θ (``trunk_flexion_deg``, −30…120°) is the forward lean of the trunk from vertical; negative
    values (extension) give a backward moment, then |M| / r is the trunk flexors' force with the
    same lever arm (assumption). Inputs broadcast (vectorised). Note: compression peaks where
    tan θ = d / r (≈81° without load): beyond it the falling axial weight outweighs the rising
    muscle force, so the curve flattens and dips slightly by 90°.
    """
    m = _as_array("body_mass_kg", body_mass_kg, 20, 250, "kg")
    theta = np.radians(_as_array("trunk_flexion_deg", trunk_flexion_deg, -30, 120, "degrees"))
    load = _as_array("load_kg", load_kg, 0, 60, "kg")
    d = float(_as_array("com_distance_m", com_distance_m, 0.05, 0.6, "m"))
    s = float(_as_array("shoulder_distance_m", shoulder_distance_m, 0.1, 0.8, "m"))
    a = float(_as_array("load_reach_m", load_reach_m, 0.0, 0.8, "m"))
    r = float(_as_array("lever_arm_m", lever_arm_m, 0.02, 0.15, "m"))
    f = float(_as_array("hat_fraction", hat_fraction, 0.3, 0.9, "(fraction of body mass)"))
    w_hat = f * m * G
    w_load = load * G
    sin, cos = np.sin(theta), np.cos(theta)
    moment = w_hat * d * sin + w_load * (s * sin + a)
    muscle = np.abs(moment) / r
    compression = muscle + (w_hat + w_load) * cos
    shear = (w_hat + w_load) * sin
    return SpineLoad(
        trunk_flexion_deg=np.broadcast_to(np.degrees(theta), moment.shape).copy(),
        moment_Nm=moment,
        muscle_force_N=muscle,
        compression_N=compression,
        shear_N=shear,
    )


def compression_zone(compression_N) -> np.ndarray:
    """Label compression against the NIOSH limits: 'below 3.4 kN', '3.4–6.4 kN', 'above 6.4 kN'.

    Limits: Waters et al. 1993 [v] (3.4 kN) and NIOSH 1981 [s] (6.4 kN), SCIENCE.md §7.
    """
    c = _as_array("compression_N", compression_N, 0, 1e6, "N")
    labels = np.array(["below 3.4 kN", "3.4–6.4 kN", "above 6.4 kN"])
    idx = (c >= NIOSH_COMPRESSION_CRITERION_N).astype(int) + (c >= NIOSH_MAX_PERMISSIBLE_N)
    return labels[idx]


_ZONE_STYLE = {
    "below 3.4 kN": (style.HEALTHY, "-"),
    "3.4–6.4 kN": (style.OKABE_ITO["orange"], "--"),
    "above 6.4 kN": (style.AFFECTED, ":"),
}


def disc_pressures() -> pd.DataFrame:
    """Wilke et al. 1999 in-vivo L4–L5 disc pressures by posture (MPa), SCIENCE.md §7 [v].

    Columns: posture, pressure_MPa, source. ``df.attrs['citation']`` holds the full reference.
    One 70 kg subject; the values are exactly those reported.
    """
    df = pd.DataFrame(
        {"posture": list(WILKE_1999_MPA), "pressure_MPa": list(WILKE_1999_MPA.values())}
    )
    df["source"] = "Wilke et al. 1999, Spine 24:755"
    df.attrs["citation"] = WILKE_CITATION
    return df


class StickFigure:
    """A side-view stick figure on ``ax`` that can be re-posed in place (fast for sliders).

    Created once with :meth:`__init__`, then :meth:`update` moves the trunk, head, arm and load
    and rewrites the text box without creating new artists. The trunk's colour *and* line style
    show the compression zone (below 3.4 kN, 3.4–6.4 kN, above 6.4 kN; Waters et al. 1993 [v],
    NIOSH 1981 [s]); the text box states the moment, muscle force and compression from
    :func:`l5s1_load`.
    """

    HIP = (0.0, 0.9)
    ARM_LENGTH_M = 0.62

    def __init__(self, ax, trunk_flexion_deg: float = 0.0, load_kg: float = 0.0, body_mass_kg=70.0):
        self.ax = ax
        ink = style.OKABE_ITO["black"]
        hip = self.HIP
        ax.plot([0.0, 0.0, 0.12], [0.9, 0.0, 0.0], color=ink, lw=3, ls="-", solid_capstyle="round")
        (self.trunk,) = ax.plot([], [], lw=6, solid_capstyle="round")
        self.head = Circle(hip, 0.1, fc="white", ec=ink, lw=2)
        ax.add_patch(self.head)
        (self.arm,) = ax.plot([], [], color=ink, lw=2.5, ls="-")
        (self.com,) = ax.plot([], [], marker="o", ms=9, color=ink, mfc="white", ls="none")
        ax.plot(*hip, marker="s", ms=9, color=ink, ls="none")
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
        ax.set_xlim(-0.5, 1.6)
        ax.set_ylim(-0.05, 2.3)
        ax.set_aspect("equal")
        ax.set_xlabel("forward distance (m)")
        ax.set_ylabel("height (m)")
        self.update(trunk_flexion_deg, load_kg, body_mass_kg)

    def update(
        self, trunk_flexion_deg: float, load_kg: float = 0.0, body_mass_kg=70.0
    ) -> SpineLoad:
        """Re-pose the figure for a new trunk angle, load and body mass; returns the load."""
        res = l5s1_load(body_mass_kg, trunk_flexion_deg, load_kg)
        comp = float(res.compression_N)
        zone = str(compression_zone(comp))
        color, ls = _ZONE_STYLE[zone]
        th = np.radians(float(trunk_flexion_deg))
        axis = np.array([np.sin(th), np.cos(th)])
        hip = np.array(self.HIP)
        shoulder = hip + SHOULDER_DISTANCE_M * axis
        drop = np.sqrt(self.ARM_LENGTH_M**2 - LOAD_REACH_M**2)
        hand = shoulder + np.array([LOAD_REACH_M, -drop])
        self.trunk.set_data(*np.c_[hip, shoulder])
        self.trunk.set_color(color)
        self.trunk.set_linestyle(ls)
        self.head.set_center(tuple(hip + (SHOULDER_DISTANCE_M + 0.13) * axis))
        self.arm.set_data(*np.c_[shoulder, hand])
        self.com.set_data(*np.c_[hip + HAT_COM_DISTANCE_M * axis])
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


def plot_stick_figure(ax, trunk_flexion_deg: float, load_kg: float = 0.0, body_mass_kg=70.0):
    """Draw a side-view stick figure bending by ``trunk_flexion_deg`` and holding ``load_kg``.

    The trunk's colour *and* line style show the compression zone (below 3.4 kN, 3.4–6.4 kN,
    above 6.4 kN; Waters et al. 1993 [v], NIOSH 1981 [s]) and a text box states the moment,
    muscle force and compression from :func:`l5s1_load`. Returns ``ax``. For a figure that
    is re-posed many times (a slider), keep a :class:`StickFigure` and call its ``update``.
    """
    StickFigure(ax, trunk_flexion_deg, load_kg, body_mass_kg)
    return ax


def plot_compression_vs_angle(ax, body_mass_kg=70.0, loads_kg=(0.0, 10.0, 20.0), current=None):
    """Compression (kN) vs trunk flexion (0–90°) for several loads, with the NIOSH limits.

    Limit lines are drawn in black with their own line styles and direct labels. ``current``
    = (angle_deg, load_kg) adds a marker for the present posture. Returns ``ax``.
    """
    angles = np.linspace(0.0, 90.0, 91)
    for i, load in enumerate(loads_kg):
        c = l5s1_load(body_mass_kg, angles, load).compression_N / 1000
        st = style.series_style(i)
        ax.plot(angles, c, color=st["color"], ls=st["linestyle"], label=f"load {load:g} kg")
        ax.plot(angles[::15], c[::15], color=st["color"], marker=st["marker"], ls="none")
    for value, name, ls in [
        (NIOSH_COMPRESSION_CRITERION_N, "NIOSH criterion 3.4 kN", "--"),
        (NIOSH_MAX_PERMISSIBLE_N, "NIOSH maximum 6.4 kN", ":"),
    ]:
        ax.axhline(value / 1000, color=style.LIMIT, ls=ls, lw=1.5)
        ax.text(89, value / 1000, name, va="bottom", ha="right", fontsize=11)
    if current is not None:
        ang, load = current
        c = float(l5s1_load(body_mass_kg, ang, load).compression_N) / 1000
        ax.plot(ang, c, marker="*", ms=16, color=style.AFFECTED, ls="none", label="you are here")
    ax.set_xlabel("trunk flexion (degrees)")
    ax.set_ylabel("L5/S1 compression (kN)")
    ax.set_xlim(0, 90)
    ax.set_ylim(bottom=0)
    ax.legend(loc="upper left")
    return ax


def plot_disc_pressures(ax):
    """Horizontal bar chart of the Wilke et al. 1999 disc pressures (MPa), values printed.

    Returns ``ax``.
    """
    df = disc_pressures().sort_values("pressure_MPa")
    y = np.arange(len(df))
    ax.barh(y, df["pressure_MPa"], color=style.STAGE_COLORS["posture"], edgecolor="black")
    for yi, v in zip(y, df["pressure_MPa"], strict=True):
        ax.text(v + 0.03, yi, f"{v:.2f}", va="center")
    ax.set_yticks(y, df["posture"])
    ax.set_xlabel("L4–L5 disc pressure (MPa)")
    ax.set_xlim(0, df["pressure_MPa"].max() * 1.15)
    ax.set_title("In-vivo disc pressure (Wilke et al. 1999)", fontsize=13)
    ax.grid(axis="y", visible=False)
    return ax
