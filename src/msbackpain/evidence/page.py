"""The tables of the evidence page (``notebooks/evidence.ipynb``), generated so they cannot drift.

Each function returns Markdown: the links of the chain with their grades and sources, every
model parameter, the facts each notebook states, the model outputs each notebook's prose
restates, and the counts by grade. Citations in them
link to the page's own reference list (``#ref-<key>``).
"""

from __future__ import annotations

import dataclasses
from collections import Counter

from msbackpain import chain
from msbackpain.evidence import facts, parameters, results
from msbackpain.evidence.grades import GRADES
from msbackpain.evidence.references import cite, references

LINK = "#ref-{key}"


def _cell(text: str) -> str:
    """Text made safe for one cell of a Markdown table."""
    return " ".join(str(text).split()).replace("|", "\\|")


def sources_markdown(keys) -> str:
    """Linked author-year citations of ``keys``, or a dash when there are none."""
    return cite(*keys, link=LINK)[1:-1] if keys else "–"


def counts_table() -> str:
    """How many links, parameters and facts have each grade."""
    links = Counter(e.grade for e in chain.EDGES)
    params = parameters.counts()
    stated = facts.counts()
    rows = ["| evidence grade | what it means | links | model parameters | stated facts |"]
    rows.append("|---|---|---|---|---|")
    for grade, meaning in GRADES.items():
        rows.append(
            f"| **{grade}** | {meaning} | {links[grade]} | {params[grade]} | {stated[grade]} |"
        )
    rows.append(f"| all | | {len(chain.EDGES)} | {sum(params.values())} | {sum(stated.values())} |")
    return "\n".join(rows)


def links_table() -> str:
    """Every link of the chain: cause → effect, its mechanism, grade, note and sources."""
    label = {n.id: n.label for n in chain.NODES}
    rows = ["| link | how it works | evidence | in whom, or what is uncertain | sources |"]
    rows.append("|---|---|---|---|---|")
    for e in chain.EDGES:
        arrow = "→" if e.sign > 0 else "⊣ (lowers)"
        rows.append(
            f"| {label[e.cause]} {arrow} {label[e.effect]} | {_cell(e.mechanism)} | "
            f"**{e.grade}** | {_cell(e.note) or '–'} | {sources_markdown(e.sources)} |"
        )
    return "\n".join(rows)


def format_value(value) -> str:
    """A parameter's value in a few characters: numbers, small tables, arrays by their range."""
    if isinstance(value, float):
        return f"{value:.4g}"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {format_value(v)}" for k, v in value.items())
    if isinstance(value, tuple | list):
        return ", ".join(format_value(v) for v in value)
    if dataclasses.is_dataclass(value):
        return ", ".join(
            f"{f.name} {format_value(getattr(value, f.name))}" for f in dataclasses.fields(value)
        )
    if hasattr(value, "shape"):
        return f"{value.size} values, {value.min():.3g} to {value.max():.3g}"
    return str(value)


def parameters_table(module: str) -> str:
    """The parameters of one model module, with value, unit, grade, sources and meaning."""
    rows = ["| parameter | value | unit | evidence | sources | what it is |", "|---" * 6 + "|"]
    for p in parameters.module_parameters(module):
        rows.append(
            f"| `{p.name}` | {_cell(format_value(p.value))} | {_cell(p.unit)} | **{p.grade}** | "
            f"{sources_markdown(p.sources)} | {_cell(p.description)} |"
        )
    return "\n".join(rows)


def all_parameters_markdown() -> str:
    """One table per model module, under a heading naming the module."""
    parts = []
    for module in parameters.MODEL_MODULES:
        if parameters.module_parameters(module):
            parts.append(f"### `msbackpain.{module}`\n\n{parameters_table(module)}")
    return "\n\n".join(parts)


def facts_table(stem: str) -> str:
    """The facts one notebook states, with grade, sources and note."""
    rows = ["| fact | value | evidence | in whom, or what limits it | sources |"]
    rows.append("|---|---|---|---|---|")
    for f in facts.lesson_facts(stem):
        rows.append(
            f"| {_cell(f.statement)} | {_cell(f.value)} | **{f.grade}** | "
            f"{_cell(f.note) or '–'} | {sources_markdown(f.sources)} |"
        )
    return "\n".join(rows)


def all_facts_markdown() -> str:
    """One table per notebook that states facts, under a heading linking the notebook."""
    from msbackpain.lessons import lesson

    parts = []
    for stem, stated in facts.all_facts().items():
        if stated:
            plan = lesson(stem[:2])
            parts.append(
                f"### [{plan.number} {plan.title}]({plan.filename})\n\n{facts_table(stem)}"
            )
    return "\n\n".join(parts)


def results_table(stem: str) -> str:
    """The model outputs one notebook's prose restates, each with the number it computes now."""
    rows = ["| what the notebook computes | value |", "|---|---|"]
    for name, result in results.lesson_results(stem).items():
        rows.append(f"| {_cell(result.statement)} (`{name}`) | {_cell(result.text())} |")
    return "\n".join(rows)


def all_results_markdown() -> str:
    """One table per notebook whose prose restates model outputs, under a heading linking it."""
    from msbackpain.lessons import LESSONS

    parts = []
    for plan in LESSONS:
        if results.lesson_results(plan.stem):
            parts.append(
                f"### [{plan.number} {plan.title}]({plan.filename})\n\n{results_table(plan.stem)}"
            )
    return "\n\n".join(parts)


def every_key() -> list[str]:
    """Every key of the reference list (the page lists them all)."""
    return sorted(references())


def diaries_markdown() -> str:
    """The settings of the simulated cohort and of its diaries, with their grades and sources.

    They live in tables that mix numbers and words (``COHORT_ASSUMPTIONS`` and ``HABITS`` of
    :mod:`msbackpain.diaries`); every diary habit is an assumption, some informed by a study, as
    the datasheet says too. The diaries have no effect sizes of their own: what happens to each
    person is the whole-chain model's, and the true effects are computed by counterfactual
    simulation into the instructor's answer key.
    """
    from msbackpain.diaries import cohort, observation

    rows = ["| cohort setting | value | evidence | sources | what it is |", "|---" * 5 + "|"]
    for name, (value, grade, keys, note) in cohort.COHORT_ASSUMPTIONS.items():
        rows.append(
            f"| `{name}` | {_cell(format_value(value))} | **{grade}** | "
            f"{sources_markdown(keys)} | {_cell(note)} |"
        )
    effects = [
        "| diary habit | value | unit | evidence | informed by |",
        "|---" * 5 + "|",
    ]
    for name, (value, unit, _what) in observation.HABITS.items():
        effects.append(
            f"| `{name}` | {_cell(format_value(value))} | {_cell(unit)} | **assumption** | "
            f"{sources_markdown(observation.HABIT_SOURCES.get(name, ()))} |"
        )
    return "\n".join(rows) + "\n\n" + "\n".join(effects)
