"""Notebook 05's interactive diagrams, figures and self-checks (posture, gait and balance)."""

from __future__ import annotations

import re

import numpy as np
import pytest
from matplotlib.figure import Figure

from msbackpain import balance, gait, spine
from msbackpain.lessons.posture_gait_balance import captions, diagrams, figures
from msbackpain.lessons.posture_gait_balance import checks as check
from msbackpain.ui import interactive, style

style.apply()
FACTORIES = {"sway": diagrams.make_sway, "spinal load": diagrams.make_spinal_load}


@pytest.fixture(scope="module")
def sway():
    return diagrams.make_sway()


@pytest.fixture(scope="module")
def spinal():
    return diagrams.make_spinal_load()


def test_both_diagrams_are_registered():
    assert interactive.REGISTRY["05:sway"] is diagrams.make_sway
    assert interactive.REGISTRY["05:spinal load"] is diagrams.make_spinal_load


@pytest.mark.parametrize(
    "move", [{"delay_ms": 100}, {"cocontraction_pct": 20}, {"gain": 1.8}], ids=str
)
def test_every_sway_control_changes_the_picture(sway, move):
    sway.reset()
    before = sway.png
    sway.update(**move)
    assert sway.png != before
    sway.reset()


def test_sway_describes_stay_and_fall(sway):
    sway.reset()
    assert "stays up" in sway.status.value and "critical delay 237 ms" in sway.status.value
    sway.update(delay_ms=250)
    assert "falls" in sway.status.value
    assert "falls" in sway.alt()
    sway.reset()


def test_sway_picture_follows_the_model(sway):
    sway.update(delay_ms=120, cocontraction_pct=10, gain=1.5)
    state = diagrams.sway_state(120, 10, 1.5)
    expected = balance.simulate_sway(0.12, 30, params=state["params"])
    np.testing.assert_allclose(state["run"].angle_deg, expected.angle_deg)
    assert f"{expected.sd_angle_deg:.2f}°" in sway.status.value
    sway.reset()


@pytest.mark.parametrize(
    "move", [{"trunk_deg": 60}, {"body_mass_kg": 100}, {"load_kg": 10}], ids=str
)
def test_every_spinal_control_changes_the_picture(spinal, move):
    spinal.reset()
    before = spinal.png
    spinal.update(**move)
    assert spinal.png != before
    spinal.reset()


def test_spinal_note_matches_the_model_and_zones(spinal):
    spinal.reset()
    c = float(spine.l5s1_load(70, 45).compression_N) / 1000
    assert f"{c:.2f} kN (below 3.4 kN)" in spinal.status.value
    spinal.update(load_kg=10)
    assert "(3.4–6.4 kN)" in spinal.status.value
    spinal.update(trunk_deg=90, body_mass_kg=120, load_kg=25)
    assert "(above 6.4 kN)" in spinal.status.value and "above 6.4 kN" in spinal.alt()
    spinal.reset()


@pytest.mark.parametrize(
    "diagram_name, values, error",
    [
        ("sway", {"delay_ms": 400}, ValueError),
        ("sway", {"gain": "high"}, TypeError),
        ("sway", {"stiffness": 1}, ValueError),
        ("spinal", {"trunk_deg": -10}, ValueError),
        ("spinal", {"load_kg": 80}, ValueError),
    ],
)
def test_bad_values_are_refused(sway, spinal, diagram_name, values, error):
    diagram = {"sway": sway, "spinal": spinal}[diagram_name]
    diagram.reset()
    png, before = diagram.png, diagram.values
    with pytest.raises(error):
        diagram.update(**values)
    assert diagram.png == png and diagram.values == before


def test_stick_figure_updates_in_place():
    ax = Figure().add_subplot()
    figure = diagrams.StickFigure(ax, 0)
    n_artists = len(ax.get_children())
    res = figure.update(60, 20, 90)
    assert len(ax.get_children()) == n_artists
    assert float(res.compression_N) == pytest.approx(
        float(spine.l5s1_load(90, 60, 20).compression_N)
    )
    assert figure.box.get_visible() and "20 kg" in figure.box_label.get_text()
    figure.update(30, 0)
    assert not figure.box.get_visible()
    assert {figure.trunk, figure.box, figure.text} <= set(figure.moving)


def _verdict(fn, answer):
    return fn(answer).status


def test_exercise_1():
    right = 1000 * (balance.critical_delay() - balance.MS_DELAY_S)
    assert _verdict(check.exercise_1, right) == "right"
    assert _verdict(check.exercise_1, right / 1000) == "wrong"
    assert "milliseconds" in check.exercise_1(right / 1000).message
    assert "rounded" in check.exercise_1(250 - 161).message
    assert _verdict(check.exercise_1, ...) == "unanswered"


def test_exercise_2():
    angles = np.linspace(0, 90, 9001)
    c = spine.l5s1_load(70, angles, 10).compression_N
    right = angles[np.argmax(c >= spine.NIOSH_COMPRESSION_CRITERION_N)]
    assert right == pytest.approx(41.3, abs=0.05)
    assert _verdict(check.exercise_2, right) == "right"
    assert "20 kg" in check.exercise_2(22.9).message
    assert _verdict(check.exercise_2, 45) == "wrong"


