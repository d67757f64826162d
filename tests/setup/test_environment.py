"""One set of dependencies everywhere: pyproject.toml, its lock, conda and Binder agree; one
version number; Binder installs the package and our JupyterLab defaults."""

from __future__ import annotations

import json
import re
import sys
import tomllib
from pathlib import Path

from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name
from packaging.version import Version

import msbackpain

#: the platform Binder builds on, for the lock's environment markers
BINDER_PLATFORM = {"sys_platform": "linux", "os_name": "posix", "implementation_name": "cpython"}


def conda_spec(item: str) -> tuple[str, SpecifierSet]:
    """A conda match spec as pip would say it: ``numpy==2.4.6``, ``python=3.11`` (= 3.11.*)."""
    found = re.fullmatch(r"([A-Za-z0-9_.-]+)\s*(.*)", item)
    name, spec = canonicalize_name(found[1]), found[2].replace(" ", "")
    if re.fullmatch(r"=[^=<>!,]+", spec):  # conda's fuzzy "=X.Y" means X.Y.*
        spec = f"=={spec[1:]}.*"
    return name, SpecifierSet(spec)


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
            name, spec = conda_spec(item)
            conda[name] = spec
    return conda, pip


def project(root) -> dict:
    return tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]


#: every extra: the lock holds them all (run.py installs it for the lab, the tests and the builds)
EXTRAS = ("lab", "site", "lite", "test")


def test_the_library_does_not_need_jupyterlab(root):
    """A wheel installed in a JupyterLite or Colab kernel must not pull in JupyterLab."""
    assert "jupyterlab" not in requirements(root)
    assert set(project(root)["optional-dependencies"]) == set(EXTRAS)


def requirements(root, *extras: str) -> dict[str, SpecifierSet]:
    lines = list(project(root)["dependencies"])
    for extra in extras:
        lines += project(root)["optional-dependencies"][extra]
    return {canonicalize_name(r.name): r.specifier for r in map(Requirement, lines)}


