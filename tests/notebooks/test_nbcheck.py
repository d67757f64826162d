"""The notebook checker fails each kind of broken notebook (so its passes mean something)."""

from __future__ import annotations

import copy
import functools
from unittest import mock

import nbformat
import pytest
from IPython.display import Markdown
from matplotlib.figure import Figure

from msbackpain.ui import interactive, quiz
from msbackpain.ui.display import figure_png, image_bundle
from tools import check


def shown(show) -> list:
    """The outputs that ``show()`` displays, as a notebook would store them."""
    outputs = []

    def display(obj, raw=False):
        data = obj if raw else {"text/markdown": obj.data, "text/plain": repr(obj)}
        assert raw or isinstance(obj, Markdown)
        outputs.append(nbformat.v4.new_output("display_data", data=copy.deepcopy(data)))

    with (
        mock.patch.object(interactive, "display", display),
        mock.patch.object(quiz, "display", display),
    ):
        show()
    return outputs


def a_diagram() -> interactive.Interactive:
    def draw(ax, height):
        ax.plot([0, 1], [0, height])

    control = interactive.slider("height", "cm", 0, 1, 0.5, 0.5)
    return interactive.Interactive(
        draw, {"height": control}, caption="A line.", alt="A line going up.", figsize=(2, 1)
    )


def a_quiz() -> quiz.Quiz:
    choices = (quiz.Choice("yes", "It is.", correct=True), quiz.Choice("no", "It is not."))
    return quiz.Quiz("00", (quiz.MultipleChoice("Is it?", choices, "Because."),))


def good() -> dict:
    """A notebook with printed text, a figure, an interactive diagram and a quiz (a copy)."""
    return copy.deepcopy(_good())


@functools.cache
def _good() -> dict:
    nb = nbformat.v4.new_notebook()
    fig = Figure(figsize=(2, 1))
    fig.subplots().plot([0, 1])
    nb.cells = [
        nbformat.v4.new_markdown_cell("# Title"),
        nbformat.v4.new_code_cell("x = 1", execution_count=1),
        nbformat.v4.new_code_cell(
            "print(x)",
            execution_count=2,
            outputs=[nbformat.v4.new_output("stream", name="stdout", text="1\n")],
        ),
        nbformat.v4.new_code_cell(
            "show_figure(fig, TEXTS['line'])",
            execution_count=3,
            outputs=[
                nbformat.v4.new_output(
                    "display_data", data=image_bundle(figure_png(fig), "A line.")
                ),
                nbformat.v4.new_output(
                    "display_data",
                    data={"text/markdown": "*Figure: a line.*", "text/plain": "<Markdown>"},
                ),
            ],
        ),
        nbformat.v4.new_code_cell(
            "diagram.show()", execution_count=4, outputs=shown(a_diagram().show)
        ),
        nbformat.v4.new_code_cell("QUIZ.show()", execution_count=5, outputs=shown(a_quiz().show)),
    ]
    return nbformat.from_dict(nb)


DIAGRAM, QUIZ = 4, 5


def test_good_notebook_passes():
    nb = good()
    assert check.check_execution("nb", nb) == []
    assert check.check_figures("nb", nb) == []
    assert check.check_widgets("nb", nb) == []
    assert check.check_fresh("nb", nb, copy.deepcopy(nb)) == []


def test_a_diagram_and_a_quiz_are_each_one_output():
    """What the checks expect is what ``Interactive.show`` and ``Quiz.show`` display."""
    nb = good()
    diagram, caption = nb.cells[DIAGRAM].outputs
    assert {check.WIDGET_VIEW, "image/png", "text/html", "text/plain"} == set(diagram.data)
    assert diagram.data["text/plain"] == interactive.FALLBACK_TEXT
    assert 'alt="A line going up."' in diagram.data["text/html"]
    assert caption.data["text/markdown"] == "*Figure: A line.*"
    (form,) = nb.cells[QUIZ].outputs
    assert {check.WIDGET_VIEW, "text/markdown", "text/plain"} == set(form.data)
    assert form.data["text/plain"] == quiz.FALLBACK_TEXT
    assert form.data["text/markdown"] == a_quiz().markdown()


@pytest.mark.parametrize("counts", [[1, 3, 2, 4, 5], [None, 1, 2, 3, 4], [2, 3, 4, 5, 6]])
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


@pytest.mark.parametrize("cell", [3, DIAGRAM])
def test_image_without_alt_or_caption(cell):
    nb = good()
    nb.cells[cell].outputs[0]["data"]["text/html"] = "<img src='x.png'>"
    assert any("without alt text" in p for p in check.check_figures("nb", nb))
    nb = good()
    nb.cells[cell].outputs.pop()
    assert any("no caption" in p for p in check.check_figures("nb", nb))


def test_diagram_shown_twice_in_the_old_layout():
    """The old layout: the widget, then "**Static picture**", then the picture, then the caption."""
    nb = good()
    widget, caption = nb.cells[DIAGRAM].outputs
    picture = {k: widget.data.pop(k) for k in ("image/png", "text/html")}
    note = {"text/markdown": "**Static picture** (the default settings):", "text/plain": "<Md>"}
    nb.cells[DIAGRAM].outputs = [
        widget,
        nbformat.v4.new_output("display_data", data=note),
        nbformat.v4.new_output("display_data", data={**picture, "text/plain": "[Figure]"}),
        caption,
    ]
    problems = check.check_widgets("nb", nb)
    assert any("twice" in p for p in problems), problems
    assert any("carries no picture" in p for p in problems), problems
    # the separate picture alone (no "Static picture" line) is also shown twice
    del nb.cells[DIAGRAM].outputs[1]
    assert any("shows a diagram twice" in p for p in check.check_widgets("nb", nb))


def test_quiz_shown_twice_or_without_its_question_list():
    nb = good()
    (form,) = nb.cells[QUIZ].outputs
    questions = {"text/markdown": form.data.pop("text/markdown"), "text/plain": "<Markdown>"}
    problems = check.check_widgets("nb", nb)
    assert any("carries no folded question list" in p for p in problems), problems
    nb.cells[QUIZ].outputs.append(nbformat.v4.new_output("display_data", data=questions))
    assert any("shows a quiz twice" in p for p in check.check_widgets("nb", nb))


def test_widget_without_fallback_or_with_stored_state():
    nb = good()
    nb.cells[DIAGRAM].outputs[0]["data"]["text/plain"] = "VBox(children=(...))"
    assert any("fallback text" in p for p in check.check_widgets("nb", nb))
    nb = good()
    nb.metadata["widgets"] = {"application/vnd.jupyter.widget-state+json": {"state": {}}}
    assert any("stores widget state" in p for p in check.check_widgets("nb", nb))


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
    fresh.cells[2].outputs[1].name = "stderr"
    assert check.check_fresh("nb", nb, fresh) != []
