"""Interactive diagrams of notebook 04 (compensation and spasticity).

* ``04:compensation``: back-extensor strength, the moment to hold at L5/S1, whether something
  to lean on is at hand and how hard the trunk is braced → where the lumbar moment goes (the
  back extensors, the hip hinge, the arms, passive tissue) when the person changes nothing and
  when they change strategy, and the load and endurance of the back extensors, the hip
  extensors and the arms (:mod:`msbackpain.compensation`, a teaching model);
* ``04:spasticity``: stretch velocity, static reflex threshold and drug effect → resistance
  against velocity and through the range, and the Modified Ashworth grade in words
  (:mod:`msbackpain.spasticity`, a teaching model).

One pure function per diagram (:func:`compensation_numbers`, :func:`spasticity_numbers`) gives
the numbers that the picture, the note and the alt text share. Each figure is drawn once; a move
of a control updates the animated artists in place and blits them (see
:mod:`msbackpain.ui.interactive`). The compensation diagram keeps fixed axis limits; the
spasticity diagram rescales its resistance axes on the fast path with a
:class:`~msbackpain.ui.blit.LiveAxis`. The static figures are in :mod:`.figures`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from msbackpain import compensation, fatigue, spasticity
from msbackpain.ui import style
from msbackpain.ui.blit import LiveAxis, kept_text
from msbackpain.ui.interactive import Interactive, animate, dropdown, register, slider

#: Where the L5/S1 moment goes, in drawing order, with a colour and hatch each.
PARTS = (
    ("active", "back extensors (active)"),
    ("hinge", "removed by the hip hinge"),
    ("arms", "taken by the arms"),
    ("passive", "passive tissue"),
)
_PART_LOOK = {
    "active": {"color": style.AFFECTED, "hatch": ""},
    "hinge": {"color": style.OKABE_ITO["sky_blue"], "hatch": "//"},
    "arms": {"color": style.SERIES_COLORS[2], "hatch": ".."},
    "passive": {"color": style.SERIES_COLORS[3], "hatch": "xx"},
}
#: Places that carry a load, as in :func:`msbackpain.compensation.endurance_min`.
PLACES = (("lumbar", "back extensors"), ("hip", "hip extensors"), ("arm", "arms (push)"))
#: Endurance labels: only an unlimited hold reads "no limit", never a capped number [setting].
CAP_MIN = math.inf
_MOMENT_MAX_NM = 125.0
_LOAD_MAX_PCT = 100.0


def _minutes(value: float) -> str:
    """Endurance in words ("no limit", "12.4 min", "cannot hold")."""
    if np.isnan(value):
        return "n/a"
    return fatigue.endurance_words(value, cap_min=CAP_MIN)


# ============================================================================ compensation
@dataclass(frozen=True)
class CompensationNumbers:
    """Both cases of the compensation diagram: ``same`` (the person changes nothing) and
    ``mix`` (:class:`msbackpain.compensation.StrategyMix`, the strategy change); ``loads``
    and ``endurance`` map each place of :data:`PLACES` to (changes nothing, changes strategy),
    as fractions of maximum and minutes."""

    strength_pct: float
    moment_Nm: float
    arm_support: float
    bracing: float
    mix: compensation.StrategyMix
    loads: dict
    endurance: dict

    def parts(self, case: str) -> dict:
        """N·m per part of :data:`PARTS` for ``case`` "same" or "mix"."""
        m = self.mix
        if case == "same":
            return {"active": float(m.demand_Nm), "hinge": 0.0, "arms": 0.0, "passive": 0.0}
        return {
            "active": float(m.active_lumbar_Nm),
            "hinge": float(m.hinge_Nm),
            "arms": float(m.arm_Nm),
            "passive": float(m.passive_Nm),
        }


@lru_cache(maxsize=256)
def compensation_numbers(
    strength_pct: float = 60.0,
    moment_Nm: float = 55.0,
    arm_support: float = 1.0,
    bracing: float = 0.0,
) -> CompensationNumbers:
    """Strategy mix and the loads and endurance of each place, with and without the change.

    Teaching model of :mod:`msbackpain.compensation` (every coefficient an assumption);
    endurance from :func:`msbackpain.compensation.endurance_min` (trunk pair; shoulder pair for
    the arms).
    """
    mix = compensation.strategy_mix(
        moment_Nm, strength_pct / 100, arm_support=arm_support, bracing=bracing
    )
    same_hip = compensation.two_joint_loads(moment_Nm, strength_pct / 100).hip_relative_load
    loads = {
        "lumbar": (float(mix.lumbar_relative_load_unchanged), float(mix.lumbar_relative_load)),
        "hip": (float(same_hip), float(mix.hip_relative_load)),
        "arm": (0.0, float(mix.arm_relative_load)),
    }
    endurance = {
        place: tuple(float(compensation.endurance_min(v, place)) for v in pair)
        for place, pair in loads.items()
    }
    return CompensationNumbers(strength_pct, moment_Nm, arm_support, bracing, mix, loads, endurance)


def _compensation_describe(strength, moment, arms, brace):
    n = compensation_numbers(strength, moment, arms, brace)
    m = n.mix
    back_same, back_mix = (100 * v for v in n.loads["lumbar"])
    hip_same, hip_mix = (100 * v for v in n.loads["hip"])
    return (
        f"<p>Holding {moment:.0f} N·m at L5/S1 with the back extensors at {strength:.0f}% of "
        f"full strength. <b>Changing nothing</b>, they work at <b>{back_same:.1f}%</b> of "
        f"their maximum ({_minutes(n.endurance['lumbar'][0])}); the hip extensors stay at "
        f"{hip_same:.1f}%, whatever the back's strength.<br>"
        f"<b>Changing strategy</b> moves {float(m.shifted_Nm):.1f} N·m off the back muscles "
        f"(hip hinge {float(m.hinge_Nm):.1f}, arms {float(m.arm_Nm):.1f}, passive tissue "
        f"{float(m.passive_Nm):.1f} N·m): back extensors <b>{back_mix:.1f}%</b> "
        f"({_minutes(n.endurance['lumbar'][1])}); the price: hip extensors {hip_mix:.1f}%, "
        f"arms pushing {float(m.arm_force_N):.0f} N, {float(m.extra_flexion_deg):.1f}° more "
        f"lumbar flexion, compression {float(m.compression_change_N):+.0f} N.</p>"
    )


def _compensation_alt(strength, moment, arms, brace):
    n = compensation_numbers(strength, moment, arms, brace)
    m = n.mix
    back = n.loads["lumbar"]
    hip = n.loads["hip"]
    return (
        "Two panels. Left: two stacked horizontal bars of the moment at the lowest lumbar "
        f"joint, {moment:.0f} N·m. 'Changes nothing' is all back extensors. 'Changes strategy' "
        f"splits into back extensors {float(m.active_lumbar_Nm):.1f}, hip hinge "
        f"{float(m.hinge_Nm):.1f}, arms {float(m.arm_Nm):.1f} and passive tissue "
        f"{float(m.passive_Nm):.1f} N·m. Right: paired bars of the load as a percentage of each "
        f"one's maximum, with a dashed line at the trunk's no-failure load: back extensors "
        f"{100 * back[0]:.1f}% then {100 * back[1]:.1f}%, hip extensors {100 * hip[0]:.1f}% "
        f"then {100 * hip[1]:.1f}%, arms 0% then {100 * n.loads['arm'][1]:.1f}%."
    )


_Y_PARTS = np.array([0.0, 1.0])
_Y_PLACES = np.arange(len(PLACES))
_BAR_HEIGHT = 0.38


def _moment_panel(ax) -> dict:
    art = {}
    for key, label in PARTS:
        look = _PART_LOOK[key]
        art[key] = ax.barh(
            _Y_PARTS,
            [0.0, 0.0],
            left=[0.0, 0.0],
            height=0.55,
            color=look["color"],
            hatch=look["hatch"],
            edgecolor="black",
            label=label,
        )
        animate(*art[key])
    art["totals"] = [kept_text(ax, 0, y, "", va="center", fontsize="small") for y in _Y_PARTS]
    ax.set_yticks(_Y_PARTS, ["changes\nnothing", "changes\nstrategy"])
    ax.set_ylim(1.6, -0.6)
    ax.set_xlim(0, _MOMENT_MAX_NM)
    ax.set_xlabel("moment at L5/S1 (N·m)")
    ax.set_title("where the lumbar moment goes", fontsize="medium")
    return art


def _load_panel(ax) -> dict:
    art = {}
    for key, offset, look in (
        ("same", -1, {"color": style.HEALTHY, "label": "changes nothing"}),
        ("mix", 1, {"color": style.AFFECTED, "hatch": "//", "label": "changes strategy"}),
    ):
        art[key] = ax.barh(
            _Y_PLACES + offset * _BAR_HEIGHT / 2,
            np.zeros(len(PLACES)),
            height=_BAR_HEIGHT,
            edgecolor="black",
            **look,
        )
        animate(*art[key])
    art["labels"] = [
        kept_text(ax, 0, y, "", va="center", fontsize="small")
        for y in np.r_[_Y_PLACES - _BAR_HEIGHT / 2, _Y_PLACES + _BAR_HEIGHT / 2]
    ]
    threshold = 100 * compensation.sustainable_fraction("lumbar")
    ax.axvline(threshold, color=style.LIMIT, linestyle="--", linewidth=1.2)
    ax.text(
        threshold + 1,
        -0.62,
        f"no failure below {threshold:.1f}% (trunk pair)",
        fontsize="small",
        va="center",
    )
    ax.set_yticks(_Y_PLACES, [label for _, label in PLACES])
    ax.set_ylim(len(PLACES) - 0.4, -0.85)
    ax.set_xlim(0, _LOAD_MAX_PCT)
    ax.set_xlabel("load (% of its own maximum)")
    ax.set_title("load and endurance of each", fontsize="medium")
    return art


def _compensation_first_draw(ax_m, ax_l) -> dict:
    art = {"moment": _moment_panel(ax_m), "load": _load_panel(ax_l)}
    handles, labels = ax_m.get_legend_handles_labels()
    ax_m.figure.legend(handles, labels, loc="outside lower center", ncol=2, fontsize="small")
    ax_l.legend(loc="center right", fontsize="small")
    return art


def _update_moment_panel(art, n) -> None:
    left = np.zeros(2)
    for key, _ in PARTS:
        widths = np.array([n.parts("same")[key], n.parts("mix")[key]])
        for bar, x0, w in zip(art[key], left, widths, strict=True):
            bar.set_x(min(x0, _MOMENT_MAX_NM))
            bar.set_width(max(0.0, min(w, _MOMENT_MAX_NM - x0)))
        left = left + widths
    for text, total, y in zip(art["totals"], left, _Y_PARTS, strict=True):
        text.set_position((min(total, _MOMENT_MAX_NM - 20) + 1.5, y))
        text.set_text(f"{total:.0f} N·m")


def _update_load_panel(art, n) -> None:
    for i, key in enumerate(("same", "mix")):
        for j, (place, _) in enumerate(PLACES):
            pct = 100 * n.loads[place][i]
            art[key][j].set_width(min(pct, _LOAD_MAX_PCT) if np.isfinite(pct) else _LOAD_MAX_PCT)
            text = art["labels"][i * len(PLACES) + j]
            shown = min(pct, 70.0) if np.isfinite(pct) else 70.0
            text.set_position((shown + 1.5, text.get_position()[1]))
            if not np.isfinite(pct) or pct > 100:
                words = "cannot hold"
            elif pct == 0:
                words = "not used"
            else:
                words = f"{pct:.1f}%: {_minutes(n.endurance[place][i])}"
            text.set_text(words)


@register("04", "compensation")
def make_compensation() -> Interactive:
    """Where the lumbar moment goes, and the load each place carries, with and without a
    change of strategy, as the back extensors weaken."""
    art: dict = {}

    def draw(axes, strength, moment, arms, brace):
        n = compensation_numbers(strength, moment, arms, brace)
        if not art:
            art.update(_compensation_first_draw(*axes))
        _update_moment_panel(art["moment"], n)
        _update_load_panel(art["load"], n)

    return Interactive(
        draw,
        {
            "strength": slider("back extensor strength", "% of full", 10, 100, 5, 60),
            "moment": slider("moment to hold at L5/S1", "N·m", 20, 110, 5, 55),
            "arms": dropdown("something to lean on", [("yes", 1.0), ("no", 0.0)], 1.0),
            "brace": slider("bracing", "0 = none, 1 = full", 0, 1, 0.25, 0),
        },
        caption=(
            "In the teaching model a weaker back makes the back extensors work at a higher "
            "share of their maximum while the hip extensors' load stays the same; a change of "
            "strategy moves part of the lumbar moment to the hip hinge, the arms and passive "
            "tissue, each at a cost elsewhere."
        ),
        alt=_compensation_alt,
        describe=_compensation_describe,
        figsize=(10.5, 4.6),
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
    catch), the Ashworth assessment at the assumed test speed and the share of function lost
    (%, an interpretation; maximal strength is unchanged)."""

    velocity_deg_s: float
    static_threshold_deg: float
    drug_effect: float
    threshold_velocity_deg_s: float
    peak_torque_Nm: float
    reflex_torque_Nm: float
    catch_angle_deg: float
    grade: spasticity.AshworthAssessment
    functional_loss_pct: float


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
        100 * float(spasticity.functional_weakness(drug_effect)),
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
        f"<b>{g.grade}</b>: {g.description}. With this drug effect, maximal (isometric) "
        f"strength is unchanged, as measured; the model's small loss of function, an "
        f"interpretation of the weakness people report: {n.functional_loss_pct:.1f}%.</p>"
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
