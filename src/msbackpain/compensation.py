"""Compensation for weak back extensors: two joints, and a change of strategy.

**Anatomy first.** A muscle can only carry a moment about a joint it crosses. When the trunk
leans forward, two joints must each be held against the weight of the upper body:

* the lowest lumbar joint, **L5/S1**: its extensor moment is carried by the lumbar extensors
  (erector spinae and multifidus; the quadratus lumborum adds a small share when the muscles of
  both sides act together, while one side alone bends the trunk sideways) and by passive tissue
  (thoracolumbar fascia, ligaments, discs). Near full lumbar flexion the back muscles fall
  silent and the passive tissue carries the moment: the flexion–relaxation phenomenon, which
  starts earlier in the movement when the back extensors are tired (Descarreaux et al. 2008);
* the **hip**: its extensor moment is carried by the gluteus maximus and the hamstrings.

The hip extensors therefore cannot "take over" a lumbar moment: a weaker erector spinae makes
the remaining lumbar extensors work at a higher fraction of their maximum, and leaves the hip
extensors' load unchanged (:func:`two_joint_loads`).

**Compensation is a change of strategy** (teaching model, our own). A person whose back
extensors are weaker does the task differently, and each strategy moves load and fatigue
somewhere else (:func:`strategy_mix`):

* *hip hinge* (bending at the hips and knees so that the trunk stays more upright): less lumbar
  moment for the same task, as far as the trunk leans out less (the L5/S1 moment depends on how
  far the upper body leans, not on where the bending happens); more work for the hip (and knee)
  extensors;
* *arm support* (hands on the thighs, a table or a stick): the arms take part of the moment;
  the arms and shoulders carry the force and tire (the shoulder is the least fatigue-resistant
  joint in Frey Law & Avin 2010);
* *leaning on passive tissue* (flexing the lumbar spine further, towards flexion–relaxation):
  less muscle effort, but more lumbar flexion and more strain on the passive tissue;
* *bracing* (co-contracting the abdominal and back muscles): a stiffer trunk, but the back
  extensors must also overcome the abdominal muscles' flexing moment, so effort, fatigue and
  spinal compression rise.

The person's rule in :func:`strategy_mix` is an assumption: they keep the back extensors' effort
(the fraction of their remaining maximum) where a full-strength back would work for the same task,
and move the rest to the hinge, the arms and the passive tissue, each used in proportion to how
much it can take. Every capacity and coefficient below is a labelled assumption of plausible
size, not a measurement.

Endurance: :func:`endurance_min` uses :func:`msbackpain.fatigue.endurance_time_min` with the
published per-joint fatigue pairs (Frey-Law et al. 2012): trunk for the back extensors, shoulder
for arm support; there is no published hip pair, so the hip extensors use the trunk pair
(assumption).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from msbackpain import fatigue, spine
from msbackpain.validation import check_range as _check_range

#: Maximum extensor moments at L5/S1 (full strength, both sides acting): round numbers of a
#: plausible size. Their total, 300 N·m, is of the order of measured healthy back-extension
#: strength (about 340 N·m isokinetic at 60°/s in Muir et al. 2011, Table 3: 249 ft-lb) and makes
#: the model hold the unsupported upper body horizontal (about 144 N·m, spine model) for about
#: 2–3 minutes, the order of healthy trunk-extensor endurance tests; the split follows the muscles'
#: relative size; the quadratus lumborum's small extensor share needs both sides to act.
#: [assumption: muir2011 | N·m]
LUMBAR_CAPACITIES_NM = {
    "erector spinae": 210.0,
    "multifidus": 75.0,
    "quadratus lumborum": 15.0,
}
#: Maximum hip extensor moments, both legs together: round numbers of a plausible size (no
#: measurement cited); they act about the hip, not about L5/S1. [assumption | N·m]
HIP_CAPACITIES_NM = {
    "gluteus maximus": 200.0,
    "hamstrings": 150.0,
}
#: Side-bending moment of one quadratus lumborum acting alone at full effort: a round number of
#: plausible size, larger than its extensor share because it lies to the side of the spine.
#: [assumption | N·m]
QL_SIDE_BEND_NM = 25.0
#: Hip moment of the leaning upper body relative to its L5/S1 moment: the hip lies below and in
#: front of L5/S1 when the pelvis tilts forward, so the lever arm is a little longer (about
#: (0.31 + 0.06)/0.31 with the spine model's centre-of-mass distance). [assumption | ratio]
HIP_TO_LUMBAR_MOMENT = 1.2
#: Largest share of the task's lumbar moment that bending the hips and knees (keeping the trunk
#: more upright) can remove: the object or the hands stay where the task puts them, so the trunk
#: can only straighten part of the way. [assumption | fraction of demand]
HINGE_MAX_FRACTION = 0.3
#: Extra hip (and knee) extensor moment per N·m removed from L5/S1 by the hip hinge: the deeper
#: hip and knee bend puts the body's weight further behind the hips. [assumption | N·m per N·m]
HINGE_HIP_PER_NM = 0.5
#: Largest share of the lumbar moment that arm support (hands on thighs, a table, a stick) can
#: take when something to lean on is at hand. [assumption | fraction of demand]
ARM_MAX_FRACTION = 0.5
#: Horizontal lever arm about L5/S1 of the support force, which reaches the trunk at the
#: shoulders (about 0.45 m from L5/S1 along the trunk, spine model) at a forward lean of about
#: 40°. [assumption | m]
ARM_LEVER_M = 0.3
#: Downward push both straight arms can give at full effort: a round number of plausible size
#: (no measurement cited). [assumption | N]
ARM_MAX_FORCE_N = 500.0
#: Moment the passive tissue (thoracolumbar fascia, ligaments, discs) carries at full lumbar
#: flexion: about the moment of a 70 kg person's upper body at 45° of forward lean (spine model),
#: since in flexion–relaxation the back muscles fall silent and the tissue holds that moment
#: (after back-extensor fatigue the muscles fall silent earlier in flexion: Descarreaux et al.
#: 2008). [assumption: descarreaux2008 | N·m]
PASSIVE_MAX_NM = 100.0
#: Range of lumbar flexion (L1–S1) from upright to full flexion: a round value of plausible size.
#: [assumption | deg]
LUMBAR_FLEXION_RANGE_DEG = 50.0
#: Share of that range below which the passive tissue carries little moment (it is slack); above
#: it the passive moment rises steeply towards full flexion (quadratic in this model).
#: [assumption | fraction of range]
PASSIVE_ONSET_FRACTION = 0.6
#: Flexing moment of the abdominal muscles at full bracing (co-contraction), which the back
#: extensors must overcome on top of the task. [assumption | N·m]
BRACE_FLEXOR_NM = 10.0
#: Lever arm of the abdominal muscles about L5/S1 (rectus abdominis in front of the spine).
#: [assumption | m]
ABDOMINAL_LEVER_M = 0.1

_FOR_ENDURANCE = {"lumbar": "trunk", "hip": "trunk", "arm": "shoulder"}


# --------------------------------------------------------------------------- helpers
def _strength(back_strength):
    return _check_range("back_strength", back_strength, 0.0, 1.0, "(fraction of full strength)")


def _demand(demand_Nm):
    return _check_range("demand_Nm", demand_Nm, 0.0, 1e4, "N·m")


def lumbar_capacity_Nm(back_strength=1.0) -> np.ndarray:
    """Maximum L5/S1 extensor moment (N·m) of the lumbar extensors at ``back_strength`` (0–1).

    Sum of :data:`LUMBAR_CAPACITIES_NM` (both sides acting) times the strength left. Vectorised.
    """
    return sum(LUMBAR_CAPACITIES_NM.values()) * _strength(back_strength)


def hip_capacity_Nm() -> float:
    """Maximum hip extensor moment (N·m): gluteus maximus + hamstrings, both legs."""
    return float(sum(HIP_CAPACITIES_NM.values()))


def task_moments_Nm(body_mass_kg, trunk_flexion_deg, load_kg=0.0) -> tuple:
    """(L5/S1 moment, hip moment) in N·m of a static forward lean (spine model, both joints).

    The L5/S1 moment is :func:`msbackpain.spine.l5s1_load`'s; the hip holds the same upper body
    with a slightly longer lever (:data:`HIP_TO_LUMBAR_MOMENT`). Vectorised.
    """
    lumbar = np.abs(spine.l5s1_load(body_mass_kg, trunk_flexion_deg, load_kg).moment_Nm)
    return lumbar, HIP_TO_LUMBAR_MOMENT * lumbar


def _relative(load, capacity):
    load, capacity = np.broadcast_arrays(np.asarray(load, float), np.asarray(capacity, float))
    with np.errstate(divide="ignore", invalid="ignore"):
        rel = load / capacity
    return np.where(capacity > 0, rel, np.where(load > 0, np.inf, 0.0))


# --------------------------------------------------------------------------- two joints
@dataclass(frozen=True)
class JointLoads:
    """Result of :func:`two_joint_loads` (arrays of the broadcast input shape).

    ``lumbar_Nm`` (moment the lumbar extensors hold), ``lumbar_shares_Nm`` (dict muscle → N·m),
    ``lumbar_relative_load`` (fraction of the remaining lumbar maximum), ``hip_Nm``,
    ``hip_shares_Nm`` (dict), ``hip_relative_load`` (fraction of the hip extensors' maximum).
    """

    lumbar_Nm: np.ndarray
    lumbar_shares_Nm: dict
    lumbar_relative_load: np.ndarray
    hip_Nm: np.ndarray
    hip_shares_Nm: dict
    hip_relative_load: np.ndarray


def two_joint_loads(demand_Nm, back_strength=1.0) -> JointLoads:
    """Loads on the lumbar and the hip extensors when the posture does not change.

    The lumbar extensors hold the L5/S1 moment ``demand_Nm``, shared in proportion to their
    maxima (erector spinae, multifidus, quadratus lumborum; all weakened by ``back_strength``);
    the hip extensors hold the hip moment ``HIP_TO_LUMBAR_MOMENT × demand``, whatever the back's
    strength: they cannot carry a lumbar moment. Vectorised over both inputs.
    """
    m, s = np.broadcast_arrays(_demand(demand_Nm), _strength(back_strength))
    total = sum(LUMBAR_CAPACITIES_NM.values())
    lumbar_shares = {k: m * c / total for k, c in LUMBAR_CAPACITIES_NM.items()}
    hip = HIP_TO_LUMBAR_MOMENT * m
    hip_total = hip_capacity_Nm()
    hip_shares = {k: hip * c / hip_total for k, c in HIP_CAPACITIES_NM.items()}
    return JointLoads(
        m.astype(float),
        lumbar_shares,
        _relative(m, total * s),
        hip,
        hip_shares,
        hip / hip_total,
    )


def quadratus_lumborum_moments(left=1.0, right=1.0) -> tuple:
    """(extension, side-bending) moments in N·m of the two quadratus lumborum muscles.

    ``left``, ``right``: activation of each side (0–1). Acting together they add a small
    extensor moment (each side half of its share in :data:`LUMBAR_CAPACITIES_NM`); one side
    alone bends the trunk sideways (positive = towards the right). Teaching model. Vectorised.
    """
    a_l = _check_range("left", left, 0.0, 1.0, "(activation)")
    a_r = _check_range("right", right, 0.0, 1.0, "(activation)")
    ext = LUMBAR_CAPACITIES_NM["quadratus lumborum"] * (a_l + a_r) / 2
    return ext, QL_SIDE_BEND_NM * (a_r - a_l)


# --------------------------------------------------------------------------- strategies
def passive_moment_Nm(extra_flexion_deg) -> np.ndarray:
    """Moment (N·m) the passive tissue carries ``extra_flexion_deg`` past its onset.

    Quadratic rise from 0 at the onset (:data:`PASSIVE_ONSET_FRACTION` of the lumbar range) to
    :data:`PASSIVE_MAX_NM` at full flexion. Teaching model of flexion–relaxation. Vectorised.
    """
    span = (1.0 - PASSIVE_ONSET_FRACTION) * LUMBAR_FLEXION_RANGE_DEG
    x = _check_range("extra_flexion_deg", extra_flexion_deg, 0.0, span, "deg")
    return PASSIVE_MAX_NM * (x / span) ** 2


def flexion_for_passive_deg(passive_Nm) -> np.ndarray:
    """Lumbar flexion (deg) past the passive onset needed for the tissue to carry ``passive_Nm``.

    Inverse of :func:`passive_moment_Nm`; at most the span to full flexion. Vectorised.
    """
    p = _check_range("passive_Nm", passive_Nm, 0.0, PASSIVE_MAX_NM, "N·m")
    span = (1.0 - PASSIVE_ONSET_FRACTION) * LUMBAR_FLEXION_RANGE_DEG
    return span * np.sqrt(p / PASSIVE_MAX_NM)


@dataclass(frozen=True)
class StrategyMix:
    """Result of :func:`strategy_mix`: numpy arrays of the broadcast input shape.

    Moments at L5/S1 (N·m): ``demand_Nm`` (the task's), ``hinge_Nm`` (removed by the hip
    hinge), ``arm_Nm`` (taken by arm support), ``passive_Nm`` (carried by passive tissue),
    ``shifted_Nm`` (their sum: moved off the active lumbar extensors), ``brace_Nm`` (abdominal
    flexing moment of bracing that the extensors must also overcome), ``active_lumbar_Nm``
    (= demand − shifted + brace).
    Loads as fractions of maximum: ``lumbar_relative_load`` (active lumbar moment over the
    remaining lumbar maximum; inf if nothing remains), ``lumbar_relative_load_unchanged`` (if the
    person changed nothing), ``hip_relative_load`` (hip extensors, with the hinge's extra work),
    ``arm_relative_load`` (arm push over its maximum).
    Other costs: ``hip_Nm`` (hip extensor moment), ``arm_force_N`` (downward push of the arms),
    ``extra_flexion_deg`` (lumbar flexion past the passive onset needed for ``passive_Nm``),
    ``passive_strain`` (0–1, that flexion as a share of the way to full flexion),
    ``compression_change_N`` (change of L5/S1 compression from muscle force: hinge and arms lower
    it, bracing raises it; leaning on passive tissue leaves it about the same, assuming the
    tissue's lever arm is like the muscles'), ``ql_Nm`` (quadratus lumborum's part of the
    active lumbar moment), ``can_hold`` (active lumbar moment within the remaining maximum).
    """

    demand_Nm: np.ndarray
    back_strength: np.ndarray
    hinge_Nm: np.ndarray
    arm_Nm: np.ndarray
    passive_Nm: np.ndarray
    shifted_Nm: np.ndarray
    brace_Nm: np.ndarray
    active_lumbar_Nm: np.ndarray
    lumbar_relative_load: np.ndarray
    lumbar_relative_load_unchanged: np.ndarray
    hip_Nm: np.ndarray
    hip_relative_load: np.ndarray
    arm_force_N: np.ndarray
    arm_relative_load: np.ndarray
    extra_flexion_deg: np.ndarray
    passive_strain: np.ndarray
    compression_change_N: np.ndarray
    ql_Nm: np.ndarray
    can_hold: np.ndarray


def excess_moment_Nm(demand_Nm, back_strength) -> np.ndarray:
    """Moment the person moves off the back extensors to keep their effort where a
    full-strength back would work: ``demand × (1 − back_strength)``.

    Keeping the share of maximum at demand / C (C the full lumbar capacity) with a remaining
    maximum C·s leaves the back extensors demand·s; the rest must go elsewhere. Teaching rule.
    """
    return _demand(demand_Nm) * (1.0 - _strength(back_strength))


def helper_capacities_Nm(demand_Nm, arm_support=1.0) -> list:
    """How much of the moment each helper can take (N·m): [hip hinge, arm support, passive].

    ``HINGE_MAX_FRACTION × demand``, ``ARM_MAX_FRACTION × arm_support × demand`` and
    ``min(demand, PASSIVE_MAX_NM)``; every limit is a labelled assumption.
    """
    m = np.asarray(demand_Nm, dtype=float)
    a = np.asarray(arm_support, dtype=float)
    return [HINGE_MAX_FRACTION * m, ARM_MAX_FRACTION * a * m, np.minimum(m, PASSIVE_MAX_NM)]


def share_in_proportion(excess_Nm, capacities_Nm) -> list:
    """The sharing rule: each helper takes a part of the excess in proportion to its capacity,

    part_i = c_i · min(excess, Σc) / Σc,

    so all helpers are equally far from their limits and what they cannot take stays on the
    back. Returns one part per capacity (N·m). Teaching rule of our own.
    """
    caps = [np.asarray(c, dtype=float) for c in capacities_Nm]
    total = sum(caps)
    moved = np.minimum(excess_Nm, total)
    with np.errstate(divide="ignore", invalid="ignore"):
        fraction = np.where(total > 0, moved / np.where(total > 0, total, 1.0), 0.0)
    return [c * fraction for c in caps]


def strategy_mix(
    demand_Nm,
    back_strength,
    *,
    target_fraction=None,
    arm_support=1.0,
    bracing=0.0,
    share=None,
) -> StrategyMix:
    """How a person with back extensors at ``back_strength`` (0–1) does a task differently.

    ``demand_Nm``: the task's L5/S1 extensor moment done the usual way (e.g. from
    :func:`task_moments_Nm`). The person keeps the active lumbar extensors at or below
    ``target_fraction`` of their remaining maximum (default: the fraction a full-strength back
    would work at, demand / :func:`lumbar_capacity_Nm`, i.e. "the same effort as before") and
    moves the excess to the hip hinge (up to :data:`HINGE_MAX_FRACTION` of the demand), arm
    support (up to :data:`ARM_MAX_FRACTION` × ``arm_support`` of the demand; ``arm_support`` 0–1
    says whether something to lean on is at hand) and passive tissue (up to the demand or
    :data:`PASSIVE_MAX_NM`), each in proportion to how much it can take; what these cannot take
    stays on the back extensors. ``bracing`` (0–1) adds co-contraction: the extensors also
    overcome ``BRACE_FLEXOR_NM × bracing``. ``share``: the sharing rule, a function
    ``share(excess_Nm, capacities_Nm) -> [hinge, arm, passive]`` (default
    :func:`share_in_proportion`; notebook 04's learners write their own). All inputs
    broadcast; cheap and pure (no random numbers, no loops). Teaching model: see the module
    docstring; every coefficient is a labelled assumption.
    """
    m = _demand(demand_Nm)
    s = _strength(back_strength)
    a = _check_range("arm_support", arm_support, 0.0, 1.0, "(0 = nothing to lean on, 1 = at hand)")
    b = _check_range("bracing", bracing, 0.0, 1.0, "(0 = none, 1 = full co-contraction)")
    full = sum(LUMBAR_CAPACITIES_NM.values())
    if target_fraction is None:
        target = m / full
    else:
        target = _check_range("target_fraction", target_fraction, 0.0, 1.0, "(fraction)")
    m, s, a, b, target = np.broadcast_arrays(m, s, a, b, target)
    remaining = full * s
    excess = m - target * remaining
    excess = np.where(excess > 1e-9 * np.maximum(m, 1.0), excess, 0.0)  # no rounding crumbs

    caps = helper_capacities_Nm(m, a)
    rule = share_in_proportion if share is None else share
    with np.errstate(divide="ignore", invalid="ignore"):
        parts = [np.broadcast_to(np.asarray(p, dtype=float), m.shape) for p in rule(excess, caps)]
    hinge, arm, passive = (np.nan_to_num(p, nan=0.0) for p in parts)
    shifted = hinge + arm + passive
    brace = BRACE_FLEXOR_NM * b
    active = np.maximum(m - shifted, 0.0) + brace

    hip = HIP_TO_LUMBAR_MOMENT * m + HINGE_HIP_PER_NM * hinge
    arm_force = arm / ARM_LEVER_M
    flexion = flexion_for_passive_deg(np.minimum(passive, PASSIVE_MAX_NM))
    span = (1.0 - PASSIVE_ONSET_FRACTION) * LUMBAR_FLEXION_RANGE_DEG
    lever = spine.ERECTOR_LEVER_ARM_M
    compression = -(hinge + arm) / lever + brace * (1.0 / lever + 1.0 / ABDOMINAL_LEVER_M)
    return StrategyMix(
        demand_Nm=m.astype(float),
        back_strength=s.astype(float),
        hinge_Nm=hinge,
        arm_Nm=arm,
        passive_Nm=passive,
        shifted_Nm=shifted,
        brace_Nm=brace.astype(float),
        active_lumbar_Nm=active,
        lumbar_relative_load=_relative(active, remaining),
        lumbar_relative_load_unchanged=_relative(m, remaining),
        hip_Nm=hip,
        hip_relative_load=hip / hip_capacity_Nm(),
        arm_force_N=arm_force,
        arm_relative_load=arm_force / ARM_MAX_FORCE_N,
        extra_flexion_deg=flexion,
        passive_strain=flexion / span,
        compression_change_N=compression,
        ql_Nm=active * LUMBAR_CAPACITIES_NM["quadratus lumborum"] / full,
        can_hold=active <= remaining + 1e-9,
    )


def endurance_min(relative_load, place: str = "lumbar") -> np.ndarray:
    """Endurance time (min) of a steady hold at ``relative_load`` (fraction of maximum).

    ``place``: "lumbar" and "hip" use the trunk pair of Frey-Law et al. 2012 (no hip pair is
    published: assumption for the hip), "arm" the shoulder pair; three-compartment closed form
    (:func:`msbackpain.fatigue.endurance_time_min`). np.inf below the joint's sustainable
    threshold; 0 above 1 (cannot be held); NaN stays NaN. Vectorised.
    """
    if place not in _FOR_ENDURANCE:
        raise ValueError(f"place must be one of {', '.join(_FOR_ENDURANCE)} (got {place!r})")
    try:
        rel = np.asarray(relative_load, dtype=float)
    except (TypeError, ValueError):
        raise TypeError(
            f"relative_load must be a number or an array (got {relative_load!r})"
        ) from None
    if np.any(rel[~np.isnan(rel)] < 0):
        raise ValueError("relative_load must be 0 or more (got a negative value)")
    valid = ~np.isnan(rel)
    inside = np.where(valid, np.clip(rel, 0.0, 1.0), 0.5)
    t = fatigue.endurance_time_min(inside, joint=_FOR_ENDURANCE[place])
    t = np.where(inside <= 0, np.inf, t)
    return np.where(~valid, np.nan, np.where(rel > 1.0, 0.0, t))


def sustainable_fraction(place: str = "lumbar") -> float:
    """Load (fraction of maximum) below which the three-compartment model never fails, R/(F+R),
    with the pair :func:`endurance_min` uses for ``place`` (trunk: 9.0%)."""
    if place not in _FOR_ENDURANCE:
        raise ValueError(f"place must be one of {', '.join(_FOR_ENDURANCE)} (got {place!r})")
    return float(fatigue.fatigue_threshold_load(joint=_FOR_ENDURANCE[place]))
