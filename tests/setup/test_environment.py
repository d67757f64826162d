"""pip and conda name the same packages with the same bounds; Binder installs the package."""

from __future__ import annotations

import tomllib

from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet


def conda_dependencies(path) -> tuple[dict[str, SpecifierSet], list[str]]:
    """(conda packages -> bounds, pip lines) of a simple environment.yml."""
    conda, pip, section = {}, [], None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if not line.startswith(" "):
            section = line.split(":", 1)[0]
            continue
        item = line.strip()
        if section != "dependencies" or not item.startswith("- "):
            continue
        item = item[2:].strip()
        if raw.startswith("      - "):
            pip.append(item)
        elif item != "pip:":
            req = Requirement(item)
            conda[req.name] = req.specifier
    return conda, pip


def pyproject(root):
    return tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def test_environment_yml_matches_pip_requirements(root):
    conda, pip = conda_dependencies(root / "environment.yml")
    project = pyproject(root)
    for line in project["dependencies"]:
        req = Requirement(line)
        assert req.name in conda, f"{req.name} is in pyproject.toml but not in environment.yml"
        assert conda[req.name] == req.specifier, (
            f"{req.name}: pyproject.toml says {req.specifier}, environment.yml {conda[req.name]}"
        )
    named = {Requirement(x).name for x in project["dependencies"]} | {"python", "pip"}
    assert set(conda) == named, f"environment.yml has extra packages: {set(conda) - named}"
    assert pip == ["-e ."], "environment.yml must install the local package with pip"
    python = conda["python"]
    assert "3.11" in python and "3.10" not in python
    assert SpecifierSet(project["requires-python"]).contains("3.11")


def test_binder_environment_is_the_same_without_the_local_package(root):
    conda, _ = conda_dependencies(root / "environment.yml")
    binder, pip = conda_dependencies(root / "binder" / "environment.yml")
    assert binder == conda and pip == []
    post = (root / "binder" / "postBuild").read_text(encoding="utf-8")
    assert "pip install" in post and "-e ." in post
    assert (root / "binder" / "postBuild").stat().st_mode & 0o111, "postBuild must be executable"


def test_licences_and_citation(root):
    assert "MIT License" in (root / "LICENSE").read_text(encoding="utf-8")
    assert "CC BY 4.0" in (root / "LICENSE-CONTENT.md").read_text(encoding="utf-8")
    cff = (root / "CITATION.cff").read_text(encoding="utf-8")
    assert "cff-version: 1.2.0" in cff and "title:" in cff


def test_readme_gives_the_two_commands(root):
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert "python3 run.py lab" in readme and "python3 run.py test" in readme
    assert "conda env create -f environment.yml" in readme
    assert "not medical advice" in readme
