"""Notebook 00's chain map shows the evidence: choose a step and its links are listed with their
grades; choose a link and its mechanism, grade, note and full sources appear."""

from __future__ import annotations

import html

import pytest

from msbackpain import chain
from msbackpain.evidence import reference
from msbackpain.lessons.start_here import diagrams


@pytest.fixture(scope="module")
def diagram():
    return diagrams.make_chain_map()


def test_the_map_offers_every_link(diagram):
    options = [value for _label, value in diagram.controls["link"].options]
    assert options[0] == ""
    assert len(options) == len(chain.EDGES) + 1


@pytest.mark.parametrize("e", chain.EDGES, ids=lambda e: f"{e.cause}>{e.effect}")
def test_choosing_a_link_shows_its_evidence(diagram, e):
    diagram.update(node="", link=f"{e.cause}>{e.effect}")
    note = diagram.status.value
    for step in (e.cause, e.effect):
        assert html.escape(chain.node(step).label) in note
    assert f"<b>{e.grade}</b>" in note
    for key in e.sources:
        ref = reference(key)
        assert html.escape(ref.short) in note
        if ref.doi:
            assert f"https://doi.org/{ref.doi}" in note
    assert e.grade in diagram.alt()
    diagram.update(link="")


def test_choosing_a_step_lists_its_links_with_grades(diagram):
    diagram.update(node="back_pain", reach="direct", link="")
    note = diagram.status.value
    links = [e for e in chain.EDGES if "back_pain" in (e.cause, e.effect)]
    assert note.count("<li>") == len(links)
    assert note.count("<b>assumption</b>") == sum(e.grade == "assumption" for e in links)
    assert "Arrows are drawn by the evidence" in diagram.alt()


def test_the_whole_map_explains_the_line_styles(diagram):
    diagram.update(node="", link="")
    assert "Solid arrows were measured" in diagram.status.value
    assert diagram.alt() == diagrams.WHOLE_MAP_ALT
    assert "dotted" in diagram.alt()


def test_what_00_says_about_the_arrows_into_back_pain_holds():
    """00's text points out that the arrows from load and tired muscles into lower back pain are
    dotted (assumptions), while some side paths into it were measured."""
    into = {e.cause: e for e in chain.EDGES if e.effect == "back_pain"}
    assert into["lumbar_load"].grade == into["muscle_fatigue"].grade == "assumption"
    assert any(e.grade == "measured" for e in into.values())
