"""The chain map: the causal graph of :mod:`msbackpain.chain` drawn as boxes and arrows.

Each arrow is drawn by the evidence behind it (:data:`GRADE_LINESTYLES`): solid when the link
was measured in studies, dashed when this collection derived it with a model from measured
inputs, dotted when it is a teaching assumption. The head says which way it acts: an arrow head
when more cause means more effect, a bar when more cause means less.

Shared by the lessons that draw the map (00's chain map, 03's and 04's loops, 07's lit map).
:func:`draw_chain` draws it once and returns its artists; :func:`restyle_chain` recolours them
for a chosen step without drawing anything anew; :func:`draw_loop` lights up one feedback loop.
An interactive diagram draws the map with ``animated=True``: the boxes, labels and arrows are
then left out of the stored background and only they are drawn again after each restyling
(blitting; see :mod:`msbackpain.ui.interactive`). Those animated artists keep their pictures
(:class:`~msbackpain.ui.blit.Kept`): each look of each artist is rendered once and afterwards
pasted as pixels, because laying out and rendering every label anew takes several times longer
than the rest of an update.

Arrows never pass through a box they do not join (:mod:`msbackpain.ui.chain_routes` finds each
arrow's way around the boxes; a test checks the drawn paths), so a step's causes can be counted
from the picture. Labels sit on a white plate over the stage hatching.
"""

from __future__ import annotations

from dataclasses import dataclass

from matplotlib.patches import FancyArrowPatch, FancyBboxPatch

from msbackpain import chain
from msbackpain.chain import EDGES, NODES, Edge, Node, causes, downstream, effects, node, upstream
from msbackpain.evidence.grades import ASSUMPTION, DERIVED, MEASURED
from msbackpain.ui import style
from msbackpain.ui.blit import KeptPatch, kept_text
from msbackpain.ui.chain_routes import BOX_HEIGHT, BOX_WIDTH, box_extent, route, sample

#: Line style of an arrow for each evidence grade (the legend and alt texts explain them).
GRADE_LINESTYLES = {MEASURED: "-", DERIVED: (0, (5, 2.5)), ASSUMPTION: (0, (1, 2))}
#: What each line style means, for legends and alt texts.
GRADE_WORDS = {
    MEASURED: "solid: measured in studies",
    DERIVED: "dashed: derived with a model",
    ASSUMPTION: "dotted: teaching assumption",
}


def _selection(highlight: str | None, reach: str):
    if not highlight:
        return None, set(), set()
    node(highlight)
    if reach == "direct":
        return highlight, set(causes(highlight)), set(effects(highlight))
    if reach == "all":
        return highlight, set(upstream(highlight)), set(downstream(highlight))
    raise ValueError(f"reach must be 'direct' or 'all' (got {reach!r})")


def _box_style(n: Node, role: str) -> dict:
    """Face, edge and text colours of a node box for its role in the current selection."""
    face = style.stage_color(n.stage)
    if role == "faded":
        return {"face": face, "alpha": 0.22, "edge": "#999999", "lw": 1.0, "ls": "-"}
    if role == "selected":
        return {"face": face, "alpha": 1.0, "edge": "#000000", "lw": 3.5, "ls": "-"}
    if role == "cause":
        return {"face": face, "alpha": 1.0, "edge": "#000000", "lw": 2.2, "ls": "--"}
    if role == "effect":
        return {"face": face, "alpha": 1.0, "edge": "#000000", "lw": 2.2, "ls": ":"}
    return {"face": face, "alpha": 1.0, "edge": "#333333", "lw": 1.0, "ls": "-"}


def _role(node_id, selected, ups, downs) -> str:
    if selected is None:
        return "normal"
    if node_id == selected:
        return "selected"
    if node_id in ups and node_id in downs:
        return "cause"  # on a loop through the selected node: a cause first
    if node_id in ups:
        return "cause"
    if node_id in downs:
        return "effect"
    return "faded"


def _edge_role(e: Edge, selected, ups, downs, reach, chosen=None) -> str:
    if chosen is not None:
        return "chosen" if (e.cause, e.effect) == chosen else "faded"
    if selected is None:
        return "normal"
    into = e.effect == selected or (reach == "all" and e.effect in ups)
    out = e.cause == selected or (reach == "all" and e.cause in downs)
    if into and (e.cause in ups or e.cause == selected):
        return "in"
    if out and (e.effect in downs or e.effect == selected):
        return "out"
    return "faded"


