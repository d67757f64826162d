"""Spike trains through a lesion: published behaviour the signalling model must reproduce.

Sources: Felts, Baker & Smith 1997 (refractory period of transmission 2-5x normal, up to 34x;
rat spinal cord); Schauf & Davis 1974 (demyelinated fibres fail at lower impulse frequencies);
Cameron, Horak et al. 2008 (postural responses 161 +- 31 ms in 10 people with MS selected for
imbalance vs 102 +- 21 ms in controls).
"""

from __future__ import annotations

import numpy as np
import pytest

from msbackpain import signalling as sg

DAMAGED = 5.0  # top of Felts et al.'s typical 2-5x range
RATES = np.array([5.0, 10.0, 20.0, 35.0, 50.0, 75.0, 100.0])


# --- the transmission rule ----------------------------------------------------------------------


def test_blocked_spikes_do_not_restart_the_refractory_period():
    """A spike is blocked if it comes less than tau after the last DELIVERED spike."""
    assert sg.delivered_mask([0.0, 0.8, 1.6], 1.0).tolist() == [True, False, True]
    mask = sg.delivered_mask([0.0, 0.5, 1.0, 1.2, 3.0], 1.0)
    assert mask.tolist() == [True, False, True, False, True]
    assert sg.delivered_mask([], 1.0).size == 0


# --- frequency-dependent block ------------------------------------------------------------------


def test_healthy_fibre_delivers_almost_everything_up_to_100_hz():
    assert np.all(sg.delivered_fraction(RATES, 1.0, train="regular") == 1.0)
    assert np.all(sg.delivered_fraction(RATES, 1.0, train="poisson") >= 0.9)
    sim = sg.delivered_fraction_curve(RATES, sg.NORMAL_REFRACTORY_MS, duration_ms=20_000, seed=1)
    assert np.all(sim >= 0.88)


def test_damaged_fibre_delivers_less_as_the_rate_rises():
    """Frequency-dependent block (Schauf & Davis 1974) from a 2-5x refractory period."""
    damaged = sg.delivered_fraction(RATES, DAMAGED)
    healthy = sg.delivered_fraction(RATES, 1.0)
    assert np.all(np.diff(damaged) < 0)
    assert damaged[-1] < 0.75
    assert np.all(damaged < healthy)
    extreme = sg.delivered_fraction(50.0, sg.MAX_REFRACTORY_FACTOR, train="regular")
    assert extreme == 0.5  # 34 ms refractory, 20 ms interval: every second spike


def test_simulation_matches_the_closed_form():
    rates = np.array([20.0, 50.0, 100.0])
    tau = DAMAGED * sg.NORMAL_REFRACTORY_MS
    sim = sg.delivered_fraction_curve(rates, tau, duration_ms=40_000, seed=3)
    assert np.allclose(sim, sg.delivered_fraction(rates, DAMAGED), atol=0.02)
    reg = sg.delivered_fraction_curve([100.0, 250.0], 34.0, duration_ms=5000, train="regular")
    assert np.allclose(reg, sg.delivered_fraction([100.0, 250.0], 34.0, train="regular"), atol=0.01)


def test_trains_are_seeded_sorted_and_have_the_right_rate():
    a = sg.poisson_train(50.0, 10_000.0, seed=7)
    b = sg.poisson_train(50.0, 10_000.0, seed=np.random.default_rng(7))
    assert np.array_equal(a, b)
    assert np.all(np.diff(a) >= 0) and a.min() >= 0 and a.max() < 10_000
    assert abs(a.size - 500) < 4 * np.sqrt(500)
    r = sg.regular_train(40.0, 1000.0)
    assert r.size == 40 and np.allclose(np.diff(r), 25.0)


# --- temporal dispersion ------------------------------------------------------------------------


def test_damage_smears_a_volley_lower_and_wider():
    healthy = sg.bundle_velocities(200, damaged_fraction=0.0, seed=2)
    damaged = sg.bundle_velocities(200, damaged_fraction=0.6, max_slowing=3.0, seed=2)
    vh = sg.dispersed_volley(healthy, distance_mm=500.0)
    vd = sg.dispersed_volley(damaged, distance_mm=500.0)
    assert vd.spread_ms > 2 * vh.spread_ms
    assert vd.peak < 0.7 * vh.peak
    assert np.nanmean(vd.arrival_ms) > np.nanmean(vh.arrival_ms)
    assert np.allclose(vh.arrival_ms, 500.0 / healthy)  # mm / (m/s) = ms: own velocity


