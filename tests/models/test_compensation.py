"""Compensation: two joints and a change of strategy, tested against anatomy and the model's own
statements (every coefficient is a labelled assumption; the anatomy is not)."""

from __future__ import annotations

import numpy as np
import pytest

from msbackpain import compensation, fatigue, spine
from msbackpain import compensation as c

STRENGTHS = np.linspace(1.0, 0.1, 10)


# ----------------------------------------------------------------------------- anatomy
def test_hip_extensors_carry_no_lumbar_moment():
    """Only structures that cross L5/S1 carry its moment: the hip extensors are not among the
    lumbar shares, and their load does not change when the back weakens."""
    assert {"gluteus maximus", "hamstrings"}.isdisjoint(c.LUMBAR_CAPACITIES_NM)
    assert set(c.HIP_CAPACITIES_NM) == {"gluteus maximus", "hamstrings"}
    loads = c.two_joint_loads(55.0, STRENGTHS)
    assert np.allclose(loads.hip_relative_load, loads.hip_relative_load[0])
    assert sum(loads.lumbar_shares_Nm.values()) == pytest.approx(np.full(10, 55.0))
    assert np.all(np.diff(loads.lumbar_relative_load) > 0)  # weaker back works harder
    # with the posture unchanged, nothing moves off the back extensors
    assert np.allclose(loads.lumbar_relative_load, 55.0 / c.lumbar_capacity_Nm(STRENGTHS))


def test_quadratus_lumborum_share_is_small_and_one_side_bends_sideways():
    total = sum(c.LUMBAR_CAPACITIES_NM.values())
    share = c.LUMBAR_CAPACITIES_NM["quadratus lumborum"] / total
    assert 0 < share <= 0.1
    assert c.LUMBAR_CAPACITIES_NM["erector spinae"] + c.LUMBAR_CAPACITIES_NM["multifidus"] > (
        0.9 * total
    )
    ext_both, side_both = c.quadratus_lumborum_moments(1.0, 1.0)
    ext_one, side_one = c.quadratus_lumborum_moments(0.0, 1.0)
    assert side_both == 0 and ext_both == pytest.approx(
        c.LUMBAR_CAPACITIES_NM["quadratus lumborum"]
    )
    assert side_one > ext_one > 0  # one side alone mostly bends the trunk sideways
    assert c.quadratus_lumborum_moments(1.0, 0.0)[1] == -side_one


def test_task_moments_use_the_spine_model_and_the_hip_is_a_little_larger():
    lumbar, hip = c.task_moments_Nm(70, [0.0, 23.0, 45.0])
    assert lumbar[2] == pytest.approx(abs(float(spine.l5s1_load(70, 45).moment_Nm)))
    assert lumbar[1] == pytest.approx(55.0, abs=1.5)  # the notebook's running example
    assert np.all(hip >= lumbar) and hip[2] == pytest.approx(c.HIP_TO_LUMBAR_MOMENT * lumbar[2])


def test_capacity_gives_a_plausible_horizontal_hold():
    """Holding the unsupported upper body horizontal (spine model) lasts a few minutes with the
    trunk pair, not seconds and not an hour (healthy trunk-extensor tests last minutes)."""
    moment = float(spine.l5s1_load(70, 90).moment_Nm)
    t = float(c.endurance_min(moment / float(c.lumbar_capacity_Nm(1.0))))
    assert 1.5 < t < 4.0


# ----------------------------------------------------------------------------- strategies
def test_no_change_at_full_strength():
    mix = c.strategy_mix(55.0, 1.0)
    for name in ("hinge_Nm", "arm_Nm", "passive_Nm", "shifted_Nm", "extra_flexion_deg"):
        assert float(getattr(mix, name)) == 0.0, name
    assert float(mix.active_lumbar_Nm) == pytest.approx(55.0)
    assert float(mix.lumbar_relative_load) == pytest.approx(55.0 / 300.0)


