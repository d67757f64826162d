"""One look for every figure: a colour-blind-safe palette, line styles, projector-sized fonts.

The palette is Okabe & Ito's eight colours (Okabe M, Ito K. *Color Universal Design*, 2008),
which stay distinguishable with the common forms of colour-vision deficiency. Every stage of the
causal chain has one colour, and every series also gets a line style and a marker, so that a
figure still reads when printed in greyscale.

Use :func:`apply` once in a notebook's setup cell.
"""

from __future__ import annotations

import matplotlib as mpl
from cycler import cycler
from matplotlib.ticker import FixedLocator, FuncFormatter, NullLocator

#: Okabe–Ito colours by name.
OKABE_ITO = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
}

#: Stages of the causal chain, in chain order, each with its colour.
STAGE_COLORS = {
    "lesion": OKABE_ITO["blue"],
    "signalling": OKABE_ITO["sky_blue"],
    "muscle": OKABE_ITO["bluish_green"],
    "compensation": OKABE_ITO["orange"],
    "posture": OKABE_ITO["reddish_purple"],
    "pain": OKABE_ITO["vermillion"],
    "behaviour": OKABE_ITO["yellow"],
    "context": "#BBBBBB",
}

#: A hatch per stage, so that stages whose colours print as similar greys (blue, green and
#: vermillion; sky blue, orange, reddish purple and grey) still differ without colour.
STAGE_HATCHES = {
    "lesion": "",
    "signalling": "",
    "muscle": "//",
    "compensation": "\\\\",
    "posture": "..",
    "pain": "xx",
    "behaviour": "",
    "context": "--",
}

#: Hatch lines are drawn thin and grey, so that box labels stay easy to read on top of them.
HATCH_COLOR = "#444444"
HATCH_LINEWIDTH = 0.6

#: Human-readable names of the stages (legend entries).
STAGE_LABELS = {
    "lesion": "MS lesion",
    "signalling": "nerve signalling",
    "muscle": "muscle",
    "compensation": "compensation",
    "posture": "posture and balance",
    "pain": "pain",
    "behaviour": "behaviour",
    "context": "heat, neck, medicine",
}

#: Series colours for ordinary line plots (yellow and grey left out: too pale for thin lines).
SERIES_COLORS = [
    OKABE_ITO["blue"],
    OKABE_ITO["vermillion"],
    OKABE_ITO["bluish_green"],
    OKABE_ITO["orange"],
    OKABE_ITO["reddish_purple"],
    OKABE_ITO["sky_blue"],
    OKABE_ITO["black"],
]
#: Line styles that pair with :data:`SERIES_COLORS`, so colour is never the only cue.
LINE_STYLES = ["-", "--", "-.", ":", (0, (5, 1)), (0, (3, 1, 1, 1, 1, 1)), (0, (1, 3))]
#: Markers that pair with :data:`SERIES_COLORS`.
MARKERS = ["o", "s", "^", "D", "v", "P", "X"]

#: Colours with a fixed meaning across the collection.
HEALTHY = OKABE_ITO["blue"]
AFFECTED = OKABE_ITO["vermillion"]
LIMIT = OKABE_ITO["black"]

#: Font sizes (points) that stay legible on a classroom projector.
FONT_SIZES = {"base": 13, "title": 15, "label": 13, "tick": 12, "legend": 12}


def series_style(i: int) -> dict:
    """Colour, line style and marker for the i-th series (cycles after seven)."""
    n = len(SERIES_COLORS)
    return {
        "color": SERIES_COLORS[i % n],
        "linestyle": LINE_STYLES[i % n],
        "marker": MARKERS[i % n],
    }


def stage_color(stage: str) -> str:
    """The colour of a chain stage; raises a clear error for an unknown stage."""
    try:
        return STAGE_COLORS[stage]
    except KeyError:
        known = ", ".join(STAGE_COLORS)
        raise ValueError(f"unknown stage {stage!r}; known stages: {known}") from None


def plain_log_axis(ax, which: str, ticks) -> None:
    """Log scale on ``ax``'s ``which`` axis ("x" or "y") with a few plainly labelled major ticks
    ('0.1', '1', '10') and no minor ticks: easy to read, and fast to redraw."""
    getattr(ax, f"set_{which}scale")("log")
    axis = getattr(ax, f"{which}axis")
    axis.set_major_locator(FixedLocator(ticks))
    axis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{v:g}"))
    axis.set_minor_locator(NullLocator())


def rc_params() -> dict:
    """The matplotlib settings that :func:`apply` installs."""
    prop_cycle = cycler(color=SERIES_COLORS) + cycler(linestyle=LINE_STYLES)
    return {
        "axes.prop_cycle": prop_cycle,
        "font.size": FONT_SIZES["base"],
        "axes.titlesize": FONT_SIZES["title"],
        "axes.labelsize": FONT_SIZES["label"],
        "xtick.labelsize": FONT_SIZES["tick"],
        "ytick.labelsize": FONT_SIZES["tick"],
        "legend.fontsize": FONT_SIZES["legend"],
        "lines.linewidth": 2.2,
        "lines.markersize": 6,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.grid": True,
        "grid.alpha": 0.3,
        "figure.dpi": 100,
        "savefig.dpi": 100,
        "figure.figsize": (8.0, 4.5),
        "figure.constrained_layout.use": True,
        "svg.hashsalt": "msbackpain",
        "path.simplify": True,
    }


def apply() -> None:
    """Install the collection's look for every later matplotlib figure."""
    mpl.rcParams.update(rc_params())
