"""Facts notebook 08 states, with their evidence (see msbackpain.evidence.facts).

The numbers the notebook computes from the simulated diaries are not listed here. The
datasheet of the data (``data/README.md``, written by :mod:`msbackpain.diaries.datasheet`)
describes how the data were collected.
"""

from msbackpain.evidence.facts import SHARED, Fact
from msbackpain.evidence.grades import MEASURED

FACTS = (
    Fact(
        "How much more often women are affected by MS than men, worldwide",
        "twice as often",
        MEASURED,
        ("walton2020",),
        "Atlas of MS: reports of country representatives.",
    ),
    Fact(
        "Mean age at diagnosis of MS, worldwide",
        "about 32",
        MEASURED,
        ("walton2020",),
        "Atlas of MS: reports of country representatives.",
    ),
    Fact(
        "Range and steps of the Expanded Disability Status Scale (EDSS)",
        "0–10 in half steps",
        MEASURED,
        ("kurtzke1983",),
        "A clinical rating scale; the walking abilities that go with each step are from the "
        "same paper.",
    ),
    SHARED["foley_back_pain"],
    SHARED["low_back_pain_review"],
    SHARED["heat_sensitivity"],
    SHARED["sitting_vs_standing"],
    Fact(
        "Compliance that people with chronic pain reported with paper diaries",
        "90%",
        MEASURED,
        ("stone2002",),
        "80 adults with chronic pain; a hidden sensor in the paper diary recorded actual use.",
    ),
    Fact(
        "Actual compliance with the paper diaries in that study",
        "11%",
        MEASURED,
        ("stone2002",),
        "Entries really made on time, recorded by the hidden sensor.",
    ),
    Fact(
        "Compliance with electronic diaries in that study",
        "94%",
        MEASURED,
        ("stone2002",),
        "Same study.",
    ),
    Fact(
        "Average completion of momentary assessments in chronic-pain studies",
        "85%",
        MEASURED,
        ("ono2019",),
        "Pooled individual data of 12 data sets (701 people with chronic pain); completion fell "
        "over the days of a study and was lower in younger people.",
    ),
    Fact(
        "Pain intensity as a predictor of completing a momentary assessment",
        "did not predict",
        MEASURED,
        ("ono2019",),
        "Same pooled data: whether gaps follow pain is to be checked in each data set.",
    ),
    Fact(
        "Fall in pain on a 0–10 scale that patients rated as 'much improved'",
        "2 points or 30%",
        MEASURED,
        ("farrar2001",),
        "2,724 people with chronic pain in 10 placebo-controlled trials of one drug.",
    ),
    SHARED["exercise_pain_smd"],
    SHARED["exercise_pain_ci"],
    SHARED["exercise_pain_points"],
    Fact(
        "Day-to-day carry-over of fatigue in people with MS (lagged coefficient)",
        "B = −0.16",
        MEASURED,
        ("kratz2017",),
        "107 people with MS rating symptoms five times a day for 7 days: a day of higher fatigue "
        "was followed by lower fatigue the next day.",
    ),
    Fact(
        "People with MS in that momentary-assessment study",
        "107",
        MEASURED,
        ("kratz2017",),
        "Ambulatory adults with MS.",
    ),
    Fact(
        "Steps a day of ambulatory people with MS (mean ± SD)",
        "5,903 ± 3,185",
        MEASURED,
        ("motl2013",),
        "645 people with MS wearing a motion sensor for 7 days; fewer steps with greater "
        "disability.",
    ),
)
