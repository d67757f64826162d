"""Each notebook's References and each instructor guide's reference list are generated from the
one reference list, from the keys the notebook cites; the evidence page's tables are current."""

from __future__ import annotations

import json

import nbformat
import pytest

from msbackpain.evidence import page
from msbackpain.evidence.references import CITATION
from tools import build, catalog

LESSON_STEMS = [p.stem for p in catalog.existing()]


def markdown_cells(stem: str) -> list[str]:
    nb = catalog.notebook_json(stem)
    return ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown"]


@pytest.mark.parametrize("stem", LESSON_STEMS)
def test_references_are_generated_from_the_keys_the_notebook_cites(stem):
    cells = [c for c in markdown_cells(stem) if c.startswith(build.REFERENCES_HEADING)]
    assert len(cells) == 1, f"{stem}: one References section"
    assert cells[0].endswith(build.references_markdown(stem)), "run: python -m tools.build build"
    keys = build.cited_in(stem)
    assert keys, f"{stem} cites no source"
    for key in keys:
        assert f'<a id="ref-{key}"></a>' in cells[0]
    assert "evidence.ipynb" in cells[0]


@pytest.mark.parametrize("stem", catalog.notebook_stems())
def test_no_citation_is_left_unrendered(stem):
    for text in markdown_cells(stem):
        assert not CITATION.search(text), f"{stem}: {CITATION.search(text).group(0)}"


def test_a_notebook_without_a_references_section_is_refused():
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# Title [@foley2013]")])
    with pytest.raises(ValueError, match="exactly one Markdown cell starting '## References'"):
        build.add_references(nb, LESSON_STEMS[0])


def test_citations_link_to_the_generated_list():
    nb = nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_markdown_cell("Pain is common [@foley2013]."),
            nbformat.v4.new_markdown_cell("## References"),
        ]
    )
    build.add_references(nb, LESSON_STEMS[0])
    assert nb.cells[0].source == "Pain is common ([Foley et al. 2013](#ref-foley2013))."
    assert nb.cells[1].source.startswith("## References\n\n* ")


@pytest.mark.parametrize("stem", LESSON_STEMS)
def test_instructor_guide_lists_the_notebooks_sources(root, stem):
    text = (root / "instructor" / f"{stem}.md").read_text(encoding="utf-8")
    assert build.guide_with_references(stem, text) == text, "run: python -m tools.build build"
    for key in build.cited_in(stem):
        assert build.reference_list([key], anchors=False) in text


def test_a_guide_without_markers_is_refused():
    with pytest.raises(ValueError, match="markers"):
        build.guide_with_references(LESSON_STEMS[0], "# Guide\n\nNo list here.\n")


def test_evidence_page_tables_are_current():
    nb = catalog.notebook_json("evidence")
    shown = [
        "".join(out["data"]["text/markdown"])
        for cell in nb["cells"]
        for out in cell.get("outputs", [])
        if "text/markdown" in out.get("data", {})
    ]
    for table in (
        page.counts_table(),
        page.links_table(),
        page.all_parameters_markdown(),
        page.all_facts_markdown(),
        page.all_results_markdown(),
        page.diaries_markdown(),
    ):
        assert table in shown, "run: python -m tools.build build evidence"


def test_evidence_page_lists_every_source():
    nb = catalog.notebook_json("evidence")
    text = json.dumps(nb)
    for key in page.every_key():
        assert f'<a id=\\"ref-{key}\\"></a>' in text, key
