"""Model outputs that notebook 04's prose restates (see msbackpain.evidence.results)."""

from __future__ import annotations

import numpy as np

from msbackpain import compensation, spasticity, spine
from msbackpain.evidence.results import Result

#: The running example: the L5/S1 moment of a moderate forward lean (N·m), a setting.
MOMENT_NM = 55.0
#: The example's weaker back: 40% of the lumbar extensors' strength lost (an illustration).
WEAK_STRENGTH = 0.6


def _mix(strength=WEAK_STRENGTH, **kwargs):
    return compensation.strategy_mix(MOMENT_NM, strength, **kwargs)


def _pct(value) -> float:
    return 100 * float(value)


def _lean_deg() -> float:
    lean = np.arange(0.0, 46.0)
    return float(lean[np.argmax(spine.l5s1_load(70, lean).moment_Nm >= MOMENT_NM)])


def _horizontal_moment() -> float:
    return float(spine.l5s1_load(70, 90).moment_Nm)


RESULTS = {
    "lean_deg": Result(
        "Forward lean at which a 70 kg person's L5/S1 moment reaches 55 N·m (spine model)",
        _lean_deg,
        "{:.0f}°",
    ),
    "back_load_healthy": Result(
        "Back extensors' load holding 55 N·m at full strength (% of their maximum)",
        lambda: _pct(_mix(1.0).lumbar_relative_load),
        "{:.1f}%",
    ),
    "back_load_weak": Result(
        "Back extensors' load holding 55 N·m when 40% weaker and nothing changes",
        lambda: _pct(_mix().lumbar_relative_load_unchanged),
        "{:.1f}%",
    ),
    "back_endurance_healthy": Result(
        "Endurance of the full-strength back extensors holding 55 N·m (trunk pair)",
        lambda: float(compensation.endurance_min(_mix(1.0).lumbar_relative_load)),
        "{:.1f} minutes",
    ),
    "back_endurance_weak": Result(
        "Endurance of the 40% weaker back extensors holding 55 N·m, nothing changed (trunk pair)",
        lambda: float(compensation.endurance_min(_mix().lumbar_relative_load_unchanged)),
        "{:.1f} minutes",
    ),
    "hip_load": Result(
        "Hip extensors' load for the 55 N·m lean, whatever the back's strength (% of maximum)",
        lambda: _pct(compensation.two_joint_loads(MOMENT_NM, WEAK_STRENGTH).hip_relative_load),
        "{:.1f}%",
    ),
    "trunk_threshold": Result(
        "Load below which the trunk pair never fails (R/(F + R), % of maximum)",
        lambda: _pct(compensation.sustainable_fraction("lumbar")),
        "{:.1f}%",
    ),
    "horizontal_moment": Result(
        "L5/S1 moment of a 70 kg person's unsupported upper body held horizontal (spine model)",
        _horizontal_moment,
        "{:.0f} N·m",
    ),
    "horizontal_endurance": Result(
        "Model endurance of full-strength back extensors holding the upper body horizontal",
        lambda: float(
            compensation.endurance_min(
                _horizontal_moment() / float(compensation.lumbar_capacity_Nm(1.0))
            )
        ),
        "{:.1f} minutes",
    ),
    "shifted": Result(
        "Moment moved off the 40% weaker back extensors by the strategy change (N·m)",
        lambda: float(_mix().shifted_Nm),
        "{:.1f} N·m",
    ),
    "hinge": Result(
        "Of it, removed by the hip hinge", lambda: float(_mix().hinge_Nm), "{:.1f} N·m"
    ),
    "arms": Result("Of it, taken by arm support", lambda: float(_mix().arm_Nm), "{:.1f} N·m"),
    "passive": Result(
        "Of it, carried by passive tissue", lambda: float(_mix().passive_Nm), "{:.1f} N·m"
    ),
    "extra_flexion": Result(
        "Extra lumbar flexion past the passive onset needed for that passive share",
        lambda: float(_mix().extra_flexion_deg),
        "{:.1f}°",
    ),
    "back_load_braced": Result(
        "Back extensors' load with the strategy change plus full bracing (% of remaining max)",
        lambda: _pct(_mix(bracing=1.0).lumbar_relative_load),
        "{:.1f}%",
    ),
    "brace_compression": Result(
        "Extra L5/S1 compression that full bracing adds",
        lambda: float(_mix(bracing=1.0).compression_change_N - _mix().compression_change_N),
        "{:.0f} N",
    ),
    "threshold_velocity": Result(
        "Stretch velocity above which the default spastic reflex resists at the end of the range",
        lambda: float(spasticity.velocity_threshold_deg_s()),
        "{:.0f} deg/s",
    ),
    "grade_default": Result(
        "Modified Ashworth grade of the default spastic muscle in the model",
        lambda: spasticity.ashworth_grade().grade,
        "{}",
    ),
    "catch_angle": Result(
        "Angle of the reflex catch of the default muscle at 90 deg/s",
        lambda: spasticity.ashworth_grade().catch_angle_deg,
        "{:.1f}°",
    ),
    "peak_no_drug": Result(
        "Peak resistance at 90 deg/s without the drug",
        lambda: float(spasticity.drug_effects(0.0)["peak_torque_Nm"][0]),
        "{:.2f} N·m",
    ),
    "peak_full_drug": Result(
        "Peak resistance at 90 deg/s at the full drug effect",
        lambda: float(spasticity.drug_effects(1.0)["peak_torque_Nm"][0]),
        "{:.2f} N·m",
    ),
    "functional_loss_full": Result(
        "Share of function lost at the full drug effect (interpretation)",
        lambda: _pct(spasticity.functional_weakness(1.0)),
        "{:.0f}%",
    ),
}
