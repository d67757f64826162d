"""The list of notebooks, their titles, and the links to read or run them online.

The public address of the repository lives in one place, ``[project.urls] Repository`` in
``pyproject.toml``; every nbviewer and Binder link is generated from it.
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = ROOT / "notebooks"
SOURCES = ROOT / "src" / "notebooks"
BRANCH = "main"


@dataclass(frozen=True)
class Planned:
    """A notebook of the collection, whether it exists yet or not."""

    stem: str
    title: str
    summary: str

    @property
    def number(self) -> str:
        return self.stem[:2]

    @property
    def filename(self) -> str:
        return f"{self.stem}.ipynb"


PLAN = (
    Planned(
        "00_start_here",
        "Start here: the causal chain",
        "The map of the whole chain, who this is for, how to use it.",
    ),
    Planned(
        "01_demyelination",
        "Demyelination and conduction",
        "How myelin speeds nerve signals and how a lesion slows or blocks them.",
    ),
    Planned(
        "02_disrupted_signalling",
        "Disrupted signalling",
        "What reaches the muscle and the brain when fibres fail at high rates.",
    ),
    Planned(
        "03_weakness_and_fatigue",
        "Weakness, fatigue and disuse",
        "From spikes to force; why the same task tires an affected muscle sooner.",
    ),
    Planned(
        "04_compensation_and_spasticity",
        "Compensation and spasticity",
        "Which muscles take over, how soon they tire; stiffness that rises with speed.",
    ),
    Planned(
        "05_posture_gait_balance",
        "Posture, gait and balance",
        "Slowed feedback and sway; trunk angle and the load on the lower back.",
    ),
    Planned(
        "06_pain",
        "Pain",
        "Load and recovery over a day; Lhermitte's sign; medicines; the fear-avoidance loop.",
    ),
    Planned(
        "07_whole_chain",
        "The whole chain",
        "One simulated person over months, and what each intervention changes.",
    ),
    Planned(
        "08_patient_diaries",
        "Patient diaries",
        "Explore a simulated cohort with pandas, then check claims against the truth.",
    ),
)


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


def source_path(stem: str) -> Path:
    """The plain-text (jupytext percent) source of a notebook."""
    return SOURCES / f"{stem}.py"


def existing() -> list[Planned]:
    """The planned notebooks whose source exists, in order."""
    return [p for p in PLAN if source_path(p.stem).exists()]


def title_of(stem: str) -> str:
    """The notebook's H1 title from its source, or the planned title if it has none yet."""
    path = source_path(stem)
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            match = re.match(r"#\s#\s+(.+)$", line)
            if match:
                return match.group(1).strip()
    return next(p.title for p in PLAN if p.stem == stem)


def notebook_json(stem: str) -> dict:
    """The committed notebook, as JSON."""
    return json.loads((NOTEBOOKS / f"{stem}.ipynb").read_text(encoding="utf-8"))
