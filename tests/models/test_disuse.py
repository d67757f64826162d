"""Tests for msbackpain.disuse: size and strength during and after disuse."""

from __future__ import annotations

import numpy as np
import pytest

from msbackpain import disuse


def _losses(days, activity=0.0, **kw):
    d = np.asarray(days, dtype=float)
    return (
        100 * (1 - disuse.size_after_disuse(d, activity, **kw)),
        100 * (1 - disuse.strength_after_disuse(d, activity, **kw)),
    )


# --------------------------------------------------------------------------- calibration
def test_reproduces_bed_rest_points_within_stated_tolerance():
    # Marusic et al. 2021: 5 d CSA -2.2%, strength -8.6%; 10 d -3.6%, -14.5%
    csa, strength = _losses([5, 10])
    # CSA now also meets the day-90 target (Muir et al. 2011), so the two early points are met
    # within 0.2 percentage points instead of exactly (stated in the module docstring)
    assert csa == pytest.approx([2.2, 3.6], abs=0.2)
    # stated tolerance for strength: 3.5 percentage points (the targets disagree; see docstring)
    assert strength == pytest.approx([8.6, 14.5], abs=3.5)


def test_reproduces_the_90_day_bed_rest_points():
    # Muir et al. 2011, controls after 90 days of bed rest: knee extension 109 -> 81 ft-lb
    # (-25.7%), back extension 249 -> 218 ft-lb (-12.4%)
    assert disuse.LONG_BED_REST_STRENGTH_LOSS_PCT == {"knee": 25.7, "back": 12.4}
    assert 100 * (1 - 81 / 109) == pytest.approx(25.7, abs=0.05)
    assert 100 * (1 - 218 / 249) == pytest.approx(12.4, abs=0.05)
    knee = 100 * (1 - float(disuse.strength_after_disuse(90, 0.0)))
    back = 100 * (1 - float(disuse.strength_after_disuse(90, 0.0, muscle="back")))
    # stated in the module docstring: 23.1% and 11.1% (-2.6 and -1.3 percentage points)
    assert knee == pytest.approx(25.7, abs=3.0)
    assert back == pytest.approx(12.4, abs=1.5)


def test_back_extensors_lose_less_than_the_knee():
    assert disuse.BACK_TO_KNEE_LOSS_RATIO == pytest.approx(12.4 / 25.7, abs=0.001)
    days = np.array([5, 30, 90, 200])
    knee = 1 - disuse.strength_after_disuse(days, 0.0)
    back = 1 - disuse.strength_after_disuse(days, 0.0, muscle="back")
    assert np.all(back < knee)
    assert np.allclose(back / knee, disuse.BACK_TO_KNEE_LOSS_RATIO)
    c, s = disuse.disuse_step(0.0, 0.0, 0.0, dt_days=90.0, muscle="back")
    assert 100 - s == pytest.approx(100 * disuse.strength_after_disuse(90, muscle="back"))


def test_a_fit_to_the_first_two_weeks_levels_off_too_early():
    # fitted to the 5-14-day points only, the curve undershoots the 90-day knee loss: the reason
    # the 90-day point is a calibration target (module docstring: 16.6% against 25.7%)
    early = disuse.calibrate_bed_rest(long_term=False)
    at_90 = early.strength_amplitude_pct * np.log1p(90 / early.strength_time_constant_days)
    assert at_90 == pytest.approx(16.6, abs=0.1)
    assert at_90 < 25.7 - 5


def test_strength_to_size_ratio_falls_like_the_literature():
    # ratio ~4 at day 5, ~2.4 at day 14, ~1.9 after day 35 (Marusic et al. 2021)
    csa, strength = _losses([5, 14, 35])
    ratio = strength / csa
    # with the 90-day point as a target too the pooled ratios are met less closely (stated in the
    # module docstring: 4.1, 2.8, 2.1); single studies scatter around the pooled model
    assert ratio[0] == pytest.approx(4.0, abs=0.5)
    assert ratio[1] == pytest.approx(2.4, abs=0.5)
    assert ratio[2] == pytest.approx(1.9, abs=0.3)
    assert np.all(np.diff(ratio) < 0)


def test_calibration_reproduces_module_constants_and_reports_residuals():
    cal = disuse.calibrate_bed_rest()
    assert cal.csa_amplitude_pct == pytest.approx(disuse.CSA_AMPLITUDE_PCT, rel=1e-3)
    assert cal.csa_time_constant_days == pytest.approx(disuse.CSA_TIME_CONSTANT_DAYS, rel=1e-3)
    assert cal.strength_amplitude_pct == pytest.approx(disuse.STRENGTH_AMPLITUDE_PCT, rel=1e-3)
    assert cal.strength_time_constant_days == pytest.approx(
        disuse.STRENGTH_TIME_CONSTANT_DAYS, rel=1e-3
    )
    assert np.allclose(cal.residual_pct, cal.model_loss_pct - cal.target_loss_pct)
    assert set(cal.target_quantity) == {"csa", "strength"}
    assert len(cal.target_day) == len(cal.target_source) == len(cal.residual_pct)


