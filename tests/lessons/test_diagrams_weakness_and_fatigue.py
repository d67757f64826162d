"""Notebook 03's diagrams, figures and self-checks: controls change the picture, every move is a
blit that equals a full redraw, bad values are refused, the notes and texts agree with the models,
and each check says right / not yet."""

from __future__ import annotations

import io

import numpy as np
import pytest
from matplotlib.figure import Figure
from test_interactive import pixels

from msbackpain import disuse, fatigue, motor
from msbackpain.lessons.weakness_and_fatigue import captions, figures
from msbackpain.lessons.weakness_and_fatigue import checks as check
from msbackpain.lessons.weakness_and_fatigue import diagrams as d
from msbackpain.ui import interactive, style

style.apply()


FACTORIES = {
    "force and effort": d.make_force_and_effort,
    "disuse": d.make_disuse,
}


@pytest.fixture(scope="module")
def force_effort():
    return d.make_force_and_effort()


@pytest.fixture(scope="module")
def disuse_diagram():
    return d.make_disuse()


def test_registered():
    for name in ("03:force and effort", "03:disuse"):
        assert name in interactive.REGISTRY


@pytest.mark.parametrize(
    "name, value",
    [("spike_failure", 50), ("units_lost", 30), ("loss_pattern", "random"), ("target", 60)],
)
def test_force_effort_controls_change_the_picture(force_effort, name, value):
    force_effort.reset()
    if name == "loss_pattern":  # which units are lost only matters when some are lost
        force_effort.update(units_lost=20)
    before, alt = force_effort.png, force_effort.alt()
    force_effort.update(**{name: value})
    assert force_effort.png != before and force_effort.alt() != alt
    force_effort.reset()


def test_force_effort_note_matches_the_models(force_effort):
    force_effort.reset()
    note = force_effort.status.value
    assert "40.6% effort" in note and "52.5% effort" in note
    assert "maximum 67.3% of healthy" in note
    n = d.force_effort_numbers(30, 0, "largest", 30)
    assert n.endurance_healthy_min == pytest.approx(float(fatigue.endurance_time_min(0.3)))
    assert n.relative_load_affected_pct == pytest.approx(30 / n.affected_max_pct * 100)
    # out of reach: the affected maximum is below the target
    force_effort.update(spike_failure=60, target=90)
    assert "cannot produce 90%" in force_effort.status.value
    assert "never reaches it" in force_effort.alt()
    force_effort.reset()


def test_force_effort_default_caption_numbers():
    n = d.force_effort_numbers()
    assert n.affected_max_pct == pytest.approx(67.3, abs=0.05)
    assert n.endurance_affected_min < n.endurance_healthy_min


def test_bad_values_are_refused(force_effort, disuse_diagram):
    with pytest.raises(ValueError, match="spike_failure must be between"):
        force_effort.update(spike_failure=80)
    with pytest.raises(ValueError, match="loss_pattern must be one of"):
        force_effort.update(loss_pattern="biggest")
    with pytest.raises(TypeError, match="target must be a number"):
        force_effort.update(target="thirty")
    with pytest.raises(ValueError, match="unknown control"):
        disuse_diagram.update(weeks=3)
    with pytest.raises(ValueError, match="activity must be between"):
        disuse_diagram.update(activity=-10)


@pytest.mark.parametrize("name, value", [("rest_days", 14), ("activity", 50)])
def test_disuse_controls_change_the_picture(disuse_diagram, name, value):
    disuse_diagram.reset()
    before, alt = disuse_diagram.png, disuse_diagram.alt()
    disuse_diagram.update(**{name: value})
    assert disuse_diagram.png != before and disuse_diagram.alt() != alt
    disuse_diagram.reset()


def test_disuse_numbers_and_no_rest(disuse_diagram):
    n = d.disuse_numbers(28, 0.0)
    assert n.strength_end_pct == pytest.approx(100 * float(disuse.strength_after_disuse(28)))
    assert n.size_end_pct > n.strength_end_pct  # strength falls faster than size
    disuse_diagram.update(rest_days=0)
    assert "stay at baseline" in disuse_diagram.status.value
    disuse_diagram.reset()


@pytest.mark.parametrize("name", FACTORIES)
def test_a_saved_figure_equals_the_live_picture(name):
    """Saving (as the slide figures do) draws the animated helpers, legends included."""
    diagram = FACTORIES[name]()
    diagram.update(**{c: interactive.moves(w)[1] for c, w in diagram.controls.items()})
    saved = io.BytesIO()
    diagram.figure.savefig(saved, format="png", dpi=diagram.figure.dpi)
    assert np.array_equal(pixels(saved.getvalue()), pixels(diagram.encode()))


# ----------------------------------------------------------------------------- self-checks
def _verdict(fn, answer):
    return fn(answer).status


def test_exercise_1():
    right = check.expected_1()
    assert right == pytest.approx(58.4, abs=0.1)
    assert _verdict(check.exercise_1, right) == "right"
    assert _verdict(check.exercise_1, 52.5) == "wrong"  # forgot the lost units
    assert _verdict(check.exercise_1, right / 100) == "wrong"  # a fraction
    assert "percent" in check.exercise_1(right / 100).message
    assert _verdict(check.exercise_1, ...) == "unanswered"


def test_exercise_3():
    right = check.expected_3()
    # trunk pair: about 357 s for the affected muscle against 675 s healthy
    assert 340 < right < 370
    assert _verdict(check.exercise_3, right) == "right"
    healthy = check.exercise_3(float(fatigue.three_compartment_endurance_s(0.2)))
    assert healthy.status == "wrong" and "healthy" in healthy.message
    assert "minutes" in check.exercise_3(right / 60).message


def test_force_effort_note_says_why_pattern_does_nothing_at_zero_lost():
    from msbackpain.lessons.weakness_and_fatigue.diagrams import _force_effort_describe

    note = _force_effort_describe(30, 0, "largest", 30)
    assert "changes nothing until the units-lost slider is above 0%" in note
    assert "changes nothing" not in _force_effort_describe(30, 20, "largest", 30)


# ----------------------------------------------------------------------------- static figures
def test_static_figures():
    ax = figures.plot_damage_cases(Figure().add_subplot())
    assert len(ax.get_lines()) == len(figures.DAMAGE_CASES) + 1
    ax = figures.plot_firing_rates(Figure().add_subplot())
    assert "Hz" in ax.get_ylabel() and len(ax.texts) == 5
    with pytest.raises(ValueError, match=r"units must be between 1 and 120 \(got 0\)"):
        figures.plot_firing_rates(Figure().add_subplot(), units=(0,))
    ax = figures.plot_unit_properties(Figure().add_subplot())
    assert ax.get_yscale() == "log" and len(ax.get_lines()) == 3


def test_figure_texts_quote_the_numbers_they_are_given():
    pool = motor.DEFAULT_POOL
    alt = captions.unit_pool(
        pool.recruitment_threshold[-1] / pool.recruitment_threshold[0],
        pool.twitch_amplitude[-1] / pool.twitch_amplitude[0],
    ).alt
    assert "about 29 times unit 1, twitch amplitude to about 96 times" in alt