_W, _H = BOX_WIDTH, BOX_HEIGHT
#: Font size of the labels in the boxes (points); labels that need three lines are smaller.
LABEL_SIZE = 10.0
#: Size of the arrow heads and bars (matplotlib's mutation scale, in points).
HEAD_SIZE = 20


def _limits(axis: int, margin: float = 0.25) -> tuple[float, float]:
    """The map's extent along ``axis`` (0: x, 1: y): every box and every arrow's route."""
    values = [v for n in NODES for v in box_extent(n)[axis::2]]
    for e in EDGES:
        values += list(sample(route(e.cause, e.effect))[:, axis])
    return min(values) - margin, max(values) + margin


class _Box(KeptPatch, FancyBboxPatch):
    """A node's box that keeps the pictures of its looks (see :class:`~.blit.Kept`)."""


class _Arrow(KeptPatch, FancyArrowPatch):
    """An edge's arrow that keeps the pictures of its looks."""


@dataclass
class ChainArtists:
    """The matplotlib artists of a drawn chain, so a selection can be restyled in place."""

    ax: object
    boxes: dict
    labels: dict
    arrows: dict


def draw_chain(
    ax,
    highlight: str | None = None,
    reach: str = "direct",
    legend: bool = True,
    animated: bool = False,
    link: tuple[str, str] | None = None,
) -> ChainArtists:
    """Draw the causal chain on ``ax``; with ``highlight``, light up that node's causes and effects.

    ``highlight=None`` (or ``""``) draws the whole map with nothing selected.
    ``reach="direct"`` lights only the direct causes (dashed outline) and effects (dotted
    outline); ``reach="all"`` lights every upstream and downstream node. Nodes and arrows outside
    the selection fade. ``link=(cause, effect)`` lights one arrow and its two ends instead.
    Arrows are solid, dashed or dotted by evidence grade (:data:`GRADE_LINESTYLES`); arrows with
    sign -1 (a cause that lowers its effect) end in a bar. Returns the artists, which
    :func:`restyle_chain` can restyle for a new selection.

    ``animated=True`` marks every box, label and arrow as animated (the artists
    :func:`restyle_chain` changes), so that an interactive diagram blits them over a background
    that holds only the legend, and makes each of them keep its pictures (render each of its
    looks only once, then paste the pixels): the picture is the same, and redrawing it is several
    times faster.
    """
    _selection(highlight, reach)  # validate before drawing anything
    if link is not None:
        chain.edge(*link)
    ax.set_xlim(*_limits(0))
    ax.set_ylim(*_limits(1))
    ax.set_aspect("equal")
    ax.axis("off")
    arrows = {(e.cause, e.effect): _draw_edge(ax, e, animated) for e in EDGES}
    size = label_size(ax.figure.get_figwidth())
    boxes, labels = {}, {}
    for n in NODES:
        boxes[n.id], labels[n.id] = _draw_node(ax, n, animated, size)
    if legend:
        _draw_legend(ax)
    artists = ChainArtists(ax, boxes, labels, arrows)
    if animated:
        for artist in (*arrows.values(), *boxes.values(), *labels.values()):
            artist.set_animated(True)
    restyle_chain(artists, highlight, reach, link)
    return artists


