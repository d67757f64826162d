"""Notebook 02's interactive diagram, its self-checks, and the plot added for the notebook."""

from __future__ import annotations

import io

import matplotlib
import numpy as np
import pytest

matplotlib.use("Agg")
from matplotlib.figure import Figure  # noqa: E402

from msbackpain import signalling as sg  # noqa: E402
from msbackpain.lessons.disrupted_signalling import checks as check  # noqa: E402
from msbackpain.lessons.disrupted_signalling import diagrams as diagram_module  # noqa: E402
from msbackpain.ui import fast_redraw, interactive, style  # noqa: E402
from msbackpain.ui.display import DPI  # noqa: E402

style.apply()


@pytest.fixture(scope="module")
def trains():
    return diagram_module.make_spike_train()


def rgba(figure) -> np.ndarray:
    raw = io.BytesIO()
    figure.savefig(raw, format="rgba", dpi=DPI)
    w, h = (int(round(x)) for x in figure.get_size_inches() * DPI)
    return np.frombuffer(raw.getvalue(), dtype=np.uint8).reshape(h, w, 4).astype(int)


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


def test_the_frozen_backdrop_looks_like_a_full_drawing():
    fresh = diagram_module.make_spike_train()
    full = rgba(fresh.figure)
    fresh.update(rate_hz=150.0)
    fresh.reset()
    frozen = rgba(fresh.figure)
    assert isinstance(fresh.figure.artists[0], fast_redraw.Backdrop)
    differs = np.abs(full - frozen).max(axis=2) > 40
    assert differs.mean() < 0.005, differs.mean()


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


def test_feedback_latency_plot_draws():
    fig = Figure()
    ax = fig.subplots()
    assert sg.plot_feedback_latency(ax) is ax
    assert len(ax.texts) == 2 and "(ms)" in ax.get_ylabel()
    fig.canvas.draw()


# --- self-checks ---------------------------------------------------------------------------------


def test_exercise_1_rate_for_80_percent():
    tau_s = 5 * sg.NORMAL_REFRACTORY_MS / 1000
    right = (1 / 0.8 - 1) / tau_s
    assert right == pytest.approx(50.0)
    assert sg.delivered_fraction(right, 5.0) == pytest.approx(0.8)
    assert check.exercise_1(right).status == "right"
    assert check.exercise_1(0.8 / tau_s).status == "wrong"  # forgot the 1 / 0.8 - 1
    assert check.exercise_1(...).status == "unanswered"


def test_exercise_2_lowest_losing_rate():
    right = 1000 / (34 * sg.NORMAL_REFRACTORY_MS)
    assert sg.delivered_fraction(right * 0.99, 34.0, train="regular") == 1.0
    assert sg.delivered_fraction(right * 1.01, 34.0, train="regular") == 0.5
    assert check.exercise_2(right).status == "right"
    assert check.exercise_2(34.0).status == "wrong"  # the period, not the rate


def test_exercise_3_fixed_delay():
    conduction_ms = 1000 * sg.AFFERENT_PATH_M / sg.HEALTHY_AFFERENT_VELOCITY_M_S
    right = sg.CONTROL_LATENCY_MS - conduction_ms
    assert right == pytest.approx(sg.FIXED_LOOP_DELAY_MS)
    assert check.exercise_3(right).status == "right"
    assert check.exercise_3(conduction_ms).status == "wrong"


def test_exercise_4_slowing():
    conduction_ms = 1000 * sg.AFFERENT_PATH_M / sg.HEALTHY_AFFERENT_VELOCITY_M_S
    fixed = sg.CONTROL_LATENCY_MS - conduction_ms
    right = (sg.MS_LATENCY_MS - fixed) / conduction_ms
    assert right == pytest.approx(sg.MS_CONDUCTION_SLOWING)
    assert check.exercise_4(right).status == "right"
    assert check.exercise_4(sg.MS_LATENCY_MS / sg.CONTROL_LATENCY_MS).status == "wrong"
