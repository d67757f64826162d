"""What every notebook gives its readers besides the science: a stated time that is computed, a
prerequisites table, a box for readers living with MS, the red-flag box where pain is discussed,
the one way of warning about stopping a drug, and non-blaming words.

Each check is a function returning a list of problems; the last tests feed them broken text to
show that they can fail.
"""

from __future__ import annotations

import re

import pytest

from msbackpain.safety import NEVER_STOP_SUDDENLY, RED_FLAGS, RED_FLAGS_MARKER
from tools import build, catalog, study_time

STEMS = [p.stem for p in catalog.existing()]
ROOT = catalog.ROOT
RED_FLAG_PAGES = ("00_start_here", "06_pain")
FOR_YOU = "## If you live with MS"
FOR_YOU_PARTS = (
    "**What this means for you.**",
    "**What it does not mean.**",
    "**Questions you could ask your care team.**",
)
IMPORTANCE = ("Necessary", "Helpful")
#: Words a person in pain could read as blame or alarm, with what the collection says instead.
#: The research term "catastrophising" stays in the glossary and in references' titles.
AVOID = {
    r"\bcatastrophi[sz]\w*": "pain-related worry",
    r"\bsuffer(?:s|ers?|ing)?\b": "lives with / has",
    r"\bwheelchair[- ]bound\b": "uses a wheelchair",
    r"\bnon-?complian\w*": "(describe what happened, without blame)",
    r"\bMS (?:patients|sufferers)\b": "people with MS",
}
_REFS = re.compile(r"## References.*", re.S)
_CODE = re.compile(r"`[^`]*`")


def _markdown(stem: str) -> list[str]:
    nb = catalog.notebook_json(stem)
    return ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown"]


def _source(stem: str) -> str:
    return catalog.source_path(stem).read_text(encoding="utf-8")


def time_problems(source: str, text: str, stated: str) -> list[str]:
    """The stated time is the build's estimate, never a number typed into the source."""
    problems = []
    if study_time.STUDY_TIME_MARKER not in source:
        problems.append("the source does not write its time as <!-- study-time -->")
    if f"**Time:** {stated}" not in text:
        problems.append(f"the notebook does not state '**Time:** {stated}'")
    return problems


def prerequisite_problems(text: str) -> list[str]:
    """A table of prerequisites: concept, importance (Necessary or Helpful), where to learn it."""
    block = text.split("**Prerequisites**", 1)
    if len(block) < 2:
        return ["no '**Prerequisites**' table under the objectives"]
    rows = [
        line
        for line in block[1].strip().split("\n\n", 1)[0].splitlines()
        if line.startswith("|") and not set(line) <= set("|-: ")
    ]
    if len(rows) < 2 or "importance" not in rows[0].lower():
        return ["the prerequisites are not a table with an 'importance' column"]
    problems = []
    for row in rows[1:]:
        cells = [c.strip() for c in row.strip("|").split("|")]
        if len(cells) < 3 or cells[1] not in IMPORTANCE:
            problems.append(f"prerequisite row {row!r}: importance must be one of {IMPORTANCE}")
    return problems


def for_you_problems(markdown: list[str]) -> list[str]:
    """The box for readers living with MS: after Key points, before What's next, in 3 parts."""
    text = "\n".join(markdown)
    if FOR_YOU not in text:
        return [f"no section {FOR_YOU!r}"]
    section = text.split(FOR_YOU, 1)[1].split("\n## ", 1)[0]
    problems = [f"the section lacks {part!r}" for part in FOR_YOU_PARTS if part not in section]
    order = [text.find(h) for h in ("## Key points", FOR_YOU, "## What's next")]
    if not order[0] < order[1] < order[2]:
        problems.append("the section belongs after '## Key points' and before '## What's next'")
    if "* " not in section.split(FOR_YOU_PARTS[2], 1)[-1]:
        problems.append("the questions for the care team are not a list")
    return problems


def wording_problems(text: str) -> list[str]:
    """Words to avoid in learner-facing text (outside code and references)."""
    text = _CODE.sub("", _REFS.sub("", text))
    problems = []
    for pattern, instead in AVOID.items():
        for found in re.finditer(pattern, text, re.I):
            problems.append(f"{found.group(0)!r}: say {instead!r}")
    return problems