def restyle_chain(
    artists: ChainArtists,
    highlight: str | None = None,
    reach: str = "direct",
    link: tuple[str, str] | None = None,
) -> ChainArtists:
    """Restyle an already drawn chain for a new selection (no new artists: fast).

    Only the boxes, labels and arrows change, so a map drawn with ``animated=True`` can be
    redrawn by blitting just those. With ``link``, that arrow and its two ends are lit instead
    of ``highlight``'s neighbourhood.
    """
    if link is not None:
        chain.edge(*link)  # a clear error for a link that is not in the chain
        selected, ups, downs = link[0], set(), {link[1]}
    else:
        selected, ups, downs = _selection(highlight, reach)
    for n in NODES:
        role = _role(n.id, selected, ups, downs)
        s = _box_style(n, role)
        box = artists.boxes[n.id]
        box.set_facecolor(s["face"])
        box.set_alpha(s["alpha"])
        box.set_edgecolor(s["edge"])
        box.set_linewidth(s["lw"])
        box.set_linestyle(s["ls"])
        label = artists.labels[n.id]
        label.set_alpha(0.45 if role == "faded" else 1.0)
        label.set_fontweight("bold" if role == "selected" else "normal")
    for e in EDGES:
        role = _edge_role(e, selected, ups, downs, reach, link)
        arrow = artists.arrows[(e.cause, e.effect)]
        arrow.set_color(
            {
                "in": style.OKABE_ITO["blue"],
                "out": style.OKABE_ITO["vermillion"],
                "chosen": "#000000",
            }.get(role, "#444444")
        )
        arrow.set_alpha(0.18 if role == "faded" else 1.0)
        arrow.set_linewidth({"in": 2.6, "out": 2.6, "chosen": 3.2}.get(role, 1.5))
    return artists


def label_size(figure_width: float) -> float:
    """Font size of the box labels for a figure ``figure_width`` inches wide (the whole map's
    width): :data:`LABEL_SIZE` on a 12-inch figure, smaller in proportion on a narrower one, so
    that the labels stay inside their boxes."""
    return round(LABEL_SIZE * min(1.0, figure_width / 12.0), 1)


def _draw_node(ax, n: Node, kept: bool = False, size: float = LABEL_SIZE):
    x, y = n.xy
    box = (_Box if kept else FancyBboxPatch)(
        (x - _W / 2, y - _H / 2), _W, _H, boxstyle="round,pad=0.05,rounding_size=0.15", zorder=3
    )
    box.set_hatch(style.STAGE_HATCHES[n.stage])
    box.set_hatchcolor(style.HATCH_COLOR)
    box.set_hatch_linewidth(style.HATCH_LINEWIDTH)
    ax.add_patch(box)
    kwargs = {
        "ha": "center",
        "va": "center",
        "fontsize": size,
        "zorder": 4,
        "color": "#000000",
        "linespacing": 1.1,
        "bbox": {
            "boxstyle": "round,pad=0.12",
            "facecolor": "white",
            "edgecolor": "none",
            "alpha": 0.85,
        },
    }
    label = _wrap(n.label)
    if label.count("\n") >= 2:
        kwargs["fontsize"] = size * 0.86
        kwargs["linespacing"] = 1.0
    if kept:
        return box, kept_text(ax, x, y, label, **kwargs)
    return box, ax.text(x, y, label, **kwargs)


def _wrap(label: str, width: int = 16) -> str:
    """``label`` in lines of at most ``width`` characters, broken between words, or after the
    hyphen of a word too long for a line ("Treatment-" / "related pain")."""
    words = []
    for word in label.split():
        head, hyphen, tail = word.partition("-")
        words += [head + hyphen, tail] if len(word) > width and hyphen else [word]
    lines, line = [], ""
    for word in words:
        joined = f"{line}{word}" if line.endswith("-") else f"{line} {word}".strip()
        if line and len(joined) > width:
            lines.append(line)
            line = word
        else:
            line = joined
    lines.append(line)
    return "\n".join(lines)


def _draw_edge(ax, e: Edge, kept: bool = False):
    arrow = (_Arrow if kept else FancyArrowPatch)(
        path=route(e.cause, e.effect),
        arrowstyle="-|>,head_length=0.45,head_width=0.22" if e.sign > 0 else "-[,widthB=0.5",
        mutation_scale=HEAD_SIZE,
        linestyle=GRADE_LINESTYLES[e.grade],
        zorder=2,
    )
    ax.add_patch(arrow)
    return arrow


def grade_handles() -> list:
    """Legend entries for the three evidence grades (line styles) and the two arrow heads."""
    from matplotlib.lines import Line2D

    handles = [
        Line2D([], [], color="#444444", lw=1.5, ls=GRADE_LINESTYLES[g], label=GRADE_WORDS[g])
        for g in GRADE_LINESTYLES
    ]
    return [
        *handles,
        Line2D([], [], color="#444444", lw=1.5, marker=">", label="raises: arrow head"),
        Line2D([], [], color="#444444", lw=1.5, marker="|", ms=10, mew=2, label="lowers: bar"),
    ]


