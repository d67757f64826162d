"""The chain-map drawing (msbackpain.ui.chain_map): selection, artists, and its blit-ready form."""

from __future__ import annotations

import io

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import FancyArrowPatch, FancyBboxPatch

from msbackpain import chain
from msbackpain.ui import chain_map, chain_routes


def _png(highlight=None, reach="direct") -> bytes:
    fig = Figure(figsize=(12, 8))
    chain_map.draw_chain(fig.add_subplot(), highlight=highlight, reach=reach)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=40)
    return buf.getvalue()


def _pixels(highlight=None, reach="direct", animated=False) -> np.ndarray:
    """The map drawn on an Agg canvas (animated artists drawn on top, as a blit does)."""
    fig = Figure(figsize=(12, 8.2), dpi=80)
    canvas = FigureCanvasAgg(fig)
    art = chain_map.draw_chain(fig.add_subplot(), highlight, reach, animated=animated)
    canvas.draw()
    if animated:
        renderer = canvas.get_renderer()
        drawn = [*art.arrows.values(), *art.boxes.values(), *art.labels.values()]
        for artist in sorted(drawn, key=lambda a: a.get_zorder()):
            artist.draw(renderer)
    return np.asarray(canvas.buffer_rgba()).astype(int)


def test_draw_chain_changes_with_selection():
    whole, weak, weak_all = _png(), _png("weakness"), _png("weakness", "all")
    assert len({whole, weak, weak_all}) == 3
    with pytest.raises(ValueError, match="reach"):
        _png("weakness", "everything")


def test_draw_chain_one_box_and_one_arrow_per_element():
    fig = Figure()
    ax = fig.add_subplot()
    chain_map.draw_chain(ax, legend=False)
    boxes = [p for p in ax.patches if isinstance(p, FancyBboxPatch)]
    arrows = [p for p in ax.patches if isinstance(p, FancyArrowPatch)]
    assert len(boxes) == len(chain.NODES)
    assert len(arrows) == len(chain.EDGES)
    assert not any(a.get_animated() for a in ax.get_children())  # the default: plain artists


@pytest.mark.parametrize(("highlight", "reach"), [(None, "direct"), ("weakness", "all")])
def test_animated_map_looks_like_the_plain_one(highlight, reach):
    """Animated artists are pasted sprites: the same picture within 3/255 of a channel."""
    plain = _pixels(highlight, reach)
    animated = _pixels(highlight, reach, animated=True)
    assert np.abs(plain - animated).max() <= 3
    assert np.abs(plain - _pixels("heat")).max() > 100  # a different selection is visibly so


def test_restyling_an_animated_map_leaves_the_figure_clean():
    fig = Figure(figsize=(12, 8.2), dpi=20)
    canvas = FigureCanvasAgg(fig)
    art = chain_map.draw_chain(fig.add_subplot(), animated=True)
    canvas.draw()
    assert not fig.stale
    chain_map.restyle_chain(art, "back_pain", "all")
    assert not fig.stale  # so the background stays valid and an update is a blit
    assert all(a.get_animated() for a in (*art.boxes.values(), *art.labels.values()))
    assert all(a.get_animated() for a in art.arrows.values())


def test_an_animated_map_still_saves_as_svg():
    """Sprites are for Agg canvases only: vector output draws the artists as usual."""
    fig = Figure(figsize=(12, 8.2))
    chain_map.draw_chain(fig.add_subplot(), "weakness", animated=True)
    svg = io.StringIO()
    fig.savefig(svg, format="svg")
    assert "<image" not in svg.getvalue()
    assert svg.getvalue().count("<path") > len(chain.EDGES)


def test_draw_loop_lights_the_loop_and_refuses_an_unknown_one():
    art = chain_map.draw_loop(Figure().add_subplot(), "disuse")
    walk = chain.LOOPS["disuse"]
    lit = [key for key, arrow in art.arrows.items() if arrow.get_linewidth() > 3]
    assert set(lit) == set(zip(walk, walk[1:], strict=False))
    assert art.ax.get_ylim() == (-1.45, 5.75)
    with pytest.raises(ValueError, match="loop must be one of disuse, overcompensation"):
        chain_map.draw_loop(Figure().add_subplot(), "vicious")


