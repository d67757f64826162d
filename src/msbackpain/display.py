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

import matplotlib as mpl
from IPython.display import Markdown, display
from PIL import Image

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
