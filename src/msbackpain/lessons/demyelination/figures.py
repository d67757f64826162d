"""Notebook 01's figures: the schematic axon, spike paths, voltage traces and block temperatures.

Plotting for :mod:`msbackpain.conduction` (the model stays free of drawing). Every function takes
the Axes to draw on; the axon and the spike path come in two halves (draw once, then restyle or
update in place) so that the interactive diagram of :mod:`.diagrams` can blit them.
"""

from __future__ import annotations

import math

import numpy as np
from matplotlib.cm import ScalarMappable
from matplotlib.collections import PatchCollection
from matplotlib.colors import Normalize
from matplotlib.patches import Rectangle

# The model's own argument checks, so that a bad input gets the same clear message here.
from msbackpain.conduction import (
    BLOCK_TABLE_DELTA_T_C,
    BLOCK_TABLE_LENGTHS,
    BLOCK_TABLE_SEVERITY,
    DEFAULT_LESION_LENGTH,
    DEFAULT_N_NODES,
    DELTA_T_RANGE_C,
    N_NODES_RANGE,
    REFERENCE_TEMPERATURE_C,
    SEVERITY_RANGE,
    SPIKE_THRESHOLD_MV,
    AxonResult,
    _check_array,
    _check_int,
    _check_lesion,
    _check_real,
    block_delta_T_fast,
)
from msbackpain.ui import style


def _lesion_label(severity):
    return f"lesion (C, g_L × {severity:g})"


def plot_propagation(ax, result: AxonResult, colorbar=True):
    """Heat map of membrane potential, node (y) against time (x), for an :class:`AxonResult`.

    Lesioned nodes are bracketed by dashed lines and labelled; each node's arrival time (first
    crossing of :data:`SPIKE_THRESHOLD_MV`) is marked with a white circle, so the spike's path reads
    without colour. Returns ``ax``.
    """
    r = result
    t = r.time_ms
    im = ax.imshow(
        r.voltage_mV.T,
        aspect="auto",
        origin="lower",
        extent=(t[0], t[-1], -0.5, r.n_nodes - 0.5),
        cmap="cividis",
        vmin=-80.0,
        vmax=40.0,
        interpolation="nearest",
    )
    nodes = np.arange(r.n_nodes)
    ok = np.isfinite(r.arrival_ms)
    ax.plot(
        r.arrival_ms[ok],
        nodes[ok],
        "o",
        ms=4,
        mfc="white",
        mec=style.LIMIT,
        mew=0.8,
        linestyle="none",
        label="spike arrival",
    )
    if r.lesion_length:
        lo, hi = r.lesion_start - 0.5, r.lesion_start + r.lesion_length - 0.5
        for y in (lo, hi):
            ax.axhline(y, color="white", linestyle="--", linewidth=1.5)
        ax.text(
            t[-1],
            0.5 * (lo + hi),
            " " + _lesion_label(r.severity),
            va="center",
            ha="right",
            color="white",
            fontsize=11,
            fontweight="bold",
        )
    status = f"conducted in {r.conduction_time_ms:.1f} ms" if r.conducted else "BLOCKED"
    ax.set_title(f"ΔT = {r.delta_T_C:+.1f} °C: {status}")
    ax.set_xlabel("time (ms)")
    ax.set_ylabel("node number")
    ax.grid(False)
    ax.legend(loc="upper left", fontsize=10)
    if colorbar:
        ax.figure.colorbar(im, ax=ax, label="membrane potential (mV)")
    return ax


def default_trace_nodes(result: AxonResult):
    """Nodes worth showing: first, last healthy before the lesion, mid-lesion, first after, last."""
    r = result
    picks = [0]
    if r.lesion_length:
        picks += [
            r.lesion_start - 1,
            r.lesion_start + r.lesion_length // 2,
            r.lesion_start + r.lesion_length,
        ]
    picks.append(r.n_nodes - 1)
    return sorted(set(picks))


