"""Notebook 01's interactive diagram, its figures and their texts, and its self-checks."""

from __future__ import annotations

import io
import re

import numpy as np
import pytest
from matplotlib.figure import Figure
from test_interactive import pixels

from msbackpain import conduction as cd
from msbackpain.lessons.demyelination import captions, figures
from msbackpain.lessons.demyelination import checks as check
from msbackpain.lessons.demyelination import diagrams as diagram_module
from msbackpain.ui import interactive, style

style.apply()


@pytest.fixture(scope="module")
def explorer():
    return diagram_module.make_lesion_explorer()


def saved_pixels(figure) -> np.ndarray:
    """The figure saved whole, every artist in its z-order (animated ones included)."""
    raw = io.BytesIO()
    figure.savefig(raw, format="rgba", dpi=figure.dpi)
    width, height = (int(round(x)) for x in figure.get_size_inches() * figure.dpi)
    return np.frombuffer(raw.getvalue(), dtype=np.uint8).reshape(height, width, 4)[..., :3]


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


@pytest.mark.parametrize("values", [{}, {"lesion_length": 12, "delta_T_C": 25.0}])
def test_blitted_picture_is_the_whole_picture(values):
    """Whatever lies over an animated artist is animated too, so the blit draws everything in
    its place: only the tips of the time axis's tick marks, where the space-time picture's edge
    meets them, differ from the whole figure saved in z-order (a few pixels, faintly)."""
    fresh = diagram_module.make_lesion_explorer()
    fresh.update(**values)
    shown = pixels(fresh.encode())
    saved = saved_pixels(fresh.figure).astype(int)
    differ = np.abs(shown - saved).max(axis=2)
    assert (differ > 0).sum() <= 10 and differ.max() <= 12, ((differ > 0).sum(), differ.max())


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


# --- figures ---------------------------------------------------------------------------------


def test_spike_path_plot_and_update():
    fig = Figure()
    ax = fig.subplots()
    healthy, blocked = cd.simulate_axon(1.0), cd.simulate_axon(8.0)
    artists = figures.plot_spike_path(ax, healthy, colorbar=True)
    assert ax.get_title() == f"f = 1: {healthy.conduction_time_ms:.1f} ms"
    assert ax.get_ylim() == (healthy.duration_ms, 0.0)  # time runs downwards
    figures.update_spike_path(artists, blocked)
    assert ax.get_title() == "f = 8: BLOCKED"
    assert len(artists["arrivals"].get_xdata()) == np.isfinite(blocked.arrival_ms).sum()
    fig.canvas.draw()


def test_plots_draw_on_a_given_axes():
    r = cd.simulate_axon(severity=6.0, delta_T_C=2.0)
    fig = Figure()
    axes = fig.subplots(2, 2).ravel()
    assert figures.plot_propagation(axes[0], r) is axes[0]
    assert figures.plot_voltage_traces(axes[1], r) is axes[1]
    reached = np.isfinite(r.arrival_ms)
    assert figures.draw_axon(axes[2], 30, r.lesion_start, 6, 6.0, reached=reached) is axes[2]
    assert figures.plot_block_temperature(axes[3], severity=6.0, delta_T_C=2.0) is axes[3]
    for ax in (axes[0], axes[1]):
        assert "(ms)" in ax.get_xlabel()
    assert "(mV)" in axes[1].get_ylabel()
    assert "°C" in axes[3].get_ylabel()
    assert len(axes[2].collections) == 2 and axes[2].patches  # myelin (healthy, damaged), lesion
    assert len(axes[1].get_lines()) >= 5
    fig.canvas.draw()


def test_plots_refuse_bad_values():
    with pytest.raises(ValueError, match="reached"):
        figures.draw_axon(Figure().subplots(), 30, None, 6, 2.0, reached=[True] * 3)
    with pytest.raises(ValueError, match="block_delta_T_C"):
        figures.plot_block_temperature(Figure().subplots(), [1.0, 2.0], [3.0])
    with pytest.raises(ValueError, match="nodes"):
        figures.plot_voltage_traces(Figure().subplots(), cd.simulate_axon(), nodes=[0, 30])


def test_the_notebook_shows_every_figure_text_and_only_those(root):
    source = (root / "src" / "notebooks" / "01_demyelination.py").read_text()
    used = set(re.findall(r'TEXTS\["([^"]+)"\]', source))
    assert used == set(captions.TEXTS)
    assert "[@hursh1939]" in captions.TEXTS["velocity"].caption


# --- self-checks ---------------------------------------------------------------------------------


def test_exercise_2_conducting_at_plus_12():
    right = {f for f in [1, 2, 3, 4, 6, 8] if cd.simulate_axon(f, delta_T_C=12.0).conducted}
    assert right == {1, 2, 3}
    assert check.exercise_2(right).status == "right"
    assert check.exercise_2([1.0, 2.0, 3.0]).status == "right"
    assert check.exercise_2({1, 2, 3, 4}).status == "wrong"
    assert check.exercise_2({1, 5}).status == "wrong"  # 5 is not offered


@pytest.mark.parametrize("delta", [-5.0, 6.0, 23.0])
def test_healthy_time_table_agrees_with_the_simulation(delta):
    simulated = cd.simulate_axon(1.0, delta_T_C=delta).conduction_time_ms
    assert diagram_module.healthy_time_ms(delta) == pytest.approx(simulated, abs=0.01)
    assert diagram_module.HEALTHY_TIME_MS.size == diagram_module.HEALTHY_TIME_DELTA_T_C.size


def test_build_steps_right_wrong_and_the_function_the_notebook_uses(capsys):
    def myelinated(d):
        return cd.MYELINATED_M_S_PER_UM * d

    def unmyelinated(d):
        return cd.UNMYELINATED_M_S_AT_1_UM * np.sqrt(d)

    def velocity(d, is_myelinated=True):
        return myelinated(d) if is_myelinated else unmyelinated(d)

    assert check.build_step_1(myelinated).status == "right"
    assert check.build_step_1(lambda d: 6.0).status == "wrong"
    assert check.build_step_2(unmyelinated).status == "right"
    assert check.build_step_2(lambda d: d).status == "wrong"
    assert check.build_step_3(velocity) is velocity
    assert "uses your conduction velocity" in capsys.readouterr().out
    assert check.build_step_3(lambda d, m=True: myelinated(d)) is check.reference_velocity
    assert check.build_step_3(...) is check.reference_velocity


def test_block_plot_draws():
    ax = Figure().add_subplot()
    assert figures.plot_block_by_length(ax) is ax and len(ax.get_lines()) == 4  # 3 lines + zero
    ax.figure.canvas.draw()
