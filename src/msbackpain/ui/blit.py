"""Helpers that keep an interactive diagram on the blitting path, and fast.

An :class:`~msbackpain.ui.interactive.Interactive` diagram blits: at each move of a control only
its animated artists are drawn again, over a stored background. Two things still make a move
slow, and each has its helper here:

* **text**: matplotlib (3.11) lays out and renders text glyph by glyph, about a millisecond for a
  short label and ten for a legend, at every move. A :class:`Kept` artist renders each of its
  looks once and afterwards pastes the pixels: :func:`kept_text` (labels that change),
  :func:`kept_legend` (a legend that animated lines pass under), :class:`KeptPatch` (the chain
  map's boxes and arrows, :mod:`msbackpain.ui.chain_map`);
* **an axis whose range changes**: a new axis limit marks the whole figure as changed, and the
  next move draws everything again. A :class:`LiveAxis` keeps the limits fixed; the data are
  drawn divided by its scale, and it draws the ticks of that scale as an animated artist.

Each looks as matplotlib would draw it: the diagrams' tests compare a blitted picture with a full
redraw, and a saved figure with the live picture.
"""

from __future__ import annotations

import functools
import math

import numpy as np
from matplotlib import cbook
from matplotlib.artist import Artist
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.legend import Legend
from matplotlib.lines import Line2D
from matplotlib.text import Text
from matplotlib.ticker import AutoLocator, Formatter, Locator, ScalarFormatter

from msbackpain.ui.interactive import animate

#: Most looks a :class:`Kept` artist keeps (the oldest go first).
MAX_KEPT = 128


@functools.lru_cache(maxsize=2)
def _scratch(width: int, height: int, dpi: float) -> RendererAgg:
    """A spare canvas of the size of the one being drawn (reused: new looks are rare)."""
    return RendererAgg(width, height, dpi)


class Kept:
    """Mixin for an artist that renders each of its looks once and then pastes the pixels.

    On an Agg canvas, the first drawing of a look (the canvas size and :meth:`_look`: what a
    lesson may change, and the artist's place) renders the artist alone on a spare canvas of the
    same size, so that hatch patterns line up, and keeps the cropped pixels; drawing the same
    look again pastes them. A text comes out the same to the pixel; a patch, or a legend over its
    semi-transparent frame, within a few levels of 255 (compositing in two steps rounds
    differently). Other renderers (SVG, PDF) draw the artist as usual.
    """

    def _look(self) -> tuple:
        raise NotImplementedError

    def draw(self, renderer) -> None:
        if not isinstance(renderer, RendererAgg) or not self.get_visible():
            super().draw(renderer)
            return
        key = (renderer.width, renderer.height, renderer.dpi, *self._look())
        kept = self.__dict__.setdefault("_kept", {})
        if key not in kept:
            if len(kept) >= MAX_KEPT:
                del kept[next(iter(kept))]
            kept[key] = self._render_alone(renderer)
        if kept[key] is not None:
            x, y, pixels = kept[key]
            gc = renderer.new_gc()
            renderer.draw_image(gc, x, y, pixels)
            gc.restore()
        self.stale = False

    def _render_alone(self, renderer):
        scratch = _scratch(int(renderer.width), int(renderer.height), renderer.dpi)
        scratch.clear()
        super().draw(scratch)
        rgba = np.asarray(scratch.buffer_rgba())  # row 0 at the top
        rows = np.flatnonzero(rgba[..., 3].any(axis=1))
        cols = np.flatnonzero(rgba[..., 3].any(axis=0))
        if not rows.size:
            return None
        crop = rgba[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]
        # draw_image takes the bottom row first, at a distance from the bottom of the canvas
        return int(cols[0]), int(renderer.height) - 1 - int(rows[-1]), crop[::-1].copy()


class KeptText(Kept, Text):
    """A text that keeps the pictures it has drawn, by string, place and look (unclipped).

    Make one with :func:`kept_text`; change it as any text (``set_text``, ``set_position``...).
    """

    def _look(self) -> tuple:
        x, y = (float(v) for v in self.get_transform().transform(self.get_unitless_position()))
        # not drawn at all where not finite (an empty label may stand at NaN): one look, None
        place = (round(x, 3), round(y, 3)) if math.isfinite(x) and math.isfinite(y) else None
        return (
            self.get_text(),
            place,
            self.get_horizontalalignment(),
            self.get_verticalalignment(),
            self.get_rotation(),
            str(self.get_color()),
            self.get_alpha(),
            tuple(self.get_fontfamily()),
            self.get_fontsize(),
            self.get_fontweight(),
            self.get_fontstyle(),
        )


