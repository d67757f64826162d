"""Every figure readable in greyscale: series told apart by line style or marker, not colour alone.

How: ``tests/figure_audit.py`` records what tells the series of a figure apart: for each Axes and
each legend, every entry's colour, the grey it prints as, dash pattern, marker (filled or hollow)
and, for bars and areas, hatch. Then:

* every notebook is executed once with the audit installed in its kernel (the shared offline run
  ``fresh`` of ``conftest.py``, with ``--audit``; the committed notebooks are also compared with
  it), which records every figure shown by ``show_figure`` or ``Interactive.show``, and each
  figure is checked;
* every registered interactive diagram is checked at its default state, and every key figure
  (``figures/``) as ``tools.slide_figures`` draws it.

The rule, for the entries of one legend: two lines that look the same in dash pattern and marker
(and fill) are told apart by colour alone; that fails, whatever their colours. Two filled
entries (bars, areas) that look the same in hatch and edge must at least print as clearly
different greys. Lines outside any legend are listed when only colour separates them (they
may be told apart by a direct label instead, which this test cannot see), but do not fail.

A pixel test of the greyscale PNGs is not used to pass or fail: it cannot know that, say, two
bars of the same grey are told apart by their hatching (``figures/load_sharing.png`` is such a
case). It writes greyscale copies of ``figures/*.png`` for a human to look at and checks only
that a greyscale copy keeps a spread of greys (the figure did not turn into one flat grey).
"""

from __future__ import annotations

import itertools
import json
from collections import defaultdict
from pathlib import Path

import figure_audit
import pytest
from matplotlib.figure import Figure

from msbackpain.lessons import load_all
from msbackpain.ui import display, interactive, style
from tools import slide_figures

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
#: Two filled entries with the same hatch must differ at least this much in grey (0..1).
PATCH_GREY_STEP = 0.1

load_all()

# --- the rule ----------------------------------------------------------------------------------


def _look(entry: dict) -> tuple:
    if entry["kind"] == "patch":
        return ("patch", entry["hatch"], entry["dashes"])
    marker = entry["marker"]
    return ("line", entry["dashes"], marker, entry["fill"] if marker != "none" else "")


def colour_only(records: list[dict]) -> list[str]:
    """Legend entries of ``records`` (from ``figure_audit.line_styles``) told apart by colour
    alone."""
    problems = []
    for record in records:
        groups = defaultdict(list)
        for entry in record["legend"]:
            groups[_look(entry)].append(entry)
        for look, entries in groups.items():
            for a, b in itertools.combinations(entries, 2):
                if look[0] == "patch" and abs(a["grey"] - b["grey"]) >= PATCH_GREY_STEP:
                    continue
                problems.append(
                    f"{record['where']!r}: {a['label']!r} ({a['colour']}) and {b['label']!r} "
                    f"({b['colour']}) look the same but for colour: {look}"
                )
    return problems


def unlabelled_colour_only(records: list[dict]) -> list[str]:
    """Lines outside the legends that differ only in colour (reported, not failed)."""
    notes = []
    for record in records:
        plain = [
            line
            for line in record["lines"]
            if line["label"].startswith("_") and (line["dashes"] != "none")
        ]
        for a, b in itertools.combinations(plain, 2):
            if _look(a) == _look(b) and a["colour"] != b["colour"]:
                notes.append(f"{record['where']!r}: {a['colour']} and {b['colour']} lines")
    return sorted(set(notes))


# --- the rule can fail -------------------------------------------------------------------------


def _two_lines(second_style: dict) -> Figure:
    """Two solid lines without markers (the collection's style cycle set aside), in a legend."""
    fig = Figure()
    ax = fig.subplots()
    ax.plot([0, 1], [0, 1], color=style.HEALTHY, linestyle="-", marker="", label="healthy")
    ax.plot([0, 1], [1, 0], label="affected", **({"linestyle": "-", "marker": ""} | second_style))
    ax.legend()
    return fig


def test_two_lines_in_two_colours_alone_fail(tmp_path):
    same = _two_lines({"color": style.AFFECTED})
    problems = colour_only(figure_audit.line_styles(same))
    assert len(problems) == 1 and "'healthy'" in problems[0] and "'affected'" in problems[0]
    # a line style, or a marker, fixes it; so does a hollow marker against a filled one
    for fix in (
        {"color": style.AFFECTED, "linestyle": "--"},
        {"color": style.AFFECTED, "marker": "s"},
    ):
        assert colour_only(figure_audit.line_styles(_two_lines(fix))) == []
    hollow = Figure()
    ax = hollow.subplots()
    ax.plot([0], [0], "o", color=style.HEALTHY, label="arrived")
    ax.plot([1], [1], "o", mfc="white", color=style.LIMIT, label="not reached")
    ax.legend()
    assert colour_only(figure_audit.line_styles(hollow)) == []


