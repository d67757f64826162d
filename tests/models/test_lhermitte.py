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
    path = e.path(0)
    assert [r for r, _ in path][0] == "neck" and path[-1][0] == "legs"
    times = [t for _, t in path]
    assert np.all(np.diff(times) > 0)
    assert 0.1 < times[-1] - times[0] < 1.0  # travels over some hundreds of ms


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
    e = lh.simulate_episodes(t, a, 1.0, seed=2)
    with pytest.raises(ValueError, match="episode index must be between"):
        e.path(1000)
