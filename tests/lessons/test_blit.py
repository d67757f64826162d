"""The blitting helpers (msbackpain.ui.blit): kept pictures look as the artists drawn anew, and a
live axis shows the ticks that matplotlib's own axis would show for the same range."""

from __future__ import annotations

import io

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from msbackpain.ui import blit, style
from msbackpain.ui.interactive import animate


def live_axes(ax) -> list[blit.LiveAxis]:
    """The live axes drawn in ``ax`` (the lesson tests read their ticks)."""
    return [a for a in ax.get_children() if isinstance(a, blit.LiveAxis)]


def shown_ticks(ax) -> list[str]:
    """The tick labels that ``ax``'s live axis showed at its last drawing."""
    (live,) = live_axes(ax)
    return [t.get_text() for t in live.labels if t.get_visible()]


@pytest.fixture(autouse=True)
def collection_style():
    style.apply()


def _canvas(make, size=(3, 1), layout=None):
    """A figure drawn as an interactive diagram draws it: the background, then the animated
    artists; returns its pixels and what ``make(ax)`` returned."""
    fig = Figure(figsize=size, dpi=80, layout=layout)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    made = make(ax)
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    for artist in sorted(ax.get_children(), key=lambda a: a.get_zorder()):
        if artist.get_animated():
            artist.draw(renderer)
    return np.asarray(fig.canvas.buffer_rgba(), dtype=int)[..., :3], made


def test_a_kept_text_looks_like_a_text_and_keeps_its_picture():
    plain, _ = _canvas(lambda ax: animate(ax.text(0.2, 0.5, "3.8 min", color="C1")))
    kept, text = _canvas(lambda ax: blit.kept_text(ax, 0.2, 0.5, "3.8 min", color="C1"))
    assert np.array_equal(plain, kept)
    renderer = text.figure.canvas.get_renderer()
    text.draw(renderer)
    text.set_text("4 min")
    text.draw(renderer)
    assert len(text._kept) == 2  # one picture per string
    text.set_fontweight("bold")
    text.draw(renderer)
    assert len(text._kept) == 3  # and per look


def test_a_kept_text_with_nothing_to_draw_keeps_one_look():
    """An empty label parked at NaN (as a diagram hides one) is not rendered at every move."""
    _, text = _canvas(lambda ax: blit.kept_text(ax, float("nan"), float("nan"), ""))
    for _ in range(3):
        text.draw(text.figure.canvas.get_renderer())
    assert len(text._kept) == 1


def _legend(kept: bool, second: str = "affected", renamed: str | None = None):
    def make(ax):
        ax.plot([0, 1], [0, 1], label="healthy")
        ax.plot([0, 1], [1, 0], label=second, linestyle="--")
        legend = blit.kept_legend(ax, loc="center") if kept else animate(ax.legend(loc="center"))
        if renamed:
            legend.get_texts()[1].set_text(renamed)
        return legend

    return _canvas(make, size=(3, 2))


def test_a_kept_legend_looks_like_the_legend_and_changes_its_words():
    plain, _ = _legend(kept=False)
    kept, legend = _legend(kept=True)
    assert np.abs(plain - kept).max() <= 5  # a semi-transparent frame composited in two steps
    assert legend.axes.get_legend() is legend and legend.get_animated()
    renamed, _ = _legend(kept=True, renamed="weakened")
    assert np.abs(renamed - _legend(kept=False, second="weakened")[0]).max() <= 5
    assert np.abs(renamed - kept).max() > 100


def test_kept_artists_draw_as_themselves_in_vector_files():
    fig = Figure()
    ax = fig.add_subplot()
    blit.kept_text(ax, 0.5, 0.5, "pain")
    svg = io.StringIO()
    fig.savefig(svg, format="svg")
    assert "<image" not in svg.getvalue()


def _ticked(scale, live: bool, first=None, layout="constrained", label="resistance (N·m)"):
    """An Axes whose y axis shows 0 to ``scale`` N·m: set by its limits, or by a live axis
    (made at the scale ``first``, if given, then set to ``scale``); returns the pixels and the
    Axes' tick labels."""

    def make(ax):
        animate(ax.plot([0, 1], [0.2, 0.8] if live else [0.2 * scale, 0.8 * scale])[0])
        ax.set_ylabel(label)
        if not live:
            ax.set_ylim(0, scale)
            return ax.yaxis.get_ticklabels
        ax.set_ylim(0, 1)
        axis = blit.LiveAxis(ax.yaxis, first or scale)
        axis.set_scale(scale)
        return lambda: axis.labels

    shown, labels = _canvas(make, size=(4, 3), layout=layout)
    return shown, [t.get_text() for t in labels() if t.get_visible() and t.get_text()]


@pytest.mark.parametrize("scale", [15.0, 44.0, 2.4, 6300.0])
def test_a_live_axis_shows_the_ticks_of_a_plain_axis(scale):
    """The same ticks, labels and grid lines, and the same layout."""
    plain, plain_ticks = _ticked(scale, live=False)
    shown, ticks = _ticked(scale, live=True)
    assert ticks == plain_ticks[: len(ticks)] and len(ticks) >= 4
    assert np.array_equal(plain, shown)


def test_a_live_axis_keeps_its_first_layout_and_shows_a_new_range():
    """A new scale draws the ticks of its range where the axes were laid out for the first."""
    plain, plain_ticks = _ticked(44.0, live=False, layout="none", label="")
    shown, ticks = _ticked(44.0, live=True, first=15.0, layout="none", label="")
    assert ticks == plain_ticks[: len(ticks)]
    assert np.array_equal(plain, shown)
    with pytest.raises(ValueError, match="must be positive"):
        blit.LiveAxis(Figure().add_subplot().yaxis, 1.0).set_scale(0)


def test_a_live_axis_does_not_stale_the_figure():
    fig = Figure()
    FigureCanvasAgg(fig)
    live = blit.LiveAxis(fig.add_subplot().yaxis, 15.0)
    fig.canvas.draw()
    live.set_scale(44.0)
    live.draw(fig.canvas.get_renderer())
    assert not fig.stale  # so the next update of a diagram is a blit


def test_a_live_axis_label_changes_its_words_in_place():
    fig = Figure(layout="constrained")
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    ax.set_ylabel("back pain (0–10)")
    live = blit.LiveAxis(ax.yaxis, 10.0)
    fig.canvas.draw()
    own = live.axis.label
    live.set_label("steps (thousands/day)")
    live.draw(fig.canvas.get_renderer())
    assert live.label.get_text() == "steps (thousands/day)"
    assert live.label.get_position() == own.get_position()
    assert own.get_color() == "none"  # the axis's own label only keeps the room for it