def plot_voltage_traces(ax, result: AxonResult, nodes=None):
    """Membrane potential (mV) against time (ms) at selected nodes.

    Default nodes: :func:`default_trace_nodes`.

    Each node has its own colour, line style and marker, and its number written at its peak;
    lesioned nodes are named as such in the legend. The spike threshold is a dotted line.
    Returns ``ax``.
    """
    r = result
    if nodes is None:
        nodes = default_trace_nodes(r)
    nodes = [
        _check_int("nodes", int(i) if isinstance(i, np.integer) else i, 0, r.n_nodes - 1)
        for i in nodes
    ]
    mask = r.lesion_mask
    every = max(1, r.time_ms.size // 12)
    for j, i in enumerate(nodes):
        st = style.series_style(j)
        tag = " (lesion)" if mask[i] else ""
        v = r.voltage_mV[:, i]
        ax.plot(r.time_ms, v, markevery=every, markersize=5, label=f"node {i}{tag}", **st)
        k = int(np.argmax(v))
        if v[k] < SPIKE_THRESHOLD_MV:
            continue  # label only the nodes that fired: the legend names the rest
        ax.annotate(
            str(i),
            (r.time_ms[k], v[k]),
            textcoords="offset points",
            xytext=(0, 4),
            ha="center",
            fontsize=10,
            color=st["color"],
        )
    ax.axhline(SPIKE_THRESHOLD_MV, color=style.LIMIT, linestyle=":", linewidth=1.2)
    ax.text(r.time_ms[-1], SPIKE_THRESHOLD_MV, "spike threshold", ha="right", va="top", fontsize=10)
    ax.set_xlabel("time (ms)")
    ax.set_ylabel("membrane potential (mV)")
    ax.legend(fontsize=10, loc="upper right")
    return ax


def axon_artists(ax, n_nodes=DEFAULT_N_NODES, markers=True) -> dict:
    """Draw the parts of the schematic axon that :func:`restyle_axon` later styles in place.

    One patch per internode (myelin), the lesion shading and its label, and, with ``markers``,
    the filled (spike arrived) and open (not reached) node markers with their legend; without,
    plain ticks at the nodes. Returns the artists by name (also the fibre's line, ``"fibre"``, and
    the stimulus arrow, ``"stimulus"``, which never change). Axis limits and labels are the
    caller's.
    """
    n_nodes = _check_int("n_nodes", n_nodes, *N_NODES_RANGE)
    myelin = style.STAGE_COLORS["signalling"]
    (fibre,) = ax.plot([-0.6, n_nodes - 0.4], [0, 0], color=style.LIMIT, linewidth=2, zorder=1)
    healthy = PatchCollection([], facecolor=myelin, edgecolor=myelin, zorder=2)
    damaged = PatchCollection(
        [], facecolor="white", edgecolor=myelin, hatch="///", lw=1.2, zorder=2
    )
    ax.add_collection(healthy)
    ax.add_collection(damaged)
    shade = Rectangle(
        (0, -0.55),
        1,
        1.1,
        facecolor=style.AFFECTED,
        alpha=0.18,
        edgecolor=style.AFFECTED,
        linestyle="--",
        zorder=0,
    )
    ax.add_patch(shade)
    label = ax.text(0, 0.62, " ", ha="center", va="bottom", color=style.AFFECTED, fontsize=11)
    artists = {
        "n_nodes": n_nodes,
        "fibre": fibre,
        "healthy": healthy,
        "damaged": damaged,
        "shade": shade,
        "label": label,
    }
    if markers:
        (artists["got"],) = ax.plot(
            [], [], "o", color=style.HEALTHY, ms=7, zorder=3, label="spike arrived"
        )
        (artists["missed"],) = ax.plot(
            [],
            [],
            "o",
            mfc="white",
            mec=style.LIMIT,
            ms=7,
            zorder=3,
            label="not (yet) reached",
            linestyle="none",
        )
        ax.legend(loc="lower right", fontsize=10, ncols=2)
    else:
        x = np.arange(n_nodes)
        ax.plot(x, np.zeros(n_nodes), "|", color=style.LIMIT, ms=14, mew=2, zorder=3)
    artists["stimulus"] = ax.annotate(
        "stimulus",
        (0, 0.05),
        xytext=(0, 0.75),
        ha="center",
        fontsize=10,
        arrowprops={"arrowstyle": "->", "color": style.LIMIT},
    )
    ax.set_yticks([])
    ax.grid(False)
    for side in ("left", "right", "top"):
        ax.spines[side].set_visible(False)
    return artists


def restyle_axon(artists: dict, lesion_mask, severity, reached=None) -> dict:
    """Restyle an axon drawn by :func:`axon_artists` for a lesion and the nodes reached.

    Lesioned internodes are drawn thinner (height 0.5/sqrt(severity)), white and hatched: a
    picture of the model's rule, C and g_L x severity, not to scale.
    """
    lesioned = np.asarray(lesion_mask, dtype=bool)
    damaged = lesioned[:-1] | lesioned[1:]  # internode i runs from node i to node i + 1
    thin = 0.5 / math.sqrt(severity)
    boxes = {False: [], True: []}
    for i, bad in enumerate(damaged.tolist()):
        h = thin if bad else 0.5
        boxes[bad].append(Rectangle((i + 0.12, -h / 2), 0.76, h))
    artists["healthy"].set_paths(boxes[False])
    artists["damaged"].set_paths(boxes[True])
    where = np.flatnonzero(lesioned)
    artists["shade"].set_visible(where.size > 0)
    artists["label"].set_visible(where.size > 0)
    if where.size:
        start, length = int(where[0]), int(where.size)
        artists["shade"].set_x(start - 0.5)
        artists["shade"].set_width(length)
        artists["label"].set_x(start + length / 2 - 0.5)
        artists["label"].set_text(_lesion_label(severity))
    if reached is not None and "got" in artists:
        x = np.arange(artists["n_nodes"])
        ok = np.asarray(reached, dtype=bool)
        artists["got"].set_data(x[ok], np.zeros(ok.sum()))
        artists["missed"].set_data(x[~ok], np.zeros((~ok).sum()))
    return artists


def draw_axon(
    ax,
    n_nodes=DEFAULT_N_NODES,
    lesion_start=None,
    lesion_length=DEFAULT_LESION_LENGTH,
    severity=1.0,
    reached=None,
):
    """Schematic axon: myelin internodes, nodes of Ranvier, the lesioned stretch shaded.

    Node i sits at x = i; the myelin of a lesioned stretch is drawn thinner the larger the
    ``severity`` (a picture of the model's rule, C and g_L x f, not to scale). ``reached`` (optional
    boolean per node) marks the nodes the spike reached with filled circles, the others with open
    ones, so a widget can show the spike's progress. Returns ``ax``.
    (:func:`axon_artists` and :func:`restyle_axon` are the two halves, for widgets.)
    """
    n_nodes = _check_int("n_nodes", n_nodes, *N_NODES_RANGE)
    start = _check_lesion(n_nodes, lesion_length, lesion_start)
    severity = _check_real("severity", severity, *SEVERITY_RANGE)
    if reached is not None:
        reached = np.asarray(reached, dtype=bool)
        if reached.shape != (n_nodes,):
            raise ValueError(
                f"reached must have one entry per node ({n_nodes}) (got {reached.shape})"
            )
    lesioned = np.zeros(n_nodes, dtype=bool)
    lesioned[start : start + lesion_length] = True
    artists = axon_artists(ax, n_nodes, markers=reached is not None)
    restyle_axon(artists, lesioned, severity, reached)
    ax.set_xlim(-1, n_nodes)
    ax.set_ylim(-1.0, 1.2)
    ax.set_xlabel("node of Ranvier (number); blue boxes: myelin")
    return ax


def plot_block_temperature(
    ax, severities=None, block_delta_T_C=None, severity=None, delta_T_C=None
):
    """Block temperature change (degC) against lesion severity, regions labelled.

    Defaults to the tabulated model (:data:`BLOCK_TABLE_SEVERITY`, derived). Below the curve the
    axon conducts, above it the spike is blocked (hatched). An optional present state
    (``severity``, ``delta_T_C``) is marked with a diamond. Returns ``ax``.
    """
    if severities is None:
        severities, block_delta_T_C = BLOCK_TABLE_SEVERITY, BLOCK_TABLE_DELTA_T_C
    f = _check_array("severities", severities, *SEVERITY_RANGE)
    b = np.asarray(block_delta_T_C, dtype=float)
    if b.shape != f.shape:
        raise ValueError(
            f"block_delta_T_C must match severities in shape (got {b.shape} vs {f.shape})"
        )
    lo, hi = DELTA_T_RANGE_C
    bc = np.clip(b, lo, hi)
    ax.fill_between(
        f, bc, hi, facecolor="none", edgecolor=style.AFFECTED, hatch="//", alpha=0.5, linewidth=0
    )
    ax.plot(f, bc, color=style.LIMIT, marker="o", label="block temperature")
    xm = f[len(f) // 4] if len(f) else 1.0
    ax.text(xm, hi - 2, "blocked", color=style.AFFECTED, fontsize=12, va="top")
    ax.text(f[0] if len(f) else 1.0, lo + 1, "conducts", color=style.HEALTHY, fontsize=12)
    ax.axhline(0, color=style.LIMIT, linestyle=":", linewidth=1)
    if severity is not None and delta_T_C is not None:
        s = _check_real("severity", severity, *SEVERITY_RANGE)
        d = _check_real("delta_T_C", delta_T_C, -50, 50, "degC")
        ax.plot(
            [s],
            [d],
            marker="D",
            color=style.AFFECTED,
            ms=10,
            linestyle="none",
            label="present state",
        )
    ax.set_ylim(lo, hi)
    ax.set_xlabel("lesion severity f (C and g_L multiplied by f)")
    ax.set_ylabel(f"ΔT from {REFERENCE_TEMPERATURE_C} °C (°C, squid scale)")
    ax.legend(loc="upper right", fontsize=10)
    return ax


#: Colour scale of membrane potential in :func:`plot_spike_path`: cividis from -80 to +40 mV.
VOLTAGE_SCALE = ScalarMappable(Normalize(-80.0, 40.0), "cividis")


def _voltage_colours(voltage_mV):
    """RGBA bytes of the voltage colour scale: drawing ready-made colours is twice as fast."""
    return VOLTAGE_SCALE.to_rgba(voltage_mV, bytes=True)


def plot_spike_path(ax, result: AxonResult, t_max_ms=None, colorbar=False, title=None):
    """Space-time picture of one spike: node (x, as in :func:`draw_axon`) against time (y, down).

    Colour is the membrane potential (cividis, -80 to +40 mV: dark at rest, bright during a
    spike); white circles mark each node's arrival time (first crossing of
    :data:`SPIKE_THRESHOLD_MV`), so the spike's path reads without colour; dashed white lines
    bracket the lesion (none in a healthy fibre, severity 1). The time axis runs downwards from 0
    to ``t_max_ms`` (default: the run's duration). ``title`` (a string) replaces the default
    title, "f = 4: 11.3 ms" (node 0 to the last node) or "f = 8: BLOCKED". Returns a dict of
    the artists :func:`update_spike_path` changes.
    """
    r = result
    t_max = r.duration_ms if t_max_ms is None else float(t_max_ms)
    image = ax.imshow(
        _voltage_colours(r.voltage_mV),
        aspect="auto",
        origin="upper",
        extent=(-0.5, r.n_nodes - 0.5, r.time_ms[-1], r.time_ms[0]),
        interpolation="nearest",
    )
    (arrivals,) = ax.plot(
        [], [], "o", ms=4, mfc="white", mec=style.LIMIT, mew=0.8, linestyle="none"
    )
    edges = tuple(ax.axvline(0.0, color="white", linestyle="--", linewidth=1.5) for _ in range(2))
    label = ax.text(
        0.0, 0.97 * t_max, "lesion", ha="center", va="bottom", color="white", fontsize=11
    )
    artists = {
        "image": image,
        "arrivals": arrivals,
        "edges": edges,
        "label": label,
        "title": ax.set_title(" ", y=1.0),
        "t_max_ms": t_max,
    }
    update_spike_path(artists, r, title=title)
    ax.set_xlim(-0.5, r.n_nodes - 0.5)
    ax.set_ylim(t_max, 0.0)
    ax.set_autoscale_on(False)
    ax.set_xlabel("node of Ranvier (number)")
    ax.set_ylabel("time (ms)")
    ax.grid(False)
    if colorbar:
        ax.figure.colorbar(VOLTAGE_SCALE, ax=ax, label="membrane potential (mV)")
    return artists


def update_spike_path(artists, result: AxonResult, title=None):
    """Show ``result`` in the artists made by :func:`plot_spike_path` (same number of nodes)."""
    r = result
    artists["image"].set_data(_voltage_colours(r.voltage_mV))
    artists["image"].set_extent((-0.5, r.n_nodes - 0.5, r.time_ms[-1], r.time_ms[0]))
    ok = np.isfinite(r.arrival_ms)
    artists["arrivals"].set_data(np.arange(r.n_nodes)[ok], r.arrival_ms[ok])
    lo, hi = r.lesion_start - 0.5, r.lesion_start + r.lesion_length - 0.5
    # a severity of 1 changes nothing: the fibre is healthy, so no lesion is drawn
    has_lesion = r.lesion_length > 0 and r.severity != 1.0
    for line, x in zip(artists["edges"], (lo, hi), strict=True):
        line.set_xdata([x, x])
        line.set_visible(has_lesion)
    artists["label"].set_x(0.5 * (lo + hi))
    artists["label"].set_visible(has_lesion)
    if title is None:
        status = f"{r.conduction_time_ms:.1f} ms" if r.conducted else "BLOCKED"
        title = f"f = {r.severity:g}: {status}"
    artists["title"].set_text(title)
    return artists


def plot_block_by_length(ax, severities=(2.0, 4.0, 8.0)):
    """Block temperature change (degC) against lesion length (nodes), one line per severity.

    From the tabulated model :data:`BLOCK_TABLE_BY_LENGTH_DELTA_T_C` (derived); a line stops
    where the fibre blocks at every allowed temperature. Returns ``ax``.
    """
    f = _check_array("severities", severities, *SEVERITY_RANGE)
    lengths = BLOCK_TABLE_LENGTHS
    for i, fct in enumerate(np.atleast_1d(f).tolist()):
        st = style.series_style(i + 1)
        y = np.array([block_delta_T_fast(fct, int(n)) for n in lengths])
        ok = np.isfinite(y)
        ax.plot(
            lengths[ok],
            y[ok],
            color=st["color"],
            linestyle=st["linestyle"],
            marker=st["marker"],
            label=f"f = {fct:g}",
        )
    ax.axhline(0, color=style.LIMIT, linestyle=":", linewidth=1)
    ax.set_xlabel("lesion length (nodes)")
    ax.set_ylabel(f"block ΔT from {REFERENCE_TEMPERATURE_C} °C (°C)")
    ax.set_ylim(*DELTA_T_RANGE_C)
    ax.set_xticks(lengths[::2])
    ax.legend(loc="upper right", fontsize=11)
    return ax
