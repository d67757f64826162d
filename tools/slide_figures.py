"""Key figures for slides: one command writes each as PNG and SVG, plus ``figures/README.md``.

Run ``python -m tools.slide_figures [--out DIR] [names...]`` (default folder: ``figures/``). Each
key figure is drawn by the package's own plotting functions or by an interactive diagram at its
default state (nothing is re-implemented here), at slide size (16:9, 13.33 x 7.5 inches, PNG at
100 dpi = 1333 x 750 pixels). Output is deterministic: no dates or software versions in the
files, a fixed SVG hash salt, and heavy image artists (heat maps) rasterized inside the SVG.
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import matplotlib as mpl
from matplotlib.collections import QuadMesh
from matplotlib.figure import Figure
from matplotlib.image import AxesImage

from msbackpain.lessons import lesson
from msbackpain.ui import style
from tools import catalog

#: Slide size in inches (16:9) and the PNG resolution.
SLIDE_INCHES = (13.33, 7.5)
PNG_DPI = 100

#: Where the figures go by default: ``figures/`` at the top of the repository.
DEFAULT_OUT = catalog.ROOT / "figures"


@dataclass(frozen=True)
class KeyFigure:
    """One key figure: its file name, notebook, caption, alt text and a function making it."""

    name: str
    notebook: str  # its number, "NN"
    make: Callable[[], Figure]
    caption: str | None = None  # None: taken from the diagram
    alt: str | None = None  # None: taken from the diagram at its default state
    diagram: str | None = None  # "NN:name" of the interactive diagram it shows, if any

    def text(self) -> tuple[str, str]:
        """The caption and alt text (read from the diagram when not given here)."""
        if self.caption is not None and self.alt is not None:
            return self.caption, self.alt
        d = _diagram(self.diagram)
        return self.caption or d.caption, self.alt or d.alt()


def _diagram(key: str):
    from msbackpain.lessons import load_all
    from msbackpain.ui.interactive import REGISTRY

    load_all()
    return REGISTRY[key]()


def _diagram_figure(key: str) -> Callable[[], Figure]:
    """A maker that builds the diagram ``key`` at its default state and lays it out as a slide."""

    def make() -> Figure:
        fig = _diagram(key).figure
        fig.set_size_inches(*SLIDE_INCHES)
        fig.set_layout_engine("constrained")
        return fig

    return make


def _propagation() -> Figure:
    from msbackpain import conduction as cd
    from msbackpain.lessons.demyelination.figures import plot_propagation

    fig = Figure(figsize=SLIDE_INCHES, layout="constrained")
    healthy, lesioned = fig.subplots(1, 2, sharey=True)
    plot_propagation(healthy, cd.simulate_axon(lesion_length=0), colorbar=False)
    plot_propagation(lesioned, cd.simulate_axon(severity=4.0))
    healthy.set_title("healthy fibre")
    lesioned.set_title("lesion: capacitance and leak × 4")
    return fig


#: Every key figure, in notebook order.
KEY_FIGURES: list[KeyFigure] = [
    KeyFigure("chain_map", "00", _diagram_figure("00:chain map"), diagram="00:chain map"),
    KeyFigure(
        "propagation",
        "01",
        _propagation,
        caption=(
            "Teaching model: membrane potential along a chain of nodes over time, in a healthy "
            "fibre (left) and with a demyelinating lesion (right); the spike slows where the "
            "lesion is."
        ),
        alt=(
            "Two heat maps, time across and node number up, colour showing membrane potential. "
            "Left, the bright band of the spike climbs the nodes in a straight diagonal line. "
            "Right, the band bends and flattens inside the lesion (nodes 12 to 17, between "
            "dashed lines), so the spike reaches the far end later; white circles mark when "
            "each node fires."
        ),
    ),
    KeyFigure(
        "spike_train",
        "02",
        _diagram_figure("02:spike train through a lesion"),
        diagram="02:spike train through a lesion",
    ),
    KeyFigure(
        "force_effort",
        "03",
        _diagram_figure("03:force and effort"),
        diagram="03:force and effort",
    ),
    KeyFigure("load_sharing", "04", _diagram_figure("04:compensation"), diagram="04:compensation"),
    KeyFigure("spine_load", "05", _diagram_figure("05:spinal load"), diagram="05:spinal load"),
    KeyFigure("pain_day", "06", _diagram_figure("06:day plan"), diagram="06:day plan"),
    KeyFigure(
        "whole_chain_dashboard",
        "07",
        _diagram_figure("07:intervention dashboard"),
        diagram="07:intervention dashboard",
    ),
    KeyFigure(
        "diary_heatmap", "08", _diagram_figure("08:diary browser"), diagram="08:diary browser"
    ),
]

BY_NAME = {k.name: k for k in KEY_FIGURES}


def _rasterize_heavy(fig: Figure) -> None:
    """Heat maps go into the SVG as one embedded image each, not thousands of vector cells."""
    for ax in fig.axes:
        for artist in ax.get_children():
            if isinstance(artist, AxesImage | QuadMesh):
                artist.set_rasterized(True)


def render(key: KeyFigure) -> tuple[bytes, bytes]:
    """The figure as (PNG bytes, SVG bytes), both free of run-dependent metadata."""
    with mpl.rc_context(style.rc_params()):
        fig = key.make()
        _rasterize_heavy(fig)
        png, svg = io.BytesIO(), io.BytesIO()
        fig.savefig(png, format="png", dpi=PNG_DPI, metadata={"Software": None})
        with mpl.rc_context({"svg.hashsalt": f"msbackpain-{key.name}", "svg.fonttype": "path"}):
            fig.savefig(
                svg,
                format="svg",
                dpi=PNG_DPI,
                metadata={"Date": None, "Creator": None, "Format": None, "Type": None},
            )
    return png.getvalue(), svg.getvalue()


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def readme(keys: list[KeyFigure] | None = None) -> str:
    """``figures/README.md``: every key figure with its files, caption, alt text and notebook."""
    keys = KEY_FIGURES if keys is None else keys
    lines = [
        "# Key figures",
        "",
        "Slide-sized (16:9, 1333 × 750 pixels) pictures of the key figures, one or more per "
        "notebook, as PNG and SVG. Heat maps are embedded in the SVG as images (rasterized) to "
        "keep the files small. Regenerate them all with",
        "",
        "```bash",
        "python -m tools.slide_figures",
        "```",
        "",
        "(`--out DIR` writes elsewhere; names after it regenerate only those figures). This file "
        "is generated too: do not edit it by hand. Figures from the models are teaching models, "
        "not measurements; licence CC BY 4.0 (`LICENSE-CONTENT.md`).",
        "",
        "| figure | files | caption | alt text | notebook |",
        "|---|---|---|---|---|",
    ]
    for k in keys:
        caption, alt = k.text()
        lines.append(
            f"| {k.name} | [PNG]({k.name}.png) · [SVG]({k.name}.svg) | {_cell(caption)} | "
            f"{_cell(alt)} | [{k.notebook}](../notebooks/{lesson(k.notebook).filename}) |"
        )
    return "\n".join(lines) + "\n"


def generate(out: Path | str = DEFAULT_OUT, names: list[str] | None = None) -> dict[str, float]:
    """Write NAME.png and NAME.svg for the chosen figures (all by default) and the README.

    Returns the seconds each figure took. The README always lists every key figure.
    """
    out = Path(out)
    unknown = sorted(set(names or []) - set(BY_NAME))
    if unknown:
        raise ValueError(f"unknown figure(s) {unknown}; known: {list(BY_NAME)}")
    out.mkdir(parents=True, exist_ok=True)
    timings = {}
    for key in KEY_FIGURES:
        if names and key.name not in names:
            continue
        t0 = time.perf_counter()
        png, svg = render(key)
        (out / f"{key.name}.png").write_bytes(png)
        (out / f"{key.name}.svg").write_bytes(svg)
        timings[key.name] = time.perf_counter() - t0
    (out / "README.md").write_text(readme(), encoding="utf-8")
    return timings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.slide_figures", description="Write the key figures as PNG and SVG."
    )
    parser.add_argument("--out", default=str(DEFAULT_OUT), help="folder (default: figures/)")
    parser.add_argument(
        "names", nargs="*", help=f"figures to write (default: all): {list(BY_NAME)}"
    )
    args = parser.parse_args(argv)
    try:
        timings = generate(args.out, args.names)
    except ValueError as error:
        print(error, file=sys.stderr)
        return 2
    for name, seconds in timings.items():
        print(f"{name:<24} {seconds:5.1f} s")
    print(f"{len(timings)} figure(s) written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
