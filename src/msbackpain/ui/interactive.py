"""Interactive diagrams that degrade well: live controls in JupyterLab, a picture everywhere else.

An :class:`Interactive` couples a pure plotting function ``draw(axes, **values)`` with a few
ipywidgets controls. In JupyterLab, moving a control redraws the figure while the slider moves.
Read without a kernel (nbviewer, GitHub, or JupyterLab before the notebook is run), the same
output shows a picture of the default state: :meth:`Interactive.show` displays *one* output whose
richest form is the live widget and whose plain forms are that picture with its alt text, so each
reader sees the diagram once.

Redrawing uses matplotlib's blitting: everything that does not move is drawn once and kept as a
background; on each move the background is restored and only the artists that change are drawn
on top (:func:`animate` marks them). A ``draw`` function that creates its artists on the first
call and afterwards only updates its animated artists in place (``line.set_ydata``, ...) gets the
fast path. If an update touches anything else (an axis limit, a title that is not animated), the
figure notices it (matplotlib marks it stale) and the whole picture is drawn again: always right,
only slower. :mod:`msbackpain.ui.blit` keeps the rest fast: texts and legends that keep their
pictures, and an axis whose range changes without a new limit.

The picture is placed in an HTML ``<img>`` with alt text, so the live picture is accessible too.
"""

from __future__ import annotations

import functools
import html
import math
from collections.abc import Callable, Mapping

import ipywidgets as widgets
from IPython.display import Markdown, display
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from msbackpain.ui.display import DPI, caption_markdown, image_bundle, img_tag, rgba_png

FALLBACK_TEXT = "Interactive diagram: run this notebook in JupyterLab to use its controls."

#: Factories of every interactive diagram, by "NN:name" (NN = its notebook). The slide figures,
#: the benchmarks and the browser tests use it to find and move every diagram.
REGISTRY: dict[str, Callable[[], Interactive]] = {}

#: Width of every control's label, so that every slider track has the same, useful length. A
#: label longer than this is cut short with an ellipsis by ipywidgets (the unit is lost), so every
#: registered control's label must fit (tests/lessons/test_control_layout.py measures them in
#: the font JupyterLab uses, 13-pixel DejaVu Sans).
LABEL_WIDTH = "310px"
#: Width of a slider or menu: label, track (or menu) and readout.
CONTROL_WIDTH = "660px"
#: Width JupyterLab gives a slider's readout, and the margins around the track (pixels, measured
#: in JupyterLab 4 with ipywidgets 8): the track is what is left of CONTROL_WIDTH.
READOUT_PX, MARGINS_PX = 72, 24


def track_px() -> int:
    """Length of every slider's track in JupyterLab (pixels): the control's width less its
    label, its readout and the margins between them."""
    return int(CONTROL_WIDTH[:-2]) - int(LABEL_WIDTH[:-2]) - READOUT_PX - MARGINS_PX


def register(notebook: str, name: str):
    """Decorator: record a factory that builds one notebook's interactive diagram.

    The diagrams the factory builds carry their key (``diagram.key``) and a CSS class made from
    it (``msbackpain-diagram-00-chain-map``), so that a page can find every registered diagram.
    """

    def decorate(factory):
        key = f"{notebook}:{name}"
        if key in REGISTRY:
            raise ValueError(f"an interactive diagram is already registered as {key!r}")

        @functools.wraps(factory)
        def build(*args, **kwargs):
            diagram = factory(*args, **kwargs)
            diagram.key = key
            return diagram

        REGISTRY[key] = build
        return build

    return decorate


def animate(*artists):
    """Mark ``artists`` as the ones that change when a control moves; returns them.

    Animated artists are left out of the stored background and drawn on top of it at each
    update. Mark only artists that belong to an Axes (lines, patches, texts, images, a legend).
    The parts of a compound artist (a legend's frame and entries) are kept from marking the
    figure stale when they change, since the artist they belong to is redrawn at every update.
    """
    for artist in artists:
        artist.set_animated(True)
        _quiet_parts(artist)
    return artists[0] if len(artists) == 1 else artists


def _quiet_parts(artist) -> None:
    for part in artist.get_children():
        part.stale_callback = None
        _quiet_parts(part)


def moves(control) -> list:
    """Values to try for a control: every option of a menu, or five points along a slider."""
    if hasattr(control, "options"):
        values = [o[1] if isinstance(o, tuple) else o for o in control.options]
        return values[:12]
    low, high = control.min, control.max
    points = [low + (high - low) * f for f in (0.0, 0.25, 0.5, 0.75, 1.0)]
    if isinstance(control.value, int) and not isinstance(control.value, bool):
        points = sorted({round(p) for p in points})
    return points


def _style():
    return {"description_width": LABEL_WIDTH}


