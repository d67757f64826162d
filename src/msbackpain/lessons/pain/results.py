"""Model outputs that notebook 06's prose restates (see msbackpain.evidence.results)."""

from __future__ import annotations

from functools import cache

import numpy as np

from msbackpain import fear_avoidance, lhermitte, pain
from msbackpain.evidence.results import Result

#: The desk-day plans that notebook 06 compares (8 hours of sitting, with or without breaks).
DESK_PLANS = {
    "sitting upright without a break": [("sitting", 480)],
    "sitting upright with a 5-minute walk every 30 minutes": pain.with_breaks(
        "sitting", 480, 30, 5, "walking"
    ),
    "sitting against a backrest without a break": [("sitting_supported", 480)],
    "sitting against a backrest with a 5-minute walk every 30 minutes": pain.with_breaks(
        "sitting_supported", 480, 30, 5, "walking"
    ),
}


@cache
def desk_days() -> dict[str, pain.DayResult]:
    """The simulated desk days of :data:`DESK_PLANS`, by name."""
    return {name: pain.simulate_day(plan) for name, plan in DESK_PLANS.items()}


def best_desk_plan() -> str:
    """The desk-day plan with the lowest mean discomfort in the model (of those compared)."""
    days = desk_days()
    return min(days, key=lambda name: days[name].mean_pain)


def _day(plan) -> pain.DayResult:
    return pain.simulate_day(plan)


def _mean(name: str) -> float:
    return desk_days()[name].mean_pain


def _peak(name: str) -> float:
    return desk_days()[name].peak_pain


STATIC, WALKS = (
    "sitting upright without a break",
    ("sitting upright with a 5-minute walk every 30 minutes"),
)
SUPPORTED, SUPPORTED_WALKS = (
    "sitting against a backrest without a break",
    ("sitting against a backrest with a 5-minute walk every 30 minutes"),
)


def _break_effect() -> float:
    return _mean(STATIC) - _mean(WALKS)


def _lying_equals_walking() -> float:
    walks = _mean(WALKS)
    lying = _day(pain.with_breaks("sitting", 480, 30, 5, "lying")).mean_pain
    return abs(walks - lying)


def _relief_minutes() -> float:
    """Minutes of sitting after the last walk of the afternoon until discomfort is back to
    where it was just before that walk."""
    plan = [("sitting", 240), ("walking", 5), ("sitting", 120)]
    day = _day(plan)
    before = day.pain[239]
    after = day.pain[245:]
    return float(np.argmax(after >= before) + 1)


def _spell_share() -> float:
    sign = np.ones(20000, dtype=bool)
    return 100 * float(lhermitte.spell_days(365, sign, np.random.default_rng(0)).mean())


def _spell_year() -> float:
    sign = np.ones(20000, dtype=bool)
    days = lhermitte.spell_days(365, sign, np.random.default_rng(0))
    return 100 * float(days.any(axis=1).mean())


def _loop_final(c: float) -> float:
    return float(fear_avoidance.simulate_loop(52, catastrophising=c).pain[-1])


