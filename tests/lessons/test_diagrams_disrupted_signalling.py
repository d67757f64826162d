"""Notebook 02's interactive diagram, its figures and their texts, and its self-checks."""

from __future__ import annotations

import numpy as np
import pytest
from matplotlib.figure import Figure

from msbackpain import signalling as sg
from msbackpain.lessons.disrupted_signalling import captions, figures
from msbackpain.lessons.disrupted_signalling import checks as check
from msbackpain.lessons.disrupted_signalling import diagrams as diagram_module
from msbackpain.ui import interactive, style

style.apply()


@pytest.fixture(scope="module")
def trains():
    return diagram_module.make_spike_train()


# --- the diagram ---------------------------------------------------------------------------------


def test_registered_under_notebook_02():
    assert interactive.REGISTRY["02:spike train through a lesion"] is (
        diagram_module.make_spike_train
    )


@pytest.mark.parametrize(
    ("control", "value"), [("rate_hz", 150.0), ("refractory_factor", 20), ("train", "regular")]
)
def test_every_control_changes_the_picture(trains, control, value):
    trains.reset()
    before = trains.png
    trains.update(**{control: value})
    assert trains.png != before
    trains.reset()


def test_note_and_alt_follow_the_model(trains):
    trains.reset()
    expected = sg.delivered_fraction(80.0, 5.0)
    assert f"{100 * expected:.0f}%" in trains.status.value
    trains.update(train="regular", rate_hz=30.0, refractory_factor=34)
    assert "50%" in trains.status.value  # every second spike lost
    trains.update(refractory_factor=5)
    assert "100%" in trains.status.value  # regular 30 Hz, 5 ms: nothing lost
    assert "regular spike train at 30 Hz" in trains.alt()
    trains.reset()


@pytest.mark.parametrize(
    ("values", "error", "words"),
    [
        ({"rate_hz": 0.0}, ValueError, "rate_hz must be between 5.0 and 200.0"),
        ({"refractory_factor": 50}, ValueError, "refractory_factor must be between 1 and 34"),
        ({"train": "bursty"}, ValueError, "train must be one of"),
        ({"rate_hz": None}, TypeError, "rate_hz must be a number"),
    ],
)
def test_bad_values_are_refused_and_change_nothing(trains, values, error, words):
    trains.reset()
    png = trains.png
    with pytest.raises(error, match=words):
        trains.update(**values)
    assert trains.png == png and trains.values == trains.defaults


def test_sample_train_refuses_unknown_types():
    with pytest.raises(ValueError, match="train must be 'poisson' or 'regular'"):
        diagram_module.sample_train(10.0, "bursty")


# --- the static figures and their texts -----------------------------------------------------------


def test_raster_text_counts_the_blocked_spikes_of_the_notebook_train():
    train = sg.poisson_train(80.0, 500.0, seed=2)  # the train of section 1
    blocked = [int((~sg.delivered_mask(train, f * sg.NORMAL_REFRACTORY_MS)).sum()) for f in (1, 5)]
    alt = captions.raster(*blocked).alt
    assert "all sent spikes but one reappear" in alt  # the notebook says so in its text
    assert "six sent spikes that sit close behind another are crosses" in alt
    assert "every sent spike reappears" in captions.raster(0, 1).alt
    assert "one sent spike that sits close behind another is a cross" in captions.raster(0, 1).alt


# --- self-checks ---------------------------------------------------------------------------------


def test_exercise_1_rate_for_80_percent():
    tau_s = 5 * sg.NORMAL_REFRACTORY_MS / 1000
    right = (1 / 0.8 - 1) / tau_s
    assert right == pytest.approx(50.0)
    assert sg.delivered_fraction(right, 5.0) == pytest.approx(0.8)
    assert check.exercise_1(right).status == "right"
    assert check.exercise_1(0.8 / tau_s).status == "wrong"  # forgot the 1 / 0.8 - 1
    assert check.exercise_1(...).status == "unanswered"


