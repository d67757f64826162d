"""The notebook checker fails each kind of broken notebook (so its passes mean something)."""

from __future__ import annotations

import copy

import nbformat
import pytest

from msbackpain.ui.display import image_bundle
from msbackpain.ui.interactive import FALLBACK_TEXT
from tools import check


def good() -> dict:
    nb = nbformat.v4.new_notebook()
    png = b"\x89PNG fake"
    nb.cells = [
        nbformat.v4.new_markdown_cell("# Title"),
        nbformat.v4.new_code_cell("x = 1", execution_count=1),
        nbformat.v4.new_code_cell(
            "print(x)",
            execution_count=2,
            outputs=[nbformat.v4.new_output("stream", name="stdout", text="1\n")],
        ),
        nbformat.v4.new_code_cell(
            "show()",
            execution_count=3,
            outputs=[
                nbformat.v4.new_output("display_data", data=image_bundle(png, "A line.")),
                nbformat.v4.new_output(
                    "display_data",
                    data={"text/markdown": "*Figure: a line.*", "text/plain": "<Markdown>"},
                ),
            ],
        ),
    ]
    return nbformat.from_dict(nb)


def test_good_notebook_passes():
    nb = good()
    assert check.check_execution("nb", nb) == []
    assert check.check_figures("nb", nb) == []
    assert check.check_fresh("nb", nb, copy.deepcopy(nb)) == []


@pytest.mark.parametrize("counts", [[1, 3, 2], [None, 1, 2], [2, 3, 4]])
def test_out_of_order_or_unexecuted(counts):
    nb = good()
    for cell, n in zip(nb.cells[1:], counts, strict=True):
        cell.execution_count = n
    assert "not executed top to bottom" in check.check_execution("nb", nb)[0]


def test_error_and_stderr():
    nb = good()
    nb.cells[1].outputs = [
        nbformat.v4.new_output("error", ename="ValueError", evalue="bad", traceback=[])
    ]
    nb.cells[2].outputs.append(
        nbformat.v4.new_output("stream", name="stderr", text="UserWarning: careful\n")
    )
    problems = check.check_execution("nb", nb)
    assert any("error output (ValueError: bad)" in p for p in problems)
    assert any("stderr" in p and "UserWarning" in p for p in problems)


def test_stale_outputs():
    nb, fresh = good(), good()
    fresh.cells[2].outputs[0].text = "2\n"
    assert "stale outputs" in check.check_fresh("nb", nb, fresh)[0]


def test_image_without_alt_or_caption():
    nb = good()
    del nb.cells[3].outputs[0]["data"]["text/html"]
    assert any("without alt text" in p for p in check.check_figures("nb", nb))
    nb = good()
    nb.cells[3].outputs.pop()
    assert any("no caption" in p for p in check.check_figures("nb", nb))


def test_widget_without_fallback_or_state():
    nb = good()
    view = {"version_major": 2, "version_minor": 0, "model_id": "abc"}
    nb.cells[2].outputs.append(
        nbformat.v4.new_output(
            "display_data",
            data={
                "application/vnd.jupyter.widget-view+json": view,
                "text/plain": "VBox(children=(...))",
            },
        )
    )
    problems = check.check_figures("nb", nb)
    assert any("fallback text" in p for p in problems)
    assert any("saved no widget state" in p for p in problems)
    nb.cells[2].outputs[-1]["data"]["text/plain"] = FALLBACK_TEXT
    nb.metadata["widgets"] = {check.WIDGET_STATE: {"state": {}}}
    assert check.check_figures("nb", nb) == []


def test_size_limit(tmp_path):
    path = tmp_path / "big.ipynb"
    path.write_bytes(b" " * (check.MAX_BYTES + 1))
    assert "larger than the 1 MB limit" in check.check_size("big", path)[0]


def test_source_drift():
    nb = good()
    built = copy.deepcopy(nb)
    assert check.check_source("nb", nb, built) == []
    nb.cells[1].source = "x = 2"
    assert "differs from its source" in check.check_source("nb", nb, built)[0]


def test_a_blob_printed_by_mistake():
    nb = good()
    nb.cells[2].outputs.append(
        nbformat.v4.new_output(
            "execute_result", execution_count=2, data={"text/plain": repr(b"\x89PNG" * 10_000)}
        )
    )
    assert any("a value shown by mistake" in p for p in check.check_execution("nb", nb))


def test_a_stream_split_into_chunks_is_not_stale():
    nb, fresh = good(), good()
    fresh.cells[2].outputs = [
        nbformat.v4.new_output("stream", name="stdout", text="1"),
        nbformat.v4.new_output("stream", name="stdout", text="\n"),
    ]
    assert check.check_fresh("nb", nb, fresh) == []