def kept_text(ax, x, y, s, **kwargs) -> KeptText:
    """``ax.text(x, y, s, **kwargs)`` as an animated :class:`KeptText`."""
    defaults = {"verticalalignment": "baseline", "horizontalalignment": "left", "clip_on": False}
    text = KeptText(x, y, s, **{**defaults, **cbook.normalize_kwargs(kwargs, Text)})
    ax.add_artist(text)  # in data coordinates unless a transform is given, as ax.text
    return animate(text)


class KeptPatch(Kept):
    """Mixin for a patch whose shape stays as drawn and whose colours and lines may change
    (``class Box(KeptPatch, FancyBboxPatch)``); its place moves with its Axes."""

    def _look(self) -> tuple:
        return (
            *self.axes.bbox.bounds,
            *self.axes.viewLim.bounds,
            tuple(self.get_facecolor()),
            tuple(self.get_edgecolor()),
            self.get_linewidth(),
            str(self.get_linestyle()),
            self.get_alpha(),
            self.get_hatch(),
            tuple(self.get_hatchcolor()),
            self.get_hatch_linewidth(),
            self.get_clip_on(),
        )


class KeptLegend(Kept, Legend):
    """A legend that keeps its pictures, by its words and the place of its Axes.

    Make one with :func:`kept_legend`; its entries' words may change (``get_texts()``), nothing
    else.
    """

    def _look(self) -> tuple:
        return (*self.axes.bbox.bounds, *(t.get_text() for t in self.get_texts()))


def kept_legend(ax, handles=None, labels=None, **kwargs) -> KeptLegend:
    """``ax.legend(handles, labels, **kwargs)`` as an animated :class:`KeptLegend`.

    Animated artists are drawn over the stored background, so a legend in the background would
    have the animated lines that pass under it drawn across it. Animated, the legend is drawn in
    its place among them, as in a full drawing; kept, it costs a paste instead of a legend's
    layout. Without ``handles`` and ``labels``, those of the artists in ``ax``.
    """
    if handles is None:
        handles, labels = ax.get_legend_handles_labels()
    legend = KeptLegend(ax, handles, labels, **kwargs)
    ax.legend_ = legend  # where ax.legend() keeps its legend
    return animate(legend)


class _FirstTicks(Locator):
    """The unseen ticks that an axis with a :class:`LiveAxis` keeps: those of its first scale."""

    def __init__(self, live: LiveAxis, scale: float):
        self.live, self.scale = live, scale

    def __call__(self):
        return self.live.ticks(self.scale) / self.scale


class _FirstTexts(Formatter):
    """The labels of :class:`_FirstTicks` (unseen, but they take room in the layout)."""

    def __init__(self, live: LiveAxis, scale: float):
        self.live, self.scale = live, scale

    def format_ticks(self, values):
        return self.live.texts(np.asarray(values) * self.scale, self.scale)

    def __call__(self, x, pos=None):
        return self.format_ticks([x])[0]


