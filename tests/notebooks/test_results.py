"""Numbers the prose restates from a model come from that model: ``{{name}}`` in a notebook's
source and ``<!-- result: name -->`` markers in an instructor guide are filled by the build."""

from __future__ import annotations

import pytest

from msbackpain.evidence.results import (
    Result,
    fill,
    fill_guide,
    lesson_results,
    used_names,
)
from tools import build, catalog

STEMS = catalog.notebook_stems()


def _counter():
    calls = []

    def compute():
        calls.append(1)
        return 12.345

    return Result("A number a model computes", compute, "{:.1f}%"), calls


def test_a_placeholder_is_written_as_the_computed_number():
    result, _calls = _counter()
    assert fill("needs {{effort}} effort", {"effort": result}, "here") == "needs 12.3% effort"
    pair = Result("Two numbers", lambda: (1.0, 2.5), "{:.1f} to {:.1f} min")
    assert fill("from {{ span }}", {"span": pair}, "here") == "from 1.0 to 2.5 min"


def test_an_unknown_name_says_where_and_which_names_exist():
    result, _calls = _counter()
    with pytest.raises(KeyError, match="03, Markdown cell 7: no result named 'strain'.*effort"):
        fill("needs {{strain}} effort", {"effort": result}, "03, Markdown cell 7")


def test_a_stale_number_in_a_guide_is_recomputed_and_the_markers_stay():
    result, _calls = _counter()
    stale = "rises to <!-- result: effort -->40.6%<!-- /result --> here"
    fresh = fill_guide(stale, {"effort": result}, "guide")
    assert fresh == "rises to <!-- result: effort -->12.3%<!-- /result --> here"
    assert used_names(fresh) == {"effort"}


def test_a_model_runs_once_however_often_its_number_is_written():
    result, calls = _counter()
    text = fill("{{a}} and {{a}}", {"a": result}, "here")
    assert text == "12.3% and 12.3%" and len(calls) == 1


@pytest.mark.parametrize("stem", STEMS)
def test_every_result_a_lesson_lists_is_written_somewhere(stem):
    results = lesson_results(stem)
    text = catalog.source_path(stem).read_text(encoding="utf-8")
    if build.guide_path(stem).exists():
        text += build.guide_path(stem).read_text(encoding="utf-8")
    unused = sorted(set(results) - used_names(text))
    assert not unused, f"{stem}: results listed but never written: {unused}"


@pytest.mark.parametrize("stem", STEMS)
def test_no_placeholder_is_left_in_a_committed_notebook(stem):
    nb = catalog.notebook_json(stem)
    for cell in nb["cells"]:
        if cell["cell_type"] == "markdown":
            source = "".join(cell["source"])
            assert "{{" not in source, f"{stem}: {source[source.index('{{') :][:60]}"
