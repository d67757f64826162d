"""Tests for msbackpain.motor: the Fuglevand motor-unit pool (Fuglevand, Winter & Patla 1993)."""

from __future__ import annotations

import numpy as np
import pytest

from msbackpain import motor

POOL = motor.DEFAULT_POOL


# --------------------------------------------------------------------------- the pool
def test_pool_has_120_units():
    assert POOL.n_units == 120
    for arr in (POOL.recruitment_threshold, POOL.peak_rate_hz, POOL.twitch_amplitude):
        assert arr.shape == (120,)


def test_threshold_range_is_rr():
    # RTE_i = exp(a i), a = ln(RR)/n: the last threshold is RR = 30 and last/first = RR^((n-1)/n)
    rte = POOL.recruitment_threshold
    assert rte[-1] == pytest.approx(30.0)
    assert rte[-1] / rte[0] == pytest.approx(30.0, rel=0.03)
    assert np.all(np.diff(rte) > 0)


def test_twitch_and_contraction_time_ranges():
    # P_n = RP = 100; T_n = T_L (1/RP)^(ln RT/ln RP) = T_L/RT = 30 ms (Fuglevand et al. 1993)
    assert POOL.twitch_amplitude[-1] == pytest.approx(100.0)
    assert POOL.contraction_time_s[-1] == pytest.approx(0.090 / 3)
    assert POOL.contraction_time_s[0] == pytest.approx(0.090, rel=0.02)
    assert np.all(np.diff(POOL.contraction_time_s) < 0)


def test_peak_rates_35_to_25_hz_and_max_excitation():
    assert POOL.peak_rate_hz[0] == pytest.approx(35.0, abs=0.5)
    assert POOL.peak_rate_hz[-1] == pytest.approx(25.0)
    # E_max = RTE_n + (PFR_n - MFR)/g_e = 30 + 17
    assert POOL.max_excitation == pytest.approx(47.0)


def test_rates_start_at_mfr_and_are_capped():
    rte1 = POOL.recruitment_threshold[0] / POOL.max_excitation
    rates = motor.firing_rates_hz([rte1 * 0.99, rte1, 1.0])
    assert rates[0, 0] == 0.0
    assert rates[1, 0] == pytest.approx(8.0)
    assert np.allclose(rates[2], POOL.peak_rate_hz)


def test_fusion_gain_continuous_at_knee_and_saturates():
    assert motor.fusion_gain(0.4) == pytest.approx(1.0)
    assert motor.fusion_gain(0.4 + 1e-9) == pytest.approx(1.0, rel=1e-6)
    x = np.array([0.5, 1.0, 3.0, 10.0])
    mean_force = motor.fusion_gain(x) * x  # e P g x without e P
    assert np.all(np.diff(mean_force) > 0)
    assert mean_force[-1] == pytest.approx(0.4 / (1 - np.exp(-2 * 0.4**3)), rel=1e-6)


# --------------------------------------------------------------------------- force vs drive
def test_force_rises_monotonically_and_saturates():
    effort = np.linspace(0, 1, 501)
    force = motor.steady_force(effort)
    assert force[0] == 0.0
    assert force[-1] == pytest.approx(1.0)
    assert np.all(np.diff(force) >= 0)
    recruited = effort > POOL.recruitment_threshold[0] / POOL.max_excitation + 0.01
    assert np.all(np.diff(force[recruited]) > 0)
    slope = np.gradient(force, effort)
    assert slope[-5:].mean() < 0.5 * slope[(effort > 0.45) & (effort < 0.55)].mean()


def test_steady_force_is_vectorised_over_effort():
    effort = np.linspace(0, 1, 12).reshape(3, 4)
    assert motor.steady_force(effort).shape == (3, 4)


def test_spike_failure_reduces_maximum_more_than_proportionally_when_large():
    phi = np.array([0.0, 0.1, 0.3, 0.5, 0.7])
    fmax = motor.max_force_fraction(phi)
    assert fmax[0] == pytest.approx(1.0)
    assert np.all(np.diff(fmax) < 0)
    # derived: rates fall into the steep part of the gain curve
    assert fmax[3] < 0.5 and fmax[4] < 0.3


def test_unit_loss_reduces_maximum_largest_most():
    frac = 0.2
    largest = motor.max_force_fraction(0.0, frac, "largest")
    rand = motor.max_force_fraction(0.0, frac, "random")
    smallest = motor.max_force_fraction(0.0, frac, "smallest")
    assert largest < rand < smallest < 1.0
    assert rand == pytest.approx(0.8)


def test_max_force_fraction_matches_steady_force_with_mask():
    for pattern in ("largest", "smallest"):
        for frac, phi in ((0.25, 0.0), (0.5, 0.3)):
            alive = motor.units_lost_mask(frac, pattern)
            direct = motor.steady_force(1.0, phi, alive)
            assert motor.max_force_fraction(phi, frac, pattern) == pytest.approx(direct)


