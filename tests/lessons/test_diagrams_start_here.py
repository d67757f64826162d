"""Notebook 00's pictures: the prevalence chart, and the chain map whose note, alt text and
picture follow the graph and whose every move is a blit."""

from __future__ import annotations

import io
import re

import numpy as np
import pytest
from test_interactive import pixels

from msbackpain.lessons.start_here import diagrams
from msbackpain.lessons.start_here.captions import TEXTS
from msbackpain.ui import style

style.apply()


def saved_pixels(figure) -> np.ndarray:
    """The figure saved whole, every artist in its z-order (animated ones included)."""
    raw = io.BytesIO()
    figure.savefig(raw, format="rgba", dpi=figure.dpi)
    width, height = (int(round(x)) for x in figure.get_size_inches() * figure.dpi)
    return np.frombuffer(raw.getvalue(), dtype=np.uint8).reshape(height, width, 4)[..., :3]


def test_the_notebook_shows_every_figure_text_and_only_those(root):
    source = (root / "src" / "notebooks" / "00_start_here.py").read_text()
    assert set(re.findall(r'TEXTS\["([^"]+)"\]', source)) == set(TEXTS)
    assert "[@foley2013]" in TEXTS["prevalence"].caption


def test_chain_map_note_and_alt_follow_the_graph():
    diagram = diagrams.make_chain_map()
    whole = diagram.png
    assert diagram.alt() == diagrams.WHOLE_MAP_ALT
    diagram.update(node="weakness", reach="direct")
    assert diagram.png != whole
    assert "Muscle weakness" in diagram.status.value
    assert "Atrophy" in diagram.status.value and "Compensation" in diagram.status.value
    assert "3 causes" in diagram.alt()
    diagram.update(reach="all")
    assert "Demyelination" in diagram.status.value
    with pytest.raises(ValueError, match="must be one of"):
        diagram.update(node="spine")


@pytest.mark.parametrize(("node", "reach"), [("", "direct"), ("lumbar_load", "all")])
def test_blitted_chain_map_is_the_whole_picture(node, reach):
    """Nothing that is not animated lies over the boxes and arrows: the blit is exact."""
    diagram = diagrams.make_chain_map()
    diagram.update(node=node, reach=reach)
    assert np.array_equal(pixels(diagram.encode()), saved_pixels(diagram.figure))


def test_walks_show_every_step_by_name_grouped_by_distance():
    from msbackpain import chain
    from msbackpain.lessons.start_here import walks

    for direction, ids, near in (
        ("upstream", chain.upstream("weakness"), chain.causes("weakness")),
        ("downstream", chain.downstream("weakness"), chain.effects("weakness")),
    ):
        found = walks.distances("weakness", direction)
        assert set(found) == set(ids)  # the same steps that upstream()/downstream() return
        assert {n for n, d in found.items() if d == 1} == set(near)
        shown = walks.walk("weakness", direction).markdown
        assert all(chain.node(n).label in shown for n in ids)
        assert f"{max(found.values())} links away" in shown
    both = str(walks.around("weakness"))
    assert walks.around("weakness")._repr_markdown_() == both
    assert "Upstream of Muscle weakness" in both and "Downstream of Muscle weakness" in both
    assert str(walks.loops()).count("* **") == len(chain.LOOPS)
    with pytest.raises(ValueError, match="direction"):
        walks.distances("weakness", "sideways")
