"""The causal graph: structure promised by DESIGN.md, and lookups (its drawing:
tests/lessons/test_chain_map.py)."""

from __future__ import annotations

import pytest

from msbackpain import chain
from msbackpain.ui import style
from tools import catalog


def test_ids_unique_and_edges_refer_to_nodes():
    ids = chain.node_ids()
    assert len(ids) == len(set(ids))
    for e in chain.EDGES:
        assert e.cause in ids and e.effect in ids, e
        assert e.sign in (+1, -1)
        assert e.mechanism.endswith("."), e
        assert e.grade in ("measured", "derived", "assumption"), e
    pairs = [(e.cause, e.effect) for e in chain.EDGES]
    assert len(pairs) == len(set(pairs)), "duplicate edge"


def test_backbone_is_a_path_through_the_designed_steps():
    backbone = chain.BACKBONE
    assert backbone[0] == "demyelination" and backbone[-1] == "back_pain"
    for a, b in zip(backbone, backbone[1:], strict=False):
        assert chain.edge(a, b).sign == +1
    for step in ("disrupted_signalling", "weakness", "compensation", "posture_change"):
        assert step in backbone


def test_every_node_is_reachable_from_a_root_cause():
    roots = [n for n in chain.node_ids() if not chain.causes(n)]
    reached = set(roots)
    for r in roots:
        reached |= set(chain.downstream(r))
    assert reached == set(chain.node_ids())
    # the roots are things that happen to a person, not steps of the mechanism
    assert set(roots) <= {
        "relapse",
        "heat",
        "cervical_lesion",
        "neck_flexion",
        "interferon",
        "anti_spasticity_drug",
        "sitting",
    }


@pytest.mark.parametrize("name", ["disuse", "overcompensation", "fear_avoidance"])
def test_loops_are_cycles(name):
    assert chain.is_cycle(chain.LOOPS[name])


def test_loop_words_follow_the_loop():
    words = chain.loop_words("disuse")
    assert words.startswith(chain.node("back_pain").label + " → ")
    assert words.count(" → ") == len(chain.LOOPS["disuse"]) - 1
    assert "Disuse → Atrophy" in words
    with pytest.raises(ValueError, match="loop must be one of disuse, overcompensation"):
        chain.loop_words("vicious")


def test_is_cycle_rejects_open_walks_and_non_edges():
    assert not chain.is_cycle(chain.BACKBONE)
    assert not chain.is_cycle(("back_pain", "weakness", "back_pain"))


def test_side_paths_present():
    assert chain.edge("heat", "disrupted_signalling").sign == +1
    assert chain.edge("disrupted_signalling", "spasticity").sign == +1
    assert chain.edge("sensory_delay", "sway").sign == +1
    assert chain.edge("cervical_lesion", "ectopic_firing")
    assert chain.edge("ectopic_firing", "lhermitte")
    assert chain.edge("anti_spasticity_drug", "spasticity").sign == -1
    assert chain.edge("interferon", "treatment_pain").sign == +1


def test_upstream_downstream():
    assert set(chain.causes("weakness")) == {
        "disrupted_signalling",
        "anti_spasticity_drug",
        "atrophy",
    }
    assert "demyelination" in chain.upstream("back_pain")
    assert "back_pain" in chain.downstream("demyelination")
    # Lhermitte's sign is a side path: it does not lead to back pain
    assert "back_pain" not in chain.downstream("lhermitte")
    assert "lhermitte" not in chain.upstream("back_pain")
    # a node on a loop is not listed as its own cause
    assert "weakness" not in chain.upstream("weakness")
    # nearest first
    up = chain.upstream("back_pain")
    assert up.index("lumbar_load") < up.index("demyelination")


def test_unknown_node_message_lists_valid_ids():
    with pytest.raises(ValueError, match="unknown node 'backpain'.*back_pain"):
        chain.upstream("backpain")
    with pytest.raises(ValueError, match="no edge"):
        chain.edge("back_pain", "demyelination")


def test_every_node_has_a_planned_notebook_and_a_known_stage():
    numbers = {p.number for p in catalog.LESSONS}
    for n in chain.NODES:
        assert f"{n.notebook:02d}" in numbers
        assert n.stage in style.STAGE_COLORS
        assert n.explanation.endswith(".")


def test_edges_frame():
    edges = chain.edges_frame()
    assert list(edges.columns) == ["cause", "effect", "sign", "mechanism", "grade", "sources"]
    assert len(edges) == len(chain.EDGES)
