"""Animated helpers that keep the diagrams of notebooks 02 and 03 on the blitting path, fast.

* :class:`TimeAxis`: ticks, tick labels and grid lines of a time axis whose span changes with
  the controls, on fixed axis limits (changing a limit would redraw the whole figure);
* :class:`LegendOnTop`: a legend that stays on top of the animated lines that pass under it,
  drawn once into a picture and pasted at each update (drawing a legend takes about 10 ms);
* :func:`kept_text`: a text that keeps the pictures it has drawn (matplotlib renders text glyph
  by glyph, about a millisecond for a short label), for labels that change with the controls;
* :func:`keep_layout`: lay a figure out once and keep that layout, so that a full redraw
  matches a blitted picture.

All look as matplotlib would draw them; the diagrams' tests compare the blitted picture with a
full redraw, and a saved figure with the live picture.
"""

from __future__ import annotations

import matplotlib as mpl
import numpy as np
from matplotlib import cbook
from matplotlib.artist import Artist
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.collections import LineCollection
from matplotlib.lines import TICKDOWN
from matplotlib.text import Text
from matplotlib.ticker import AutoLocator, NullLocator
from matplotlib.transforms import ScaledTranslation

from msbackpain.ui.interactive import animate

#: Most tick labels a :class:`TimeAxis` shows (matplotlib's locator asks for about eight).
MAX_TICKS = 12
#: Most pictures a :class:`KeptText` keeps (the oldest go first).
MAX_KEPT = 128


def keep_layout(figure) -> None:
    """Lay ``figure`` out once (constrained, in the collection's style) and keep that layout.

    Call it at the end of a diagram's first drawing, in the default state. Otherwise every full
    redraw would refit the axes to the tick labels and titles of the moment, and differ from a
    blitted picture of the same state.
    """
    engine = figure.get_layout_engine()
    if engine is not None:
        engine.execute(figure)
    figure.set_layout_engine("none")


def _picture(draw, artist, renderer):
    """What ``draw(renderer)`` paints of ``artist``, alone on a transparent canvas of the same
    size: ``(x0, y0, rgba)`` to paste with ``renderer.draw_image``. The artist's parts may tell
    its Axes that drawing placed them; the figure is left as fresh as it was."""
    width, height = (int(v) for v in renderer.get_canvas_width_height())
    alone = RendererAgg(width, height, renderer.dpi)
    ax, figure = artist.axes, artist.get_figure(root=True)
    stale = ax.stale, figure.stale
    try:
        draw(alone)
        box = artist.get_window_extent(renderer)
    finally:
        ax.stale, figure.stale = stale
    x0, y0 = max(int(np.floor(box.x0)) - 2, 0), max(int(np.floor(box.y0)) - 2, 0)
    x1, y1 = min(int(np.ceil(box.x1)) + 2, width), min(int(np.ceil(box.y1)) + 2, height)
    pixels = np.asarray(alone.buffer_rgba())[height - y1 : height - y0, x0:x1]
    return x0, y0, np.ascontiguousarray(pixels[::-1])  # Agg pastes the first row lowest


def _paste(renderer, picture) -> None:
    x0, y0, rgba = picture
    gc = renderer.new_gc()
    renderer.draw_image(gc, x0, y0, rgba)
    gc.restore()


