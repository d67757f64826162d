"""A record of what tells the series of every figure apart, for the greyscale test.

Not part of the package: ``python -m tools.build execute --audit DIR`` starts each notebook's
kernel with an IPython start-up line that puts ``tests/`` on ``sys.path`` and calls
:func:`install`, so that every figure the notebook shows (through
``msbackpain.ui.display.show_figure`` or ``msbackpain.ui.interactive.Interactive.show``) leaves one
JSON line in ``DIR/<stem>.jsonl``: its caption and :func:`line_styles`. Nothing of this appears in
the notebook. ``tests/notebooks/test_greyscale.py`` reads the records.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path


def _dashes(artist) -> str:
    """A line's (or a patch edge's) dash pattern as text: "solid", "none" or on/off lengths."""
    if artist.get_linestyle() in ("None", "", " ", "none"):
        return "none"
    _offset, dashes = getattr(artist, "_unscaled_dash_pattern", (0, None))
    return "solid" if not dashes else " ".join(f"{d:g}" for d in dashes)


def _marker(line) -> str:
    marker = line.get_marker()
    return "none" if marker in (None, "None", "none", "", " ") else str(marker)


def grey_level(colour) -> float:
    """The grey (0 black .. 1 white) a colour prints as, over white (ITU-R 601 luma)."""
    from matplotlib.colors import to_rgba

    r, g, b, a = to_rgba(colour)
    r, g, b = (a * c + (1 - a) for c in (r, g, b))
    return round(0.299 * r + 0.587 * g + 0.114 * b, 3)


def line_styles(fig) -> list[dict]:
    """What tells the series of ``fig`` apart, for every Axes and every legend.

    One record per visible Axes (``"where"``: its title or y label) and per figure legend, with
    ``"lines"`` (every visible line in the Axes) and ``"legend"`` (every entry of its legend):
    label, colour, the grey it prints as, dash pattern, marker and, for filled entries (bars,
    areas), ``"kind": "patch"`` and the hatch. A record of what the figure shows, so that a test
    can check that no two series differ by colour alone.
    """
    from matplotlib.colors import to_hex
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    def line(artist, label: str) -> dict:
        return {
            "kind": "line",
            "label": label,
            "colour": to_hex(artist.get_color(), keep_alpha=False),
            "grey": grey_level(artist.get_color()),
            "dashes": _dashes(artist),
            "marker": _marker(artist),
            # a hollow marker (white or no face) reads differently from a filled one in grey
            "fill": "hollow"
            if artist.get_markerfacecolor() in ("none", "None")
            or grey_level(artist.get_markerfacecolor()) > 0.95
            else "filled",
        }

    def patch(artist, label: str) -> dict:
        face = artist.get_facecolor()
        return {
            "kind": "patch",
            "label": label,
            "colour": to_hex(face, keep_alpha=False),
            "grey": grey_level(face),
            "dashes": _dashes(artist) if artist.get_linewidth() else "none",
            "hatch": artist.get_hatch() or "none",
        }

    def entries(legend) -> list[dict]:
        if legend is None:
            return []
        handles = getattr(legend, "legend_handles", None) or legend.legendHandles
        out = []
        for handle, text in zip(handles, legend.get_texts(), strict=False):
            if isinstance(handle, Line2D):
                out.append(line(handle, text.get_text()))
            elif isinstance(handle, Patch):
                out.append(patch(handle, text.get_text()))
        return out

    records = []
    for i, ax in enumerate(fig.axes):
        if not ax.get_visible():
            continue
        records.append(
            {
                "where": ax.get_title() or ax.get_ylabel() or f"axes {i + 1}",
                "lines": [line(a, str(a.get_label())) for a in ax.get_lines() if a.get_visible()],
                "legend": entries(ax.get_legend()),
            }
        )
    for legend in fig.legends:
        records.append({"where": "figure legend", "lines": [], "legend": entries(legend)})
    return records


def record(path: Path, fig, caption) -> None:
    """Append the caption and the line styles of ``fig`` to ``path`` as one JSON line."""
    text = getattr(caption, "caption", caption)  # a FigureText, or the caption itself
    with open(path, "a", encoding="utf-8") as out:
        out.write(json.dumps({"caption": text, "axes": line_styles(fig)}) + "\n")


_ORIGINAL: dict = {}


def install(path: Path | str) -> None:
    """Record every figure shown from now on in ``path`` (emptied first); :func:`uninstall` ends it.

    Wraps ``msbackpain.ui.display.show_figure`` and ``Interactive.show``: code that imports
    ``show_figure`` after this call gets the recording one (a notebook's kernel calls this
    before any cell runs). Each figure shown is recorded once, after it is displayed.
    """
    from msbackpain.ui import display, interactive

    if _ORIGINAL:
        raise RuntimeError("the figure audit is installed already")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("", encoding="utf-8")
    show_figure, show = display.show_figure, interactive.Interactive.show

    @functools.wraps(show_figure)
    def recorded_show_figure(fig, caption, *args, **kwargs):
        show_figure(fig, caption, *args, **kwargs)
        record(path, fig, caption)

    @functools.wraps(show)
    def recorded_show(self):
        show(self)
        record(path, self.figure, self.caption)

    _ORIGINAL.update(show_figure=show_figure, show=show)
    display.show_figure, interactive.Interactive.show = recorded_show_figure, recorded_show


def uninstall() -> None:
    """Stop recording: put the original ``show_figure`` and ``Interactive.show`` back."""
    from msbackpain.ui import display, interactive

    if _ORIGINAL:
        display.show_figure = _ORIGINAL.pop("show_figure")
        interactive.Interactive.show = _ORIGINAL.pop("show")
