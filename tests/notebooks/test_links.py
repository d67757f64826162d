"""Every relative link in the README and the notebooks resolves; generated parts are current."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tools import build, catalog

LINK = re.compile(r"\]\(([^)\s]+)\)|href=['\"]([^'\"]+)['\"]")


def _markdown(path: Path) -> str:
    """A notebook's Markdown as a reader sees it: its Markdown cells and Markdown outputs."""
    texts = []
    for cell in json.loads(path.read_text())["cells"]:
        if cell["cell_type"] == "markdown":
            texts.append("".join(cell["source"]))
        for out in cell.get("outputs", []):
            if "text/markdown" in out.get("data", {}):
                texts.append("".join(out["data"]["text/markdown"]))
    return "\n".join(texts)


def _anchors(path: Path) -> set[str]:
    """Explicit ids and heading slugs (as JupyterLab and nbviewer make them) of a file."""
    if path.suffix == ".ipynb":
        text = _markdown(path)
    else:
        text = path.read_text(encoding="utf-8")
    ids = set(re.findall(r"id=['\"]([^'\"]+)['\"]", text))
    for heading in re.findall(r"^#+\s+(.+)$", text, flags=re.M):
        ids.add(heading.strip().replace(" ", "-"))
    return ids


def _links(path: Path) -> list[str]:
    if path.suffix == ".ipynb":
        text = _markdown(path)
    else:
        text = path.read_text(encoding="utf-8")
    return [a or b for a, b in LINK.findall(text)]


def documents(root: Path) -> list[Path]:
    return [root / "README.md", *sorted((root / "notebooks").glob("*.ipynb"))]


def test_there_are_links_to_check(root):
    assert sum(len(_links(p)) for p in documents(root)) >= 5


@pytest.mark.parametrize(
    "name", ["README.md", *[f"notebooks/{s}.ipynb" for s in catalog.notebook_stems()]]
)
def test_relative_links_resolve(root, name):
    path = root / name
    broken = []
    for target in _links(path):
        if re.match(r"^[a-z]+:", target) or target.startswith("//"):
            continue  # absolute URL: not checked offline
        file_part, _, anchor = target.partition("#")
        dest = (path.parent / file_part).resolve() if file_part else path
        if not dest.exists():
            broken.append(f"{target} (no such file)")
        elif anchor and anchor not in _anchors(dest):
            broken.append(f"{target} (no anchor #{anchor} in {dest.name})")
    assert not broken, f"{name}: broken links: {broken}"


def test_readme_table_is_current(root):
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert build.readme_table() in readme, "run: python -m tools.build build"


def test_every_online_link_comes_from_the_one_repository_address(root):
    readme = (root / "README.md").read_text(encoding="utf-8")
    owner_repo = catalog.repository_url().removeprefix("https://github.com/")
    online = re.findall(r"https://(?:nbviewer\.org|mybinder\.org)/\S+?\)", readme)
    assert online, "the README lists nbviewer and Binder links"
    assert all(owner_repo in link for link in online)
    assert all(catalog.nbviewer_url(p.filename) in readme for p in catalog.existing())
    assert all(catalog.binder_url(p.filename) in readme for p in catalog.existing())