RESULTS = {
    "desk_static_mean": Result(
        "Mean discomfort over 8 hours of sitting upright without a break (day model)",
        lambda: _mean(STATIC),
        "{:.1f}",
    ),
    "desk_static_peak": Result(
        "Highest discomfort over 8 hours of sitting upright without a break (day model)",
        lambda: _peak(STATIC),
        "{:.1f}",
    ),
    "desk_walks_mean": Result(
        "Mean discomfort over the same sitting with a 5-minute walk every 30 minutes",
        lambda: _mean(WALKS),
        "{:.1f}",
    ),
    "desk_walks_peak": Result(
        "Highest discomfort over the same sitting with a 5-minute walk every 30 minutes",
        lambda: _peak(WALKS),
        "{:.1f}",
    ),
    "desk_supported_mean": Result(
        "Mean discomfort over 8 hours of sitting against a backrest without a break",
        lambda: _mean(SUPPORTED),
        "{:.1f}",
    ),
    "desk_supported_walks_mean": Result(
        "Mean discomfort over 8 hours of sitting against a backrest with walks every 30 minutes",
        lambda: _mean(SUPPORTED_WALKS),
        "{:.1f}",
    ),
    "desk_supported_walks_peak": Result(
        "Highest discomfort over 8 hours of sitting against a backrest with walks every 30 min",
        lambda: _peak(SUPPORTED_WALKS),
        "{:.1f}",
    ),
    "break_effect": Result(
        "How much the walking breaks lower the mean discomfort of the upright sitting day",
        _break_effect,
        "{:.1f}",
    ),
    "lying_vs_walking": Result(
        "Difference in mean discomfort between lying-down and walking breaks of the same length",
        _lying_equals_walking,
        "{:.1f}",
    ),
    "best_desk_plan": Result(
        "The compared desk-day plan with the lowest mean discomfort in the model",
        best_desk_plan,
        "{}",
    ),
    "relief_minutes": Result(
        "Minutes of sitting after an afternoon walk until discomfort is back to its level before",
        _relief_minutes,
        "{:.0f}",
    ),
    "standing_71_min": Result(
        "Discomfort after 71 minutes of standing still (the calibration point)",
        lambda: float(_day([("standing", 71)]).pain[-1]),
        "{:.1f}",
    ),
    "sitting_60_min": Result(
        "Discomfort after one hour of sitting upright",
        lambda: float(_day([("sitting", 60)]).pain[-1]),
        "{:.1f}",
    ),
    "day_standing_mean": Result(
        "Mean discomfort over 8 hours of standing still",
        lambda: _day([("standing", 480)]).mean_pain,
        "{:.1f}",
    ),
    "day_bending_mean": Result(
        "Mean discomfort over 8 hours of standing bent forward",
        lambda: _day([("bending", 480)]).mean_pain,
        "{:.1f}",
    ),
    "day_walking_mean": Result(
        "Mean discomfort over 8 hours of walking",
        lambda: _day([("walking", 480)]).mean_pain,
        "{:.1f}",
    ),
    "p_sign_lesion": Result(
        "Probability of Lhermitte's sign with a visible cervical lesion (Bayes, derived)",
        lambda: 100 * float(lhermitte.p_sign_given_lesion(True)),
        "{:.0f}%",
    ),
    "p_sign_no_lesion": Result(
        "Probability of Lhermitte's sign without a visible cervical lesion (Bayes, derived)",
        lambda: 100 * float(lhermitte.p_sign_given_lesion(False)),
        "{:.0f}%",
    ),
    "p_lesion": Result(
        "Share of people with a visible cervical lesion implied by the same figures",
        lambda: (
            100
            * (
                lhermitte.P_LESION_GIVEN_SIGN * lhermitte.P_SIGN
                + lhermitte.P_LESION_GIVEN_NO_SIGN * (1 - lhermitte.P_SIGN)
            )
        ),
        "{:.0f}%",
    ),
    "spell_share": Result(
        "Share of the days of a year inside a spell, for a person who has the sign (model)",
        _spell_share,
        "{:.0f}%",
    ),
    "spell_year": Result(
        "Share of people with the sign who have at least one spell in a given year (model)",
        _spell_year,
        "{:.0f}%",
    ),
    "trigger_40_05": Result(
        "Chance that one bend to 40° triggers an episode with lesion severity 0.5 (model)",
        lambda: float(lhermitte.trigger_probability(40, 0.5)),
        "{:.2f}",
    ),
    "episodes_50": Result(
        "Mean episodes on a spell day for 50 bends to 40° with lesion severity 0.5 (model)",
        lambda: 50 * float(lhermitte.trigger_probability(40, 0.5)),
        "{:.0f}",
    ),
    "loop_final_low": Result(
        "Pain in week 52 with loop gain 0.8 (fear-avoidance model)",
        lambda: _loop_final(0.8),
        "{:.2f}",
    ),
    "loop_final_mid": Result(
        "Pain in week 52 with loop gain 1.2 (fear-avoidance model)",
        lambda: _loop_final(1.2),
        "{:.1f}",
    ),
    "loop_final_high": Result(
        "Pain in week 52 with loop gain 1.5 (fear-avoidance model)",
        lambda: _loop_final(1.5),
        "{:.1f}",
    ),
    "exposure_threshold": Result(
        "Smallest exposure that brings the loop gain 1.2 down to 1",
        lambda: 1 - 1 / float(fear_avoidance.loop_gain(catastrophising=1.2)),
        "{:.3f}",
    ),
}
