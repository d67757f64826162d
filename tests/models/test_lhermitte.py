"""Tests for msbackpain.lhermitte (Lhermitte's sign; teaching model)."""

import numpy as np
import pytest

from msbackpain import lhermitte as lh


@pytest.fixture(scope="module")
def series():
    return lh.neck_flexion_series(600, 40, 45, seed=4)


def test_no_episodes_without_cervical_lesion(series):
    t, a = series
    assert lh.simulate_episodes(t, a, 0.0, seed=1).n_episodes == 0
    assert np.all(lh.episodes_per_day(np.full(500, 200), 0.0) == 0)


def test_no_episodes_without_neck_flexion():
    t = np.arange(0, 600, 0.05)
    upright = 3 * np.sin(t)  # small wobble, never past the threshold
    e = lh.simulate_episodes(t, upright, 1.0, seed=1)
    assert e.n_flexions == 0 and e.n_episodes == 0
    assert np.all(lh.episodes_per_day(np.zeros(500, dtype=int), 1.0) == 0)
    assert np.all(lh.episodes_per_day(100, 1.0, peak_flexion_deg=10) == 0)


def test_flexion_events_found(series):
    t, a = series
    starts, peaks = lh.flexion_events(t, a)
    assert starts.size == 40
    assert np.all(peaks > lh.THRESHOLD_DEG)
    assert np.all(np.diff(starts) > 0)


def test_episodes_with_lesion_and_flexion(series):
    t, a = series
    e = lh.simulate_episodes(t, a, 1.0, seed=2)
    assert 0 < e.n_episodes <= e.n_flexions == 40
    assert np.all((e.duration_s > 0.3) & (e.duration_s < 3.0))  # "a second or so"
    assert set(e.felt) <= set(lh.FELT_REGIONS)


def test_no_travel_time_the_shock_is_felt_not_transported():
    # the impulses go up to the brain; the model has where it is felt, not when
    assert not hasattr(lh, "SWEEP_SPEED_M_PER_S")
    assert not hasattr(lh.LhermitteEpisodes, "arrival_s")
    assert not hasattr(lh.LhermitteEpisodes, "path")
    t, a = lh.neck_flexion_series(120, 6, 40, seed=0)
    e = lh.simulate_episodes(t, a, 0.6, felt=("neck", "lower back", "legs"), seed=1)
    assert e.felt == ("neck", "lower back", "legs")
    with pytest.raises(ValueError, match="unknown region 'toes'"):
        lh.simulate_episodes(t, a, 0.6, felt=("toes",))


def test_probability_of_the_sign_given_a_cervical_lesion_by_bayes():
    with_lesion, without = lh.p_sign_given_lesion([True, False])
    # 16% prior (Foley 2013), 17/18 vs 13/25 with a cervical lesion (Al-Araji & Oger 2005)
    p_lesion = 17 / 18 * 0.16 + 13 / 25 * 0.84
    assert with_lesion == pytest.approx(17 / 18 * 0.16 / p_lesion)
    assert without == pytest.approx(1 / 18 * 0.16 / (1 - p_lesion))
    assert 0.2 < with_lesion < 0.3 and without < 0.05  # probable, not certain
    # averaged over who has a lesion, the prior comes back
    assert with_lesion * p_lesion + without * (1 - p_lesion) == pytest.approx(0.16)
    # the reassessment-style figures (88% vs 64%) give about 0.21 and 0.06
    w2, wo2 = lh.p_sign_given_lesion([True, False], 0.16, 0.88, 0.64)
    assert w2 == pytest.approx(0.21, abs=0.01) and wo2 == pytest.approx(0.06, abs=0.01)
    sign = lh.has_sign(np.ones(40000, bool), np.random.default_rng(5))
    assert sign.mean() == pytest.approx(with_lesion, abs=0.01)


def test_spells_are_episodic_over_weeks():
    sign = np.ones(3000, bool)
    days = lh.spell_days(365, sign, np.random.default_rng(7))
    assert days.shape == (3000, 365) and days.dtype == bool
    share = days.mean()
    expected = lh.SPELLS_PER_YEAR * lh.SPELL_MEDIAN_DAYS / 365
    assert 0.5 * expected < share < 2 * expected  # a small share of days, not every day
    assert not days.all(axis=1).any()  # nobody has it every day of the year
    # spells last weeks: mean length of the runs of spell days
    runs = np.diff(np.concatenate([np.zeros((3000, 1)), days, np.zeros((3000, 1))], axis=1), axis=1)
    n_runs = (runs == 1).sum()
    assert 7 <= days.sum() / n_runs <= 60
    assert not lh.spell_days(365, np.zeros(50, bool), 1).any()  # no sign, no spells
    np.testing.assert_array_equal(lh.spell_days(30, sign[:10], 3), lh.spell_days(30, sign[:10], 3))


def test_more_severe_lesion_more_episodes(series):
    t, a = series
    mild = sum(lh.simulate_episodes(t, a, 0.2, seed=s).n_episodes for s in range(5))
    severe = sum(lh.simulate_episodes(t, a, 0.9, seed=s).n_episodes for s in range(5))
    assert severe > mild


def test_seeded(series):
    t, a = series
    e1, e2 = lh.simulate_episodes(t, a, 0.5, seed=9), lh.simulate_episodes(t, a, 0.5, seed=9)
    np.testing.assert_array_equal(e1.onset_s, e2.onset_s)


def test_episodes_per_day_mean_matches_probability():
    p = float(lh.trigger_probability(40, 0.6))
    n = lh.episodes_per_day(np.full(20000, 30), 0.6, peak_flexion_deg=40, seed=3)
    assert n.mean() == pytest.approx(30 * p, rel=0.03)


def test_bad_input(series):
    t, a = series
    with pytest.raises(ValueError, match=r"lesion_severity must be between 0 and 1 \(got 2\)"):
        lh.simulate_episodes(t, a, 2)
    with pytest.raises(ValueError, match="same length"):
        lh.simulate_episodes(t[:-1], a, 0.5)
    with pytest.raises(ValueError, match="strictly increasing"):
        lh.simulate_episodes(t[::-1], a, 0.5)
    with pytest.raises(ValueError, match="flexions_per_day must be whole numbers"):
        lh.episodes_per_day(2.5, 0.5)
    with pytest.raises(ValueError, match="angle_deg must be between -90 and 90"):
        lh.flexion_events([0, 1], [0, 120])
    with pytest.raises(ValueError, match="n_days must be between"):
        lh.spell_days(0, [True])
