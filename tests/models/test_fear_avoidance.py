"""Tests for msbackpain.fear_avoidance (Vlaeyen & Linton 2000 loop; our derived loop gain)."""

import numpy as np
import pytest

from msbackpain import fear_avoidance as fa


def test_loop_gain_is_product_and_exposure_lowers_it():
    assert fa.loop_gain(1.5, 1.0, 1.0, 0.0) == pytest.approx(1.5)
    g = fa.loop_gain(1.5, 1.0, 1.0, np.array([0.0, 0.2, 0.5]))
    assert np.all(np.diff(g) < 0)
    assert fa.loop_gain(1.5, 1.0, 1.0, 1.0) == 0


def test_gain_above_one_grows_pain_after_a_small_episode():
    r = fa.simulate_loop(52, episode_pain=1.0, episode_weeks=2, catastrophising=1.5)
    assert r.gain > 1
    after = r.pain[2:]
    assert after[-1] > 3 * after[0]
    assert r.chronic


def test_gain_below_one_settles():
    r = fa.simulate_loop(52, episode_pain=6.0, catastrophising=0.8)
    assert r.gain < 1
    assert r.pain[-1] < 0.1
    assert np.all(np.diff(r.pain[2:]) <= 0)
    assert not r.chronic


def test_chronic_level_is_the_derived_fixed_point():
    g = 1.5
    r = fa.simulate_loop(200, catastrophising=g)
    p = r.pain[-1]
    assert p == pytest.approx(10 * (1 - np.exp(-g * p / 10)), rel=1e-3)


def test_exposure_turns_chronic_into_settling():
    base = fa.simulate_loop(78, catastrophising=1.2)
    treated = fa.simulate_loop(78, catastrophising=1.2, exposure=0.3, exposure_from_week=26)
    assert base.chronic and not treated.chronic
    np.testing.assert_allclose(base.pain[:27], treated.pain[:27])


def test_weekly_update_vectorised():
    p, d, f, a = fa.weekly_update(np.array([0.0, 5.0]), np.array([0.0, 2.0]), 0.0)
    assert p.shape == (2,) and p[0] == 0 and p[1] > 0


def test_bad_input():
    with pytest.raises(ValueError, match=r"exposure must be between 0 and 1 \(got 1.5\)"):
        fa.loop_gain(exposure=1.5)
    with pytest.raises(ValueError, match="episode_pain must be between 0 and 10"):
        fa.simulate_loop(episode_pain=12)
    with pytest.raises(ValueError, match="weeks must be between 1 and 1000"):
        fa.simulate_loop(weeks=0)
    with pytest.raises(ValueError, match="pain must be between 0 and 10"):
        fa.weekly_update(11, 0)


def test_fear_stays_within_its_0_to_10_scale():
    # fear = min(10, c · pain): with c > 1 a high pain would otherwise give fear above 10
    assert float(fa.fear_from_pain(10.0, 5.0)) == 10.0
    assert float(fa.fear_from_pain(2.0, 1.2)) == pytest.approx(2.4)
    for c in (1.2, 2.0, 5.0):
        run = fa.simulate_loop(200, catastrophising=c, episode_pain=10.0)
        assert run.fear.max() <= 10.0 and run.pain.max() <= 10.0
        assert run.pain[-1] == pytest.approx(
            float(fa.chronic_level(run.gain, catastrophising=c)), abs=0.01
        )
    _, _, fear, _ = fa.weekly_update(np.array([9.0, 1.0]), np.zeros(2), catastrophising=3.0)
    np.testing.assert_allclose(fear, [10.0, 3.0])
