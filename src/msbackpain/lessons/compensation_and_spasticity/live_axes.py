"""Axes whose limits follow the data without a full redraw (notebook 04's diagrams).

An :class:`~msbackpain.ui.interactive.Interactive` diagram blits: only its animated artists are
drawn at each move. Changing an axis's limits with ``set_xlim``/``set_ylim`` marks the whole
figure as changed, so each move would draw everything again. Here instead:

* :func:`live_axis` animates the axis (ticks, tick labels, grid lines) and the spines, so that
  nothing in the stored background depends on the limits;
* :func:`set_live_limits` changes the limits themselves, which only animated artists depend on;
* :func:`fix_layout` lays the figure out once and keeps that layout (changing tick labels would
  otherwise move the axes at the next full redraw), and draws the live axes' labels once;
* :func:`animate_tree` animates an artist made of :func:`parts` (a legend whose text
  changes).

Nothing here is specific to the lesson: it could serve every diagram that rescales an axis.
"""

from __future__ import annotations

from matplotlib.ticker import AutoLocator
from matplotlib.transforms import ScaledTranslation

from msbackpain.ui.interactive import animate


def live_axis(axis, max_ticks: int = 20) -> None:
    """Prepare ``axis`` (an Axes' ``xaxis`` or ``yaxis``) to change its limits on the fast path.

    The axis (ticks, tick labels, grid lines) and its Axes' spines are animated, so that nothing
    in the stored background depends on the limits; the grid and the spines keep their usual
    order (below and above the data). :func:`fix_layout` then moves the axis label into the
    background. Each tick and each of its parts is animated too:
    redrawing an axis updates its ticks, and a tick that is not animated tells the figure that
    it changed, which would make the next update a full redraw. ``max_ticks`` ticks are made
    now, so that no new (not animated) tick is needed later.
    """
    for tick in axis.get_major_ticks(max_ticks):
        animate(tick, *tick.get_children())
    animate(axis, axis.label, axis.offsetText, *axis.axes.spines.values())


def set_live_limits(axis, low: float, high: float) -> None:
    """Set the view limits of an axis prepared by :func:`live_axis`, on the fast path.

    ``set_xlim``/``set_ylim`` mark the whole figure as changed, which costs a full redraw; this
    changes the limits themselves, which only the animated artists depend on. The Axes must
    not autoscale that axis (call ``set_xlim``/``set_ylim`` once when drawing it first).
    """
    ax = axis.axes
    if axis is ax.xaxis:
        ax.viewLim.intervalx = (low, high)
    else:
        ax.viewLim.intervaly = (low, high)


class ClearOfTheEnd(AutoLocator):
    """Matplotlib's usual ticks, but none in the last 5% of the axis: with the layout fixed, the
    label of a tick at the very end of a live x axis would run into the next panel's labels."""

    def __call__(self):
        low, high = self.axis.get_view_interval()
        return [t for t in super().__call__() if t <= low + 0.95 * (high - low)]


def fix_layout(figure) -> None:
    """Lay ``figure`` out once with its layout engine (constrained, in the collection's style),
    keep that layout, and draw the labels of its live axes once, in the background.

    Live axes change their tick labels; constrained layout would refit the axes to them at the
    next full redraw, which would then differ from a blitted picture of the same state. Call it
    after the first drawing has put every artist in its default state: the layout is the one the
    default picture always had. A live axis's label does not change, but as a part of the axis
    it would be drawn again at every move; a copy in the same place is drawn once instead.
    """
    engine = figure.get_layout_engine()
    if engine is not None:
        engine.execute(figure)
    figure.set_layout_engine("none")
    renderer = figure.canvas.get_renderer()
    for ax in figure.axes:
        for axis in (ax.xaxis, ax.yaxis):
            if axis.get_animated() and axis.label.get_visible():
                _label_to_background(axis, renderer)


def _label_to_background(axis, renderer) -> None:
    """Replace a live axis's label by a copy in the same place that is drawn once.

    The copy keeps its distance from the axes in points, so that it stays in place (and takes
    part in the layout) if the figure is resized and laid out again, as for a slide.
    """
    ax, label = axis.axes, axis.label
    axis.get_tightbbox(renderer)  # places the label for the layout just made
    x, y = label.get_transform().transform(label.get_position())  # pixels
    fx, fy = ax.transAxes.inverted().transform((x, y))
    x0, y0 = ax.transAxes.transform((0, 0))
    if axis is ax.xaxis:  # below the axes, centred on them
        anchor, shift = (fx, 0.0), (0.0, (y - y0) / ax.figure.dpi)
    else:  # left of the axes
        anchor, shift = (0.0, fy), ((x - x0) / ax.figure.dpi, 0.0)
    offset = ScaledTranslation(*shift, ax.figure.dpi_scale_trans)
    copy = ax.text(*anchor, label.get_text())
    copy.update_from(label)
    copy.set(
        transform=ax.transAxes + offset,
        position=anchor,
        rotation_mode=label.get_rotation_mode(),
        clip_on=False,
    )
    axis.set_label_coords(fx, fy)  # no more placing (it measures every tick label)
    label.set_visible(False)


def parts(artist) -> list:
    """``artist`` and every artist it is made of (a legend's boxes, texts and handles)."""
    return [artist, *(p for child in artist.get_children() for p in parts(child))]


def animate_tree(artist) -> None:
    """Animate ``artist`` and every artist it is made of: a part that is not animated would
    tell the figure that it changed when its text does (a full redraw at the next move)."""
    animate(*parts(artist))
