"""Spasticity: resistance to passive stretch that grows with stretch velocity.

Definition (Lance 1980): a velocity-dependent increase in tonic stretch reflexes with exaggerated
tendon jerks, from hyperexcitability of the stretch reflex. In MS more than 80% of registry
respondents report some spasticity (Bethoux & Marrie 2016, NARCOMS registry); spasticity pain and
painful spasms are classed as mixed pain (Truini et al. 2013).

**Model.** The form is Feldman's tonic stretch reflex threshold (λ) model (Levin & Feldman 1994;
Calota & Levin 2009); the parameter values are teaching choices. A joint is stretched passively at
velocity ω (deg/s) through angle θ (deg, 0 = start of the range). The stretch-reflex threshold
angle falls with velocity,

    λ(ω) = λ* − μ·ω,

and the resistance torque (N·m) is, in our simplification,

    τ = k_p·θ + b·ω + G·(θ − λ(ω))₊

(passive elastic, passive viscous, reflex; (x)₊ = max(x, 0)). At a given angle the reflex part is
zero below the velocity threshold ω_th(θ) = (λ* − θ)/μ and rises linearly above it. A healthy
stretch reflex has λ* beyond the range of motion, so an ordinary passive stretch meets no reflex.

Modified Ashworth Scale (Bohannon & Smith 1987, *Phys Ther* 67:206): grades 0, 1, 1+, 2, 3, 4
(descriptions paraphrased in :data:`ASHWORTH_DESCRIPTIONS`). The mapping from this model to a
grade (:func:`ashworth_grade`) is a **teaching assumption**: where in the range the reflex
"catch" is felt (reflex torque 1 N·m), and how large the peak resistance is.

Anti-spasticity drug (baclofen, tizanidine): a drug effect d (0–1, not a dose) scales the reflex
gain by (1 − 0.8·d), a teaching choice. Weakness is a commonly reported side effect (Bass et al.
1988: the most common adverse effect with baclofen in 66 people with MS), but in a 16-patient
cross-over trial measured isometric strength did *not* change on either drug (Acta Neurol Scand
1988). The model therefore leaves maximal (isometric) strength unchanged
(:func:`isometric_strength_factor`) and describes the reported weakness as a small loss of
*function* (:func:`functional_weakness`), for example the support that tone had given the legs
in standing. That reading, like the idea that reducing spasticity "unmasks" weakness, is an
*interpretation*, not an established finding. Stopping either drug suddenly transiently worsened
spasticity in about half of the people in a 6-week trial (Stien et al. 1987); with a pump
(intrathecal baclofen) sudden withdrawal can be dangerous. Never stop suddenly without medical
advice.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from msbackpain.validation import check_range as _check_range

#: Modified Ashworth grades (Bohannon & Smith 1987) with paraphrased meanings.
ASHWORTH_DESCRIPTIONS = {
    "0": "no increase in muscle tone",
    "1": "slight increase: a catch and release, or minimal resistance at the end of the range",
    "1+": "slight increase: a catch, then minimal resistance through less than half of the range",
    "2": "more marked increase through most of the range, but the limb still moves easily",
    "3": "considerable increase: passive movement is difficult",
    "4": "the limb is rigid in flexion or extension",
}
ASHWORTH_GRADES = tuple(ASHWORTH_DESCRIPTIONS)

#: Share of the reflex gain removed at the full drug effect: a teaching choice (the drugs reduce
#: spasticity; no number for this model exists). [assumption: bass1988 | fraction of reflex gain]
DRUG_REFLEX_REDUCTION = 0.8

#: Share of *function* (not of maximal strength) lost at the full drug effect: a small value, our
#: interpretation of trials in which weakness was reported as a side effect (Bass et al. 1988)
#: while measured isometric strength did not change (Acta Neurol Scand 1988). No trial gives a
#: number for it. [assumption: bass1988, crossover1988 | fraction of function]
DRUG_FUNCTIONAL_WEAKNESS = 0.05


@dataclass(frozen=True)
class StretchReflex:
    """Parameters of the stretch-reflex model: Feldman's λ-model form, teaching values.

    ``static_threshold_deg`` λ* (angle where the reflex starts in a very slow stretch),
    ``velocity_sensitivity_s`` μ (deg of threshold shift per deg/s), ``reflex_gain_Nm_per_deg``
    G, ``passive_stiffness_Nm_per_deg`` k_p, ``viscosity_Nm_s_per_deg`` b and
    ``range_of_motion_deg`` (the stretch goes from 0 to this angle).
    Defaults describe a moderately spastic muscle (MAS 1+ at the 90 deg/s test speed).
    """

    static_threshold_deg: float = 100.0
    velocity_sensitivity_s: float = 0.25
    reflex_gain_Nm_per_deg: float = 0.5
    passive_stiffness_Nm_per_deg: float = 0.05
    viscosity_Nm_s_per_deg: float = 0.01
    range_of_motion_deg: float = 90.0

    def __post_init__(self):
        checks = (
            ("static_threshold_deg", -180.0, 720.0, "deg"),
            ("velocity_sensitivity_s", 0.0, 10.0, "s"),
            ("reflex_gain_Nm_per_deg", 0.0, 100.0, "N·m/deg"),
            ("passive_stiffness_Nm_per_deg", 0.0, 100.0, "N·m/deg"),
            ("viscosity_Nm_s_per_deg", 0.0, 10.0, "N·m·s/deg"),
            ("range_of_motion_deg", 1.0, 360.0, "deg"),
        )
        for name, lo, hi, unit in checks:
            _check_range(name, getattr(self, name), lo, hi, unit)


#: A stretch reflex that stays out of the way: threshold far beyond the range, so a passive
#: stretch meets no reflex (the healthy case of the λ model; values are teaching choices).
#: [assumption: levin1994 | deg, s, N·m/deg, N·m·s/deg]
HEALTHY = StretchReflex(static_threshold_deg=400.0)
#: The default (moderately spastic) parameter set: values chosen to give Ashworth grade 1+ at the
#: test speed, not fitted to any person. [assumption: levin1994, calota2009 | deg, s, N·m/deg,
#: N·m·s/deg]
SPASTIC = StretchReflex()
#: Test speed for the Ashworth grade: the range in about one second (teaching choice).
#: [assumption]
ASHWORTH_TEST_VELOCITY_DEG_S = 90.0
#: Peak resistance above which passive movement is "difficult" (MAS 3) / "rigid" (MAS 4):
#: teaching choices; the scale itself is graded by hand, not in N·m. [assumption]
DIFFICULT_TORQUE_NM = 25.0
RIGID_TORQUE_NM = 50.0
#: Reflex torque at which an examiner feels the "catch": teaching choice. [assumption]
CATCH_TORQUE_NM = 1.0


def _params(params):
    if params is None:
        return SPASTIC
    if not isinstance(params, StretchReflex):
        raise TypeError(f"params must be a StretchReflex (got {type(params).__name__})")
    return params


def _velocity(value):
    return _check_range("velocity_deg_s", value, 0.0, 2000.0, "deg/s")


def _drug(value):
    return _check_range("drug_effect", value, 0.0, 1.0, "(0 = none, 1 = full effect)")


# --------------------------------------------------------------------------- model
def threshold_angle_deg(velocity_deg_s, params: StretchReflex | None = None) -> np.ndarray:
    """Stretch-reflex threshold angle λ(ω) = λ* − μ·ω (deg): Feldman's tonic stretch reflex
    threshold (Levin & Feldman 1994; Calota & Levin 2009), with teaching values."""
    p = _params(params)
    return p.static_threshold_deg - p.velocity_sensitivity_s * _velocity(velocity_deg_s)


def velocity_threshold_deg_s(angle_deg=None, params: StretchReflex | None = None) -> np.ndarray:
    """Stretch velocity (deg/s) above which the reflex resists at ``angle_deg``.

    ω_th(θ) = max((λ* − θ)/μ, 0); np.inf if μ = 0 and θ < λ*. Default angle: the end of the range
    (where the resistance of a full stretch peaks). λ model of the module docstring.
    """
    p = _params(params)
    theta = (
        p.range_of_motion_deg
        if angle_deg is None
        else _check_range("angle_deg", angle_deg, -360.0, 360.0, "deg")
    )
    gap = p.static_threshold_deg - np.asarray(theta, dtype=float)
    if p.velocity_sensitivity_s == 0:
        return np.where(gap > 0, np.inf, 0.0)
    return np.maximum(gap / p.velocity_sensitivity_s, 0.0)


@dataclass(frozen=True)
class Resistance:
    """Torque components (N·m) from :func:`stretch_resistance`: ``passive``, ``reflex``,
    ``total`` (same shapes)."""

    passive: np.ndarray
    reflex: np.ndarray
    total: np.ndarray


def stretch_resistance(
    velocity_deg_s,
    angle_deg=None,
    params: StretchReflex | None = None,
    drug_effect=0.0,
) -> Resistance:
    """Resistance torque at a stretch velocity and angle: τ = k_p·θ + b·ω + G'·(θ − λ* + μ·ω)₊.

    G' = G·(1 − 0.8·d) for a drug effect d (teaching assumption). Model of the module docstring
    (Feldman's threshold; Lance's definition). ``angle_deg`` defaults to the
    end of the range, so the result is the peak resistance of a full stretch. Inputs broadcast.
    """
    p = _params(params)
    w = _velocity(velocity_deg_s)
    theta = (
        p.range_of_motion_deg
        if angle_deg is None
        else _check_range("angle_deg", angle_deg, -360.0, 360.0, "deg")
    )
    gain = p.reflex_gain_Nm_per_deg * reflex_gain_factor(drug_effect)
    excess = np.maximum(theta - (p.static_threshold_deg - p.velocity_sensitivity_s * w), 0.0)
    reflex = gain * excess
    passive = p.passive_stiffness_Nm_per_deg * theta + p.viscosity_Nm_s_per_deg * w
    passive, reflex = np.broadcast_arrays(passive, reflex)
    return Resistance(passive.astype(float), reflex.astype(float), passive + reflex)


def reflex_gain_factor(drug_effect) -> np.ndarray:
    """Reflex gain multiplier 1 − 0.8·d under an anti-spasticity drug effect d (0–1).

    Teaching assumption: the drugs reduce spasticity (Bass et al. 1988), the size of the effect
    here is a choice. Vectorised.
    """
    return 1.0 - DRUG_REFLEX_REDUCTION * _drug(drug_effect)


def isometric_strength_factor(drug_effect) -> np.ndarray:
    """Maximal (isometric) strength multiplier under a drug effect d (0–1): always 1.

    In a 16-patient cross-over trial measured isometric strength did not change with baclofen or
    tizanidine (Acta Neurol Scand 1988). Vectorised (returns ones of the input's shape).
    """
    return np.ones_like(_drug(drug_effect), dtype=float)


def functional_weakness(drug_effect) -> np.ndarray:
    """Share of function lost under a drug effect d (0–1): ``DRUG_FUNCTIONAL_WEAKNESS × d``.

    Small (at most 5%) and an *interpretation*: weakness is reported as a side effect (Bass et
    al. 1988) although measured isometric strength did not change (Acta Neurol Scand 1988), so
    the model reads it as function (for example the support that tone gave in standing), not
    maximal strength. For the whole chain. Vectorised.
    """
    return DRUG_FUNCTIONAL_WEAKNESS * _drug(drug_effect)


@dataclass(frozen=True)
class AshworthAssessment:
    """Result of :func:`ashworth_grade`: ``grade`` ("0", "1", "1+", "2", "3", "4"),
    ``description`` (words), ``catch_angle_deg`` (where the reflex resistance becomes noticeable;
    NaN if never within the range), ``catch_fraction`` (share of the range beyond the catch) and
    ``peak_torque_Nm`` (total resistance at the end of the range)."""

    grade: str
    description: str
    catch_angle_deg: float
    catch_fraction: float
    peak_torque_Nm: float


def ashworth_grade(
    params: StretchReflex | None = None,
    drug_effect: float = 0.0,
    test_velocity_deg_s: float = ASHWORTH_TEST_VELOCITY_DEG_S,
) -> AshworthAssessment:
    """Map the model's resistance in a standard passive stretch to a Modified Ashworth grade.

    Grades and their meanings: Bohannon & Smith 1987. The mapping is a TEACHING
    ASSUMPTION: the whole range is stretched at ``test_velocity_deg_s`` (default 90 deg/s); the
    examiner feels a catch where the reflex torque reaches 1 N·m, at θ_c = λ(ω) + 1 N·m / G';
    catch fraction φ = (range − θ_c)/range; peak torque τ = total resistance at the end of range.
    τ ≥ 50 N·m: 4; τ ≥ 25 N·m: 3; otherwise φ = 0: 0; φ ≤ 0.1: 1; φ < 0.5: 1+; φ ≥ 0.5: 2.
    """
    p = _params(params)
    v = float(_check_range("test_velocity_deg_s", test_velocity_deg_s, 1.0, 2000.0, "deg/s"))
    d = float(_drug(drug_effect))
    rom = p.range_of_motion_deg
    gain = float(p.reflex_gain_Nm_per_deg * reflex_gain_factor(d))
    catch = float(threshold_angle_deg(v, p)) + (CATCH_TORQUE_NM / gain if gain > 0 else np.inf)
    if catch >= rom:
        fraction, catch_out = 0.0, float("nan")
    else:
        fraction, catch_out = min((rom - max(catch, 0.0)) / rom, 1.0), max(catch, 0.0)
    peak = float(stretch_resistance(v, rom, p, d).total)
    if peak >= RIGID_TORQUE_NM:
        grade = "4"
    elif peak >= DIFFICULT_TORQUE_NM:
        grade = "3"
    elif fraction == 0.0:
        grade = "0"
    elif fraction <= 0.1:
        grade = "1"
    elif fraction < 0.5:
        grade = "1+"
    else:
        grade = "2"
    return AshworthAssessment(grade, ASHWORTH_DESCRIPTIONS[grade], catch_out, fraction, peak)


def ashworth_grade_index(grade: str) -> int:
    """Position of a grade on the ordinal scale 0, 1, 1+, 2, 3, 4 (0–5), for plotting/sorting.

    Bohannon & Smith 1987.
    """
    if grade not in ASHWORTH_GRADES:
        raise ValueError(f"grade must be one of {', '.join(ASHWORTH_GRADES)} (got {grade!r})")
    return ASHWORTH_GRADES.index(grade)


def drug_effects(
    drug_effect,
    params: StretchReflex | None = None,
    test_velocity_deg_s: float = ASHWORTH_TEST_VELOCITY_DEG_S,
) -> dict:
    """Resistance at the test speed, Ashworth grade, strength and function across drug effects.

    Vectorised over ``drug_effect`` (0–1). Returns a dict of arrays: ``drug_effect``,
    ``peak_torque_Nm``, ``reflex_torque_Nm``, ``grade`` (strings),
    ``isometric_strength_fraction`` (1: unchanged, as measured) and ``functional_weakness``
    (the small loss of function, an interpretation). Teaching assumptions (module docstring).
    """
    p = _params(params)
    d = np.atleast_1d(_drug(drug_effect)).astype(float)
    v = float(_check_range("test_velocity_deg_s", test_velocity_deg_s, 1.0, 2000.0, "deg/s"))
    res = stretch_resistance(v, None, p, d)
    grades = np.array([ashworth_grade(p, float(x), v).grade for x in d.ravel()]).reshape(d.shape)
    return {
        "drug_effect": d,
        "peak_torque_Nm": res.total,
        "reflex_torque_Nm": res.reflex,
        "grade": grades,
        "isometric_strength_fraction": isometric_strength_factor(d),
        "functional_weakness": functional_weakness(d),
    }