def test_moment_is_conserved_and_each_strategy_moves_load_to_its_place():
    mix = c.strategy_mix(55.0, STRENGTHS)
    total = mix.active_lumbar_Nm + mix.hinge_Nm + mix.arm_Nm + mix.passive_Nm
    assert np.allclose(total, 55.0)
    assert np.all(np.diff(mix.shifted_Nm) > 0)  # weaker back → more moved
    # hip hinge: the hip extensors work more than they would with the posture unchanged
    unchanged_hip = c.two_joint_loads(55.0, STRENGTHS).hip_relative_load
    assert np.all(mix.hip_relative_load[1:] > unchanged_hip[1:])
    # arm support: the arms push down
    assert np.all(mix.arm_force_N[1:] > 0) and np.allclose(mix.arm_force_N, mix.arm_Nm / 0.3)
    # passive tissue: needs more lumbar flexion, and more strain
    assert np.all(np.diff(mix.extra_flexion_deg) > 0)
    assert np.all((mix.passive_strain >= 0) & (mix.passive_strain <= 1))
    # hinge and arms lower the compression from muscle force
    assert np.all(mix.compression_change_N[1:] < 0)
    # default rule: the back's effort stays where a full-strength back would work
    assert np.allclose(mix.lumbar_relative_load, 55.0 / 300.0)


def test_without_something_to_lean_on_the_arms_take_nothing():
    mix = c.strategy_mix(55.0, 0.5, arm_support=0.0)
    assert float(mix.arm_Nm) == 0 and float(mix.arm_force_N) == 0
    assert float(mix.passive_Nm) > float(c.strategy_mix(55.0, 0.5).passive_Nm)


def test_bracing_raises_effort_and_compression():
    plain = c.strategy_mix(55.0, 0.6)
    braced = c.strategy_mix(55.0, 0.6, bracing=1.0)
    assert float(braced.lumbar_relative_load) > float(plain.lumbar_relative_load)
    assert float(braced.compression_change_N) > float(plain.compression_change_N)
    extra = float(braced.compression_change_N - plain.compression_change_N)
    assert extra == pytest.approx(
        c.BRACE_FLEXOR_NM * (1 / spine.ERECTOR_LEVER_ARM_M + 1 / c.ABDOMINAL_LEVER_M)
    )
    t_plain = float(c.endurance_min(plain.lumbar_relative_load))
    t_braced = float(c.endurance_min(braced.lumbar_relative_load))
    assert t_braced < t_plain  # more effort, sooner tired


def test_target_fraction_and_limits():
    # a person who accepts more effort moves less
    low = c.strategy_mix(55.0, 0.5, target_fraction=0.2)
    high = c.strategy_mix(55.0, 0.5, target_fraction=0.3)
    assert float(high.shifted_Nm) < float(low.shifted_Nm)
    # with nothing left, the strategies take what they can and the rest cannot be held
    none_left = c.strategy_mix(200.0, 0.1, target_fraction=0.0, arm_support=0.0)
    assert not bool(none_left.can_hold) and float(none_left.lumbar_relative_load) > 1
    zero = c.strategy_mix(55.0, 0.0)
    assert float(zero.active_lumbar_Nm) == pytest.approx(0.0, abs=1e-9)
    assert float(zero.lumbar_relative_load_unchanged) == np.inf


def test_passive_curve_inverts():
    x = np.linspace(0, 20, 9)
    assert np.allclose(c.flexion_for_passive_deg(c.passive_moment_Nm(x)), x)
    assert float(c.passive_moment_Nm(20.0)) == pytest.approx(c.PASSIVE_MAX_NM)


def test_strategy_mix_is_vectorised_and_broadcasts():
    mix = c.strategy_mix(np.array([[40.0], [80.0]]), np.array([1.0, 0.7, 0.4]), bracing=0.5)
    assert mix.lumbar_relative_load.shape == (2, 3)
    for name in mix.__dataclass_fields__:
        assert np.shape(getattr(mix, name)) == (2, 3), name


