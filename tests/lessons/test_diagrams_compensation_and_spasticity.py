"""Notebook 04's diagrams, figures and self-checks: controls change the picture on the fast
path, bad values are refused, the notes agree with the models, and each check says right / not
yet."""

from __future__ import annotations

import re

import numpy as np
import pytest
from matplotlib.figure import Figure
from test_blit import live_axes

from msbackpain import compensation, spasticity
from msbackpain.lessons.compensation_and_spasticity import captions, figures
from msbackpain.lessons.compensation_and_spasticity import checks as check
from msbackpain.lessons.compensation_and_spasticity import diagrams as d
from msbackpain.ui import interactive, style

style.apply()
FACTORIES = {"compensation": d.make_compensation, "spasticity": d.make_spasticity}


@pytest.fixture(scope="module")
def comp():
    return d.make_compensation()


@pytest.fixture(scope="module")
def spastic():
    return d.make_spasticity()


def test_registered():
    assert "04:compensation" in interactive.REGISTRY
    assert "04:spasticity" in interactive.REGISTRY


@pytest.mark.parametrize(
    "name, value",
    [("strength", 30), ("moment", 100), ("arms", 0.0), ("brace", 1.0)],
)
def test_compensation_controls_change_the_picture(comp, name, value):
    comp.reset()
    before, alt, note = comp.png, comp.alt(), comp.status.value
    comp.update(**{name: value})
    assert comp.png != before
    assert comp.alt() != alt or comp.status.value != note
    comp.reset()


def test_compensation_blits_only(comp):
    comp.reset()
    for name, value in (("strength", 20), ("moment", 110), ("arms", 0.0), ("brace", 0.5)):
        comp.update(**{name: value})
    assert comp.full_draws == 1
    comp.reset()


def test_compensation_note_matches_the_model(comp):
    comp.reset()
    note = comp.status.value
    mix = compensation.strategy_mix(55, 0.6)
    assert f"<b>{100 * float(mix.lumbar_relative_load_unchanged):.1f}%</b>" in note
    assert f"<b>{100 * float(mix.lumbar_relative_load):.1f}%</b>" in note
    hip = 100 * float(compensation.two_joint_loads(55, 0.6).hip_relative_load)
    assert f"hip extensors stay at {hip:.1f}%" in note
    n = d.compensation_numbers()
    assert sum(n.parts("mix").values()) == pytest.approx(55)
    assert sum(n.parts("same").values()) == pytest.approx(55)
    comp.update(strength=100)
    assert "moves 0.0 N·m" in comp.status.value
    comp.update(strength=10, moment=110)
    assert "cannot hold" in comp.status.value
    comp.reset()


def test_hip_load_does_not_follow_the_back_when_nothing_changes():
    same = [d.compensation_numbers(s).loads["hip"][0] for s in (100.0, 60.0, 20.0)]
    assert same == pytest.approx([same[0]] * 3)


@pytest.mark.parametrize("name, value", [("velocity", 200), ("threshold", 150), ("drug", 1.0)])
def test_spasticity_controls_change_the_picture(spastic, name, value):
    spastic.reset()
    before, note = spastic.png, spastic.status.value
    spastic.update(**{name: value})
    assert spastic.png != before and spastic.status.value != note
    spastic.reset()


def test_spasticity_note_matches_the_model(spastic):
    spastic.reset()
    note = spastic.status.value
    assert "grade <b>1+</b>" in note and "above 40 deg/s" in note
    n = d.spasticity_numbers(90, 100, 0)
    assert n.peak_torque_Nm == pytest.approx(spasticity.ashworth_grade().peak_torque_Nm)
    assert n.catch_angle_deg == pytest.approx(spasticity.ashworth_grade().catch_angle_deg)
    spastic.update(drug=1.0)
    assert "grade <b>1</b>" in spastic.status.value and "unchanged" in spastic.status.value
    assert "5.0%" in spastic.status.value  # the small functional loss (interpretation)
    spastic.update(drug=0.0, velocity=10)
    assert "no reflex catch" in spastic.status.value
    assert "does not happen within the range" in spastic.alt()
    spastic.reset()


def test_bad_values_are_refused(comp, spastic):
    with pytest.raises(ValueError, match="arms must be one of"):
        comp.update(arms=0.5)
    with pytest.raises(ValueError, match="strength must be between"):
        comp.update(strength=5)
    with pytest.raises(TypeError, match="moment must be a number"):
        comp.update(moment=None)
    with pytest.raises(ValueError, match="drug must be between"):
        spastic.update(drug=2)
    with pytest.raises(ValueError, match="velocity must be between"):
        spastic.update(velocity=-5)


def test_live_axes_follow_the_data(spastic):
    spastic.reset()
    scales = [live_axes(ax)[0].scale for ax in spastic.axes]
    assert scales == pytest.approx([1.1 * 40.0, 15.0], rel=0.01)
    spastic.update(threshold=60, velocity=300)
    assert live_axes(spastic.axes[1])[0].scale > 50
    spastic.reset()


def test_the_notebook_shows_every_figure_text(root):
    source = (root / "src" / "notebooks" / "04_compensation_and_spasticity.py").read_text()
    assert set(re.findall(r'TEXTS\["([^"]+)"\]', source)) == set(captions.TEXTS)


def test_exercise_3():
    assert check.expected_3() == pytest.approx(80)
    assert check.exercise_3(80).status == "right"
    assert check.exercise_3(40).status == "wrong"  # the default threshold
    assert check.exercise_3("80").status == "wrong"


def test_build_steps():
    assert check.build_step_1(lambda d, s: d * (1 - s)).status == "right"
    assert check.build_step_1(lambda d, s: d * s).status == "wrong"
    assert check.build_step_1(...).status == "unanswered"

    def caps(d, a):
        return [0.3 * d, 0.5 * a * d, np.minimum(d, 100.0)]

    assert check.build_step_2(caps).status == "right"
    assert check.build_step_2(lambda d, a: [0.3 * d, 0.5 * d, d]).status == "wrong"


def test_build_step_3_hands_over_the_learners_rule(capsys):
    def share(excess, capacities):
        total = sum(capacities)
        moved = np.minimum(excess, total)
        return [c * moved / total for c in capacities]

    assert check.build_step_3(share) is share
    assert "uses your sharing rule" in capsys.readouterr().out
    assert check.build_step_3(...) is compensation.share_in_proportion

    def scalar_only(excess, capacities):
        total = sum(capacities)
        return [c * min(excess, total) / total for c in capacities]

    assert check.build_step_3(scalar_only) is compensation.share_in_proportion


def test_no_limit_is_never_a_capped_number():
    assert d.CAP_MIN == float("inf")
    assert d._minutes(250.0) == "250.0 min"
    assert d._minutes(float("inf")) == "no limit"


def test_static_figures():
    fig = Figure()
    ax_m, ax_c = fig.subplots(1, 2)
    figures.plot_strategy_mix(ax_m, ax_c)
    assert len(ax_m.collections) == 4 and len(ax_c.get_lines()) >= 4
    ax = figures.plot_drug_effects(Figure().add_subplot())
    texts = [t.get_text() for t in ax.texts]
    assert "Ashworth 1+" in texts and "Ashworth 1" in texts
    strength = ax.get_lines()[1].get_ydata()
    assert strength == pytest.approx([100.0] * len(strength))  # isometric strength unchanged
