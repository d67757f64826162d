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
from dataclasses import dataclass

import numpy as np
from IPython.display import Markdown, display
from matplotlib.backends.backend_agg import FigureCanvasAgg
from PIL import Image

from msbackpain.evidence import render_citations

#: Resolution of figures in notebooks (dots per inch); kept modest so notebooks stay small.
DPI = 80


#: Colours kept when a figure is stored; plots need far fewer, and the PNG gets ~3x smaller.
PALETTE_COLOURS = 128


def rgba_png(rgba, compact: bool = False) -> bytes:
    """An RGBA pixel buffer (height × width × 4, e.g. a canvas's ``buffer_rgba()``) as PNG.

    ``compact=False`` (live updates, which are not stored) uses the fastest zlib level, to keep
    sliders responsive. ``compact=True`` (anything stored in a notebook) reduces the picture to
    a palette of 128 colours with Pillow's fast octree quantizer (Pillow comes with matplotlib):
    about three times smaller, with no visible loss in plots. No metadata varies between runs.
    """
    image = Image.fromarray(np.asarray(rgba)).convert("RGB")
    if compact:
        image = image.quantize(colors=PALETTE_COLOURS, method=Image.Quantize.FASTOCTREE)
    out = io.BytesIO()
    image.save(out, format="PNG", compress_level=6 if compact else 1)
    return out.getvalue()


def figure_png(fig, dpi: int = DPI, compact: bool = True) -> bytes:
    """The figure drawn at ``dpi`` and encoded by :func:`rgba_png`."""
    fig.set_dpi(dpi)
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    return rgba_png(canvas.buffer_rgba(), compact=compact)


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
    """The caption line shown under a figure; ``[@key]`` citations read "(Author Year)"."""
    if not caption or not caption.strip():
        raise ValueError("every figure needs a one-sentence caption")
    return f"*{label}: {render_citations(caption.strip())}*"


@dataclass(frozen=True)
class FigureText:
    """What a reader gets with a figure: a one-sentence caption and alt text.

    Each lesson keeps its figures' texts in one place, keyed by figure id (``TEXTS`` in the
    lesson's ``captions.py``), so that the notebook's figure cells carry code, not prose.
    """

    caption: str
    alt: str

    def __post_init__(self):
        caption_markdown(self.caption)  # validates
        if not self.alt or not self.alt.strip():
            raise ValueError("every image needs alt text: alt must be a non-empty sentence")


def show_figure(fig, caption: str | FigureText, alt: str | None = None, dpi: int = DPI) -> None:
    """Display ``fig`` with alt text and a caption: ``show_figure(fig, TEXTS["id"])``, or
    ``show_figure(fig, caption, alt)`` when the text depends on values computed in the cell.

    ``fig`` should be a ``matplotlib.figure.Figure`` (not created through pyplot), so that
    nothing else displays it a second time. Returns nothing, so that it can end a cell without
    a trailing semicolon (``ruff format`` removes those).
    """
    if isinstance(caption, FigureText):
        caption, alt = caption.caption, caption.alt
    if alt is None:
        raise ValueError("show_figure needs alt text (or a FigureText with both)")
    display(image_bundle(figure_png(fig, dpi=dpi), alt), raw=True)
    display(Markdown(caption_markdown(caption)))