def grade_legend(ax, **kwargs):
    """A legend of the arrows' evidence grades alone, for maps drawn without the full legend."""
    options = {"loc": "upper center", "bbox_to_anchor": (0.5, 0.0), "ncol": 5, "fontsize": 8}
    return ax.legend(handles=grade_handles(), frameon=False, **{**options, **kwargs})


def _draw_legend(ax) -> None:
    from matplotlib.patches import Patch

    handles = [
        Patch(
            facecolor=c,
            edgecolor="#333333",
            hatch=style.STAGE_HATCHES[s],
            hatchcolor=style.HATCH_COLOR,
            label=style.STAGE_LABELS[s],
        )
        for s, c in style.STAGE_COLORS.items()
    ]
    handles += grade_handles()
    ax.legend(
        handles=handles,
        loc="upper center",
        bbox_to_anchor=(0.5, 0.0),
        ncol=4,
        fontsize=9,
        frameon=False,
    )


def grade_sentence() -> str:
    """How many arrows of the map have each evidence grade, and how each is drawn."""
    from collections import Counter

    counts = Counter(e.grade for e in EDGES)
    parts = [
        f"{counts[g]} {GRADE_WORDS[g].split(':')[0]} arrows are {g}"
        for g in GRADE_LINESTYLES
        if counts[g]
    ]
    return "Arrows are drawn by the evidence behind them: " + "; ".join(parts) + "."


def whole_map_alt() -> str:
    """Alt text of the whole map with nothing selected, its evidence grades included."""
    assumed = "; ".join(
        f"{node(e.cause).label} to {node(e.effect).label}" for e in EDGES if e.grade == ASSUMPTION
    )
    return (
        "Diagram of boxes and arrows. The backbone runs left to right along the middle: "
        "demyelination, disrupted signalling, muscle weakness, compensation, posture change, "
        "lumbar load, lower back pain. Below it, back pain leads to pain-related fear and "
        "avoiding movement, then disuse and atrophy, which lead back to weakness. Above it: heat, "
        "spasticity with painful spasms, overloaded tissues, muscle fatigue, and long sitting "
        "and wheelchair use; at the top, a cervical cord lesion and neck flexion lead to "
        "Lhermitte's sign, and interferon beta leads to treatment-related pain. Right of back "
        "pain: mood, sleep and fatigue, and pain amplified by the nervous system, each both a "
        "cause and an effect of back pain. Along the bottom: steroid courses for relapses and "
        "disuse lead to bone loss, then to a vertebral fracture and back pain. No arrow passes "
        f"through a box it does not join. {grade_sentence()} The dotted, assumed links are: "
        f"{assumed}."
    )


#: The colour of a lit loop's arrows.
LOOP_COLOR = style.OKABE_ITO["vermillion"]


def draw_loop(ax, loop: str, ylim: tuple[float, float] | None = (-1.45, 5.75)) -> ChainArtists:
    """Draw the chain map with one feedback loop of :data:`msbackpain.chain.LOOPS` lit up.

    The loop's steps keep their stage colours with a thick black outline and its arrows are
    thick and vermillion; everything else fades. ``ylim`` crops the map to the rows that hold the
    backbone and the loops (None: the whole map). Returns the drawn artists.
    """
    walk = chain.loop(loop)
    on = set(walk)
    pairs = set(zip(walk, walk[1:], strict=False))
    art = draw_chain(ax, legend=False)
    for n in NODES:
        box, label = art.boxes[n.id], art.labels[n.id]
        label.set_clip_on(True)  # labels of steps cropped away by ylim stay hidden
        if n.id in on:
            box.set_alpha(1.0)
            box.set_edgecolor("#000000")
            box.set_linewidth(3.0)
        else:
            box.set_alpha(0.15)
            box.set_edgecolor("#999999")
            label.set_alpha(0.4)
    for key, arrow in art.arrows.items():
        if key in pairs:
            arrow.set_color(LOOP_COLOR)
            arrow.set_linewidth(3.2)
            arrow.set_alpha(1.0)
        else:
            arrow.set_color("#444444")
            arrow.set_alpha(0.15)
    if ylim is not None:
        ax.set_ylim(*ylim)
    return art
