"""Every model parameter with its value, unit, evidence grade and sources.

A parameter carries its evidence where it is defined, in the ``#:`` comment above it, which ends
with a tag::

    #: Number of motor units in the pool. [measured: fuglevand1993 | count]
    N_UNITS = 120

The tag is ``[grade: key, key | unit]``. The grade is one of
:data:`~msbackpain.evidence.grades.GRADES`, or ``setting`` for a number that says nothing about
people (a time step, a slider's range, a simulation length). Keys are entries of the reference
list; an assumption may name none, and its comment gives the reason. The unit may be left out
when the name ends in one (``_HZ``, ``_MS``, ``_C``, ``_MPA``, ...). Constants written one under
the other with no blank line share the comment above the first of them.
"""

from __future__ import annotations

import ast
import dataclasses
import importlib
import inspect
import re
from dataclasses import dataclass
from functools import cache

from msbackpain.evidence.grades import GRADES, check_grade

#: The modules that hold the collection's models, in the order of the chain.
MODEL_MODULES = (
    "conduction",
    "signalling",
    "motor",
    "fatigue",
    "disuse",
    "compensation",
    "spasticity",
    "balance",
    "spine",
    "gait",
    "pain",
    "fear_avoidance",
    "lhermitte",
    "medication",
    "prevalence",
    "whole_chain.model",
    "diaries.cohort",
    "diaries.climate",
    "diaries.drugs",
    "diaries.study",
    "diaries.answers",
    "diaries.observation",
)

SETTING = "setting"
_TAG = re.compile(
    r"\[(measured|derived|assumption|setting)(?::\s*([^\]|]*))?(?:\s*\|\s*([^\]]+))?\]"
)
_CONSTANT = re.compile(r"[A-Z][A-Z0-9_]*")

#: Units read from the end of a parameter's name, longest match first.
SUFFIX_UNITS = {
    "_M_S_PER_UM": "m/s per µm",
    "_M_S_AT_1_UM": "m/s",
    "_MS_CM2": "mS/cm²",
    "_UF_CM2": "µF/cm²",
    "_UA_CM2": "µA/cm²",
    "_M_PER_S": "m/s",
    "_M_S": "m/s",
    "_PER_S": "1/s",
    "_PER_MIN": "1/min",
    "_PER_C": "per °C",
    "_PER_DAY": "per day",
    "_PCT_PER_DAY": "% per day",
    "_STEPS_PER_MIN": "steps/min",
    "_MPA_H": "MPa·h",
    "_MPA": "MPa",
    "_HZ": "Hz",
    "_MS": "ms",
    "_MIN": "min",
    "_DAYS": "days",
    "_H": "h",
    "_S": "s",
    "_MV": "mV",
    "_NM": "N·m",
    "_N": "N",
    "_DEG": "°",
    "_DEG_S": "°/s",
    "_KG": "kg",
    "_M": "m",
    "_UM": "µm",
    "_C": "°C",
    "_PCT": "%",
}


@dataclass(frozen=True)
class Parameter:
    """One model parameter: where it is defined, its value, unit, grade, sources and meaning."""

    module: str
    name: str
    value: object
    unit: str
    grade: str
    sources: tuple[str, ...]
    description: str

    @property
    def qualified(self) -> str:
        return f"msbackpain.{self.module}.{self.name}"


def _unit_from_name(name: str) -> str:
    for suffix in sorted(SUFFIX_UNITS, key=len, reverse=True):
        if name.endswith(suffix):
            return SUFFIX_UNITS[suffix]
    return ""


def _comment_above(lines: list[str], lineno: int) -> list[str]:
    """The ``#:`` block that documents the statement on line ``lineno`` (1-based).

    Walks up over the statements of the same group (no blank line between them) to the first
    ``#:`` block and returns its lines without the ``#:``.
    """
    i = lineno - 2
    while i >= 0 and lines[i].strip() and not lines[i].lstrip().startswith("#:"):
        i -= 1
    block = []
    while i >= 0 and lines[i].lstrip().startswith("#:"):
        block.append(lines[i].lstrip()[2:].strip())
        i -= 1
    return block[::-1]


def _is_numeric(value) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    if isinstance(value, dict):
        return bool(value) and all(_is_numeric(v) for v in value.values())
    if isinstance(value, tuple | list):
        return bool(value) and all(_is_numeric(v) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = [getattr(value, f.name) for f in dataclasses.fields(value)]
        return bool(fields) and all(_is_numeric(v) for v in fields)
    if hasattr(value, "dtype") and hasattr(value, "shape"):  # a numpy array
        return value.dtype.kind in "iuf"
    return False


def _assigned_names(tree: ast.Module):
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
        elif isinstance(node, ast.AnnAssign):
            target = node.target
        else:
            continue
        if isinstance(target, ast.Name) and _CONSTANT.fullmatch(target.id):
            yield target.id, node.lineno


def parse_parameters(
    module_name: str, source: str, namespace: dict, *, include_settings: bool = False
) -> list[Parameter]:
    """The numeric public constants defined in ``source`` (values from ``namespace``).

    Raises ValueError naming the constant when one has no tag, an unknown grade, a measured or
    derived value without a source, or no unit.
    """
    lines = source.splitlines()
    found = []
    for name, lineno in _assigned_names(ast.parse(source)):
        value = namespace[name]
        if not _is_numeric(value):
            continue
        where = f"msbackpain.{module_name}.{name} (line {lineno})"
        comment = " ".join(_comment_above(lines, lineno))
        tags = list(_TAG.finditer(comment))
        if not tags:
            raise ValueError(
                f"{where}: its #: comment has no evidence tag such as "
                "[measured: key | unit], [derived: key], [assumption] or [setting]"
            )
        tag = tags[-1]
        grade, keys, unit = tag.group(1), tag.group(2) or "", (tag.group(3) or "").strip()
        sources = tuple(k.strip().lstrip("@") for k in re.split(r"[,;]", keys) if k.strip())
        if grade == SETTING:
            if include_settings:
                found.append(Parameter(module_name, name, value, unit, grade, sources, ""))
            continue
        check_grade(grade, sources, where)
        unit = unit or _unit_from_name(name)
        if not unit:
            raise ValueError(f"{where}: no unit; end the name with one or write [... | unit]")
        description = _TAG.sub("", comment).strip()
        found.append(Parameter(module_name, name, value, unit, grade, sources, description))
    return found


def module_parameters(module_name: str, *, include_settings: bool = False) -> list[Parameter]:
    """The numeric public constants of ``msbackpain.<module_name>`` with their evidence."""
    module = importlib.import_module(f"msbackpain.{module_name}")
    return parse_parameters(
        module_name, inspect.getsource(module), vars(module), include_settings=include_settings
    )


@cache
def all_parameters() -> tuple[Parameter, ...]:
    """Every model parameter of :data:`MODEL_MODULES` (settings left out), in chain order."""
    return tuple(p for m in MODEL_MODULES for p in module_parameters(m))


def counts() -> dict[str, int]:
    """How many parameters have each grade."""
    params = all_parameters()
    return {g: sum(p.grade == g for p in params) for g in GRADES}
