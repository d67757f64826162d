"""Model outputs that notebook 03's prose restates (see msbackpain.evidence.results).

Each number is computed by the model it restates; the notebook writes ``{{name}}`` and the
instructor guide ``<!-- result: name -->…<!-- /result -->``.
"""

from functools import cache

import numpy as np

from msbackpain import disuse, fatigue, motor
from msbackpain.evidence.results import Result

_ELBOW_F, _ELBOW_R = fatigue.ELBOW_FIT_RATES_PER_S


def _effort_pct(spike_failure: float = 0.0, alive=None) -> float:
    return 100 * float(motor.effort_for_force(0.30, spike_failure, alive))


def _max_pct(spike_failure: float = 0.0, lost: float = 0.0, pattern: str = "largest") -> float:
    return 100 * float(motor.max_force_fraction(spike_failure, lost, pattern))


def _trunk_s(load: float) -> float:
    return float(fatigue.three_compartment_endurance_s(load))


def _elbow_s(load: float) -> float:
    return float(fatigue.three_compartment_endurance_s(load, joint="elbow fit"))


@cache
def _elbow_fit():
    return fatigue.fit_three_compartment(*fatigue.endurance_curve_targets("exponential"))


@cache
def _rohmert_fit():
    return fatigue.fit_three_compartment(*fatigue.endurance_curve_targets("rohmert"))


def _affected_share() -> float:
    """A 30% task as a share of the maximum left with 30% of spikes failing."""
    return 0.30 / float(motor.max_force_fraction(0.3))


def _ex3_share() -> float:
    return 0.20 / float(motor.max_force_fraction(0.3))


def _strength_loss_pct(days, activity=0.0, muscle="knee") -> float:
    return 100 * (1 - float(disuse.strength_after_disuse(days, activity, muscle=muscle)))


@cache
def _calibration():
    return disuse.calibrate_bed_rest()


def _residual(day: int) -> float:
    cal = _calibration()
    pick = (cal.target_day == day) & np.array([q == "strength" for q in cal.target_quantity])
    return float(cal.residual_pct[pick & np.array([s == "measured" for s in cal.target_source])][0])


def _early_fit_90_pct() -> float:
    early = disuse.calibrate_bed_rest(long_term=False)
    return float(early.strength_amplitude_pct * np.log1p(90 / early.strength_time_constant_days))