def test_arrows_are_drawn_by_evidence_grade_and_the_legend_says_so():
    fig = Figure()
    ax = fig.add_subplot()
    art = chain_map.draw_chain(ax)
    for e in chain.EDGES:
        style = art.arrows[(e.cause, e.effect)].get_linestyle()
        assert style == chain_map.GRADE_LINESTYLES[e.grade], e
    grades = {e.grade for e in chain.EDGES}
    assert len({str(chain_map.GRADE_LINESTYLES[g]) for g in grades}) == len(grades)
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    for grade in grades:
        assert chain_map.GRADE_WORDS[grade] in labels
    assert "raises: arrow head" in labels and "lowers: bar" in labels


def test_choosing_a_link_lights_that_arrow_and_its_two_ends():
    art = chain_map.draw_chain(Figure().add_subplot(), link=("avoidance", "disuse"))
    lit = [key for key, arrow in art.arrows.items() if arrow.get_alpha() == 1.0]
    assert lit == [("avoidance", "disuse")]
    assert art.arrows[("avoidance", "disuse")].get_linewidth() > 3
    bright = {n for n, box in art.boxes.items() if box.get_alpha() == 1.0}
    assert bright == {"avoidance", "disuse"}
    with pytest.raises(ValueError, match="no edge"):
        chain_map.draw_chain(Figure().add_subplot(), link=("back_pain", "relapse"))


def test_whole_map_alt_text_counts_the_grades():
    alt = chain_map.whole_map_alt()
    for grade in ("measured", "derived", "assumption"):
        n = sum(e.grade == grade for e in chain.EDGES)
        assert f"{n} " in alt and f"are {grade}" in alt
    assert "solid" in alt and "dashed" in alt and "dotted" in alt
    assumed = [e for e in chain.EDGES if e.grade == "assumption"]
    assert all(chain.node(e.cause).label in alt for e in assumed)


def _drawn_arrow_points():
    """Every arrow of the whole map as drawn (line and head), sampled along its curves."""
    fig = Figure(figsize=(12, 8.2))
    FigureCanvasAgg(fig)
    art = chain_map.draw_chain(fig.add_subplot())
    fig.canvas.draw()
    return {key: chain_routes.sample(arrow.get_path()) for key, arrow in art.arrows.items()}


def test_no_arrow_crosses_a_box_that_is_not_its_cause_or_effect():
    """Counting a step's causes from the picture must give the right answer: no drawn arrow (its
    line or its head) passes through, or touches, a box other than the two it joins."""
    crossings = []
    for (cause, effect), points in _drawn_arrow_points().items():
        for n in chain.NODES:
            if n.id in (cause, effect):
                continue
            if not chain_routes.points_clear(points, np.array([chain_routes.box_extent(n)])):
                crossings.append(f"{cause} -> {effect} crosses {n.id}")
    assert crossings == []


def test_arrows_start_and_end_outside_their_own_boxes():
    for e in chain.EDGES:
        path = chain_routes.route(e.cause, e.effect)
        points = chain_routes.sample(path)
        for step in (e.cause, e.effect):
            box = np.array([chain_routes.box_extent(chain.node(step))])
            assert chain_routes.points_clear(points, box), (e.cause, e.effect, step)


def test_segment_check_sees_a_crossing_and_a_miss():
    rects = np.array([[0.0, 0.0, 1.0, 1.0]])
    assert not chain_routes._segment_clear((-1, 0.5), (2, 0.5), rects)
    assert chain_routes._segment_clear((-1, 1.5), (2, 1.5), rects)
    assert not chain_routes._segment_clear((0.5, -1), (0.5, 2), rects)
    assert chain_routes._segment_clear((-1, -1), (-0.5, 2), rects)