# --- the numbers the prose restates (results) ---------------------------------------------------


def test_results_restate_the_notebook_computations():
    from msbackpain.lessons.disrupted_signalling import results

    sent, healthy, damaged = results.raster_counts()
    train = sg.poisson_train(80.0, 500.0, seed=2)  # the train of section 1
    assert sent == train.size
    assert damaged == int(sg.delivered_mask(train, 5 * sg.NORMAL_REFRACTORY_MS).sum())
    r = results.RESULTS
    assert r["raster_lost"].compute() == sent - damaged
    assert r["fixed_delay_ms"].text() == f"{sg.FIXED_LOOP_DELAY_MS:.0f} ms"
    assert r["ex1_rate"].compute() == pytest.approx(50.0)


def test_node_chain_refractory_results_follow_the_conduction_model():
    """The refractory factors 02 states come from the node chain's two-pulse table."""
    from msbackpain import conduction as cd
    from msbackpain.lessons.disrupted_signalling import results

    r = results.RESULTS
    assert r["chain_f4"].compute() == cd.refractory_factor(4.0) == 1.0
    assert 1.5 < r["chain_f6"].compute() < 2.0 < r["chain_edge"].compute()
    assert cd.refractory_factor(r["chain_twice_f"].compute()) == pytest.approx(2.0, abs=1e-6)
    assert r["chain_flat_f"].compute() < 5.0 < r["chain_twice_f"].compute() < 7.0
    assert r["chain_edge_f"].compute() == cd.REFRACTORY_TABLE_SEVERITY[-1]
    assert set(results.CHAIN_SEVERITIES) <= set(cd.REFRACTORY_TABLE_SEVERITY.tolist())


def test_build_steps_right_wrong_and_the_rule_the_notebook_uses(capsys):
    import math

    def passes(interval, tau):
        return interval >= tau

    def last_delivered(times, tau):
        last = -math.inf
        for t in times:
            if passes(t - last, tau):
                last = t
        return last

    def delivered(times, tau):
        kept, last = [], -math.inf
        for t in times:
            kept.append(passes(t - last, tau))
            if kept[-1]:
                last = t
        return kept

    def restarts_the_clock(times, tau):
        kept, last = [], -math.inf
        for t in times:
            kept.append(passes(t - last, tau))
            last = t
        return kept

    assert check.build_step_1(passes).status == "right"
    assert check.build_step_1(lambda i, tau: i > tau).status == "wrong"
    assert check.build_step_2(last_delivered).status == "right"
    assert check.build_step_2(lambda times, tau: times[-1]).status == "wrong"
    assert check.build_step_3(delivered) is delivered
    assert "uses your refractory rule" in capsys.readouterr().out
    assert check.build_step_3(restarts_the_clock) is sg.delivered_mask
    assert check.build_step_3(...) is sg.delivered_mask


def test_figures_draw_on_a_given_axes():
    fig = Figure()
    ax2, ax3, ax4 = fig.subplots(3, 1)
    assert figures.plot_delivered_fraction(ax2, np.linspace(0, 100, 11), (1.0, 5.0)) is ax2
    assert len(ax2.get_lines()) == 2 and "(Hz)" in ax2.get_xlabel()
    volleys = [sg.dispersed_volley(sg.bundle_velocities(50, p, seed=0)) for p in (0.0, 0.6)]
    assert figures.plot_dispersed_volley(ax3, volleys, ["healthy", "damaged"]) is ax3
    assert "(ms)" in ax3.get_xlabel()
    with pytest.raises(ValueError, match="labels must have one entry per volley"):
        figures.plot_dispersed_volley(ax3, volleys, ["one"])
    assert figures.plot_feedback_latency(ax4) is ax4
    assert len(ax4.texts) == 2 and "(ms)" in ax4.get_ylabel()
    with pytest.raises(ValueError, match="conduction_slowing"):
        figures.plot_feedback_latency(Figure().subplots(), [0.5, 2.0])
    fig.canvas.draw()
