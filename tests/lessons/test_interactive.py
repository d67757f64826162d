"""The interactive helper: redraws (blitted or full), validation, reset, and the one output it
leaves for every reader.

:func:`move_every_control` and :func:`assert_blit_matches_full_redraw` are shared by the lesson
tests: every registered diagram is checked with them at the end of this file.
"""

from __future__ import annotations

import base64
import io

import numpy as np
import pytest
from IPython.core.interactiveshell import InteractiveShell
from PIL import Image

from msbackpain import lessons
from msbackpain.ui import interactive, style
from msbackpain.ui.interactive import FALLBACK_TEXT, Interactive, animate, slider


def pixels(png: bytes) -> np.ndarray:
    """A PNG's pixels as an (height, width, 3) integer array."""
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB"), dtype=int)


def move_every_control(diagram: Interactive) -> None:
    """Move each control of ``diagram`` through :func:`~msbackpain.ui.interactive.moves`,
    checking after each move that the picture shown is a redraw of the same state."""
    for name, control in diagram.controls.items():
        for value in interactive.moves(control):
            diagram.update(**{name: value})
            assert_blit_matches_full_redraw(diagram)
    diagram.reset()


def assert_blit_matches_full_redraw(diagram: Interactive, tolerance: int = 0) -> None:
    """The picture on the canvas (often blitted) equals the whole figure drawn again.

    ``tolerance``: how many pixels may differ (anti-aliased edges where an animated artist is
    drawn over a neighbour in another order); the default demands identical pictures.
    """
    shown = pixels(diagram.encode())
    diagram.figure.stale = True  # force a full drawing of the same state
    diagram.paint()
    full = pixels(diagram.encode())
    assert shown.shape == full.shape
    differing = int((np.abs(shown - full).max(axis=2) > 0).sum())
    assert differing <= tolerance, (
        f"{diagram.key or 'diagram'} at {diagram.values}: {differing} pixels differ between "
        "the blitted picture and a full redraw"
    )


def _line(ax, slope):
    ax.clear()
    ax.plot([0, 1], [0, slope])
    ax.set_ylim(-5, 5)
    return f"slope {slope:g}"


def make():
    return Interactive(
        _line,
        {"slope": slider("slope", "V/s", -4, 4, 0.5, 1.0)},
        caption="A line whose slope follows the slider.",
        alt=lambda slope: f"A straight line with slope {slope}.",
        figsize=(3, 2),
    )


def make_blitted():
    """A diagram on the fast path: one fixed curve, one animated line and one animated label."""
    x = np.linspace(0, 1, 50)
    art: dict = {}

    def draw(ax, slope):
        if not art:
            ax.plot(x, x**2, label="fixed")
            art["line"] = animate(ax.plot(x, slope * x, linestyle="--", label="moving")[0])
            art["label"] = animate(ax.text(0.05, 0.9, "", transform=ax.transAxes))
            ax.set_ylim(-5, 5)
            ax.legend(loc="lower right")
        art["line"].set_ydata(slope * x)
        art["label"].set_text(f"slope {slope:g}")

    return Interactive(
        draw,
        {"slope": slider("slope", "V/s", -4, 4, 0.5, 1.0)},
        caption="A line whose slope follows the slider.",
        alt=lambda slope: f"A straight line with slope {slope}.",
        figsize=(3, 2),
        clear=False,
    )


def test_update_redraws():
    diagram = make()
    first = diagram.png
    diagram.update(slope=-3.0)
    assert diagram.png != first
    assert "slope -3" in diagram.status.value
    assert 'alt="A straight line with slope -3.0."' in diagram.image.value


def test_cleared_diagrams_draw_in_full_and_animated_ones_blit():
    cleared = make()
    cleared.update(slope=2.0)
    assert (cleared.full_draws, cleared.blits) == (2, 0)
    fast = make_blitted()
    for slope in (-4.0, 0.5, 3.0):
        fast.update(slope=slope)
        assert_blit_matches_full_redraw(fast)
    assert fast.blits >= 3


def test_a_change_outside_the_animated_artists_redraws_everything():
    diagram = make_blitted()
    diagram.axes.set_ylim(-10, 10)  # not animated: the figure goes stale
    full_draws = diagram.full_draws
    diagram.update(slope=2.0)
    assert diagram.full_draws == full_draws + 1
    assert_blit_matches_full_redraw(diagram)


def test_moving_the_widget_redraws():
    diagram = make_blitted()
    before = diagram.png
    diagram.controls["slope"].value = 2.5
    assert diagram.png != before


