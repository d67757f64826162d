"""The simulated cohort: one row per person (who they are, their MS, their treatments).

Numbers from the literature: women are affected about twice as often as men and the mean age at
diagnosis is 32 (Walton et al. 2020, the Atlas of MS); the EDSS runs from 0 to 10 in half steps,
with the walking abilities of Kurtzke (1983). Everything else is a teaching assumption: the
share of progressive courses, the conversion to secondary progressive MS, the relapse rates
(0.2–0.5 a year in relapsing-remitting MS), the share of heat-sensitive people (70%, more than
the 58% of 256 people with MS in one survey, Flensner et al. 2011), the treatments (interferon
beta as the only disease-modifying drug, which is dated) and the hidden traits.
:data:`COHORT_ASSUMPTIONS` gives each setting with its evidence grade and sources.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from msbackpain import whole_chain
from msbackpain.evidence.grades import ASSUMPTION, DERIVED, MEASURED

#: Cohort settings: name → (value, evidence grade, source keys, note). The grade says whether
#: the value was measured in a study, derived from measured values, or is a teaching assumption
#: (see :mod:`msbackpain.evidence.grades`); the keys are entries of the reference list. Written
#: into ground_truth.json and the datasheet.
COHORT_ASSUMPTIONS = {
    "female_fraction": (
        2 / 3,
        DERIVED,
        ("walton2020",),
        "women are affected about twice as often as men worldwide, so two in three",
    ),
    "age_at_diagnosis_mean_years": (
        32.0,
        MEASURED,
        ("walton2020",),
        "mean age at diagnosis worldwide, from country representatives' reports",
    ),
    "age_at_diagnosis_sd_years": (8.0, ASSUMPTION, (), "spread of the age at diagnosis"),
    "years_since_diagnosis_mean": (
        9.0,
        ASSUMPTION,
        (),
        "exponential, capped at 35 years",
    ),
    "primary_progressive_fraction": (
        0.12,
        ASSUMPTION,
        (),
        "a minority with a progressive course from onset; a teaching choice",
    ),
    "conversion_to_secondary_per_year": (
        0.015,
        ASSUMPTION,
        (),
        "chance a year of a relapsing-remitting course turning secondary progressive",
    ),
    "relapse_rate_rr_per_year": (
        (0.2, 0.5),
        ASSUMPTION,
        ("stellmann2012",),
        "a teaching range, not a measured rate; relapse rates in the placebo groups of trials "
        "fell over two decades",
    ),
    "relapse_rate_sp_per_year": (0.1, ASSUMPTION, (), "relapses in secondary progressive MS"),
    "heat_sensitive_fraction": (
        0.7,
        ASSUMPTION,
        ("flensner2011",),
        "higher than the 58% of 256 people with MS who reported heat sensitivity in one survey; "
        "to be recalibrated",
    ),
    "cervical_lesion_fraction": (0.35, ASSUMPTION, (), "people with a lesion in the neck cord"),
    "dmd_fraction_relapsing": (
        0.6,
        ASSUMPTION,
        (),
        "share of people with relapses on a disease-modifying drug; interferon beta as the only "
        "drug is dated (today there are many)",
    ),
    "anti_spasticity_fraction": (
        0.3,
        ASSUMPTION,
        (),
        "share on an anti-spasticity drug, higher with higher EDSS",
    ),
    "edss_per_year_since_diagnosis": (0.15, ASSUMPTION, (), "EDSS steps gained a year"),
    "edss_progressive_extra": (2.5, ASSUMPTION, (), "extra EDSS steps with a progressive course"),
}

#: EDSS → walking ability (Kurtzke 1983): lowest EDSS of each category.
WALKING = (
    (0.0, "unrestricted"),
    (4.0, "about 500 m unaided"),
    (5.0, "about 200 m unaided"),
    (5.5, "about 100 m unaided"),
    (6.0, "one aid for about 100 m"),
    (6.5, "two aids for about 20 m"),
    (7.0, "wheelchair"),
)
WALKING_LABELS = tuple(label for _, label in WALKING)
COURSES = ("relapsing-remitting", "secondary progressive", "primary progressive")


def walking_from_edss(edss) -> np.ndarray:
    """Walking category (index into :data:`WALKING_LABELS`) for EDSS values."""
    edges = np.array([e for e, _ in WALKING[1:]])
    return np.searchsorted(edges, np.asarray(edss, dtype=float), side="right")


def make_cohort(n: int, rng: np.random.Generator, study_days: int) -> dict[str, np.ndarray]:
    """Draw n people: visible fields and hidden traits, as arrays (vectorised)."""
    a = COHORT_ASSUMPTIONS
    female = rng.random(n) < a["female_fraction"][0]
    age_dx = np.clip(
        np.round(
            rng.normal(a["age_at_diagnosis_mean_years"][0], a["age_at_diagnosis_sd_years"][0], n)
        ),
        16,
        60,
    ).astype(np.int64)
    years = np.minimum(np.floor(rng.exponential(a["years_since_diagnosis_mean"][0], n)), 35).astype(
        np.int64
    )
    primary = rng.random(n) < a["primary_progressive_fraction"][0]
    p_convert = 1.0 - (1.0 - a["conversion_to_secondary_per_year"][0]) ** years
    secondary = ~primary & (rng.random(n) < p_convert)
    course = np.where(primary, 2, np.where(secondary, 1, 0))
    progressive = course > 0
    edss_c = (
        1.5
        + a["edss_per_year_since_diagnosis"][0] * years
        + a["edss_progressive_extra"][0] * progressive
        + rng.normal(0.0, 1.0, n)
    )
    edss = np.clip(np.round(edss_c * 2) / 2, 0.0, 8.0)
    edss = np.where(edss == 0.5, 1.0, edss)  # the EDSS has no step 0.5
    walking = walking_from_edss(edss)
    lo, hi = a["relapse_rate_rr_per_year"][0]
    dmd = (course < 2) & (rng.random(n) < a["dmd_fraction_relapsing"][0])
    base_rate = np.where(course == 0, rng.uniform(lo, hi, n), np.where(course == 1, 0.1, 0.0))
    relapse_rate = base_rate * np.where(dmd, 1.0 - whole_chain.DMD_RELAPSE_REDUCTION, 1.0)
    anti_sp = rng.random(n) < np.clip(a["anti_spasticity_fraction"][0] * edss / 4.0, 0.0, 0.9)
    heat = rng.random(n) < a["heat_sensitive_fraction"][0]
    cervical = rng.random(n) < a["cervical_lesion_fraction"][0]
    cervical_severity = np.where(cervical, rng.uniform(0.02, 0.08, n), 0.0)
    fear = np.clip(rng.gamma(4.0, 0.25, n), 0.0, 3.0)  # fear-avoidance tendency, mean 1
    strength = np.clip(1.0 - 0.06 * edss + rng.normal(0.0, 0.08, n), 0.2, 1.0)
    completion = np.clip(rng.beta(18.0, 2.0, n), 0.5, 0.995)  # diary-keeping tendency
    return {
        "female": female,
        "age_at_diagnosis": age_dx,
        "years_since_diagnosis": years,
        "age": age_dx + years,
        "course": course,
        "edss": edss,
        "walking": walking,
        "dmd": dmd,
        "anti_spasticity": anti_sp,
        "relapse_rate": relapse_rate,
        "heat_sensitive": heat,
        "cervical_lesion": cervical,
        "cervical_severity": cervical_severity,
        "fear_avoidance": fear,
        "baseline_strength": strength,
        "completion_tendency": completion,
    }


def patients_table(c: dict[str, np.ndarray], physio_start, start_date) -> pd.DataFrame:
    """The visible patients table (what a clinic record would hold)."""
    n = len(c["female"])
    start = pd.Timestamp(start_date)
    physio = pd.Series(pd.NaT, index=range(n), dtype="datetime64[ns]")
    has = physio_start >= 0
    physio[has] = start + pd.to_timedelta(physio_start[has], unit="D")
    return pd.DataFrame(
        {
            "patient_id": [f"P{i + 1:04d}" for i in range(n)],
            "sex": np.where(c["female"], "female", "male"),
            "age": c["age"],
            "age_at_diagnosis": c["age_at_diagnosis"],
            "years_since_diagnosis": c["years_since_diagnosis"],
            "ms_course": np.array(COURSES)[c["course"]],
            "edss": c["edss"],
            "walking": np.array(WALKING_LABELS)[c["walking"]],
            "cervical_lesion": c["cervical_lesion"],
            "dmd": np.where(c["dmd"], "interferon beta", "none"),
            "anti_spasticity_drug": np.where(c["anti_spasticity"], "baclofen", "none"),
            "physio_start": physio.to_numpy(),
        }
    )
