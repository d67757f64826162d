"""The layout of the package: pure science in the link modules, no import cycle, tools not shipped.

* The link modules (``msbackpain/<link>.py``, ``whole_chain/``, ``diaries/``: everything outside
  ``ui/`` and ``lessons/``) are science: they import neither matplotlib nor ipywidgets (nor
  IPython), directly or through another module of the package.
* No import cycle among the modules of ``msbackpain``, nor among those of ``tools/`` (every
  import statement counts, also those inside functions).
* Nothing in ``msbackpain`` imports ``tools`` or the tests.

The import checks read the import statements with ``ast`` (nothing is imported); a last check
imports every link module in a fresh interpreter and looks at what else got imported.
"""

from __future__ import annotations

import ast
import graphlib
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src"
#: What science must not import: drawing and widgets belong to ``ui/`` and ``lessons/``.
NOT_SCIENCE = {"matplotlib", "ipywidgets", "IPython"}
#: The teaching interface and the lessons: allowed to draw and show.
TEACHING = ("msbackpain.ui", "msbackpain.lessons")
#: Code of the checkout that is not installed with the package.
NOT_SHIPPED = {"tools", "tests", "conftest", "figure_audit", "browser", "lab_driver", "pages"}


# -- reading the imports --------------------------------------------------------------------------
def module_files(src: Path = SRC, package: str = "msbackpain") -> dict[str, Path]:
    """Every module of ``package`` under ``src``, by dotted name (a package by its own name)."""
    found = {}
    for path in sorted((src / package).rglob("*.py")):
        parts = list(path.relative_to(src).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def imported_names(name: str, path: Path) -> set[str]:
    """Every dotted name ``path`` imports (``from a import b`` gives ``a.b``), relative imports
    resolved; ``name`` is the module's dotted name."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module
            names |= {f"{module}.{alias.name}" for alias in node.names}
    return names


def import_graph(modules: dict[str, Path]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """(the modules of the package each module imports; the other top-level packages it imports)"""

    def within(target: str) -> str | None:
        while target and target not in modules:
            target = target.rpartition(".")[0]
        return target or None

    inside, outside = {}, {}
    root = next(iter(modules)).split(".")[0]
    for name, path in modules.items():
        names = imported_names(name, path)
        inside[name] = {within(t) for t in names if t.split(".")[0] == root} - {name, None}
        outside[name] = {t.split(".")[0] for t in names if t.split(".")[0] != root}
    return inside, outside


def cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle of ``graph`` (the first module repeated at the end), or []."""
    try:
        graphlib.TopologicalSorter(graph).prepare()
    except graphlib.CycleError as error:
        return list(error.args[1])
    return []


def forbidden_path(name: str, inside: dict, outside: dict, forbidden: set[str]) -> list[str]:
    """The chain of imports by which ``name`` reaches a ``forbidden`` package, or []."""
    seen, stack = {name}, [[name]]
    while stack:
        path = stack.pop()
        bad = sorted(outside[path[-1]] & forbidden)
        if bad:
            return [*path, bad[0]]
        for nxt in sorted(inside[path[-1]] - seen):
            seen.add(nxt)
            stack.append([*path, nxt])
    return []


MODULES = module_files()
INSIDE, OUTSIDE = import_graph(MODULES)
LINKS = [m for m in MODULES if not m.startswith(TEACHING)]


# -- the package ----------------------------------------------------------------------------------
@pytest.mark.parametrize("name", LINKS)
def test_link_module_is_pure_science(name):
    chain = forbidden_path(name, INSIDE, OUTSIDE, NOT_SCIENCE)
    assert not chain, f"{name} imports {chain[-1]} (through {' -> '.join(chain[:-1])})"


def test_link_modules_import_no_drawing_or_widgets_when_run():
    code = (
        "import importlib, sys\n"
        f"for name in {LINKS!r}: importlib.import_module(name)\n"
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & {NOT_SCIENCE!r}))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]", f"importing the link modules imports {result.stdout}"


def test_no_import_cycle_in_the_package():
    found = cycle(INSIDE)
    assert not found, "import cycle: " + " -> ".join(found)


def test_no_import_cycle_in_the_tools():
    inside, _ = import_graph(module_files(ROOT, "tools"))
    assert inside["tools.check"] >= {"tools.build"}, "the checks use the build"
    found = cycle(inside)
    assert not found, "import cycle: " + " -> ".join(found)


def test_the_package_does_not_import_tools_or_tests():
    bad = {name: sorted(OUTSIDE[name] & NOT_SHIPPED) for name in MODULES}
    assert not {k: v for k, v in bad.items() if v}


# -- the checks can fail --------------------------------------------------------------------------
def test_the_import_checks_find_a_cycle_and_drawing_through_another_module(tmp_path):
    pkg = tmp_path / "fake"
    (pkg / "ui").mkdir(parents=True)
    files = {
        "__init__.py": "",
        "science.py": "import numpy as np\nfrom fake import helper\n",
        "helper.py": "def f():\n    from .ui import plots\n",
        "ui/__init__.py": "",
        "ui/plots.py": "import matplotlib.pyplot as plt\nfrom fake.science import f\n",
    }
    for path, text in files.items():
        (pkg / path).write_text(text, encoding="utf-8")
    modules = module_files(tmp_path, "fake")
    inside, outside = import_graph(modules)
    assert inside["fake.helper"] == {"fake.ui.plots"}
    chain = forbidden_path("fake.science", inside, outside, NOT_SCIENCE)
    assert chain == ["fake.science", "fake.helper", "fake.ui.plots", "matplotlib"]
    assert set(cycle(inside)) == {"fake.science", "fake.helper", "fake.ui.plots"}
    (pkg / "ui/plots.py").write_text("import numpy\n", encoding="utf-8")
    inside, outside = import_graph(module_files(tmp_path, "fake"))
    assert cycle(inside) == [] and forbidden_path("fake.science", inside, outside, {"x"}) == []
