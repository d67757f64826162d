"""Tests for msbackpain.pain (teaching model on Wilke et al. 1999 pressures, calibrated on the
laboratory discomfort of symptom-free people, Coenen et al. 2017)."""

import numpy as np
import pytest

from msbackpain import pain


def test_activity_pressures_are_wilke_values():
    assert pain.ACTIVITIES["lying"][0] == 0.10
    assert pain.ACTIVITIES["sitting"][0] == 0.46
    assert pain.ACTIVITIES["standing"][0] == 0.50
    assert pain.ACTIVITIES["bending"][0] == 1.10
    assert pain.ACTIVITIES["lifting_round_back"][0] == 2.30


def test_supported_sitting_is_below_unsupported_and_not_the_slouched_value():
    # Nachemson 1981: reclined, supported sitting 50-80% below standing (0.10-0.25 MPa)
    assert pain.SUPPORTED_SITTING_MPA < pain.ACTIVITIES["sitting"][0]
    assert 0.10 <= pain.SUPPORTED_SITTING_MPA <= 0.25
    assert pain.SUPPORTED_SITTING_MPA != pain.ACTIVITIES["sitting_slouched"][0]
    supported = pain.simulate_day([("sitting_supported", 480)])
    unsupported = pain.simulate_day([("sitting", 480)])
    assert supported.mean_pain < unsupported.mean_pain


def test_healthy_desk_day_gives_low_pain():
    # 8 h of unbroken upright sitting: mild discomfort at most, not moderate pain (>= 4)
    day = pain.simulate_day([("sitting", 480)])
    assert day.peak_pain < 3.0 and day.mean_pain < 2.0
    # one hour of sitting: most symptom-free people stay near zero (below 0.9/10)
    assert pain.simulate_day([("sitting", 60)]).pain[-1] < 0.9


def test_standing_reaches_the_clinically_relevant_level_after_about_71_min():
    # Coenen et al. 2017: >= 9/100 reached on average after about 71 min of standing
    day = pain.simulate_day([("standing", 120)])
    assert day.pain[70] == pytest.approx(0.9, abs=0.1)
    crossing = int(np.argmax(day.pain >= 0.9)) + 1
    assert 55 <= crossing <= 90


def test_movement_and_variation_day_is_no_worse_than_static_day():
    static = pain.simulate_day([("sitting", 480)])
    moving = pain.simulate_day(pain.with_breaks("sitting", 480, 30, 5, "walking"))
    assert moving.mean_pain <= static.mean_pain and moving.peak_pain <= static.peak_pain
    # a walking break relieves at least as much as lying down for the same time
    lying = pain.simulate_day(pain.with_breaks("sitting", 480, 30, 5, "lying"))
    assert moving.mean_pain <= lying.mean_pain + 1e-12
    # walking is not a held posture: a day of walking builds no strain of holding
    assert pain.simulate_day([("walking", 120)]).strain_MPa_h.max() == 0


def test_walking_pressure_is_a_labelled_assumption():
    assert pain.ACTIVITIES["walking"][1].startswith("assumption")
    assert pain.WALKING_MPA == pain.P_STAND_MPA


def test_output_shapes_and_range():
    r = pain.simulate_day([("sitting", 120), ("walking", 30), ("lying", 60)])
    assert r.pain.shape == r.pressure_MPa.shape == r.minute.shape == (210,)
    assert np.all((r.pain >= 0) & (r.pain <= 10))
    assert r.activity[0] == "sitting" and r.activity[-1] == "lying"
    assert r.pressure_MPa[0] == 0.46


def test_more_load_gives_more_pain():
    low = pain.simulate_day([("sitting_slouched", 240)])
    mid = pain.simulate_day([("sitting", 240)])
    high = pain.simulate_day([("bending", 240)])
    assert low.mean_pain < mid.mean_pain < high.mean_pain


def test_longer_without_breaks_gives_more_pain():
    short = pain.simulate_day([("sitting", 120)])
    long = pain.simulate_day([("sitting", 480)])
    assert long.pain[-1] > short.pain[-1]
    assert np.all(np.diff(long.pain) >= 0)  # pain keeps building with no break


@pytest.mark.parametrize("break_activity", ["walking", "lying"])
def test_breaks_lower_pain(break_activity):
    continuous = pain.simulate_day([("sitting", 480)])
    broken = pain.simulate_day(pain.with_breaks("sitting", 480, 30, 5, break_activity))
    assert broken.mean_pain < continuous.mean_pain
    assert broken.pain[-1] < continuous.pain[-1]
    assert np.count_nonzero(broken.activity == "sitting") == 480  # same sitting time