def test_ignoring_ratios_fits_the_strength_points_exactly():
    cal = disuse.calibrate_bed_rest(ratio_weight=0.0, long_term=False)
    measured = np.array([s == "measured" for s in cal.target_source])
    assert np.allclose(cal.residual_pct[measured], 0.0, atol=0.05)


def test_loss_is_fastest_early_and_strength_falls_faster_than_size():
    days = np.array([0, 1, 2, 9, 10, 30, 31, 70])
    csa, strength = _losses(days)
    for loss in (csa, strength):
        assert (loss[2] - loss[1]) > (loss[4] - loss[3]) > (loss[6] - loss[5]) > 0
    assert np.all(strength[1:] > csa[1:])


def test_early_size_loss_rate_is_of_the_nasa_order():
    # NASA 70-day bed rest: soleus CSA about -0.33%/day (a check only); quadriceps-based model
    csa, _ = _losses([10])
    rate = csa[0] / 10
    assert 0.33 / 1.5 < rate < 0.33 * 1.5


# --------------------------------------------------------------------------- assumptions
def test_partial_activity_scales_the_loss_without_recovery():
    no_recovery = {"recovery_time_days": 3650.0}
    bed = np.array(_losses([3, 10, 30], 0.0, **no_recovery))
    half = np.array(_losses([3, 10, 30], 0.5, **no_recovery))
    assert np.allclose(half, 0.5 * bed, rtol=0.02)
    assert np.allclose(_losses([10, 100], 1.0), 0.0)


def test_partial_activity_levels_off_with_recovery():
    csa, strength = _losses([70, 140, 280], 0.5)
    assert abs(strength[2] - strength[1]) < 0.2 and abs(csa[2] - csa[1]) < 0.2
    bed_csa, bed_strength = _losses([140])
    assert strength[1] < 0.5 * bed_strength[0] and csa[1] < 0.5 * bed_csa[0]


def test_recovery_is_exponential_at_full_activity():
    rest = disuse.simulate_disuse(np.zeros(10))
    loss0 = 1 - rest.strength_fraction[-1]
    course = disuse.simulate_disuse(
        np.ones(14), rest.size_fraction[-1], rest.strength_fraction[-1], recovery_time_days=14.0
    )
    assert 1 - course.strength_fraction[-1] == pytest.approx(loss0 * np.exp(-1), rel=1e-9)
    assert np.all(np.diff(course.strength_fraction) > 0)


def test_simulation_matches_constant_activity_function():
    for activity in (0.0, 0.3):
        course = disuse.simulate_disuse(np.full(40, activity))
        days = np.array([1, 5, 20, 40])
        assert np.allclose(
            course.strength_fraction[days], disuse.strength_after_disuse(days, activity)
        )
        assert np.allclose(course.size_fraction[days], disuse.size_after_disuse(days, activity))


def test_vectorised_shapes_and_step_function():
    out = disuse.strength_after_disuse(np.array([1.0, 5.0, 10.0])[:, None], [0.0, 0.5])
    assert out.shape == (3, 2)
    assert out[1, 0] < out[1, 1] < 1.0
    c, s = disuse.disuse_step([0.0, 0.0], [0.0, 0.0], [0.0, 1.0], dt_days=5.0)
    assert c[0] == pytest.approx(2.2, abs=0.1) and c[1] == 0.0
    assert s[0] > c[0]
    assert disuse.strength_after_disuse(0.5) < 1.0  # fractional days work


# --------------------------------------------------------------------------- bad input
@pytest.mark.parametrize(
    ("call", "words"),
    [
        (lambda: disuse.strength_after_disuse(-1), ["days", "between 0 and 3650", "-1"]),
        (lambda: disuse.strength_after_disuse(5, 1.5), ["activity", "1.5"]),
        (lambda: disuse.size_after_disuse(5, 0, 0.0), ["recovery_time_days", "(got 0)"]),
        (lambda: disuse.simulate_disuse(np.zeros((2, 3))), ["activity_by_day", "(2, 3)"]),
        (lambda: disuse.simulate_disuse([0.0], 1.2), ["initial_size_fraction", "1.2"]),
        (lambda: disuse.disuse_step(120, 0, 0), ["csa_loss_pct", "120"]),
        (lambda: disuse.calibrate_bed_rest(-1), ["ratio_weight", "-1"]),
        (lambda: disuse.strength_after_disuse(5, muscle="hip"), ["muscle", "back", "'hip'"]),
    ],
)
def test_bad_input_messages(call, words):
    with pytest.raises(ValueError) as err:
        call()
    for word in words:
        assert word in str(err.value)


def test_bad_type():
    with pytest.raises(TypeError, match="days"):
        disuse.strength_after_disuse("a week")
