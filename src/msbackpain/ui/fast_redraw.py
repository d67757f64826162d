"""Making busy interactive figures redraw fast: draw what never changes only once.

Matplotlib spends most of a redraw laying out text (tick labels, titles, legends). Diagrams that
keep their axis limits can skip that work after their first drawing:

* :func:`first_or_freeze` / :func:`freeze_text_positions` fix titles and axis labels where the
  first rendering put them;
* :func:`freeze_backdrop` renders every artist that never changes into one image (a
  :class:`Backdrop`) and leaves only the changing artists to be drawn on top.

Both leave the picture unchanged; the diagrams' tests compare pictures before and after.
"""

from __future__ import annotations

import io

import numpy as np
from matplotlib.artist import Artist
from matplotlib.layout_engine import PlaceHolderLayoutEngine

from msbackpain.ui.display import DPI


class Backdrop(Artist):
    """A ready-made RGBA picture of the whole figure, blitted at the bottom-left corner.

    Cheaper than ``Figure.figimage``, which resamples its image on every drawing.
    """

    def __init__(self, rgba: np.ndarray):
        super().__init__()
        self.rgba = np.ascontiguousarray(rgba[::-1])  # Agg draws the last row at the top
        self.set_zorder(-10)

    def draw(self, renderer) -> None:
        if not self.get_visible():
            return
        gc = renderer.new_gc()
        renderer.draw_image(gc, 0, 0, self.rgba)
        gc.restore()


def freeze_backdrop(figure, dynamic, dpi: int) -> None:
    """Render every artist of ``figure`` except ``dynamic`` into one image, then hide them.

    After this call the figure holds a :class:`Backdrop` (drawn first) and, visible, only the
    ``dynamic`` artists, which keep being updated in place. Rendering then costs a blit plus the
    dynamic artists, instead of laying out every tick label and legend again. The layout must
    already be frozen (as :class:`~msbackpain.ui.interactive.Interactive` does after its first
    drawing) and every later rendering must use the same ``dpi``.
    """
    # Keep the layout frozen for good, before anything is hidden. A figure without a layout
    # engine gets one back from the rc settings after each save (constrained, in the collection's
    # style), which would lay it out again around the hidden artists; a placeholder never does.
    figure.set_layout_engine(PlaceHolderLayoutEngine(False, False))
    dynamic = set(dynamic)
    was_visible = {a: a.get_visible() for a in dynamic}
    for artist in dynamic:
        artist.set_visible(False)
    width, height = (int(round(x)) for x in figure.get_size_inches() * dpi)
    raw = io.BytesIO()
    figure.savefig(raw, format="rgba", dpi=dpi)
    backdrop = np.frombuffer(raw.getvalue(), dtype=np.uint8).reshape(height, width, 4)
    for artist, visible in was_visible.items():
        artist.set_visible(visible)
    for ax in figure.axes:
        for child in ax.get_children():
            if child not in dynamic and child is not ax.patch:
                child.set_visible(False)
        ax.patch.set_visible(False)
        ax.set_axis_off()
    figure.add_artist(Backdrop(backdrop))


def freeze_text_positions(fig, dpi: int = DPI, freeze_y: bool = False) -> None:
    """Fix every axes title and axis label where the last rendering (at ``dpi``) put it.

    Matplotlib places titles and axis labels anew at each drawing, measuring every tick label
    to do so; that is a good part of the cost of a redraw. The diagrams here keep their axis
    limits and tick-label heights, so after the first rendering those positions are final: this
    turns them into fixed coordinates (``set_title(y=...)``, ``set_label_coords``). The picture
    is unchanged (tested); redraws get faster. Y-axis labels are left alone unless
    ``freeze_y``: while matplotlib re-runs the constrained layout at every save (it restores the
    layout engine from the rc settings after saving), a frozen y label can move the axes by a
    pixel.
    """
    width_px, height_px = fig.get_figwidth() * dpi, fig.get_figheight() * dpi
    for ax in fig.axes:
        title = ax.title
        ax.set_title(title.get_text(), y=title.get_position()[1], fontsize=title.get_fontsize())
        box = ax.get_position()
        # the x label sits at (x in axes fraction, y in pixels at the rendering dpi)
        x, y_px = ax.xaxis.label.get_position()
        ax.xaxis.set_label_coords(x, (y_px - box.y0 * height_px) / (box.height * height_px))
        if freeze_y:  # the y label at (x in pixels, y in axes fraction)
            x_px, y = ax.yaxis.label.get_position()
            ax.yaxis.set_label_coords((x_px - box.x0 * width_px) / (box.width * width_px), y)


def first_or_freeze(art: dict, fig) -> bool:
    """True on the first call (draw everything); on the second, freeze the text positions."""
    if not art:
        return True
    if not art.get("_frozen"):
        freeze_text_positions(fig)
        art["_frozen"] = True
    return False
