"""Self-checks for exercises that never break a run.

An exercise cell holds ``...`` where the learner's answer goes and ends with a check call. The
check prints one of three verdicts and never raises on a learner's answer:

* ``not answered yet`` while the answer is still ``...``;
* ``right``, with a sentence on why;
* ``not yet, because ...``, with a hint (wrong type, out of range, too high, too low).

For the test suite, which inserts every solution into its exercise, setting the environment
variable ``MSBACKPAIN_STRICT_CHECKS=1`` turns any verdict other than ``right`` into an
:class:`ExerciseNotPassed` error, so a stale solution fails the build.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

STRICT_ENV = "MSBACKPAIN_STRICT_CHECKS"


class ExerciseNotPassed(AssertionError):
    """Raised only in strict mode, when a check does not say 'right'."""


@dataclass(frozen=True)
class Verdict:
    """The outcome of a self-check: ``status`` is 'unanswered', 'right' or 'wrong'."""

    exercise: str
    status: str
    message: str

    def _ipython_display_(self) -> None:
        """Show nothing more: the verdict was already printed when the check ran."""

    def __str__(self) -> str:
        heading = {
            "unanswered": "not answered yet",
            "right": "right",
            "wrong": "not yet",
        }[self.status]
        return f"{self.exercise}: {heading}. {self.message}".strip()


def is_unanswered(answer) -> bool:
    """True while the learner has not replaced ``...`` (also inside a list or tuple)."""
    if answer is Ellipsis:
        return True
    if isinstance(answer, list | tuple | set):
        return any(a is Ellipsis for a in answer)
    return False


def report(verdict: Verdict) -> Verdict:
    """Print the verdict; in strict mode raise unless it is 'right'. Returns the verdict."""
    print(verdict)
    if os.environ.get(STRICT_ENV) == "1" and verdict.status != "right":
        raise ExerciseNotPassed(str(verdict))
    return verdict


_UNANSWERED = "Replace the ... with your answer and run the cell again."


def _describe(answer) -> str:
    return f"{type(answer).__name__} {answer!r}"


def _as_number(answer):
    """(number, problem): a float from a learner's answer, or None and why not."""
    if isinstance(answer, bool):
        return None, f"your answer is {answer}, a yes/no value, but a number is expected"
    if isinstance(answer, str):
        try:
            float(answer)
        except ValueError:
            return None, f"your answer is the text {answer!r}, but a number is expected"
        return None, (
            f"your answer is the text {answer!r}; write it without quotes so that it is a number"
        )
    if isinstance(answer, np.ndarray) and answer.size == 1:
        answer = answer.item()
    if isinstance(answer, int | float | np.integer | np.floating):
        value = float(answer)
        if math.isnan(value):
            return None, "your answer is NaN (not a number): check the calculation"
        return value, ""
    return None, f"your answer is a {_describe(answer)}, but a single number is expected"


def check_number(
    exercise: str,
    answer,
    expected: float,
    *,
    rel_tol: float = 0.05,
    abs_tol: float = 0.0,
    unit: str = "",
    explanation: str = "",
    hint: str = "",
) -> Verdict:
    """Check a numeric answer against ``expected`` within ``rel_tol`` (fraction) or ``abs_tol``."""
    if is_unanswered(answer):
        return report(Verdict(exercise, "unanswered", _UNANSWERED))
    value, problem = _as_number(answer)
    unit_text = f" {unit}" if unit else ""
    if value is None:
        return report(Verdict(exercise, "wrong", f"Because {problem}."))
    if math.isclose(value, expected, rel_tol=rel_tol, abs_tol=abs_tol):
        return report(Verdict(exercise, "right", explanation))
    direction = "too high" if value > expected else "too low"
    message = f"Because {value:g}{unit_text} is {direction}."
    if hint:
        message += f" Hint: {hint}"
    return report(Verdict(exercise, "wrong", message))


def check_choice(
    exercise: str,
    answer,
    expected,
    options: Iterable,
    *,
    explanation: str = "",
    hints: dict | None = None,
) -> Verdict:
    """Check a single choice among ``options``; ``hints`` maps a wrong option to a hint."""
    options = list(options)
    if is_unanswered(answer):
        return report(Verdict(exercise, "unanswered", _UNANSWERED))
    if answer not in options:
        shown = ", ".join(repr(o) for o in options)
        return report(
            Verdict(exercise, "wrong", f"Because {answer!r} is not one of the options: {shown}.")
        )
    if answer == expected:
        return report(Verdict(exercise, "right", explanation))
    hint = (hints or {}).get(answer, "")
    return report(Verdict(exercise, "wrong", f"Because {answer!r} is not it. {hint}".strip()))


