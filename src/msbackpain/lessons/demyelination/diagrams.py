"""The interactive diagram of notebook 01: a lesion, a spike and the temperature.

A thin layer over :mod:`msbackpain.conduction`. Three sliders (lesion severity, lesion length,
temperature change) set up the model's default 30-node axon; each move runs one simulation
(:func:`~msbackpain.conduction.simulate_until_settled`, about 20 ms on a quiet machine) and shows

* the axon with its lesion, the nodes the spike reached filled and the others open;
* the spike's path in space and time (node against time, colour = membrane potential);
* in words: conducted in how many ms or blocked, the safety factor and the temperature margin
  (from the tabulated block temperatures, :func:`~msbackpain.conduction.block_delta_T_fast`).

Speed: the figure is drawn once. Each move then updates the changing artists in place (the
drawings come from :mod:`.figures`) and blits just those over the stored background (axes, ticks,
labels, legend and colour bar): text is what makes matplotlib slow, and almost none of it is
drawn again.
"""

from __future__ import annotations

import functools
import html
import math

import numpy as np

from msbackpain import conduction as cd
from msbackpain.lessons.demyelination import figures
from msbackpain.ui.interactive import Interactive, animate, register, slider

#: The time axis of the space-time picture (ms): the model's default window at delta_T >= 0.
WINDOW_MS = 30.0
N_NODES = cd.DEFAULT_N_NODES


@functools.lru_cache(maxsize=8)
def run(severity: float, lesion_length: int, delta_T_C: float) -> cd.AxonResult:
    """One simulation of the default axon, with the model's default window.

    Cached (a few entries only), so that the picture, the note and the alt text of one update
    share one simulation.
    """
    return cd.simulate_until_settled(severity, lesion_length, None, delta_T_C)


#: Conduction time (ms, node 0 to node 29) of the healthy axon at delta_T = -5, -4, ..., +23 degC.
#: DERIVED from ``cd.simulate_axon(1.0, delta_T_C=dT)`` (a test re-checks it); linear
#: interpolation between these points is within 0.03 ms of a simulation.
HEALTHY_TIME_DELTA_T_C = np.arange(-5.0, 23.5, 1.0)
HEALTHY_TIME_MS = np.array(
    [9.82, 9.43, 9.06, 8.71, 8.38, 8.07, 7.78, 7.51, 7.25, 7.01, 6.79, 6.57, 6.37, 6.19, 6.02]
    + [5.86, 5.71, 5.57, 5.45, 5.35, 5.25, 5.18, 5.12, 5.08, 5.08, 5.10, 5.17, 5.32, 5.63]
)


@functools.lru_cache(maxsize=128)
def healthy_time_ms(delta_T_C: float) -> float:
    """Conduction time (ms) of the healthy axon at this temperature change, for comparison.

    From :data:`HEALTHY_TIME_MS` up to +23 degC; simulated above that, close to the healthy
    fibre's own block (NaN once it blocks).
    """
    if delta_T_C <= HEALTHY_TIME_DELTA_T_C[-1]:
        return float(np.interp(delta_T_C, HEALTHY_TIME_DELTA_T_C, HEALTHY_TIME_MS))
    return cd.simulate_axon(1.0, delta_T_C=delta_T_C).conduction_time_ms


def margin_text(severity: float, lesion_length: int, delta_T_C: float) -> str:
    """The temperature margin in words, from the tabulated block temperatures."""
    block = cd.block_delta_T_fast(severity, lesion_length)
    if block == -math.inf:
        return "this lesion blocks at every temperature the model allows (down to ΔT = −10 °C)"
    margin = block - delta_T_C
    where = f"it blocks from about ΔT = {block:+.1f} °C"
    if margin > 0.05:
        return f"{where}, {margin:.1f} °C warmer than now (temperature margin {margin:+.1f} °C)"
    if margin < -0.05:
        return f"{where}: it would conduct again about {-margin:.1f} °C cooler than now"
    return f"{where}: right at the edge of block now"


def describe(severity: float, lesion_length: int, delta_T_C: float) -> str:
    """The note above the picture: conducted or blocked, safety factor, temperature margin."""
    r = run(severity, lesion_length, delta_T_C)
    if r.conducted:
        head = f"Conducted: node 0 to node {N_NODES - 1} in {r.conduction_time_ms:.1f} ms"
        extra = r.conduction_time_ms - healthy_time_ms(delta_T_C)
        if severity > 1 and np.isfinite(extra):
            head += f" ({extra:.1f} ms slower than a healthy fibre at the same temperature)"
    else:
        head = f"BLOCKED: the spike died after node {_last_reached(r)}"
    return (
        f"<p><b>{html.escape(head)}.</b><br>"
        f"Safety factor (smallest over the nodes; below 1 = block): {r.safety_factor:.2f}.<br>"
        f"Temperature margin: {html.escape(margin_text(severity, lesion_length, delta_T_C))}."
        "</p>"
    )


