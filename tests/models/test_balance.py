"""Tests for msbackpain.balance (Peterka 2002 structure; Cameron, Horak et al. 2008 latencies)."""

import math

import numpy as np
import pytest

from msbackpain import balance as b


def test_delays_are_cameron_2008_latencies():
    assert b.CONTROL_DELAY_S == pytest.approx(0.102)
    assert b.MS_DELAY_S == pytest.approx(0.161)


def test_default_setting_is_the_teaching_setting():
    p = b.BalanceParams()
    assert p.body_mass_kg == 70 and p.com_height_m == 0.9
    assert p.kp == pytest.approx(1.3 * 70 * 9.81 * 0.9)
    assert p.kd == pytest.approx(0.35 * 70 * 9.81 * 0.9)


def test_critical_delay_is_about_a_quarter_second():
    # derived for the default setting: the body falls once the delay passes about 0.25 s
    tc = b.critical_delay()
    assert 0.22 < tc < 0.27


def test_critical_delay_edge_cases():
    assert b.critical_delay(b.BalanceParams(kp_factor=0.9)) == 0.0  # too weak to stand at all
    assert b.critical_delay(b.BalanceParams(kd_factor_s=0.0)) == 0.0  # undamped: any delay
    # more derivative (velocity) feedback tolerates a longer delay
    assert b.critical_delay(b.BalanceParams(kd_factor_s=0.5)) > b.critical_delay()


def test_noise_free_simulation_falls_just_beyond_critical_delay_only():
    tc = b.critical_delay()
    stable = b.simulate_sway(tc - 0.02, 30, noise_Nm=0, initial_angle_deg=1.0)
    unstable = b.simulate_sway(tc + 0.02, 30, noise_Nm=0, initial_angle_deg=1.0)
    assert not stable.fell
    assert abs(stable.angle_deg[-1]) < 0.5  # the initial lean decays
    assert unstable.fell and 0 < unstable.fall_time_s < 30


def test_noisy_model_falls_past_critical_delay_not_at_ms_delay():
    assert b.simulate_sway(0.30, 30, seed=3).fell
    assert not b.simulate_sway(b.MS_DELAY_S, 60, seed=3).fell


def test_sway_sd_rises_with_delay():
    sd = b.sway_sd_vs_delay(np.linspace(0.0, 0.22, 12))
    assert np.all(np.diff(sd) > 0)
    assert math.isinf(b.sway_sd_vs_delay([0.3])[0])


def test_ms_delay_sways_more_than_control_in_simulation():
    ms = [b.simulate_sway(b.MS_DELAY_S, 60, seed=s).sd_com_cm for s in range(3)]
    ctl = [b.simulate_sway(b.CONTROL_DELAY_S, 60, seed=s).sd_com_cm for s in range(3)]
    assert np.mean(ms) > 1.15 * np.mean(ctl)


def test_simulated_sd_agrees_with_linear_theory():
    theory = b.sway_sd_vs_delay([b.MS_DELAY_S])[0]
    sim = np.mean([b.simulate_sway(b.MS_DELAY_S, 60, seed=s).sd_angle_deg for s in range(4)])
    assert sim == pytest.approx(theory, rel=0.2)


def test_cocontraction_reduces_sway_but_costs_muscle_load():
    relaxed = b.BalanceParams()
    guarded = b.BalanceParams(cocontraction=0.2)
    sd_r = b.sway_sd_vs_delay([b.MS_DELAY_S], params=relaxed)[0]
    sd_g = b.sway_sd_vs_delay([b.MS_DELAY_S], params=guarded)[0]
    assert sd_g < sd_r
    act_r = b.simulate_sway(b.MS_DELAY_S, 30, params=relaxed).mean_activation
    act_g = b.simulate_sway(b.MS_DELAY_S, 30, params=guarded).mean_activation
    assert act_g > act_r + 0.19  # the tonic 20% of maximum comes on top


def test_result_fields_and_seed():
    r1 = b.simulate_sway(0.15, 10, seed=7)
    r2 = b.simulate_sway(0.15, 10, seed=7)
    np.testing.assert_array_equal(r1.angle_deg, r2.angle_deg)
    assert r1.time_s.shape == r1.angle_deg.shape == r1.com_cm.shape
    assert r1.time_s[-1] == pytest.approx(10)
    np.testing.assert_allclose(r1.com_cm, 90 * np.sin(np.radians(r1.angle_deg)))
    assert math.isnan(r1.fall_time_s)
    assert 0 < r1.mean_activation < 1


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"delay_s": -0.1}, r"delay_s must be between 0 and 1 s \(got -0.1\)"),
        ({"delay_s": "fast"}, "delay_s must be a number"),
        ({"duration_s": 1000}, "duration_s must be between 1 and 600"),
        ({"noise_Nm": -1}, "noise_Nm must be between"),
        ({"fall_angle_deg": 90}, "fall_angle_deg must be between"),
    ],
)
def test_bad_input_simulate(kwargs, match):
    with pytest.raises((ValueError, TypeError), match=match):
        b.simulate_sway(**kwargs)


def test_bad_params_and_delays():
    with pytest.raises(ValueError, match=r"body_mass_kg must be between 20 and 250 kg \(got 5\)"):
        b.BalanceParams(body_mass_kg=5)
    with pytest.raises(ValueError, match="cocontraction must be between 0 and 0.5"):
        b.BalanceParams(cocontraction=0.9)
    with pytest.raises(ValueError, match="delays_s must be finite and between 0 and 1 s"):
        b.sway_sd_vs_delay([0.1, 2.0])


# --- the critical delay depends on the gains and the delay assumed (issue 15) -------------------


def test_healthy_loop_delay_range_is_longer_than_the_control_latency():
    """Maurer & Peterka 2005: feedback models of healthy stance need about 150-200 ms."""
    lo, hi = b.HEALTHY_LOOP_DELAY_RANGE_S
    assert (lo, hi) == (0.150, 0.200)
    assert b.CONTROL_DELAY_S < lo
    assert b.MS_EXTRA_DELAY_S == pytest.approx(0.059)


def test_ms_delay_can_straddle_the_critical_delay_under_peterka_range_delays():
    """With the teaching gains, healthy 150-200 ms + 59 ms lies on both sides of the edge."""
    tc = b.critical_delay()
    lo, hi = (d + b.MS_EXTRA_DELAY_S for d in b.HEALTHY_LOOP_DELAY_RANGE_S)
    assert lo < tc < hi
    assert b.MS_DELAY_S < tc  # only with the latencies used as loop delays


def test_critical_delay_depends_on_the_gains():
    grid = b.critical_delay_grid([1.1, 1.3, 1.6], [0.2, 0.35, 0.5])
    assert grid.shape == (3, 3)
    assert grid[1, 1] == pytest.approx(b.critical_delay())
    assert np.all(np.diff(grid[:, 1]) < 0)  # reacting harder lowers it
    assert grid.max() - grid.min() > 0.1  # by far more than the 59 ms MS latency difference


def test_max_stable_delay_bounds_every_pd_controller():
    """sqrt(2 I / m g h): approached from below as K_p falls towards m g h (derived)."""
    tmax = b.max_stable_delay()
    assert tmax == pytest.approx(math.sqrt(2 * b.COM_HEIGHT_M / b.G))
    grid = b.critical_delay_grid(np.linspace(1.005, 3.0, 60), np.linspace(0.05, 1.2, 60))
    assert grid.max() < tmax
    assert grid.max() > 0.9 * tmax
    assert b.max_stable_delay(b.BalanceParams(cocontraction=0.5)) > tmax