def test_a_break_lowers_pain_during_it():
    r = pain.simulate_day([("sitting", 120), ("lying", 20)])
    assert r.pain[-1] < r.pain[119]


def test_overnight_pressure_rises_as_measured():
    # Wilke et al. 1999: 0.10 -> 0.24 MPa over about 7 h lying (the disc takes up water)
    night = pain.simulate_day([("sleeping", 480)])
    assert night.pressure_MPa[0] == pytest.approx(0.10)
    assert night.pressure_MPa[7 * 60] == pytest.approx(0.24)
    assert np.all(np.diff(night.pressure_MPa) >= 0)
    assert night.strain_MPa_h.max() == 0  # lying builds no strain of holding


def test_strain_fades_while_lying_and_carries_over():
    day = pain.simulate_day([("bending", 480)])
    night = pain.simulate_day([("sleeping", 480)], initial_state=day.final_state)
    assert night.pain[-1] < day.pain[-1]
    again = pain.simulate_day([("bending", 60)], initial_state=day.final_state)
    fresh = pain.simulate_day([("bending", 60)])
    assert again.pain[0] > fresh.pain[0]


def test_sensitivity_scales_pain():
    plan = [("standing", 240)]
    assert (
        pain.simulate_day(plan, sensitivity=2).mean_pain
        > pain.simulate_day(plan, sensitivity=1).mean_pain
    )


@pytest.mark.parametrize(("activity", "static"), [("sitting", 1.0), ("walking", 0.0)])
def test_daily_update_matches_minute_model_for_one_block(activity, static):
    minute = pain.simulate_day([(activity, 600)], initial_state=(0.5, 0.0))
    p = pain.ACTIVITIES[activity][0]
    day = pain.daily_pain_update(0.5, 10.0, p, static, sleep_hours=8.0)
    assert float(day["evening_pain"]) == pytest.approx(minute.pain[-1], rel=1e-6)
    night = pain.simulate_day([("sleeping", 14 * 60)], initial_state=minute.final_state)
    assert float(day["next_strain_MPa_h"]) == pytest.approx(night.final_state[0], rel=1e-6)


def test_daily_functions_vectorised():
    dose = pain.daily_dose(sitting_hours=[8, 4], standing_hours=[1, 2], steps=[2000, 12000])
    assert dose["upright_hours"][1] == pytest.approx(4 + 2 + 2)  # 12000 steps at 100/min = 2 h
    assert dose["dose_MPa_h"][0] == pytest.approx(8 * 0.36 + 1 * 0.40 + (2000 / 6000) * 0.40)
    seated = pain.daily_dose(0.0, supported_sitting_hours=2.0)
    assert seated["mean_pressure_MPa"] == pytest.approx(pain.SUPPORTED_SITTING_MPA)
    out = pain.daily_pain_update(
        np.zeros(2), dose["upright_hours"], dose["mean_pressure_MPa"], dose["static_fraction"]
    )
    assert out["evening_pain"].shape == (2,)


@pytest.mark.parametrize(
    ("plan", "exc", "match"),
    [
        ([("dancing", 30)], ValueError, "unknown activity 'dancing'; known: lying"),
        ([("sitting", -5)], ValueError, r"minutes must be a whole number ≥ 0 \(got -5"),
        ([("sitting", 10.5)], ValueError, "minutes must be a whole number"),
        (
            [("sitting", 1000), ("lying", 500)],
            ValueError,
            r"at most 1440 minutes \(24 h\) \(got 1500 min",
        ),
        ([("sitting",)], TypeError, "must be an \\(activity, minutes\\) pair"),
        ("sitting", TypeError, "plan must be a list"),
        ([("sitting", "ten")], TypeError, "minutes must be a number"),
        ([], ValueError, "at least one minute"),
    ],
)
def test_plan_validation(plan, exc, match):
    with pytest.raises(exc, match=match):
        pain.simulate_day(plan)


def test_other_bad_input():
    with pytest.raises(ValueError, match="sensitivity must be between 0 and 5"):
        pain.simulate_day([("sitting", 10)], sensitivity=9)
    with pytest.raises(ValueError, match="sitting_hours must be between 0 and 24"):
        pain.daily_dose(sitting_hours=[25])
    with pytest.raises(ValueError, match="at most 24"):
        pain.daily_dose(sitting_hours=20, standing_hours=5)
    with pytest.raises(ValueError, match="upright_hours \\+ sleep_hours must be at most 24"):
        pain.daily_pain_update(0, 18, 0.5, 1.0, sleep_hours=8)