def alt_text(severity: float, lesion_length: int, delta_T_C: float) -> str:
    """Alt text of the diagram at these settings."""
    r = run(severity, lesion_length, delta_T_C)
    reached = int(np.isfinite(r.arrival_ms).sum())
    outcome = (
        f"the spike reaches all {N_NODES} nodes in {r.conduction_time_ms:.1f} ms"
        if r.conducted
        else f"the spike reaches only {reached} of {N_NODES} nodes and stops in the lesion"
    )
    return (
        f"Top: a drawing of an axon with {N_NODES} nodes of Ranvier and a lesion of "
        f"{lesion_length} nodes with thinned myelin (severity {severity:g}); filled circles mark "
        f"the nodes the spike reached. Bottom: a space-time picture, node number across and time "
        f"down, with a bright diagonal stripe for the spike. At a temperature change of "
        f"{delta_T_C:+.1f} °C {outcome}."
    )


def _axon_first(ax) -> dict:
    """The axon drawing, made once; each move only restyles it (``figures.restyle_axon``)."""
    artists = figures.axon_artists(ax, N_NODES, markers=True)
    ax.set_xlim(-0.5, N_NODES - 0.5)
    ax.set_ylim(-1.0, 1.25)
    ax.tick_params(labelbottom=False)
    return artists


def _axon_update(a: dict, r: cd.AxonResult) -> None:
    figures.restyle_axon(a, r.lesion_mask, r.severity, np.isfinite(r.arrival_ms))


def _animate(axon: dict, path: dict) -> None:
    """Mark what the moves change, and what it overlaps in either drawing, as animated.

    Animated artists are drawn over the stored background, so anything drawn between or above
    them in the full picture must be animated too: the fibre's line (between the lesion shading
    and the myelin), the stimulus arrow (over node 0's marker), the legend (over a long lesion's
    shading) and the frame around the space-time picture (over its edges).
    """
    animate(*(axon[k] for k in ("fibre", "healthy", "damaged", "shade", "label", "stimulus")))
    animate(axon["got"], axon["missed"], axon["got"].axes.get_legend())
    animate(path["image"], path["arrivals"], *path["edges"], path["label"], path["title"])
    animate(*path["image"].axes.spines.values())


def _last_reached(r: cd.AxonResult) -> int:
    """The farthest node the spike reached (-1 if not even node 0 fired)."""
    reached = np.flatnonzero(np.isfinite(r.arrival_ms))
    return int(reached[-1]) if reached.size else -1


def _title(r: cd.AxonResult) -> str:
    status = (
        f"conducted in {r.conduction_time_ms:.1f} ms"
        if r.conducted
        else f"BLOCKED after node {_last_reached(r)}"
    )
    return f"ΔT = {r.delta_T_C:+.1f} °C, lesion {r.lesion_length} nodes × {r.severity:g}: {status}"


@register("01", "lesion and temperature")
def make_lesion_explorer() -> Interactive:
    """Lesion severity, lesion length and temperature change -> the spike's path, or its block."""
    state: dict = {}

    def draw(axes, severity: float, lesion_length: int, delta_T_C: float) -> None:
        top, bottom = axes
        r = run(severity, lesion_length, delta_T_C)
        first = not state
        if first:
            state["axon"] = _axon_first(top)
            state["path"] = figures.plot_spike_path(bottom, r, t_max_ms=WINDOW_MS, title=_title(r))
            top.figure.colorbar(
                figures.VOLTAGE_SCALE, ax=[top, bottom], label="membrane potential (mV)", aspect=30
            )
            _animate(state["axon"], state["path"])
        _axon_update(state["axon"], r)
        figures.update_spike_path(state["path"], r, title=_title(r))

    return Interactive(
        draw,
        {
            "severity": slider("lesion severity f", "× normal C and g_L", 1.0, 12.0, 0.5, 4.0),
            "lesion_length": slider("lesion length", "nodes", 1, 12, 1, 6, integer=True),
            "delta_T_C": slider("temperature change ΔT", "°C from 6.3 °C", -5.0, 25.0, 0.5, 0.0),
        },
        caption=(
            "A simulated axon with a demyelinating lesion (top) and the path of one spike along "
            "it in space and time (bottom): the spike slows in the lesion, and stops there when "
            "the lesion is severe or the fibre warm."
        ),
        alt=alt_text,
        describe=describe,
        figsize=(10, 5.4),
        nrows=2,
        gridspec_kw={"height_ratios": [1.0, 2.6]},
        clear=False,
    )
