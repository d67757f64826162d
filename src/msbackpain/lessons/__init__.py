"""The lessons of the collection: one table, and one folder per notebook.

:data:`LESSONS` is the one list of notebooks (number, file stem, topic, planned title, summary).
Each lesson's folder, ``msbackpain/lessons/<topic>/``, holds everything that only its notebook
uses: its plotting functions (``figures.py``, each taking an ``ax``), its interactive diagrams
(``diagrams.py``), the captions and alt texts of its figures keyed by figure id
(``captions.py``), the self-checks of its exercises (``checks.py``) and its quiz (``quiz.py``,
defining ``QUIZ``). The science the lesson teaches is
in the link modules it imports (``msbackpain.conduction``, ``msbackpain.fatigue``, ...); the
teaching interface they share is in :mod:`msbackpain.ui`.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType


@dataclass(frozen=True)
class Lesson:
    """One notebook of the collection."""

    stem: str
    title: str
    summary: str

    @property
    def number(self) -> str:
        """The two-digit prefix, e.g. ``"03"``."""
        return self.stem[:2]

    @property
    def topic(self) -> str:
        """The lesson's folder name, e.g. ``"weakness_and_fatigue"``."""
        return self.stem[3:]

    @property
    def filename(self) -> str:
        return f"{self.stem}.ipynb"

    def module(self, part: str) -> ModuleType:
        """One part of the lesson: ``"diagrams"``, ``"checks"`` or ``"quiz"``."""
        return importlib.import_module(f"{__name__}.{self.topic}.{part}")


LESSONS = (
    Lesson(
        "00_start_here",
        "Start here: the causal chain",
        "The map of the whole chain, who this is for, how to use it.",
    ),
    Lesson(
        "01_demyelination",
        "Demyelination and conduction",
        "How myelin speeds nerve signals and how a lesion slows or blocks them.",
    ),
    Lesson(
        "02_disrupted_signalling",
        "Disrupted signalling",
        "What reaches the muscle and the brain when fibres fail at high rates.",
    ),
    Lesson(
        "03_weakness_and_fatigue",
        "Weakness, fatigue and disuse",
        "From spikes to force; why the same task tires an affected muscle sooner.",
    ),
    Lesson(
        "04_compensation_and_spasticity",
        "Compensation and spasticity",
        "Working around weak back muscles, where the load goes; stiffness that rises with speed.",
    ),
    Lesson(
        "05_posture_gait_balance",
        "Posture, gait and balance",
        "Slowed feedback and sway; trunk angle and the load on the lower back.",
    ),
    Lesson(
        "06_pain",
        "Pain",
        "Load, movement and recovery over a day; Lhermitte's sign; medicines; fear-avoidance.",
    ),
    Lesson(
        "07_whole_chain",
        "The whole chain",
        "One simulated person over months; what interventions change, and how sure that is.",
    ),
    Lesson(
        "08_patient_diaries",
        "Patient diaries",
        "Explore a simulated cohort with pandas, then check claims against the truth.",
    ),
)


def lesson(number: str) -> Lesson:
    """The lesson with this two-digit number ("03") or stem."""
    for item in LESSONS:
        if number in (item.number, item.stem):
            return item
    raise ValueError(f"no lesson {number!r}; lessons are {[x.number for x in LESSONS]}")


def load_all() -> list[str]:
    """Import every lesson's diagrams (which registers them); returns the topics."""
    for item in LESSONS:
        item.module("diagrams")
    return [item.topic for item in LESSONS]


def all_quizzes() -> dict:
    """Every lesson's quiz, by notebook number ("00", "01", ...)."""
    found = {}
    for item in LESSONS:
        quiz = item.module("quiz").QUIZ
        if quiz.notebook != item.number:
            raise ValueError(f"the quiz of {item.stem} says it belongs to {quiz.notebook}")
        found[item.number] = quiz
    return found


def load_quiz(number: str):
    """The quiz of notebook ``number`` ("NN")."""
    return lesson(number).module("quiz").QUIZ