class LiveAxis(Artist):
    """The ticks of an axis whose range changes with the controls, without a full redraw.

    A new axis limit marks the whole figure as changed, so the next move would draw everything
    again, several times slower. Instead the axis keeps fixed limits and the data are drawn
    divided by :attr:`scale` (the axis then shows ``limits × scale``), and this animated artist
    draws the ticks of that range: grid lines, tick marks and labels (kept pictures, see
    :class:`Kept`) in the axis's own style, where ``locator`` puts them (matplotlib's usual
    :class:`~matplotlib.ticker.AutoLocator` by default), labelled as matplotlib labels them.
    Ticks are placed when drawn, so that their number suits the laid-out length of the axis, as
    matplotlib's own would.

    The axis itself keeps the ticks of the first ``scale``, unseen: the layout and the axis
    label leave room for them as for a plain axis, and stay where they are when the range
    changes. :meth:`set_label` changes the words of the axis label. The Axes' spines are
    animated too, so that they stay on top of the grid lines and the data.
    """

    def __init__(self, axis, scale: float, locator: Locator | None = None):
        super().__init__()
        ax = axis.axes
        self.axis, self.scale = axis, float(scale)
        self.locator = AutoLocator() if locator is None else locator
        self.locator.set_axis(axis)  # for its usual number of ticks on this axis
        tick = axis.get_major_ticks(1)[0]
        self._side = 2 if tick.label2.get_visible() else 1
        self.grid, self.marks = Line2D([], []), Line2D([], [])
        mark = tick.tick2line if self._side == 2 else tick.tick1line
        for line, model in ((self.grid, tick.gridline), (self.marks, mark)):
            line.update_from(model)  # style, transform, clipping; grid lines: visible if shown
            line.set_figure(ax.get_figure(root=False))
        where = getattr(ax, f"get_{axis.axis_name}axis_text{self._side}_transform")
        transform, va, ha = where(tick.get_pad() + tick.get_tick_padding())
        model = tick.label2 if self._side == 2 else tick.label1
        self._label_props = {
            "transform": transform,
            "va": va,
            "ha": ha,
            "fontproperties": model.get_fontproperties(),
            "color": model.get_color(),
            "clip_on": False,
            "figure": ax.get_figure(root=False),
        }
        #: The tick labels: those of the ticks last drawn are visible (made as more are needed).
        self.labels: list[KeptText] = []
        self.label: KeptText | None = None
        self.formatter = ScalarFormatter()  # on an axis of its own: the range, not the limits
        self.formatter.create_dummy_axis()
        axis.set_major_locator(_FirstTicks(self, self.scale))
        axis.set_major_formatter(_FirstTexts(self, self.scale))
        axis.set_tick_params(which="major", color="none", labelcolor="none")
        axis.grid(False, which="major")
        # below the data lines, as the axis's own grid lines would be; and, in a file being
        # saved (which draws everything in one pass), after the axis has placed its own label
        self.set_zorder(axis.get_zorder() + 0.01)
        ax.add_artist(self)
        # the spines are drawn over the grid lines and the data, as in a full drawing
        animate(self, *ax.spines.values())

    def set_scale(self, scale: float) -> None:
        """Show the axis as ``limits × scale`` (draw the data divided by ``scale``)."""
        if not scale > 0:
            raise ValueError(f"an axis scale must be positive (got {scale})")
        self.scale = float(scale)

    def set_label(self, text: str) -> None:
        """Show ``text`` as the axis label. The axis's own label keeps its place (and its room in
        the layout), unseen; this artist draws the words there."""
        if self.label is None:
            own = self.axis.label
            self.label = KeptText(0, 0, text, figure=own.get_figure(root=False))
            self.label.update_from(own)  # font, colour, alignment, rotation, transform
            self.label.set(rotation_mode=own.get_rotation_mode(), clip_on=False)
            own.set_color("none")
        self.label.set_text(text)

    def texts(self, values, scale: float) -> list[str]:
        """The labels of ticks at ``values`` on the axis at ``scale``, as matplotlib writes them
        ('0.0', '2.5', '5.0'... in a range with half steps; a true minus sign)."""
        low, high = sorted(self.axis.get_view_interval())
        self.formatter.axis.set_view_interval(low * scale, high * scale)
        return self.formatter.format_ticks(values)

    def ticks(self, scale: float) -> np.ndarray:
        """Where the locator puts ticks (data units) in the range of the axis at ``scale``."""
        low, high = sorted(self.axis.get_view_interval())
        values = np.asarray(self.locator.tick_values(low * scale, high * scale), dtype=float)
        slack = 1e-9 * (high - low) * scale
        return values[(values >= low * scale - slack) & (values <= high * scale + slack)]

    def draw(self, renderer) -> None:
        if not self.get_visible():
            return
        values = self.ticks(self.scale)
        where = values / self.scale
        edge = float(self._side - 1)  # the side of the Axes that carries the ticks (0 or 1)
        across = np.tile([0.0, 1.0, np.nan], where.size)  # one grid line per tick
        if self.axis.axis_name == "x":
            self.grid.set_data(np.repeat(where, 3), across)
            self.marks.set_data(where, np.full(where.size, edge))
        else:
            self.grid.set_data(across, np.repeat(where, 3))
            self.marks.set_data(np.full(where.size, edge), where)
        while len(self.labels) < where.size:
            self.labels.append(KeptText(0, 0, "", **self._label_props))
        for i, label in enumerate(self.labels):
            label.set_visible(i < where.size)
        for label, at, text in zip(
            self.labels, where, self.texts(values, self.scale), strict=False
        ):
            label.set_position((at, edge) if self.axis.axis_name == "x" else (edge, at))
            label.set_text(text)
        for part in (self.grid, self.marks, *self.labels):
            part.draw(renderer)
        if self.label is not None:  # where the axis has just put its own label
            own = self.axis.label
            self.label.set(position=own.get_position(), transform=own.get_transform())
            self.label.draw(renderer)
        self.stale = False