class KeptText(Text):
    """A text that keeps the pictures it has drawn, by string, place and look.

    Drawn again the same (a control moved back to a value seen before), it pastes its picture
    instead of rendering every glyph again. Saved to a file, it draws as any text. Make one
    with :func:`kept_text`.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._kept: dict = {}

    def draw(self, renderer) -> None:
        if not self.get_visible() or not self.get_text():
            return
        if self.get_figure(root=True).canvas.is_saving():
            super().draw(renderer)
            return
        x, y = self.get_transform().transform(self.get_unitless_position())
        key = (
            self.get_text(),
            round(float(x), 3),
            round(float(y), 3),
            self.get_horizontalalignment(),
            self.get_verticalalignment(),
            self.get_color(),
            self.get_fontproperties(),
            renderer.dpi,
            renderer.get_canvas_width_height(),
        )
        picture = self._kept.get(key)
        if picture is None:
            picture = _picture(super().draw, self, renderer)
            if len(self._kept) >= MAX_KEPT:
                del self._kept[next(iter(self._kept))]
            self._kept[key] = picture
        _paste(renderer, picture)


def kept_text(ax, x, y, s, **kwargs) -> KeptText:
    """``ax.text(x, y, s, **kwargs)``, as a :class:`KeptText` (animated)."""
    defaults = {"verticalalignment": "baseline", "horizontalalignment": "left", "clip_on": False}
    text = KeptText(x, y, s, **{**defaults, **cbook.normalize_kwargs(kwargs, Text)})
    ax.add_artist(text)
    return animate(text)


class TimeAxis:
    """The x axis of ``ax`` as time from 0 to a span (s) that changes: animated ticks.

    Data are drawn as a share of the span (t / span) on fixed limits (0, 1). The axis keeps no
    ticks of its own; these animated artists put round numbers of seconds where matplotlib's
    usual locator would, in its usual style, and the axis label stays where the axis would put
    it. They redraw in a fraction of the time the whole axis would take.
    """

    def __init__(self, ax):
        rc = mpl.rcParams
        self.locator = AutoLocator()
        self.locator.set_axis(ax.xaxis)  # for its usual number of ticks on this axis
        ax.set_xlim(0, 1)
        ax.xaxis.set_major_locator(NullLocator())
        along = ax.get_xaxis_transform()  # x: share of the span, y: axes fraction
        figure = ax.get_figure(root=True)
        size, pad = rc["xtick.major.size"], rc["xtick.major.pad"]
        below = along + ScaledTranslation(0, -(size + pad) / 72, figure.dpi_scale_trans)
        self.grid = ax.add_collection(
            LineCollection(
                [],
                colors=rc["grid.color"],
                linewidths=rc["grid.linewidth"],
                linestyles=rc["grid.linestyle"],
                alpha=rc["grid.alpha"],
                transform=along,
                zorder=1.5,  # where the axis draws its grid: below the lines
            )
        )
        (self.marks,) = ax.plot(
            [],
            [],
            linestyle="none",
            marker=TICKDOWN,
            markersize=size,
            markeredgewidth=rc["xtick.major.width"],
            color=rc["xtick.color"],
            transform=along,
            clip_on=False,
            zorder=1.5,
        )
        colour = rc["xtick.labelcolor"]
        self.labels = [
            kept_text(
                ax,
                0,
                0,
                "0",
                transform=below,
                ha="center",
                va="top",
                fontsize=rc["xtick.labelsize"],
                color=rc["xtick.color"] if colour == "inherit" else colour,
            )
            for _ in range(MAX_TICKS)
        ]
        # the axis label where the axis would put it: its label pad below the tick labels
        height = self.labels[0].get_window_extent(figure.canvas.get_renderer()).height
        drop = size + pad + height * 72 / figure.dpi + rc["axes.labelpad"]
        ax.xaxis.set_label_coords(
            0.5, 0, ax.transAxes + ScaledTranslation(0, -drop / 72, figure.dpi_scale_trans)
        )
        animate(self.grid, self.marks, *self.labels)

    def update(self, span_s: float) -> None:
        """Ticks for an axis from 0 to ``span_s`` seconds."""
        ticks = self.locator.tick_values(0.0, span_s)
        ticks = ticks[(ticks >= -1e-9 * span_s) & (ticks <= (1 + 1e-9) * span_s)][:MAX_TICKS]
        share = ticks / span_s
        # no grid line on the left spine: in a full drawing the spine covers it
        self.grid.set_segments([[(u, 0.0), (u, 1.0)] for u in share if u > 1e-9])
        self.marks.set_data(share, np.zeros(share.size))
        for k, label in enumerate(self.labels):
            label.set_visible(k < share.size)
            if k < share.size:
                label.set_x(share[k])
                label.set_text(f"{ticks[k]:g}")


class LegendOnTop(Artist):
    """Draws ``legend`` above the animated artists of its Axes, as a full drawing would.

    Animated artists are drawn over everything that is not animated, so a line passing under a
    legend would be drawn across it. This animated artist takes the legend's place: it renders
    the legend alone into a transparent picture (again whenever the canvas or the Axes change
    size) and pastes that picture, semi-transparent frame included, at the legend's zorder.
    Saved to a file, it draws the legend itself. The legend must not change afterwards.
    """

    def __init__(self, legend):
        super().__init__()
        self.legend = legend
        self._picture = None
        self._made_for = None
        self.set_zorder(legend.get_zorder())
        legend.axes.add_artist(self)
        # animated too, so that showing it for a moment (to draw it) redraws nothing else
        animate(legend)
        legend.set_visible(False)
        animate(self)

    def draw(self, renderer) -> None:
        if not self.get_visible():
            return
        if self.legend.get_figure(root=True).canvas.is_saving():
            self._draw_legend(renderer)  # a file: the legend itself (vector where it can be)
            return
        made_for = (renderer.dpi, renderer.get_canvas_width_height(), self.legend.axes.bbox.bounds)
        if self._picture is None or made_for != self._made_for:
            self._picture = _picture(self._draw_legend, self.legend, renderer)
            self._made_for = made_for
        _paste(renderer, self._picture)

    def _draw_legend(self, renderer) -> None:
        """Draw the hidden legend on ``renderer``, leaving the figure as fresh as it was."""
        ax, figure = self.legend.axes, self.legend.get_figure(root=True)
        stale = ax.stale, figure.stale
        self.legend.set_visible(True)
        try:
            self.legend.draw(renderer)
        finally:
            self.legend.set_visible(False)
            ax.stale, figure.stale = stale