def test_bars_need_hatching_or_clearly_different_greys():
    fig = Figure()
    ax = fig.subplots()
    ax.bar([0], [1], color="#56B4E9", label="sky blue")  # prints as grey 0.62
    ax.bar([1], [1], color="#E69F00", label="orange")  # prints as grey 0.64
    ax.bar([2], [1], color="#000000", label="black")
    ax.legend()
    problems = colour_only(figure_audit.line_styles(fig))
    assert len(problems) == 1 and "'sky blue'" in problems[0] and "'orange'" in problems[0]
    ax.patches[1].set_hatch("//")
    ax.legend()
    assert colour_only(figure_audit.line_styles(fig)) == []


def test_the_audit_records_each_figure_shown_once_until_uninstalled(tmp_path, monkeypatch):
    """``install`` wraps ``show_figure`` and ``Interactive.show``; ``uninstall`` unwraps them."""
    monkeypatch.setattr(display, "display", lambda *args, **kwargs: None)
    monkeypatch.setattr(interactive, "display", lambda *args, **kwargs: None)
    diagram = interactive.REGISTRY[sorted(interactive.REGISTRY)[0]]()
    audit = tmp_path / "audit.jsonl"
    figure_audit.install(audit)
    try:
        with pytest.raises(RuntimeError, match="installed already"):
            figure_audit.install(tmp_path / "twice.jsonl")
        display.show_figure(_two_lines({"color": style.AFFECTED}), "Two lines.", "Two lines.")
        diagram.show()
    finally:
        figure_audit.uninstall()
    display.show_figure(_two_lines({"color": style.AFFECTED}), "Not recorded.", "Not recorded.")
    diagram.show()
    first, second = [json.loads(line) for line in audit.read_text().splitlines()]
    assert first["caption"] == "Two lines." and colour_only(first["axes"])
    assert second["caption"] == diagram.caption
    assert second["axes"] == figure_audit.line_styles(diagram.figure)


# --- the collection's figures ------------------------------------------------------------------


@pytest.fixture(scope="module", autouse=True)
def collection_style():
    """The collection's look, as every notebook's setup cell applies it."""
    import matplotlib as mpl

    with mpl.rc_context():
        style.apply()
        yield


@pytest.mark.parametrize("key", sorted(interactive.REGISTRY))
def test_interactive_diagram_at_its_default_state(key):
    diagram = interactive.REGISTRY[key]()
    records = figure_audit.line_styles(diagram.figure)
    problems = colour_only(records)
    assert not problems, f"{key}:\n  " + "\n  ".join(problems)
    notes = unlabelled_colour_only(records)
    if notes:
        print(f"{key}: lines outside a legend told apart by colour only: {notes}")


@pytest.mark.parametrize("key", [k.name for k in slide_figures.KEY_FIGURES])
def test_key_figure(key):
    fig = slide_figures.BY_NAME[key].make()
    problems = colour_only(figure_audit.line_styles(fig))
    assert not problems, f"figures/{key}:\n  " + "\n  ".join(problems)


@pytest.mark.parametrize("png", sorted((ROOT / "figures").glob("*.png")), ids=lambda p: p.name)
def test_greyscale_copy_keeps_a_spread_of_greys(png, tmp_path):
    from PIL import Image

    grey = Image.open(png).convert("L")
    grey.save(tmp_path / png.name)
    low, high = grey.getextrema()
    assert high - low >= 128, f"{png.name} in greyscale spans only greys {low}..{high}"


@pytest.fixture(scope="session")
def audits(fresh):
    """Every notebook's audit from the shared offline run: {stem: (records, pictures shown)}.

    ``fresh`` (conftest) executed every notebook once with the audit on; each figure shown by
    ``show_figure`` or ``Interactive.show`` left one record and one PNG output.
    """
    found = {}
    for notebook in NOTEBOOKS:
        audit = fresh / "audit" / f"{notebook.stem}.jsonl"
        records = [json.loads(x) for x in audit.read_text().splitlines()] if audit.exists() else []
        nb = json.loads((fresh / notebook.name).read_text(encoding="utf-8"))
        shown = sum(
            "image/png" in o.get("data", {}) for c in nb["cells"] for o in c.get("outputs", [])
        )
        found[notebook.stem] = (records, shown)
    return found


@pytest.mark.slow
@pytest.mark.parametrize("stem", [p.stem for p in NOTEBOOKS])
def test_every_figure_in_the_notebook(audits, stem):
    records, shown = audits[stem]
    # one record per picture: show_figure and Interactive.show each leave one PNG output
    assert len(records) == shown, f"{len(records)} figures audited, {shown} shown"
    problems = []
    for figure in records:
        problems += [f"figure {figure['caption']!r}: {p}" for p in colour_only(figure["axes"])]
    assert not problems, f"{stem}:\n  " + "\n  ".join(problems)