def test_max_force_fraction_broadcasts_and_is_smooth():
    out = motor.max_force_fraction(np.array([0.0, 0.2])[:, None], np.linspace(0, 0.5, 6))
    assert out.shape == (2, 6)
    fine = motor.max_force_fraction(0.0, np.linspace(0.0, 0.05, 50))
    assert np.all(np.diff(fine) < 0)  # interpolated between whole units, not steps


def test_random_loss_mask_is_seeded():
    a = motor.units_lost_mask(0.3, "random", seed=1)
    b = motor.units_lost_mask(0.3, "random", seed=1)
    assert np.array_equal(a, b)
    assert (~a).sum() == 36
    mean = np.mean(
        [
            motor.steady_force(1.0, 0.0, motor.units_lost_mask(0.3, "random", seed=s))
            for s in range(40)
        ]
    )
    assert mean == pytest.approx(motor.max_force_fraction(0.0, 0.3, "random"), abs=0.05)


def test_callable_failure_equals_constant():
    effort = np.linspace(0, 1, 11)
    a = motor.steady_force(effort, lambda rates: np.full(rates.shape, 0.25))
    b = motor.steady_force(effort, 0.25)
    assert np.allclose(a, b)


# --------------------------------------------------------------------------- effort needed
def test_effort_for_force_inverts_force():
    target = np.array([0.05, 0.2, 0.5, 0.8, 1.0])
    effort = motor.effort_for_force(target)
    # smallest effort reaching the target: recruitment adds force in small steps
    assert np.all(motor.steady_force(effort) >= target)
    assert np.all(motor.steady_force(effort - 1e-6) < target)
    assert np.allclose(motor.steady_force(effort), target, atol=0.005)


def test_affected_needs_more_effort_and_flags_unreachable():
    alive = motor.units_lost_mask(0.2, "largest")
    healthy = motor.effort_for_force(0.3)
    affected = motor.effort_for_force(0.3, 0.3, alive)
    assert affected > healthy
    fmax = motor.steady_force(1.0, 0.3, alive)
    assert np.isnan(motor.effort_for_force(fmax + 0.01, 0.3, alive))
    assert np.isfinite(motor.effort_for_force(fmax - 0.01, 0.3, alive))


# --------------------------------------------------------------------------- time domain
def test_simulated_mean_force_matches_steady_state():
    trace = motor.simulate_force(0.5, duration_s=2.0)
    assert trace.force_fraction[1000:].mean() == pytest.approx(trace.steady_fraction, rel=0.03)


def test_simulation_is_seeded_and_failure_lowers_force():
    a = motor.simulate_force(0.4, duration_s=1.0, spike_failure_fraction=0.3, seed=3)
    b = motor.simulate_force(0.4, duration_s=1.0, spike_failure_fraction=0.3, seed=3)
    assert np.array_equal(a.force_fraction, b.force_fraction)
    healthy = motor.simulate_force(0.4, duration_s=1.0, seed=3)
    assert a.force_fraction[500:].mean() < healthy.force_fraction[500:].mean()


def test_simulation_accepts_effort_time_series():
    ramp = np.linspace(0, 1, 1000)
    trace = motor.simulate_force(ramp, duration_s=1.0)
    assert trace.force_fraction.shape == (1000,)
    assert trace.force_fraction[-100:].mean() > trace.force_fraction[100:200].mean()


# --------------------------------------------------------------------------- bad input
@pytest.mark.parametrize(
    ("call", "words"),
    [
        (lambda: motor.steady_force(1.5), ["effort", "between 0 and 1", "1.5"]),
        (lambda: motor.steady_force(0.5, -0.1), ["spike_failure_fraction", "-0.1"]),
        (lambda: motor.units_lost_mask(0.2, "biggest"), ["pattern", "largest", "biggest"]),
        (lambda: motor.max_force_fraction(0, 1.2), ["units_lost_fraction", "1.2"]),
        (lambda: motor.max_force_fraction(0, 0.2, "all"), ["loss_pattern", "'all'"]),
        (lambda: motor.steady_force(0.5, 0, np.ones(10, bool)), ["alive", "(120,)", "(10,)"]),
        (lambda: motor.effort_for_force(2.0), ["target_fraction", "2"]),
        (lambda: motor.motor_pool(n_units=1), ["n_units", "between 2", "1"]),
        (lambda: motor.motor_pool(recruitment_range=0.5), ["recruitment_range", "0.5"]),
        (lambda: motor.simulate_force(0.5, duration_s=100), ["duration_s", "100"]),
        (lambda: motor.simulate_force(np.ones(5), duration_s=1.0), ["effort", "1000", "(5,)"]),
    ],
)
def test_bad_input_messages(call, words):
    with pytest.raises(ValueError) as err:
        call()
    for word in words:
        assert word in str(err.value)


def test_bad_types():
    with pytest.raises(TypeError, match="pool"):
        motor.steady_force(0.5, pool="default")
    with pytest.raises(TypeError, match="effort"):
        motor.steady_force("strong")
    with pytest.raises(TypeError, match="n_units"):
        motor.motor_pool(n_units=12.5)