def test_strategies_plot():
    ax = Figure().add_subplot()
    strategies = {
        "relaxed": balance.BalanceParams(),
        "stiff": balance.BalanceParams(cocontraction=0.2),
    }
    assert figures.plot_strategies(ax, strategies) is ax
    assert len(ax.get_legend().get_texts()) == 2
    assert "237 ms" in ax.get_legend().get_texts()[0].get_text()


def test_sway_plots():
    ax1, ax2 = Figure().subplots(1, 2)
    runs = [
        balance.simulate_sway(d, 20) for d in (balance.CONTROL_DELAY_S, balance.MS_DELAY_S, 0.3)
    ]
    assert figures.plot_sway(ax1, runs) is ax1
    assert len(ax1.get_lines()) >= 3
    assert ax1.get_xlabel() and "cm" in ax1.get_ylabel()
    assert "falls at" in ax1.get_legend().get_texts()[2].get_text()
    assert figures.plot_sd_vs_delay(ax2) is ax2
    assert "ms" in ax2.get_xlabel()
    with pytest.raises(ValueError, match="labels must have one entry per result"):
        figures.plot_sway(ax1, runs, labels=["a"])


def test_gait_plots():
    ax1, ax2 = Figure().subplots(1, 2)
    assert figures.plot_lean_tradeoff(ax1, lean_now_deg=12) is ax1
    assert "N·m" in ax1.get_ylabel() and "degrees" in ax1.get_xlabel()
    assert figures.plot_frontal_figure(ax2, 15) is ax2
    assert any("kN" in t.get_text() for t in ax2.texts)


def test_figure_texts_carry_the_models_numbers():
    texts = captions.sway_texts(1000 * balance.critical_delay())
    assert "critical delay of 237 ms" in texts.alt
    lean = captions.lean_texts(float(gait.lean_needed_deg(0.5)), float(gait.lean_needed_deg(0)))
    assert "leaning about 12 degrees" in lean.alt and "near 25 degrees" in lean.alt
    assert "critical delay 190 ms" in captions.strategy_texts(237, 190, 235).alt


def test_the_notebook_shows_every_figure_text(root):
    source = (root / "src" / "notebooks" / "05_posture_gait_balance.py").read_text()
    assert set(re.findall(r'TEXTS\["([^"]+)"\]', source)) == set(captions.TEXTS)


# --- issue 15: the critical delay depends on assumptions; numbers come from the models ----------


def test_sd_plot_shades_the_fitted_healthy_loop_delays():
    ax = Figure().add_subplot()
    figures.plot_sd_vs_delay(ax)
    spans = [p for p in ax.patches if p.get_hatch() == ".."]
    assert len(spans) == 1
    x0, x1 = spans[0].get_x(), spans[0].get_x() + spans[0].get_width()
    assert (x0, x1) == pytest.approx((150.0, 200.0))
    assert "150 to 200 ms" in captions.sway_texts(237).alt
    plain = Figure().add_subplot()
    figures.plot_sd_vs_delay(plain, show_fitted_range=False)
    assert not [p for p in plain.patches if p.get_hatch() == ".."]


def test_results_balance_follow_the_models():
    from msbackpain import fatigue
    from msbackpain.lessons.posture_gait_balance import results

    r = results.RESULTS
    assert r["critical_ms"].compute() == pytest.approx(1000 * balance.critical_delay())
    lo, hi = r["peterka_ms_range"].compute()
    assert lo < r["critical_ms"].compute() < hi  # the MS range straddles the edge
    grid_lo, grid_hi = r["critical_grid_range"].compute()
    assert grid_lo < 150 and grid_hi > hi
    assert r["max_stable_ms"].compute() > grid_hi
    # the strategies use Frey-Law's ankle rates: relaxed effort is below the no-limit load
    threshold = fatigue.fatigue_threshold_load(joint="ankle")
    assert results.effort() < threshold < results.effort(results.STIFF)
    assert np.isinf(results.endurance_min()) and np.isfinite(results.endurance_min(results.STIFF))
    assert r["endurance_stiff"].text().endswith("minutes")


def test_quiz_has_the_critical_delay_question():
    from msbackpain.lessons.posture_gait_balance import quiz

    assert len(quiz.QUIZ.questions) == 6
    q = quiz.QUIZ.questions[1]
    correct = [c for c in q.choices if c.correct]
    assert len(correct) == 1 and "depends on assumptions" in correct[0].text
    assert quiz.PETERKA_LO_MS < quiz.CRITICAL_MS < quiz.PETERKA_HI_MS


def test_spine_plot():
    ax1 = Figure().subplots()
    assert figures.plot_compression_vs_angle(ax1, current=(45, 10)) is ax1
    assert "kN" in ax1.get_ylabel() and "degrees" in ax1.get_xlabel()
    assert "you are here" in [t.get_text() for t in ax1.get_legend().get_texts()]
