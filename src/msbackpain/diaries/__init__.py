"""Simulated patient diaries (notebook 08): a cohort of simulated people with MS, their daily
diaries with habits modelled on those of real diaries, a messy raw export, the ground truth of
every pattern, and a loader that checks files against their Table Schema.

Simulated teaching data: not patient data, not for clinical use.
"""

from msbackpain.diaries.generate import VERSION, Cohort, generate_cohort
from msbackpain.diaries.loader import DiaryFileError, load_diary, load_patients
from msbackpain.diaries.raw_export import raw_export

__all__ = [
    "VERSION",
    "Cohort",
    "DiaryFileError",
    "generate_cohort",
    "load_diary",
    "load_patients",
    "raw_export",
]