def lock_pins(root) -> dict[str, list[tuple[Version, Marker | None]]]:
    """``{name: [(version, marker), ...]}`` of requirements/lock.txt."""
    pins: dict[str, list] = {}
    text = (root / "requirements" / "lock.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line[0] in " #-":
            continue
        req = Requirement(line.rstrip(" \\"))
        (spec,) = req.specifier
        assert spec.operator == "==", f"the lock must pin exactly: {line}"
        pins.setdefault(canonicalize_name(req.name), []).append((Version(spec.version), req.marker))
    return pins


def pin_for(pins, name: str, python: str) -> Version:
    """The version the lock installs of ``name`` on Binder's platform with ``python``."""
    where = {**BINDER_PLATFORM, "python_version": python, "python_full_version": f"{python}.0"}
    chosen = [v for v, marker in pins[name] if marker is None or marker.evaluate(where)]
    assert len(chosen) == 1, f"the lock has {chosen} for {name} on Python {python}"
    return chosen[0]


def test_conda_specs_are_read_like_pip_specs():
    assert conda_spec("python=3.11") == ("python", SpecifierSet("==3.11.*"))
    assert conda_spec("numpy==2.4.6") == ("numpy", SpecifierSet("==2.4.6"))
    assert conda_spec("pandas>=2.1,<4") == ("pandas", SpecifierSet(">=2.1,<4"))


def test_environment_yml_matches_pip_requirements(root):
    """environment.yml runs the collection: the library's dependencies and JupyterLab (lab)."""
    conda, pip = conda_dependencies(root / "environment.yml")
    for name, spec in requirements(root, "lab").items():
        assert name in conda, f"{name} is in pyproject.toml but not in environment.yml"
        assert conda[name] == spec, (
            f"{name}: pyproject.toml says {spec}, environment.yml {conda[name]}"
        )
    named = set(requirements(root, "lab")) | {"python", "pip"}
    assert set(conda) == named, f"environment.yml has extra packages: {set(conda) - named}"
    assert pip == ["-e ."], "environment.yml must install the local package with pip"
    python = conda["python"]
    assert "3.11" in python and "3.10" not in python
    assert SpecifierSet(project(root)["requires-python"]).contains("3.11")


def test_the_lock_holds_every_requirement_within_its_bounds(root):
    pins = lock_pins(root)
    for name, spec in requirements(root, *EXTRAS).items():
        assert name in pins, f"{name} is in pyproject.toml but not in the lock: python3 run.py lock"
        for version, _ in pins[name]:
            assert version in spec, (
                f"the lock pins {name}=={version}, outside pyproject.toml's {spec}: "
                "python3 run.py lock"
            )


def test_the_lock_was_made_from_this_pyproject(root):
    """uv marks what pyproject.toml asked for ("via msbackpain"): exactly its requirements."""
    text = (root / "requirements" / "lock.txt").read_text(encoding="utf-8")
    asked, name = set(), None
    for line in text.splitlines():
        if line and line[0] not in " #":
            name = canonicalize_name(Requirement(line.rstrip(" \\")).name)
        elif re.match(r"\s+#\s+(via\s+)?msbackpain( \(pyproject\.toml\))?$", line):
            asked.add(name)
    assert asked == set(requirements(root, *EXTRAS)), (
        "requirements/lock.txt is out of date with pyproject.toml: python3 run.py lock"
    )
    assert "python3 run.py lock" in text.splitlines()[1]


def test_binder_pins_the_same_packages_to_the_locked_versions(root):
    conda, _ = conda_dependencies(root / "environment.yml")
    binder, pip = conda_dependencies(root / "binder" / "environment.yml")
    assert set(binder) == set(conda) and pip == []
    (python,) = binder["python"]
    assert python.operator == "==" and python.version.endswith(".*")
    python = python.version.removesuffix(".*")
    assert python in conda["python"], f"Binder's Python {python} is outside environment.yml's"
    pins = lock_pins(root)
    wrong = []
    for name in sorted(set(binder) - {"python", "pip"}):
        locked = pin_for(pins, name, python)
        if binder[name] != SpecifierSet(f"=={locked}"):
            wrong.append(f"  - {name}=={locked}")
    assert not wrong, "binder/environment.yml must pin the lock's versions:\n" + "\n".join(wrong)


def test_binder_installs_the_package_and_our_jupyterlab_defaults(root):
    post = (root / "binder" / "postBuild").read_text(encoding="utf-8")
    assert "pip install --no-deps -e ." in post
    assert "cp binder/overrides.json" in post and "settings/overrides.d/msbackpain.json" in post
    assert (root / "binder" / "postBuild").stat().st_mode & 0o111, "postBuild must be executable"


def test_our_jupyterlab_defaults_name_a_real_setting(root):
    """Markdown opens in Markdown Preview, a setting that JupyterLab's own schema has."""
    from jupyterlab.commands import get_app_dir

    overrides = json.loads((root / "binder" / "overrides.json").read_text(encoding="utf-8"))
    plugin = "@jupyterlab/docmanager-extension:plugin"
    assert overrides == {plugin: {"defaultViewers": {"markdown": "Markdown Preview"}}}
    package, name = plugin.split(":")
    schema = Path(get_app_dir(), "schemas", package, f"{name}.json")
    assert "defaultViewers" in json.loads(schema.read_text(encoding="utf-8"))["properties"]


def test_one_version_number(root):
    version = project(root)["version"]
    assert msbackpain.__version__ == version, "reinstall: python3 run.py test"
    cff = (root / "CITATION.cff").read_text(encoding="utf-8")
    assert re.search(rf"^version: {re.escape(version)}$", cff, re.M), "CITATION.cff's version"
    released = re.search(r'^date-released: "?([0-9-]+)"?$', cff, re.M)[1]
    changelog = (root / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## [{version}] - {released}" in changelog, (
        f"CHANGELOG.md needs a section '## [{version}] - {released}' (as in CITATION.cff)"
    )
    assert "## [Unreleased]" in changelog


def test_licences_and_citation(root):
    assert "MIT License" in (root / "LICENSE").read_text(encoding="utf-8")
    assert "CC BY 4.0" in (root / "LICENSE-CONTENT.md").read_text(encoding="utf-8")
    cff = (root / "CITATION.cff").read_text(encoding="utf-8")
    assert "cff-version: 1.2.0" in cff and "title:" in cff


def test_readme_gives_the_two_commands(root):
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert "python3 run.py lab" in readme and "python3 run.py test" in readme
    assert "conda env create -f environment.yml" in readme
    assert "binder/overrides.json" in readme, "the conda route's JupyterLab defaults"
    assert "not medical advice" in readme


def test_every_hook_runs_a_tool_of_the_locked_environment(root):
    """The checks before a commit need nothing but .venv: each hook's command is a locked tool."""
    config = (root / ".pre-commit-config.yaml").read_text(encoding="utf-8")
    assert "repo: local" in config and "repo: http" not in config
    languages = set(re.findall(r"^\s+language: (\S+)$", config, re.M))
    assert languages == {"unsupported"}, "hooks run the environment's tools, never their own"
    tools = {e.split()[0] for e in re.findall(r"^\s+entry: (.+)$", config, re.M)}
    assert {"ruff", "codespell"} <= tools
    installed = {p.stem for p in Path(sys.executable).parent.iterdir()}
    assert tools <= installed, f"hooks whose tool is not installed: {tools - installed}"


def test_ci_runs_the_hooks_then_the_readme_test_command(root):
    ci = (root / ".ci" / "run").read_text(encoding="utf-8")
    lint, test = ci.index("python3 run.py lint"), ci.index("python3 run.py test")
    assert lint < test and ci.rstrip().endswith("python3 run.py test")
    contributing = (root / "CONTRIBUTING.md").read_text(encoding="utf-8")
    for command in ("python3 run.py test --fast", "python3 run.py test", "python3 run.py lint"):
        assert command in contributing
