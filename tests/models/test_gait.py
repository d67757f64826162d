"""Tests for msbackpain.gait (teaching model; Winter's head-arms-trunk mass fraction)."""

import numpy as np
import pytest

from msbackpain import gait


def test_leg_fraction_from_hat_fraction():
    assert gait.LEG_MASS_FRACTION == pytest.approx((1 - 0.678) / 2)


def test_upright_stance_loads_hip_not_lumbar_side_muscles():
    r = gait.single_leg_stance(70, 0)
    assert float(r.lumbar_lateral_moment_Nm) == 0
    assert float(r.lateral_muscle_force_N) == 0
    assert float(r.compression_N) == pytest.approx(0.678 * 70 * 9.81)
    assert float(r.hip_abductor_moment_Nm) > 0


def test_lean_trades_hip_load_for_lumbar_load():
    lean = np.linspace(0, 25, 26)
    r = gait.single_leg_stance(70, lean)
    assert np.all(np.diff(r.hip_abductor_moment_Nm) < 0)
    assert np.all(np.diff(r.lumbar_lateral_moment_Nm) > 0)
    assert np.all(np.diff(r.compression_N) > 0)
    # force balance at L5/S1: one-sided muscle force = moment / lever arm
    np.testing.assert_allclose(r.lateral_muscle_force_N, r.lumbar_lateral_moment_Nm / 0.05)


def test_lean_needed_brings_hip_moment_to_capacity():
    upright = float(gait.single_leg_stance(70, 0).hip_abductor_moment_Nm)
    for c in (0.0, 0.5, 0.8):
        phi = float(gait.lean_needed_deg(c))
        m = float(gait.single_leg_stance(70, phi).hip_abductor_moment_Nm)
        assert m == pytest.approx(c * upright, abs=1e-6)
    assert gait.lean_needed_deg(1.0) == pytest.approx(0.0)
    weaker = gait.lean_needed_deg([0.9, 0.6, 0.3])
    assert np.all(np.diff(weaker) > 0)


def test_bad_input():
    with pytest.raises(ValueError, match=r"lean_deg must be between -10 and 40 degrees \(got 60\)"):
        gait.single_leg_stance(70, 60)
    with pytest.raises(ValueError, match="body_mass_kg must be between 20 and 250"):
        gait.single_leg_stance(0, 10)
    with pytest.raises(ValueError, match="abductor_capacity_fraction must be between 0 and 1"):
        gait.lean_needed_deg(1.5)
    with pytest.raises(TypeError, match="lean_deg must be a number"):
        gait.single_leg_stance(70, "a lot")
