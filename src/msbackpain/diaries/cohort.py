"""The simulated cohort: who the people are (visible fields) and their whole-chain traits.

Visible fields (``patients.csv``) and the traits of the whole-chain model
(:data:`msbackpain.whole_chain.PERSON_RANGES`) are drawn together, so they are correlated the way
a clinician expects: EDSS rises with years since diagnosis and with a progressive course;
primary-progressive MS starts about a decade later; lesion severity, spasticity and habitual
inactivity rise with EDSS while habitual steps fall (wheelchair users take few steps); heat
sensitivity, pain sensitivity and pain-related worry vary between people, so back pain is not
universal. Every setting is in :data:`COHORT_ASSUMPTIONS` with its evidence grade and sources
(``[@key]`` entries of the reference list); the tests compare a large cohort with published
ranges.

Lesion severity is kept below the whole-chain model's walking limit
(``whole_chain.COHORT_RANGES``): people with a high EDSS get the model's most severe lesions, and
their few steps come from the EDSS, not from the conduction model.
"""

from __future__ import annotations

import numpy as np

from msbackpain import lhermitte, whole_chain
from msbackpain.evidence.grades import ASSUMPTION, DERIVED, MEASURED

#: Cohort settings: name → (value, evidence grade, source keys, note). [setting]
COHORT_ASSUMPTIONS = {
    "female_fraction": (
        0.75,
        ASSUMPTION,
        ("walton2020",),
        "women are affected about twice as often as men in the population; clinic samples hold "
        "more women (three in four here)",
    ),
    "age_at_onset_relapsing_mean_years": (
        30.0,
        ASSUMPTION,
        ("walton2020",),
        "near the worldwide mean age at diagnosis of 32",
    ),
    "age_at_onset_primary_progressive_mean_years": (
        40.0,
        ASSUMPTION,
        (),
        "primary-progressive MS starts about a decade later than relapsing MS",
    ),
    "years_since_diagnosis_mean": (
        13.0,
        ASSUMPTION,
        ("motl2013",),
        "gamma-distributed; chosen so the mean age is near the 46 years of a large cohort",
    ),
    "primary_progressive_fraction": (
        0.12,
        ASSUMPTION,
        (),
        "10–15% of people have a progressive course from onset",
    ),
    "conversion_to_secondary_per_year": (
        0.02,
        ASSUMPTION,
        (),
        "yearly chance of a relapsing course turning secondary progressive, after 2 years",
    ),
    "relapse_rate_rr_per_year": (
        (0.2, 0.5),
        ASSUMPTION,
        ("stellmann2012",),
        "untreated; a teaching range, not a measured rate (placebo-group rates fell over two "
        "decades)",
    ),
    "relapse_rate_sp_per_year": ((0.05, 0.15), ASSUMPTION, (), "untreated, secondary progressive"),
    "heat_sensitive_fraction": (
        0.58,
        MEASURED,
        ("flensner2011",),
        "share who report heat sensitivity (58% of 256 people with MS in one survey); how much "
        "a person warms varies, and some who do not report it warm a little",
    ),
    "cervical_lesion_fraction": (
        float(whole_chain.COHORT_CERVICAL_LESION_SHARE),
        DERIVED,
        ("foley2013", "alaraji2005"),
        "visible cervical cord lesion, from the sign's prevalence and the MRI shares with and "
        "without it",
    ),
    "lhermitte_sign_fraction": (
        float(lhermitte.P_SIGN),
        MEASURED,
        ("foley2013",),
        "pooled prevalence; whether a person has the sign depends on the cervical lesion "
        "(Bayes), and the sign comes in spells",
    ),
    "steps_per_day_ambulatory": (
        (5903, 3185),
        MEASURED,
        ("motl2013",),
        "mean ± SD of 645 ambulatory people with MS; fewer with higher EDSS",
    ),
    "anti_spasticity_fraction": (
        0.25,
        ASSUMPTION,
        (),
        "about a quarter on an anti-spasticity drug, more often with more spasticity",
    ),
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
ANTI_SPASTICITY_DRUGS = ("none", "baclofen", "tizanidine")

#: Habitual steps of a person at EDSS 0, before the person's own factor: chosen so that the
#: ambulatory people of a general cohort average near 5,900 steps a day (Motl et al. 2013).
#: [assumption: motl2013 | steps/day]
STEPS_AT_EDSS_0 = 9700.0
#: Fall of log(habitual steps) per EDSS point. [assumption: motl2013 | per EDSS point]
STEPS_LOG_PER_EDSS = 0.2
#: Spread of log(habitual steps) between people with the same EDSS. [assumption | SD of log]
STEPS_LOG_SD_PEOPLE = 0.45
#: Median of the pain sensitivity k of the pain model in the general cohort, and its spread (SD
#: of the log): chosen so that back pain on most days is reported by a minority of a general MS
#: cohort (pooled back pain 20%, low back pain 42–52% in a review).
#: [assumption: foley2013, massot2021 | k]
PAIN_SENSITIVITY_MEDIAN = 0.55
#: Spread of the pain sensitivity between people. [assumption | SD of log]
PAIN_SENSITIVITY_LOG_SD = 0.6


def walking_from_edss(edss) -> np.ndarray:
    """Walking category (index into :data:`WALKING_LABELS`) for EDSS values."""
    edges = np.array([e for e, _ in WALKING[1:]])
    return np.searchsorted(edges, np.asarray(edss, dtype=float), side="right")


def _v(name):
    return COHORT_ASSUMPTIONS[name][0]


def _demographics(n, rng):
    female = rng.random(n) < _v("female_fraction")
    primary = rng.random(n) < _v("primary_progressive_fraction")
    onset = np.where(
        primary,
        rng.normal(_v("age_at_onset_primary_progressive_mean_years"), 8.0, n),
        rng.normal(_v("age_at_onset_relapsing_mean_years"), 8.0, n),
    )
    age_dx = np.clip(np.round(onset + rng.exponential(1.5, n)), 16, 65).astype(np.int64)
    years = np.minimum(np.floor(rng.gamma(1.8, _v("years_since_diagnosis_mean") / 1.8, n)), 45)
    years = np.minimum(years, 85 - age_dx).astype(np.int64)
    p_sp = 1.0 - np.exp(-_v("conversion_to_secondary_per_year") * np.maximum(years - 2, 0))
    secondary = ~primary & (rng.random(n) < p_sp)
    course = np.where(primary, 2, np.where(secondary, 1, 0))
    base = np.select([course == 0, course == 1], [1.5, 4.0], 3.5)
    slope = np.select([course == 0, course == 1], [0.11, 0.08], 0.15)
    edss_c = base + slope * years + rng.normal(0.0, 1.1, n)
    edss = np.clip(np.round(edss_c * 2) / 2, 0.0, 8.5)
    edss = np.where(edss == 0.5, 1.0, edss)  # the EDSS has no step 0.5
    return {
        "female": female,
        "age_at_diagnosis": age_dx,
        "years_since_diagnosis": years,
        "age": age_dx + years,
        "course": course,
        "edss": edss,
        "walking": walking_from_edss(edss),
    }


def _model_traits(c, n, rng):
    edss, female = c["edss"], c["female"]
    lo, hi = whole_chain.COHORT_RANGES["lesion_severity"]
    lesion = np.clip(1.6 + 0.75 * edss + rng.normal(0.0, 0.6, n), 1.0, hi - 0.1)
    wheelchair = edss >= 7.0
    steps = STEPS_AT_EDSS_0 * np.exp(
        -STEPS_LOG_PER_EDSS * edss + rng.normal(0.0, STEPS_LOG_SD_PEOPLE, n)
    )
    steps = np.where(wheelchair, rng.uniform(100.0, 800.0, n), np.clip(steps, 300.0, 20000.0))
    sitting = np.clip(6.0 + 0.35 * edss + rng.normal(0.0, 1.5, n), 2.0, 11.0)
    standing = np.clip(2.5 - 0.25 * edss + rng.normal(0.0, 0.6, n), 0.2, 3.5)
    bending = np.clip(0.6 - 0.06 * edss + rng.normal(0.0, 0.2, n), 0.0, 1.0)
    sitting = np.minimum(sitting, 14.5 - standing - bending)  # room for walking and sleep
    reports_heat = rng.random(n) < _v("heat_sensitive_fraction")
    heat = np.where(reports_heat, rng.beta(3.0, 2.0, n), rng.beta(1.0, 6.0, n))
    has_cervical = rng.random(n) < _v("cervical_lesion_fraction")
    cervical = np.where(has_cervical, rng.uniform(0.2, 1.0, n), 0.0)
    sign_u = rng.random(n)
    rr_lo, rr_hi = _v("relapse_rate_rr_per_year")
    sp_lo, sp_hi = _v("relapse_rate_sp_per_year")
    rate = np.select(
        [c["course"] == 0, c["course"] == 1],
        [rng.uniform(rr_lo, rr_hi, n), rng.uniform(sp_lo, sp_hi, n)],
        0.0,
    )
    traits = {
        "lesion_severity": lesion,
        "sensory_involvement": rng.uniform(0.0, 1.0, n),
        "cervical_lesion": cervical,
        "heat_sensitivity": heat,
        "spasticity_gain": np.clip(0.15 + 0.22 * edss * rng.lognormal(0.0, 0.45, n), 0.0, 3.0),
        "catastrophising": np.clip(rng.gamma(2.0, 0.6, n), 0.0, 5.0),
        "avoidance_gain": np.clip(rng.gamma(4.0, 0.25, n), 0.0, 5.0),
        "baseline_disuse": np.clip(0.1 + 0.05 * edss + rng.normal(0.0, 0.1, n), 0.0, 0.9),
        "pain_sensitivity": np.clip(
            PAIN_SENSITIVITY_MEDIAN * rng.lognormal(0.0, PAIN_SENSITIVITY_LOG_SD, n), 0.05, 5.0
        ),
        "body_mass_kg": np.clip(
            np.where(female, rng.normal(70.0, 14.0, n), rng.normal(84.0, 14.0, n)), 45.0, 140.0
        ),
        "habitual_flexion_deg": rng.uniform(5.0, 30.0, n),
        "sitting_hours": sitting,
        "standing_hours": standing,
        "bending_hours": bending,
        "steps": steps,
        "relapse_rate_per_year": rate,
        "neck_flexions_per_day": rng.uniform(5.0, 30.0, n),
    }
    traits["has_lhermitte_sign"] = lhermitte.has_sign(cervical > 0, sign_u)
    return traits, {"reports_heat_sensitivity": reports_heat, "lhermitte_u": sign_u}


def draw_people(n: int, rng: np.random.Generator) -> dict[str, np.ndarray]:
    """``n`` people of a general MS clinic: visible fields, model traits (``traits``) and hidden
    settings, as arrays (vectorised)."""
    c = _demographics(n, rng)
    traits, extra = _model_traits(c, n, rng)
    c.update(extra)
    c["traits"] = traits
    spastic = traits["spasticity_gain"] * (traits["lesion_severity"] - 1.0) / 6.0
    p_drug = 1.0 / (1.0 + np.exp(-(-2.6 + 2.2 * spastic)))  # confounding by indication
    on_drug = rng.random(n) < p_drug
    c["anti_spasticity"] = np.where(on_drug, 1 + (rng.random(n) < 0.3), 0)
    c["anti_spasticity_dose"] = np.where(on_drug, rng.uniform(0.5, 1.0, n), 0.0)
    return c


def take(c: dict, idx) -> dict:
    """The people ``idx`` of a cohort dict (nested ``traits`` too)."""
    out = {k: (take(v, idx) if isinstance(v, dict) else np.asarray(v)[idx]) for k, v in c.items()}
    return out