def slider(
    label: str,
    unit: str,
    minimum: float,
    maximum: float,
    step: float,
    value: float,
    *,
    continuous: bool = True,
    integer: bool = False,
    readout_format: str | None = None,
):
    """A slider whose label carries its unit, e.g. ``slider("lesion severity", "× normal", 1, 10,
    0.5, 4)``. The picture follows the handle while it is dragged; ``continuous=False`` redraws
    only when the handle is released (for a diagram whose update is too slow to follow it)."""
    if not minimum <= value <= maximum:
        raise ValueError(
            f"slider {label!r}: default value {value} is outside its range [{minimum}, {maximum}]"
        )
    steps = (value - minimum) / step
    if abs(steps - round(steps)) > 1e-6:
        # The browser moves a value onto the slider's grid as soon as the widget appears, and
        # the kernel then draws that state instead of the default.
        below = minimum + step * math.floor(steps)
        raise ValueError(
            f"slider {label!r}: default value {value} is not on its grid of steps of {step} "
            f"from {minimum} (nearest: {below:g} or {below + step:g})"
        )
    description = f"{label} ({unit})" if unit else label
    cls = widgets.IntSlider if integer else widgets.FloatSlider
    kwargs = {"readout_format": readout_format} if readout_format else {}
    return cls(
        value=value,
        min=minimum,
        max=maximum,
        step=step,
        description=description,
        continuous_update=continuous,
        style=_style(),
        layout=widgets.Layout(width=CONTROL_WIDTH),
        **kwargs,
    )


def dropdown(label: str, options, value=None):
    """A dropdown menu; ``options`` is a list of values or of (label, value) pairs."""
    return widgets.Dropdown(
        options=options,
        value=value,
        description=label,
        style=_style(),
        layout=widgets.Layout(width=CONTROL_WIDTH),
    )


def toggle(label: str, options, value=None):
    """A row of toggle buttons; ``options`` is a list of values or of (label, value) pairs.

    Each button is as wide as its label (ipywidgets' fixed width would cut long labels short).
    """
    return widgets.ToggleButtons(
        options=options,
        value=value,
        description=label,
        style={**_style(), "button_width": "auto"},
    )


def _check_value(name: str, control, value):
    """Raise a clear error if ``value`` cannot be set on ``control``."""
    if isinstance(control, widgets.widgets.widget_int._Int | widgets.widgets.widget_float._Float):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise TypeError(f"{name} must be a number (got {type(value).__name__} {value!r})")
        low, high = getattr(control, "min", None), getattr(control, "max", None)
        if low is not None and not low <= value <= high:
            raise ValueError(f"{name} must be between {low} and {high} (got {value})")
    elif hasattr(control, "options"):
        allowed = [o[1] if isinstance(o, tuple) else o for o in control.options]
        if value not in allowed:
            raise ValueError(f"{name} must be one of {allowed} (got {value!r})")