def withdrawal_problems(text: str) -> list[str]:
    """Wherever stopping a drug is discussed, the one warning is there."""
    mentions = re.search(
        r"\b(stop(?:ping|ped)?|withdraw\w*)\b[^.]{0,80}\b(baclofen|tizanidine|"
        r"drug|medicine|medication|treatment)",
        text,
        re.I,
    )
    if mentions and NEVER_STOP_SUDDENLY not in " ".join(text.lower().split()):  # wrapped lines
        return [
            f"stopping a drug is discussed ({mentions.group(0)!r}) without {NEVER_STOP_SUDDENLY!r}"
        ]
    return []


@pytest.mark.parametrize("stem", STEMS)
def test_stated_time_is_the_estimate(stem):
    text = "\n".join(_markdown(stem))
    assert time_problems(_source(stem), text, build.study_time_of(stem).text()) == []


@pytest.mark.parametrize("stem", STEMS)
def test_the_instructor_guide_states_the_same_time(stem):
    guide = (ROOT / "instructor" / f"{stem}.md").read_text(encoding="utf-8")
    found = study_time.GUIDE_TIME.search(guide)
    assert found, f"instructor/{stem}.md has no <!-- study-time -->…<!-- /study-time -->"
    assert build.study_time_of(stem).text() in found.group(0)


@pytest.mark.parametrize("stem", STEMS)
def test_prerequisites_are_a_table(stem):
    assert prerequisite_problems("\n".join(_markdown(stem))) == []


@pytest.mark.parametrize("stem", STEMS)
def test_a_box_for_readers_living_with_ms(stem):
    assert for_you_problems(_markdown(stem)) == []


@pytest.mark.parametrize("stem", STEMS)
def test_learner_facing_words(stem):
    assert wording_problems("\n".join(_markdown(stem))) == []


@pytest.mark.parametrize("stem", STEMS)
def test_stopping_a_drug_carries_the_warning(stem):
    assert withdrawal_problems("\n".join(_markdown(stem))) == []


@pytest.mark.parametrize("stem", RED_FLAG_PAGES)
def test_red_flags_in_the_notebooks_that_discuss_pain(stem):
    assert RED_FLAGS_MARKER in _source(stem)
    assert RED_FLAGS in "\n".join(_markdown(stem))


@pytest.mark.parametrize("page", ["README.md", "notebooks/glossary.md"])
def test_red_flags_in_the_readme_and_the_glossary(page):
    text = (ROOT / page).read_text(encoding="utf-8")
    assert RED_FLAGS in text, f"{page} does not hold msbackpain.safety.RED_FLAGS word for word"


def test_the_checks_can_fail():
    assert time_problems(
        "**Time:** about 30 minutes", "**Time:** about 30 minutes", "about 45 minutes"
    )
    assert prerequisite_problems("**Prerequisites:** notebook 01")
    table = "**Prerequisites**\n\n| concept | importance | where |\n|---|---|---|\n"
    assert prerequisite_problems(table + "| spikes | vital | 01 |")
    assert not prerequisite_problems(table + "| spikes | Necessary | 01 |")
    assert for_you_problems(["## Key points\n\nx", "## What's next\n\ny"])
    assert for_you_problems(
        ["## Key points", f"{FOR_YOU}\n\n{FOR_YOU_PARTS[0]} a", "## What's next"]
    )
    assert wording_problems("The slider sets how strongly a person catastrophises.")
    assert not wording_problems("Pain-related worry (`catastrophising`) is a research term.")
    assert withdrawal_problems("Stopping baclofen can worsen spasticity.")
    assert not withdrawal_problems(
        f"Stopping baclofen can worsen spasticity: {NEVER_STOP_SUDDENLY}."
    )


def class_table_problems(guide: str) -> list[str]:
    """The guide's class plan: its rows' minutes add up to its 'Total: N minutes' line."""
    rows = re.findall(r"^\| (\d+) \|", guide, re.M)
    total = re.search(r"^Total: (?:about )?(\d+) minutes", guide, re.M)
    if not rows or not total:
        return ["no class table with a 'Total: N minutes' line"]
    if sum(map(int, rows)) != int(total.group(1)):
        return [f"the class table adds up to {sum(map(int, rows))} minutes, not {total.group(1)}"]
    return []


@pytest.mark.parametrize("stem", STEMS)
def test_the_class_plan_adds_up(stem):
    guide = (ROOT / "instructor" / f"{stem}.md").read_text(encoding="utf-8")
    assert class_table_problems(guide) == []


def test_the_class_plan_check_can_fail():
    assert class_table_problems(
        "| Minutes | x |\n|---|---|\n| 3 | a |\n| 4 | b |\n\nTotal: 8 minutes"
    )
    assert not class_table_problems("| 3 | a |\n| 5 | b |\n\nTotal: 8 minutes.")
