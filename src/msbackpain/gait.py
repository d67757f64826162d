"""Lateral trunk lean in single-leg stance: relief for weak hip abductors, load for the low back.

Teaching model, not from the literature: its geometry and lever arms are assumptions; only the
head-arms-trunk mass fraction comes from a source (Winter's anthropometric tables, Winter 2009),
and the 5 cm lever arm is the convention of the spine model (:mod:`msbackpain.spine`).

When one leg carries the body, the hip abductors of that leg must stop the pelvis dropping on the
other side: the body's weight acts medially of the stance hip. People with weak hip abductors
(or weak trunk muscles) often lean the trunk over the stance leg (a "compensated Trendelenburg"
or Duchenne-type gait). That moves the centre of mass over the hip and relieves the abductors,
but it tips the upper body sideways over L5/S1, so the lateral trunk muscles of the *other* side
must hold it, and they squeeze the disc, on one side only.

Frontal plane, pelvis level, L5/S1 on the midline above the midpoint between the hip joints,
lean φ (positive = towards the stance leg):

    M_hip = g [m_HAT (w/2 − d sin φ) + m_leg w]      (abductor moment at the stance hip)
    M_L5  = m_HAT g d sin φ                          (lateral bending moment at L5/S1)
    F_lat = |M_L5| / r;  C = F_lat + m_HAT g cos φ   (one-sided muscle force, compression)

m_HAT = 0.678 × body mass (Winter's tables); each leg m_leg = (1 − 0.678)/2 of body mass (our
arithmetic); the swing leg's centre of mass hangs under its own hip (assumption). The hip
abductors act about the hip joint; only the trunk muscles that cross L5/S1 can hold the
side-bending moment there.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from msbackpain.spine import ERECTOR_LEVER_ARM_M, HAT_COM_DISTANCE_M, HAT_MASS_FRACTION

#: Gravitational acceleration, a physical constant. [setting]
G = 9.81
#: Mass of one leg as a fraction of body mass: (1 − 0.678) / 2, our arithmetic from Winter's
#: head-arms-trunk fraction. [derived: winter2009 | fraction of body mass]
LEG_MASS_FRACTION = (1.0 - HAT_MASS_FRACTION) / 2.0
#: Distance between the two hip-joint centres: a plausible adult value. [assumption]
HIP_WIDTH_M = 0.18
#: Lever arm of the hip abductors about the hip joint: a plausible adult value. [assumption]
ABDUCTOR_LEVER_ARM_M = 0.06
#: Lever arm of the lateral trunk muscles at L5/S1: the 5 cm convention of the spine model
#: (sagittal plane) reused for the frontal plane. [assumption]
LATERAL_LEVER_ARM_M = ERECTOR_LEVER_ARM_M


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
class StanceLoad:
    """Result of :func:`single_leg_stance` (arrays broadcast from the inputs)."""

    lean_deg: np.ndarray
    hip_abductor_moment_Nm: np.ndarray
    hip_abductor_force_N: np.ndarray
    lumbar_lateral_moment_Nm: np.ndarray
    lateral_muscle_force_N: np.ndarray
    compression_N: np.ndarray


def single_leg_stance(
    body_mass_kg=70.0,
    lean_deg=0.0,
    *,
    hip_width_m: float = HIP_WIDTH_M,
    com_distance_m: float = HAT_COM_DISTANCE_M,
    abductor_lever_arm_m: float = ABDUCTOR_LEVER_ARM_M,
    lateral_lever_arm_m: float = LATERAL_LEVER_ARM_M,
) -> StanceLoad:
    """Hip-abductor and L5/S1 loads in single-leg stance with a lateral trunk lean.

    M_hip = g [m_HAT (w/2 − d sin φ) + m_leg w];  F_abd = max(M_hip, 0) / r_abd;
    M_L5 = m_HAT g d sin φ;  F_lat = |M_L5| / r;  C = F_lat + m_HAT g cos φ.
    Teaching model (see the module docstring); m_HAT = 0.678 × body mass (Winter's tables),
    d = 0.31 m (assumption, as in :mod:`msbackpain.spine`), w = 0.18 m, r_abd = 0.06 m,
    r = 0.05 m (assumptions). ``lean_deg`` (−10…40°): lean of the trunk towards the stance leg.
    A negative M_hip means the body's weight already lies lateral of the hip (the adductors
    would have to work); the abductor force is then zero. Vectorised.
    """
    m = _as_array("body_mass_kg", body_mass_kg, 20, 250, "kg")
    phi = np.radians(_as_array("lean_deg", lean_deg, -10, 40, "degrees"))
    w = float(_as_array("hip_width_m", hip_width_m, 0.08, 0.4, "m"))
    d = float(_as_array("com_distance_m", com_distance_m, 0.05, 0.6, "m"))
    r_abd = float(_as_array("abductor_lever_arm_m", abductor_lever_arm_m, 0.02, 0.15, "m"))
    r = float(_as_array("lateral_lever_arm_m", lateral_lever_arm_m, 0.02, 0.15, "m"))
    m_hat = HAT_MASS_FRACTION * m
    m_leg = LEG_MASS_FRACTION * m
    m_hip = G * (m_hat * (w / 2 - d * np.sin(phi)) + m_leg * w)
    m_l5 = m_hat * G * d * np.sin(phi)
    f_lat = np.abs(m_l5) / r
    return StanceLoad(
        lean_deg=np.broadcast_to(np.degrees(phi), m_l5.shape).copy(),
        hip_abductor_moment_Nm=m_hip,
        hip_abductor_force_N=np.maximum(m_hip, 0.0) / r_abd,
        lumbar_lateral_moment_Nm=m_l5,
        lateral_muscle_force_N=f_lat,
        compression_N=f_lat + m_hat * G * np.cos(phi),
    )


def lean_needed_deg(
    abductor_capacity_fraction,
    *,
    hip_width_m: float = HIP_WIDTH_M,
    com_distance_m: float = HAT_COM_DISTANCE_M,
) -> np.ndarray:
    """Trunk lean (degrees) that brings the hip-abductor moment down to what weak abductors manage.

    ``abductor_capacity_fraction`` (0–1): the largest abductor moment the person can sustain,
    as a fraction of the moment needed with an upright trunk. Setting M_hip(φ) = c · M_hip(0):
    sin φ = (1 − c)(w/2 + (m_leg/m_HAT) w) / d. c = 0 gives the full-compensation lean (body
    weight straight over the hip). Independent of body mass. Teaching model (assumptions as in
    :func:`single_leg_stance`).
    """
    c = _as_array("abductor_capacity_fraction", abductor_capacity_fraction, 0, 1, "")
    w = float(_as_array("hip_width_m", hip_width_m, 0.08, 0.4, "m"))
    d = float(_as_array("com_distance_m", com_distance_m, 0.05, 0.6, "m"))
    s = (1 - c) * (w / 2 + LEG_MASS_FRACTION / HAT_MASS_FRACTION * w) / d
    return np.degrees(np.arcsin(np.clip(s, -1.0, 1.0)))
