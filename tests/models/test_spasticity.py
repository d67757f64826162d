"""Tests for msbackpain.spasticity: velocity-dependent stretch resistance (Feldman's λ model)."""

from __future__ import annotations

import numpy as np
import pytest

from msbackpain import spasticity as sp

P = sp.SPASTIC


def test_resistance_rises_with_stretch_velocity():
    # Lance 1980: a velocity-dependent increase in stretch reflexes
    v = np.linspace(0, 400, 81)
    total = sp.stretch_resistance(v).total
    assert np.all(np.diff(total) > 0)
    above = v > sp.velocity_threshold_deg_s()
    reflex = sp.stretch_resistance(v).reflex
    assert np.all(np.diff(reflex[above]) > 0)


@pytest.mark.parametrize("angle", [30.0, 60.0, 90.0])
def test_reflex_is_zero_below_the_velocity_threshold(angle):
    w_th = float(sp.velocity_threshold_deg_s(angle))
    assert w_th == pytest.approx((P.static_threshold_deg - angle) / P.velocity_sensitivity_s)
    below = np.linspace(0, w_th, 20)
    assert np.all(sp.stretch_resistance(below, angle).reflex == 0)
    assert np.all(sp.stretch_resistance(below, angle).passive > 0)
    assert sp.stretch_resistance(w_th * 1.05 + 1, angle).reflex > 0


def test_threshold_angle_falls_with_velocity():
    lam = sp.threshold_angle_deg([0, 50, 100])
    assert lam[0] == P.static_threshold_deg
    assert np.all(np.diff(lam) < 0)


def test_healthy_reflex_never_resists_in_range():
    v = np.linspace(0, 500, 11)
    assert np.all(sp.stretch_resistance(v, None, sp.HEALTHY).reflex == 0)
    assert sp.ashworth_grade(sp.HEALTHY).grade == "0"


def test_ashworth_scale_grades_and_words():
    # Bohannon & Smith 1987: 0, 1, 1+, 2, 3, 4
    assert sp.ASHWORTH_GRADES == ("0", "1", "1+", "2", "3", "4")
    assert all(len(sp.ASHWORTH_DESCRIPTIONS[g]) > 10 for g in sp.ASHWORTH_GRADES)
    assert [sp.ashworth_grade_index(g) for g in sp.ASHWORTH_GRADES] == list(range(6))


def test_grade_rises_with_reflex_gain_and_earlier_threshold():
    grades = [
        sp.ashworth_grade_index(sp.ashworth_grade(sp.StretchReflex(reflex_gain_Nm_per_deg=g)).grade)
        for g in (0.0, 0.5, 3.0, 8.0)
    ]
    assert grades == sorted(grades) and grades[0] == 0 and grades[-1] >= 4
    earlier = [
        sp.ashworth_grade_index(sp.ashworth_grade(sp.StretchReflex(static_threshold_deg=t)).grade)
        for t in (150.0, 100.0, 70.0, 30.0)
    ]
    assert earlier == sorted(earlier) and earlier[0] == 0 and earlier[-1] > earlier[1]


def test_grade_depends_on_test_speed():
    slow = sp.ashworth_grade(test_velocity_deg_s=20.0)
    fast = sp.ashworth_grade(test_velocity_deg_s=200.0)
    assert slow.grade == "0" and np.isnan(slow.catch_angle_deg)
    assert sp.ashworth_grade_index(fast.grade) > 0
    assert fast.catch_fraction > sp.ashworth_grade().catch_fraction


def test_drug_lowers_reflex_and_leaves_isometric_strength_unchanged():
    """Crossover 1988: measured isometric strength did not change on baclofen or tizanidine;
    the reported weakness (Bass 1988) is a small loss of function (an interpretation)."""
    strong = sp.StretchReflex(static_threshold_deg=80.0, reflex_gain_Nm_per_deg=1.5)
    out = sp.drug_effects(np.linspace(0, 1, 5), strong)
    assert np.all(np.diff(out["reflex_torque_Nm"]) < 0)
    assert np.all(out["isometric_strength_fraction"] == 1.0)
    assert np.all(np.diff(out["functional_weakness"]) > 0)
    assert out["functional_weakness"][-1] <= 0.1  # small: no large penalty
    idx = [sp.ashworth_grade_index(g) for g in out["grade"]]
    assert idx == sorted(idx, reverse=True) and idx[0] > idx[-1]
    # a weaker reflex is felt later in the range, even when the grade is decided by the catch
    mild = [sp.ashworth_grade(P, d) for d in (0.0, 1.0)]
    assert mild[1].catch_fraction < mild[0].catch_fraction
    assert sp.reflex_gain_factor(0.5) == pytest.approx(1 - 0.5 * sp.DRUG_REFLEX_REDUCTION)
    assert np.all(sp.isometric_strength_factor([0.0, 0.5, 1.0]) == 1.0)
    assert sp.functional_weakness(1.0) == pytest.approx(sp.DRUG_FUNCTIONAL_WEAKNESS)
    assert not hasattr(sp, "strength_factor") and not hasattr(sp, "DRUG_STRENGTH_REDUCTION")


def test_functional_weakness_is_vectorised():
    d = np.array([[0.0, 0.5], [1.0, 0.25]])
    assert sp.functional_weakness(d).shape == (2, 2)
    assert sp.functional_weakness(d)[1, 0] == pytest.approx(sp.DRUG_FUNCTIONAL_WEAKNESS)


@pytest.mark.parametrize(
    ("call", "words"),
    [
        (lambda: sp.stretch_resistance(-10), ["velocity_deg_s", "between 0 and 2000", "-10"]),
        (lambda: sp.stretch_resistance(10, 500), ["angle_deg", "500"]),
        (lambda: sp.stretch_resistance(10, drug_effect=1.5), ["drug_effect", "1.5"]),
        (lambda: sp.StretchReflex(reflex_gain_Nm_per_deg=-1), ["reflex_gain_Nm_per_deg", "-1"]),
        (lambda: sp.StretchReflex(range_of_motion_deg=0), ["range_of_motion_deg", "(got 0)"]),
        (lambda: sp.ashworth_grade(test_velocity_deg_s=0), ["test_velocity_deg_s", "(got 0)"]),
        (lambda: sp.ashworth_grade_index("2+"), ["grade", "1+", "'2+'"]),
        (lambda: sp.functional_weakness(-0.5), ["drug_effect", "-0.5"]),
    ],
)
def test_bad_input_messages(call, words):
    with pytest.raises(ValueError) as err:
        call()
    for word in words:
        assert word in str(err.value)


def test_bad_params_type():
    with pytest.raises(TypeError, match="params"):
        sp.stretch_resistance(10, params={"gain": 1})
