"""The package installs cleanly anywhere: a wheel built from the checkout holds every module and
the data the notebooks read, asks for no JupyterLab, and runs notebook 08 (the one that reads the
classroom data and the answer key) in a fresh environment outside the checkout.

The fresh environment gets the wheel, its declared dependencies at the lock's versions, and
ipykernel (to run a notebook); uv takes them from its cache when run.py has installed .venv.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from tools.lite import package_wheel

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src"
LOCK = ROOT / "requirements" / "lock.txt"
#: The folders that pyproject.toml maps into the package, and the files each must carry.
DATA_PACKAGES = {
    "msbackpain/data": ("patients.csv", "diary.csv", "diary_raw.csv", "datapackage.json"),
    "msbackpain/answer_key": ("answer_key.json",),
}
RUN_08 = """
import sys, nbformat
from nbclient import NotebookClient
nb = nbformat.read("08_patient_diaries.ipynb", as_version=4)
NotebookClient(nb, timeout=600, kernel_name="python3", store_widget_state=False).execute()
errors = [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
print(len(nb.cells), len(errors))
"""
WHERE = """
import importlib.util, json, msbackpain
from msbackpain.diaries import answers
print(json.dumps({"package": msbackpain.__file__, "data": str(answers.CLASSROOM_DATA_DIR),
    "answers": str(answers.ANSWERS_DIR),
    "jupyterlab": importlib.util.find_spec("jupyterlab") is not None}))
"""


@pytest.fixture(scope="module")
def wheel_file(tmp_path_factory) -> Path:
    """A wheel built from a copy of the checkout, as the JupyterLite build makes it."""
    return package_wheel(tmp_path_factory.mktemp("wheel"))


@pytest.fixture(scope="module")
def wheel(wheel_file) -> list[str]:
    return zipfile.ZipFile(wheel_file).namelist()


@pytest.mark.slow
def test_the_wheel_holds_the_package_only(wheel):
    others = [n for n in wheel if n.split("/")[0] != "msbackpain" and ".dist-info/" not in n]
    assert not others, f"the wheel holds more than msbackpain: {others}"


@pytest.mark.slow
def test_the_wheel_holds_every_module_and_the_data(wheel):
    """Every .py under src/msbackpain (a package missing from pyproject.toml's list would not be
    shipped), the reference list, the classroom data and the answer key."""
    expected = [str(p.relative_to(SRC)) for p in (SRC / "msbackpain").rglob("*.py")]
    expected.append("msbackpain/evidence/references.json")
    expected += [f"{folder}/{name}" for folder, names in DATA_PACKAGES.items() for name in names]
    missing = [n for n in expected if n.replace(os.sep, "/") not in wheel]
    assert not missing, f"missing from the wheel (see [tool.setuptools] packages): {missing}"


@pytest.mark.slow
def test_the_wheel_asks_for_no_jupyterlab(wheel_file):
    with zipfile.ZipFile(wheel_file) as archive:
        (meta,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        lines = archive.read(meta).decode().splitlines()
    needs = [ln.split(":", 1)[1].strip() for ln in lines if ln.startswith("Requires-Dist:")]
    runtime = [n for n in needs if "extra ==" not in n]
    assert runtime and not [n for n in runtime if n.lower().startswith("jupyter")], runtime


def _uv() -> list[str]:
    return [sys.executable, "-m", "uv", "pip", "install", "--quiet"]


@pytest.fixture(scope="module")
def fresh(tmp_path_factory, wheel_file) -> Path:
    """A new environment outside the checkout with the wheel, its dependencies and ipykernel."""
    env = tmp_path_factory.mktemp("fresh") / "env"
    venv.EnvBuilder(with_pip=False).create(env)
    python = env / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    # the lock's versions as constraints: what CI tested, and (after run.py) already in uv's cache
    needs = [str(wheel_file), "ipykernel", "nbclient", "nbformat", "-c", str(LOCK)]
    result = subprocess.run(
        [*_uv(), "--python", str(python), *needs], capture_output=True, text=True, timeout=900
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return python


def _clean_env() -> dict:
    """This process's environment without anything that points back at the checkout."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return {**env, "MPLBACKEND": "Agg", "OPENBLAS_NUM_THREADS": "1"}


@pytest.mark.slow
def test_the_installed_package_finds_its_data_outside_the_checkout(fresh, tmp_path):
    result = subprocess.run(
        [str(fresh), "-c", WHERE], capture_output=True, text=True, cwd=tmp_path, env=_clean_env()
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    site = fresh.parents[1]
    for key in ("package", "data", "answers"):
        assert Path(found[key]).is_relative_to(site), f"{key} comes from {found[key]}"
    assert not Path(found["data"]).is_relative_to(ROOT)
    assert not found["jupyterlab"], "the wheel pulled in JupyterLab"


@pytest.mark.slow
def test_notebook_08_runs_from_the_installed_wheel(fresh, tmp_path):
    """08 reads the classroom data and the answer key: alone in a folder outside the checkout."""
    shutil.copy(ROOT / "notebooks" / "08_patient_diaries.ipynb", tmp_path)
    result = subprocess.run(
        [str(fresh), "-c", RUN_08],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=_clean_env(),
        timeout=900,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    cells, errors = map(int, result.stdout.split()[-2:])
    assert cells > 50 and errors == 0
