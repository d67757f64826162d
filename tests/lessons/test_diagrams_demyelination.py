"""Notebook 01's interactive diagram, its self-checks, and the model helpers it relies on."""

from __future__ import annotations

import io
import warnings

import matplotlib
import numpy as np
import pytest

matplotlib.use("Agg")
from matplotlib.figure import Figure  # noqa: E402

from msbackpain import conduction as cd  # noqa: E402
from msbackpain.lessons.demyelination import checks as check  # noqa: E402
from msbackpain.lessons.demyelination import diagrams as diagram_module  # noqa: E402
from msbackpain.ui import interactive, style  # noqa: E402
from msbackpain.ui.display import DPI  # noqa: E402
from msbackpain.ui.fast_redraw import Backdrop  # noqa: E402

style.apply()


@pytest.fixture(scope="module")
def explorer():
    return diagram_module.make_lesion_explorer()


def rgba(figure) -> np.ndarray:
    raw = io.BytesIO()
    figure.savefig(raw, format="rgba", dpi=DPI)
    w, h = (int(round(x)) for x in figure.get_size_inches() * DPI)
    return np.frombuffer(raw.getvalue(), dtype=np.uint8).reshape(h, w, 4).astype(int)


# --- the diagram ---------------------------------------------------------------------------------


def test_registered_under_notebook_01():
    assert interactive.REGISTRY["01:lesion and temperature"] is (
        diagram_module.make_lesion_explorer
    )


@pytest.mark.parametrize(
    ("control", "value"), [("severity", 8.0), ("lesion_length", 2), ("delta_T_C", 12.0)]
)
def test_every_control_changes_the_picture(explorer, control, value):
    explorer.reset()
    before = explorer.png
    explorer.update(**{control: value})
    assert explorer.png != before
    explorer.reset()


def test_default_conducts_and_warming_blocks(explorer):
    explorer.reset()
    assert "Conducted" in explorer.status.value and "11.3 ms" in explorer.status.value
    assert "+9.4 °C" in explorer.status.value  # the temperature margin of f = 4
    explorer.update(delta_T_C=10.0)
    assert "BLOCKED" in explorer.status.value
    assert "cooler" in explorer.status.value
    assert "reaches only" in explorer.alt()
    explorer.update(severity=1.0)  # a healthy fibre conducts at the same warmth
    assert "Conducted" in explorer.status.value
    explorer.reset()


def test_the_frozen_backdrop_looks_like_a_full_drawing():
    """From the second drawing on, the unchanging parts are one image: the picture is the same."""
    fresh = diagram_module.make_lesion_explorer()
    full = rgba(fresh.figure)  # drawn in full, before any freezing
    fresh.update(severity=6.0)
    fresh.update(severity=4.0)  # back to the default state, now over the backdrop
    frozen = rgba(fresh.figure)
    assert fresh.figure.artists and isinstance(fresh.figure.artists[0], Backdrop)
    differs = np.abs(full - frozen).max(axis=2) > 40
    assert differs.mean() < 0.005, differs.mean()


@pytest.mark.parametrize(
    ("values", "error", "words"),
    [
        ({"severity": 0.5}, ValueError, "severity must be between 1.0 and 12.0"),
        ({"lesion_length": 30}, ValueError, "lesion_length must be between 1 and 12"),
        ({"delta_T_C": 40.0}, ValueError, "delta_T_C must be between -5.0 and 25.0"),
        ({"severity": "4"}, TypeError, "severity must be a number"),
        ({"speed": 1.0}, ValueError, "unknown control 'speed'"),
    ],
)
def test_bad_values_are_refused_and_change_nothing(explorer, values, error, words):
    explorer.reset()
    png = explorer.png
    with pytest.raises(error, match=words):
        explorer.update(**values)
    assert explorer.png == png and explorer.values == explorer.defaults


def test_slow_spikes_are_not_called_blocked_and_nothing_warns():
    """f = 10, 12-node lesion, cold: the spike takes about 47 ms, longer than the default window."""
    with pytest.warns(RuntimeWarning, match="may be slow"):
        short = cd.simulate_axon(10.0, 12, None, -7.0)
    assert not short.conducted
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        settled = cd.simulate_until_settled(10.0, 12, None, -7.0)
    assert settled.conducted and settled.duration_ms > short.duration_ms


# --- model helpers added for the diagram ------------------------------------------------------


@pytest.mark.parametrize(("severity", "length"), [(4.0, 2), (8.0, 10)])
def test_block_table_by_length_agrees_with_bisection(severity, length):
    tabulated = cd.block_delta_T_fast(severity, lesion_length=length)
    assert tabulated == pytest.approx(
        cd.block_delta_T_C(severity, lesion_length=length, tolerance_C=0.1), abs=0.15
    )


