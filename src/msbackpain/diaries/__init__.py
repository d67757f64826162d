"""Simulated patient diaries (notebook 08): the whole-chain people of notebook 07 observed day by
day (ratings with habits, missing entries, a pedometer, dropout, staggered enrolment, several
drugs), a messy raw export, a loader that checks files against their Table Schema, and an answer
key of true effects computed by counterfactual simulation, kept apart from the students' data
(:func:`answers.reveal`).

Simulated teaching data: not patient data, not for clinical use.
"""

from msbackpain.diaries import answers
from msbackpain.diaries.generate import VERSION, Cohort, generate_cohort
from msbackpain.diaries.loader import (
    DiaryFileError,
    Problem,
    load_dataset,
    load_diary,
    load_patients,
)
from msbackpain.diaries.raw_export import raw_export
from msbackpain.diaries.study import simulate_study

__all__ = [
    "VERSION",
    "Cohort",
    "DiaryFileError",
    "Problem",
    "answers",
    "generate_cohort",
    "load_dataset",
    "load_diary",
    "load_patients",
    "raw_export",
    "simulate_study",
]
