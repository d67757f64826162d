"""The Colab route: every committed notebook's first code cell installs the package on Google
Colab only (from the repository address in pyproject.toml) and does nothing anywhere else.

Colab itself cannot be reached from the tests; what can be checked is here: the cell is the same
everywhere and comes from the one address, it runs before any other code, and run outside Colab
(as every build does) it prints nothing and changes nothing.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tools import build, catalog


@pytest.fixture(params=catalog.notebook_stems())
def notebook(request) -> dict:
    return json.loads((catalog.NOTEBOOKS / f"{request.param}.ipynb").read_text(encoding="utf-8"))


def _code(nb: dict) -> list[dict]:
    return [c for c in nb["cells"] if c["cell_type"] == "code"]


def test_the_first_code_cell_is_the_colab_cell(notebook):
    first, *rest = _code(notebook)
    assert build.COLAB_TAG in first["metadata"].get("tags", [])
    assert "".join(first["source"]) == build.colab_source()
    assert first["outputs"] == [], "outside Colab the cell must print nothing"
    assert not [c for c in rest if build.COLAB_TAG in c["metadata"].get("tags", [])]


def test_the_colab_cell_installs_from_the_repository_address():
    source = build.colab_source()
    assert f'"msbackpain @ git+{catalog.repository_url()}"' in source
    assert source.splitlines()[0].startswith("# Only on Google Colab")
    assert 'if "google.colab" in sys.modules:' in source
    assert "enable_custom_widget_manager()" in source


def test_outside_colab_the_cell_does_nothing():
    script = build.colab_source() + "\nprint(sorted(k for k in dir() if not k.startswith('_')))"
    ran = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.strip() == "['sys']" and ran.stderr == ""


def test_on_colab_the_cell_installs_then_enables_widgets(tmp_path):
    """A stand-in ``google.colab`` (and a stand-in pip) show what the cell does there, in order."""
    colab = tmp_path / "google" / "colab"
    colab.mkdir(parents=True)
    (tmp_path / "google" / "__init__.py").write_text("")
    log = tmp_path / "log.txt"
    (colab / "__init__.py").write_text("")
    (colab / "output.py").write_text(
        f"def enable_custom_widget_manager():\n    open({str(log)!r}, 'a').write('widgets\\n')\n"
    )
    fake_run = (
        "import subprocess\n"
        f"subprocess.run = lambda args, check: open({str(log)!r}, 'a').write(' '.join(args[1:])"
        " + '\\n')\n"
        f"import sys; sys.path.insert(0, {str(tmp_path)!r}); import google.colab\n"
    )
    ran = subprocess.run(
        [sys.executable, "-c", fake_run + build.colab_source()], capture_output=True, text=True
    )
    assert ran.returncode == 0, ran.stderr
    lines = log.read_text().splitlines()
    assert lines == [
        f"-m pip install --quiet msbackpain @ git+{catalog.repository_url()}",
        "widgets",
    ]
