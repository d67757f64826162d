"""Notebook 00's pictures: the prevalence chart, and the chain map whose note, alt text and
picture follow the graph and whose every move is a blit."""

from __future__ import annotations

import io
import re

import numpy as np
import pytest
from matplotlib.figure import Figure
from test_interactive import pixels

from msbackpain.lessons.start_here import diagrams, figures
from msbackpain.lessons.start_here.captions import TEXTS
from msbackpain.prevalence import pain_prevalence
from msbackpain.ui import style

style.apply()


def saved_pixels(figure) -> np.ndarray:
    """The figure saved whole, every artist in its z-order (animated ones included)."""
    raw = io.BytesIO()
    figure.savefig(raw, format="rgba", dpi=figure.dpi)
    width, height = (int(round(x)) for x in figure.get_size_inches() * figure.dpi)
    return np.frombuffer(raw.getvalue(), dtype=np.uint8).reshape(height, width, 4)[..., :3]


def test_prevalence_chart_has_one_bar_per_type_and_a_caption():
    fig = Figure()
    ax = figures.plot_prevalence(fig.add_subplot())
    assert len(ax.patches) == len(pain_prevalence())
    assert "95% confidence interval" in ax.get_xlabel()
    bold = [t.get_text() for t in ax.get_yticklabels() if t.get_fontweight() == "bold"]
    assert bold == ["back pain"]


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
