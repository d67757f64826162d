"""The instructor guide: a page per notebook in one structure, tied to the notebook it guides."""

from __future__ import annotations

import re

import nbformat
import pytest

from msbackpain.lessons import load_quiz
from tools import build, catalog

GUIDE = catalog.ROOT / "instructor"
SECTIONS = [
    "## At a glance",
    "## Learning objectives",
    "## Running it in class",
    "## Exercises and quiz mapped to objectives",
    "## Discussion questions",
    "## Common misconceptions",
    "## Limits of the models",
    "## References",
]
STEMS = [p.stem for p in catalog.LESSONS]


def _sections(text: str) -> dict[str, str]:
    """The text under each H2 heading, by heading line."""
    parts = re.split(r"^(## .+)$", text, flags=re.M)
    return {parts[i].strip(): parts[i + 1] for i in range(1, len(parts) - 1, 2)}


def _source(stem: str) -> str:
    return (catalog.SOURCES / f"{stem}.py").read_text(encoding="utf-8")


def _objectives_in_notebook(stem: str) -> int:
    """Bullets under the notebook's "What you will learn" (continuation lines indented)."""
    found = re.search(r"\*\*What you will learn.*?\*\*(.*?)\*\*Time:\*\*", _source(stem), re.S)
    assert found, f"{stem}: no 'What you will learn' block before '**Time:**'"
    return len(re.findall(r"^# (?:[*-]|\d+\.) ", found.group(1), flags=re.M))


def _exercise_labels(stem: str) -> tuple[list[str], list[str]]:
    """The labels the exercises of the committed notebook print ("Exercise 3", "Build step 1"):
    the ordinary exercises, and the steps of the learner-built model."""
    nb = nbformat.read(catalog.NOTEBOOKS / f"{stem}.ipynb", as_version=4)
    plain, built = [], []
    for index, _code in build.exercises(nb):
        cell = nb.cells[index]
        text = "".join(o.get("text", "") for o in cell.outputs)
        label = re.match(r"((?:Exercise|Build step) \d+):", text)
        assert label, f"{stem}: exercise cell {index} prints no verdict label: {text[:80]!r}"
        (built if "build" in cell.metadata.get("tags", []) else plain).append(label.group(1))
    return plain, built


def _title(stem: str) -> str:
    return re.search(r"^# # (.+)$", _source(stem), flags=re.M).group(1).strip()


def test_readme_links_the_guide_and_the_guide_links_every_page():
    readme = (catalog.ROOT / "README.md").read_text(encoding="utf-8")
    assert "](instructor/README.md)" in readme
    index = (GUIDE / "README.md").read_text(encoding="utf-8")
    for stem in STEMS:
        assert f"]({stem}.md)" in index, f"instructor/README.md does not link {stem}.md"


def test_guide_index_has_both_course_paths():
    index = (GUIDE / "README.md").read_text(encoding="utf-8")
    assert re.search(r"^## .*one-afternoon workshop", index, flags=re.M | re.I)
    assert re.search(r"^## .*six-week module", index, flags=re.M | re.I)
    weeks = re.findall(r"^### Week (\d)", index, flags=re.M)
    assert weeks == [str(w) for w in range(1, 7)]
    for week in re.split(r"^### Week \d", index, flags=re.M)[1:]:
        assert "data/" in week or "diar" in week, "every week's assessed task uses the diaries"


@pytest.mark.parametrize("stem", STEMS)
def test_page_structure_and_links(stem):
    text = (GUIDE / f"{stem}.md").read_text(encoding="utf-8")
    number = stem[:2]
    assert text.startswith(f"# Instructor guide: {number}, {_title(stem)}\n")
    assert f"(../notebooks/{stem}.ipynb)" in text
    headings = re.findall(r"^## .+$", text, flags=re.M)
    assert headings == SECTIONS


@pytest.mark.parametrize("stem", STEMS)
def test_objectives_match_the_notebook_and_every_item_is_mapped(stem):
    sections = _sections((GUIDE / f"{stem}.md").read_text(encoding="utf-8"))
    objectives = re.findall(r"^\d+\. ", sections["## Learning objectives"], flags=re.M)
    n = _objectives_in_notebook(stem)
    assert len(objectives) == n, (
        f"{stem}: {len(objectives)} objectives in the guide, {n} in notebook"
    )
    table = sections["## Exercises and quiz mapped to objectives"]
    rows = {
        m.group(1): m.group(2)
        for m in re.finditer(
            r"^\| ((?:Exercise|Quiz|Build step) \d+|Build steps 1–3) \|.*\| ([^|]+) \|$",
            table,
            flags=re.M,
        )
    }
    exercises, built = _exercise_labels(stem)
    if built:  # the learner-built model: one row for its three steps, or a row for each
        steps = ["Build steps 1–3"] if "Build steps 1–3" in rows else built
        exercises = exercises + steps
    quiz = [f"Quiz {i}" for i in range(1, len(load_quiz(stem[:2]).questions) + 1)]
    assert sorted(rows) == sorted(exercises + quiz), f"{stem}: mapping table rows"
    used = set()
    for item, cell in rows.items():
        targets = {int(o) for o in re.findall(r"O(\d+)", cell)}
        assert targets and targets <= set(range(1, n + 1)), f"{stem}: {item} maps to {cell!r}"
        used |= targets
    assert used == set(range(1, n + 1)), (
        f"{stem}: objectives not assessed: {set(range(1, n + 1)) - used}"
    )


@pytest.mark.parametrize("stem", STEMS)
def test_discussion_answers_and_misconceptions(stem):
    sections = _sections((GUIDE / f"{stem}.md").read_text(encoding="utf-8"))
    answers = sections["## Discussion questions"].count("<summary>Model answer</summary>")
    assert 3 <= answers <= 5
    assert sections["## Discussion questions"].count("</details>") == answers
    misconceptions = re.findall(
        r'^(?:\*|\d+\.) \*\*"', sections["## Common misconceptions"], flags=re.M
    )
    assert len(misconceptions) >= 3
    running = sections["## Running it in class"]
    assert "Demo" in running and "Lab" in running