def test_bad_values_are_refused_and_change_nothing():
    diagram = make()
    png = diagram.png
    with pytest.raises(ValueError, match=r"slope must be between -4.0 and 4.0 \(got 9\)"):
        diagram.update(slope=9)
    with pytest.raises(TypeError, match="slope must be a number"):
        diagram.update(slope="steep")
    with pytest.raises(ValueError, match="unknown control 'slop'"):
        diagram.update(slop=1)
    assert diagram.png == png and diagram.values == {"slope": 1.0}


def test_reset_restores_defaults():
    diagram = make_blitted()
    first = diagram.png
    diagram.update(slope=3.0)
    diagram.reset_button.click()
    assert diagram.values == {"slope": 1.0} and diagram.png == first


def test_slider_label_has_unit_default_in_range_and_follows_a_drag():
    s = slider("lesion length", "nodes", 1, 10, 1, 4, integer=True)
    assert s.description == "lesion length (nodes)" and s.continuous_update is True
    assert not slider("x", "", 0, 1, 0.1, 0.5, continuous=False).continuous_update
    with pytest.raises(ValueError, match="outside its range"):
        slider("x", "mm", 0, 1, 0.1, 2)
    with pytest.raises(
        ValueError, match=r"not on its grid of steps of 5 from 0 \(nearest: 160 or 165\)"
    ):
        slider("delay", "ms", 0, 300, 5, 161, integer=True)
    assert slider("rate", "per s", 0.002, 0.05, 0.00001, 0.01353).value == 0.01353


def test_every_control_label_has_the_same_width():
    widths = {
        c.style.description_width
        for c in (
            slider("a", "", 0, 1, 0.1, 0.5),
            interactive.dropdown("a much longer label", ["x", "y"]),
            interactive.toggle("b", ["x", "y"]),
        )
    }
    assert widths == {interactive.LABEL_WIDTH}


def test_captions_and_alt_are_required():
    with pytest.raises(ValueError, match="caption"):
        Interactive(_line, {"slope": slider("s", "", 0, 1, 0.1, 0.5)}, caption=" ", alt="a")


def _published(show) -> list[dict]:
    shell = InteractiveShell.instance()
    published = []
    original = shell.display_pub.publish
    shell.display_pub.publish = lambda data, metadata=None, **kw: published.append(data)
    try:
        show()
    finally:
        shell.display_pub.publish = original
    return published


def test_show_leaves_one_output_with_the_picture_as_its_plain_form_then_the_caption():
    diagram = make_blitted()
    diagram.update(slope=-2.0)  # show() puts the defaults back first
    published = _published(diagram.show)
    assert len(published) == 2
    bundle, caption = published
    assert bundle["text/plain"] == FALLBACK_TEXT
    assert "application/vnd.jupyter.widget-view+json" in bundle
    assert 'alt="A straight line with slope 1.0."' in bundle["text/html"]
    still = pixels(base64.b64decode(bundle["image/png"]))
    assert still.shape == pixels(diagram.png).shape
    assert caption["text/markdown"].startswith("*Figure: A line whose slope")


def test_registry_and_moves():
    lessons.load_all()
    assert "00:chain map" in interactive.REGISTRY
    diagram = interactive.REGISTRY["00:chain map"]()
    options = [value for _label, value in diagram.controls["node"].options]
    assert interactive.moves(diagram.controls["node"]) == options[:12]
    assert interactive.moves(diagram.controls["reach"]) == ["direct", "all"]
    s = slider("x", "", 0, 10, 1, 5, integer=True)
    assert interactive.moves(s) == [0, 2, 5, 8, 10]


def test_constrained_layout_settles_before_the_background_is_stored():
    style.apply()  # the collection's style turns on constrained layout for new figures
    diagram = make_blitted()
    for slope in (-4.0, 4.0, 0.5):
        diagram.update(slope=slope)
        # a full redraw re-runs the layout: the axes must not move by even a fraction of a pixel
        assert_blit_matches_full_redraw(diagram)
    assert diagram.blits == 3


lessons.load_all()


@pytest.mark.parametrize("key", sorted(interactive.REGISTRY))
def test_every_registered_diagram_blits_and_matches_a_full_redraw(key):
    """Every diagram of every lesson: after its first drawing, each move of each control is a
    blit; the default picture comes back after Reset; each blitted picture equals a full
    redraw of the same state."""
    diagram = interactive.REGISTRY[key]()
    first = pixels(diagram.png)
    moved = 0
    for name, control in diagram.controls.items():
        for value in interactive.moves(control):
            diagram.update(**{name: value})
            moved += 1
    diagram.reset()
    assert (diagram.full_draws, diagram.blits) == (1, moved + 1), f"{key}: not every move blitted"
    assert (pixels(diagram.png) == first).all(), f"{key}: Reset does not restore the picture"
    move_every_control(diagram)
