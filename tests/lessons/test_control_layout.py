"""Every slider track is long and every control's label is readable in full.

ipywidgets gives each control's label a fixed width (:data:`~msbackpain.ui.interactive.LABEL_WIDTH`)
and cuts a longer label short with an ellipsis, so the unit or the meaning of the control is lost;
the track gets what is left of the control's width. Measured in JupyterLab 4 with ipywidgets 8
(Chromium, DejaVu Sans at 13 px): labels of 220 px cut five labels short and left tracks of 204 px.
This test measures every registered diagram's control labels in that font.
"""

from __future__ import annotations

import pytest
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.font_manager import FontProperties

from msbackpain import lessons
from msbackpain.ui import interactive

lessons.load_all()
#: JupyterLab's widget font: 13 pixels, here in points for matplotlib at 96 dpi.
FONT = FontProperties(family="DejaVu Sans", size=13 * 72 / 96)
#: Room a label needs beside its text (its padding), in pixels.
LABEL_PADDING_PX = 8
#: The shortest track a reader can set a value on with some precision, in pixels.
MIN_TRACK_PX = 240


def text_px(text: str) -> float:
    """Width of ``text`` in JupyterLab's widget font, in pixels."""
    width, _height, _descent = RendererAgg(10, 10, 96).get_text_width_height_descent(
        text, FONT, ismath=False
    )
    return width


def label_problems(descriptions: dict[str, str]) -> list[str]:
    room = int(interactive.LABEL_WIDTH[:-2]) - LABEL_PADDING_PX
    return [
        f"{where}: label {text!r} is {text_px(text):.0f} px, wider than the {room} px it gets"
        for where, text in descriptions.items()
        if text_px(text) > room
    ]


def test_every_slider_track_is_long():
    assert interactive.track_px() >= MIN_TRACK_PX


@pytest.mark.parametrize("key", sorted(interactive.REGISTRY))
def test_every_control_label_fits_its_width(key):
    diagram = interactive.REGISTRY[key]()
    descriptions = {f"{key} {name}": c.description for name, c in diagram.controls.items()}
    assert label_problems(descriptions) == []
    for name, control in diagram.controls.items():
        if hasattr(control, "layout") and control.layout.width:
            assert control.layout.width == interactive.CONTROL_WIDTH, (key, name)


def test_the_check_can_fail():
    assert label_problems({"x": "a label far too long to fit in the space a control gives it"})
    assert not label_problems({"x": "firing rate (Hz)"})
