"""Numbers that the notebooks' prose restates from their models: computed, never typed.

A sentence such as "a 30% force needs 40.6% effort" restates what a model computes. Typed by
hand, such a number goes stale the day the model is recalibrated. So each lesson lists the
model outputs its prose restates in ``msbackpain/lessons/<topic>/results.py`` (``RESULTS``, a
dict from a name to a :class:`Result`), and the text refers to them by name:

* in a notebook's source (``src/notebooks/NN_*.py``), Markdown writes ``{{name}}``, and the
  build (``python -m tools.build``) replaces it with the number the model computes;
* in an instructor guide (``instructor/NN_*.md``, read as it is on GitHub), the number stands
  between two invisible markers, ``<!-- result: name -->40.6%<!-- /result -->``, and the build
  rewrites what is between them.

Quizzes, captions and self-checks are Python, so they compute their numbers directly.

Every result is graded *derived*: the collection's own computation from its models, whose
parameters carry their own grades (:mod:`msbackpain.evidence.parameters`).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache

#: ``{{name}}`` in a notebook's Markdown source.
PLACEHOLDER = re.compile(r"\{\{(.*?)\}\}")
#: ``<!-- result: name -->value<!-- /result -->`` in an instructor guide.
GUIDE_MARK = re.compile(r"<!-- result: (.*?) -->(.*?)<!-- /result -->", re.S)
_NAME = re.compile(r"[a-z][a-z0-9_]*")


@dataclass(frozen=True)
class Result:
    """One model output that prose restates.

    ``statement``: what the number is, in plain words; ``compute``: a function of no arguments
    that runs the model and returns the value (or a tuple of values); ``fmt``: how the text
    writes it, a :meth:`str.format` pattern such as ``"{:.1f}%"`` (a tuple fills several
    fields: ``"{:.1f} to {:.1f} min"``).
    """

    statement: str
    compute: Callable[[], object]
    fmt: str = "{}"

    def __post_init__(self):
        if not self.statement.strip():
            raise ValueError(f"a result needs a statement (got {self!r})")
        if not callable(self.compute):
            raise TypeError(f"result {self.statement!r}: compute must be a function")

    def text(self) -> str:
        """The number as the prose writes it (computed once per session)."""
        return _text(self)


@cache
def _text(result: Result) -> str:
    value = result.compute()
    return result.fmt.format(*value) if isinstance(value, tuple) else result.fmt.format(value)


def lesson_results(stem: str) -> dict[str, Result]:
    """The results notebook ``stem`` restates (empty when its lesson lists none)."""
    try:
        module = importlib.import_module(f"msbackpain.lessons.{stem[3:]}.results")
    except ModuleNotFoundError:
        return {}
    results = dict(module.RESULTS)
    for name, result in results.items():
        if not (isinstance(name, str) and _NAME.fullmatch(name)):
            raise ValueError(f"{stem}: result name {name!r} must be lower_case_with_underscores")
        if not isinstance(result, Result):
            raise TypeError(f"{stem}: RESULTS[{name!r}] must be a Result (got {result!r})")
    return results


def _lookup(name: str, results: Mapping[str, Result], where: str) -> str:
    key = name.strip()
    if key not in results:
        known = ", ".join(sorted(results)) or "none"
        raise KeyError(f"{where}: no result named {key!r} (this lesson's results: {known})")
    return results[key].text()


def fill(text: str, results: Mapping[str, Result], where: str) -> str:
    """``text`` with every ``{{name}}`` replaced by that result's number.

    ``where`` names the text in the error raised for an unknown name.
    """
    return PLACEHOLDER.sub(lambda m: _lookup(m.group(1), results, where), text)


def fill_guide(text: str, results: Mapping[str, Result], where: str) -> str:
    """``text`` with the number between each pair of guide markers recomputed."""

    def replace(match: re.Match) -> str:
        name = match.group(1)
        return f"<!-- result: {name} -->{_lookup(name, results, where)}<!-- /result -->"

    return GUIDE_MARK.sub(replace, text)


def used_names(text: str) -> set[str]:
    """The result names a text refers to, as placeholders or guide markers."""
    found = {m.group(1).strip() for m in PLACEHOLDER.finditer(text)}
    return found | {m.group(1).strip() for m in GUIDE_MARK.finditer(text)}
