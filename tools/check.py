"""Checks that every committed notebook is what its build command produces::

    python -m tools.check [NN ...]            # static checks, then a fresh run of each
    python -m tools.check --static [NN ...]   # only the checks that need no kernel

A committed notebook fails when it:

* has a code cell that was not executed, or executed out of order (counts must run 1..n);
* has an error output or anything on stderr (warnings included);
* differs in its text outputs from a fresh execution (stale outputs);
* has cell sources that differ from its plain-text source (edited by hand, or not rebuilt);
* shows an image without alt text, or without a caption right after it;
* shows a diagram or a quiz other than once: each is one output whose richest form is the
  widget and whose plainer forms are the diagram's picture (with alt text, then its caption) or
  the quiz's folded question list, and whose plain text is the no-kernel fallback; a separate
  static picture or question list after the widget (the old layout) fails, and so does any
  widget state stored in the notebook's metadata;
* is larger than 1 MB.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

from msbackpain.ui.interactive import FALLBACK_TEXT
from msbackpain.ui.quiz import FALLBACK_TEXT as QUIZ_FALLBACK_TEXT
from tools import build, catalog

MAX_BYTES = 1_000_000
MAX_TEXT_OUTPUT = 20_000  # characters; more is a printed blob (e.g. bytes), not text to read
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
_ALT = re.compile(r'<img\b[^>]*\balt="[^"]+"')


def _code_cells(nb: dict) -> list[dict]:
    return [c for c in nb["cells"] if c["cell_type"] == "code" and "".join(c["source"]).strip()]


def _text(value) -> str:
    return "".join(value) if isinstance(value, list) else str(value)


def check_execution(name: str, nb: dict) -> list[str]:
    """Execution counts run 1..n with no gaps; no errors; nothing on stderr."""
    problems = []
    code = _code_cells(nb)
    counts = [c.get("execution_count") for c in code]
    if counts != list(range(1, len(code) + 1)):
        problems.append(
            f"{name}: code cells not executed top to bottom in one fresh run "
            f"(execution counts {counts})"
        )
    for index, cell in enumerate(nb["cells"]):
        for out in cell.get("outputs", []):
            if out["output_type"] == "error":
                problems.append(
                    f"{name}: cell {index} has an error output "
                    f"({out.get('ename')}: {out.get('evalue')})"
                )
            if out["output_type"] == "stream" and out.get("name") == "stderr":
                first = _text(out["text"]).strip().splitlines()[:1]
                problems.append(f"{name}: cell {index} wrote to stderr: {first}")
            plain = _text(out.get("text", "")) + _text(out.get("data", {}).get("text/plain", ""))
            if len(plain) > MAX_TEXT_OUTPUT:
                problems.append(
                    f"{name}: cell {index} prints {len(plain)} characters of text "
                    f"(starting {plain[:40]!r}): a value shown by mistake?"
                )
    return problems


def _html(data: dict) -> str:
    return _text(data.get("text/html", ""))


def _has_picture(data: dict) -> bool:
    return "image/png" in data or "image/svg+xml" in data or "<img" in _html(data)


def check_figures(name: str, nb: dict) -> list[str]:
    """Every image (a figure's or a diagram's) has alt text and a caption right after it."""
    problems = []
    for index, cell in enumerate(nb["cells"]):
        outputs = cell.get("outputs", [])
        for k, out in enumerate(outputs):
            data = out.get("data", {})
            if not _has_picture(data):
                continue
            if not _ALT.search(_html(data)):
                problems.append(
                    f"{name}: cell {index} has an image without alt text "
                    "(show figures with msbackpain.ui.display.show_figure)"
                )
            nxt = outputs[k + 1].get("data", {}) if k + 1 < len(outputs) else {}
            if not _text(nxt.get("text/markdown", "")).startswith("*Figure"):
                problems.append(f"{name}: cell {index} has an image with no caption after it")
    return problems


def _widget_problems(data: dict, nxt: dict) -> list[str]:
    """What is wrong with one widget output (``data``) followed by the output ``nxt``."""
    problems = []
    plain = _text(data.get("text/plain", ""))
    if plain not in (FALLBACK_TEXT, QUIZ_FALLBACK_TEXT):
        problems.append(
            "shows a widget without the no-kernel fallback text "
            "(display it with Interactive.show() or Quiz.show())"
        )
    if plain == FALLBACK_TEXT and not ("image/png" in data and _ALT.search(_html(data))):
        problems.append("shows a diagram whose output carries no picture of its default state")
    if plain == QUIZ_FALLBACK_TEXT and "<details>" not in _text(data.get("text/markdown", "")):
        problems.append("shows a quiz whose output carries no folded question list")
    following = _text(nxt.get("text/markdown", ""))
    if _has_picture(nxt) or following.startswith("**Static picture**"):
        problems.append("shows a diagram twice: a static picture follows the widget (rebuild)")
    if following.startswith("**Question 1.**"):
        problems.append("shows a quiz twice: a question list follows the widget (rebuild)")
    return problems


def check_widgets(name: str, nb: dict) -> list[str]:
    """Each diagram and quiz shows once, as one output; no widget state is stored."""
    problems = []
    for index, cell in enumerate(nb["cells"]):
        outputs = cell.get("outputs", [])
        for k, out in enumerate(outputs):
            data = out.get("data", {})
            if WIDGET_VIEW not in data:
                continue
            nxt = outputs[k + 1].get("data", {}) if k + 1 < len(outputs) else {}
            problems += [f"{name}: cell {index} {p}" for p in _widget_problems(data, nxt)]
    if "widgets" in nb.get("metadata", {}):
        problems.append(
            f"{name}: stores widget state in its metadata; build it with tools.build, "
            "which stores none (each output carries its own picture)"
        )
    return problems


def check_size(name: str, path: Path) -> list[str]:
    size = path.stat().st_size
    if size > MAX_BYTES:
        return [f"{name}: {size / 1e6:.2f} MB, larger than the 1 MB limit"]
    return []


def check_source(name: str, nb: dict, built) -> list[str]:
    """The committed cells are the cells its source builds (types, sources, tags)."""
    committed = [(c["cell_type"], _text(c["source"])) for c in nb["cells"]]
    expected = [(c.cell_type, c.source) for c in built.cells]
    if committed == expected:
        return []
    for index, (a, b) in enumerate(zip(committed, expected, strict=False)):
        if a != b:
            return [
                f"{name}: cell {index} differs from its source "
                f"src/notebooks/{name}.py: rebuild with python -m tools.build build"
            ]
    return [f"{name}: {len(committed)} cells committed but its source builds {len(expected)}"]


_ADDRESS = re.compile(r" at 0x[0-9a-f]+")
_DATA_URI = re.compile(r"data:image/[a-z+]+;base64,[A-Za-z0-9+/=]+")


def text_outputs(nb) -> list[list[str]]:
    """The text of every output of every cell (images and widget ids left out).

    Consecutive chunks of one stream are joined (nbconvert's ``CoalesceStreamsPreprocessor``):
    a kernel may deliver the same printed text as one chunk or as several, depending on timing.
    """
    import nbformat
    from nbconvert.preprocessors import CoalesceStreamsPreprocessor

    nb = nbformat.reads(json.dumps(nb), as_version=4)  # a copy, multi-line strings joined
    CoalesceStreamsPreprocessor().preprocess(nb, {})
    cells = []
    for cell in nb.cells:
        texts: list[str] = []
        for out in cell.get("outputs", []):
            if out.output_type == "stream":
                texts.append(f"{out.name}: {out.text}")
            for mime in ("text/plain", "text/markdown", "text/html", "text/latex"):
                if mime in out.get("data", {}):
                    value = _DATA_URI.sub("data:…", out.data[mime])
                    texts.append(f"{mime}: {_ADDRESS.sub(' at 0x…', value)}")
        cells.append(texts)
    return cells


def check_fresh(name: str, nb: dict, fresh) -> list[str]:
    """Text outputs equal those of a fresh execution."""
    old, new = text_outputs(nb), text_outputs(fresh)
    for index, (a, b) in enumerate(zip(old, new, strict=False)):
        if a != b:
            return [
                f"{name}: cell {index}'s outputs differ from a fresh execution (stale "
                "outputs): rebuild with python -m tools.build build"
            ]
    if len(old) != len(new):
        return [f"{name}: cell count differs from a fresh execution"]
    return []


def check_static(stem: str) -> list[str]:
    """Every check that needs no kernel."""
    path = catalog.NOTEBOOKS / f"{stem}.ipynb"
    if not path.exists():
        return [f"{stem}: notebooks/{stem}.ipynb is missing (its source exists): build it"]
    nb = json.loads(path.read_text(encoding="utf-8"))
    return (
        check_size(stem, path)
        + check_execution(stem, nb)
        + check_figures(stem, nb)
        + check_widgets(stem, nb)
        + check_source(stem, nb, build.from_source(stem))
    )


def check_all(
    stems: list[str], fresh: bool = True, progress: Callable[[str], None] | None = None
) -> list[str]:
    """All checks for ``stems``; with ``fresh``, also re-execute each and compare outputs."""
    problems = []
    for stem in stems:
        found = check_static(stem)
        if fresh and not found:
            nb = catalog.notebook_json(stem)
            found = check_fresh(stem, nb, build.execute(build.from_source(stem)))
        if progress:
            progress(f"{stem}: {'ok' if not found else f'{len(found)} problem(s)'}")
        problems.extend(found)
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.check",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("notebooks", nargs="*", help="numbers or stems (default: all)")
    parser.add_argument("--static", action="store_true", help="skip the fresh execution")
    args = parser.parse_args(argv)
    stems = build.resolve(args.notebooks)
    problems = check_all(stems, fresh=not args.static, progress=print)
    for problem in problems:
        print(f"  {problem}")
    print(f"{len(stems)} checked, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
