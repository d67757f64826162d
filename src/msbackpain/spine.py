"""Load on the lumbar spine: a static L5/S1 model and measured disc pressures.

The static model treats the head, arms and trunk (HAT) as one mass leaning forward by the trunk
flexion angle θ and pivoting at the L5/S1 disc. One extensor group (standing for everything that
crosses L5/S1 behind the joint: erector spinae, multifidus, quadratus lumborum and passive
tissues) holds it with a short fixed lever arm, so it must pull many times the weight it holds,
and that pull squeezes the disc:

    M = m_HAT g d sin θ + m_load g (s sin θ + a)         (moment at L5/S1, N·m)
    F_muscle = |M| / r                                    (extensor force, N)
    C = F_muscle + (m_HAT + m_load) g cos θ               (compression along the spine, N)

m_HAT = 0.678 × body mass, Winter's head-arms-trunk fraction (Winter 2009, anthropometric
tables). The mass above L5/S1 is smaller (part of the trunk lies below the joint), so using the
whole HAT mass is an assumption that overstates the load a little. r = 5 cm is a conventional
fixed lever arm of simple static models (assumption). The HAT centre-of-mass distance d and the
load's position (s along the trunk to the shoulders, plus a reach a in front of it) are
modelling assumptions: d = 0.31 m gives a 70 kg person at 45° without load about 100 N·m and
2.4 kN (worked out by this model). Hip muscles (gluteus maximus, hamstrings) act about the hip,
not about L5/S1, so they are not in this model.

Limits: the compression criterion of 3.4 kN that the revised NIOSH lifting equation was designed
to keep lifting under (Waters et al. 1993); the maximum permissible limit of 6.4 kN of the NIOSH
1981 guide. Both are guideline values for designing lifting work, not injury thresholds.
Measured intradiscal pressures: Wilke et al. 1999, *Spine* 24:755 (L4–L5 disc of one 70 kg
man). A disc pressure is not a tissue strain and not damage.

Known disagreement: the static model has no muscle co-activation, so upright standing gives just
the HAT weight (≈0.47 kN for 70 kg), and its flexed/upright compression ratio at 45° (≈5) is
much larger than Wilke's measured pressure ratio for standing flexed vs relaxed standing (2.2).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from msbackpain.evidence import reference

#: Gravitational acceleration, a physical constant. [setting]
G = 9.81
#: Head-arms-trunk mass as a fraction of body mass, from Winter's anthropometric tables (segment
#: masses measured in cadavers). The mass above L5/S1 is smaller; using the whole HAT mass there
#: is an assumption. [measured: winter2009 | fraction of body mass]
HAT_MASS_FRACTION = 0.678
#: Fixed lever arm of the lumbar extensors behind L5/S1: a conventional round value of simple
#: static models, not measured here. [assumption]
ERECTOR_LEVER_ARM_M = 0.05
#: Distance from L5/S1 to the HAT centre of mass: a plausible round value, chosen so that 70 kg
#: at 45° flexion gives about 100 N·m and 2.4 kN in this model; not measured. [assumption]
HAT_COM_DISTANCE_M = 0.31
#: Distance along the trunk from L5/S1 to the shoulders: a plausible adult value. [assumption]
SHOULDER_DISTANCE_M = 0.45
#: Horizontal distance of a held load in front of the shoulders: a plausible reach.
#: [assumption]
LOAD_REACH_M = 0.25
#: Compression criterion at L5/S1 that the revised NIOSH lifting equation was designed to keep
#: lifting tasks under (Waters et al. 1993): a published design limit, not an injury threshold
#: for one person. [measured: waters1993]
NIOSH_COMPRESSION_CRITERION_N = 3400.0
#: Maximum permissible compression limit of the NIOSH 1981 Work Practices Guide: a published
#: design limit, not an injury threshold for one person. [measured: niosh1981]
NIOSH_MAX_PERMISSIBLE_N = 6400.0

#: In-vivo L4–L5 disc pressures by posture, measured in one healthy 70 kg man (Wilke et al. 1999).
#: "relaxed slouched sitting" is a relaxed, slumped posture, not an upright "good" one. Wilke also
#: measured walking and other activities; only these nine postures are used here.
#: [measured: wilke1999]
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
WILKE_CITATION = reference("wilke1999").plain() + " Measured at L4-L5 in one 70 kg man."


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
    """Static L5/S1 moment, back-muscle force and compression (see the module docstring).

    M = m_HAT g d sin θ + m_L g (s sin θ + a);  F = |M| / r;  C = F + (m_HAT + m_L) g cos θ;
    shear = (m_HAT + m_L) g sin θ.  m_HAT = ``hat_fraction`` × body mass (0.678, Winter's
    tables); r = ``lever_arm_m`` (5 cm, assumption); d = ``com_distance_m`` (0.31 m, assumption:
    70 kg at 45° → ≈100 N·m, ≈2.4 kN); s = ``shoulder_distance_m`` (0.45 m,
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

    Limits: Waters et al. 1993 (3.4 kN) and NIOSH 1981 (6.4 kN); guideline values for designing
    lifting work, not injury thresholds.
    """
    c = _as_array("compression_N", compression_N, 0, 1e6, "N")
    labels = np.array(["below 3.4 kN", "3.4–6.4 kN", "above 6.4 kN"])
    idx = (c >= NIOSH_COMPRESSION_CRITERION_N).astype(int) + (c >= NIOSH_MAX_PERMISSIBLE_N)
    return labels[idx]


def disc_pressures() -> pd.DataFrame:
    """Wilke et al. 1999 in-vivo L4–L5 disc pressures by posture (MPa).

    Columns: posture, pressure_MPa, source. ``df.attrs['citation']`` holds the full reference.
    One healthy 70 kg man; the values are exactly those reported.
    """
    df = pd.DataFrame(
        {"posture": list(WILKE_1999_MPA), "pressure_MPa": list(WILKE_1999_MPA.values())}
    )
    df["source"] = reference("wilke1999").short
    df.attrs["citation"] = WILKE_CITATION
    return df


def trunk_moment_Nm(body_mass_kg, trunk_flexion_deg):
    """Moment of the head-arms-trunk weight about L5/S1: M_trunk = m_HAT g d sin θ (N·m).

    m_HAT = 0.678 × body mass (Winter 2009); d = 0.31 m (assumption). Vectorised.
    """
    return l5s1_load(body_mass_kg, trunk_flexion_deg).moment_Nm


def l5s1_moment_Nm(body_mass_kg, trunk_flexion_deg, load_kg=0.0):
    """Total moment about L5/S1: m_HAT g d sin θ + m_load g (s sin θ + a) (N·m), vectorised."""
    return l5s1_load(body_mass_kg, trunk_flexion_deg, load_kg).moment_Nm


def l5s1_compression_N(body_mass_kg, trunk_flexion_deg, load_kg=0.0):
    """Compression at L5/S1: C = M / r + (m_HAT + m_load) g cos θ (N), vectorised.

    The reference version of the model that notebook 05's learners build in three steps.
    """
    return l5s1_load(body_mass_kg, trunk_flexion_deg, load_kg).compression_N
