"""Notebook 00's chain map: note, alt text and picture follow the graph."""

from __future__ import annotations

import pytest

from msbackpain.lessons.start_here import diagrams as chain_map


def test_chain_map_note_and_alt_follow_the_graph():
    diagram = chain_map.make_chain_map()
    whole = diagram.png
    diagram.update(node="weakness", reach="direct")
    assert diagram.png != whole
    assert "Muscle weakness" in diagram.status.value
    assert "Atrophy" in diagram.status.value and "Compensation" in diagram.status.value
    assert "3 causes" in diagram.alt()
    diagram.update(reach="all")
    assert "Demyelination" in diagram.status.value
    with pytest.raises(ValueError, match="must be one of"):
        diagram.update(node="spine")


def test_chain_map_freezes_its_legend_without_changing_the_picture():
    import io

    import numpy as np

    from msbackpain.ui.fast_redraw import Backdrop

    def rgba(fig):
        raw = io.BytesIO()
        fig.savefig(raw, format="rgba", dpi=80)
        return np.frombuffer(raw.getvalue(), dtype=np.uint8)

    diagram = chain_map.make_chain_map()
    full = rgba(diagram.figure)  # drawn in full, before any freezing
    diagram.update(node="weakness")
    diagram.update(node="")  # back to the default, now over the backdrop
    assert any(isinstance(a, Backdrop) for a in diagram.figure.artists)
    assert np.array_equal(rgba(diagram.figure), full)
