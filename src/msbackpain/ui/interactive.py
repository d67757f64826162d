"""Interactive diagrams that degrade well: live controls in JupyterLab, a picture everywhere else.

An :class:`Interactive` couples a pure plotting function ``draw(axes, **values)`` with a few
ipywidgets controls. In JupyterLab, moving a control redraws the figure. When the notebook is
read without a kernel (nbviewer, GitHub), the widget cannot run, so :meth:`Interactive.show` also
leaves an ordinary image of the default state with its caption, and the widget's own text fallback
says so instead of ``VBox(children=...)``.

The figure is one ``matplotlib.figure.Figure`` created once and redrawn in place; it is rendered to
PNG and placed in an HTML ``<img>`` with alt text, so the live picture is accessible too.
"""

from __future__ import annotations

import functools
import html
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import ipywidgets as widgets
import matplotlib as mpl
from IPython.display import Markdown, display
from matplotlib.figure import Figure

from msbackpain.ui.display import (
    DPI,
    audit_figure,
    caption_markdown,
    figure_png,
    image_bundle,
    img_tag,
)

FALLBACK_TEXT = (
    "Interactive diagram: run this notebook in JupyterLab to use its controls. "
    "A picture of its default state follows."
)


#: Factories of every interactive diagram, by "NN:name" (NN = its notebook); the benchmark and
#: the browser tests use this list to move every control of every diagram.
REGISTRY: dict[str, Callable[[], Interactive]] = {}


def register(notebook: str, name: str):
    """Decorator: record a factory that builds one notebook's interactive diagram.

    The diagrams the factory builds carry their key (``diagram.key``), and their widget the CSS
    class :func:`css_class` of it, so that the browser tests find every registered diagram.
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


def css_class(key: str) -> str:
    """The CSS class of a registered diagram's widget, e.g. ``msbackpain-diagram-00-chain-map``."""
    return "msbackpain-diagram-" + re.sub(r"[^a-z0-9]+", "-", key.lower()).strip("-")


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


def slider(
    label: str,
    unit: str,
    minimum: float,
    maximum: float,
    step: float,
    value: float,
    *,
    continuous: bool = False,
    integer: bool = False,
    readout_format: str | None = None,
):
    """A slider whose label carries its unit, e.g. ``slider("lesion severity", "× normal", 1, 10,
    0.5, 4)``. ``continuous=False`` redraws only when the handle is released."""
    if not minimum <= value <= maximum:
        raise ValueError(
            f"slider {label!r}: default value {value} is outside its range [{minimum}, {maximum}]"
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
        style={"description_width": "initial"},
        layout=widgets.Layout(width="480px"),
        **kwargs,
    )


def dropdown(label: str, options, value=None):
    """A dropdown menu; ``options`` is a list of values or of (label, value) pairs."""
    return widgets.Dropdown(
        options=options,
        value=value,
        description=label,
        style={"description_width": "initial"},
        layout=widgets.Layout(width="480px"),
    )


def toggle(label: str, options, value=None):
    """A row of toggle buttons; ``options`` is a list of values or of (label, value) pairs.

    Each button is as wide as its label (ipywidgets' fixed width would cut long labels short).
    """
    return widgets.ToggleButtons(
        options=options,
        value=value,
        description=label,
        style={"description_width": "initial", "button_width": "auto"},
    )


def _freeze_layout(figure) -> None:
    """Keep the axes where the first (constrained) layout put them, and stop laying out again.

    With no layout engine at all, saving a figure draws it once instead of twice. Figures with
    colorbars cannot drop the engine (matplotlib refuses), so they keep a placeholder instead.
    """
    with mpl.rc_context({"figure.autolayout": False, "figure.constrained_layout.use": False}):
        try:
            figure.set_layout_engine(None)
        except RuntimeError:
            figure.set_layout_engine("none")