def test_block_table_by_length_is_consistent():
    table = cd.BLOCK_TABLE_BY_LENGTH_DELTA_T_C
    assert table.shape == (12, cd.BLOCK_TABLE_SEVERITY.size)
    assert np.array_equal(table[cd.DEFAULT_LESION_LENGTH - 1], cd.BLOCK_TABLE_DELTA_T_C)
    finite = np.where(np.isfinite(table), table, -100.0)
    assert np.all(np.diff(finite, axis=1) < 0)  # worse lesions block at lower temperatures
    assert np.all(np.diff(finite[:, 1:], axis=0) <= 0.01)  # longer lesions too
    assert cd.block_delta_T_fast(4.0, lesion_length=0) == cd.block_delta_T_fast(1.0)
    assert cd.block_delta_T_fast(12.0, lesion_length=10) == -np.inf
    assert cd.conduction_margin_C(4.0, 2.0, lesion_length=3) == pytest.approx(11.57 - 2.0)
    with pytest.raises(ValueError, match="lesion_length"):
        cd.block_delta_T_fast(4.0, lesion_length=13)
    with pytest.raises(TypeError, match="lesion_length"):
        cd.block_delta_T_fast(4.0, lesion_length=2.5)


def test_spike_path_plot_and_update():
    fig = Figure()
    ax = fig.subplots()
    healthy, blocked = cd.simulate_axon(1.0), cd.simulate_axon(8.0)
    artists = cd.plot_spike_path(ax, healthy, colorbar=True)
    assert ax.get_title() == f"f = 1: {healthy.conduction_time_ms:.1f} ms"
    assert ax.get_ylim() == (healthy.duration_ms, 0.0)  # time runs downwards
    cd.update_spike_path(artists, blocked)
    assert ax.get_title() == "f = 8: BLOCKED"
    assert len(artists["arrivals"].get_xdata()) == np.isfinite(blocked.arrival_ms).sum()
    fig.canvas.draw()


def test_velocity_and_block_plots_draw():
    fig = Figure()
    a, b = fig.subplots(1, 2)
    assert cd.plot_velocity_vs_diameter(a) is a and len(a.get_lines()) == 2
    assert cd.plot_block_by_length(b) is b and len(b.get_lines()) == 4  # 3 lines + zero line
    fig.canvas.draw()


# --- self-checks ---------------------------------------------------------------------------------


def test_exercise_1_speed(capsys):
    healthy = cd.simulate_axon(severity=1.0)
    right = (25 - 5) / (healthy.arrival_ms[25] - healthy.arrival_ms[5])
    assert check.exercise_1(right).status == "right"
    wrong = 29 / healthy.latency_ms  # from the stimulus, not between nodes 5 and 25
    assert check.exercise_1(wrong).status == "wrong"
    assert check.exercise_1(...).status == "unanswered"
    assert "nodes/ms" in capsys.readouterr().out


def test_exercise_2_conducting_at_plus_12():
    right = {f for f in [1, 2, 3, 4, 6, 8] if cd.simulate_axon(f, delta_T_C=12.0).conducted}
    assert right == {1, 2, 3}
    assert check.exercise_2(right).status == "right"
    assert check.exercise_2([1.0, 2.0, 3.0]).status == "right"
    assert check.exercise_2({1, 2, 3, 4}).status == "wrong"
    assert check.exercise_2({1, 5}).status == "wrong"  # 5 is not offered


def test_exercise_3_highest_delta_T():
    assert check.exercise_3(cd.block_delta_T_fast(4.0)).status == "right"
    assert check.exercise_3(9.0).status == "right"  # the slider's last conducting step
    assert check.exercise_3(cd.block_delta_T_fast(4.0) + cd.REFERENCE_TEMPERATURE_C).status == (
        "wrong"
    )  # the squid-scale temperature, not the change


def test_exercise_4_severity_with_one_degree_margin():
    right = np.interp(1.0, cd.BLOCK_TABLE_DELTA_T_C[::-1], cd.BLOCK_TABLE_SEVERITY[::-1])
    assert 7.0 < right < 7.5
    assert check.exercise_4(right).status == "right"
    wrong = np.interp(0.0, cd.BLOCK_TABLE_DELTA_T_C[::-1], cd.BLOCK_TABLE_SEVERITY[::-1])
    assert check.exercise_4(wrong).status == "wrong"  # blocks already at delta_T = 0
    assert check.exercise_4("7.2").status == "wrong"


@pytest.mark.parametrize("delta", [-5.0, 6.0, 23.0])
def test_healthy_time_table_agrees_with_the_simulation(delta):
    simulated = cd.simulate_axon(1.0, delta_T_C=delta).conduction_time_ms
    assert diagram_module.healthy_time_ms(delta) == pytest.approx(simulated, abs=0.01)
    assert diagram_module.HEALTHY_TIME_MS.size == diagram_module.HEALTHY_TIME_DELTA_T_C.size