def check_set(
    exercise: str,
    answer,
    expected: Iterable,
    *,
    universe: Iterable | None = None,
    explanation: str = "",
    item_name: str = "item",
) -> Verdict:
    """Check that ``answer`` (a list, tuple or set) holds exactly the ``expected`` items."""
    if is_unanswered(answer):
        return report(Verdict(exercise, "unanswered", _UNANSWERED))
    if isinstance(answer, str) or not isinstance(answer, Iterable):
        return report(
            Verdict(
                exercise,
                "wrong",
                f"Because your answer is a {_describe(answer)}; put the "
                f"{item_name}s in a list, like ['a', 'b'].",
            )
        )
    given, wanted = set(answer), set(expected)
    if universe is not None:
        unknown = sorted(str(x) for x in given - set(universe))
        if unknown:
            return report(
                Verdict(exercise, "wrong", f"Because these are not valid {item_name}s: {unknown}.")
            )
    if given == wanted:
        return report(Verdict(exercise, "right", explanation))
    missing, extra = len(wanted - given), len(given - wanted)
    parts = []
    if missing:
        parts.append(f"{missing} {item_name}(s) missing")
    if extra:
        parts.append(f"{extra} {item_name}(s) that do not belong")
    return report(Verdict(exercise, "wrong", f"Because your list has {' and '.join(parts)}."))


# -- models the learner builds ----------------------------------------------------------------
def _call(function, args):
    """(result, problem): the learner's function called on ``args``, or why it failed."""
    try:
        return function(*args), ""
    except Exception as error:  # a learner's code may raise anything; say what and where
        shown = ", ".join(_short(a) for a in args)
        return None, f"calling it with ({shown}) raised {type(error).__name__}: {error}"


def _short(value) -> str:
    """A value as a learner would recognise it, numbers to 4 significant digits."""
    try:
        array = np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        return repr(value)
    if array.ndim == 0:
        return f"{array.item():.4g}"
    items = ", ".join(f"{x:.4g}" for x in array.ravel()[:6])
    return f"[{items}{', ...' if array.size > 6 else ''}]"


def _agrees(result, expected, rel_tol: float, abs_tol: float) -> bool:
    try:
        got = np.asarray(result, dtype=float)
        want = np.asarray(expected, dtype=float)
    except (TypeError, ValueError):
        return False
    if got.shape != want.shape:
        return False
    return bool(np.allclose(got, want, rtol=rel_tol, atol=abs_tol, equal_nan=True))


def check_function(
    exercise: str,
    function,
    cases: Iterable[tuple[tuple, object]],
    *,
    explanation: str = "",
    hint: str = "",
    rel_tol: float = 1e-6,
    abs_tol: float = 1e-9,
) -> Verdict:
    """Check a function the learner wrote against ``cases``: pairs of (arguments, expected).

    The verdict is 'not answered yet' while the function is still ``...`` or returns ``...``
    (a body left as ``return ...``); 'not yet' names the first case it gets wrong, with what it
    returned, or the error it raised; numbers and arrays are compared within the tolerances.
    """
    if is_unanswered(function):
        return report(Verdict(exercise, "unanswered", _UNANSWERED))
    if not callable(function):
        return report(
            Verdict(exercise, "wrong", f"Because {_describe(function)} is not a function.")
        )
    for args, expected in cases:
        result, problem = _call(function, args)
        if problem:
            return report(Verdict(exercise, "wrong", f"Because {problem}."))
        if is_unanswered(result):
            return report(Verdict(exercise, "unanswered", _UNANSWERED))
        if not _agrees(result, expected, rel_tol, abs_tol):
            shown = ", ".join(_short(a) for a in args)
            message = (
                f"Because for ({shown}) it returns {_short(result)}"
                if result is not None
                else f"Because for ({shown}) it returns None (is a `return` missing?)"
            )
            message += f", but {_short(expected)} is expected."
            if hint:
                message += f" Hint: {hint}"
            return report(Verdict(exercise, "wrong", message))
    return report(Verdict(exercise, "right", explanation))


def built_or_reference(verdict: Verdict, built, reference, what: str):
    """The learner's ``built`` function once its check says 'right', else the collection's.

    Prints which one the rest of the notebook uses, so a learner who skips a step still gets a
    notebook that runs, and one who finishes sees their own model drive what follows.
    """
    if verdict.status == "right":
        print(f"From here on, the notebook uses your {what}.")
        return built
    name = getattr(reference, "__qualname__", "the collection's version")
    module = getattr(reference, "__module__", "").replace("msbackpain.", "")
    print(f"Until your {what} passes, the notebook uses the collection's ({module}.{name}).")
    return reference
