"""Self-checks for notebook 01 (demyelination). Every expected answer comes from the model."""

from __future__ import annotations

import numpy as np

from msbackpain import conduction as cd
from msbackpain.ui.exercises import check_number, check_set

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


def exercise_1(answer):
    """Speed of a healthy spike, in nodes per millisecond, from its arrival times."""
    expected = expected_speed_nodes_per_ms()
    return check_number(
        "Exercise 1",
        answer,
        expected,
        rel_tol=0.03,
        unit="nodes/ms",
        explanation=(
            f"The spike covers {SPEED_TO_NODE - SPEED_FROM_NODE} nodes in "
            f"{(SPEED_TO_NODE - SPEED_FROM_NODE) / expected:.2f} ms, about {expected:.2f} nodes "
            "per millisecond. To turn this into metres per second you would need the length of "
            "an internode, which the model does not have: it only knows nodes."
        ),
        hint=(
            "speed = number of nodes travelled / time taken, with the time from "
            "healthy.arrival_ms[25] - healthy.arrival_ms[5] (20 nodes)."
        ),
    )


def expected_conducting_at_12() -> set[float]:
    """Severities of exercise 2 whose fibre still conducts at delta_T = +12 degC (simulated)."""
    return {
        f
        for f in EXERCISE_2_SEVERITIES
        if cd.simulate_axon(severity=f, delta_T_C=EXERCISE_2_DELTA_T_C).conducted
    }


def exercise_2(answer):
    """Which of the offered severities still conduct at delta_T = +12 degC?"""
    expected = expected_conducting_at_12()
    return check_set(
        "Exercise 2",
        answer,
        expected,
        universe=EXERCISE_2_SEVERITIES,
        item_name="severity",
        explanation=(
            "Warming by 12 °C blocks the more damaged fibres and leaves the healthy and mildly "
            "damaged ones conducting: heat picks out the fibres that had the least to spare."
        ),
    )


def exercise_3(answer):
    """Highest temperature change at which the f = 4 fibre still conducts (degC)."""
    expected = cd.block_delta_T_fast(4.0)
    return check_number(
        "Exercise 3",
        answer,
        expected,
        rel_tol=0.0,
        abs_tol=0.5,
        unit="°C",
        explanation=(
            f"The f = 4 fibre (6-node lesion) blocks from about ΔT = +{expected:.1f} °C, while "
            f"the healthy fibre conducts up to about +{cd.block_delta_T_fast(1.0):.1f} °C."
        ),
        hint=(
            "set the severity to 4 in the interactive diagram and raise ΔT in 0.5 °C steps "
            "until it says BLOCKED, or use cd.block_delta_T_C(4.0)."
        ),
    )


def expected_severity_blocked_by_warming() -> float:
    """Severity whose block temperature change is exactly +1 degC (tabulated model)."""
    return float(
        np.interp(
            EXERCISE_4_WARMING_C, cd.BLOCK_TABLE_DELTA_T_C[::-1], cd.BLOCK_TABLE_SEVERITY[::-1]
        )
    )


def exercise_4(answer):
    """The lesion severity at which warming by 1 degC (from delta_T = 0) blocks conduction."""
    expected = expected_severity_blocked_by_warming()
    return check_number(
        "Exercise 4",
        answer,
        expected,
        rel_tol=0.0,
        abs_tol=0.3,
        explanation=(
            f"A fibre with f ≈ {expected:.1f} conducts at ΔT = 0 but blocks at ΔT = +1 °C: its "
            "temperature margin is just 1 °C. A little more damage and ordinary warmth is enough "
            "to block it."
        ),
        hint=(
            "you want the severity f where the block temperature change equals +1 °C: "
            "interpolate in cd.BLOCK_TABLE_SEVERITY and cd.BLOCK_TABLE_DELTA_T_C (np.interp needs "
            "increasing x values, so reverse both arrays)."
        ),
    )
