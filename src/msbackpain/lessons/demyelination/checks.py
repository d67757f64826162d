"""Self-checks for notebook 01 (demyelination). Every expected answer comes from the model."""

from __future__ import annotations

import numpy as np

from msbackpain import conduction as cd
from msbackpain.ui.exercises import built_or_reference, check_function, check_set

#: Nodes between which exercise 1 measures the speed (away from both sealed ends).
SPEED_FROM_NODE, SPEED_TO_NODE = 5, 25
#: Severities offered in exercise 2, and the temperature change it asks about (degC).
EXERCISE_2_SEVERITIES = (1.0, 2.0, 3.0, 4.0, 6.0, 8.0)
EXERCISE_2_DELTA_T_C = 12.0
#: Exercise 4: the warming (degC, from delta_T = 0) that should just block the fibre.
EXERCISE_4_WARMING_C = 1.0


def expected_speed_nodes_per_ms() -> float:
    """Speed of the spike in the healthy axon between nodes 5 and 25 (nodes per ms)."""
    r = cd.simulate_axon(severity=1.0)
    a = r.arrival_ms
    return (SPEED_TO_NODE - SPEED_FROM_NODE) / (a[SPEED_TO_NODE] - a[SPEED_FROM_NODE])


def expected_conducting_at_12() -> set[float]:
    """Severities of exercise 2 whose fibre still conducts at delta_T = +12 degC (simulated)."""
    return {
        f
        for f in EXERCISE_2_SEVERITIES
        if cd.simulate_axon(severity=f, delta_T_C=EXERCISE_2_DELTA_T_C).conducted
    }


def exercise_2(answer, label="Exercise 2"):
    """Which of the offered severities still conduct at delta_T = +12 degC?"""
    expected = expected_conducting_at_12()
    return check_set(
        label,
        answer,
        expected,
        universe=EXERCISE_2_SEVERITIES,
        item_name="severity",
        explanation=(
            "Warming by 12 °C blocks the more damaged fibres and leaves the healthy and mildly "
            "damaged ones conducting: heat picks out the fibres that had the least to spare."
        ),
    )


def expected_severity_blocked_by_warming() -> float:
    """Severity whose block temperature change is exactly +1 degC (tabulated model)."""
    return float(
        np.interp(
            EXERCISE_4_WARMING_C, cd.BLOCK_TABLE_DELTA_T_C[::-1], cd.BLOCK_TABLE_SEVERITY[::-1]
        )
    )


# Conduction velocity and delay, built in three steps (the learner's model; the collection's is
# cd.myelinated_velocity and cd.unmyelinated_velocity). Each case is ((arguments...), expected).
_DIAMETERS_UM = (1.0, 2.0, 5.0, 10.0, 20.0)


def build_step_1(myelinated):
    """Step 1: the speed (m/s) of a myelinated fibre, 6 m/s per um of diameter (Hursh 1939)."""
    return check_function(
        "Build step 1",
        myelinated,
        [((d,), cd.myelinated_velocity(d)) for d in _DIAMETERS_UM],
        explanation="Speed grows in proportion to diameter: 60 m/s at 10 µm.",
        hint="multiply the diameter by cd.MYELINATED_M_S_PER_UM (6 m/s per µm).",
    )


def build_step_2(unmyelinated):
    """Step 2: the speed (m/s) of an unmyelinated fibre, 1 m/s x sqrt(diameter in um)."""
    return check_function(
        "Build step 2",
        unmyelinated,
        [((d,), cd.unmyelinated_velocity(d)) for d in _DIAMETERS_UM],
        explanation="Speed grows only with the square root of the diameter: 3.2 m/s at 10 µm.",
        hint="cd.UNMYELINATED_M_S_AT_1_UM * np.sqrt(diameter_um).",
    )


def reference_velocity(diameter_um, myelinated=True):
    """The collection's speed (m/s): myelinated or unmyelinated, as the learner's step 3."""
    if myelinated:
        return cd.myelinated_velocity(diameter_um)
    return cd.unmyelinated_velocity(diameter_um)


def build_step_3(velocity):
    """Step 3: one function for both kinds of fibre; returns the function the notebook uses."""
    cases = [((d, m), reference_velocity(d, m)) for d in _DIAMETERS_UM for m in (True, False)]
    verdict = check_function(
        "Build step 3",
        velocity,
        cases,
        explanation="One function now gives the speed of either kind of fibre.",
        hint="return your step 1 function's value if myelinated, else your step 2's.",
    )
    return built_or_reference(verdict, velocity, reference_velocity, "conduction velocity")
