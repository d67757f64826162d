"""Notebook 06's diagrams, static figures, figure texts and self-checks (pain)."""

from __future__ import annotations

import numpy as np
import pytest
from matplotlib.figure import Figure
from test_blit import shown_ticks

from msbackpain import fear_avoidance, lhermitte, medication, pain
from msbackpain.lessons.pain import captions, diagrams, figures
from msbackpain.lessons.pain import checks as check
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


def test_day_plan_time_axis_follows_the_plan(day):
    """The time axis ends at the plan's end rounded up to even hours; its ticks say so."""
    day.update(hours=9.0, every_min=15, break_min=15)  # 9 h + 35 breaks of 15 min = 17.75 h
    ticks = shown_ticks(day.axes)
    assert {"4", "8", "12", "16"} <= set(ticks) and "10" not in ticks
    pain_line = day.axes.get_lines()[1]
    assert pain_line.get_xdata()[-1] == pytest.approx(17.75 / 18)
    day.reset()
    ticks = shown_ticks(day.axes)
    assert {"2", "4", "6", "8", "10"} <= set(ticks) and "12" not in ticks


@pytest.mark.parametrize(
    "move",
    [
        {"activity": "bending"},
        {"hours": 4.0},
        {"every_min": 60},
        {"break_min": 0},
        {"break_activity": "standing"},
        {"activity": "sitting_supported"},
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
    assert f"Mean discomfort {result.mean_pain:.1f}" in day.status.value
    assert f"mean {ref.mean_pain:.1f}" in day.status.value
    assert "not damage" in day.status.value
    day.update(break_activity="lying")
    lying = pain.simulate_day(pain.with_breaks("sitting", 480, 30, 5, "lying"))
    assert f"Mean discomfort {lying.mean_pain:.1f}" in day.status.value
    assert lying.mean_pain == pytest.approx(result.mean_pain)  # the model cannot tell them apart
    assert "lie-down" in day.alt()
    day.update(break_activity="standing")
    standing = pain.simulate_day(pain.with_breaks("sitting", 480, 30, 5, "standing"))
    assert f"Mean discomfort {standing.mean_pain:.1f}" in day.status.value
    assert "stand-still" in day.alt()
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
        level = fear_avoidance.chronic_level(g, catastrophising=g)
        assert level == pytest.approx(long_run, rel=1e-3)
        if g * level <= 10:  # below the cap of fear at 10 the plain formula holds
            assert fear_avoidance.chronic_level(g) == pytest.approx(long_run, rel=1e-3)
    np.testing.assert_array_equal(fear_avoidance.chronic_level([0.0, 0.5, 1.0]), 0.0)
    with pytest.raises(ValueError, match="gain must be between 0 and 25"):
        fear_avoidance.chronic_level(-1)


def test_figure_texts_follow_the_numbers():
    text = captions.day_breaks(9.25, 1.94, 1.34, 0.68)
    assert "about 9 hours" in text.alt and "to about 1.9." in text.alt
    assert "to about 1.3." in text.alt and "peaking at about 0.7." in text.alt
    assert "not damage" in text.caption
    text = captions.lhermitte(6, 3, ("neck", "lower back", "legs"))
    assert "six smooth forward bends" in text.alt and "three of the bends" in text.alt
    assert "at the neck, lower back and legs, and no times" in text.alt
    assert "ms" not in text.alt.split() and "at once" in text.caption
    drug = medication.published_rates("interferon beta-1a")
    placebo = medication.published_rates("placebo")
    rates = captions.side_effect_rates(drug, placebo).alt
    assert rates.startswith("Grouped horizontal bars. Flu-like symptoms: 37% with interferon")
    assert "Myalgia: 15% and 8%." in rates and rates.endswith("longer than its placebo bar.")
    assert "longer" not in captions.side_effect_rates({"headache": 0.1}, {"headache": 0.2}).alt
    text = captions.fear_avoidance_runs(3.54, 3.16, 5.82)
    assert "about 3.5 and stays near 3.2" in text.alt and "settles near 5.8" in text.alt


def _status(verdict):
    return verdict.status


def test_best_day_plan_is_a_model_output_and_not_lying_down():
    from msbackpain.lessons.pain import results

    best = results.best_desk_plan()
    days = results.desk_days()
    assert days[best].mean_pain == min(d.mean_pain for d in days.values())
    assert "lying" not in best and "lie" not in best
    assert results.RESULTS["best_desk_plan"].text() == best


def test_exercise_2():
    right = 50 * float(lhermitte.trigger_probability(40, 0.5))
    assert _status(check.exercise_2(right)) == "right"
    wrong = check.exercise_2(25)
    assert wrong.status == "wrong" and "angle" in wrong.message


def test_exercise_4():
    right = 1 - 1 / float(fear_avoidance.loop_gain(catastrophising=1.2))
    assert _status(check.exercise_4(right)) == "right"
    assert _status(check.exercise_4(0.3)) == "wrong"
    assert _status(check.exercise_4(0.0)) == "wrong"


def test_static_figures_draw_what_the_notebook_describes():
    fig = Figure()
    ax_day, ax_time, ax_body, ax_rates = fig.subplots(1, 4)
    sitting = pain.simulate_day([("sitting", 480)])
    assert figures.plot_day(ax_day, sitting, "no breaks") is ax_day
    assert ax_day.get_lines()[0].get_label() == f"no breaks (mean {sitting.mean_pain:.1f})"
    t, a = lhermitte.neck_flexion_series(120, 6, 40, seed=0)
    episodes = lhermitte.simulate_episodes(t, a, 0.6, seed=1)
    assert figures.plot_timeline(ax_time, t, a, episodes) is ax_time
    assert ax_time.get_title() == f"{episodes.n_episodes} episodes from 6 flexions"
    assert figures.plot_body_felt(ax_body, episodes) is ax_body
    texts = {txt.get_text() for txt in ax_body.texts}
    assert set(lhermitte.REGIONS) <= texts and not any("ms" in t.split() for t in texts)
    assert ax_body.get_title() == "where the shock is felt, all at once"
    partial = lhermitte.simulate_episodes(t, a, 0.6, felt=("neck", "legs"), seed=1)
    ax_body.clear()
    figures.plot_body_felt(ax_body, partial)
    assert "arms (not felt)" in {txt.get_text() for txt in ax_body.texts}
    assert figures.plot_rates(ax_rates) is ax_rates
    assert {txt.get_text() for txt in ax_rates.texts} >= {"37%", "22%", "36%", "20%"}
