"""The quiz of each notebook, one module per notebook topic, each defining ``QUIZ``."""

from __future__ import annotations

import importlib
import pkgutil

from ..quiz import Quiz


def all_quizzes() -> dict[str, Quiz]:
    """Every quiz of the collection, by notebook number ("00", "01", ...)."""
    found: dict[str, Quiz] = {}
    for module in pkgutil.iter_modules(__path__):
        quiz = importlib.import_module(f"{__name__}.{module.name}").QUIZ
        if quiz.notebook in found:
            raise ValueError(f"two quizzes claim notebook {quiz.notebook}")
        found[quiz.notebook] = quiz
    return dict(sorted(found.items()))


def load(notebook: str) -> Quiz:
    """The quiz of notebook ``notebook`` ("NN")."""
    quizzes = all_quizzes()
    if notebook not in quizzes:
        raise ValueError(f"no quiz for notebook {notebook!r}; quizzes exist for {list(quizzes)}")
    return quizzes[notebook]