@dataclass
class Timing:
    """Seconds spent in one update: the model and drawing, then rendering to PNG."""

    draw_s: float
    render_s: float

    @property
    def total_s(self) -> float:
        return self.draw_s + self.render_s


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
        Pure plotting function. It receives the axes (one Axes, or an array when ``nrows`` or
        ``ncols`` > 1) already cleared, and the current control values as keyword arguments.
    controls:
        Mapping from keyword name to an ipywidgets control.
    caption:
        One sentence saying what the figure shows (shown under the static picture).
    alt:
        Alt text; either a string or a function of the control values returning one.
    describe:
        Optional function of the control values returning a short HTML note shown above the
        picture (e.g. a result in words, or a link); by default the text ``draw`` returns.
    clear:
        With ``True`` (the default) the axes are cleared before every call of ``draw``. With
        ``False`` the axes keep their artists, and ``draw`` updates them in place (e.g.
        ``line.set_ydata``) after creating them on its first call: much faster for busy figures.

    The layout (constrained, from the collection's style) is computed on the first drawing and
    then frozen, so that moving a control does not pay for it again; keep axis limits and tick
    labels of similar width across control values.
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
        self.dpi = dpi
        self.defaults = {name: c.value for name, c in self.controls.items()}
        self.figure = Figure(figsize=figsize)
        axes = self.figure.subplots(
            nrows, ncols, squeeze=True, subplot_kw=subplot_kw, gridspec_kw=gridspec_kw
        )
        self.axes = axes
        self.image = widgets.HTML()
        self.status = widgets.HTML()
        self.reset_button = widgets.Button(
            description="Reset", icon="undo", tooltip="Put every control back to its default"
        )
        self.reset_button.on_click(lambda _b: self.reset())
        for control in self.controls.values():
            control.observe(self._on_change, names="value")
        self.png = b""
        self.last_timing: Timing | None = None
        self._render()
        _freeze_layout(self.figure)

    # -- state -------------------------------------------------------------------------------
    @property
    def values(self) -> dict:
        """The current value of every control, by keyword name."""
        return {name: c.value for name, c in self.controls.items()}

    def alt(self, values: Mapping | None = None) -> str:
        """Alt text for the picture at ``values`` (default: the current values)."""
        values = self.values if values is None else values
        return self._alt(**values) if callable(self._alt) else self._alt

    def update(self, **values) -> Timing:
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
        return self._render()

    def reset(self) -> Timing:
        """Put every control back to its default value and redraw."""
        return self.update(**self.defaults)

    #: "NN:name" in :data:`REGISTRY` when a registered factory built this diagram.
    key: str | None = None

    # -- drawing -----------------------------------------------------------------------------
    _hold = False

    def _on_change(self, _change) -> None:
        if not self._hold:
            self._render()

    def _clear(self) -> None:
        axes = self.axes.flat if hasattr(self.axes, "flat") else [self.axes]
        for ax in axes:
            ax.clear()

    def _render(self, compact: bool = False) -> Timing:
        t0 = time.perf_counter()
        if self.clear:
            self._clear()
        values = self.values
        text = self.draw(self.axes, **values)
        t1 = time.perf_counter()
        self.png = figure_png(self.figure, dpi=self.dpi, compact=compact)
        self.image.value = img_tag(self.png, self.alt(values))
        if self.describe is not None:
            self.status.value = self.describe(**values)
        else:
            self.status.value = f"<p><strong>{html.escape(text)}</strong></p>" if text else ""
        self.last_timing = Timing(t1 - t0, time.perf_counter() - t1)
        return self.last_timing

    def render_only(self) -> float:
        """Seconds to re-render the current figure to PNG without any model or drawing work."""
        t0 = time.perf_counter()
        figure_png(self.figure, dpi=self.dpi, compact=False)
        return time.perf_counter() - t0

    # -- display -----------------------------------------------------------------------------
    def widget(self) -> widgets.VBox:
        """The live diagram: controls, reset button, status line and picture."""
        box = widgets.VBox(
            [*self.controls.values(), self.reset_button, self.status, self.image],
            layout=widgets.Layout(border="1px solid #999999", padding="6px"),
        )
        # Names in the page for the browser tests: the diagram, each control, Reset, the picture.
        box.add_class("msbackpain-interactive")
        if self.key:
            box.add_class(css_class(self.key))
        for name, control in self.controls.items():
            control.add_class(f"msbackpain-control-{name}")
        self.reset_button.add_class("msbackpain-reset")
        self.image.add_class("msbackpain-picture")
        return box

    def show(self) -> None:
        """Show the live widget, then a static picture of the default state with its caption."""
        if self.values != self.defaults:
            self.update(**self.defaults)
        self._render(compact=True)  # the stored picture: the compact PNG
        box = self.widget()
        bundle = box._repr_mimebundle_()
        bundle["text/plain"] = FALLBACK_TEXT
        display(bundle, raw=True)
        display(
            Markdown(
                "**Static picture** (the default settings; without a kernel this is "
                "what the diagram shows):"
            )
        )
        display(image_bundle(self.png, self.alt()), raw=True)
        display(Markdown(caption_markdown(self.caption)))
        audit_figure(self.figure, self.caption)