class Interactive:
    """A diagram with controls; ``draw(axes, **values)`` may return a short status text.

    Parameters
    ----------
    draw:
        Plotting function. It receives the axes (one Axes, or an array when ``nrows`` or
        ``ncols`` > 1) and the current control values as keyword arguments.
    controls:
        Mapping from keyword name to an ipywidgets control.
    caption:
        One sentence saying what the figure shows (shown under the picture).
    alt:
        Alt text; either a string or a function of the control values returning one.
    describe:
        Optional function of the control values returning a short HTML note shown above the
        picture (e.g. a result in words, or a link); by default the text ``draw`` returns.
    clear:
        With ``True`` (the default) the axes are cleared before every call of ``draw`` and the
        whole figure is drawn again: simple, and slow. With ``False`` the axes keep their
        artists: ``draw`` creates them on its first call, marks those that change with
        :func:`animate`, and afterwards updates only those. Each move then restores the stored
        background and draws just the animated artists (blitting).
    """

    def __init__(
        self,
        draw: Callable,
        controls: Mapping[str, widgets.ValueWidget],
        *,
        caption: str,
        alt: str | Callable[..., str],
        figsize=(9.0, 4.5),
        nrows: int = 1,
        ncols: int = 1,
        dpi: int = DPI,
        subplot_kw=None,
        gridspec_kw=None,
        describe: Callable[..., str] | None = None,
        clear: bool = True,
    ):
        if not controls:
            raise ValueError("an interactive diagram needs at least one control")
        caption_markdown(caption)  # validates
        self.draw = draw
        self.controls = dict(controls)
        self.caption = caption
        self._alt = alt
        self.describe = describe
        self.clear = clear
        self.figure = Figure(figsize=figsize, dpi=dpi)
        self.canvas = FigureCanvasAgg(self.figure)
        self.axes = self.figure.subplots(
            nrows, ncols, squeeze=True, subplot_kw=subplot_kw, gridspec_kw=gridspec_kw
        )
        self.defaults = {name: c.value for name, c in self.controls.items()}
        self.image = widgets.HTML()
        self.status = widgets.HTML()
        self.reset_button = widgets.Button(
            description="Reset", icon="undo", tooltip="Put every control back to its default"
        )
        self.reset_button.on_click(lambda _b: self.reset())
        for control in self.controls.values():
            control.observe(self._on_change, names="value")
        self._background = None
        #: How many updates drew the whole figure, and how many only its animated artists.
        self.full_draws = 0
        self.blits = 0
        self.png = b""
        self._render()

    # -- state -------------------------------------------------------------------------------
    @property
    def values(self) -> dict:
        """The current value of every control, by keyword name."""
        return {name: c.value for name, c in self.controls.items()}

    def alt(self, values: Mapping | None = None) -> str:
        """Alt text for the picture at ``values`` (default: the current values)."""
        values = self.values if values is None else values
        return self._alt(**values) if callable(self._alt) else self._alt

    def update(self, **values) -> None:
        """Set controls programmatically (as a learner would by moving them) and redraw once.

        Unknown names, wrong types and out-of-range values raise a clear error and change
        nothing.
        """
        for name, value in values.items():
            if name not in self.controls:
                raise ValueError(f"unknown control {name!r}; controls are {list(self.controls)}")
            _check_value(name, self.controls[name], value)
        self._hold = True
        try:
            for name, value in values.items():
                self.controls[name].value = value
        finally:
            self._hold = False
        self._render()

    def reset(self) -> None:
        """Put every control back to its default value and redraw."""
        self.update(**self.defaults)

    #: "NN:name" in :data:`REGISTRY` when a registered factory built this diagram.
    key: str | None = None

    # -- drawing -----------------------------------------------------------------------------
    _hold = False

    def _on_change(self, _change) -> None:
        if not self._hold:
            self._render()

    def _animated(self) -> list:
        found = [
            a
            for ax in self.figure.axes
            for a in ax.get_children()
            if a.get_animated() and a.get_visible()
        ]
        return sorted(found, key=lambda a: a.get_zorder())

    def paint(self) -> None:
        """Bring the canvas up to date: blit the animated artists over the stored background,
        or draw the whole figure (and store a new background) when anything else changed."""
        if self.clear or self._background is None or self.figure.stale:
            self.canvas.draw()  # everything except the animated artists
            if self._background is None:
                self._keep_layout()
            self._background = self.canvas.copy_from_bbox(self.figure.bbox)
            self.full_draws += 1
        else:
            self.canvas.restore_region(self._background)
            self.blits += 1
        renderer = self.canvas.get_renderer()
        for artist in self._animated():
            artist.draw(renderer)

    def _keep_layout(self) -> None:
        """Keep the axes where the first drawing's layout put them.

        Blitting assumes that nothing but the animated artists moves; a layout engine run again
        at a later full redraw would shift the axes by a fraction of a pixel (constrained layout
        does not settle in one pass) and the stored background would no longer match.
        """
        self.figure.set_layout_engine("none")

    def encode(self, compact: bool = False) -> bytes:
        """The canvas as it stands, as PNG (no drawing)."""
        return rgba_png(self.canvas.buffer_rgba(), compact=compact)

    def _render(self) -> None:
        if self.clear:
            for ax in self.axes.flat if hasattr(self.axes, "flat") else [self.axes]:
                ax.clear()
        values = self.values
        text = self.draw(self.axes, **values)
        self.paint()
        self.png = self.encode()
        self.image.value = img_tag(self.png, self.alt(values))
        if self.describe is not None:
            self.status.value = self.describe(**values)
        else:
            self.status.value = f"<p><strong>{html.escape(text)}</strong></p>" if text else ""

    # -- display -----------------------------------------------------------------------------
    def widget(self) -> widgets.VBox:
        """The live diagram: controls, reset button, status line and picture."""
        box = widgets.VBox(
            [*self.controls.values(), self.reset_button, self.status, self.image],
            layout=widgets.Layout(border="1px solid #999999", padding="6px"),
        )
        # Names in the page: the diagram, each control, Reset, the picture.
        box.add_class("msbackpain-interactive")
        if self.key:
            slug = "".join(ch if ch.isalnum() else "-" for ch in self.key.lower())
            box.add_class("msbackpain-diagram-" + "-".join(filter(None, slug.split("-"))))
        for name, control in self.controls.items():
            control.add_class(f"msbackpain-control-{name}")
        self.reset_button.add_class("msbackpain-reset")
        self.image.add_class("msbackpain-picture")
        return box

    def show(self) -> None:
        """Show the diagram once: live in JupyterLab, its default picture everywhere else.

        One output carries the widget and, as its plainer forms, the picture of the default
        state (PNG, and HTML with alt text). A live kernel's JupyterLab renders the widget;
        nbviewer, GitHub and a notebook not yet run render the picture. The caption follows.
        """
        if self.values != self.defaults:
            self.update(**self.defaults)
        still = self.encode(compact=True)
        bundle = {
            **image_bundle(still, self.alt()),
            **self.widget()._repr_mimebundle_(),
            "text/plain": FALLBACK_TEXT,
        }
        display(bundle, raw=True)
        display(Markdown(caption_markdown(self.caption)))
