"""The interactive helper: redraws, validation, reset, and what it leaves for readers without a
kernel."""

from __future__ import annotations

import pytest
from IPython.core.interactiveshell import InteractiveShell

from msbackpain.ui import interactive, style
from msbackpain.ui.interactive import FALLBACK_TEXT, Interactive, slider


def _line(ax, slope):
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


def test_update_redraws_and_reports_timing():
    diagram = make()
    first = diagram.png
    timing = diagram.update(slope=-3.0)
    assert diagram.png != first
    assert timing.draw_s >= 0 and timing.render_s > 0
    assert "slope -3" in diagram.status.value
    assert 'alt="A straight line with slope -3.0."' in diagram.image.value


def test_moving_the_widget_redraws():
    diagram = make()
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
    diagram = make()
    diagram.update(slope=3.0)
    diagram.reset_button.click()
    assert diagram.values == {"slope": 1.0}


def test_slider_label_has_unit_and_default_in_range():
    s = slider("lesion length", "nodes", 1, 10, 1, 4, integer=True)
    assert s.description == "lesion length (nodes)" and s.continuous_update is False
    with pytest.raises(ValueError, match="outside its range"):
        slider("x", "mm", 0, 1, 0.1, 2)


def test_captions_and_alt_are_required():
    with pytest.raises(ValueError, match="caption"):
        Interactive(_line, {"slope": slider("s", "", 0, 1, 0.1, 0.5)}, caption=" ", alt="a")


def test_show_leaves_fallback_text_static_image_and_caption():
    shell = InteractiveShell.instance()
    published = []
    original = shell.display_pub.publish
    shell.display_pub.publish = lambda data, metadata=None, **kw: published.append(data)
    try:
        make().show()
    finally:
        shell.display_pub.publish = original
    assert published[0]["text/plain"] == FALLBACK_TEXT
    assert "application/vnd.jupyter.widget-view+json" in published[0]
    image = next(d for d in published if "image/png" in d)
    assert 'alt="A straight line with slope 1.0."' in image["text/html"]
    assert published[-1]["text/markdown"].startswith("*Figure: A line whose slope")


def test_registry_and_moves():
    assert "00:chain map" in interactive.REGISTRY
    diagram = interactive.REGISTRY["00:chain map"]()
    options = [value for _label, value in diagram.controls["node"].options]
    assert interactive.moves(diagram.controls["node"]) == options[:12]
    assert interactive.moves(diagram.controls["reach"]) == ["direct", "all"]
    s = slider("x", "", 0, 10, 1, 5, integer=True)
    assert interactive.moves(s) == [0, 2, 5, 8, 10]


def test_layout_is_frozen_after_the_first_drawing():
    style.apply()  # the collection's style turns on constrained layout for new figures
    diagram = make()
    position = diagram.axes.get_position().bounds
    for slope in (-4.0, 4.0, 0.5):
        diagram.update(slope=slope)
        assert diagram.figure.get_layout_engine() is None
    assert diagram.axes.get_position().bounds == position
