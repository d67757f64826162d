"""Checks that every committed notebook is what its build command produces.

A committed notebook fails when it:

* has a code cell that was not executed, or executed out of order (counts must run 1..n);
* has an error output or anything on stderr (warnings included);
* differs in its text outputs from a fresh execution (stale outputs);
* has cell sources that differ from its plain-text source (edited by hand, or not rebuilt);
* shows an image without alt text, or without a caption right after it;
* shows a widget whose no-kernel fallback is the bare ``VBox(...)`` text, or lacks saved state;
* is larger than 1 MB.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

from msbackpain.ui.interactive import FALLBACK_TEXT
from msbackpain.ui.quiz import FALLBACK_TEXT as QUIZ_FALLBACK_TEXT
from tools import catalog

MAX_BYTES = 1_000_000
MAX_TEXT_OUTPUT = 20_000  # characters; more is a printed blob (e.g. bytes), not text to read
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"


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


def check_figures(name: str, nb: dict) -> list[str]:
    """Every image has alt text and a caption after it; widgets fall back to words, not reprs."""
    problems = []
    has_widget = False
    for index, cell in enumerate(nb["cells"]):
        outputs = cell.get("outputs", [])
        for k, out in enumerate(outputs):
            data = out.get("data", {})
            if WIDGET_VIEW in data:
                has_widget = True
                if _text(data.get("text/plain", "")) not in (FALLBACK_TEXT, QUIZ_FALLBACK_TEXT):
                    problems.append(
                        f"{name}: cell {index} shows a widget without the no-kernel "
                        "fallback text (display it with Interactive.show() or Quiz.show())"
                    )
            if "image/png" in data or "image/svg+xml" in data:
                html = _text(data.get("text/html", ""))
                if not re.search(r'alt="[^"]+"', html):
                    problems.append(
                        f"{name}: cell {index} has an image without alt text "
                        "(show figures with msbackpain.ui.display.show_figure)"
                    )
                nxt = outputs[k + 1].get("data", {}) if k + 1 < len(outputs) else {}
                if not _text(nxt.get("text/markdown", "")).startswith("*Figure"):
                    problems.append(f"{name}: cell {index} has an image with no caption after it")
    if has_widget and WIDGET_STATE not in nb.get("metadata", {}).get("widgets", {}):
        problems.append(f"{name}: shows widgets but saved no widget state")
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

    Consecutive chunks of one stream are joined: a kernel may deliver the same printed text as
    one chunk or as several, depending on timing.
    """
    cells = []
    for cell in nb["cells"]:
        texts: list[str] = []
        stream = None
        for out in cell.get("outputs", []):
            if out["output_type"] == "stream":
                if stream == out["name"]:
                    texts[-1] += _text(out["text"])
                else:
                    texts.append(f"{out['name']}: {_text(out['text'])}")
                stream = out["name"]
                continue
            stream = None
            for mime in ("text/plain", "text/markdown", "text/html", "text/latex"):
                if mime in out.get("data", {}):
                    value = _DATA_URI.sub("data:…", _text(out["data"][mime]))
                    texts.append(f"{mime}: {_ADDRESS.sub(' at 0x…', value)}")
        cells.append(texts)
    return cells


def check_fresh(name: str, nb: dict, fresh) -> list[str]:
    """Text outputs equal those of a fresh execution."""
    old, new = text_outputs(nb), text_outputs(json.loads(json.dumps(fresh)))
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
    from tools.build import from_source

    path = catalog.NOTEBOOKS / f"{stem}.ipynb"
    if not path.exists():
        return [f"{stem}: notebooks/{stem}.ipynb is missing (its source exists): build it"]
    nb = json.loads(path.read_text(encoding="utf-8"))
    return (
        check_size(stem, path)
        + check_execution(stem, nb)
        + check_figures(stem, nb)
        + check_source(stem, nb, from_source(stem))
    )


def check_all(
    stems: list[str], fresh: bool = True, progress: Callable[[str], None] | None = None
) -> list[str]:
    """All checks for ``stems``; with ``fresh``, also re-execute each and compare outputs."""
    from tools.build import execute, from_source

    problems = []
    for stem in stems:
        found = check_static(stem)
        if fresh and not found:
            nb = json.loads((catalog.NOTEBOOKS / f"{stem}.ipynb").read_text(encoding="utf-8"))
            found = check_fresh(stem, nb, execute(from_source(stem)))
        if progress:
            progress(f"{stem}: {'ok' if not found else f'{len(found)} problem(s)'}")
        problems.extend(found)
    return problems
