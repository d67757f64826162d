"""The list of notebooks, their titles, and the links to read or run them online.

The public address of the repository lives in one place, ``[project.urls] Repository`` in
``pyproject.toml``; every nbviewer, Binder, Colab, website, JupyterLite and nbgitpuller link is
generated from it (the website and JupyterLite live on the repository's GitHub Pages).
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

from msbackpain.lessons import LESSONS

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
SOURCES = ROOT / "src" / "notebooks"
BRANCH = "main"


def repository_url() -> str:
    """The public repository address from ``pyproject.toml`` (no trailing slash)."""
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return meta["project"]["urls"]["Repository"].rstrip("/")


def _owner_repo() -> str:
    url = repository_url()
    match = re.match(r"https://github\.com/([^/]+/[^/]+)$", url)
    if not match:
        raise ValueError(f"Repository URL must look like https://github.com/OWNER/NAME (got {url})")
    return match.group(1)


def nbviewer_url(filename: str) -> str:
    """Where to read ``notebooks/<filename>`` with no kernel."""
    return f"https://nbviewer.org/github/{_owner_repo()}/blob/{BRANCH}/notebooks/{filename}"


def binder_url(filename: str) -> str:
    """Where to run ``notebooks/<filename>`` in JupyterLab on mybinder.org."""
    return (
        f"https://mybinder.org/v2/gh/{_owner_repo()}/{BRANCH}?urlpath=lab/tree/notebooks/{filename}"
    )


def colab_url(filename: str) -> str:
    """Where to open ``notebooks/<filename>`` in Google Colab (its first cell installs the
    package there)."""
    return f"https://colab.research.google.com/github/{_owner_repo()}/blob/{BRANCH}/notebooks/{filename}"


def pages_url() -> str:
    """The course website: the repository's GitHub Pages (published by .github/workflows)."""
    owner, name = _owner_repo().split("/")
    return f"https://{owner.lower()}.github.io/{name}"


#: Where the JupyterLite build sits inside the website.
LITE_PATH = "lite"


def lite_url(filename: str | None = None) -> str:
    """The browser-only JupyterLab (JupyterLite) on the website, at ``filename`` if given."""
    url = f"{pages_url()}/{LITE_PATH}/lab/index.html"
    return f"{url}?path={filename}" if filename else url


def nbgitpuller_url(hub: str, filename: str = "00_start_here.ipynb") -> str:
    """A link that pulls the repository into a student's home on the JupyterHub at ``hub`` and
    opens ``filename`` in JupyterLab (nbgitpuller)."""
    from urllib.parse import urlencode

    name = _owner_repo().split("/")[1]
    query = urlencode(
        {
            "repo": repository_url(),
            "branch": BRANCH,
            "urlpath": f"lab/tree/{name}/notebooks/{filename}",
        }
    )
    return f"{hub.rstrip('/')}/hub/user-redirect/git-pull?{query}"


def run_links(filename: str) -> dict[str, str]:
    """Where to run ``notebooks/<filename>`` online, by name of the service."""
    return {
        "Binder": binder_url(filename),
        "Colab": colab_url(filename),
        "JupyterLite": lite_url(f"notebooks/{filename}"),
    }


def run_links_markdown(filename: str) -> str:
    """The same links as Markdown: ``[Binder](...) · [Colab](...) · [JupyterLite](...)``."""
    return " · ".join(f"[{name}]({url})" for name, url in run_links(filename).items())


def source_path(stem: str) -> Path:
    """The plain-text (jupytext percent) source of a notebook."""
    return SOURCES / f"{stem}.py"


def existing() -> list:
    """The lessons whose source exists, in order (all of them, in a complete checkout)."""
    return [p for p in LESSONS if source_path(p.stem).exists()]


#: Notebooks that are pages of the collection rather than lessons (no number, no quiz).
PAGES = ("evidence",)


def notebook_stems() -> list[str]:
    """Every notebook the build makes: the lessons, then the pages."""
    return [p.stem for p in existing()] + [s for s in PAGES if source_path(s).exists()]


def lesson_folder(stem: str) -> Path | None:
    """The lesson's folder in the package (``msbackpain/lessons/<topic>``), if it has one."""
    folder = ROOT / "src" / "msbackpain" / "lessons" / stem[3:]
    return folder if stem[:2].isdigit() and folder.is_dir() else None


def title_of(stem: str) -> str:
    """The notebook's H1 title from its source, or the planned title if it has none yet."""
    path = source_path(stem)
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            match = re.match(r"#\s#\s+(.+)$", line)
            if match:
                return match.group(1).strip()
    return next(p.title for p in LESSONS if p.stem == stem)


def notebook_json(stem: str) -> dict:
    """The committed notebook, as JSON."""
    return json.loads((NOTEBOOKS / f"{stem}.ipynb").read_text(encoding="utf-8"))
