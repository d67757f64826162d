"""Compensation: when one extensor weakens, the others carry more and tire sooner.

Teaching model (our own, not from the literature): a required extensor moment M (N·m) is shared
among muscle groups in proportion to their capacities c_k (maximum moments):

    share_k = M·c_k / Σc,   relative load_k = share_k / c_k = M / Σc.

Proportional sharing gives every group the same fraction of its own maximum, which is the
sharing that keeps the highest fraction as low as possible. If group j weakens by a fraction w,
c_j → (1 − w)·c_j, Σc falls and *every* group works at a higher fraction of its maximum; the
endurance time at that fraction (Rohmert's curve, the exponential curve, or the fitted
three-compartment closed form in :mod:`msbackpain.fatigue`) shortens. This is the
overcompensation loop of the collection's causal map.

**Wrong anatomy, kept until the model is corrected.** The default groups
(:data:`DEFAULT_CAPACITIES_NM`) lump trunk and hip extensors as if they acted about one joint.
In reality only structures that cross the lowest lumbar joint (L5/S1) carry the lumbar extensor
moment: the erector spinae and multifidus, a little of the quadratus lumborum (when both sides
act), and passive tissues (fascia, ligaments, discs). The gluteus maximus and the hamstrings
extend the *hip*; they cannot take over a lumbar moment in a static posture. Compensation for
weak back extensors is rather a change of strategy (hip hinging, arm support, leaning on passive
tissues, bracing), each of which moves load elsewhere. The capacities themselves are round
numbers of a plausible size, not measurements.

Endurance: the fitted three-compartment model holds loads below 16% of maximum with no time
limit; measured sustained holds and the published per-joint fits put that limit near 6–9%
(see :mod:`msbackpain.fatigue`), so an "unlimited" hold at 14–16% is an artefact of the fit.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from msbackpain import fatigue
from msbackpain.validation import check_range as _check_range

#: Extensor groups and their maximum moments: round numbers of a plausible size, not
#: measurements; the gluteus maximus and hamstrings act about the hip, not the lumbar spine, and
#: are kept only until the model is corrected (see the module docstring). [assumption | N·m]
DEFAULT_CAPACITIES_NM = {
    "lumbar erector spinae": 120.0,
    "multifidus": 50.0,
    "quadratus lumborum": 20.0,
    "gluteus maximus": 110.0,
    "hamstrings": 80.0,
}
#: Fraction of maximum used in the exercise "when does a helper pass 15%?": the lower end of
#: Rohmert's curve, a reference level for the exercise, not a safe limit (sustained holds have a
#: measured limit near 8%, Björkstén & Jonsson 1977). [assumption: rohmert1960 | fraction of MVC]
HELPER_FRACTION = 0.15


# --------------------------------------------------------------------------- validation
def _capacities(capacities_Nm):
    """(names, capacity array) from None (defaults), a dict name -> N·m, or a 1-D sequence."""
    if capacities_Nm is None:
        capacities_Nm = DEFAULT_CAPACITIES_NM
    if isinstance(capacities_Nm, dict):
        names = tuple(str(k) for k in capacities_Nm)
        values = list(capacities_Nm.values())
    else:
        values = capacities_Nm
        names = None
    caps = _check_range("capacities_Nm", values, 0.0, 1e4, "N·m")
    if caps.ndim != 1 or caps.size < 2:
        raise ValueError(f"capacities_Nm must list at least 2 muscles (got shape {caps.shape})")
    if caps.sum() <= 0:
        raise ValueError("capacities_Nm must not all be zero (got total 0 N·m)")
    if names is None:
        names = tuple(f"muscle {i + 1}" for i in range(caps.size))
    return names, caps


def _index(names, muscle):
    if isinstance(muscle, str):
        if muscle not in names:
            raise ValueError(f"muscle must be one of {', '.join(names)} (got {muscle!r})")
        return names.index(muscle)
    if isinstance(muscle, (int, np.integer)) and not isinstance(muscle, bool):
        if not 0 <= muscle < len(names):
            raise ValueError(f"muscle index must be between 0 and {len(names) - 1} (got {muscle})")
        return int(muscle)
    raise TypeError(f"muscle must be a name or an index (got {muscle!r})")


# --------------------------------------------------------------------------- model
def weakened_capacities(weakness, muscle="lumbar erector spinae", capacities_Nm=None):
    """Capacities (N·m) after one group loses a fraction ``weakness`` (0–1) of its maximum.

    c_j → (1 − w)·c_j for the chosen group; vectorised over ``weakness`` (result shape
    ``weakness.shape + (n_muscles,)``). Teaching model (module docstring).
    """
    names, caps = _capacities(capacities_Nm)
    j = _index(names, muscle)
    w = _check_range("weakness", weakness, 0.0, 1.0, "(fraction of that muscle's maximum)")
    out = np.broadcast_to(caps, w.shape + caps.shape).copy()
    out[..., j] = caps[j] * (1.0 - w)
    return out


def load_shares_Nm(required_moment_Nm, capacities_Nm=None) -> np.ndarray:
    """Moment carried by each group (N·m): share_k = M·c_k/Σc (teaching model, see module).

    ``required_moment_Nm`` ≥ 0 (any shape); ``capacities_Nm``: dict, 1-D sequence, or an array
    of shape (..., n_muscles) that broadcasts with it. Returns shape (..., n_muscles).
    """
    caps = _cap_array(capacities_Nm)
    m = _check_range("required_moment_Nm", required_moment_Nm, 0.0, 1e4, "N·m")
    total = caps.sum(axis=-1, keepdims=True)
    return m[..., None] * caps / total


def _cap_array(capacities_Nm):
    if isinstance(capacities_Nm, np.ndarray) and capacities_Nm.ndim > 1:
        caps = _check_range("capacities_Nm", capacities_Nm, 0.0, 1e4, "N·m")
        if np.any(caps.sum(axis=-1) <= 0):
            raise ValueError("capacities_Nm must not all be zero (got total 0 N·m)")
        return caps
    return _capacities(capacities_Nm)[1]


def relative_loads(required_moment_Nm, capacities_Nm=None) -> np.ndarray:
    """Each group's load as a fraction of its own maximum: share_k/c_k = M/Σc (NaN if c_k = 0).

    Values above 1 mean the moment cannot be held at all. Teaching model (module docstring).
    """
    caps = _cap_array(capacities_Nm)
    shares = load_shares_Nm(required_moment_Nm, caps)
    with np.errstate(divide="ignore", invalid="ignore"):
        rel = shares / caps
    return np.where(caps > 0, rel, np.nan)


def endurance_per_muscle_min(relative_load, model: str = "three_compartment") -> np.ndarray:
    """Endurance time (min) of each group at its relative load, via :mod:`msbackpain.fatigue`.

    ``model``: "three_compartment" (fitted closed form), "rohmert" or "exponential"
    (see :mod:`msbackpain.fatigue`). A load above 1 (cannot be held) gives 0; NaN (no muscle)
    stays NaN; np.inf means no endurance limit in that model.
    """
    try:
        rel = np.asarray(relative_load, dtype=float)
    except (TypeError, ValueError):
        raise TypeError(
            f"relative_load must be a number or an array (got {relative_load!r})"
        ) from None
    if np.any(rel[np.isfinite(rel)] < 0) or np.any(np.isinf(rel)):
        raise ValueError("relative_load must be 0 or more, finite or NaN (got a negative or inf)")
    valid = np.isfinite(rel)
    inside = np.where(valid, np.clip(rel, 0.0, 1.0), 0.0)
    t = fatigue.endurance_time_min(inside, model)
    return np.where(~valid, np.nan, np.where(rel > 1.0, 0.0, t))


@dataclass(frozen=True)
class CompensationResult:
    """Result of :func:`compensation`: one entry per muscle group.

    ``names``, ``capacity_Nm`` (after weakening), ``share_Nm``, ``relative_load`` (fraction of
    own maximum), ``endurance_min``, plus ``required_moment_Nm``, ``weakened_muscle``,
    ``weakness`` and ``can_hold`` (M ≤ Σc).
    """

    names: tuple
    capacity_Nm: np.ndarray
    share_Nm: np.ndarray
    relative_load: np.ndarray
    endurance_min: np.ndarray
    required_moment_Nm: float
    weakened_muscle: str
    weakness: float
    can_hold: bool


def compensation(
    required_moment_Nm: float,
    weakness: float = 0.0,
    weakened_muscle="lumbar erector spinae",
    capacities_Nm=None,
    endurance_model: str = "three_compartment",
) -> CompensationResult:
    """Shares, relative loads and endurance of every group when one group is weakened.

    Teaching model of the module docstring; endurance from :func:`endurance_per_muscle_min`.
    Scalars in, one :class:`CompensationResult` out.
    """
    names, caps = _capacities(capacities_Nm)
    j = _index(names, weakened_muscle)
    w = float(_check_range("weakness", weakness, 0.0, 1.0, "(fraction of that muscle's maximum)"))
    caps = caps.copy()
    caps[j] *= 1.0 - w
    m = float(_check_range("required_moment_Nm", required_moment_Nm, 0.0, 1e4, "N·m"))
    shares = load_shares_Nm(m, caps)
    rel = relative_loads(m, caps)
    endurance = endurance_per_muscle_min(rel, endurance_model)
    return CompensationResult(
        names, caps, shares, rel, endurance, m, names[j], w, bool(m <= caps.sum() + 1e-9)
    )


def helper_relative_load(
    weakness, required_moment_Nm, weakened_muscle="lumbar erector spinae", capacities_Nm=None
) -> np.ndarray:
    """Fraction of maximum at which every helper works: M/(Σc − w·c_j); broadcasts its inputs.

    Teaching model (module docstring). Cheap: for sliders and the day-resolution patient model.
    """
    names, caps = _capacities(capacities_Nm)
    j = _index(names, weakened_muscle)
    w = _check_range("weakness", weakness, 0.0, 1.0, "(fraction of that muscle's maximum)")
    m = _check_range("required_moment_Nm", required_moment_Nm, 0.0, 1e4, "N·m")
    remaining = caps.sum() - w * caps[j]
    with np.errstate(divide="ignore"):
        return np.where(remaining > 0, m / np.maximum(remaining, 1e-300), np.inf)


def weakness_for_helper_fraction(
    required_moment_Nm,
    helper_fraction=HELPER_FRACTION,
    weakened_muscle="lumbar erector spinae",
    capacities_Nm=None,
) -> np.ndarray:
    """Weakness of one group at which the others reach ``helper_fraction`` of their maximum.

    Solves M/(Σc − w·c_j) = p for w: w = (Σc − M/p)/c_j. Returns 0 when the helpers are already
    at or above p with no weakness, and NaN when p is not reached even if group j is lost
    completely. Teaching model (module docstring); p = 0.15 by default (Rohmert's lower end).
    """
    names, caps = _capacities(capacities_Nm)
    j = _index(names, weakened_muscle)
    m = _check_range("required_moment_Nm", required_moment_Nm, 0.0, 1e4, "N·m")
    p = _check_range("helper_fraction", helper_fraction, 1e-3, 1.0, "(fraction of maximum)")
    w = (caps.sum() - m / p) / caps[j]
    return np.where(w > 1.0, np.nan, np.maximum(w, 0.0))
