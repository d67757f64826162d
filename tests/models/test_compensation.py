"""Tests for msbackpain.compensation: load sharing and the helpers' endurance (teaching model)."""

from __future__ import annotations

import numpy as np
import pytest

from msbackpain import compensation, fatigue

CAPS = np.array(list(compensation.DEFAULT_CAPACITIES_NM.values()))
NAMES = tuple(compensation.DEFAULT_CAPACITIES_NM)


def test_shares_sum_to_the_moment_in_proportion_to_capacity():
    shares = compensation.load_shares_Nm(80.0)
    assert shares.sum() == pytest.approx(80.0)
    assert np.allclose(shares / CAPS, 80.0 / CAPS.sum())
    rel = compensation.relative_loads(80.0)
    assert np.allclose(rel, 80.0 / CAPS.sum())


@pytest.mark.parametrize("model", fatigue.ENDURANCE_MODELS)
def test_weakening_one_muscle_raises_the_others_load_and_shortens_endurance(model):
    healthy = compensation.compensation(90.0, 0.0, endurance_model=model)
    weak = compensation.compensation(90.0, 0.6, endurance_model=model)
    others = np.arange(len(NAMES)) != NAMES.index("lumbar erector spinae")
    assert np.all(weak.relative_load[others] > healthy.relative_load[others])
    assert np.all(np.isfinite(weak.endurance_min[others]))
    assert np.all(weak.endurance_min[others] < healthy.endurance_min[others])
    assert weak.share_Nm.sum() == pytest.approx(90.0)


def test_endurance_collapses_from_unlimited_to_minutes():
    # just below the fitted no-failure load when healthy; above it once the erector weakens
    threshold = fatigue.fatigue_threshold_load()
    moment = 0.9 * threshold * CAPS.sum()
    healthy = compensation.compensation(moment, 0.0)
    weak = compensation.compensation(moment, 0.8)
    assert np.all(np.isinf(healthy.endurance_min))
    assert np.all(weak.endurance_min < 60)


def test_weakness_for_helper_fraction_solves_the_exercise():
    moment = 45.0
    w = compensation.weakness_for_helper_fraction(moment, 0.15)
    assert 0 < w < 1
    assert compensation.helper_relative_load(w, moment) == pytest.approx(0.15)
    assert compensation.helper_relative_load(w - 0.05, moment) < 0.15
    # already past 15% when healthy -> 0; never reached even if the muscle is lost -> NaN
    assert compensation.weakness_for_helper_fraction(0.2 * CAPS.sum(), 0.15) == 0.0
    assert np.isnan(compensation.weakness_for_helper_fraction(10.0, 0.15))


def test_vectorised_helper_functions():
    w = np.linspace(0, 1, 11)
    rel = compensation.helper_relative_load(w, 60.0)
    assert rel.shape == (11,) and np.all(np.diff(rel) > 0)
    caps = compensation.weakened_capacities(w, "gluteus maximus")
    assert caps.shape == (11, len(NAMES))
    rel_glut = compensation.helper_relative_load(w, 60.0, "gluteus maximus")
    assert np.allclose(compensation.relative_loads(60.0, caps)[:, 0], rel_glut)
    out = compensation.weakness_for_helper_fraction(np.array([40.0, 50.0]), [[0.15], [0.2]])
    assert out.shape == (2, 2)


def test_cannot_hold_and_lost_muscle():
    over = compensation.compensation(CAPS.sum() + 1, 0.0)
    assert not over.can_hold and np.all(over.endurance_min == 0)
    lost = compensation.compensation(50.0, 1.0, "multifidus")
    assert np.isnan(lost.relative_load[NAMES.index("multifidus")])
    assert lost.share_Nm[NAMES.index("multifidus")] == 0.0
    assert lost.share_Nm.sum() == pytest.approx(50.0)


def test_custom_capacities():
    res = compensation.compensation(30.0, 0.5, 0, [100.0, 50.0])
    assert res.names == ("muscle 1", "muscle 2")
    assert np.allclose(res.relative_load, 0.3)


@pytest.mark.parametrize(
    ("call", "words"),
    [
        (lambda: compensation.compensation(50, 1.2), ["weakness", "between 0 and 1", "1.2"]),
        (lambda: compensation.compensation(50, 0.5, "biceps"), ["muscle", "hamstrings", "biceps"]),
        (lambda: compensation.compensation(-5), ["required_moment_Nm", "-5"]),
        (lambda: compensation.load_shares_Nm(10, [100.0]), ["capacities_Nm", "at least 2"]),
        (lambda: compensation.load_shares_Nm(10, [0.0, 0.0]), ["capacities_Nm", "zero"]),
        (lambda: compensation.relative_loads(10, [-1.0, 5.0]), ["capacities_Nm", "-1"]),
        (lambda: compensation.compensation(50, 0.5, 9), ["muscle index", "(got 9)"]),
        (
            lambda: compensation.weakness_for_helper_fraction(50, 0.0),
            ["helper_fraction", "(got 0)"],
        ),
        (lambda: compensation.endurance_per_muscle_min(-0.2), ["relative_load", "negative"]),
        (lambda: compensation.compensation(50, 0.5, endurance_model="x"), ["model", "'x'"]),
    ],
)
def test_bad_input_messages(call, words):
    with pytest.raises(ValueError) as err:
        call()
    for word in words:
        assert word in str(err.value)


def test_bad_muscle_type():
    with pytest.raises(TypeError, match="muscle"):
        compensation.compensation(50, 0.5, 1.5)
