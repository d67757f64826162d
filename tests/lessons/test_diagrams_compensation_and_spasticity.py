"""Notebook 04's diagrams, figures and self-checks: controls change the picture on the fast
path, bad values are refused, the notes agree with the models, and each check says right / not
yet."""

from __future__ import annotations

import re

import pytest
from matplotlib.figure import Figure
from test_blit import live_axes, shown_ticks

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
    [("muscle", "gluteus maximus"), ("weakness", 30), ("moment", 100), ("model", "rohmert")],
)
def test_compensation_controls_change_the_picture(comp, name, value):
    comp.reset()
    before, alt, note = comp.png, comp.alt(), comp.status.value
    comp.update(**{name: value})
    assert comp.png != before
    assert comp.alt() != alt or comp.status.value != note
    comp.reset()


def test_compensation_note_matches_the_model(comp):
    comp.reset()
    note = comp.status.value
    assert "<b>14.5%</b>" in note and "<b>17.9%</b>" in note
    assert "13.4 min" in note and "no limit" in note
    n = d.compensation_numbers()
    assert n.weak.share_Nm.sum() == pytest.approx(55)
    comp.update(model="rohmert")
    assert "9.0 min" in comp.status.value
    comp.reset()


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
    assert "grade <b>1</b>" in spastic.status.value and "75%" in spastic.status.value
    spastic.update(drug=0.0, velocity=10)
    assert "no reflex catch" in spastic.status.value
    assert "does not happen within the range" in spastic.alt()
    spastic.reset()


def test_bad_values_are_refused(comp, spastic):
    with pytest.raises(ValueError, match="muscle must be one of"):
        comp.update(muscle="biceps")
    with pytest.raises(ValueError, match="weakness must be between"):
        comp.update(weakness=95)
    with pytest.raises(TypeError, match="moment must be a number"):
        comp.update(moment=None)
    with pytest.raises(ValueError, match="drug must be between"):
        spastic.update(drug=2)
    with pytest.raises(ValueError, match="velocity must be between"):
        spastic.update(velocity=-5)


def test_live_axes_follow_the_data(comp, spastic):
    comp.reset()
    shares = comp.axes[0]
    (moment,) = live_axes(shares)
    assert moment.scale == pytest.approx(1.35 * d.compensation_numbers().weak.share_Nm.max())
    comp.update(moment=150)
    top = d.compensation_numbers(moment_Nm=150).weak.share_Nm.max()
    assert moment.scale == pytest.approx(1.35 * top)
    ticks = [float(t) for t in shown_ticks(shares)]
    assert max(ticks) > 50 and max(ticks) <= 0.95 * moment.scale  # clear of the end
    widest = max(bar.get_width() for bar in shares.patches if bar.get_animated())
    assert widest * moment.scale == pytest.approx(top)  # bars as a share of the axis's scale
    comp.reset()
    spastic.reset()
    scales = [live_axes(ax)[0].scale for ax in spastic.axes]
    assert scales == pytest.approx([1.1 * 40.0, 15.0], rel=0.01)
    spastic.update(threshold=60, velocity=300)
    assert live_axes(spastic.axes[1])[0].scale > 50
    spastic.reset()


def test_static_figures():
    fig = Figure()
    ax_l, ax_t = fig.subplots(1, 2)
    figures.plot_helpers_vs_weakness(ax_l, ax_t)
    assert len(ax_t.get_lines()) == 3 and ax_t.get_yscale() == "log"
    ax = figures.plot_drug_tradeoff(Figure().add_subplot())
    texts = [t.get_text() for t in ax.texts]
    assert "Ashworth 1+" in texts and "Ashworth 1" in texts


def test_the_notebook_shows_every_figure_text(root):
    source = (root / "src" / "notebooks" / "04_compensation_and_spasticity.py").read_text()
    assert set(re.findall(r'TEXTS\["([^"]+)"\]', source)) == set(captions.TEXTS)


# ----------------------------------------------------------------------------- self-checks
def test_exercise_1():
    right = check.expected_1()
    assert right == pytest.approx(11.1, abs=0.05)
    assert check.exercise_1(right).status == "right"
    assert check.exercise_1(29.7).status == "wrong"  # the no-failure load, not 15%
    assert "percent" in check.exercise_1(right / 100).message
    assert check.exercise_1(...).status == "unanswered"


def test_exercise_2():
    assert check.expected_2() == "lumbar erector spinae"
    assert check.exercise_2("lumbar erector spinae").status == "right"
    wrong = check.exercise_2("quadratus lumborum")
    assert wrong.status == "wrong" and "smallest" in wrong.message
    assert "not one of the options" in check.exercise_2("erector spinae").message


def test_exercise_3():
    assert check.expected_3() == pytest.approx(80)
    assert check.exercise_3(80).status == "right"
    assert check.exercise_3(40).status == "wrong"  # the default threshold
    assert check.exercise_3("80").status == "wrong"


def test_exercise_4():
    right = check.expected_4()
    assert right == pytest.approx(0.54)
    assert spasticity.ashworth_grade(drug_effect=right).grade == "1"
    assert spasticity.ashworth_grade(drug_effect=right - 0.01).grade == "1+"
    assert check.exercise_4(right).status == "right"
    assert check.exercise_4(1.0).status == "wrong"  # the full effect is not the smallest
    assert check.exercise_4(54).status == "wrong"  # percent instead of a fraction


def test_helpers_pass_the_no_failure_load():
    w = compensation.weakness_for_helper_fraction(55, 0.16)
    assert 0.28 < float(w) < 0.31
