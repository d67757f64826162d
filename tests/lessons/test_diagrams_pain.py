"""Notebook 06's interactive diagrams and self-checks (pain)."""

from __future__ import annotations

import numpy as np
import pytest

from msbackpain import fear_avoidance, lhermitte, medication, pain
from msbackpain.lessons.pain import checks as check
from msbackpain.lessons.pain import diagrams
from msbackpain.ui import interactive, style

style.apply()


@pytest.fixture(scope="module")
def day():
    return diagrams.make_day_plan()


@pytest.fixture(scope="module")
def loop():
    return diagrams.make_fear_avoidance_loop()


def test_both_diagrams_are_registered():
    assert interactive.REGISTRY["06:day plan"] is diagrams.make_day_plan
    assert interactive.REGISTRY["06:fear-avoidance loop"] is diagrams.make_fear_avoidance_loop


@pytest.mark.parametrize(
    "move",
    [
        {"activity": "bending"},
        {"hours": 4.0},
        {"every_min": 60},
        {"break_min": 0},
        {"break_activity": "lying"},
    ],
    ids=str,
)
def test_every_day_control_changes_the_picture(day, move):
    day.reset()
    before = day.png
    day.update(**move)
    assert day.png != before
    day.reset()


def test_day_note_matches_the_model(day):
    day.reset()
    plan = pain.with_breaks("sitting", 480, 30, 5, "walking")
    result = pain.simulate_day(plan)
    ref = pain.simulate_day([("sitting", 480)])
    assert f"Mean pain {result.mean_pain:.1f}" in day.status.value
    assert f"mean {ref.mean_pain:.1f}" in day.status.value
    day.update(break_activity="lying")
    lying = pain.simulate_day(pain.with_breaks("sitting", 480, 30, 5, "lying"))
    assert f"Mean pain {lying.mean_pain:.1f}" in day.status.value
    assert "lie-down" in day.alt()
    day.update(break_min=0)
    assert "no breaks" in day.status.value
    day.reset()


def test_loop_controls_change_the_picture(loop):
    for move in ({"catastrophising": 0.8}, {"exposure": 0.3}):
        loop.reset()
        before = loop.png
        loop.update(**move)
        assert loop.png != before
    loop.reset()
    loop.update(exposure=0.3)
    before = loop.png
    loop.update(start_week=20)
    assert loop.png != before
    loop.reset()


def test_loop_note_gives_gain_and_verdict(loop):
    loop.reset()
    assert "= 1.20" in loop.status.value and "above 1" in loop.status.value
    loop.update(exposure=0.3)
    assert "= 0.84" in loop.status.value and "settles" in loop.status.value
    loop.update(exposure=0.3, start_week=20)
    assert "from week 20" in loop.status.value and "from week 20" in loop.alt()
    loop.reset()


@pytest.mark.parametrize(
    "diagram_name, values, error",
    [
        ("day", {"activity": "running"}, ValueError),
        ("day", {"hours": 12}, ValueError),
        ("day", {"break_activity": "sleeping"}, ValueError),
        ("loop", {"exposure": 1.5}, ValueError),
        ("loop", {"catastrophising": "a lot"}, TypeError),
    ],
)
def test_bad_values_are_refused(day, loop, diagram_name, values, error):
    diagram = {"day": day, "loop": loop}[diagram_name]
    diagram.reset()
    png, before = diagram.png, diagram.values
    with pytest.raises(error):
        diagram.update(**values)
    assert diagram.png == png and diagram.values == before


def test_chronic_level_matches_long_simulation_and_is_zero_below_one():
    for g in (1.2, 1.5, 2.5):
        long_run = fear_avoidance.simulate_loop(300, catastrophising=g).pain[-1]
        assert fear_avoidance.chronic_level(g) == pytest.approx(long_run, rel=1e-3)
    np.testing.assert_array_equal(fear_avoidance.chronic_level([0.0, 0.5, 1.0]), 0.0)
    with pytest.raises(ValueError, match="gain must be between 0 and 25"):
        fear_avoidance.chronic_level(-1)


def _status(verdict):
    return verdict.status


def test_exercise_1_accepts_a_working_plan_and_explains_failures():
    good = pain.with_breaks("sitting", 480, 30, 5, "lying")
    assert _status(check.exercise_1(good)) == "right"
    assert _status(check.exercise_1(pain.with_breaks("sitting", 480, 45, 10, "lying"))) == "right"
    walking = check.exercise_1(pain.with_breaks("sitting", 480, 30, 5, "walking"))
    assert walking.status == "wrong" and "lying down" in walking.message
    short = check.exercise_1([("sitting", 400), ("lying", 10)])
    assert short.status == "wrong" and "400 min" in short.message
    long = check.exercise_1(pain.with_breaks("sitting", 480, 15, 15, "lying"))
    assert long.status == "wrong" and "600" in long.message
    bad = check.exercise_1([("sit", 480)])
    assert bad.status == "wrong" and "unknown activity" in bad.message
    assert _status(check.exercise_1(...)) == "unanswered"
    assert _status(check.exercise_1([("sitting", ...)])) == "unanswered"


def test_exercise_2():
    right = 50 * float(lhermitte.trigger_probability(40, 0.5))
    assert _status(check.exercise_2(right)) == "right"
    wrong = check.exercise_2(25)
    assert wrong.status == "wrong" and "angle" in wrong.message


def test_exercise_3():
    drug = medication.published_rates("interferon beta-1a")
    placebo = medication.published_rates("placebo")
    excess = {k: drug[k] - placebo[k] for k in drug}
    right = max(excess, key=excess.get)
    assert right == "headache"
    assert _status(check.exercise_3(right)) == "right"
    wrong = check.exercise_3("flu-like symptoms")
    assert wrong.status == "wrong" and "placebo" in wrong.message
    assert _status(check.exercise_3("nausea")) == "wrong"


def test_exercise_4():
    right = 1 - 1 / float(fear_avoidance.loop_gain(catastrophising=1.2))
    assert _status(check.exercise_4(right)) == "right"
    assert _status(check.exercise_4(0.3)) == "wrong"
    assert _status(check.exercise_4(0.0)) == "wrong"