def test_each_delivered_fibre_adds_one_unit_bump_and_blocked_ones_nothing():
    v = np.array([50.0, 40.0, 25.0, 20.0])
    w = 0.5
    full = sg.dispersed_volley(v, distance_mm=400.0, unit_width_ms=w, dt_ms=0.01)
    area = full.compound.sum() * 0.01
    assert area == pytest.approx(4 * w * np.sqrt(2 * np.pi), rel=1e-3)
    part = sg.dispersed_volley(
        v,
        400.0,
        blocked=[False, True, False, True],
        unit_width_ms=w,
        dt_ms=0.01,
        t_max_ms=full.time_ms[-1],
    )
    assert part.compound.sum() * 0.01 == pytest.approx(area / 2, rel=1e-3)
    assert np.isnan(part.arrival_ms[1]) and np.isfinite(part.arrival_ms[0])


# --- sensory feedback delay ---------------------------------------------------------------------


def test_feedback_latency_lands_within_published_mean_and_sd():
    """Cameron, Horak et al. 2008: 102 +- 21 ms (controls), 161 +- 31 ms (MS)."""
    control = sg.feedback_latency_ms(1.0)
    ms = sg.feedback_latency_ms(sg.MS_CONDUCTION_SLOWING)
    assert abs(control - 102.0) <= 21.0
    assert abs(ms - 161.0) <= 31.0
    lat = sg.feedback_latency_ms(np.array([1.0, 2.0, 3.0, 4.0]))
    assert np.all(np.diff(lat) > 0)
    assert sg.slowing_for_latency(ms) == pytest.approx(sg.MS_CONDUCTION_SLOWING)
    # a shorter assumed path keeps the control calibration
    assert sg.feedback_latency_ms(1.0, afferent_path_m=1.0) == pytest.approx(102.0)


# --- bad input ----------------------------------------------------------------------------------


def test_bad_inputs_raise_clear_errors():
    with pytest.raises(ValueError, match=r"rate_hz.*0.0 and 1000.0.*-5"):
        sg.delivered_fraction(-5.0, 2.0)
    with pytest.raises(ValueError, match=r"refractory_factor.*1.0 and 50.0.*0.5"):
        sg.delivered_fraction(10.0, 0.5)
    with pytest.raises(ValueError, match="train must be 'poisson' or 'regular'"):
        sg.delivered_fraction(10.0, 2.0, train="gamma")
    with pytest.raises(ValueError, match="refractory_ms"):
        sg.delivered_mask([0.0, 1.0], 0.0)
    with pytest.raises(ValueError, match="sorted"):
        sg.delivered_mask([2.0, 1.0], 1.0)
    with pytest.raises(ValueError, match="finite"):
        sg.delivered_mask([0.0, np.nan], 1.0)
    with pytest.raises(TypeError, match="seed"):
        sg.poisson_train(10.0, 100.0, seed="a")
    with pytest.raises(ValueError, match="duration_ms"):
        sg.poisson_train(10.0, 0.0)
    with pytest.raises(ValueError, match="n_fibres"):
        sg.bundle_velocities(0)
    with pytest.raises(ValueError, match="damaged_fraction"):
        sg.bundle_velocities(10, damaged_fraction=1.5)
    with pytest.raises(ValueError, match="blocked"):
        sg.dispersed_volley([50.0, 40.0], blocked=[True])
    with pytest.raises(ValueError, match="velocity_m_s"):
        sg.dispersed_volley([50.0, 0.0])
    with pytest.raises(ValueError, match=r"conduction_slowing.*1.0 and 20.0.*0.5"):
        sg.feedback_latency_ms(0.5)
    with pytest.raises(ValueError, match="latency_ms"):
        sg.slowing_for_latency(50.0)


def test_node_chain_refractory_factor_gives_healthy_losses_below_severity_4_8():
    """Wiring used by the whole chain: the node chain's factor (conduction.refractory_factor)
    loses no more spikes than a healthy fibre until the lesion nears block (issue 15)."""
    from msbackpain import conduction

    healthy = sg.delivered_fraction(30.0, 1.0)
    mild = sg.delivered_fraction(30.0, conduction.refractory_factor(np.array([1.0, 3.0, 4.0])))
    np.testing.assert_allclose(mild, healthy)
    near_block = sg.delivered_fraction(30.0, conduction.refractory_factor(7.5))
    assert near_block < healthy
