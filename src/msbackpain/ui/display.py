"""Show a matplotlib figure so that every reader sees it: JupyterLab, nbviewer and GitHub.

A figure is shown as one output that carries the same PNG twice: as ``image/png`` (what GitHub's
notebook view and any plain renderer use) and inside ``text/html`` as an ``<img>`` with alt text
(what JupyterLab, nbviewer and screen readers use). A one-sentence caption follows as its own
Markdown output, so it is visible everywhere.
"""

from __future__ import annotations

import base64
import html
import io
import json
import os

import matplotlib as mpl
from IPython.display import Markdown, display
from PIL import Image

#: Set to a file path to record the line styles of every figure shown (one JSON line per figure);
#: the greyscale test (tests/notebooks/test_greyscale.py) reads it to check that no series is told apart by
#: colour alone.
AUDIT_ENV = "MSBACKPAIN_FIGURE_AUDIT"

#: Resolution of figures in notebooks (dots per inch); kept modest so notebooks stay small.
DPI = 80


#: Colours kept when a figure is stored; plots need far fewer, and the PNG gets ~3x smaller.
PALETTE_COLOURS = 128


def figure_png(fig, dpi: int = DPI, compact: bool = True) -> bytes:
    """The figure rendered to PNG, with no metadata that varies between runs.

    ``compact=True`` (for anything stored in a notebook) reduces the image to a palette of 128
    colours with Pillow's fast octree quantizer (Pillow comes with matplotlib): about three times
    smaller, with no visible loss in plots. ``compact=False`` (for live widget updates, which are
    not stored) skips that step and uses the fastest zlib level, to keep sliders responsive.
    """
    raw = io.BytesIO()
    # Saving sets the layout engine aside and then restores it; a figure whose engine was
    # removed (a frozen interactive layout) would come back "constrained" under the collection's
    # style, so the style's automatic layout is switched off while saving.
    with mpl.rc_context({"figure.constrained_layout.use": False, "figure.autolayout": False}):
        fig.savefig(
            raw,
            format="png",
            dpi=dpi,
            metadata={"Software": None},
            pil_kwargs={"compress_level": 6 if compact else 1},
        )
    if not compact:
        return raw.getvalue()
    raw.seek(0)
    image = (
        Image.open(raw)
        .convert("RGB")
        .quantize(colors=PALETTE_COLOURS, method=Image.Quantize.FASTOCTREE)
    )
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def img_tag(png: bytes, alt: str, width: int | None = None) -> str:
    """An ``<img>`` element that embeds ``png`` with its alt text."""
    if not alt or not alt.strip():
        raise ValueError("every image needs alt text: alt must be a non-empty sentence")
    data = base64.b64encode(png).decode("ascii")
    size = f' width="{width}"' if width else ""
    return (
        f'<img src="data:image/png;base64,{data}" alt="{html.escape(alt, quote=True)}"{size} '
        'style="max-width:100%;height:auto">'
    )


def image_bundle(png: bytes, alt: str) -> dict:
    """A display bundle with the PNG as ``image/png`` and as an ``<img alt>`` in ``text/html``."""
    return {
        "image/png": base64.b64encode(png).decode("ascii"),
        "text/html": img_tag(png, alt),
        "text/plain": f"[Figure: {alt}]",
    }


def caption_markdown(caption: str, label: str = "Figure") -> str:
    """The caption line shown under a figure."""
    if not caption or not caption.strip():
        raise ValueError("every figure needs a one-sentence caption")
    return f"*{label}: {caption.strip()}*"


def show_figure(fig, caption: str, alt: str, dpi: int = DPI) -> None:
    """Display ``fig`` with alt text and a caption.

    ``fig`` should be a ``matplotlib.figure.Figure`` (not created through pyplot), so that
    nothing else displays it a second time. Returns nothing, so that it can end a cell without
    a trailing semicolon (``ruff format`` removes those).
    """
    display(image_bundle(figure_png(fig, dpi=dpi), alt), raw=True)
    display(Markdown(caption_markdown(caption)))
    audit_figure(fig, caption)


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


def audit_figure(fig, caption: str) -> None:
    """Append the line styles of ``fig`` to the file named by :data:`AUDIT_ENV`, if it is set."""
    path = os.environ.get(AUDIT_ENV)
    if not path:
        return
    record = {"caption": caption, "axes": line_styles(fig)}
    with open(path, "a", encoding="utf-8") as out:
        out.write(json.dumps(record) + "\n")