RESULTS = {
    # --- section 1 and 2: motor-unit pool
    "threshold_ratio": Result(
        "Last/first recruitment threshold of the pool",
        lambda: float(
            motor.DEFAULT_POOL.recruitment_threshold[-1]
            / motor.DEFAULT_POOL.recruitment_threshold[0]
        ),
        "{:.1f}",
    ),
    "twitch_ratio": Result(
        "Last/first twitch amplitude of the pool",
        lambda: float(
            motor.DEFAULT_POOL.twitch_amplitude[-1] / motor.DEFAULT_POOL.twitch_amplitude[0]
        ),
        "{:.0f}",
    ),
    "steady_healthy": Result(
        "Steady force at 30% effort, healthy (simulated trace, seed 1)",
        lambda: 100 * motor.simulate_force(0.3, duration_s=1.0, isi_cv=0.1, seed=1).steady_fraction,
        "{:.1f}%",
    ),
    "steady_affected": Result(
        "Steady force at 30% effort with 30% of spikes failing (simulated trace, seed 1)",
        lambda: (
            100
            * motor.simulate_force(
                0.3, duration_s=1.0, isi_cv=0.1, spike_failure_fraction=0.3, seed=1
            ).steady_fraction
        ),
        "{:.1f}%",
    ),
    "max_drop_10": Result(
        "Points of maximum force lost with 10% of spikes failing",
        lambda: 100 - _max_pct(0.1),
        "{:.0f}",
    ),
    "max_left_50": Result(
        "Maximum force left with 50% of spikes failing", lambda: _max_pct(0.5), "{:.1f}%"
    ),
    "lost_largest": Result(
        "Maximum force left after losing the largest 20% of units",
        lambda: _max_pct(0.0, 0.2, "largest"),
        "{:.1f}%",
    ),
    "lost_random": Result(
        "Maximum force left after losing a random 20% of units",
        lambda: _max_pct(0.0, 0.2, "random"),
        "{:.1f}%",
    ),
    "lost_smallest": Result(
        "Maximum force left after losing the smallest 20% of units",
        lambda: _max_pct(0.0, 0.2, "smallest"),
        "{:.1f}%",
    ),
    "effort_healthy": Result(
        "Effort a healthy motor-unit pool needs for 30% of its maximum force",
        _effort_pct,
        "{:.1f}%",
    ),
    "effort_affected": Result(
        "Effort for the same force with 30% of motor spikes failing",
        lambda: _effort_pct(0.3),
        "{:.1f}%",
    ),
    "effort_ex1": Result(
        "Effort for 30% with 30% of spikes failing and the largest 20% of units lost",
        lambda: _effort_pct(0.3, motor.units_lost_mask(0.2, "largest")),
        "{:.0f}%",
    ),
    "effort_healthy_round": Result(
        "Effort a healthy pool needs for 30% of its maximum, rounded",
        _effort_pct,
        "{:.0f}%",
    ),
    # --- section 3: endurance with the trunk pair (the default) and the elbow fit
    "trunk_threshold": Result(
        "Load the default (trunk) three-compartment model holds with no time limit, R/(F + R)",
        lambda: 100 * fatigue.fatigue_threshold_load(),
        "{:.1f}%",
    ),
    "trunk_threshold_round": Result(
        "The same no-limit load, rounded to a whole percent",
        lambda: 100 * fatigue.fatigue_threshold_load(),
        "{:.0f}%",
    ),
    "trunk_et50": Result(
        "Endurance at 50% of maximum, trunk pair (closed form)", lambda: _trunk_s(0.5), "{:.0f} s"
    ),
    "trunk_et30": Result(
        "Endurance at 30% of maximum, trunk pair (closed form)", lambda: _trunk_s(0.3), "{:.0f} s"
    ),
    "trunk_et14_min": Result(
        "Endurance at 14% of maximum, trunk pair (closed form), minutes",
        lambda: _trunk_s(0.14) / 60,
        "{:.0f} minutes",
    ),
    "elbow_fit_f": Result("Elbow-fitted F", lambda: _elbow_fit().fatigue_rate_per_s, "{:.5f}/s"),
    "elbow_fit_r": Result("Elbow-fitted R", lambda: _elbow_fit().recovery_rate_per_s, "{:.6f}/s"),
    "elbow_fit_ratio": Result(
        "R/F of the elbow fit",
        lambda: _elbow_fit().recovery_rate_per_s / _elbow_fit().fatigue_rate_per_s,
        "{:.2f}",
    ),
    "elbow_fit_rms": Result(
        "RMS error of ln(endurance) of the elbow fit", lambda: _elbow_fit().rms_log_error, "{:.3f}"
    ),
    "elbow_fit_rms_pct": Result(
        "The same RMS error as a typical percentage",
        lambda: 100 * (np.exp(_elbow_fit().rms_log_error) - 1),
        "{:.0f}%",
    ),
    "elbow_fit_threshold": Result(
        "No-limit load of the elbow fit, R/(F + R)",
        lambda: 100 * _elbow_fit().threshold_load,
        "{:.1f}%",
    ),
    "elbow_fit_threshold_round": Result(
        "No-limit load of the elbow fit, rounded",
        lambda: 100 * _elbow_fit().threshold_load,
        "{:.0f}%",
    ),
    "rohmert_fit_rms": Result(
        "RMS error of ln(endurance) of the fit to Rohmert's curve",
        lambda: _rohmert_fit().rms_log_error,
        "{:.2f}",
    ),
    "elbow_et50": Result("Endurance at 50%, elbow fit", lambda: _elbow_s(0.5), "{:.0f} s"),
    "rohmert_50": Result(
        "Rohmert's curve at 50% of maximum",
        lambda: float(fatigue.rohmert_endurance_min(0.5)),
        "{:.1f} minutes",
    ),
    "expo_50": Result(
        "Exponential (elbow) curve at 50% of maximum",
        lambda: float(fatigue.exponential_endurance_min(0.5)),
        "{:.2f} minutes",
    ),
    # --- section 4: the same task, weakened muscle
    "affected_max": Result(
        "Maximum force left with 30% of spikes failing", lambda: _max_pct(0.3), "{:.1f}%"
    ),
    "affected_share": Result(
        "A 30% task as a share of that reduced maximum",
        lambda: 100 * _affected_share(),
        "{:.0f}%",
    ),
    "hold30_healthy": Result(
        "How long the healthy muscle holds 30% (trunk pair)",
        lambda: _trunk_s(0.30) / 60,
        "{:.1f} minutes",
    ),
    "hold30_affected": Result(
        "How long the affected muscle holds the same force (trunk pair)",
        lambda: _trunk_s(_affected_share()) / 60,
        "{:.1f} minutes",
    ),
    "ex3_share": Result(
        "A 20% task as a share of the affected maximum", lambda: 100 * _ex3_share(), "{:.0f}%"
    ),
    "ex3_healthy": Result(
        "How long the healthy muscle holds 20% (trunk pair)", lambda: _trunk_s(0.20), "{:.0f} s"
    ),
    "ex3_affected": Result(
        "How long the affected muscle holds 20% of the healthy maximum (trunk pair)",
        lambda: _trunk_s(_ex3_share()),
        "{:.0f} s",
    ),
    # --- section 5: disuse
    "early_fit_90": Result(
        "Knee-strength loss at 90 days of bed rest of a curve fitted to the first two weeks only",
        _early_fit_90_pct,
        "{:.1f}%",
    ),
    "knee_90": Result(
        "Model knee-strength loss after 90 days of bed rest",
        lambda: _strength_loss_pct(90),
        "{:.1f}%",
    ),
    "back_90": Result(
        "Model back-strength loss after 90 days of bed rest",
        lambda: _strength_loss_pct(90, muscle="back"),
        "{:.1f}%",
    ),
    "back_ratio": Result(
        "Back-extensor loss as a share of knee loss in the model",
        lambda: disuse.BACK_TO_KNEE_LOSS_RATIO,
        "{:.2f}",
    ),
    "miss_10d": Result(
        "How far the model misses the measured 10-day strength loss (points, too little)",
        lambda: abs(_residual(10)),
        "{:.1f}",
    ),
    "miss_90d": Result(
        "How far the model misses the measured 90-day knee-strength loss (points, too little)",
        lambda: abs(_residual(90)),
        "{:.1f}",
    ),
    "loss_28": Result(
        "Strength lost in 28 days of strict bed rest (knee), points",
        lambda: _strength_loss_pct(28),
        "{:.0f}",
    ),
    "back_loss_28": Result(
        "Strength lost in 28 days of strict bed rest (back extensors), percent",
        lambda: _strength_loss_pct(28, muscle="back"),
        "{:.0f}%",
    ),
    "ex4_loss": Result(
        "Strength lost after 21 days at half activity (knee)",
        lambda: _strength_loss_pct(21, 0.5),
        "{:.0f}%",
    ),
    "quiz6_left": Result(
        "Strength left after 14 days at a quarter of usual activity (knee)",
        lambda: 100 - _strength_loss_pct(14, 0.25),
        "{:.1f}%",
    ),
}