# ----------------------------------------------------------------------------- endurance
def test_endurance_uses_the_published_joint_pairs():
    assert c.sustainable_fraction("lumbar") == pytest.approx(0.00075 / (0.00755 + 0.00075))
    assert c.sustainable_fraction("arm") == pytest.approx(
        fatigue.fatigue_threshold_load(joint="shoulder")
    )
    t = c.endurance_min([0.05, 0.5, 1.2, np.nan, 0.0])
    assert np.isinf(t[0]) and t[1] == pytest.approx(140 / 60, rel=0.03)
    assert t[2] == 0 and np.isnan(t[3]) and np.isinf(t[4])
    assert float(c.endurance_min(0.3, "arm")) < float(c.endurance_min(0.3, "lumbar"))


@pytest.mark.parametrize(
    ("call", "words"),
    [
        (lambda: c.strategy_mix(-5, 1.0), ["demand_Nm", "-5"]),
        (lambda: c.strategy_mix(50, 1.2), ["back_strength", "1.2"]),
        (lambda: c.strategy_mix(50, 0.5, arm_support=2), ["arm_support", "2"]),
        (lambda: c.strategy_mix(50, 0.5, bracing=-1), ["bracing", "-1"]),
        (lambda: c.strategy_mix(50, 0.5, target_fraction=3), ["target_fraction", "3"]),
        (lambda: c.two_joint_loads(50, -0.1), ["back_strength", "-0.1"]),
        (lambda: c.endurance_min(-0.2), ["relative_load", "negative"]),
        (lambda: c.endurance_min(0.2, "knee"), ["place", "lumbar", "'knee'"]),
        (lambda: c.quadratus_lumborum_moments(1.5, 0), ["left", "1.5"]),
        (lambda: c.passive_moment_Nm(30), ["extra_flexion_deg", "30"]),
    ],
)
def test_bad_input_messages(call, words):
    with pytest.raises(ValueError) as err:
        call()
    for word in words:
        assert word in str(err.value)


# ------------------------------------------------------------------ the sharing rule (built in 04)
def test_excess_and_capacities():
    assert compensation.excess_moment_Nm(55, 0.6) == pytest.approx(22.0)
    assert compensation.excess_moment_Nm(55, 1.0) == pytest.approx(0.0)
    caps = compensation.helper_capacities_Nm(55, 1.0)
    assert [float(c) for c in caps] == pytest.approx([16.5, 27.5, 55.0])
    assert float(compensation.helper_capacities_Nm(200, 0.0)[2]) == pytest.approx(100.0)


def test_share_in_proportion_keeps_helpers_equally_far_from_their_limits():
    caps = [10.0, 20.0, 30.0]
    parts = compensation.share_in_proportion(12.0, caps)
    assert sum(parts) == pytest.approx(12.0)
    assert [p / c for p, c in zip(parts, caps, strict=True)] == pytest.approx([0.2] * 3)
    assert sum(compensation.share_in_proportion(100.0, caps)) == pytest.approx(60.0)
    assert sum(compensation.share_in_proportion(0.0, [0.0, 0.0, 0.0])) == 0.0


def test_strategy_mix_uses_the_given_sharing_rule():
    default = compensation.strategy_mix(55, 0.6)
    same = compensation.strategy_mix(55, 0.6, share=compensation.share_in_proportion)
    assert float(same.passive_Nm) == pytest.approx(float(default.passive_Nm))

    def hinge_first(excess, caps):
        hinge = np.minimum(excess, caps[0])
        return [hinge, 0 * hinge, np.minimum(excess - hinge, caps[2])]

    other = compensation.strategy_mix(55, 0.6, share=hinge_first)
    assert float(other.hinge_Nm) == pytest.approx(16.5)
    assert float(other.arm_Nm) == 0.0
    assert float(other.shifted_Nm) == pytest.approx(22.0)
